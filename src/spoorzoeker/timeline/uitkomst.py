"""The timeline of one sick case as typed values (:class:`Tijdlijn`), and its documented JSON answer.

``timeline.invoer.tijdlijn_van`` computes it; the re-integratieverslag and the overview read its
fields; only the edges (the command line, the web API) turn it into JSON with :meth:`Tijdlijn.als_json`,
whose shape docs/tijdlijn.md describes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


@dataclass(frozen=True)
class Onderbreking:
    """A healthy gap (``reden`` "hersteld") or a leave (``reden`` "verlof") inside the wachttijd."""

    van: dt.date
    tot_en_met: dt.date
    dagen: int
    reden: str

    def als_json(self) -> dict:
        return {"van": self.van.isoformat(), "tot_en_met": self.tot_en_met.isoformat(), "dagen": self.dagen,
                "reden": self.reden}


@dataclass(frozen=True)
class EerdereWachttijd:
    """A wachttijd that ended with a healthy gap of four weeks or more: it does not count on."""

    van: dt.date
    tot_en_met: dt.date | None

    def als_json(self) -> dict:
        return {"van": self.van.isoformat(), "tot_en_met": _iso(self.tot_en_met)}


@dataclass(frozen=True)
class TijdlijnStap:
    """One step of the timeline with its dates, source and status. A milestone (``mijlpaal``: the end of
    the wachttijd or of the loondoorbetaling) has no "done" date nor motivation."""

    code: str
    nummer: int | None
    omschrijving: str
    wie: str
    voorkeursdatum: dt.date | None
    uiterste_datum: dt.date | None
    bron: str
    url: str | None
    grondslag: str
    voorstel: bool
    status: str
    scenario: str | None = None
    vanaf: dt.date | None = None
    mijlpaal: bool = False
    gedaan_op: dt.date | None = None
    motivering: str | None = None
    motivering_nodig: bool = False
    toelichting: str | None = None  # why the step does not apply (status "niet_van_toepassing"), in Dutch

    def als_json(self) -> dict:
        stap: dict[str, Any] = {"code": self.code}
        if self.nummer is not None:
            stap["nummer"] = self.nummer
        stap.update({"omschrijving": self.omschrijving, "wie": self.wie,
                     "voorkeursdatum": _iso(self.voorkeursdatum), "uiterste_datum": _iso(self.uiterste_datum),
                     "bron": self.bron, "url": self.url, "grondslag": self.grondslag, "voorstel": self.voorstel,
                     "status": self.status})
        if self.scenario is not None:
            stap["scenario"] = self.scenario
        if self.vanaf is not None:
            stap["vanaf"] = self.vanaf.isoformat()
        if not self.mijlpaal:
            stap["gedaan_op"] = _iso(self.gedaan_op)
            stap["motivering"] = self.motivering
            stap["motivering_nodig"] = self.motivering_nodig
        if self.toelichting is not None:
            stap["toelichting"] = self.toelichting
        return stap


@dataclass(frozen=True)
class Tijdlijn:
    """The timeline of one sick case on ``vandaag`` (docs/tijdlijn.md, "Antwoord")."""

    vandaag: dt.date
    eerste_ziektedag: dt.date
    ziekteweek: int
    onderbrekingen: tuple[Onderbreking, ...]
    eerdere_wachttijden: tuple[EerdereWachttijd, ...]
    hersteld_op: dt.date | None
    gedeeltelijk_herstel: tuple[dt.date, ...]
    einde_wachttijd: dt.date
    einde_loondoorbetaling: dt.date
    wia_vroegste_ingangsdatum: dt.date
    wia_aanvraag_vertraging_dagen: int
    loonsanctie_weken: int
    stappen: tuple[TijdlijnStap, ...]
    opmerkingen: tuple[str, ...]
    scenario: dict | None = None  # the scenario's description when it is not current law
    aow_datum: dt.date | None = None  # the day the employee reaches the AOW age, when known
    geen_wia: bool = False            # he reaches it by the day a WIA benefit could start: none follows

    def stap(self, code: str) -> TijdlijnStap | None:
        """The first step with this code (for evaluations: the first in date order), or None."""
        return next((s for s in self.stappen if s.code == code), None)

    def als_json(self) -> dict:
        uit: dict[str, Any] = {
            "vandaag": self.vandaag.isoformat(),
            "eerste_ziektedag": self.eerste_ziektedag.isoformat(),
            "ziekteweek": self.ziekteweek,
            "onderbrekingen": [o.als_json() for o in self.onderbrekingen],
            "eerdere_wachttijden": [w.als_json() for w in self.eerdere_wachttijden],
            "hersteld_op": _iso(self.hersteld_op),
            "gedeeltelijk_herstel": [d.isoformat() for d in self.gedeeltelijk_herstel],
            "einde_wachttijd": self.einde_wachttijd.isoformat(),
            "einde_loondoorbetaling": self.einde_loondoorbetaling.isoformat(),
            "wia_vroegste_ingangsdatum": self.wia_vroegste_ingangsdatum.isoformat(),
            "wia_aanvraag_vertraging_dagen": self.wia_aanvraag_vertraging_dagen,
            "loonsanctie_weken": self.loonsanctie_weken,
            "stappen": [s.als_json() for s in self.stappen],
            "opmerkingen": list(self.opmerkingen),
        }
        if self.scenario is not None:
            uit["scenario"] = self.scenario
        if self.aow_datum is not None:
            uit["aow_datum"] = self.aow_datum.isoformat()
            uit["geen_wia"] = self.geen_wia
        return uit
