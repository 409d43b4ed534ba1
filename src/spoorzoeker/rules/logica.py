"""Three-valued logic for yes/no rules: 1 (ja), 0 (nee) and NaN (onbekend).

A condition of the law that is not known must not silently count as met or not met, but one
condition that is known to fail decides an "and" (and one that is known to hold decides an
"or"), whatever the others are. These helpers keep that on numpy arrays.
"""

from __future__ import annotations

import numpy as np


def en(*voorwaarden) -> np.ndarray:
    """All conditions hold: 0 if any is 0, 1 if all are 1, otherwise unknown."""
    arrays = np.broadcast_arrays(*[np.asarray(v, dtype=np.float64) for v in voorwaarden])
    onwaar = np.zeros(arrays[0].shape, dtype=bool)
    waar = np.ones(arrays[0].shape, dtype=bool)
    for a in arrays:
        onwaar |= a == 0
        waar &= a == 1
    return np.where(onwaar, 0.0, np.where(waar, 1.0, np.nan))


def of(*voorwaarden) -> np.ndarray:
    """At least one condition holds: 1 if any is 1, 0 if all are 0, otherwise unknown."""
    return niet(en(*[niet(v) for v in voorwaarden]))


def niet(voorwaarde) -> np.ndarray:
    """Not: 1 - x, unknown stays unknown."""
    return 1.0 - np.asarray(voorwaarde, dtype=np.float64)


def vergelijk(a, b, teken: str) -> np.ndarray:
    """``a <= b`` (teken "<="), ``a < b``, ``a >= b`` or ``a > b`` for dates or numbers, as 1/0, and
    unknown where either side is unknown (NaT or NaN)."""
    a = np.asarray(a)
    b = np.asarray(b)
    uit = {"<=": a <= b, "<": a < b, ">=": a >= b, ">": a > b}[teken].astype(np.float64)
    for x in (a, b):
        leeg = np.isnat(x) if x.dtype.kind == "M" else np.isnan(x.astype(np.float64))
        uit = np.where(leeg, np.nan, uit)
    return uit


def gelijk(a, waarde: float) -> np.ndarray:
    """``a == waarde`` as 1/0, unknown where ``a`` is unknown (for enumeration codes)."""
    a = np.asarray(a, dtype=np.float64)
    return np.where(np.isnan(a), np.nan, (a == waarde).astype(np.float64))
