"""Ziektewet at the full dagloon for sickness caused by pregnancy or childbirth (ZW art. 29a) or by organ
donation (ZW art. 29 lid 2 e and lid 8), against hand calculations.

Numbers used: 21,75 uitkeringsdagen per month (``wia.dagen_per_maand``, the factor the
ZW per-month rule uses); the maximumdagloon of 1-7-2024 is EUR 282,95 (Wfsv art. 17,
parameters/maximumdagloon.yaml). Half up to the cent throughout.
"""

import json

import pytest
from clihulp import draai
from conftest import een

from spoorzoeker import InvoerFout

DATUM = "2024-07-01"
UIT = ["ziektewet_percentage", "ziektewet_uitkering_per_dag", "ziektewet_uitkering_per_maand"]


def test_pregnancy_pays_the_full_dagloon():
    # Art. 29a lid 1: "recht op ziekengeld ter hoogte van haar dagloon".
    # 100% x 150,00 = 150,00 per day; 150,00 x 21,75 = 3.262,50 per month.
    r = een(DATUM, UIT, ziektewet_dagloon=150.00, ziekteweek=10, ziekteoorzaak="zwangerschap_bevalling")
    assert r == {"ziektewet_percentage": 1.0, "ziektewet_uitkering_per_dag": 150.00,
                 "ziektewet_uitkering_per_maand": 3262.50}
    # The same person with another cause: 70% x 150,00 = 105,00 per day; 105,00 x 21,75 = 2.283,75.
    r = een(DATUM, UIT, ziektewet_dagloon=150.00, ziekteweek=10, ziekteoorzaak="andere")
    assert r == {"ziektewet_percentage": 0.7, "ziektewet_uitkering_per_dag": 105.00,
                 "ziektewet_uitkering_per_maand": 2283.75}


def test_the_default_cause_is_the_ordinary_70_percent():
    # Without ziekteoorzaak: 'andere' (the documented default), 70% x 123,45 = 86,415 -> 86,42 per day.
    r = een(DATUM, UIT, ziektewet_dagloon=123.45, ziekteweek=3)
    assert r["ziektewet_percentage"] == 0.7
    assert r["ziektewet_uitkering_per_dag"] == 86.42


def test_organ_donation_pays_the_full_dagloon():
    # Art. 29 lid 8: "wordt gesteld op het dagloon". 100% x 123,45 = 123,45 per day;
    # 123,45 x 21,75 = 2.685,0375 -> 2.685,04 per month. Four weeks of five days: 20 x 123,45 = 2.469,00.
    r = een(DATUM, UIT, ziektewet_dagloon=123.45, ziekteweek=2, ziekteoorzaak="orgaandonatie")
    assert r == {"ziektewet_percentage": 1.0, "ziektewet_uitkering_per_dag": 123.45,
                 "ziektewet_uitkering_per_maand": 2685.04}
    assert 20 * r["ziektewet_uitkering_per_dag"] == pytest.approx(2469.00)


def test_the_maximumdagloon_still_applies():
    # The benefit is 'ter hoogte van haar dagloon', and the dagloon is capped (Wfsv art. 17):
    # dagloon 320,00 > 282,95 (1-7-2024) -> 100% x 282,95 = 282,95 per day; x 21,75 = 6.154,1625 -> 6.154,16.
    r = een(DATUM, UIT, ziektewet_dagloon=320.00, ziekteweek=10, ziekteoorzaak="zwangerschap_bevalling")
    assert r["ziektewet_uitkering_per_dag"] == 282.95
    assert r["ziektewet_uitkering_per_maand"] == 6154.16


def test_pregnancy_keeps_100_percent_after_week_52_unlike_the_noriskpolis():
    # Art. 29a lid 4: the dagloon as long as the sickness lasts (at most 104 weeks); the no-riskpolis raise of
    # art. 29b lid 6 stops after 52 weeks. Week 60: 100% for pregnancy, 70% for the no-riskpolis.
    assert een(DATUM, ["ziektewet_percentage"], ziekteweek=60, ziekteoorzaak="zwangerschap_bevalling",
               no_risk_percentage=1.0)["ziektewet_percentage"] == 1.0
    assert een(DATUM, ["ziektewet_percentage"], ziekteweek=60, no_risk_percentage=1.0)["ziektewet_percentage"] == 0.7


NORISK = {"noriskpolis_grond": "doelgroepregister", "datum_in_dienst": "2023-01-01", "ziektewet_dagloon": 150.00,
          "ziekteweek": 10, "no_risk_percentage": 1.0, "loondoorbetaling_cao_per_maand": 2000.00}


def test_noriskpolis_wage_cap_is_not_applied_to_a_pregnancy_related_sickness():
    # No-riskpolis at 100% (art. 29b lid 6): 150,00 x 21,75 = 3.262,50, capped at the wage owed 2.000,00.
    r = een(DATUM, ["noriskpolis_uitkering_per_maand"], **NORISK)
    assert r["noriskpolis_uitkering_per_maand"] == 2000.00
    # Sick through the pregnancy: art. 29a pays the dagloon without that cap: 3.262,50.
    r = een(DATUM, ["noriskpolis_uitkering_per_maand"], **NORISK, ziekteoorzaak="zwangerschap_bevalling")
    assert r["noriskpolis_uitkering_per_maand"] == 3262.50
    # ... and then the wage is not needed at all.
    zonder_loon = {k: v for k, v in NORISK.items() if k != "loondoorbetaling_cao_per_maand"}
    r = een(DATUM, ["noriskpolis_uitkering_per_maand"], **zonder_loon, ziekteoorzaak="orgaandonatie")
    assert r["noriskpolis_uitkering_per_maand"] == 3262.50


def test_an_unknown_cause_is_one_dutch_line_naming_the_field():
    with pytest.raises(InvoerFout) as fout:
        een(DATUM, ["ziektewet_percentage"], ziekteoorzaak="zwanger")
    assert "ziekteoorzaak" in str(fout.value) and "zwangerschap_bevalling" in str(fout.value)
    verzoek = {"datum": DATUM, "personen": [{"ziekteoorzaak": "griep"}], "bereken": ["ziektewet_percentage"]}
    r = draai("bereken", "-", invoer=json.dumps(verzoek))
    assert r.exit_code == 2
    assert "ziekteoorzaak" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
