"""The command line: JSON in, JSON out, exit code 2 and one Dutch line for bad input. In process
(clihulp.draai); the last two tests start the installed ``spoorzoeker`` program for real."""

import json
import re
import subprocess

import pytest
from clihulp import draai, ingang

VERZOEK = {"datum": "2026-03-01",
           "personen": [{"wia_maandloon": 2000.0, "inkomsten_per_maand": 600.0, "wga_maand": 5,
                         "lgu_duur_maanden": 12}],
           "bereken": ["wga_uitkering_soort", "wga_uitkering_per_maand"]}
# WIA art. 61 lid 1 (loongerelateerde WGA-uitkering: 70% after the first two months; month 5 here):
# 0.70 * (2000.00 - 600.00) = 980.00 per maand, bruto.
ANTWOORD = {"resultaten": [{"wga_uitkering_soort": "lgu", "wga_uitkering_per_maand": 980.0}]}


def test_bereken_from_stdin_and_file(tmp_path):
    uit = draai("bereken", "-", invoer=json.dumps(VERZOEK))
    assert uit.exit_code == 0, uit.stderr
    assert json.loads(uit.stdout) == ANTWOORD
    bestand = tmp_path / "verzoek.json"
    bestand.write_text(json.dumps(VERZOEK), encoding="utf-8")
    uit = draai("bereken", str(bestand), "--uitleg")
    assert uit.exit_code == 0 and "uitleg" in json.loads(uit.stdout)


@pytest.mark.parametrize("invoer, woord", [
    ("{niet: json", "geen geldige JSON"),
    (json.dumps({**VERZOEK, "personen": [{"wia_maandloon": -1}]}), "wia_maandloon"),
    (json.dumps({**VERZOEK, "datum": "2031-01-01"}), "buiten het bereik"),
])
def test_bad_input_exit_2_one_line_no_traceback(invoer, woord):
    uit = draai("bereken", "-", invoer=invoer)
    assert uit.exit_code == 2
    assert uit.stdout == ""
    regels = uit.stderr.strip().splitlines()
    assert len(regels) == 1 and regels[0].startswith("Fout: ") and woord in regels[0]
    assert "Traceback" not in uit.output


def test_missing_file():
    uit = draai("bereken", "/bestaat/niet.json")
    assert uit.exit_code == 2 and "bestaat niet" in uit.stderr


def test_voorbeeld_is_dutch_and_cites_sources(tmp_path):
    uit = draai("voorbeeld", "--map", str(tmp_path))
    assert uit.exit_code == 0, uit.stderr
    assert "per maand" in uit.stdout and "art. 61" in uit.stdout
    # The main job also shows the timeline and writes the financial overview.
    assert "Tijdlijn" in uit.stdout and "art. 38 lid 1 Ziektewet" in uit.stdout
    # No raw codes: the outcome and the kind of benefit in words, steps by their Dutch names.
    assert not re.search(r"\b(?:wga_35_80|lau|vvu|lgu|melding_42e_week|wia_brief_uwv)\b", uit.stdout)
    assert "loonaanvullingsuitkering (LAU)" in uit.stdout and "Ziekmelding bij het UWV (42e week)" in uit.stdout
    pdf = tmp_path / "financieel-overzicht.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and (tmp_path / "financieel-overzicht.html").stat().st_size > 1000


def test_the_installed_program_answers_in_a_real_process():
    """Smoke test of the entry point itself (not the module): JSON out and exit code 0."""
    uit = subprocess.run([ingang(), "bereken", "-"], input=json.dumps(VERZOEK), capture_output=True, text=True,
                         timeout=120)
    assert uit.returncode == 0, uit.stderr
    assert json.loads(uit.stdout) == ANTWOORD


def test_the_installed_program_exits_2_with_one_dutch_line():
    uit = subprocess.run([ingang(), "bereken", "-"], input="{niet: json", capture_output=True, text=True, timeout=120)
    assert uit.returncode == 2 and uit.stdout == ""
    regels = uit.stderr.strip().splitlines()
    assert len(regels) == 1 and regels[0].startswith("Fout: ") and "geen geldige JSON" in regels[0]
    assert "Traceback" not in uit.stderr
