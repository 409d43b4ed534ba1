"""Loondoorbetaling (BW 7:629) and Ziektewet against hand calculations.

2026-03-01: minimumuurloon EUR 14,71, maximumdagloon EUR 304,25 (law-facts §1.1-1.2);
2025-08-01: minimumuurloon EUR 14,40. Month = 13/3 weeks (WML art. 11; law-settled §6).
"""

import pytest

from conftest import een

D = "2026-03-01"
LD = ["loondoorbetaling_per_maand"]
BASIS = dict(contracturen_per_week=40, leeftijd=30)


def test_published_minimum_wage_floor_38_hours():
    # mkbservicedesk (law-settled §6), 1-7-2025: 38 h -> EUR 14,40 x 38 x 13/3 = 2.371,20 per month.
    r = een("2025-08-01", LD, bruto_maandloon=2500, contracturen_per_week=38, leeftijd=40, ziekteweek=5)
    assert r["loondoorbetaling_per_maand"] == 2371.20


def test_seventy_percent_when_above_the_floor():
    # 0,70 x 4.000 = 2.800,00 > floor 14,71 x 40 x 13/3 = 2.549,73.
    assert een(D, LD, bruto_maandloon=4000, ziekteweek=10, **BASIS)["loondoorbetaling_per_maand"] == 2800.0


def test_floor_in_year_one_only():
    # Week 10: max(0,70 x 3.000 = 2.100; 14,71 x 40 x 13/3 = 2.549,7333 -> 2.549,73); week 60: 2.100,00.
    assert een(D, LD, bruto_maandloon=3000, ziekteweek=10, **BASIS)["loondoorbetaling_per_maand"] == 2549.73
    assert een(D, LD, bruto_maandloon=3000, ziekteweek=60, **BASIS)["loondoorbetaling_per_maand"] == 2100.0


def test_youth_minimum_wage():
    # 20 years: 80% x 14,71 = 11,768 -> 11,77 per hour (published 2026 amount); x 40 x 13/3 = 2.040,13.
    r = een(D, LD, bruto_maandloon=2000, ziekteweek=3, contracturen_per_week=40, leeftijd=20)
    assert r["loondoorbetaling_per_maand"] == 2040.13


def test_cap_at_the_maximumdagloon():
    # 70% x (304,25 x 21,75 = 6.617,44) = 4.632,208 -> 4.632,21 (law-facts §1.2: "70% x max maandloon 4.632,21").
    assert een(D, LD, bruto_maandloon=9000, ziekteweek=30, **BASIS)["loondoorbetaling_per_maand"] == 4632.21


def test_stops_after_104_weeks_unless_extended():
    assert een(D, LD, bruto_maandloon=3000, ziekteweek=105, **BASIS)["loondoorbetaling_per_maand"] == 0.0
    # A loonsanctie of 52 weeks (WIA art. 25 lid 9, BW 7:629 lid 11) keeps the 70% in week 110.
    r = een(D, LD, bruto_maandloon=3000, ziekteweek=110, verlenging_loondoorbetaling_weken=52, **BASIS)
    assert r["loondoorbetaling_per_maand"] == 2100.0


def test_before_2024_monthly_minimum_wage_pro_rata():
    # 2023-03-01: WML EUR 1.934,40 per month (full time); 20 h of a 40 h week -> 967,20 > 0,7 x 1.200 = 840.
    r = een("2023-03-01", LD, bruto_maandloon=1200, contracturen_per_week=20, leeftijd=30, ziekteweek=4)
    assert r["loondoorbetaling_per_maand"] == 967.20


CAO = ["loondoorbetaling_cao_per_maand"]


@pytest.mark.parametrize("regime, week, werkt, verwacht", [
    ("exact_170", 10, False, 3000.0),                  # 100% in year 1
    ("exact_170", 60, False, 2100.0),                  # 70% in year 2
    ("boven_170_onvoorwaardelijk", 60, False, 2550.0), # 85% in year 2 without conditions
    ("boven_170_voorwaardelijk", 60, False, 2100.0),   # 70% unless the employee works or cooperates
    ("boven_170_voorwaardelijk", 60, True, 2550.0),    # 85% as a reward
    ("onder_170", 10, False, 2700.0),                  # 90% in year 1
    ("wettelijk", 10, False, 2549.73),                 # the statutory minimum with its floor
])
def test_cao_regimes(regime, week, werkt, verwacht):
    r = een(D, CAO, bruto_maandloon=3000, ziekteweek=week, cao_regime=regime, werkt_of_werkt_mee=werkt, **BASIS)
    assert r["loondoorbetaling_cao_per_maand"] == verwacht


def test_cao_never_below_the_statutory_minimum():
    # onder_170 with 90% of 2.000 = 1.800 in year 1 is below the floor 2.549,73: the law wins.
    r = een(D, CAO, bruto_maandloon=2000, ziekteweek=10, cao_regime="onder_170", **BASIS)
    assert r["loondoorbetaling_cao_per_maand"] == 2549.73


ZW = ["ziektewet_uitkering_per_dag"]


def test_ziektewet_seventy_percent_of_dagloon():
    # ZW art. 29 lid 7: 0,70 x 150,00 = 105,00 per day.
    assert een(D, ZW, ziektewet_dagloon=150, ziekteweek=10)["ziektewet_uitkering_per_dag"] == 105.0


def test_no_risk_up_to_100_percent_in_first_52_weeks():
    # ZW art. 29b lid 6: at the employer's request up to 100% in the first 52 weeks, then 70%.
    assert een(D, ZW, ziektewet_dagloon=150, ziekteweek=10, no_risk_percentage=1.0)["ziektewet_uitkering_per_dag"] == 150.0
    assert een(D, ZW, ziektewet_dagloon=150, ziekteweek=60, no_risk_percentage=1.0)["ziektewet_uitkering_per_dag"] == 105.0


def test_ziektewet_dagloon_capped():
    # Capped at 304,25: 100% x 304,25 = 304,25 (the 70% amount's cent rounding is not asserted: unverified).
    r = een(D, ZW, ziektewet_dagloon=400, ziekteweek=10, no_risk_percentage=1.0)
    assert r["ziektewet_uitkering_per_dag"] == 304.25


def test_age_only_needed_where_the_floor_can_matter():
    # 36 h, no age. Adult floor 14,71 x 36 x 13/3 = 2.294,76. 0,70 x 3.500 = 2.450,00 is above
    # it, so no age can raise the payment: 2.450,00 without a birth date.
    r = een(D, LD, bruto_maandloon=3500, contracturen_per_week=36, ziekteweek=10)
    assert r["loondoorbetaling_per_maand"] == 2450.0
    # 0,70 x 2.000 = 1.400,00 is below the adult floor: the floor (by age) decides, so the
    # birth date is asked for by name instead of assuming an adult.
    from spoorzoeker.errors import InvoerFout
    with pytest.raises(InvoerFout, match="geboortedatum"):
        een(D, LD, bruto_maandloon=2000, contracturen_per_week=36, ziekteweek=10)


def test_ziektewet_dagloon_from_the_sv_loon():
    # Dagloonbesluit art. 16: 39.150,00 / 261 = 150,00 per day; ZW art. 29 lid 7: 70% = 105,00.
    r = een(D, ["ziektewet_dagloon", "ziektewet_uitkering_per_dag"], sv_loon_refertejaar=39150, ziekteweek=10)
    assert r["ziektewet_dagloon"] == 150.0 and r["ziektewet_uitkering_per_dag"] == 105.0
