"""``spoorzoeker tijdlijn``: JSON in; a Dutch table out, or JSON with ``--json``; bad input is one Dutch line and
exit code 2. In process (clihulp.draai)."""

import json

import pytest
from clihulp import draai

VOORBEELD = {"ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2022-07-03"}, {"van": "2022-07-25"}],
             "werkgever_grootte": 12, "vandaag": "2022-09-01"}


def run(*args, invoer=None):
    return draai("tijdlijn", "--json", *args, invoer=invoer)


def test_tijdlijn_from_stdin_and_file(tmp_path):
    uit = run("-", invoer=json.dumps(VOORBEELD))
    assert uit.exit_code == 0, uit.stderr
    antwoord = json.loads(uit.stdout)
    # law-settled §7: 21 healthy days move the end of the 104 weeks from 2023-12-31 to 2024-01-21.
    assert antwoord["einde_wachttijd"] == "2024-01-21"
    codes = {s["code"] for s in antwoord["stappen"]}
    assert {"probleemanalyse", "plan_van_aanpak", "melding_42e_week", "eerstejaarsevaluatie",
            "re_integratieverslag", "wia_aanvraag", "einde_wachttijd", "financieel_inzichtgesprek",
            "spoor2_inventarisatie", "medische_toetsing"} <= codes
    for s in antwoord["stappen"]:
        assert {"code", "omschrijving", "voorkeursdatum", "uiterste_datum", "bron", "status"} <= set(s)
    bestand = tmp_path / "geval.json"
    bestand.write_text(json.dumps(VOORBEELD), encoding="utf-8")
    assert json.loads(run(str(bestand)).stdout) == antwoord


def test_eerste_ziektedag_shorthand():
    uit = run("--eerste-ziektedag", "2022-01-03")
    assert uit.exit_code == 0, uit.stderr
    antwoord = json.loads(uit.stdout)
    # 2022-01-03 + 727 days = 2023-12-31 (WIA art. 23 lid 1: 104 weeks).
    assert antwoord["eerste_ziektedag"] == "2022-01-03" and antwoord["einde_wachttijd"] == "2023-12-31"


@pytest.mark.parametrize("args, invoer, woord", [
    (["-"], "{niet: json", "geen geldige JSON"),
    (["-"], json.dumps({"ziekteperiodes": []}), "ziekteperiodes"),
    (["-"], json.dumps({**VOORBEELD, "ziekteperiodes": [{"van": "3 januari"}]}), "ziekteperiodes[0].van"),
    (["-"], json.dumps({**VOORBEELD, "gebeurtenissen": [{"soort": "loonsanctie", "weken": 60}]}),
     "gebeurtenissen[0].weken"),
    (["--eerste-ziektedag", "2022-02-30"], None, "eerste_ziektedag"),
])
def test_bad_input_exit_2_one_dutch_line_no_traceback(args, invoer, woord):
    uit = run(*args, invoer=invoer)
    assert uit.exit_code == 2
    assert uit.stdout == ""
    regels = uit.stderr.strip().splitlines()
    assert len(regels) == 1 and regels[0].startswith("Fout: ") and woord in regels[0]
    assert "Traceback" not in uit.output


def test_default_output_is_a_readable_dutch_table():
    uit = draai("tijdlijn", "-", invoer=json.dumps(VOORBEELD))
    assert uit.exit_code == 0, uit.stderr
    # The same end as the JSON test above (2024-01-21), written for a person; step names, not codes.
    assert "Einde wachttijd (104 weken): 21 jan 2024" in uit.stdout
    assert "Probleemanalyse" in uit.stdout and "Uiterste datum" in uit.stdout and "(voorstel, geen plicht)" in uit.stdout
    assert "probleemanalyse" not in uit.stdout and "{" not in uit.stdout


def test_a_passed_proposal_date_is_not_called_late():
    # First sick day 5 Jan 2026, today 30 Nov 2026: the proposal to name a casemanager (within the first
    # week) has passed, but no law requires it, so the table says so instead of 'te laat'; the
    # probleemanalyse (art. 2 Regeling procesgang, week 6) is a duty and is late.
    uit = draai("tijdlijn", "-", invoer=json.dumps({"ziekteperiodes": [{"van": "2026-01-05"}], "vandaag": "2026-11-30"}))
    assert uit.exit_code == 0, uit.stderr
    regels = uit.stdout.splitlines()
    casemanager = next(r for r in regels if r.startswith("Casemanager aanwijzen"))
    probleemanalyse = next(r for r in regels if r.startswith("Probleemanalyse"))
    assert casemanager.rstrip().endswith("Voorgestelde datum voorbij (geen wettelijke plicht)")
    assert "Te laat" not in casemanager
    assert probleemanalyse.rstrip().endswith("Te laat")
