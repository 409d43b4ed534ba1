"""Where the case file lives, and bringing its schema up to date at start-up.

The database URL comes from ``SPOORZOEKER_DATABASE_URL``. Without it, Spoorzoeker uses an SQLite
file in the user's data folder (``$XDG_DATA_HOME/spoorzoeker/spoorzoeker.db``, by default
``~/.local/share/spoorzoeker/spoorzoeker.db``; ``%LOCALAPPDATA%`` on Windows, ``~/Library/Application
Support`` on macOS): zero set-up, and never a file in the working directory that could end up in a
repository or a shared folder. PostgreSQL: ``postgresql+psycopg://user@host:5432/name``.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine

from ..errors import SpoorzoekerFout

OMGEVINGSVARIABELE = "SPOORZOEKER_DATABASE_URL"
MIGRATIES = Path(__file__).parent / "migrations"
MIGRATIE_SLOT = 7_513_000  # advisory lock id for concurrent start-ups on PostgreSQL


def data_map() -> Path:
    """The user's data folder for Spoorzoeker (not created here)."""
    if sys.platform == "win32":
        basis = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        basis = Path.home() / "Library" / "Application Support"
    else:
        basis = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return basis / "spoorzoeker"


def standaard_url() -> str:
    url = os.environ.get(OMGEVINGSVARIABELE, "").strip()
    if url:
        return url
    return f"sqlite:///{data_map() / 'spoorzoeker.db'}"


SLOT_WACHTTIJD_VAR = "SPOORZOEKER_SLOT_WACHTTIJD_MS"        # how long to wait for a lock (default 5 s)
OPDRACHT_WACHTTIJD_VAR = "SPOORZOEKER_OPDRACHT_WACHTTIJD_MS"  # longest statement on PostgreSQL (default 30 s)


def _ms(var: str, standaard: int) -> int:
    try:
        return max(1, int(os.environ.get(var, "") or standaard))
    except ValueError:
        return standaard


def database_fout(url: str | None) -> str:
    """The one Dutch line for a database that cannot be opened (a wrong URL, an unreachable server,
    a file that is no database)."""
    return (f"kan de database{' ' + repr(url) if url else ''} niet openen. Geef met --database een "
            "bestaand bestand (sqlite:///pad/naar/spoorzoeker.db) of een bereikbare server "
            "(postgresql://gebruiker@host/naam).")


class DatabaseOntbreekt(SpoorzoekerFout, RuntimeError):
    """The database asked for does not exist (and was not asked to be created); one Dutch line."""


def sqlite_pad(url: str) -> Path | None:
    """The file of an SQLite URL; None for PostgreSQL or an in-memory database."""
    if not url.startswith("sqlite"):
        return None
    pad = url.split("///", 1)[1] if "///" in url else ""
    pad = pad.split("?", 1)[0]
    return Path(pad) if pad and pad != ":memory:" else None


def _beveilig_sqlite(pad: Path) -> None:
    """Only the owner may read the case file: the database (and its WAL and shared-memory files) 0600;
    the folder 0700 when Spoorzoeker made it or it is the user's data folder (NEN 7510; AVG art. 32)."""
    map_ = pad.parent
    if not map_.exists():
        map_.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(map_, 0o700)
    elif os.name == "posix" and map_.resolve() == data_map().resolve():
        os.chmod(map_, 0o700)
    if not pad.exists():
        try:
            os.close(os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass
    if os.name == "posix":
        for bestand in (pad, pad.with_name(pad.name + "-wal"), pad.with_name(pad.name + "-shm")):
            try:
                if bestand.exists() and bestand.stat().st_uid == os.getuid():
                    os.chmod(bestand, 0o600)
            except OSError:
                pass


LEZEN = "spoorzoeker_lezen"  # execution option of a read-only connection (see lees_engine)


class Schrijfbeurt:
    """Whose turn it is to write to one SQLite file, across the processes and threads that serve it.

    SQLite has one write lock per database; a writer that finds it taken sleeps and tries again (1, 2, 5,
    10 ms and longer), so under load the waits between two server processes grow and a writer can lose
    the lock again and again. Before its write transaction each writer therefore takes an exclusive
    ``flock`` on a lock file next to the database (``<database>-schrijfbeurt``): waiters are woken by the
    kernel the moment the previous writer is done. SQLite's own lock still guards the data; this only
    decides the order. A writer that cannot get its turn within the lock wait time goes on without it
    (and then waits for SQLite's lock as before). A thread that already has the turn (a nested write
    unit) does not take it again. POSIX only; elsewhere nothing changes."""

    def __init__(self, pad: Path):
        self._pad = str(pad) + "-schrijfbeurt"
        self._lokaal = threading.local()

    def neem(self) -> bool:
        """Wait for the turn (at most the lock wait time); False when this thread had it already or when
        the wait ran out."""
        import fcntl

        if getattr(self._lokaal, "fd", None) is not None:
            return False
        fd = os.open(self._pad, os.O_RDWR | os.O_CREAT, 0o600)
        einde = time.monotonic() + _ms(SLOT_WACHTTIJD_VAR, 5000) / 1000
        pauze = 0.0001
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= einde:
                    os.close(fd)
                    return False
                time.sleep(pauze)  # short and bounded: no blocking call that could never return
                pauze = min(pauze * 2, 0.001)
        self._lokaal.fd = fd
        return True

    def geef_vrij(self) -> None:
        fd = getattr(self._lokaal, "fd", None)
        if fd is not None:
            self._lokaal.fd = None
            os.close(fd)  # closing the file ends the flock


def schrijfbeurt(engine: Engine) -> Schrijfbeurt | None:
    """The turn keeper of an SQLite file database (None for PostgreSQL, in-memory SQLite, or no POSIX)."""
    if os.name != "posix" or engine.dialect.name != "sqlite":
        return None
    pad = sqlite_pad(engine.url.render_as_string(hide_password=False))
    return Schrijfbeurt(pad) if pad is not None else None


def lees_engine(engine: Engine) -> Engine:
    """The same engine (and connection pool) for read-only transactions: on SQLite they start with a
    plain (deferred) BEGIN, so readers never take the write lock and never wait for each other or for a
    writer (WAL: each reads its own snapshot); on PostgreSQL they run REPEATABLE READ, READ ONLY. A read
    transaction must not write; on SQLite a write in it could fail at once when another writer
    committed in between."""
    if engine.dialect.name == "postgresql":  # one snapshot for the whole read; a read path that writes fails
        return engine.execution_options(**{LEZEN: True}, isolation_level="REPEATABLE READ", postgresql_readonly=True)
    return engine.execution_options(**{LEZEN: True})


def _sqlite_instellen(engine: Engine) -> None:
    """SQLite: foreign keys on, WAL with full sync (a committed record survives a killed process and
    a power cut), wait instead of failing when another process writes, and BEGIN IMMEDIATE so that a
    write transaction holds the write lock from its start (the access log's chain needs one writer at a
    time). Read transactions (``lees_engine``) begin deferred and take no lock."""

    @event.listens_for(engine, "connect")
    def _bij_verbinden(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={_ms(SLOT_WACHTTIJD_VAR, 5000)}")
        cur.execute("PRAGMA recursive_triggers=ON")  # INSERT OR REPLACE then fires the log's DELETE trigger
        cur.close()

    @event.listens_for(engine, "begin")
    def _bij_begin(conn):
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(LEZEN) else "BEGIN IMMEDIATE")


def _postgres_instellen(engine: Engine) -> None:
    """PostgreSQL: a waiting lock or a stuck statement ends with an error instead of blocking everyone
    (lock_timeout, statement_timeout), and so does a transaction left open by a crashed client."""

    @event.listens_for(engine, "connect")
    def _bij_verbinden(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute(f"SET lock_timeout = {_ms(SLOT_WACHTTIJD_VAR, 5000)}")
        cur.execute(f"SET statement_timeout = {_ms(OPDRACHT_WACHTTIJD_VAR, 30000)}")
        cur.execute("SET idle_in_transaction_session_timeout = 60000")
        cur.close()
        dbapi_conn.commit()  # a SET inside a rolled-back transaction would be undone


def bestaat(url: str) -> bool:
    """Does the database exist already (an SQLite file, or a PostgreSQL database with our schema)?"""
    pad = sqlite_pad(url)
    if url.startswith("sqlite"):
        return pad is None or pad.exists()
    from sqlalchemy import inspect

    engine = maak_engine(url)
    try:
        with engine.connect() as c:
            return inspect(c).has_table("alembic_version")
    finally:
        engine.dispose()


def maak_engine(url: str | None = None) -> Engine:
    url = url or standaard_url()
    if url.startswith("sqlite"):
        pad = sqlite_pad(url)
        if pad is not None:
            _beveilig_sqlite(pad)
        engine = create_engine(url)
        _sqlite_instellen(engine)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "postgresql":
        _postgres_instellen(engine)
    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIES))
    cfg.set_main_option("path_separator", "os")
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


@functools.cache
def nieuwste_migratie() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def is_bijgewerkt(engine: Engine) -> bool:
    """Is the schema at the newest migration already? (One query; a worker process of the web server
    then opens the database without running the migration machinery again.)"""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision() == nieuwste_migratie()


def migreer(engine: Engine) -> None:
    """Bring the schema to the newest migration. Safe to call at every start-up, also from several
    processes at once; when the schema is up to date already it only checks that."""
    if is_bijgewerkt(engine):
        return
    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # one migration per schema at a time (start-ups of one database wait for each other; other
            # schemas, such as the test suite's parallel workers, do not)
            conn.execute(text("SELECT pg_advisory_xact_lock(:slot, hashtext(current_schema()))"),
                         {"slot": MIGRATIE_SLOT})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
