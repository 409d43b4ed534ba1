"""WIA rules against hand calculations; each test shows its derivation and names the article.

Parameter values used (2026-03-01): maximumdagloon EUR 304,25 (law-facts §1.2, Stcrt. 2025, 42324);
referentieminimummaandloon EUR 2.294,40 (law-facts §1.1), so minimumloon per maand incl. 8%
vakantiebijslag = 2.477,952 (law-settled §3).
"""

import pytest
from conftest import een

D = "2026-03-01"


def test_dagloon_and_maandloon():
    # Dagloonbesluit art. 16: 40.000 / 261 = 153,2567 -> 153,26; WIA art. 13: x 21,75 = 3.333,405 -> 3.333,41.
    r = een(D, ["wia_dagloon", "wia_maandloon"], sv_loon_refertejaar=40000)
    assert r == {"wia_dagloon": 153.26, "wia_maandloon": 3333.41}


def test_dagloon_capped_at_maximumdagloon():
    # 100.000 / 261 = 383,14 > 304,25 -> 304,25; x 21,75 = 6.617,4375 -> 6.617,44 (law-facts §1.2: "6.617,44").
    r = een(D, ["wia_dagloon", "wia_maandloon"], sv_loon_refertejaar=100000)
    assert r == {"wia_dagloon": 304.25, "wia_maandloon": 6617.44}


def test_loonloze_maanden_divide_by_fewer_days():
    # CRvB 2024:1523: divide by the dagloondagen of months with wage, e.g. 175: 30.000 / 175 = 171,43.
    assert een(D, ["wia_dagloon"], sv_loon_refertejaar=30000, dagloondagen_refertejaar=175)["wia_dagloon"] == 171.43


def test_lgu_first_two_months_75_then_70():
    # WIA art. 61 lid 1: 0,75 x 2.000 = 1.500,00 in month 2; 0,70 x 2.000 = 1.400,00 in month 3.
    assert een(D, ["lgu_per_maand"], wia_maandloon=2000, wga_maand=2)["lgu_per_maand"] == 1500.0
    assert een(D, ["lgu_per_maand"], wia_maandloon=2000, wga_maand=3)["lgu_per_maand"] == 1400.0


def test_lgu_income_deducted_with_c_over_d_above_the_cap():
    # sv-loon 100.000: D = 383,14, C = 304,25, C/D = 0,794096...; A = 6.617,44.
    # 0,7 x (6.617,44 - 1.000 x 0,794096) = 0,7 x 5.823,3439 = 4.076,3407 -> 4.076,34 (art. 61 lid 1 b).
    r = een(D, ["lgu_per_maand"], sv_loon_refertejaar=100000, inkomsten_per_maand=1000, wga_maand=3)
    assert r["lgu_per_maand"] == 4076.34


def test_lgu_never_negative():
    assert een(D, ["lgu_per_maand"], wia_maandloon=2000, inkomsten_per_maand=5000, wga_maand=3)["lgu_per_maand"] == 0.0


@pytest.mark.parametrize("rvc, pct, klasse, uitkomst", [
    (1951, 34.966666, "0-35", "geen"),      # (3000-1951)/3000 = 34,97% < 35: 35-minner (art. 5 WIA)
    (1950, 35.0, "35-45", "wga_35_80"),     # exactly 35%: 'ten hoogste 65%' of the maatman qualifies
    (1650, 45.0, "45-55", "wga_35_80"),     # exactly 45% belongs to 45-55 (law-settled §4)
    (1050, 65.0, "65-80", "wga_35_80"),
    (601, 79.966666, "65-80", "wga_35_80"),
    (600, 80.0, "80-100", "wga_80_100"),    # 80% or more, not durable: WGA 80-100 (art. 61 lid 6 f)
])
def test_percentage_class_and_outcome(rvc, pct, klasse, uitkomst):
    r = een(D, ["arbeidsongeschiktheidspercentage", "arbeidsongeschiktheidsklasse", "wia_uitkomst"],
            maatmanloon_per_maand=3000, restverdiencapaciteit_per_maand=rvc, duurzaam=False)
    assert r["arbeidsongeschiktheidspercentage"] == pytest.approx(pct, abs=1e-5)
    assert (r["arbeidsongeschiktheidsklasse"], r["wia_uitkomst"]) == (klasse, uitkomst)


def test_iva_only_when_durable_and_80_plus():
    # WIA art. 4 and 51: 80% and duurzaam -> IVA; 0,75 x 3.333,41 = 2.500,0575 -> 2.500,06.
    r = een(D, ["wia_uitkomst", "iva_uitkering_per_maand"], sv_loon_refertejaar=40000,
            maatmanloon_per_maand=3000, restverdiencapaciteit_per_maand=300, duurzaam=True)
    assert r == {"wia_uitkomst": "iva", "iva_uitkering_per_maand": 2500.06}
    # Art. 52: 500 earned -> 2.500,0575 - 0,7 x 500 = 2.150,0575 -> 2.150,06.
    r = een(D, ["iva_uitkering_per_maand"], sv_loon_refertejaar=40000, inkomsten_per_maand=500,
            maatmanloon_per_maand=3000, restverdiencapaciteit_per_maand=300, duurzaam=True)
    assert r["iva_uitkering_per_maand"] == 2150.06


def test_vvu_class_percentage_of_minimum_wage_incl_holiday_pay():
    # Art. 62: 50,75% x 2.477,952 = 1.257,5606 -> 1.257,56 (law-settled §3 table, 2026-01-01: 1.257,56).
    r = een(D, ["vvu_per_maand"], wia_maandloon=3333.41, maatmanloon_per_maand=3000,
            restverdiencapaciteit_per_maand=1000)
    assert r["vvu_per_maand"] == 1257.56


def test_vvu_uses_maandloon_when_lower_than_minimum_wage():
    # Art. 62: 28% (class 35-45) x min(2.477,95; 1.500) = 420,00.
    r = een(D, ["vvu_per_maand"], wia_maandloon=1500, maatmanloon_per_maand=3000,
            restverdiencapaciteit_per_maand=1900)
    assert r["vvu_per_maand"] == 420.0


# LAU and VVU after the LGU: maatman 3.000, RVC 1.000 -> 66,67%, class 65-80 (50,75%);
# inkomenseis 50% x 1.000 = 500 (art. 60 lid 2); overblijvende verdiencapaciteit 1.000 (art. 61 lid 3).
WGA = dict(maatmanloon_per_maand=3000, restverdiencapaciteit_per_maand=1000, wga_maand=30, lgu_duur_maanden=12)
UIT = ["wga_uitkering_soort", "wga_uitkering_per_maand"]


def test_lau_on_actual_income_when_earning_at_least_rvc():
    # Art. 61 lid 2: 1.200 >= 1.000 -> 0,7 x (3.000 - 1.200) = 1.260,00.
    assert een(D, UIT, wia_maandloon=3000, inkomsten_per_maand=1200, **WGA) == {
        "wga_uitkering_soort": "lau", "wga_uitkering_per_maand": 1260.0}


def test_lau_on_rvc_when_earning_half_or_more():
    # Art. 61 lid 4: 500 <= 700 < 1.000 -> 0,7 x (3.000 - 1.000) = 1.400,00; lid 5 floor 1.257,56 is lower.
    assert een(D, UIT, wia_maandloon=3000, inkomsten_per_maand=700, **WGA) == {
        "wga_uitkering_soort": "lau", "wga_uitkering_per_maand": 1400.0}


def test_lau_floor_of_lid_5_capped_by_lid_1_formula():
    # maandloon 2.000: lid 4 gives 0,7 x (2.000 - 1.000) = 700; floor G x H = 50,75% x min(2.477,95; 2.000)
    # = 1.015,00; but at most 0,7 x (2.000 - 600) = 980,00 -> 980,00 (art. 61 lid 5).
    assert een(D, UIT, wia_maandloon=2000, inkomsten_per_maand=600, **WGA) == {
        "wga_uitkering_soort": "lau", "wga_uitkering_per_maand": 980.0}


def test_vvu_below_the_inkomenseis_and_earnings_come_on_top():
    # Art. 60 lid 1 b: 400 < 500 -> VVU = 50,75% x 2.000 = 1.015,00; the 400 earned does not reduce it.
    assert een(D, UIT, wia_maandloon=2000, inkomsten_per_maand=400, **WGA) == {
        "wga_uitkering_soort": "vvu", "wga_uitkering_per_maand": 1015.0}


def test_wga_80_100_has_no_inkomenseis():
    # Art. 60 lid 3 and 61 lid 2: RVC 500 of 3.000 (83,3%): LAU = 0,7 x 3.000 = 2.100,00 without work.
    r = een(D, UIT, wia_maandloon=3000, maatmanloon_per_maand=3000, restverdiencapaciteit_per_maand=500,
            wga_maand=30, lgu_duur_maanden=12)
    assert r == {"wga_uitkering_soort": "lau", "wga_uitkering_per_maand": 2100.0}


def test_no_lgu_without_the_wekeneis():
    # Art. 54 lid 4: no LGU when the referte-eis is not met; straight to VVU: 50,75% x 2.000 = 1.015,00.
    r = een(D, UIT, wia_maandloon=2000, referte_eis_vervuld=False, **{**WGA, "wga_maand": 1})
    assert r == {"wga_uitkering_soort": "vvu", "wga_uitkering_per_maand": 1015.0}


def test_half_month_lgu_splits_the_last_month():
    # Duration 23,5 months (art. 59 lid 2: half month = 15 days): month 24 pays half LGU 0,7 x 2.000 = 1.400
    # and half VVU 1.015 -> 1.207,50.
    r = een(D, UIT, wia_maandloon=2000, inkomsten_per_maand=0, **{**WGA, "wga_maand": 24, "lgu_duur_maanden": 23.5})
    assert r == {"wga_uitkering_soort": "lgu", "wga_uitkering_per_maand": 1207.5}


@pytest.mark.parametrize("invoer, jaren, maanden", [
    # UWV 'Arbeidsverleden van 11 jaar of langer': 20 years before 2016 + 6 after -> 10 + 10 + 3 = 23.
    (dict(arbeidsverleden_jaren=26, ingangsdatum_wia="2022-05-01"), 26, 23.0),
    # Born 1978: fictief 1996-1997 (2), 1998-2015 (18), 2016-2025 (10) = 30 -> 10 + 10 + 5 = 25 -> max 24.
    (dict(geboortedatum="1978-06-01", eerste_jaar_met_arbeid=1998, ingangsdatum_wia="2026-02-01"), 30, 24.0),
    # 2012-2015 (4) + 2016-2025 (10) = 14: first ten (4 old + 6 new) = 10, then 4 x 1/2 = 2 -> 12.
    (dict(geboortedatum="1990-01-01", eerste_jaar_met_arbeid=2012, ingangsdatum_wia="2026-02-01"), 14, 12.0),
    # 2020-2024 = 5 years -> 5 months (the WIA year 2025 itself does not count, art. 15 lid 1 a).
    (dict(geboortedatum="2000-01-01", eerste_jaar_met_arbeid=2020, ingangsdatum_wia="2025-06-01"), 5, 5.0),
    # One year -> minimum of 3 months (art. 59 lid 1).
    (dict(geboortedatum="2000-01-01", eerste_jaar_met_arbeid=2024, ingangsdatum_wia="2025-06-01"), 1, 3.0),
    # 2015-2025 = 11 years: 2015 (before 2016) and 9 new years fill the first ten; 1 more new year x 1/2 -> 10,5.
    (dict(geboortedatum="1990-01-01", eerste_jaar_met_arbeid=2015, ingangsdatum_wia="2026-02-01"), 11, 10.5),
])
def test_arbeidsverleden_and_lgu_duration(invoer, jaren, maanden):
    r = een(D, ["arbeidsverleden_jaren", "lgu_duur_maanden"], **invoer)
    assert r == {"arbeidsverleden_jaren": jaren, "lgu_duur_maanden": maanden}


@pytest.mark.parametrize("maatman, rvc, duurzaam, verwacht", [
    # 2026-03-01, maandloon 3.000 (given), no earnings, WGA month 30 after an LGU of 12 months.
    # AO% = (3.000 - 2.700) / 3.000 = 10%: below 35%, no benefit at all (art. 5 WIA).
    (3000, 2700, False, 0.0),
    # AO% 100%, durable: IVA = 0,75 x 3.000 = 2.250,00 (art. 51 WIA).
    (3000, 0, True, 2250.0),
    # AO% 100%, not durable: WGA 80-100, after the LGU the LAU of art. 61 lid 2 = 0,70 x 3.000
    # = 2.100,00 (no income requirement for the 80-100 class, art. 60 lid 3).
    (3000, 0, False, 2100.0),
])
def test_wia_benefit_follows_the_outcome(maatman, rvc, duurzaam, verwacht):
    r = een("2026-03-01", ["wia_uitkering_per_maand"], wia_maandloon=3000, maatmanloon_per_maand=maatman,
            restverdiencapaciteit_per_maand=rvc, duurzaam=duurzaam, wga_maand=30, lgu_duur_maanden=12)
    assert r["wia_uitkering_per_maand"] == verwacht


def test_dagloon_indexed_from_the_refertejaar_to_the_calculation_date():
    # WIA art. 14 lid 1 and Dagloonbesluit art. 23. Sick on 2024-03-11: the refertejaar ends on
    # 2024-02-29 (art. 13 lid 1, monthly aangiftetijdvak). Revisions after it up to 2026-03-01:
    # 1-7-2024 +3,10%, 1-1-2025 +2,73%, 1-7-2025 +2,46%, 1-1-2026 +2,16%.
    # 40.000 / 261 = 153,25670; factor 1,0310 x 1,0273 = 1,0591463; x 1,0246 = 1,0852013; x 1,0216 =
    # 1,1086417; 153,25670 x 1,1086417 = 169,9067 -> 169,91. Unindexed 153,26 is shown beside it;
    # maandloon 169,91 x 21,75 = 3.695,5425 -> 3.695,54.
    r = een(D, ["einde_refertejaar", "wia_dagloon_ongeindexeerd", "wia_dagloon_indexatiefactor", "wia_dagloon",
                "wia_maandloon"], sv_loon_refertejaar=40000, eerste_ziektedag="2024-03-11")
    assert r["einde_refertejaar"] == "2024-02-29"
    assert r["wia_dagloon_ongeindexeerd"] == 153.26
    assert r["wia_dagloon_indexatiefactor"] == pytest.approx(1.0310 * 1.0273 * 1.0246 * 1.0216)
    assert r["wia_dagloon"] == 169.91 and r["wia_maandloon"] == 3695.54


def test_the_explanation_names_every_revision_with_its_source():
    from spoorzoeker import bereken
    uit = bereken({"datum": D, "personen": [{"sv_loon_refertejaar": 40000, "eerste_ziektedag": "2024-03-11"}],
                   "bereken": ["wia_dagloon"], "uitleg": True})["uitleg"][0]
    stap = next(s for s in uit if s["variabele"] == "wia_dagloon_indexatiefactor")
    assert [p["geldig_vanaf"] for p in stap["parameters"]] == ["2024-07-01", "2025-01-01", "2025-07-01", "2026-01-01"]
    assert all(p["bronnen"] and p["bronnen"][0]["href"] for p in stap["parameters"])
    assert {"wia_dagloon_ongeindexeerd", "wia_dagloon_ongemaximeerd"} <= {s["variabele"] for s in uit}


def test_without_a_first_sick_day_the_sv_loon_is_taken_as_todays_level():
    # Factor 1 (shown in the explanation): the old behaviour for callers without the date.
    assert een(D, ["wia_dagloon_indexatiefactor"], sv_loon_refertejaar=40000)["wia_dagloon_indexatiefactor"] == 1.0


def test_a_refertejaar_before_the_known_revisions_is_refused():
    from spoorzoeker.errors import InvoerFout
    with pytest.raises(InvoerFout, match="herzieningen"):
        een(D, ["wia_dagloon"], sv_loon_refertejaar=40000, einde_refertejaar="2014-12-31")


def test_a_given_maandloon_above_the_maximum_is_capped_and_keeps_c_over_d():
    # Issue example: wia_maandloon 12.000 would give an LAU/LGU above what the maximumdagloon
    # allows. Capped at 304,25 x 21,75 = 6.617,44 (art. 13 WIA, art. 17 Wfsv); the given 12.000 is the
    # uncapped maandloon, so D = 12.000 / 21,75 = 551,724 and C/D = 304,25 / 551,724 = 0,551453.
    # LGU month 3 with 1.000 earnings (art. 61 lid 1): 0,7 x (6.617,44 - 1.000 x 0,551453) =
    # 0,7 x 6.065,987 = 4.246,19.
    r = een(D, ["wia_maandloon", "dagloon_verhouding", "lgu_per_maand"], wia_maandloon=12000, wga_maand=3,
            lgu_duur_maanden=12, inkomsten_per_maand=1000)
    assert r["wia_maandloon"] == 6617.44
    assert r["dagloon_verhouding"] == pytest.approx(304.25 / (12000 / 21.75))
    assert r["lgu_per_maand"] == 4246.19
    from spoorzoeker import bereken
    uit = bereken({"datum": D, "personen": [{"wia_maandloon": 12000}], "bereken": ["wia_maandloon"],
                   "uitleg": True})["uitleg"][0]
    assert "wettelijke maximum" in next(s for s in uit if s["variabele"] == "wia_maandloon")["opmerking"]


def test_a_given_dagloon_above_the_maximum_is_capped():
    # 400 > 304,25: the IVA is 75% x 304,25 x 21,75 = 75% x 6.617,44 = 4.963,08, not 75% x 8.700.
    r = een(D, ["wia_dagloon", "iva_uitkering_per_maand"], wia_dagloon=400, wia_uitkomst="iva")
    assert r == {"wia_dagloon": 304.25, "iva_uitkering_per_maand": 4963.08}


def test_fixed_statutory_bounds_are_refused():
    from spoorzoeker.errors import InvoerFout
    for veld, waarde in (("lgu_duur_maanden", 30), ("arbeidsongeschiktheidspercentage", 120),
                         ("ziektewet_percentage", 1.2), ("uitkeringspercentage", 0.8)):
        with pytest.raises(InvoerFout, match=veld):
            een(D, [veld], **{veld: waarde})


def test_the_cap_is_the_maximumdagloon_of_the_peildatum():
    # Wfsv art. 17 lid 1 with art. 14 WIA: a dagloon asked for 2021-07-01 is capped at the maximum
    # of that day, EUR 225,57, even with a 2026 calculation date (304,25). 100.000 / 261 = 383,14,
    # refertejaar ending 2021-05-31, no revision in between -> capped at 225,57.
    r = een(D, ["wia_dagloon"], sv_loon_refertejaar=100000, einde_refertejaar="2021-05-31",
            dagloon_peildatum="2021-07-01")
    assert r["wia_dagloon"] == 225.57
    # 1-7-2021 is itself a revision (+0,97%) after the refertejaar: 383,14 x 1,0097 is still
    # above the cap, so the result stays 225,57; the default peildatum gives 304,25.
    assert een(D, ["wia_dagloon"], sv_loon_refertejaar=100000)["wia_dagloon"] == 304.25
