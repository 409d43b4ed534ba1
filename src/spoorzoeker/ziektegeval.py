"""One sick case as typed values: its sick periods, leave, the steps done and the events that move dates.

The case file (``cases.tijdlijn.ziektegeval``) builds a :class:`Ziektegeval` from a recorded case; the
timeline (``timeline.invoer.tijdlijn_van``) computes the steps and dates of one; the overview
(``projection``) takes the timeline's typed result. JSON is read into this model only at the edges (the
command line, the web API, files) by ``timeline.invoer.lees_verzoek``, and written back by
:func:`naar_verzoek`.

The events are a tagged union: one frozen dataclass per kind, each with its kind as ``soort`` (the
name the JSON request uses). This module checks nothing against the law; the timeline does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import ClassVar, Literal

SporenKeuze = Literal["spoor_1", "spoor_2", "beide"]


@dataclass(frozen=True)
class Ziekteperiode:
    """Sick from ``van`` through ``tot_en_met`` (None: still sick). Partial recovery is still sickness."""

    van: dt.date
    tot_en_met: dt.date | None = None


@dataclass(frozen=True)
class Verlof:
    """Zwangerschaps- en bevallingsverlof (WAZO art. 3:1). ``zelfde_oorzaak`` False: the sickness after
    the leave has another cause than the one before it."""

    van: dt.date
    tot_en_met: dt.date
    zelfde_oorzaak: bool = True


@dataclass(frozen=True)
class Gedaan:
    """A step done on ``datum``, with the motivation for doing it outside its window, if any."""

    datum: dt.date
    motivering: str | None = None


# --- the events (a tagged union) -------------------------------------------------------------------

@dataclass(frozen=True)
class Loonsanctie:
    """UWV extends the loondoorbetaling by ``weken`` (WIA art. 25 lid 9), decided on ``besluit_op``."""

    soort: ClassVar[str] = "loonsanctie"
    weken: float
    besluit_op: dt.date | None = None


@dataclass(frozen=True)
class UitstelWia:
    """A voluntary postponement of the WIA (WIA art. 24): to the date ``tot`` UWV set, or by ``weken``."""

    soort: ClassVar[str] = "uitstel_wia"
    tot: dt.date | None = None
    weken: float = 0.0


@dataclass(frozen=True)
class Spoorkeuze:
    """The motivated choice between work at the own employer and work elsewhere."""

    soort: ClassVar[str] = "spoorkeuze"
    datum: dt.date
    spoor: SporenKeuze
    motivering: str | None = None


@dataclass(frozen=True)
class Herstelmelding:
    """The employer reports the shortcoming repaired (WIA art. 25 lid 12); UWV decides (lid 13)."""

    soort: ClassVar[str] = "herstelmelding"
    datum: dt.date
    besluit_op: dt.date | None = None
    hersteld: bool = False


@dataclass(frozen=True)
class GedeeltelijkHerstel:
    """Partly back at work on ``datum``: recorded; it does not stop the count."""

    soort: ClassVar[str] = "gedeeltelijk_herstel"
    datum: dt.date


@dataclass(frozen=True)
class VerkorteWachttijd:
    """An application for a verkorte wachttijd (WIA art. 23 lid 6): granted with ``einde``, or refused."""

    soort: ClassVar[str] = "verkorte_wachttijd"
    aangevraagd_op: dt.date
    einde: dt.date | None = None
    afgewezen: bool = False


Gebeurtenis = Loonsanctie | UitstelWia | Spoorkeuze | Herstelmelding | GedeeltelijkHerstel | VerkorteWachttijd
SOORTEN: dict[str, type] = {k.soort: k for k in (Loonsanctie, UitstelWia, Spoorkeuze, Herstelmelding,
                                                   GedeeltelijkHerstel, VerkorteWachttijd)}


@dataclass(frozen=True)
class Ziektegeval:
    """What happened in one sick case (only its process part: no medical data).

    ``gedaan``: step code -> when it was done (the latest record counts); ``evaluaties``: every
    evaluation done. ``voorstellen``: all proposals of the policy papers on or off (None: the law's
    default); ``voorstellen_uit``: single proposals switched off. ``vandaag``: the date of the status
    (None: the caller gives it). ``aow_datum``: the day the employee reaches the AOW age, when known (the
    case file records only that day, not the birth date)."""

    ziekteperiodes: tuple[Ziekteperiode, ...]
    werkgever_grootte: float | None = None
    gedaan: dict[str, Gedaan] = field(default_factory=dict)
    evaluaties: tuple[Gedaan, ...] = ()
    gebeurtenissen: tuple[Gebeurtenis, ...] = ()
    zwangerschapsverlof: tuple[Verlof, ...] = ()
    voorstellen: bool | None = None
    voorstellen_uit: frozenset[str] = frozenset()
    werkt_in_spoor_1: bool = False
    scenario: str | None = None
    vandaag: dt.date | None = None
    aow_datum: dt.date | None = None  # the day the employee reaches the AOW age (AOW art. 7a); None = unknown
    geboortedatum: dt.date | None = None  # instead of aow_datum: the AOW date is computed from it

    def eerste(self, soort: type) -> Gebeurtenis | None:
        """The event of this kind (each kind but gedeeltelijk_herstel occurs at most once)."""
        return next((g for g in self.gebeurtenissen if isinstance(g, soort)), None)


# --- back to the documented JSON request (an edge: the command line prints it) -----------------------

def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _getal(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def _gedaan_json(g: Gedaan) -> str | dict:
    return {"datum": g.datum.isoformat(), "motivering": g.motivering} if g.motivering else g.datum.isoformat()


def gebeurtenis_json(g: Gebeurtenis) -> dict:
    """One event in the timeline's request format (docs/tijdlijn.md)."""
    match g:
        case Loonsanctie():
            uit: dict = {"soort": g.soort, "weken": _getal(g.weken)}
            if g.besluit_op is not None:
                uit["besluit_op"] = g.besluit_op.isoformat()
            return uit
        case UitstelWia():
            return {"soort": g.soort, "tot": _iso(g.tot)} if g.tot is not None else {"soort": g.soort, "weken": _getal(g.weken)}
        case Spoorkeuze():
            return {"soort": g.soort, "datum": g.datum.isoformat(), "spoor": g.spoor, "motivering": g.motivering}
        case Herstelmelding():
            uit = {"soort": g.soort, "datum": g.datum.isoformat()}
            if g.besluit_op:
                uit.update(besluit_op=g.besluit_op.isoformat(), hersteld=g.hersteld)
            return uit
        case GedeeltelijkHerstel():
            return {"soort": g.soort, "datum": g.datum.isoformat()}
        case VerkorteWachttijd():
            uit = {"soort": g.soort, "aangevraagd_op": g.aangevraagd_op.isoformat()}
            if g.afgewezen:
                uit["afgewezen"] = True
            elif g.einde:
                uit["einde"] = g.einde.isoformat()
            return uit
    raise TypeError(f"geen gebeurtenis: {g!r}")  # pragma: no cover - the union is closed


def naar_verzoek(geval: Ziektegeval) -> dict:
    """The case as the timeline's JSON request (``spoorzoeker tijdlijn``), for the edges that print it."""
    verzoek: dict = {
        "ziekteperiodes": [{"van": p.van.isoformat(), **({"tot_en_met": p.tot_en_met.isoformat()}
                                                          if p.tot_en_met else {})} for p in geval.ziekteperiodes],
    }
    if geval.werkgever_grootte is not None:
        verzoek["werkgever_grootte"] = _getal(geval.werkgever_grootte)
    gedaan: dict = {code: _gedaan_json(g) for code, g in geval.gedaan.items()}
    if geval.evaluaties:
        gedaan["evaluatie"] = [_gedaan_json(e) for e in geval.evaluaties]
    if gedaan:
        verzoek["gedaan"] = gedaan
    if geval.gebeurtenissen:
        verzoek["gebeurtenissen"] = [gebeurtenis_json(g) for g in geval.gebeurtenissen]
    if geval.zwangerschapsverlof:
        verzoek["zwangerschapsverlof"] = [{"van": v.van.isoformat(), "tot_en_met": v.tot_en_met.isoformat(),
                                           **({} if v.zelfde_oorzaak else {"zelfde_oorzaak": False})}
                                          for v in geval.zwangerschapsverlof]
    if geval.aow_datum is not None:
        verzoek["aow_datum"] = geval.aow_datum.isoformat()
    if geval.geboortedatum is not None:
        verzoek["geboortedatum"] = geval.geboortedatum.isoformat()
    if geval.voorstellen is not None:
        verzoek["voorstellen"] = geval.voorstellen
    elif geval.voorstellen_uit:
        verzoek["voorstellen"] = {code: False for code in sorted(geval.voorstellen_uit)}
    if geval.werkt_in_spoor_1:
        verzoek["werkt_in_spoor_1"] = True
    if geval.scenario is not None:
        verzoek["scenario"] = geval.scenario
    if geval.vandaag is not None:
        verzoek["vandaag"] = geval.vandaag.isoformat()
    return verzoek
