"""Where the case file lives, and bringing its schema up to date at start-up.

The database URL comes from ``SPOORZOEKER_DATABASE_URL``. Without it, Spoorzoeker uses an SQLite
file in the user's data folder (``$XDG_DATA_HOME/spoorzoeker/spoorzoeker.db``, by default
``~/.local/share/spoorzoeker/spoorzoeker.db``; ``%LOCALAPPDATA%`` on Windows, ``~/Library/Application
Support`` on macOS): zero set-up, and never a file in the working directory that could end up in a
repository or a shared folder. PostgreSQL: ``postgresql+psycopg://user@host:5432/name``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine

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


def _sqlite_instellen(engine: Engine) -> None:
    """SQLite: foreign keys on, WAL with full sync (a committed record survives a killed process and
    a power cut), wait instead of failing when another process writes, and BEGIN IMMEDIATE so that a
    transaction holds the write lock from its start (the access log's chain needs one writer at a time)."""

    @event.listens_for(engine, "connect")
    def _bij_verbinden(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _bij_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def maak_engine(url: str | None = None) -> Engine:
    url = url or standaard_url()
    if url.startswith("sqlite"):
        pad = url.split("///", 1)[1] if "///" in url else ""
        if pad and pad != ":memory:":
            Path(pad).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        _sqlite_instellen(engine)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIES))
    cfg.set_main_option("path_separator", "os")
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def migreer(engine: Engine) -> None:
    """Bring the schema to the newest migration. Safe to call at every start-up, also from several
    processes at once."""
    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:slot)"), {"slot": MIGRATIE_SLOT})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
