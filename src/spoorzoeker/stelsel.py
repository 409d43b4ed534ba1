"""The law as a value: a :class:`Stelsel` holds the rules (variables), the dated parameters and
a name and version. Every entry point (``bereken``, the timeline, the projection, the reports,
the command line) takes one; :func:`spoorzoeker.scenarios.huidig` is current law (it is read from
the scenario file ``huidig.yaml``, so it lives with the scenario loader, one layer up).

A reform is a new Stelsel made by :meth:`Stelsel.hervorm`: changed parameters (dotted path ->
dated values, the shape of the parameter files) and switched rule variants (variable -> the
name of a variant declared with :func:`spoorzoeker.engine.variant`). Nothing is changed in
place: the old object stays valid, and the new one shares every part it did not change.

A calculation's trace names the scenario, and every parameter value a scenario changed carries
the law's original value (:class:`~spoorzoeker.params.GelezenParameter`). A rule computed by a
variant says so in its step (``variant``).

Behaviour assumptions (``aannames``) are never part of a rule: they are named, sourced numbers
that only the population simulation reads (contract with the simulation).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from . import rules  # noqa: F401  (side effect: every rule and variant is registered)
from .engine import VARIABELEN, VARIANTEN, Variabele
from .errors import ParameterFout
from .params import Bron, Parameter, ParameterNode, ParametersOpDatum

VERSIE = "1"


@dataclass(frozen=True)
class Aanname:
    """A behaviour assumption for the simulation: a number with its source and meaning."""

    waarde: float
    bron: str
    toelichting: str


@dataclass(frozen=True)
class Score:
    """One design principle of the Beslishulp, scored -2..+2 with a one-line reason."""

    principe: str
    score: int
    toelichting: str


@dataclass(frozen=True, eq=False)
class Stelsel:
    """The law a calculation runs under (immutable)."""

    naam: str
    titel: str
    parameters: ParameterNode
    variabelen: Mapping[str, Variabele]
    versie: str = VERSIE
    beschrijving: str = ""
    varianten: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    gewijzigde_parameters: tuple[str, ...] = ()
    schakelaars: tuple[str, ...] = ()
    verplichte_stappen: frozenset[str] = frozenset()
    aannames: Mapping[str, Aanname] = field(default_factory=lambda: MappingProxyType({}))
    bronnen: tuple[str, ...] = ()
    scorekaart: tuple[Score, ...] = ()
    bestand: str | None = None

    # --- reading -----------------------------------------------------------------------

    def op(self, datum: dt.date, registratie: list | None = None) -> ParametersOpDatum:
        """The parameters at ``datum`` (recording what a rule reads into ``registratie``)."""
        return self.parameters.op(datum, registratie)

    def bereik(self) -> tuple[dt.date, dt.date]:
        return self.parameters.bereik()

    @property
    def is_huidig(self) -> bool:
        return not self.varianten and not self.gewijzigde_parameters and not self.verplichte_stappen

    def spoor(self) -> dict[str, Any]:
        """What a trace says about the law it used."""
        uit: dict[str, Any] = {"naam": self.naam, "titel": self.titel, "versie": self.versie}
        if self.varianten:
            uit["varianten"] = dict(self.varianten)
        if self.gewijzigde_parameters:
            uit["gewijzigde_parameters"] = list(self.gewijzigde_parameters)
        return uit

    # --- reforms -------------------------------------------------------------------------

    def hervorm(
        self,
        naam: str,
        *,
        titel: str | None = None,
        beschrijving: str = "",
        parameters: Mapping[str, Mapping[dt.date, Any]] | None = None,
        varianten: Mapping[str, str] | None = None,
        schakelaars: tuple[str, ...] = (),
        verplichte_stappen: frozenset[str] | set[str] = frozenset(),
        aannames: Mapping[str, Aanname] | None = None,
        bronnen: tuple[str, ...] = (),
        scorekaart: tuple[Score, ...] = (),
        bestand: str | None = None,
    ) -> Stelsel:
        """A new Stelsel with these changes on top of this one.

        ``parameters``: dotted path -> {date: value or (value, (Bron, ...))}; the values hold from
        their dates on (the law's values before the first date stay). ``varianten``: variable ->
        variant name. Raises :class:`ParameterFout` (Dutch) for an unknown path or variant."""
        tree = self.parameters
        gewijzigd = list(self.gewijzigde_parameters)
        for pad, waarden in (parameters or {}).items():
            try:
                blad = tree.vind(pad)
            except (ParameterFout, KeyError):
                raise ParameterFout(f"onbekende parameter '{pad}'") from None
            if not isinstance(blad, Parameter):
                raise ParameterFout(f"'{pad}' is geen enkele parameter met waarden (een groep of een schaal "
                                    "kan een scenario niet vervangen)")
            genormeerd = {}
            for datum, w in waarden.items():
                w, b = w if isinstance(w, tuple) else (w, (Bron(f"Scenario {naam}"),))
                genormeerd[datum] = (w, b)
            tree = tree.met_wijziging(pad, blad.gewijzigd(genormeerd, naam))
            if pad not in gewijzigd:
                gewijzigd.append(pad)
        gekozen = dict(self.varianten)
        variabelen = dict(self.variabelen)
        for variabele, variant_naam in (varianten or {}).items():
            var = VARIANTEN.get((variabele, variant_naam))
            if var is None:
                bekend = sorted(v for (n, v) in VARIANTEN if n == variabele)
                if variabele not in VARIABELEN:
                    raise ParameterFout(f"onbekende variabele '{variabele}'")
                raise ParameterFout(f"de regel '{variabele}' heeft geen variant '{variant_naam}'"
                                    + (f"; bekend: {', '.join(bekend)}" if bekend else ""))
            gekozen[variabele] = variant_naam
            variabelen[variabele] = var
        return Stelsel(
            naam=naam, titel=titel or naam, parameters=tree,
            variabelen=MappingProxyType(variabelen) if gekozen else self.variabelen,
            versie=self.versie, beschrijving=beschrijving, varianten=MappingProxyType(gekozen),
            gewijzigde_parameters=tuple(gewijzigd),
            schakelaars=tuple(dict.fromkeys(self.schakelaars + tuple(schakelaars))),
            verplichte_stappen=frozenset(self.verplichte_stappen) | frozenset(verplichte_stappen),
            aannames=MappingProxyType({**self.aannames, **(aannames or {})}), bronnen=bronnen,
            scorekaart=scorekaart, bestand=bestand,
        )


__all__ = ["Aanname", "Score", "Stelsel"]
