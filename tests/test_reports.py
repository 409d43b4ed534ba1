"""The financial overview report (issue 4): prognosis, risks, employer costs, HTML, PDF and CLI.

Hand calculations use the parameters in force on 2026-03-01 (see tests/test_projection.py).
"""

import datetime as dt
import json

import numpy as np
import pytest
from clihulp import app
from typer.testing import CliRunner

from spoorzoeker.projection import TAKKEN, projecteer
from spoorzoeker.projection.prognose import wia_prognose
from spoorzoeker.projection.risico import inkomensgat, populatie_aandelen
from spoorzoeker.projection.werkgever import kostenrisico_tweede_spoor, omslagpunten, werkgeverskosten
from spoorzoeker.reports import maak_overzicht, naar_html, naar_pdf

DATUM = "2026-03-01"
T = {t.naam: i for i, t in enumerate(TAKKEN)}
PERSOON = {"eerste_ziektedag": "2026-01-05", "bruto_maandloon": 3500.0, "contracturen_per_week": 38.0,
           "geboortedatum": "1975-06-30", "lgu_duur_maanden": 12.0}
INVOER = {"datum": DATUM, "naam": "J. de Vries", "persoon": PERSOON,
          "prognose": {"maatmanloon_per_maand": 3780.0, "restverdiencapaciteit_laag": 1200.0,
                       "restverdiencapaciteit_hoog": 2600.0},
          "werkgever": {"reintegratiebudget": 6000.0, "datum_in_dienst": "2015-03-01"}}
VANDAAG = dt.date(2026, 3, 1)


# --- R16 prognosis ------------------------------------------------------------------------

def test_prognose_both_ends_and_the_middle():
    # Maatman 3.780; RVC 1.200 -> (3.780-1.200)/3.780 = 68,25% -> class 65-80 (VVU 50,75% x 2.477,952
    # = 1.257,56); RVC 1.900 (middle) -> 49,74% -> class 45-55 (35%: 867,28); RVC 2.600 -> 31,2% -> rejected.
    # With work (earning the whole RVC 1.200): LAU 70% x (3.779,93 - 1.200) = 1.805,95 + 1.200 = 3.005,95.
    pg = wia_prognose({"maatmanloon_per_maand": 3780.0, "restverdiencapaciteit_laag": 1200.0,
                       "restverdiencapaciteit_hoog": 2600.0, "wia_maandloon": 3779.93, "lgu_duur_maanden": 12.0},
                      DATUM)
    assert pg.klasse[0] == ["65-80", "45-55", "0-35"]
    assert pg.uitkomst[0] == ["wga_35_80", "wga_35_80", "geen"]
    assert list(pg.vervolg_zonder_werk[0]) == [1257.56, 867.28, 0.0]
    assert pg.vervolg_met_werk[0, 0] == 3005.95
    assert pg.waarschijnlijke_klasse == ["45-55"]
    assert pg.label == "prognose, geen recht"


def test_prognose_80_plus_durable_is_iva():
    # RVC 0-500 of 3.780: 100% and 86,8% -> 80-100; durable -> IVA 75% x 3.779,93 = 2.834,95.
    pg = wia_prognose({"maatmanloon_per_maand": 3780.0, "restverdiencapaciteit_laag": 0.0,
                       "restverdiencapaciteit_hoog": 500.0, "wia_maandloon": 3779.93, "duurzaam": 1.0}, DATUM)
    assert pg.uitkomst[0] == ["iva", "iva", "iva"]
    assert np.all(pg.iva[0] == 2834.95)


# --- R17 risks ----------------------------------------------------------------------------

def test_population_shares_are_the_uwv_figures_and_add_up():
    pop = {r["naam"]: r["waarde"] for r in populatie_aandelen(dt.date(2026, 3, 1))}
    # UWV Jan-Apr 2022: 7.300 / 3.300 / 6.800 / 4.600 of 22.000 decided claims.
    assert pop["aandeel_35_minner"] == 0.332 and pop["aandeel_iva"] == 0.209
    assert sum(pop[k] for k in ("aandeel_35_minner", "aandeel_wga_35_80", "aandeel_wga_80_100",
                                "aandeel_iva")) == pytest.approx(1.0)


def test_income_gap_against_the_last_wage():
    # Last wage 3.500 x 1,08 = 3.780. IVA 2.834,95 a month: gap 945,05 = 25,0%.
    # Rejected without work: 3.780 = 100%.
    gat = inkomensgat(projecteer(PERSOON, DATUM))
    assert gat.gat_euro[0, T["iva"]] == 945.05 and gat.gat_procent[0, T["iva"]] == 25.0
    assert gat.gat_procent[0, T["afgewezen_zonder_werk"]] == 100.0


# --- R18 employer -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def wk():
    return werkgeverskosten({**PERSOON, "datum_in_dienst": "2015-03-01"}, DATUM, reintegratiebudget=6000.0)


def test_employer_wage_cost_and_transitievergoeding(wk):
    # Wage cost: 24 months x (2.450 + 196) = 63.504.
    assert wk.loonkosten[0] == pytest.approx(63504.00)
    # BW 7:673 lid 2, in dienst 2015-03-01 to 2028-01-03: 12 years, 10 months and 2 days.
    # 1/3 x 3.780 x 12 = 15.120; 1/36 x (3.780 x 10 + 3.780 x 12/365 x 2) = 1/36 x 38.048,55 = 1.056,90.
    # Together 16.176,90; the end is the day after 104 weeks, so UWV compensates all of it.
    assert wk.transitievergoeding[0] == 16176.90
    assert wk.compensatie[0] == 16176.90


def test_compensation_stops_at_104_weeks():
    # With 26 weeks extension the contract ends 2028-07-03 (13 years, 4 months, 2 days): more
    # transitievergoeding, but UWV pays at most the 16.176,90 owed after 104 weeks (BW 7:673e lid 2).
    wk = werkgeverskosten({**PERSOON, "datum_in_dienst": "2015-03-01", "verlenging_loondoorbetaling_weken": 26.0},
                          DATUM)
    assert wk.transitievergoeding[0] > wk.compensatie[0] == 16176.90


def test_eigenrisicodrager_pays_ten_years_of_wga(wk):
    # WGA 80-100: 2 x 2.834,95 + 118 x 2.645,95 = 5.669,90 + 312.222,10 = 317.892,00. IVA: nothing.
    assert wk.wga_eigenrisico[0, T["wga_80_100"]] == pytest.approx(317892.00)
    assert wk.wga_eigenrisico[0, T["iva"]] == 0.0
    assert wk.wga_eigenrisico[0, T["afgewezen_met_werk"]] == 0.0


def test_no_risk_value(wk):
    # ZW dagloon 173,79 (same wage): 100% x 173,79 x 21,75 = 3.779,93 a month in year 1, 70% in year 2
    # (121,65 x 21,75 = 2.645,89); never more than the wage owed (2.450): 24 x 2.450 = 58.800.
    assert wk.no_risk_waarde[0] == pytest.approx(58800.00)


def test_claim_300000_recomputed():
    # Wage 3.500, CAO 100%/70%: 12 x 3.500 x 1,08 + 12 x 2.450 x 1,08 = 45.360 + 31.752 = 77.112.
    # WGA 80-100 with LGU 24 months for 10 years: 317.892 (as above). Together 395.004 > 300.000.
    r = kostenrisico_tweede_spoor((3500.0,), datum=DATUM)
    rij = r["rijen"][0]
    assert rij["loonkosten_2_jaar"] == pytest.approx(77112.00)
    assert rij["totaal"]["wga_80_100"] == pytest.approx(395004.00)
    assert rij["boven_claim"]["wga_80_100"] and not rij["boven_claim"]["iva"]
    assert sum(r["aannames"]["gewichten"].values()) == pytest.approx(1.0, abs=1e-3)


def test_claim_break_even_wages_are_ordered():
    o = omslagpunten(DATUM, stap=250.0)
    assert o["wga_80_100"] < o["wga_lau"] <= o["gewogen_gemiddelde"]
    duurder = omslagpunten(DATUM, stap=250.0, werkgeverslasten=0.25)
    assert duurder["gewogen_gemiddelde"] <= o["gewogen_gemiddelde"]


# --- the report ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def werknemer():
    return maak_overzicht(INVOER, VANDAAG)


@pytest.fixture(scope="module")
def werkgever():
    return maak_overzicht({**INVOER, "soort": "werkgever"}, VANDAAG)


def test_html_is_plain_dutch_with_sources(werknemer):
    html = naar_html(werknemer)
    for tekst in ("Financieel overzicht bij ziekte", "bruto", "schatting", "Waarom dit bedrag?",
                  "prognose, geen recht", "parameterjaar 2026", "Wat kunt u zelf doen?", "€\u00a02.834,95",
                  "minimumloon.maandloon", "wetten.overheid.nl", "geen voorspelling voor u"):
        assert tekst in html, tekst
    assert html.count("<img src='data:image/svg+xml;base64,") == 1


def test_employer_version_has_no_medical_data(werkgever):
    html = naar_html(werkgever)
    assert "prognose" not in html.lower()
    # the arbeidsdeskundige's estimate (RVC 1.200-2.600) and the assessment percentages stay out
    assert "€\u00a01.200,00" not in html and "€\u00a02.600,00" not in html and "Klasse" not in html
    assert "WGA-kosten in 10 jaar" in html and "300.000" in html and "Zonder medische gegevens" in html


def _inkt(pdf_bytes: bytes) -> list[float]:
    """Share of non-white pixels per page of the rendered PDF."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    uit = []
    for pagina in doc:
        beeld = np.asarray(pagina.render(scale=0.6).to_pil().convert("L"))
        uit.append(float((beeld < 200).mean()))
    return uit


@pytest.mark.parametrize("soort", ["werknemer", "werkgever"])
def test_pdf_renders_to_non_empty_images(soort, werknemer, werkgever):
    ov = werknemer if soort == "werknemer" else werkgever
    data = naar_pdf(ov)
    assert data[:5] == b"%PDF-"
    inkt = _inkt(data)
    assert len(inkt) >= 2
    assert all(i > 0.005 for i in inkt), inkt  # every page carries text
    assert inkt[0] > 0.03  # the first page has the chart


def test_cli_overzicht_writes_html_and_pdf(tmp_path):
    bestand = tmp_path / "in.json"
    bestand.write_text(json.dumps(INVOER), encoding="utf-8")
    r = CliRunner().invoke(app, ["overzicht", str(bestand), "--html", str(tmp_path / "o.html"),
                                 "--pdf", str(tmp_path / "o.pdf")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "o.pdf").read_bytes()[:5] == b"%PDF-"
    assert "Financieel overzicht bij ziekte" in (tmp_path / "o.html").read_text(encoding="utf-8")


def test_cli_batch_numbers_the_files_and_employer_flag(tmp_path):
    batch = {k: v for k, v in INVOER.items() if k not in ("persoon", "prognose")}
    batch["personen"] = [PERSOON, {**PERSOON, "bruto_maandloon": 5000.0}]
    bestand = tmp_path / "batch.json"
    bestand.write_text(json.dumps(batch), encoding="utf-8")
    r = CliRunner().invoke(app, ["overzicht", str(bestand), "--html", str(tmp_path / "o.html"), "--werkgever"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "o-1.html").exists() and (tmp_path / "o-2.html").exists()
    assert "werkgever" in (tmp_path / "o-2.html").read_text(encoding="utf-8")


def test_cli_bad_input_is_one_dutch_line(tmp_path):
    bestand = tmp_path / "in.json"
    bestand.write_text(json.dumps({"persoon": {"bruto_maandloon": 3000}}), encoding="utf-8")
    r = CliRunner().invoke(app, ["overzicht", str(bestand), "--pdf", str(tmp_path / "o.pdf")])
    assert r.exit_code == 2
    assert "eerste_ziektedag" in r.output
    assert not (tmp_path / "o.pdf").exists()


def test_rejected_without_work_says_where_to_look_and_amounts_say_bruto(werknemer):
    html = naar_html(werknemer)
    # € 0 after the wachttijd is not "nothing at all": WW after dismissal or bijstand, not computed here.
    assert "misschien WW of bijstand (niet berekend)" in html
    assert "recht op een WW-uitkering" in html and "bijstand aanvragen" in html
    assert "Totaal per maand, bruto" in html and "bruto per maand met alleen de vervolguitkering" in html


def test_employer_version_shows_the_whk_premium_effect():
    invoer = {**INVOER, "soort": "werkgever",
              "werkgever": {**INVOER["werkgever"], "eigenrisicodrager": False, "whk_loonsom": 5_000_000.0}}
    html = naar_html(maak_overzicht(invoer, VANDAAG))
    assert "Premie Werkhervattingskas als u publiek verzekerd bent" in html
    assert "grote werkgever" in html and "bovengrens" in html and "Besluit Wfsv" in html
    # Without a loonsom a publicly insured employer is told what to give, in words (no field names).
    publiek = {**INVOER, "soort": "werkgever", "werkgever": {**INVOER["werkgever"], "eigenrisicodrager": False}}
    publiek["werkgever"].pop("whk_loonsom", None)
    html = naar_html(maak_overzicht(publiek, VANDAAG))
    assert "Geef bij de werkgever de premieplichtige loonsom" in html and "whk_loonsom" not in html
    # An eigenrisicodrager pays no WGA premium to the Werkhervattingskas: no such section at all.
    eigen = {**INVOER, "soort": "werkgever", "werkgever": {**INVOER["werkgever"], "eigenrisicodrager": True}}
    assert "Premie Werkhervattingskas" not in naar_html(maak_overzicht(eigen, VANDAAG))


def _aow_overzicht(geboortedatum: str, soort: str = "werknemer"):
    persoon = {"eerste_ziektedag": "2026-10-01", "bruto_maandloon": 4000.0, "contracturen_per_week": 38.0,
               "geboortedatum": geboortedatum, "eerste_jaar_met_arbeid": 1975}
    return naar_html(maak_overzicht({"datum": "2026-11-30", "persoon": persoon, "soort": soort},
                                    dt.date(2026, 11, 30)))


def test_overview_past_the_aow_age_says_six_weeks_in_the_past_tense():
    # Finding 19: born 1955-01-01, AOW on 2021-05-01 (66 + 4 months in 2021), sick from 2026-10-01.
    # BW 7:629 lid 2 onder b: six weeks, days 1-42 = 1 October .. 11 November 2026 (the overview is made on
    # 30 November 2026: past tense). Then no WIA (art. 8 Wet WIA); the outcomes are not shown one by one.
    html = _aow_overzicht("1955-01-01")
    assert "U bereikte op 1 mei 2021 de AOW-leeftijd, vóór uw eerste ziektedag" in html
    assert "6 weken door, niet twee jaar: tot en met 11 november 2026 (art. 7:629 lid 2 BW)" in html
    assert "kan geen WIA krijgen" in html and "art. 7:629 lid 2 onder b BW" in html
    # 2.800 x 11/30 = 1.026,67 in November (see test_projection), then AOW
    assert "€\u00a01.026,67" in html and "AOW van de SVB (niet berekend)" in html
    assert "stopt de loondoorbetaling" not in html and "De WIA begint" not in html and "WGA 80-100" not in html


def test_overview_reaching_aow_while_sick_uses_the_future_tense():
    # Born 1960-06-15: AOW age 67 in 2027 -> 15 June 2027, after the first sick day (1 October 2026).
    # Six weeks from that date: the last day with wage is 15 June + 41 days = 26 July 2027.
    html = _aow_overzicht("1960-06-15")
    assert "U bereikt op 15 juni 2027 de AOW-leeftijd, tijdens uw ziekte" in html
    assert "betaalt de werkgever uw loon nog 6 weken door: tot en met 26 juli 2027" in html


def test_employer_overview_of_an_aow_aged_employee_speaks_about_the_employee():
    html = _aow_overzicht("1955-01-01", "werkgever")
    assert "De werknemer bereikte op 1 mei 2021 de AOW-leeftijd" in html and "De werknemer krijgt AOW" in html


def test_running_text_writes_the_month_in_full(werknemer):
    # Finding 21: "De WIA begint in okt 2028" -> the month written out in a sentence.
    import re

    m = re.search(r"De WIA begint in ([a-z]+) (\d{4})", naar_html(werknemer))
    assert m and m.group(1) in ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                "september", "oktober", "november", "december")


def test_employer_cost_of_an_aow_aged_employee_has_no_transitievergoeding():
    # BW 7:673 lid 7 onder b: no transitievergoeding when the contract ends after the AOW age, so no UWV
    # compensation either. Wage for six weeks (see test_projection): October 2.800 + 224 = 3.024,00, November
    # 11/30: 1.026,67 + 82,13 = 1.108,80; together 4.132,80 with vakantiebijslag.
    wk = werkgeverskosten({"eerste_ziektedag": "2026-10-01", "bruto_maandloon": 4000.0, "contracturen_per_week": 38.0,
                           "geboortedatum": "1955-01-01", "eerste_jaar_met_arbeid": 1975,
                           "datum_in_dienst": "2010-01-01"}, "2026-11-30")
    assert wk.transitievergoeding[0] == 0.0 and wk.compensatie[0] == 0.0 and wk.no_risk_waarde[0] == 0.0
    assert wk.loonkosten[0] == pytest.approx(4132.80, abs=1e-9)
    assert np.all(wk.wga_eigenrisico[0] == 0.0)
    persoon = {"eerste_ziektedag": "2026-10-01", "bruto_maandloon": 4000.0, "contracturen_per_week": 38.0,
               "geboortedatum": "1955-01-01", "eerste_jaar_met_arbeid": 1975}
    html = naar_html(maak_overzicht({"datum": "2026-11-30", "persoon": persoon, "soort": "werkgever",
                                     "werkgever": {"datum_in_dienst": "2010-01-01"}}, dt.date(2026, 11, 30)))
    assert "Er is geen transitievergoeding: de arbeidsovereenkomst eindigt na de AOW-leeftijd" in html
    assert "€\u00a04.132,80" in html


def test_wga_classes_are_named_with_their_percent_sign(werknemer, werkgever):
    """'WGA 35-80' alone is a range without its unit: every table names the class as a percentage of
    arbeidsongeschiktheid, the same way everywhere ('WGA 35-80%', 'WGA 80-100%')."""
    import re

    for html in (naar_html(werknemer), naar_html(werkgever)):
        assert not re.search(r"WGA (35-80|80-100)(?!%)", html)
    # the prognosis (RVC 1.200-2.600 of 3.780, so 68% / 50% / 31%): the middle estimate lies in the WGA 35-80%
    assert ">WGA 35-80%<" in naar_html(werknemer)
    assert "WGA 35-80% met werk (LAU)" in naar_html(werkgever)
