"""After logging in, back to the page asked for, never to another site; and a line when a session ended
(review finding 24; OWASP ASVS 5.0 1.5, the Unvalidated Redirects and Forwards Cheat Sheet)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from webhulp import CSRF, client, maak_wereld, sluit

from spoorzoeker.web.terugweg import VERLOPEN, veilig_pad, volgende

WACHTWOORD = "proef-wachtwoord-lang-genoeg"


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    wereld = maak_wereld(tmp_path_factory.mktemp("terugweg"), echte_aanmelding=True)
    wereld.aanmelden.stel_wachtwoord_in(wereld.beheerder, wereld.ids["casemanager"], WACHTWOORD)
    yield wereld
    sluit(wereld)


@pytest.mark.parametrize("pad", [
    "https://evil.example/", "//evil.example/pad", "/\\evil.example", "\\\\evil.example", "http:/evil.example",
    "javascript:alert(1)", "/werklijst\r\nSet-Cookie: x=1", "/werk lijst", "werklijst", "", None, 42,
    "/aanmelden", "/afmelden", "/" + "a" * 600,
])
def test_geen_open_doorverwijzing(pad):
    assert veilig_pad(pad) is None and volgende(pad) == "/werklijst"


@pytest.mark.parametrize("pad", ["/", "/werklijst?pagina=2", "/dossiers/abc/medisch", "/dossiers/abc?x=%2F%2Fy"])
def test_eigen_paden_mogen(pad):
    assert volgende(pad) == pad


def test_na_aanmelden_terug_naar_de_gevraagde_pagina(w):
    c = client(w, None)
    pad = f"/dossiers/{w.dossier_a}"
    r = c.get(pad)
    assert r.status_code == 303
    doel = urlsplit(r.headers["location"])
    assert doel.path == "/aanmelden" and parse_qs(doel.query) == {"volgende": [pad]}
    formulier = c.get(r.headers["location"]).text
    assert f'name="volgende" value="{pad}"' in formulier and VERLOPEN not in formulier
    r = c.post("/aanmelden", data={"csrf": CSRF, "inlognaam": "casemanager", "wachtwoord": WACHTWOORD,
                                   "volgende": pad})
    assert r.status_code == 303 and r.headers["location"] == pad
    # a form field pointing elsewhere is not followed
    r = client(w, None).post("/aanmelden", data={"csrf": CSRF, "inlognaam": "casemanager", "wachtwoord": WACHTWOORD,
                                            "volgende": "//evil.example/"})
    assert r.status_code == 303 and r.headers["location"] == "/werklijst"


def test_verlopen_sessie_krijgt_een_regel(w):
    c = client(w, None)
    c.cookies.set("sessie", "een-sessie-die-niet-meer-geldt")
    r = c.get("/werklijst")
    assert r.status_code == 303
    assert parse_qs(urlsplit(r.headers["location"]).query) == {"volgende": ["/werklijst"], "verlopen": ["1"]}
    assert VERLOPEN in c.get(r.headers["location"]).text
    # without a session cookie (never logged in, or logged out) no such line
    r = client(w, None).get("/werklijst")
    assert "verlopen" not in r.headers["location"]
