"""The simulation's HTML report reads as a report: tables instead of the terminal's text, the scenarios and
the design principles by their names, a Dutch date, and a page that fits a phone."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest

from spoorzoeker.scenarios import PRINCIPES
from spoorzoeker.simulation.proces import Opdracht
from spoorzoeker.simulation.rapport import schrijf_html
from spoorzoeker.simulation.resultaten import maak_uitkomst
from spoorzoeker.simulation.scenario import laad_scenario, rie_aannames
from spoorzoeker.simulation.uitvoering import voer_uit

TITELS = {"a": "Eerste proef", "b": "Tweede proef"}


class _Zichtbaar(HTMLParser):
    """The text a reader sees (no style, no image data)."""

    def __init__(self) -> None:
        super().__init__()
        self.delen: list[str] = []
        self._stijl = False

    def handle_starttag(self, tag, attrs):
        self._stijl = tag == "style"

    def handle_endtag(self, tag):
        self._stijl = False

    def handle_data(self, data):
        if not self._stijl:
            self.delen.append(data)


@pytest.fixture(scope="module")
def rapport(tmp_path_factory):
    """Two scenarios with the same law, assumptions and seed under two names: every difference is exactly 0."""
    s = laad_scenario("huidig")
    uitkomsten = [maak_uitkomst(n, 2026, voer_uit(Opdracht(n, s.wet, s.aannames, omvang=3_000, seed=4), 2))
                  for n in ("a", "b")]
    pad = tmp_path_factory.mktemp("rapport") / "simulatie.html"
    aannames = {n: {**s.aannames, **rie_aannames(s.wet, dt.date(2026, 1, 1))} for n in ("a", "b")}
    kaart = (SimpleNamespace(principe="werk_voorop", score=1, toelichting="Meer plaatsingen"),)
    schrijf_html(uitkomsten, pad, omvang=3_000, replicaties=2, seed=4, aannames=aannames,
                 scorekaarten={"a": kaart, "b": ()}, titels=TITELS, vandaag=dt.date(2026, 11, 30))
    html = pad.read_text(encoding="utf-8")
    lezer = _Zichtbaar()
    lezer.feed(html)
    return SimpleNamespace(pad=pad, html=html, tekst=" ".join(lezer.delen))


def test_tabellen_in_plaats_van_terminaltekst(rapport):
    html, tekst = rapport.html, rapport.tekst
    assert "<pre" not in html
    assert html.count("<table") >= 5 and html.count("<caption") == html.count("<table")
    # the scenarios by their titles; the codes only once, in small print, for who runs the command again
    assert "<h1>Populatiesimulatie: Eerste proef tegenover Tweede proef</h1>" in html
    assert "Gemaakt op 30 november 2026" in tekst and "2026-11-30" not in tekst
    assert "Verschil" in tekst
    # same law, assumptions and seed: the difference is 0 in every replicate, so '0' with the interval '0 tot 0'
    rij = re.search(r"<th scope='row'>WIA-aanvragen</th>(.*?)</tr>", html).group(1)
    assert rij.endswith("<td class='r'>0<br><span class='klein'>0 tot 0</span></td>")
    # the payer is UWV in capitals, in the tables and the charts' text alternatives
    assert "UWV: Ziektewet, WGA en IVA" in tekst and not re.search(r"\buwv\b", tekst)


def test_ontwerpprincipes_met_hun_naam(rapport):
    assert PRINCIPES["werk_voorop"] in rapport.tekst and "werk_voorop" not in rapport.tekst
    assert "<b>+1</b> Meer plaatsingen" in rapport.html


def test_grafieken_met_tekstalternatief_en_aannames_met_betekenis(rapport):
    alts = re.findall(r"<img alt='([^']+)' src='data:image/png;base64,", rapport.html)
    assert len(alts) == 4 and all(len(a) > 60 for a in alts)
    # an assumption reads by its meaning first, its key small below it, a Dutch decimal comma
    assert re.search(r"<th scope='row'>Vermenigvuldigt [^<]+<br><code>herstel_factor</code></th>"
                     r"<td class='r'>1</td><td class='r'>1</td>", rapport.html)
    assert "<td class='r'>1,05</td>" in rapport.html


@pytest.mark.parametrize("breedte", [1280, 390])
def test_past_op_een_telefoon_en_een_laptop(browser, rapport, breedte):
    """The old report's text block was 1,700 px wide: the difference column fell off a laptop's screen and a
    phone scrolled the whole page sideways. Now only a table scrolls, inside its own box."""
    p = browser.new_page(viewport={"width": breedte, "height": 900})
    try:
        p.goto(rapport.pad.as_uri())
        assert p.evaluate("document.documentElement.scrollWidth") <= breedte
        if breedte == 1280:  # every comparison table fits whole on a laptop
            breed = p.evaluate("Math.max(...[...document.querySelectorAll('.rol')].map(d => d.scrollWidth - d.clientWidth))")
            assert breed <= 0
    finally:
        p.close()
