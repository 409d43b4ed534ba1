"""The overview's new questions in the web app and the API: the cause of the sickness (pregnancy, childbirth or
organ donation: ZW art. 29a and 29 lid 8) and the bbl contract (Besluit minimumjeugdloon art. 3). The app's
calculation date is webhulp.VANDAAG (2 November 2026)."""

from __future__ import annotations

import pytest
from webhulp import CSRF, client, maak_wereld, overzicht_tekst, sluit
from webhulp import OVERZICHT_BASIS as BASIS


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    wereld = maak_wereld(tmp_path_factory.mktemp("ziekteoorzaak"))
    yield wereld
    sluit(wereld)




def test_api_employer_overview_shows_the_benefit(w):
    c = client(w, None)
    met = c.post("/api/v1/overzicht", json={**BASIS, "soort": "werkgever", "ziekteoorzaak": "zwangerschap_bevalling"})
    assert met.status_code == 200
    tekst = overzicht_tekst(met.json())
    assert "Ziektewet-uitkering die het UWV u betaalt (een vangnetbepaling van de Ziektewet)" in tekst
    assert "Loondoorbetaling na aftrek van die uitkering (netto kosten)" in tekst
    zonder = overzicht_tekst(c.post("/api/v1/overzicht", json={**BASIS, "soort": "werkgever"}).json())
    assert "Ziektewet-uitkering die het UWV u betaalt" not in zonder
    donatie = overzicht_tekst(c.post("/api/v1/overzicht", json={**BASIS, "soort": "werkgever",
                                                        "ziekteoorzaak": "orgaandonatie"}).json())
    assert "(een vangnetbepaling van de Ziektewet)" in donatie and "orgaandonatie" not in donatie


def test_api_employee_overview_says_the_wage_continues(w):
    r = client(w, None).post("/api/v1/overzicht", json={**BASIS, "ziekteoorzaak": "orgaandonatie"})
    assert "U bent ziek door orgaandonatie. Uw werkgever betaalt uw loon door" in overzicht_tekst(r.json())


def test_api_wrong_cause_is_a_dutch_error_naming_the_field(w):
    r = client(w, None).post("/api/v1/overzicht", json={**BASIS, "ziekteoorzaak": "griep"})
    assert r.status_code == 422
    assert r.json()["veld"] == "ziekteoorzaak"


def test_api_bbl_only_under_21(w):
    r = client(w, None).post("/api/v1/overzicht", json={**BASIS, "bbl": True})
    assert r.status_code == 422
    assert r.json()["veld"] == "bbl"
    assert r.json()["fout"] == ("Een bbl-contract geeft alleen een lager minimumloon aan werknemers jonger dan 21 "
                                "jaar; zet 'bbl' uit.")


def test_api_bbl_floor_for_a_19_year_old(w):
    """Born 1 June 2007: 19 on 2 November 2026. Minimum wage from 1 July 2026: EUR 14,99 an hour; bbl 19 years 52,5%
    (Besluit minimumjeugdloon art. 3): 14,99 x 0,525 = 7,86975 -> 7,87. 38 hours: 38 / 5 x 261 / 12 = 165,3 hours a
    month; 7,87 x 165,3 = 1.300,911 -> EUR 1.300,92 (up to the cent). Without bbl 60%: 8,994 -> 8,99;
    8,99 x 165,3 = 1.486,047 -> 1.486,05."""
    jong = {**BASIS, "bruto_maandloon": 1400, "geboortedatum": "2007-06-01", "eerste_jaar_met_arbeid": 2023}
    c = client(w, None)
    met = overzicht_tekst(c.post("/api/v1/overzicht", json={**jong, "bbl": True}).json())
    zonder = overzicht_tekst(c.post("/api/v1/overzicht", json=jong).json())
    assert "1.300,92" in met and "1.300,92" not in zonder
    assert "1.486,05" in zonder


def test_form_offers_both_questions_and_keeps_them_on_an_error(w):
    c = client(w, None)
    pagina = c.get("/rekenhulp").text
    assert '<label for="ziekteoorzaak">Is de ziekte het gevolg van zwangerschap of bevalling, of van orgaandonatie?' \
           in pagina
    assert 'id="bbl" type="checkbox" name="bbl"' in pagina
    velden = {**{k: str(v) for k, v in BASIS.items()}, "eerste_jaar_met_arbeid": "2090", "bbl": "ja",
              "ziekteoorzaak": "zwangerschap_bevalling", "csrf": CSRF}
    r = c.post("/rekenhulp", data=velden)
    assert r.status_code == 422
    assert 'value="zwangerschap_bevalling" selected' in r.text
    assert 'name="bbl" value="ja" aria-describedby="bbl-uitleg" checked' in r.text


def test_form_bbl_for_someone_of_21_or_older_names_the_field(w):
    velden = {**{k: str(v) for k, v in BASIS.items()}, "bbl": "ja", "csrf": CSRF}
    r = client(w, None).post("/rekenhulp", data=velden)
    assert r.status_code == 422
    assert "Een bbl-contract geeft alleen een lager minimumloon aan werknemers jonger dan 21 jaar" in r.text


def test_form_employer_with_pregnancy(w):
    velden = {**{k: str(v) for k, v in BASIS.items()}, "soort": "werkgever", "ziekteoorzaak": "zwangerschap_bevalling",
              "csrf": CSRF}
    r = client(w, None).post("/rekenhulp", data=velden)
    assert r.status_code == 200
    assert "Ziektewet-uitkering die het UWV u betaalt (een vangnetbepaling van de Ziektewet)" in r.text


def test_case_overview_page_asks_and_uses_the_cause(w):
    pad = f"/dossiers/{w.dossier_a}/overzicht"
    werkgever = client(w, "werkgever")
    formulier = werkgever.get(pad).text
    assert 'name="ziekteoorzaak"' in formulier and 'id="bbl" type="checkbox"' in formulier
    velden = {**{k: str(v) for k, v in BASIS.items() if k != "eerste_ziektedag"}, "soort": "werkgever",
              "ziekteoorzaak": "orgaandonatie", "csrf": CSRF}
    r = werkgever.post(pad, data=velden)
    assert r.status_code == 200
    assert "Ziektewet-uitkering die het UWV u betaalt (een vangnetbepaling van de Ziektewet)" in r.text
