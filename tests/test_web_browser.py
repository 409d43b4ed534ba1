"""The main journeys in a real browser (Debian's Chromium through Playwright), on a server started here on
loopback with the demo data, plus an axe-core accessibility check of the key pages at desktop and phone
width, and a check that the Content-Security-Policy blocks nothing on them (no inline script or style).

Set SPOORZOEKER_SCHERMAFBEELDINGEN=docs to (re)write the README's screenshots.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from webhulp import OMGEVING, op_een_poort, snelle_map

from spoorzoeker.web import Instellingen, maak_app
from spoorzoeker.web.demo import totp_code, vul

VANDAAG = dt.date(2026, 11, 2)
SCHERM = {"desktop": {"width": 1280, "height": 900}, "telefoon": {"width": 375, "height": 740}}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from spoorzoeker.cases.aanmelden import AanmeldService
    from spoorzoeker.storage import open_database

    pad = snelle_map(tmp_path_factory.mktemp("browser"))
    oud = {k: os.environ.get(k) for k in OMGEVING}
    os.environ["SPOORZOEKER_SLEUTELBESTAND"] = str(pad / "sleutels.json")
    os.environ["SPOORZOEKER_ANKERMAP"] = str(pad / "ankers")
    os.environ.pop("SPOORZOEKER_SLEUTELS", None)
    db = open_database(f"sqlite:///{pad / 'browser.db'}")
    aanmelden = AanmeldService(db.opslag)
    accounts = {a.inlognaam: a for a in vul(db, aanmelden, VANDAAG)}
    app = maak_app(Instellingen(vandaag=VANDAAG), database=db, aanmelden=aanmelden)
    with op_een_poort(app) as url:
        yield {"url": url, "accounts": accounts, "db": db}
    db.sluit()
    for k, v in oud.items():
        os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)


@pytest.fixture
def pagina(browser):
    ctx = browser.new_context(viewport=SCHERM["desktop"], locale="nl-NL")
    p = ctx.new_page()
    p.csp_meldingen = []
    p.on("console", lambda m: p.csp_meldingen.append(m.text) if "Content Security Policy" in m.text else None)
    yield p
    ctx.close()


def meld_aan(p, server, inlognaam: str) -> None:
    a = server["accounts"][inlognaam]
    p.goto(server["url"] + "/aanmelden")
    p.get_by_label("Inlognaam").fill(a.inlognaam)
    p.get_by_label("Wachtwoord").fill(a.wachtwoord)
    if a.totp_geheim:
        p.get_by_label("Code uit uw authenticator-app").fill(totp_code(a.totp_geheim))
    p.get_by_role("button", name="Aanmelden").click()
    p.wait_for_url(re.compile(r".*/werklijst$"))


def foto(p, naam: str) -> None:
    doel = os.environ.get("SPOORZOEKER_SCHERMAFBEELDINGEN")
    if doel:
        p.screenshot(path=str(Path(doel) / f"web-{naam}.png"), full_page=False)


def test_casemanager_opent_dossier_legt_probleemanalyse_te_laat_vast_ziet_overzicht_en_kiest_spoor(pagina, server):
    p = pagina
    meld_aan(p, server, "casemanager")
    assert p.get_by_role("heading", name="Werklijst").is_visible()
    foto(p, "werklijst")
    # a new case for an employee who was not sick yet, first sick day nine weeks ago
    p.get_by_role("link", name="Nieuw dossier (ziekmelding)").click()
    p.get_by_label("Bestaande werknemer").select_option(label="Noor Smit (Zorggroep Lindenhof)")
    eerste = VANDAAG - dt.timedelta(weeks=9)
    p.get_by_label("Eerste ziektedag").fill(eerste.isoformat())
    p.get_by_role("button", name="Dossier openen").click()
    p.wait_for_url(re.compile(r".*/dossiers/[0-9a-f]+\?klaar=nieuw$"))
    assert p.get_by_role("status").inner_text() == "Dossier geopend"
    rij = p.get_by_role("row").filter(has=p.get_by_role("rowheader", name="Probleemanalyse", exact=True))
    assert "Te laat" in rij.inner_text()
    # the probleemanalyse, late (the latest date was six weeks after the first sick day), with a motivation
    p.get_by_text("Stap vastleggen", exact=True).first.click()
    p.get_by_label("Stap", exact=True).select_option("probleemanalyse")
    p.get_by_label("Gedaan op").fill(VANDAAG.isoformat())
    p.get_by_label("Motivering (verplicht").fill("De werknemer was eerst niet bereikbaar; het spreekuur volgde in week 9.")
    p.get_by_role("button", name="Stap vastleggen").click()
    assert p.get_by_role("status").inner_text() == "Stap vastgelegd"
    rij = p.get_by_role("row").filter(has=p.get_by_role("rowheader", name="Probleemanalyse", exact=True))
    assert "Gedaan buiten de termijn, met motivering" in rij.inner_text()
    assert "spreekuur volgde in week 9" in rij.inner_text()
    foto(p, "dossier")
    # the financial overview for this case
    p.get_by_role("link", name="Financieel overzicht").click()
    p.get_by_label("Bruto maandloon").fill("3200")
    p.get_by_label("Geboortedatum").fill("1978-04-12")
    p.get_by_label("Eerste jaar waarin u werkte").fill("1998")
    p.get_by_role("button", name="Bereken het overzicht").click()
    assert p.get_by_role("heading", name="Financieel overzicht bij ziekte", level=2).is_visible()
    assert p.locator("figure img").first.is_visible()
    assert "bruto" in p.locator(".overzicht").inner_text()
    # a track choice on a case where the arbeidsdeskundige reported (Piet: advice spoor 2)
    p.get_by_role("link", name="Werklijst").click()
    p.get_by_role("link", name="Piet Bakker").click()
    p.get_by_text("Gesprek en spoorkeuze vastleggen").click()
    p.get_by_label("Keuze", exact=True).select_option("spoor_2")
    p.get_by_label("Naam van de werkgever").fill("Tessa van Dijk")
    p.get_by_label("Motivering van de keuze").fill("Het rapport ziet geen passend werk meer bij de eigen werkgever.")
    p.get_by_role("button", name="Spoorkeuze vastleggen").click()
    assert p.get_by_role("status").inner_text() == "Spoorkeuze vastgelegd"
    assert "Spoor 2 (andere werkgever)" in p.locator("#h-spoor + *").locator("xpath=..").inner_text()
    assert p.csp_meldingen == []


def test_werkgever_bereikt_de_diagnose_via_geen_pagina_of_url(pagina, server):
    p = pagina
    meld_aan(p, server, "werkgever")
    p.get_by_role("link", name="Jan Jansen").click()
    dossier_url = p.url
    assert "Lumbago" not in p.content()
    assert p.get_by_role("link", name="Medisch deel").count() == 0
    # every link on the case page, and the medical URLs typed in by hand
    links = {p.url.split("?")[0]} | {server["url"] + h if h.startswith("/") else h
                                     for h in p.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
                                     if h.startswith("/")}
    did = dossier_url.split("/dossiers/")[1].split("?")[0]
    links |= {f"{server['url']}/dossiers/{did}/medisch", f"{server['url']}/api/v1/dossiers/{did}/medisch",
              f"{server['url']}/api/v1/dossiers/{did}", f"{server['url']}/dossiers/{did}/verslag"}
    for url in sorted(links):
        r = p.request.get(url)
        assert "Lumbago" not in r.text(), url
    r = p.request.get(f"{server['url']}/dossiers/{did}/medisch")
    assert r.status == 404
    r = p.request.get(f"{server['url']}/api/v1/dossiers/{did}/medisch")
    assert r.status == 404 and r.json()["fout"] == "Dit dossier bestaat niet, of u mag het niet zien."


def test_werknemer_ziet_wie_zijn_dossier_opende(pagina, server):
    p = pagina
    # the employer tries the medical part of Jan's case through the API (refused, and logged)
    wg = server["accounts"]["werkgever"]
    api = p.context.request
    token = api.post(server["url"] + "/api/v1/aanmelden",
                     data={"inlognaam": wg.inlognaam, "wachtwoord": wg.wachtwoord}).json()["token"]
    kop = {"Authorization": f"Bearer {token}"}
    jan = next(d["id"] for d in api.get(server["url"] + "/api/v1/dossiers", headers=kop).json()["dossiers"]
               if d["werknemer"] == "Jan Jansen")
    assert api.get(f"{server['url']}/api/v1/dossiers/{jan}/medisch", headers=kop).status == 404
    api.post(server["url"] + "/api/v1/afmelden", headers=kop)
    meld_aan(p, server, "werknemer")
    assert p.get_by_role("heading", name="Mijn dossier").is_visible()
    p.get_by_role("link", name="Jan Jansen").click()
    p.get_by_role("link", name="Wie opende mijn dossier").click()
    tabel = p.get_by_role("table")
    assert "Carla Casemanager" in tabel.inner_text()     # she recorded his plan van aanpak
    assert "Dr. Anna Arts" in tabel.inner_text()         # the bedrijfsarts' oordeel
    # the employer's attempt at the medical part is there, marked as refused
    geweigerd = [r.inner_text() for r in tabel.get_by_role("row").all() if "medische gegevens gelezen" in r.inner_text()
                 and "Wim Korenschoof" in r.inner_text()]
    assert geweigerd and all("geweigerd" in r for r in geweigerd)
    foto(p, "inzage")


@pytest.mark.parametrize("scherm", ["desktop", "telefoon"])
def test_toegankelijkheid_axe(browser, server, scherm):
    from axe_playwright_python.sync_playwright import Axe

    ctx = browser.new_context(viewport=SCHERM[scherm], locale="nl-NL")
    p = ctx.new_page()
    csp = []
    p.on("console", lambda m: csp.append(m.text) if "Content Security Policy" in m.text else None)
    axe = Axe()
    fouten = {}

    def controleer(naam: str) -> None:
        uitkomst = axe.run(p)
        if uitkomst.violations_count:
            fouten[naam] = uitkomst.generate_report()

    p.goto(server["url"] + "/")
    controleer("start")
    p.goto(server["url"] + "/rekenhulp")
    p.get_by_label("Eerste ziektedag").fill("2026-05-04")
    p.get_by_label("Bruto maandloon").fill("2800")
    p.get_by_label("Geboortedatum").fill("1985-02-01")
    p.get_by_label("Eerste jaar waarin u werkte").fill("2004")
    p.get_by_role("button", name="Bereken het overzicht").click()
    controleer("rekenhulp met uitkomst")
    if scherm == "desktop":
        p.locator("#overzicht-titel").scroll_into_view_if_needed()
        p.mouse.wheel(0, 380)
        foto(p, "rekenhulp")
    p.goto(server["url"] + "/aanmelden")
    controleer("aanmelden")
    meld_aan(p, server, "coach" if scherm == "desktop" else "arbeidsdeskundige")
    controleer("werklijst")
    p.get_by_role("link", name="Fatima El Amrani").click()
    p.locator("details.formulier-blok").first.evaluate("d => d.open = true")
    controleer("dossier")
    p.get_by_role("link", name="Re-integratieverslag").click()
    controleer("re-integratieverslag")
    p.goto(server["url"] + "/dashboard")
    controleer("verzuimcijfers")
    ctx.close()
    assert not fouten, "\n\n".join(f"{k}:\n{v}" for k, v in fouten.items())
    assert csp == []


@pytest.mark.parametrize("scherm", ["desktop", "telefoon"])
def test_de_tijdlijn_breekt_geen_woorden_en_is_op_een_telefoon_een_kaart_per_stap(browser, server, scherm):
    """Six columns on a phone broke every word letter by letter ("Probleemanalys-e", "septemb-er"); now each
    step is a card with labelled lines, and on a desktop a column is as wide as its longest word. Counted
    as line boxes of the step's name: one word, one line."""
    ctx = browser.new_context(viewport=SCHERM[scherm], locale="nl-NL")
    p = ctx.new_page()
    meld_aan(p, server, "casemanager")
    p.get_by_role("link", name="Fatima El Amrani").click()
    kop = p.locator("table.tijdlijn tbody th", has_text="Probleemanalyse").first
    regels = kop.evaluate("""th => { const r = document.createRange(); r.selectNodeContents(th.firstChild);
                                      return r.getClientRects().length; }""")
    assert regels == 1
    rij = kop.locator("xpath=..")
    if scherm == "telefoon":
        assert p.locator("table.tijdlijn thead").bounding_box()["x"] < 0  # the column heads are off-screen
        assert kop.bounding_box()["width"] > 0.8 * rij.bounding_box()["width"]  # the name spans the card
        assert rij.locator("td").first.evaluate("td => getComputedStyle(td, '::before').content") \
            == '"Voorkeursdatum: "'
    ctx.close()
