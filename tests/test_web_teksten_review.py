"""What a user reads after a walk through every page and form as each role: a choice not on the list is
named in the form's words (not the API's internal codes), an empty question form says nothing was
recorded (instead of confirming an update), the beheerder's page has no link to itself, and a reason
typed with a full stop does not end in '..' in the re-integratieverslag."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from webhulp import CSRF, client, maak_wereld, sluit

from spoorzoeker.cases import StapGedaan


def _zichtbaar(pagina: str) -> str:
    """The text a reader sees (no tags, attributes or option values)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", pagina))


@pytest.fixture
def w(tmp_path):
    wereld = maak_wereld(tmp_path)
    yield wereld
    sluit(wereld)


def test_keuze_buiten_de_lijst_op_een_pagina_in_woorden_van_het_formulier(w):
    c = client(w, "casemanager")
    r = c.post(f"/dossiers/{w.dossier_a}/gebeurtenis", data={
        "csrf": CSRF, "soort": "onzin", "datum": "2026-08-01"})
    assert r.status_code == 422
    tekst = _zichtbaar(r.text)
    assert "Kies bij 'Soort' een van de keuzes uit de lijst." in tekst
    assert "uitstel_wia" not in tekst and "moet een van deze waarden" not in tekst
    # the API keeps naming the codes an API client sends
    api = c.post(f"/api/v1/dossiers/{w.dossier_a}/gebeurtenissen", json={"soort": "onzin", "datum": "2026-08-01"},
                 headers={"X-CSRF-Token": CSRF})
    assert api.status_code == 422 and "'uitstel_wia'" in api.json()["fout"]


def test_correctie_met_een_gegeven_buiten_de_lijst_noemt_het_label(w):
    c = client(w, "casemanager")
    for soort, label in (("dossier", "Welk gegeven"), ("werknemer", "Welk gegeven")):
        r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/{soort}", data={
            "csrf": CSRF, "veld": "onzin", "waarde": "x", "reden": "Typefout."})
        assert r.status_code == 422
        tekst = _zichtbaar(r.text)
        assert f"Kies bij '{label}' een van de keuzes uit de lijst." in tekst
        assert "eerste_ziektedag" not in tekst and "moet een van deze waarden" not in tekst


def test_ja_nee_buiten_de_lijst_zonder_true_of_false(w):
    c = client(w, "arbeidsdeskundige")
    r = c.post(f"/dossiers/{w.dossier_a}/rapport", data={
        "csrf": CSRF, "datum": "2026-06-02", "opgesteld_door": "Ad", "spoor1_realistisch": "misschien",
        "advies": "spoor1"})
    assert r.status_code == 422
    tekst = _zichtbaar(r.text)
    assert "Kies bij 'Reële kans in spoor 1?' een van de keuzes uit de lijst." in tekst
    assert "true of false" not in tekst


def test_leeg_vraagformulier_legt_niets_vast_en_zegt_dat(w):
    c = client(w, "casemanager")
    r = c.post(f"/dossiers/{w.dossier_a}/vragen/{w.vraag_a}", data={
        "csrf": CSRF, "intake_op": "", "uitkomst_op": "", "intake": " ", "uitkomst": "", "reden": ""})
    assert r.status_code == 422
    tekst = _zichtbaar(r.text)
    assert "U heeft niets ingevuld." in tekst and "Vraag bijgewerkt" not in tekst
    [vraag] = w.service.lees_dossier(w.ids["casemanager"], w.dossier_a).vragen
    assert vraag.intake_op is None and not vraag.intake and not vraag.uitkomst


def test_beheerder_krijgt_geen_link_naar_dezelfde_pagina(w):
    r = client(w, "beheerder").get("/werklijst")
    assert r.status_code == 200
    inhoud = r.text.split("<main")[1].split("</main>")[0]
    assert "Als beheerder opent u geen dossiers." in html.unescape(inhoud)
    assert 'href="/werklijst"' not in inhoud and 'href="/"' in inhoud


def test_reden_met_punt_eindigt_niet_op_twee_punten_in_het_verslag(w):
    cm = w.ids["casemanager"]
    w.service.leg_stap_vast(cm, w.dossier_a, StapGedaan(
        "probleemanalyse", dt.date(2026, 3, 2), "Carla", motivatie_afwijking="Het spreekuur was vol."))
    tekst = html.unescape(client(w, "casemanager").get(f"/dossiers/{w.dossier_a}/verslag").text)
    assert "Reden voor de afwijkende datum: Het spreekuur was vol." in tekst
    assert "vol.." not in tekst


def test_rekenhulp_zonder_naam_begint_de_ondertitel_met_een_hoofdletter(w):
    r = client(w, None).post("/rekenhulp", data={
        "csrf": CSRF, "soort": "werknemer", "eerste_ziektedag": "2026-03-02", "bruto_maandloon": "3200",
        "contracturen_per_week": "38", "geboortedatum": "1980-05-05", "eerste_jaar_met_arbeid": "1998",
        "cao_regime": "wettelijk", "wga_hiaat_verzekering": "nee"})
    assert r.status_code == 200
    tekst = _zichtbaar(r.text)
    assert "Eerste ziektedag 2 maart 2026. Gemaakt op" in tekst
    assert "eerste ziektedag 2 maart 2026. Gemaakt op" not in tekst


def test_adres_met_een_fout_nummer_noemt_geen_interne_naam(w):
    r = client(w, "casemanager").get(f"/dossiers/{w.dossier_a}/vragen/abc")
    assert r.status_code == 422
    tekst = _zichtbaar(r.text)
    assert "Het veld 'Nummer van de vraag' moet een geheel getal zijn." in tekst and "vraag_id" not in tekst


def test_verkeerslicht_op_het_dossier_zonder_dubbele_dubbele_punt(w):
    tekst = " ".join(_zichtbaar(client(w, "casemanager").get(f"/dossiers/{w.dossier_a}").text).split())
    assert "Grijs — Hersteld" in tekst  # the test world's case has recovered
    assert "Grijs:" not in tekst


def test_controles_van_het_dossier_noemen_op_een_pagina_het_label(w):
    c = client(w, "casemanager")
    r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/werknemer", data={
        "csrf": CSRF, "veld": "naam", "waarde": "", "reden": "Typefout."})
    assert r.status_code == 422
    tekst = _zichtbaar(r.text)
    assert "'Nieuwe waarde' mag niet leeg zijn." in tekst and "'waarde'" not in tekst
    r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/werknemer", data={
        "csrf": CSRF, "veld": "telefoon", "waarde": "0" * 300, "reden": "Typefout."})
    assert "'Nieuwe waarde' is te lang: hoogstens 50 tekens (nu 300)." in _zichtbaar(r.text)
    r = client(w, "arbeidsdeskundige").post(f"/dossiers/{w.dossier_a}/rapport", data={
        "csrf": CSRF, "datum": "2026-06-02", "opgesteld_door": " ", "spoor1_realistisch": "ja", "advies": "spoor_1"})
    assert r.status_code == 422
    tekst = _zichtbaar(r.text)
    assert "'Opgesteld door' mag niet leeg zijn." in tekst and "opgesteld_door" not in tekst


def test_correctie_van_het_dossier_noemt_alle_antwoorden_die_het_aanneemt(w):
    c = client(w, "casemanager")
    label = "Nieuwe waarde (een datum als JJJJ-MM-DD, een aantal weken, of ja, nee of onbekend)"
    assert label in _zichtbaar(c.get(f"/dossiers/{w.dossier_a}/corrigeer/dossier").text)
    # the check says the same three answers
    r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/dossier", data={
        "csrf": CSRF, "veld": "vangnet_van_toepassing", "waarde": "misschien", "reden": "Typefout."})
    assert r.status_code == 422 and "Kies ja, nee of onbekend." in _zichtbaar(r.text)


def test_beheerder_ziet_beheer_en_geen_werklijst_in_het_menu(w):
    c = client(w, "beheerder")
    start = _zichtbaar(c.get("/").text)
    assert "Naar het beheer" in start and "Naar de werklijst" not in start
    menu = c.get("/werklijst").text.split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]
    assert ">Beheer</a>" in menu and "Werklijst" not in menu
    # the other roles keep their own words
    assert ">Werklijst</a>" in client(w, "casemanager").get("/").text
    assert ">Mijn dossier</a>" in client(w, "werknemer").get("/").text
