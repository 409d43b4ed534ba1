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
from spoorzoeker.reports.inhoud import Alinea, Figuur, Tabel

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


def test_benefit_above_the_wage_is_passed_on_and_the_net_cost_is_never_below_zero():
    """Dagloon 200,00 (SV-loon 52.200 = 261 x 200): 200,00 x 21,75 = 4.350,00 a month, more than the 3.024,00 the
    employer owes in each month (70% of 4.000 = 2.800,00 plus 8% = 224,00). UWV pays the whole benefit, 24 x 4.350,00
    = 104.400,00; the wage is reduced by it to nothing (BW 7:629 lid 5) and the employer passes the rest on to the
    employee: 24 x (4.350,00 - 3.024,00) = 24 x 1.326,00 = 31.824,00. Net wage cost: 24 x 3.024,00 = 72.576,00 -
    104.400,00 + 31.824,00 = 0,00."""
    met = werkgeverskosten({**PERSOON, "sv_loon_refertejaar": 52200.0, "ziekteoorzaak": "zwangerschap_bevalling"},
                           DATUM)
    assert np.all(met.ziektewet_vergoeding_per_maand[0, :24] == 4350.00)
    assert np.all(met.ziektewet_doorbetaald_per_maand[0, :24] == 1326.00)
    assert met.ziektewet_vergoeding[0] == pytest.approx(104400.00, abs=0.001)
    assert met.ziektewet_doorbetaald[0] == pytest.approx(31824.00, abs=0.001)
    assert met.loonkosten[0] == pytest.approx(72576.00, abs=0.001)
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
    assert "Voor uw inkomen verandert er dus niets" in tekst
    assert "Voor uw inkomen verandert er dus niets" not in " ".join(_alineas(zonder))
    # dagloon 100,00 is less than the wage in every month: no difference for the employee
    assert "Die uitkering is niet hoger dan uw loon bij ziekte" in tekst and "Dan krijgt u de uitkering" not in tekst


def test_employee_told_of_a_higher_benefit():
    """Dagloon 200,00: 4.350,00 a month against 3.024,00 wage with vakantiebijslag in every month of the 24:
    24 x 1.326,00 = 31.824,00 more (BW 7:629 lid 5), and the amounts of the overview include it."""
    persoon = {**PERSOON, "sv_loon_refertejaar": 52200.0, "ziekteoorzaak": "orgaandonatie"}
    ov = werknemer_overzicht({"datum": DATUM, "persoon": persoon}, dt.date(2026, 3, 1))
    tekst = " ".join(_alineas(ov)).replace("\xa0", " ")
    assert "In 24 maanden is die uitkering hoger dan uw loon bij ziekte" in tekst
    assert "(bijvoorbeeld € 4.350,00 tegen € 3.024,00 bruto per maand" in tekst
    assert "samen € 31.824,00 bruto meer dan uw loon" in tekst
    assert "art. 7:629 lid 5 BW" in tekst and "verandert er niets" not in tekst


# The example, by hand. Salary 3.000 a month, 24 hours a week, statutory regime (70%), first sick day
# 6 January 2025. SV-loon 31.320 = 261 x 120,00: a ZW-dagloon of exactly 120,00 (Dagloonbesluit: SV-loon / 261),
# below the maximumdagloon.
# * Wage when sick: 70% x 3.000,00 = 2.100,00 a month; the overview adds the 8% vakantiebijslag that accrues on it
#   (WML art. 15): 8% x 2.100,00 = 168,00; together 2.268,00 a month. The minimum-wage floor of year 1 does not bite:
#   24 hours = 24 / 5 x 261 / 12 = 104,4 hours a month, x 14,71 (2026) = 1.535,72 < 2.100,00 (and 2025 was lower).
# * Ziektewet benefit: 120,00 x 100% (ZW art. 29a) x 21,75 = 2.610,00 a month, higher than 2.268,00. The wage is
#   reduced by the benefit (BW 7:629 lid 5): the employee gets 2.610,00 a month, 342,00 more than the wage.
# * Months 1-24 start in sick weeks 1-100 (month 24 starts on 6 December 2026, sick day 700): all inside the 104
#   weeks. From month 25 the WIA, the same with and without the cause.
VOORBEELD = {"eerste_ziektedag": "2025-01-06", "bruto_maandloon": 3000.0, "contracturen_per_week": 24.0,
             "geboortedatum": "1990-05-01", "lgu_duur_maanden": 12, "cao_regime": "wettelijk",
             "sv_loon_refertejaar": 31320.0}


def test_employee_gets_the_benefit_when_it_is_higher_than_the_wage():
    zonder = projecteer(VOORBEELD, DATUM)
    met = projecteer({**VOORBEELD, "ziekteoorzaak": "zwangerschap_bevalling"}, DATUM)
    assert np.all(zonder.totaal[0, :, :24] == 2268.00)
    assert np.all(met.loondoorbetaling[0, :, :24] == 2100.00)  # the wage by the rules, unchanged
    assert np.all(met.vakantiebijslag_loondoorbetaling[0, :, :24] == 168.00)
    assert np.all(met.ziektewet_uitkering[0, :, :24] == 2610.00)
    assert np.all(met.ziektewet_boven_loon[0, :, :24] == 342.00)  # 2.610,00 - 2.268,00
    assert np.all(met.totaal[0, :, :24] == 2610.00)  # the higher of the two, in every outcome
    assert np.all(met.ziektewet_uitkering[0, :, 24:] == 0.0) and np.all(met.ziektewet_boven_loon[0, :, 24:] == 0.0)
    np.testing.assert_array_equal(met.totaal[0, :, 24:], zonder.totaal[0, :, 24:])
    # the totals: 24 x 342,00 = 8.208,00 more over the two sick years, in every outcome
    assert np.allclose(met.som() - zonder.som(), 8208.00, atol=0.001)


def test_employee_overview_lines_show_the_benefit():
    vandaag = dt.date(2026, 3, 1)
    ov = werknemer_overzicht({"datum": DATUM, "persoon": {**VOORBEELD, "ziekteoorzaak": "zwangerschap_bevalling"}},
                             vandaag)
    rijen = [[c.replace("\xa0", " ") for c in r] for t in _tabellen(ov) for r in t]
    # the phase table: both sick years (12 months each) at 2.610,00, with what it is
    for periode, jaar in (("jan 2025 t/m dec 2025", "eerste"), ("jan 2026 t/m dec 2026", "tweede")):
        fase = [r for r in rijen if r[0] == periode and r[2].startswith("Ziektewet")]
        assert fase and fase[0][1] == "12" and fase[0][4] == "€ 2.610,00"
        assert fase[0][2] == f"Ziektewet-uitkering, hoger dan uw loon, {jaar} ziektejaar"
        assert fase[0][3] == ("Ziektewet-uitkering € 2.610,00 (100% van uw dagloon), via uw werkgever; uw loon met "
                              "vakantiebijslag is € 2.268,00")
    # 'Waarom dit bedrag?': 120,00 x 100% x 21,75 = 2.610,00, with the articles
    waarom = [r for r in rijen if r[0] == "Ziektewet-uitkering als die hoger is dan uw loon"]
    assert waarom and waarom[0][1] == "€ 2.610,00 per maand"
    assert "Dagloon € 120,00 x 100% x 21,75 uitkeringsdagen = € 2.610,00" in waarom[0][2]
    assert "(€ 2.268,00)" in waarom[0][2]
    assert waarom[0][3] == "art. 29a Ziektewet; art. 7:629 lid 5 BW"
    tekst = " ".join(_alineas(ov)).replace("\xa0", " ")
    assert "samen € 8.208,00 bruto meer dan uw loon" in tekst  # 24 x 342,00
    figuur = [b for b in ov.blokken if isinstance(b, Figuur)][0]
    assert "(of de Ziektewet-uitkering als die hoger is)" in figuur.bijschrift


def test_employer_consistent_with_the_employee():
    """The same example for the employer: UWV pays 24 x 2.610,00 = 62.640,00; the wage owed is 24 x 2.268,00 =
    54.432,00; he passes 24 x 342,00 = 8.208,00 on to the employee above the wage. Net: 54.432,00 - 62.640,00 +
    8.208,00 = 0,00: never below nothing, and what the employee gets above the wage is exactly what the employer
    passes on."""
    persoon = {**VOORBEELD, "ziekteoorzaak": "zwangerschap_bevalling"}
    wk = werkgeverskosten(persoon, DATUM)
    assert wk.loonkosten[0] == pytest.approx(54432.00, abs=0.001)
    assert wk.ziektewet_vergoeding[0] == pytest.approx(62640.00, abs=0.001)
    assert wk.ziektewet_doorbetaald[0] == pytest.approx(8208.00, abs=0.001)
    np.testing.assert_allclose(wk.ziektewet_doorbetaald_per_maand[0], wk.projectie.ziektewet_boven_loon[0, 0])
    assert np.allclose(wk.totaal[0] - wk.wga_eigenrisico[0], 0.0, atol=0.001)  # only the WGA costs remain
    ov = werkgever_overzicht({"datum": DATUM, "persoon": persoon, "werkgever": {}}, dt.date(2026, 3, 1))
    rijen = {r[0]: r[1].replace("\xa0", " ") for t in _tabellen(ov) for r in t if len(r) >= 2}
    assert rijen["Ziektewet-uitkering die het UWV u betaalt (een vangnetbepaling van de Ziektewet)"] == "- € 62.640,00"
    assert rijen["Deel van die uitkering boven het loon, dat u doorbetaalt aan de werknemer (art. 7:629 lid 5 BW)"] \
        == "€ 8.208,00"
    assert rijen["Loondoorbetaling na aftrek van die uitkering (netto kosten)"] == "€ 0,00"
    tekst = " ".join(_alineas(ov)).replace("\xa0", " ")
    assert "In 24 maanden is de uitkering hoger dan het loon bij ziekte" in tekst


def test_mixed_years_wage_in_year_one_benefit_in_year_two():
    """A cao with 100% in year 1 and 70% in year 2 ('exact_170'). Year 1 (months 1-12; month 13 starts on
    6 January 2026, sick day 366, week 53): 3.000,00 + 8% 240,00 = 3.240,00, higher than the benefit of 2.610,00, so
    the wage stays. Year 2 (months 13-24): 2.100,00 + 168,00 = 2.268,00 < 2.610,00, so the benefit. Extra: 12 x
    342,00 = 4.104,00."""
    zonder = projecteer({**VOORBEELD, "cao_regime": "exact_170"}, DATUM)
    met = projecteer({**VOORBEELD, "cao_regime": "exact_170", "ziekteoorzaak": "orgaandonatie"}, DATUM)
    assert np.all(met.totaal[0, :, :12] == 3240.00) and np.all(zonder.totaal[0, :, :12] == 3240.00)
    assert np.all(met.totaal[0, :, 12:24] == 2610.00) and np.all(zonder.totaal[0, :, 12:24] == 2268.00)
    assert np.allclose(met.som() - zonder.som(), 4104.00, atol=0.001)
    wk = werkgeverskosten({**VOORBEELD, "cao_regime": "exact_170", "ziekteoorzaak": "orgaandonatie"}, DATUM)
    # employer: wage 12 x 3.240,00 + 12 x 2.268,00 = 66.096,00; benefit 24 x 2.610,00 = 62.640,00; passed on 4.104,00;
    # net 66.096,00 - 62.640,00 + 4.104,00 = 7.560,00 (= 12 x (3.240,00 - 2.610,00))
    assert wk.totaal[0, 0] == pytest.approx(7560.00, abs=0.001)


def test_without_a_cause_every_number_is_as_before():
    """Without ``ziekteoorzaak`` (or with 'andere') nothing of the benefit appears: the same arrays to the bit, and
    the hand-calculated 2.268,00 a month (70% x 3.000,00 + 8%)."""
    zonder = projecteer(VOORBEELD, DATUM)
    andere = projecteer({**VOORBEELD, "ziekteoorzaak": "andere"}, DATUM)
    for naam in ("loondoorbetaling", "vakantiebijslag_loondoorbetaling", "wia_uitkering", "inkomsten_werk",
                 "verzekering", "totaal", "fase"):
        np.testing.assert_array_equal(getattr(zonder, naam), getattr(andere, naam), err_msg=naam)
    assert not zonder.ziektewet_uitkering.any() and not zonder.ziektewet_boven_loon.any()
    assert np.all(zonder.totaal[0, :, :24] == 2268.00)
    wk = werkgeverskosten(VOORBEELD, DATUM)
    assert wk.ziektewet_vergoeding[0] == 0.0 and wk.ziektewet_doorbetaald[0] == 0.0
    assert wk.totaal[0, 0] == pytest.approx(54432.00, abs=0.001)  # 24 x 2.268,00


def test_a_list_of_persons_may_give_the_cause_for_some():
    """In a list, a person without the cause has an ordinary sickness."""
    pr = projecteer([{**VOORBEELD, "ziekteoorzaak": "zwangerschap_bevalling"}, VOORBEELD], DATUM)
    assert np.all(pr.totaal[0, :, :24] == 2610.00) and np.all(pr.totaal[1, :, :24] == 2268.00)


def test_the_employer_version_never_says_which_safety_net_applies():
    # An employer may record that a vangnetbepaling of the Ziektewet applies, not which one (Autoriteit
    # Persoonsgegevens, beleidsregels "De zieke werknemer", 2016). Pregnancy and organ donation therefore give
    # the employer the same words, and neither the cause nor its own article appears anywhere in his version.
    vandaag = dt.date(2026, 3, 1)
    versies = {oorzaak: werkgever_overzicht({"datum": DATUM, "persoon": {**VOORBEELD, "ziekteoorzaak": oorzaak},
                                             "werkgever": {}}, vandaag)
               for oorzaak in ("zwangerschap_bevalling", "orgaandonatie")}
    for ov in versies.values():
        assert ov.ondertitel.endswith("Zonder medische gegevens. Er geldt een vangnetbepaling van de Ziektewet; welke, "
                                      "staat er niet in (zo schrijven de beleidsregels 'De zieke werknemer' van de "
                                      "Autoriteit Persoonsgegevens het voor).")
        alles = " ".join([ov.ondertitel, *_alineas(ov), *(" ".join(map(str, r)) for t in _tabellen(ov) for r in t)])
        for verboden in ("zwanger", "bevalling", "orgaandonatie", "(art. 29a ziektewet)", "onderdeel e"):
            assert verboden not in alles.lower()
    a, b = versies.values()  # the same words and tables whichever the cause
    assert (a.ondertitel, _alineas(a), _tabellen(a)) == (b.ondertitel, _alineas(b), _tabellen(b))
    zonder = werkgever_overzicht({"datum": DATUM, "persoon": VOORBEELD, "werkgever": {}}, vandaag)
    assert zonder.ondertitel.endswith("Zonder medische gegevens.")


def test_employer_overview_shows_the_benefit_and_the_net_cost():
    invoer = {"datum": DATUM, "persoon": {**PERSOON, "ziekteoorzaak": "zwangerschap_bevalling"}, "werkgever": {}}
    ov = werkgever_overzicht(invoer, dt.date(2026, 3, 1))
    rijen = {r[0]: r[1].replace("\xa0", " ") for t in _tabellen(ov) for r in t if len(r) >= 2}
    assert rijen["Ziektewet-uitkering die het UWV u betaalt (een vangnetbepaling van de Ziektewet)"] == "- € 52.200,00"
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
