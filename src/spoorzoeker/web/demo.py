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
    ArbeidsdeskundigRapport,
    Deelnemer,
    FunctioneleMogelijkheden,
    Interventie,
    MedischeAantekening,
    Nazorgmoment,
    PlanVanAanpak,
    Rol,
    SoortInterventie,
    SoortOordeel,
    Spoor,
    Spoorkeuze,
    StapGedaan,
    WiaPrognose,
    Ziekteperiode,
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


BIG_ARTS = "19000000001"  # invented: the form of a BIG number (11 digits), not a real registration


def _inloggegevens(db, aanmelden, accounts: list[DemoAccount], gid: str, naam: str, rol: Rol, inlognaam: str,
                   door: str | None) -> None:
    """A password, and a confirmed TOTP secret for every account the log-in service asks one of."""
    from ..cases.aanmelden import AanmeldFout, vereist_totp

    a = DemoAccount(inlognaam, naam, rol.value, "", gebruiker_id=gid)
    while True:  # a random password that happens to contain the inlognaam is refused: draw again
        a.wachtwoord = _wachtwoord()
        try:
            aanmelden.stel_wachtwoord_in(door, gid, a.wachtwoord)
            break
        except AanmeldFout as e:
            if e.veld != "wachtwoord":
                raise
    with db.opslag() as uow:
        g = uow.gebruiker(gid)
    if vereist_totp(g):
        a.totp_uri = aanmelden.begin_totp(gid)
        a.totp_geheim = geheim_uit_uri(a.totp_uri)
        aanmelden.bevestig_totp(gid, totp_code(a.totp_geheim))
    accounts.append(a)


def vul(db, aanmelden, vandaag: dt.date) -> list[DemoAccount]:
    """Fill an empty database; returns the demo accounts (with their passwords)."""
    from ..samenstelling import voor_database

    s = voor_database(db).dossiers(vandaag=lambda: vandaag)  # the demo is told on its own today
    accounts: list[DemoAccount] = []
    b = s.eerste_beheerder("Bea Beheer", inlognaam="beheerder")
    _inloggegevens(db, aanmelden, accounts, b, "Bea Beheer", Rol.BEHEERDER, "beheerder", None)
    b2 = s.registreer_gebruiker(b, "Bob Tweede", Rol.BEHEERDER, inlognaam="beheerder2")
    _inloggegevens(db, aanmelden, accounts, b2, "Bob Tweede", Rol.BEHEERDER, "beheerder2", None)

    bakkerij = s.registreer_werkgever(b, "Bakkerij De Korenschoof BV", 18)
    transport = s.registreer_werkgever(b, "Transport Van Dijk BV", 140)
    zorg = s.registreer_werkgever(b, "Zorggroep Lindenhof", 320)

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
    alle = [bakkerij, transport, zorg]

    def acc(naam: str, rol: Rol, inlognaam: str, **kw: Any) -> str:
        gid = s.registreer_gebruiker(b, naam, rol, inlognaam=inlognaam, **kw)
        if rol == Rol.BEDRIJFSARTS or kw.get("taakdelegatie_van"):
            s.keur_gebruiker_goed(b2, gid)  # four eyes: the second beheerder activates a medical account
        _inloggegevens(db, aanmelden, accounts, gid, naam, rol, inlognaam, None)
        return gid

    arts = acc("Dr. Anna Arts", Rol.BEDRIJFSARTS, "arts", werkgever_ids=alle, big_nummer=BIG_ARTS)
    cm = acc("Carla Casemanager", Rol.CASEMANAGER, "casemanager", werkgever_ids=alle)
    acc("Dirk Delegatie", Rol.CASEMANAGER, "taakdelegatie", werkgever_ids=alle, taakdelegatie_van=arts)
    wim = acc("Wim Korenschoof", Rol.WERKGEVER, "werkgever", werkgever_ids=[bakkerij])
    acc("Tessa van Dijk", Rol.WERKGEVER, "werkgever2", werkgever_ids=[transport])
    ad = acc("Ad Deskundige", Rol.ARBEIDSDESKUNDIGE, "arbeidsdeskundige", werkgever_ids=alle)
    acc("Sam Coach", Rol.SPOOR2_COACH, "coach", werkgever_ids=alle)
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
    s.leg_plan_van_aanpak_vast(cm, d4, PlanVanAanpak(dag(30) + dt.timedelta(days=20), "Terugkeer als planner.",
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
    s.leg_plan_van_aanpak_vast(cm, d5, PlanVanAanpak(dag(20) + dt.timedelta(days=24), "Terug in het eigen werk.",
                                                      (Interventie(SoortInterventie.SCHOLING, "Cursus tillen"),)))
    s.leg_ziekteperiode_vast(cm, d5, Ziekteperiode(dag(20), dag(10)))
    s.leg_nazorg_vast(cm, d5, Nazorgmoment(dag(4), gedaan_op=dag(4), notitie="Gaat goed; over drie maanden opnieuw."))
    # 6. Kees, week 14: partial recovery, plan missing -> orange or red.
    d6 = s.maak_dossier(cm, kees, dag(14))
    s.leg_ziekteperiode_vast(cm, d6, Ziekteperiode(dag(14), None, 50))
    s.leg_stap_vast(cm, d6, StapGedaan("probleemanalyse", dag(14) + dt.timedelta(days=9), "Dr. Anna Arts"))
    return accounts


def is_leeg(db) -> bool:
    with db.opslag() as uow:
        return not uow.heeft_gebruikers()


def aanmeldtekst(accounts: list[DemoAccount]) -> str:
    regels = ["Demo-accounts (alle personen zijn verzonnen):"]
    for a in accounts:
        regel = f"  {a.rol:<18} inlognaam {a.inlognaam:<18} wachtwoord {a.wachtwoord}"
        if a.totp_geheim:
            regel += f"  TOTP-geheim {a.totp_geheim}"
        regels.append(regel)
    regels.append("Accounts met een TOTP-geheim loggen in met een code: voeg het geheim toe aan een authenticator-app,\n"
                  "of toon de code van dit moment met: .venv/bin/python -m spoorzoeker.web.demo GEHEIM")
    return "\n".join(regels)


if __name__ == "__main__":  # pragma: no cover - the demo's stand-in for an authenticator app
    import sys

    if len(sys.argv) != 2:
        print("Gebruik: python -m spoorzoeker.web.demo TOTP-GEHEIM", file=sys.stderr)
        raise SystemExit(2)
    print(totp_code(sys.argv[1]))
