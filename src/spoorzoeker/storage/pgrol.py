"""PostgreSQL: the role the application runs as (NEN 7510 least privilege; OWASP ASVS 5.0 V13).

The database owner runs migrations; the application connects as a role that is not a superuser, owns
nothing, and on ``toegangslog`` and ``logzegel`` may only SELECT and INSERT. It cannot UPDATE, DELETE or
TRUNCATE the log, nor drop or disable its triggers (only an owner may), so even the application itself,
if taken over, cannot rewrite the log; what it appends is still signed with the key outside the database.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Engine

LOG_TABELLEN = ("toegangslog", "logzegel")


def maak_app_rol(engine: Engine, naam: str, wachtwoord: str) -> None:
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", naam):
        raise ValueError("Een rolnaam bestaat uit kleine letters, cijfers en _ (begint met een letter of _).")
    with engine.begin() as c:
        bestaat = c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": naam}).first()
        if bestaat is None:
            letterlijk = "'" + wachtwoord.replace("'", "''") + "'"  # DDL takes no bound parameters
            c.exec_driver_sql(f'CREATE ROLE "{naam}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT '
                              f"PASSWORD {letterlijk}")
        schema = c.execute(text("SELECT current_schema()")).scalar_one()
        c.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO "{naam}"'))
        tabellen = [r[0] for r in c.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = :s"), {"s": schema})]
        for t in tabellen:
            c.execute(text(f'REVOKE ALL ON "{schema}"."{t}" FROM "{naam}"'))
            if t in LOG_TABELLEN:
                c.execute(text(f'GRANT SELECT, INSERT ON "{schema}"."{t}" TO "{naam}"'))
            elif t == "alembic_version":
                c.execute(text(f'GRANT SELECT ON "{schema}"."{t}" TO "{naam}"'))
            else:
                c.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{schema}"."{t}" TO "{naam}"'))
        c.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO "{naam}"'))
