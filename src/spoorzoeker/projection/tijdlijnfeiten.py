"""The timeline's dates for the overview: the end of the loondoorbetaling and the first WIA day.

A person in the overview may give the facts of the timeline (the sick periods, leave, events such
as a loonsanctie or a postponed WIA, the date the WIA was applied for) instead of a hand-given
``verlenging_loondoorbetaling_weken``. Then the timeline (:func:`spoorzoeker.timeline.bereken_tijdlijn`,
run with ``vandaag`` = the calculation date) decides:

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
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InvoerFout
from ..stelsel import Stelsel

# Fields of the timeline request a person in the overview may give.
TIJDLIJN_VELDEN = ("ziekteperiodes", "zwangerschapsverlof", "gebeurtenissen", "gedaan")


@dataclass(frozen=True)
class Tijdlijnfeiten:
    """The persons with their timeline facts replaced by the projection's inputs, and per person the
    timeline's last day of the two years (NaT for a person without timeline facts)."""

    personen: Any
    einde_wachttijd: np.ndarray | None  # (n,) datetime64[D], None when nobody gave timeline facts


def heeft_tijdlijn(personen: Any) -> bool:
    """Whether any person gives a fact the timeline reads (only lists of persons, or one person)."""
    if isinstance(personen, dict):  # one person, or columns (one list per field)
        return any(k in personen for k in TIJDLIJN_VELDEN)
    return isinstance(personen, list) and any(isinstance(p, dict) and any(k in p for k in TIJDLIJN_VELDEN)
                                              for p in personen)


def uit_tijdlijn(personen: Any, datum: dt.date, stelsel: Stelsel) -> Tijdlijnfeiten:
    """Replace each person's timeline facts by ``eerste_ziektedag`` and ``verlenging_loondoorbetaling_weken``
    from the timeline (module docstring). Persons without timeline facts keep their own values (the
    extension 0 when they gave none), so every person has the same fields."""
    if not heeft_tijdlijn(personen):
        return Tijdlijnfeiten(personen, None)
    lijst = _als_lijst(personen)
    from ..timeline import bereken_tijdlijn

    duur = float(stelsel.op(datum).loondoorbetaling.duur_weken)
    uit: list[dict] = []
    einde = np.full(len(lijst), np.datetime64("NaT"), dtype="datetime64[D]")
    for i, p in enumerate(lijst):
        p = dict(p)
        feiten = {k: p.pop(k) for k in TIJDLIJN_VELDEN if k in p}
        if not feiten:
            p.setdefault("verlenging_loondoorbetaling_weken", 0.0)
            uit.append(p)
            continue
        wie = "" if len(lijst) == 1 else f"Persoon {i + 1}: "
        if "verlenging_loondoorbetaling_weken" in p:
            raise InvoerFout(f"{wie}geef 'verlenging_loondoorbetaling_weken' niet samen met de gegevens van de "
                             "tijdlijn: de verlenging volgt dan uit de tijdlijn.", "verlenging_loondoorbetaling_weken")
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
            t = bereken_tijdlijn(feiten, stelsel=stelsel)
        except InvoerFout as e:
            raise InvoerFout(wie + e.bericht, e.veld) from None
        d0 = dt.date.fromisoformat(t["eerste_ziektedag"])
        laatste = dt.date.fromisoformat(t["einde_loondoorbetaling"])
        p["eerste_ziektedag"] = d0.isoformat()
        p["verlenging_loondoorbetaling_weken"] = ((laatste - d0).days + 1) / 7.0 - duur
        einde[i] = np.datetime64(t["einde_wachttijd"], "D")
        uit.append(p)
    return Tijdlijnfeiten(uit, einde)


def _eerste_van(periodes: Any) -> str | None:
    """The earliest 'van' of the sick periods as text, or None when the timeline's reader must name the error."""
    try:
        return min(str(p["van"]) for p in periodes)
    except (TypeError, KeyError, ValueError):
        return None


def _als_lijst(personen: Any) -> list[dict]:
    """One person, a list of persons, or columns (dict of lists) as a list of persons."""
    if isinstance(personen, list):
        if not all(isinstance(p, dict) for p in personen):
            raise InvoerFout("Geef 'personen' als een lijst van personen (JSON-objecten).", "personen")
        return personen
    if any(isinstance(v, (list, tuple, np.ndarray)) for k, v in personen.items() if k not in TIJDLIJN_VELDEN):
        lengtes = {len(v) for v in personen.values()}
        if len(lengtes) != 1:
            raise InvoerFout("Elke kolom in 'personen' moet even lang zijn.", "personen")
        n = lengtes.pop()
        return [{k: (v[i].item() if isinstance(v, np.ndarray) and v.dtype.kind != "M" else
                     str(v[i]) if isinstance(v, np.ndarray) else v[i]) for k, v in personen.items()}
                for i in range(n)]
    return [personen]
