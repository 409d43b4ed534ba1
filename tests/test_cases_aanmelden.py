"""Logging in (cases.aanmelden) on the in-memory store: argon2id passwords, TOTP for every account
that can read health data, lock-out, sessions that end, and every attempt in the access log.
All people are invented; the clock is a test clock so that lock-out and expiry are exact."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlparse

import pyotp
import pytest
from geheugenhulp import Klok, db, wereld  # noqa: F401 - fixtures (the in-memory store)

from spoorzoeker.cases import Rol
from spoorzoeker.cases.aanmelden import (
    BLOKKADE,
    MAX_POGINGEN,
    SESSIE_INACTIEF,
    SESSIE_MAX,
    AanmeldFout,
    TotpInstellenNodig,
)
from spoorzoeker.cases.model import DossierFout, GeenToegang
from spoorzoeker.samenstelling import voor_database

WACHTWOORD = "paard-batterij-niet-raden"


@pytest.fixture
def klok():
    return Klok(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def aan(wereld, klok):
    return voor_database(wereld.db, klok=klok).aanmelden()


def _account(w, naam: str, rol: Rol, **kw) -> str:
    gid = w.service.registreer_gebruiker(w.beheerder, naam.title(), rol, inlognaam=naam, **kw)
    return gid


def _totp_geheim(uri: str) -> str:
    return parse_qs(urlparse(uri).query)["secret"][0]


def _log(w):
    with w.db.opslag() as uow:
        return uow.log_regels()


def test_inloggen_met_wachtwoord_en_uitloggen(wereld, aan, klok):
    w = wereld
    wg = _account(w, "Wim.Werkgever", Rol.WERKGEVER, werkgever_ids=[w.werkgever_a])
    aan.stel_wachtwoord_in(None, wg, WACHTWOORD)
    sessie = aan.meld_aan("  wim.WERKGEVER ", WACHTWOORD, bron="127.0.0.1")  # case-insensitive
    assert sessie.gebruiker_id == wg and sessie.rol == "werkgever"
    assert sessie.verloopt_om == klok.nu + SESSIE_INACTIEF
    assert aan.controleer_sessie(sessie.token).gebruiker_id == wg
    aan.meld_af(sessie.token)
    with pytest.raises(AanmeldFout):
        aan.controleer_sessie(sessie.token)
    soorten = [(r.operatie, r.toegestaan) for r in _log(w) if r.gebruiker_id == wg]
    assert ("aanmelden", True) in soorten and ("afmelden", True) in soorten


def test_het_wachtwoord_staat_alleen_als_argon2id_hash_in_de_database(wereld, aan):
    w = wereld
    wg = _account(w, "wim", Rol.WERKGEVER, werkgever_ids=[w.werkgever_a])
    aan.stel_wachtwoord_in(None, wg, WACHTWOORD)
    with w.db.opslag() as uow:
        account = uow.account(wg)
    assert account.wachtwoord_hash.startswith("$argon2id$")
    assert WACHTWOORD not in account.wachtwoord_hash
    # the first password only once without a beheerder: nobody can take over a set-up account
    with pytest.raises(AanmeldFout):
        aan.stel_wachtwoord_in(None, wg, "een-ander-wachtwoord")


@pytest.mark.parametrize("slecht", ["kort", "a" * 20, "x" * 129, "wim-geheim-1234", "goed\x00wachtwoord12"])
def test_zwakke_wachtwoorden_worden_geweigerd(wereld, aan, slecht):
    w = wereld
    wg = _account(w, "wim", Rol.WERKGEVER, werkgever_ids=[w.werkgever_a])
    with pytest.raises(AanmeldFout) as e:
        aan.stel_wachtwoord_in(None, wg, slecht)
    assert e.value.veld == "wachtwoord" and "\n" not in str(e.value)


def test_fout_wachtwoord_en_onbekende_naam_geven_dezelfde_melding_en_worden_gelogd(wereld, aan):
    w = wereld
    wg = _account(w, "wim", Rol.WERKGEVER, werkgever_ids=[w.werkgever_a])
    aan.stel_wachtwoord_in(None, wg, WACHTWOORD)
    with pytest.raises(AanmeldFout) as fout1:
        aan.meld_aan("wim", "verkeerd-wachtwoord")
    with pytest.raises(AanmeldFout) as fout2:
        aan.meld_aan("niemand", WACHTWOORD)
    assert str(fout1.value) == str(fout2.value) == "Inlognaam, wachtwoord of code klopt niet."
    laatste = _log(w)[-2:]
    assert [(r.gebruiker_id, r.operatie, r.toegestaan) for r in laatste] == [
        (wg, "aanmelden", False), ("onbekend", "aanmelden", False)]
    # the typed name and password are never logged
    assert all("verkeerd" not in str(r) and "niemand" not in str(r) for r in laatste)


def test_blokkade_na_te_veel_pogingen_en_weer_open_na_de_blokkadetijd(wereld, aan, klok):
    w = wereld
    wg = _account(w, "wim", Rol.WERKGEVER, werkgever_ids=[w.werkgever_a])
    aan.stel_wachtwoord_in(None, wg, WACHTWOORD)
    for _ in range(MAX_POGINGEN):
        with pytest.raises(AanmeldFout):
            aan.meld_aan("wim", "fout-fout-fout-fout")
    with pytest.raises(AanmeldFout, match="geblokkeerd"):
        aan.meld_aan("wim", WACHTWOORD)  # even the right password: locked
    klok.verder(seconds=BLOKKADE.total_seconds() - 1)
    with pytest.raises(AanmeldFout, match="geblokkeerd"):
        aan.meld_aan("wim", WACHTWOORD)
    klok.verder(seconds=2)
    assert aan.meld_aan("wim", WACHTWOORD).gebruiker_id == wg
    assert ("account_geblokkeerd", False) in [(r.operatie, r.toegestaan) for r in _log(w) if r.gebruiker_id == wg]


def test_snelheidsgrens_per_bron(wereld, aan):
    from spoorzoeker.cases.aanmelden import MAX_PER_BRON

    for i in range(MAX_PER_BRON):
        with pytest.raises(AanmeldFout, match="klopt niet"):
            aan.meld_aan(f"naam{i}", "iets-verkeerds-123")  # a different name each time: no lock-out helps
    with pytest.raises(AanmeldFout, match="klopt niet"):
        aan.meld_aan("naam-x", "iets-verkeerds-123")  # no source given: only the per-account lock-out applies
    # with a source it is limited
    for i in range(MAX_PER_BRON):
        with pytest.raises(AanmeldFout, match="klopt niet"):
            aan.meld_aan(f"naam{i}", "iets-verkeerds-123", bron="10.0.0.9")
    with pytest.raises(AanmeldFout, match="Te veel pogingen"):
        aan.meld_aan("naam-y", "iets-verkeerds-123", bron="10.0.0.9")


def test_medische_rol_vraagt_totp_en_een_code_werkt_maar_een_keer(wereld, aan, klok):
    w = wereld
    arts = _account(w, "dr.bakker", Rol.BEDRIJFSARTS, werkgever_ids=[w.werkgever_a], big_nummer="39012345601")
    w.service.keur_gebruiker_goed(w.beheerder2, arts)
    aan.stel_wachtwoord_in(None, arts, WACHTWOORD)
    with pytest.raises(TotpInstellenNodig) as nodig:
        aan.meld_aan("dr.bakker", WACHTWOORD)
    assert nodig.value.gebruiker_id == arts
    uri = aan.begin_totp(arts)
    assert uri.startswith("otpauth://totp/") and "Spoorzoeker" in uri
    totp = pyotp.TOTP(_totp_geheim(uri))
    with pytest.raises(AanmeldFout):
        aan.bevestig_totp(arts, "000000" if totp.at(klok.nu) != "000000" else "111111")
    aan.bevestig_totp(arts, totp.at(klok.nu))
    with pytest.raises(AanmeldFout):  # a confirmed secret is not replaced without a beheerder
        aan.begin_totp(arts)
    with pytest.raises(AanmeldFout, match="^Inlognaam, wachtwoord of code klopt niet.$"):  # no code: generic
        aan.meld_aan("dr.bakker", WACHTWOORD)
    sessie = aan.meld_aan("dr.bakker", WACHTWOORD, totp.at(klok.nu))  # the confirming code logs in once ...
    assert sessie.rol == "bedrijfsarts"
    with pytest.raises(AanmeldFout, match="klopt niet"):  # ... and never again: no replay
        aan.meld_aan("dr.bakker", WACHTWOORD, totp.at(klok.nu))
    klok.verder(seconds=30)
    assert aan.meld_aan("dr.bakker", WACHTWOORD, totp.at(klok.nu)).gebruiker_id == arts
    # that the secret is encrypted at rest is a storage matter: test_storage_sql_alleen.py


def test_werknemer_en_beheerder_hebben_ook_totp_nodig(wereld, aan):
    """The employee may read his own medical part; the beheerder approves medical accounts."""
    w = wereld
    wn = _account(w, "jan", Rol.WERKNEMER, werknemer_id=w.werknemer_a)
    beh = _account(w, "bea2", Rol.BEHEERDER)
    for gid, naam in ((wn, "jan"), (beh, "bea2")):
        aan.stel_wachtwoord_in(None, gid, WACHTWOORD)
        with pytest.raises(TotpInstellenNodig):
            aan.meld_aan(naam, WACHTWOORD)


def test_sessie_verloopt_na_inactiviteit_en_na_maximale_duur(wereld, aan, klok):
    w = wereld
    wg = _account(w, "wim", Rol.WERKGEVER, werkgever_ids=[w.werkgever_a])
    aan.stel_wachtwoord_in(None, wg, WACHTWOORD)
    s = aan.meld_aan("wim", WACHTWOORD)
    klok.verder(seconds=SESSIE_INACTIEF.total_seconds() + 1)
    with pytest.raises(AanmeldFout):
        aan.controleer_sessie(s.token)
    s = aan.meld_aan("wim", WACHTWOORD)
    stappen = int(SESSIE_MAX / (SESSIE_INACTIEF / 2))  # used every 15 minutes: never idle ...
    for _ in range(stappen - 1):
        klok.verder(seconds=SESSIE_INACTIEF.total_seconds() / 2)
        aan.controleer_sessie(s.token)
    klok.verder(seconds=SESSIE_INACTIEF.total_seconds() / 2)
    with pytest.raises(AanmeldFout):  # ... but ended after the maximum
        aan.controleer_sessie(s.token)


def test_ingetrokken_account_kan_niet_inloggen_en_sessies_eindigen(wereld, aan):
    w = wereld
    wg = _account(w, "wim", Rol.WERKGEVER, werkgever_ids=[w.werkgever_a])
    aan.stel_wachtwoord_in(None, wg, WACHTWOORD)
    s = aan.meld_aan("wim", WACHTWOORD)
    w.service.trek_gebruiker_in(w.beheerder, wg)
    with pytest.raises(AanmeldFout):
        aan.controleer_sessie(s.token)
    with pytest.raises(AanmeldFout, match="ingetrokken"):
        aan.meld_aan("wim", WACHTWOORD)
    with pytest.raises(GeenToegang):
        w.service.lees_dossier(wg, w.dossier_a)


def test_medisch_account_pas_actief_na_tweede_beheerder(wereld):
    w = wereld
    s = w.service
    arts = s.registreer_gebruiker(w.beheerder, "Dr Anna Arts1", Rol.BEDRIJFSARTS, [w.werkgever_a],
                                  big_nummer="49012345601")
    with pytest.raises(GeenToegang):
        s.lees_medisch(arts, w.dossier_a)
    with pytest.raises(DossierFout, match="tweede beheerder"):
        s.keur_gebruiker_goed(w.beheerder, arts)  # not the one who created it
    s.keur_gebruiker_goed(w.beheerder2, arts)
    s.lees_medisch(arts, w.dossier_a)
    with pytest.raises(DossierFout, match="BIG"):
        s.registreer_gebruiker(w.beheerder, "Dr Zonder", Rol.BEDRIJFSARTS, [w.werkgever_a])
    with pytest.raises(DossierFout, match="BIG"):
        s.registreer_gebruiker(w.beheerder, "Dr Fout", Rol.BEDRIJFSARTS, [w.werkgever_a], big_nummer="1234")


def test_inlognaam_is_uniek_ongeacht_hoofdletters(wereld):
    w = wereld
    _account(w, "Carla", Rol.CASEMANAGER, werkgever_ids=[w.werkgever_a])
    with pytest.raises(DossierFout, match="al in gebruik"):
        _account(w, "CARLA", Rol.CASEMANAGER, werkgever_ids=[w.werkgever_a])


def test_snelheidsgrens_gedeeld_over_processen(wereld):
    """Two server processes (two services on one store) share the count per source: together a source gets
    MAX_PER_BRON failed attempts per window, whichever process each one reaches (the counts are in the
    store, migration 0009; see test_aanmelden_gedeeld.py for SQLite and PostgreSQL)."""
    from spoorzoeker.cases.aanmelden import MAX_PER_BRON, AanmeldService

    a = AanmeldService(wereld.db.opslag)
    b = AanmeldService(wereld.db.opslag)
    for i in range(MAX_PER_BRON):  # 30 failures, by turns
        with pytest.raises(AanmeldFout, match="klopt niet"):
            (a if i % 2 else b).meld_aan(f"naam{i}", "iets-verkeerds-123", bron="10.0.0.7")
    for proces in (a, b):
        with pytest.raises(AanmeldFout, match="Te veel pogingen"):
            proces.meld_aan("naam-z", "iets-verkeerds-123", bron="10.0.0.7")


