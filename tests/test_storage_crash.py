"""Crash test: a writer process killed with SIGKILL, between commits or in the middle of a
transaction, leaves the database consistent and loses no committed record. SQLite and PostgreSQL.

"Committed" means: the writer printed KLAAR i only after commit() returned. After the kill every
such record must be there; nothing of the unfinished transaction may be; every step has its
access-log record (case write and log record commit together) and the hash chain is intact.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from dossierhulp import database_url, db, wereld  # noqa: F401 - fixtures
from spoorzoeker.storage import open_database

SCHRIJVER = Path(__file__).with_name("crash_schrijver.py")


def _start(w, url, aantal):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, str(SCHRIJVER), url, w.gebruikers["casemanager"], w.dossier_a, str(aantal)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _lees_tot(proc, stop, tijdslimiet=60.0) -> list[int]:
    """Read the writer's lines until ``stop(line)`` is true; return the committed step numbers."""
    klaar, einde = [], time.monotonic() + tijdslimiet
    while time.monotonic() < einde:
        regel = proc.stdout.readline()
        if not regel:
            raise AssertionError("schrijver stopte vroegtijdig: " + proc.stderr.read()[-2000:])
        if regel.startswith("KLAAR"):
            klaar.append(int(regel.split()[1]))
        if stop(regel.strip()):
            return klaar
    proc.kill()
    raise AssertionError("schrijver te traag")


def _kill(proc):
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def _controleer(url, w, klaar: list[int]):
    db = open_database(url)  # a fresh process would do the same: open, migrate (a no-op), read
    try:
        with db.engine.connect() as c:
            if c.dialect.name == "sqlite":
                assert c.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                assert c.execute(text("PRAGMA foreign_key_check")).fetchall() == []
            codes = [r[0] for r in c.execute(text("SELECT code FROM stap_gedaan WHERE dossier_id = :d"),
                                             {"d": w.dossier_a})]
            log_schrijf = c.execute(text("SELECT count(*) FROM toegangslog WHERE dossier_id = :d AND "
                                         "operatie = 'stap_vastleggen' AND toegestaan"), {"d": w.dossier_a}).scalar()
        assert {f"stap_{i}" for i in klaar} <= set(codes)          # nothing committed is lost
        assert not [c for c in codes if c.startswith("onaf_")]     # nothing uncommitted survives
        assert len(codes) in (len(klaar), len(klaar) + 1)           # at most the one in flight at the kill
        assert log_schrijf == len(codes)                            # each write with its log record
        uitslag = db.controleer_log()
        assert uitslag.in_orde, uitslag.fouten
        # and the database still takes writes: no lock left behind by the dead process
        w2 = db.service()
        assert w2.lees_dossier(w.gebruikers["casemanager"], w.dossier_a).id == w.dossier_a
    finally:
        db.sluit()


def test_kill_midden_in_transactie(wereld, database_url):
    w = wereld
    proc = _start(w, database_url, 15)
    try:
        klaar = _lees_tot(proc, lambda r: r == "MIDDEN")
        _kill(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert klaar == list(range(15))
    _controleer(database_url, w, klaar)


def test_kill_op_willekeurig_moment_tussen_commits(wereld, database_url):
    w = wereld
    proc = _start(w, database_url, 400)
    try:
        klaar = _lees_tot(proc, lambda r: r.startswith("KLAAR"))
        time.sleep(random.uniform(0.0, 0.3))
        _kill(proc)
        klaar += [int(r.split()[1]) for r in proc.stdout.read().splitlines() if r.startswith("KLAAR")]
    finally:
        if proc.poll() is None:
            proc.kill()
    _controleer(database_url, w, klaar)
