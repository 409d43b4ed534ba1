"""The case services: every read and write of a case goes through here (R24).

Each call, in one transaction:

1. loads the acting account and the case's employer and employee (``DossierKop``);
2. decides the effective role (a casemanager with a valid taakdelegatie acts as
   ``casemanager_taakdelegatie``, on behalf of that bedrijfsarts);
3. checks scope (ASVS 8.2.2, 8.4.1: only cases of the employers the account is assigned to; the
   employee only his own) and the policy table of ``cases.beleid`` (ASVS 8.2.1, 8.2.3);
4. does the work and appends a NEN 7513 record to the access log, allowed or refused.

A read (an operation of ``LEES_OPERATIES``) runs in a read-only transaction (``lees_opslag``; on SQLite
it takes no lock, so readers of different cases never wait for each other), and its log records are
written right after, in a short write transaction of their own, *before* the data is returned: a read
whose record cannot be written fails and shows nothing (NEN 7513: every access is logged).

The werkgever's read path (``lees_dossier``, ``exporteer_dossier``) only ever asks storage for the
process part (``Opslag.dossier``), whose type has no medical field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import uuid
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

from cachetools import LRUCache

from .aanmelden import controleer_inlognaam as _inlognaam
from .beleid import AFGESCHERMDE_VELDEN, LEES_OPERATIES, Operatie, Rol, mag, mag_veld
from .datumtekst import datum as datum_tekst
from .invoer import (
    controleer_big,
    controleer_eerste_ziektedag,
    controleer_gebeurd,
    controleer_id,
    controleer_onderdeel,
    controleer_tekst,
)
from .logboek import nieuwe_regel
from .medisch import MedischDossier, MedischeAantekening
from .model import (
    INZAGE_MAX_PER_PAGINA,
    INZAGE_PER_PAGINA,
    ArbeidsdeskundigRapport,
    Dossier,
    DossierFout,
    DossierKop,
    FunctioneleMogelijkheden,
    Gebeurtenis,
    Gebruiker,
    GeenToegang,
    Inzage,
    InzagePagina,
    LogControle,
    LogRegel,
    MeningWerknemer,
    Nazorgmoment,
    PlanVanAanpak,
    SoortGebeurtenis,
    SoortInterventie,
    SoortVraag,
    Spoor,
    Spoorkeuze,
    StapGedaan,
    VerslagGegevens,
    Werkgever,
    Werknemer,
    Ziekteperiode,
)
from .poorten import Opslag

DRIE_JAAR = 3  # R12: aftercare up to three years after return to work
SAMENTELLING = dt.timedelta(weeks=4)  # BW 7:629 lid 10: sick periods less than four weeks apart count as one
# master-data operations the employer (and his casemanager) may do for his own employees
WERKGEVER_BEHEER = frozenset({"werknemer_registreren", "uit_dienst_vastleggen", "gegevens_corrigeren"})
WERKNEMER_VELDEN = ("naam", "functie", "telefoon", "verpleegadres")
DOSSIER_VELDEN = ("eerste_ziektedag", "verwachte_duur_weken", "vangnet_van_toepassing", "arbeidsongeval",
                  "derde_aansprakelijk")


class _Leeseenheid:
    """A read-only unit of work whose access-log records wait for ``commit()``, which ends the read
    transaction and writes them in one short write transaction of their own (``schrijven``). Everything
    else goes to the read transaction."""

    def __init__(self, lezen: Opslag, schrijven: Callable[[], Opslag],
                 log_schrijver: Callable[[list[LogRegel]], None] | None = None):
        self._lezen = lezen
        self._schrijven = schrijven
        self._log_schrijver = log_schrijver
        self._wachtend: list[LogRegel] = []

    def __enter__(self) -> _Leeseenheid:
        self._lezen.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._lezen.__exit__(*exc)

    def log_toevoegen(self, regel: LogRegel) -> LogRegel:
        self._wachtend.append(regel)
        return regel

    def commit(self) -> None:
        self._lezen.rollback()  # nothing was written; ends the snapshot before taking the write lock
        if self._wachtend:
            regels, self._wachtend = self._wachtend, []
            try:
                if self._log_schrijver is not None:  # e.g. storage's group commit
                    self._log_schrijver(regels)
                    return
                with self._schrijven() as uow:
                    for regel in regels:
                        uow.log_toevoegen(regel)
                    uow.commit()
            except DossierFout as e:
                # the record could not be written (the database is busy): the read fails, and the caller
                # must not wait for the database again to log that as a refusal
                e.log_niet_geschreven = True  # type: ignore[attr-defined]
                raise

    def rollback(self) -> None:
        self._wachtend.clear()
        self._lezen.rollback()

    def __getattr__(self, naam: str):
        return getattr(self._lezen, naam)


_VOOR_ROL: LRUCache[tuple[int, tuple[tuple[str, str], ...]], tuple[Dossier, Dossier]] = LRUCache(4096)
_VOOR_ROL_SLOT = threading.Lock()
Rij = TypeVar("Rij")


def voor_rol(d: Dossier, rol: Rol) -> Dossier:
    """The process part as ``rol`` may see it: every field of ``AFGESCHERMDE_VELDEN`` this role may not see
    is blanked (None). The same object when nothing is withheld; for the same case object the same copy
    (storage hands out one object while a case is unchanged, and the timeline cache keys on it)."""
    verborgen = tuple(sorted(k for k in AFGESCHERMDE_VELDEN if not mag_veld(rol, *k)))
    if not any(getattr(x, veld) is not None for onderdeel, veld in verborgen for x in getattr(d, onderdeel)):
        return d
    sleutel = (id(d), verborgen)
    with _VOOR_ROL_SLOT:
        gevonden = _VOOR_ROL.get(sleutel)
    if gevonden is not None and gevonden[0] is d:
        return gevonden[1]
    wijzig: dict[str, Any] = {}
    for onderdeel in {o for o, _ in verborgen}:
        leeg = {veld: None for o, veld in verborgen if o == onderdeel}
        wijzig[onderdeel] = tuple(dataclasses.replace(x, **leeg) for x in getattr(d, onderdeel))
    kopie = dataclasses.replace(d, **wijzig)
    with _VOOR_ROL_SLOT:
        _VOOR_ROL[sleutel] = (d, kopie)  # the original is kept with it, so its id cannot be reused
    return kopie


def _nieuw_id() -> str:
    return uuid.uuid4().hex


def _id_ok(waarde: str) -> bool:
    try:
        controleer_id(waarde, "id")
        return True
    except DossierFout:
        return False


# Codes of the timeline that are not a step someone does, with what they are instead.
GEEN_STAP = {
    "einde_wachttijd": "een mijlpaal die de tijdlijn zelf berekent",
    "einde_loondoorbetaling": "een mijlpaal die de tijdlijn zelf berekent",
    "spoorkeuze": "een eigen onderdeel van het dossier: leg de spoorkeuze vast",
    "uwv_besluit_herstel": "een besluit van UWV: leg het vast als gebeurtenis",
}


def controleer_stapcode(code: str) -> None:
    """Refuse a code that is no step of the timeline, or that is recorded another way (``GEEN_STAP``)."""
    from ..timeline import STAPPEN

    if code in GEEN_STAP:
        raise DossierFout(f"'{code}' legt u niet vast als stap: dit is {GEEN_STAP[code]}.", "code")
    if code not in STAPPEN:
        keuzes = ", ".join(c for c in STAPPEN if c not in GEEN_STAP)
        raise DossierFout(f"'{code}' is een onbekende stap; kies uit: {keuzes}.", "code")


def controleer_inlognaam(inlognaam: str) -> str:
    from .aanmelden import AanmeldFout

    try:
        return _inlognaam(inlognaam)
    except AanmeldFout as e:
        raise DossierFout(e.bericht, "inlognaam") from None


def _gewijzigd(oud: Any, wijziging: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """What a correction changes in a recorded part, and the part as it becomes (checked like a new one);
    a correction that changes nothing is refused, naming its first field."""
    anders = {k: v for k, v in wijziging.items() if getattr(oud, k) != v}
    if not anders:
        raise DossierFout("De nieuwe gegevens zijn gelijk aan de oude: er is niets te corrigeren.", next(iter(wijziging)))
    nieuw = dataclasses.replace(oud, **anders)
    controleer_onderdeel(nieuw)
    return anders, nieuw


class DossierService:
    """Case operations for an authenticated account (``gebruiker_id``).

    Authentication itself (2FA, ASVS V6) belongs to the layer that calls this; this layer trusts the
    id it gets and nothing else: roles and assignments are read from storage, never from the caller.
    """

    def __init__(self, opslag: Callable[[], Opslag], klok: Callable[[], dt.datetime] | None = None,
                 lees_opslag: Callable[[], Opslag] | None = None,
                 log_schrijver: Callable[[list[LogRegel]], None] | None = None,
                 vandaag: Callable[[], dt.date] | None = None):
        """``opslag`` opens a write transaction; ``lees_opslag`` a read-only one (default: the same);
        ``log_schrijver`` writes the log records of a read and returns once they are committed
        (default: a write transaction of their own); ``vandaag`` gives today's date, against which a
        recorded date may not lie in the future (default: the clock's date in the Netherlands; the web
        app gives its own, which a demo or test may fix)."""
        self._opslag = opslag
        self._lees_opslag = lees_opslag or opslag
        self._log_schrijver = log_schrijver
        self._klok = klok or (lambda: dt.datetime.now(dt.UTC))
        self._vandaag_gegeven = vandaag

    def vandaag(self) -> dt.date:
        """Today in the Netherlands: no recorded fact of a case lies after it."""
        if self._vandaag_gegeven is not None:
            return self._vandaag_gegeven()
        nu = self._klok()
        try:
            from zoneinfo import ZoneInfo

            return nu.astimezone(ZoneInfo("Europe/Amsterdam")).date()
        except Exception:  # noqa: BLE001 - no time-zone data: the machine's own local date
            return nu.astimezone().date()

    def _lezen(self) -> _Leeseenheid:
        """A read transaction whose log records are written, at ``commit()``, in a write transaction."""
        return _Leeseenheid(self._lees_opslag(), self._opslag, self._log_schrijver)

    # ---- the gate ------------------------------------------------------------------------------

    def _effectief(self, uow: Opslag, gebruiker: Gebruiker, kop: DossierKop | None) -> tuple[Rol, Gebruiker | None]:
        if gebruiker.rol == Rol.CASEMANAGER and gebruiker.taakdelegatie_van and kop is not None:
            arts = uow.gebruiker(gebruiker.taakdelegatie_van)
            if arts is not None and arts.rol == Rol.BEDRIJFSARTS and kop.werkgever_id in arts.werkgever_ids:
                return Rol.CASEMANAGER_TAAKDELEGATIE, arts
        return Rol(gebruiker.rol), None

    @staticmethod
    def _in_scope(gebruiker: Gebruiker, kop: DossierKop | None) -> bool:
        if kop is None:
            return False
        if gebruiker.rol == Rol.WERKNEMER:
            return gebruiker.werknemer_id is not None and kop.werknemer_id == gebruiker.werknemer_id
        if gebruiker.rol == Rol.BEHEERDER:
            return True  # platform role; the policy table gives it only the log
        return kop.werkgever_id in gebruiker.werkgever_ids

    def _log(self, uow: Opslag, gebruiker: Gebruiker | None, gebruiker_id: str, rol: str,
             namens: Gebruiker | None, kop: DossierKop | None, dossier_id: str | None,
             operatie: str, toegestaan: bool, soort: str | None = None) -> None:
        uow.log_toevoegen(nieuwe_regel(
            tijdstip=self._klok(),
            gebruiker_id=gebruiker_id,
            gebruiker_naam=gebruiker.naam if gebruiker else "onbekend",
            rol=rol,
            namens=namens,
            dossier_id=kop.id if kop else dossier_id,
            werknemer_id=kop.werknemer_id if kop else None,
            operatie=operatie,
            soort=soort or ("lezen" if operatie in {o.value for o in LEES_OPERATIES} else "schrijven"),
            toegestaan=toegestaan,
            gebruiker_big=gebruiker.big_nummer if gebruiker else None,
        ))

    def _weiger_ongeldig(self, operatie: str, gebruiker_id: object, **ids: object) -> None:
        """Ids that cannot be real (too long, NUL or control characters) are refused before any query,
        with the same Dutch message on every database, and the attempt is logged without them."""
        for veld, waarde in (("gebruiker_id", gebruiker_id), *ids.items()):
            if waarde is None and veld != "gebruiker_id":
                continue
            try:
                controleer_id(waarde, veld)
            except DossierFout:
                with self._opslag() as uow:
                    geldig_id = gebruiker_id if isinstance(gebruiker_id, str) and _id_ok(gebruiker_id) else None
                    g = uow.gebruiker(geldig_id) if geldig_id is not None else None
                    self._log(uow, g, geldig_id if geldig_id is not None else "ongeldig",
                              g.rol.value if g else "onbekend", None, None, None, operatie, False)
                    uow.commit()
                raise

    def _log_weigering(self, gebruiker: Gebruiker | None, gebruiker_id: str, rol: str, namens, kop, dossier_id,
                       operatie: str) -> None:
        try:
            with self._opslag() as uow:
                self._log(uow, gebruiker, gebruiker_id, rol, namens, kop, dossier_id, operatie, False)
                uow.commit()
        except DossierFout:  # the database is busy: the original refusal is what the caller hears
            pass

    def _handeling(self, gebruiker_id: str, dossier_id: str | None, operatie: Operatie, werk,
                   kop_voor_nieuw: DossierKop | None = None, invoer: object = None, log_als: str | None = None):
        """Check, do ``werk(uow, kop, gebruiker, rol, namens)``, log, commit. Refusals are logged too:
        no access, input the database would not take, and a rule of the case or the database."""
        self._weiger_ongeldig(operatie.value, gebruiker_id, dossier_id=dossier_id)
        toegelaten = None
        lezen = operatie in LEES_OPERATIES and log_als is None
        try:
            with (self._lezen() if lezen else self._opslag()) as uow:
                gebruiker = uow.gebruiker(gebruiker_id)
                kop = kop_voor_nieuw if kop_voor_nieuw is not None else (
                    uow.dossier_kop(dossier_id) if dossier_id else None)
                if gebruiker is None or not gebruiker.actief:
                    self._log(uow, gebruiker, gebruiker_id, Rol(gebruiker.rol).value if gebruiker else "onbekend",
                              None, kop, dossier_id, operatie.value, False)
                    uow.commit()
                    raise GeenToegang("Onbekende gebruiker." if gebruiker is None else
                                      "Dit account is ingetrokken of wacht nog op goedkeuring.")
                rol, namens = self._effectief(uow, gebruiker, kop)
                toegestaan = self._in_scope(gebruiker, kop) and mag(rol, operatie)
                if not toegestaan:
                    # Out of scope and not allowed read the same, so a refusal does not reveal that a case exists.
                    self._log(uow, gebruiker, gebruiker_id, rol.value, namens, kop, dossier_id, operatie.value, False)
                    uow.commit()
                    raise GeenToegang()
                toegelaten = (gebruiker, rol, namens, kop)
                if invoer is not None:
                    controleer_onderdeel(invoer)
                resultaat = werk(uow, kop, gebruiker, rol, namens)
                self._log(uow, gebruiker, gebruiker_id, rol.value, namens, kop, dossier_id, log_als or operatie.value,
                          True, "schrijven" if log_als else None)
                uow.commit()
                return resultaat
        except DossierFout as e:
            if toegelaten is not None and not getattr(e, "log_niet_geschreven", False):
                g, rol, namens, kop = toegelaten
                self._log_weigering(g, gebruiker_id, rol.value, namens, kop, dossier_id, operatie.value)
            raise

    # ---- master data (not case operations: beheerder, or the employer for its own employees) --------

    def eerste_beheerder(self, naam: str, *, inlognaam: str | None = None) -> str:
        """Create the first beheerder account of an empty database; refused once any account exists.
        A database constraint (one row in ``eerste_beheerder``) closes the race of simultaneous calls."""
        from sqlalchemy.exc import IntegrityError

        naam = controleer_tekst(naam, "naam", verplicht=True)
        login = controleer_inlognaam(inlognaam) if inlognaam is not None else None
        gid = _nieuw_id()
        fout = GeenToegang("Er bestaan al gebruikers; een beheerder maakt nieuwe accounts aan.")
        with self._opslag() as uow:
            if uow.heeft_gebruikers():
                raise fout
            try:
                uow.voeg_gebruiker_toe(Gebruiker(id=gid, naam=naam, rol=Rol.BEHEERDER, inlognaam=login))
                uow.zet_eerste_beheerder(gid)
            except IntegrityError:
                raise fout from None
            self._log(uow, None, gid, Rol.BEHEERDER.value, None, None, None, "gebruiker_registreren", True, "schrijven")
            try:
                uow.commit()
            except IntegrityError:  # PostgreSQL may report the clash only at commit
                raise fout from None
            return gid

    def _beheer(self, gebruiker_id: str, operatie: str, werk, werkgever_id: str | None = None, invoer: object = None,
                ids: dict | None = None):
        self._weiger_ongeldig(operatie, gebruiker_id, werkgever_id=werkgever_id, **(ids or {}))
        with self._opslag() as uow:
            g = uow.gebruiker(gebruiker_id)
            ok = g is not None and g.actief and (g.rol == Rol.BEHEERDER or (
                werkgever_id is not None and g.rol in (Rol.WERKGEVER, Rol.CASEMANAGER)
                and werkgever_id in g.werkgever_ids and operatie in WERKGEVER_BEHEER))
            self._log(uow, g, gebruiker_id, g.rol.value if g else "onbekend", None, None, None, operatie, ok, "schrijven")
            if not ok or g is None:  # ok implies a user; the second test tells the type checker
                uow.commit()
                raise GeenToegang("Alleen een beheerder mag dit.")
            try:
                if invoer is not None:
                    controleer_onderdeel(invoer)
                uitkomst = werk(uow, g)
            except DossierFout:
                uow.rollback()
                with self._opslag() as uow2:  # the refused attempt stays in the log
                    self._log(uow2, g, gebruiker_id, g.rol.value, None, None, None, operatie, False, "schrijven")
                    uow2.commit()
                raise
            uow.commit()
            return uitkomst

    def registreer_werkgever(self, gebruiker_id: str, naam: str, aantal_werknemers: int) -> str:
        if aantal_werknemers < 1:
            raise DossierFout("Het aantal werknemers moet minstens 1 zijn.", "aantal_werknemers")
        wid = _nieuw_id()
        self._beheer(gebruiker_id, "werkgever_registreren",
                     lambda uow, _: uow.voeg_werkgever_toe(Werkgever(wid, naam, aantal_werknemers)),
                     invoer={"naam": naam})
        return wid

    def registreer_werknemer(self, gebruiker_id: str, werkgever_id: str, naam: str, functie: str = "",
                             telefoon: str = "", verpleegadres: str = "") -> str:
        wid = _nieuw_id()

        def werk(uow, _):
            if uow.werkgever(werkgever_id) is None:
                raise DossierFout("Onbekende werkgever.", "werkgever_id")
            uow.voeg_werknemer_toe(Werknemer(wid, werkgever_id, naam, functie, telefoon, verpleegadres))

        self._beheer(gebruiker_id, "werknemer_registreren", werk, werkgever_id=werkgever_id,
                     invoer={"naam": naam, "functie": functie, "telefoon": telefoon, "verpleegadres": verpleegadres})
        return wid

    def registreer_gebruiker(self, gebruiker_id: str, naam: str, rol: Rol | str, werkgever_ids=(),
                             werknemer_id: str | None = None, taakdelegatie_van: str | None = None, *,
                             inlognaam: str | None = None, big_nummer: str | None = None) -> str:
        """Create an account (beheerder). A bedrijfsarts carries his BIG number; an account that can read
        health data (bedrijfsarts, casemanager in taakdelegatie) is active only after a second beheerder
        approved it (``keur_gebruiker_goed``)."""
        rol = Rol(rol)
        if rol == Rol.CASEMANAGER_TAAKDELEGATIE:
            raise DossierFout("Taakdelegatie is geen account: geef een casemanager 'taakdelegatie_van' mee.", "rol")
        if rol == Rol.WERKNEMER and not werknemer_id:
            raise DossierFout("Een werknemer-account hoort bij een werknemer.", "werknemer_id")
        if taakdelegatie_van and rol != Rol.CASEMANAGER:
            raise DossierFout("Alleen een casemanager kan in taakdelegatie werken.", "taakdelegatie_van")
        naam = controleer_tekst(naam, "naam", verplicht=True)
        big = controleer_big(big_nummer) if big_nummer else None
        if rol == Rol.BEDRIJFSARTS and big is None:
            raise DossierFout("Een bedrijfsarts heeft een BIG-registratienummer (11 cijfers).", "big_nummer")
        login = controleer_inlognaam(inlognaam) if inlognaam is not None else None
        for i in (werknemer_id, taakdelegatie_van, *werkgever_ids):
            if i is not None:
                controleer_id(i, "id")
        medisch = rol == Rol.BEDRIJFSARTS or bool(taakdelegatie_van)
        nieuw = _nieuw_id()

        def werk(uow, door):
            if taakdelegatie_van:
                arts = uow.gebruiker(taakdelegatie_van)
                if arts is None or arts.rol != Rol.BEDRIJFSARTS:
                    raise DossierFout("Taakdelegatie kan alleen van een bedrijfsarts komen.", "taakdelegatie_van")
            for w in werkgever_ids:
                if uow.werkgever(w) is None:
                    raise DossierFout("Onbekende werkgever.", "werkgever_ids")
            uow.voeg_gebruiker_toe(Gebruiker(nieuw, naam, rol, frozenset(werkgever_ids), werknemer_id, taakdelegatie_van,
                                             login, big, goedgekeurd=not medisch), aangemaakt_door=door.id)

        self._beheer(gebruiker_id, "gebruiker_registreren", werk)
        return nieuw

    def keur_gebruiker_goed(self, gebruiker_id: str, account_id: str) -> None:
        """Four eyes: a second beheerder (not the one who created it) activates a medical account."""
        def werk(uow, door):
            g = uow.gebruiker(account_id)
            if g is None:
                raise DossierFout("Onbekend account.", "gebruiker_id")
            if g.goedgekeurd:
                raise DossierFout("Dit account hoeft niet (meer) te worden goedgekeurd.", "gebruiker_id")
            if uow.aangemaakt_door(account_id) == door.id:
                raise DossierFout("Een tweede beheerder keurt dit account goed, niet wie het aanmaakte.", "gebruiker_id")
            uow.werk_gebruiker_bij(account_id, goedkeuring_nodig=False, goedgekeurd_door=door.id)
        self._beheer(gebruiker_id, "gebruiker_goedkeuren", werk, ids={"account_id": account_id})

    def trek_gebruiker_in(self, gebruiker_id: str, account_id: str) -> None:
        """Revoke an account: it can no longer log in or act; its sessions end. Kept (and logged) for the
        access log's sake, never deleted."""
        def werk(uow, door):
            g = uow.gebruiker(account_id)
            if g is None:
                raise DossierFout("Onbekend account.", "gebruiker_id")
            if account_id == door.id:
                raise DossierFout("U kunt uw eigen account niet intrekken.", "gebruiker_id")
            uow.werk_gebruiker_bij(account_id, ingetrokken_op=self._klok().astimezone(dt.UTC).isoformat())
            uow.trek_sessies_in(account_id)
        self._beheer(gebruiker_id, "gebruiker_intrekken", werk, ids={"account_id": account_id})

    def trek_toewijzing_in(self, gebruiker_id: str, account_id: str, werkgever_id: str) -> None:
        """End an account's assignment to an employer: it no longer sees that employer's cases."""
        def werk(uow, _):
            if not uow.trek_toewijzing_in(account_id, werkgever_id):
                raise DossierFout("Dit account is niet aan deze werkgever toegewezen.", "werkgever_id")
        self._beheer(gebruiker_id, "toewijzing_intrekken", werk, werkgever_id=None,
                     ids={"account_id": account_id, "werkgever": werkgever_id})

    def wijs_toe(self, gebruiker_id: str, account_id: str, werkgever_id: str) -> None:
        """Assign an account to one more employer."""
        def werk(uow, _):
            if uow.gebruiker(account_id) is None or uow.werkgever(werkgever_id) is None:
                raise DossierFout("Onbekend account of onbekende werkgever.", "werkgever_id")
            uow.voeg_toewijzing_toe(account_id, werkgever_id)
        self._beheer(gebruiker_id, "toewijzing_toevoegen", werk, ids={"account_id": account_id, "werkgever": werkgever_id})

    def gebruikers(self, gebruiker_id: str) -> list[Gebruiker]:
        """All accounts, for the beheerder (names, roles, status; never passwords or secrets)."""
        return self._beheer(gebruiker_id, "gebruikers_opsommen", lambda uow, _: uow.gebruikers())

    # ---- case operations -------------------------------------------------------------------------

    def maak_dossier(self, gebruiker_id: str, werknemer_id: str, eerste_ziektedag: dt.date, *,
                     verwachte_duur_weken: int | None = None, vangnet_van_toepassing: bool | None = None,
                     arbeidsongeval: bool | None = None, derde_aansprakelijk: bool | None = None) -> str:
        """Open a case on the sick report (AP: the fact, first day, expected duration, whether vangnet)."""
        self._weiger_ongeldig(Operatie.DOSSIER_AANMAKEN.value, gebruiker_id, werknemer_id=werknemer_id)
        with self._opslag() as uow:
            wn = uow.werknemer(werknemer_id)
        did = _nieuw_id()
        kop = DossierKop(did, wn.werkgever_id if wn else "", werknemer_id) if wn else None

        def werk(uow, kop, *_):
            controleer_eerste_ziektedag(eerste_ziektedag, self.vandaag())
            wg = uow.werkgever(kop.werkgever_id)
            assert wn is not None  # there is a kop only when the employee exists
            uow.voeg_dossier_toe(Dossier(
                id=did, werkgever=wg, werknemer=wn, eerste_ziektedag=eerste_ziektedag,
                verwachte_duur_weken=verwachte_duur_weken, vangnet_van_toepassing=vangnet_van_toepassing,
                arbeidsongeval=arbeidsongeval, derde_aansprakelijk=derde_aansprakelijk,
                ziekteperiodes=(Ziekteperiode(van=eerste_ziektedag),),
            ))
            return did

        if kop is None:
            return self._handeling(gebruiker_id, None, Operatie.DOSSIER_AANMAKEN, werk)
        return self._handeling(gebruiker_id, did, Operatie.DOSSIER_AANMAKEN, werk, kop_voor_nieuw=kop)

    def mijn_dossiers(self, gebruiker_id: str) -> list[DossierKop]:
        """The cases an account may open (ids only). The listing is logged once, without a case:
        it shows that cases exist, not what is in them; opening one is logged per case."""
        with self._lezen() as uow:
            koppen = self._opsommen(uow, uow.gebruiker(gebruiker_id), gebruiker_id, alleen_actief=False)
            uow.commit()
            return koppen

    def _opsommen(self, uow, g: Gebruiker | None, gebruiker_id: str, alleen_actief: bool) -> list[DossierKop]:
        """The heads of the cases account ``g`` may list (none for no account, a beheerder, or with
        ``alleen_actief`` an inactive account), the listing logged once as ``dossiers_opsommen``."""
        toegestaan = g is not None and (g.actief or not alleen_actief)
        if g is None or not toegestaan or g.rol == Rol.BEHEERDER:
            koppen: list[DossierKop] = []
        elif g.rol == Rol.WERKNEMER:
            koppen = uow.dossier_koppen(werknemer_id=g.werknemer_id) if g.werknemer_id else []
        else:
            koppen = uow.dossier_koppen(werkgever_ids=sorted(g.werkgever_ids))
        self._log(uow, g, gebruiker_id, g.rol.value if g else "onbekend", None, None, None,
                  "dossiers_opsommen", toegestaan, "lezen")
        return koppen

    def _lees_lijst(self, gebruiker_id: str, kies: Callable[[list[Dossier]], list[Rij]], log_als: str,
                    dossier_van: Callable[[Rij], Dossier]) -> tuple[list[Rij], int]:
        """Every case this account may read (``dossier_lezen``), in one read transaction, each as its role
        may see it (``voor_rol``). ``kies`` makes rows of them (it may sort, cut a page, compute); each row
        returned is logged as ``log_als`` for its case, with the account's effective role there, before
        anything is returned. Returns the rows and the number of cases."""
        self._weiger_ongeldig(log_als, gebruiker_id)
        with self._lezen() as uow:
            g = uow.gebruiker(gebruiker_id)
            koppen = self._opsommen(uow, g, gebruiker_id, alleen_actief=True)
            per_werkgever: dict[str, tuple[Rol, Gebruiker | None]] = {}
            wie: dict[str, tuple[DossierKop, Rol, Gebruiker | None]] = {}
            for kop in koppen:
                assert g is not None  # no account, no cases
                if kop.werkgever_id not in per_werkgever:  # the effective role depends on the employer only
                    per_werkgever[kop.werkgever_id] = self._effectief(uow, g, kop)
                rol, namens = per_werkgever[kop.werkgever_id]
                if not (self._in_scope(g, kop) and mag(rol, Operatie.DOSSIER_LEZEN)):
                    continue
                wie[kop.id] = (kop, rol, namens)
            geladen = uow.dossiers(list(wie))  # all at once: a few queries, not a few per case
            dossiers = [voor_rol(geladen[i], rol) for i, (_, rol, _) in wie.items()]
            rijen = kies(dossiers)
            for rij in rijen:
                kop, rol, namens = wie[dossier_van(rij).id]
                self._log(uow, g, gebruiker_id, rol.value, namens, kop, kop.id, log_als, True, "lezen")
            uow.commit()
            return rijen, len(dossiers)

    def lees_werklijst(self, gebruiker_id: str, kies: Callable[[list[Dossier]], list[Rij]],
                       dossier_van: Callable[[Rij], Dossier] = lambda rij: rij.dossier,  # type: ignore[attr-defined]
                       ) -> tuple[list[Rij], int]:
        """The work list: ``kies`` sorts every case the account may read and cuts the page to show. Each case
        on that page is logged as ``werklijst_tonen`` (the employee reads "zag uw naam in de werklijst"),
        not as opening the case; the cases not shown are not logged. Returns the rows and the number of cases."""
        return self._lees_lijst(gebruiker_id, kies, "werklijst_tonen", dossier_van)

    def lees_voor_verzuimcijfers(self, gebruiker_id: str) -> list[Dossier]:
        """Every case the account may read, for the employer's absence figures; each is logged as
        ``verzuimcijfers_berekenen`` (it counted in the figures), not as opening the case."""
        rijen, _ = self._lees_lijst(gebruiker_id, lambda ds: ds, "verzuimcijfers_berekenen", lambda d: d)
        return rijen

    def lees_dossier(self, gebruiker_id: str, dossier_id: str) -> Dossier:
        """The process part, as the reader's role may see it (``voor_rol``)."""
        return self._handeling(gebruiker_id, dossier_id, Operatie.DOSSIER_LEZEN,
                               lambda uow, kop, gebruiker, rol, namens: voor_rol(uow.dossier(kop.id), rol))

    def exporteer_dossier(self, gebruiker_id: str, dossier_id: str) -> dict:
        """The case as JSON-ready data, as the reader's role may see it; the medical part only for a role that
        may read it (one more log record then, ``medisch_lezen``)."""
        def werk(uow, kop, gebruiker, rol, namens):
            uit = {"dossier": naar_json(voor_rol(uow.dossier(kop.id), rol))}
            if mag(rol, Operatie.MEDISCH_LEZEN):
                uit["medisch"] = naar_json(uow.medisch(kop.id))
                self._log(uow, gebruiker, gebruiker.id, rol.value, namens, kop, kop.id,
                          Operatie.MEDISCH_LEZEN.value, True)
            return uit
        return self._handeling(gebruiker_id, dossier_id, Operatie.DOSSIER_EXPORTEREN, werk)

    def _voeg_toe(self, gebruiker_id, dossier_id, operatie, onderdeel, controle=None) -> int:
        def werk(uow, kop, *_):
            if controle is not None:
                controle(uow.dossier(kop.id))
            return uow.voeg_onderdeel_toe(kop.id, onderdeel)
        return self._handeling(gebruiker_id, dossier_id, operatie, werk, invoer=onderdeel)

    def leg_ziekteperiode_vast(self, gebruiker_id: str, dossier_id: str, periode: Ziekteperiode) -> None:
        """A new period (relapse) or the end of the current one (recovery: same ``van``, with ``tot_en_met``)."""
        if periode.tot_en_met is not None and periode.tot_en_met < periode.van:
            raise DossierFout("De einddatum ligt voor de begindatum van de ziekteperiode.", "tot_en_met")
        if not 0 <= periode.hervatting_percentage <= 100:
            raise DossierFout("Het hervattingspercentage ligt tussen 0 en 100.", "hervatting_percentage")

        def controle(d: Dossier):
            vandaag = self.vandaag()
            if periode.van < d.eerste_ziektedag:
                raise DossierFout(f"De datum bij 'Ziek vanaf' ({datum_tekst(periode.van)}) ligt voor de eerste "
                                  f"ziektedag ({datum_tekst(d.eerste_ziektedag)}); klopt de eerste ziektedag niet, "
                                  "corrigeer die dan.", "van")
            controleer_gebeurd(periode.van, vandaag, "van", "De datum bij 'Ziek vanaf'")
            # a recovery is recorded when it has happened: a last sick day ahead would turn the case grey
            # and silence its deadlines before the employee is back (see docs/decisions.md)
            controleer_gebeurd(periode.tot_en_met, vandaag, "tot_en_met", "De laatste ziektedag")
            for p in d.ziekteperiodes:
                if p.van == periode.van:
                    continue  # recording the end of this period replaces it
                eind = p.tot_en_met or dt.date.max
                eind_nieuw = periode.tot_en_met or dt.date.max
                if periode.van <= eind and p.van <= eind_nieuw:
                    raise DossierFout("Deze ziekteperiode overlapt met een andere.", "van")
        self._voeg_toe(gebruiker_id, dossier_id, Operatie.ZIEKTEPERIODE_VASTLEGGEN, periode, controle)

    def leg_stap_vast(self, gebruiker_id: str, dossier_id: str, stap: StapGedaan) -> None:
        """A Poortwachter step that was done. Only a step someone does is recorded as one: the
        milestones are computed by the timeline, and a track choice or a UWV decision has its own
        record (a step ``einde_wachttijd`` would otherwise be stored and then silently dropped by the
        report). Refusals are logged like every other write."""
        if not stap.code.strip():
            raise DossierFout("Een stap heeft een code.", "code")

        def controle(d: Dossier):
            controleer_stapcode(stap.code)
            controleer_gebeurd(stap.datum, self.vandaag(), "datum", "De datum bij 'Gedaan op'", d.eerste_ziektedag)
        self._voeg_toe(gebruiker_id, dossier_id, Operatie.STAP_VASTLEGGEN, stap, controle)

    def leg_plan_van_aanpak_vast(self, gebruiker_id: str, dossier_id: str, plan: PlanVanAanpak) -> None:
        heeft_scholing = any(i.soort == SoortInterventie.SCHOLING for i in plan.interventies)
        if not heeft_scholing and not plan.scholing_niet_passend.strip():
            raise DossierFout("Scholing hoort in het plan van aanpak, tenzij u motiveert waarom scholing "
                              "niet past.", "scholing_niet_passend")

        def controle(d: Dossier):
            controleer_gebeurd(plan.opgesteld_op, self.vandaag(), "opgesteld_op", "De datum bij 'Opgesteld op'",
                               d.eerste_ziektedag)
        self._voeg_toe(gebruiker_id, dossier_id, Operatie.PLAN_VAN_AANPAK_VASTLEGGEN, plan, controle)

    def leg_arbeidsdeskundig_rapport_vast(self, gebruiker_id: str, dossier_id: str,
                                          rapport: ArbeidsdeskundigRapport) -> None:
        def controle(d: Dossier):
            controleer_gebeurd(rapport.datum, self.vandaag(), "datum", "De datum van het rapport", d.eerste_ziektedag)
        self._voeg_toe(gebruiker_id, dossier_id, Operatie.ARBEIDSDESKUNDIG_RAPPORT_VASTLEGGEN, rapport, controle)

    def leg_spoorkeuze_vast(self, gebruiker_id: str, dossier_id: str, keuze: Spoorkeuze) -> None:
        """The choice follows the arbeidsdeskundige's report; both tracks only where it advises both (R9)."""
        if not keuze.motivatie.strip():
            raise DossierFout("Een spoorkeuze wordt gemotiveerd.", "motivatie")
        rollen = {d.rol for d in keuze.deelnemers}
        if not {"werkgever", "werknemer"} <= rollen:
            raise DossierFout("Werkgever en werknemer nemen deel aan het gesprek over de spoorkeuze.", "deelnemers")

        def controle(d: Dossier):
            controleer_gebeurd(keuze.datum_gesprek, self.vandaag(), "datum_gesprek", "De datum van het gesprek",
                               d.eerste_ziektedag)
            rapporten = [r for r in d.arbeidsdeskundige_rapporten if r.datum <= keuze.datum_gesprek]
            if not rapporten:
                raise DossierFout("Eerst een arbeidsdeskundig rapport, dan de spoorkeuze.", "datum_gesprek")
            laatste = max(rapporten, key=lambda r: r.datum)
            if keuze.keuze == Spoor.BEIDE and laatste.advies != Spoor.BEIDE:
                raise DossierFout("Beide sporen tegelijk alleen als de arbeidsdeskundige dat adviseert.", "keuze")
        self._voeg_toe(gebruiker_id, dossier_id, Operatie.SPOORKEUZE_VASTLEGGEN, keuze, controle)

    def dien_vraag_in(self, gebruiker_id: str, dossier_id: str, soort: SoortVraag | str, onderwerp: str,
                      ingediend_op: dt.date) -> int:
        """R11: one entry point for questions, deskundigenoordeel and second opinion."""
        if not onderwerp.strip():
            raise DossierFout("Geef het onderwerp van de vraag.", "onderwerp")
        soort = SoortVraag(soort)

        def werk(uow, kop, gebruiker, rol, namens):
            from .model import VraagOfGeschil
            controleer_gebeurd(ingediend_op, self.vandaag(), "ingediend_op", "De datum van de vraag",
                               uow.dossier(kop.id).eerste_ziektedag)
            return uow.voeg_onderdeel_toe(kop.id, VraagOfGeschil(0, soort, ingediend_op, gebruiker.rol.value, onderwerp))
        return self._handeling(gebruiker_id, dossier_id, Operatie.VRAAG_INDIENEN, werk, invoer={"onderwerp": onderwerp})

    def handel_vraag_af(self, gebruiker_id: str, dossier_id: str, vraag_id: int, *,
                        intake_op: dt.date | None = None, intake: str | None = None,
                        uitkomst_op: dt.date | None = None, uitkomst: str | None = None,
                        reden: str | None = None, versie: str | None = None) -> None:
        """Record the intake and the outcome of a question. Changing what was already recorded about it (an
        intake or outcome, or its date) is a correction (AVG art. 16): it needs a ``reden``, and the question as
        it was and as it becomes stay in the correction history with who, when and why. ``versie``
        (``correcties.versie`` of the question as the caller saw it) refuses a question changed meanwhile."""
        from .correcties import beschrijving
        from .correcties import versie as versie_van

        if reden is not None:
            controleer_tekst(reden, "reden")

        def werk(uow, kop, gebruiker, *_):
            vraag = next((v for v in uow.dossier(kop.id).vragen if v.id == vraag_id), None)
            if vraag is None:
                raise DossierFout("Deze vraag hoort niet bij dit dossier.", "vraag_id")
            if versie and versie != versie_van(vraag):
                raise DossierFout("Deze vraag is intussen bijgewerkt; open het dossier opnieuw en kijk of uw wijziging "
                                  "nog nodig is.", "versie")
            vandaag = self.vandaag()
            controleer_gebeurd(intake_op, vandaag, "intake_op", "De datum bij 'Intake op'")
            controleer_gebeurd(uitkomst_op, vandaag, "uitkomst_op", "De datum bij 'Uitkomst op'")
            if intake_op is not None and intake_op < vraag.ingediend_op:
                raise DossierFout("De intake ligt voor de dag waarop de vraag is ingediend.", "intake_op")
            begin = intake_op or vraag.intake_op or vraag.ingediend_op
            if uitkomst_op is not None and uitkomst_op < begin:
                raise DossierFout("De uitkomst ligt voor de intake.", "uitkomst_op")
            velden = {k: v for k, v in dict(intake_op=intake_op, intake=intake, uitkomst_op=uitkomst_op,
                                             uitkomst=uitkomst).items() if v is not None and getattr(vraag, k) != v}
            # what was recorded before and now changes: a correction, never a silent overwrite
            overschreven = [k for k in velden if getattr(vraag, k) not in (None, "")]
            if overschreven:
                if reden is None or not reden.strip():
                    raise DossierFout("U wijzigt wat al over deze vraag was vastgelegd: geef de reden van de "
                                      "correctie. Het oude blijft zichtbaar.", "reden")
                self._leg_correctie_vast(uow, kop, gebruiker, "vraag", ",".join(overschreven), beschrijving(vraag),
                                         beschrijving(dataclasses.replace(vraag, **velden)), reden)
            if velden:
                uow.werk_vraag_bij(kop.id, vraag_id, **velden)
        self._handeling(gebruiker_id, dossier_id, Operatie.VRAAG_AFHANDELEN, werk,
                        invoer={"intake": intake or "", "uitkomst": uitkomst or "", "reden": reden or ""})

    def leg_nazorg_vast(self, gebruiker_id: str, dossier_id: str, moment: Nazorgmoment) -> None:
        def controle(d: Dossier):
            terug = d.werkhervatting_op
            if terug is None:
                raise DossierFout("Nazorg begint na volledige werkhervatting; die is nog niet vastgelegd.", "gepland_op")
            grens = _plus_jaren(terug, DRIE_JAAR)
            if not terug <= moment.gepland_op <= grens:
                raise DossierFout(f"Nazorg valt tussen de werkhervatting ({datum_tekst(terug)}) en drie jaar "
                                  f"daarna ({datum_tekst(grens)}).", "gepland_op")
            # planned may lie ahead; done may not
            controleer_gebeurd(moment.gedaan_op, self.vandaag(), "gedaan_op", "De datum bij 'Gedaan op'", terug)
        self._voeg_toe(gebruiker_id, dossier_id, Operatie.NAZORG_VASTLEGGEN, moment, controle)

    def leg_gebeurtenis_vast(self, gebruiker_id: str, dossier_id: str, g: Gebeurtenis) -> None:
        """A UWV decision or a leave that moves the timeline (see ``Gebeurtenis``); the latest of each kind
        counts, leave periods all count."""
        soort = SoortGebeurtenis(g.soort)
        if soort == SoortGebeurtenis.LOONSANCTIE and not (g.weken and 1 <= g.weken <= 52):
            raise DossierFout("Een loonsanctie duurt 1 tot en met 52 weken (art. 25 lid 9 WIA).", "weken")
        if soort in (SoortGebeurtenis.UITSTEL_WIA, SoortGebeurtenis.ZWANGERSCHAPSVERLOF) and g.tot is None:
            raise DossierFout("Geef ook de einddatum ('tot').", "tot")
        if g.tot is not None and g.tot < g.datum:
            raise DossierFout("De einddatum ligt voor de begindatum.", "tot")
        if g.besluit_op is not None and g.besluit_op < g.datum:
            raise DossierFout("Het besluit ligt voor de melding.", "besluit_op")

        def controle(d: Dossier):
            # a leave or a sanction may be ahead (its date is when it begins); a decision taken may not
            controleer_gebeurd(g.besluit_op, self.vandaag(), "besluit_op", "De datum bij 'Besluit UWV op'")
            # a leave may begin before the sickness; the AOW date may lie before it or ahead
            if soort not in (SoortGebeurtenis.ZWANGERSCHAPSVERLOF, SoortGebeurtenis.AOW_LEEFTIJD) \
                    and g.datum < d.eerste_ziektedag:
                raise DossierFout("Deze gebeurtenis ligt voor de eerste ziektedag.", "datum")
            if soort == SoortGebeurtenis.HERSTELMELDING and not any(
                    e.soort == SoortGebeurtenis.LOONSANCTIE for e in d.gebeurtenissen):
                raise DossierFout("Een herstelmelding hoort bij een loonsanctie: leg eerst de loonsanctie vast.", "soort")
        self._voeg_toe(gebruiker_id, dossier_id, Operatie.GEBEURTENIS_VASTLEGGEN, g, controle)

    def leg_functionele_mogelijkheden_vast(self, gebruiker_id: str, dossier_id: str,
                                           fm: FunctioneleMogelijkheden) -> None:
        def controle(d: Dossier):
            controleer_gebeurd(fm.datum, self.vandaag(), "datum", "De datum van het oordeel", d.eerste_ziektedag)
        self._voeg_toe(gebruiker_id, dossier_id, Operatie.FUNCTIONELE_MOGELIJKHEDEN_VASTLEGGEN, fm, controle)

    def lees_medisch(self, gebruiker_id: str, dossier_id: str) -> MedischDossier:
        return self._handeling(gebruiker_id, dossier_id, Operatie.MEDISCH_LEZEN,
                               lambda uow, kop, *_: uow.medisch(kop.id))

    def leg_medisch_vast(self, gebruiker_id: str, dossier_id: str, aantekening: MedischeAantekening) -> None:
        if not any((aantekening.diagnose, aantekening.beperkingen_toelichting, aantekening.prognose,
                    aantekening.medische_notitie)):
            raise DossierFout("Een medische aantekening is leeg.", "diagnose")

        def werk(uow, kop, *_):
            # the process part gives the first sick day; a medical role may read it
            controleer_gebeurd(aantekening.datum, self.vandaag(), "datum", "De datum van de aantekening",
                               uow.dossier(kop.id).eerste_ziektedag)
            return uow.voeg_medische_aantekening_toe(kop.id, aantekening)
        self._handeling(gebruiker_id, dossier_id, Operatie.MEDISCH_VASTLEGGEN, werk, invoer=aantekening)

    def leg_mening_werknemer_vast(self, gebruiker_id: str, dossier_id: str, mening: MeningWerknemer) -> None:
        """The employee's opinion on the re-integration, for the re-integratieverslag (his alone)."""
        if not mening.mening.strip():
            raise DossierFout("Schrijf uw mening op; een lege mening kan niet worden bewaard.", "mening")

        def werk(uow, kop, *_):
            controleer_gebeurd(mening.datum, self.vandaag(), "datum", "De datum van uw mening",
                               uow.dossier(kop.id).eerste_ziektedag)
            uow.voeg_mening_werknemer_toe(kop.id, mening)
        self._handeling(gebruiker_id, dossier_id, Operatie.MENING_WERKNEMER_VASTLEGGEN, werk, invoer=mening)

    def lees_mening_werknemer(self, gebruiker_id: str, dossier_id: str) -> tuple[MeningWerknemer, ...]:
        return self._handeling(gebruiker_id, dossier_id, Operatie.MENING_WERKNEMER_LEZEN,
                               lambda uow, kop, *_: uow.mening_werknemer(kop.id))

    def lees_voor_verslag(self, gebruiker_id: str, dossier_id: str) -> VerslagGegevens:
        """What this reader may put in a re-integratieverslag: the process part (logged as
        ``dossier_lezen``), his effective role, and the employee's opinion only for a role that may
        read it (one more log record then, ``mening_werknemer_lezen``). Never the medical part."""
        def werk(uow, kop, gebruiker, rol, namens):
            mening: tuple[MeningWerknemer, ...] = ()
            if mag(rol, Operatie.MENING_WERKNEMER_LEZEN):
                mening = tuple(uow.mening_werknemer(kop.id))
                self._log(uow, gebruiker, gebruiker.id, rol.value, namens, kop, kop.id,
                          Operatie.MENING_WERKNEMER_LEZEN.value, True)
            return VerslagGegevens(voor_rol(uow.dossier(kop.id), rol), rol, mening)
        return self._handeling(gebruiker_id, dossier_id, Operatie.DOSSIER_LEZEN, werk)

    def lees_toegangslog(self, gebruiker_id: str, dossier_id: str) -> list[LogRegel]:
        """The whole access log of one case, refusals included (for the log manager)."""
        return self._handeling(gebruiker_id, dossier_id, Operatie.TOEGANGSLOG_LEZEN,
                               lambda uow, kop, *_: uow.log_regels([kop.id]))

    def wie_opende_mijn_dossier(self, gebruiker_id: str, dossier_id: str, *, van: dt.date | None = None,
                                tot_en_met: dt.date | None = None) -> list[Inzage]:
        """NEN 7513's view for the person the file is about: who else read or wrote it, or tried to and
        was refused, when, in which role (with a medical account's BIG number) and on whose behalf;
        optionally within a period (dates in UTC)."""
        def werk(uow, kop, gebruiker, *_):
            uit = []
            for r in uow.log_regels([kop.id]):
                if r.gebruiker_id == gebruiker.id:
                    continue
                dag = dt.date.fromisoformat(r.tijdstip[:10])
                if (van and dag < van) or (tot_en_met and dag > tot_en_met):
                    continue
                uit.append(Inzage(r.tijdstip, r.gebruiker_naam, r.rol, r.namens_naam, r.operatie,
                                  r.gebruiker_big, r.toegestaan))
            return uit
        return self._handeling(gebruiker_id, dossier_id, Operatie.EIGEN_TOEGANGSLOG_LEZEN, werk)

    def wie_opende_mijn_dossier_pagina(self, gebruiker_id: str, dossier_id: str, pagina: int = 1,
                                       per_pagina: int = INZAGE_PER_PAGINA) -> InzagePagina:
        """One page of ``wie_opende_mijn_dossier``, newest first, with the count of all lines; the page
        size is bounded (``INZAGE_MAX_PER_PAGINA``). Read from storage one page at a time, so a long
        illness with thousands of lines costs one page; logged like the whole list."""
        per_pagina = min(max(1, int(per_pagina)), INZAGE_MAX_PER_PAGINA)
        pagina = max(1, int(pagina))

        def werk(uow, kop, gebruiker, *_):
            rijen, totaal = uow.log_regels_van_anderen(kop.id, gebruiker.id, per_pagina, (pagina - 1) * per_pagina)
            return InzagePagina(tuple(Inzage(r.tijdstip, r.gebruiker_naam, r.rol, r.namens_naam, r.operatie,
                                             r.gebruiker_big, r.toegestaan) for r in rijen), totaal, pagina, per_pagina)
        return self._handeling(gebruiker_id, dossier_id, Operatie.EIGEN_TOEGANGSLOG_LEZEN, werk)

    def dossier_overzicht(self, gebruiker_id: str) -> list[dict]:
        """``mijn_dossiers`` with names and dates, for a list a person can read (logged the same way)."""
        koppen = self.mijn_dossiers(gebruiker_id)
        with self._lees_opslag() as uow:
            return uow.dossier_samenvattingen([k.id for k in koppen])

    def controleer_toegangslog(self, gebruiker_id: str, kop: str | None = None) -> LogControle:
        """Verify the whole access log (log manager): chains, checkpoints, anchor, triggers; the check
        itself is logged."""
        with self._opslag() as uow:
            g = uow.gebruiker(gebruiker_id)
            ok = g is not None and mag(g.rol, Operatie.TOEGANGSLOG_LEZEN)
            self._log(uow, g, gebruiker_id, g.rol.value if g else "onbekend", None, None, None,
                      "toegangslog_controleren", ok, "lezen")
            uow.commit()
            if not ok:
                raise GeenToegang("Alleen de beheerder controleert het toegangslog.")
            return uow.controleer_log(kop)

    def eis_beheerder(self, gebruiker_id: str, handeling: str) -> None:
        """Platform work that only an active beheerder does (key rotation); ``handeling`` says what,
        for the message."""
        with self._opslag() as uow:
            g = uow.gebruiker(gebruiker_id)
        if g is None or not g.actief or g.rol != Rol.BEHEERDER:
            raise GeenToegang(f"Alleen een beheerder {handeling}.")

    # ---- the AVG lifecycle ------------------------------------------------------------------------

    def _nu_tekst(self) -> str:
        from .logboek import tijd_tekst

        return tijd_tekst(dt.datetime.now(dt.UTC))

    def leg_uit_dienst_vast(self, gebruiker_id: str, werknemer_id: str, datum: dt.date) -> None:
        """The end of the employment: from here the retention term of the verzuim data runs."""
        def werk(uow, g):
            wn = uow.werknemer(werknemer_id)
            if wn is None:
                raise DossierFout("Onbekende werknemer.", "werknemer_id")
            uow.werk_werknemer_bij(werknemer_id, uit_dienst_op=datum)
        with self._opslag() as uow:
            wn = uow.werknemer(werknemer_id) if _id_ok(werknemer_id) else None
        self._beheer(gebruiker_id, "uit_dienst_vastleggen", werk, werkgever_id=wn.werkgever_id if wn else None,
                     ids={"werknemer_id": werknemer_id})

    def corrigeer_werknemer(self, gebruiker_id: str, werknemer_id: str, veld: str, waarde: str, reden: str) -> None:
        """Correct the employee's own data (AVG art. 16): the old value is kept in the history with the
        reason; the correction is logged."""
        if veld not in WERKNEMER_VELDEN:
            raise DossierFout(f"Dit veld kunt u niet corrigeren; wel: {', '.join(WERKNEMER_VELDEN)}.", "veld")
        controleer_tekst(reden, "reden", verplicht=True)

        def werk(uow, g):
            wn = uow.werknemer(werknemer_id)
            if wn is None:
                raise DossierFout("Onbekende werknemer.", "werknemer_id")
            uow.voeg_correctie_toe(dossier_id=None, werknemer_id=werknemer_id, onderdeel="werknemer", veld=veld,
                                   oud=getattr(wn, veld), nieuw=waarde, reden=reden, door=g.id, tijdstip=self._nu_tekst())
            uow.werk_werknemer_bij(werknemer_id, **{veld: waarde})
        with self._opslag() as uow:
            wn = uow.werknemer(werknemer_id) if _id_ok(werknemer_id) else None
        self._beheer(gebruiker_id, "gegevens_corrigeren", werk, werkgever_id=wn.werkgever_id if wn else None,
                     invoer={veld: waarde, "reden": reden}, ids={"werknemer_id": werknemer_id})

    def corrigeer_dossier(self, gebruiker_id: str, dossier_id: str, veld: str, waarde, reden: str) -> list[str]:
        """Correct a recorded fact of a case (AVG art. 16), keeping the old value and the reason. Who may
        open a case may correct it. Returns warnings in Dutch: after a later first sick day, what the case
        still holds before it (``correcties.voor_eerste_ziektedag``); the correction is kept either way."""
        from .correcties import voor_eerste_ziektedag

        if veld not in DOSSIER_VELDEN:
            raise DossierFout(f"Dit veld kunt u niet corrigeren; wel: {', '.join(DOSSIER_VELDEN)}.", "veld")
        controleer_tekst(reden, "reden", verplicht=True)

        def werk(uow, kop, gebruiker, *_):
            d = uow.dossier(kop.id)
            oud = getattr(d, veld)
            if veld == "eerste_ziektedag":
                controleer_eerste_ziektedag(waarde, self.vandaag(), "waarde")
                eerste = min(d.ziekteperiodes, key=lambda p: p.van, default=None)
                if eerste is not None and eerste.van == oud:
                    uow.verwijder_ziekteperiode(kop.id, oud)
                    uow.voeg_onderdeel_toe(kop.id, Ziekteperiode(waarde, eerste.tot_en_met, eerste.hervatting_percentage))
            uow.voeg_correctie_toe(dossier_id=kop.id, werknemer_id=kop.werknemer_id, onderdeel="dossier", veld=veld,
                                   oud=oud, nieuw=waarde, reden=reden, door=gebruiker.id, tijdstip=self._nu_tekst())
            uow.werk_dossier_bij(kop.id, **{veld: waarde})
            if veld != "eerste_ziektedag":
                return []
            return voor_eerste_ziektedag(dataclasses.replace(d, eerste_ziektedag=waarde))
        return self._handeling(gebruiker_id, dossier_id, Operatie.DOSSIER_AANMAKEN, werk, invoer={"reden": reden},
                               log_als="gegevens_corrigeren")

    def verwijder_ziekteperiode(self, gebruiker_id: str, dossier_id: str, van: dt.date, reden: str) -> None:
        """Remove a sick period recorded by mistake (AVG art. 16), kept in the correction history."""
        self._periode_weg(gebruiker_id, dossier_id, van, reden,
                          lambda p: ("verwijderd", f"{p.van}..{p.tot_en_met or ''}"))

    def _periode_weg(self, gebruiker_id: str, dossier_id: str, van: dt.date, reden: str,
                     historie: Callable[[Ziekteperiode], tuple[str, str]]) -> None:
        """Remove the sick period that begins on ``van`` (never the only one), with a line in the correction
        history: ``historie(periode)`` gives its field and old value."""
        controleer_tekst(reden, "reden", verplicht=True)

        def werk(uow, kop, gebruiker, *_):
            d = uow.dossier(kop.id)
            periode = next((p for p in d.ziekteperiodes if p.van == van), None)
            if periode is None:
                raise DossierFout("Dit dossier heeft geen ziekteperiode die op die dag begint.", "van")
            if len(d.ziekteperiodes) == 1:
                raise DossierFout("De enige ziekteperiode kan niet weg; corrigeer dan de eerste ziektedag.", "van")
            veld, oud = historie(periode)
            self._leg_correctie_vast(uow, kop, gebruiker, "ziekteperiode", veld, oud, "", reden)
            uow.verwijder_ziekteperiode(kop.id, van)
        self._handeling(gebruiker_id, dossier_id, Operatie.ZIEKTEPERIODE_VASTLEGGEN, werk, invoer={"reden": reden},
                        log_als="gegevens_corrigeren")

    # ---- corrections of recorded parts (AVG art. 16; see cases.correcties) ------------------------------

    def _leg_correctie_vast(self, uow: Any, kop: DossierKop, gebruiker: Gebruiker, onderdeel: str, veld: str,
                            oud: object, nieuw: object, reden: str) -> None:
        from .logboek import tijd_tekst

        uow.voeg_correctie_toe(dossier_id=kop.id, werknemer_id=kop.werknemer_id, onderdeel=onderdeel, veld=veld,
                               oud=oud, nieuw=nieuw, reden=reden, door=gebruiker.id, tijdstip=tijd_tekst(self._klok()))

    @staticmethod
    def _gecorrigeerd_onderdeel(d: Any, soort, nummer: object, versie_gezien: str | None, rol: Rol | None = None):
        """The ``nummer``-th part of its list; refused when ``versie_gezien`` is not its fingerprint as ``rol``
        sees it (a field withheld from that role is blank in what the caller saw too)."""
        from .correcties import versie

        lijst = getattr(d, soort.lijst)
        if not isinstance(nummer, int) or isinstance(nummer, bool) or not 0 <= nummer < len(lijst):
            raise DossierFout(f"Dit dossier heeft geen {soort.naam} met nummer {nummer}.", "nummer")
        gezien = getattr(voor_rol(d, rol), soort.lijst)[nummer] if rol is not None else lijst[nummer]
        if versie_gezien and versie_gezien != versie(gezien):
            raise DossierFout("Dit onderdeel is intussen gewijzigd of ingetrokken; open het dossier opnieuw en kijk "
                              "of uw correctie nog nodig is.", "versie")
        return lijst[nummer]

    def _controleer_gecorrigeerd(self, d: Dossier, x: object) -> None:
        """The checks of recording a part, for the part as it becomes (dates between the first sick day and
        today, the plan's scholing, the limits of a UWV decision)."""
        from .model import FunctioneleMogelijkheden, Gebeurtenis, Nazorgmoment, PlanVanAanpak, SoortOordeel, StapGedaan

        vandaag = self.vandaag()
        if isinstance(x, StapGedaan):
            if not x.code.strip():
                raise DossierFout("Een stap heeft een code.", "code")
            controleer_stapcode(x.code)
            controleer_gebeurd(x.datum, vandaag, "datum", "De datum bij 'Gedaan op'", d.eerste_ziektedag)
        elif isinstance(x, PlanVanAanpak):
            if not x.doel.strip():
                raise DossierFout("Het doel van het plan van aanpak mag niet leeg zijn.", "doel")
            if not any(i.soort == SoortInterventie.SCHOLING for i in x.interventies) \
                    and not x.scholing_niet_passend.strip():
                raise DossierFout("Scholing hoort in het plan van aanpak, tenzij u motiveert waarom scholing "
                                  "niet past.", "scholing_niet_passend")
            controleer_gebeurd(x.opgesteld_op, vandaag, "opgesteld_op", "De datum bij 'Opgesteld op'",
                               d.eerste_ziektedag)
        elif isinstance(x, Gebeurtenis):
            soort = SoortGebeurtenis(x.soort)
            if soort == SoortGebeurtenis.LOONSANCTIE and not (x.weken and 1 <= x.weken <= 52):
                raise DossierFout("Een loonsanctie duurt 1 tot en met 52 weken (art. 25 lid 9 WIA).", "weken")
            if soort in (SoortGebeurtenis.UITSTEL_WIA, SoortGebeurtenis.ZWANGERSCHAPSVERLOF) and x.tot is None:
                raise DossierFout("Geef ook de einddatum ('tot').", "tot")
            if x.tot is not None and x.tot < x.datum:
                raise DossierFout("De einddatum ligt voor de begindatum.", "tot")
            if x.besluit_op is not None and x.besluit_op < x.datum:
                raise DossierFout("Het besluit ligt voor de melding.", "besluit_op")
            controleer_gebeurd(x.besluit_op, vandaag, "besluit_op", "De datum bij 'Besluit UWV op'")
            if soort != SoortGebeurtenis.ZWANGERSCHAPSVERLOF and x.datum < d.eerste_ziektedag:
                raise DossierFout("Deze gebeurtenis ligt voor de eerste ziektedag.", "datum")
        elif isinstance(x, Nazorgmoment):
            terug = d.werkhervatting_op
            if terug is None:
                raise DossierFout("Nazorg begint na volledige werkhervatting; die is niet meer vastgelegd.", "gepland_op")
            grens = _plus_jaren(terug, DRIE_JAAR)
            if not terug <= x.gepland_op <= grens:
                raise DossierFout(f"Nazorg valt tussen de werkhervatting ({datum_tekst(terug)}) en drie jaar "
                                  f"daarna ({datum_tekst(grens)}).", "gepland_op")
            controleer_gebeurd(x.gedaan_op, vandaag, "gedaan_op", "De datum bij 'Gedaan op'", terug)
        elif isinstance(x, Spoorkeuze):
            if not x.motivatie.strip():
                raise DossierFout("Een spoorkeuze wordt gemotiveerd.", "motivatie")
            controleer_gebeurd(x.datum_gesprek, vandaag, "datum_gesprek", "De datum van het gesprek", d.eerste_ziektedag)
        elif isinstance(x, ArbeidsdeskundigRapport):
            if not x.opgesteld_door.strip():
                raise DossierFout("'opgesteld_door' mag niet leeg zijn.", "opgesteld_door")
            controleer_gebeurd(x.datum, vandaag, "datum", "De datum van het rapport", d.eerste_ziektedag)
        elif isinstance(x, FunctioneleMogelijkheden):
            for veld in ("door", "beperkingen", "mogelijkheden"):
                if not getattr(x, veld).strip():
                    raise DossierFout(f"'{veld}' mag niet leeg zijn.", veld)
            try:
                SoortOordeel(x.soort)
            except ValueError:
                raise DossierFout(f"Onbekende soort oordeel: '{x.soort}'.", "soort") from None
            controleer_gebeurd(x.datum, vandaag, "datum", "De datum van het oordeel", d.eerste_ziektedag)

    @staticmethod
    def _controleer_sporen(d: Dossier, lijst: str, velden: tuple[str, str]) -> None:
        """What recording a track choice asks (R9: the choice follows the arbeidsdeskundige's report, both tracks
        only where it advises both), for every track choice of the case ``d`` as a correction or withdrawal in
        ``lijst`` leaves it; the message names ``velden`` (for the date, for the choice or advice)."""
        if lijst not in ("spoorkeuzes", "arbeidsdeskundige_rapporten"):
            return
        for k in d.spoorkeuzes:
            rapporten = [r for r in d.arbeidsdeskundige_rapporten if r.datum <= k.datum_gesprek]
            wat = f"de spoorkeuze van {datum_tekst(k.datum_gesprek)}"
            if not rapporten:
                raise DossierFout(f"Dan gaat geen arbeidsdeskundig rapport vooraf aan {wat}: eerst het rapport, dan "
                                  "de spoorkeuze. Corrigeer of trek eerst de spoorkeuze in.", velden[0])
            if k.keuze == Spoor.BEIDE and max(rapporten, key=lambda r: r.datum).advies != Spoor.BEIDE:
                raise DossierFout(f"Beide sporen tegelijk ({wat}) alleen als de arbeidsdeskundige dat adviseert.",
                                  velden[1])

    def corrigeer_onderdeel(self, gebruiker_id: str, dossier_id: str, onderdeel: str, nummer: int,
                            wijziging: dict[str, Any], reden: str, versie: str | None = None) -> None:
        """Correct a recorded part of a case (a step, a plan van aanpak or its revision, a UWV decision or leave,
        an aftercare moment, the bedrijfsarts' judgement in work terms; ``cases.correcties.ONDERDELEN``): the ``nummer``-th of its list in the case (from 0),
        with the new values of some of its fields. Who may record that part may correct it; the part as it was
        and as it becomes stay in the correction history with the reason (AVG art. 16). ``versie``
        (``correcties.versie`` of the part as the caller saw it) refuses a part that changed meanwhile."""
        from .correcties import beschrijving, controleer_wijziging, soort_van

        soort = soort_van(onderdeel)
        controleer_tekst(reden, "reden", verplicht=True)
        controleer_wijziging(soort, wijziging)

        def werk(uow, kop, gebruiker, rol, _namens):
            d = uow.dossier(kop.id)
            oud = self._gecorrigeerd_onderdeel(d, soort, nummer, versie, rol)
            anders, nieuw = _gewijzigd(oud, wijziging)
            self._controleer_gecorrigeerd(d, nieuw)
            lijst = getattr(d, soort.lijst)
            self._controleer_sporen(dataclasses.replace(d, **{soort.lijst: (*lijst[:nummer], nieuw, *lijst[nummer + 1:])}),
                                    soort.lijst, ("datum_gesprek", "keuze") if onderdeel == "spoorkeuze" else
                                    ("datum", "advies"))
            self._leg_correctie_vast(uow, kop, gebruiker, onderdeel, ",".join(anders), beschrijving(oud),
                                     beschrijving(nieuw), reden)
            uow.werk_onderdeel_bij(kop.id, soort.lijst, nummer, **anders)
        self._handeling(gebruiker_id, dossier_id, soort.operatie, werk, invoer={"reden": reden},
                        log_als="gegevens_corrigeren")

    def trek_onderdeel_in(self, gebruiker_id: str, dossier_id: str, onderdeel: str, nummer: int, reden: str,
                          versie: str | None = None) -> None:
        """Withdraw a part recorded by mistake (a step that was not done, a plan entered twice): it leaves the
        case (the timeline no longer counts it) and stays in the correction history as "ingetrokken", with
        who, when and why (AVG art. 16)."""
        from .correcties import INGETROKKEN, beschrijving, soort_van
        from .model import Gebeurtenis

        soort = soort_van(onderdeel)
        controleer_tekst(reden, "reden", verplicht=True)

        def werk(uow, kop, gebruiker, rol, _namens):
            d = uow.dossier(kop.id)
            oud = self._gecorrigeerd_onderdeel(d, soort, nummer, versie, rol)
            lijst = getattr(d, soort.lijst)
            self._controleer_sporen(dataclasses.replace(d, **{soort.lijst: (*lijst[:nummer], *lijst[nummer + 1:])}),
                                    soort.lijst, ("nummer", "nummer"))
            if isinstance(oud, Gebeurtenis) and oud.soort == SoortGebeurtenis.LOONSANCTIE:
                sancties = [g for g in d.gebeurtenissen if g.soort == SoortGebeurtenis.LOONSANCTIE]
                if len(sancties) == 1 and any(g.soort == SoortGebeurtenis.HERSTELMELDING for g in d.gebeurtenissen):
                    raise DossierFout("Bij deze loonsanctie hoort een herstelmelding: trek eerst de herstelmelding in.",
                                      "nummer")
            self._leg_correctie_vast(uow, kop, gebruiker, onderdeel, INGETROKKEN, beschrijving(oud), "", reden)
            uow.verwijder_onderdeel(kop.id, soort.lijst, nummer)
        self._handeling(gebruiker_id, dossier_id, soort.operatie, werk, invoer={"reden": reden},
                        log_als="gegevens_corrigeren")

    # ---- corrections of the medical part (AVG art. 16; BW 7:454 keeps the medical file complete) -------------

    def corrigeer_medisch(self, gebruiker_id: str, dossier_id: str, nummer: int, wijziging: dict[str, Any],
                          reden: str, versie: str | None = None) -> None:
        """Correct the ``nummer``-th medical note of a case (from 0): only the roles that may write medical notes
        (the bedrijfsarts, the casemanager in taakdelegatie). The note as it was and as it becomes, and the reason,
        stay in the correction history, encrypted like the note, and are shown only to who may read the medical
        part. ``versie`` (``correcties.versie`` of the note as the caller saw it) refuses a note changed meanwhile."""
        from .correcties import MEDISCH, MEDISCH_ONDERDEEL, beschrijving, controleer_wijziging

        controleer_tekst(reden, "reden", verplicht=True)
        controleer_wijziging(MEDISCH, wijziging)

        def werk(uow, kop, gebruiker, *_):
            oud = self._gecorrigeerd_onderdeel(uow.medisch(kop.id), MEDISCH, nummer, versie)
            anders, nieuw = _gewijzigd(oud, wijziging)
            if not nieuw.door.strip():
                raise DossierFout("'door' mag niet leeg zijn.", "door")
            if not any((nieuw.diagnose, nieuw.beperkingen_toelichting, nieuw.prognose, nieuw.medische_notitie)):
                raise DossierFout("Een medische aantekening is leeg; trek haar dan in.", next(iter(anders)))
            controleer_gebeurd(nieuw.datum, self.vandaag(), "datum", "De datum van de aantekening",
                               uow.dossier(kop.id).eerste_ziektedag)
            self._leg_correctie_vast(uow, kop, gebruiker, MEDISCH_ONDERDEEL, ",".join(anders), beschrijving(oud),
                                     beschrijving(nieuw), reden)
            uow.werk_medisch_bij(kop.id, nummer, **anders)
        self._handeling(gebruiker_id, dossier_id, Operatie.MEDISCH_VASTLEGGEN, werk, invoer={"reden": reden},
                        log_als="gegevens_corrigeren")

    def trek_medisch_in(self, gebruiker_id: str, dossier_id: str, nummer: int, reden: str,
                        versie: str | None = None) -> None:
        """Withdraw a medical note recorded by mistake (in the wrong case, say): it leaves the medical part and stays
        in its correction history as "ingetrokken", with who, when and why (encrypted; medical readers only)."""
        from .correcties import INGETROKKEN, MEDISCH, MEDISCH_ONDERDEEL, beschrijving

        controleer_tekst(reden, "reden", verplicht=True)

        def werk(uow, kop, gebruiker, *_):
            oud = self._gecorrigeerd_onderdeel(uow.medisch(kop.id), MEDISCH, nummer, versie)
            self._leg_correctie_vast(uow, kop, gebruiker, MEDISCH_ONDERDEEL, INGETROKKEN, beschrijving(oud), "", reden)
            uow.verwijder_medische_aantekening(kop.id, nummer)
        self._handeling(gebruiker_id, dossier_id, Operatie.MEDISCH_VASTLEGGEN, werk, invoer={"reden": reden},
                        log_als="gegevens_corrigeren")

    def lees_medisch_met_correcties(self, gebruiker_id: str, dossier_id: str) -> tuple[MedischDossier, list[dict]]:
        """``lees_medisch`` and the corrections of the medical part (oldest first), for who may read it."""
        from .correcties import MEDISCH_ONDERDEEL

        def werk(uow, kop, *_):
            return uow.medisch(kop.id), [c for c in uow.dossier_correcties(kop.id)
                                         if c["onderdeel"] == MEDISCH_ONDERDEEL]
        return self._handeling(gebruiker_id, dossier_id, Operatie.MEDISCH_LEZEN, werk)

    def lees_medisch_voor_correctie(self, gebruiker_id: str, dossier_id: str
                                    ) -> tuple[Dossier, MedischDossier, list[dict]]:
        """The process part, the medical part and its corrections, for the page that corrects a medical note:
        logged as reading both (``medisch_lezen``, ``dossier_lezen``); a role that may not write medical notes is
        refused before anything is read, and the refusal is logged."""
        from .correcties import MEDISCH_ONDERDEEL

        def werk(uow, kop, gebruiker, rol, namens):
            if not mag(rol, Operatie.MEDISCH_VASTLEGGEN):
                self._log(uow, gebruiker, gebruiker.id, rol.value, namens, kop, kop.id,
                          Operatie.MEDISCH_VASTLEGGEN.value, False, "lezen")
                uow.commit()
                raise GeenToegang()
            self._log(uow, gebruiker, gebruiker.id, rol.value, namens, kop, kop.id, Operatie.DOSSIER_LEZEN.value, True)
            return (voor_rol(uow.dossier(kop.id), rol), uow.medisch(kop.id),
                    [c for c in uow.dossier_correcties(kop.id) if c["onderdeel"] == MEDISCH_ONDERDEEL])
        return self._handeling(gebruiker_id, dossier_id, Operatie.MEDISCH_LEZEN, werk)

    def trek_ziekteperiode_in(self, gebruiker_id: str, dossier_id: str, van: dt.date, reden: str) -> None:
        """``verwijder_ziekteperiode`` with the history line a case page shows ("ingetrokken")."""
        from .correcties import INGETROKKEN, beschrijving

        self._periode_weg(gebruiker_id, dossier_id, van, reden, lambda p: (INGETROKKEN, beschrijving(p)))

    def corrigeer_werknemer_van_dossier(self, gebruiker_id: str, dossier_id: str, veld: str, waarde: str,
                                        reden: str) -> None:
        """``corrigeer_werknemer`` from a case page: the employee of this case, by who may open a case for his
        employer (the same roles), with the correction kept with this case so its page shows it."""
        from .invoer import MAXIMA

        if veld not in WERKNEMER_VELDEN:
            raise DossierFout(f"Dit veld kunt u niet corrigeren; wel: {', '.join(WERKNEMER_VELDEN)}.", "veld")
        controleer_tekst(waarde, "waarde", verplicht=veld == "naam", maximum=MAXIMA[veld])
        controleer_tekst(reden, "reden", verplicht=True)

        def werk(uow, kop, gebruiker, *_):
            wn = uow.werknemer(kop.werknemer_id)
            if wn is None:  # pragma: no cover - a case's employee always exists (foreign key)
                raise DossierFout("Onbekende werknemer.", "werknemer_id")
            if getattr(wn, veld) == waarde:
                raise DossierFout("De nieuwe waarde is gelijk aan de oude: er is niets te corrigeren.", "waarde")
            self._leg_correctie_vast(uow, kop, gebruiker, "werknemer", veld, getattr(wn, veld), waarde, reden)
            uow.werk_werknemer_bij(kop.werknemer_id, **{veld: waarde})
        self._handeling(gebruiker_id, dossier_id, Operatie.DOSSIER_AANMAKEN, werk, invoer={"reden": reden},
                        log_als="gegevens_corrigeren")

    def lees_dossier_met_correcties(self, gebruiker_id: str, dossier_id: str) -> tuple[Dossier, list[dict]]:
        """``lees_dossier`` and the case's correction history (oldest first: what was corrected, from what to
        what, when, by whom and why), in one read logged once as ``dossier_lezen``. Only corrections of the
        process part are ever returned (``correcties.GETOOND``)."""
        from .correcties import GETOOND

        def werk(uow, kop, gebruiker, rol, namens):
            return (voor_rol(uow.dossier(kop.id), rol),
                    [c for c in uow.dossier_correcties(kop.id) if c["onderdeel"] in GETOOND])
        return self._handeling(gebruiker_id, dossier_id, Operatie.DOSSIER_LEZEN, werk)

    def lees_voor_correctie(self, gebruiker_id: str, dossier_id: str,
                            operatie: Operatie) -> tuple[Dossier, list[dict]]:
        """``lees_dossier_met_correcties`` for the page with the form that corrects one part: logged as
        ``dossier_lezen`` like the case page. A role that may not ``operatie`` (record that part, and so
        correct it) is refused, and the refusal is logged (as that operation) instead of the read."""
        from .correcties import GETOOND

        def werk(uow, kop, gebruiker, rol, namens):
            if not mag(rol, operatie):
                self._log(uow, gebruiker, gebruiker.id, rol.value, namens, kop, kop.id, operatie.value, False, "lezen")
                uow.commit()
                raise GeenToegang()
            return (voor_rol(uow.dossier(kop.id), rol),
                    [c for c in uow.dossier_correcties(kop.id) if c["onderdeel"] in GETOOND])
        return self._handeling(gebruiker_id, dossier_id, Operatie.DOSSIER_LEZEN, werk)

    def pas_bewaartermijnen_toe(self, gebruiker_id: str, vandaag: dt.date | None = None) -> list[str]:
        """Purge what is past its retention term (beheerder): the process part of a case and the employee's
        opinion two years after the employment ended (and every period ended); medical notes twenty years
        after they were made (WGBO). Every case touched gets a log record; returns what was removed, in Dutch."""
        from .bewaren import bewaartermijnen

        vandaag = vandaag or dt.datetime.now(dt.UTC).date()
        verzuim_jaren, medisch_jaren = bewaartermijnen(vandaag)
        verslag: list[str] = []

        def werk(uow, g):
            for kop in uow.dossiers_voorbij_bewaartermijn(_plus_jaren(vandaag, -verzuim_jaren)):
                tellingen = uow.verwijder_procesdeel(kop.id)
                self._log(uow, g, g.id, g.rol.value, None, kop, kop.id, "bewaartermijn_verwijderen", True, "schrijven")
                verslag.append(f"Dossier {kop.id}: verzuimgegevens verwijderd ({_tellingen(tellingen)}).")
            for kop in uow.dossiers_met_medisch_voor(_plus_jaren(vandaag, -medisch_jaren)):
                n = uow.verwijder_medisch(kop.id, _plus_jaren(vandaag, -medisch_jaren))
                weg = uow.verwijder_lege_dossier(kop.id)
                self._log(uow, g, g.id, g.rol.value, None, kop, kop.id, "bewaartermijn_verwijderen", True, "schrijven")
                verslag.append(f"Dossier {kop.id}: {n} medische aantekening(en) verwijderd"
                               + (" en het lege dossier." if weg else "."))
        self._beheer(gebruiker_id, "bewaartermijnen_toepassen", werk)
        return verslag or ["Niets verwijderd: geen gegevens voorbij hun bewaartermijn."]

    def wis_werknemer(self, gebruiker_id: str, werknemer_id: str, vandaag: dt.date | None = None) -> list[str]:
        """Erase an employee's case data on his request (AVG art. 17; for the medical part BW 7:455),
        where the law allows it: not while a case is open or within four weeks after recovery (a relapse
        then continues the same period, BW 7:629 lid 10). The access log stays (AVG art. 17 lid 3 sub e:
        it shows who handled his data). Beheerder only."""
        vandaag = vandaag or dt.datetime.now(dt.UTC).date()
        verslag: list[str] = []

        def werk(uow, g):
            if uow.werknemer(werknemer_id) is None:
                raise DossierFout("Onbekende werknemer.", "werknemer_id")
            koppen = uow.dossier_koppen(werknemer_id=werknemer_id)
            for kop in koppen:
                d = uow.dossier(kop.id)
                if any(p.tot_en_met is None for p in d.ziekteperiodes):
                    raise DossierFout("Er loopt nog een ziekteperiode: de gegevens zijn nodig voor de re-integratie "
                                      "en kunnen nu niet worden gewist.", "werknemer_id")
                if d.werkhervatting_op and vandaag < d.werkhervatting_op + SAMENTELLING:
                    raise DossierFout("De werknemer is minder dan vier weken hersteld; een nieuwe ziekmelding telt dan "
                                      "mee met de vorige (art. 7:629 lid 10 BW). Wis later.", "werknemer_id")
            for kop in koppen:
                n = uow.verwijder_medisch(kop.id)
                tellingen = uow.verwijder_procesdeel(kop.id)
                self._log(uow, g, g.id, g.rol.value, None, kop, kop.id, "gegevens_wissen", True, "schrijven")
                verslag.append(f"Dossier {kop.id}: gewist ({_tellingen(tellingen)}; {n} medische aantekening(en)).")
            uow.werk_werknemer_bij(werknemer_id, naam="(gewist)", functie="", telefoon="", verpleegadres="")
        self._beheer(gebruiker_id, "gegevens_wissen", werk, ids={"werknemer_id": werknemer_id})
        return verslag + ["De naam en contactgegevens van de werknemer zijn gewist."]

    def inzage(self, gebruiker_id: str) -> dict:
        """Everything about the employee himself (AVG art. 15 and 20), for his own account: his data, every
        case with its medical part and his opinion, corrections, and who accessed his file, refused
        attempts included. Each case's export is logged as usual."""
        with self._opslag() as uow:
            g = uow.gebruiker(gebruiker_id) if _id_ok(gebruiker_id) else None
            if g is None or not g.actief or g.rol != Rol.WERKNEMER or not g.werknemer_id:
                self._log(uow, g, gebruiker_id if g else "onbekend", g.rol.value if g else "onbekend", None, None,
                          None, "inzage_exporteren", False, "lezen")
                uow.commit()
                raise GeenToegang("Alleen de werknemer zelf vraagt zijn volledige inzage op.")
            wn = uow.werknemer(g.werknemer_id)
            koppen = uow.dossier_koppen(werknemer_id=g.werknemer_id)
            correcties = uow.correcties(g.werknemer_id)
        dossiers = []
        for kop in koppen:
            export = self.exporteer_dossier(gebruiker_id, kop.id)
            export["mening_werknemer"] = naar_json(self.lees_mening_werknemer(gebruiker_id, kop.id))

            def log(uow, k, *_):
                return [{"tijdstip": r.tijdstip, "wie": r.gebruiker_naam, "big_nummer": r.gebruiker_big, "rol": r.rol,
                         "namens": r.namens_naam, "handeling": r.operatie, "toegestaan": r.toegestaan}
                        for r in uow.log_regels([k.id])]
            export["toegangslog"] = self._handeling(gebruiker_id, kop.id, Operatie.EIGEN_TOEGANGSLOG_LEZEN, log)
            dossiers.append(export)
        return {"werknemer": naar_json(wn), "dossiers": dossiers, "correcties": correcties,
                "opgevraagd_op": self._nu_tekst()}



def _tellingen(t: dict[str, int]) -> str:
    return ", ".join(f"{n} x {k.replace('_', ' ')}" for k, n in sorted(t.items())) or "niets"


def _plus_jaren(d: dt.date, jaren: int) -> dt.date:
    try:
        return d.replace(year=d.year + jaren)
    except ValueError:  # 29 February
        return d.replace(year=d.year + jaren, day=28)


def naar_json(obj):
    """Dataclasses, dates and enums to plain JSON data."""
    if dataclasses.is_dataclass(obj):
        return {f.name: naar_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [naar_json(x) for x in obj]
    if isinstance(obj, frozenset):
        return sorted(naar_json(x) for x in obj)
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    return obj
