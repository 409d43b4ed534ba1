"""Shared fixtures for the case-file and storage tests: a database on SQLite and on PostgreSQL,
and a small synthetic world (two employers, one account per role). Nothing here is real: names
are invented, ids are random.

PostgreSQL comes from SPOORZOEKER_TEST_POSTGRES_URL (scripts/test starts a throwaway server and
sets it); each test gets its own schema, dropped afterwards.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from types import SimpleNamespace

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from spoorzoeker.cases import Rol
from spoorzoeker.samenstelling import voor_database
from spoorzoeker.storage import open_database

PG_VAR = "SPOORZOEKER_TEST_POSTGRES_URL"
BIG_ANNA = "19012345601"  # invented: 11 digits, the form of a BIG number
DATABASES = ["sqlite", "postgresql"]
# "Today" for the service of the story fixtures: the stories run into 2027 (a verslag drawn up in week 88),
# and the service refuses a recorded date after today. Tests of that refusal set their own today.
VERHAAL_VANDAAG = dt.date(2028, 12, 31)


def postgres_of_overslaan() -> str:
    basis = os.environ.get(PG_VAR, "").strip()
    if not basis:
        reden = os.environ.get("SPOORZOEKER_TEST_POSTGRES_OVERGESLAGEN") or (
            f"{PG_VAR} is niet gezet; scripts/test start een tijdelijke PostgreSQL-server.")
        pytest.skip(reden)
    return basis


@contextlib.contextmanager
def lege_database(soort: str, tmp_path, monkeypatch):
    """A fresh, empty database URL: an SQLite file, or a PostgreSQL schema of its own. Its keys and log
    anchors live in the test's own folder, never in the user's data folder."""
    monkeypatch.setenv("SPOORZOEKER_SLEUTELBESTAND", str(tmp_path / "sleutels" / "sleutels.json"))
    monkeypatch.setenv("SPOORZOEKER_ANKERMAP", str(tmp_path / "ankers"))
    monkeypatch.delenv("SPOORZOEKER_SLEUTELS", raising=False)
    if soort == "sqlite":
        yield f"sqlite:///{tmp_path / 'dossiers.db'}"
        return
    basis = postgres_of_overslaan()
    schema = "t_" + uuid.uuid4().hex[:16]
    beheer = create_engine(basis, isolation_level="AUTOCOMMIT")
    with beheer.connect() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(basis).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with beheer.connect() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        beheer.dispose()


@pytest.fixture(params=DATABASES)
def database_url(request, tmp_path, monkeypatch):
    """A fresh, empty database URL on each real database (see ``lege_database``)."""
    with lege_database(request.param, tmp_path, monkeypatch) as url:
        yield url


@pytest.fixture
def db(database_url):
    database = open_database(database_url)
    yield database
    database.sluit()


@pytest.fixture(params=["geheugen", "sqlite", "postgresql"])
def opslag_db(request, tmp_path, monkeypatch):
    """An empty store of each kind, with the face of ``storage.opslag.Database``."""
    from spoorzoeker.storage.geheugen import GeheugenDatabase

    if request.param == "geheugen":
        yield GeheugenDatabase()
        return
    with lege_database(request.param, tmp_path, monkeypatch) as url:
        database = open_database(url)
        try:
            yield database
        finally:
            database.sluit()


@pytest.fixture
def wereld(db):
    """Two employers A and B; for A one account per role; a casemanager for A and B; a casemanager
    in taakdelegatie of A's bedrijfsarts; a werkgever and a werknemer of B; one case each."""
    s = voor_database(db).dossiers(vandaag=lambda: VERHAAL_VANDAAG)
    w = SimpleNamespace(db=db, service=s)
    w.beheerder = s.eerste_beheerder("Bea Beheer")
    w.werkgever_a = s.registreer_werkgever(w.beheerder, "Voorbeeld Bakkerij BV", 12)
    w.werkgever_b = s.registreer_werkgever(w.beheerder, "Proef Logistiek BV", 140)
    w.werknemer_a = s.registreer_werknemer(w.beheerder, w.werkgever_a, "Jan Fictief", functie="bakker",
                                           telefoon="0600000001")
    w.werknemer_a2 = s.registreer_werknemer(w.beheerder, w.werkgever_a, "Els Verzonnen", functie="verkoper")
    w.werknemer_b = s.registreer_werknemer(w.beheerder, w.werkgever_b, "Piet Bedacht", functie="chauffeur")
    g = s.registreer_gebruiker
    # a second beheerder approves the accounts that can read health data (four eyes)
    w.beheerder2 = g(w.beheerder, "Bob Tweede", Rol.BEHEERDER)
    w.ba = g(w.beheerder, "Dr. Anna Arts", Rol.BEDRIJFSARTS, [w.werkgever_a], big_nummer=BIG_ANNA)
    s.keur_gebruiker_goed(w.beheerder2, w.ba)
    w.gebruikers = {
        "werknemer": g(w.beheerder, "Jan Fictief", Rol.WERKNEMER, werknemer_id=w.werknemer_a),
        "werkgever": g(w.beheerder, "Wim Werkgever", Rol.WERKGEVER, [w.werkgever_a]),
        "casemanager": g(w.beheerder, "Carla Casemanager", Rol.CASEMANAGER, [w.werkgever_a, w.werkgever_b]),
        "casemanager_taakdelegatie": g(w.beheerder, "Dirk Delegatie", Rol.CASEMANAGER, [w.werkgever_a],
                                       taakdelegatie_van=w.ba),
        "bedrijfsarts": w.ba,
        "arbeidsdeskundige": g(w.beheerder, "Ad Deskundige", Rol.ARBEIDSDESKUNDIGE, [w.werkgever_a]),
        "spoor2_coach": g(w.beheerder, "Sanne Coach", Rol.SPOOR2_COACH, [w.werkgever_a]),
        "beheerder": w.beheerder,
    }
    s.keur_gebruiker_goed(w.beheerder2, w.gebruikers["casemanager_taakdelegatie"])
    w.werkgever_b_gebruiker = g(w.beheerder, "Bram Baas", Rol.WERKGEVER, [w.werkgever_b])
    w.werknemer_b_gebruiker = g(w.beheerder, "Piet Bedacht", Rol.WERKNEMER, werknemer_id=w.werknemer_b)
    w.dossier_a = s.maak_dossier(w.gebruikers["werkgever"], w.werknemer_a, dt.date(2026, 1, 5),
                                 verwachte_duur_weken=8)
    w.dossier_b = s.maak_dossier(w.werkgever_b_gebruiker, w.werknemer_b, dt.date(2026, 2, 2))
    return w


def cli_sessie_voor(db, url: str, gebruiker_id: str, map_) -> dict:
    """A real session for ``gebruiker_id`` (as after 'dossier inloggen'), stored where the command line
    looks for it; returns the environment for CliRunner. For tests of other commands than logging in."""
    import secrets

    from spoorzoeker.cases.aanmelden import SESSIE_MAX, SessieGegevens, iso, token_hash
    from spoorzoeker.opdrachtregel import sessie as cli_sessie

    token = secrets.token_urlsafe(32)
    nu = dt.datetime.now(dt.UTC)
    with db.opslag() as uow:
        uow.voeg_sessie_toe(SessieGegevens(token_hash(token), gebruiker_id, iso(nu), iso(nu), iso(nu + SESSIE_MAX)))
        uow.commit()
    oud = os.environ.get(cli_sessie.SESSIEMAP_VAR)
    os.environ[cli_sessie.SESSIEMAP_VAR] = str(map_)
    try:
        cli_sessie.bewaar(url, token, gebruiker_id, iso(nu + SESSIE_MAX))
    finally:
        if oud is None:
            del os.environ[cli_sessie.SESSIEMAP_VAR]
        else:
            os.environ[cli_sessie.SESSIEMAP_VAR] = oud
    return {"SPOORZOEKER_SESSIEMAP": str(map_)}
