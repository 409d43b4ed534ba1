"""From a case file to the sick case the timeline reads (:class:`spoorzoeker.ziektegeval.Ziektegeval`).

Pure and one-way: the case file records what happened; the timeline computes what is due. This
module maps the records of a case onto the typed sick case, once; the JSON request of
``spoorzoeker tijdlijn`` is only written at the edge (:func:`tijdlijn_invoer`).

* ``ziekteperiodes`` and ``werkgever_grootte`` come straight from the case.
* ``gedaan``: each recorded step (``StapGedaan.code`` uses the timeline's step codes) with its date
  and, where given, the motivation for doing it outside its window; the latest record of a code
  counts, evaluations are a list. Without a recorded ``plan_van_aanpak`` step, the first plan van
  aanpak (not a bijstelling) counts as that step.
* ``gebeurtenissen``: the latest track choice as event ``spoorkeuze``, and the latest recorded
  loonsanctie, uitstel_wia, herstelmelding and verkorte_wachttijd (``Gebeurtenis``).
* ``zwangerschapsverlof``: every recorded zwangerschaps- en bevallingsverlof.
"""

from __future__ import annotations

import datetime as dt

from .. import ziektegeval as zg
from .model import Dossier, Gebeurtenis, SoortGebeurtenis

# Steps the timeline takes as an event rather than as "gedaan".
_ALS_GEBEURTENIS = {"spoorkeuze"}


def _gedaan(datum: dt.date, motivering: str) -> zg.Gedaan:
    return zg.Gedaan(datum, motivering if motivering.strip() else None)


def ziektegeval(dossier: Dossier, vandaag: dt.date | None = None) -> zg.Ziektegeval:
    """The sick case of this case file (only the process part is needed: no medical data)."""
    gedaan: dict[str, zg.Gedaan] = {}
    evaluaties = []
    for stap in sorted(dossier.stappen, key=lambda s: s.datum):
        if stap.code in _ALS_GEBEURTENIS:
            continue
        if stap.code == "evaluatie":
            evaluaties.append(_gedaan(stap.datum, stap.motivatie_afwijking))
        else:
            gedaan[stap.code] = _gedaan(stap.datum, stap.motivatie_afwijking)
    plannen = [p for p in dossier.plannen_van_aanpak if not p.is_bijstelling]
    if "plan_van_aanpak" not in gedaan and plannen:
        gedaan["plan_van_aanpak"] = zg.Gedaan(min(plannen, key=lambda p: p.opgesteld_op).opgesteld_op)

    gebeurtenissen: list[zg.Gebeurtenis] = []
    if dossier.spoorkeuzes:
        k = max(dossier.spoorkeuzes, key=lambda k: k.datum_gesprek)
        gebeurtenissen.append(zg.Spoorkeuze(k.datum_gesprek, k.keuze.value, k.motivatie or None))
    laatste: dict[SoortGebeurtenis, Gebeurtenis] = {}
    verlof = []
    aow_datum = None
    for g in dossier.gebeurtenissen:  # in the order recorded: a later record replaces an earlier one
        if g.soort == SoortGebeurtenis.ZWANGERSCHAPSVERLOF:
            assert g.tot is not None  # the service refuses a leave without its end
            verlof.append(zg.Verlof(g.datum, g.tot, g.uitkomst is not False))
        elif g.soort == SoortGebeurtenis.AOW_LEEFTIJD:
            aow_datum = g.datum  # the latest record counts (a correction)
        else:
            laatste[SoortGebeurtenis(g.soort)] = g
    gebeurtenissen += [gebeurtenis(g) for g in laatste.values()]
    return zg.Ziektegeval(
        ziekteperiodes=tuple(zg.Ziekteperiode(p.van, p.tot_en_met)
                             for p in sorted(dossier.ziekteperiodes, key=lambda p: p.van)),
        werkgever_grootte=dossier.werkgever.aantal_werknemers,
        gedaan=gedaan, evaluaties=tuple(evaluaties), gebeurtenissen=tuple(gebeurtenissen),
        zwangerschapsverlof=tuple(sorted(verlof, key=lambda v: v.van)), vandaag=vandaag, aow_datum=aow_datum)


def gebeurtenis(g: Gebeurtenis) -> zg.Gebeurtenis:
    """A recorded decision of UWV as the sick case's event (not for leave, which is a period)."""
    soort = SoortGebeurtenis(g.soort)
    if soort == SoortGebeurtenis.LOONSANCTIE:
        assert g.weken is not None  # the service refuses a loonsanctie without its weeks
        return zg.Loonsanctie(g.weken, besluit_op=g.datum)
    if soort == SoortGebeurtenis.UITSTEL_WIA:
        return zg.UitstelWia(tot=g.tot)
    if soort == SoortGebeurtenis.HERSTELMELDING:
        return zg.Herstelmelding(g.datum, g.besluit_op, bool(g.uitkomst) if g.besluit_op else False)
    if soort == SoortGebeurtenis.VERKORTE_WACHTTIJD:
        return zg.VerkorteWachttijd(g.datum, einde=None if g.uitkomst is False else g.tot,
                                    afgewezen=g.uitkomst is False)
    raise ValueError(f"geen gebeurtenis voor de tijdlijn: {soort.value}")  # pragma: no cover


def tijdlijn_invoer(dossier: Dossier, vandaag: dt.date | None = None) -> dict:
    """The timeline request for this case as JSON (for the command line, which prints it)."""
    return zg.naar_verzoek(ziektegeval(dossier, vandaag))
