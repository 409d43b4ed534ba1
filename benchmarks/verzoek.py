"""Benchmark: one warm calculate request, the 1M-person core and start-up, before and after.

Everything is measured twice in this one run: on this tree, and on the tree of a baseline commit
(``--tegen``, default the commit before the speed work of issue 7 point 6), unpacked with
``git archive`` into a temporary folder and imported from there in a child process. The two are
measured in turns (baseline, this tree, baseline, this tree, ...) and the best of each is kept,
so a busy shared machine slows both alike; only the ratios mean much.

1. ``verzoek``: one warm request through the public path (``spoorzoeker.bereken``, which
   ``spoorzoeker bereken`` and ``POST /api/v1/bereken`` call): the published WGA example of
   ``voorbeelden/wga_persoon.json`` without and with ``uitleg``, and a loondoorbetaling request
   for one employee.
2. ``kern``: the 1M-person core of ``benchmarks/scenario.py`` (loondoorbetaling volgens cao and
   the employer's share) beside the same arithmetic written directly in numpy in the same child.
3. ``start``: wall time of ``spoorzoeker --help`` in a new process, beside ``python -c pass``.

Usage: ``.venv/bin/python benchmarks/verzoek.py [--tegen COMMIT] [--aantal N] [--rondes R]``.
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


def _verzoeken() -> dict[str, dict]:
    import spoorzoeker

    wga = json.loads((Path(spoorzoeker.__file__).parent / "voorbeelden" / "wga_persoon.json").read_text())["verzoek"]
    return {
        "verzoek WGA-voorbeeld": {**wga, "uitleg": False},
        "verzoek WGA-voorbeeld met uitleg": {**wga, "uitleg": True},
        "verzoek loondoorbetaling": LOONDOORBETALING,
    }


def _per_verzoek(bereken, verzoek: dict, n: int) -> float:
    """Seconds per request: the best of five rounds of ``n`` requests (each a fresh copy, as a
    request decoded from JSON would be)."""
    kopieen = [copy.deepcopy(verzoek) for _ in range(n)]
    beste = float("inf")
    for _ in range(5):
        begin = time.perf_counter()
        for v in kopieen:
            bereken(v)
        beste = min(beste, (time.perf_counter() - begin) / n)
    return beste


def meet(aantal: int, n_verzoeken: int) -> dict[str, float]:
    """Every measure on the spoorzoeker that this process imports (run in a child process)."""
    import spoorzoeker
    from spoorzoeker import bereken

    uit: dict[str, float] = {}
    for naam, verzoek in _verzoeken().items():
        for _ in range(50):  # warm: parameters loaded, caches filled, code paths run
            bereken(copy.deepcopy(verzoek))
        uit[naam] = _per_verzoek(bereken, verzoek, n_verzoeken)
    if aantal:
        sys.path.insert(0, str(HIER))
        import scenario  # the 1M core and its numpy reference

        from spoorzoeker.stelsel import huidig

        kol = scenario.populatie(aantal)
        s = huidig()
        ons, direct = scenario.kern(s, kol), scenario.numpy_direct(kol, s, False)
        for a, b in zip(ons, direct, strict=True):  # the same numbers, or the comparison means nothing
            if not (a == b).all():
                raise SystemExit("kern en numpy direct geven verschillende uitkomsten")
        uit["kern"] = scenario.beste_tijd(lambda: scenario.kern(s, kol))
        uit["numpy direct"] = scenario.beste_tijd(lambda: scenario.numpy_direct(kol, s, False))
    uit["_bron"] = spoorzoeker.__file__  # type: ignore[assignment]
    return uit


def _start(src: Path) -> dict[str, float]:
    """Start-up of the command line in a new process: ``spoorzoeker --help``, and bare Python."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    help_ = ("import sys; sys.argv = ['spoorzoeker', '--help']\n"
             "from spoorzoeker.cli import app\n"
             "app()")
    tijden: dict[str, list[float]] = {"start spoorzoeker --help": [], "start python -c pass": []}
    for _ in range(3):
        for naam, code in (("start spoorzoeker --help", help_), ("start python -c pass", "pass")):
            begin = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=False, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            tijden[naam].append(time.perf_counter() - begin)
    return {n: min(t) for n, t in tijden.items()}


def _kind(src: Path, aantal: int, n_verzoeken: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    uit = subprocess.run([sys.executable, __file__, "--meet", "--aantal", str(aantal), "--verzoeken", str(n_verzoeken)],
                         env=env, check=True, capture_output=True, text=True)
    meting = json.loads(uit.stdout.strip().splitlines()[-1])
    if not str(meting.pop("_bron")).startswith(str(src)):
        raise SystemExit(f"het kindproces las spoorzoeker niet uit {src}")
    meting.update(_start(src))
    return meting


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tegen", default=BASIS, help="the baseline commit (default: before the speed work)")
    parser.add_argument("--aantal", type=int, default=1_000_000, help="people in the core (0: skip the core)")
    parser.add_argument("--verzoeken", type=int, default=300, help="requests per round")
    parser.add_argument("--rondes", type=int, default=2, help="turns per tree")
    parser.add_argument("--meet", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.meet:
        print(json.dumps(meet(args.aantal, args.verzoeken)))
        return

    with tempfile.TemporaryDirectory(prefix="spoorzoeker-basis-") as tmp:
        archief = subprocess.run(["git", "-C", str(BOOM), "archive", args.tegen, "src"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archief, check=True)
        bomen = {"voor": Path(tmp) / "src", "na": BOOM / "src"}
        metingen: dict[str, list[dict[str, float]]] = {"voor": [], "na": []}
        for _ in range(args.rondes):
            for naam, src in bomen.items():
                metingen[naam].append(_kind(src, args.aantal, args.verzoeken))
    beste = {naam: {k: min(m[k] for m in lijst) for k in lijst[0]} for naam, lijst in metingen.items()}
    voor, na = beste["voor"], beste["na"]
    print(f"Eén warm verzoek, de rekenkern en de start; voor = {args.tegen[:10]}, na = deze boom "
          f"(beste van {args.rondes} beurten per boom, afwisselend gemeten)")
    for k in voor:
        if k.startswith("verzoek"):
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
