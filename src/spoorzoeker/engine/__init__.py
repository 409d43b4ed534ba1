"""The lean rules engine: variables, rules and one calculation at a time."""

from .berekening import Berekening, Stap, leeg, met_onbekend, onbekend
from .variabelen import VARIABELEN, VARIANTEN, Keuzes, Variabele, afhankelijkheden, invoer, regel, variant

__all__ = [
    "Berekening",
    "Keuzes",
    "Stap",
    "VARIABELEN",
    "VARIANTEN",
    "Variabele",
    "afhankelijkheden",
    "invoer",
    "leeg",
    "met_onbekend",
    "onbekend",
    "regel",
    "variant",
]
