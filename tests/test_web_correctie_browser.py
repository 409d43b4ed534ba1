"""One correction through a real browser (Debian's Chromium through Playwright), on the demo data of the
journey tests: the casemanager corrects the date of Jan's probleemanalyse with a reason and sees the
history line; the open correction form passes axe-core; the employee sees the correction on his own page.
No inline script: the Content-Security-Policy reports nothing."""

from __future__ import annotations

import datetime as dt
import re

from test_web_browser import VANDAAG, meld_aan, pagina, server  # noqa: F401 - fixtures of the journey tests


def test_casemanager_corrigeert_een_stapdatum_in_de_browser(pagina, server):  # noqa: F811
    from axe_playwright_python.sync_playwright import Axe

    p = pagina
    meld_aan(p, server, "casemanager")
    p.get_by_role("link", name="Jan Jansen").click()
    # the demo's probleemanalyse: first sick day 8 weeks and 3 days before today, done 45 days later
    eerste = VANDAAG - dt.timedelta(weeks=8, days=3)
    stap = p.locator("#corrigeer-stap-0")
    stap.locator("summary").click()
    assert stap.get_by_label("Gedaan op").input_value() == (eerste + dt.timedelta(days=45)).isoformat()
    uitkomst = Axe().run(p)
    assert uitkomst.violations_count == 0, uitkomst.generate_report()
    nieuw = eerste + dt.timedelta(days=30)
    stap.get_by_label("Gedaan op").fill(nieuw.isoformat())
    stap.get_by_label("Reden van de correctie").fill("De datum kwam van de uitnodiging, niet van het spreekuur.")
    stap.get_by_role("button", name="Correctie vastleggen").click()
    p.wait_for_url(re.compile(r".*klaar=gecorrigeerd#correcties$"))
    assert p.get_by_role("status").inner_text() == "Correctie vastgelegd"
    geschiedenis = p.locator("#correcties").inner_text()
    assert "Gecorrigeerd op" in geschiedenis and "door Carla Casemanager: De datum kwam van de uitnodiging" in geschiedenis
    assert p.csp_meldingen == []
    p.get_by_role("button", name="Afmelden").click()
    meld_aan(p, server, "werknemer")
    p.get_by_role("link", name="Jan Jansen").click()
    assert "De datum kwam van de uitnodiging, niet van het spreekuur." in p.locator("#correcties").inner_text()
    assert p.locator("#corrigeer-stap-0").count() == 0  # he reads, he does not correct
