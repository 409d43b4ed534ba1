"""The overview's charts as SVG (reports/grafiek.py): what they show, that a chart seen before is not drawn
again, that the cache stays bounded, that threads do not disturb each other, and that the rekenhulp answers
a repeated input without calculating again. (Speed is measured in benchmarks/rekenhulp.py, not here.)"""

from __future__ import annotations

import datetime as dt
import re
import threading
import xml.etree.ElementTree as ET

import pytest
from webhulp import CSRF, client, maak_wereld, sluit

from spoorzoeker.reports import grafiek as gr
from spoorzoeker.reports import maak_overzicht, naar_html
from spoorzoeker.reports.inhoud import Figuur

SVG = "{http://www.w3.org/2000/svg}"
MAANDEN = (dt.date(2026, 1, 1), dt.date(2026, 2, 1), dt.date(2026, 3, 1))


def _klein(**extra) -> gr.Grafiek:
    lijn = gr.Lijn((100.0, 200.0, 0.0), "#1b9e77", eindlabel="€ 0")
    return gr.Grafiek("Proef, per maand", MAANDEN, (gr.Paneel("Eén", (lijn,)),), 400.0, **extra)


@pytest.fixture(autouse=True)
def leeg():
    gr.leeg_geheugen()
    yield
    gr.leeg_geheugen()


def test_step_path_by_hand():
    # One column (one panel), 800 wide: the plot runs from x = 66 to 800 - 20 = 780 (714 pixels) and from
    # y = 38 + 20 = 58 down to 58 + 120 = 178. Days: 1 Jan to 1 Apr 2026 is 90 days; February starts after 31
    # (x = 66 + 31/90 * 714 = 311.93 -> 311.9), March after 59 (66 + 59/90 * 714 = 534.07 -> 534.1).
    # Top 400: 100 -> 178 - 30 = 148, 200 -> 118, 0 -> 178.
    svg = gr.teken(_klein())
    paden = [p for p in ET.fromstring(svg).iter(f"{SVG}path")]
    assert [p.get("d") for p in paden] == ["M66 148H311.9V118H534.1V178H780"]
    assert paden[0].get("stroke") == "#1b9e77"


def test_an_unknown_month_is_a_gap_not_zero():
    # the same chart as above with February unknown: January 66 -> 311.9 at 148, then March from 534.1 at 178
    lijn = gr.Lijn((100.0, float("nan"), 0.0), "#000000", eindlabel="€ 0")
    svg = gr.teken(gr.Grafiek("Proef, per maand", MAANDEN, (gr.Paneel("Eén", (lijn,)),), 400.0))
    assert [p.get("d") for p in ET.fromstring(svg).iter(f"{SVG}path")] == ["M66 148H311.9M534.1 178H780"]


def test_svg_shows_titles_labels_reference_lines_and_years():
    g = _klein(stippellijn=300.0, stippellijn_label="laatste loon", markering=dt.date(2026, 2, 1),
               markering_label="WIA")
    boom = ET.fromstring(gr.teken(g))
    teksten = [t.text for t in boom.iter(f"{SVG}text")]
    for tekst in ("Proef, per maand", "Eén", "€ 0", "laatste loon", "WIA", "€\u00a0400", "€\u00a0200"):
        assert tekst in teksten, tekst
    streep = [lijn for lijn in boom.iter(f"{SVG}line") if lijn.get("stroke-dasharray")]
    # the dotted last wage at 300 (178 - 90 = 88) and the dashed WIA start at 1 February (x = 311.9)
    assert {(lijn.get("y1"), lijn.get("y2")) for lijn in streep if lijn.get("stroke") == "#000000"} == {("88", "88")}
    assert {(lijn.get("x1"), lijn.get("x2")) for lijn in streep if lijn.get("stroke") == "#666666"} == {
        ("311.9", "311.9")}
    assert boom.get("width") == "800" and gr.Grafiek.__dataclass_fields__["smal"].default is False
    smal = ET.fromstring(gr.teken(_klein(smal=True)))
    assert smal.get("width") == "360"
    assert not list(boom.iter(f"{SVG}script")) and "<script" not in gr.teken(g)


def test_a_chart_seen_before_is_not_drawn_again(monkeypatch):
    getekend = []
    echt = gr._teken
    monkeypatch.setattr(gr, "_teken", lambda g: getekend.append(g) or echt(g))
    eerste = gr.teken(_klein())
    tweede = gr.teken(_klein())  # an equal chart, a new object
    assert eerste == tweede and len(getekend) == 1
    gr.teken(_klein(smal=True))
    assert len(getekend) == 2


def test_the_cache_is_bounded():
    for k in range(gr.GEHEUGEN + 20):
        gr.teken(gr.Grafiek(f"Grafiek {k}", MAANDEN, (gr.Paneel("a", (gr.Lijn((1.0, 2.0, 3.0), "#000"),)),), 4.0))
    assert gr.in_geheugen() == gr.GEHEUGEN


def test_threads_draw_the_same_as_one_thread():
    grafieken = [gr.Grafiek(f"G {k}", MAANDEN, (gr.Paneel("a", (gr.Lijn((k, 2.0 * k, 0.0), "#000"),)),), 100.0)
                 for k in range(40)]
    verwacht = [gr._teken(g) for g in grafieken]
    uit: dict[int, str] = {}

    def werk(start: int) -> None:
        for k in range(start, len(grafieken), 4):
            uit[k] = gr.teken(grafieken[k])

    draden = [threading.Thread(target=werk, args=(s,)) for s in range(4)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    assert [uit[k] for k in range(len(grafieken))] == verwacht


INVOER = {"datum": "2026-11-30", "persoon": {"eerste_ziektedag": "2026-03-02", "bruto_maandloon": 3200.0,
                                            "geboortedatum": "1980-05-01", "eerste_jaar_met_arbeid": 2000,
                                            "contracturen_per_week": 38.0}}


@pytest.mark.parametrize("soort", ["werknemer", "werkgever"])
def test_overview_chart_keeps_every_outcome_and_its_end_amount(soort):
    ov = maak_overzicht({**INVOER, "soort": soort}, dt.date(2026, 11, 30))
    figuren = [b for b in ov.blokken if isinstance(b, Figuur)]
    assert len(figuren) == 1
    f = figuren[0]
    for svg, breedte in ((f.svg, "800"), (f.svg_smal, "360")):
        assert svg is not None
        boom = ET.fromstring(svg)
        assert boom.get("width") == breedte
        teksten = [t.text or "" for t in boom.iter(f"{SVG}text")]
        if soort == "werknemer":
            # six outcomes, each its panel, its line and its amount at the end
            for titel in ("Afgewezen, met werk", "Afgewezen, zonder werk", "WGA 35-80%, werkt (LAU)",
                          "WGA 35-80%, werkt weinig (VVU)", "WGA 80-100%", "IVA"):
                assert titel in teksten
            assert len(list(boom.iter(f"{SVG}path"))) == 6
            assert "laatste loon" in teksten and "WIA" in teksten
        else:
            assert "loondoorbetaling" in teksten
            # three WGA outcomes cost an eigenrisicodrager money; the phone's panels carry the short name only
            titels = {"WGA 35-80%, werkt (LAU)", "WGA 35-80%, werkt weinig (VVU)", "WGA 80-100%"}
            if breedte == "800":
                titels = {t + ": WGA-kosten als eigenrisicodrager" for t in titels}
            assert titels <= set(teksten)
            assert sum(t.startswith("WGA €") for t in teksten) == 3
    html = naar_html(ov)
    # the chart as an SVG image with its text alternative; the phone layout as a <source>
    assert re.search(r"<img src='data:image/svg\+xml;base64,[A-Za-z0-9+/=]+' alt='[^']{40,}'>", html)
    assert "<source media='(max-width: 40rem)' srcset='data:image/svg+xml;base64," in html


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    wereld = maak_wereld(tmp_path_factory.mktemp("grafiek"))
    yield wereld
    sluit(wereld)


def test_rekenhulp_answers_a_repeated_input_without_calculating_again(w, monkeypatch):
    import spoorzoeker.reports as reports

    berekend = []
    echt = reports.maak_overzicht
    monkeypatch.setattr(reports, "maak_overzicht", lambda *a, **k: berekend.append(1) or echt(*a, **k))
    velden = {"eerste_ziektedag": "2026-10-01", "bruto_maandloon": "2911", "geboortedatum": "1975-01-01",
              "eerste_jaar_met_arbeid": "1995", "csrf": CSRF}
    c = client(w, None)
    eerste = c.post("/rekenhulp", data=velden)
    tweede = c.post("/rekenhulp", data=velden)
    assert eerste.status_code == tweede.status_code == 200
    assert len(berekend) == 1
    assert 'src="data:image/svg+xml;base64,' in tweede.text
    api = c.post("/api/v1/overzicht", json={k: v for k, v in velden.items() if k != "csrf"})
    assert api.status_code == 200 and len(berekend) == 1  # the API shares the answers
    figuur = [b for b in api.json()["blokken"] if b["soort"] == "figuur"]
    assert len(figuur) == 1 and figuur[0]["svg"].startswith("<svg ")
    c.post("/rekenhulp", data={**velden, "bruto_maandloon": "2912"})
    assert len(berekend) == 2
