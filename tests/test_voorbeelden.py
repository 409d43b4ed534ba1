"""Published worked examples (UWV, Rijksoverheid, courts, HR and law sites) as data.

Each case in ``tests/voorbeelden/*.yaml`` names its source (``bron``) and how the source got
its numbers (``berekening``); the expected amounts are the published ones, to the cent.
"""

from pathlib import Path

import pytest
import yaml

from spoorzoeker import bereken

MAP = Path(__file__).parent / "voorbeelden"


def _gevallen():
    for bestand in sorted(MAP.glob("*.yaml")):
        if bestand.name in ("nog_niet_ondersteund.yaml", "tijdlijn.yaml"):  # tijdlijn: test_timeline_voorbeelden.py
            continue
        for i, geval in enumerate(yaml.safe_load(bestand.read_text(encoding="utf-8")) or []):
            yield pytest.param(geval, id=f"{bestand.stem}-{i + 1}-{geval['naam'][:40]}")


GEVALLEN = list(_gevallen())


def _json(waarde):
    """YAML gives dates as date objects; the interface takes ISO strings like JSON would."""
    return waarde.isoformat() if hasattr(waarde, "isoformat") else waarde


@pytest.mark.parametrize("geval", GEVALLEN)
def test_published_example(geval):
    assert geval.get("bron"), "every example names its source"
    invoer = {k: _json(v) for k, v in geval["invoer"].items()}
    verwacht = geval["uitvoer"]
    uit = bereken({"datum": _json(geval["datum"]), "personen": [invoer], "bereken": list(verwacht)})
    gekregen = uit["resultaten"][0]
    tolerantie = geval.get("tolerantie", 0.0)
    for naam, waarde in verwacht.items():
        if isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
            assert gekregen[naam] == pytest.approx(waarde, abs=tolerantie + 1e-9), (naam, geval["bron"])
        else:
            assert gekregen[naam] == waarde, (naam, geval["bron"])


def test_there_are_at_least_30_published_examples():
    assert len(GEVALLEN) >= 30
