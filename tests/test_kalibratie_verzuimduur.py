"""The short-spell duration curve of the population simulation (issue 12): the recovery chances of
weeks 1-6 and the day of recovery within a week follow from published shares of sick reports by
duration, and the derivation is checked here by hand arithmetic. Also the distance to the AOW date
that makes the 2016 age figure of the WIA inflow comparable."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from spoorzoeker.simulation.proces import DAGEN_60_IN_2016, Opdracht, berekening, dag_van_einde
from spoorzoeker.simulation.scenario import laad_scenario, simulatie_parameters
from spoorzoeker.simulation.uitvoering import voer_uit

# Published figures (sources in parameters/simulatie.yaml):
KORT = 0.70  # Sazas, 'Kort, middellang en lang verzuim': 70% of reports last less than a week
PSYCHISCH = 0.08  # TNO/CBS NEA 2022-2023: psychological complaints in about 8% of absence spells
LANG = 0.11  # ArboNed 2019: 11% of reports last longer than six weeks ...
DAGEN_LANG = 0.76  # ... and hold 76% of the absence days
DUUR = 27.0  # Arbo Unie 2024: 27 calendar days per report


@pytest.fixture(scope="module")
def herstel():
    return simulatie_parameters().op(dt.date(2026, 1, 1)).simulatie.verzuim.herstel


def test_herstelkans_week_1_volgt_uit_het_aandeel_korte_meldingen(herstel):
    """70% of all reports end in week 1; psychological reports (8%) recover in week 1 with chance
    0.15, so the others with (0.70 - 0.08 x 0.15) / 0.92 = 0.688 / 0.92 = 0.74783, rounded 0.748."""
    assert (KORT - PSYCHISCH * 0.15) / (1 - PSYCHISCH) == pytest.approx(0.74783, abs=1e-5)
    assert float(herstel.psychisch_w1) == 0.15
    assert float(herstel.overig_w1) == 0.748


def test_herstelkans_week_2_tot_6_volgt_uit_het_aandeel_lange_meldingen(herstel):
    """11% of all reports last longer than six weeks. Psychological reports are still sick after six
    weeks with chance 0.85 x 0.89^5 = 0.85 x 0.55841 = 0.47465 (their weekly chances 0.15 and 0.11).
    For the others: (0.11 - 0.08 x 0.47465) / 0.92 = 0.07203 / 0.92 = 0.07830 still sick after six
    weeks; after week 1 (0.252 left) that needs 0.252 x (1 - h)^5 = 0.07830, (1 - h)^5 = 0.31070,
    1 - h = 0.31070^(1/5) = 0.79153, h = 0.20847, rounded 0.209."""
    assert float(herstel.psychisch_w2_6) == 0.11
    psych_na_6 = 0.85 * 0.89**5
    assert psych_na_6 == pytest.approx(0.47465, abs=1e-5)
    overig_na_6 = (LANG - PSYCHISCH * psych_na_6) / (1 - PSYCHISCH)
    assert overig_na_6 == pytest.approx(0.07830, abs=1e-5)
    h = 1 - (overig_na_6 / (1 - 0.748)) ** (1 / 5)
    assert h == pytest.approx(0.20847, abs=1e-4)
    assert float(herstel.overig_w2_6) == 0.209
    # With the rounded values the share still sick after six weeks stays 11%.
    na_6 = (1 - PSYCHISCH) * (1 - 0.748) * (1 - 0.209) ** 5 + PSYCHISCH * psych_na_6
    assert na_6 == pytest.approx(LANG, abs=0.001)


def test_dag_van_herstel_binnen_de_week():
    """With weekly chance h = 0.748 the daily chance is d = 1 - 0.252^(1/7):
    ln 0.252 = -1.37833, / 7 = -0.19690, e^-0.19690 = 0.82127, d = 0.17873. Given recovery in that
    week, day 1 has chance d / h = 0.17873 / 0.748 = 0.23894 and day 7 has
    (1 - d)^6 d / h = 0.82127^6 x 0.23894 = 0.30650 x 0.23894 = 0.07324. Without recovery (h = 0) the
    day is uniform over the week (mean 4)."""
    u = (np.arange(700_000) + 0.5) / 700_000  # evenly spread uniform numbers
    dag = dag_van_einde(u, np.full(u.size, 0.748))
    assert set(np.unique(dag)) == {1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0}
    assert np.mean(dag == 1) == pytest.approx(0.23894, abs=1e-4)
    assert np.mean(dag == 7) == pytest.approx(0.07324, abs=1e-4)
    gelijk = dag_van_einde(u, np.zeros(u.size))
    assert np.mean(gelijk) == pytest.approx(4.0, abs=1e-6)
    assert np.mean(gelijk == 1) == pytest.approx(1 / 7, abs=1e-6)


def _gemiddelde_dag(h: float) -> float:
    """Mean day of recovery within a week with weekly chance h (the formula of dag_van_einde)."""
    d = 1 - (1 - h) ** (1 / 7)
    return sum(j * (1 - d) ** (j - 1) * d for j in range(1, 8)) / h


def test_korte_meldingen_duren_zoals_de_arbodiensten_zeggen(herstel):
    """The curve of weeks 1-6 gives reports of at most six weeks a mean duration of about 7.2 days;
    ArboNed's 11% of reports with 76% of the days and Arbo Unie's 27 days per report give
    (1 - 0.76) x 27 / (1 - 0.11) = 6.48 / 0.89 = 7.28 days. Per kind of complaint, a spell ending in
    week k lasts 7 (k - 1) days plus the mean day within week k."""
    assert (1 - DAGEN_LANG) * DUUR / (1 - LANG) == pytest.approx(7.28, abs=0.005)
    som = massa = 0.0
    for aandeel, h1, h2 in ((1 - PSYCHISCH, float(herstel.overig_w1), float(herstel.overig_w2_6)),
                            (PSYCHISCH, float(herstel.psychisch_w1), float(herstel.psychisch_w2_6))):
        over = 1.0
        for k in range(1, 7):
            h = h1 if k == 1 else h2
            som += aandeel * over * h * (7 * (k - 1) + _gemiddelde_dag(h))
            massa += aandeel * over * h
            over *= 1 - h
    assert massa == pytest.approx(1 - LANG, abs=0.001)
    assert som / massa == pytest.approx(7.28, abs=0.1)


def test_korte_meldingen_in_de_simulatie():
    """The simulation itself (200,000 people): reports of at most six weeks last 7.28 days (derived
    above) within the margin of the calibration (10%, 0.73 days)."""
    s = laad_scenario("huidig")
    r = voer_uit(Opdracht(s.naam, s.wet, s.aannames, omvang=200_000, seed=20261129))[0]
    assert abs(float(r["duur_kort_in_dienst_dagen"]) / float(r["kort_in_dienst"]) - 7.28) <= 0.73
    # Before the derived curve short reports lasted about 9.9 days; more than a day shorter now.
    assert float(r["duur_kort_in_dienst_dagen"]) / float(r["kort_in_dienst"]) < 8.5


def test_afstand_tot_de_aow_van_een_60_jarige_in_2016():
    """AOW art. 7a (rule aow_datum): born 1 January 1956, the AOW date is 1 August 2022: 6 years and
    7 months after the 60th birthday (79 months); born 1 July 1956, 1 May 2023: 6 years and 10 months
    (82 months). The mean over 2016 is about 81 months: 81 x 365.25 / 12 = 2,465.4 days."""
    wet = laad_scenario("huidig").wet
    geboren = np.array(["1956-01-01", "1956-07-01"], dtype="datetime64[D]")
    aow = berekening({"geboortedatum": geboren}, 2, dt.date(2024, 1, 1), wet).bereken("aow_datum")
    assert list(aow) == [np.datetime64("2022-08-01"), np.datetime64("2023-05-01")]
    assert math.floor(81 * 365.25 / 12) == 2465 and DAGEN_60_IN_2016 == 2465.0
