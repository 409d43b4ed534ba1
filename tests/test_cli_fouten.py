"""Every error a person can cause on the command line is one Dutch line on stderr and exit code 2,
never a traceback; the help is Dutch. In process with Typer's CliRunner; a few real processes for
what only a real process shows (random bytes on stdin, a terminal)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from clihulp import PYTHON_M, app
from typer.testing import CliRunner

VOORBEELD = Path(__file__).parents[1] / "src" / "spoorzoeker" / "voorbeelden" / "overzicht_persoon.json"
OVERZICHT = json.loads(VOORBEELD.read_text(encoding="utf-8"))
REKEN = {"datum": "2026-03-01", "personen": [{"wia_maandloon": 2000.0, "inkomsten_per_maand": 600.0,
                                              "wga_maand": 5, "lgu_duur_maanden": 12}],
         "bereken": ["wga_uitkering_per_maand"]}


def _met(**wijziging):
    """The example overview input with some fields changed ('persoon.geboortedatum' = ...)."""
    invoer = json.loads(json.dumps(OVERZICHT))
    for pad, waarde in wijziging.items():
        blok, veld = pad.split("__")
        invoer[blok][veld] = waarde
    return invoer


# (name, arguments, stdin or a file's JSON, words the one line must contain)
GEVALLEN = [
    # bereken
    ("bereken: kapotte JSON", ["bereken", "-"], "{x", ["geen geldige JSON", "regel 1"]),
    ("bereken: lege invoer", ["bereken", "-"], "", ["leeg"]),
    ("bereken: map", ["bereken", "{tmp}"], None, ["is een map"]),
    ("bereken: bestaat niet", ["bereken", "{tmp}/nee.json"], None, ["bestaat niet"]),
    ("bereken: geboren in 2090", ["bereken", "-"],
     {**REKEN, "bereken": ["leeftijd"], "personen": [{"geboortedatum": "2090-01-01"}]}, ["geboortedatum", "2090"]),
    ("bereken: onbekend veld", ["bereken", "-"], {**REKEN, "personen_": []}, ["personen_"]),
    ("bereken: negatief bedrag", ["bereken", "-"],
     {**REKEN, "personen": [{**REKEN["personen"][0], "wia_maandloon": -1.0}]}, ["wia_maandloon", "negatief"]),
    # tijdlijn
    ("tijdlijn: eerste ziektedag 9999", ["tijdlijn", "--eerste-ziektedag", "9999-01-01"], None, ["eerste_ziektedag"]),
    ("tijdlijn: stap gedaan in 2099", ["tijdlijn", "-"],
     {"eerste_ziektedag": "2022-01-03", "vandaag": "2022-03-01", "gedaan": {"probleemanalyse": "2099-01-01"}},
     ["gedaan.probleemanalyse", "2099"]),
    ("tijdlijn: herstel in de toekomst", ["tijdlijn", "-"],
     {"ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2023-01-01"}], "vandaag": "2022-03-01"},
     ["tot_en_met"]),
    ("tijdlijn: vóór 2020", ["tijdlijn", "--eerste-ziektedag", "2019-06-03"], None, ["2020"]),
    ("tijdlijn: werkgever_grootte 0", ["tijdlijn", "-"], {"eerste_ziektedag": "2022-01-03", "werkgever_grootte": 0,
                                                         "vandaag": "2022-03-01"}, ["werkgever_grootte"]),
    ("tijdlijn: verkeerde datum", ["tijdlijn", "--eerste-ziektedag", "2022-02-30"], None, ["eerste_ziektedag"]),
    # overzicht
    ("overzicht: geboren in 2030", ["overzicht", "{in}", "--html", "{tmp}/o.html"],
     _met(persoon__geboortedatum="2030-01-01"), ["geboortedatum"]),
    ("overzicht: eerste ziektedag 2099", ["overzicht", "{in}", "--html", "{tmp}/o.html"],
     _met(persoon__eerste_ziektedag="2099-01-05"), ["eerste_ziektedag", "2099"]),
    ("overzicht: eerste ziektedag 2019", ["overzicht", "{in}", "--html", "{tmp}/o.html"],
     _met(persoon__eerste_ziektedag="2019-01-07"), ["eerste_ziektedag", "2019"]),
    ("overzicht: negatieve prognose", ["overzicht", "{in}", "--html", "{tmp}/o.html"],
     _met(prognose__restverdiencapaciteit_laag=-100.0), ["restverdiencapaciteit_laag", "negatief"]),
    ("overzicht: in dienst na de eerste ziektedag", ["overzicht", "{in}", "--html", "{tmp}/o.html", "--werkgever"],
     _met(werkgever__datum_in_dienst="2026-02-01"), ["datum_in_dienst"]),
    ("overzicht: map bestaat niet", ["overzicht", "{in}", "--pdf", "{tmp}/nee/o.pdf"], OVERZICHT, ["bestaat niet"]),
    ("overzicht: geen uitvoer", ["overzicht", "{in}"], OVERZICHT, ["--html"]),
    ("overzicht: zonder bestand", ["overzicht"], None, ["bestand", "ontbreekt"]),
    # verslag
    ("verslag: database bestaat niet", ["verslag", "d1", "--html", "{tmp}/r.html"], None, ["database", "bestaat niet"]),
    ("verslag: --als bestaat niet meer", ["verslag", "d1", "--als", "x", "--html", "{tmp}/r.html"], None,
     ["onbekende optie", "--als"]),
    ("verslag: verkeerde datum", ["verslag", "d1", "--html", "{tmp}/r.html", "--datum", "morgen"],
     None, ["--datum"]),
    ("verslag: database onbruikbaar", ["verslag", "d1", "--html", "{tmp}/r.html", "--database",
                                       "foo://bar"], None, ["database"]),
    # voorbeeld, logcontrole, variabelen
    ("voorbeeld: map niet te maken", ["voorbeeld", "--map", "{bestand}/sub"], None, ["--map"]),
    ("logcontrole: database foo://bar", ["logcontrole", "--database", "foo://bar"], None, ["database"]),
    ("variabelen: onbekende optie", ["variabelen", "--zoek"], None, ["onbekende optie"]),
    # the frame
    ("onbekende opdracht", ["foo"], None, ["onbekende opdracht", "foo"]),
    ("onbekende optie", ["bereken", "--uitlegg"], None, ["onbekende optie"]),
    ("extra argument", ["tijdlijn", "a", "b"], None, ["extra argument"]),
]


@pytest.mark.parametrize("naam, args, invoer, woorden", GEVALLEN, ids=[g[0] for g in GEVALLEN])
def test_bad_input_is_one_dutch_line_and_exit_2(naam, args, invoer, woorden, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # never the real default database
    monkeypatch.delenv("SPOORZOEKER_DATABASE_URL", raising=False)
    bestand = tmp_path / "gewoon-bestand"
    bestand.write_text("x")
    stdin = None
    if isinstance(invoer, dict):
        (tmp_path / "in.json").write_text(json.dumps(invoer), encoding="utf-8")
        stdin = json.dumps(invoer)
    elif isinstance(invoer, str):
        stdin = invoer
    args = [a.format(tmp=tmp_path, bestand=bestand, **{"in": tmp_path / "in.json"}) for a in args]
    r = CliRunner().invoke(app, args, input=stdin)
    assert r.exit_code == 2, (r.output, r.exception)
    assert not isinstance(r.exception, Exception) or isinstance(r.exception, SystemExit), r.exception
    regels = r.stderr.strip().splitlines()
    assert len(regels) == 1, r.stderr
    assert regels[0].startswith("Fout: "), regels[0]
    for woord in woorden:
        assert woord in regels[0], (woord, regels[0])
    assert "Traceback" not in r.output and "Error" not in r.stderr
    for engels in ("Usage", "Invalid", "Missing", "No such", "Expecting", "Got unexpected"):
        assert engels not in r.stderr, r.stderr
    assert not list(tmp_path.glob("o.*")) and not list(tmp_path.glob("r.*"))  # nothing half written


@pytest.mark.parametrize("opdracht", ["", "bereken", "tijdlijn", "variabelen", "overzicht", "verslag", "voorbeeld",
                                      "logcontrole"])
def test_help_is_dutch_and_every_option_is_described(opdracht):
    r = CliRunner().invoke(app, [*opdracht.split(), "--help"], env={"COLUMNS": "200"})
    assert r.exit_code == 0
    for engels in ("Usage", "Options", "Arguments", "Commands", "Show this message", "[default", "[required]"):
        assert engels not in r.output, (engels, r.output)
    assert "Gebruik:" in r.output and "Toon deze hulp en stop." in r.output
    # Every option line has a description: the text after the option name and its type is not empty.
    for regel in r.output.splitlines():
        kern = regel.strip("│ ").strip()
        if kern.startswith("--"):
            woorden = [w for w in kern.split() if not w.startswith(("--", "<", "-"))]
            assert woorden, f"optie zonder omschrijving: {regel!r}"


def test_random_bytes_on_stdin_in_a_real_process():
    uit = subprocess.run([*PYTHON_M, "bereken", "-"], input=os.urandom(200),
                         capture_output=True, timeout=120)
    assert uit.returncode == 2
    regels = uit.stderr.decode("utf-8").strip().splitlines()
    assert len(regels) == 1 and regels[0].startswith("Fout: ") and "UTF-8" in regels[0]


def test_on_a_terminal_bereken_says_it_waits_for_json():
    import pty

    baas, slaaf = pty.openpty()
    proces = subprocess.Popen([*PYTHON_M, "bereken"], stdin=slaaf,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(slaaf)
    os.write(baas, (json.dumps(REKEN) + "\n").encode() + b"\x04")
    uit, fout = proces.communicate(timeout=120)
    os.close(baas)
    assert "wacht op JSON" in fout.decode("utf-8")
    assert proces.returncode == 0 and json.loads(uit)["resultaten"][0]["wga_uitkering_per_maand"] > 0
