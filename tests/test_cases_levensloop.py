"""The AVG lifecycle of the case file on SQLite and PostgreSQL: revoking accounts and assignments,
correction with history (art. 16), retention and purge (AP: two years after the employment ended;
WGBO: twenty years for medical notes), erasure where the law allows (art. 17), and the employee's
complete export (art. 15) as JSON and PDF. All people invented."""

from __future__ import annotations

import datetime as dt

import pypdfium2 as pdfium
import pytest
from geheugenhulp import db, wereld  # noqa: F401 - fixtures (the in-memory store)

from spoorzoeker.cases import GeenToegang, MedischeAantekening, MeningWerknemer, Ziekteperiode
from spoorzoeker.cases.inzage_pdf import inzage_naar_pdf
from spoorzoeker.cases.model import DossierFout, StapGedaan

D = dt.date


def _log(w):
    with w.db.opslag() as uow:
        return uow.log_regels()


def test_toewijzing_intrekken_en_gelogd(wereld):
    w = wereld
    cm = w.gebruikers["casemanager"]
    w.service.lees_dossier(cm, w.dossier_b)
    w.service.trek_toewijzing_in(w.beheerder, cm, w.werkgever_b)
    with pytest.raises(GeenToegang):
        w.service.lees_dossier(cm, w.dossier_b)
    w.service.lees_dossier(cm, w.dossier_a)  # still assigned to A
    assert ("toewijzing_intrekken", True) in [(r.operatie, r.toegestaan) for r in _log(w)]
    with pytest.raises(GeenToegang):  # only a beheerder
        w.service.trek_toewijzing_in(w.gebruikers["werkgever"], cm, w.werkgever_a)


def test_correctie_met_geschiedenis(wereld):
    w = wereld
    s, wg = w.service, w.gebruikers["werkgever"]
    s.corrigeer_werknemer(wg, w.werknemer_a, "telefoon", "0600000009", "Nieuw nummer doorgegeven door Jan")
    s.corrigeer_dossier(wg, w.dossier_a, "eerste_ziektedag", D(2026, 1, 6), "Eerste ziektedag verkeerd overgenomen")
    d = s.lees_dossier(wg, w.dossier_a)
    assert d.eerste_ziektedag == D(2026, 1, 6) and d.ziekteperiodes[0].van == D(2026, 1, 6)
    assert d.werknemer.telefoon == "0600000009"
    inzage = s.inzage(w.gebruikers["werknemer"])
    assert [(c["veld"], c["oude_waarde"], c["nieuwe_waarde"]) for c in inzage["correcties"]] == [
        ("telefoon", "0600000001", "0600000009"), ("eerste_ziektedag", "2026-01-05", "2026-01-06")]
    with pytest.raises(DossierFout, match="reden"):
        s.corrigeer_werknemer(wg, w.werknemer_a, "naam", "X", "  ")
    with pytest.raises(GeenToegang):  # the employer of B cannot correct A's employee
        s.corrigeer_werknemer(w.werkgever_b_gebruiker, w.werknemer_a, "naam", "X", "reden")


def test_verkeerde_ziekteperiode_kan_weg(wereld):
    w = wereld
    s, cm = w.service, w.gebruikers["casemanager"]
    s.leg_ziekteperiode_vast(cm, w.dossier_a, Ziekteperiode(D(2026, 1, 5), D(2026, 2, 1)))
    s.leg_ziekteperiode_vast(cm, w.dossier_a, Ziekteperiode(D(2026, 3, 2)))
    s.verwijder_ziekteperiode(cm, w.dossier_a, D(2026, 3, 2), "Dubbel ingevoerd")
    assert [p.van for p in s.lees_dossier(cm, w.dossier_a).ziekteperiodes] == [D(2026, 1, 5)]
    with pytest.raises(DossierFout, match="enige"):
        s.verwijder_ziekteperiode(cm, w.dossier_a, D(2026, 1, 5), "x")


def _hersteld_met_alles(w):
    s = w.service
    s.leg_ziekteperiode_vast(w.gebruikers["werkgever"], w.dossier_a, Ziekteperiode(D(2026, 1, 5), D(2026, 3, 1)))
    s.leg_stap_vast(w.gebruikers["werkgever"], w.dossier_a, StapGedaan("probleemanalyse", D(2026, 2, 9), "Wim"))
    s.leg_medisch_vast(w.gebruikers["bedrijfsarts"], w.dossier_a,
                       MedischeAantekening(D(2026, 1, 19), "Dr. Anna Arts", diagnose="VERZONNEN-44"))
    s.leg_mening_werknemer_vast(w.gebruikers["werknemer"], w.dossier_a, MeningWerknemer(D(2026, 2, 1), "Mijn mening"))


def test_bewaartermijn_verzuim_twee_jaar_na_uitdienst_medisch_twintig_jaar(wereld):
    """Employment ended 2026-06-30. Two years later (AP) is 2028-06-30: a purge on 2028-06-30 keeps the
    data (not yet past), on 2028-07-01 removes the process part and the opinion, keeps the medical note
    (made 2026-01-19, kept twenty years: until 2046-01-19, BW 7:454 lid 3); on 2046-01-20 that goes too."""
    w = wereld
    s, beh = w.service, w.beheerder
    _hersteld_met_alles(w)
    s.leg_uit_dienst_vast(w.gebruikers["werkgever"], w.werknemer_a, D(2026, 6, 30))
    assert s.pas_bewaartermijnen_toe(beh, D(2028, 6, 30)) == ["Niets verwijderd: geen gegevens voorbij hun bewaartermijn."]
    verslag = s.pas_bewaartermijnen_toe(beh, D(2028, 7, 1))
    assert len(verslag) == 1 and "verzuimgegevens verwijderd" in verslag[0] and "stap gedaan" in verslag[0]
    with w.db.opslag() as uow:
        assert uow.dossier_kop(w.dossier_a) is not None          # kept: a medical note remains
        assert len(uow.medisch(w.dossier_a).aantekeningen) == 1
        assert uow.mening_werknemer(w.dossier_a) == ()
        assert uow.dossier(w.dossier_a).stappen == ()
    assert s.pas_bewaartermijnen_toe(beh, D(2046, 1, 19)) == ["Niets verwijderd: geen gegevens voorbij hun bewaartermijn."]
    verslag = s.pas_bewaartermijnen_toe(beh, D(2046, 1, 20))
    assert "1 medische aantekening(en) verwijderd en het lege dossier" in verslag[0]
    with w.db.opslag() as uow:
        assert uow.dossier_kop(w.dossier_a) is None
    # the log keeps what was removed, and is still in order
    assert [r.operatie for r in _log(w)].count("bewaartermijn_verwijderen") == 2
    assert w.db.controleer_log().in_orde
    with pytest.raises(GeenToegang):
        s.pas_bewaartermijnen_toe(w.gebruikers["werkgever"], D(2046, 1, 20))


def test_wissen_op_verzoek_waar_de_wet_het_toelaat(wereld):
    """Recovered on 2026-03-02 (period ended 2026-03-01): within four weeks a relapse counts with the
    old period (BW 7:629 lid 10), so erasure waits until 2026-03-30 (2026-03-02 + 28 days)."""
    w = wereld
    s = w.service
    _hersteld_met_alles(w)
    with pytest.raises(DossierFout, match="vier weken"):
        s.wis_werknemer(w.beheerder, w.werknemer_a, D(2026, 3, 29))
    s.wis_werknemer(w.beheerder, w.werknemer_a, D(2026, 3, 30))
    with w.db.opslag() as uow:
        assert uow.dossier_kop(w.dossier_a) is None
        assert uow.werknemer(w.werknemer_a).naam == "(gewist)"
    assert "gegevens_wissen" in [r.operatie for r in _log(w)]
    # an open case cannot be erased
    with pytest.raises(DossierFout, match="loopt nog"):
        s.wis_werknemer(w.beheerder, w.werknemer_b, D(2026, 3, 30))


def test_volledige_inzage_als_json_en_pdf(wereld):
    w = wereld
    s, jan = w.service, w.gebruikers["werknemer"]
    _hersteld_met_alles(w)
    with pytest.raises(GeenToegang):
        s.lees_medisch(w.gebruikers["werkgever"], w.dossier_a)  # a refused attempt he must see
    lange_mening = "Ik wil dit kwijt. " * 600  # about 10,000 characters: wraps over pages
    s.leg_mening_werknemer_vast(jan, w.dossier_a, MeningWerknemer(D(2026, 2, 2), lange_mening))
    inzage = s.inzage(jan)
    dossier = inzage["dossiers"][0]
    assert inzage["werknemer"]["naam"] == "Jan Fictief"
    assert dossier["medisch"]["aantekeningen"][0]["diagnose"] == "VERZONNEN-44"
    assert [m["mening"] for m in dossier["mening_werknemer"]] == ["Mijn mening", lange_mening]
    log = dossier["toegangslog"]
    assert any(r["handeling"] == "medisch_lezen" and r["toegestaan"] is False for r in log)
    assert any(r["big_nummer"] == "19012345601" for r in log)
    pdf = inzage_naar_pdf(inzage)
    doc = pdfium.PdfDocument(pdf)
    tekst = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    # 600 x 18 characters at about 110 characters a line is about 100 lines: more than one page, all of it there
    assert len(doc) >= 2 and tekst.count("kwijt") == 600
    assert "GEWEIGERD" in tekst and "VERZONNEN-44" in tekst and "BIG 19012345601" in tekst
    with pytest.raises(GeenToegang):
        s.inzage(w.gebruikers["werkgever"])
