"""One calculation: resolve variables by name, cache them, and keep the trace.

A :class:`Berekening` holds the inputs of a batch of people (each an array of the same
length; a single person is a batch of one), the law it computes under (a
:class:`~spoorzoeker.stelsel.Stelsel`: parameters and rules; the caller names it) and the
date whose parameter values apply: one date for everyone, or one date per row
(``datetime64`` array). With dates per row the rows are grouped by the periods in which all
parameters are constant, and each group is one calculation at its period's values; the
rules receive each row's own date as ``datum``.
Asking for a variable runs its rule once, after resolving the rule's arguments the same
way; an input given by the caller always replaces the rule. With ``met_uitleg`` every rule
run is recorded with the parameter values it read and their sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..params import GelezenParameter, ParameterNode
from .variabelen import Variabele


@dataclass
class Stap:
    """How one variable got its values: a rule, the caller's input, or a default."""

    variabele: str
    herkomst: str  # "regel", "invoer", "standaard", "ontbreekt"
    argumenten: tuple[str, ...] = ()
    parameters: list[GelezenParameter] = field(default_factory=list)
    opmerking: str | None = None  # e.g. an input capped at its statutory maximum


class CyclusFout(RuntimeError):
    pass


def leeg(var: Variabele, n: int) -> np.ndarray:
    """An array of 'unknown' for ``var``: NaT for dates, NaN otherwise."""
    if var.soort == "datum":
        return np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    return np.full(n, np.nan)


def onbekend(waarden: np.ndarray) -> np.ndarray:
    """Boolean mask of the entries that are unknown (NaN or NaT)."""
    return np.isnat(waarden) if waarden.dtype.kind == "M" else np.isnan(waarden)


def met_onbekend(uitkomst, *bronnen) -> np.ndarray:
    """``uitkomst`` with NaN wherever any of ``bronnen`` is unknown (NaN or NaT).

    Comparisons on NaN are False, so a rule that classifies (``x >= 35``) would silently
    put an unknown person in a class; wrapping the result keeps "unknown" unknown.
    """
    uit = np.array(uitkomst, dtype=np.float64, copy=True)
    for b in bronnen:
        b = np.asarray(b)
        uit[np.isnat(b) if b.dtype.kind == "M" else np.isnan(b)] = np.nan
    return uit


_GETAL = np.dtype(np.float64)
_DAG = np.dtype("datetime64[D]")


def _als_dag(d: np.datetime64) -> dt.date:
    return d.astype("datetime64[D]").astype(dt.date)


class Berekening:
    def __init__(
        self,
        invoer: dict[str, np.ndarray],
        aantal: int,
        datum: dt.date | np.ndarray,
        parameters: ParameterNode | None = None,
        variabelen: dict[str, Variabele] | None = None,
        met_uitleg: bool = False,
        *,
        stelsel: Any = None,
    ):
        if stelsel is None and (parameters is None or variabelen is None):
            # The engine knows no law of its own (the law is a layer above it): the caller names it.
            raise TypeError("Berekening needs a stelsel (spoorzoeker.scenarios.huidig() for current law), "
                            "or both parameters and variabelen")
        self.stelsel = stelsel
        self.aantal = aantal
        self.invoer = invoer
        self.parameters = parameters if parameters is not None else stelsel.parameters
        self.variabelen = variabelen if variabelen is not None else stelsel.variabelen
        self._registratie: list[GelezenParameter] = []
        self._cache: dict[str, np.ndarray] = dict(invoer)
        self._bezig: list[str] = []
        self.met_uitleg = met_uitleg
        self.stappen: dict[str, Stap] = {n: Stap(n, "invoer") for n in invoer}
        self.ontbrekend: set[str] = set()
        self._groepen: list[tuple[np.ndarray, Berekening]] | None = None
        self._datum_rijen: np.ndarray | None = None
        self.rijdatums: np.ndarray | None = None  # the caller's date per row, if given
        if isinstance(datum, np.ndarray):
            self.rijdatums = np.broadcast_to(datum.astype("datetime64[D]"), (aantal,))
            d = datum.astype("datetime64[D]")
            if d.shape != (aantal,):
                d = np.broadcast_to(d, (aantal,))
            wissel = self.parameters.wisseldatums()
            periode = np.searchsorted(wissel, d, side="right") - 1
            unieke = np.unique(periode)
            if unieke.size > 1:
                self._groepen = []
                for q in unieke:
                    rijen = np.flatnonzero(periode == q)
                    deel = {k: v[rijen] for k, v in invoer.items()}
                    self._groepen.append((rijen, Berekening(deel, rijen.size, d[rijen], self.parameters,
                                                            self.variabelen, met_uitleg, stelsel=stelsel)))
                datum = _als_dag(d.min())
            else:
                # one period: the parameters at the period's start (or at the row date before any value)
                datum = _als_dag(wissel[unieke[0]] if unieke[0] >= 0 else d.min())
                self._datum_rijen = d if np.any(d != d[0]) else None
                if self._datum_rijen is None:
                    datum = _als_dag(d[0])
        self.datum = datum
        self._p = self.parameters.op(datum, self._registratie)
        # What a rule's ``datum`` argument receives: each row's own date, or the one date (made once).
        self._datum_argument: Any = (self._datum_rijen if self._datum_rijen is not None
                                     else np.datetime64(datum, "D"))
        if self._groepen is None:  # grouped rows cap in their own group, at their own date
            self._wettelijk_maximum()

    def _wettelijk_maximum(self) -> None:
        """Inputs that replace a rule may not escape a statutory maximum: each variable with a
        ``wettelijk_maximum`` is capped (and the step says so) or refused with a Dutch error."""
        from ..errors import InvoerFout  # the one error a caller sees

        for naam in list(self.invoer):
            var = self.variabelen.get(naam)
            if var is None or var.wettelijk_maximum is None:
                continue
            waarden = self._cache[naam]
            begin = len(self._registratie)
            maximum = float(var.wettelijk_maximum(self._p))
            gelezen = list(self._registratie[begin:])
            del self._registratie[begin:]
            boven = waarden > maximum + 1e-9
            if not boven.any():
                continue
            tekst = f"{maximum:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
            if var.boven_maximum == "weigeren":
                i = int(np.argmax(boven))
                raise InvoerFout(f"Het veld '{naam}' van persoon {i + 1} is hoger dan het wettelijke maximum van "
                                 f"EUR {tekst} ({var.maximum_uitleg}).", naam)
            if var.ongemaximeerd_als is not None:
                doel, factor = var.ongemaximeerd_als
                if doel not in self.invoer:
                    ongemaximeerd = np.where(boven, waarden * float(factor(self._p)), np.nan)
                    self._cache[doel] = ongemaximeerd
                    self.invoer = {**self.invoer, doel: ongemaximeerd}
                    self.stappen[doel] = Stap(doel, "invoer", opmerking=(
                        f"afgeleid uit de opgegeven '{naam}' boven het wettelijke maximum"))
            self._cache[naam] = np.where(boven, maximum, waarden)
            self.stappen[naam] = Stap(naam, "invoer", (), gelezen, opmerking=(
                f"Uw invoer is hoger dan het wettelijke maximum ({var.maximum_uitleg}); Spoorzoeker rekent met "
                f"EUR {tekst}."))

    def __getitem__(self, naam: str) -> np.ndarray:
        return self.bereken(naam)

    def bereken(self, naam: str) -> np.ndarray:
        waarden = self._cache.get(naam)
        if waarden is not None:
            return waarden
        if self._groepen is not None:
            return self._bereken_per_groep(naam, self._groepen)
        var = self.variabelen.get(naam)
        if var is None:
            raise KeyError(naam)
        if naam in self._bezig:
            raise CyclusFout(" -> ".join(self._bezig + [naam]))
        self._bezig.append(naam)
        try:
            waarden = self._formule(var, var.formule) if var.formule else self._zonder_invoer(var)
        finally:
            self._bezig.pop()
        self._cache[naam] = waarden
        return waarden

    def _bereken_per_groep(self, naam: str, groepen: list[tuple[np.ndarray, Berekening]]) -> np.ndarray:
        """Dates per row over several parameter periods: each group computes, the rows come back in order."""
        var = self.variabelen.get(naam)
        if var is None:
            raise KeyError(naam)
        delen = [(rijen, b.bereken(naam)) for rijen, b in groepen]
        uit = leeg(var, self.aantal)
        for rijen, waarden in delen:
            uit[rijen] = waarden
        for _, b in groepen:
            self.ontbrekend |= b.ontbrekend
            for n, stap in b.stappen.items():
                eigen = self.stappen.get(n)
                if eigen is None:
                    self.stappen[n] = Stap(stap.variabele, stap.herkomst, stap.argumenten, list(stap.parameters))
                elif stap.parameters:
                    eigen.parameters.extend(g for g in stap.parameters if g not in eigen.parameters)
        self._cache[naam] = uit
        return uit

    def _argument(self, arg: str) -> Any:
        if arg == "p":
            return self._p
        if arg == "datum":
            return self._datum_argument
        return self.bereken(arg)

    def _formule(self, var: Variabele, formule: Callable) -> np.ndarray:
        cache = self._cache  # the common case first: an argument already computed or given
        args = [w if (w := cache.get(a)) is not None else self._argument(a) for a in var.argumenten]
        begin = len(self._registratie)
        uit = formule(*args)
        if self.met_uitleg:
            gelezen = self._registratie[begin:]
            self.stappen[var.naam] = Stap(var.naam, "regel", var.argumenten, list(gelezen))
        del self._registratie[begin:]
        return self._vorm(var, uit)

    def _vorm(self, var: Variabele, uit: Any) -> np.ndarray:
        dtype = _DAG if var.soort == "datum" else _GETAL
        if type(uit) is np.ndarray and uit.dtype == dtype and uit.shape == (self.aantal,):
            return uit  # already in shape (most rules): no conversion to ask numpy for
        a = np.asarray(uit, dtype=dtype)
        if a.shape != (self.aantal,):
            a = np.broadcast_to(a, (self.aantal,)).copy()
        return a

    def _zonder_invoer(self, var: Variabele) -> np.ndarray:
        if var.standaard is None:
            self.ontbrekend.add(var.naam)
            self.stappen[var.naam] = Stap(var.naam, "ontbreekt")
            return leeg(var, self.aantal)
        begin = len(self._registratie)
        standaard = var.standaard(self._p) if callable(var.standaard) else var.standaard
        if var.soort == "keuze" and isinstance(standaard, str):
            standaard = var.keuzelijst[standaard]
        if self.met_uitleg:
            self.stappen[var.naam] = Stap(var.naam, "standaard", (), list(self._registratie[begin:]))
        del self._registratie[begin:]
        return self._vorm(var, standaard)
