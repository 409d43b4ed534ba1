"""Logging in through the web app with the real log-in service: the session cookie's attributes, CSRF on
the log-in form, TOTP for a medical role, lock-out, log-out, Bearer tokens, and the security headers."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from webhulp import CSRF, CSRF_BASIS, GEHEIM, VANDAAG, maak_wereld, sluit

from spoorzoeker.web import Instellingen, maak_app
from spoorzoeker.web.demo import totp_code

WACHTWOORD = "proef-wachtwoord-lang-genoeg"


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    wereld = maak_wereld(tmp_path_factory.mktemp("aanmelden"), echte_aanmelding=True)
    a = wereld.aanmelden
    for rol in ("casemanager", "werkgever", "bedrijfsarts"):
        a.stel_wachtwoord_in(wereld.beheerder, wereld.ids[rol], WACHTWOORD)
    uri = a.begin_totp(wereld.ba)
    wereld.totp = re.search(r"secret=([A-Z2-7]+)", uri).group(1)
    a.bevestig_totp(wereld.ba, totp_code(wereld.totp))
    yield wereld
    sluit(wereld)


def _client(w) -> TestClient:
    c = TestClient(w.app, follow_redirects=False)
    c.cookies.set("csrf", CSRF_BASIS)
    return c


def test_aanmelden_zet_een_veilige_sessiecookie(w):
    c = _client(w)
    r = c.post("/aanmelden", data={"csrf": CSRF, "inlognaam": "Casemanager", "wachtwoord": WACHTWOORD})
    assert r.status_code == 303 and r.headers["location"] == "/werklijst"
    cookies = r.headers.get_list("set-cookie")
    sessie = next(x for x in cookies if x.startswith("sessie="))
    assert "HttpOnly" in sessie and "SameSite=strict" in sessie and "Path=/" in sessie
    assert "Secure" not in sessie  # plain http on this test client; see the TLS test below
    assert any(x.startswith("csrf=") for x in cookies)  # a fresh CSRF base after log-in
    r = c.get("/werklijst")
    assert r.status_code == 200 and "Carla Casemanager" in r.text


def test_achter_tls_secure_en_host_prefix_en_hsts(w):
    app = maak_app(Instellingen(geheim=GEHEIM, vandaag=VANDAAG, https=True), database=w.db, aanmelden=w.aanmelden)
    c = TestClient(app, follow_redirects=False, base_url="https://testserver")
    c.cookies.set("__Host-csrf", CSRF_BASIS)
    r = c.post("/aanmelden", data={"csrf": CSRF, "inlognaam": "werkgever", "wachtwoord": WACHTWOORD})
    assert r.status_code == 303
    sessie = next(x for x in r.headers.get_list("set-cookie") if x.startswith("__Host-sessie="))
    assert "Secure" in sessie and "HttpOnly" in sessie and "SameSite=strict" in sessie
    assert r.headers["strict-transport-security"].startswith("max-age=")


def test_aanmelden_zonder_csrf_wordt_geweigerd(w):
    c = _client(w)
    r = c.post("/aanmelden", data={"inlognaam": "casemanager", "wachtwoord": WACHTWOORD})
    assert r.status_code == 403 and "sessie=" not in r.headers.get("set-cookie", "")


def test_fout_wachtwoord_en_totp(w):
    c = _client(w)
    r = c.post("/aanmelden", data={"csrf": CSRF, "inlognaam": "casemanager", "wachtwoord": "helemaal-verkeerd-123"})
    assert r.status_code == 400 and "Inlognaam, wachtwoord of code klopt niet." in r.text
    r = c.post("/aanmelden", data={"csrf": CSRF, "inlognaam": "arts", "wachtwoord": WACHTWOORD})
    assert r.status_code == 400 and "Inlognaam, wachtwoord of code klopt niet." in r.text  # no hint that it was right
    r = c.post("/aanmelden", data={"csrf": CSRF, "inlognaam": "arts", "wachtwoord": WACHTWOORD,
                                   "totp_code": totp_code(w.totp)})
    assert r.status_code == 303
    assert c.get(f"/dossiers/{w.dossier_a}/medisch").status_code == 200


def test_blokkade_na_vijf_pogingen(w):
    c = _client(w)
    for _ in range(5):
        c.post("/api/v1/aanmelden", json={"inlognaam": "werkgever", "wachtwoord": "verkeerd-wachtwoord-1"})
    r = c.post("/api/v1/aanmelden", json={"inlognaam": "werkgever", "wachtwoord": WACHTWOORD})
    assert r.status_code == 401 and "geblokkeerd" in r.json()["fout"]
    w.aanmelden.stel_wachtwoord_in(w.beheerder, w.ids["werkgever"], WACHTWOORD)  # the beheerder lifts it


def test_api_token_en_afmelden(w):
    c = TestClient(w.app)
    r = c.post("/api/v1/aanmelden", json={"inlognaam": "casemanager", "wachtwoord": WACHTWOORD})
    assert r.status_code == 200
    token = r.json()["token"]
    kaal = TestClient(w.app)
    kop = {"Authorization": f"Bearer {token}"}
    assert kaal.get("/api/v1/dossiers", headers=kop).status_code == 200
    assert kaal.post("/api/v1/afmelden", headers=kop).status_code == 204
    r = kaal.get("/api/v1/dossiers", headers=kop)
    assert r.status_code == 401 and r.json()["fout"]


def test_beveiligingskoppen(w):
    r = TestClient(w.app).get("/")
    csp = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["cache-control"] == "no-store"
    assert "<script" not in r.text and "style=" not in r.text


def test_eerste_keer_tweestapsverificatie_instellen(w):
    """A medical account without a second factor sets it up at its first log-in, then is logged in."""
    w.aanmelden.stel_wachtwoord_in(w.beheerder, w.ids["casemanager_taakdelegatie"], WACHTWOORD)
    c = _client(w)
    r = c.post("/aanmelden", data={"csrf": CSRF, "inlognaam": "taakdelegatie", "wachtwoord": WACHTWOORD})
    assert r.status_code == 200 and "Tweestapsverificatie instellen" in r.text
    geheim = re.search(r'<code class="geheim">([A-Z2-7]+)</code>', r.text).group(1)
    # a QR code to scan, holding the same otpauth:// address as the page's link, with the secret shown
    import html

    import segno

    koppeling = html.unescape(re.search(r'href="(otpauth://[^"]+)"', r.text).group(1))
    assert f"secret={geheim}" in koppeling
    qr = html.unescape(re.search(r'<img class="qr" src="([^"]+)"', r.text).group(1))
    assert qr.startswith("data:image/svg+xml")
    assert qr == segno.make(koppeling, error="m").svg_data_uri(scale=5, border=2, dark="#000", light="#fff")
    r = c.post("/aanmelden", data={"csrf": CSRF, "instellen": "1", "inlognaam": "taakdelegatie",
                                   "wachtwoord": "niet-het-wachtwoord-1", "totp_code": totp_code(geheim)})
    assert r.status_code == 400 and "sessie=" not in r.headers.get("set-cookie", "")
    r = c.post("/aanmelden", data={"csrf": CSRF, "instellen": "1", "inlognaam": "taakdelegatie",
                                   "wachtwoord": WACHTWOORD, "totp_code": totp_code(geheim)})
    assert r.status_code == 303 and r.headers["location"] == "/werklijst"
    assert c.get(f"/dossiers/{w.dossier_a}/medisch").status_code == 200
