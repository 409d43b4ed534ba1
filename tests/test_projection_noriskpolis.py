"""The no-riskpolis in the employer view: the end date of the five years (ZW art. 29b lid 1) from the
rules, and one line in the employer's overview. Synthetic person (the shipped example)."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np

from spoorzoeker.projection.werkgever import werkgeverskosten
from spoorzoeker.reports import werkgever_overzicht
from spoorzoeker.reports.inhoud import Alinea

VOORBEELD = json.loads((__import__("pathlib").Path(__file__).parents[1] / "src/spoorzoeker/voorbeelden/"
                        "overzicht_persoon.json").read_text(encoding="utf-8"))


def _persoon(**extra):
    return {**VOORBEELD["persoon"], "lgu_duur_maanden": 12, **extra}


def test_employer_view_gives_the_end_date():
    """In service 2024-04-01 with a WIA benefit before (lid 1 a): covered for sickness beginning up to and
    including 2029-03-31 (by hand: five years after the start, minus one day)."""
    wk = werkgeverskosten(_persoon(noriskpolis_grond="wia_uitkering", datum_in_dienst="2024-04-01"), "2026-03-01")
    assert wk.noriskpolis is not None
    assert wk.noriskpolis.lid[0] == "lid_1_a" and not wk.noriskpolis.onbeperkt[0]
    assert wk.noriskpolis.einddatum[0] == np.datetime64("2029-03-31")


def test_employer_view_without_a_ground_has_no_noriskpolis_block():
    assert werkgeverskosten(_persoon(), "2026-03-01").noriskpolis is None


def _regels(ov) -> list[str]:
    return [b.tekst for b in ov.blokken if isinstance(b, Alinea)]


def test_overview_line():
    invoer = {**VOORBEELD, "persoon": {**VOORBEELD["persoon"], "noriskpolis_grond": "wia_uitkering"},
              "werkgever": {**VOORBEELD["werkgever"], "datum_in_dienst": "2024-04-01"}}
    regels = _regels(werkgever_overzicht(invoer, vandaag=dt.date(2026, 3, 1)))
    assert any("No-riskpolis: valt deze werknemer ziek tot en met 31 maart 2029" in r for r in regels), regels
    invoer["persoon"]["noriskpolis_grond"] = "wajong"
    regels = _regels(werkgever_overzicht(invoer, vandaag=dt.date(2026, 3, 1)))
    assert any("zolang het dienstverband duurt" in r for r in regels)
    zonder = _regels(werkgever_overzicht(VOORBEELD, vandaag=dt.date(2026, 3, 1)))
    assert not any("no-riskpolis" in r.lower() for r in zonder)
