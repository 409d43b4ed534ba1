"""What protects the access log besides its signatures: database triggers that refuse change, and the
anchor file outside the database.

* ``TRIGGERS``: per dialect, the triggers that make ``toegangslog`` and ``logzegel`` append-only
  (UPDATE, DELETE and, on PostgreSQL, TRUNCATE refused). ``ontbrekende`` lists the missing ones (for
  ``logcontrole``); ``herstel`` puts them back (at every start-up). Someone with the rights to drop
  a trigger can still change the log, but he cannot sign what he writes: the HMAC and the checkpoints
  find it, and the missing trigger itself is reported.
* The anchor file: a copy of the newest checkpoint (``Zegel``) in ``SPOORZOEKER_ANKERMAP`` (by default
  ``ankers/`` in the user's data folder), one file per database, 0600 in a 0700 folder. Keep a copy
  elsewhere too (or publish the 'number:hash' that ``logcontrole`` prints) for the strongest check.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection

from ..cases.model import Zegel
from .sleutels import controleer_privé, schrijf_privé

ANKERMAP_VAR = "SPOORZOEKER_ANKERMAP"
LOG_MELDING = "toegangslog is alleen-toevoegen: wijzigen en verwijderen zijn niet toegestaan"
LOG_TABELLEN = ("toegangslog", "logzegel")
_PG_FUNCTIE = f"""CREATE OR REPLACE FUNCTION toegangslog_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{LOG_MELDING}';
END $$"""


def _triggers(dialect: str) -> dict[str, str]:
    uit: dict[str, str] = {}
    for tabel in LOG_TABELLEN:
        if dialect == "postgresql":
            uit[f"{tabel}_geen_wijziging"] = (f"CREATE TRIGGER {tabel}_geen_wijziging BEFORE UPDATE OR DELETE ON {tabel} "
                                              "FOR EACH ROW EXECUTE FUNCTION toegangslog_alleen_toevoegen()")
            uit[f"{tabel}_geen_truncate"] = (f"CREATE TRIGGER {tabel}_geen_truncate BEFORE TRUNCATE ON {tabel} "
                                             "FOR EACH STATEMENT EXECUTE FUNCTION toegangslog_alleen_toevoegen()")
        else:
            for actie in ("UPDATE", "DELETE"):
                uit[f"{tabel}_geen_{actie.lower()}"] = (
                    f"CREATE TRIGGER {tabel}_geen_{actie.lower()} BEFORE {actie} ON {tabel} "
                    f"BEGIN SELECT RAISE(ABORT, '{LOG_MELDING}'); END")
    return uit


def _aanwezig(conn: Connection) -> set[str]:
    if conn.dialect.name == "postgresql":
        return {r[0] for r in conn.execute(text(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND c.relname = ANY(:tabellen) "
            "AND c.relnamespace = to_regnamespace(current_schema())::oid"),
            {"tabellen": list(LOG_TABELLEN)})}
    return {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}


def ontbrekende(conn: Connection) -> tuple[str, ...]:
    """Names of the protecting triggers that are missing or switched off."""
    aanwezig = _aanwezig(conn)
    return tuple(n for n in _triggers(conn.dialect.name) if n not in aanwezig)


def herstel(conn: Connection) -> tuple[str, ...]:
    """Put back the missing triggers (a switched-off one on PostgreSQL is switched on again). Returns
    what was restored; needs the rights of the tables' owner."""
    missend = ontbrekende(conn)
    if not missend:
        return ()
    pg = conn.dialect.name == "postgresql"
    if pg:
        conn.execute(text(_PG_FUNCTIE))
    bestaand = {r[0] for r in conn.execute(text(
        "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal "
        "AND c.relnamespace = to_regnamespace(current_schema())::oid"))} if pg else set()
    for naam, sql in _triggers(conn.dialect.name).items():
        if naam not in missend:
            continue
        if naam in bestaand:  # present but disabled
            tabel = naam.rsplit("_geen_", 1)[0]
            conn.execute(text(f"ALTER TABLE {tabel} ENABLE TRIGGER {naam}"))
        else:
            conn.execute(text(sql))
    return missend


def maak_alle(conn: Connection) -> None:
    """Create every protecting trigger (migration)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(_PG_FUNCTIE))
    aanwezig = _aanwezig(conn)
    for naam, sql in _triggers(conn.dialect.name).items():
        if naam not in aanwezig:
            conn.execute(text(sql))


# ---- the anchor file ------------------------------------------------------------------------------

def ankermap() -> Path:
    from .database import data_map

    pad = os.environ.get(ANKERMAP_VAR, "").strip()
    return Path(pad) if pad else data_map() / "ankers"


def ankerbestand(database: str) -> Path:
    return ankermap() / (hashlib.sha256(database.encode("utf-8")).hexdigest()[:24] + ".json")


def schrijf_anker(database: str, z: Zegel) -> None:
    schrijf_privé(ankerbestand(database), json.dumps(
        {"database": database, "nummer": z.nummer, "tijdstip": z.tijdstip, "aantal": z.aantal,
         "koppen": {k: list(v) for k, v in z.koppen.items()}, "vorige_hash": z.vorige_hash, "hash": z.hash}))


def lees_anker(database: str) -> Zegel | None:
    pad = ankerbestand(database)
    if not pad.exists():
        return None
    controleer_privé(pad, "Het ankerbestand")
    d = json.loads(pad.read_text(encoding="utf-8"))
    return Zegel(int(d["nummer"]), d["tijdstip"], int(d["aantal"]), {k: (int(v[0]), str(v[1])) for k, v in d["koppen"].items()},
                 d["vorige_hash"], d["hash"])
