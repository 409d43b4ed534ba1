"""Transitievergoeding (BW 7:673 lid 2) against hand calculations.

Maximum 2026: EUR 102.000; 2024: EUR 94.000; 2023: EUR 89.000 (BW 7:673 lid 2-3, the maximum of
the day the contract ends).
"""

import numpy as np
import pytest
from conftest import een

from spoorzoeker import InvoerFout
from spoorzoeker.tijd import maanden_en_dagen_tussen

TV = ["transitievergoeding"]
# BW 7:673e lid 1 a: ended after the two sick years because of the sickness (the condition holds).
NA_TWEE_JAAR_WEGENS_ZIEKTE = {"reden_einde_arbeidsovereenkomst": "ziekte", "einde_na_wachttijd": True}


def test_whole_years():
    # 10 years x 1/3 x 3.000 = 10.000,00.
    r = een("2026-03-01", TV, bruto_maandsalaris=3000, datum_in_dienst="2016-03-01", datum_uit_dienst="2026-03-01")
    assert r["transitievergoeding"] == 10000.0


def test_years_and_months():
    # 2 years and 6 months: 2 x 1.000 + (6 x 3.000) / 36 = 2.000 + 500 = 2.500,00.
    r = een("2026-03-01", TV, bruto_maandsalaris=3000, datum_in_dienst="2023-09-01", datum_uit_dienst="2026-03-01")
    assert r["transitievergoeding"] == 2500.0


def test_remaining_days_with_given_salary():
    # ARAG example 2: 15 days in probation, salary over them EUR 1.500: (1.500/1.500) x (1/3 x 1.500 / 12) = 41,67.
    r = een("2026-03-01", TV, bruto_maandsalaris=1500, datum_in_dienst="2026-02-01", datum_uit_dienst="2026-02-16",
            loon_over_resterende_dagen=1500)
    assert r["transitievergoeding"] == 41.67


def test_cap_is_maximum_or_one_annual_salary():
    # 40 years x 1/3 x 9.000 = 120.000; cap max(102.000; 12 x 9.000 = 108.000) = 108.000,00.
    r = een("2026-03-01", TV, bruto_maandsalaris=9000, datum_in_dienst="1986-03-01", datum_uit_dienst="2026-03-01")
    assert r["transitievergoeding"] == 108000.0
    # 40 years x 1/3 x 7.000 = 93.333,33; cap max(102.000; 84.000) = 102.000 -> not capped.
    r = een("2026-03-01", TV, bruto_maandsalaris=7000, datum_in_dienst="1986-03-01", datum_uit_dienst="2026-03-01")
    assert r["transitievergoeding"] == 93333.33


def test_compensation_is_capped_at_the_amount_after_104_weeks():
    # BW 7:673e lid 2: paid 12.000, owed after the two years 10.000 -> 10.000,00.
    r = een("2026-03-01", ["compensatie_transitievergoeding"], betaalde_transitievergoeding=12000,
            transitievergoeding_na_wachttijd=10000, **NA_TWEE_JAAR_WEGENS_ZIEKTE)
    assert r["compensatie_transitievergoeding"] == 10000.0


def test_months_and_days():
    m, d = maanden_en_dagen_tussen(np.array(["2015-03-10", "2024-01-31"], dtype="datetime64[D]"),
                                   np.array(["2024-05-25", "2024-03-01"], dtype="datetime64[D]"))
    # 2015-03-10 -> 2024-05-10 is 110 months, +15 days; 2024-01-31 -> 2024-02-29 (clipped) is 1 month, +1 day.
    np.testing.assert_array_equal(m, [110, 1])
    np.testing.assert_array_equal(d, [15, 1])


def test_maximum_of_the_year_the_contract_ends():
    # Issue example: 45 years at 7.000 ending 1-7-2024: 45 x 7.000 / 3 = 105.000; cap max(94.000
    # (2024); 84.000) = 94.000, also with a 2026 calculation date (102.000 would be wrong).
    r = een("2026-03-01", TV, bruto_maandsalaris=7000, datum_in_dienst="1979-07-01", datum_uit_dienst="2024-07-01")
    assert r["transitievergoeding"] == 94000.0
    # The compensation inherits it: owed on the day after the two years (in 2023: max 89.000),
    # paid at the end in 2024 (94.000) -> UWV pays 89.000 (BW 7:673e lid 2).
    na = een("2026-03-01", TV, bruto_maandsalaris=7000, datum_in_dienst="1979-07-01",
             datum_uit_dienst="2023-12-01")["transitievergoeding"]
    assert na == 89000.0
    r = een("2026-03-01", ["compensatie_transitievergoeding"], betaalde_transitievergoeding=94000,
            transitievergoeding_na_wachttijd=na, **NA_TWEE_JAAR_WEGENS_ZIEKTE)
    assert r["compensatie_transitievergoeding"] == 89000.0


def test_successive_contracts_add_up_and_gaps_do_not_count():
    # BW 7:673 lid 4 b. Contracts 2020-01-01..2021-01-01 (1 year), gap of 3 months (2021-01-01 ..
    # 2021-04-01, 90 days), 2021-04-01..2023-04-01 (2 years): 3 years -> 3 x 1.000 = 3.000.
    periodes = [{"datum_in_dienst": "2020-01-01", "datum_uit_dienst": "2021-01-01"},
                {"datum_in_dienst": "2021-04-01", "datum_uit_dienst": "2023-04-01"}]
    from spoorzoeker import bereken
    r = bereken({"datum": "2026-03-01", "personen": [{"bruto_maandsalaris": 3000, "contractperiodes": periodes}],
                 "bereken": ["volle_dienstjaren", "transitievergoeding"]})["resultaten"][0]
    assert r == {"volle_dienstjaren": 3.0, "transitievergoeding": 3000.0}
    # A gap of more than six months (2021-01-01 .. 2021-07-02) breaks the chain: only the last
    # contract counts (2021-07-02 .. 2023-07-02, 2 years -> 2.000).
    periodes = [{"datum_in_dienst": "2020-01-01", "datum_uit_dienst": "2021-01-01"},
                {"datum_in_dienst": "2021-07-02", "datum_uit_dienst": "2023-07-02"}]
    r = bereken({"datum": "2026-03-01", "personen": {"bruto_maandsalaris": [3000], "contractperiodes": [periodes]},
                 "bereken": ["transitievergoeding"]})["resultaten"]
    assert r == {"transitievergoeding": [2000.0]}
    # Exactly six months (2021-01-01 .. 2021-07-01) still adds up: 1 + 2 years -> 3.000.
    periodes[1] = {"datum_in_dienst": "2021-07-01", "datum_uit_dienst": "2023-07-01"}
    r = bereken({"datum": "2026-03-01", "personen": [{"bruto_maandsalaris": 3000, "contractperiodes": periodes}],
                 "bereken": ["transitievergoeding"]})["resultaten"][0]
    assert r == {"transitievergoeding": 3000.0}


def test_contract_periods_are_checked_at_the_edge():
    import pytest

    from spoorzoeker import bereken
    from spoorzoeker.errors import InvoerFout
    fout = [
        ([{"datum_in_dienst": "2021-01-01", "datum_uit_dienst": "2020-01-01"}], "eindigt niet na haar begin"),
        ([{"datum_in_dienst": "2020-01-01", "datum_uit_dienst": "2021-06-01"},
          {"datum_in_dienst": "2021-01-01", "datum_uit_dienst": "2022-01-01"}], "overlappen"),
        ([{"begin": "2020-01-01"}], "precies 'datum_in_dienst' en 'datum_uit_dienst'"),
        ([], "ten minste één periode"),
    ]
    for periodes, tekst in fout:
        with pytest.raises(InvoerFout, match=tekst):
            bereken({"datum": "2026-03-01", "personen": [{"bruto_maandsalaris": 1, "contractperiodes": periodes}],
                     "bereken": ["transitievergoeding"]})
    with pytest.raises(InvoerFout, match="niet allebei"):
        bereken({"datum": "2026-03-01", "personen": [{"bruto_maandsalaris": 1, "datum_in_dienst": "2020-01-01",
                 "contractperiodes": [{"datum_in_dienst": "2020-01-01", "datum_uit_dienst": "2021-01-01"}]}],
                 "bereken": ["transitievergoeding"]})


def test_employer_view_takes_the_end_of_the_two_years_from_the_timeline():
    # BW 7:673e lid 2 with BW 7:670 lid 1 a: the compensation cap is the transitievergoeding owed
    # on the day after the two years. Sick from 2026-01-05, in service since 2015-03-01, wage 3.500
    # (salary with vakantiebijslag 3.780). Uninterrupted: the timeline's 104 weeks end on
    # 2028-01-02, the cap is taken on 2028-01-03 (12 years, 10 months, 2 days): 15.120 + 1/36 x
    # (37.800 + 3.780 x 12/365 x 2) = 16.176,90. With a healthy gap of 21 days the two years end
    # 21 days later (2028-01-23), the cap on 2028-01-24: 23 loose days, 1/36 x (37.800 + 3.780 x
    # 12/365 x 23 = 2.858,30) = 1.050 + 79,40 -> 16.249,40.
    from spoorzoeker.projection.werkgever import werkgeverskosten
    persoon = {"eerste_ziektedag": "2026-01-05", "bruto_maandloon": 3500.0, "contracturen_per_week": 38.0,
               "geboortedatum": "1975-06-30", "lgu_duur_maanden": 12.0, "datum_in_dienst": "2015-03-01"}
    wk = werkgeverskosten(dict(persoon), "2026-03-01")
    assert wk.transitievergoeding_na_wachttijd[0] == 16176.90
    wk = werkgeverskosten(dict(persoon), "2026-03-01",
                          einde_twee_jaar=np.array(["2028-01-23"], dtype="datetime64[D]"))
    assert wk.transitievergoeding_na_wachttijd[0] == 16249.40


# --- the condition of BW 7:673e lid 1 onderdeel a -------------------------------------------------
# First day of sickness Monday 3-1-2022: the 104 weeks end on day 728 = 3-1-2022 + 727 days = 31-12-2023
# (2022 has 365 days: 3-1-2023 is +365; +362 more is 31-12-2023); the first day after is 1-1-2024.
COMP = ["compensatie_transitievergoeding_voorwaarde", "compensatie_transitievergoeding"]
BEDRAGEN = {"betaalde_transitievergoeding": 12000, "transitievergoeding_na_wachttijd": 10000}


def _comp(**invoer):
    return een("2026-03-01", COMP, **BEDRAGEN, **invoer)


def test_compensation_when_dismissed_for_sickness_after_the_two_years():
    # Out of service from 1-3-2024 >= 1-1-2024, dismissed because of the sickness: min(12.000; 10.000) = 10.000.
    r = _comp(reden_einde_arbeidsovereenkomst="ziekte", eerste_dag_wachttijd="2022-01-03", datum_uit_dienst="2024-03-01")
    assert r == {"compensatie_transitievergoeding_voorwaarde": "voldaan", "compensatie_transitievergoeding": 10000.0}


def test_the_first_day_after_the_period_counts_the_last_day_of_it_does_not():
    # First day out of service 1-1-2024 (the day after day 728): after the period -> 10.000.
    r = _comp(reden_einde_arbeidsovereenkomst="ziekte", eerste_dag_wachttijd="2022-01-03", datum_uit_dienst="2024-01-01")
    assert r["compensatie_transitievergoeding"] == 10000.0
    # First day out of service 31-12-2023 (still day 728, the opzegverbod of 7:670 lid 1 a runs): nothing.
    r = _comp(reden_einde_arbeidsovereenkomst="ziekte", eerste_dag_wachttijd="2022-01-03", datum_uit_dienst="2023-12-31")
    assert r == {"compensatie_transitievergoeding_voorwaarde": "niet_voldaan", "compensatie_transitievergoeding": 0.0}


def test_a_loonsanctie_moves_the_end_of_the_period():
    # 13 weeks of loonsanctie: the period ends 91 days later, first day after 1-1-2024 + 91 = 1-4-2024
    # (31 + 29 + 31 = 91 days in January-March 2024). Out of service 1-3-2024 is inside it: nothing;
    # from 1-4-2024: 10.000.
    basis = {"reden_einde_arbeidsovereenkomst": "ziekte", "eerste_dag_wachttijd": "2022-01-03",
             "verlenging_loondoorbetaling_weken": 13}
    assert _comp(**basis, datum_uit_dienst="2024-03-01")["compensatie_transitievergoeding"] == 0.0
    assert _comp(**basis, datum_uit_dienst="2024-04-01")["compensatie_transitievergoeding"] == 10000.0


def test_a_fixed_term_contract_that_ran_out_while_sick_after_the_two_years():
    # Lid 1 a 2°: van rechtswege geëindigd, still unable to work: 10.000; before the end of the period: nothing.
    r = _comp(reden_einde_arbeidsovereenkomst="van_rechtswege_tijdens_ziekte", eerste_dag_wachttijd="2022-01-03",
              datum_uit_dienst="2024-02-01")
    assert r["compensatie_transitievergoeding"] == 10000.0
    r = _comp(reden_einde_arbeidsovereenkomst="van_rechtswege_tijdens_ziekte", eerste_dag_wachttijd="2022-01-03",
              datum_uit_dienst="2023-06-01")
    assert r["compensatie_transitievergoeding"] == 0.0


def test_another_reason_gives_nothing_whatever_the_dates():
    # E.g. dismissed for economic reasons, or recovered when a fixed-term contract ran out: ground a does not
    # apply, so 0 (and no dates are needed to know it).
    r = _comp(reden_einde_arbeidsovereenkomst="andere")
    assert r == {"compensatie_transitievergoeding_voorwaarde": "niet_voldaan", "compensatie_transitievergoeding": 0.0}


def test_not_given_means_not_checked_and_the_amount_for_the_usual_situation():
    # Without the reason and the moment of the end, the condition is 'niet_getoetst' and the amount is the
    # lid 2 amount (the usual situation: ended after the two sick years because of the sickness), as before
    # the condition was modelled; only a condition known to fail gives 0.
    r = een("2026-03-01", ["compensatie_transitievergoeding_voorwaarde", "compensatie_transitievergoeding"],
            **BEDRAGEN)
    assert r["compensatie_transitievergoeding_voorwaarde"] == "niet_getoetst"
    assert r["compensatie_transitievergoeding"] == _comp(reden_einde_arbeidsovereenkomst="ziekte",
                                                         einde_na_wachttijd=True)["compensatie_transitievergoeding"]
    # The reason alone, or the moment alone, is not a check either.
    for deel in ({"reden_einde_arbeidsovereenkomst": "ziekte"}, {"einde_na_wachttijd": True}):
        r = een("2026-03-01", ["compensatie_transitievergoeding_voorwaarde"], **BEDRAGEN, **deel)
        assert r["compensatie_transitievergoeding_voorwaarde"] == "niet_getoetst", deel


def test_a_wrong_reason_is_one_dutch_line():
    with pytest.raises(InvoerFout) as fout:
        _comp(reden_einde_arbeidsovereenkomst="ontslag", einde_na_wachttijd=True)
    assert "reden_einde_arbeidsovereenkomst" in str(fout.value) and "van_rechtswege_tijdens_ziekte" in str(fout.value)
