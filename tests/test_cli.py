"""The command line: JSON in, JSON out, exit code 2 and one Dutch line for bad input."""

import json
import subprocess
import sys

import pytest

CMD = [sys.executable, "-m", "spoorzoeker.opdrachtregel"]
VERZOEK = {"datum": "2026-03-01",
           "personen": [{"wia_maandloon": 2000.0, "inkomsten_per_maand": 600.0, "wga_maand": 5,
                         "lgu_duur_maanden": 12}],
           "bereken": ["wga_uitkering_soort", "wga_uitkering_per_maand"]}


def run(*args, invoer=None):
    return subprocess.run([*CMD, *args], input=invoer, capture_output=True, text=True, timeout=120)


def test_bereken_from_stdin_and_file(tmp_path):
    uit = run("bereken", "-", invoer=json.dumps(VERZOEK))
    assert uit.returncode == 0, uit.stderr
    assert json.loads(uit.stdout) == {"resultaten": [{"wga_uitkering_soort": "lgu",
                                                      "wga_uitkering_per_maand": 980.0}]}
    bestand = tmp_path / "verzoek.json"
    bestand.write_text(json.dumps(VERZOEK), encoding="utf-8")
    uit = run("bereken", str(bestand), "--uitleg")
    assert uit.returncode == 0 and "uitleg" in json.loads(uit.stdout)


@pytest.mark.parametrize("invoer, woord", [
    ("{niet: json", "geen geldige JSON"),
    (json.dumps({**VERZOEK, "personen": [{"wia_maandloon": -1}]}), "wia_maandloon"),
    (json.dumps({**VERZOEK, "datum": "2031-01-01"}), "buiten het bereik"),
])
def test_bad_input_exit_2_one_line_no_traceback(invoer, woord):
    uit = run("bereken", "-", invoer=invoer)
    assert uit.returncode == 2
    assert uit.stdout == ""
    regels = uit.stderr.strip().splitlines()
    assert len(regels) == 1 and regels[0].startswith("Fout: ") and woord in regels[0]
    assert "Traceback" not in uit.stderr


def test_missing_file():
    uit = run("bereken", "/bestaat/niet.json")
    assert uit.returncode == 2 and "bestaat niet" in uit.stderr


def test_voorbeeld_is_dutch_and_cites_sources(tmp_path):
    uit = run("voorbeeld", "--map", str(tmp_path))
    assert uit.returncode == 0, uit.stderr
    assert "per maand" in uit.stdout and "art. 61" in uit.stdout
    # The main job also shows the timeline and writes the financial overview.
    assert "Tijdlijn" in uit.stdout and "art. 38 lid 1 Ziektewet" in uit.stdout
    # No raw codes: the outcome and the kind of benefit in words, steps by their Dutch names.
    import re

    assert not re.search(r"\b(?:wga_35_80|lau|vvu|lgu|melding_42e_week|wia_brief_uwv)\b", uit.stdout)
    assert "loonaanvullingsuitkering (LAU)" in uit.stdout and "Ziekmelding bij UWV (42e week)" in uit.stdout
    pdf = tmp_path / "financieel-overzicht.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and (tmp_path / "financieel-overzicht.html").stat().st_size > 1000
