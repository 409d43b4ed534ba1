"""Transitievergoeding (BW 7:673 lid 2) against hand calculations.

Maximum 2026: EUR 102.000 (law-facts §1.4); 2024: EUR 94.000.
"""

import numpy as np

from conftest import een
from spoorzoeker.tijd import maanden_en_dagen_tussen

TV = ["transitievergoeding"]


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
            transitievergoeding_na_wachttijd=10000)
    assert r["compensatie_transitievergoeding"] == 10000.0


def test_months_and_days():
    m, d = maanden_en_dagen_tussen(np.array(["2015-03-10", "2024-01-31"], dtype="datetime64[D]"),
                                   np.array(["2024-05-25", "2024-03-01"], dtype="datetime64[D]"))
    # 2015-03-10 -> 2024-05-10 is 110 months, +15 days; 2024-01-31 -> 2024-02-29 (clipped) is 1 month, +1 day.
    np.testing.assert_array_equal(m, [110, 1])
    np.testing.assert_array_equal(d, [15, 1])
