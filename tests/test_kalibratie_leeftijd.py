"""The age gradient of sickness in the population simulation (issue 12), derived from CBS/TNO data (NEA
2023, CBS StatLine 83056NED) and normalised so that the population average keeps the published
shares the duration curve is derived from (70% of reports shorter than a week, 11% longer than six
weeks). Every number below is hand arithmetic from the published figures, written out."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from spoorzoeker.simulation.leeftijd import band, leeftijdsgradient, werknemers_per_band
from spoorzoeker.simulation.scenario import simulatie_parameters

# CBS StatLine 83056NED (NEA 2023, men and women), bands 15-25, 25-35, 35-45, 45-55, 55-65: of the employees
# who were absent, the most recent absence lasted 1-5 working days / 20 working days or more (20-210 plus
# 210 or more) / 210 working days or more; and the mean number of absences per employee per year.
KORT = (0.865, 0.757, 0.705, 0.638, 0.549)
VIER_WEKEN = (0.026 + 0.001, 0.065 + 0.007, 0.084 + 0.011, 0.109 + 0.013, 0.151 + 0.020)
LANG = (0.001, 0.007, 0.011, 0.013, 0.020)
FREQUENTIE = (1.5, 1.6, 1.4, 1.2, 1.3)
# CBS StatLine 81464NED (2022): full-time jobs (x 1000) per band: 248 + 596, 808 + 802, 710 + 675, 680 + 788,
# 724 + 537 + 142 (65-75, placed before the AOW age, with the 55-64 figures).
FTE = (844.0, 1610.0, 1385.0, 1468.0, 1403.0)


@pytest.fixture(scope="module")
def sp():
    return simulatie_parameters().op(dt.date(2026, 1, 1)).simulatie


@pytest.fixture(scope="module")
def gradient(sp):
    return leeftijdsgradient(sp, 0.08)  # NEA: 8% of reports psychological


def test_de_cijfers_staan_in_de_parameters(sp):
    for i, naam in enumerate(("jaar_15_25", "jaar_25_35", "jaar_35_45", "jaar_45_55", "jaar_55_65")):
        nea = getattr(sp.verzuim.leeftijd, naam)
        assert float(nea.kort) == pytest.approx(KORT[i])
        assert float(nea.vier_weken) == pytest.approx(VIER_WEKEN[i])
        assert float(nea.lang) == pytest.approx(LANG[i])
        assert float(nea.frequentie) == FREQUENTIE[i]
    assert list(werknemers_per_band(sp)) == list(FTE)
    assert list(band(np.array([15.0, 24.9, 25.0, 44.9, 45.0, 55.0, 66.9]))) == [0, 0, 1, 2, 3, 4, 4]


def test_ziekmeldingen_naar_leeftijd_houden_het_gemiddelde(gradient):
    """Mean frequency over the jobs: (844 x 1.5 + 1,610 x 1.6 + 1,385 x 1.4 + 1,468 x 1.2 + 1,403 x 1.3)
    / 6,710 = (1,266 + 2,576 + 1,939 + 1,761.6 + 1,823.9) / 6,710 = 9,366.5 / 6,710 = 1.39590.
    Factors: 1.5 / 1.39590 = 1.0746, 1.6 / 1.39590 = 1.1462, 1.4 / 1.39590 = 1.0029, 1.2 / 1.39590 =
    0.8597, 1.3 / 1.39590 = 0.9313; their job-weighted mean is 1, so 0.9 reports per employee stays."""
    assert 844 * 1.5 + 1610 * 1.6 + 1385 * 1.4 + 1468 * 1.2 + 1403 * 1.3 == pytest.approx(9366.5)
    assert gradient.frequentie == pytest.approx([1.0746, 1.1462, 1.0029, 0.8597, 0.9313], abs=1e-4)
    assert np.dot(FTE, gradient.frequentie) / sum(FTE) == pytest.approx(1.0, abs=1e-12)


def test_herstel_in_week_1_naar_leeftijd_houdt_70_procent(gradient):
    """Overall still sick after a week: 0.92 x 0.252 + 0.08 x 0.85 = 0.23184 + 0.068 = 0.29984. Reports
    per band m = 1,266; 2,576; 1,939; 1,761.6; 1,823.9 (sum 9,366.5). Share of a week or more (1 - kort):
    0.135, 0.243, 0.295, 0.362, 0.451; mean over reports = (170.91 + 625.97 + 572.01 + 637.70 + 822.58)
    / 9,366.5 = 2,829.16 / 9,366.5 = 0.30205. So a = 0.135 / 0.30205 = 0.4470, 0.8045, 0.9767, 1.1985,
    1.4931; still sick after week 1 = 0.29984 a = 1 - r x 0.70016, r = (1 - 0.29984 a) / 0.70016:
    (1 - 0.13403) / 0.70016 = 1.2368, (1 - 0.24122) / 0.70016 = 1.0837, (1 - 0.29285) / 0.70016 = 1.0100,
    (1 - 0.35936) / 0.70016 = 0.9150, (1 - 0.44769) / 0.70016 = 0.7888."""
    m = np.array([1266.0, 2576.0, 1939.0, 1761.6, 1823.9])
    assert (m * (1 - np.array(KORT))).sum() == pytest.approx(2829.16, abs=0.01)
    assert gradient.factor_w1 == pytest.approx([1.2368, 1.0837, 1.0100, 0.9150, 0.7888], abs=1e-4)
    # Still sick after week 1 per band, both kinds, and its average over the reports: 70% recover.
    na_1 = 0.92 * (1 - 0.748 * gradient.factor_w1) + 0.08 * (1 - 0.15 * gradient.factor_w1)
    assert na_1 == pytest.approx(0.29984 * np.array([0.4470, 0.8045, 0.9767, 1.1985, 1.4931]), abs=1e-4)
    assert (m * na_1).sum() / m.sum() == pytest.approx(0.29984, abs=1e-9)


def test_herstel_in_week_2_tot_6_naar_leeftijd_houdt_11_procent(gradient):
    """Continuation from one to four weeks c = vier_weken / (1 - kort): 0.027 / 0.135 = 0.2000,
    0.072 / 0.243 = 0.2963, 0.095 / 0.295 = 0.3220, 0.122 / 0.362 = 0.3370, 0.171 / 0.451 = 0.3792,
    a constant weekly chance over weeks 2-4, so to week 6 c^(5/3) = 0.06840, 0.13169, 0.15127,
    0.16320, 0.19866. Mean over the reports still sick after a week (m x a = 565.9, 2,072.4, 1,893.8,
    2,111.3, 2,723.3; sum 9,366.7): (38.71 + 272.92 + 286.47 + 344.56 + 541.01) / 9,366.7 = 0.15840.
    b = c^(5/3) / 0.15840 = 0.4318, 0.8314, 0.9550, 1.0303, 1.2542. Overall still sick after six weeks
    0.92 x 0.252 x 0.791^5 + 0.08 x 0.85 x 0.89^5 = 0.07179 + 0.03797 = 0.10976 (0.791 = 1 - 0.209,
    0.89 = 1 - 0.11), so the continuation from one to six weeks is 0.10976 / 0.29984 = 0.36607 and per
    band 0.36607 b = 0.15807, 0.30434, 0.34959, 0.37715, 0.45911."""
    c = np.array(VIER_WEKEN) / (1 - np.array(KORT))
    assert c == pytest.approx([0.2000, 0.2963, 0.3220, 0.3370, 0.3792], abs=1e-4)
    assert c ** (5 / 3) == pytest.approx([0.06840, 0.13169, 0.15127, 0.16320, 0.19866], abs=1e-4)
    assert 0.92 * 0.252 * 0.791**5 + 0.08 * 0.85 * 0.89**5 == pytest.approx(0.10976, abs=1e-5)
    doel = 0.36607 * np.array([0.4318, 0.8314, 0.9550, 1.0303, 1.2542])
    r1, r = gradient.factor_w1, gradient.factor_w2_6
    # The psychological share of those still sick after week 1, then the continuation with the factor r.
    psych = 0.08 * (1 - 0.15 * r1)
    q = psych / (psych + 0.92 * (1 - 0.748 * r1))
    assert q == pytest.approx([0.4862, 0.2777, 0.2318, 0.1921, 0.1576], abs=1e-4)
    assert r == pytest.approx([2.1086, 1.2092, 1.0457, 0.9513, 0.7551], abs=1e-4)
    assert q * (1 - 0.11 * r) ** 5 + (1 - q) * (1 - 0.209 * r) ** 5 == pytest.approx(doel, abs=2e-4)
    # The population average still sick after six weeks stays 11%.
    m = np.array([1266.0, 2576.0, 1939.0, 1761.6, 1823.9])
    na_6 = (0.92 * (1 - 0.748 * r1) * (1 - 0.209 * r) ** 5 + 0.08 * (1 - 0.15 * r1) * (1 - 0.11 * r) ** 5)
    assert (m * na_6).sum() / m.sum() == pytest.approx(0.10976, abs=1e-5)
    assert (m * na_6).sum() / m.sum() == pytest.approx(0.11, abs=0.001)


def test_herstel_na_week_6_naar_leeftijd(gradient):
    """ln(lang / vier_weken): ln(0.001 / 0.027) = -3.2958, ln(0.007 / 0.072) = -2.3307, ln(0.011 / 0.095)
    = -2.1559, ln(0.013 / 0.122) = -2.2391, ln(0.020 / 0.171) = -2.1460; against 35-44: 1.5287, 1.0811,
    1, 1.0386, 0.9953; times the level 0.8685."""
    assert math.log(0.001 / 0.027) == pytest.approx(-3.2958, abs=1e-4)
    assert math.log(0.020 / 0.171) == pytest.approx(-2.1460, abs=1e-4)
    assert gradient.na_week_6 == pytest.approx(0.8685 * np.array([1.5287, 1.0811, 1.0, 1.0386, 0.9953]), abs=1e-4)


def _nog_ziek_na_104(h: dict[str, float], factor: float, soort: str) -> float:
    """Still sick after week 104 given sick after week 6, with weekly chances factor x h by band."""
    over = 1.0
    for w in range(7, 105):
        naam = "w7_13" if w <= 13 else "w14_26" if w <= 26 else "w27_52" if w <= 52 else "w53_104"
        over *= 1 - factor * h[f"{soort}_{naam}"]
    return over


def test_het_niveau_na_week_6_houdt_het_lange_verzuim_van_de_eerdere_afstemming(sp, gradient):
    """The earlier calibration had age factors after week 6 of 1.35 (under 35), 1 (35-44), 0.8 (45-54)
    and 0.6 (55 and over), with every age reaching week 6 alike (0.252 x 0.791^5 of the others, 0.85 x
    0.89^5 of the psychological reports): 1.382% of all reports were still sick after 104 weeks. With the
    NEA gradient (reports, weeks 1-6 and the factors after week 6 from the data) and the level 0.8685 it is
    1.382% again (weekly chances only, without the Ziektewet or partial return)."""
    hz = sp.verzuim.herstel
    h = {f"{s}_{b}": float(getattr(hz, f"{s}_{b}")) for s in ("overig", "psychisch")
         for b in ("w7_13", "w14_26", "w27_52", "w53_104")}
    fte = np.array(FTE)
    overig_6, psych_6 = 0.252 * 0.791**5, 0.85 * 0.89**5
    oud = sum(fte[i] * (0.92 * overig_6 * _nog_ziek_na_104(h, f, "overig")
                        + 0.08 * psych_6 * _nog_ziek_na_104(h, f, "psychisch"))
              for i, f in enumerate((1.35, 1.35, 1.0, 0.8, 0.6))) / fte.sum()
    assert oud == pytest.approx(0.01382, abs=0.00001)
    m = fte * gradient.frequentie
    r1, r = gradient.factor_w1, gradient.factor_w2_6
    overig_6_leeftijd = (1 - 0.748 * r1) * (1 - 0.209 * r) ** 5
    psych_6_leeftijd = (1 - 0.15 * r1) * (1 - 0.11 * r) ** 5
    nieuw = sum(m[i] * (0.92 * overig_6_leeftijd[i] * _nog_ziek_na_104(h, gradient.na_week_6[i], "overig")
                        + 0.08 * psych_6_leeftijd[i] * _nog_ziek_na_104(h, gradient.na_week_6[i], "psychisch"))
                for i in range(5)) / m.sum()
    assert nieuw == pytest.approx(oud, rel=0.002)


def test_lang_verzuim_van_ouderen_in_de_simulatie():
    """The simulation itself (200,000 people): the reports of 55-64-year-olds last four weeks or more
    17.1 / 10.3 = 1.66 times as often as all reports (NEA 2023: 15.1% + 2.0% against 9.2% + 1.1%), within
    the calibration's margin of 0.2; with recovery slowed by age only after week 6 it was 1.00."""
    from spoorzoeker.simulation.proces import Opdracht
    from spoorzoeker.simulation.scenario import laad_scenario
    from spoorzoeker.simulation.uitvoering import voer_uit

    s = laad_scenario("huidig")
    r = voer_uit(Opdracht(s.naam, s.wet, s.aannames, omvang=200_000, seed=20261129))[0]
    oud = float(r["meldingen_55_64_4w"]) / float(r["meldingen_55_64"])
    alle = float(r["meldingen_4w"]) / float(r["ziekmeldingen_in_dienst"])
    assert (15.1 + 2.0) / (9.2 + 1.1) == pytest.approx(1.66, abs=0.005)
    assert abs(oud / alle - 1.66) <= 0.2
