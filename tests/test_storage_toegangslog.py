"""The NEN 7513 access log: every read and write recorded (what, when, which case, which user,
on whose behalf), append-only, tamper-evident; and the employee's "wie heeft mijn dossier geopend".
Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from dossierhulp import database_url, db, wereld  # noqa: F401 - fixtures
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from spoorzoeker.cases import GeenToegang, MedischeAantekening
from spoorzoeker.cases.model import StapGedaan


def _log(w):
    with w.db.opslag() as uow:
        return uow.log_regels()


def test_lezen_en_schrijven_worden_gelogd(wereld):
    w = wereld
    s, wg = w.service, w.gebruikers["werkgever"]
    voor = len(_log(w))
    s.leg_stap_vast(wg, w.dossier_a, StapGedaan("probleemanalyse", dt.date(2026, 2, 9), "Wim"))
    s.lees_dossier(wg, w.dossier_a)
    s.leg_medisch_vast(w.gebruikers["casemanager_taakdelegatie"], w.dossier_a,
                       MedischeAantekening(dt.date(2026, 2, 9), "Dirk", medische_notitie="gesprek"))
    nieuw = _log(w)[voor:]
    assert [(r.operatie, r.soort, r.toegestaan) for r in nieuw] == [
        ("stap_vastleggen", "schrijven", True), ("dossier_lezen", "lezen", True),
        ("medisch_vastleggen", "schrijven", True)]
    for r in nieuw:
        assert r.dossier_id == w.dossier_a and r.werknemer_id == w.werknemer_a
        assert r.tijdstip.endswith("Z")  # UTC (ASVS 16.2.2)
    assert nieuw[0].gebruiker_id == wg and nieuw[0].gebruiker_naam == "Wim Werkgever" and nieuw[0].namens_id is None
    # taakdelegatie: on whose behalf
    assert nieuw[2].rol == "casemanager_taakdelegatie"
    assert (nieuw[2].namens_id, nieuw[2].namens_naam) == (w.ba, "Dr. Anna Arts")


def test_weigering_wordt_gelogd(wereld):
    w = wereld
    with pytest.raises(GeenToegang):
        w.service.lees_dossier(w.werkgever_b_gebruiker, w.dossier_a)
    with pytest.raises(GeenToegang):
        w.service.lees_dossier("bestaat-niet", w.dossier_a)
    laatste = _log(w)[-2:]
    assert [(r.gebruiker_id, r.toegestaan, r.dossier_id) for r in laatste] == [
        (w.werkgever_b_gebruiker, False, w.dossier_a), ("bestaat-niet", False, w.dossier_a)]


def test_wie_heeft_mijn_dossier_geopend(wereld):
    w = wereld
    s, jan = w.service, w.gebruikers["werknemer"]
    s.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
    s.lees_medisch(w.gebruikers["casemanager_taakdelegatie"], w.dossier_a)
    s.lees_dossier(jan, w.dossier_a)                       # his own reads are not listed
    with pytest.raises(GeenToegang):
        s.lees_medisch(w.gebruikers["werkgever"], w.dossier_a)  # refused: he sees the attempt, marked so
    s.lees_dossier(w.gebruikers["casemanager"], w.dossier_b)  # another person's case
    inzage = s.wie_opende_mijn_dossier(jan, w.dossier_a)
    assert [(i.wie, i.rol, i.namens, i.handeling, i.toegestaan) for i in inzage] == [
        ("Wim Werkgever", "werkgever", None, "dossier_aanmaken", True),
        ("Wim Werkgever", "werkgever", None, "dossier_lezen", True),
        ("Dirk Delegatie", "casemanager_taakdelegatie", "Dr. Anna Arts", "medisch_lezen", True),
        ("Wim Werkgever", "werkgever", None, "medisch_lezen", False),
    ]
    vandaag = dt.datetime.now(dt.UTC).date()
    assert s.wie_opende_mijn_dossier(jan, w.dossier_a, van=vandaag + dt.timedelta(days=1)) == []
    assert len(s.wie_opende_mijn_dossier(jan, w.dossier_a, van=vandaag - dt.timedelta(days=1),
                                         tot_en_met=vandaag + dt.timedelta(days=1))) == 4
    # the employee of B cannot list A's file
    with pytest.raises(GeenToegang):
        s.wie_opende_mijn_dossier(w.werknemer_b_gebruiker, w.dossier_a)


def test_keten_klopt_en_controle_wordt_gelogd(wereld):
    w = wereld
    uitslag = w.service.controleer_toegangslog(w.beheerder)
    assert uitslag.in_orde and uitslag.aantal == len(_log(w)) and not uitslag.fouten
    with pytest.raises(GeenToegang):
        w.service.controleer_toegangslog(w.gebruikers["werkgever"])
    assert w.db.controleer_log().in_orde


def test_wijzigen_en_verwijderen_geweigerd_door_de_database(wereld):
    """Triggers make the log append-only even for the application's own connection."""
    w = wereld
    for sql in ("UPDATE toegangslog SET gebruiker_naam = 'iemand anders' WHERE volgnummer = 2",
                "DELETE FROM toegangslog WHERE volgnummer = 2"):
        with pytest.raises(DBAPIError, match="alleen-toevoegen"):
            with w.db.engine.begin() as c:
                c.execute(text(sql))
    assert w.db.controleer_log().in_orde


def _zonder_triggers(w, sql: str, **params):
    """What an attacker with database rights (but without the key file) could do: switch the
    triggers off, then edit. The triggers come back at the next start-up."""
    with w.db.engine.begin() as c:
        if c.dialect.name == "postgresql":
            c.execute(text("ALTER TABLE toegangslog DISABLE TRIGGER USER"))
            c.execute(text(sql), params)
            c.execute(text("ALTER TABLE toegangslog ENABLE TRIGGER USER"))
        else:
            c.execute(text("DROP TRIGGER toegangslog_geen_update"))
            c.execute(text("DROP TRIGGER toegangslog_geen_delete"))
            c.execute(text(sql), params)
            from spoorzoeker.storage import logbeveiliging
            logbeveiliging.herstel(c)


def _regel(w, dossier=None, nummer=None):
    regels = [r for r in _log(w) if dossier is None or r.dossier_id == dossier]
    return regels[nummer - 1] if nummer else regels[-1]


def test_gewijzigde_regel_wordt_ontdekt(wereld):
    w = wereld
    r = _regel(w, w.dossier_a, 1)
    _zonder_triggers(w, "UPDATE toegangslog SET gebruiker_naam = 'iemand anders' WHERE volgnummer = :n", n=r.volgnummer)
    uitslag = w.db.controleer_log()
    assert not uitslag.in_orde
    assert f"Regel 1 van de keten van dossier {w.dossier_a} is vervalst of gewijzigd (handtekening klopt niet)." \
        in uitslag.fouten


def test_gewijzigde_regel_met_herberekende_hash_wordt_ontdekt(wereld):
    """Re-computing a plain SHA-256 over the edited record does not help: the signature needs the key."""
    import dataclasses
    import hashlib

    from spoorzoeker.cases.logboek import inhoud
    w = wereld
    r = _regel(w, w.dossier_a, 1)
    vals = dataclasses.replace(r, toegestaan=not r.toegestaan)
    _zonder_triggers(w, "UPDATE toegangslog SET toegestaan = :t, hash = :h WHERE volgnummer = :n",
                     t=vals.toegestaan, h=hashlib.sha256(inhoud(vals).encode()).hexdigest(), n=r.volgnummer)
    fouten = w.db.controleer_log().fouten
    assert any("Regel 1 van de keten van dossier" in f and "vervalst" in f for f in fouten)


def test_verwijderde_regel_wordt_ontdekt(wereld):
    w = wereld
    w.service.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
    w.service.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
    r = _regel(w, w.dossier_a, 1)
    _zonder_triggers(w, "DELETE FROM toegangslog WHERE volgnummer = :n", n=r.volgnummer)
    uitslag = w.db.controleer_log()
    assert not uitslag.in_orde
    assert f"In de keten van dossier {w.dossier_a} ontbreekt regel 1 (volgende is 2)." in uitslag.fouten


def test_verwijderde_laatste_regels_ontdekt_met_controlepunt_en_bewaarde_kop(wereld):
    """Cutting off the end leaves a valid shorter chain; the sealed checkpoint (in the database and in
    the anchor file outside it) and a head kept elsewhere find it."""
    w = wereld
    kop = w.db.controleer_log().kop_hash
    r = _regel(w, w.dossier_a)
    _zonder_triggers(w, "DELETE FROM toegangslog WHERE volgnummer = :n", n=r.volgnummer)
    uitslag = w.db.controleer_log(verwachte_kop=kop)
    assert not uitslag.in_orde
    assert any("ontbreekt of is anders" in f for f in uitslag.fouten)
    assert any(f"De bewaarde kop {kop}" in f or "Bewaarde kop" in f for f in uitslag.fouten) or \
        any("controlepunt" in f.lower() for f in uitslag.fouten)


def test_gelijktijdige_schrijvers_houden_een_keten(wereld):
    """Several threads logging on one case at once: one linear chain, no gaps or forks."""
    w = wereld
    fouten = []

    def werk(gid):
        try:
            for _ in range(10):
                w.service.lees_dossier(gid, w.dossier_a)
        except Exception as e:  # pragma: no cover - reported below
            fouten.append(e)

    draden = [threading.Thread(target=werk, args=(w.gebruikers[r],))
              for r in ("werkgever", "casemanager", "bedrijfsarts", "arbeidsdeskundige")]
    for d in draden:
        d.start()
    for d in draden:
        d.join(timeout=60)
    assert not fouten
    uitslag = w.db.controleer_log()
    assert uitslag.in_orde, uitslag.fouten


def test_controlepunt_uit_een_leestransactie(wereld):
    """A checkpoint is read in a read transaction (no write lock while the whole log's index is read)
    and written after: it must follow the checkpoint it was read after, else nothing is sealed."""
    w = wereld
    w.service.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
    with w.db.lees_opslag() as lezen:
        stand = lezen.zegel_stand()
    vorige, koppen, aantal = stand
    assert aantal == len(_log(w)) and koppen  # every chain's head, every record counted
    eerder = w.db.verzegel()                   # another checkpoint meanwhile
    assert eerder.nummer == (vorige.nummer + 1 if vorige else 1)
    with w.db.opslag() as uow:
        assert uow.verzegel(stand) is None      # read before that checkpoint: not sealed
    z = w.db.verzegel()
    assert z.nummer == eerder.nummer + 1 and z.vorige_hash == eerder.hash
    assert w.db.controleer_log(verzegel=False).in_orde


def test_een_zegel_wacht_niet_op_het_verzoek_dat_hem_nodig_maakt(wereld, monkeypatch):
    """When enough records make a checkpoint due, the read that wrote the last one returns without waiting
    for it (the seal runs in its own thread; its record is on disk already), and the checkpoint follows."""
    from spoorzoeker.storage import opslag

    w = wereld
    monkeypatch.setattr(opslag, "ZEGEL_NA_REGELS", 3)
    vrij, begonnen = threading.Event(), threading.Event()
    echt = w.db.verzegel

    def langzaam(stil=False):
        begonnen.set()
        assert vrij.wait(10)
        return echt(stil=stil)

    monkeypatch.setattr(w.db, "verzegel", langzaam)
    with w.db.opslag() as uow:
        voor = len(uow.zegels())
    for _ in range(3):
        w.service.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)  # returns while the seal waits
    assert begonnen.wait(10)
    with w.db.opslag() as uow:
        assert len(uow.zegels()) == voor  # not sealed yet, yet every read was answered
    vrij.set()
    w.db.wacht_op_zegel()
    with w.db.opslag() as uow:
        zegels = uow.zegels()
    assert len(zegels) == voor + 1 and zegels[-1].aantal == len(_log(w))


def test_de_koppen_van_de_ketens_volgen_het_log(wereld):
    """The chain heads kept with every append are exactly the newest record of each chain, and the sum of
    their numbers is the number of records (chains count 1, 2, 3, ...): what a checkpoint seals is what the
    log holds, without reading the whole log. (Before the first checkpoint every head is unsealed.)"""
    w = wereld
    s = w.service
    with w.db.engine.begin() as c:  # as if no checkpoint was ever made
        c.execute(text("UPDATE logkop SET gezegeld = FALSE"))
    for _ in range(2):
        s.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
        s.lees_dossier(w.werkgever_b_gebruiker, w.dossier_b)
    with w.db.opslag() as uow:
        regels = uow.log_regels()
        _, koppen, aantal = uow.zegel_stand()
    nieuwste: dict[str, tuple[int, str]] = {}
    for r in regels:
        if r.keten not in nieuwste or r.ketennummer > nieuwste[r.keten][0]:
            nieuwste[r.keten] = (r.ketennummer, r.hash)
    assert koppen == nieuwste
    assert aantal == len(regels)


def _nieuwste_koppen(regels) -> dict[str, tuple[int, str]]:
    nieuwste: dict[str, tuple[int, str]] = {}
    for r in regels:
        if r.keten not in nieuwste or r.ketennummer > nieuwste[r.keten][0]:
            nieuwste[r.keten] = (r.ketennummer, r.hash)
    return nieuwste


def test_een_controlepunt_zegelt_alleen_de_ketens_die_veranderden(wereld):
    """A checkpoint seals the heads of the chains that changed since the previous one, not every chain
    (a checkpoint would otherwise grow with the number of cases), and still counts every record."""
    w = wereld
    w.service.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
    w.service.lees_dossier(w.werkgever_b_gebruiker, w.dossier_b)
    w.db.verzegel()
    with w.db.opslag() as uow:
        voor = {r.volgnummer for r in uow.log_regels()}
    w.service.lees_dossier(w.werkgever_b_gebruiker, w.dossier_b)
    z = w.db.verzegel()
    with w.db.opslag() as uow:
        regels = uow.log_regels()
    veranderd = {r.keten for r in regels if r.volgnummer not in voor}
    assert w.dossier_b in veranderd and w.dossier_a not in veranderd
    assert set(z.koppen) == veranderd
    assert z.koppen == {k: v for k, v in _nieuwste_koppen(regels).items() if k in veranderd}
    assert z.aantal == len(regels)
    leeg = w.db.verzegel()  # nothing happened since: no heads, the same count
    assert leeg.koppen == {} and leeg.aantal == len(regels)
    assert w.db.controleer_log(verzegel=False).in_orde


def test_ingekorte_keten_die_het_laatste_controlepunt_niet_noemt_wordt_ontdekt(wereld):
    """Case A's chain was sealed by an earlier checkpoint; the last checkpoint only names case B's. Cutting
    off A's newest record is still found: the checkpoints up to the last together give every chain's head
    (and so does the anchor file's copy)."""
    w = wereld
    w.service.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
    w.db.verzegel()
    w.service.lees_dossier(w.werkgever_b_gebruiker, w.dossier_b)
    laatste = w.db.verzegel()
    assert w.dossier_a not in laatste.koppen and w.dossier_b in laatste.koppen
    r = _regel(w, w.dossier_a)
    _zonder_triggers(w, "DELETE FROM toegangslog WHERE volgnummer = :n", n=r.volgnummer)
    uitslag = w.db.controleer_log(verzegel=False)
    assert not uitslag.in_orde
    verwacht = (f"noemt regel {r.ketennummer} van de keten van dossier {w.dossier_a}, maar die regel ontbreekt "
                "of is anders")
    assert any(f.startswith("Controlepunt ") and verwacht in f for f in uitslag.fouten), uitslag.fouten
    assert any(f.startswith("Ankerbestand: controlepunt") and verwacht in f for f in uitslag.fouten), uitslag.fouten


def test_na_de_migratie_zegelt_het_eerste_controlepunt_alle_ketens(wereld):
    """A database from before migration 0008 (every checkpoint named every chain) has no record of which
    heads were sealed: after the upgrade the first checkpoint seals them all, and the log still checks out."""
    from alembic import command

    from spoorzoeker.storage.database import alembic_config, migreer

    w = wereld
    w.service.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
    w.service.lees_dossier(w.werkgever_b_gebruiker, w.dossier_b)
    w.db.verzegel()
    cfg = alembic_config()
    with w.db.engine.begin() as c:
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "0007")
    migreer(w.db.engine)
    z = w.db.verzegel()
    with w.db.opslag() as uow:
        regels = uow.log_regels()
    assert z.koppen == _nieuwste_koppen(regels) and z.aantal == len(regels)
    assert w.db.controleer_log(verzegel=False).in_orde
