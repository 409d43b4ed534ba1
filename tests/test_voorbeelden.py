"""Published worked examples (UWV, Rijksoverheid, courts, HR and law sites) as data.

Each case in ``tests/voorbeelden/*.yaml`` names its source (``bron``) and how the source got
its numbers (``berekening``); the expected amounts are the published ones, to the cent.

``nog_niet_ondersteund.yaml`` holds published examples Spoorzoeker does not (yet) reproduce, each
with ``waarom``. They run as expected failures that must fail (``xfail(strict=True)``): when a
change makes one pass, the suite says so, and the case moves to the passing examples.
"""

from pathlib import Path

import pytest
import yaml

from spoorzoeker import bereken

MAP = Path(__file__).parent / "voorbeelden"


NIET_ONDERSTEUND = "nog_niet_ondersteund.yaml"


def _gevallen(ondersteund: bool = True):
    for bestand in sorted(MAP.glob("*.yaml")):
        if bestand.name == "tijdlijn.yaml":  # dates, not amounts: test_timeline_voorbeelden.py
            continue
        if (bestand.name == NIET_ONDERSTEUND) == ondersteund:
            continue
        for i, geval in enumerate(yaml.safe_load(bestand.read_text(encoding="utf-8")) or []):
            marks = () if ondersteund else pytest.mark.xfail(strict=True, reason=geval.get("waarom", "")[:200])
            yield pytest.param(geval, id=f"{bestand.stem}-{i + 1}-{geval['naam'][:40]}", marks=marks)


GEVALLEN = list(_gevallen())
NIET_ONDERSTEUNDE_GEVALLEN = list(_gevallen(ondersteund=False))


def _json(waarde):
    """YAML gives dates as date objects; the interface takes ISO strings like JSON would."""
    if isinstance(waarde, list):
        return [_json(w) for w in waarde]
    if isinstance(waarde, dict):
        return {k: _json(w) for k, w in waarde.items()}
    return waarde.isoformat() if hasattr(waarde, "isoformat") else waarde


def _controleer(geval):
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
            assert gekregen[naam] == _json(waarde), (naam, geval["bron"])


@pytest.mark.parametrize("geval", GEVALLEN)
def test_published_example(geval):
    _controleer(geval)


@pytest.mark.parametrize("geval", NIET_ONDERSTEUNDE_GEVALLEN)
def test_published_example_not_yet_supported(geval):
    assert geval.get("waarom"), "every unsupported example says why"
    _controleer(geval)


def test_every_unsupported_example_says_why():
    # Checked apart from the xfail run, so a case without 'waarom' cannot hide as an expected failure.
    assert NIET_ONDERSTEUNDE_GEVALLEN
    assert all(g.values[0].get("waarom") and g.values[0].get("bron") for g in NIET_ONDERSTEUNDE_GEVALLEN)


def test_there_are_at_least_30_published_examples():
    assert len(GEVALLEN) >= 30
