"""What only a real database can show, on SQLite and PostgreSQL: the service and policy tests run on the
in-memory store (geheugenhulp), these keep the two promises that are about the SQL and the stored bytes."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlparse

import pyotp
from dossierhulp import database_url, db, wereld  # noqa: F401 - fixtures (SQLite and PostgreSQL)
from sqlalchemy import event, text
from test_cases_medisch import GEHEIM, GEHEIME_TOELICHTING, met_medisch  # noqa: F401 - fixture

from spoorzoeker.cases import Rol
from spoorzoeker.samenstelling import voor_database
from spoorzoeker.storage.tabellen import MEDISCHE_TABELLEN


def test_werkgever_leest_en_exporteert_zonder_medische_tabel_te_raken(met_medisch):
    """The SQL the database receives on the werkgever's reads never names the medical table, and
    what comes back holds functional possibilities but no diagnosis."""
    w = met_medisch
    sql: list[str] = []

    def vang(conn, cursor, statement, params, context, executemany):
        sql.append(statement.lower())

    event.listen(w.db.engine, "before_cursor_execute", vang)
    try:
        dossier = w.service.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
        export = w.service.exporteer_dossier(w.gebruikers["werkgever"], w.dossier_a)
    finally:
        event.remove(w.db.engine, "before_cursor_execute", vang)
    assert sql and not any(t in s for s in sql for t in MEDISCHE_TABELLEN)
    assert "medisch" not in export
    tekst = json.dumps(export) + repr(dossier)
    assert GEHEIM not in tekst and GEHEIME_TOELICHTING not in tekst
    assert "Niet tillen boven 5 kg" in tekst  # what the employer may know does arrive


def test_totp_geheim_staat_versleuteld_in_de_database(wereld):
    """The TOTP secret of an account is stored encrypted (a Fernet token), never as the secret itself."""
    w = wereld
    arts = w.service.registreer_gebruiker(w.beheerder, "Dr. Bakker", Rol.BEDRIJFSARTS, werkgever_ids=[w.werkgever_a],
                                          inlognaam="dr.bakker", big_nummer="39012345601")
    w.service.keur_gebruiker_goed(w.beheerder2, arts)
    aan = voor_database(w.db).aanmelden()
    aan.stel_wachtwoord_in(None, arts, "paard-batterij-niet-raden")
    uri = aan.begin_totp(arts)
    geheim = parse_qs(urlparse(uri).query)["secret"][0]
    assert pyotp.TOTP(geheim).now().isdigit()  # it is a real secret
    with w.db.engine.connect() as c:
        opgeslagen = c.execute(text("SELECT totp_geheim FROM gebruiker WHERE id = :i"), {"i": arts}).scalar()
    assert opgeslagen.startswith("gAAAAA") and geheim not in opgeslagen
