"""Logging in: who you are, proven (OWASP ASVS 5.0 V6 authentication, V7 sessions; NEN 7510).

* Passwords are kept only as **argon2id** hashes (``argon2-cffi``) with OWASP's minimum profile for
  argon2id (19 MiB memory, 2 iterations, 1 lane; OWASP Password Storage Cheat Sheet). Hashes made
  with other settings are re-hashed at the next log-in.
* A **TOTP** second factor (RFC 6238, ``pyotp``) is required for every account that can see health
  data (the roles the policy table allows ``medisch_lezen``, a casemanager in taakdelegatie) and for
  the beheerder, who approves medical accounts. A code is accepted once (no replay).
* **Generic failures** (ASVS 5.0 6.3.8, the old 2.2 "generic messages"): a wrong password, an unknown
  inlognaam, and a missing or wrong TOTP code all get the same message, "Inlognaam, wachtwoord of code
  klopt niet.", and all count as a failed attempt, so the answer never says that the password was right.
  (Only an account that has no second factor yet, after the right password, is told to set one up: it
  has no other factor to protect it.)
* **Lock-out**: after ``MAX_POGINGEN`` failed attempts in a row an inlognaam is locked for ``BLOKKADE``.
  Attempts while it is locked are refused without counting, so the lock does not grow; when it has
  passed the count starts again (one wrong try every quarter of an hour no longer keeps an account
  locked). A count of failures in a row ends ``TELLER_GELDIG`` after its last failure. An **unknown
  inlognaam** goes the same way through the same code: the count is kept per name, whether the name exists
  or not, with the same message and the same password-hash work, so the lock-out does not tell whether a
  name exists.
* **Rate limit** per source (an IP address, or the operating-system user on the command line): at most
  ``MAX_PER_BRON`` *failed* attempts per ``BRON_VENSTER`` (a successful log-in does not count, so an office
  behind one address does not lock itself out).
* Both counts live in the **database** (migration 0009), so every server process sees the same counts;
  names and sources only as keyed hashes (storage hashes them with a key outside the database), and
  expired counts are removed at every failed attempt.
* **Sessions**: a random token (``secrets.token_urlsafe(32)``) that the database stores only as its
  SHA-256; it ends after ``SESSIE_INACTIEF`` without use and at most ``SESSIE_MAX`` after log-in, at
  log-out, and when the account or its password changes.
* Every attempt, successful or not, lands in the NEN 7513 access log (never the password or the
  inlognaam typed: ASVS 16.2.5).

The API (names fixed with the web application) is :class:`AanmeldService`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass

import pyotp
from argon2 import PasswordHasher
from argon2 import exceptions as argon2_fouten
from argon2.profiles import RFC_9106_LOW_MEMORY

from ..errors import SpoorzoekerFout
from .beleid import Operatie, Rol, mag
from .datumtekst import klok
from .logboek import nieuwe_regel
from .model import Gebruiker
from .poorten import Opslag

MAX_POGINGEN = 5
BLOKKADE = dt.timedelta(minutes=15)
MAX_PER_BRON = 30
BRON_VENSTER = dt.timedelta(minutes=10)
TELLER_GELDIG = dt.timedelta(hours=24)  # a count of failures in a row ends this long after its last failure
SESSIE_INACTIEF = dt.timedelta(minutes=30)
SESSIE_MAX = dt.timedelta(hours=8)
WACHTWOORD_MIN, WACHTWOORD_MAX = 12, 128     # ASVS 5.0 6.2.1 (at least 8, 15 advised) and 6.2.9 (64 or more)
INLOGNAAM_MAX = 64
UITGEVER = "Spoorzoeker"
MISLUKT = "Inlognaam, wachtwoord of code klopt niet."

# OWASP Password Storage Cheat Sheet, argon2id minimum: m=19 MiB, t=2, p=1.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1,
                         hash_len=RFC_9106_LOW_MEMORY.hash_len, salt_len=RFC_9106_LOW_MEMORY.salt_len)
_NEP_HASH = _HASHER.hash(secrets.token_urlsafe(16))  # verified for unknown names, so timing says nothing


class AanmeldFout(SpoorzoekerFout, PermissionError):
    """Logging in or a session failed; ``str(e)`` is one Dutch line (``veld`` names the field)."""


class TotpInstellenNodig(AanmeldFout):
    """The password was right, but this account must first set up its TOTP second factor
    (``begin_totp`` then ``bevestig_totp``, then log in again with a code)."""

    def __init__(self, bericht: str, gebruiker_id: str):
        super().__init__(bericht, "totp_code")
        self.gebruiker_id = gebruiker_id


@dataclass(frozen=True)
class Sessie:
    token: str              # opaque, random; the database keeps only its hash
    gebruiker_id: str
    rol: str                # the Rol value of the account
    verloopt_om: dt.datetime  # aware UTC
    gebruiker: Gebruiker | None = None  # the account, read in the same transaction as the session


@dataclass(frozen=True)
class Account:
    """What storage keeps for logging in (never shown to anyone)."""

    gebruiker: Gebruiker
    wachtwoord_hash: str | None = None
    totp_geheim: str | None = None          # decrypted by storage; encrypted at rest
    totp_bevestigd: bool = False
    totp_laatste_stap: int | None = None
    mislukte_pogingen: int = 0
    geblokkeerd_tot: str | None = None      # ISO 8601 UTC


@dataclass(frozen=True)
class SessieGegevens:
    token_hash: str
    gebruiker_id: str
    aangemaakt_op: str
    laatst_gebruikt: str
    verloopt_om: str
    ingetrokken: bool = False
    bron: str = ""


def vereist_totp(g: Gebruiker) -> bool:
    """Every account that can see health data, and the beheerder (who approves medical accounts)."""
    rol = Rol(g.rol)
    return (rol == Rol.BEHEERDER or mag(rol, Operatie.MEDISCH_LEZEN)
            or (rol == Rol.CASEMANAGER and bool(g.taakdelegatie_van)))


def normaliseer_inlognaam(inlognaam: str) -> str:
    """Case-insensitive and without surrounding spaces: 'Carla.CM ' and 'carla.cm' are one name."""
    return inlognaam.strip().casefold()


def controleer_inlognaam(inlognaam: str) -> str:
    naam = normaliseer_inlognaam(inlognaam)
    if not naam:
        raise AanmeldFout("Geef een inlognaam.", "inlognaam")
    if len(naam) > INLOGNAAM_MAX:
        raise AanmeldFout(f"Een inlognaam heeft hoogstens {INLOGNAAM_MAX} tekens.", "inlognaam")
    if any(not (c.isalnum() or c in "._-@") for c in naam):
        raise AanmeldFout("Een inlognaam bestaat uit letters, cijfers en . _ - @ (geen spaties).", "inlognaam")
    return naam


def controleer_wachtwoord(wachtwoord: str, inlognaam: str | None = None) -> None:
    if not isinstance(wachtwoord, str) or len(wachtwoord) < WACHTWOORD_MIN:
        raise AanmeldFout(f"Een wachtwoord heeft minstens {WACHTWOORD_MIN} tekens.", "wachtwoord")
    if len(wachtwoord) > WACHTWOORD_MAX:
        raise AanmeldFout(f"Een wachtwoord heeft hoogstens {WACHTWOORD_MAX} tekens.", "wachtwoord")
    if "\x00" in wachtwoord:
        raise AanmeldFout("Een wachtwoord mag geen NUL-teken bevatten.", "wachtwoord")
    if len(set(wachtwoord)) < 4:
        raise AanmeldFout("Kies een wachtwoord met meer verschillende tekens.", "wachtwoord")
    if inlognaam and normaliseer_inlognaam(inlognaam) in wachtwoord.casefold():
        raise AanmeldFout("Uw wachtwoord mag uw inlognaam niet bevatten.", "wachtwoord")


def iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def van_iso(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s.removesuffix("Z")).replace(tzinfo=dt.UTC)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class AanmeldService:
    """Log-in, TOTP set-up, sessions. One transaction per call; every attempt is logged."""

    def __init__(self, opslag: Callable[[], Opslag], klok: Callable[[], dt.datetime] | None = None,
                 lees_opslag: Callable[[], Opslag] | None = None):
        """``opslag`` opens a write transaction; ``lees_opslag`` a read-only one (default: the same),
        used to check a session on every request without taking a write lock. The failure counts of the
        log-in limits are in the database, shared by every server process."""
        self._opslag = opslag
        self._lees_opslag = lees_opslag or opslag
        self._klok = klok or (lambda: dt.datetime.now(dt.UTC))

    def _nu(self) -> dt.datetime:
        return self._klok().astimezone(dt.UTC)

    def _log(self, uow: Opslag, g: Gebruiker | None, operatie: str, toegestaan: bool, soort: str = "aanmelden") -> None:
        uow.log_toevoegen(nieuwe_regel(
            tijdstip=self._nu(), gebruiker_id=g.id if g else "onbekend", gebruiker_naam=g.naam if g else "onbekend",
            rol=Rol(g.rol).value if g else "onbekend", namens=None, dossier_id=None, werknemer_id=None,
            operatie=operatie, soort=soort, toegestaan=toegestaan, gebruiker_big=g.big_nummer if g else None))

    # ---- passwords -----------------------------------------------------------------------------

    def stel_wachtwoord_in(self, door_id: str | None, gebruiker_id: str, wachtwoord: str) -> None:
        """Set a password. ``door_id`` None: only the account's first password (when it has none yet),
        for the beheerder's set-up of a new account; the account itself (``door_id == gebruiker_id``,
        behind a checked session) changes its own; an active beheerder resets another's (which also
        lifts a lock-out). Every change ends the account's sessions."""
        with self._opslag() as uow:
            account = uow.account(gebruiker_id)
            door = uow.gebruiker(door_id) if door_id else None
            if account is None:
                self._log(uow, door, "wachtwoord_instellen", False, "schrijven")
                uow.commit()
                raise AanmeldFout("Onbekend account.", "gebruiker_id")
            g = account.gebruiker
            if door_id is None:
                ok = account.wachtwoord_hash is None
            elif door_id == gebruiker_id:
                ok = g.actief
            else:
                ok = door is not None and door.rol == Rol.BEHEERDER and door.actief
            if not ok:
                self._log(uow, door or g, "wachtwoord_instellen", False, "schrijven")
                uow.commit()
                raise AanmeldFout("U mag het wachtwoord van dit account niet instellen.")
            controleer_wachtwoord(wachtwoord, g.inlognaam)
            uow.werk_account_bij(gebruiker_id, wachtwoord_hash=_HASHER.hash(wachtwoord), mislukte_pogingen=0,
                                 geblokkeerd_tot=None)
            if g.inlognaam:
                uow.wis_aanmeldteller(normaliseer_inlognaam(g.inlognaam))  # lifts a lock-out
            uow.trek_sessies_in(gebruiker_id)
            self._log(uow, door or g, "wachtwoord_instellen", True, "schrijven")
            uow.commit()

    # ---- TOTP ----------------------------------------------------------------------------------

    def begin_totp(self, gebruiker_id: str) -> str:
        """A new TOTP secret for an account that has none confirmed yet; returns the otpauth:// URI
        (show it as a QR code). A confirmed secret is only replaced after a beheerder's ``herstel_totp``."""
        with self._opslag() as uow:
            account = uow.account(gebruiker_id)
            if account is None or not account.gebruiker.actief or account.totp_bevestigd:
                self._log(uow, account.gebruiker if account else None, "totp_instellen", False, "schrijven")
                uow.commit()
                raise AanmeldFout("Tweestapsverificatie kan voor dit account nu niet worden ingesteld.")
            geheim = pyotp.random_base32()
            uow.werk_account_bij(gebruiker_id, totp_geheim=geheim, totp_bevestigd=False, totp_laatste_stap=None)
            uow.commit()
        naam = account.gebruiker.inlognaam or account.gebruiker.id
        return pyotp.TOTP(geheim).provisioning_uri(name=naam, issuer_name=UITGEVER)

    def bevestig_totp(self, gebruiker_id: str, code: str) -> None:
        with self._opslag() as uow:
            account = uow.account(gebruiker_id)
            if account is None or not account.totp_geheim or account.totp_bevestigd:
                raise AanmeldFout("Begin eerst met het instellen van tweestapsverificatie.")
            stap = self._totp_stap(account, code)
            if stap is None:
                self._log(uow, account.gebruiker, "totp_instellen", False, "schrijven")
                uow.commit()
                raise AanmeldFout("De code klopt niet. Kijk in uw app en probeer het opnieuw.", "totp_code")
            # The confirming code is not used up: the account may log in with it right away (once).
            uow.werk_account_bij(gebruiker_id, totp_bevestigd=True, totp_laatste_stap=stap - 1)
            self._log(uow, account.gebruiker, "totp_instellen", True, "schrijven")
            uow.commit()

    def herstel_totp(self, door_id: str, gebruiker_id: str) -> None:
        """A beheerder removes an account's TOTP secret (lost phone); the account sets a new one at
        its next log-in. Ends its sessions."""
        with self._opslag() as uow:
            door = uow.gebruiker(door_id)
            ok = door is not None and door.rol == Rol.BEHEERDER and door.actief and door_id != gebruiker_id
            ok = ok and uow.account(gebruiker_id) is not None
            self._log(uow, door, "totp_herstellen", ok, "schrijven")
            if ok:
                uow.werk_account_bij(gebruiker_id, totp_geheim=None, totp_bevestigd=False, totp_laatste_stap=None)
                uow.trek_sessies_in(gebruiker_id)
            uow.commit()
            if not ok:
                raise AanmeldFout("Alleen een andere beheerder kan de tweestapsverificatie van dit account herstellen.")

    def _totp_stap(self, account: Account, code: str | None) -> int | None:
        """The time step ``code`` belongs to (now, or one step either side for clock drift), if it is
        newer than the last accepted one; else None."""
        code = (code or "").strip().replace(" ", "")
        if not account.totp_geheim or not code.isdigit() or len(code) != 6:
            return None
        totp = pyotp.TOTP(account.totp_geheim)
        nu = self._nu()
        for verschuiving in (0, -1, 1):
            moment = nu + dt.timedelta(seconds=30 * verschuiving)
            stap = totp.timecode(moment)
            if secrets.compare_digest(totp.at(moment), code):
                if account.totp_laatste_stap is not None and stap <= account.totp_laatste_stap:
                    return None  # used before: no replay
                return stap
        return None

    # ---- logging in and out --------------------------------------------------------------------

    def _bron_vol(self, bron: str) -> bool:
        """True when this source had ``MAX_PER_BRON`` failed attempts in the window (over all processes)."""
        if not bron:
            return False
        with self._lees_opslag() as uow:
            return uow.mislukte_aanmeldingen_van_bron(bron, iso(self._nu() - BRON_VENSTER)) >= MAX_PER_BRON

    def _bron_mislukt(self, bron: str) -> None:
        """Count a failed attempt of ``bron``, and remove what has expired (sources and names alike)."""
        nu = self._nu()
        with self._opslag() as uow:
            if bron:
                uow.voeg_mislukte_aanmelding_van_bron_toe(bron, iso(nu))
            uow.ruim_aanmeldtellers_op(iso(nu - BRON_VENSTER), iso(nu - TELLER_GELDIG), iso(nu))
            uow.commit()

    def _geblokkeerd(self, tot: dt.datetime) -> AanmeldFout:
        return AanmeldFout("Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen; probeer het "
                           f"na {klok(tot)} opnieuw.")

    def meld_aan(self, inlognaam: str, wachtwoord: str, totp_code: str | None = None, *, bron: str = "") -> Sessie:
        if self._bron_vol(bron):
            with self._opslag() as uow:
                self._log(uow, None, "aanmelden_te_vaak", False)
                uow.commit()
            raise AanmeldFout("Te veel pogingen om in te loggen; probeer het over enkele minuten opnieuw.")
        try:
            return self._meld_aan(inlognaam, wachtwoord, totp_code, bron)
        except TotpInstellenNodig:
            raise  # the right password: not a failed attempt
        except AanmeldFout:
            self._bron_mislukt(bron)
            raise

    def _meld_aan(self, inlognaam: str, wachtwoord: str, totp_code: str | None, bron: str) -> Sessie:
        fout = AanmeldFout(MISLUKT)
        naam = normaliseer_inlognaam(inlognaam or "") if isinstance(inlognaam, str) else ""
        if not isinstance(wachtwoord, str) or len(wachtwoord) > WACHTWOORD_MAX:
            wachtwoord = ""
        nu = self._nu()
        with self._opslag() as uow:
            account = uow.account_op_inlognaam(naam) if 0 < len(naam) <= INLOGNAAM_MAX and "\x00" not in naam else None
            bekend = account is not None and account.wachtwoord_hash is not None
            g = account.gebruiker if account is not None and bekend else None
            # known and unknown names alike: one count per name, in the database
            teller = uow.aanmeldteller(naam)  # (count, locked until, last failure) or None
            if teller is not None and teller[1] is not None and van_iso(teller[1]) > nu:
                _verifieer(_NEP_HASH, wachtwoord)  # the same work as any other attempt: timing says nothing
                self._log(uow, g, "aanmelden_geblokkeerd", False)
                uow.commit()
                raise self._geblokkeerd(van_iso(teller[1]))
            if account is None or not bekend:
                _verifieer(_NEP_HASH, wachtwoord)
                self._mislukt(uow, naam, None, teller, nu)
                uow.commit()
                raise fout
            assert g is not None and account.wachtwoord_hash is not None
            if not _verifieer(account.wachtwoord_hash, wachtwoord):
                self._mislukt(uow, naam, g, teller, nu)
                uow.commit()
                raise fout
            if not g.actief:
                self._log(uow, g, "aanmelden", False)
                uow.commit()
                raise AanmeldFout("Dit account is ingetrokken of wacht nog op goedkeuring door een tweede beheerder.")
            if vereist_totp(g):
                if not account.totp_bevestigd:
                    self._log(uow, g, "aanmelden_totp_instellen", False)
                    uow.commit()
                    raise TotpInstellenNodig("Stel eerst tweestapsverificatie in met een app op uw telefoon; "
                                             "daarna logt u in met de code uit die app.", g.id)
                # a missing code fails like a wrong one (and like a wrong password): the same message
                stap = self._totp_stap(account, totp_code)
                if stap is None:
                    self._mislukt(uow, naam, g, teller, nu)
                    uow.commit()
                    raise fout
                uow.werk_account_bij(g.id, totp_laatste_stap=stap)
            if _HASHER.check_needs_rehash(account.wachtwoord_hash):
                uow.werk_account_bij(g.id, wachtwoord_hash=_HASHER.hash(wachtwoord))
            token = secrets.token_urlsafe(32)
            uow.werk_account_bij(g.id, mislukte_pogingen=0, geblokkeerd_tot=None)
            if teller is not None:
                uow.wis_aanmeldteller(naam)
            uow.voeg_sessie_toe(SessieGegevens(token_hash(token), g.id, iso(nu), iso(nu), iso(nu + SESSIE_MAX),
                                               False, (bron or "")[:100]))
            self._log(uow, g, "aanmelden", True)
            uow.commit()
        return Sessie(token, g.id, Rol(g.rol).value, min(nu + SESSIE_INACTIEF, nu + SESSIE_MAX))

    @staticmethod
    def _begint_opnieuw(teller: tuple[int, str | None, str], nu: dt.datetime) -> bool:
        """A lock that has passed, or a count whose last failure is ``TELLER_GELDIG`` ago: the next failure
        is the first of a new count."""
        return teller[1] is not None or van_iso(teller[2]) < nu - TELLER_GELDIG

    def _mislukt(self, uow: Opslag, naam: str, g: Gebruiker | None, teller: tuple[int, str | None, str] | None,
                 nu: dt.datetime) -> None:
        """Count a failure of ``naam`` (``g``: its account, None for an unknown name) and lock it at the
        ``MAX_POGINGEN``-th. A lock that has passed, or an expired count, starts again at one; a name without
        a count gets one added in the database, so two processes failing at once count twice."""
        opnieuw = teller is not None and self._begint_opnieuw(teller, nu)
        aantal = uow.tel_mislukte_aanmelding(naam, iso(nu), opnieuw=opnieuw)
        if aantal >= MAX_POGINGEN:
            uow.blokkeer_inlognaam(naam, iso(nu + BLOKKADE))
            self._log(uow, g, "account_geblokkeerd" if g is not None else "aanmelden", False)
        else:
            self._log(uow, g, "aanmelden", False)

    def controleer_sessie(self, token: str) -> Sessie:
        """The session of ``token``; raises AanmeldFout when unknown, expired, ended or the account is
        no longer active. Each use moves the inactivity limit on."""
        verlopen = AanmeldFout("U bent niet (meer) ingelogd. Log opnieuw in.")
        if not isinstance(token, str) or not token or len(token) > 200:
            raise verlopen
        nu = self._nu()
        with self._lees_opslag() as uow:  # the common case only reads: no write lock, one query
            gevonden = uow.sessie_met_gebruiker(token_hash(token))
        s, g = gevonden if gevonden is not None else (None, None)
        if s is None or s.ingetrokken:
            raise verlopen
        einde = min(van_iso(s.laatst_gebruikt) + SESSIE_INACTIEF, van_iso(s.verloopt_om))
        if nu >= einde or g is None or not g.actief:
            with self._opslag() as uow:
                uow.werk_sessie_bij(s.token_hash, ingetrokken=True)
                uow.commit()
            raise verlopen
        if nu - van_iso(s.laatst_gebruikt) > dt.timedelta(seconds=30):
            with self._opslag() as uow:  # at most every 30 seconds per session
                uow.werk_sessie_bij(s.token_hash, laatst_gebruikt=iso(nu))
                uow.commit()
        return Sessie(token, g.id, Rol(g.rol).value, min(nu + SESSIE_INACTIEF, van_iso(s.verloopt_om)), g)

    def meld_af(self, token: str) -> None:
        if not isinstance(token, str) or not token or len(token) > 200:
            return
        with self._opslag() as uow:
            s = uow.sessie(token_hash(token))
            if s is None or s.ingetrokken:
                return
            uow.werk_sessie_bij(s.token_hash, ingetrokken=True)
            self._log(uow, uow.gebruiker(s.gebruiker_id), "afmelden", True)
            uow.commit()


def _verifieer(hash_: str, wachtwoord: str) -> bool:
    try:
        return _HASHER.verify(hash_, wachtwoord)
    except (argon2_fouten.VerificationError, argon2_fouten.InvalidHashError):
        return False


__all__ = ["AanmeldFout", "TotpInstellenNodig", "Sessie", "Account", "SessieGegevens",
           "AanmeldService", "vereist_totp", "controleer_wachtwoord", "controleer_inlognaam"]
