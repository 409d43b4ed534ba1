"""The age gradient of sickness: sick reports and recovery chances by age, derived from data.

CBS and TNO (NEA 2023, CBS StatLine 83056NED) publish per age band how often employees are absent and,
of those who were absent, how long the most recent absence lasted: under a week (1-5 working days),
four weeks or more (20 working days or more) and 42 weeks or more (210 working days or more). Those
figures are in ``parameters/simulatie.yaml`` (``verzuim.leeftijd``); this module turns them into:

* a factor on the sick reports per employee: the band's frequency against the average over the
  simulated employees (weighted by the CBS full-time jobs by age), so the average stays the published
  frequency of the arbo services;
* a factor on the recovery chances of week 1 (both kinds of complaint alike): the chance of still
  being sick after a week is the overall one (0.30, from the 70% of reports shorter than a week) times
  the band's share of absences of a week or more against the report-weighted average, so the average
  over all reports stays 70% within a week;
* a factor on the recovery chances of weeks 2-6 (both kinds alike): NEA's continuation from one to
  four weeks, share(4+ weeks) / share(1+ week), taken as a constant weekly chance over weeks 2-4 and so
  continued over weeks 2-6 (continuation to six weeks = that ratio to the power 5/3), scaled so that
  the average over the reports still sick after a week keeps the overall continuation, so 11% of all
  reports still last longer than six weeks; per band the factor is solved from the mix of kinds still
  sick after week 1;
* a factor on the recovery chances after week 6 (both kinds of complaint): the ratio of the band's
  cumulative hazard from four to 42 weeks, ln(share 42+ / share 4+), to that of 35-44-year-olds, times
  ``niveau_na_week_6``: the one level that keeps the share of reports still sick after 104 weeks that
  the earlier calibration (with assumed age factors) had, so only the split by age comes from the data.

No split by kind of complaint and age is published, so the factors act alike on both kinds. People
aged 65 and 66 (in the simulation they are all below the AOW age) take the figures of 55-64-year-olds.
The arithmetic is written out in ``parameters/simulatie.yaml`` and redone by hand in
``tests/test_kalibratie_leeftijd.py``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..params import boom_van

BANDEN = ("jaar_15_25", "jaar_25_35", "jaar_35_45", "jaar_45_55", "jaar_55_65")
GRENZEN = np.array([25.0, 35.0, 45.0, 55.0])  # lower bounds of the bands after the first
REFERENTIE = 2  # 35-44: the band the recovery chances after week 6 are stated for


@dataclass(frozen=True)
class Leeftijdsgradient:
    """Per NEA age band (``BANDEN``): arrays of five values."""

    frequentie: np.ndarray  # factor on the sick reports per employee (average 1 over employees)
    factor_w1: np.ndarray  # factor on the recovery chances of week 1 (both kinds of complaint)
    factor_w2_6: np.ndarray  # factor on the recovery chances of weeks 2-6 (both kinds of complaint)
    na_week_6: np.ndarray  # factor on the recovery chances after week 6 (35-44 = niveau_na_week_6)


def band(leeftijd: np.ndarray) -> np.ndarray:
    """The index of the NEA age band (0 = 15-24, ..., 4 = 55 and over)."""
    return np.searchsorted(GRENZEN, leeftijd, side="right")


def werknemers_per_band(sp: Any) -> np.ndarray:
    """Full-time jobs (CBS, x 1000) per NEA band, from the population's age weights ``fte_a_b``."""
    leeftijd = sp.populatie.leeftijd
    uit = np.zeros(len(BANDEN))
    for naam in boom_van(leeftijd).kinderen:
        ondergrens = float(naam.split("_")[1])
        uit[band(np.array([ondergrens]))[0]] += float(getattr(leeftijd, naam))
    return uit


def _verschil(na_week_1: np.ndarray, h2: np.ndarray, doel: float, r: float) -> float:
    """Continuation from one to six weeks with factor ``r`` on the chances of weeks 2-6, minus ``doel``."""
    return float(na_week_1 @ (1.0 - h2 * r) ** 5) - doel


def _los_op(f: Callable[[float], float], lo: float, hi: float) -> float:
    """The root of a decreasing function f on [lo, hi] by bisection."""
    for _ in range(80):
        midden = (lo + hi) / 2.0
        if f(midden) > 0.0:
            lo = midden
        else:
            hi = midden
    return (lo + hi) / 2.0


def leeftijdsgradient(sp: Any, aandeel_psychisch: float) -> Leeftijdsgradient:
    """The gradient from the NEA figures in ``sp.verzuim.leeftijd`` (``sp``: the simulation parameters
    at a date; ``aandeel_psychisch``: the published average share of psychological reports)."""
    nea = sp.verzuim.leeftijd
    kort = np.array([float(getattr(nea, b).kort) for b in BANDEN])
    vier = np.array([float(getattr(nea, b).vier_weken) for b in BANDEN])
    lang = np.array([float(getattr(nea, b).lang) for b in BANDEN])
    freq = np.array([float(getattr(nea, b).frequentie) for b in BANDEN])
    fte = werknemers_per_band(sp)
    frequentie = freq / (fte @ freq / fte.sum())
    meldingen = fte * freq  # sick reports per band (the common factor drops out)
    hz = sp.verzuim.herstel
    p = aandeel_psychisch
    h1 = np.array([float(hz.overig_w1), float(hz.psychisch_w1)])
    h2 = np.array([float(hz.overig_w2_6), float(hz.psychisch_w2_6)])
    soort = np.array([1.0 - p, p])
    # Week 1: still sick after a week, all reports: S1 = (1 - p)(1 - h1o) + p (1 - h1p) (0.30); per band
    # S1 a with a the band's share of absences of a week or more against the report-weighted mean.
    s1 = float(soort @ (1.0 - h1))
    week_of_meer = 1.0 - kort
    a = week_of_meer / (meldingen @ week_of_meer / meldingen.sum())
    factor_w1 = (1.0 - s1 * a) / (1.0 - s1)  # 1 - factor x (1 - S1) = S1 a, both kinds alike
    # Weeks 2-6: continuation from one to six weeks, all reports: C = S6 / S1 (0.11 / 0.30); per band C b.
    s6 = float(soort @ ((1.0 - h1) * (1.0 - h2) ** 5))
    door = (vier / week_of_meer) ** (5.0 / 3.0)
    nog_ziek = meldingen * a
    b = door / (nog_ziek @ door / nog_ziek.sum())
    factor_w2_6 = np.empty(len(BANDEN))
    for i in range(len(BANDEN)):
        na_week_1 = soort * (1.0 - h1 * factor_w1[i])  # still sick after a week, by kind
        na_week_1 = na_week_1 / na_week_1.sum()
        factor_w2_6[i] = _los_op(functools.partial(_verschil, na_week_1, h2, s6 / s1 * b[i]), 0.0, 1.0 / h2.max())
    cumulatief = np.log(lang / vier)
    na_week_6 = cumulatief / cumulatief[REFERENTIE] * float(nea.niveau_na_week_6)
    return Leeftijdsgradient(frequentie=frequentie, factor_w1=factor_w1, factor_w2_6=factor_w2_6,
                             na_week_6=na_week_6)
