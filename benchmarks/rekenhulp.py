"""Benchmark: the public calculator's answer (``POST /rekenhulp``, ``POST /api/v1/overzicht``), before and after.

What one answer costs in the web process: the overview of the form's input with its charts
(``web.handelingen.financieel_overzicht``) drawn as HTML (``reports.naar_html``, the same blocks the
page template draws). Two cases, for the employee's and the employer's version:

* ``nieuw``: every answer for an input not seen before (the wage changes by a cent each time);
* ``zelfde``: the same input again (a reload, or someone sending one form over and over).

Both trees are measured in this one run: this tree, and a baseline commit (``--tegen``, default the
commit before the charts became SVG), unpacked with ``git archive`` and imported in a child process.
The two children take short blocks in turns and the best block of each is kept, so a busy shared
machine slows both alike; only the ratios mean much.

Usage: ``.venv/bin/python benchmarks/rekenhulp.py [--tegen COMMIT] [--blokken B] [--aantal N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import beurten

HIER = Path(__file__).resolve().parent
BOOM = HIER.parent
BASIS = "40ff7b620eb83632dd4e33ba404adb30fba9996a"  # before the charts became SVG (branch klein11i)
VANDAAG = dt.date(2026, 11, 30)
GEVALLEN = ("werknemer nieuw", "werknemer zelfde", "werkgever nieuw", "werkgever zelfde")


class _Omgeving:
    """What ``financieel_overzicht`` asks of the web app's environment: today."""

    def vandaag(self) -> dt.date:
        return VANDAAG


def dienst() -> None:
    """Child process: warm up, then time blocks on demand (one JSON line in, one out)."""
    import spoorzoeker
    from spoorzoeker.reports import naar_html
    from spoorzoeker.web import handelingen as h
    from spoorzoeker.web import modellen as m

    om = _Omgeving()
    teller = [0]

    def invoer(soort: str, nieuw: bool):
        if nieuw:
            teller[0] += 1
        return m.OverzichtIn(soort=soort, eerste_ziektedag=dt.date(2026, 3, 2), bruto_maandloon=3200 + teller[0] / 100,
                             geboortedatum=dt.date(1980, 5, 1), eerste_jaar_met_arbeid=2000, eigenrisicodrager=True)

    def antwoord(soort: str, nieuw: bool) -> int:
        return len(naar_html(h.financieel_overzicht(om, invoer(soort, nieuw))))  # type: ignore[arg-type]

    for soort in ("werknemer", "werkgever"):  # warm: imports, parameters, fonts
        antwoord(soort, True)
    print(json.dumps({"bron": spoorzoeker.__file__}), flush=True)
    for regel in sys.stdin:
        opdracht = json.loads(regel)
        soort, geval = opdracht["naam"].split()
        grootte = antwoord(soort, True)  # the input of this block, seen once
        begin = time.perf_counter()
        for _ in range(opdracht["n"]):
            grootte = antwoord(soort, geval == "nieuw")
        print(json.dumps([(time.perf_counter() - begin) / opdracht["n"], grootte]), flush=True)


def om_beurten(bomen: dict[str, Path], blokken: int, n: int) -> dict[str, dict[str, list[float]]]:
    """Per tree and case the fastest [seconds, size] of ``blokken`` blocks of ``n`` answers, in turns."""
    return beurten.om_beurten(__file__, bomen, GEVALLEN, blokken, n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tegen", default=BASIS, help="the baseline commit")
    parser.add_argument("--blokken", type=int, default=5, help="blocks per tree and case, in turns")
    parser.add_argument("--aantal", type=int, default=3, help="answers per block")
    parser.add_argument("--dienst", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dienst:
        dienst()
        return
    with tempfile.TemporaryDirectory(prefix="spoorzoeker-basis-") as tmp:
        archief = subprocess.run(["git", "-C", str(BOOM), "archive", args.tegen, "src"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archief, check=True)
        beste = om_beurten({"voor": Path(tmp) / "src", "na": BOOM / "src"}, args.blokken, args.aantal)
    voor, na = beste["voor"], beste["na"]
    print(f"Rekenhulp: één antwoord (overzicht met grafieken, als HTML); voor = {args.tegen[:10]}, na = deze boom "
          f"(beste van {args.blokken} blokken van {args.aantal}, de bomen om beurten)")
    for k in GEVALLEN:
        (tv, gv), (tn, gn) = voor[k], na[k]
        print(f"  {k:18s} voor {tv * 1e3:8.1f} ms ({gv / 1024:5.0f} kB)  na {tn * 1e3:8.1f} ms ({gn / 1024:5.0f} kB)  "
              f"na/voor {tn / tv:.3f}x  ({tv / tn:.0f} keer zo snel)")


if __name__ == "__main__":
    main()
