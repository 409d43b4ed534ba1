"""The financial overview for a sickness caused by pregnancy or childbirth (ZW art. 29a) or organ donation (ZW art.
29 lid 2 e and lid 8), and the bbl minimum youth wage (Besluit minimumjeugdloon art. 3). Synthetic persons."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from spoorzoeker.errors import InvoerFout
from spoorzoeker.projection import projecteer
from spoorzoeker.projection.werkgever import werkgeverskosten
from spoorzoeker.reports import werkgever_overzicht, werknemer_overzicht
from spoorzoeker.reports.inhoud import Alinea, Tabel

DATUM = "2026-03-01"
PERSOON = {
    "eerste_ziektedag": "2025-01-06", "bruto_maandloon": 4000.0, "contracturen_per_week": 38.0,
    "geboortedatum": "1990-05-01", "lgu_duur_maanden": 12, "cao_regime": "wettelijk",
    # SV-loon 26.100 = 261 x 100,00: a ZW-dagloon of exactly EUR 100,00 (Dagloonbesluit: SV-loon / 261)
    "sv_loon_refertejaar": 26100.0,
}


def test_employer_gets_the_benefit_at_100_percent_for_104_weeks():
    """By hand: dagloon 100,00 x 100% (ZW art. 29a) = 100,00 a day; x 21,75 days a month = 2.175,00 a month.
    The wage the employer pays is higher in every month (70% x 4.000 = 2.800 + 8% = 3.024,00), so the whole benefit
    offsets it. First sick day 6 January 2025: month 24 starts on 6 December 2026, sick day 700, week 100; month 25
    starts on 6 January 2027, week 105, after the 104 weeks (ZW art. 29 lid 5). So 24 months x 2.175,00 =
    52.200,00, and nothing after."""
    zonder = werkgeverskosten(PERSOON, DATUM)
    met = werkgeverskosten({**PERSOON, "ziekteoorzaak": "zwangerschap_bevalling"}, DATUM)
    per_maand = met.ziektewet_vergoeding_per_maand[0]
    assert np.all(per_maand[:24] == 2175.00)
    assert np.all(per_maand[24:] == 0.0)
    assert met.ziektewet_vergoeding[0] == pytest.approx(52200.00, abs=0.001)
    assert zonder.ziektewet_vergoeding[0] == 0.0
    # the net cost falls by exactly the benefit, in every outcome; the wage itself is unchanged
    assert np.allclose(zonder.totaal[0] - met.totaal[0], 52200.00, atol=0.001)
    assert np.array_equal(zonder.loonkosten_per_maand, met.loonkosten_per_maand)


def test_organ_donation_is_the_same_benefit():
    met = werkgeverskosten({**PERSOON, "ziekteoorzaak": "orgaandonatie"}, DATUM)
    assert met.ziektewet_vergoeding[0] == pytest.approx(52200.00, abs=0.001)
    assert met.ziekteoorzaak[0] == "orgaandonatie"


def test_benefit_never_more_than_the_wage_paid():
    """Dagloon 200,00 (SV-loon 52.200 = 261 x 200): 200,00 x 21,75 = 4.350,00 a month, more than the 3.024,00 the
    employer pays in each month (70% of 4.000 plus 8%): the offset is the wage paid, 24 x 3.024,00 = 72.576,00 (the
    rest goes to the employee, BW 7:629 lid 5)."""
    met = werkgeverskosten({**PERSOON, "sv_loon_refertejaar": 52200.0, "ziekteoorzaak": "zwangerschap_bevalling"},
                           DATUM)
    assert np.all(met.ziektewet_vergoeding_per_maand[0, :24] == 3024.00)
    assert met.ziektewet_vergoeding[0] == pytest.approx(72576.00, abs=0.001)
    assert met.totaal[0, 0] == pytest.approx(0.0, abs=0.001)  # no re-integration budget, no transitievergoeding


def test_a_wrong_cause_names_the_field():
    with pytest.raises(InvoerFout) as e:
        werkgeverskosten({**PERSOON, "ziekteoorzaak": "griep"}, DATUM)
    assert e.value.veld == "ziekteoorzaak"


def _tabellen(ov) -> list[list[list[str]]]:
    return [b.rijen for b in ov.blokken if isinstance(b, Tabel)]


def _alineas(ov) -> list[str]:
    return [b.tekst for b in ov.blokken if isinstance(b, Alinea)]


def test_employee_income_lines_are_unchanged():
    pr_zonder = projecteer(PERSOON, DATUM)
    pr_met = projecteer({**PERSOON, "ziekteoorzaak": "zwangerschap_bevalling"}, DATUM)
    assert np.array_equal(pr_zonder.totaal, pr_met.totaal)
    vandaag = dt.date(2026, 3, 1)
    zonder = werknemer_overzicht({"datum": DATUM, "persoon": PERSOON}, vandaag)
    met = werknemer_overzicht({"datum": DATUM, "persoon": {**PERSOON, "ziekteoorzaak": "zwangerschap_bevalling"}},
                              vandaag)
    assert _tabellen(zonder) == _tabellen(met)
    tekst = " ".join(_alineas(met))
    assert "Uw werkgever betaalt uw loon door, en het UWV betaalt uw werkgever" in tekst
    assert "Voor uw inkomen verandert er niets" in tekst
    assert "Voor uw inkomen verandert er niets" not in " ".join(_alineas(zonder))
    # dagloon 100,00 is less than the wage in every month: no difference for the employee
    assert "het verschil erbij" not in tekst


def test_employee_told_of_a_higher_benefit():
    """Dagloon 200,00: 4.350,00 a month against 3.024,00 wage with vakantiebijslag in every month of the 24:
    24 x 1.326,00 = 31.824,00 more (BW 7:629 lid 5)."""
    persoon = {**PERSOON, "sv_loon_refertejaar": 52200.0, "ziekteoorzaak": "orgaandonatie"}
    tekst = " ".join(_alineas(werknemer_overzicht({"datum": DATUM, "persoon": persoon}, dt.date(2026, 3, 1))))
    assert "in 24 maanden samen € 31.824,00 bruto extra" in tekst.replace("\xa0", " ")
    assert "U houdt ten minste uw loon" in tekst and "verandert er niets" not in tekst


def test_employer_overview_shows_the_benefit_and_the_net_cost():
    invoer = {"datum": DATUM, "persoon": {**PERSOON, "ziekteoorzaak": "zwangerschap_bevalling"}, "werkgever": {}}
    ov = werkgever_overzicht(invoer, dt.date(2026, 3, 1))
    rijen = {r[0]: r[1].replace("\xa0", " ") for t in _tabellen(ov) for r in t if len(r) >= 2}
    assert rijen["Ziektewet-uitkering die het UWV u betaalt (art. 29a Ziektewet)"] == "- € 52.200,00"
    loon = werkgeverskosten(PERSOON, DATUM).loonkosten[0]
    from spoorzoeker.reports.inhoud import euro

    netto = rijen["Loondoorbetaling na aftrek van die uitkering (netto kosten)"]
    assert netto == euro(float(loon) - 52200.00).replace("\xa0", " ")
    tekst = " ".join(_alineas(ov))
    assert "ten hoogste 104 weken" in tekst and "Hier 24 maanden" in tekst


def test_bbl_minimum_wage_floor_for_a_19_year_old():
    """Born 1 June 2006: 19 on 1 March 2026. Minimum wage 2026 EUR 14,71 an hour (Rijksoverheid, 1 January 2026).
    bbl, 19 years: 52,5% (Besluit minimumjeugdloon art. 3) -> 14,71 x 0,525 = 7,72275 -> EUR 7,72 (Admintrend lists
    7,72). 38 hours: 38 / 5 x 261 weekdays / 12 = 165,3 hours a month; 7,72 x 165,3 = 1.276,116 -> EUR 1.276,12
    (rounded up: 'ten minste'). Without bbl: 60% -> 8,826 -> 8,83; 8,83 x 165,3 = 1.459,599 -> 1.459,60. The wage
    of 1.400 gives 70% = 980,00, below both floors, so the first year's loondoorbetaling is the floor."""
    jong = {"eerste_ziektedag": "2026-01-05", "bruto_maandloon": 1400.0, "contracturen_per_week": 38.0,
            "geboortedatum": "2006-06-01", "lgu_duur_maanden": 3, "cao_regime": "wettelijk"}
    met = projecteer({**jong, "bbl": True}, DATUM)
    zonder = projecteer(jong, DATUM)
    assert met.loondoorbetaling[0, 0, 0] == pytest.approx(1276.12, abs=0.001)
    assert zonder.loondoorbetaling[0, 0, 0] == pytest.approx(1459.60, abs=0.001)
