"""Benchmark only: the WGA/IVA rules of Spoorzoeker written for openfisca-core 46.0.1.

Run with the Python of a separate virtual environment that has ``openfisca-core==46.0.1``
(``benchmarks/run`` makes ``.venv-openfisca``); this file imports nothing from spoorzoeker.

* A minimal TaxBenefitSystem (one entity, ``persoon``) with monthly variables for the same
  formulas as our engine: WIA-dagloon and -maandloon, arbeidsongeschiktheidsklasse, WGA
  loongerelateerde uitkering, loonaanvullingsuitkering, vervolguitkering, IVA-uitkering.
  (Simplified: the half-month blending at the end of the loongerelateerde uitkering is left out.)
* Parameters: OUR YAML files (``src/spoorzoeker/parameters``), loaded by OpenFisca's own
  ``ParameterNode`` - which also shows that those files are valid OpenFisca parameter files.
* N synthetic people (the same seeded draws as ``benchmarks/wga_iva.py``), best of 3 runs;
  each run builds a new simulation, sets the inputs and calculates both outputs.

Prints one JSON line on stdout. Note: OpenFisca stores ``value_type = float`` variables as
float32; the JSON says so in ``dtype`` and the values are reported as OpenFisca returns them.

Usage::

    .venv-openfisca/bin/python benchmarks/openfisca_wga.py --aantal 1000000 --periode 2026-03 \
        [--controle-bestand controle.json] [--parameters DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from importlib import metadata
from pathlib import Path

import numpy as np
from openfisca_core.entities import build_entity
from openfisca_core.periods import MONTH
from openfisca_core.simulations import SimulationBuilder
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.variables import Variable

PARAMETER_MAP = Path(__file__).resolve().parent.parent / "src" / "spoorzoeker" / "parameters"
UITVOER = ["wga_uitkering_per_maand", "iva_uitkering_per_maand"]

# Arbeidsongeschiktheidsklassen (art. 4/5 Schattingsbesluit, art. 61 lid 5 WIA): lower bounds
# of the classes and the percentage of the (minimum)maandloon for the vervolguitkering.
KLASSE_GRENZEN = np.array([0.0, 0.35, 0.45, 0.55, 0.65, 0.80])
KLASSE_BEDRAGEN = np.array([0.0, 0.28, 0.35, 0.42, 0.5075, 0.70])
GEEN, WGA_35_80, WGA_80_100, IVA = 0, 1, 2, 3


def naar_centen(x):
    """Round half up to whole cents (away from zero for negatives), as our engine does."""
    x = np.asarray(x, dtype=np.float64)
    return np.sign(x) * np.floor(np.round(np.abs(x) * 100.0, 6) + 0.5) / 100.0


# Entity and variables -------------------------------------------------------------------------

Persoon = build_entity(
    key="persoon", plural="personen", label="Persoon",
    doc="Een werknemer of uitkeringsgerechtigde.", is_person=True,
)


def maand(cls):
    """Monthly variable of a persoon, float unless the class says otherwise. OpenFisca reads a
    variable's attributes from the class's own ``__dict__`` only (inherited ones are ignored:
    "Missing attribute 'value_type'"), so they are set on every class here."""
    for naam, waarde in (("entity", Persoon), ("definition_period", MONTH), ("value_type", float)):
        if naam not in cls.__dict__:
            setattr(cls, naam, waarde)
    return cls


# Inputs
@maand
class sv_loon_refertejaar(Variable):
    label = "SV-loon in het refertejaar"


@maand
class maatmanloon_per_maand(Variable):
    label = "Maatmanloon per maand"


@maand
class restverdiencapaciteit_per_maand(Variable):
    label = "Restverdiencapaciteit per maand"


@maand
class inkomsten_per_maand(Variable):
    label = "Inkomsten uit arbeid per maand"


@maand
class wga_maand(Variable):
    label = "Maand van de WGA-uitkering (1 = eerste)"


@maand
class lgu_duur_maanden(Variable):
    label = "Duur van de loongerelateerde uitkering in maanden"


@maand
class duurzaam(Variable):
    value_type = bool
    label = "Duurzaam arbeidsongeschikt"


@maand
class referte_eis_vervuld(Variable):
    value_type = bool
    default_value = True
    label = "Aan de referte-eis (wekeneis) voldaan"


# Formulas
@maand
class wia_dagloon_ongemaximeerd(Variable):
    label = "WIA-dagloon zonder maximum"

    def formula(persoon, period, parameters):
        return naar_centen(persoon("sv_loon_refertejaar", period) / 261.0)


@maand
class wia_dagloon(Variable):
    label = "WIA-dagloon (ten hoogste het maximumdagloon)"

    def formula(persoon, period, parameters):
        maximum = parameters(period).maximumdagloon.maximumdagloon
        return np.minimum(persoon("wia_dagloon_ongemaximeerd", period), maximum)


@maand
class wia_maandloon(Variable):
    label = "WIA-maandloon (dagloon x 21,75)"

    def formula(persoon, period, parameters):
        return naar_centen(persoon("wia_dagloon", period) * 21.75)


@maand
class dagloon_verhouding(Variable):
    label = "Gemaximeerd / ongemaximeerd dagloon"

    def formula(persoon, period, parameters):
        dagloon = persoon("wia_dagloon", period).astype(np.float64)
        ongemaximeerd = persoon("wia_dagloon_ongemaximeerd", period).astype(np.float64)
        uit = np.ones_like(dagloon)
        np.divide(dagloon, ongemaximeerd, out=uit, where=ongemaximeerd != 0)
        return uit


@maand
class arbeidsongeschiktheidspercentage(Variable):
    label = "Mate van arbeidsongeschiktheid (procent)"

    def formula(persoon, period, parameters):
        maatman = persoon("maatmanloon_per_maand", period).astype(np.float64)
        rvc = persoon("restverdiencapaciteit_per_maand", period).astype(np.float64)
        verlies = np.zeros_like(maatman)
        np.divide(maatman - rvc, maatman, out=verlies, where=maatman != 0)
        return np.clip(verlies * 100.0, 0.0, 100.0)


@maand
class arbeidsongeschiktheidsklasse(Variable):
    value_type = int
    label = "Klasse: 0 (<35%), 1..4 (35-80%), 5 (80-100%)"

    def formula(persoon, period, parameters):
        ao = persoon("arbeidsongeschiktheidspercentage", period) / 100.0
        return np.searchsorted(KLASSE_GRENZEN, ao, side="right") - 1


@maand
class uitkeringspercentage(Variable):
    label = "Uitkeringspercentage van de klasse (vervolguitkering)"

    def formula(persoon, period, parameters):
        return KLASSE_BEDRAGEN[persoon("arbeidsongeschiktheidsklasse", period)]


@maand
class wia_uitkomst(Variable):
    value_type = int
    label = "0 geen, 1 WGA 35-80, 2 WGA 80-100, 3 IVA"

    def formula(persoon, period, parameters):
        klasse = persoon("arbeidsongeschiktheidsklasse", period)
        duurzaam_ = persoon("duurzaam", period)
        return np.where(klasse == 0, GEEN,
                        np.where(klasse < 5, WGA_35_80, np.where(duurzaam_, IVA, WGA_80_100)))


@maand
class loongerelateerde_uitkering(Variable):
    label = "WGA loongerelateerde uitkering per maand"

    def formula(persoon, period, parameters):
        maandloon = persoon("wia_maandloon", period)
        inkomsten = persoon("inkomsten_per_maand", period)
        verhouding = persoon("dagloon_verhouding", period)
        pct = np.where(persoon("wga_maand", period) <= 2, 0.75, 0.70)
        return naar_centen(pct * np.maximum(maandloon - inkomsten * verhouding, 0.0))


@maand
class inkomenseis(Variable):
    label = "Inkomenseis (50% van de restverdiencapaciteit; 0 in klasse 80-100)"

    def formula(persoon, period, parameters):
        klasse = persoon("arbeidsongeschiktheidsklasse", period)
        rvc = persoon("restverdiencapaciteit_per_maand", period)
        return np.where(klasse == 5, 0.0, naar_centen(0.5 * rvc))


@maand
class minimumloon_wia(Variable):
    label = "Referentieminimummaandloon plus 8%"

    def formula(persoon, period, parameters):
        return parameters(period).minimumloon.maandloon * 1.08


@maand
class vervolguitkering(Variable):
    label = "WGA vervolguitkering per maand"

    def formula(persoon, period, parameters):
        grondslag = np.minimum(persoon("minimumloon_wia", period), persoon("wia_maandloon", period))
        return naar_centen(persoon("uitkeringspercentage", period) * grondslag)


@maand
class loonaanvullingsuitkering(Variable):
    label = "WGA loonaanvullingsuitkering per maand"

    def formula(persoon, period, parameters):
        maandloon = persoon("wia_maandloon", period)
        inkomsten = persoon("inkomsten_per_maand", period)
        verhouding = persoon("dagloon_verhouding", period)
        eis = persoon("inkomenseis", period)
        vvu = persoon("vervolguitkering", period)
        lid2 = naar_centen(0.7 * np.maximum(maandloon - inkomsten * verhouding, 0.0))
        lid4 = naar_centen(0.7 * np.maximum(maandloon - 2.0 * eis * verhouding, 0.0))
        return np.where((eis == 0) | (inkomsten >= 2.0 * eis), lid2,
                        np.minimum(np.maximum(lid4, vvu), lid2))


@maand
class wga_uitkering_per_maand(Variable):
    label = "WGA-uitkering per maand (LGU, LAU of VVU)"

    def formula(persoon, period, parameters):
        in_lgu = persoon("referte_eis_vervuld", period) & (
            persoon("wga_maand", period) < persoon("lgu_duur_maanden", period) + 1)
        inkomsten = persoon("inkomsten_per_maand", period)
        eis = persoon("inkomenseis", period)
        return np.where(in_lgu, persoon("loongerelateerde_uitkering", period),
                        np.where(inkomsten >= eis, persoon("loonaanvullingsuitkering", period),
                                 persoon("vervolguitkering", period)))


@maand
class iva_uitkering_per_maand(Variable):
    label = "IVA-uitkering per maand"

    def formula(persoon, period, parameters):
        maandloon = persoon("wia_maandloon", period)
        inkomsten = persoon("inkomsten_per_maand", period)
        verhouding = persoon("dagloon_verhouding", period)
        bedrag = naar_centen(np.maximum(0.75 * maandloon - 0.7 * inkomsten * verhouding, 0.0))
        return np.where(persoon("wia_uitkomst", period) == IVA, bedrag, 0.0)


VARIABELEN = [
    sv_loon_refertejaar, maatmanloon_per_maand, restverdiencapaciteit_per_maand,
    inkomsten_per_maand, wga_maand, lgu_duur_maanden, duurzaam, referte_eis_vervuld,
    wia_dagloon_ongemaximeerd, wia_dagloon, wia_maandloon, dagloon_verhouding,
    arbeidsongeschiktheidspercentage, arbeidsongeschiktheidsklasse, uitkeringspercentage,
    wia_uitkomst, loongerelateerde_uitkering, inkomenseis, minimumloon_wia, vervolguitkering,
    loonaanvullingsuitkering, wga_uitkering_per_maand, iva_uitkering_per_maand,
]


def stelsel(parameter_map: Path) -> TaxBenefitSystem:
    """The TaxBenefitSystem: one entity, the variables above, our parameter files."""
    if not parameter_map.is_dir():
        raise SystemExit(f"parametermap {parameter_map} bestaat niet")
    tbs = TaxBenefitSystem([Persoon])
    tbs.add_variables(*VARIABELEN)
    # Same as ParameterNode("", directory_path=parameter_map); errors in the YAML surface here.
    tbs.load_parameters(str(parameter_map))
    return tbs


# Population and timing -------------------------------------------------------------------------

def populatie(n: int, seed: int = 20261124) -> dict[str, np.ndarray]:
    """Synthetic people (nobody real); the same draws, in the same order, as benchmarks/wga_iva.py."""
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


def bereken(tbs: TaxBenefitSystem, kolommen: dict[str, np.ndarray], periode: str) -> dict[str, np.ndarray]:
    """One timed run: a new simulation, set the inputs, calculate both outputs."""
    n = len(next(iter(kolommen.values())))
    simulatie = SimulationBuilder().build_default_simulation(tbs, n)
    for naam, waarden in kolommen.items():
        simulatie.set_input(naam, periode, waarden)
    return {naam: simulatie.calculate(naam, periode) for naam in UITVOER}


def als_lijsten(kolommen: dict[str, np.ndarray], k: int) -> dict[str, list]:
    return {naam: [bool(x) if v.dtype == np.bool_ else float(x) for x in v[:k]]
            for naam, v in kolommen.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=1_000_000)
    parser.add_argument("--periode", default="2026-03", help="maand, JJJJ-MM")
    parser.add_argument("--controle-bestand", type=Path, default=None,
                        help="schrijf invoer en uitvoer van de eerste 1000 personen als JSON")
    parser.add_argument("--parameters", type=Path, default=PARAMETER_MAP,
                        help="map met de parameterbestanden (standaard die van spoorzoeker)")
    parser.add_argument("--herhalingen", type=int, default=3)
    args = parser.parse_args()
    n, periode = args.aantal, args.periode

    tbs = stelsel(args.parameters)
    kolommen = populatie(n)

    tijden, resultaat = [], None
    for _ in range(args.herhalingen):
        begin = time.perf_counter()
        resultaat = bereken(tbs, kolommen, periode)
        tijden.append(time.perf_counter() - begin)
    beste = min(tijden)

    p = tbs.get_parameters_at_instant(periode + "-01")
    uitvoer_5 = {naam: [float(x) for x in resultaat[naam][:5]] for naam in UITVOER}
    regel = {
        "engine": f"openfisca-core {metadata.version('openfisca-core')}",
        "aantal": n,
        "periode": periode,
        "seconden": beste,
        "personen_per_seconde": n / beste,
        "alle_tijden": tijden,
        "dtype": str(resultaat[UITVOER[0]].dtype),
        "dtypes": {naam: str(resultaat[naam].dtype) for naam in UITVOER},
        "parameters": {
            "map": str(args.parameters),
            "maximumdagloon.maximumdagloon": float(p.maximumdagloon.maximumdagloon),
            "minimumloon.maandloon": float(p.minimumloon.maandloon),
        },
        "controle": {"invoer": als_lijsten(kolommen, 5), "uitvoer": uitvoer_5},
    }
    if args.controle_bestand is not None:
        k = min(n, 1000)
        args.controle_bestand.write_text(json.dumps({
            "periode": periode,
            "dtype": regel["dtype"],
            "invoer": als_lijsten(kolommen, k),
            "uitvoer": {naam: [float(x) for x in resultaat[naam][:k]] for naam in UITVOER},
        }), encoding="utf-8")
    sys.stdout.write(json.dumps(regel) + "\n")


if __name__ == "__main__":
    main()
