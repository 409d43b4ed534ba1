"""The employer's dashboard and the casemanager's traffic lights: computed from the case file's process
part only (no medical data), after ``DossierService`` checked and logged each read.

Dashboard figures follow CBS's definitions (Statistics Netherlands, "Begrippen"):

* verzuimpercentage: sick calendar days of all employees as a percentage of their available calendar
  days in the period; a partial recovery counts the day for the part not worked (CBS allows calendar
  days; Vernet weighs each day by the arbeidsongeschiktheidsfactor);
  https://www.cbs.nl/nl-nl/nieuws/2023/49/ziekteverzuim-werknemers-derde-kwartaal-lager-dan-in-2022/ziekteverzuimpercentage
* meldingsfrequentie: sick reports that began in the period per employee, per year;
  https://www.cbs.nl/nl-nl/onze-diensten/methoden/begrippen/meldingsfrequentie-ziekteverzuim
* gemiddelde verzuimduur: calendar days from the first to the last sick day (weekends included) of the
  periods that ended in the period;
  https://www.cbs.nl/nl-nl/onze-diensten/methoden/begrippen/verzuimduur-ziekteverzuim
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass

from cachetools import LRUCache

from ..cases import Dossier, ziektegeval
from ..errors import SpoorzoekerFout
from ..timeline import tijdlijn_van as tijdlijn_berekenen
from ..timeline import tijdlijnen_van as tijdlijnen_berekenen

LICHTEN = {
    "rood": "Te laat: een wettelijke stap is over de uiterste datum",
    "oranje": "Binnenkort: een stap moet binnen 14 dagen gebeuren",
    "groen": "Op schema",
    "grijs": "Hersteld",
}
BINNENKORT_DAGEN = 14


@dataclass(frozen=True)
class Licht:
    kleur: str
    uitleg: str
    volgende: dict | None      # the next open step (not a proposal)
    te_laat: list[dict]
    notitie: str = ""          # e.g. a recovered employee's step that was missed before the recovery


_log = logging.getLogger(__name__)
_TIJDLIJNEN: LRUCache[tuple[int, dt.date], tuple[Dossier, dict]] = LRUCache(2048)
_TIJDLIJNEN_SLOT = threading.Lock()


def tijdlijn_van(d: Dossier, vandaag: dt.date) -> dict:
    """The case's timeline on ``vandaag``. Storage hands out the same (immutable) ``Dossier`` object while
    the case is unchanged, so the timeline computed for that object is kept and served again (the
    object itself is kept with it, so its id cannot be reused). Callers must not change the dict."""
    with _TIJDLIJNEN_SLOT:
        gevonden = _bewaard(d, vandaag)
    if gevonden is not None:
        return gevonden
    # the typed sick case straight from the case file; JSON only for the templates (the edge)
    tl = tijdlijn_berekenen(ziektegeval(d, vandaag), vandaag=vandaag).als_json()
    with _TIJDLIJNEN_SLOT:
        _TIJDLIJNEN[(id(d), vandaag)] = (d, tl)
    return tl


def _bewaard(d: Dossier, vandaag: dt.date) -> dict | None:
    """The timeline kept for this very ``Dossier`` object on ``vandaag`` (call with the lock held)."""
    gevonden = _TIJDLIJNEN.get((id(d), vandaag))
    return gevonden[1] if gevonden is not None and gevonden[0] is d else None


def tijdlijnen_vooraf(dossiers: list[Dossier], vandaag: dt.date) -> None:
    """Compute the timelines of ``dossiers`` not kept yet in one go (the work list's first view: step dates
    in numpy columns for all cases together instead of one by one) and keep them, so that the
    :func:`tijdlijn_van` calls that follow find them. A case whose timeline cannot be computed is left
    out: its own call then gives its error, as before."""
    with _TIJDLIJNEN_SLOT:
        nieuw = [d for d in dossiers if _bewaard(d, vandaag) is None]
    if len(nieuw) < 2:
        return
    gevallen, dossiers_ = [], []
    for d in nieuw:
        try:
            gevallen.append(ziektegeval(d, vandaag))
            dossiers_.append(d)
        except SpoorzoekerFout:
            continue
    try:
        uitkomsten = tijdlijnen_berekenen(gevallen, vandaag=vandaag)
    except Exception:  # a fault of ours: each case is then computed on its own, and the faulty one says so
        _log.exception("tijdlijnen van %d dossiers niet samen te berekenen", len(gevallen))
        return
    with _TIJDLIJNEN_SLOT:
        for d, t in zip(dossiers_, uitkomsten, strict=True):
            if not isinstance(t, SpoorzoekerFout):
                _TIJDLIJNEN[(id(d), vandaag)] = (d, t.als_json())


def licht(tijdlijn: dict, vandaag: dt.date) -> Licht:
    """Red when a statutory step is overdue, orange when one is due within two weeks, green otherwise;
    grey when the employee recovered. Proposals from policy papers do not colour the light.

    Red means "act now". After a full recovery no Poortwachter step is due any more (the timeline marks
    every step due after the recovery ``vervallen``), so a step missed before the recovery cannot be made
    good: the light is grey, with a note naming it."""
    stappen = [s for s in tijdlijn["stappen"] if not s.get("voorstel")]
    te_laat = [s for s in stappen if s["status"] == "te_laat"]
    open_ = sorted((s for s in stappen if s["status"] == "open" and s.get("uiterste_datum")),
                   key=lambda s: s["uiterste_datum"])
    volgende = open_[0] if open_ else None
    if tijdlijn.get("hersteld_op"):
        notitie = ("Hersteld. Vóór het herstel " + ("was een stap" if len(te_laat) == 1 else f"waren {len(te_laat)} stappen")
                   + " te laat.") if te_laat else ""
        return Licht("grijs", LICHTEN["grijs"], None, te_laat, notitie)
    if te_laat:
        kleur = "rood"
    elif volgende and dt.date.fromisoformat(volgende["uiterste_datum"]) <= vandaag + dt.timedelta(BINNENKORT_DAGEN):
        kleur = "oranje"
    else:
        kleur = "groen"
    return Licht(kleur, LICHTEN[kleur], volgende, te_laat)


def onberekenbaar(fout: str) -> Licht:
    """The light of a case whose timeline cannot be computed (for example a first sick day before the
    rules Spoorzoeker knows): no colour, and the reason in Dutch, so the rest of the list still shows."""
    return Licht("onbekend", f"De tijdlijn van dit dossier kan niet worden berekend: {fout} "
                             "Controleer de eerste ziektedag en de ziekteperiodes.", None, [])


@dataclass(frozen=True)
class Verzuimcijfers:
    van: dt.date
    tot_en_met: dt.date
    aantal_werknemers: int
    verzuimdagen: float
    verzuimpercentage: float
    meldingen: int
    meldingsfrequentie: float
    herstelde_meldingen: int
    gemiddelde_verzuimduur: float | None   # days; None when no period ended in the window
    basis: str = "opgegeven_aantal"        # what the percentage divides by: "dienstdagen" or "opgegeven_aantal"
    beschikbare_dagen: float = 0.0         # the denominator: employment days in the window
    bekende_werknemers: int = 0            # employees registered in Spoorzoeker for this employer


def dienstdagen(uit_dienst: list[dt.date | None], van: dt.date, tot_en_met: dt.date) -> int:
    """Days in [van, tot_en_met] the registered employees were employed: each from the start of the
    window (Spoorzoeker keeps no start date of employment) up to and including his last day, if any."""
    totaal = 0
    for einde in uit_dienst:
        laatste = min(einde, tot_en_met) if einde is not None else tot_en_met
        if laatste >= van:
            totaal += (laatste - van).days + 1
    return totaal


def verzuimcijfers(dossiers: list[Dossier], aantal_werknemers: int, vandaag: dt.date,
                   dagen: int = 365, uit_dienst: list[dt.date | None] | None = None) -> Verzuimcijfers:
    """The three CBS figures over the last ``dagen`` days up to and including ``vandaag``.

    The CBS verzuimpercentage is sick days over the days employees were employed. When Spoorzoeker
    knows at least as many employees of this employer as its stated size (``uit_dienst``: each
    registered employee's last day of employment, None when still employed), it divides by their
    employment days; otherwise (usually only employees with a case are registered) by the stated
    number of employees times the days of the window, and says so (``basis``)."""
    van = vandaag - dt.timedelta(days=dagen - 1)
    verzuimdagen = 0.0
    meldingen = 0
    duren: list[int] = []
    for d in dossiers:
        for p in d.ziekteperiodes:
            eind = p.tot_en_met or vandaag
            begin_in, eind_in = max(p.van, van), min(eind, vandaag)
            if begin_in <= eind_in:
                verzuimdagen += ((eind_in - begin_in).days + 1) * (100 - p.hervatting_percentage) / 100
            if van <= p.van <= vandaag:
                meldingen += 1
            if p.tot_en_met is not None and van <= p.tot_en_met <= vandaag:
                duren.append((p.tot_en_met - p.van).days + 1)
    bekend = len(uit_dienst or [])
    if uit_dienst and bekend >= aantal_werknemers and dienstdagen(uit_dienst, van, vandaag) > 0:
        basis, beschikbaar = "dienstdagen", float(dienstdagen(uit_dienst, van, vandaag))
    else:
        basis, beschikbaar = "opgegeven_aantal", float(max(aantal_werknemers, 1) * dagen)
    gemiddeld_in_dienst = beschikbaar / dagen  # employees on average over the window
    return Verzuimcijfers(
        van=van, tot_en_met=vandaag, aantal_werknemers=aantal_werknemers, verzuimdagen=verzuimdagen,
        verzuimpercentage=100 * verzuimdagen / beschikbaar, meldingen=meldingen,
        meldingsfrequentie=meldingen / gemiddeld_in_dienst * 365 / dagen,
        herstelde_meldingen=len(duren),
        gemiddelde_verzuimduur=sum(duren) / len(duren) if duren else None,
        basis=basis, beschikbare_dagen=beschikbaar, bekende_werknemers=bekend,
    )
