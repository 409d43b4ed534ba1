"""Warm a server process up before it serves, then hide what it loaded from the garbage collector.

A process that has imported the libraries, loaded the law's parameters and compiled the templates holds
about 180,000 Python objects that live as long as the process. CPython's cyclic garbage collector walks
all of them in every full collection, and a full collection comes whenever the objects that survived
younger collections grew by a quarter: in the middle of some request. Measured on the case page (1,000
cases read once each, in-process): one full collection took 140-155 ms, which lands on every request in
flight in that process and makes the slowest one percent of the pages.

So at start-up each server process does once what its first requests would do anyway (compile every
template, calculate one person and one timeline, so the law's parameters are loaded), and then
``gc.freeze()`` moves everything alive into a generation the collector never walks. What the process
creates afterwards (the small caches of cases and answers, each request's objects) is still collected
as before. Nothing here changes what a page shows.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from pathlib import Path

VOORBEELD = Path(__file__).parent.parent / "voorbeelden" / "wga_persoon.json"


def warm_op() -> int:
    """Compile the templates, load the law by using it once, and freeze the objects alive so far.
    Returns the number of objects frozen."""
    from ..interface import bereken
    from ..timeline import bereken_tijdlijn
    from .paginas import compileer_sjablonen

    compileer_sjablonen()
    bereken(json.loads(VOORBEELD.read_text(encoding="utf-8"))["verzoek"])
    bereken_tijdlijn({"eerste_ziektedag": "2026-01-05"}, vandaag=dt.date(2026, 3, 2))
    gc.collect()  # what is garbage already should not be frozen with the rest
    gc.freeze()
    return gc.get_freeze_count()
