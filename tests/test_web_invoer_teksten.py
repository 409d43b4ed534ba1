"""Validation messages name the label the user sees, write numbers the Dutch way, and say 'meer dan' for a
bound that excludes itself; texts on the case page speak to the reader in his role."""

from __future__ import annotations

import html

import pytest
from webhulp import CSRF, client, maak_wereld, sluit

from spoorzoeker.web.fouten import getal, validatie_tekst


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    wereld = maak_wereld(tmp_path_factory.mktemp("web-teksten"))
    yield wereld
    sluit(wereld)


@pytest.mark.parametrize("x,tekst", [(1.0, "1"), (100000.0, "100.000"), (0.5, "0,5"), (38, "38"), (1234.5, "1.234,5")])
def test_getallen_op_zijn_nederlands(x, tekst):
    assert getal(x) == tekst


def test_meer_dan_en_minstens_zijn_verschillend():
    gt = validatie_tekst({"type": "greater_than", "loc": ("body", "contracturen_per_week"), "ctx": {"gt": 0.0}})
    ge = validatie_tekst({"type": "greater_than_equal", "loc": ("body", "bruto_maandloon"), "ctx": {"ge": 1.0}})
    le = validatie_tekst({"type": "less_than_equal", "loc": ("body", "bruto_maandloon"), "ctx": {"le": 100000.0}})
    assert gt == ("Het veld 'Uren per week' moet meer dan 0 zijn.", "contracturen_per_week")
    assert ge[0] == "Het veld 'Bruto maandloon' moet minstens 1 zijn."
    assert le[0] == "Het veld 'Bruto maandloon' mag hoogstens 100.000 zijn."


def test_keuzelijst_in_het_nederlands():
    tekst, veld = validatie_tekst({"type": "literal_error", "loc": ("body", "soort"),
                                   "ctx": {"expected": "'werknemer' or 'werkgever'"}})
    assert tekst == "Het veld 'Soort' moet een van deze waarden hebben: 'werknemer' of 'werkgever'." and veld == "soort"


def test_een_label_per_formulier():
    """'datum' is 'Gedaan op' on the step form."""
    fout = {"type": "date_from_datetime_parsing", "loc": ("datum",)}
    assert validatie_tekst(fout, "Stap")[0] == "Het veld 'Gedaan op' moet een geldige datum zijn (JJJJ-MM-DD)."
    assert validatie_tekst(fout, "OordeelIn")[0] == "Het veld 'Datum' moet een geldige datum zijn (JJJJ-MM-DD)."


REKENHULP = {"eerste_ziektedag": "2026-01-05", "bruto_maandloon": "3000", "geboortedatum": "1980-01-01",
             "contracturen_per_week": "38", "soort": "werknemer"}


@pytest.mark.parametrize("veld,waarde,tekst", [
    ("bruto_maandloon", "abc", "Het veld 'Bruto maandloon' moet een getal zijn."),
    ("bruto_maandloon", "nan", "Het veld 'Bruto maandloon' moet een getal zijn."),
    ("bruto_maandloon", "inf", "Het veld 'Bruto maandloon' moet een getal zijn."),
    ("bruto_maandloon", "200000", "Het veld 'Bruto maandloon' mag hoogstens 100.000 zijn."),
    ("contracturen_per_week", "0", "Het veld 'Uren per week' moet meer dan 0 zijn."),
    ("eerste_ziektedag", "2200-01-01", "Het veld 'Eerste ziektedag' moet een datum tussen 1 januari 1900 en "
                                       "31 december 2100 zijn."),
    ("soort", "baas", "Kies bij 'Voor wie is het overzicht?' een van de keuzes uit de lijst."),
    ("whk_loonsom", "veel", "Het veld 'Premieplichtige loonsom van het bedrijf' moet een getal zijn."),
    ("ziekteoorzaak", "griep", "Kies bij 'Is de ziekte het gevolg van zwangerschap of bevalling, of van orgaandonatie?' "
                                "een van de keuzes uit de lijst."),
])
def test_rekenhulp_noemt_het_label_en_nederlandse_getallen(w, veld, waarde, tekst):
    r = client(w, None).post("/rekenhulp", data={**REKENHULP, veld: waarde, "csrf": CSRF})
    assert r.status_code == 422
    assert tekst in html.unescape(r.text)


def test_stapformulier_noemt_gedaan_op(w):
    r = client(w, "casemanager").post(f"/dossiers/{w.dossier_a}/stap",
                                      data={"code": "evaluatie", "datum": "30-11-2026", "csrf": CSRF})
    assert "Het veld 'Gedaan op' moet een geldige datum zijn" in html.unescape(r.text)


# ---- texts of the case page per reader ---------------------------------------------------------------

def test_werknemer_krijgt_geen_opdracht_om_afwijkingen_uit_te_leggen(w):
    pagina = html.unescape(client(w, "werknemer").get(f"/dossiers/{w.dossier_a}").text)
    assert "leg dan schriftelijk uit" not in pagina
    assert "moet schriftelijk uitleggen waarom" in pagina
    cm = html.unescape(client(w, "casemanager").get(f"/dossiers/{w.dossier_a}").text)
    assert "Wijkt u daarvan af, leg dan schriftelijk uit waarom." in cm


def test_rollen_met_hun_naam_en_geen_naam_in_de_paginatitel(w):
    c = client(w, "casemanager")
    r = c.post(f"/dossiers/{w.dossier_a}/spoorkeuze", data={
        "datum_gesprek": "2026-06-10", "keuze": "spoor_1", "motivatie": "Volgens advies", "csrf": CSRF,
        "deelnemer_rol_1": "werkgever", "deelnemer_naam_1": "Wim", "deelnemer_rol_2": "werknemer",
        "deelnemer_naam_2": "Jan", "deelnemer_rol_5": "spoor2_coach", "deelnemer_naam_5": "Sanne"})
    assert r.status_code == 303
    pagina = html.unescape(c.get(f"/dossiers/{w.dossier_a}").text)
    assert "Sanne (spoor 2-coach)" in pagina and "spoor2 coach" not in pagina
    assert "Naam van de spoor 2-coach" in pagina
    assert "<title>Dossier · Spoorzoeker</title>" in pagina and "Jan Fictief ·" not in pagina


# ---- pages that do not apply to the role -----------------------------------------------------------

def test_werknemer_krijgt_een_duidelijke_pagina_bij_nieuw_dossier_en_verzuimcijfers(w):
    c = client(w, "werknemer")
    r = c.get("/dossiers/nieuw")
    assert r.status_code == 404 and "Een nieuw dossier opent alleen een werkgever of een casemanager." in r.text
    r = c.get("/dashboard")
    assert r.status_code == 404 and "De verzuimcijfers zijn er voor wie de dossiers van een werkgever ziet" in r.text


def test_beheerder_leest_waar_zijn_werk_is(w):
    r = client(w, "beheerder").get("/werklijst")
    assert r.status_code == 200 and "spoorzoeker dossier --help" in html.unescape(r.text)
    assert "legenda" not in r.text
