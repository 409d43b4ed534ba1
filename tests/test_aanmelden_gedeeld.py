"""Log-in failure counters in the database (migration 0009), shared by every server process: two
AanmeldService instances on one database stand for two processes of ``spoorzoeker serve --workers 2``.
On SQLite and PostgreSQL (skipped without SPOORZOEKER_TEST_POSTGRES_URL); the clock is a test clock.
All people are invented."""

from __future__ import annotations

import datetime as dt

import pytest
from dossierhulp import database_url, db, opslag_db, wereld  # noqa: F401 - fixtures (SQLite and PostgreSQL)
from geheugenhulp import Klok
from sqlalchemy import inspect, select

from spoorzoeker.cases import Rol
from spoorzoeker.cases.aanmelden import (
    BLOKKADE,
    BRON_VENSTER,
    MAX_PER_BRON,
    MAX_POGINGEN,
    MISLUKT,
    TELLER_GELDIG,
    AanmeldFout,
    AanmeldService,
)
from spoorzoeker.storage.tabellen import AanmeldBronRij, AanmeldNaamRij

WACHTWOORD = "paard-batterij-niet-raden"
FOUT = "verkeerd-wachtwoord-12"


@pytest.fixture
def klok():
    return Klok(dt.datetime(2026, 11, 30, 6, 21, tzinfo=dt.UTC))


@pytest.fixture
def processen(wereld, klok):  # noqa: F811
    """Two log-in services on one database, as two server processes; and Wim with a password."""
    w = wereld
    a = AanmeldService(w.db.opslag, klok=klok, lees_opslag=w.db.lees_opslag)
    b = AanmeldService(w.db.opslag, klok=klok, lees_opslag=w.db.lees_opslag)
    gid = w.service.registreer_gebruiker(w.beheerder, "Wim", Rol.WERKGEVER, [w.werkgever_a], inlognaam="wim")
    a.stel_wachtwoord_in(None, gid, WACHTWOORD)
    return a, b, gid


def _fout(f, *args, **kw) -> str:
    with pytest.raises(AanmeldFout) as e:
        f(*args, **kw)
    return str(e.value)


@pytest.mark.parametrize("naam", ["wim", "wie.bestaat.niet"])
def test_lock_out_is_shared_by_the_processes(processen, klok, naam):
    a, b, gid = processen
    # five failures in a row, spread over the two processes (3 + 2): the fifth locks the name in both
    for k in range(MAX_POGINGEN):
        assert _fout((a, b)[k % 2].meld_aan, naam, FOUT, bron=f"10.0.0.{k}") == MISLUKT
    # 06:21 UTC + 15 minutes = 06:36 UTC = 07:36 in the Netherlands (CET, UTC+1)
    verwacht = "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen; probeer het na 07:36 opnieuw."
    for proces in (a, b):
        assert _fout(proces.meld_aan, naam, WACHTWOORD) == verwacht
    klok.verder(seconds=BLOKKADE.total_seconds() + 1)
    if naam == "wim":
        assert b.meld_aan(naam, WACHTWOORD).gebruiker_id == gid
    else:
        assert _fout(b.meld_aan, naam, WACHTWOORD) == MISLUKT  # a new count after the lock


def test_known_and_unknown_names_count_alike_in_one_table(processen, wereld):  # noqa: F811
    a, b, _ = processen
    for naam in ("wim", "wie.bestaat.niet"):
        for k in range(2):
            _fout((a, b)[k].meld_aan, naam, FOUT)
    with wereld.db.engine.connect() as c:
        rijen = c.execute(select(AanmeldNaamRij.mislukt, AanmeldNaamRij.sleutel)).all()
    assert sorted(r.mislukt for r in rijen) == [2, 2]
    # never the name itself: a keyed hash (64 hex digits) that is not the plain SHA-256 of the name
    import hashlib

    for r in rijen:
        assert len(r.sleutel) == 64 and r.sleutel not in {hashlib.sha256(n.encode()).hexdigest()
                                                          for n in ("wim", "wie.bestaat.niet")}


def test_limit_per_source_is_shared(processen):
    a, b, _ = processen
    for k in range(MAX_PER_BRON):  # 30 failures from one address, 15 through each process
        assert _fout((a, b)[k % 2].meld_aan, f"naam{k}", FOUT, bron="192.0.2.7") == MISLUKT
    for proces in (a, b):
        assert _fout(proces.meld_aan, "naam-z", FOUT, bron="192.0.2.7").startswith("Te veel pogingen")
    # another address is not limited
    assert _fout(a.meld_aan, "naam-y", FOUT, bron="192.0.2.8") == MISLUKT


def test_old_rows_expire(processen, wereld, klok):  # noqa: F811
    a, b, _ = processen
    for _ in range(3):
        _fout(a.meld_aan, "wie.bestaat.niet", FOUT, bron="192.0.2.7")
    with wereld.db.engine.connect() as c:
        assert c.execute(select(AanmeldBronRij.id)).all() != []
    # after the window the source's failures go (at the next failure, from anywhere)
    klok.verder(seconds=BRON_VENSTER.total_seconds() + 1)
    _fout(b.meld_aan, "iemand.anders", FOUT, bron="198.51.100.1")
    with wereld.db.engine.connect() as c:
        assert len(c.execute(select(AanmeldBronRij.id)).all()) == 1  # only the newest, of the other source
        assert len(c.execute(select(AanmeldNaamRij.sleutel)).all()) == 2
    # a count of failures in a row ends a day after its last failure: the name's row goes, and a new
    # failure starts at one (so four more do not lock it)
    klok.verder(seconds=TELLER_GELDIG.total_seconds())
    _fout(b.meld_aan, "nog.iemand", FOUT)
    with wereld.db.engine.connect() as c:
        assert len(c.execute(select(AanmeldNaamRij.sleutel)).all()) == 2  # iemand.anders (last failure exactly a day ago), nog.iemand
    for _ in range(MAX_POGINGEN - 1):
        assert _fout(a.meld_aan, "wie.bestaat.niet", FOUT) == MISLUKT


def test_a_beheerder_setting_a_new_password_lifts_the_lock(processen, wereld):  # noqa: F811
    a, b, gid = processen
    for _ in range(MAX_POGINGEN):
        _fout(a.meld_aan, "wim", FOUT)
    assert "geblokkeerd" in _fout(b.meld_aan, "wim", WACHTWOORD)
    a.stel_wachtwoord_in(wereld.beheerder, gid, "nieuw-paard-batterij-7")
    assert b.meld_aan("wim", "nieuw-paard-batterij-7").gebruiker_id == gid


def test_migration_0009_down_and_up(wereld):  # noqa: F811
    """Like the other migrations: the tables go with a downgrade and come back with the upgrade."""
    from alembic import command

    from spoorzoeker.storage.database import alembic_config, migreer

    cfg = alembic_config()
    with wereld.db.engine.begin() as c:
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "0008")
    tabellen = set(inspect(wereld.db.engine).get_table_names())
    assert not {"aanmeld_naam", "aanmeld_bron"} & tabellen
    migreer(wereld.db.engine)
    assert {"aanmeld_naam", "aanmeld_bron"} <= set(inspect(wereld.db.engine).get_table_names())


# --- the storage methods, the same on every store ---------------------------------------------------------

def test_storage_counts_names_and_sources_alike_on_every_store(opslag_db):
    t = ["2026-11-30T06:21:00.000000Z", "2026-11-30T06:22:00.000000Z", "2026-11-30T06:40:00.000000Z"]
    with opslag_db.opslag() as uow:
        assert uow.aanmeldteller("wim") is None
        assert [uow.tel_mislukte_aanmelding("wim", t[0]) for _ in range(3)] == [1, 2, 3]
        uow.blokkeer_inlognaam("wim", t[2])
        assert uow.aanmeldteller("wim") == (3, t[2], t[0])
        assert uow.tel_mislukte_aanmelding("wim", t[1], opnieuw=True) == 1  # a new count, the lock lifted
        assert uow.aanmeldteller("wim") == (1, None, t[1])
        assert uow.aanmeldteller("WIM") is None  # the store does not fold case: the service does
        for tijd in t:
            uow.voeg_mislukte_aanmelding_van_bron_toe("192.0.2.7", tijd)
        assert uow.mislukte_aanmeldingen_van_bron("192.0.2.7", t[1]) == 2
        assert uow.mislukte_aanmeldingen_van_bron("192.0.2.8", t[0]) == 0
        uow.commit()
    with opslag_db.opslag() as uow:
        # sources before 06:22 go; names whose last failure is before 06:30 and not locked at 06:40 go
        assert uow.ruim_aanmeldtellers_op(t[1], "2026-11-30T06:30:00.000000Z", t[2]) == 2
        assert uow.mislukte_aanmeldingen_van_bron("192.0.2.7", t[0]) == 2 and uow.aanmeldteller("wim") is None
        uow.tel_mislukte_aanmelding("piet", t[2])
        uow.wis_aanmeldteller("piet")
        assert uow.aanmeldteller("piet") is None
        uow.commit()
