"""Found in the review by role: the page's content started right under the blue header (0 px), because the
'.breed' class's padding won over main's 1.5rem. In a real browser (Debian's Chromium through Playwright) at
desktop (1280 px) and phone (390 px) width."""

from __future__ import annotations

import pytest
from webhulp import wereld_op_een_poort


@pytest.fixture(scope="module")
def adres(tmp_path_factory):
    with wereld_op_een_poort(tmp_path_factory.mktemp("teksten-browser")) as url:
        yield url


@pytest.mark.parametrize("breedte", [1280, 390])
def test_inhoud_begint_niet_tegen_de_kop(browser, adres, breedte):
    ctx = browser.new_context(viewport={"width": breedte, "height": 900}, locale="nl-NL")
    p = ctx.new_page()
    p.goto(adres + "/rekenhulp")
    # 1.5rem at the browser's 16 px: 24 px between the header and the first line of the page
    assert p.evaluate("getComputedStyle(document.querySelector('main')).paddingTop") == "24px"
    kop_onder = p.evaluate("document.querySelector('header, .kop').getBoundingClientRect().bottom")
    inhoud_boven = p.evaluate("document.querySelector('main > *').getBoundingClientRect().top")
    assert inhoud_boven - kop_onder >= 24
    # the sides keep the 1rem of '.breed'
    assert p.evaluate("getComputedStyle(document.querySelector('main')).paddingLeft") == "16px"
    ctx.close()
