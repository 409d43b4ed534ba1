"""Route-by-role matrix: every route of the web app, every role (and anonymous), and the set of roles that
may use it, written out by hand from the policy (AP Beleidsregels 'De zieke werknemer' 2016, AVG art. 15,
NEN 7513; see cases/beleid.py). A route added without a row here fails ``test_elke_route_staat_in_de_matrix``.

Also the tenant test: a casemanager of employer A gets 404 for every object of employer B (ASVS 8.4.1).
"""

from __future__ import annotations

import pytest
from fastapi.routing import APIRoute
from starlette.routing import Mount, Route
from webhulp import CSRF, ROLLEN, client, maak_wereld, sluit

ALLE = frozenset(ROLLEN) | {"anoniem"}
AANGEMELD = frozenset(ROLLEN)
LEZERS = frozenset({"werknemer", "werkgever", "casemanager", "casemanager_taakdelegatie", "bedrijfsarts",
                    "arbeidsdeskundige", "spoor2_coach"})
PROCES = frozenset({"werkgever", "casemanager", "casemanager_taakdelegatie"})
MEDISCH_LEZEN = frozenset({"werknemer", "casemanager_taakdelegatie", "bedrijfsarts"})
MEDISCH_SCHRIJVEN = frozenset({"casemanager_taakdelegatie", "bedrijfsarts"})

STAP = {"code": "evaluatie", "datum": "2026-03-01", "door": "Proef"}
PERIODE = {"van": "2026-01-05", "tot_en_met": "2026-09-30"}
PLAN = {"opgesteld_op": "2026-02-01", "doel": "Terug in eigen werk",
        "interventies": [{"soort": "scholing", "omschrijving": "Cursus"}]}
PLAN_FORM = {"opgesteld_op": "2026-02-01", "doel": "Terug in eigen werk", "interventie_soort": "scholing",
             "interventie_omschrijving": "Cursus"}
RAPPORT = {"datum": "2026-06-01", "opgesteld_door": "Ad", "spoor1_realistisch": True, "wia_prognose": "onzeker",
           "advies": "spoor_1"}
KEUZE = {"datum_gesprek": "2026-06-10", "keuze": "spoor_1", "motivatie": "Volgens advies",
         "deelnemers": [{"rol": "werkgever", "naam": "Wim"}, {"rol": "werknemer", "naam": "Jan"}]}
KEUZE_FORM = {"datum_gesprek": "2026-06-10", "keuze": "spoor_1", "motivatie": "Volgens advies",
              "deelnemer_rol_1": "werkgever", "deelnemer_naam_1": "Wim",
              "deelnemer_rol_2": "werknemer", "deelnemer_naam_2": "Jan"}
VRAAG = {"onderwerp": "Hoe gaat de opbouw?"}
AFHANDELEN = {"intake_op": "2026-07-02", "intake": "Besproken"}
NAZORG = {"gepland_op": "2026-11-01"}
GEBEURTENIS = {"soort": "loonsanctie", "datum": "2026-08-01", "weken": 4}
OORDEEL = {"datum": "2026-02-01", "door": "Arts", "beperkingen": "Geen tilwerk", "mogelijkheden": "Licht werk"}
MEDISCH = {"datum": "2026-02-01", "door": "Arts", "diagnose": "Verzonnen diagnose"}
MENING = {"mening": "Het plan past bij mij."}
OVERZICHT = {"eerste_ziektedag": "2026-01-05", "bruto_maandloon": 3000, "geboortedatum": "1980-01-01",
             "eerste_jaar_met_arbeid": 2000}
NIEUW = {"werknemer_id": "{wn}", "eerste_ziektedag": "2026-10-01"}
# corrections (AVG art. 16) of the parts the fixture records; "{n}" is a new number each time (a correction
# that changes nothing is refused), "{periode}" the start of one more sick period recorded to be withdrawn
STAP_CORRECTIE = {"nummer": 0, "door": "Proef {n}", "reden": "Matrix"}
PLAN_CORRECTIE = {"nummer": 0, "doel": "Terug in eigen werk {n}", "reden": "Matrix"}
GEBEURTENIS_CORRECTIE = {"nummer": 0, "weken": "{n}", "reden": "Matrix"}
NAZORG_CORRECTIE = {"nummer": 0, "notitie": "Notitie {n}", "reden": "Matrix"}
OORDEEL_CORRECTIE = {"nummer": 0, "advies": "Opbouwen {n}", "reden": "Matrix"}
SPOORKEUZE_CORRECTIE = {"nummer": 0, "motivatie": "Volgens advies {n}", "reden": "Matrix"}
RAPPORT_CORRECTIE = {"nummer": 0, "toelichting_spoor1": "Haalbaar {n}", "reden": "Matrix"}
MEDISCH_CORRECTIE = {"nummer": 0, "medische_notitie": "Proefnotitie {n}", "reden": "Matrix"}
PERIODE_INTREKKEN = {"van": "{periode}", "reden": "Matrix"}
DOSSIER_CORRECTIE = {"veld": "verwachte_duur_weken", "waarde": "{n}", "reden": "Matrix"}
WERKNEMER_CORRECTIE = {"veld": "telefoon", "waarde": "06-{n}", "reden": "Matrix"}


def _form(d: dict) -> dict:
    return {k: ("ja" if v is True else "nee" if v is False else str(v)) for k, v in d.items()}


# (method, path, body (json for /api, form otherwise), allowed roles)
MATRIX = [
    ("GET", "/", None, ALLE),
    ("GET", "/aanmelden", None, ALLE),
    ("GET", "/rekenhulp", None, ALLE),
    ("POST", "/rekenhulp", _form(OVERZICHT), ALLE),
    ("POST", "/afmelden", {}, ALLE),
    ("POST", "/aanmelden", None, set()),  # tested with the real log-in service in test_web_aanmelden
    ("GET", "/werklijst", None, AANGEMELD),
    # pages that do not apply to a role answer a Dutch 404 page saying so (werknemer and beheerder have no
    # employer's figures; only who may open a case gets its form)
    ("GET", "/dashboard", None, AANGEMELD - {"werknemer", "beheerder"}),
    ("GET", "/dossiers/nieuw", None, PROCES),
    ("POST", "/dossiers", NIEUW, PROCES),
    ("GET", "/dossiers/{d}", None, LEZERS),
    ("POST", "/dossiers/{d}/stap", _form(STAP), LEZERS - {"werknemer"}),
    ("POST", "/dossiers/{d}/ziekteperiode", _form(PERIODE), PROCES),
    ("POST", "/dossiers/{d}/plan", PLAN_FORM, PROCES),
    ("POST", "/dossiers/{d}/rapport", _form(RAPPORT), {"arbeidsdeskundige"}),
    ("POST", "/dossiers/{d}/spoorkeuze", KEUZE_FORM, PROCES),
    ("POST", "/dossiers/{d}/vraag", _form(VRAAG), PROCES | {"werknemer"}),
    ("GET", "/dossiers/{d}/vragen/{v}", None, {"casemanager", "casemanager_taakdelegatie"}),
    ("POST", "/dossiers/{d}/vragen/{v}", _form(AFHANDELEN), {"casemanager", "casemanager_taakdelegatie"}),
    ("POST", "/dossiers/{d}/nazorg", _form(NAZORG), PROCES | {"spoor2_coach"}),
    ("POST", "/dossiers/{d}/gebeurtenis", _form(GEBEURTENIS), PROCES),
    ("POST", "/dossiers/{d}/oordeel", _form(OORDEEL), MEDISCH_SCHRIJVEN),
    ("GET", "/dossiers/{d}/medisch", None, MEDISCH_LEZEN),
    ("POST", "/dossiers/{d}/medisch", _form(MEDISCH), MEDISCH_SCHRIJVEN),
    ("POST", "/dossiers/{d}/mening", _form(MENING), {"werknemer"}),
    ("GET", "/dossiers/{d}/inzage", None, {"werknemer"}),
    ("GET", "/dossiers/{d}/verslag", None, LEZERS),
    ("GET", "/dossiers/{d}/verslag.pdf", None, LEZERS),
    ("GET", "/dossiers/{d}/overzicht", None, LEZERS),
    ("POST", "/dossiers/{d}/overzicht", _form(OVERZICHT), LEZERS),
    ("POST", "/dossiers/{d}/corrigeer/stap", _form(STAP_CORRECTIE), LEZERS - {"werknemer"}),
    ("POST", "/dossiers/{d}/corrigeer/plan", _form(PLAN_CORRECTIE), PROCES),
    ("POST", "/dossiers/{d}/corrigeer/gebeurtenis", _form(GEBEURTENIS_CORRECTIE), PROCES),
    ("POST", "/dossiers/{d}/corrigeer/nazorg", _form(NAZORG_CORRECTIE), PROCES | {"spoor2_coach"}),
    ("POST", "/dossiers/{d}/corrigeer/oordeel", _form(OORDEEL_CORRECTIE), MEDISCH_SCHRIJVEN),
    ("POST", "/dossiers/{d}/corrigeer/spoorkeuze", _form(SPOORKEUZE_CORRECTIE), PROCES),
    ("POST", "/dossiers/{d}/corrigeer/rapport", _form(RAPPORT_CORRECTIE), {"arbeidsdeskundige"}),
    ("POST", "/dossiers/{d}/corrigeer/medisch", _form(MEDISCH_CORRECTIE), MEDISCH_SCHRIJVEN),
    ("POST", "/dossiers/{d}/corrigeer/ziekteperiode", _form(PERIODE_INTREKKEN), PROCES),
    ("POST", "/dossiers/{d}/corrigeer/dossier", _form(DOSSIER_CORRECTIE), PROCES),
    ("POST", "/dossiers/{d}/corrigeer/werknemer", _form(WERKNEMER_CORRECTIE), PROCES),
    # the page with the form that corrects one part: who may correct it (reading it is logged as reading the case)
    ("GET", "/dossiers/{d}/corrigeer/stap/{nummer}", None, LEZERS - {"werknemer"}),
    ("GET", "/dossiers/{d}/corrigeer/plan/{nummer}", None, PROCES),
    ("GET", "/dossiers/{d}/corrigeer/gebeurtenis/{nummer}", None, PROCES),
    ("GET", "/dossiers/{d}/corrigeer/nazorg/{nummer}", None, PROCES | {"spoor2_coach"}),
    ("GET", "/dossiers/{d}/corrigeer/oordeel/{nummer}", None, MEDISCH_SCHRIJVEN),
    ("GET", "/dossiers/{d}/corrigeer/spoorkeuze/{nummer}", None, PROCES),
    ("GET", "/dossiers/{d}/corrigeer/rapport/{nummer}", None, {"arbeidsdeskundige"}),
    ("GET", "/dossiers/{d}/corrigeer/medisch/{nummer}", None, MEDISCH_SCHRIJVEN),
    ("GET", "/dossiers/{d}/corrigeer/ziekteperiode/{nummer}", None, PROCES),
    ("GET", "/dossiers/{d}/corrigeer/dossier", None, PROCES),
    ("GET", "/dossiers/{d}/corrigeer/werknemer", None, PROCES),
    ("GET", "/api/v1/openapi.json", None, ALLE),
    ("POST", "/api/v1/bereken", {"datum": "2026-03-01", "personen": [{"wia_maandloon": 2000.0}],
                                 "bereken": ["wia_maandloon"]}, ALLE),
    ("POST", "/api/v1/tijdlijn", {"eerste_ziektedag": "2026-01-05"}, ALLE),
    ("POST", "/api/v1/overzicht", OVERZICHT, ALLE),
    ("POST", "/api/v1/aanmelden", None, set()),  # tested with the real log-in service in test_web_aanmelden
    ("POST", "/api/v1/afmelden", None, AANGEMELD),
    ("GET", "/api/v1/dossiers", None, AANGEMELD),
    ("POST", "/api/v1/dossiers", NIEUW, PROCES),
    ("GET", "/api/v1/dossiers/{d}", None, LEZERS),
    ("POST", "/api/v1/dossiers/{d}/stappen", STAP, LEZERS - {"werknemer"}),
    ("POST", "/api/v1/dossiers/{d}/ziekteperiodes", PERIODE, PROCES),
    ("POST", "/api/v1/dossiers/{d}/plannen", PLAN, PROCES),
    ("POST", "/api/v1/dossiers/{d}/rapporten", RAPPORT, {"arbeidsdeskundige"}),
    ("POST", "/api/v1/dossiers/{d}/spoorkeuzes", KEUZE, PROCES),
    ("POST", "/api/v1/dossiers/{d}/vragen", VRAAG, PROCES | {"werknemer"}),
    ("POST", "/api/v1/dossiers/{d}/vragen/{v}", AFHANDELEN, {"casemanager", "casemanager_taakdelegatie"}),
    ("POST", "/api/v1/dossiers/{d}/nazorg", NAZORG, PROCES | {"spoor2_coach"}),
    ("POST", "/api/v1/dossiers/{d}/gebeurtenissen", GEBEURTENIS, PROCES),
    ("POST", "/api/v1/dossiers/{d}/oordelen", OORDEEL, MEDISCH_SCHRIJVEN),
    ("GET", "/api/v1/dossiers/{d}/export", None, (LEZERS - {"arbeidsdeskundige", "spoor2_coach"})),
    ("GET", "/api/v1/dossiers/{d}/medisch", None, MEDISCH_LEZEN),
    ("POST", "/api/v1/dossiers/{d}/medisch", MEDISCH, MEDISCH_SCHRIJVEN),
    ("GET", "/api/v1/dossiers/{d}/mening", None, {"werknemer"}),
    ("POST", "/api/v1/dossiers/{d}/mening", MENING, {"werknemer"}),
    ("GET", "/api/v1/dossiers/{d}/inzage", None, {"werknemer"}),
    ("GET", "/api/v1/dossiers/{d}/toegangslog", None, {"beheerder"}),
    ("GET", "/api/v1/dossiers/{d}/verslag", None, LEZERS),
    ("POST", "/api/v1/dossiers/{d}/overzicht", OVERZICHT, LEZERS),
    ("GET", "/api/v1/dashboard", None, AANGEMELD),
    ("GET", "/api/v1/dossiers/{d}/correcties", None, LEZERS),
    ("POST", "/api/v1/dossiers/{d}/correcties/stappen", STAP_CORRECTIE, LEZERS - {"werknemer"}),
    ("POST", "/api/v1/dossiers/{d}/correcties/plannen", PLAN_CORRECTIE, PROCES),
    ("POST", "/api/v1/dossiers/{d}/correcties/gebeurtenissen", GEBEURTENIS_CORRECTIE, PROCES),
    ("POST", "/api/v1/dossiers/{d}/correcties/nazorg", NAZORG_CORRECTIE, PROCES | {"spoor2_coach"}),
    ("POST", "/api/v1/dossiers/{d}/correcties/oordelen", OORDEEL_CORRECTIE, MEDISCH_SCHRIJVEN),
    ("POST", "/api/v1/dossiers/{d}/correcties/spoorkeuzes", SPOORKEUZE_CORRECTIE, PROCES),
    ("POST", "/api/v1/dossiers/{d}/correcties/rapporten", RAPPORT_CORRECTIE, {"arbeidsdeskundige"}),
    ("POST", "/api/v1/dossiers/{d}/correcties/medisch", MEDISCH_CORRECTIE, MEDISCH_SCHRIJVEN),
    ("POST", "/api/v1/dossiers/{d}/correcties/ziekteperiodes", PERIODE_INTREKKEN, PROCES),
    ("POST", "/api/v1/dossiers/{d}/correcties/dossier", DOSSIER_CORRECTIE, PROCES),
    ("POST", "/api/v1/dossiers/{d}/correcties/werknemer", WERKNEMER_CORRECTIE, PROCES),
    ("GET", "/static/stijl.css", None, ALLE),
]


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    wereld = maak_wereld(tmp_path_factory.mktemp("web"))
    _te_corrigeren(wereld)
    yield wereld
    sluit(wereld)


def _pad(pad: str, w, dossier: str, vraag: int) -> str:
    return pad.replace("{d}", dossier).replace("{v}", str(vraag)).replace("{nummer}", "0")


def _te_corrigeren(w) -> None:
    """What the correction routes correct: a step, a plan, a loonsanctie, an aftercare moment, an oordeel, a track
    choice (the world has the report before it) and a medical note on case A, and
    one-day sick periods after the recovery (one for each withdrawal the matrix makes)."""
    import datetime as dt

    from spoorzoeker.cases import (
        Deelnemer,
        FunctioneleMogelijkheden,
        Gebeurtenis,
        Interventie,
        MedischeAantekening,
        Nazorgmoment,
        PlanVanAanpak,
        SoortGebeurtenis,
        SoortInterventie,
        Spoor,
        Spoorkeuze,
        StapGedaan,
        Ziekteperiode,
    )

    s, cm = w.service, w.ids["casemanager"]
    s.leg_stap_vast(cm, w.dossier_a, StapGedaan("evaluatie", dt.date(2026, 3, 1), "Proef"))
    s.leg_plan_van_aanpak_vast(cm, w.dossier_a, PlanVanAanpak(dt.date(2026, 2, 1), "Terug in eigen werk", (
        Interventie(SoortInterventie.SCHOLING, "Cursus"),)))
    s.leg_gebeurtenis_vast(cm, w.dossier_a, Gebeurtenis(SoortGebeurtenis.LOONSANCTIE, dt.date(2026, 8, 1), weken=4))
    w.periodes = [dt.date(2026, 10, 1) + dt.timedelta(days=i) for i in range(24)]
    for van in w.periodes:
        s.leg_ziekteperiode_vast(cm, w.dossier_a, Ziekteperiode(van, van))
    s.leg_nazorg_vast(cm, w.dossier_a, Nazorgmoment(dt.date(2026, 11, 1)))
    s.leg_functionele_mogelijkheden_vast(w.ba, w.dossier_a, FunctioneleMogelijkheden(
        dt.date(2026, 2, 1), "Arts", "Geen tilwerk", "Licht werk"))
    s.leg_medisch_vast(w.ba, w.dossier_a, MedischeAantekening(dt.date(2026, 2, 1), "Arts", medische_notitie="Proefnotitie"))
    s.leg_spoorkeuze_vast(cm, w.dossier_a, Spoorkeuze(dt.date(2026, 6, 10), (
        Deelnemer("werkgever", "Wim"), Deelnemer("werknemer", "Jan")), Spoor.SPOOR1, "Volgens advies"))
    w.teller = 0


def _waarde(v, w):
    if v == "{wn}":
        return w.werknemer_a
    if isinstance(v, str) and "{n}" in v:
        w.teller += 1
        return v.replace("{n}", str(w.teller % 50 + 1))
    if v == "{periode}":
        return w.periodes.pop().isoformat()
    return v


def _body(body, w):
    if isinstance(body, dict):
        return {k: _waarde(v, w) for k, v in body.items()}
    return body


def vraag(c, methode: str, pad: str, body, w, dossier: str, vraag_id: int):
    url = _pad(pad, w, dossier, vraag_id)
    if methode == "GET":
        return c.get(url)
    body = _body(body, w)
    if url.startswith("/api/"):
        return c.post(url, json=body)
    return c.post(url, data={**(body or {}), "csrf": CSRF})


def toegestaan(r, api: bool) -> bool:
    if api:
        if r.status_code in (401, 404):
            return False
        assert r.status_code in (200, 201, 204), (r.status_code, r.text[:300])
        return True
    if r.status_code == 404 or (r.status_code == 303 and r.headers["location"].split("?")[0] == "/aanmelden"):
        return False
    assert r.status_code in (200, 303), (r.status_code, r.text[:500])
    return True


def test_elke_route_staat_in_de_matrix(w):
    routes = set()
    stapel = list(w.app.routes)
    while stapel:
        r = stapel.pop()
        if hasattr(r, "original_router"):  # FastAPI's wrapper of an included router
            stapel += r.original_router.routes
        elif isinstance(r, (APIRoute, Route)):
            routes |= {(m, r.path) for m in r.methods - {"HEAD"}}
        elif isinstance(r, Mount):
            routes.add(("GET", "/static/stijl.css"))
    in_matrix = {(m, p.replace("{d}", "{dossier_id}").replace("{v}", "{vraag_id}")) for m, p, _, _ in MATRIX}
    assert routes == in_matrix


@pytest.mark.parametrize("methode,pad,body,rollen", [r for r in MATRIX if r[3]],
                         ids=[f"{m} {p}" for m, p, _, r in MATRIX if r])
def test_route_per_rol(w, methode, pad, body, rollen):
    uitkomst = {}
    for rol in [None, *ROLLEN]:
        r = vraag(client(w, rol), methode, pad, body, w, w.dossier_a, w.vraag_a)
        uitkomst[rol or "anoniem"] = toegestaan(r, pad.startswith("/api/"))
    assert {k for k, v in uitkomst.items() if v} == set(rollen)


@pytest.fixture(scope="module")
def casemanager_a(w):
    """A casemanager whose scope is employer A only."""
    from spoorzoeker.cases import Rol

    return w.service.registreer_gebruiker(w.beheerder, "Cas Alleen-A", Rol.CASEMANAGER, [w.werkgever_a])


@pytest.mark.parametrize("methode,pad,body", [(m, p, b) for m, p, b, _ in MATRIX if "{d}" in p],
                         ids=[f"{m} {p}" for m, p, _, _ in MATRIX if "{d}" in p])
def test_casemanager_van_a_krijgt_404_voor_alles_van_b(w, casemanager_a, methode, pad, body):
    c = client(w, casemanager_a)
    r = vraag(c, methode, pad, body, w, w.dossier_b, w.vraag_b)
    assert r.status_code == 404, (r.status_code, r.text[:300])
    if pad.startswith("/api/"):
        assert r.json() == {"fout": "Dit dossier bestaat niet, of u mag het niet zien.", "veld": None}
    assert "Piet Bedacht" not in r.text and "Proef Logistiek" not in r.text


def test_tenant_ook_bij_nieuw_dossier_en_lijsten(w, casemanager_a):
    c = client(w, casemanager_a)
    # an employee of B, or a new employee at B: refused like a case that does not exist
    r = c.post("/api/v1/dossiers", json={"werknemer_id": w.werknemer_b, "eerste_ziektedag": "2026-10-01"})
    assert r.status_code == 404
    r = c.post("/api/v1/dossiers", json={"werkgever_id": w.werkgever_b, "naam": "Nieuw", "eerste_ziektedag": "2026-10-01"})
    assert r.status_code == 404
    for pad in ("/werklijst", "/dashboard", "/dossiers/nieuw", "/api/v1/dossiers", "/api/v1/dashboard"):
        r = c.get(pad)
        assert r.status_code == 200
        assert "Piet Bedacht" not in r.text and "Proef Logistiek" not in r.text and w.dossier_b not in r.text
    # B's question through A's own case: same answer as a question that does not exist
    r = c.post(f"/api/v1/dossiers/{w.dossier_a}/vragen/{w.vraag_b}", json=AFHANDELEN)
    assert r.status_code == 422 and r.json()["veld"] == "vraag_id"
    r2 = c.post(f"/api/v1/dossiers/{w.dossier_a}/vragen/999999", json=AFHANDELEN)
    assert r2.json() == r.json()


def test_werkgever_ziet_nergens_de_diagnose(w):
    """The medical note of the matrix run is on A's case; no page or API answer for the employer carries it."""
    w.service.leg_medisch_vast(w.ba, w.dossier_a, __import__("spoorzoeker.cases", fromlist=["x"]).MedischeAantekening(
        __import__("datetime").date(2026, 2, 3), "Arts", diagnose="Geheime proefdiagnose"))
    c = client(w, "werkgever")
    for m, p, b, _ in MATRIX:
        if m == "GET":
            r = vraag(c, m, p, b, w, w.dossier_a, w.vraag_a)
            assert "Geheime proefdiagnose" not in r.text, p
    assert "Geheime proefdiagnose" in client(w, "bedrijfsarts").get(f"/dossiers/{w.dossier_a}/medisch").text


def test_kop_noemt_taakdelegatie(w):
    """The page header names the role the account acts in: a casemanager in taakdelegatie (who may record
    medical notes) is not shown as a plain casemanager."""
    assert "(casemanager in taakdelegatie)" in client(w, "casemanager_taakdelegatie").get("/werklijst").text
    tekst = client(w, "casemanager").get("/werklijst").text
    assert "(casemanager)" in tekst and "taakdelegatie" not in tekst


def test_keuzes_volgen_het_dossier():
    """Every value of the case file's enums has a Dutch label in the forms (not just its code)."""
    from spoorzoeker.cases import (
        SoortGebeurtenis,
        SoortInterventie,
        SoortNazorg,
        SoortOordeel,
        SoortVraag,
        Spoor,
        WiaPrognose,
    )
    from spoorzoeker.web.paginas import KEUZES

    for naam, enum in (("soort_gebeurtenis", SoortGebeurtenis), ("soort_vraag", SoortVraag),
                       ("soort_nazorg", SoortNazorg), ("soort_oordeel", SoortOordeel),
                       ("soort_interventie", SoortInterventie), ("spoor", Spoor), ("wia_prognose", WiaPrognose)):
        assert set(KEUZES[naam]) == {w.value for w in enum}, naam
        assert all(KEUZES[naam][w.value] != w.value.replace("_", " ") for w in enum), naam
