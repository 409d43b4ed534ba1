"""``spoorzoeker overzicht`` with the cause of the sickness (ZW art. 29a, art. 29 lid 8) and the bbl contract:
the employer's file shows the Ziektewet benefit; wrong input is one Dutch line naming the field, exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

from clihulp import draai

VOORBEELD = json.loads((Path(__file__).parents[1] / "src" / "spoorzoeker" / "voorbeelden" /
                        "overzicht_persoon.json").read_text(encoding="utf-8"))


def _schrijf(tmp_path: Path, **persoon) -> Path:
    pad = tmp_path / "in.json"
    pad.write_text(json.dumps({**VOORBEELD, "persoon": {**VOORBEELD["persoon"], **persoon}}), encoding="utf-8")
    return pad


def test_employer_file_shows_the_benefit(tmp_path):
    uit = tmp_path / "w.html"
    r = draai("overzicht", str(_schrijf(tmp_path, ziekteoorzaak="zwangerschap_bevalling")), "--html", str(uit),
              "--werkgever")
    assert r.exit_code == 0, r.output
    html = uit.read_text(encoding="utf-8")
    assert "Ziektewet-uitkering die het UWV u betaalt (een vangnetbepaling van de Ziektewet)" in html
    assert "Loondoorbetaling na aftrek van die uitkering (netto kosten)" in html


def test_wrong_cause_names_the_field(tmp_path):
    uit = tmp_path / "w.html"
    r = draai("overzicht", str(_schrijf(tmp_path, ziekteoorzaak="griep")), "--html", str(uit))
    assert r.exit_code == 2
    assert "ziekteoorzaak" in r.stderr and "Traceback" not in r.output and not uit.exists()
    assert len(r.stderr.strip().splitlines()) == 1


def test_bbl_at_50_is_refused_naming_the_field(tmp_path):
    uit = tmp_path / "w.html"
    r = draai("overzicht", str(_schrijf(tmp_path, bbl=True)), "--html", str(uit))
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        "Fout: 'persoon.bbl' een bbl-contract geeft alleen een lager minimumloon aan werknemers jonger dan 21 jaar; "
        "deze werknemer is op de eerste ziektedag 21 of ouder."]
    assert not uit.exists()
