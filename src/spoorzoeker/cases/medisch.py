"""The medical part of a case: its own type, its own tables, its own service calls (R24).

Only the roles that ``cases.beleid`` allows ``medisch_lezen`` ever receive these objects. Nothing in
``cases.model.Dossier`` refers to them, and the storage layer keeps them in separate tables that
the process part's queries never join.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class MedischeAantekening:
    """One dated entry of the bedrijfsarts (or the casemanager in taakdelegatie)."""

    datum: dt.date
    door: str
    diagnose: str = ""
    beperkingen_toelichting: str = ""   # the medical detail behind the functional limitations
    prognose: str = ""
    medische_notitie: str = ""


@dataclass(frozen=True)
class MedischDossier:
    dossier_id: str
    aantekeningen: tuple[MedischeAantekening, ...] = ()


# Field names that are medical. Tests check that none of them appears in the process part.
MEDISCHE_VELDEN = frozenset({"diagnose", "beperkingen_toelichting", "prognose", "medische_notitie", "aantekeningen"})
