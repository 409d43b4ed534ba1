"""Plain-text tables and Dutch dates for the command line (``dossier toon``, ``lijst``, ``wie-opende``)."""

from __future__ import annotations

import textwrap

from ..cases.datumtekst import datum, lokale_tijd

__all__ = ["datum", "lokale_tijd", "tabel"]

BREEDTE = 48  # widest column before a cell wraps


def tabel(koppen: list[str], rijen: list[list[object]]) -> str:
    """Columns aligned; a long cell wraps inside its column."""
    tekst = [[str("-" if c is None else c) for c in rij] for rij in rijen]
    breedtes = [min(BREEDTE, max([len(k)] + [max((len(r) for r in c.splitlines()), default=0)
                                                for c in (rij[i] for rij in tekst)])) for i, k in enumerate(koppen)]
    uit = ["  ".join(k.ljust(b) for k, b in zip(koppen, breedtes, strict=True)).rstrip(),
           "  ".join("-" * b for b in breedtes)]
    for rij in tekst:
        cellen = [textwrap.wrap(c, b) or [""] for c, b in zip(rij, breedtes, strict=False)]  # cells past the headings are not shown
        for i in range(max(len(c) for c in cellen)):
            uit.append("  ".join((c[i] if i < len(c) else "").ljust(b) for c, b in zip(cellen, breedtes, strict=True)).rstrip())
    if not rijen:
        uit.append("(geen)")
    return "\n".join(uit)
