"""Benchmark: the WGA/IVA rules for a million people in one call.

Prints people per second for
  1. one vectorised call of ``spoorzoeker.bereken`` for all N people,
  2. the same API called once per person (a random sample, extrapolated),
  3. the same rules written for openfisca-core (run in its own virtual environment),
and the ratios between them, all measured in this one run (machines here are shared and
noisy, so only ratios within a run mean much). Usage: ``benchmarks/run [--aantal N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from spoorzoeker import bereken

HIER = Path(__file__).parent
DATUM = "2026-03-01"
GEVRAAGD = ["wga_uitkering_per_maand", "iva_uitkering_per_maand"]


def populatie(n: int, seed: int = 20261124) -> dict[str, np.ndarray]:
    """Synthetic people (nobody real): wages, assessment and WGA month drawn at random."""
    rng = np.random.default_rng(seed)
    maatman = rng.uniform(1500, 7000, n)
    inkomsten = np.where(rng.random(n) < 0.5, 0.0, rng.uniform(0, 3000, n))
    return {
        "sv_loon_refertejaar": rng.uniform(0, 120_000, n),
        "maatmanloon_per_maand": maatman,
        "restverdiencapaciteit_per_maand": maatman * rng.random(n),
        "inkomsten_per_maand": inkomsten,
        "wga_maand": rng.integers(1, 61, n).astype(np.float64),
        "lgu_duur_maanden": rng.integers(3, 25, n).astype(np.float64),
        "duurzaam": rng.random(n) < 0.3,
    }


def beste_tijd(functie, herhalingen: int = 3) -> float:
    tijden = []
    for _ in range(herhalingen):
        begin = time.perf_counter()
        functie()
        tijden.append(time.perf_counter() - begin)
    return min(tijden)


def een_aanroep(kolommen):
    return bereken({"datum": DATUM, "personen": kolommen, "bereken": GEVRAAGD})["resultaten"]


def per_persoon(kolommen, indices):
    for i in indices:
        persoon = {k: (bool(v[i]) if v.dtype == np.bool_ else float(v[i])) for k, v in kolommen.items()}
        bereken({"datum": DATUM, "personen": [persoon], "bereken": GEVRAAGD})


def openfisca(n: int, controle: Path) -> dict | None:
    python = os.environ.get("SPOORZOEKER_OPENFISCA_PYTHON", str(HIER.parent / ".venv-openfisca/bin/python"))
    script = HIER / "openfisca_wga.py"
    if not Path(python).exists() or not script.exists():
        print(f"  openfisca-core overgeslagen: {python} of {script.name} ontbreekt", file=sys.stderr)
        return None
    uit = subprocess.run([python, str(script), "--aantal", str(n), "--periode", DATUM[:7],
                          "--controle-bestand", str(controle)], capture_output=True, text=True)
    if uit.returncode != 0:
        print("  openfisca-core mislukt:\n" + uit.stderr[-2000:], file=sys.stderr)
        return None
    return json.loads(uit.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=1_000_000)
    parser.add_argument("--steekproef", type=int, default=300, help="personen voor de aanroep per persoon")
    args = parser.parse_args()
    n = args.aantal

    kolommen = populatie(n)
    een_aanroep(kolommen)  # warm-up: loads parameters and imports
    t_vector = beste_tijd(lambda: een_aanroep(kolommen))
    indices = np.random.default_rng(1).choice(n, size=min(args.steekproef, n), replace=False)
    t_los = beste_tijd(lambda: per_persoon(kolommen, indices), herhalingen=1) / len(indices)

    print(f"WGA/IVA-regels, {n:,} personen, rekendatum {DATUM}")
    print(f"  spoorzoeker, één aanroep:        {n / t_vector:14,.0f} personen/s  ({t_vector:.3f} s)")
    print(f"  spoorzoeker, aanroep per persoon: {1 / t_los:14,.0f} personen/s  (steekproef {len(indices)})")
    print(f"  verhouding één aanroep / per persoon: {t_los * n / t_vector:,.0f}x")

    with tempfile.TemporaryDirectory() as tmp:
        controle = Path(tmp) / "controle.json"
        of = openfisca(n, controle)
        if of:
            t_of = of["seconden"]
            print(f"  openfisca-core (zelfde regels):  {n / t_of:14,.0f} personen/s  ({t_of:.3f} s, {of.get('dtype')})")
            print(f"  verhouding spoorzoeker / openfisca-core: {t_of / t_vector:.1f}x")
            vergelijk(controle)
    print("Doel (issue 2): 1.000.000 personen in minder dan 1 s op deze machine met 2 kernen.")


def vergelijk(controle: Path) -> None:
    """Check that OpenFisca's numbers for the first people equal ours (same rules, same data)."""
    if not controle.exists():
        return
    data = json.loads(controle.read_text())
    invoer = {k: np.asarray(v) for k, v in data["invoer"].items()}
    ons = een_aanroep(invoer)
    for naam in GEVRAAGD:
        verschil = np.max(np.abs(np.asarray(data["uitvoer"][naam], dtype=np.float64) - ons[naam]))
        print(f"  grootste verschil met openfisca-core in {naam}: € {verschil:.4f}")


if __name__ == "__main__":
    main()
