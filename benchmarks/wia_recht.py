"""Benchmark: what checking the right to a WIA benefit (WIA art. 43, 47, 54) and the no-riskpolis
(ZW art. 29b) costs for a million people in one call.

Prints, measured in this one run (only ratios within a run mean much on a shared machine):
  1. ``wia_uitkering_per_maand`` with the right given as input (the rule for the right skipped: the
     cost before the right was a rule), the baseline;
  2. the same without any facts of the right (the rule runs on unknowns, the amount is unchanged);
  3. the same with the facts of the right (first day, birth date, exclusion ground);
  4. ``noriskpolis_van_toepassing`` for a mix of grounds.
Usage: ``.venv/bin/python benchmarks/wia_recht.py [--aantal N]``.
"""

from __future__ import annotations

import argparse

import numpy as np
from wga_iva import beste_tijd, populatie  # same folder: one timing helper and population for all benchmarks

from spoorzoeker import bereken

DATUM = "2026-07-01"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--aantal", type=int, default=1_000_000)
    n = parser.parse_args().aantal
    basis = populatie(n)
    rng = np.random.default_rng(20261129)
    dagen = rng.integers(0, 900, n).astype("timedelta64[D]")
    feiten = {**basis, "eerste_dag_wachttijd": np.datetime64("2023-06-01") + dagen,
              "geboortedatum": np.datetime64("1960-01-01") + rng.integers(0, 12000, n).astype("timedelta64[D]"),
              "wia_uitsluitingsgrond": np.where(rng.random(n) < 0.02, "woont_niet_in_nederland", "geen")}
    gronden = np.array(["geen", "wia_uitkering", "wajong", "doelgroepregister", "wia_voortgezet"])
    nr = {"noriskpolis_grond": gronden[rng.integers(0, len(gronden), n)],
          "datum_in_dienst": np.datetime64("2020-01-01") + dagen,
          "datum_vaststelling_wia": np.datetime64("2021-01-01") + dagen}

    def vraag(personen, gevraagd):
        return lambda: bereken({"datum": DATUM, "personen": personen, "bereken": gevraagd})

    t_basis = beste_tijd(vraag({**basis, "recht_op_wia_uitkering": np.ones(n, dtype=bool)}, ["wia_uitkering_per_maand"]))
    t_zonder = beste_tijd(vraag(basis, ["wia_uitkering_per_maand"]))
    t_met = beste_tijd(vraag(feiten, ["wia_uitkering_per_maand", "recht_op_wia_uitkering"]))
    t_nr = beste_tijd(vraag(nr, ["noriskpolis_van_toepassing"]))
    print(f"{n} personen, datum {DATUM}")
    print(f"  wia_uitkering_per_maand, recht als invoer (basis): {t_basis:6.2f} s")
    print(f"  idem, recht niet opgegeven:                        {t_zonder:6.2f} s  ({t_zonder / t_basis:.2f} x basis)")
    print(f"  idem, met de feiten van het recht:                 {t_met:6.2f} s  ({t_met / t_basis:.2f} x basis)")
    print(f"  noriskpolis_van_toepassing:                        {t_nr:6.2f} s  ({t_nr / t_basis:.2f} x basis)")


if __name__ == "__main__":
    main()
