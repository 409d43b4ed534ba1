"""Benchmark: the financial-overview projection for 100,000 people, all WIA branches, 84 months.

Prints people per second for
  1. one call of ``projecteer`` for all N people (6 branches x 84 months each),
  2. the same function called once per person (a random sample, extrapolated),
and their ratio; the time of one call for 1 and for 1,000 people (issue 4: "a thousand people
cost little more than one"), and the memory of the result arrays; all measured in this one run (machines here are shared and noisy, so only
ratios within a run mean much). It also checks that the sampled single calls give exactly the
batch's numbers. Usage: ``.venv/bin/python benchmarks/projectie.py [--aantal N] [--steekproef K]``.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from spoorzoeker.projection import TAKKEN, projecteer

DATUM = "2026-03-01"
REGIMES = np.array(["wettelijk", "exact_170", "boven_170_onvoorwaardelijk", "boven_170_voorwaardelijk", "onder_170"])


def populatie(n: int, seed: int = 20261125) -> dict[str, np.ndarray]:
    """Synthetic people (nobody real). Everyone has the standard 104 weeks, so the overview is
    24 + 60 = 84 months long."""
    rng = np.random.default_rng(seed)
    return {
        "eerste_ziektedag": np.datetime64("2026-01-01") + rng.integers(0, 365, n),
        "bruto_maandloon": np.round(rng.uniform(1800, 9000, n), 2),
        "contracturen_per_week": rng.choice([20.0, 24.0, 32.0, 36.0, 38.0, 40.0], n),
        "geboortedatum": np.datetime64("1962-01-01") + rng.integers(0, 365 * 40, n),
        "lgu_duur_maanden": rng.integers(3, 25, n).astype(np.float64),
        "cao_regime": REGIMES[rng.integers(0, REGIMES.size, n)],
        "werkt_of_werkt_mee": rng.random(n) < 0.5,
        "restverdiencapaciteit_per_maand": np.round(rng.uniform(0, 4000, n), 2),
        "wga_hiaat_verzekering": rng.random(n) < 0.3,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--aantal", type=int, default=100_000)
    ap.add_argument("--steekproef", type=int, default=200)
    args = ap.parse_args()
    kol = populatie(args.aantal)

    batch = float("inf")
    for _ in range(2):  # best of two, as benchmarks/wga_iva.py does: the first run also maps fresh memory
        begin = time.perf_counter()
        pr = projecteer(kol, DATUM, uitleg=False)
        batch = min(batch, time.perf_counter() - begin)
    n, B, M = pr.totaal.shape
    assert B == len(TAKKEN)
    geheugen = sum(a.nbytes for a in _eigen_arrays(pr))

    klein = {}
    for aantal, herhaal in ((1, 20), (1000, 5)):
        deel = {k: v[:aantal] for k, v in kol.items()}
        projecteer(deel, DATUM, uitleg=False)
        beste = float("inf")
        for _ in range(herhaal):
            begin = time.perf_counter()
            projecteer(deel, DATUM, uitleg=False)
            beste = min(beste, time.perf_counter() - begin)
        klein[aantal] = beste

    rng = np.random.default_rng(1)
    steekproef = rng.choice(args.aantal, size=min(args.steekproef, args.aantal), replace=False)
    projecteer({k: v[:1] for k, v in kol.items()}, DATUM, uitleg=False)  # warm-up
    begin = time.perf_counter()
    for i in steekproef:
        los = projecteer({k: v[i:i + 1] for k, v in kol.items()}, DATUM, uitleg=False)
        m = los.totaal.shape[2]
        np.testing.assert_array_equal(los.totaal[0], pr.totaal[i, :, :m])
    per_persoon = (time.perf_counter() - begin) / steekproef.size

    print(f"Projectie (financieel overzicht): {n:,} personen x {B} WIA-uitkomsten x {M} maanden "
          f"= {n * B * M:,} maandbedragen")
    print(f"  een aanroep voor iedereen : {batch:8.2f} s  = {n / batch:12,.0f} personen/s")
    print(f"  een aanroep per persoon   : {per_persoon * 1000:8.2f} ms = {1 / per_persoon:12,.0f} personen/s "
          f"(steekproef {steekproef.size}, zelfde uitkomsten)")
    print(f"  verhouding                : {per_persoon * n / batch:8.1f} x sneller in een aanroep")
    print(f"  een aanroep, 1 persoon    : {klein[1] * 1000:8.2f} ms")
    print(f"  een aanroep, 1.000 pers.  : {klein[1000] * 1000:8.2f} ms = {klein[1000] / klein[1]:.1f} x een persoon")
    print(f"  geheugen van de uitkomst  : {geheugen / 2**20:8.0f} MiB voor {n:,} personen")


def _eigen_arrays(pr):
    """The result arrays that own memory (a broadcast view, like the loondoorbetaling that is the
    same in every branch, counts once through its base)."""
    gezien: dict[int, np.ndarray] = {}
    for a in vars(pr).values():
        if isinstance(a, np.ndarray):
            basis = a
            while basis.base is not None and isinstance(basis.base, np.ndarray):
                basis = basis.base
            gezien[id(basis)] = basis
    return list(gezien.values())


if __name__ == "__main__":
    main()
