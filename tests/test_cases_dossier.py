"""The case file's content rules (R9, R11, R12, R14) and a full round trip through storage, on
SQLite and PostgreSQL. All people and employers are invented."""

from __future__ import annotations

import datetime as dt

import pytest
from geheugenhulp import db, wereld  # noqa: F401 - fixtures (the in-memory store)

from spoorzoeker.cases import DossierFout, naar_json
from spoorzoeker.cases.model import (
    ArbeidsdeskundigRapport,
    Deelnemer,
    FunctioneleMogelijkheden,
    Interventie,
    Nazorgmoment,
    PlanVanAanpak,
    SoortInterventie,
    SoortNazorg,
    SoortVraag,
    Spoor,
    Spoorkeuze,
    StapGedaan,
    WiaPrognose,
    Ziekteperiode,
)

D = dt.date


def _rapport(advies=Spoor.SPOOR2, datum=D(2026, 9, 1)):
    return ArbeidsdeskundigRapport(datum, "Ad Deskundige", False, "Eigen werk en ander werk bij de eigen werkgever "
                                   "zijn niet haalbaar", "Administratief werk in de regio", WiaPrognose.WGA_35_80, advies)


GESPREK = (Deelnemer("casemanager", "Carla Casemanager"), Deelnemer("spoor2_coach", "Sanne Coach"),
           Deelnemer("arbeidsdeskundige", "Ad Deskundige"), Deelnemer("werkgever", "Wim Werkgever"),
           Deelnemer("werknemer", "Jan Fictief"))


def test_volledig_dossier_heen_en_terug(wereld):
    """Everything the case file holds comes back exactly as recorded."""
    w = wereld
    s, cm, d = w.service, w.gebruikers["casemanager"], w.dossier_a
    s.leg_stap_vast(w.ba, d, StapGedaan("probleemanalyse", D(2026, 2, 20), "Dr. Anna Arts", "PA-001.pdf",
                                        "Later dan week 6: werknemer was op vakantie (art. 5 Regeling procesgang)"))
    s.leg_functionele_mogelijkheden_vast(w.ba, d, FunctioneleMogelijkheden(
        D(2026, 2, 20), "Dr. Anna Arts", "Geen tilwerk", "Zittend werk, 4 uur per dag", "Opbouw in 6 weken"))
    plan = PlanVanAanpak(D(2026, 3, 2), "Terug naar eigen werk", (
        Interventie(SoortInterventie.SCHOLING, "Cursus voorraadbeheer", D(2026, 4, 1), D(2026, 6, 1)),
        Interventie(SoortInterventie.WERKPLEKAANPASSING, "Hulpmiddel bij de kassa")))
    s.leg_plan_van_aanpak_vast(cm, d, plan)
    bijstelling = PlanVanAanpak(D(2026, 6, 1), "Ander werk bij eigen werkgever", (),
                                scholing_niet_passend="Scholing is in maart al gevolgd", is_bijstelling=True)
    s.leg_plan_van_aanpak_vast(cm, d, bijstelling)
    s.leg_arbeidsdeskundig_rapport_vast(w.gebruikers["arbeidsdeskundige"], d, _rapport())
    keuze = Spoorkeuze(D(2026, 9, 15), GESPREK, Spoor.SPOOR2, "Spoor 1 biedt binnen drie maanden geen perspectief")
    s.leg_spoorkeuze_vast(cm, d, keuze)
    vid = s.dien_vraag_in(w.gebruikers["werknemer"], d, SoortVraag.DESKUNDIGENOORDEEL,
                          "Is het aangeboden werk passend?", D(2026, 10, 1))
    s.handel_vraag_af(cm, d, vid, intake_op=D(2026, 10, 3), intake="Aanvraag bij UWV ingediend")
    s.handel_vraag_af(cm, d, vid, uitkomst_op=D(2026, 11, 20), uitkomst="UWV: het werk is passend")
    s.leg_ziekteperiode_vast(cm, d, Ziekteperiode(D(2026, 1, 5), D(2026, 12, 31), 50))
    s.leg_nazorg_vast(cm, d, Nazorgmoment(D(2027, 4, 1)))
    s.leg_nazorg_vast(w.gebruikers["spoor2_coach"], d, Nazorgmoment(D(2027, 2, 1), SoortNazorg.JOBCOACHING,
                                                                    D(2027, 2, 1), "Gesprek op de werkplek"))

    uit = s.lees_dossier(cm, d)
    assert uit.werkgever.aantal_werknemers == 12 and uit.werknemer.naam == "Jan Fictief"
    assert uit.eerste_ziektedag == D(2026, 1, 5) and uit.verwachte_duur_weken == 8
    assert uit.ziekteperiodes == (Ziekteperiode(D(2026, 1, 5), D(2026, 12, 31), 50),)
    assert uit.werkhervatting_op == D(2027, 1, 1)
    assert uit.stappen[0].motivatie_afwijking.startswith("Later dan week 6")
    assert uit.plannen_van_aanpak == (plan, bijstelling)
    # the WIA prognosis only for a role that may read the medical part (cases.beleid.AFGESCHERMDE_VELDEN)
    assert uit.arbeidsdeskundige_rapporten == (__import__("dataclasses").replace(_rapport(), wia_prognose=None),)
    assert s.lees_dossier(w.ba, d).arbeidsdeskundige_rapporten == (_rapport(),)
    assert uit.spoorkeuzes == (keuze,)
    (vraag,) = uit.vragen
    assert (vraag.soort, vraag.ingediend_door_rol, vraag.intake_op, vraag.uitkomst) == (
        SoortVraag.DESKUNDIGENOORDEEL, "werknemer", D(2026, 10, 3), "UWV: het werk is passend")
    assert [n.soort for n in uit.nazorg] == [SoortNazorg.NAZORG, SoortNazorg.JOBCOACHING]
    assert naar_json(uit)["spoorkeuzes"][0]["keuze"] == "spoor_2"


def test_scholing_hoort_in_het_plan_tenzij_gemotiveerd(wereld):
    """R14: a plan without scholing needs a reason why scholing does not fit."""
    w = wereld
    with pytest.raises(DossierFout, match="Scholing"):
        w.service.leg_plan_van_aanpak_vast(w.gebruikers["casemanager"], w.dossier_a, PlanVanAanpak(
            D(2026, 3, 2), "Terug", (Interventie(SoortInterventie.AANGEPAST_WERK, "Minder uren"),)))


def test_spoorkeuze_volgt_op_rapport_en_gesprek(wereld):
    """R9: first the arbeidsdeskundige's report, then a conversation with employer and employee and
    a motivated choice; both tracks only where the report advises both."""
    w = wereld
    s, cm, d = w.service, w.gebruikers["casemanager"], w.dossier_a
    keuze = Spoorkeuze(D(2026, 9, 15), GESPREK, Spoor.SPOOR2, "Geen perspectief in spoor 1")
    with pytest.raises(DossierFout, match="arbeidsdeskundig rapport"):
        s.leg_spoorkeuze_vast(cm, d, keuze)
    s.leg_arbeidsdeskundig_rapport_vast(w.gebruikers["arbeidsdeskundige"], d, _rapport(Spoor.SPOOR2))
    with pytest.raises(DossierFout, match="Beide sporen"):
        s.leg_spoorkeuze_vast(cm, d, Spoorkeuze(D(2026, 9, 15), GESPREK, Spoor.BEIDE, "Allebei"))
    with pytest.raises(DossierFout, match="gemotiveerd"):
        s.leg_spoorkeuze_vast(cm, d, Spoorkeuze(D(2026, 9, 15), GESPREK, Spoor.SPOOR2, " "))
    with pytest.raises(DossierFout, match="Werkgever en werknemer"):
        s.leg_spoorkeuze_vast(cm, d, Spoorkeuze(D(2026, 9, 15), GESPREK[:3], Spoor.SPOOR2, "Reden"))
    s.leg_spoorkeuze_vast(cm, d, keuze)
    s.leg_arbeidsdeskundig_rapport_vast(w.gebruikers["arbeidsdeskundige"], d, _rapport(Spoor.BEIDE, D(2026, 10, 1)))
    s.leg_spoorkeuze_vast(cm, d, Spoorkeuze(D(2026, 10, 5), GESPREK, Spoor.BEIDE, "Advies: beide sporen"))
    assert [k.keuze for k in s.lees_dossier(cm, d).spoorkeuzes] == [Spoor.SPOOR2, Spoor.BEIDE]


def test_nazorg_tot_drie_jaar_na_werkhervatting(wereld):
    """R12: aftercare from the return to work up to three years after it."""
    w = wereld
    s, cm, d = w.service, w.gebruikers["casemanager"], w.dossier_a
    with pytest.raises(DossierFout, match="werkhervatting"):
        s.leg_nazorg_vast(cm, d, Nazorgmoment(D(2026, 6, 1)))
    s.leg_ziekteperiode_vast(cm, d, Ziekteperiode(D(2026, 1, 5), D(2026, 5, 31)))
    s.leg_nazorg_vast(cm, d, Nazorgmoment(D(2026, 6, 1)))
    s.leg_nazorg_vast(cm, d, Nazorgmoment(D(2029, 6, 1)))
    with pytest.raises(DossierFout, match="drie jaar"):
        s.leg_nazorg_vast(cm, d, Nazorgmoment(D(2029, 6, 2)))
    with pytest.raises(DossierFout, match="drie jaar"):
        s.leg_nazorg_vast(cm, d, Nazorgmoment(D(2026, 5, 31)))


def test_ziekteperioden_herstel_en_terugval(wereld):
    """Recovery closes a period; a relapse is a new period; periods never overlap (R10 input)."""
    w = wereld
    s, wg, d = w.service, w.gebruikers["werkgever"], w.dossier_a
    s.leg_ziekteperiode_vast(wg, d, Ziekteperiode(D(2026, 1, 5), D(2026, 3, 1)))
    s.leg_ziekteperiode_vast(wg, d, Ziekteperiode(D(2026, 3, 20)))
    with pytest.raises(DossierFout, match="overlapt"):
        s.leg_ziekteperiode_vast(wg, d, Ziekteperiode(D(2026, 2, 1), D(2026, 2, 10)))
    with pytest.raises(DossierFout, match="einddatum"):
        s.leg_ziekteperiode_vast(wg, d, Ziekteperiode(D(2026, 5, 1), D(2026, 4, 1)))
    with pytest.raises(DossierFout, match="tussen 0 en 100"):
        s.leg_ziekteperiode_vast(wg, d, Ziekteperiode(D(2026, 3, 20), None, 120))
    dossier = s.lees_dossier(wg, d)
    assert dossier.ziekteperiodes == (Ziekteperiode(D(2026, 1, 5), D(2026, 3, 1)), Ziekteperiode(D(2026, 3, 20)))
    assert dossier.werkhervatting_op is None


def test_vraag_en_geschil(wereld):
    """R11: one entry point; the intake and outcome are recorded on the case."""
    w = wereld
    s, d = w.service, w.dossier_a
    vid = s.dien_vraag_in(w.gebruikers["werkgever"], d, "second_opinion", "Tweede mening over de belastbaarheid",
                          D(2026, 3, 1))
    with pytest.raises(DossierFout, match="voor de intake"):
        s.handel_vraag_af(w.gebruikers["casemanager"], d, vid, intake_op=D(2026, 3, 5), uitkomst_op=D(2026, 3, 4),
                          uitkomst="x")
    with pytest.raises(DossierFout, match="hoort niet bij dit dossier"):
        s.handel_vraag_af(w.gebruikers["casemanager"], w.dossier_b, vid, intake="x")
    with pytest.raises(DossierFout, match="onderwerp"):
        s.dien_vraag_in(w.gebruikers["werkgever"], d, "vraag", "  ", D(2026, 3, 1))
    with pytest.raises(ValueError):
        s.dien_vraag_in(w.gebruikers["werkgever"], d, "klacht", "Onbekende soort", D(2026, 3, 1))


def test_mislukte_schrijfactie_laat_niets_achter(wereld):
    """A write refused on content is rolled back whole: no half record; the log keeps only the refused
    attempt (toegestaan False), never a successful write."""
    w = wereld
    with w.db.opslag() as uow:
        voor = len(uow.log_regels())
    with pytest.raises(DossierFout):
        w.service.leg_stap_vast(w.gebruikers["casemanager"], w.dossier_a, StapGedaan("x", D(2025, 1, 1), "iemand"))
    with w.db.opslag() as uow:
        nieuw = uow.log_regels()[voor:]
        assert [(r.operatie, r.toegestaan) for r in nieuw] == [("stap_vastleggen", False)]
        assert uow.dossier(w.dossier_a).stappen == ()
