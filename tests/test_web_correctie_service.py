"""Correcting recorded parts of a case at the service (AVG art. 16): each kind of part, corrected and
withdrawn, with the history kept (who, when, why) and the timeline following the corrected data.
On the in-memory store (the storage contract keeps it equal to the databases) and once on SQLite.

Dates by hand. The probleemanalyse is due within six weeks of the first sick day (Regeling procesgang
eerste en tweede ziektejaar art. 2 lid 2, https://wetten.overheid.nl/BWBR0013540#Artikel2): first sick day
Monday 5 January 2026 + 42 days = Monday 16 February 2026, the latest date. Done on 2 March 2026 is late;
corrected to 10 February 2026 it is in time.
"""

from __future__ import annotations

import datetime as dt

import pytest
from geheugenhulp import db, wereld  # noqa: F401 - fixtures

from spoorzoeker.cases import (
    DossierFout,
    Gebeurtenis,
    GeenToegang,
    Interventie,
    Nazorgmoment,
    PlanVanAanpak,
    SoortGebeurtenis,
    SoortInterventie,
    StapGedaan,
    Ziekteperiode,
)
from spoorzoeker.cases.correcties import versie
from spoorzoeker.web.cijfers import tijdlijn_van

EERSTE = dt.date(2026, 1, 5)
TE_LAAT = dt.date(2026, 3, 2)       # after 16 February 2026
OP_TIJD = dt.date(2026, 2, 10)      # before 16 February 2026
VANDAAG = dt.date(2026, 11, 2)


def _status(d, code: str) -> str:
    return next(s["status"] for s in tijdlijn_van(d, VANDAAG)["stappen"] if s["code"] == code)


def _cm(w):
    return w.gebruikers["casemanager"]


def test_stap_te_laat_gecorrigeerd_naar_op_tijd_verandert_de_status(wereld):
    s, cm = wereld.service, _cm(wereld)
    s.leg_stap_vast(cm, wereld.dossier_a, StapGedaan("probleemanalyse", TE_LAAT, "Carla"))
    d = s.lees_dossier(cm, wereld.dossier_a)
    assert _status(d, "probleemanalyse") == "te_laat"
    s.corrigeer_onderdeel(cm, wereld.dossier_a, "stap", 0, {"datum": OP_TIJD}, "Datum verkeerd overgenomen uit de brief.",
                          versie=versie(d.stappen[0]))
    d, correcties = s.lees_dossier_met_correcties(cm, wereld.dossier_a)
    assert d.stappen == (StapGedaan("probleemanalyse", OP_TIJD, "Carla"),)
    assert _status(d, "probleemanalyse") == "gedaan"
    [c] = correcties
    assert c["onderdeel"] == "stap" and c["veld"] == "datum"
    assert c["oude_waarde"] == "Probleemanalyse, gedaan op 2 maart 2026 door Carla"
    assert c["nieuwe_waarde"] == "Probleemanalyse, gedaan op 10 februari 2026 door Carla"
    assert c["reden"] == "Datum verkeerd overgenomen uit de brief." and c["door"] == "Carla Casemanager"
    assert c["tijdstip"].endswith("Z")


def test_stap_intrekken_haalt_hem_uit_de_tijdlijn_maar_niet_uit_de_geschiedenis(wereld):
    s, cm = wereld.service, _cm(wereld)
    s.leg_stap_vast(cm, wereld.dossier_a, StapGedaan("probleemanalyse", OP_TIJD, "Carla"))
    s.leg_stap_vast(cm, wereld.dossier_a, StapGedaan("evaluatie", dt.date(2026, 4, 1), "Carla"))
    s.trek_onderdeel_in(cm, wereld.dossier_a, "stap", 0, "Per vergissing bij dit dossier gezet.")
    d, [c] = s.lees_dossier_met_correcties(cm, wereld.dossier_a)
    assert [x.code for x in d.stappen] == ["evaluatie"]
    assert _status(d, "probleemanalyse") == "te_laat"  # not done any more; 16 February 2026 has passed
    assert (c["veld"], c["nieuwe_waarde"]) == ("ingetrokken", "")
    assert c["oude_waarde"] == "Probleemanalyse, gedaan op 10 februari 2026 door Carla"


def test_plan_en_bijstelling_corrigeren_en_intrekken(wereld):
    s, cm = wereld.service, _cm(wereld)
    scholing = (Interventie(SoortInterventie.SCHOLING, "Cursus"),)
    s.leg_plan_van_aanpak_vast(cm, wereld.dossier_a, PlanVanAanpak(dt.date(2026, 2, 20), "Terug in eigen werk", scholing))
    s.leg_plan_van_aanpak_vast(cm, wereld.dossier_a, PlanVanAanpak(dt.date(2026, 4, 1), "Halve dagen", scholing,
                                                                   is_bijstelling=True))
    s.corrigeer_onderdeel(cm, wereld.dossier_a, "plan", 1, {"doel": "Halve dagen, vier dagen per week"}, "Tikfout.")
    d = s.lees_dossier(cm, wereld.dossier_a)
    assert d.plannen_van_aanpak[1].doel == "Halve dagen, vier dagen per week"
    assert d.plannen_van_aanpak[1].interventies == scholing and d.plannen_van_aanpak[1].is_bijstelling
    s.trek_onderdeel_in(cm, wereld.dossier_a, "plan", 0, "Dubbel ingevoerd.")
    d, correcties = s.lees_dossier_met_correcties(cm, wereld.dossier_a)
    assert [p.opgesteld_op for p in d.plannen_van_aanpak] == [dt.date(2026, 4, 1)]
    assert [c["veld"] for c in correcties] == ["doel", "ingetrokken"]
    assert correcties[1]["oude_waarde"] == "Plan van aanpak van 20 februari 2026; doel: Terug in eigen werk"


def test_gebeurtenis_en_nazorg_corrigeren(wereld):
    s, cm = wereld.service, _cm(wereld)
    s.leg_gebeurtenis_vast(cm, wereld.dossier_a, Gebeurtenis(SoortGebeurtenis.LOONSANCTIE, dt.date(2027, 1, 4), weken=12))
    s.corrigeer_onderdeel(cm, wereld.dossier_a, "gebeurtenis", 0, {"weken": 10}, "Het besluit zegt 10 weken.")
    assert s.lees_dossier(cm, wereld.dossier_a).gebeurtenissen[0].weken == 10
    with pytest.raises(DossierFout) as e:
        s.corrigeer_onderdeel(cm, wereld.dossier_a, "gebeurtenis", 0, {"weken": 60}, "Langer.")
    assert e.value.veld == "weken"
    s.leg_ziekteperiode_vast(cm, wereld.dossier_a, Ziekteperiode(EERSTE, dt.date(2026, 9, 30)))
    s.leg_nazorg_vast(cm, wereld.dossier_a, Nazorgmoment(dt.date(2026, 11, 1), notitie="Gesprek"))
    s.corrigeer_onderdeel(cm, wereld.dossier_a, "nazorg", 0, {"notitie": "Gesprek over de werkplek"}, "Aangevuld.")
    assert s.lees_dossier(cm, wereld.dossier_a).nazorg[0].notitie == "Gesprek over de werkplek"


def test_oordeel_van_de_bedrijfsarts_corrigeren(wereld):
    from spoorzoeker.cases import FunctioneleMogelijkheden, SoortOordeel

    s = wereld.service
    s.leg_functionele_mogelijkheden_vast(wereld.ba, wereld.dossier_a, FunctioneleMogelijkheden(
        dt.date(2026, 2, 9), "Dr. Anna Arts", "Geen tilwerk", "Licht werk", soort=SoortOordeel.ADVIES))
    with pytest.raises(GeenToegang):  # the casemanager without taakdelegatie does not record it, so not correct it
        s.corrigeer_onderdeel(_cm(wereld), wereld.dossier_a, "oordeel", 0, {"advies": "x"}, "Reden.")
    s.corrigeer_onderdeel(wereld.ba, wereld.dossier_a, "oordeel", 0, {"soort": SoortOordeel.PROBLEEMANALYSE},
                          "Het was de probleemanalyse.")
    d, [c] = s.lees_dossier_met_correcties(wereld.gebruikers["werkgever"], wereld.dossier_a)
    assert d.functionele_mogelijkheden[0].soort == SoortOordeel.PROBLEEMANALYSE
    assert c["oude_waarde"] == ("Advies van 9 februari 2026 door Dr. Anna Arts; beperkingen: Geen tilwerk; "
                                "mogelijkheden: Licht werk")
    assert c["nieuwe_waarde"].startswith("Probleemanalyse van 9 februari 2026")


def test_werknemer_en_dossiervelden_via_het_dossier(wereld):
    s, cm = wereld.service, _cm(wereld)
    s.corrigeer_werknemer_van_dossier(cm, wereld.dossier_a, "telefoon", "0600000002", "Nieuw nummer doorgegeven.")
    s.corrigeer_dossier(cm, wereld.dossier_a, "verwachte_duur_weken", 12, "Bedrijfsarts verwacht langer.")
    d, correcties = s.lees_dossier_met_correcties(cm, wereld.dossier_a)
    assert d.werknemer.telefoon == "0600000002" and d.verwachte_duur_weken == 12
    assert [(c["onderdeel"], c["veld"], c["oude_waarde"], c["nieuwe_waarde"]) for c in correcties] == [
        ("werknemer", "telefoon", "0600000001", "0600000002"), ("dossier", "verwachte_duur_weken", "8", "12")]
    # the employee's own full view (AVG art. 15) holds them too
    inzage = s.inzage(wereld.gebruikers["werknemer"])
    assert {c["veld"] for c in inzage["correcties"]} == {"telefoon", "verwachte_duur_weken"}


def test_datum_voor_de_eerste_ziektedag_of_na_vandaag_geweigerd(wereld):
    s, cm = wereld.service, _cm(wereld)
    s.leg_stap_vast(cm, wereld.dossier_a, StapGedaan("probleemanalyse", TE_LAAT, "Carla"))
    with pytest.raises(DossierFout) as e:
        s.corrigeer_onderdeel(cm, wereld.dossier_a, "stap", 0, {"datum": dt.date(2026, 1, 2)}, "Verkeerd.")
    assert e.value.veld == "datum" and "voor de eerste ziektedag (5 januari 2026)" in str(e.value)
    with pytest.raises(DossierFout) as e:
        s.corrigeer_onderdeel(cm, wereld.dossier_a, "stap", 0, {"datum": dt.date(2029, 1, 1)}, "Verkeerd.")
    assert e.value.veld == "datum" and "na vandaag" in str(e.value)
    with pytest.raises(DossierFout) as e:
        s.corrigeer_onderdeel(cm, wereld.dossier_a, "stap", 0, {"datum": OP_TIJD}, "   ")
    assert e.value.veld == "reden"
    with pytest.raises(DossierFout) as e:
        s.trek_onderdeel_in(cm, wereld.dossier_a, "stap", 3, "Weg ermee.")
    assert e.value.veld == "nummer"
    with pytest.raises(DossierFout) as e:  # someone else corrected it meanwhile
        s.corrigeer_onderdeel(cm, wereld.dossier_a, "stap", 0, {"datum": OP_TIJD}, "Brief.", versie="0" * 16)
    assert e.value.veld == "versie"
    assert s.lees_dossier(cm, wereld.dossier_a).stappen[0].datum == TE_LAAT  # nothing changed
    assert s.lees_dossier_met_correcties(cm, wereld.dossier_a)[1] == []


def test_alleen_wie_het_onderdeel_mag_vastleggen_corrigeert(wereld):
    s, cm = wereld.service, _cm(wereld)
    s.leg_plan_van_aanpak_vast(cm, wereld.dossier_a, PlanVanAanpak(
        dt.date(2026, 2, 20), "Terug", (Interventie(SoortInterventie.SCHOLING, "Cursus"),)))
    s.leg_stap_vast(cm, wereld.dossier_a, StapGedaan("probleemanalyse", TE_LAAT, "Carla"))
    for rol in ("werknemer", "bedrijfsarts", "arbeidsdeskundige", "spoor2_coach", "beheerder"):
        with pytest.raises(GeenToegang):
            s.corrigeer_onderdeel(wereld.gebruikers[rol], wereld.dossier_a, "plan", 0, {"doel": "Anders"}, "Reden.")
    for rol in ("werknemer", "beheerder"):
        with pytest.raises(GeenToegang):
            s.trek_onderdeel_in(wereld.gebruikers[rol], wereld.dossier_a, "stap", 0, "Reden.")
    with pytest.raises(GeenToegang):  # the employer of B: not his case
        s.trek_onderdeel_in(wereld.werkgever_b_gebruiker, wereld.dossier_a, "stap", 0, "Reden.")
    with pytest.raises(GeenToegang):
        s.corrigeer_werknemer_van_dossier(wereld.gebruikers["werknemer"], wereld.dossier_a, "naam", "X", "Reden.")
    # the bedrijfsarts records steps, so he corrects them
    s.corrigeer_onderdeel(wereld.ba, wereld.dossier_a, "stap", 0, {"datum": OP_TIJD}, "Mijn datum was fout.")
    regels = [r for r in s.lees_toegangslog(wereld.beheerder, wereld.dossier_a) if r.operatie in
              ("gegevens_corrigeren", "plan_van_aanpak_vastleggen", "stap_vastleggen")]
    geweigerd = [r for r in regels if not r.toegestaan]
    assert len(geweigerd) == 8 and all(r.soort == "schrijven" for r in geweigerd)
    assert [r.rol for r in regels if r.toegestaan and r.operatie == "gegevens_corrigeren"] == ["bedrijfsarts"]


def test_loonsanctie_met_herstelmelding_niet_eerst_intrekken(wereld):
    s, cm = wereld.service, _cm(wereld)
    s.leg_gebeurtenis_vast(cm, wereld.dossier_a, Gebeurtenis(SoortGebeurtenis.LOONSANCTIE, dt.date(2027, 1, 4), weken=12))
    s.leg_gebeurtenis_vast(cm, wereld.dossier_a, Gebeurtenis(SoortGebeurtenis.HERSTELMELDING, dt.date(2027, 2, 1)))
    with pytest.raises(DossierFout) as e:
        s.trek_onderdeel_in(cm, wereld.dossier_a, "gebeurtenis", 0, "Vergissing.")
    assert e.value.veld == "nummer"
    s.trek_onderdeel_in(cm, wereld.dossier_a, "gebeurtenis", 1, "Vergissing.")
    s.trek_onderdeel_in(cm, wereld.dossier_a, "gebeurtenis", 0, "Vergissing.")
    assert s.lees_dossier(cm, wereld.dossier_a).gebeurtenissen == ()


def test_ziekteperiode_intrekken(wereld):
    s, cm = wereld.service, _cm(wereld)
    s.leg_ziekteperiode_vast(cm, wereld.dossier_a, Ziekteperiode(EERSTE, dt.date(2026, 3, 1)))
    s.leg_ziekteperiode_vast(cm, wereld.dossier_a, Ziekteperiode(dt.date(2026, 3, 10)))
    s.trek_ziekteperiode_in(cm, wereld.dossier_a, dt.date(2026, 3, 10), "Was vakantie, geen terugval.")
    d, [c] = s.lees_dossier_met_correcties(cm, wereld.dossier_a)
    assert [p.van for p in d.ziekteperiodes] == [EERSTE]
    assert (c["onderdeel"], c["veld"], c["oude_waarde"]) == ("ziekteperiode", "ingetrokken", "Ziek vanaf 10 maart 2026, nog ziek")


def test_ook_op_sqlite(tmp_path, monkeypatch):
    """The same correction on a real database: the row changes, the case's cached read follows."""
    from dossierhulp import lege_database

    from spoorzoeker.cases import Rol
    from spoorzoeker.samenstelling import voor_database
    from spoorzoeker.storage import open_database

    with lege_database("sqlite", tmp_path, monkeypatch) as url:
        database = open_database(url)
        try:
            s = voor_database(database).dossiers(vandaag=lambda: VANDAAG)
            b = s.eerste_beheerder("Bea")
            wg = s.registreer_werkgever(b, "Bakkerij", 12)
            wn = s.registreer_werknemer(b, wg, "Jan")
            cm = s.registreer_gebruiker(b, "Carla", Rol.CASEMANAGER, [wg])
            did = s.maak_dossier(cm, wn, EERSTE)
            s.leg_stap_vast(cm, did, StapGedaan("probleemanalyse", TE_LAAT, "Carla"))
            s.leg_plan_van_aanpak_vast(cm, did, PlanVanAanpak(dt.date(2026, 2, 20), "Terug", (
                Interventie(SoortInterventie.SCHOLING, "Cursus"),)))
            assert _status(s.lees_dossier(cm, did), "probleemanalyse") == "te_laat"
            s.corrigeer_onderdeel(cm, did, "stap", 0, {"datum": OP_TIJD}, "Brief.")
            s.trek_onderdeel_in(cm, did, "plan", 0, "Dubbel.")
            d, correcties = s.lees_dossier_met_correcties(cm, did)
            assert _status(d, "probleemanalyse") == "gedaan" and d.plannen_van_aanpak == ()
            assert [(c["veld"], c["door"]) for c in correcties] == [("datum", "Carla"), ("ingetrokken", "Carla")]
        finally:
            database.sluit()


def test_inzage_pdf_noemt_een_intrekking(wereld):
    """The employee's inzage PDF lists a withdrawn step as withdrawn, with what it was and why."""
    import pypdfium2 as pdfium

    from spoorzoeker.cases.inzage_pdf import inzage_naar_pdf

    s, cm = wereld.service, _cm(wereld)
    s.leg_stap_vast(cm, wereld.dossier_a, StapGedaan("probleemanalyse", OP_TIJD, "Carla"))
    s.trek_onderdeel_in(cm, wereld.dossier_a, "stap", 0, "Per vergissing vastgelegd.")
    doc = pdfium.PdfDocument(inzage_naar_pdf(s.inzage(wereld.gebruikers["werknemer"])))
    tekst = " ".join(" ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))).split())
    assert "stap ingetrokken: 'Probleemanalyse, gedaan op 10 februari 2026 door Carla'. Reden: Per vergissing " \
           "vastgelegd." in tekst
