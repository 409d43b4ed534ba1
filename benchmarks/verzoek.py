"""Benchmark: one warm calculate request, the 1M-person core and start-up, before and after.

Everything is measured twice in this one run: on this tree, and on the tree of a baseline commit
(``--tegen``, default the commit before the speed work of issue 7 point 6), unpacked with
``git archive`` into a temporary folder and imported from there in a child process. Requests run
in two long-lived children (one per tree) in short blocks in turns, and the best block of each is
kept, so a busy shared machine slows both alike; only the ratios mean much.

1. ``verzoek``: one warm request through the public path (``spoorzoeker.bereken``, which
   ``spoorzoeker bereken`` and ``POST /api/v1/bereken`` call): the published WGA example of
   ``voorbeelden/wga_persoon.json`` without and with ``uitleg``, and a loondoorbetaling request
   for one employee.
2. ``kern``: the 1M-person core of ``benchmarks/scenario.py`` (loondoorbetaling volgens cao and
   the employer's share) beside the same arithmetic written directly in numpy in the same child.
3. ``start``: wall time of ``spoorzoeker --help`` in a new process, beside ``python -c pass``.

Usage: ``.venv/bin/python benchmarks/verzoek.py [--tegen COMMIT] [--aantal N] [--blokken B]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import beurten

HIER = Path(__file__).resolve().parent
BOOM = HIER.parent
# The tree before the speed work on the single request (branch snelheid7 started here).
BASIS = "b229d64e53d73acca2c0d9b37c540f6debb95fa0"

LOONDOORBETALING = {
    "datum": "2026-03-01",
    "personen": [{"bruto_maandloon": 3200.0, "contracturen_per_week": 36.0, "ziekteweek": 20,
                  "geboortedatum": "1985-06-15", "cao_regime": "wettelijk", "werkt_of_werkt_mee": False}],
    "bereken": ["loondoorbetaling_per_maand", "loondoorbetaling_cao_per_maand"],
}


_VERZOEK_NAMEN = ("verzoek WGA-voorbeeld", "verzoek WGA-voorbeeld met uitleg", "verzoek loondoorbetaling")


def _verzoeken() -> dict[str, dict]:
    import spoorzoeker

    wga = json.loads((Path(spoorzoeker.__file__).parent / "voorbeelden" / "wga_persoon.json").read_text())["verzoek"]
    return {
        "verzoek WGA-voorbeeld": {**wga, "uitleg": False},
        "verzoek WGA-voorbeeld met uitleg": {**wga, "uitleg": True},
        "verzoek loondoorbetaling": LOONDOORBETALING,
    }


def dienst() -> None:
    """Child process: warm up, then time blocks of requests on demand (one JSON line in, one out), so
    the parent can alternate short blocks between the two trees and a change in the machine's load
    hits both alike."""
    import spoorzoeker
    from spoorzoeker import bereken

    verzoeken = _verzoeken()
    for verzoek in verzoeken.values():
        for _ in range(50):  # warm: parameters loaded, caches filled, code paths run
            bereken(copy.deepcopy(verzoek))
    print(json.dumps({"bron": spoorzoeker.__file__}), flush=True)
    for regel in sys.stdin:
        opdracht = json.loads(regel)
        kopieen = [copy.deepcopy(verzoeken[opdracht["naam"]]) for _ in range(opdracht["n"])]  # as decoded from JSON
        begin = time.perf_counter()
        for v in kopieen:
            bereken(v)
        print(json.dumps((time.perf_counter() - begin) / opdracht["n"]), flush=True)


def meet_kern(aantal: int) -> dict[str, float]:
    """The 1M core and its numpy reference on the spoorzoeker this process imports (a child process)."""
    import spoorzoeker

    sys.path.insert(0, str(HIER))
    import scenario  # the 1M core and its numpy reference

    try:
        from spoorzoeker.scenarios import huidig
    except ImportError:  # the baseline tree, where current law still lived in spoorzoeker.stelsel
        from spoorzoeker.stelsel import huidig  # type: ignore[attr-defined,no-redef]

    kol = scenario.populatie(aantal)
    s = huidig()
    ons, direct = scenario.kern(s, kol), scenario.numpy_direct(kol, s, False)
    for a, b in zip(ons, direct, strict=True):  # the same numbers, or the comparison means nothing
        if not (a == b).all():
            raise SystemExit("kern en numpy direct geven verschillende uitkomsten")
    uit: dict[str, float] = {}
    uit["kern"] = scenario.beste_tijd(lambda: scenario.kern(s, kol))
    uit["numpy direct"] = scenario.beste_tijd(lambda: scenario.numpy_direct(kol, s, False))
    uit["_bron"] = spoorzoeker.__file__  # type: ignore[assignment]
    return uit


def _verzoeken_om_beurten(bomen: dict[str, Path], blokken: int, n: int) -> dict[str, dict[str, float]]:
    """Seconds per request per tree: the best of ``blokken`` blocks of ``n`` requests, the trees in turns."""
    return beurten.om_beurten(__file__, bomen, _VERZOEK_NAMEN, blokken, n)


def _start(src: Path) -> dict[str, float]:
    """Start-up of the command line in a new process: ``spoorzoeker --help``, and bare Python."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    help_ = ("import sys; sys.argv = ['spoorzoeker', '--help']\n"
             "try:\n    from spoorzoeker.opdrachtregel.app import app\n"
             "except ImportError:  # the baseline tree, before the command line moved\n    from spoorzoeker.cli import app\n"
             "app()")
    tijden: dict[str, list[float]] = {"start spoorzoeker --help": [], "start python -c pass": []}
    for _ in range(3):
        for naam, code in (("start spoorzoeker --help", help_), ("start python -c pass", "pass")):
            begin = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=False, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            tijden[naam].append(time.perf_counter() - begin)
    return {n: min(t) for n, t in tijden.items()}


def _kern(src: Path, aantal: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    uit = subprocess.run([sys.executable, __file__, "--kern", "--aantal", str(aantal)],
                         env=env, check=True, capture_output=True, text=True)
    meting = json.loads(uit.stdout.strip().splitlines()[-1])
    if not str(meting.pop("_bron")).startswith(str(src)):
        raise SystemExit(f"het kindproces las spoorzoeker niet uit {src}")
    return meting


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tegen", default=BASIS, help="the baseline commit (default: before the speed work)")
    parser.add_argument("--aantal", type=int, default=1_000_000, help="people in the core (0: skip the core)")
    parser.add_argument("--verzoeken", type=int, default=50, help="requests per block")
    parser.add_argument("--blokken", type=int, default=30, help="blocks per tree and request, in turns")
    parser.add_argument("--rondes", type=int, default=2, help="turns per tree for the core and the start-up")
    parser.add_argument("--dienst", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--kern", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dienst:
        dienst()
        return
    if args.kern:
        print(json.dumps(meet_kern(args.aantal)))
        return

    with tempfile.TemporaryDirectory(prefix="spoorzoeker-basis-") as tmp:
        archief = subprocess.run(["git", "-C", str(BOOM), "archive", args.tegen, "src"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archief, check=True)
        bomen = {"voor": Path(tmp) / "src", "na": BOOM / "src"}
        beste = _verzoeken_om_beurten(bomen, args.blokken, args.verzoeken)
        for _ in range(args.rondes):
            for naam, src in bomen.items():
                meting = _start(src)
                if args.aantal:
                    meting.update(_kern(src, args.aantal))
                for k, t in meting.items():
                    beste[naam][k] = min(t, beste[naam].get(k, float("inf")))
    voor, na = beste["voor"], beste["na"]
    print(f"Eén warm verzoek, de rekenkern en de start; voor = {args.tegen[:10]}, na = deze boom "
          f"(verzoeken: beste van {args.blokken} blokken van {args.verzoeken}, de bomen om beurten)")
    for k in _VERZOEK_NAMEN:
        print(f"  {k:36s} voor {voor[k] * 1e3:7.3f} ms  na {na[k] * 1e3:7.3f} ms  "
              f"na/voor {na[k] / voor[k]:.2f}x  ({voor[k] / na[k]:.1f} keer zo snel)")
    if "kern" in voor:
        print(f"  kern, {args.aantal:,} personen       voor {voor['kern']:.3f} s = "
              f"{voor['kern'] / voor['numpy direct']:.2f}x numpy direct; na {na['kern']:.3f} s = "
              f"{na['kern'] / na['numpy direct']:.2f}x numpy direct  (doel: hoogstens 1,3x)")
    kaal = statistics.mean([voor["start python -c pass"], na["start python -c pass"]])
    print(f"  spoorzoeker --help (nieuw proces)    voor {voor['start spoorzoeker --help']:.3f} s  "
          f"na {na['start spoorzoeker --help']:.3f} s  na/voor "
          f"{na['start spoorzoeker --help'] / voor['start spoorzoeker --help']:.2f}x  (kale python: {kaal:.3f} s)")


if __name__ == "__main__":
    main()
