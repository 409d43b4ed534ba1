"""Errors on HTML pages are Dutch pages with the site's header and a way back; the API keeps its JSON.
A GET on a form's POST address goes back to the case; '?kort=ja' on the verslag means what it says."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from webhulp import client, maak_wereld, sluit


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    wereld = maak_wereld(tmp_path_factory.mktemp("web-fouten"))
    yield wereld
    sluit(wereld)


def _is_foutpagina(r, status: int, woorden: str) -> None:
    assert r.status_code == status, (r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    assert '<header class="kop">' in r.text            # the site's header
    assert 'href="/werklijst"' in r.text and woorden in r.text  # a way back, and what went wrong


def test_validatiefout_op_een_pagina_is_een_pagina(w):
    r = client(w, "casemanager").get("/werklijst?pagina=abc")
    _is_foutpagina(r, 422, "moet een geheel getal zijn")


def test_validatiefout_in_de_api_blijft_json(w):
    r = client(w, "casemanager").get("/api/v1/dossiers?pagina=abc")
    assert r.status_code == 422 and r.json()["veld"] == "pagina"


@pytest.mark.parametrize("naam", ["plan", "stap", "ziekteperiode", "gebeurtenis", "oordeel", "rapport", "spoorkeuze",
                                  "vraag", "nazorg", "mening"])
def test_get_op_een_formulieradres_gaat_terug_naar_het_dossier(w, naam):
    r = client(w, "casemanager").get(f"/dossiers/{w.dossier_a}/{naam}")
    assert r.status_code == 303 and r.headers["location"] == f"/dossiers/{w.dossier_a}"


def test_get_op_vraag_afhandelen_en_op_dossiers_gaat_terug(w):
    c = client(w, "casemanager")
    # the question's address shows its own page now (intake and outcome, and their corrections)
    r = c.get(f"/dossiers/{w.dossier_a}/vragen/{w.vraag_a}")
    assert r.status_code == 200 and "Intake of uitkomst vastleggen" in r.text
    # a correction's address without a part: the Dutch page that says it cannot be opened like this
    _is_foutpagina(c.get(f"/dossiers/{w.dossier_a}/corrigeer/stap"), 405, "niet rechtstreeks openen")
    r = c.get("/dossiers")
    assert r.status_code == 303 and r.headers["location"] == "/werklijst"


def test_get_op_afmelden_is_een_nederlandse_pagina(w):
    r = client(w, "casemanager").get("/afmelden")
    _is_foutpagina(r, 405, "niet rechtstreeks openen")


def test_405_in_de_api_blijft_json(w):
    r = client(w, "casemanager").get(f"/api/v1/dossiers/{w.dossier_a}/stappen")
    assert r.status_code == 405 and r.json()["fout"] == "Deze handeling kan hier niet."


def test_het_adres_van_een_ander_dossier_verraadt_niets(w):
    """The redirect only names the address typed; the case page then checks access (404 for employer B's)."""
    c = client(w, "casemanager")
    r = c.get(f"/dossiers/{w.dossier_b}/plan")
    assert r.status_code == 303
    assert c.get(r.headers["location"]).status_code == 404


@pytest.mark.parametrize("kort", ["ja", "nee", "true", "false"])
def test_verslag_kort_ja_of_nee(w, kort):
    r = client(w, "casemanager").get(f"/dossiers/{w.dossier_a}/verslag?kort={kort}")
    assert r.status_code == 200
    assert ("Volledig verslag" in r.text) == (kort in ("ja", "true"))  # the short one links to the whole


def test_verslag_kort_met_onzin_is_een_pagina(w):
    _is_foutpagina(client(w, "casemanager").get(f"/dossiers/{w.dossier_a}/verslag.pdf?kort=misschien"), 422,
                   "moet ja of nee zijn")


def test_dossierfout_op_een_pagina_is_een_pagina(w):
    """A case whose timeline cannot be drawn (a sick period before 2020 recorded before the service refused
    it) used to answer raw JSON on its own page."""
    import datetime as dt

    from spoorzoeker.cases import Ziekteperiode

    with w.db.opslag() as uow:  # straight into storage: the service refuses this now
        # less than four weeks before the case's period of 2 February 2026: they add up, from 2019
        uow.voeg_onderdeel_toe(w.dossier_b, Ziekteperiode(dt.date(2019, 12, 1), dt.date(2026, 1, 31)))
        uow.commit()
    r = client(w, w.werkgever_b_gebruiker).get(f"/dossiers/{w.dossier_b}")
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "Spoorzoeker kent de regels vanaf" in r.text and '<header class="kop">' in r.text


def test_onverwachte_fout_is_een_pagina_en_in_de_api_json(w, monkeypatch):
    from spoorzoeker.web import handelingen

    def stuk(*a, **k):
        raise RuntimeError("proef")

    monkeypatch.setattr(handelingen, "dossier_beeld", stuk)
    c = client(w, "casemanager")
    c2 = TestClient(w.app, raise_server_exceptions=False, follow_redirects=False)
    c2.cookies.update(c.cookies)
    r = c2.get(f"/dossiers/{w.dossier_a}")
    _is_foutpagina(r, 500, "Er ging aan onze kant iets mis")
    assert "proef" not in r.text
    r = c2.get(f"/api/v1/dossiers/{w.dossier_a}")
    assert r.status_code == 500 and r.json()["fout"].startswith("Er ging aan onze kant iets mis")
