"""The law and the behaviour assumptions a simulation runs under.

A :class:`Scenario` is a law object (the Stelsel of a scenario file) plus the behaviour assumptions the simulation applies. Another scenario is only a different law object and
other assumptions: nothing in the process model knows scenario names.

The defaults of every behaviour assumption live in ``aannames.yaml`` (value, source, meaning). A
scenario overrides them by name through :func:`scenario_aannames`, the one place that reads
assumptions from a law object (the scenario contract: ``wet.aannames``, a read-only mapping of
name -> object with ``waarde``, ``bron``, ``toelichting``; empty for the current law).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .. import scenarios
from ..errors import InvoerFout
from ..params import ParameterNode

AANNAMES_BESTAND = Path(__file__).parent / "aannames.yaml"
PARAMETER_MAP = Path(__file__).parent / "parameters"


@dataclass(frozen=True)
class Aanname:
    """One behaviour assumption: its value, its public source (or our own reasoning) and meaning."""

    waarde: float
    bron: str
    toelichting: str


@dataclass(frozen=True)
class Scenario:
    naam: str
    wet: Any  # the law object the rules run under (a Stelsel)
    aannames: Mapping[str, Aanname]  # every behaviour assumption, defaults with the scenario's overrides
    bron_aannames: str = "aannames.yaml"  # where overrides came from, for error messages


@functools.lru_cache(maxsize=1)
def standaard_aannames() -> dict[str, Aanname]:
    """The defaults of every behaviour assumption (aannames.yaml)."""
    data = yaml.safe_load(AANNAMES_BESTAND.read_text(encoding="utf-8")) or {}
    return {naam: Aanname(float(v["waarde"]), str(v["bron"]), str(v["toelichting"])) for naam, v in data.items()}


@functools.lru_cache(maxsize=1)
def simulatie_parameters() -> ParameterNode:
    """The transition probabilities and distributions (parameters/simulatie.yaml)."""
    return ParameterNode.uit_map(PARAMETER_MAP)


RIE_PARAMETERS = ("verzuimrisico.rie_ontbreekt_verzuimfactor", "verzuimrisico.rie_zonder_psa_psychisch_factor")


def rie_aannames(wet: Any, datum: Any) -> dict[str, Aanname]:
    """The RI&E effects the simulation applies, from the law object's shared parameter file
    (parameters/verzuimrisico.yaml), as assumptions for the report's table of assumptions."""
    boom = getattr(wet, "parameters", wet)
    uit = {}
    for pad in RIE_PARAMETERS:
        p = boom.vind(pad)
        uit[pad] = Aanname(float(p.waarde_op(datum)), "; ".join(b.titel for b in p.bronnen_op(datum)),
                           str(getattr(p, "beschrijving", "") or ""))
    return uit


def scenario_aannames(wet: Any) -> Mapping[str, Any]:
    """The behaviour assumptions a law object carries (scenario contract: ``wet.aannames``).

    The single hook for the scenario files: a law object without ``aannames`` (the current
    parameter tree) has none."""
    aannames = getattr(wet, "aannames", None)
    return aannames if isinstance(aannames, Mapping) else {}


def met_aannames(naam: str, wet: Any, bestand: str = "het scenariobestand") -> Scenario:
    """A scenario from a law object: the default assumptions with the law object's overrides.

    An override with a name the simulation does not know is a Dutch error naming the file."""
    standaard = standaard_aannames()
    uit = dict(standaard)
    for sleutel, aanname in scenario_aannames(wet).items():
        if sleutel not in standaard:
            raise InvoerFout(f"In {bestand} staat de aanname '{sleutel}', die de simulatie niet kent; "
                             "bekende aannames: " + ", ".join(sorted(standaard)) + ".", sleutel)
        waarde = float(getattr(aanname, "waarde", aanname))
        uit[sleutel] = Aanname(waarde, str(getattr(aanname, "bron", "")), str(getattr(aanname, "toelichting", "")))
    return Scenario(naam, wet, uit, bestand)


def beschikbare_scenarios() -> list[str]:
    return list(scenarios.beschikbaar())


def laad_scenario(naam: str) -> Scenario:
    """The scenario with this name (or a scenario file's path): its law object and assumptions."""
    wet = scenarios.laad_scenario(naam)  # a Dutch error (InvoerFout) for an unknown name
    return met_aannames(naam, wet, str(getattr(wet, "bestand", None) or f"het scenario '{naam}'"))
