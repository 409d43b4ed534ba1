"""Variables: what the engine can compute or take as input, and the ``@regel`` decorator.

A *variable* has a name (part of the public calculate interface), a kind, a Dutch
description and unit, and either a formula (a *rule*) or nothing (a pure *input*).
A rule is a plain function on numpy arrays; its argument names are the variables it
needs, plus two special names: ``p`` (the parameters at the calculation date) and
``datum`` (that date, as ``numpy.datetime64``).

Internally every variable is a numpy array over the people of the batch:

* ``bedrag`` and ``getal``: float64, NaN where unknown;
* ``ja_nee``: float64 0/1, NaN where unknown;
* ``keuze``: float64 code (index into ``keuzes``), NaN where unknown;
* ``datum``: datetime64[D], NaT where unknown.

So one representation carries "not given" through every formula: a missing input is an
array of NaN, ``np.where`` picks around it when a branch does not need it, and the
interface reports it by name when a requested result depends on it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

SOORTEN = ("bedrag", "getal", "ja_nee", "keuze", "datum")
SPECIAAL = ("p", "datum")


class Keuzes(tuple):
    """The values of an enumeration; ``K["iva"]`` is its float code."""

    def __new__(cls, *waarden: str):
        return super().__new__(cls, waarden)

    def __getitem__(self, sleutel):
        if isinstance(sleutel, str):
            return float(self.index(sleutel))
        return super().__getitem__(sleutel)


@dataclass
class Variabele:
    naam: str
    soort: str
    omschrijving: str
    eenheid: str | None = None
    keuzes: Keuzes | None = None
    standaard: Any = None  # documented default for an input: a value, or a function of p
    standaard_uitleg: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    formule: Callable | None = None
    argumenten: tuple[str, ...] = ()
    bron: str | None = None
    url: str | None = None
    module: str | None = field(default=None, repr=False)
    # A statutory maximum for a value the caller gives instead of the rule (a function of the
    # parameters at the calculation date), what to do above it ("begrenzen": cap and say so, or
    # "weigeren": refuse with a Dutch error), and where the uncapped value goes when capped
    # (variable name, factor as a function of the parameters), so C/D-type ratios stay right.
    wettelijk_maximum: Callable | None = field(default=None, repr=False)
    boven_maximum: str = "begrenzen"
    maximum_uitleg: str | None = None
    ongemaximeerd_als: tuple[str, Callable] | None = field(default=None, repr=False)
    variant: str | None = None  # name of the rule variant (a scenario's switch); None = the law today

    @property
    def keuzelijst(self) -> Keuzes:
        """The choices of a `keuze` variable (registration refuses one without them)."""
        if self.keuzes is None:
            raise ValueError(f"{self.naam}: geen keuze-variabele")
        return self.keuzes

    @property
    def is_invoer(self) -> bool:
        return self.formule is None


VARIABELEN: dict[str, Variabele] = {}


def _registreer(var: Variabele) -> Variabele:
    if var.soort not in SOORTEN:
        raise ValueError(f"{var.naam}: onbekende soort {var.soort}")
    if var.naam in VARIABELEN:
        raise ValueError(f"Variabele {var.naam} is al gedefinieerd in {VARIABELEN[var.naam].module}")
    if var.soort == "keuze" and not var.keuzes:
        raise ValueError(f"{var.naam}: een keuze-variabele heeft keuzes nodig")
    VARIABELEN[var.naam] = var
    return var


def invoer(naam: str, soort: str, omschrijving: str, eenheid: str | None = None, **kw) -> Variabele:
    """Declare an input variable (no formula)."""
    return _registreer(Variabele(naam, soort, omschrijving, eenheid, **kw))


def regel(soort: str, omschrijving: str, bron: str, url: str, eenheid: str | None = None, **kw):
    """Declare a rule: the decorated function computes the variable of the same name.

    ``bron`` names the article, ``url`` links to wetten.overheid.nl or the official page.
    """

    def inpakken(functie: Callable) -> Callable:
        argumenten = tuple(inspect.signature(functie).parameters)
        _registreer(
            Variabele(
                naam=functie.__name__,
                soort=soort,
                omschrijving=omschrijving,
                eenheid=eenheid,
                formule=functie,
                argumenten=argumenten,
                bron=bron,
                url=url,
                module=functie.__module__,
                **kw,
            )
        )
        return functie

    return inpakken


VARIANTEN: dict[tuple[str, str], Variabele] = {}


def variant(variabele: str, naam: str, bron: str, url: str | None = None, omschrijving: str | None = None):
    """Declare a *rule variant*: another formula for an existing variable, which a scenario
    switches on by its name. The law's rule stays what every calculation uses unless a
    scenario (:class:`spoorzoeker.stelsel.Stelsel`) picks the variant. ``bron`` names the
    proposal (paper title and section) the variant implements."""

    def inpakken(functie: Callable) -> Callable:
        basis = VARIABELEN[variabele]
        if (variabele, naam) in VARIANTEN:
            raise ValueError(f"Variant {naam} van {variabele} bestaat al")
        VARIANTEN[(variabele, naam)] = Variabele(
            naam=variabele, soort=basis.soort, omschrijving=omschrijving or basis.omschrijving,
            eenheid=basis.eenheid, keuzes=basis.keuzes, minimum=basis.minimum, maximum=basis.maximum,
            formule=functie, argumenten=tuple(inspect.signature(functie).parameters), bron=bron, url=url,
            module=functie.__module__, variant=naam,
        )
        return functie

    return inpakken


def afhankelijkheden(naam: str, variabelen: dict[str, Variabele] | None = None) -> set[str]:
    """Every variable ``naam`` may need, transitively (static, from the argument names)."""
    variabelen = variabelen or VARIABELEN
    gezien: set[str] = set()
    stapel = [naam]
    while stapel:
        v = variabelen[stapel.pop()]
        for arg in v.argumenten:
            if arg not in SPECIAAL and arg not in gezien:
                gezien.add(arg)
                stapel.append(arg)
    return gezien
