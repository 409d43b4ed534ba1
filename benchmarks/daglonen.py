"""Benchmark: the indexed WIA dagloon, the Ziektewet dagloon and the transitievergoeding with the
maximum of the end year, for N people in one call each.

Prints people per second and, as the baseline measured in the same run, the unindexed WIA dagloon
(the rule without the revision series): the ratio shows what reading the revision history per
person costs. Usage: ``benchmarks/run`` or ``.venv/bin/python benchmarks/daglonen.py [--aantal N]``.
"""

from __future__ import annotations

import argparse

import numpy as np
from wga_iva import beste_tijd  # same folder: one timing helper for all benchmarks

from spoorzoeker import bereken

DATUM = "2026-03-01"


def _maandag(d: np.ndarray) -> np.ndarray:
    """The Monday on or before each date (1970-01-05 was a Monday)."""
    return d - (d - np.datetime64("1970-01-05")).astype(np.int64) % 7


def populatie(n: int, seed: int = 20261129) -> dict[str, np.ndarray]:
    """Synthetic people (nobody real): wages and dates drawn at random."""
    rng = np.random.default_rng(seed)
    ziek = np.datetime64("2020-03-01") + rng.integers(0, 2100, n)
    uit = np.datetime64("2020-06-01") + rng.integers(0, 2000, n)
    return {
        "sv_loon_refertejaar": rng.uniform(0, 120_000, n),
        "eerste_ziektedag": ziek,
        "ziektewet_loon_referteperiode": rng.uniform(0, 60_000, n),
        "datum_in_dienst": _maandag(ziek - rng.integers(10, 9000, n)),  # a Monday: never zero dagloondagen
        "bruto_maandsalaris": rng.uniform(1500, 9000, n),
        "datum_uit_dienst": uit,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--aantal", type=int, default=1_000_000)
    n = parser.parse_args().aantal
    k = populatie(n)
    bereken({"datum": DATUM, "personen": {"sv_loon_refertejaar": [1.0]}, "bereken": ["wia_dagloon"]})  # load once

    def vraag(kolommen, variabelen):
        return lambda: bereken({"datum": DATUM, "personen": kolommen, "bereken": variabelen})

    basis = beste_tijd(vraag({"sv_loon_refertejaar": k["sv_loon_refertejaar"]}, ["wia_dagloon"]))
    wia = beste_tijd(vraag({n_: k[n_] for n_ in ("sv_loon_refertejaar", "eerste_ziektedag")}, ["wia_dagloon"]))
    zw = beste_tijd(vraag({n_: k[n_] for n_ in ("ziektewet_loon_referteperiode", "datum_in_dienst",
                                                 "eerste_ziektedag")}, ["ziektewet_dagloon"]))
    in_dienst = k["datum_uit_dienst"] - (k["datum_uit_dienst"] - k["datum_in_dienst"]).astype(np.int64) % 12000
    tv = beste_tijd(vraag({"bruto_maandsalaris": k["bruto_maandsalaris"], "datum_in_dienst": in_dienst,
                           "datum_uit_dienst": k["datum_uit_dienst"]}, ["transitievergoeding"]))
    print(f"Daglonen en transitievergoeding, {n:,} personen per aanroep".replace(",", "."))
    for naam, t in (("WIA-dagloon zonder indexatie (basis)", basis), ("WIA-dagloon geïndexeerd", wia),
                    ("Ziektewet-dagloon (hoofdstuk 2a, geïndexeerd)", zw),
                    ("Transitievergoeding (maximum van het eindjaar)", tv)):
        snelheid = f"{n / t:,.0f}".replace(",", ".")
        print(f"  {naam:48s} {snelheid:>12s} personen/s   {t / basis:5.2f} x basis".replace(" x basis", " x de basistijd"))


if __name__ == "__main__":
    main()
