"""Small array helpers shared by the rules (no law in here)."""

from __future__ import annotations

import numpy as np


def met_onbekend(uitkomst, *bronnen) -> np.ndarray:
    """``uitkomst`` with NaN wherever any of ``bronnen`` is unknown (NaN or NaT).

    Comparisons on NaN are False, so a rule that classifies (``x >= 35``) would silently
    put an unknown person in a class; wrapping the result keeps "unknown" unknown.
    """
    uit = np.array(uitkomst, dtype=np.float64, copy=True)
    for b in bronnen:
        b = np.asarray(b)
        uit[np.isnat(b) if b.dtype.kind == "M" else np.isnan(b)] = np.nan
    return uit


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
