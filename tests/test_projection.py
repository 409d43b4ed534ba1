"""The projection (issue 4): tied to the rules month by month, hand-calculated examples, edge cases.

Parameter values used in the hand calculations (calculation date 2026-03-01, so the values in
force from 2026-01-01; docs/parameters.md): maximumdagloon EUR 304,25; minimumuurloon EUR 14,71;
WML monthly amount for benefit laws EUR 2.294,40, plus 8% vakantiebijslag = 2.477,952;
21,75 days a month, 261 a year; VVU class 45-55 = 35%.
"""

import numpy as np
import pytest

from spoorzoeker import bereken
from spoorzoeker.errors import InvoerFout
from spoorzoeker.projection import FASEN, TAKKEN, projecteer

DATUM = "2026-03-01"
T = {t.naam: i for i, t in enumerate(TAKKEN)}
F = {f: i for i, f in enumerate(FASEN)}

BASIS = {
    "eerste_ziektedag": "2026-01-05",  # a Monday; week 52 ends 2027-01-03, week 104 ends 2028-01-02
    "bruto_maandloon": 3500.0,
    "contracturen_per_week": 38.0,
    "geboortedatum": "1975-06-30",
    "lgu_duur_maanden": 12.0,
}


def persoon(**anders):
    return {**BASIS, **anders}


@pytest.fixture(scope="module")
def basis():
    return projecteer(persoon(), datum=DATUM)


# --- hand-calculated examples --------------------------------------------------------------

def test_loondoorbetaling_statutory_70_percent_plus_vakantiebijslag(basis):
    # BW 7:629 lid 1: 70% x 3.500 = 2.450,00 (above the minimum-wage floor 14,71 x 7,6 h x 261
    # weekdays / 12 = 2.431,563 -> 2.431,57, WML art. 11), in both sick years. Vakantiebijslag 8% x 2.450 = 196,00 -> 2.646,00 a month.
    # Months 1-24 start in sick weeks 1-101 (month 24 starts 2027-12-05, week 100).
    for tak in range(len(TAKKEN)):
        assert np.all(basis.loondoorbetaling[0, tak, :24] == 2450.00)
        assert np.all(basis.vakantiebijslag_loondoorbetaling[0, tak, :24] == 196.00)
        assert np.all(basis.totaal[0, tak, :24] == 2646.00)
    assert basis.fase[0, 0, 11] == F["ziek_jaar1"] and basis.fase[0, 0, 12] == F["ziek_jaar2"]


def test_wia_starts_in_the_first_month_after_week_104(basis):
    # Day 1 = 2026-01-05; week 104 ends on day 728 = 2028-01-02; the WIA right starts 2028-01-03.
    # Month 25 starts 2028-01-05, the first month start after it.
    assert str(basis.ingangsdatum_wia[0]) == "2028-01-03"
    assert basis.eerste_wia_maand[0] == 25
    assert basis.loondoorbetaling[0, 0, 24] == 0.0
    assert basis.totaal.shape == (1, len(TAKKEN), 24 + 60)


def test_wia_maandloon_from_the_default_sv_loon(basis):
    # SV-loon = 12 x 3.500 x 1,08 = 45.360; dagloon 45.360 / 261 = 173,793 -> 173,79;
    # maandloon 173,79 x 21,75 = 3.779,9325 -> 3.779,93.
    assert basis.wia_maandloon[0] == 3779.93


def test_iva_hand_calculation(basis):
    # WIA art. 51: 75% x 3.779,93 = 2.834,9475 -> 2.834,95 in every WIA month.
    assert np.all(basis.wia_uitkering[0, T["iva"], 24:] == 2834.95)
    assert np.all(basis.fase[0, T["iva"], 24:] == F["iva"])


def test_wga_80_100_hand_calculation(basis):
    # LGU 75% x 3.779,93 = 2.834,95 in WGA months 1-2; 70% = 2.645,951 -> 2.645,95 in months 3-12;
    # then LAU art. 61 lid 2 (no inkomenseis at 80-100%): 70% x 3.779,93 = 2.645,95.
    w = basis.wia_uitkering[0, T["wga_80_100"]]
    assert list(w[24:26]) == [2834.95, 2834.95]
    assert np.all(w[26:36] == 2645.95) and np.all(w[36:] == 2645.95)
    assert basis.fase[0, T["wga_80_100"], 35] == F["lgu"] and basis.fase[0, T["wga_80_100"], 36] == F["lau"]


def test_wga_vvu_hand_calculation(basis):
    # Assumed 50% disabled (class 45-55, 35%), no earnings. LGU as above for 12 months, then
    # VVU art. 62: 35% x min(2.477,952; 3.779,93) = 867,2832 -> 867,28.
    w = basis.wia_uitkering[0, T["wga_vvu"]]
    assert list(w[24:27]) == [2834.95, 2834.95, 2645.95]
    assert np.all(w[36:] == 867.28)
    assert np.all(basis.fase[0, T["wga_vvu"], 36:] == F["vvu"])


def test_wga_lau_hand_calculation(basis):
    # Maatmanloon 3.500 x 1,08 = 3.780; 50% disabled -> restverdiencapaciteit 1.890, fully earned.
    # LGU months 1-2: 75% x (3.779,93 - 1.890) = 1.417,4475 -> 1.417,45; plus the wage 1.890 = 3.307,45.
    # Months 3-12: 70% x 1.889,93 = 1.322,951 -> 1.322,95; total 3.212,95.
    # LAU (earns at least the restverdiencapaciteit, art. 61 lid 2): again 1.322,95 + 1.890 = 3.212,95.
    t = basis.totaal[0, T["wga_lau"]]
    assert list(t[24:27]) == [3307.45, 3307.45, 3212.95]
    assert np.all(t[36:] == 3212.95)
    assert basis.restverdiencapaciteit[0, T["wga_lau"]] == 1890.00


def test_35_minner_branches(basis):
    # Assumed 25% disabled: restverdiencapaciteit 75% x 3.780 = 2.835, earned in full; no WIA benefit.
    assert np.all(basis.totaal[0, T["afgewezen_met_werk"], 24:] == 2835.00)
    assert np.all(basis.totaal[0, T["afgewezen_zonder_werk"], 24:] == 0.0)
    assert np.all(basis.wia_uitkering[0, T["afgewezen_met_werk"]] == 0.0)


# --- edge cases ---------------------------------------------------------------------------

def test_salary_above_the_maximumdagloon_and_excedent_insurance():
    # Loondoorbetaling: 70% x min(8.000; 304,25 x 21,75 = 6.617,44) = 4.632,208 -> 4.632,21
    # (docs/decisions.md D7). WIA: SV-loon 8.000 x 12 x 1,08 = 103.680; /261 = 397,24 (uncapped);
    # capped 304,25 -> maandloon 6.617,44; IVA 75% = 4.963,08.
    # Excedent insurance (70% of the wage above the maximum, IVA counts as 100%):
    # uncapped maandloon 6.617,44 x 397,24 / 304,25 = 8.639,97; 70% x (8.639,97 - 6.617,44) =
    # 70% x 2.022,53 = 1.415,771 -> 1.415,77.
    pr = projecteer(persoon(bruto_maandloon=8000.0, excedent_verzekering=True), datum=DATUM)
    assert pr.loondoorbetaling[0, 0, 0] == 4632.21
    assert pr.wia_maandloon[0] == 6617.44
    assert pr.wia_uitkering[0, T["iva"], 30] == 4963.08
    assert pr.verzekering[0, T["iva"], 30] == 1415.77
    assert pr.verzekering[0, T["afgewezen_met_werk"], 30] == 0.0


def test_minimum_wage_earner_keeps_100_percent_in_year_one():
    # 38 h in 2026 (261 weekdays, SZW Kennisdocument WML): 14,71 x 7,6 x 261 / 12 = 2.431,563,
    # up to the cent ("ten minste") 2.431,57 (WML art. 11). Year 1: at least that, so 100%.
    # Year 2: 70% x 2.431,57 = 1.702,099 -> 1.702,10 (half up).
    pr = projecteer(persoon(bruto_maandloon=2431.57), datum=DATUM)
    assert np.all(pr.loondoorbetaling[0, 0, :12] == 2431.57)
    assert np.all(pr.loondoorbetaling[0, 0, 12:24] == 1702.10)


def test_reaching_aow_while_sick_pays_six_weeks_from_the_aow_date_then_nothing():
    # BW 7:629 lid 2 onder b with its last sentence (Stb. 2015, 376): the illness began before the AOW
    # date, so the six weeks (illness from 1 July 2023 on) run from that date, within 104 weeks.
    # Born 1959-04-10: AOW age 67 (2026) -> AOW on 2026-04-10. Sick from 2025-06-02.
    # Days 2025-06-02 -> 2026-04-10: 365 - (20 days of April + 31 of May + 2 of June) = 312 = 44 4/7 weeks;
    # plus 6 weeks: the last paid day is 2026-05-21, the day after is 2026-04-10 + 42 = 2026-05-22.
    # Month 12 (2026-05-02 .. 2026-06-01, 31 days) is paid for 20 days: 70% x 3.500 = 2.450 (above the
    # floor 2.431,57) x 20 / 31 = 1.580,645 -> 1.580,65; vakantiebijslag 8% = 126,452 -> 126,45;
    # together 1.707,10. From month 13 (2026-06-02) on: no WIA after the AOW age (WIA art. 8 lid 1 b).
    pr = projecteer(persoon(eerste_ziektedag="2025-06-02", geboortedatum="1959-04-10"), datum=DATUM)
    assert str(pr.aow_datum[0]) == "2026-04-10"
    assert str(pr.ingangsdatum_wia[0]) == "2026-05-22"
    assert np.all(pr.loondoorbetaling[0, 0, :11] == 2450.00)
    assert pr.loondoorbetaling[0, 0, 11] == 1580.65
    assert pr.vakantiebijslag_loondoorbetaling[0, 0, 11] == 126.45
    assert pr.totaal[0, :, 11] == pytest.approx([1707.10] * len(TAKKEN), abs=1e-9)
    assert np.all(pr.fase[0, :, :12] == F["ziek_jaar1"])
    assert np.all(pr.totaal[0, :, 12:] == 0.0)
    assert np.all(pr.fase[0, :, 12:] == F["aow"])


def test_employee_past_the_aow_age_gets_six_weeks_of_wages():
    # Finding 19: born 1955-01-01 (AOW age 66 + 4 months in 2021 -> 2021-05-01), sick from 2026-10-01.
    # BW 7:629 lid 2 onder b: six weeks (illness after 1 July 2023), days 1-42: 2026-10-01 .. 2026-11-11.
    # Wage 4.000 (70% = 2.800, above any minimum-wage floor for 38 h). Month 1 (October) whole: 2.800,00 + 8%
    # = 224,00. Month 2 (2026-11-01 .. 2026-11-30, 30 days) for 11 days: 2.800 x 11 / 30 = 1.026,667 ->
    # 1.026,67; 8% = 82,1336 -> 82,13. Nothing after.
    pr = projecteer(persoon(eerste_ziektedag="2026-10-01", geboortedatum="1955-01-01", bruto_maandloon=4000.0),
                    datum="2026-10-01")
    assert str(pr.aow_datum[0]) == "2021-05-01"
    assert str(pr.ingangsdatum_wia[0]) == "2026-11-12"
    assert pr.loondoorbetaling[0, 0, 0] == 2800.00 and pr.vakantiebijslag_loondoorbetaling[0, 0, 0] == 224.00
    assert pr.loondoorbetaling[0, 0, 1] == 1026.67 and pr.vakantiebijslag_loondoorbetaling[0, 0, 1] == 82.13
    assert np.all(pr.totaal[0, :, 2:] == 0.0) and np.all(pr.fase[0, :, 2:] == F["aow"])
    assert np.all(pr.wia_uitkering[0] == 0.0)


def test_aow_term_was_thirteen_weeks_for_an_illness_before_1_july_2023():
    # Transitional rule (art. VIIIA Wet werken na de AOW-gerechtigde leeftijd), ended on 1 July 2023 by the
    # Besluit of 12 May 2023: who was already sick keeps 13 weeks. Born 1955-01-01 (AOW 2021-05-01), sick
    # from 2023-06-30 (a day before the change): 91 days, the day after is 2023-06-30 + 91 = 2023-09-29.
    # From 2023-07-01: 42 days, the day after is 2023-08-12.
    voor = projecteer(persoon(eerste_ziektedag="2023-06-30", geboortedatum="1955-01-01"), datum="2023-07-01")
    na = projecteer(persoon(eerste_ziektedag="2023-07-01", geboortedatum="1955-01-01"), datum="2023-07-01")
    assert str(voor.ingangsdatum_wia[0]) == "2023-09-29"
    assert str(na.ingangsdatum_wia[0]) == "2023-08-12"


def test_aow_age_67_and_3_months_from_2028():
    # Born 1961-01-05: in 2027 67 would be 2028-01-05 (not 2027); in 2028 67 + 3 months -> 2028-04-05.
    pr = projecteer(persoon(geboortedatum="1961-01-05"), datum=DATUM)
    assert str(pr.aow_datum[0]) == "2028-04-05"


@pytest.mark.parametrize("lgu, laatste_lgu_maand", [(3.0, 27), (24.0, 48)])
def test_lgu_of_3_and_24_months(lgu, laatste_lgu_maand):
    # WIA month 1 = projection month 25. LGU of 3 months: months 25-27; of 24 months: 25-48.
    pr = projecteer(persoon(lgu_duur_maanden=lgu), datum=DATUM)
    fase = pr.fase[0, T["wga_vvu"]]
    assert fase[laatste_lgu_maand - 1] == F["lgu"]
    assert fase[laatste_lgu_maand] == F["vvu"]
    assert pr.wia_uitkering[0, T["wga_vvu"], laatste_lgu_maand] == 867.28


def test_lgu_duration_from_the_arbeidsverleden():
    # Born 1975 (18 in 1993), worked every year since 2010, WIA from 2028 (WIA art. 15 lid 1):
    # fictief 1993-1997 = 5 years, real 2010-2015 = 6 years (both before 2016), 2016-2027 = 12 years.
    # Art. 59: the first ten (oldest) years give 10 months; above ten, 1 year before 2016 gives
    # 1 month and 12 years after 2015 give half a month each (6): 10 + 1 + 6 = 17 months.
    pr = projecteer({k: v for k, v in persoon(eerste_jaar_met_arbeid=2010.0).items() if k != "lgu_duur_maanden"},
                    datum=DATUM)
    assert pr.lgu_duur_maanden[0] == 17.0


def test_extension_of_52_weeks_moves_the_wia_a_year():
    # 156 weeks end on 2028-12-31; month 37 (2029-01-05) is the first WIA month. Months 25-36 are
    # the extension (70%, no floor).
    pr = projecteer(persoon(verlenging_loondoorbetaling_weken=52.0), datum=DATUM)
    assert pr.eerste_wia_maand[0] == 37
    assert np.all(pr.fase[0, 0, 24:36] == F["verlenging"])
    assert np.all(pr.loondoorbetaling[0, 0, 24:36] == 2450.00)
    assert pr.totaal.shape[2] == 36 + 60


def test_cao_regime_100_85():
    # Regime 'boven_170_onvoorwaardelijk' (parameter example): 100% in year 1, 85% in year 2.
    pr = projecteer(persoon(cao_regime="boven_170_onvoorwaardelijk"), datum=DATUM)
    assert pr.loondoorbetaling[0, 0, 0] == 3500.00
    assert pr.loondoorbetaling[0, 0, 12] == 2975.00


def test_wga_hiaat_insurance_tops_up_the_vvu():
    # Hiaat cover: the LAU at full use of the restverdiencapaciteit (70% x (3.779,93 - 1.890) = 1.322,95)
    # minus the VVU 867,28 = 455,67 a month during the VVU.
    pr = projecteer(persoon(wga_hiaat_verzekering=True), datum=DATUM)
    assert pr.verzekering[0, T["wga_vvu"], 40] == 455.67
    assert pr.verzekering[0, T["wga_vvu"], 30] == 0.0  # not during the LGU


def test_given_restverdiencapaciteit_is_used_in_its_own_class():
    # RVC 2.268 of a maatman of 3.780: (3.780 - 2.268) / 3.780 = 40% -> class 35-45 (28%).
    # VVU = 28% x 2.477,952 = 693,8266 -> 693,83.
    pr = projecteer(persoon(restverdiencapaciteit_per_maand=2268.0), datum=DATUM)
    assert pr.ao_percentage[0, T["wga_vvu"]] == pytest.approx(40.0)
    assert pr.wia_uitkering[0, T["wga_vvu"], 40] == 693.83
    # the other branches keep their own assumptions
    assert pr.ao_percentage[0, T["afgewezen_met_werk"]] == pytest.approx(25.0)


# --- ties to the rules --------------------------------------------------------------------

def _batch(n=40, seed=7):
    rng = np.random.default_rng(seed)
    return {
        "eerste_ziektedag": np.datetime64("2025-09-01") + rng.integers(0, 200, n),
        "bruto_maandloon": np.round(rng.uniform(1800, 9500, n), 2),
        "contracturen_per_week": rng.choice([24.0, 32.0, 36.0, 38.0, 40.0], n),
        "geboortedatum": np.datetime64("1960-01-01") + rng.integers(0, 365 * 40, n),
        "lgu_duur_maanden": rng.integers(6, 49, n) / 2.0,  # 3 to 24 months, with half months (art. 59 lid 2)
        "cao_regime": np.array(["wettelijk", "exact_170", "boven_170_onvoorwaardelijk",
                                "boven_170_voorwaardelijk", "onder_170"])[rng.integers(0, 5, n)],
        "verlenging_loondoorbetaling_weken": rng.choice([0.0, 0.0, 13.0, 52.0], n),
    }


def test_sum_over_each_branch_equals_the_rules_month_by_month():
    """Each month of each branch recomputed with the public calculate interface (one request per
    month and branch for all people) equals the projection, and so do the branch totals. A month
    that starts before the calculation date is computed at the law of its first day (a date per
    person in the request); later months at the values of the calculation date."""
    kol = _batch()
    pr = projecteer(kol, datum=DATUM)
    n, B, M = pr.totaal.shape
    basis_kol = {k: v for k, v in kol.items() if k != "eerste_ziektedag"}
    weken = ((pr.maand_start - kol["eerste_ziektedag"][:, None]).astype(int) // 7 + 1).astype(float)
    for m in range(M):
        ziek = (m + 1) < pr.eerste_wia_maand
        maand_datum = np.minimum(pr.maand_start[:, m], np.datetime64(DATUM))
        ldb = bereken({"datum": DATUM, "personen": {**basis_kol, "ziekteweek": weken[:, m], "datum": maand_datum},
                       "bereken": ["loondoorbetaling_cao_per_maand"]})["resultaten"]["loondoorbetaling_cao_per_maand"]
        for b, tak in enumerate(TAKKEN):
            verwacht = np.where(ziek, ldb, 0.0)
            wga_maand = (m + 1) - pr.eerste_wia_maand + 1
            if tak.uitkomst != "geen":
                ingang = pr.ingangsdatum_wia
                kolom = {**basis_kol, "wga_maand": np.maximum(wga_maand, 1).astype(float),
                         "maatmanloon_per_maand": np.round(kol["bruto_maandloon"] * 1.08, 2),
                         "restverdiencapaciteit_per_maand": pr.restverdiencapaciteit[:, b],
                         "inkomsten_per_maand": pr.inkomsten_werk[:, b, :].max(axis=1),
                         "duurzaam": np.full(n, tak.uitkomst == "iva"),
                         "sv_loon_refertejaar": 12 * kol["bruto_maandloon"] * 1.08,
                         "ingangsdatum_wia": ingang}
                naam = "iva_uitkering_per_maand" if tak.uitkomst == "iva" else "wga_uitkering_per_maand"
                wia = bereken({"datum": DATUM, "personen": kolom, "bereken": [naam]})["resultaten"][naam]
                verwacht = np.where(ziek, verwacht, wia)
            verwacht = np.where(pr.maand_start[:, m] >= pr.aow_datum, 0.0, verwacht)
            np.testing.assert_array_equal(pr.loondoorbetaling[:, b, m] + pr.wia_uitkering[:, b, m], verwacht,
                                          err_msg=f"maand {m + 1}, tak {tak.naam}")
    totaal = pr.loondoorbetaling + pr.vakantiebijslag_loondoorbetaling + pr.wia_uitkering + pr.inkomsten_werk \
        + pr.verzekering
    np.testing.assert_allclose(pr.som(), totaal.sum(axis=2))


def test_a_batch_equals_one_call_per_person():
    kol = _batch(12, seed=3)
    samen = projecteer(kol, datum=DATUM, uitleg=False, blok=5)
    for i in range(12):
        los = projecteer({k: v[i:i + 1] for k, v in kol.items()}, datum=DATUM, uitleg=False)
        M = los.totaal.shape[2]
        np.testing.assert_array_equal(samen.totaal[i, :, :M], los.totaal[0])
        assert np.all(samen.totaal[i, :, M:] == 0.0) or samen.eerste_wia_maand[i] < samen.eerste_wia_maand.max()


def test_explanation_names_rules_and_parameters(basis):
    namen = {s["variabele"] for s in basis.uitleg}
    assert {"loondoorbetaling_cao_per_maand", "wga_uitkering_per_maand", "iva_uitkering_per_maand",
            "vvu_per_maand", "wia_maandloon"} <= namen
    vvu = next(s for s in basis.uitleg if s["variabele"] == "minimumloon_per_maand_wia")
    assert any(p["naam"] == "minimumloon.maandloon" and p["waarde"] == 2294.40 for p in vvu["parameters"])
    assert any(a["naam"] == "projectie.takken.ao_fractie_wga_35_80" for a in basis.aannames)


def test_input_errors_are_dutch_and_name_the_field():
    with pytest.raises(InvoerFout, match="eerste_ziektedag"):
        projecteer({k: v for k, v in BASIS.items() if k != "eerste_ziektedag"}, datum=DATUM)
    with pytest.raises(InvoerFout, match="wga_maand"):
        projecteer(persoon(wga_maand=3.0), datum=DATUM)
    with pytest.raises(InvoerFout, match="lgu_duur_maanden"):
        projecteer({k: v for k, v in BASIS.items() if k != "lgu_duur_maanden"}, datum=DATUM)
