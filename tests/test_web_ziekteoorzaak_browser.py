"""The rekenhulp's new questions in a real browser (Debian's Chromium through Playwright): the employer's overview
for a sickness caused by pregnancy, and a bbl contract refused for someone of 21 or older with the answers kept;
axe-core passes on both pages at desktop (1280 px) and phone (390 px) width.

Set SPOORZOEKER_SCHERMAFBEELDINGEN to a folder to keep screenshots."""

from __future__ import annotations

import pytest
from test_web_browser import pagina, server  # noqa: F401 - fixtures of the journey tests
from webhulp import axe_zonder_fouten, foto_als_gevraagd, wereld_op_een_poort


@pytest.fixture(scope="module")
def adres(tmp_path_factory):
    with wereld_op_een_poort(tmp_path_factory.mktemp("ziekteoorzaak-browser")) as url:
        yield url






def _invullen(p, geboortedatum: str) -> None:
    p.get_by_label("Eerste ziektedag").fill("2026-10-01")
    p.get_by_label("Bruto maandloon in euro (zonder vakantiebijslag)").fill("2900")
    p.get_by_label("Geboortedatum").fill(geboortedatum)
    p.get_by_label("Eerste jaar waarin u werkte (voor de duur van de WGA-uitkering)").fill("2023")


@pytest.mark.parametrize("breedte", [1280, 390])
def test_employer_overview_with_pregnancy(browser, adres, breedte):
    ctx = browser.new_context(viewport={"width": breedte, "height": 900}, locale="nl-NL")
    p = ctx.new_page()
    p.goto(adres + "/rekenhulp")
    p.get_by_label("Voor de werkgever: kosten, zonder medische gegevens").check()
    _invullen(p, "2000-01-01")
    p.get_by_label("Is de ziekte het gevolg van zwangerschap of bevalling, of van orgaandonatie?").select_option(
        "zwangerschap_bevalling")
    p.get_by_role("button", name="Bereken het overzicht").click()
    p.wait_for_load_state("load")
    assert p.get_by_role("cell", name="Ziektewet-uitkering die het UWV u betaalt (een vangnetbepaling van de Ziektewet)").count() == 1
    assert p.get_by_label("Is de ziekte het gevolg van zwangerschap of bevalling, of van orgaandonatie?") \
        .input_value() == "zwangerschap_bevalling"
    axe_zonder_fouten(p)
    foto_als_gevraagd(p, f"ziekteoorzaak-werkgever-{breedte}")
    ctx.close()


@pytest.mark.parametrize("breedte", [1280, 390])
def test_bbl_refused_at_21_keeps_the_answers(browser, adres, breedte):
    ctx = browser.new_context(viewport={"width": breedte, "height": 900}, locale="nl-NL")
    p = ctx.new_page()
    p.goto(adres + "/rekenhulp")
    _invullen(p, "2004-01-01")  # 22 on the first sick day
    p.get_by_label("Werkt met een bbl-contract (jonger dan 21)").check()
    p.get_by_role("button", name="Bereken het overzicht").click()
    p.wait_for_load_state("load")
    assert "jonger dan 21 jaar" in p.get_by_role("alert").inner_text()
    assert p.get_by_label("Werkt met een bbl-contract (jonger dan 21)").is_checked()
    assert p.get_by_label("Geboortedatum").input_value() == "2004-01-01"
    axe_zonder_fouten(p)
    foto_als_gevraagd(p, f"ziekteoorzaak-bbl-fout-{breedte}")
    ctx.close()


def test_case_overview_page_with_organ_donation(pagina, server):  # noqa: F811
    """The employer opens the overview of Jan's case (the demo data of the journey tests) and asks for organ
    donation; the page passes axe-core at 1280 and 390 px."""
    from test_web_browser import meld_aan

    p = pagina
    meld_aan(p, server, "werkgever")
    p.get_by_role("link", name="Jan Jansen").click()
    p.get_by_role("link", name="Financieel overzicht").click()
    p.get_by_label("Voor de werkgever: kosten, zonder medische gegevens").check()
    p.get_by_label("Bruto maandloon").fill("3200")
    p.get_by_label("Geboortedatum").fill("1978-04-12")
    p.get_by_label("Eerste jaar waarin u werkte").fill("1998")
    p.get_by_label("Is de ziekte het gevolg van zwangerschap of bevalling, of van orgaandonatie?").select_option(
        "orgaandonatie")
    p.get_by_role("button", name="Bereken het overzicht").click()
    p.wait_for_load_state("load")
    assert "Ziektewet-uitkering die het UWV u betaalt" in p.locator(".overzicht").inner_text()
    axe_zonder_fouten(p)
    foto_als_gevraagd(p, "ziekteoorzaak-dossier-1280")
    p.set_viewport_size({"width": 390, "height": 844})
    axe_zonder_fouten(p)
    foto_als_gevraagd(p, "ziekteoorzaak-dossier-390")
    assert p.csp_meldingen == []
