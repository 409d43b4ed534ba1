"""Shared helpers for the web tests: a small synthetic world on SQLite (two employers, one account per
role), the app, and a client per role.

Sessions come from a stand-in for the log-in service that only hands out tokens for known account ids:
these tests are about what each role may reach (decided in ``DossierService``), not about passwords;
``test_web_aanmelden`` and the browser tests use the real log-in service.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
from dataclasses import dataclass
from types import SimpleNamespace

from fastapi.testclient import TestClient

from spoorzoeker.cases import (
    ArbeidsdeskundigRapport,
    Rol,
    Spoor,
    WiaPrognose,
    Ziekteperiode,
)
from spoorzoeker.samenstelling import voor_database
from spoorzoeker.storage import open_database
from spoorzoeker.web import Instellingen, maak_app
from spoorzoeker.web.beveiliging import csrf_token

VANDAAG = dt.date(2026, 11, 2)
GEHEIM = b"test-geheim-niet-in-gebruik"
CSRF_BASIS = "proef-csrf-basis"
ROLLEN = ["werknemer", "werkgever", "casemanager", "casemanager_taakdelegatie", "bedrijfsarts",
          "arbeidsdeskundige", "spoor2_coach", "beheerder"]


class Onbekend(Exception):
    pass


@dataclass(frozen=True)
class Sessie:
    token: str
    gebruiker_id: str
    rol: str
    verloopt_om: dt.datetime


class ProefAanmelden:
    """Stand-in for cases.aanmelden.AanmeldService: sessions for known ids, no passwords."""

    def __init__(self) -> None:
        self.sessies: dict[str, Sessie] = {}

    def sessie_voor(self, gebruiker_id: str, rol: str) -> str:
        token = secrets.token_urlsafe(32)
        self.sessies[token] = Sessie(token, gebruiker_id, rol,
                                     dt.datetime.now(dt.UTC) + dt.timedelta(hours=1))
        return token

    def controleer_sessie(self, token: str) -> Sessie:
        if token not in self.sessies:
            raise Onbekend(token)
        return self.sessies[token]

    def meld_af(self, token: str) -> None:
        self.sessies.pop(token, None)


def snelle_map(pad):
    """A folder in memory (/dev/shm) when there is one: SQLite syncs every commit to disk, which is what
    a case file needs but makes a test run of hundreds of requests slow on a shared disk."""
    import tempfile
    from pathlib import Path

    if Path("/dev/shm").is_dir():
        return Path(tempfile.mkdtemp(prefix="spoorzoeker-web-", dir="/dev/shm"))
    return pad


OMGEVING = ("SPOORZOEKER_SLEUTELBESTAND", "SPOORZOEKER_ANKERMAP", "SPOORZOEKER_SLEUTELS")
BIG_ANNA = "19012345601"  # invented: 11 digits, the form of a BIG number


def maak_wereld(pad, echte_aanmelding: bool = False) -> SimpleNamespace:
    """The world; its keys and log anchors in its own folder (``sluit`` restores the environment)."""
    import os

    pad = snelle_map(pad)
    oud = {k: os.environ.get(k) for k in OMGEVING}
    os.environ["SPOORZOEKER_SLEUTELBESTAND"] = str(pad / "sleutels" / "sleutels.json")
    os.environ["SPOORZOEKER_ANKERMAP"] = str(pad / "ankers")
    os.environ.pop("SPOORZOEKER_SLEUTELS", None)
    db = open_database(f"sqlite:///{pad / 'web.db'}")
    w_pad = pad
    s = voor_database(db).dossiers()
    w = SimpleNamespace(db=db, service=s, pad=w_pad, oude_omgeving=oud)
    w.beheerder = s.eerste_beheerder("Bea Beheer")
    w.werkgever_a = s.registreer_werkgever(w.beheerder, "Voorbeeld Bakkerij BV", 12)
    w.werkgever_b = s.registreer_werkgever(w.beheerder, "Proef Logistiek BV", 140)
    w.werknemer_a = s.registreer_werknemer(w.beheerder, w.werkgever_a, "Jan Fictief", functie="bakker")
    w.werknemer_b = s.registreer_werknemer(w.beheerder, w.werkgever_b, "Piet Bedacht", functie="chauffeur")
    g = s.registreer_gebruiker
    w.beheerder2 = g(w.beheerder, "Bob Tweede", Rol.BEHEERDER)  # approves the medical accounts (four eyes)
    w.ba = g(w.beheerder, "Dr. Anna Arts", Rol.BEDRIJFSARTS, [w.werkgever_a], big_nummer=BIG_ANNA, inlognaam="arts")
    s.keur_gebruiker_goed(w.beheerder2, w.ba)
    w.ids = {
        "werknemer": g(w.beheerder, "Jan Fictief", Rol.WERKNEMER, werknemer_id=w.werknemer_a, inlognaam="werknemer"),
        "werkgever": g(w.beheerder, "Wim Werkgever", Rol.WERKGEVER, [w.werkgever_a], inlognaam="werkgever"),
        "casemanager": g(w.beheerder, "Carla Casemanager", Rol.CASEMANAGER, [w.werkgever_a], inlognaam="casemanager"),
        "casemanager_taakdelegatie": g(w.beheerder, "Dirk Delegatie", Rol.CASEMANAGER, [w.werkgever_a],
                                       taakdelegatie_van=w.ba, inlognaam="taakdelegatie"),
        "bedrijfsarts": w.ba,
        "arbeidsdeskundige": g(w.beheerder, "Ad Deskundige", Rol.ARBEIDSDESKUNDIGE, [w.werkgever_a],
                               inlognaam="arbeidsdeskundige"),
        "spoor2_coach": g(w.beheerder, "Sanne Coach", Rol.SPOOR2_COACH, [w.werkgever_a], inlognaam="coach"),
        "beheerder": w.beheerder,
    }
    s.keur_gebruiker_goed(w.beheerder2, w.ids["casemanager_taakdelegatie"])
    w.werkgever_b_gebruiker = g(w.beheerder, "Bram Baas", Rol.WERKGEVER, [w.werkgever_b])
    cm = w.ids["casemanager"]
    w.eerste_ziektedag = dt.date(2026, 1, 5)
    w.dossier_a = s.maak_dossier(cm, w.werknemer_a, w.eerste_ziektedag, verwachte_duur_weken=8)
    w.dossier_b = s.maak_dossier(w.werkgever_b_gebruiker, w.werknemer_b, dt.date(2026, 2, 2))
    # what the actions need before them: a report (for the track choice), a recovery (for aftercare),
    # a question (to handle)
    s.leg_arbeidsdeskundig_rapport_vast(w.ids["arbeidsdeskundige"], w.dossier_a, ArbeidsdeskundigRapport(
        dt.date(2026, 6, 1), "Ad Deskundige", True, "Haalbaar.", "Niet nodig.", WiaPrognose.ONZEKER, Spoor.SPOOR1))
    s.leg_ziekteperiode_vast(cm, w.dossier_a, Ziekteperiode(w.eerste_ziektedag, dt.date(2026, 9, 30)))
    w.vraag_a = s.dien_vraag_in(cm, w.dossier_a, "vraag", "Werkplek thuis?", dt.date(2026, 7, 1))
    w.vraag_b = s.dien_vraag_in(w.werkgever_b_gebruiker, w.dossier_b, "vraag", "Vervoer?", dt.date(2026, 7, 1))
    if echte_aanmelding:
        from spoorzoeker.cases.aanmelden import AanmeldService

        w.aanmelden = AanmeldService(db.opslag)
    else:
        w.aanmelden = ProefAanmelden()
    w.app = maak_app(Instellingen(geheim=GEHEIM, vandaag=VANDAAG), database=db, aanmelden=w.aanmelden)
    return w


def sluit(w) -> None:
    import os
    import shutil

    w.db.sluit()
    for k, v in w.oude_omgeving.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    shutil.rmtree(w.pad, ignore_errors=True)


# The financial overview's form for a synthetic employee (the web overview tests fill in the rest).
OVERZICHT_BASIS = {"eerste_ziektedag": "2026-10-01", "bruto_maandloon": 3000, "geboortedatum": "1975-03-01",
                   "eerste_jaar_met_arbeid": 1995}


def client(w, rol: str | None) -> TestClient:
    """A client logged in as ``rol`` (None: anonymous), with a CSRF cookie whose token is ``w.csrf``."""
    c = TestClient(w.app, follow_redirects=False)
    c.cookies.set("csrf", CSRF_BASIS)
    if rol is not None:
        gid = w.ids[rol] if rol in w.ids else rol
        c.cookies.set("sessie", w.aanmelden.sessie_voor(gid, rol))
    return c


CSRF = csrf_token(GEHEIM, CSRF_BASIS)


@contextlib.contextmanager
def op_een_poort(app):
    """``app`` served by uvicorn in a thread on a free loopback port (for a real browser); yields its address."""
    import socket
    import threading
    import time

    import uvicorn

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    poort = s.getsockname()[1]
    s.close()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=poort, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{poort}"
    finally:
        srv.should_exit = True
        t.join(10)


@contextlib.contextmanager
def wereld_op_een_poort(map_):
    """A synthetic world (``maak_wereld``) in ``map_`` served on a loopback port; yields its address and
    closes the world afterwards (the browser tests' module fixture)."""
    w = maak_wereld(map_)
    try:
        with op_een_poort(w.app) as url:
            yield url
    finally:
        sluit(w)


def axe_zonder_fouten(p) -> None:
    """axe-core in the browser page ``p``: no accessibility violations (the report in the failure)."""
    from axe_playwright_python.sync_playwright import Axe

    uitkomst = Axe().run(p)
    assert uitkomst.violations_count == 0, uitkomst.generate_report()


def foto_als_gevraagd(p, naam: str) -> None:
    """A full-page screenshot ``naam``.png in the folder SPOORZOEKER_SCHERMAFBEELDINGEN names, if it names one."""
    import os
    from pathlib import Path

    doel = os.environ.get("SPOORZOEKER_SCHERMAFBEELDINGEN")
    if doel:
        p.screenshot(path=str(Path(doel) / f"{naam}.png"), full_page=True)


def overzicht_tekst(antwoord: dict) -> str:
    """All text of an overview's JSON blocks, for searching (non-breaking spaces as spaces)."""
    delen = []
    for b in antwoord["blokken"]:
        delen += [str(b.get(k, "")) for k in ("tekst", "titel", "rijen", "items")]
    return "\n".join(delen).replace("\u00a0", " ")

