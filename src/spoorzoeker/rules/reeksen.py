"""Dated parameters read at many dates at once, for rules that look back in time.

Most rules read a parameter at the calculation date (``p.x.y``). A few need the value in force
on another date per person (the transitievergoeding maximum of the year the contract ends) or
every change between two dates (the revisions of a dagloon since its refertejaar). This module
reads the whole series once, vectorised, and records every value it used in the calculation's
trace, so the explanation still names each value and its source.
"""

from __future__ import annotations

import numpy as np

from ..errors import ParameterFout
from ..params import GelezenParameter, Parameter, boom_van, doorgetrokken_na, meld_doorgetrokken, noteer


def _reeks(p, pad: str) -> Parameter:
    """The full series behind ``pad`` (e.g. 'transitievergoeding.maximum') of the tree ``p`` reads."""
    reeks = boom_van(p).vind(pad)
    if not isinstance(reeks, Parameter):  # pragma: no cover - a programming error, not user input
        raise ParameterFout(f"{pad} is geen reeks met waarden")
    return reeks


def _noteer(p, reeks: Parameter, indexen, gevraagd=None) -> None:
    """Put the values at ``indexen`` of ``reeks`` in the trace (once each). ``gevraagd``: the dates asked;
    the latest one past the date the series is known to makes the last value a carried-forward one."""
    gebruikt = np.flatnonzero(np.bincount(np.ravel(indexen), minlength=reeks.datums.size))
    laatst = reeks.datums.size - 1
    # only the last value can be carried forward, and only when it was used
    door = (doorgetrokken_na(reeks, gevraagd) if gevraagd is not None and gebruikt.size and gebruikt[-1] == laatst
            else None)
    for i in gebruikt:
        vanaf = reeks.datums[i].astype("datetime64[D]").item()
        noteer(p, GelezenParameter(reeks.naam, float(reeks.waarden[i]), vanaf, reeks.bronnen[i]),
               door if i == laatst else None)


def eerste_datum(p, pad: str) -> np.datetime64:
    """The first date on which ``pad`` has a value."""
    return _reeks(p, pad).datums[0]


def op_datums(p, pad: str, datums) -> np.ndarray:
    """The value of ``pad`` in force on each of ``datums``; NaN where the date is unknown (NaT).
    A date before the first value raises a ParameterFout (the interface turns it into Dutch)."""
    reeks = _reeks(p, pad)
    d = np.asarray(datums, dtype="datetime64[D]")
    bekend = ~np.isnat(d)
    uit = np.full(d.shape, np.nan)
    if bekend.any():
        uit[bekend] = reeks.waarden_op(d[bekend])
        _noteer(p, reeks, np.searchsorted(reeks.datums, d[bekend], side="right") - 1, d[bekend])
    return uit


def herzieningsfactor(p, pad: str, na, tot_en_met) -> np.ndarray:
    """The product of (1 + percentage) over every revision of ``pad`` dated after ``na`` and on
    or before ``tot_en_met`` (per person); 1 when there is none, NaN where a date is unknown.

    The factor is cumulative and not rounded per step: the amount it multiplies is rounded once,
    at the end (UWV's decision in CRvB ECLI:NL:CRVB:2019:3495 gives 117,76 that way; rounding
    after every revision gives 117,77). A start before the series is refused, because revisions
    before its first date are not known here."""
    reeks = _reeks(p, pad)
    van = np.asarray(na, dtype="datetime64[D]")
    tot = np.asarray(tot_en_met, dtype="datetime64[D]")
    van, tot = np.broadcast_arrays(van, tot)
    bekend = ~(np.isnat(van) | np.isnat(tot))
    uit = np.full(van.shape, np.nan)
    if not bekend.any():
        return uit
    eerste = reeks.datums[0]
    if np.any(van[bekend] < eerste - np.timedelta64(1, "D")):
        vroegst = van[bekend].min()
        raise ParameterFout(f"Parameter {reeks.naam} kent geen herzieningen vóór {eerste} (gevraagd vanaf {vroegst})")
    cumulatief = np.concatenate([[1.0], np.cumprod(1.0 + reeks.waarden)])
    a = np.searchsorted(reeks.datums, van[bekend], side="right")  # revisions on or before the start
    b = np.searchsorted(reeks.datums, tot[bekend], side="right")  # revisions on or before the end
    b = np.maximum(a, b)
    uit[bekend] = cumulatief[b] / cumulatief[a]
    # Revision k was applied to someone if a <= k < b for that person: one pass over the people
    # (a difference array), not a loop or a sort.
    m = reeks.datums.size + 1
    dekking = np.cumsum(np.bincount(a, minlength=m) - np.bincount(b, minlength=m))
    gebruikt = np.flatnonzero(dekking[:-1] > 0)
    if gebruikt.size:
        _noteer(p, reeks, gebruikt)
    # Revisions due after the last known one are not in the file yet: the factor stops there, and the
    # caller is told (the trace keeps only the revisions actually applied).
    door = doorgetrokken_na(reeks, tot[bekend])
    if door is not None:
        meld_doorgetrokken(door)
    return uit
