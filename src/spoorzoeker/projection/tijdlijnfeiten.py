"""The timeline's dates for the overview: the end of the loondoorbetaling and the first WIA day.

A person in the overview may come with the typed timeline of his sick case
(:class:`spoorzoeker.timeline.Tijdlijn`, e.g. from a case file), or give the facts of the timeline as
JSON (the sick periods, leave, events such as a loonsanctie or a postponed WIA, the date the WIA was
applied for) instead of a hand-given ``verlenging_loondoorbetaling_weken``. Then the timeline (run
with ``vandaag`` = the calculation date for the JSON facts) decides:

* ``eerste_ziektedag``: the first day of the current wachttijd (after samentelling, BW 7:629 lid 10);
* ``verlenging_loondoorbetaling_weken``: the calendar days from that day through the timeline's last
  day of loondoorbetaling, divided by seven, minus the 104 weeks of BW 7:629 lid 1. It may be a
  fraction of a week (a healthy gap of 10 days, an application 3 days late); the projection's months
  then end the loondoorbetaling in the week that contains the last day.

So every date mover the timeline knows reaches the money: samentelling, zwangerschapsverlof
(WIA art. 23 lid 5 a), a late WIA application (BW 7:629 lid 11 a), a voluntary postponement
(WIA art. 24) and a loonsanctie (WIA art. 25 lid 9-14). A verkorte wachttijd (WIA art. 23 lid 6)
does not move the months: the employer pays the wage to the end of the 104 weeks and deducts the
IVA (BW 7:629 lid 5), so the person's income in those months is the wage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InvoerFout
from ..stelsel import Stelsel
from ..timeline import Tijdlijn
from .personen import als_lijst

# Fields of the timeline request a person in the overview may give.
TIJDLIJN_VELDEN = ("ziekteperiodes", "zwangerschapsverlof", "gebeurtenissen", "gedaan")


@dataclass(frozen=True)
class Tijdlijnfeiten:
    """The persons with their timeline facts replaced by the projection's inputs, and per person the
    timeline's last day of the two years (NaT for a person without timeline facts)."""

    personen: Any
    einde_wachttijd: np.ndarray | None  # (n,) datetime64[D], None when nobody gave timeline facts


def loondoorbetaling(t: Tijdlijn, duur_weken: float) -> tuple[dt.date, float]:
    """The first day of the wachttijd and the extension of the loondoorbetaling beyond ``duur_weken``
    (BW 7:629 lid 1: 104 weeks) in weeks, from the timeline's last day of loondoorbetaling."""
    return t.eerste_ziektedag, ((t.einde_loondoorbetaling - t.eerste_ziektedag).days + 1) / 7.0 - duur_weken


def heeft_tijdlijn(personen: Any) -> bool:
    """Whether any person gives a fact the timeline reads (only lists of persons, or one person)."""
    if isinstance(personen, dict):  # one person, or columns (one list per field)
        return any(k in personen for k in TIJDLIJN_VELDEN)
    return isinstance(personen, list) and any(isinstance(p, dict) and any(k in p for k in TIJDLIJN_VELDEN)
                                              for p in personen)


def uit_tijdlijn(personen: Any, datum: dt.date, stelsel: Stelsel,
                 tijdlijnen: Tijdlijn | Sequence[Tijdlijn | None] | None = None) -> Tijdlijnfeiten:
    """Replace each person's timeline by ``eerste_ziektedag`` and ``verlenging_loondoorbetaling_weken``
    (module docstring). ``tijdlijnen``: per person his typed timeline, or None (one Tijdlijn for one
    person). Persons without a timeline keep their own values (the extension 0 when they gave none), so
    every person has the same fields."""
    if isinstance(tijdlijnen, Tijdlijn):
        tijdlijnen = [tijdlijnen]
    if tijdlijnen is None and not heeft_tijdlijn(personen):
        return Tijdlijnfeiten(personen, None)
    lijst = als_lijst(personen, TIJDLIJN_VELDEN)
    if tijdlijnen is not None and len(tijdlijnen) != len(lijst):
        raise ValueError(f"{len(tijdlijnen)} tijdlijnen voor {len(lijst)} personen")
    from ..timeline import tijdlijn_uit_verzoek

    duur = float(stelsel.op(datum).loondoorbetaling.duur_weken)
    uit: list[dict] = []
    einde = np.full(len(lijst), np.datetime64("NaT"), dtype="datetime64[D]")
    for i, p in enumerate(lijst):
        p = dict(p)
        feiten = {k: p.pop(k) for k in TIJDLIJN_VELDEN if k in p}
        t = tijdlijnen[i] if tijdlijnen is not None else None
        wie = "" if len(lijst) == 1 else f"Persoon {i + 1}: "
        if t is None and not feiten:
            p.setdefault("verlenging_loondoorbetaling_weken", 0.0)
            uit.append(p)
            continue
        if "verlenging_loondoorbetaling_weken" in p:
            raise InvoerFout(f"{wie}geef 'verlenging_loondoorbetaling_weken' niet samen met de gegevens van de "
                             "tijdlijn: de verlenging volgt dan uit de tijdlijn.", "verlenging_loondoorbetaling_weken")
        if t is not None:
            if feiten:
                raise InvoerFout(f"{wie}de tijdlijn komt uit het dossier; geef '{sorted(feiten)[0]}' niet ook zelf.",
                                 sorted(feiten)[0])
            p.pop("eerste_ziektedag", None)  # the timeline's first day of the current wachttijd counts
        else:
            t = _tijdlijn_uit_feiten(feiten, p, datum, stelsel, wie, tijdlijn_uit_verzoek)
        d0, verlenging = loondoorbetaling(t, duur)
        p["eerste_ziektedag"] = d0.isoformat()
        p["verlenging_loondoorbetaling_weken"] = verlenging
        einde[i] = np.datetime64(t.einde_wachttijd, "D")
        uit.append(p)
    return Tijdlijnfeiten(uit, einde)


def _tijdlijn_uit_feiten(feiten: dict, p: dict, datum: dt.date, stelsel: Stelsel, wie: str, lees) -> Tijdlijn:
    """The timeline of a person who gave its facts as JSON (``p`` loses the first sick day it replaces)."""
    if "ziekteperiodes" in feiten:
        # The overview's header shows the first sick day: it may be given, as the first day of the
        # earliest period (the timeline then decides where the current wachttijd starts).
        gegeven = p.pop("eerste_ziektedag", None)
        eerste = _eerste_van(feiten["ziekteperiodes"])
        if gegeven is not None and eerste is not None and str(gegeven) != eerste:
            raise InvoerFout(f"{wie}'eerste_ziektedag' ({gegeven}) is niet de eerste dag van de eerste "
                             f"ziekteperiode ({eerste}); laat 'eerste_ziektedag' weg of maak ze gelijk.",
                             "eerste_ziektedag")
    else:
        if "eerste_ziektedag" not in p:
            raise InvoerFout(f"{wie}voor het overzicht is het veld 'eerste_ziektedag' of 'ziekteperiodes' nodig.",
                             "eerste_ziektedag")
        feiten["eerste_ziektedag"] = p["eerste_ziektedag"]
    feiten["vandaag"] = datum.isoformat()
    try:
        return lees(feiten, stelsel=stelsel)
    except InvoerFout as e:
        raise InvoerFout(wie + e.bericht, e.veld) from None


def _eerste_van(periodes: Any) -> str | None:
    """The earliest 'van' of the sick periods as text, or None when the timeline's reader must name the error."""
    try:
        return min(str(p["van"]) for p in periodes)
    except (TypeError, KeyError, ValueError):
        return None
