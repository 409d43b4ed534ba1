"""What the pages and the API do, once: each action reads or writes through ``DossierService`` (which
checks and logs), and the same typed model serves the JSON body and the HTML form."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cachetools import LRUCache
from pydantic import BaseModel

from ..cases import Dossier, DossierFout, Operatie, Rol, mag, naar_json
from ..errors import SpoorzoekerFout
from . import correctiemodellen as cm
from . import modellen as m
from .cijfers import Licht, licht, onberekenbaar, tijdlijn_van, tijdlijnen_vooraf, verzuimcijfers
from .omgeving import Ingelogd, Omgeving

PER_PAGINA = 25
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Handeling:
    model: type[BaseModel]
    doe: Callable[[Omgeving, Ingelogd, str, Any], Any]
    titel: str
    operatie: Operatie


def _vraag(om: Omgeving, g: Ingelogd, did: str, v: m.VraagIn) -> int:
    return om.service.dien_vraag_in(g.gebruiker_id, did, v.soort, v.onderwerp, v.ingediend_op or om.vandaag())


HANDELINGEN: dict[str, Handeling] = {
    "stap": Handeling(m.Stap, lambda om, g, d, x: om.service.leg_stap_vast(g.gebruiker_id, d, x.naar_dossier()),
                      "Stap vastgelegd", Operatie.STAP_VASTLEGGEN),
    "ziekteperiode": Handeling(
        m.ZiekteperiodeIn, lambda om, g, d, x: om.service.leg_ziekteperiode_vast(g.gebruiker_id, d, x.naar_dossier()),
        "Ziekteperiode vastgelegd", Operatie.ZIEKTEPERIODE_VASTLEGGEN),
    "plan": Handeling(m.Plan, lambda om, g, d, x: om.service.leg_plan_van_aanpak_vast(g.gebruiker_id, d, x.naar_dossier()),
                      "Plan van aanpak vastgelegd", Operatie.PLAN_VAN_AANPAK_VASTLEGGEN),
    "rapport": Handeling(
        m.Rapport, lambda om, g, d, x: om.service.leg_arbeidsdeskundig_rapport_vast(g.gebruiker_id, d, x.naar_dossier()),
        "Arbeidsdeskundig rapport vastgelegd", Operatie.ARBEIDSDESKUNDIG_RAPPORT_VASTLEGGEN),
    "spoorkeuze": Handeling(
        m.SpoorkeuzeIn, lambda om, g, d, x: om.service.leg_spoorkeuze_vast(g.gebruiker_id, d, x.naar_dossier()),
        "Spoorkeuze vastgelegd", Operatie.SPOORKEUZE_VASTLEGGEN),
    "vraag": Handeling(m.VraagIn, _vraag, "Vraag ingediend", Operatie.VRAAG_INDIENEN),
    "nazorg": Handeling(m.NazorgIn, lambda om, g, d, x: om.service.leg_nazorg_vast(g.gebruiker_id, d, x.naar_dossier()),
                        "Nazorgmoment vastgelegd", Operatie.NAZORG_VASTLEGGEN),
    "gebeurtenis": Handeling(
        m.GebeurtenisIn, lambda om, g, d, x: om.service.leg_gebeurtenis_vast(g.gebruiker_id, d, x.naar_dossier()),
        "Gebeurtenis vastgelegd", Operatie.GEBEURTENIS_VASTLEGGEN),
    "oordeel": Handeling(
        m.OordeelIn,
        lambda om, g, d, x: om.service.leg_functionele_mogelijkheden_vast(g.gebruiker_id, d, x.naar_dossier()),
        "Oordeel van de bedrijfsarts vastgelegd", Operatie.FUNCTIONELE_MOGELIJKHEDEN_VASTLEGGEN),
    "medisch": Handeling(m.MedischIn, lambda om, g, d, x: om.service.leg_medisch_vast(g.gebruiker_id, d, x.naar_dossier()),
                         "Medische aantekening vastgelegd", Operatie.MEDISCH_VASTLEGGEN),
    "mening": Handeling(
        m.MeningIn, lambda om, g, d, x: om.service.leg_mening_werknemer_vast(g.gebruiker_id, d, x.naar_dossier(om.vandaag())),
        "Uw mening is bewaard", Operatie.MENING_WERKNEMER_VASTLEGGEN),
}


def mag_ui(g: Ingelogd, operatie: Operatie) -> bool:
    return mag(g.effectieve_rol, operatie)


# ---- reading -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Regel:
    dossier: Dossier
    licht: Licht
    tijdlijn: dict


# A case whose timeline cannot be computed comes first: it needs correcting before anything else shows.
VOLGORDE = {"onbekend": 0, "rood": 1, "oranje": 2, "groen": 3, "grijs": 4}


def regel(d: Dossier, vandaag: dt.date) -> Regel:
    """One row of the work list. A case whose timeline cannot be computed gets a row with the reason
    instead of taking the whole list down."""
    try:
        tl = tijdlijn_van(d, vandaag)
    except SpoorzoekerFout as e:
        return Regel(d, onberekenbaar(str(e)), {})
    except Exception:  # a fault of ours in one case: the list still shows, the fault is logged
        _log.exception("tijdlijn van dossier %s niet te berekenen", d.id)
        return Regel(d, onberekenbaar("er ging iets mis bij het rekenen."), {})
    return Regel(d, licht(tl, vandaag), tl)


def werklijst(om: Omgeving, g: Ingelogd, pagina: int = 1) -> tuple[list[Regel], int]:
    """The cases this account may open with their traffic lights, sorted over all cases (late first, then
    the oldest first sick day) before the page is cut; only the page shown is logged (``lees_werklijst``)."""
    vandaag = om.vandaag()
    pagina = max(1, pagina)

    def kies(dossiers: list[Dossier]) -> list[Regel]:
        tijdlijnen_vooraf(dossiers, vandaag)  # the timelines not kept yet, all at once
        regels = [regel(d, vandaag) for d in dossiers]
        regels.sort(key=lambda r: (VOLGORDE[r.licht.kleur], r.dossier.eerste_ziektedag, r.dossier.id))
        return regels[(pagina - 1) * PER_PAGINA: pagina * PER_PAGINA]

    return om.service.lees_werklijst(g.gebruiker_id, kies)


def dossier_beeld(om: Omgeving, g: Ingelogd, dossier_id: str) -> dict[str, Any]:
    d, correcties = om.service.lees_dossier_met_correcties(g.gebruiker_id, dossier_id)
    vandaag = om.vandaag()
    tl = tijdlijn_van(d, vandaag)
    uit: dict[str, Any] = {"dossier": d, "tijdlijn": tl, "licht": licht(tl, vandaag), "correcties": correcties}
    if g.rol == Rol.WERKNEMER:
        uit["mening"] = om.service.lees_mening_werknemer(g.gebruiker_id, dossier_id)
    return uit


def dossier_json(beeld: dict[str, Any]) -> dict[str, Any]:
    uit = {"dossier": naar_json(beeld["dossier"]), "tijdlijn": beeld["tijdlijn"],
           "licht": {"kleur": beeld["licht"].kleur, "uitleg": beeld["licht"].uitleg}}
    if "mening" in beeld:
        uit["mening"] = naar_json(beeld["mening"])
    return uit


def dashboard(om: Omgeving, g: Ingelogd) -> list[dict[str, Any]]:
    """Per employer in scope: the three CBS figures over the last year (no medical data)."""
    per_werkgever: dict[str, list[Dossier]] = {w: [] for w in sorted(g.werkgever_ids)}
    if not per_werkgever:
        return []  # an employee's own case is no basis for an employer's figures
    for d in om.service.lees_voor_verzuimcijfers(g.gebruiker_id):
        if d.werkgever.id in per_werkgever:
            per_werkgever[d.werkgever.id].append(d)
    from sqlalchemy import select

    from ..storage.tabellen import WerknemerRij

    uit = []
    with om.db.lees_opslag() as uow:
        werkgevers = {w: uow.werkgever(w) for w in per_werkgever}
        # master data only: each registered employee's last day of employment (for the employment days)
        uit_dienst: dict[str, list[dt.date | None]] = {w: [] for w in per_werkgever}
        for wid, einde in uow.session.execute(select(WerknemerRij.werkgever_id, WerknemerRij.uit_dienst_op)
                                              .where(WerknemerRij.werkgever_id.in_(sorted(per_werkgever)))):
            uit_dienst[wid].append(einde)
    for wid, dossiers in per_werkgever.items():
        wg = werkgevers.get(wid)
        if wg is None:
            continue
        uit.append({"werkgever_id": wid, "werkgever": wg.naam, "aantal_dossiers": len(dossiers),
                    "cijfers": verzuimcijfers(dossiers, wg.aantal_werknemers, om.vandaag(),
                                              uit_dienst=uit_dienst[wid])})
    return uit


# ---- correcting recorded data (AVG art. 16; cases.correcties) ---------------------------------------

@dataclass(frozen=True)
class Correctie:
    """One kind of correction: its model (JSON body and form), what it does (returns a key of
    ``CORRECTIE_BERICHT``, or that key and Dutch warnings; see ``uitkomst``), the operation a role needs (for showing its forms), and its API path and texts."""

    model: type[BaseModel]
    doe: Callable[[Omgeving, Ingelogd, str, Any], str | tuple[str, list[str]]]
    operatie: Operatie
    pad: str
    samenvatting: str
    beschrijving: str


def _onderdeel_corrigeren(soort: str) -> Callable[[Omgeving, Ingelogd, str, Any], str]:
    def doe(om: Omgeving, g: Ingelogd, did: str, x: Any) -> str:
        if x.intrekken:
            om.service.trek_onderdeel_in(g.gebruiker_id, did, soort, x.nummer, x.reden, x.versie)
            return "ingetrokken"
        om.service.corrigeer_onderdeel(g.gebruiker_id, did, soort, x.nummer, x.wijziging(), x.reden, x.versie)
        return "gecorrigeerd"
    return doe


def _medisch_corrigeren(om: Omgeving, g: Ingelogd, did: str, x: Any) -> str:
    if x.intrekken:
        om.service.trek_medisch_in(g.gebruiker_id, did, x.nummer, x.reden, x.versie)
        return "ingetrokken"
    om.service.corrigeer_medisch(g.gebruiker_id, did, x.nummer, x.wijziging(), x.reden, x.versie)
    return "gecorrigeerd"


def _ziekteperiode_intrekken(om: Omgeving, g: Ingelogd, did: str, x: Any) -> str:
    om.service.trek_ziekteperiode_in(g.gebruiker_id, did, x.van, x.reden)
    return "ingetrokken"


JA_NEE = {"ja": True, "true": True, "nee": False, "false": False}


def dossier_waarde(veld: str, w: object) -> object:
    """The new value of a case's field from a form or JSON, typed as the case keeps it; a Dutch error
    naming the field 'waarde' otherwise."""
    if veld == "eerste_ziektedag":
        try:
            return dt.date.fromisoformat(str(w).strip()) if isinstance(w, str) else _fout()
        except ValueError:
            return _fout("Geef de eerste ziektedag als datum (JJJJ-MM-DD).")
    if w is None or (isinstance(w, str) and not w.strip()):
        return None
    if veld == "verwachte_duur_weken":
        try:
            weken = int(str(w).strip()) if not isinstance(w, bool) else -1
        except ValueError:
            weken = -1
        return weken if 0 <= weken <= 104 else _fout("De verwachte duur is een aantal weken van 0 tot en met 104.")
    if isinstance(w, bool):
        return w
    if isinstance(w, str) and w.strip().lower() in JA_NEE:
        return JA_NEE[w.strip().lower()]
    return _fout("Kies ja, nee of onbekend.")


def _fout(tekst: str = "Geef een geldige waarde.") -> object:
    raise DossierFout(tekst, "waarde")


def _dossier_corrigeren(om: Omgeving, g: Ingelogd, did: str, x: Any) -> tuple[str, list[str]]:
    let_op = om.service.corrigeer_dossier(g.gebruiker_id, did, x.veld, dossier_waarde(x.veld, x.waarde), x.reden)
    return "gecorrigeerd", let_op


def uitkomst(x: str | tuple[str, list[str]]) -> tuple[str, list[str]]:
    """What a correction's ``doe`` returned: the key of ``CORRECTIE_BERICHT`` and its warnings (often none)."""
    return x if isinstance(x, tuple) else (x, [])


def _werknemer_corrigeren(om: Omgeving, g: Ingelogd, did: str, x: Any) -> str:
    om.service.corrigeer_werknemer_van_dossier(g.gebruiker_id, did, x.veld, x.waarde, x.reden)
    return "gecorrigeerd"


CORRECTIE_BERICHT = {"gecorrigeerd": "Correctie vastgelegd",
                     "ingetrokken": "Ingetrokken; het blijft zichtbaar in de geschiedenis van de correcties"}
CORRECTIES: dict[str, Correctie] = {
    "stap": Correctie(cm.StapCorrectie, _onderdeel_corrigeren("stap"), Operatie.STAP_VASTLEGGEN, "stappen",
                      "Gedane stap corrigeren of intrekken",
                      "Corrigeer een vastgelegde stap (stap, datum, wie, document, motivering) of trek hem in als hij per "
                      "vergissing is vastgelegd. De tijdlijn volgt de gecorrigeerde gegevens."),
    "plan": Correctie(cm.PlanCorrectie, _onderdeel_corrigeren("plan"), Operatie.PLAN_VAN_AANPAK_VASTLEGGEN, "plannen",
                      "Plan van aanpak of bijstelling corrigeren of intrekken",
                      "Corrigeer de datum, het doel of de motivering over scholing van een plan van aanpak of bijstelling, "
                      "of trek het in."),
    "gebeurtenis": Correctie(cm.GebeurtenisCorrectie, _onderdeel_corrigeren("gebeurtenis"),
                             Operatie.GEBEURTENIS_VASTLEGGEN, "gebeurtenissen", "Gebeurtenis corrigeren of intrekken",
                             "Corrigeer de datums, de duur of de uitkomst van een besluit van het UWV of een verlof, of "
                             "trek het in."),
    "nazorg": Correctie(cm.NazorgCorrectie, _onderdeel_corrigeren("nazorg"), Operatie.NAZORG_VASTLEGGEN, "nazorg",
                        "Nazorgmoment corrigeren of intrekken",
                        "Corrigeer de datums of de notitie van een nazorgmoment, of trek het in."),
    "oordeel": Correctie(cm.OordeelCorrectie, _onderdeel_corrigeren("oordeel"),
                         Operatie.FUNCTIONELE_MOGELIJKHEDEN_VASTLEGGEN, "oordelen",
                         "Oordeel van de bedrijfsarts corrigeren of intrekken",
                         "Corrigeer de soort, datum, beperkingen, mogelijkheden of het advies van een oordeel in "
                         "werktermen, of trek het in. Alleen de bedrijfsarts en de casemanager in taakdelegatie."),
    "spoorkeuze": Correctie(cm.SpoorkeuzeCorrectie, _onderdeel_corrigeren("spoorkeuze"), Operatie.SPOORKEUZE_VASTLEGGEN,
                            "spoorkeuzes", "Spoorkeuze corrigeren of intrekken",
                            "Corrigeer de datum van het gesprek, de keuze of de motivering van een spoorkeuze, of trek ze "
                            "in. De tijdlijn volgt de gecorrigeerde gegevens. De deelnemers aan het gesprek corrigeert u "
                            "niet: trek de spoorkeuze in en leg ze opnieuw vast."),
    "rapport": Correctie(cm.RapportCorrectie, _onderdeel_corrigeren("rapport"),
                         Operatie.ARBEIDSDESKUNDIG_RAPPORT_VASTLEGGEN, "rapporten",
                         "Arbeidsdeskundig rapport corrigeren of intrekken",
                         "Corrigeer de datum, de opsteller, de kans in spoor 1, de mogelijkheden in spoor 2 of het advies "
                         "van een arbeidsdeskundig rapport, of trek het in. Alleen de arbeidsdeskundige. De WIA-prognose "
                         "corrigeert u niet hier: trek het rapport in en leg het opnieuw vast."),
    "medisch": Correctie(cm.MedischCorrectie, _medisch_corrigeren, Operatie.MEDISCH_VASTLEGGEN, "medisch",
                         "Medische aantekening corrigeren of intrekken (alleen bedrijfsarts en taakdelegatie)",
                         "Corrigeer de datum, de diagnose, de toelichting op de beperkingen, de prognose of de notitie van "
                         "een medische aantekening, of trek haar in. Alleen wie medische aantekeningen mag maken; de "
                         "geschiedenis (ook de reden) ziet alleen wie het medische deel mag zien, nooit de werkgever."),
    "ziekteperiode": Correctie(cm.ZiekteperiodeIntrekken, _ziekteperiode_intrekken, Operatie.ZIEKTEPERIODE_VASTLEGGEN,
                               "ziekteperiodes", "Ziekteperiode intrekken",
                               "Trek een per vergissing vastgelegde ziekteperiode in (niet de enige: corrigeer dan de "
                               "eerste ziektedag)."),
    "dossier": Correctie(cm.DossierCorrectie, _dossier_corrigeren, Operatie.DOSSIER_AANMAKEN, "dossier",
                         "Gegevens van het dossier corrigeren",
                         "Corrigeer de eerste ziektedag, de verwachte duur, of een vangnetgeval, arbeidsongeval of "
                         "aansprakelijke derde. Ligt na een latere eerste ziektedag iets dat al was vastgelegd (een stap, "
                         "plan of besluit) ervoor, dan noemt 'let_op' dat; de correctie is dan wel vastgelegd."),
    "werknemer": Correctie(cm.WerknemerCorrectie, _werknemer_corrigeren, Operatie.DOSSIER_AANMAKEN, "werknemer",
                           "Gegevens van de werknemer corrigeren",
                           "Corrigeer de naam, functie, telefoon of het verpleegadres van de werknemer van dit dossier."),
}


def correctie_overzicht(om: Omgeving, g: Ingelogd, dossier_id: str) -> dict[str, Any]:
    """The case's correction history, and per kind of part what can be corrected: its number, its version
    (to send along) and how it reads now."""
    from ..cases.correcties import ONDERDELEN, beschrijving, versie

    d, correcties = om.service.lees_dossier_met_correcties(g.gebruiker_id, dossier_id)
    return {"correcties": correcties,
            "onderdelen": {soort: [{"nummer": i, "versie": versie(x), "omschrijving": beschrijving(x)}
                                   for i, x in enumerate(getattr(d, o.lijst))] for soort, o in ONDERDELEN.items()}}


def werknemers_voor_nieuw_dossier(om: Omgeving, g: Ingelogd) -> list[tuple[str, str, str]]:
    """(werknemer id, naam, werkgever naam) of the employers in this account's scope: master data a
    werkgever or casemanager may see (AP: name, contact), never case content."""
    from sqlalchemy import select

    from ..storage.tabellen import WerkgeverRij, WerknemerRij

    if g.rol not in (Rol.WERKGEVER, Rol.CASEMANAGER) or not g.werkgever_ids:
        return []
    with om.db.lees_opslag() as uow:
        rijen = uow.session.execute(
            select(WerknemerRij.id, WerknemerRij.naam, WerkgeverRij.naam)
            .join(WerkgeverRij, WerkgeverRij.id == WerknemerRij.werkgever_id)
            .where(WerknemerRij.werkgever_id.in_(sorted(g.werkgever_ids)))
            .order_by(WerkgeverRij.naam, WerknemerRij.naam).limit(500)).all()
    return [tuple(r) for r in rijen]


def werkgevers_in_scope(om: Omgeving, g: Ingelogd) -> list[tuple[str, str]]:
    with om.db.lees_opslag() as uow:
        uit = [(w, uow.werkgever(w)) for w in sorted(g.werkgever_ids)]
    return [(w, wg.naam) for w, wg in uit if wg is not None]


def maak_dossier(om: Omgeving, g: Ingelogd, x: m.NieuwDossier) -> str:
    werknemer_id = x.werknemer_id
    if not werknemer_id:
        if not x.werkgever_id or not x.naam:
            raise DossierFout("Kies een werknemer, of geef de werkgever en de naam van een nieuwe werknemer.",
                              "werknemer_id")
        werknemer_id = om.service.registreer_werknemer(g.gebruiker_id, x.werkgever_id, x.naam, functie=x.functie)
    return om.service.maak_dossier(g.gebruiker_id, werknemer_id, x.eerste_ziektedag,
                                   verwachte_duur_weken=x.verwachte_duur_weken)


# Overviews of the public calculator, by input and day: a repeated input is answered without calculating or
# drawing again. Bounded (the oldest goes first); only read by the pages and the API, never changed.
_OVERZICHTEN: LRUCache[tuple[str, dt.date], Any] = LRUCache(64)
_OVERZICHTEN_SLOT = threading.Lock()


def financieel_overzicht(om: Omgeving, x: m.OverzichtIn):
    from ..reports import maak_overzicht

    sleutel = (x.model_dump_json(), om.vandaag())
    with _OVERZICHTEN_SLOT:
        gevonden = _OVERZICHTEN.get(sleutel)
    if gevonden is not None:
        return gevonden
    ov = maak_overzicht(x.naar_invoer(om.vandaag()), om.vandaag())
    with _OVERZICHTEN_SLOT:
        _OVERZICHTEN[sleutel] = ov
    return ov


def dag(tekst: str | None) -> dt.date | None:
    return dt.date.fromisoformat(tekst) if tekst else None
