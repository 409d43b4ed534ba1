"""Reads without the write lock, their access-log records written before the data is returned, and
the per-case cache of the process part invalidated by every write (the load aims of the web app).

Nothing here is timed: a lock that would be waited for is made to fail at once (a busy timeout of
1 ms), so "does not wait" is a plain assertion."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from dossierhulp import database_url, db, wereld  # noqa: F401 - fixtures

from spoorzoeker.cases import DossierFout, GeenToegang, StapGedaan, Ziekteperiode
from spoorzoeker.storage.database import sqlite_pad


@pytest.fixture
def kort_wachten(monkeypatch):
    monkeypatch.setenv("SPOORZOEKER_SLOT_WACHTTIJD_MS", "1")


def _houd_schrijfslot(url: str) -> sqlite3.Connection:
    """Another process's writer in the middle of its transaction (SQLite's write lock taken, nothing committed)."""
    c = sqlite3.connect(sqlite_pad(url), isolation_level=None, timeout=0.001)
    c.execute("BEGIN IMMEDIATE")
    c.execute("UPDATE werkgever SET naam = naam")
    return c


def _sqlite(database_url):  # noqa: F811
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's write lock; PostgreSQL reads never lock")


def test_a_read_transaction_does_not_wait_for_a_writer(kort_wachten, database_url, wereld):  # noqa: F811
    _sqlite(database_url)
    slot = _houd_schrijfslot(database_url)
    try:
        with wereld.db.lees_opslag() as uow:  # BEGIN IMMEDIATE would fail here with "database is locked"
            assert uow.dossier(wereld.dossier_a).eerste_ziektedag == dt.date(2026, 1, 5)
        with pytest.raises(DossierFout):  # a write transaction does wait (and here gives up at once)
            with wereld.db.opslag() as uow:
                uow.dossier_kop(wereld.dossier_a)
    finally:
        slot.rollback()
        slot.close()


def test_a_read_whose_log_record_cannot_be_written_returns_nothing(kort_wachten, database_url, wereld):  # noqa: F811
    """NEN 7513: the record of a read is written before the data leaves the service."""
    _sqlite(database_url)
    cm = wereld.gebruikers["casemanager"]
    with wereld.db.lees_opslag() as uow:
        voor = len(uow.log_regels([wereld.dossier_a]))
    slot = _houd_schrijfslot(database_url)
    try:
        with pytest.raises(DossierFout):
            wereld.service.lees_dossier(cm, wereld.dossier_a)
    finally:
        slot.rollback()
        slot.close()
    with wereld.db.lees_opslag() as uow:
        assert len(uow.log_regels([wereld.dossier_a])) == voor  # nothing returned, nothing half-logged
    wereld.service.lees_dossier(cm, wereld.dossier_a)
    with wereld.db.lees_opslag() as uow:
        regels = uow.log_regels([wereld.dossier_a])
    assert len(regels) == voor + 1
    assert (regels[-1].operatie, regels[-1].soort, regels[-1].toegestaan) == ("dossier_lezen", "lezen", True)


def test_every_read_and_refusal_is_logged_and_the_chain_holds(wereld):  # noqa: F811
    cm, wg_b = wereld.gebruikers["casemanager"], wereld.werkgever_b_gebruiker
    wereld.service.lees_dossier(cm, wereld.dossier_a)
    wereld.service.lees_dossier(cm, wereld.dossier_b)
    with pytest.raises(GeenToegang):
        wereld.service.lees_dossier(wg_b, wereld.dossier_a)  # another employer's case: refused, logged
    with wereld.db.lees_opslag() as uow:
        regels = [(r.gebruiker_id, r.dossier_id, r.operatie, r.toegestaan) for r in uow.log_regels()][-3:]
    assert regels == [(cm, wereld.dossier_a, "dossier_lezen", True),
                      (cm, wereld.dossier_b, "dossier_lezen", True),
                      (wg_b, wereld.dossier_a, "dossier_lezen", False)]
    assert wereld.db.controleer_log(verzegel=False).in_orde


def test_the_cached_case_is_served_until_a_write_changes_it(wereld):  # noqa: F811
    s, cm = wereld.service, wereld.gebruikers["casemanager"]
    eerst = s.lees_dossier(cm, wereld.dossier_a)
    assert s.lees_dossier(cm, wereld.dossier_a) is eerst  # unchanged version: the same object, not reloaded
    s.leg_stap_vast(cm, wereld.dossier_a, StapGedaan("probleemanalyse", dt.date(2026, 2, 10), "Dr. Anna Arts"))
    na_stap = s.lees_dossier(cm, wereld.dossier_a)
    assert [st.code for st in na_stap.stappen] == ["probleemanalyse"]
    s.corrigeer_werknemer(wereld.beheerder, wereld.werknemer_a, "naam", "Jan Fictief-Anders", "typfout")
    assert s.lees_dossier(cm, wereld.dossier_a).werknemer.naam == "Jan Fictief-Anders"
    s.leg_ziekteperiode_vast(cm, wereld.dossier_a, Ziekteperiode(dt.date(2026, 1, 5), dt.date(2026, 3, 1)))
    assert s.lees_dossier(cm, wereld.dossier_a).ziekteperiodes[0].tot_en_met == dt.date(2026, 3, 1)


def test_a_refused_write_leaves_the_cached_case_as_it_was(wereld):  # noqa: F811
    s, cm = wereld.service, wereld.gebruikers["casemanager"]
    voor = s.lees_dossier(cm, wereld.dossier_a)
    with pytest.raises(DossierFout):  # a second open period overlapping the first: refused, rolled back
        s.leg_ziekteperiode_vast(cm, wereld.dossier_a, Ziekteperiode(dt.date(2026, 1, 10)))
    na = s.lees_dossier(cm, wereld.dossier_a)
    assert na.ziekteperiodes == voor.ziekteperiodes
    assert len(na.ziekteperiodes) == 1


def test_reads_from_many_threads_are_all_logged_in_their_chains(wereld):  # noqa: F811
    """Eight readers at once (their records written by group commit): 8 x 5 = 40 records, chains intact."""
    from concurrent.futures import ThreadPoolExecutor

    cm = wereld.gebruikers["casemanager"]
    with wereld.db.lees_opslag() as uow:
        voor = len(uow.log_regels())

    def lezer(i: int) -> None:
        for k in range(5):
            wereld.service.lees_dossier(cm, wereld.dossier_a if (i + k) % 2 else wereld.dossier_b)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lezer, range(8)))
    with wereld.db.lees_opslag() as uow:
        assert len(uow.log_regels()) == voor + 40
    assert wereld.db.controleer_log(verzegel=False).in_orde


def test_a_failed_group_commit_fails_the_read():
    from spoorzoeker.storage.opslag import Groepslog

    class Kapot:
        def __enter__(self):
            raise DossierFout("De database is even bezig.")

        def __exit__(self, *exc):
            return None

    log = Groepslog(Kapot)  # type: ignore[arg-type]
    with pytest.raises(DossierFout):
        log.schrijf([object()])  # type: ignore[list-item]
    with pytest.raises(DossierFout):  # the next group is led again (the failure left no one waiting)
        log.schrijf([object()])  # type: ignore[list-item]


def test_a_group_of_records_is_chained_in_order_with_few_statements(database_url, wereld):  # noqa: F811
    """The group log appends several requests' records in one transaction: each chain continues where it
    was (numbers 1, 2, 3 ... without gaps), the log's numbers follow the order given, and the check of
    the whole log holds. On SQLite the highest number and each chain's last record are read once per
    group, not once per record: 5 records on 2 chains take 1 + 2 reads, 1 insert and 1 upsert of the
    heads (one record at a time took 4 statements each, 20 here)."""
    from sqlalchemy import event

    from spoorzoeker.cases.logboek import ketennaam, nieuwe_regel

    def regel(dossier_id: str):
        return nieuwe_regel(tijdstip=dt.datetime(2026, 3, 1, tzinfo=dt.UTC), gebruiker_id="cm", gebruiker_naam="Cas",
                            rol="casemanager", namens=None, dossier_id=dossier_id, werknemer_id=None,
                            operatie="dossier_lezen", soort="lezen", toegestaan=True)

    a, b = wereld.dossier_a, wereld.dossier_b
    with wereld.db.lees_opslag() as uow:
        voor = uow.log_regels()
    kop_a = max((r.ketennummer for r in voor if r.keten == a), default=0)
    kop_b = max((r.ketennummer for r in voor if r.keten == b), default=0)
    hoogste = max((r.volgnummer for r in voor), default=0)
    opdrachten: list[str] = []

    def tel(conn, cursor, statement, *_):
        if not statement.startswith("BEGIN"):
            opdrachten.append(statement)

    with wereld.db.log_opslag() as uow:
        event.listen(wereld.db.engine, "before_cursor_execute", tel)
        try:
            nieuw = uow.log_toevoegen_alle([regel(a), regel(b), regel(a), regel(a), regel(b)])
        finally:
            event.remove(wereld.db.engine, "before_cursor_execute", tel)
        uow.commit()
    assert [ketennaam(r) for r in nieuw] == [a, b, a, a, b]
    assert [r.ketennummer for r in nieuw] == [kop_a + 1, kop_b + 1, kop_a + 2, kop_a + 3, kop_b + 2]
    if database_url.startswith("sqlite"):
        assert [r.volgnummer for r in nieuw] == [hoogste + 1, hoogste + 2, hoogste + 3, hoogste + 4, hoogste + 5]
        assert len(opdrachten) == 5  # highest number, last of chain a, last of chain b, insert, heads
    else:
        assert [r.volgnummer for r in nieuw] == sorted(r.volgnummer for r in nieuw)
    assert nieuw[2].vorige_hash == nieuw[0].hash and nieuw[4].vorige_hash == nieuw[1].hash
    with wereld.db.lees_opslag() as uow:
        assert len(uow.log_regels()) == len(voor) + 5
    assert wereld.db.controleer_log(verzegel=False).in_orde
