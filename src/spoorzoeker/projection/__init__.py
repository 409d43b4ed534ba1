"""The financial overview's calculations (pure, no I/O): income per month and WIA branch,
the WIA prognosis, the risks people miss and the employer's costs. Every amount comes from
the rules through the engine; see docs/overzicht.md for how to read the result."""

from .projectie import FASE_TITELS, FASEN, TAKKEN, Projectie, Tak, projecteer

__all__ = ["FASEN", "FASE_TITELS", "TAKKEN", "Projectie", "Tak", "projecteer"]
