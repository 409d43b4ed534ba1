"""A question's intake and outcome keep their history (AVG art. 16): recording them the first time is no
correction; changing what was recorded needs a reason, and the question as it was stays visible as corrected,
with who, when and why, in the same correction history as the other parts (the case page, the API's
correction list, the employee's page). At the service and through the web (page and API)."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from geheugenhulp import db, wereld  # noqa: F401 - fixtures
from webhulp import CSRF, client, maak_wereld, sluit

from spoorzoeker.cases import DossierFout
from spoorzoeker.cases.correcties import versie


def test_service_eerste_keer_vastleggen_is_geen_correctie_wijzigen_wel(wereld):
    s, cm = wereld.service, wereld.gebruikers["casemanager"]
    vid = s.dien_vraag_in(cm, wereld.dossier_a, "vraag", "Past het aangepaste werk?", dt.date(2026, 3, 2))
    s.handel_vraag_af(cm, wereld.dossier_a, vid, intake_op=dt.date(2026, 3, 3), intake="Gesprek gepland")
    _, correcties = s.lees_dossier_met_correcties(cm, wereld.dossier_a)
    assert correcties == []  # the first intake is recorded, not corrected
    # changing it without a reason: refused, naming the field, nothing changed
    with pytest.raises(DossierFout) as fout:
        s.handel_vraag_af(cm, wereld.dossier_a, vid, intake="Gesprek gehouden, werk past")
    assert fout.value.veld == "reden"
    d = s.lees_dossier(cm, wereld.dossier_a)
    [vraag] = d.vragen
    assert vraag.intake == "Gesprek gepland"
    # a version seen before a change is refused
    oud = versie(vraag)
    s.handel_vraag_af(cm, wereld.dossier_a, vid, intake="Gesprek gehouden, werk past", reden="Intake was te kort.",
                      versie=oud)
    with pytest.raises(DossierFout) as fout:
        s.handel_vraag_af(cm, wereld.dossier_a, vid, intake="Nog anders", reden="x", versie=oud)
    assert fout.value.veld == "versie"
    # adding the outcome later is recording again, no reason needed
    s.handel_vraag_af(cm, wereld.dossier_a, vid, uitkomst_op=dt.date(2026, 3, 9), uitkomst="Werk past")
    d, correcties = s.lees_dossier_met_correcties(cm, wereld.dossier_a)
    assert (d.vragen[0].intake, d.vragen[0].uitkomst) == ("Gesprek gehouden, werk past", "Werk past")
    [c] = correcties
    assert (c["onderdeel"], c["veld"], c["reden"], c["door"]) == ("vraag", "intake", "Intake was te kort.",
                                                                 "Carla Casemanager")
    assert c["oude_waarde"] == "Vraag van 2 maart 2026: Past het aangepaste werk?; intake op 3 maart 2026: Gesprek gepland"
    assert c["nieuwe_waarde"] == ("Vraag van 2 maart 2026: Past het aangepaste werk?; intake op 3 maart 2026: "
                                  "Gesprek gehouden, werk past")
    # the employer reads the same history (a question holds no medical content)
    _, voor_werkgever = s.lees_dossier_met_correcties(wereld.gebruikers["werkgever"], wereld.dossier_a)
    assert [x["reden"] for x in voor_werkgever] == ["Intake was te kort."]


@pytest.fixture
def w(tmp_path):
    wereld = maak_wereld(tmp_path)
    cm = wereld.ids["casemanager"]
    wereld.service.handel_vraag_af(cm, wereld.dossier_a, wereld.vraag_a, intake_op=dt.date(2026, 7, 2),
                                   intake="Besproken met de casemanager")
    yield wereld
    sluit(wereld)


def test_pagina_van_de_vraag_corrigeert_met_reden_en_houdt_de_geschiedenis(w):
    c = client(w, "casemanager")
    pagina = c.get(f"/dossiers/{w.dossier_a}").text
    assert f'href="/dossiers/{w.dossier_a}/vragen/{w.vraag_a}"' in pagina
    eigen = c.get(f"/dossiers/{w.dossier_a}/vragen/{w.vraag_a}")
    assert eigen.status_code == 200 and "Besproken met de casemanager" in eigen.text
    v = re.search(r'name="versie" value="([0-9a-f]+)"', eigen.text).group(1)
    # without a reason: the page again, the message names the field, what was typed is kept
    r = c.post(f"/dossiers/{w.dossier_a}/vragen/{w.vraag_a}", data={
        "csrf": CSRF, "versie": v, "intake_op": "2026-07-02", "intake": "Besproken; UWV om oordeel gevraagd"})
    assert r.status_code == 422
    tekst = html.unescape(r.text)
    assert "geef de reden van de correctie" in tekst and "Besproken; UWV om oordeel gevraagd</textarea>" in tekst
    r = c.post(f"/dossiers/{w.dossier_a}/vragen/{w.vraag_a}", data={
        "csrf": CSRF, "versie": v, "intake_op": "2026-07-02", "intake": "Besproken; UWV om oordeel gevraagd",
        "reden": "Het verzoek aan het UWV ontbrak."})
    assert r.status_code == 303
    assert r.headers["location"] == f"/dossiers/{w.dossier_a}?klaar=vraag_af&bij=vraag-{w.vraag_a}#vraag-{w.vraag_a}"
    pagina = html.unescape(c.get(r.headers["location"]).text)
    kaart = pagina[pagina.index(f'id="vraag-{w.vraag_a}"'):]
    kaart = kaart[:kaart.index("</div>")]
    assert "Besproken; UWV om oordeel gevraagd" in kaart and "Vraag bijgewerkt" in kaart
    assert re.search(r"Gecorrigeerd op \d+ \w+ \d{4}, \d\d:\d\d door Carla Casemanager: Het verzoek aan het UWV "
                     r"ontbrak\.", kaart)
    assert re.search(r"<strong>Vraag of geschil</strong>\s*<br>Was: Vraag van 1 juli 2026: Werkplek thuis\?; intake op "
                     r"2 juli 2026: Besproken met de casemanager<br>Werd: ", pagina)
    # the employee sees the earlier text as corrected, with the reason; the API's list carries it too
    eigen = html.unescape(client(w, "werknemer").get(f"/dossiers/{w.dossier_a}").text)
    assert "intake op 2 juli 2026: Besproken met de casemanager" in eigen and "Het verzoek aan het UWV ontbrak." in eigen
    lijst = client(w, "werkgever").get(f"/api/v1/dossiers/{w.dossier_a}/correcties").json()["correcties"]
    assert [(x["onderdeel"], x["veld"], x["reden"]) for x in lijst] == [("vraag", "intake", "Het verzoek aan het UWV ontbrak.")]


def test_api_wijziging_van_een_vraag_zonder_reden_geweigerd(w):
    c = client(w, "casemanager")
    pad = f"/api/v1/dossiers/{w.dossier_a}/vragen/{w.vraag_a}"
    r = c.post(pad, json={"intake": "Anders"})
    assert r.status_code == 422 and r.json()["veld"] == "reden"
    r = c.post(pad, json={"intake": "Anders", "reden": "Typefout."})
    assert r.status_code == 200
    r = c.post(pad, json={"uitkomst": "x", "versie": "0" * 16})
    assert r.status_code == 422 and r.json()["veld"] == "versie"
    # another employer's question, through A's case or B's own: a 404 page that says nothing of it
    for pad in (f"/dossiers/{w.dossier_a}/vragen/{w.vraag_b}", f"/dossiers/{w.dossier_b}/vragen/{w.vraag_b}"):
        r = client(w, "casemanager").get(pad)
        assert r.status_code == 404 and "Vervoer?" not in r.text, pad


def test_opdrachtregel_vraag_afhandelen_vraagt_een_reden_bij_wijzigen(w, tmp_path):
    from dossierhulp import cli_sessie_voor
    from typer.testing import CliRunner

    from spoorzoeker.opdrachtregel.app import app

    url = str(w.db.engine.url)
    env = cli_sessie_voor(w.db, url, w.ids["casemanager"], tmp_path / "sessie")
    basis = ["dossier", "vraag-afhandelen", w.dossier_a, "--nummer", str(w.vraag_a), "--intake", "Anders besproken",
             "--database", url]
    r = CliRunner(env=env).invoke(app, basis)
    assert r.exit_code == 2 and "geef de reden van de correctie" in r.output, r.output
    r = CliRunner(env=env).invoke(app, [*basis, "--reden", "Verkeerd genoteerd."])
    assert r.exit_code == 0, r.output
    _, correcties = w.service.lees_dossier_met_correcties(w.ids["casemanager"], w.dossier_a)
    assert [(c["onderdeel"], c["reden"]) for c in correcties] == [("vraag", "Verkeerd genoteerd.")]
