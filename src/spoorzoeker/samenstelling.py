"""The composition root: the one place that wires storage, the case services and the law.

The adapters (the command line in :mod:`spoorzoeker.opdrachtregel`, the web app in
:mod:`spoorzoeker.web`) open a :class:`Samenstelling` and take their services from it. Storage only
stores: it is given to the services here, it never builds one itself. The domain packages (rules,
engine, timeline, projection, cases, reports, scenarios, simulation) never import this module; the
import contracts in ``pyproject.toml`` hold that (``lint-imports``).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from .cases.aanmelden import AanmeldService
from .cases.service import DossierService
from .scenarios import huidig
from .stelsel import Stelsel
from .storage import Database, open_database

Klok = Callable[[], dt.datetime]


@dataclass(eq=False)
class Samenstelling:
    """An opened case database with the services that work on it, and the law they run under.

    ``klok`` (tests, demos) gives both services the same clock; without it they use the real time.
    """

    database: Database
    klok: Klok | None = None

    def dossiers(self, vandaag: Callable[[], dt.date] | None = None) -> DossierService:
        """The case service: every read and write of a case, checked and logged. Reads run in a
        read-only transaction; their log records are written together by the database's group log
        (one commit for the reads that finish at the same time) before the data is returned.
        ``vandaag``: the date no recorded fact may lie after (default: the clock's date)."""
        groepslog = getattr(self.database, "groepslog", None)
        return DossierService(self.database.opslag, self.klok, lees_opslag=getattr(self.database, "lees_opslag", None),
                              log_schrijver=groepslog.schrijf if groepslog is not None else None, vandaag=vandaag)

    def aanmelden(self) -> AanmeldService:
        """Log-in and sessions on the same database (session checks read without the write lock)."""
        return AanmeldService(self.database.opslag, self.klok, lees_opslag=getattr(self.database, "lees_opslag", None))

    @functools.cached_property
    def stelsel(self) -> Stelsel:
        """The law today (loaded on first use: commands that only touch the case file do not pay for it)."""
        return huidig()

    def sluit(self) -> None:
        self.database.sluit()


def stel_samen(url: str | None = None, *, maak_aan: bool = True, klok: Klok | None = None) -> Samenstelling:
    """Open the case database at ``url`` (see :func:`spoorzoeker.storage.open_database`: the default
    URL, migrations, and ``maak_aan=False`` refusing a database that does not exist) and wire it."""
    return Samenstelling(open_database(url, maak_aan=maak_aan), klok)


def voor_database(database: Database, klok: Klok | None = None) -> Samenstelling:
    """Wire a database that is already open (the web app given one, tests)."""
    return Samenstelling(database, klok)
