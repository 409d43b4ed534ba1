"""The attacks on the case file, repeated as an attacker would try them, on SQLite and PostgreSQL: each
is now refused or detected. The attacker here has the database (its rights, or a copy of the file)
but not the key file and not the anchor file outside it, unless a test says otherwise.

1. the access log: a forged record, cutting off the end, wiping it, rewriting it from an old copy,
   INSERT OR REPLACE, dropped triggers, backdated records;
2. impersonation without logging in; another local user reading the files;
3. races: eight first beheerders at once, four overlapping sick periods at once;
4. PostgreSQL parity: long ids, NUL bytes, long names and documents: one Dutch line on both databases,
   the refused attempt logged; a lock held too long: one Dutch line, not a hang.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import stat
import threading

import pytest
from dossierhulp import database_url, db, wereld  # noqa: F401 - fixtures
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from spoorzoeker.cases import GeenToegang, MedischeAantekening
from spoorzoeker.cases.logboek import inhoud
from spoorzoeker.cases.model import DossierFout, StapGedaan, Ziekteperiode
from spoorzoeker.samenstelling import voor_database
from spoorzoeker.storage import open_database

D = dt.date


def _log(w):
    with w.db.opslag() as uow:
        return uow.log_regels()


def _met_rechten(w, *sqls, **params):
    """An attacker with the database's rights: triggers off, edit, triggers on again."""
    with w.db.engine.begin() as c:
        pg = c.dialect.name == "postgresql"
        if pg:
            c.execute(text("ALTER TABLE toegangslog DISABLE TRIGGER USER"))
            c.execute(text("ALTER TABLE logzegel DISABLE TRIGGER USER"))
        else:
            for t in ("toegangslog", "logzegel"):
                for a in ("update", "delete"):
                    c.execute(text(f"DROP TRIGGER IF EXISTS {t}_geen_{a}"))
        for sql in sqls:
            c.execute(text(sql), params)
        if pg:
            c.execute(text("ALTER TABLE toegangslog ENABLE TRIGGER USER"))
            c.execute(text("ALTER TABLE logzegel ENABLE TRIGGER USER"))
        else:
            from spoorzoeker.storage import logbeveiliging
            logbeveiliging.herstel(c)


def _bezocht(w):
    """Some normal activity, then a checkpoint (as logcontrole or a closing process makes)."""
    s = w.service
    s.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
    s.leg_medisch_vast(w.gebruikers["bedrijfsarts"], w.dossier_a,
                       MedischeAantekening(D(2026, 1, 19), "Dr. Anna Arts", diagnose="VERZONNEN-DIAGNOSE-91"))
    s.lees_medisch(w.gebruikers["bedrijfsarts"], w.dossier_a)
    return w.db.controleer_log()


# ---- 1. the access log ------------------------------------------------------------------------------

def test_vervalste_regel_met_juiste_sha256_wordt_ontdekt_en_niet_vertrouwd(wereld):
    """A forged 'who opened my file' record, chained and hashed as the old log did it: the signature
    needs the key outside the database, so logcontrole finds it."""
    import hashlib
    from dataclasses import replace

    w = wereld
    assert _bezocht(w).in_orde
    laatste = [r for r in _log(w) if r.dossier_id == w.dossier_a][-1]
    nep = replace(laatste, volgnummer=laatste.volgnummer + 10_000, ketennummer=laatste.ketennummer + 1,
                  gebruiker_id="nep", gebruiker_naam="Dr. Nep", operatie="medisch_lezen", vorige_hash=laatste.hash,
                  tijdstip=laatste.tijdstip)
    nep = replace(nep, hash=hashlib.sha256(inhoud(nep).encode()).hexdigest())
    with w.db.engine.begin() as c:  # INSERT is allowed by the triggers: append-only
        c.execute(text("INSERT INTO toegangslog (volgnummer, tijdstip, gebruiker_id, gebruiker_naam, rol, namens_id, "
                       "namens_naam, dossier_id, werknemer_id, operatie, soort, toegestaan, vorige_hash, hash, "
                       "gebruiker_big, keten, ketennummer) VALUES (:volgnummer, :tijdstip, :gebruiker_id, "
                       ":gebruiker_naam, :rol, :namens_id, :namens_naam, :dossier_id, :werknemer_id, :operatie, "
                       ":soort, :toegestaan, :vorige_hash, :hash, :gebruiker_big, :keten, :ketennummer)"),
                  {k: getattr(nep, k) for k in ("volgnummer", "tijdstip", "gebruiker_id", "gebruiker_naam", "rol",
                                                "namens_id", "namens_naam", "dossier_id", "werknemer_id", "operatie",
                                                "soort", "toegestaan", "vorige_hash", "hash", "gebruiker_big",
                                                "keten", "ketennummer")})
    uitslag = w.db.controleer_log()
    assert not uitslag.in_orde
    assert any("vervalst of gewijzigd" in f for f in uitslag.fouten)


def test_afgeknipte_staart_wordt_ontdekt(wereld):
    w = wereld
    _bezocht(w)
    staart = [r for r in _log(w) if r.dossier_id == w.dossier_a][-2:]
    _met_rechten(w, "DELETE FROM toegangslog WHERE volgnummer IN (:a, :b)", a=staart[0].volgnummer,
                 b=staart[1].volgnummer)
    uitslag = w.db.controleer_log()
    assert not uitslag.in_orde
    assert any("ontbreekt of is anders" in f for f in uitslag.fouten)


@pytest.mark.parametrize("ook_controlepunten", [False, True])
def test_gewist_log_wordt_ontdekt(wereld, ook_controlepunten):
    """Deleting the whole log (and even its checkpoints) no longer gives 'in orde: 0 regels'."""
    w = wereld
    _bezocht(w)
    sqls = ["DELETE FROM toegangslog"] + (["DELETE FROM logzegel"] if ook_controlepunten else [])
    _met_rechten(w, *sqls)
    uitslag = w.db.controleer_log()
    assert not uitslag.in_orde and uitslag.aantal == 0
    assert any("verwijderd" in f or "gewist" in f for f in uitslag.fouten)


def test_herschreven_log_uit_een_oude_kopie_wordt_ontdekt(wereld, database_url, tmp_path):
    """Putting back an older copy of the database (the log rewritten to an earlier state): the anchor
    file outside the database names a newer checkpoint."""
    w = wereld
    w.db.controleer_log()
    if database_url.startswith("sqlite"):
        pad = database_url.split("///", 1)[1]
        w.db.sluit()
        shutil.copy(pad, tmp_path / "oud.db")
        db = open_database(database_url)
        voor_database(db).dossiers().lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
        assert db.controleer_log().in_orde
        db.sluit()
        shutil.copy(tmp_path / "oud.db", pad)
        for bijbestand in (pad + "-wal", pad + "-shm"):
            if os.path.exists(bijbestand):
                os.remove(bijbestand)
        db = open_database(database_url)
        uitslag = db.controleer_log()
        db.sluit()
    else:  # PostgreSQL: the same by deleting what came after the old state
        tot = max(r.volgnummer for r in _log(w))
        w.service.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
        nieuw = w.db.controleer_log()
        assert nieuw.in_orde
        _met_rechten(w, "DELETE FROM toegangslog WHERE volgnummer > :n", "DELETE FROM logzegel WHERE nummer = :z",
                     n=tot, z=int(nieuw.kop_hash.split(":")[0]))
        uitslag = w.db.controleer_log()
    assert not uitslag.in_orde
    assert any("ankerbestand" in f.lower() for f in uitslag.fouten)


def test_bewaarde_kop_blijft_geldig_na_gewoon_gebruik(wereld):
    """--kop checks that a saved head is still present at its position: normal activity after saving it
    is no false alarm; a head that is gone is."""
    w = wereld
    kop = w.db.controleer_log().kop_hash
    for _ in range(3):
        w.service.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
    assert w.db.controleer_log(verwachte_kop=kop).in_orde
    assert not w.db.controleer_log(verwachte_kop=kop.split(":")[0] + ":" + "f" * 64).in_orde


def test_insert_or_replace_omzeilt_de_triggers_niet(wereld, database_url):
    if not database_url.startswith("sqlite"):
        pytest.skip("INSERT OR REPLACE is SQLite syntax")
    import sqlite3

    w = wereld
    r = _log(w)[1]
    with pytest.raises(Exception, match="alleen-toevoegen"):  # through the application's own connection
        with w.db.engine.begin() as c:
            c.execute(text("INSERT OR REPLACE INTO toegangslog SELECT * FROM toegangslog WHERE volgnummer = :n"),
                      {"n": r.volgnummer})
            c.execute(text("UPDATE toegangslog SET gebruiker_naam = 'x' WHERE volgnummer = -1"))
    # through a plain sqlite3 connection (recursive triggers off): the row is replaced ...
    con = sqlite3.connect(database_url.split("///", 1)[1])
    con.execute("INSERT OR REPLACE INTO toegangslog (volgnummer, tijdstip, gebruiker_id, gebruiker_naam, rol, "
                "namens_id, namens_naam, dossier_id, werknemer_id, operatie, soort, toegestaan, vorige_hash, hash, "
                "gebruiker_big, keten, ketennummer) SELECT volgnummer, tijdstip, gebruiker_id, 'Iemand Anders', rol, "
                "namens_id, namens_naam, dossier_id, werknemer_id, operatie, soort, toegestaan, vorige_hash, hash, "
                "gebruiker_big, keten, ketennummer FROM toegangslog WHERE volgnummer = ?", (r.volgnummer,))
    con.commit()
    con.close()
    # ... and the signature finds it
    assert any("vervalst of gewijzigd" in f for f in w.db.controleer_log().fouten)


def test_weggehaalde_triggers_worden_gemeld_en_bij_opstarten_hersteld(wereld, database_url):
    w = wereld
    with w.db.engine.begin() as c:
        if c.dialect.name == "postgresql":
            c.execute(text("DROP TRIGGER toegangslog_geen_wijziging ON toegangslog"))
        else:
            c.execute(text("DROP TRIGGER toegangslog_geen_delete"))
    uitslag = w.db.controleer_log()
    assert not uitslag.in_orde and any("ontbreekt" in f for f in uitslag.fouten)
    db2 = open_database(database_url)  # start-up restores, says so in the log and in logcontrole
    try:
        assert db2.hersteld
        uitslag = db2.controleer_log()
        assert any("hersteld" in f for f in uitslag.fouten)
        assert any(r.operatie == "logbeveiliging_hersteld" for r in _log(w))
        with pytest.raises(Exception, match="alleen-toevoegen"):
            with db2.engine.begin() as c:
                c.execute(text("DELETE FROM toegangslog"))
    finally:
        db2.sluit()
    db3 = open_database(database_url)
    try:
        assert not db3.hersteld and db3.controleer_log().in_orde
    finally:
        db3.sluit()


def test_tijd_van_de_aanroeper_telt_niet(wereld):
    """A service given a clock from 2020 still logs the time of the database server or the service."""
    w = wereld
    s = voor_database(w.db, klok=lambda: dt.datetime(2020, 1, 1, tzinfo=dt.UTC)).dossiers()
    s.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
    laatste = _log(w)[-1]
    assert laatste.tijdstip[:4] == str(dt.datetime.now(dt.UTC).year)


# ---- 2. who you are; who can read the files --------------------------------------------------------------

def test_zonder_inloggen_geen_toegang_op_de_opdrachtregel(wereld, database_url, tmp_path):
    """'--als ID' no longer exists; a made-up or stolen-from-the-database token opens nothing."""
    from clihulp import app
    from typer.testing import CliRunner

    from spoorzoeker.opdrachtregel import sessie as cli_sessie

    w = wereld
    env = {"SPOORZOEKER_SESSIEMAP": str(tmp_path / "sessie")}
    r = CliRunner(env=env).invoke(app, ["dossier", "toon", w.dossier_a, "--als", w.gebruikers["bedrijfsarts"],
                                        "--database", database_url])
    assert r.exit_code == 2 and "VERZONNEN" not in r.output
    r = CliRunner(env=env).invoke(app, ["dossier", "toon", w.dossier_a, "--database", database_url])
    assert r.exit_code == 2 and "niet ingelogd" in r.output
    # the database holds only hashes of session tokens: a copied hash is no token
    from spoorzoeker.cases.aanmelden import SESSIE_MAX, SessieGegevens, iso, token_hash
    nu = dt.datetime.now(dt.UTC)
    with w.db.opslag() as uow:
        uow.voeg_sessie_toe(SessieGegevens(token_hash("echt-geheim"), w.gebruikers["bedrijfsarts"], iso(nu), iso(nu),
                                           iso(nu + SESSIE_MAX)))
        uow.commit()
    os.environ[cli_sessie.SESSIEMAP_VAR] = env["SPOORZOEKER_SESSIEMAP"]
    try:
        cli_sessie.bewaar(database_url, token_hash("echt-geheim"), "x", iso(nu + SESSIE_MAX))
    finally:
        del os.environ[cli_sessie.SESSIEMAP_VAR]
    r = CliRunner(env=env).invoke(app, ["dossier", "toon", w.dossier_a, "--database", database_url])
    assert r.exit_code == 2 and "niet (meer) ingelogd" in r.output


def _modus(pad) -> int:
    return stat.S_IMODE(os.stat(pad).st_mode)


def test_andere_gebruikers_van_de_computer_kunnen_niets_lezen(wereld, database_url, tmp_path):
    """The database file, its key file, the anchor and the session file are the owner's only (0600, in
    0700 folders where Spoorzoeker makes them); medical text is not in the database file in the clear."""
    w = wereld
    _bezocht(w)
    sleutelbestand = os.environ["SPOORZOEKER_SLEUTELBESTAND"]
    assert _modus(sleutelbestand) == 0o600 and _modus(os.path.dirname(sleutelbestand)) == 0o700
    ankers = os.environ["SPOORZOEKER_ANKERMAP"]
    assert _modus(ankers) == 0o700 and all(_modus(os.path.join(ankers, f)) == 0o600 for f in os.listdir(ankers))
    if database_url.startswith("sqlite"):
        pad = database_url.split("///", 1)[1]
        w.db.sluit()
        assert _modus(pad) == 0o600
        with open(pad, "rb") as f:
            assert b"VERZONNEN-DIAGNOSE-91" not in f.read()
        # a new database in a new folder: folder 0700, file 0600
        nieuw = tmp_path / "nieuwe-map" / "d.db"
        open_database(f"sqlite:///{nieuw}").sluit()
        assert _modus(nieuw.parent) == 0o700 and _modus(nieuw) == 0o600
    else:
        with w.db.engine.connect() as c:
            opgeslagen = c.execute(text("SELECT diagnose FROM medische_aantekening")).scalar()
        assert opgeslagen.startswith("gAAAAA") and "VERZONNEN" not in opgeslagen
    # a key file that others may read is refused
    os.chmod(sleutelbestand, 0o644)
    from spoorzoeker.storage.sleutels import SleutelFout, laad_sleutels
    with pytest.raises(SleutelFout, match="chmod 600"):
        laad_sleutels()
    os.chmod(sleutelbestand, 0o600)


def test_sleutelrotatie(wereld):
    """A new key encrypts; the old one still decrypts until every row is re-encrypted; then it can go."""
    from spoorzoeker.storage.sleutels import laad_sleutels

    w = wereld
    _bezocht(w)
    oude = laad_sleutels().versleutelingssleutels[0]
    aantal = w.db.roteer_sleutel()
    assert aantal >= 1
    nieuw = laad_sleutels()
    assert len(nieuw.versleutelingssleutels) == 1 and nieuw.versleutelingssleutels[0] != oude
    w.db.sleutels = nieuw
    medisch = w.service.lees_medisch(w.gebruikers["bedrijfsarts"], w.dossier_a)
    assert medisch.aantekeningen[0].diagnose == "VERZONNEN-DIAGNOSE-91"


# ---- 3. races, closed by the database ------------------------------------------------------------------

def _tegelijk(n, doe):
    uitkomsten, start = [], threading.Barrier(n)

    def draad(i):
        start.wait()
        try:
            uitkomsten.append(("ok", doe(i)))
        except Exception as e:  # noqa: BLE001 - counted below
            uitkomsten.append(("fout", e))
    draden = [threading.Thread(target=draad, args=(i,)) for i in range(n)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(timeout=120)
    return uitkomsten


def test_acht_eerste_beheerders_tegelijk_geven_er_een(database_url):
    db = open_database(database_url)
    try:
        uitkomsten = _tegelijk(8, lambda i: voor_database(db).dossiers().eerste_beheerder(f"Beheerder {i}"))
        assert sum(1 for s, _ in uitkomsten if s == "ok") == 1
        assert all(isinstance(e, GeenToegang) for s, e in uitkomsten if s == "fout")
        with db.engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM gebruiker WHERE rol = 'beheerder'")).scalar() == 1
    finally:
        db.sluit()


def test_vier_overlappende_ziekmeldingen_tegelijk_geven_er_een(wereld):
    w = wereld
    # the case has its first period open from 2026-01-05; end it, then four clerks report a relapse at once
    w.service.leg_ziekteperiode_vast(w.gebruikers["casemanager"], w.dossier_a, Ziekteperiode(D(2026, 1, 5), D(2026, 2, 1)))
    uitkomsten = _tegelijk(4, lambda i: w.service.leg_ziekteperiode_vast(
        w.gebruikers["casemanager"], w.dossier_a, Ziekteperiode(D(2026, 3, 2 + i))))
    assert sum(1 for s, _ in uitkomsten if s == "ok") == 1
    assert all(isinstance(e, DossierFout) and "overlapt" in str(e) for s, e in uitkomsten if s == "fout")
    perioden = w.service.lees_dossier(w.gebruikers["casemanager"], w.dossier_a).ziekteperiodes
    assert len(perioden) == 2
    # the database itself refuses an overlap written past the service
    with pytest.raises(DBAPIError):  # SQLite: a trigger; PostgreSQL: an exclusion constraint
        with w.db.engine.begin() as c:
            c.execute(text("INSERT INTO ziekteperiode (dossier_id, van, tot_en_met, hervatting_percentage) "
                           "VALUES (:d, :v, NULL, 0)"), {"d": w.dossier_a, "v": D(2026, 4, 1)})


# ---- 4. PostgreSQL parity ------------------------------------------------------------------------------------

@pytest.mark.parametrize("wat,doe,melding", [
    ("lang dossier-id", lambda w: w.service.lees_dossier(w.gebruikers["werkgever"], "d" * 40), "hoogstens 32 tekens"),
    ("lang gebruikers-id", lambda w: w.service.lees_dossier("g" * 40, w.dossier_a), "hoogstens 32 tekens"),
    ("NUL in id", lambda w: w.service.lees_dossier(w.gebruikers["werkgever"], "ab\x00cd"), "tekens die niet in een id"),
    ("lange naam", lambda w: w.service.registreer_werknemer(w.beheerder, w.werkgever_a, "N" * 201), "hoogstens 200"),
    ("NUL in naam", lambda w: w.service.registreer_werknemer(w.beheerder, w.werkgever_a, "Jan\x00"), "NUL"),
    ("lang document", lambda w: w.service.leg_stap_vast(w.gebruikers["casemanager"], w.dossier_a, StapGedaan(
        "evaluatie", D(2026, 3, 2), "Carla", document="x" * 501)), "hoogstens 500"),
    ("NUL in medische tekst", lambda w: w.service.leg_medisch_vast(w.gebruikers["bedrijfsarts"], w.dossier_a,
                                                                   MedischeAantekening(D(2026, 3, 2), "Dr", diagnose="a\x00")),
     "NUL"),
])
def test_te_lang_en_nul_bytes_een_nederlandse_regel_en_gelogd(wereld, wat, doe, melding):
    w = wereld
    voor = len(_log(w))
    with pytest.raises(DossierFout) as e:
        doe(w)
    assert melding in str(e.value) and "\n" not in str(e.value)
    nieuw = _log(w)[voor:]
    assert len(nieuw) == 1 and nieuw[0].toegestaan is False, wat
    assert "\x00" not in str(nieuw[0])


def test_vastgehouden_slot_geeft_een_nederlandse_regel(wereld, database_url, monkeypatch):
    """A transaction that holds the case's lock too long: the next writer gets one Dutch line after
    the lock timeout, instead of hanging."""
    monkeypatch.setenv("SPOORZOEKER_SLOT_WACHTTIJD_MS", "300")
    w = wereld
    db2 = open_database(database_url)
    houder = db2.engine.connect()
    try:
        if houder.dialect.name == "postgresql":
            houder.execute(text("SELECT pg_advisory_lock(7513, hashtext(:k))"), {"k": w.dossier_a})
        else:
            houder.begin()  # BEGIN IMMEDIATE: holds SQLite's write lock
        db3 = open_database(database_url) if houder.dialect.name == "postgresql" else None
        s = voor_database(db3 or w.db).dossiers()
        begin = dt.datetime.now()
        with pytest.raises(DossierFout, match="even bezig"):
            s.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
        assert (dt.datetime.now() - begin).total_seconds() < 10
        if db3:
            db3.sluit()
    finally:
        if houder.dialect.name == "postgresql":
            houder.execute(text("SELECT pg_advisory_unlock_all()"))
        else:
            houder.rollback()
        houder.close()
        db2.sluit()


def test_postgres_toepassingsrol_kan_het_log_niet_wijzigen(wereld, database_url):
    """The application's own PostgreSQL role: not a superuser; on the log only SELECT and INSERT. Even
    with the application taken over, the log cannot be edited, wiped or its triggers switched off."""
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL roles")
    w = wereld
    with _app_rol(w, database_url) as url:
        app_db = open_database(url)  # at head: no migration to run; the triggers are all there
        try:
            voor_database(app_db).dossiers().lees_dossier(w.gebruikers["werkgever"], w.dossier_a)  # normal work goes on
            assert app_db.controleer_log().in_orde
            for sql in ("UPDATE toegangslog SET gebruiker_naam = 'x'", "DELETE FROM toegangslog",
                        "TRUNCATE toegangslog", "ALTER TABLE toegangslog DISABLE TRIGGER USER",
                        "DROP TRIGGER toegangslog_geen_wijziging ON toegangslog", "DELETE FROM logzegel"):
                with pytest.raises(Exception, match="permission denied|must be owner|rechten|eigenaar"):
                    with app_db.engine.begin() as c:
                        c.execute(text(sql))
            with app_db.engine.connect() as c:
                assert c.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar() is False
        finally:
            app_db.sluit()


def test_de_app_rol_van_voor_de_ketenkoppen_blijft_werken(wereld, database_url):
    """A deployment whose application role was made before the chain-heads table (migration 0007) keeps
    working after the upgrade: the migration grants the table to the roles that may append to the log."""
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL roles")
    from alembic import command

    from spoorzoeker.storage.database import alembic_config, migreer

    w = wereld
    with _app_rol(w, database_url) as url:
        cfg = alembic_config()
        with w.db.engine.begin() as c:  # back to the schema before the chain heads, as an older deployment has it
            cfg.attributes["connection"] = c
            command.downgrade(cfg, "0006")
        migreer(w.db.engine)  # what the next start-up does (as the owner)
        app_db = open_database(url)
        try:
            voor_database(app_db).dossiers().lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
            with app_db.opslag() as uow:
                _, koppen, aantal = uow.zegel_stand()
                assert aantal == len(uow.log_regels()) and koppen
            z = app_db.verzegel()  # the role marks the heads it sealed (migration 0008's column)
            assert z.koppen == koppen
            with app_db.opslag() as uow:
                assert uow.zegel_stand()[1] == {}
        finally:
            app_db.sluit()


@contextlib.contextmanager
def _app_rol(w, database_url: str):
    """A fresh application role (``maak_app_rol``) on the test database; yields its database URL and
    drops the role afterwards."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from spoorzoeker.storage.pgrol import maak_app_rol

    rol = "app_" + uuid.uuid4().hex[:10]
    maak_app_rol(w.db.engine, rol, "een-wachtwoord-voor-de-test")
    try:
        yield make_url(database_url).set(username=rol).render_as_string(hide_password=False)
    finally:
        eigenaar = create_engine(database_url)
        with eigenaar.begin() as c:
            c.execute(text(f'DROP OWNED BY "{rol}"'))
            c.execute(text(f'DROP ROLE "{rol}"'))
        eigenaar.dispose()
