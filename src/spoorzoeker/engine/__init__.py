"""The lean rules engine: variables, rules and one calculation at a time."""

from .berekening import Berekening, Stap, leeg, met_onbekend, onbekend
from .variabelen import VARIABELEN, Keuzes, Variabele, afhankelijkheden, invoer, regel

__all__ = [
    "Berekening",
    "Keuzes",
    "Stap",
    "VARIABELEN",
    "Variabele",
    "afhankelijkheden",
    "invoer",
    "leeg",
    "met_onbekend",
    "onbekend",
    "regel",
]
