"""The rekenhulp in a real browser (Debian's Chromium through Playwright): after "Bereken" the result is in
view, and a phone gets the chart laid out for its width (finding 15 of the user review)."""

from __future__ import annotations

import pytest
from webhulp import wereld_op_een_poort


@pytest.fixture(scope="module")
def adres(tmp_path_factory):
    with wereld_op_een_poort(tmp_path_factory.mktemp("rekenhulp")) as url:
        yield url


def _vul_in_en_bereken(p, adres: str, werkgever: bool = False) -> None:
    p.goto(adres + "/rekenhulp")
    if werkgever:
        p.get_by_label("Voor de werkgever", exact=False).check()
    p.get_by_label("Eerste ziektedag").fill("2026-10-01")
    p.get_by_label("Bruto maandloon in euro (zonder vakantiebijslag)").fill("2900")
    p.get_by_label("Geboortedatum").fill("1975-01-01")
    p.get_by_label("Eerste jaar waarin u werkte (voor de duur van de WGA-uitkering)").fill("1995")
    p.get_by_role("button", name="Bereken het overzicht").click()
    p.wait_for_load_state("load")


def _bereken(browser, adres: str, breedte: int, hoogte: int, pad=None):
    ctx = browser.new_context(viewport={"width": breedte, "height": hoogte}, locale="nl-NL")
    p = ctx.new_page()
    _vul_in_en_bereken(p, adres)
    titel = p.locator("#overzicht-titel")
    vak = titel.bounding_box()
    if pad is not None:
        p.screenshot(path=str(pad))  # what the user sees right after "Bereken"
    breedte_beeld = p.locator("figure img").first.evaluate("b => b.naturalWidth")
    ctx.close()
    return vak, breedte_beeld


@pytest.mark.parametrize("breedte, hoogte, beeld", [(390, 844, 360), (1280, 800, 800)])
def test_result_in_view_and_chart_for_the_screen(browser, adres, tmp_path, breedte, hoogte, beeld):
    vak, breedte_beeld = _bereken(browser, adres, breedte, hoogte, tmp_path / f"rekenhulp-{breedte}.png")
    # The page lands on the result (the form posts to #overzicht-titel), not on the top of the form.
    assert vak is not None and -2 <= vak["y"] < hoogte  # (a browser may land a fraction of a pixel above)
    # A phone gets the one-column chart (an SVG 360 pixels wide), a desktop the two-column one (800 pixels).
    assert breedte_beeld == beeld


def test_tables_on_a_phone_keep_their_words_whole(browser, adres):
    # The employer's result at 390 px: next to a column of amounts (which never wraps) a text column was
    # squeezed to one letter a line ("Uitkomst" 33 px wide). Every cell with a word in it is now at least as
    # wide as that word; a table wider than the phone scrolls in its own box, the page does not.
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")
    p = ctx.new_page()
    _vul_in_en_bereken(p, adres, werkgever=True)
    gebroken = p.evaluate("""() => Array.from(document.querySelectorAll('main td, main th')).filter(c => {
        const woord = c.textContent.trim().split(/\\s+/).reduce((a, b) => b.length > a.length ? b : a, '');
        if (woord.length < 4 || woord.length > 20) return false;
        const r = document.createRange(); r.selectNodeContents(c);
        const regels = new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top))).size;
        return regels > c.textContent.trim().split(/\\s+/).length;  // more lines than words: a word was broken
    }).map(c => c.textContent.trim().slice(0, 40))""")
    breed = p.evaluate("document.documentElement.scrollWidth")
    ctx.close()
    assert gebroken == []
    assert breed <= 390
