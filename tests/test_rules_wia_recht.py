"""The right to a WIA benefit (WIA art. 23, 43, 44, 47, 54) and how the benefit amount respects it.

Scenarios translated from the public repository MinBZK/regelrecht-corpus,
regulation/nl/wet/wet_werk_en_inkomen_naar_arbeidsvermogen/scenarios/recht_op_uitkering.feature
(persona Fatma, sick since 2024-03-01, calculation date 2026-07-01). The scenario's
'verdiencapaciteit_percentage_maatmaninkomen' becomes a maatmanloon of 3.000 and a
restverdiencapaciteit of that percentage; 'is_medisch_duurzaam' becomes ``duurzaam``.
"""

import pytest

from spoorzoeker import bereken
from spoorzoeker.errors import InvoerFout

SCEN = ("MinBZK/regelrecht-corpus, regulation/nl/wet/wet_werk_en_inkomen_naar_arbeidsvermogen/scenarios/"
        "recht_op_uitkering.feature")


def _een(persoon, gevraagd, datum="2026-07-01"):
    return bereken({"datum": datum, "personen": [persoon], "bereken": gevraagd})["resultaten"][0]


def _fatma(verdiencapaciteit_pct, duurzaam=False, **extra):
    return {"eerste_dag_wachttijd": "2024-03-01", "geboortedatum": "1975-02-10",
            "maatmanloon_per_maand": 3000.0, "restverdiencapaciteit_per_maand": 30.0 * verdiencapaciteit_pct,
            "duurzaam": duurzaam, "wia_uitsluitingsgrond": "geen", **extra}


@pytest.mark.parametrize("scenario, persoon, iva, wga, reden", [
    ("Volledig en duurzaam arbeidsongeschikt na de wachttijd geeft recht op IVA",
     _fatma(15, duurzaam=True), True, False, "geen"),
    ("Gedeeltelijk arbeidsgeschikt na de wachttijd geeft recht op WGA, niet op IVA",
     _fatma(50), False, True, "geen"),
    ("Minder dan 35% arbeidsongeschikt geeft geen recht op WGA",
     _fatma(70), False, False, "minder_dan_35_procent"),
    ("Zolang de wachttijd loopt bestaat geen recht op WGA",
     _fatma(50, eerste_dag_wachttijd="2025-01-06"), False, False, "wachttijd_loopt"),
    ("Een uitsluitingsgrond van artikel 43 sluit het recht op WGA uit (rechtens vrijheid ontnomen)",
     # A right not yet running does not arise during detention (art. 47/54 lid 1 c); the detention
     # started before the wachttijd ended, so art. 44 lid 2 (one month for a running benefit) does not help.
     _fatma(50, wia_uitsluitingsgrond="vrijheid_ontnomen", datum_vrijheidsontneming="2026-01-15"),
     False, False, "vrijheid_ontnomen"),
])
def test_regelrecht_recht_op_uitkering(scenario, persoon, iva, wga, reden):
    uit = _een(persoon, ["recht_op_iva_uitkering", "recht_op_wga_uitkering", "reden_geen_wia_uitkering"])
    assert uit == {"recht_op_iva_uitkering": iva, "recht_op_wga_uitkering": wga, "reden_geen_wia_uitkering": reden}, \
        f"{SCEN}: {scenario}"


def test_wachttijd_last_day_and_first_day_of_the_right():
    """recht_op_uitkering.feature, 'De wachttijd van 104 weken wordt berekend vanaf de eerste ziektedag':
    first day 2024-03-01, expected wachttijd_einddatum 2026-02-27 and wachttijd_doorlopen true.
    By hand: day 1 = 2024-03-01, 104 weeks = 728 days, the last day (day 728) is 2024-03-01 + 727 days
    = 2026-02-26; 2026-02-27 is day 729, the first day after the wachttijd, on which the right can
    start (art. 47 lid 2, 54 lid 2: 'niet eerder dan op de eerste dag na afloop van de wachttijd').
    The scenario calls that first day after the wachttijd its end date; we follow art. 23 (see the
    decisions file): einde_wachttijd 2026-02-26, wia_vroegste_ingangsdatum 2026-02-27."""
    uit = _een({"eerste_dag_wachttijd": "2024-03-01"},
               ["einde_wachttijd", "wia_vroegste_ingangsdatum", "wachttijd_doorlopen"])
    assert uit == {"einde_wachttijd": "2026-02-26", "wia_vroegste_ingangsdatum": "2026-02-27",
                   "wachttijd_doorlopen": True}
    # on the last day itself the wachttijd has not yet been completed
    assert _een({"eerste_dag_wachttijd": "2024-03-01"}, ["wachttijd_doorlopen"], "2026-02-26") == \
        {"wachttijd_doorlopen": False}


def test_who_was_not_sick_has_no_wachttijd():
    """recht_op_uitkering.feature, 'Wie niet ziek is geworden heeft geen wachttijd doorlopen': without a
    first day of sickness the wachttijd is not known, and we report the missing field rather than
    answering 'false' (a person who was not sick has no claim to assess)."""
    with pytest.raises(InvoerFout) as fout:
        _een({}, ["wachttijd_doorlopen"])
    assert "eerste_dag_wachttijd" in str(fout.value)


def test_loonsanctie_postpones_the_right():
    """WIA art. 43 b with 47 lid 2 / 54 lid 2: a loonsanctie of 52 weeks extends the loon period;
    the right starts on 2026-02-27 + 364 days = 2027-02-26 (by hand). On 2026-07-01 there is no right."""
    uit = _een(_fatma(50, verlenging_loondoorbetaling_weken=52),
               ["wia_vroegste_ingangsdatum", "reden_geen_wia_uitkering", "wia_uitkering_per_maand"])
    assert uit["wia_vroegste_ingangsdatum"] == "2027-02-26"
    assert uit["reden_geen_wia_uitkering"] == "loondoorbetaling_loopt"
    assert uit["wia_uitkering_per_maand"] == 0.0


def test_detention_ends_a_running_benefit_only_after_one_month():
    """WIA art. 44 lid 2: art. 43 d applies to a running benefit 'met ingang van de dag dat de persoon
    één maand rechtens zijn vrijheid is ontnomen'. Right since 2026-02-27; detained from 2026-06-10:
    on 2026-07-01 (less than a month) the right goes on; detained from 2026-05-15 it has ended
    (2026-06-15 passed)."""
    kort = _fatma(50, wia_uitsluitingsgrond="vrijheid_ontnomen", datum_vrijheidsontneming="2026-06-10")
    lang = _fatma(50, wia_uitsluitingsgrond="vrijheid_ontnomen", datum_vrijheidsontneming="2026-05-15")
    assert _een(kort, ["recht_op_wga_uitkering"])["recht_op_wga_uitkering"] is True
    assert _een(lang, ["reden_geen_wia_uitkering"])["reden_geen_wia_uitkering"] == "vrijheid_ontnomen"


def test_aow_age_excludes():
    """WIA art. 43 g: someone born 1958-01-10 reaches the AOW age (67 years from 2024, art. 7a AOW) on
    2025-01-10, before his wachttijd ends (2026-02-26): no right on 2026-07-01."""
    uit = _een(_fatma(50, geboortedatum="1958-01-10"), ["reden_geen_wia_uitkering"])
    assert uit["reden_geen_wia_uitkering"] == "aow_leeftijd"


def test_not_insured_and_other_grounds():
    assert _een(_fatma(50, wia_verzekerd=False), ["reden_geen_wia_uitkering"])["reden_geen_wia_uitkering"] == \
        "niet_verzekerd"
    for grond in ("woont_niet_in_nederland", "overleden", "uitreiziger", "onttrekt_aan_straf"):
        assert _een(_fatma(50, wia_uitsluitingsgrond=grond), ["reden_geen_wia_uitkering"]) == \
            {"reden_geen_wia_uitkering": grond}


def test_unknown_exclusion_ground_stays_unknown():
    persoon = _fatma(50)
    del persoon["wia_uitsluitingsgrond"]
    with pytest.raises(InvoerFout) as fout:
        _een(persoon, ["recht_op_wia_uitkering"])
    assert "wia_uitsluitingsgrond" in str(fout.value)


def test_one_known_failure_decides_even_with_unknowns():
    """The wachttijd still runs: no right, whatever the exclusion grounds and the assessment."""
    uit = _een({"eerste_dag_wachttijd": "2025-06-01"}, ["recht_op_wia_uitkering", "reden_geen_wia_uitkering"])
    assert uit == {"recht_op_wia_uitkering": False, "reden_geen_wia_uitkering": "wachttijd_loopt"}


def test_benefit_unchanged_for_who_has_the_right_and_when_the_right_is_not_asked():
    """The README example (WGA month 5, LGU 12 months, 2.000 a month, 600 earned): 980,00 (0,7 x
    (2.000 - 600)), with or without the facts of the right, and 0 once it is known there is none."""
    basis = {"wia_maandloon": 2000.0, "inkomsten_per_maand": 600.0, "wga_maand": 5, "lgu_duur_maanden": 12,
             "maatmanloon_per_maand": 3000.0, "restverdiencapaciteit_per_maand": 1500.0, "duurzaam": False}
    assert _een(basis, ["wia_uitkering_per_maand"]) == {"wia_uitkering_per_maand": 980.0}
    met_recht = {**basis, "eerste_dag_wachttijd": "2024-03-01", "geboortedatum": "1975-02-10",
                 "wia_uitsluitingsgrond": "geen"}
    assert _een(met_recht, ["wia_uitkering_per_maand", "recht_op_wia_uitkering"]) == \
        {"wia_uitkering_per_maand": 980.0, "recht_op_wia_uitkering": True}
    buiten = {**met_recht, "wia_uitsluitingsgrond": "woont_niet_in_nederland"}
    assert _een(buiten, ["wia_uitkering_per_maand"]) == {"wia_uitkering_per_maand": 0.0}
