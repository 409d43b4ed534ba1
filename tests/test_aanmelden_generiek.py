"""Log-in failures that tell an attacker nothing (review 4, findings 5 and 6; OWASP ASVS 5.0 6.3.8, the
old 2.2 "generic messages"): a right password without its TOTP code fails like a wrong password; an
unknown inlognaam is locked out like a known one, with the same message and the same password-hash work;
a lock does not grow while it lasts and does not come back after one more wrong try; and the limit per
source counts failed attempts only. The clock is a test clock: the times are exact."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlparse

import pyotp
import pytest
from geheugenhulp import Klok, db, wereld  # noqa: F401 - fixtures (the in-memory store)

from spoorzoeker.cases import Rol
from spoorzoeker.cases import aanmelden as aanmeldmodule
from spoorzoeker.cases.aanmelden import BLOKKADE, MAX_PER_BRON, MAX_POGINGEN, AanmeldFout
from spoorzoeker.samenstelling import voor_database

WACHTWOORD = "paard-batterij-niet-raden"
MISLUKT = "Inlognaam, wachtwoord of code klopt niet."


@pytest.fixture
def klok():
    return Klok(dt.datetime(2026, 11, 30, 6, 21, tzinfo=dt.UTC))


@pytest.fixture
def aan(wereld, klok):
    return voor_database(wereld.db, klok=klok).aanmelden()


@pytest.fixture
def arts(wereld, aan, klok):
    """A bedrijfsarts with a confirmed second factor; returns the TOTP of his app."""
    w = wereld
    gid = w.service.registreer_gebruiker(w.beheerder, "Dr. Bakker", Rol.BEDRIJFSARTS, [w.werkgever_a],
                                         inlognaam="dr.bakker", big_nummer="39012345601")
    w.service.keur_gebruiker_goed(w.beheerder2, gid)
    aan.stel_wachtwoord_in(None, gid, WACHTWOORD)
    totp = pyotp.TOTP(parse_qs(urlparse(aan.begin_totp(gid)).query)["secret"][0])
    aan.bevestig_totp(gid, totp.at(klok.nu))
    klok.verder(seconds=60)  # past the confirming code
    return totp


def _fout(f, *args, **kw) -> str:
    with pytest.raises(AanmeldFout) as e:
        f(*args, **kw)
    return str(e.value)


def _fout_code(totp, klok) -> str:
    goed = totp.at(klok.nu)
    return "000000" if goed != "000000" else "111111"


def _wim(w, aan) -> str:
    """An employer's account 'wim' with ``WACHTWOORD``; returns its id."""
    gid = w.service.registreer_gebruiker(w.beheerder, "Wim", Rol.WERKGEVER, [w.werkgever_a], inlognaam="wim")
    aan.stel_wachtwoord_in(None, gid, WACHTWOORD)
    return gid


def _blokkeer(aan, *namen: str) -> None:
    """As many wrong passwords for each name as lock an account."""
    for naam in namen:
        for _ in range(MAX_POGINGEN):
            _fout(aan.meld_aan, naam, "verkeerd-wachtwoord-12")


def test_juist_wachtwoord_zonder_of_met_foute_code_zegt_niet_meer_dan_een_fout_wachtwoord(aan, arts, klok):
    meldingen = {
        "fout wachtwoord, geen code": _fout(aan.meld_aan, "dr.bakker", "verkeerd-wachtwoord-12"),
        "goed wachtwoord, geen code": _fout(aan.meld_aan, "dr.bakker", WACHTWOORD),
        "goed wachtwoord, foute code": _fout(aan.meld_aan, "dr.bakker", WACHTWOORD, _fout_code(arts, klok)),
        "onbekende naam": _fout(aan.meld_aan, "dr.niemand", WACHTWOORD),
    }
    assert set(meldingen.values()) == {MISLUKT}, meldingen
    assert aan.meld_aan("dr.bakker", WACHTWOORD, arts.at(klok.nu)).rol == "bedrijfsarts"


def test_juist_wachtwoord_zonder_code_telt_als_mislukte_poging(aan, arts):
    """Otherwise five tries without a code would tell, by the missing lock-out, that the password is right."""
    for _ in range(MAX_POGINGEN):
        assert _fout(aan.meld_aan, "dr.bakker", WACHTWOORD) == MISLUKT
    assert "geblokkeerd" in _fout(aan.meld_aan, "dr.bakker", WACHTWOORD)


def test_onbekende_naam_wordt_net_zo_geblokkeerd_als_een_bekende(wereld, aan, klok):
    """At 06:21 UTC on 30 November 2026 both are locked for 15 minutes, until 06:36 UTC, which is 07:36 in
    the Netherlands (CET, UTC+1): the message gives the Dutch time."""
    w = wereld
    gid = _wim(w, aan)
    for naam in ("wim", "wie.bestaat.niet"):
        for _ in range(MAX_POGINGEN):
            assert _fout(aan.meld_aan, naam, "verkeerd-wachtwoord-12") == MISLUKT
    bekend = _fout(aan.meld_aan, "wim", WACHTWOORD)
    onbekend = _fout(aan.meld_aan, "wie.bestaat.niet", WACHTWOORD)
    assert bekend == onbekend == ("Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen; probeer het "
                                  "na 07:36 opnieuw.")
    klok.verder(minutes=15, seconds=1)  # both locks passed
    assert aan.meld_aan("wim", WACHTWOORD).gebruiker_id == gid
    assert _fout(aan.meld_aan, "wie.bestaat.niet", "verkeerd-wachtwoord-12") == MISLUKT


def test_blokkade_groeit_niet_en_komt_niet_terug_na_een_enkele_foute_poging(wereld, aan, klok):
    w = wereld
    _wim(w, aan)
    _blokkeer(aan, "wim", "wie.bestaat.niet")
    klok.verder(minutes=10)
    for naam in ("wim", "wie.bestaat.niet"):  # tries while locked do not move the end (still 07:36)
        assert _fout(aan.meld_aan, naam, "verkeerd-wachtwoord-12").endswith("na 07:36 opnieuw.")
    klok.verder(seconds=BLOKKADE.total_seconds() - 10 * 60 + 1)
    for naam in ("wim", "wie.bestaat.niet"):
        # after the lock one wrong try is one failure of a new count, not a new lock ...
        assert _fout(aan.meld_aan, naam, "verkeerd-wachtwoord-12") == MISLUKT
        for _ in range(MAX_POGINGEN - 2):
            assert _fout(aan.meld_aan, naam, "verkeerd-wachtwoord-12") == MISLUKT
        # ... the fifth in a row locks again
        assert _fout(aan.meld_aan, naam, "verkeerd-wachtwoord-12") == MISLUKT
        assert "geblokkeerd" in _fout(aan.meld_aan, naam, "verkeerd-wachtwoord-12")


def test_elke_poging_doet_hetzelfde_wachtwoordwerk(wereld, aan, klok, monkeypatch):
    """Timing: a locked account, an unknown name and a wrong password each verify one argon2 hash."""
    w = wereld
    _wim(w, aan)
    _blokkeer(aan, "wim", "wie.bestaat.niet")
    tellingen = []
    echt = aanmeldmodule._verifieer
    monkeypatch.setattr(aanmeldmodule, "_verifieer", lambda h, ww: tellingen.append(1) or echt(h, ww))
    for naam in ("wim", "wie.bestaat.niet", "nog.een.onbekende"):  # locked, locked, not locked
        tellingen.clear()
        _fout(aan.meld_aan, naam, WACHTWOORD)
        assert len(tellingen) == 1, naam


def test_grens_per_bron_telt_alleen_mislukte_pogingen(wereld, aan):
    """An office behind one address: more successful log-ins than the limit, and still in; then the
    failures of that address are limited as before."""
    w = wereld
    gid = _wim(w, aan)
    for _ in range(MAX_PER_BRON + 5):
        assert aan.meld_aan("wim", WACHTWOORD, bron="10.0.0.5").gebruiker_id == gid
    for i in range(MAX_PER_BRON):
        assert _fout(aan.meld_aan, f"naam{i}", "verkeerd-wachtwoord-12", bron="10.0.0.5") == MISLUKT
    assert _fout(aan.meld_aan, "wim", WACHTWOORD, bron="10.0.0.5").startswith("Te veel pogingen")
    assert aan.meld_aan("wim", WACHTWOORD, bron="10.0.0.6").gebruiker_id == gid  # another address
