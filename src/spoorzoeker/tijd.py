"""Date arithmetic for the rules, in one place (architecture.md: "one module owns this").

Vectorised over numpy ``datetime64[D]`` arrays; NaT (unknown) gives NaN.
"""

from __future__ import annotations

import numpy as np


def kalenderjaar(datums) -> np.ndarray:
    """Calendar year of each date as float (NaN for NaT)."""
    d = np.asarray(datums, dtype="datetime64[D]")
    jaar = d.astype("datetime64[Y]").astype(np.int64).astype(np.float64) + 1970.0
    return np.where(np.isnat(d), np.nan, jaar)


def hele_jaren_tussen(van, tot) -> np.ndarray:
    """Whole years from ``van`` to ``tot`` (age on a date), vectorised; NaN where unknown.

    Someone born on 29 February turns a year older on 1 March in a non-leap year.
    """
    van = np.asarray(van, dtype="datetime64[D]")
    tot = np.asarray(tot, dtype="datetime64[D]")
    jaren = (tot.astype("datetime64[Y]") - van.astype("datetime64[Y]")).astype(np.int64)
    nog_niet_jarig = _maand_dag(van) > _maand_dag(tot)
    uit = (jaren - nog_niet_jarig).astype(np.float64)
    return np.where(np.isnat(van) | np.isnat(tot), np.nan, uit)


def _maand_dag(d) -> np.ndarray:
    """Month*100 + day, so anniversaries compare by calendar date, not by day count."""
    maand = (d.astype("datetime64[M]") - d.astype("datetime64[Y]").astype("datetime64[M]")).astype(np.int64)
    dag = (d - d.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64)
    return maand * 100 + dag
