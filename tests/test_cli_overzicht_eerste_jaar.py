"""``spoorzoeker overzicht`` checks the first year with work as the web form and the API do (one check,
``invoermodellen.eerste_jaar_buiten_werkzaam_leven``): a year before the 15th birthday or after the first
sick day gives one Dutch line naming the field and exit code 2, and nothing is written."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from clihulp import draai

from spoorzoeker.errors import InvoerFout
from spoorzoeker.invoermodellen import controleer_overzicht, eerste_jaar_buiten_werkzaam_leven

VOORBEELD = json.loads((Path(__file__).parents[1] / "src" / "spoorzoeker" / "voorbeelden" /
                        "overzicht_persoon.json").read_text(encoding="utf-8"))
# The example employee is born on 30 June 1975 (15 in 1990) and first sick on 5 January 2026.


def _schrijf(tmp_path: Path, invoer: dict) -> Path:
    pad = tmp_path / "in.json"
    pad.write_text(json.dumps(invoer), encoding="utf-8")
    return pad


def _met_jaar(jaar) -> dict:
    return {**VOORBEELD, "persoon": {**VOORBEELD["persoon"], "eerste_jaar_met_arbeid": jaar}}


@pytest.mark.parametrize("jaar", [2090, 1950, 1989, 2027])
def test_a_year_outside_the_working_life_is_refused_naming_the_field(tmp_path, jaar):
    uit = tmp_path / "o.html"
    r = draai("overzicht", str(_schrijf(tmp_path, _met_jaar(jaar))), "--html", str(uit))
    assert r.exit_code == 2
    regels = r.stderr.strip().splitlines()
    assert regels == [f"Fout: 'persoon.eerste_jaar_met_arbeid' {jaar} ligt niet tussen 1990 (het jaar waarin de "
                      "werknemer 15 werd) en 2026 (het jaar van de eerste ziektedag)."]
    assert "Traceback" not in r.output and not uit.exists()


@pytest.mark.parametrize("jaar", [1990, 2026])
def test_the_edges_are_accepted(tmp_path, jaar):
    uit = tmp_path / "o.html"
    r = draai("overzicht", str(_schrijf(tmp_path, _met_jaar(jaar))), "--html", str(uit))
    assert r.exit_code == 0, r.output
    assert uit.exists()


def test_a_batch_stops_at_the_person_with_the_wrong_year(tmp_path):
    batch = {k: v for k, v in VOORBEELD.items() if k != "persoon"}
    batch["personen"] = [VOORBEELD["persoon"], {**VOORBEELD["persoon"], "eerste_jaar_met_arbeid": 2090}]
    r = draai("overzicht", str(_schrijf(tmp_path, batch)), "--html", str(tmp_path / "o.html"))
    assert r.exit_code == 2
    # a batch is checked person by person as it is written (after the progress bar on stderr)
    laatste = r.stderr.replace("\r", "\n").strip().splitlines()[-1]
    assert laatste.startswith("Fout: 'persoon.eerste_jaar_met_arbeid' 2090 ligt niet tussen 1990")
    assert (tmp_path / "o-1.html").exists() and not (tmp_path / "o-2.html").exists()


def test_not_a_whole_year_is_refused(tmp_path):
    r = draai("overzicht", str(_schrijf(tmp_path, _met_jaar("twintig"))), "--html", str(tmp_path / "o.html"))
    assert r.exit_code == 2
    assert r.stderr.strip() == "Fout: 'persoon.eerste_jaar_met_arbeid' moet een geheel getal zijn, niet 'twintig'."


def test_without_a_birth_date_only_the_first_sick_day_bounds_it():
    persoon = {k: v for k, v in VOORBEELD["persoon"].items() if k != "geboortedatum"}
    with pytest.raises(InvoerFout) as e:
        controleer_overzicht({"persoon": {**persoon, "eerste_jaar_met_arbeid": 2027}})
    assert str(e.value) == ("'persoon.eerste_jaar_met_arbeid' 2027 ligt na 2026, het jaar van de eerste ziektedag.")
    assert e.value.veld == "persoon.eerste_jaar_met_arbeid"
    controleer_overzicht({"persoon": {**persoon, "eerste_jaar_met_arbeid": 1950}})


def test_the_one_check_by_hand():
    # born 30 June 1975: 15 in 1990; first sick 5 January 2026: year 2026
    geboren, ziek = dt.date(1975, 6, 30), dt.date(2026, 1, 5)
    assert eerste_jaar_buiten_werkzaam_leven(1990, geboren, ziek) is None
    assert eerste_jaar_buiten_werkzaam_leven(2026, geboren, ziek) is None
    assert eerste_jaar_buiten_werkzaam_leven(1989, geboren, ziek) == (1990, 2026)
    assert eerste_jaar_buiten_werkzaam_leven(2027, geboren, ziek) == (1990, 2026)
    assert eerste_jaar_buiten_werkzaam_leven(2027, None, ziek) == (None, 2026)
    assert eerste_jaar_buiten_werkzaam_leven(1900, None, ziek) is None
