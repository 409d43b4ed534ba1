"""Synthetic demo data for an empty database: employers, employees, accounts (with a password, and for
every role that can see medical data a TOTP secret) and cases in different states, relative to today.

Everybody here is invented. Passwords are random per database and never in the repository; they are
kept, with the TOTP secrets, in a file readable only by the user (``demo-aanmeldgegevens-*.txt`` in the
user's data folder) so that ``spoorzoeker serve`` can print them again at the next start.
Passwords and TOTP secrets are stored by the log-in service (``cases.aanmelden``), never here.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import struct
import time
import urllib.parse
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..cases import (
    ArbeidsdeskundigRapport, Deelnemer, FunctioneleMogelijkheden, Interventie, MedischeAantekening,
    Nazorgmoment, Operatie, PlanVanAanpak, Rol, SoortInterventie, SoortOordeel, Spoor, Spoorkeuze,
    StapGedaan, WiaPrognose, Ziekteperiode, mag,
)


@dataclass
class DemoAccount:
    inlognaam: str
    naam: str
    rol: str
    wachtwoord: str
    totp_geheim: str | None = None
    totp_uri: str | None = None
    gebruiker_id: str = ""


def totp_code(geheim: str, tijdstip: float | None = None, stap: int = 30, cijfers: int = 6) -> str:
    """RFC 6238 TOTP (HMAC-SHA1), as an authenticator app computes it: for the demo's printed help and the
    browser tests. (Checking codes and keeping secrets is the log-in service's job.)"""
    sleutel = base64.b32decode(geheim.upper() + "=" * (-len(geheim) % 8))
    teller = int((time.time() if tijdstip is None else tijdstip) // stap)
    h = hmac.new(sleutel, struct.pack(">Q", teller), hashlib.sha1).digest()
    o = h[-1] & 0x0F
    return str((struct.unpack(">I", h[o:o + 4])[0] & 0x7FFFFFFF) % 10 ** cijfers).zfill(cijfers)


def geheim_uit_uri(uri: str) -> str:
    return urllib.parse.parse_qs(urllib.parse.urlparse(uri).query)["secret"][0]


def _wachtwoord() -> str:
    return "demo-" + secrets.token_urlsafe(12)


def gegevensbestand(url: str) -> Path:
    from ..storage.database import data_map

    return data_map() / f"demo-aanmeldgegevens-{hashlib.sha256(url.encode()).hexdigest()[:10]}.txt"


def bewaar(accounts: list[DemoAccount], pad: Path) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump([asdict(a) for a in accounts], f, ensure_ascii=False, indent=1)


def lees(pad: Path) -> list[DemoAccount] | None:
    try:
        return [DemoAccount(**a) for a in json.loads(pad.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError):
        return None


def _registreer(s, beheerder: str, naam: str, rol: Rol, inlognaam: str, **kw: Any) -> str:
    return s.registreer_gebruiker(beheerder, naam, rol, inlognaam=inlognaam, **kw)


def _account(aanmelden, s, beheerder: str, accounts: list[DemoAccount], naam: str, rol: Rol, inlognaam: str,
             **kw: Any) -> str:
    gid = _registreer(s, beheerder, naam, rol, inlognaam, **kw)
    a = DemoAccount(inlognaam, naam, rol.value, _wachtwoord(), gebruiker_id=gid)
    aanmelden.stel_wachtwoord_in(beheerder, gid, a.wachtwoord)
    effectief = Rol.CASEMANAGER_TAAKDELEGATIE if kw.get("taakdelegatie_van") else rol
    if mag(effectief, Operatie.MEDISCH_LEZEN):
        a.totp_uri = aanmelden.begin_totp(gid)
        a.totp_geheim = geheim_uit_uri(a.totp_uri)
        aanmelden.bevestig_totp(gid, totp_code(a.totp_geheim))
    accounts.append(a)
    return gid


def vul(db, aanmelden, vandaag: dt.date) -> list[DemoAccount]:
    """Fill an empty database; returns the demo accounts (with their passwords)."""
    s = db.service()
    accounts: list[DemoAccount] = []
    b = s.eerste_beheerder("Bea Beheer (verzonnen)")
    # the first beheerder gets its log-in like every other account
    s_b = DemoAccount("beheerder", "Bea Beheer (verzonnen)", Rol.BEHEERDER.value, _wachtwoord(), gebruiker_id=b)
    _beheerder_inlognaam(db, b, "beheerder")
    aanmelden.stel_wachtwoord_in(b, b, s_b.wachtwoord)
    accounts.append(s_b)

    bakkerij = s.registreer_werkgever(b, "Bakkerij De Korenschoof BV (verzonnen)", 18)
    transport = s.registreer_werkgever(b, "Transport Van Dijk BV (verzonnen)", 140)
    zorg = s.registreer_werkgever(b, "Zorggroep Lindenhof (verzonnen)", 320)

    def wn(wg, naam, functie):
        return s.registreer_werknemer(b, wg, naam, functie=functie, telefoon="06-00000000")

    jan = wn(bakkerij, "Jan Jansen", "bakker")
    els = wn(bakkerij, "Els de Vries", "verkoper")
    piet = wn(transport, "Piet Bakker", "chauffeur")
    fatima = wn(transport, "Fatima El Amrani", "planner")
    sanne = wn(zorg, "Sanne Visser", "verzorgende")
    kees = wn(zorg, "Kees Mulder", "facilitair medewerker")
    wn(zorg, "Noor Smit", "verpleegkundige")
    wn(transport, "Ruben Kok", "magazijnmedewerker")

    acc = lambda *a, **k: _account(aanmelden, s, b, accounts, *a, **k)  # noqa: E731
    arts = acc("Dr. Anna Arts", Rol.BEDRIJFSARTS, "arts", werkgever_ids=[bakkerij, transport, zorg])
    cm = acc("Carla Casemanager", Rol.CASEMANAGER, "casemanager", werkgever_ids=[bakkerij, transport, zorg])
    acc("Dirk Delegatie", Rol.CASEMANAGER, "taakdelegatie", werkgever_ids=[bakkerij, transport, zorg],
        taakdelegatie_van=arts)
    wim = acc("Wim Korenschoof", Rol.WERKGEVER, "werkgever", werkgever_ids=[bakkerij])
    acc("Tessa van Dijk", Rol.WERKGEVER, "werkgever2", werkgever_ids=[transport])
    ad = acc("Ad Deskundige", Rol.ARBEIDSDESKUNDIGE, "arbeidsdeskundige", werkgever_ids=[bakkerij, transport, zorg])
    acc("Sam Coach", Rol.SPOOR2_COACH, "coach", werkgever_ids=[bakkerij, transport, zorg])
    acc("Jan Jansen", Rol.WERKNEMER, "werknemer", werknemer_id=jan)

    def dag(weken: int, extra: int = 0) -> dt.date:
        return vandaag - dt.timedelta(weeks=weken, days=extra)

    # 1. Jan, week 9: probleemanalyse done late with a motivation, plan van aanpak; medical note.
    d1 = s.maak_dossier(wim, jan, dag(8, 3), verwachte_duur_weken=12)
    s.leg_stap_vast(cm, d1, StapGedaan("probleemanalyse", dag(8, 3) + dt.timedelta(days=45), "Dr. Anna Arts",
                                       "probleemanalyse.pdf", "De bedrijfsarts kon pas in week 7 een spreekuur geven."))
    s.leg_functionele_mogelijkheden_vast(arts, d1, FunctioneleMogelijkheden(
        dag(8, 3) + dt.timedelta(days=45), "Dr. Anna Arts", "Geen zwaar tilwerk; niet langer dan 4 uur per dag staan.",
        "Lichte werkzaamheden aan de toonbank, 4 uur per dag.", "Opbouwen in vier weken.",
        SoortOordeel.PROBLEEMANALYSE))
    s.leg_plan_van_aanpak_vast(cm, d1, PlanVanAanpak(
        dag(8, 3) + dt.timedelta(days=50), "Terug in het eigen werk als bakker, eerst 4 uur per dag aan de toonbank.",
        (Interventie(SoortInterventie.AANGEPAST_WERK, "Toonbankwerk, 4 uur per dag"),
         Interventie(SoortInterventie.SCHOLING, "Cursus hygiënecode (online)")),))
    s.leg_medisch_vast(arts, d1, MedischeAantekening(dag(8, 3) + dt.timedelta(days=45), "Dr. Anna Arts",
                                                     diagnose="Lumbago (verzonnen voorbeeld)",
                                                     prognose="Herstel binnen drie maanden verwacht."))
    # 2. Els, week 2: just reported sick.
    s.maak_dossier(cm, els, dag(1, 4), verwachte_duur_weken=3)
    # 3. Piet, week 44: the ziekmelding at UWV (week 42) is overdue -> red.
    d3 = s.maak_dossier(cm, piet, dag(44))
    s.leg_stap_vast(cm, d3, StapGedaan("probleemanalyse", dag(44) + dt.timedelta(days=20), "Dr. Anna Arts"))
    s.leg_plan_van_aanpak_vast(cm, d3, PlanVanAanpak(dag(44) + dt.timedelta(days=30), "Ander werk binnen het bedrijf.",
                                                      scholing_niet_passend="Eerst herstel; scholing in de bijstelling."))
    s.leg_arbeidsdeskundig_rapport_vast(ad, d3, ArbeidsdeskundigRapport(
        dag(20), "Ad Deskundige", False, "Chauffeurswerk is niet meer haalbaar; er is geen ander passend werk.",
        "Administratief of planningswerk bij een andere werkgever.", WiaPrognose.WGA_35_80, Spoor.SPOOR2))
    s.leg_medisch_vast(arts, d3, MedischeAantekening(dag(40), "Dr. Anna Arts", diagnose="Knieletsel (verzonnen)"))
    # 4. Fatima, week 30: report, conversation and track choice recorded.
    d4 = s.maak_dossier(cm, fatima, dag(30))
    s.leg_stap_vast(cm, d4, StapGedaan("probleemanalyse", dag(30) + dt.timedelta(days=10), "Dr. Anna Arts"))
    s.leg_plan_van_aanpak_vast(cm, d4, PlanVanAanpak(dag(30) + dt.timedelta(days=25), "Terugkeer als planner.",
                                                      (Interventie(SoortInterventie.COACHING, "Loopbaancoaching"),
                                                       Interventie(SoortInterventie.SCHOLING, "Cursus planningssoftware"))))
    s.leg_arbeidsdeskundig_rapport_vast(ad, d4, ArbeidsdeskundigRapport(
        dag(6), "Ad Deskundige", True, "Planningswerk is met aanpassingen haalbaar.", "Niet nodig.",
        WiaPrognose.MINDER_DAN_35, Spoor.SPOOR1))
    s.leg_spoorkeuze_vast(cm, d4, Spoorkeuze(dag(5), (Deelnemer("werkgever", "Tessa van Dijk"),
                                                      Deelnemer("werknemer", "Fatima El Amrani"),
                                                      Deelnemer("casemanager", "Carla Casemanager"),
                                                      Deelnemer("arbeidsdeskundige", "Ad Deskundige")),
                                             Spoor.SPOOR1, "Spoor 1 heeft volgens het rapport een reële kans."))
    s.dien_vraag_in(cm, d4, "vraag", "Kan de werkplek thuis worden ingericht?", dag(4))
    # 5. Sanne: recovered after 10 weeks; aftercare planned.
    d5 = s.maak_dossier(cm, sanne, dag(20))
    s.leg_stap_vast(cm, d5, StapGedaan("probleemanalyse", dag(20) + dt.timedelta(days=12), "Dr. Anna Arts"))
    s.leg_ziekteperiode_vast(cm, d5, Ziekteperiode(dag(20), dag(10)))
    s.leg_nazorg_vast(cm, d5, Nazorgmoment(dag(4), gedaan_op=dag(4), notitie="Gaat goed; over drie maanden opnieuw."))
    # 6. Kees, week 14: partial recovery, plan missing -> orange or red.
    d6 = s.maak_dossier(cm, kees, dag(14))
    s.leg_ziekteperiode_vast(cm, d6, Ziekteperiode(dag(14), None, 50))
    s.leg_stap_vast(cm, d6, StapGedaan("probleemanalyse", dag(14) + dt.timedelta(days=9), "Dr. Anna Arts"))
    return accounts


def _beheerder_inlognaam(db, gebruiker_id: str, inlognaam: str) -> None:
    """The first beheerder is made without an inlognaam (``eerste_beheerder``); give it one."""
    stel = getattr(db.service(), "stel_inlognaam_in", None)
    if stel is not None:
        stel(gebruiker_id, gebruiker_id, inlognaam)


def is_leeg(db) -> bool:
    with db.opslag() as uow:
        return not uow.heeft_gebruikers()


def aanmeldtekst(accounts: list[DemoAccount]) -> str:
    regels = ["Demo-accounts (alle personen zijn verzonnen):"]
    for a in accounts:
        regel = f"  {a.rol:<18} inlognaam {a.inlognaam:<18} wachtwoord {a.wachtwoord}"
        if a.totp_geheim:
            regel += f"\n  {'':<18} TOTP-geheim {a.totp_geheim} (voeg toe aan een authenticator-app: {a.totp_uri})"
        regels.append(regel)
    return "\n".join(regels)
