"""No-riskpolis (ZW art. 29b): who, from when, until when, and what UWV pays the employer.

The scenarios are translated from the public repository MinBZK/regelrecht-corpus (each case names
its .feature file and scenario). Their 'given' facts become our inputs: the ground of art. 29b
(``noriskpolis_grond``) and the dates; their 'then' lines become assertions on the lid, the
five-year limit (``noriskpolis_onbeperkt``, ``noriskpolis_einddatum``) and the coverage. Where the
scenario's wording and the law text differ, the test follows the law and says why.
"""

import pytest

from spoorzoeker import bereken

ZW_SCEN = "MinBZK/regelrecht-corpus, regulation/nl/wet/ziektewet/scenarios/"


def _een(datum, persoon, gevraagd):
    return bereken({"datum": datum, "personen": [persoon], "bereken": gevraagd})["resultaten"][0]


GEVRAAGD = ["noriskpolis_lid", "noriskpolis_onbeperkt", "noriskpolis_van_toepassing"]


@pytest.mark.parametrize("bron, datum, persoon, lid, onbeperkt, van_toepassing", [
    # no_risk_polis.feature, scenario 1: 'Werknemer met WIA-uitkering geeft recht op no-risk polis', duur 5.
    # The scenario has no start date; we take one half a year before its calculation date.
    (ZW_SCEN + "no_risk_polis.feature: Werknemer met WIA-uitkering", "2025-01-01",
     {"noriskpolis_grond": "wia_uitkering", "datum_in_dienst": "2024-07-01"}, "lid_1_a", False, True),
    # scenario 2: 'Werknemer zonder doelgroepstatus heeft geen recht', duur 0.
    (ZW_SCEN + "no_risk_polis.feature: Werknemer zonder doelgroepstatus", "2025-01-01",
     {"noriskpolis_grond": "geen"}, "geen", False, False),
    # scenario 3: 'Doelgroep banenafspraak (lid 2 e) ... zonder vaste duur' (duur -1 = onbeperkt).
    (ZW_SCEN + "no_risk_polis.feature: Doelgroep banenafspraak (lid 2 e)", "2025-01-01",
     {"noriskpolis_grond": "doelgroepregister", "datum_in_dienst": "2015-03-01"}, "lid_2_e", True, True),
    # no_risk_polis_mvt.feature: 'Werknemer banenafspraak met LKS heeft recht (MvT § 2.1)': voldoet_aan_lid_2.
    (ZW_SCEN + "no_risk_polis_mvt.feature: Werknemer banenafspraak met LKS", "2025-01-01",
     {"noriskpolis_grond": "doelgroepregister", "datum_in_dienst": "2024-01-01"}, "lid_2_e", True, True),
    # no_risk_polis_mvt.feature: 'Lid 4 — voortzetting dienstbetrekking na WIA-vaststelling geeft 5 jaar recht'.
    (ZW_SCEN + "no_risk_polis_mvt.feature: Lid 4 voortzetting", "2025-01-01",
     {"noriskpolis_grond": "wia_voortgezet", "datum_vaststelling_wia": "2023-05-15"}, "lid_4", False, True),
    # no_riskpolis_doelgroepen.feature, Fatma (born 1975-02-10, WGA since 2026-02-27, new employer 2026-05-01):
    # voldoet_aan_lid_1_a, duur 5.
    (ZW_SCEN + "no_riskpolis_doelgroepen.feature: Fatma lid 1 a", "2026-07-01",
     {"noriskpolis_grond": "wia_uitkering", "datum_in_dienst": "2026-05-01", "geboortedatum": "1975-02-10"},
     "lid_1_a", False, True),
    # Fatma stays with her own employer (in service since 2015-09-01): voldoet_aan_lid_4. The scenario gives
    # the WGA start (2026-02-27), not the date of UWV's decision; we take that date as the vaststelling.
    (ZW_SCEN + "no_riskpolis_doelgroepen.feature: Fatma lid 4", "2026-07-01",
     {"noriskpolis_grond": "wia_voortgezet", "datum_in_dienst": "2015-09-01",
      "datum_vaststelling_wia": "2026-02-27"}, "lid_4", False, True),
    # Lotte (born 2008-11-03), praktijkonderwijs done 2025-07-15, in service 2025-08-01 at 16: lid 1 c, duur 5.
    (ZW_SCEN + "no_riskpolis_doelgroepen.feature: Lotte lid 1 c", "2026-07-01",
     {"noriskpolis_grond": "belemmering_onderwijs", "geboortedatum": "2008-11-03",
      "datum_einde_onderwijs": "2025-07-15", "datum_in_dienst": "2025-08-01"}, "lid_1_c", False, True),
    # Bram (born 2004-01-12), education done 2023-07-01, in service 2026-02-01 at 22, no Wajong: lid 1 d.
    (ZW_SCEN + "no_riskpolis_doelgroepen.feature: Bram lid 1 d", "2026-07-01",
     {"noriskpolis_grond": "belemmering_onderwijs", "geboortedatum": "2004-01-12",
      "datum_einde_onderwijs": "2023-07-01", "datum_in_dienst": "2026-02-01"}, "lid_1_d", False, True),
    # financieel_cv_koen.feature: Koen (born 1984-03-15), banenafspraak via the Participatiewet with
    # loonkostensubsidie, registered 2025-11-03, in service 2026-01-01: voldoet_aan_lid_2_e, duur -1.
    (ZW_SCEN + "financieel_cv_koen.feature: Koen krijgt no-risk polis als banenafspraak-werknemer met LKS",
     "2026-07-01", {"noriskpolis_grond": "doelgroepregister", "geboortedatum": "1984-03-15",
                    "datum_in_dienst": "2026-01-01"}, "lid_2_e", True, True),
    # financieel_cv_sadee.feature: Sadee (born 1996-05-15), Wajong and the banenafspraak register, in service
    # 2024-01-01: voldoet_aan_lid_2_a and _2_e, duur -1. One ground per person: both are lid 2 (no limit).
    (ZW_SCEN + "financieel_cv_sadee.feature: Sadee krijgt no-risk polis als Wajonger op banenafspraakregister",
     "2026-07-01", {"noriskpolis_grond": "wajong", "geboortedatum": "1996-05-15", "datum_in_dienst": "2024-01-01"},
     "lid_2_a", True, True),
    # Noor (born 1996-03-08) in beschut werk: voldoet_aan_lid_2_f, duur -1; lid 3 puts lid 1 d aside for her.
    (ZW_SCEN + "no_riskpolis_doelgroepen.feature: Noor lid 2 f", "2026-07-01",
     {"noriskpolis_grond": "beschut_werk", "geboortedatum": "1996-03-08", "datum_in_dienst": "2026-02-01"},
     "lid_2_f", True, True),
])
def test_regelrecht_scenarios(bron, datum, persoon, lid, onbeperkt, van_toepassing):
    uit = _een(datum, persoon, GEVRAAGD)
    assert uit["noriskpolis_lid"] == lid, bron
    assert uit["noriskpolis_onbeperkt"] is onbeperkt, bron
    assert uit["noriskpolis_van_toepassing"] is van_toepassing, bron


def test_five_years_from_the_start_of_the_employment():
    """ZW art. 29b lid 1: sickness 'aangevangen in de vijf jaren na aanvang van de dienstbetrekking'.
    Fatma starts 2026-05-01 (no_riskpolis_doelgroepen.feature): the five years end on 2031-04-30
    (by hand: the same date five years on, 2031-05-01, is the first day outside). Published:
    vengroot.nl, 'Wat is een no-riskpolis?': 'ziek wordt binnen 5 jaar na de start van het
    dienstverband'."""
    persoon = {"noriskpolis_grond": "wia_uitkering", "datum_in_dienst": "2026-05-01"}
    assert _een("2026-07-01", persoon, ["noriskpolis_einddatum"])["noriskpolis_einddatum"] == "2031-04-30"
    for dag, gedekt in (("2031-04-30", True), ("2031-05-01", False)):
        uit = _een("2026-07-01", {**persoon, "noriskpolis_eerste_ziektedag": dag}, ["noriskpolis_van_toepassing"])
        assert uit["noriskpolis_van_toepassing"] is gedekt, dag


def test_lid_4_counts_from_the_wia_decision_not_from_the_employment():
    """ZW art. 29b lid 4: 'in de vijf jaren na vaststelling van het recht op uitkering'; Fatma has
    worked there since 2015 (no_riskpolis_doelgroepen.feature), the decision 2026-02-27 -> last day
    2031-02-26 (by hand)."""
    uit = _een("2026-07-01", {"noriskpolis_grond": "wia_voortgezet", "datum_in_dienst": "2015-09-01",
                              "datum_vaststelling_wia": "2026-02-27"}, ["noriskpolis_einddatum"])
    assert uit["noriskpolis_einddatum"] == "2031-02-26"


def test_daan_lid_1_b_status_now_cover_once_he_works():
    """no_riskpolis_doelgroepen.feature, Daan: found 20% disabled after a wachttijd that began
    2024-03-01 (first day after it: 2026-02-27, day 729), starts elsewhere on 2026-09-01; the
    scenario says heeft_recht_op_no_risk_polis on 2026-07-01, with heeft_recht_op_wia_uitkering false.
    The law (lid 1 b) covers 'perioden van ongeschiktheid ... die zijn aangevangen in de vijf jaren na
    aanvang van de dienstbetrekking': on 2026-07-01 he has no employment yet, so a sickness that
    starts then is not covered. We keep the status (lid 1 b, start within five years: true) and the
    coverage apart: false on 2026-07-01, true on 2026-09-01 (see the decisions file)."""
    daan = {"noriskpolis_grond": "wia_minder_dan_35", "geboortedatum": "1993-04-20",
            "datum_in_dienst": "2026-09-01", "eerste_dag_na_wachttijd": "2026-02-27",
            # heeft_recht_op_wia_uitkering false: verdiencapaciteit 80% of the maatman -> 20% disabled
            "eerste_dag_wachttijd": "2024-03-01", "maatmanloon_per_maand": 3000.0,
            "restverdiencapaciteit_per_maand": 2400.0, "wia_uitsluitingsgrond": "geen"}
    vraag = ["noriskpolis_lid", "noriskpolis_startvoorwaarde", "noriskpolis_van_toepassing",
             "recht_op_wia_uitkering", "reden_geen_wia_uitkering"]
    nu = _een("2026-07-01", {**daan, "noriskpolis_eerste_ziektedag": "2026-07-01"}, vraag)
    assert nu["noriskpolis_lid"] == "lid_1_b"
    assert nu["noriskpolis_startvoorwaarde"] is True
    assert nu["noriskpolis_van_toepassing"] is False
    assert nu["recht_op_wia_uitkering"] is False
    assert nu["reden_geen_wia_uitkering"] == "minder_dan_35_procent"
    later = _een("2026-07-01", {**daan, "noriskpolis_eerste_ziektedag": "2026-09-01"}, ["noriskpolis_van_toepassing"])
    assert later["noriskpolis_van_toepassing"] is True


def test_lid_1_b_needs_the_start_within_five_years():
    """ZW art. 29b lid 1 b 4°: work must start 'binnen vijf jaar na die dag'. First day after the
    wachttijd 2026-02-27: a start on 2031-02-27 is one day too late (by hand)."""
    persoon = {"noriskpolis_grond": "wia_minder_dan_35", "eerste_dag_na_wachttijd": "2026-02-27",
               "datum_in_dienst": "2031-02-27", "noriskpolis_eerste_ziektedag": "2031-03-01"}
    uit = _een("2026-07-01", persoon, ["noriskpolis_startvoorwaarde", "noriskpolis_van_toepassing"])
    assert uit == {"noriskpolis_startvoorwaarde": False, "noriskpolis_van_toepassing": False}
    persoon["datum_in_dienst"] = "2031-02-26"
    assert _een("2026-07-01", persoon, ["noriskpolis_van_toepassing"])["noriskpolis_van_toepassing"] is True


def test_wajong_covered_as_long_as_the_employment_lasts():
    """ZW art. 29b lid 2 a: no five-year limit. Published: impact.nl, 'No-riskpolis UWV': 'Heeft uw
    werknemer recht op een Wajong-uitkering ...? Dan geldt de no-riskpolis zolang uw werknemer werkt.'
    In service since 2010, sick in 2026: covered."""
    uit = _een("2026-03-01", {"noriskpolis_grond": "wajong", "datum_in_dienst": "2010-09-01"},
               ["noriskpolis_lid", "noriskpolis_onbeperkt", "noriskpolis_van_toepassing"])
    assert uit == {"noriskpolis_lid": "lid_2_a", "noriskpolis_onbeperkt": True, "noriskpolis_van_toepassing": True}


def test_unknown_ground_is_reported_not_assumed():
    with pytest.raises(Exception) as fout:
        _een("2026-03-01", {"datum_in_dienst": "2026-01-01"}, ["noriskpolis_van_toepassing"])
    assert "noriskpolis_grond" in str(fout.value)


def test_what_the_employer_receives_70_and_100_percent_capped_at_the_wage():
    """ZW art. 29b lid 5-6, hand calculation on 2026-07-01:
    ZW dagloon given as 150,00 (its own derivation, Dagloonbesluit ch. 2a, is tested elsewhere);
    70% = 105,00 a day; x 21,75 = 2.283,75 a month.
    On request 100% in week 10: 150,00 x 21,75 = 3.262,50, but 'niet meer ... dan' the wage owed:
    a CAO paying 100% (exact_170) of 3.000,00 -> 3.000,00. In week 60 (second year): 70% again, 2.283,75."""
    basis = {"noriskpolis_grond": "wia_uitkering", "datum_in_dienst": "2026-01-01",
             "ziektewet_dagloon": 150.0, "ziekteweek": 10}
    uit = _een("2026-07-01", basis, ["noriskpolis_percentage", "noriskpolis_uitkering_per_maand"])
    assert uit == {"noriskpolis_percentage": 0.7, "noriskpolis_uitkering_per_maand": 2283.75}
    hoog = {**basis, "no_risk_percentage": 1.0, "bruto_maandloon": 3000.0, "contracturen_per_week": 36,
            "cao_regime": "exact_170", "leeftijd": 40}
    uit = _een("2026-07-01", hoog, ["noriskpolis_percentage", "noriskpolis_uitkering_per_maand"])
    assert uit == {"noriskpolis_percentage": 1.0, "noriskpolis_uitkering_per_maand": 3000.0}
    uit = _een("2026-07-01", {**hoog, "ziekteweek": 60}, ["noriskpolis_uitkering_per_maand"])
    assert uit["noriskpolis_uitkering_per_maand"] == 2283.75


def test_no_policy_pays_nothing():
    uit = _een("2026-07-01", {"noriskpolis_grond": "geen", "ziektewet_dagloon": 150.0},
               ["noriskpolis_uitkering_per_maand"])
    assert uit["noriskpolis_uitkering_per_maand"] == 0.0
