"""Dates that cannot be true are refused where a case is written: in ``DossierService`` (which protects the
command line too), and so in the web form and the JSON API, each with one Dutch line naming the field.

The web tests' today is 2026-11-02 (webhulp.VANDAAG); the case of employee A began on 2026-01-05.
"""

from __future__ import annotations

import datetime as dt
import html

import pytest
from webhulp import CSRF, VANDAAG, client, maak_wereld, sluit

from spoorzoeker.cases import DossierFout, StapGedaan
from spoorzoeker.cases.invoer import EERSTE_DAG_REGELS
from spoorzoeker.samenstelling import voor_database


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    wereld = maak_wereld(tmp_path_factory.mktemp("web-datums"))
    yield wereld
    sluit(wereld)


def _aantal_dossiers(w) -> int:
    return len(w.service.mijn_dossiers(w.ids["casemanager"]))


def test_de_eerste_dag_van_de_regels_is_die_van_de_parameters():
    """The constant the case file checks against is the first date of the Poortwachter parameters (the same
    bound /api/v1/tijdlijn gives: 'Spoorzoeker kent de regels vanaf 2020-01-01')."""
    from spoorzoeker.params import standaard_parameters
    from spoorzoeker.timeline.invoer import _begin

    assert EERSTE_DAG_REGELS == _begin(standaard_parameters())


# ---- 1. a new case ----------------------------------------------------------------------------------

@pytest.mark.parametrize("datum,woorden", [
    ("1990-01-01", "ligt voor 2020; Spoorzoeker kent de regels vanaf 1 januari 2020."),
    ("2019-12-31", "ligt voor 2020"),
    ("2035-03-01", "ligt na vandaag (2 november 2026)"),
    ("2026-11-03", "ligt na vandaag (2 november 2026)"),  # tomorrow
])
def test_nieuw_dossier_met_onmogelijke_eerste_ziektedag_wordt_geweigerd_in_formulier_en_api(w, datum, woorden):
    voor = _aantal_dossiers(w)
    c = client(w, "casemanager")
    r = c.post("/dossiers", data={"werknemer_id": w.werknemer_a, "eerste_ziektedag": datum, "csrf": CSRF})
    assert r.status_code == 422 and "text/html" in r.headers["content-type"]
    assert woorden in r.text and "De eerste ziektedag" in r.text
    assert f'value="{datum}"' in r.text  # what was typed stays
    r = c.post("/api/v1/dossiers", json={"werknemer_id": w.werknemer_a, "eerste_ziektedag": datum})
    assert r.status_code == 422
    assert r.json()["veld"] == "eerste_ziektedag" and woorden in r.json()["fout"]
    assert _aantal_dossiers(w) == voor  # nothing was created


def test_nieuw_dossier_vandaag_en_op_de_eerste_dag_van_de_regels_mag(w):
    c = client(w, "casemanager")
    for datum in (VANDAAG.isoformat(), "2020-01-01"):
        r = c.post("/api/v1/dossiers", json={"werknemer_id": w.werknemer_a, "eerste_ziektedag": datum})
        assert r.status_code == 201, r.text


def test_de_service_weigert_het_zelf_ook(w):
    """The domain check: a service whose today is 2 November 2026 (as the command line would have it)."""
    s = voor_database(w.db).dossiers(vandaag=lambda: dt.date(2026, 11, 2))
    cm = w.ids["casemanager"]
    with pytest.raises(DossierFout) as e:
        s.maak_dossier(cm, w.werknemer_a, dt.date(1990, 1, 1))
    assert e.value.veld == "eerste_ziektedag"
    with pytest.raises(DossierFout) as e:
        s.maak_dossier(cm, w.werknemer_a, dt.date(2026, 11, 3))
    assert e.value.veld == "eerste_ziektedag"
    # the correction of the first sick day is held to the same bounds
    with pytest.raises(DossierFout, match="ligt voor 2020"):
        s.corrigeer_dossier(cm, w.dossier_a, "eerste_ziektedag", dt.date(2019, 6, 1), "tikfout")


def test_zonder_gegeven_vandaag_is_het_de_datum_in_nederland():
    """At 23:30 UTC on 31 March 2026 it is already 1 April in Amsterdam (CEST, UTC+2)."""
    from spoorzoeker.cases import DossierService

    s = DossierService(lambda: None, klok=lambda: dt.datetime(2026, 3, 31, 23, 30, tzinfo=dt.UTC))  # type: ignore[arg-type,return-value]
    assert s.vandaag() == dt.date(2026, 4, 1)


# ---- 2. dates on the case forms -----------------------------------------------------------------------

ONMOGELIJK = [
    # (form, fields, field that is wrong, words of the message)
    ("stap", {"code": "evaluatie", "datum": "2030-01-01", "door": "Carla"}, "datum", "'Gedaan op' (1 januari 2030) ligt na vandaag"),
    ("stap", {"code": "evaluatie", "datum": "2025-12-01", "door": "Carla"}, "datum", "ligt voor de eerste ziektedag"),
    ("plan", {"opgesteld_op": "2025-08-01", "doel": "Terug", "interventie_soort": "scholing",
              "interventie_omschrijving": "Cursus"}, "opgesteld_op", "'Opgesteld op' (1 augustus 2025) ligt voor de eerste ziektedag (5 januari 2026)"),
    ("plan", {"opgesteld_op": "2031-02-01", "doel": "Terug", "interventie_soort": "scholing",
              "interventie_omschrijving": "Cursus"}, "opgesteld_op", "ligt na vandaag (2 november 2026)"),
    ("ziekteperiode", {"van": "2026-01-05", "tot_en_met": "2099-01-01"}, "tot_en_met", "De laatste ziektedag (1 januari 2099) ligt na vandaag"),
    ("ziekteperiode", {"van": "2019-06-01", "tot_en_met": "2019-06-10"}, "van", "ligt voor de eerste ziektedag"),
    ("ziekteperiode", {"van": "2026-12-01"}, "van", "ligt na vandaag"),
]


@pytest.mark.parametrize("naam,velden,veld,woorden", ONMOGELIJK, ids=[f"{o[0]}-{o[2]}-{i}" for i, o in enumerate(ONMOGELIJK)])
def test_onmogelijke_datum_op_een_formulier_wordt_geweigerd(w, naam, velden, veld, woorden):
    c = client(w, "casemanager")
    voor = w.service.lees_dossier(w.ids["casemanager"], w.dossier_a)
    r = c.post(f"/dossiers/{w.dossier_a}/{naam}", data={**velden, "csrf": CSRF})
    assert r.status_code == 422 and woorden in html.unescape(r.text), r.text[:300]
    na = w.service.lees_dossier(w.ids["casemanager"], w.dossier_a)
    assert (na.stappen, na.plannen_van_aanpak, na.ziekteperiodes) == \
        (voor.stappen, voor.plannen_van_aanpak, voor.ziekteperiodes)


API = {"stap": "stappen", "plan": "plannen", "ziekteperiode": "ziekteperiodes"}


@pytest.mark.parametrize("naam,velden,veld,woorden", ONMOGELIJK, ids=[f"{o[0]}-{o[2]}-{i}" for i, o in enumerate(ONMOGELIJK)])
def test_onmogelijke_datum_in_de_api_geeft_de_fout_en_het_veld(w, naam, velden, veld, woorden):
    body = dict(velden)
    if naam == "plan":
        body = {"opgesteld_op": velden["opgesteld_op"], "doel": velden["doel"],
                "interventies": [{"soort": "scholing", "omschrijving": "Cursus"}]}
    r = client(w, "casemanager").post(f"/api/v1/dossiers/{w.dossier_a}/{API[naam]}", json=body)
    assert r.status_code == 422
    assert r.json()["veld"] == veld and woorden in r.json()["fout"]


@pytest.mark.parametrize("pad,body,veld", [
    ("medisch", {"datum": "2025-12-31", "door": "Arts", "diagnose": "Verzonnen"}, "datum"),
    ("medisch", {"datum": "2031-01-01", "door": "Arts", "diagnose": "Verzonnen"}, "datum"),
    ("oordelen", {"datum": "2031-01-01", "door": "Arts", "beperkingen": "b", "mogelijkheden": "m"}, "datum"),
])
def test_medische_aantekening_en_oordeel_buiten_het_verzuim_worden_geweigerd(w, pad, body, veld):
    r = client(w, "bedrijfsarts").post(f"/api/v1/dossiers/{w.dossier_a}/{pad}", json=body)
    assert r.status_code == 422 and r.json()["veld"] == veld


def test_rapport_na_vandaag_wordt_geweigerd(w):
    body = {"datum": "2027-01-01", "opgesteld_door": "Ad", "spoor1_realistisch": True, "wia_prognose": "onzeker",
            "advies": "spoor_1"}
    r = client(w, "arbeidsdeskundige").post(f"/api/v1/dossiers/{w.dossier_a}/rapporten", json=body)
    assert r.status_code == 422 and r.json()["veld"] == "datum"


def test_de_service_weigert_een_stap_in_de_toekomst_ook_op_de_opdrachtregel(w):
    s = voor_database(w.db).dossiers(vandaag=lambda: dt.date(2026, 11, 2))
    with pytest.raises(DossierFout) as e:
        s.leg_stap_vast(w.ids["casemanager"], w.dossier_a, StapGedaan("evaluatie", dt.date(2026, 11, 3), "Carla"))
    assert e.value.veld == "datum" and "ligt na vandaag (2 november 2026)" in str(e.value)
    s.leg_stap_vast(w.ids["casemanager"], w.dossier_a, StapGedaan("evaluatie", dt.date(2026, 11, 2), "Carla"))


def test_de_demo_wordt_verteld_op_haar_eigen_vandaag(tmp_path, monkeypatch):
    """'serve' fills the demo relative to the app's today, which SPOORZOEKER_WEB_VANDAAG may put past the clock's
    date: the demo's records then lie after the clock's today and must still be accepted."""
    from spoorzoeker.cases.aanmelden import AanmeldService
    from spoorzoeker.storage import open_database
    from spoorzoeker.web.demo import vul

    monkeypatch.setenv("SPOORZOEKER_SLEUTELBESTAND", str(tmp_path / "sleutels.json"))
    monkeypatch.setenv("SPOORZOEKER_ANKERMAP", str(tmp_path / "ankers"))
    db = open_database(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        later = dt.date.today() + dt.timedelta(days=800)
        assert len(vul(db, AanmeldService(db.opslag), later)) == 10  # ten demo accounts
    finally:
        db.sluit()
