"""Crash test: a writer process killed with SIGKILL, between commits or in the middle of a
transaction, leaves the database consistent and loses no committed record. SQLite and PostgreSQL.

"Committed" means: the writer printed KLAAR i only after commit() returned. After the kill every
such record must be there; nothing of the unfinished transaction may be; every step has its
access-log record (case write and log record commit together) and the hash chain is intact.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from dossierhulp import database_url, db, wereld  # noqa: F401 - fixtures
from sqlalchemy import text

from spoorzoeker.samenstelling import voor_database
from spoorzoeker.storage import open_database

SCHRIJVER = Path(__file__).with_name("crash_schrijver.py")


def _start(w, url, aantal):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, str(SCHRIJVER), url, w.gebruikers["casemanager"], w.dossier_a, str(aantal)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


class _Uitvoer:
    """The writer's stdout, read line by line by a thread into a queue, so that waiting for a line
    has a real time limit (a blocking readline() would hang the suite if the writer got stuck)."""

    EINDE = None

    def __init__(self, proc):
        self.proc, self.rij = proc, queue.Queue()
        threading.Thread(target=self._lees, daemon=True).start()

    def _lees(self):
        for regel in self.proc.stdout:
            self.rij.put(regel)
        self.rij.put(self.EINDE)

    def lees_tot(self, stop, tijdslimiet=60.0) -> list[int]:
        """Lines until ``stop(line)`` is true; returns the committed step numbers seen."""
        klaar, einde = [], time.monotonic() + tijdslimiet
        while True:
            try:
                regel = self.rij.get(timeout=max(0.0, einde - time.monotonic()))
            except queue.Empty:
                self.proc.kill()
                raise AssertionError("schrijver te traag") from None
            if regel is self.EINDE:
                raise AssertionError("schrijver stopte vroegtijdig: " + self.proc.stderr.read()[-2000:])
            if regel.startswith("KLAAR"):
                klaar.append(int(regel.split()[1]))
            if stop(regel.strip()):
                return klaar

    def rest(self, tijdslimiet=30.0) -> list[str]:
        """The lines left after the writer died (up to end of file)."""
        regels = []
        while (regel := self.rij.get(timeout=tijdslimiet)) is not self.EINDE:
            regels.append(regel)
        return regels


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
            codes = [r[0] for r in c.execute(text("SELECT document FROM stap_gedaan WHERE dossier_id = :d"),
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
        w2 = voor_database(db).dossiers()
        assert w2.lees_dossier(w.gebruikers["casemanager"], w.dossier_a).id == w.dossier_a
    finally:
        db.sluit()


def test_kill_midden_in_transactie(wereld, database_url):
    w = wereld
    proc = _start(w, database_url, 15)
    try:
        klaar = _Uitvoer(proc).lees_tot(lambda r: r == "MIDDEN")
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
        uitvoer = _Uitvoer(proc)
        klaar = uitvoer.lees_tot(lambda r: r.startswith("KLAAR"))
        time.sleep(random.uniform(0.0, 0.3))
        _kill(proc)
        klaar += [int(r.split()[1]) for r in uitvoer.rest() if r.startswith("KLAAR")]
    finally:
        if proc.poll() is None:
            proc.kill()
    _controleer(database_url, w, klaar)
