"""The database itself: URL configuration, migrations at start-up, and constraints that hold even
when the service layer is bypassed. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from dossierhulp import database_url, db, wereld  # noqa: F401 - fixtures
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from spoorzoeker.samenstelling import voor_database
from spoorzoeker.storage import open_database
from spoorzoeker.storage.database import maak_engine, standaard_url
from spoorzoeker.storage.tabellen import Basis


def test_standaard_url_in_de_gegevensmap(monkeypatch, tmp_path):
    monkeypatch.delenv("SPOORZOEKER_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert standaard_url() == f"sqlite:///{tmp_path / 'spoorzoeker' / 'spoorzoeker.db'}"
    monkeypatch.setenv("SPOORZOEKER_DATABASE_URL", "postgresql://iemand@db.example/dossiers")
    assert standaard_url() == "postgresql://iemand@db.example/dossiers"
    assert maak_engine(standaard_url()).dialect.driver == "psycopg"


def test_zonder_instelling_een_sqlite_bestand(monkeypatch, tmp_path):
    """Zero set-up: the first start creates the folder, the file and the schema."""
    monkeypatch.delenv("SPOORZOEKER_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    db = open_database()
    try:
        assert Path(tmp_path / "data" / "spoorzoeker" / "spoorzoeker.db").is_file()
        assert voor_database(db).dossiers().eerste_beheerder("Bea")
    finally:
        db.sluit()


def test_migraties_bij_start_en_opnieuw(database_url):
    """Start-up migrates; a second start finds nothing to do and keeps the data."""
    eerste = open_database(database_url)
    voor_database(eerste).dossiers().eerste_beheerder("Bea")
    eerste.sluit()
    tweede = open_database(database_url)
    try:
        with tweede.engine.connect() as c:
            from alembic.script import ScriptDirectory

            from spoorzoeker.storage.database import alembic_config

            kop = ScriptDirectory.from_config(alembic_config()).get_current_head()
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == kop
            assert c.execute(text("SELECT count(*) FROM gebruiker")).scalar() == 1
    finally:
        tweede.sluit()


def test_schema_gelijk_aan_de_modellen(db):
    """The migration and the SQLAlchemy models describe the same schema (no forgotten migration)."""
    with db.engine.connect() as c:
        verschil = compare_metadata(MigrationContext.configure(c), Basis.metadata)
    assert verschil == []


def test_medische_gegevens_in_een_eigen_tabel(db):
    kolommen = {t: {k["name"] for k in inspect(db.engine).get_columns(t)} for t in inspect(db.engine).get_table_names()}
    assert "diagnose" in kolommen["medische_aantekening"]
    buiten = {t for t, ks in kolommen.items() if t != "medische_aantekening"
              and ks & {"diagnose", "beperkingen_toelichting", "prognose", "medische_notitie"}}
    assert buiten == set()


def test_dossier_van_werknemer_van_andere_werkgever_kan_niet_bestaan(wereld):
    """The database itself refuses a case whose employee works for another employer."""
    w = wereld
    with pytest.raises(IntegrityError):
        with w.db.engine.begin() as c:
            c.execute(text("INSERT INTO dossier (id, werkgever_id, werknemer_id, eerste_ziektedag) "
                           "VALUES ('x1', :wg, :wn, :d)"),
                      {"wg": w.werkgever_b, "wn": w.werknemer_a, "d": dt.date(2026, 1, 1)})


def test_ziekteperiode_eind_na_begin_ook_in_de_database(wereld):
    w = wereld
    with pytest.raises(IntegrityError):
        with w.db.engine.begin() as c:
            c.execute(text("INSERT INTO ziekteperiode (dossier_id, van, tot_en_met, hervatting_percentage) "
                           "VALUES (:d, :van, :tot, 0)"),
                      {"d": w.dossier_a, "van": dt.date(2026, 5, 1), "tot": dt.date(2026, 4, 1)})


def test_logcontrole_op_de_opdrachtregel(wereld, database_url):
    from clihulp import app
    from typer.testing import CliRunner

    kop = wereld.db.controleer_log().kop_hash
    goed = CliRunner().invoke(app, ["logcontrole", "--database", database_url, "--kop", kop])
    # in order: a saved head is still present at its position, and a new checkpoint is sealed
    assert goed.exit_code == 0 and "in orde" in goed.output and "Kop: " in goed.output
    fout = CliRunner().invoke(app, ["logcontrole", "--database", database_url, "--kop", "1:" + "0" * 64])
    assert fout.exit_code == 1 and "NIET in orde" in fout.output
