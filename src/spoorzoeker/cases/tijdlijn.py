"""From a case file to the request of the timeline (``spoorzoeker tijdlijn``).

Pure and one-way: the case file records what happened; the timeline computes what is due. This
module only writes the timeline's documented JSON request, so the two stay independent.

* ``ziekteperiodes`` and ``werkgever_grootte`` come straight from the case.
* ``gedaan``: each recorded step (``StapGedaan.code`` uses the timeline's step codes) with its date
  and, where given, the motivation for doing it outside its window; the latest record of a code
  counts, ``evaluatie`` is a list. Without a recorded ``plan_van_aanpak`` step, the first plan van
  aanpak (not a bijstelling) counts as that step.
* ``gebeurtenissen``: the latest track choice (R9) as event ``spoorkeuze``, and the latest recorded
  loonsanctie, uitstel_wia, herstelmelding and verkorte_wachttijd (``Gebeurtenis``).
* ``zwangerschapsverlof``: every recorded zwangerschaps- en bevallingsverlof.
"""

from __future__ import annotations

import datetime as dt

from .model import Dossier, Gebeurtenis, SoortGebeurtenis

# Steps the timeline takes as an event rather than as "gedaan".
_ALS_GEBEURTENIS = {"spoorkeuze"}


def _een(datum: dt.date, motivering: str) -> str | dict:
    if motivering.strip():
        return {"datum": datum.isoformat(), "motivering": motivering}
    return datum.isoformat()


def tijdlijn_invoer(dossier: Dossier, vandaag: dt.date | None = None) -> dict:
    """The timeline request for this case (only the process part is needed: no medical data)."""
    gedaan: dict = {}
    evaluaties = []
    for stap in sorted(dossier.stappen, key=lambda s: s.datum):
        if stap.code in _ALS_GEBEURTENIS:
            continue
        if stap.code == "evaluatie":
            evaluaties.append(_een(stap.datum, stap.motivatie_afwijking))
        else:
            gedaan[stap.code] = _een(stap.datum, stap.motivatie_afwijking)
    if evaluaties:
        gedaan["evaluatie"] = evaluaties
    plannen = [p for p in dossier.plannen_van_aanpak if not p.is_bijstelling]
    if "plan_van_aanpak" not in gedaan and plannen:
        gedaan["plan_van_aanpak"] = min(plannen, key=lambda p: p.opgesteld_op).opgesteld_op.isoformat()

    verzoek: dict = {
        "ziekteperiodes": [
            {"van": p.van.isoformat(), **({"tot_en_met": p.tot_en_met.isoformat()} if p.tot_en_met else {})}
            for p in sorted(dossier.ziekteperiodes, key=lambda p: p.van)],
        "werkgever_grootte": dossier.werkgever.aantal_werknemers,
    }
    if gedaan:
        verzoek["gedaan"] = gedaan
    gebeurtenissen = []
    if dossier.spoorkeuzes:
        k = max(dossier.spoorkeuzes, key=lambda k: k.datum_gesprek)
        gebeurtenissen.append({"soort": "spoorkeuze", "datum": k.datum_gesprek.isoformat(),
                               "spoor": k.keuze.value, "motivering": k.motivatie})
    laatste: dict[SoortGebeurtenis, Gebeurtenis] = {}
    verlof = []
    for g in dossier.gebeurtenissen:  # in the order recorded: a later record replaces an earlier one
        if g.soort == SoortGebeurtenis.ZWANGERSCHAPSVERLOF:
            assert g.tot is not None  # the service refuses a leave without its end
            verlof.append({"van": g.datum.isoformat(), "tot_en_met": g.tot.isoformat(),
                           **({"zelfde_oorzaak": False} if g.uitkomst is False else {})})
        else:
            laatste[SoortGebeurtenis(g.soort)] = g
    gebeurtenissen += [_gebeurtenis(g) for g in laatste.values()]
    if gebeurtenissen:
        verzoek["gebeurtenissen"] = gebeurtenissen
    if verlof:
        verzoek["zwangerschapsverlof"] = sorted(verlof, key=lambda v: v["van"])
    if vandaag is not None:
        verzoek["vandaag"] = vandaag.isoformat()
    return verzoek


def _gebeurtenis(g: Gebeurtenis) -> dict:
    """A recorded event in the timeline's request format (docs/tijdlijn.md)."""
    def iso(d):
        return d.isoformat() if d else None
    soort = SoortGebeurtenis(g.soort)
    if soort == SoortGebeurtenis.LOONSANCTIE:
        return {"soort": "loonsanctie", "weken": g.weken, "besluit_op": iso(g.datum)}
    if soort == SoortGebeurtenis.UITSTEL_WIA:
        return {"soort": "uitstel_wia", "tot": iso(g.tot)}
    if soort == SoortGebeurtenis.HERSTELMELDING:
        uit = {"soort": "herstelmelding", "datum": iso(g.datum)}
        if g.besluit_op:
            uit.update(besluit_op=iso(g.besluit_op), hersteld=bool(g.uitkomst))
        return uit
    uit = {"soort": "verkorte_wachttijd", "aangevraagd_op": iso(g.datum)}
    if g.uitkomst is False:
        uit["afgewezen"] = True
    elif g.tot:
        uit["einde"] = iso(g.tot)
    return uit
