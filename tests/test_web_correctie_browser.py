"""One correction through a real browser (Debian's Chromium through Playwright), on the demo data of the
journey tests: the casemanager follows "Corrigeren" at Jan's probleemanalyse to the page with its form,
corrects the date with a reason, lands back at the step with the confirmation and sees the history line;
the form page passes axe-core, at desktop and at phone width; the employee sees the correction on his own
page and no link to correct. No inline script: the Content-Security-Policy reports nothing.

Set SPOORZOEKER_SCHERMAFBEELDINGEN to a folder to keep screenshots of the form page (1280 and 390 px wide)."""

from __future__ import annotations

import datetime as dt
import re

from test_web_browser import VANDAAG, meld_aan, pagina, server  # noqa: F401 - fixtures of the journey tests
from webhulp import axe_zonder_fouten, foto_als_gevraagd


def test_casemanager_corrigeert_een_stapdatum_in_de_browser(pagina, server):  # noqa: F811
    p = pagina
    meld_aan(p, server, "casemanager")
    p.get_by_role("link", name="Jan Jansen").click()
    # the demo's probleemanalyse: first sick day 8 weeks and 3 days before today, done 45 days later
    eerste = VANDAAG - dt.timedelta(weeks=8, days=3)
    assert p.locator("form.formulier >> text=Correctie vastleggen").count() == 0  # no correction form on the case page
    p.locator("#stap-0").get_by_role("link", name=re.compile("^Corrigeren")).click()
    p.wait_for_url(re.compile(r".*/corrigeer/stap/0\?versie=[0-9a-f]+$"))
    assert p.get_by_role("heading", level=1).inner_text() == "Gedane stap corrigeren"
    assert p.get_by_label("Gedaan op").input_value() == (eerste + dt.timedelta(days=45)).isoformat()
    axe_zonder_fouten(p)
    foto_als_gevraagd(p, "correctie-desktop")
    p.set_viewport_size({"width": 390, "height": 844})
    axe_zonder_fouten(p)
    foto_als_gevraagd(p, "correctie-telefoon")
    p.set_viewport_size({"width": 1280, "height": 900})
    # an error first: the reason is required (the browser would stop an empty one, so a blank one is sent)
    nieuw = eerste + dt.timedelta(days=30)
    p.get_by_label("Gedaan op").fill(nieuw.isoformat())
    p.get_by_label("Reden van de correctie").fill("   ")
    p.get_by_role("button", name="Correctie vastleggen").click()
    assert "Reden van de correctie" in p.get_by_role("alert").inner_text()
    assert p.get_by_label("Gedaan op").input_value() == nieuw.isoformat()  # what he typed is kept
    axe_zonder_fouten(p)
    p.get_by_label("Reden van de correctie").fill("De datum kwam van de uitnodiging, niet van het spreekuur.")
    p.get_by_role("button", name="Correctie vastleggen").click()
    p.wait_for_url(re.compile(r".*klaar=gecorrigeerd&bij=stap-0#stap-0$"))
    assert p.locator("#stap-0").get_by_role("status").inner_text() == "Correctie vastgelegd"
    foto_als_gevraagd(p, "correctie-dossier-na-correctie")
    geschiedenis = p.locator("#correcties").inner_text()
    assert "Gecorrigeerd op" in geschiedenis and "door Carla Casemanager: De datum kwam van de uitnodiging" in geschiedenis
    assert p.csp_meldingen == []
    p.get_by_role("button", name="Afmelden").click()
    meld_aan(p, server, "werknemer")
    p.get_by_role("link", name="Jan Jansen").click()
    assert "De datum kwam van de uitnodiging, niet van het spreekuur." in p.locator("#correcties").inner_text()
    assert p.get_by_role("link", name=re.compile("^Corrigeren")).count() == 0  # he reads, he does not correct


def _beide_breedtes(p, naam: str) -> None:
    """axe-core passes at desktop and at phone width (390 px); screenshots of both when asked for."""
    axe_zonder_fouten(p)
    foto_als_gevraagd(p, f"correctie-{naam}-desktop")
    p.set_viewport_size({"width": 390, "height": 844})
    axe_zonder_fouten(p)
    foto_als_gevraagd(p, f"correctie-{naam}-telefoon")
    p.set_viewport_size({"width": 1280, "height": 900})


def test_vraag_en_spoorkeuze_hebben_een_eigen_toegankelijke_pagina(pagina, server):  # noqa: F811
    p = pagina
    meld_aan(p, server, "casemanager")
    p.get_by_role("link", name="Fatima El Amrani").click()
    p.get_by_role("link", name=re.compile("^Intake of uitkomst vastleggen")).click()
    assert p.get_by_role("heading", level=1).inner_text() == "Intake of uitkomst vastleggen"
    _beide_breedtes(p, "vraag")
    p.get_by_label("Intake", exact=True).fill("Werkplek thuis besproken met de werknemer.")
    p.get_by_role("button", name="Bijwerken").click()
    p.wait_for_url(re.compile(r".*klaar=vraag_af&bij=vraag-\d+#vraag-\d+$"))
    assert "Werkplek thuis besproken" in p.locator("[id^=vraag-]").inner_text()
    p.locator("#spoorkeuze-0").get_by_role("link", name=re.compile("^Corrigeren")).click()
    assert p.get_by_role("heading", level=1).inner_text() == "Spoorkeuze corrigeren"
    _beide_breedtes(p, "spoorkeuze")
    assert p.csp_meldingen == []


def test_bedrijfsarts_corrigeert_een_medische_aantekening_in_de_browser(pagina, server):  # noqa: F811
    p = pagina
    meld_aan(p, server, "arts")
    p.get_by_role("link", name="Jan Jansen").click()
    p.get_by_role("link", name="Medisch deel").click()
    p.locator("#medisch-0").get_by_role("link", name=re.compile("^Corrigeren")).click()
    assert p.get_by_role("heading", level=1).inner_text() == "Medische aantekening corrigeren"
    _beide_breedtes(p, "medisch")
    p.get_by_label("Prognose").fill("Herstel binnen vier maanden verwacht.")
    p.get_by_label("Reden van de correctie").fill("Bijgesteld na het tweede spreekuur.")
    p.get_by_role("button", name="Correctie vastleggen").click()
    p.wait_for_url(re.compile(r".*/medisch\?klaar=gecorrigeerd&bij=medisch-0#medisch-0$"))
    assert p.locator("#medisch-0").get_by_role("status").inner_text() == "Correctie vastgelegd"
    assert "Bijgesteld na het tweede spreekuur." in p.locator("#correcties").inner_text()
    axe_zonder_fouten(p)
    assert p.csp_meldingen == []
