"""Money rounding: one helper, half up to the cent.

Python's ``round()`` rounds half to even on binary floats and gets 5065.575 wrong
(it gives 5065.57). The law and UWV round half up ("rekenkundig afronden"), so every
rule that rounds an amount calls :func:`naar_centen`.
"""

from __future__ import annotations

import math

import numpy as np


def naar_centen(bedrag):
    """Round euros half up (away from zero) to whole cents, element-wise.

    The product ``bedrag * 100`` of a decimal amount such as 5065.575 lands a hair below
    the half (506557.49999999994) in binary; rounding that product to 6 decimals first
    removes the representation error without touching real sub-cent values.
    """
    a = np.asarray(bedrag, dtype=np.float64)
    if a.ndim == 0:
        return np.sign(a) * np.floor(np.round(np.abs(a) * 100.0, 6) + 0.5) / 100.0
    if a.size == 1:  # one person (a single request): the same steps on a Python float, no numpy calls
        x = float(a.flat[0])
        if math.isfinite(x):
            return np.full(a.shape, _centen_van_getal(x))
    # The same steps in place on one temporary (a batch of a million is 8 MB a pass).
    uit = np.abs(a)
    uit *= 100.0
    np.round(uit, 6, out=uit)
    uit += 0.5
    np.floor(uit, out=uit)
    uit /= 100.0
    return np.copysign(uit, a, out=uit)


def _centen_van_getal(x: float) -> float:
    """:func:`naar_centen` of one finite float, step for step as numpy does it: ``np.round(v, 6)`` is
    ``rint(v * 1e6) / 1e6`` (Python's ``round`` of a float is that same round-half-even), then
    ``floor(v + 0.5) / 100`` with the sign copied back. Each step is one IEEE operation on a double,
    so the result is the same to the last bit (a test compares the two on many amounts)."""
    v = abs(x) * 100.0
    v = float(round(v * 1e6)) / 1e6
    return math.copysign(float(math.floor(v + 0.5)) / 100.0, x)


def naar_boven_op_centen(bedrag):
    """Round euros up to a whole cent (used by WML art. 14 lid 10 for the hourly wage)."""
    a = np.asarray(bedrag, dtype=np.float64)
    return np.ceil(np.round(a * 100.0, 6)) / 100.0
