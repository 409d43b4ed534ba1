"""Length and character limits of the case file, checked before anything reaches a database.

SQLite stores a 5,000-character name in a ``VARCHAR(200)`` column without complaint; PostgreSQL
refuses it, and refuses a NUL byte in any text. So the limits live here, once, and both databases
give the same Dutch message (and the refusal is logged by the service). The numbers are the column
sizes of ``storage.tabellen``; free text (``Text`` columns) gets a limit of our own choosing,
``MAX_VRIJE_TEKST``, so that one record cannot fill a page of a report a hundred times over.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from enum import Enum

from .datumtekst import datum as datum_tekst
from .model import DossierFout

ID_MAX = 32
MAX_VRIJE_TEKST = 20_000
# field name -> maximum length (the column's size in storage.tabellen); other text fields: MAX_VRIJE_TEKST
MAXIMA: dict[str, int] = {
    "naam": 200, "functie": 200, "telefoon": 50, "verpleegadres": 300, "door": 200, "opgesteld_door": 200,
    "document": 500, "code": 80, "rol": 40,
}
VELDNAMEN = {"naam": "naam", "door": "door", "document": "document", "code": "code"}
_BIG = re.compile(r"\d{11}")


def _tekens_ok(tekst: str) -> bool:
    """No NUL and no other control character except tab and line breaks."""
    return not any((ord(c) < 32 and c not in "\t\n\r") or c == "\x7f" for c in tekst)


def controleer_id(waarde: object, veld: str) -> str:
    if not isinstance(waarde, str) or not waarde.strip():
        raise DossierFout(f"'{veld}' ontbreekt.", veld)
    if len(waarde) > ID_MAX:
        raise DossierFout(f"'{veld}' is te lang: een id heeft hoogstens {ID_MAX} tekens.", veld)
    if not _tekens_ok(waarde) or any(c.isspace() for c in waarde):
        raise DossierFout(f"'{veld}' bevat tekens die niet in een id horen.", veld)
    return waarde


def controleer_tekst(waarde: object, veld: str, verplicht: bool = False, maximum: int | None = None) -> str:
    if not isinstance(waarde, str):
        raise DossierFout(f"'{veld}' moet een tekst zijn.", veld)
    if verplicht and not waarde.strip():
        raise DossierFout(f"'{veld}' mag niet leeg zijn.", veld)
    grens = maximum or MAXIMA.get(veld.rsplit(".", 1)[-1], MAX_VRIJE_TEKST)
    if len(waarde) > grens:
        raise DossierFout(f"'{veld}' is te lang: hoogstens {grens:,} tekens (nu {len(waarde):,}).".replace(",", "."), veld)
    if not _tekens_ok(waarde):
        raise DossierFout(f"'{veld}' bevat een NUL- of ander stuurteken; haal dat weg.", veld)
    return waarde


def controleer_big(waarde: object) -> str:
    """A BIG registration number: 11 digits (BIG-register, CIBG)."""
    tekst = str(waarde or "").strip().replace(" ", "")
    if not _BIG.fullmatch(tekst):
        raise DossierFout("Een BIG-registratienummer bestaat uit 11 cijfers.", "big_nummer")
    return tekst


def controleer_onderdeel(obj: object, naam: str = "") -> None:
    """Check every text of a dataclass (and the dataclasses and tuples inside it)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            controleer_onderdeel(getattr(obj, f.name), f"{naam}.{f.name}" if naam else f.name)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            controleer_onderdeel(v, f"{naam}.{k}" if naam else k)
    elif isinstance(obj, (tuple, list)):
        for i, x in enumerate(obj):
            controleer_onderdeel(x, f"{naam}[{i}]")
    elif isinstance(obj, str) and not isinstance(obj, Enum):
        controleer_tekst(obj, naam)


# The first day Spoorzoeker knows the Poortwachter rules for: the first date of every parameter under
# ``poortwachter`` (tests/test_web_invoer_datums.py holds the two equal). A case whose waiting time begins
# earlier has no timeline at all, so it is refused when it is opened, not when it is shown.
EERSTE_DAG_REGELS = dt.date(2020, 1, 1)
REGELS_VANAF = "Spoorzoeker kent de regels vanaf 1 januari 2020."


def controleer_eerste_ziektedag(d: dt.date, vandaag: dt.date, veld: str = "eerste_ziektedag") -> None:
    """A first sick day the rules know (from 1 January 2020) and that has come (not after today)."""
    if d < EERSTE_DAG_REGELS:
        raise DossierFout(f"De eerste ziektedag ({datum_tekst(d)}) ligt voor 2020; {REGELS_VANAF}", veld)
    if d > vandaag:
        raise DossierFout(f"De eerste ziektedag ({datum_tekst(d)}) ligt na vandaag ({datum_tekst(vandaag)}); "
                          "open een dossier op de dag van de ziekmelding of later.", veld)


def controleer_gebeurd(d: dt.date | None, vandaag: dt.date, veld: str, naam: str,
                       eerste_ziektedag: dt.date | None = None) -> None:
    """A date of something that happened in a case (a step done, a plan made, a note written): not
    before the first sick day and not after today. ``naam`` is the label the user sees."""
    if d is None:
        return
    if eerste_ziektedag is not None and d < eerste_ziektedag:
        raise DossierFout(f"{naam} ({datum_tekst(d)}) ligt voor de eerste ziektedag "
                          f"({datum_tekst(eerste_ziektedag)}); kies een datum vanaf de eerste ziektedag.", veld)
    if d > vandaag:
        raise DossierFout(f"{naam} ({datum_tekst(d)}) ligt na vandaag ({datum_tekst(vandaag)}); "
                          "leg alleen vast wat al is gebeurd.", veld)
