"""Every role tries every case operation; exactly the allowed set succeeds (R24).

The expected sets are written out here by hand from the AP Beleidsregels "De zieke werknemer"
(2016), AVG art. 15 and NEN 7513, as docs/privacy.md explains. They are deliberately not read
from ``cases.beleid.BELEID``: if someone changes the policy table, this test says so.
"""

from __future__ import annotations

import datetime as dt

import pytest
from geheugenhulp import db, wereld  # noqa: F401 - fixtures (the in-memory store)

from spoorzoeker.cases import GeenToegang, MedischeAantekening, Operatie, Rol
from spoorzoeker.cases.model import (
    ArbeidsdeskundigRapport,
    Deelnemer,
    FunctioneleMogelijkheden,
    Gebeurtenis,
    Interventie,
    MeningWerknemer,
    Nazorgmoment,
    PlanVanAanpak,
    SoortGebeurtenis,
    SoortInterventie,
    SoortVraag,
    Spoor,
    Spoorkeuze,
    StapGedaan,
    WiaPrognose,
    Ziekteperiode,
)

D = dt.date

VERWACHT = {
    "werknemer": {
        "dossier_lezen", "dossier_exporteren", "medisch_lezen", "vraag_indienen", "eigen_toegangslog_lezen",
        "mening_werknemer_vastleggen", "mening_werknemer_lezen",
    },
    "werkgever": {
        "dossier_aanmaken", "dossier_lezen", "dossier_exporteren", "ziekteperiode_vastleggen", "stap_vastleggen",
        "plan_van_aanpak_vastleggen", "spoorkeuze_vastleggen", "vraag_indienen", "nazorg_vastleggen",
        "gebeurtenis_vastleggen",
    },
    "casemanager": {
        "dossier_aanmaken", "dossier_lezen", "dossier_exporteren", "ziekteperiode_vastleggen", "stap_vastleggen",
        "plan_van_aanpak_vastleggen", "spoorkeuze_vastleggen", "vraag_indienen", "vraag_afhandelen",
        "nazorg_vastleggen", "gebeurtenis_vastleggen",
    },
    "casemanager_taakdelegatie": {
        "dossier_aanmaken", "dossier_lezen", "dossier_exporteren", "ziekteperiode_vastleggen", "stap_vastleggen",
        "plan_van_aanpak_vastleggen", "spoorkeuze_vastleggen", "vraag_indienen", "vraag_afhandelen",
        "nazorg_vastleggen", "gebeurtenis_vastleggen", "functionele_mogelijkheden_vastleggen", "medisch_lezen",
        "medisch_vastleggen",
    },
    "bedrijfsarts": {
        "dossier_lezen", "dossier_exporteren", "stap_vastleggen", "functionele_mogelijkheden_vastleggen",
        "medisch_lezen", "medisch_vastleggen",
    },
    "arbeidsdeskundige": {"dossier_lezen", "stap_vastleggen", "arbeidsdeskundig_rapport_vastleggen"},
    "spoor2_coach": {"dossier_lezen", "stap_vastleggen", "nazorg_vastleggen"},
    "beheerder": {"toegangslog_lezen"},
}


def _voorbereid(w):
    """Preconditions so that every operation is valid in content: recovery (for aftercare), an
    arbeidsdeskundig report (for the track choice) and an open question (for its handling)."""
    s, cm, d = w.service, w.gebruikers["casemanager"], w.dossier_a
    s.leg_ziekteperiode_vast(cm, d, Ziekteperiode(D(2026, 1, 5), D(2026, 3, 1)))
    s.leg_arbeidsdeskundig_rapport_vast(w.gebruikers["arbeidsdeskundige"], d, ArbeidsdeskundigRapport(
        D(2026, 2, 10), "Ad Deskundige", False, "Eigen werk niet haalbaar", "Logistiek, administratie",
        WiaPrognose.WGA_35_80, Spoor.BEIDE))
    return s.dien_vraag_in(w.gebruikers["werknemer"], d, SoortVraag.VRAAG, "Hoe werkt de eerstejaarsevaluatie?",
                           D(2026, 2, 11))


def _pogingen(w, vraag_id, volgnummer):
    """One valid attempt per operation, as callables of the account id."""
    s, d = w.service, w.dossier_a
    dag = D(2026, 4, 1) + dt.timedelta(days=10 * volgnummer)  # each role its own relapse period
    return {
        "dossier_aanmaken": lambda g, wn: s.maak_dossier(g, wn, D(2026, 3, 2)),
        "dossier_lezen": lambda g, _: s.lees_dossier(g, d),
        "dossier_exporteren": lambda g, _: s.exporteer_dossier(g, d),
        "ziekteperiode_vastleggen": lambda g, _: s.leg_ziekteperiode_vast(
            g, d, Ziekteperiode(dag, dag + dt.timedelta(days=2))),
        "stap_vastleggen": lambda g, _: s.leg_stap_vast(
            g, d, StapGedaan("probleemanalyse", D(2026, 2, 9), "iemand", "PA-2026-001.pdf")),
        "plan_van_aanpak_vastleggen": lambda g, _: s.leg_plan_van_aanpak_vast(g, d, PlanVanAanpak(
            D(2026, 2, 20), "Terug in eigen werk", (Interventie(SoortInterventie.SCHOLING, "Cursus planning"),))),
        "arbeidsdeskundig_rapport_vastleggen": lambda g, _: s.leg_arbeidsdeskundig_rapport_vast(
            g, d, ArbeidsdeskundigRapport(D(2026, 2, 12), "Ad", True, "Aangepast werk", "n.v.t.",
                                          WiaPrognose.MINDER_DAN_35, Spoor.SPOOR1)),
        "spoorkeuze_vastleggen": lambda g, _: s.leg_spoorkeuze_vast(g, d, Spoorkeuze(
            D(2026, 2, 25), (Deelnemer("werkgever", "Wim"), Deelnemer("werknemer", "Jan")), Spoor.SPOOR1,
            "Aangepast werk is binnen drie maanden haalbaar")),
        "vraag_indienen": lambda g, _: s.dien_vraag_in(g, d, SoortVraag.SECOND_OPINION, "Second opinion",
                                                        D(2026, 2, 15)),
        "vraag_afhandelen": lambda g, _: s.handel_vraag_af(g, d, vraag_id, intake_op=D(2026, 2, 12),
                                                            intake="Gebeld", uitkomst_op=D(2026, 2, 13),
                                                            uitkomst="Uitgelegd"),
        "nazorg_vastleggen": lambda g, _: s.leg_nazorg_vast(g, d, Nazorgmoment(D(2027, 6, 1))),
        "gebeurtenis_vastleggen": lambda g, _: s.leg_gebeurtenis_vast(g, d, Gebeurtenis(
            SoortGebeurtenis.ZWANGERSCHAPSVERLOF, D(2026, 2, 2), D(2026, 5, 24))),
        "functionele_mogelijkheden_vastleggen": lambda g, _: s.leg_functionele_mogelijkheden_vast(
            g, d, FunctioneleMogelijkheden(D(2026, 2, 3), "Dr. Anna Arts", "Niet tillen", "Halve dagen licht werk")),
        "medisch_lezen": lambda g, _: s.lees_medisch(g, d),
        "medisch_vastleggen": lambda g, _: s.leg_medisch_vast(
            g, d, MedischeAantekening(D(2026, 2, 3), "Dr. Anna Arts", diagnose="(verzonnen diagnose)")),
        "toegangslog_lezen": lambda g, _: s.lees_toegangslog(g, d),
        "eigen_toegangslog_lezen": lambda g, _: s.wie_opende_mijn_dossier(g, d),
        "mening_werknemer_vastleggen": lambda g, _: s.leg_mening_werknemer_vast(
            g, d, MeningWerknemer(D(2026, 3, 1), "Ik wil graag meer uren opbouwen.")),
        "mening_werknemer_lezen": lambda g, _: s.lees_mening_werknemer(g, d),
    }


def _toegestaan(w, rol_naam, vraag_id, volgnummer) -> set[str]:
    gebruiker = w.gebruikers[rol_naam]
    # a werknemer tries to open a case about himself (in scope, so only the policy can refuse)
    wn = w.werknemer_a if rol_naam == "werknemer" else w.werknemer_a2
    gelukt = set()
    for operatie, poging in _pogingen(w, vraag_id, volgnummer).items():
        try:
            poging(gebruiker, wn)
        except GeenToegang:
            continue
        gelukt.add(operatie)
    return gelukt


def test_pogingen_dekken_alle_operaties(wereld):
    assert set(_pogingen(wereld, 0, 0)) == {o.value for o in Operatie}
    assert set(VERWACHT) == {r.value for r in Rol}


def test_elke_rol_precies_de_toegestane_handelingen(wereld):
    vraag_id = _voorbereid(wereld)
    gevonden = {rol: _toegestaan(wereld, rol, vraag_id, i) for i, rol in enumerate(VERWACHT)}
    assert gevonden == VERWACHT


def test_buiten_eigen_werkgever_niets(wereld):
    """The same attempts on employer A's case by the accounts of employer B: all refused."""
    w = wereld
    vraag_id = _voorbereid(w)
    w.gebruikers = {"werkgever": w.werkgever_b_gebruiker, "werknemer": w.werknemer_b_gebruiker}
    assert _toegestaan(w, "werkgever", vraag_id, 20) == set()
    assert _toegestaan(w, "werknemer", vraag_id, 21) == set()


def test_taakdelegatie_geldt_alleen_waar_de_bedrijfsarts_werkt(wereld):
    """A delegated casemanager who also serves employer B acts as a plain casemanager there: the
    bedrijfsarts who delegated is not B's bedrijfsarts."""
    w = wereld
    s = w.service
    cm = s.registreer_gebruiker(w.beheerder, "Dina Dubbel", Rol.CASEMANAGER, [w.werkgever_a, w.werkgever_b],
                                taakdelegatie_van=w.ba)
    s.keur_gebruiker_goed(w.beheerder2, cm)  # an account that reads health data needs a second beheerder
    s.lees_medisch(cm, w.dossier_a)
    with pytest.raises(GeenToegang):
        s.lees_medisch(cm, w.dossier_b)
    s.lees_dossier(cm, w.dossier_b)
    regels = s.lees_toegangslog(w.beheerder, w.dossier_a)
    medisch = [r for r in regels if r.gebruiker_id == cm and r.operatie == "medisch_lezen"]
    assert medisch[0].rol == "casemanager_taakdelegatie" and medisch[0].namens_naam == "Dr. Anna Arts"
