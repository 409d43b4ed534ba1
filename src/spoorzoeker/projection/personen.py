"""The persons of an overview in the shapes the projection reads: one person (a dict of values), a list
of persons, or columns (a dict of lists or arrays). One place turns one shape into another."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from ..errors import InvoerFout


def is_een_persoon(personen: Any) -> bool:
    """A dict of plain values (not columns) is one person."""
    return isinstance(personen, dict) and not any(isinstance(v, (list, tuple, np.ndarray)) for v in personen.values())


def als_lijst(personen: Any, lijstvelden: Iterable[str] = ()) -> list[dict]:
    """One person, a list of persons, or columns as a list of persons. ``lijstvelden``: fields whose value
    is itself a list (the timeline's facts), so a dict with only those is still one person."""
    lijstvelden = set(lijstvelden)
    if isinstance(personen, list):
        if not all(isinstance(p, dict) for p in personen):
            raise InvoerFout("Geef 'personen' als een lijst van personen (JSON-objecten).", "personen")
        return personen
    if not isinstance(personen, dict):
        raise InvoerFout("Het veld 'personen' moet een lijst van personen of een object met kolommen zijn.",
                         "personen")
    if any(isinstance(v, (list, tuple, np.ndarray)) for k, v in personen.items() if k not in lijstvelden):
        lengtes = {len(v) for v in personen.values()}
        if len(lengtes) != 1:
            raise InvoerFout("Elke kolom in 'personen' moet even lang zijn.", "personen")
        n = lengtes.pop()
        return [{k: (v[i].item() if isinstance(v, np.ndarray) and v.dtype.kind != "M" else
                     str(v[i]) if isinstance(v, np.ndarray) else v[i]) for k, v in personen.items()}
                for i in range(n)]
    return [personen]


def als_kolommen(personen: Any) -> dict:
    """One person, a list of persons or columns as columns (lists), so fields can be taken out."""
    if is_een_persoon(personen):
        personen = [personen]
    if isinstance(personen, list):
        namen = {k for p in personen for k in p}
        return {k: [p.get(k) for p in personen] for k in namen}
    return dict(personen)
