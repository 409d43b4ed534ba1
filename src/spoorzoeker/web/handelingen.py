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
from . import modellen as m
from .cijfers import Licht, licht, onberekenbaar, tijdlijn_van, verzuimcijfers
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


def effectieve_rol(g: Ingelogd) -> Rol:
    """For showing or hiding a form only; ``DossierService`` decides (a taakdelegatie is checked there)."""
    if g.rol == Rol.CASEMANAGER and g.taakdelegatie:
        return Rol.CASEMANAGER_TAAKDELEGATIE
    return g.rol


def mag_ui(g: Ingelogd, operatie: Operatie) -> bool:
    return mag(effectieve_rol(g), operatie)


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
        regels = [regel(d, vandaag) for d in dossiers]
        regels.sort(key=lambda r: (VOLGORDE[r.licht.kleur], r.dossier.eerste_ziektedag, r.dossier.id))
        return regels[(pagina - 1) * PER_PAGINA: pagina * PER_PAGINA]

    return om.service.lees_werklijst(g.gebruiker_id, kies)


def dossier_beeld(om: Omgeving, g: Ingelogd, dossier_id: str) -> dict[str, Any]:
    d = om.service.lees_dossier(g.gebruiker_id, dossier_id)
    vandaag = om.vandaag()
    tl = tijdlijn_van(d, vandaag)
    uit: dict[str, Any] = {"dossier": d, "tijdlijn": tl, "licht": licht(tl, vandaag)}
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
