"""What people read: no internal working notes, raw keys or English in the reports; long texts flow
across pages; wide pages do not overflow in a browser (Chromium at 1200 px and 400 px).

The reports are the financial overview (employee and employer, HTML and PDF) and the
re-integratieverslag for UWV, built from the synthetic case of tests/test_re_integratieverslag.py.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
import yaml
from dossierhulp import database_url, db, wereld  # noqa: F401 - fixtures
from test_re_integratieverslag import VANDAAG as RIV_VANDAAG
from test_re_integratieverslag import _bouw, _pdf_tekst

from spoorzoeker.reports import maak_overzicht, naar_html, naar_pdf

VANDAAG = dt.date(2026, 3, 1)
INVOER = {
    "datum": "2026-03-01", "naam": "J. de Vries (verzonnen)",
    "persoon": {"eerste_ziektedag": "2026-01-05", "bruto_maandloon": 3500.0, "contracturen_per_week": 38.0,
                "geboortedatum": "1975-06-30", "eerste_jaar_met_arbeid": 2001, "cao_regime": "exact_170"},
    "prognose": {"maatmanloon_per_maand": 3780.0, "restverdiencapaciteit_laag": 1200.0,
                 "restverdiencapaciteit_hoog": 2600.0},
    "werkgever": {"reintegratiebudget": 6000.0, "datum_in_dienst": "2012-09-01", "eigenrisicodrager": False,
                  "whk_loonsom": 5_000_000.0},
}

# Internal working material and English working notes that must never reach a reader.
INTERN = re.compile(
    r"law-facts|law-settled|product-anchors|calibration|requirements|decisions\.md|shared/|\bseeds?\b|"
    r"\bR\d{1,2}\b|\bIssue\b|as cited by|same text|\bconvention\b|position paper|\bPROPOSAL\b|\bpractice\b|"
    r"not statute|\btoestand \d{4}|\.md\b", re.IGNORECASE)
# A raw key: snake_case (loondoorbetaling_cao_per_maand, wga_35_80) or a dotted parameter name.
SLEUTEL = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b[a-z_]+\.[a-z_]+\.[a-z0-9_]+\b")
ENGELS = re.compile(r"\b(?:the|and|of the|with|without|not|only|when|which|Usage|Options|Error)\b")


class _Zichtbaar(HTMLParser):
    """The text a person sees, without the folded technical appendix (it is named as technical)."""

    def __init__(self):
        super().__init__()
        self.delen: list[str] = []
        self._weg = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script") or (tag == "details" and ("class", "technisch") in attrs) or self._weg:
            self._weg += 1

    def handle_endtag(self, tag):
        if self._weg:
            self._weg -= 1

    def handle_data(self, data):
        if not self._weg:
            self.delen.append(data)


def zichtbaar(html: str) -> str:
    p = _Zichtbaar()
    p.feed(html)
    return " ".join(p.delen)


def _controleer(tekst: str, waar: str) -> None:
    for patroon, wat in ((INTERN, "interne notitie"), (SLEUTEL, "ruwe sleutel"), (ENGELS, "Engels")):
        gevonden = patroon.search(tekst)
        assert gevonden is None, f"{waar}: {wat} {gevonden.group(0)!r} in ...{tekst[max(0, gevonden.start() - 80):gevonden.end() + 40]}..."


@pytest.fixture(scope="module")
def overzichten():
    return {soort: maak_overzicht({**INVOER, "soort": soort}, VANDAAG) for soort in ("werknemer", "werkgever")}


@pytest.mark.parametrize("soort", ["werknemer", "werkgever"])
def test_overview_has_no_internal_notes_raw_keys_or_english(overzichten, soort):
    ov = overzichten[soort]
    _controleer(zichtbaar(naar_html(ov)), f"HTML {soort}")
    _controleer(_pdf_tekst(naar_pdf(ov)), f"PDF {soort}")


def test_check_would_catch_what_the_old_overview_showed():
    # The detector itself: each of these was in the overview before (issue text), each must be caught.
    for fout in ("law-facts.md section 1.2", "product-anchors.md §2a", "calibration.md §3b", "law-settled §4",
                 "Issue 4 / requirements R15", "shared seed 001 lines 215-285", "as cited by the RSC paper",
                 "(same text)", "Spoorzoeker convention (docs/decisions.md)", "Het position paper stelt",
                 "loondoorbetaling.cao_regimes.exact_170.jaar2_bij_werk", "(whk_loonsom, in euro per jaar)",
                 "boven_170_voorwaardelijk", "WIA art. 61, toestand 2026-07-01"):
        with pytest.raises(AssertionError):
            _controleer(f"Bron: {fout}.", "proef")


def test_employer_cost_risk_uses_the_employees_cao_and_keeps_the_no_risk_value_apart(overzichten):
    html = zichtbaar(naar_html(overzichten["werkgever"]))
    # The employee's CAO: exact_170 pays 100% in year 1 and 70% in year 2 (loondoorbetaling.yaml).
    assert "een cao die over twee jaar precies 170% betaalt (100% in jaar 1, 70% in jaar 2 zonder werk)" in html
    assert "Position" not in html and "position" not in html
    # The no-riskpolis value is said apart, as not counted in the totals.
    assert "telt niet mee in de totalen" in html


def test_waarom_dit_bedrag_is_a_short_derivation_with_the_law(overzichten):
    html = naar_html(overzichten["werknemer"])
    tekst = zichtbaar(html)
    # Hand calculation: WIA-maandloon from the SV-loon 3.500 x 1,08 x 12 = 45.360 / 261 = 173,7931 ->
    # dagloon 173,79; x 21,75 = 3.779,93 (art. 13 WIA). IVA 75%: 2.834,9475 -> 2.834,95 (art. 51 WIA).
    assert "Dagloon €\u00a0173,79 x 21,75 = €\u00a03.779,93" in tekst
    assert "75% van €\u00a03.779,93 = €\u00a02.834,95" in tekst
    assert "100% van uw brutoloon van €\u00a03.500,00" in tekst  # exact_170, year 1
    assert "70% van uw brutoloon van €\u00a03.500,00" in tekst  # exact_170, year 2
    assert "wetten.overheid.nl/BWBR0005290/2026-03-01" in html  # the law as in force on the calculation date
    # The technical trace is in a folded, named appendix of the HTML only.
    assert "<details class='technisch'><summary>Technische bijlage" in html
    assert "Technische bijlage" not in _pdf_tekst(naar_pdf(overzichten["werknemer"]))


# --- parameter references -------------------------------------------------------------------------

def _titels(knoop):
    if isinstance(knoop, dict):
        for k, v in knoop.items():
            if k == "title" and isinstance(v, str):
                yield v
            else:
                yield from _titels(v)
    elif isinstance(knoop, list):
        for v in knoop:
            yield from _titels(v)


def _bestanden():
    from pathlib import Path

    import spoorzoeker

    for pad in sorted((Path(spoorzoeker.__file__).parent / "parameters").glob("*.yaml")):
        # every file must pass: no file is let off as an expected failure (a non-strict xfail cannot fail)
        yield pytest.param(pad, id=pad.stem)


@pytest.mark.parametrize("pad", list(_bestanden()))
def test_parameter_references_are_public_sources(pad):
    for titel in _titels(yaml.safe_load(pad.read_text(encoding="utf-8"))):
        assert not INTERN.search(titel), titel


# --- the re-integratieverslag ---------------------------------------------------------------------

def test_riv_for_uwv_has_no_internal_notes_no_proposal_marked_late_and_says_incomplete_once(wereld):
    from spoorzoeker.reports.re_integratieverslag import maak_verslag
    from spoorzoeker.reports.re_integratieverslag import naar_html as riv_html
    from spoorzoeker.reports.re_integratieverslag import naar_pdf as riv_pdf

    _bouw(wereld, zonder="actueel_oordeel")
    v = maak_verslag(wereld.service, wereld.gebruikers["bedrijfsarts"], wereld.dossier_a, vandaag=RIV_VANDAAG)
    assert v.versie == "uwv" and not v.compleet
    html, pdf = zichtbaar(riv_html(v)), _pdf_tekst(riv_pdf(v))
    for tekst, waar in ((html, "HTML"), (pdf, "PDF")):
        _controleer(tekst, f"verslag {waar}")
        assert tekst.count("nog niet compleet") + tekst.count("Nog niet compleet") == 1, waar
    # No proposal of a policy paper appears, so none can be 'te laat'.
    for voorstel in ("Casemanager aanwijzen", "Gesprek over inkomen", "Inzetbaarheidsprofiel",
                     "Arbeidsdeskundig advies", "voorstel"):
        assert voorstel not in html, voorstel


def test_riv_step_dated_in_the_future_does_not_count(wereld):
    from spoorzoeker.cases import StapGedaan
    from spoorzoeker.reports.re_integratieverslag import maak_verslag
    from spoorzoeker.samenstelling import voor_database

    _bouw(wereld, zonder="eindevaluatie")
    # The service now refuses a date after today; a case recorded before that check (or with a wrong clock)
    # can still hold one, so it is written by a service whose today lies past it.
    later = voor_database(wereld.db).dossiers(vandaag=lambda: dt.date(2099, 12, 31))
    later.leg_stap_vast(wereld.gebruikers["casemanager"], wereld.dossier_a,
                        StapGedaan("evaluatie", dt.date(2099, 1, 1), "Carla Casemanager"))
    v = maak_verslag(wereld.service, wereld.gebruikers["casemanager"], wereld.dossier_a, vandaag=RIV_VANDAAG)
    assert "eindevaluatie" in {o.code for o in v.ontbreekt}
    assert any("datum na 6 september 2027" in p for p in v.aandachtspunten)


def test_riv_evaluation_inside_pregnancy_leave_is_not_late_and_the_leave_is_shown(wereld):
    from spoorzoeker.cases import Gebeurtenis, SoortGebeurtenis
    from spoorzoeker.reports.re_integratieverslag import maak_verslag
    from spoorzoeker.reports.re_integratieverslag import naar_html as riv_html

    s, d, cm = wereld.service, wereld.dossier_a, wereld.gebruikers["casemanager"]
    # First sick day 5 January 2026; the leave 2 February .. 24 May 2026 covers the first evaluation's
    # deadline (13 April 2026 without leave: the plan's deadline 2 March + 6 weeks).
    s.leg_gebeurtenis_vast(cm, d, Gebeurtenis(SoortGebeurtenis.ZWANGERSCHAPSVERLOF, dt.date(2026, 2, 2),
                                              tot=dt.date(2026, 5, 24)))
    v = maak_verslag(s, wereld.gebruikers["bedrijfsarts"], d, vandaag=dt.date(2026, 6, 1))
    html = zichtbaar(riv_html(v))
    assert "Zwangerschaps- en bevallingsverlof" in html and "2 februari 2026 t/m 24 mei 2026" in html
    assert v.tijdlijn is not None
    rijen = [s for s in v.tijdlijn.stappen if s.code == "evaluatie"]
    binnen = [s for s in rijen if s.status == "te_laat" and s.uiterste_datum is not None
              and dt.date(2026, 2, 2) <= s.uiterste_datum <= dt.date(2026, 5, 24)]
    for s in binnen:  # whatever the timeline says, the report does not call it late
        assert s.uiterste_datum and "Viel in het zwangerschapsverlof (niet te laat)" in html


# --- long texts -------------------------------------------------------------------------------------

def test_long_intervention_and_oordeel_flow_across_pages(wereld, tmp_path):
    from spoorzoeker.cases import FunctioneleMogelijkheden, Interventie, PlanVanAanpak, SoortInterventie, SoortOordeel
    from spoorzoeker.reports.re_integratieverslag import maak_verslag
    from spoorzoeker.reports.re_integratieverslag import naar_html as riv_html
    from spoorzoeker.reports.re_integratieverslag import naar_pdf as riv_pdf

    s, d = wereld.service, wereld.dossier_a
    zin = "Deze zin staat er om de tekst lang te maken en moet netjes doorlopen over de regels. "
    interventie = (zin * 50)[:4000] + " EINDE-INTERVENTIE"
    oordeel = (zin * 100)[:8000] + " EINDE-OORDEEL"
    s.leg_plan_van_aanpak_vast(wereld.gebruikers["casemanager"], d, PlanVanAanpak(
        dt.date(2026, 2, 2), "Terug in het eigen werk", (Interventie(SoortInterventie.SCHOLING, interventie),)))
    s.leg_functionele_mogelijkheden_vast(wereld.gebruikers["bedrijfsarts"], d, FunctioneleMogelijkheden(
        dt.date(2026, 1, 19), "Dr. Anna Arts", oordeel, "Licht werk", "", SoortOordeel.PROBLEEMANALYSE))
    v = maak_verslag(s, wereld.gebruikers["bedrijfsarts"], d, vandaag=dt.date(2026, 3, 1))
    pdf = riv_pdf(v)
    tekst = _pdf_tekst(pdf)
    assert "EINDE-INTERVENTIE" in tekst and "EINDE-OORDEEL" in tekst
    import pypdfium2 as pdfium

    assert len(pdfium.PdfDocument(pdf)) >= 4  # 12.000 characters of body text do not fit on three A4 pages
    html = riv_html(v)
    assert "EINDE-INTERVENTIE" in html and "EINDE-OORDEEL" in html


def test_long_name_in_the_overview_wraps(overzichten):
    lang = {**INVOER, "naam": "Werknemer met een heel lange naam " * 5}
    pdf = naar_pdf(maak_overzicht(lang, VANDAAG))
    assert "heel lange naam" in _pdf_tekst(pdf)


# --- in a browser -----------------------------------------------------------------------------------

def _riv_html(wereld) -> str:
    from spoorzoeker.reports.re_integratieverslag import maak_verslag
    from spoorzoeker.reports.re_integratieverslag import naar_html as riv_html

    _bouw(wereld)
    return riv_html(maak_verslag(wereld.service, wereld.gebruikers["bedrijfsarts"], wereld.dossier_a,
                                 vandaag=RIV_VANDAAG))


@pytest.mark.parametrize("breedte", [1200, 400])
def test_no_horizontal_page_overflow_in_chromium(browser, overzichten, wereld, breedte, tmp_path):
    paginas = {"overzicht": naar_html(overzichten["werknemer"]), "werkgever": naar_html(overzichten["werkgever"]),
               "verslag": _riv_html(wereld)}
    pagina = browser.new_page(viewport={"width": breedte, "height": 900})
    try:
        for naam, html in paginas.items():
            pad = tmp_path / f"{naam}.html"
            pad.write_text(html, encoding="utf-8")
            pagina.goto(pad.as_uri())
            # Open the technical appendix too: it must not widen the page either.
            pagina.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            scroll, venster = pagina.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert scroll <= venster, f"{naam} at {breedte}px: page {scroll}px wide in a {venster}px window"
            # Nothing sticks out of the body: a wide table or chart scrolls inside its own box.
            uitstekend = pagina.evaluate("""() => [...document.querySelectorAll('body *')]
                .filter(e => !e.closest('.tabel, figure') && e.getBoundingClientRect().right > window.innerWidth + 1)
                .map(e => e.tagName + ' ' + (e.textContent || '').slice(0, 40))""")
            assert uitstekend == [], f"{naam} at {breedte}px: {uitstekend[:3]}"
            # An amount never wraps: the euro sign and its number stay on one line.
            gebroken = pagina.evaluate(r"""() => [...document.querySelectorAll('td')]
                .filter(td => /^€\u00a0[\d.]+,\d\d$/.test(td.textContent.trim()))
                .filter(td => { const r = document.createRange(); r.selectNodeContents(td);
                                return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1; })
                .map(td => td.textContent)""")
            assert gebroken == [], f"{naam} at {breedte}px: {gebroken[:3]}"
    finally:
        pagina.close()


# --- the phase table and the PDF's columns ------------------------------------------------------------

def test_a_month_half_lgu_half_vvu_says_so():
    # An LGU of 3,5 months (art. 59 lid 2 WIA: a half month) ends halfway through the fourth WGA month.
    invoer = {**INVOER, "persoon": {**INVOER["persoon"], "lgu_duur_maanden": 3.5}}
    ov = maak_overzicht(invoer, VANDAAG)
    tekst = zichtbaar(naar_html(ov))
    assert "Halve maand LGU, halve maand WGA vervolguitkering (VVU)" in tekst
    assert "Halve maand LGU, halve maand WGA loonaanvullingsuitkering (LAU)" in tekst


def test_pdf_headers_do_not_break_inside_a_word(overzichten):
    tekst = _pdf_tekst(naar_pdf(overzichten["werknemer"]))
    # Every word of every column header appears whole: a word broken over two lines would not
    # (before: "Arbeidsongesch / ikt" in the prognosis table's narrow column).
    from spoorzoeker.reports.inhoud import Tabel

    woorden = {w.strip("(),'") for blok in overzichten["werknemer"].blokken if isinstance(blok, Tabel)
               for kolom in blok.kolommen for w in kolom.split()}
    assert "Arbeidsongeschikt" in woorden
    for woord in sorted(w for w in woorden if len(w) > 3):
        assert woord in tekst, woord


def test_report_calls_a_deadline_inside_the_leave_not_late():
    from spoorzoeker.reports.re_integratieverslag import _stand

    verlof = [(dt.date(2026, 2, 2), dt.date(2026, 5, 24))]
    from spoorzoeker.timeline import TijdlijnStap

    def stap(uiterst: dt.date) -> TijdlijnStap:
        return TijdlijnStap("evaluatie", 1, "Evaluatie", "werkgever", uiterst, uiterst, "bron", None, "wet", False,
                            "te_laat")

    binnen, buiten = stap(dt.date(2026, 4, 13)), stap(dt.date(2026, 6, 8))
    assert _stand(binnen, verlof) == "Viel in het zwangerschapsverlof (niet te laat)"
    assert _stand(buiten, verlof) == "Te laat"
