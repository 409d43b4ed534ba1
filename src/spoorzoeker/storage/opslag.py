"""The SQLAlchemy implementation of ``cases.poorten.Opslag`` (repository + unit of work), and
``open_database`` which gives an opened, migrated ``Database``. The services on it are wired by the
composition root (``spoorzoeker.samenstelling``), not here.

Reading the process part of a case (``dossier``) loads the case row and its process children by
their own relationships; none leads to ``medische_aantekening``. Only ``medisch`` selects from it.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, cast, overload

from cachetools import LRUCache
from sqlalchemy import Table, bindparam, delete, exists, func, insert, select, text, update
from sqlalchemy.engine import Connection, CursorResult, Engine, Result
from sqlalchemy.orm import Session

from ..cases.aanmelden import Account, SessieGegevens
from ..cases.logboek import controleer, keten, ketennaam, maak_zegel, tijd_tekst
from ..cases.medisch import MedischDossier, MedischeAantekening
from ..cases.model import (
    ArbeidsdeskundigRapport,
    Deelnemer,
    Dossier,
    DossierFout,
    DossierKop,
    FunctioneleMogelijkheden,
    Gebeurtenis,
    Gebruiker,
    Interventie,
    LogControle,
    LogRegel,
    MeningWerknemer,
    Nazorgmoment,
    PlanVanAanpak,
    Rol,
    SoortGebeurtenis,
    SoortInterventie,
    SoortNazorg,
    SoortOordeel,
    SoortVraag,
    Spoor,
    Spoorkeuze,
    StapGedaan,
    VraagOfGeschil,
    Werkgever,
    Werknemer,
    WiaPrognose,
    Zegel,
    Ziekteperiode,
)
from .database import (
    DatabaseOntbreekt,
    Schrijfbeurt,
    bestaat,
    lees_engine,
    maak_engine,
    migreer,
    schrijfbeurt,
    standaard_url,
)
from .sleutels import Sleutels, laad_sleutels
from .tabellen import (
    AanmeldBronRij,
    AanmeldNaamRij,
    ArbeidsdeskundigRapportRij,
    CorrectieRij,
    DeelnemerRij,
    DossierRij,
    EersteBeheerderRij,
    FunctioneleMogelijkhedenRij,
    GebeurtenisRij,
    GebruikerRij,
    InterventieRij,
    MedischeAantekeningRij,
    MeningWerknemerRij,
    NazorgRij,
    PlanVanAanpakRij,
    SessieRij,
    SpoorkeuzeRij,
    StapRij,
    ToegangslogRij,
    ToewijzingRij,
    VraagRij,
    WerkgeverRij,
    WerknemerRij,
    ZegelRij,
    ZiekteperiodeRij,
)

LOG_SLOT_KLASSE = 7_513  # PostgreSQL advisory locks (7513, hashtext(chain)): one appender per chain at a time
ZEGEL_SLOT_KLASSE = 7_514  # (7514, 0): one checkpoint at a time
ZEGEL_NA_REGELS = 200
ZEGEL_NA_SECONDEN = 300

_LOG_VELDEN = ("volgnummer", "tijdstip", "gebruiker_id", "gebruiker_naam", "rol", "namens_id", "namens_naam",
               "dossier_id", "werknemer_id", "operatie", "soort", "toegestaan", "vorige_hash", "hash", "gebruiker_big",
               "keten", "ketennummer")


def _werkgever(r: WerkgeverRij) -> Werkgever:
    return Werkgever(r.id, r.naam, r.aantal_werknemers)


def _werknemer(r: WerknemerRij) -> Werknemer:
    return Werknemer(r.id, r.werkgever_id, r.naam, r.functie, r.telefoon, r.verpleegadres)


def _gebruiker(r: GebruikerRij) -> Gebruiker:
    return Gebruiker(r.id, r.naam, Rol(r.rol), frozenset(t.werkgever_id for t in r.toewijzingen),
                     r.werknemer_id, r.taakdelegatie_van, r.inlognaam, r.big_nummer,
                     goedgekeurd=not r.goedkeuring_nodig, ingetrokken=r.ingetrokken_op is not None)


def _log(r: ToegangslogRij) -> LogRegel:
    return LogRegel(**{k: getattr(r, k) for k in _LOG_VELDEN})


def _aantal(uitkomst: Result[Any]) -> int:
    """Rows touched by an UPDATE or DELETE: Session.execute is typed as returning a plain Result, but for
    those statements it is a CursorResult, which has the row count."""
    return cast(CursorResult[Any], uitkomst).rowcount


# ---- prebuilt statements of the hot read path ---------------------------------------------------------
# Built once: SQLAlchemy then only binds the parameters and finds the compiled form in its cache (a
# statement rebuilt per call costs several times more; an ORM load with its relationships more still).

_G, _T = GebruikerRij.__table__.c, ToewijzingRij.__table__.c
_GEBRUIKER = (select(_G.id, _G.naam, _G.rol, _G.werknemer_id, _G.taakdelegatie_van, _G.inlognaam, _G.big_nummer,
                     _G.goedkeuring_nodig, _G.ingetrokken_op, _T.werkgever_id)
              .outerjoin(ToewijzingRij.__table__, _T.gebruiker_id == _G.id).where(_G.id == bindparam("id")))
_S = SessieRij.__table__.c
_SESSIE = select(_S.token_hash, _S.gebruiker_id, _S.aangemaakt_op, _S.laatst_gebruikt, _S.verloopt_om,
                 _S.ingetrokken, _S.bron).where(_S.token_hash == bindparam("token_hash"))
_SESSIE_MET_GEBRUIKER = (
    select(_S.token_hash, _S.gebruiker_id, _S.aangemaakt_op, _S.laatst_gebruikt, _S.verloopt_om, _S.ingetrokken,
           _S.bron, *_GEBRUIKER.selected_columns)
    .select_from(SessieRij.__table__)
    .outerjoin(GebruikerRij.__table__, _G.id == _S.gebruiker_id)
    .outerjoin(ToewijzingRij.__table__, _T.gebruiker_id == _G.id)
    .where(_S.token_hash == bindparam("token_hash")))
_D = DossierRij.__table__.c
_DOSSIER_KOP = select(_D.id, _D.werkgever_id, _D.werknemer_id, _D.versie).where(_D.id == bindparam("id"))
_DOSSIER_VERSIES = select(_D.id, _D.versie).where(_D.id.in_(bindparam("ids", expanding=True)))
_WG, _WN = WerkgeverRij.__table__.c, WerknemerRij.__table__.c
_DOSSIER_BASIS = (
    select(_D.id, _D.eerste_ziektedag, _D.verwachte_duur_weken, _D.vangnet_van_toepassing, _D.arbeidsongeval,
           _D.derde_aansprakelijk, _WG.id.label("wg_id"), _WG.naam.label("wg_naam"), _WG.aantal_werknemers,
           _WN.id.label("wn_id"), _WN.werkgever_id.label("wn_werkgever"), _WN.naam.label("wn_naam"), _WN.functie,
           _WN.telefoon, _WN.verpleegadres)
    .join(WerkgeverRij.__table__, _WG.id == _D.werkgever_id)
    .join(WerknemerRij.__table__, _WN.id == _D.werknemer_id))


def _onderdelen(tabel, volgorde=None):
    """A part table's rows of the cases ``ids``, in the part's own order (grouped per case by the caller)."""
    t = tabel.__table__
    return (select(t).where(t.c.dossier_id.in_(bindparam("ids", expanding=True)))
            .order_by(volgorde if volgorde is not None else t.c.id))


def _kinderen(tabel, ouder_kolom: str):
    t = tabel.__table__
    return select(t).where(t.c[ouder_kolom].in_(bindparam("ouders", expanding=True))).order_by(t.c.id)


_ONDERDELEN: dict[type, Any] = {tabel: _onderdelen(tabel) for tabel in (
    PlanVanAanpakRij, SpoorkeuzeRij, FunctioneleMogelijkhedenRij, StapRij, ArbeidsdeskundigRapportRij, VraagRij,
    NazorgRij, GebeurtenisRij)}
_ONDERDELEN[ZiekteperiodeRij] = _onderdelen(ZiekteperiodeRij, ZiekteperiodeRij.__table__.c.van)
# The case's row also says which parts have rows (one index probe each, inside the same statement), so a
# read queries only those: most cases have two or three kinds of parts, not nine.


# the parts a correction may change or withdraw (cases.correcties.ONDERDELEN), by the case's list name
_CORRIGEERBAAR: dict[str, Any] = {"stappen": StapRij, "plannen_van_aanpak": PlanVanAanpakRij,
                                  "gebeurtenissen": GebeurtenisRij, "nazorg": NazorgRij,
                                  "functionele_mogelijkheden": FunctioneleMogelijkhedenRij,
                                  "spoorkeuzes": SpoorkeuzeRij, "arbeidsdeskundige_rapporten": ArbeidsdeskundigRapportRij}
# the kind of correction that is of the medical part (cases.correcties.MEDISCH), and the fields of a medical note
# that are stored encrypted
MEDISCH_ONDERDEEL = "medisch"
MEDISCH_VERSLEUTELD = frozenset({"diagnose", "beperkingen_toelichting", "prognose", "medische_notitie"})
_C = CorrectieRij.__table__.c
# a case's corrections with the name of who made each (read with every case page: prebuilt, no ORM objects)
_CORRECTIES = (select(_C.tijdstip, _C.onderdeel, _C.veld, _C.oude_waarde, _C.nieuwe_waarde, _C.reden, _G.naam)
               .select_from(CorrectieRij.__table__).outerjoin(GebruikerRij.__table__, _G.id == _C.door)
               .where(_C.dossier_id == bindparam("id")).order_by(_C.id))


def _geen_dossier() -> Exception:
    """What reading a case that does not exist raises (as SQLAlchemy's ``one()`` did)."""
    from sqlalchemy.exc import NoResultFound

    return NoResultFound("Geen dossier gevonden")


def _heeft_rijen(tabel: Any) -> Any:
    """True when the case (of the outer query) has rows in the part table ``tabel``."""
    return exists().where(tabel.__table__.c.dossier_id == _D.id).label(f"heeft_{tabel.__tablename__}")


_HEEFT = {tabel: _heeft_rijen(tabel) for tabel in _ONDERDELEN}
_DOSSIER_RIJEN = _DOSSIER_BASIS.add_columns(*_HEEFT.values()).where(_D.id.in_(bindparam("ids", expanding=True)))
LADEN_PER_KEER = 500  # cases loaded in one set of queries (well under the databases' limits on parameters)
_KINDEREN = {InterventieRij: _kinderen(InterventieRij, "plan_id"), DeelnemerRij: _kinderen(DeelnemerRij, "spoorkeuze_id")}
_L = ToegangslogRij.__table__.c
_LOG_HOOGSTE = select(func.max(_L.volgnummer))
_LOG_LAATSTE = (select(*(_L[k] for k in _LOG_VELDEN)).where(_L.keten == bindparam("keten"))
                .order_by(_L.ketennummer.desc()).limit(1))
_LOG_INVOEGEN = insert(cast(Table, ToegangslogRij.__table__))  # Core: no ORM bulk-insert machinery
# The chain's newest record (the same statement on SQLite and PostgreSQL).
_LOGKOP_ZETTEN = text("INSERT INTO logkop (keten, ketennummer, hash, gezegeld) VALUES (:keten, :ketennummer, :hash, "
                      "FALSE) ON CONFLICT (keten) DO UPDATE SET ketennummer = excluded.ketennummer, "
                      "hash = excluded.hash, gezegeld = FALSE")
# The heads a new checkpoint seals: those changed since the previous one (partial index on NOT gezegeld).
_LOGKOPPEN_ONGEZEGELD = text("SELECT keten, ketennummer, hash FROM logkop WHERE NOT gezegeld")
_LOG_AANTAL = text("SELECT COALESCE(SUM(ketennummer), 0) FROM logkop")
# Sealed, unless the chain grew meanwhile (then its new head waits for the next checkpoint).
_LOGKOP_GEZEGELD = text("UPDATE logkop SET gezegeld = TRUE WHERE keten = :keten AND ketennummer = :ketennummer")


def _gebruiker_uit_rijen(rijen) -> Gebruiker | None:
    """An account from its rows in ``_GEBRUIKER`` (one per employer it is assigned to, or one without)."""
    if not rijen:
        return None
    r = rijen[0]
    return Gebruiker(r.id, r.naam, Rol(r.rol), frozenset(x.werkgever_id for x in rijen if x.werkgever_id is not None),
                     r.werknemer_id, r.taakdelegatie_van, r.inlognaam, r.big_nummer,
                     goedgekeurd=not r.goedkeuring_nodig, ingetrokken=r.ingetrokken_op is not None)


class DossierGeheugen:
    """The process part of the cases read last, per case with its ``versie``: a reader asks the database
    for the case's version (one query) and gets the case it read before while that number stands.
    Only read transactions fill it (they see committed data only); thread-safe; the oldest goes first."""

    def __init__(self, maximum: int = 2048):
        self._slot = threading.Lock()
        self._inhoud: LRUCache[str, tuple[int, Dossier]] = LRUCache(maximum)

    def haal(self, dossier_id: str, versie: int) -> Dossier | None:
        with self._slot:
            gevonden = self._inhoud.get(dossier_id)
        return gevonden[1] if gevonden is not None and gevonden[0] == versie else None

    def bewaar(self, dossier_id: str, versie: int, dossier: Dossier) -> None:
        with self._slot:
            self._inhoud[dossier_id] = (versie, dossier)


class SqlOpslag:
    """One transaction on the case database.

    A write transaction works through an ORM ``Session``. A read-only one (``alleen_lezen``) and a
    log-only one (``kern``: the group log's appends) work on a plain Core ``Connection``: the hot read
    path and the log append are prebuilt Core statements, and a Session costs about as much again as
    the statements themselves. Such a unit still offers ``session`` for the few ORM reads; that Session
    is made on first use, bound to the same connection, so it reads in the same transaction."""

    def __init__(self, engine: Engine, sleutels: Sleutels | None = None, na_commit=None,
                 geheugen: DossierGeheugen | None = None, alleen_lezen: bool = False, kern: bool = False,
                 beurt: Schrijfbeurt | None = None):
        self._engine = engine
        self._beurt = beurt if not alleen_lezen else None  # SQLite: the writers' turn (see Schrijfbeurt)
        self._heeft_beurt = False
        self._sleutels = sleutels
        self._na_commit = na_commit
        self._geheugen = geheugen
        self._alleen_lezen = alleen_lezen
        self._kern = kern or alleen_lezen
        self.nieuwe_logregels = 0
        self._session: Session | None = None
        self._verbinding: Connection | None = None
        self._versies: dict[str, int] = {}  # read transactions: versions seen by ``dossier_kop``

    @property
    def session(self) -> Session:
        """The open session; only inside `with SqlOpslag(...)`."""
        if self._session is None:
            if self._verbinding is None:
                raise RuntimeError("SqlOpslag is only usable inside a with-block")
            if not self._verbinding.in_transaction():
                self._verbinding.begin()  # the connection's transaction: the Session joins it, never ends it
            self._session = Session(bind=self._verbinding, expire_on_commit=False, autoflush=True,
                                    join_transaction_mode="rollback_only")
        return self._session

    def _uitvoeren(self, opdracht, parameters: dict | list[dict[str, Any]] | None = None) -> Result[Any]:
        """Run a Core statement in this unit's transaction (on the connection, or through the Session)."""
        if self._verbinding is not None:
            if self._session is not None:
                self._session.flush()
            return self._verbinding.execute(opdracht, parameters)
        return self.session.execute(opdracht, parameters)

    @property
    def _dialect(self) -> str:
        return self._engine.dialect.name

    @property
    def sleutels(self) -> Sleutels:
        if self._sleutels is None:
            self._sleutels = laad_sleutels()
        return self._sleutels

    def __enter__(self) -> SqlOpslag:
        if self._beurt is not None:
            self._heeft_beurt = self._beurt.neem()
        if self._kern:
            self._verbinding = self._engine.connect()
        else:
            self._session = Session(self._engine, expire_on_commit=False, autoflush=True)
        return self

    def __exit__(self, soort, fout, tb) -> None:
        try:
            if self._session is not None:
                try:
                    self._session.rollback()  # no-op after commit; undoes anything left uncommitted
                finally:
                    self._session.close()
                    self._session = None
        finally:
            if self._verbinding is not None:
                self._verbinding.close()  # rolls back what was not committed
            self._beurt_voorbij()
        vertaald = vertaal_databasefout(fout) if fout is not None else None
        if vertaald is not None:
            raise vertaald from fout

    def commit(self) -> None:
        self._versies.clear()
        if self._verbinding is not None:
            if self._session is not None:
                self._session.flush()
                self._sluit_session()
            self._verbinding.commit()
        else:
            self.session.commit()
        self._beurt_voorbij()  # before the seal below, which writes in a unit of its own
        if self.nieuwe_logregels and self._na_commit is not None:
            n, self.nieuwe_logregels = self.nieuwe_logregels, 0
            self._na_commit(n)

    def rollback(self) -> None:
        self._versies.clear()
        if self._verbinding is not None:
            self._sluit_session()
            self._verbinding.rollback()
        else:
            self.session.rollback()
        self._beurt_voorbij()

    def _beurt_voorbij(self) -> None:
        if self._heeft_beurt and self._beurt is not None:
            self._heeft_beurt = False
            self._beurt.geef_vrij()

    def _sluit_session(self) -> None:
        """A Session on this unit's connection ends with its transaction; the next use makes a new one."""
        if self._session is not None:
            self._session.close()
            self._session = None

    # ---- master data -----------------------------------------------------------------------------

    def gebruiker(self, gebruiker_id: str) -> Gebruiker | None:
        return _gebruiker_uit_rijen(self._uitvoeren(_GEBRUIKER, {"id": gebruiker_id}).all())

    # ---- accounts and sessions (cases.aanmelden) ---------------------------------------------------

    def _account(self, r: GebruikerRij | None) -> Account | None:
        if r is None:
            return None
        return Account(_gebruiker(r), r.wachtwoord_hash, self.sleutels.ontsleutel(r.totp_geheim) or None,
                       bool(r.totp_bevestigd), r.totp_laatste_stap, r.mislukte_pogingen or 0, r.geblokkeerd_tot)

    def account(self, gebruiker_id: str) -> Account | None:
        return self._account(self.session.get(GebruikerRij, gebruiker_id))

    def account_op_inlognaam(self, inlognaam: str) -> Account | None:
        r = self.session.execute(select(GebruikerRij).where(GebruikerRij.inlognaam == inlognaam)).scalar_one_or_none()
        return self._account(r)

    def werk_account_bij(self, gebruiker_id: str, **velden) -> None:
        r = self.session.get(GebruikerRij, gebruiker_id)
        for k, v in velden.items():
            if k == "totp_geheim" and v is not None:
                v = self.sleutels.versleutel(v)
            setattr(r, k, v)
        self.session.flush()

    def verhoog_mislukte_pogingen(self, gebruiker_id: str) -> int:
        """One more failed attempt, counted by the database itself (two parallel failures count twice)."""
        self.session.execute(update(GebruikerRij).where(GebruikerRij.id == gebruiker_id).values(
            mislukte_pogingen=GebruikerRij.mislukte_pogingen + 1))
        return self.session.execute(select(GebruikerRij.mislukte_pogingen).where(
            GebruikerRij.id == gebruiker_id)).scalar_one()

    # failed log-ins per name and per source, shared by every process (migration 0009)

    def _aanmeld_sleutel(self, soort: str, waarde: str) -> str:
        """The keyed hash a name or source is stored as (never the name itself)."""
        return self.sleutels.onderteken(f"aanmeldteller\x00{soort}\x00{waarde}")

    def aanmeldteller(self, inlognaam: str) -> tuple[int, str | None, str] | None:
        """The failures in a row of a name: (count, locked until, last failure), or None."""
        t = AanmeldNaamRij.__table__.c
        r = self._uitvoeren(select(t.mislukt, t.geblokkeerd_tot, t.laatst).where(
            t.sleutel == self._aanmeld_sleutel("naam", inlognaam))).first()
        return None if r is None else (int(r.mislukt), r.geblokkeerd_tot, r.laatst)

    def tel_mislukte_aanmelding(self, inlognaam: str, tijdstip: str, opnieuw: bool = False) -> int:
        """One more failure of a name, counted by the database itself in one statement (two processes
        failing at once count twice); ``opnieuw``: the count starts again at this failure (and a lock is
        lifted). Returns the new count."""
        tabel = cast(Table, AanmeldNaamRij.__table__)
        sleutel = self._aanmeld_sleutel("naam", inlognaam)
        if self._dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as insert_dialect
        else:
            from sqlalchemy.dialects.sqlite import insert as insert_dialect  # type: ignore[assignment]
        nieuw = {"mislukt": 1, "geblokkeerd_tot": None, "laatst": tijdstip} if opnieuw else {
            "mislukt": tabel.c.mislukt + 1, "laatst": tijdstip}
        self._uitvoeren(insert_dialect(tabel).values(sleutel=sleutel, mislukt=1, geblokkeerd_tot=None, laatst=tijdstip)
                        .on_conflict_do_update(index_elements=[tabel.c.sleutel], set_=nieuw))
        return int(self._uitvoeren(select(tabel.c.mislukt).where(tabel.c.sleutel == sleutel)).scalar_one())

    def blokkeer_inlognaam(self, inlognaam: str, tot: str) -> None:
        t = AanmeldNaamRij.__table__.c
        self._uitvoeren(update(AanmeldNaamRij).where(t.sleutel == self._aanmeld_sleutel("naam", inlognaam))
                        .values(geblokkeerd_tot=tot))

    def wis_aanmeldteller(self, inlognaam: str) -> None:
        """A successful log-in, or a beheerder who set a new password: the count of the name ends."""
        self._uitvoeren(delete(AanmeldNaamRij).where(
            AanmeldNaamRij.__table__.c.sleutel == self._aanmeld_sleutel("naam", inlognaam)))

    def mislukte_aanmeldingen_van_bron(self, bron: str, sinds: str) -> int:
        t = AanmeldBronRij.__table__.c
        return int(self._uitvoeren(select(func.count()).select_from(AanmeldBronRij).where(
            t.sleutel == self._aanmeld_sleutel("bron", bron), t.tijdstip >= sinds)).scalar_one())

    def voeg_mislukte_aanmelding_van_bron_toe(self, bron: str, tijdstip: str) -> None:
        self._uitvoeren(insert(AanmeldBronRij).values(sleutel=self._aanmeld_sleutel("bron", bron), tijdstip=tijdstip))

    def ruim_aanmeldtellers_op(self, bronnen_voor: str, namen_voor: str, nu: str) -> int:
        """Remove what has expired: failures of sources before ``bronnen_voor`` (outside the window) and names
        whose last failure lies before ``namen_voor`` and that are not locked at ``nu``. Returns the rows gone."""
        b, n = AanmeldBronRij.__table__.c, AanmeldNaamRij.__table__.c
        weg = self._uitvoeren(delete(AanmeldBronRij).where(b.tijdstip < bronnen_voor))
        weg2 = self._uitvoeren(delete(AanmeldNaamRij).where(
            n.laatst < namen_voor, (n.geblokkeerd_tot.is_(None)) | (n.geblokkeerd_tot <= nu)))
        return int(cast(CursorResult, weg).rowcount or 0) + int(cast(CursorResult, weg2).rowcount or 0)

    def voeg_sessie_toe(self, s: SessieGegevens) -> None:
        self.session.add(SessieRij(token_hash=s.token_hash, gebruiker_id=s.gebruiker_id, aangemaakt_op=s.aangemaakt_op,
                                   laatst_gebruikt=s.laatst_gebruikt, verloopt_om=s.verloopt_om,
                                   ingetrokken=s.ingetrokken, bron=s.bron))
        self.session.flush()

    def sessie(self, token_hash: str) -> SessieGegevens | None:
        r = self._uitvoeren(_SESSIE, {"token_hash": token_hash}).first()
        if r is None:
            return None
        return SessieGegevens(r.token_hash, r.gebruiker_id, r.aangemaakt_op, r.laatst_gebruikt, r.verloopt_om,
                              bool(r.ingetrokken), r.bron)

    def sessie_met_gebruiker(self, token_hash: str) -> tuple[SessieGegevens, Gebruiker | None] | None:
        """A session and its account in one query (the check on every request)."""
        rijen = self._uitvoeren(_SESSIE_MET_GEBRUIKER, {"token_hash": token_hash}).all()
        if not rijen:
            return None
        r = rijen[0]
        sessie = SessieGegevens(r.token_hash, r.gebruiker_id, r.aangemaakt_op, r.laatst_gebruikt, r.verloopt_om,
                                bool(r.ingetrokken), r.bron)
        return sessie, (_gebruiker_uit_rijen(rijen) if r.id is not None else None)

    def werk_sessie_bij(self, token_hash: str, **velden) -> None:
        self.session.execute(update(SessieRij).where(SessieRij.token_hash == token_hash).values(**velden))

    def trek_sessies_in(self, gebruiker_id: str) -> None:
        self.session.execute(update(SessieRij).where(SessieRij.gebruiker_id == gebruiker_id).values(ingetrokken=True))

    def heeft_gebruikers(self) -> bool:
        return self.session.execute(select(GebruikerRij.id).limit(1)).first() is not None

    def werkgever(self, werkgever_id: str) -> Werkgever | None:
        r = self.session.get(WerkgeverRij, werkgever_id)
        return _werkgever(r) if r else None

    def werknemer(self, werknemer_id: str) -> Werknemer | None:
        r = self.session.get(WerknemerRij, werknemer_id)
        return _werknemer(r) if r else None

    def voeg_werkgever_toe(self, w: Werkgever) -> None:
        self.session.add(WerkgeverRij(id=w.id, naam=w.naam, aantal_werknemers=w.aantal_werknemers))
        self.session.flush()

    def voeg_werknemer_toe(self, w: Werknemer) -> None:
        self.session.add(WerknemerRij(id=w.id, werkgever_id=w.werkgever_id, naam=w.naam, functie=w.functie,
                                      telefoon=w.telefoon, verpleegadres=w.verpleegadres))
        self.session.flush()

    def voeg_gebruiker_toe(self, g: Gebruiker, aangemaakt_door: str | None = None) -> None:
        if g.inlognaam is not None and self.session.execute(
                select(GebruikerRij.id).where(GebruikerRij.inlognaam == g.inlognaam)).first() is not None:
            raise DossierFout("Deze inlognaam is al in gebruik.", "inlognaam")
        self.session.add(GebruikerRij(
            id=g.id, naam=g.naam, rol=Rol(g.rol).value, werknemer_id=g.werknemer_id,
            taakdelegatie_van=g.taakdelegatie_van, inlognaam=g.inlognaam, big_nummer=g.big_nummer,
            goedkeuring_nodig=not g.goedgekeurd, aangemaakt_door=aangemaakt_door,
            mislukte_pogingen=0, totp_bevestigd=False,
            toewijzingen=[ToewijzingRij(werkgever_id=w) for w in sorted(g.werkgever_ids)]))
        self.session.flush()

    def zet_eerste_beheerder(self, gebruiker_id: str) -> None:
        """Claim the one 'first beheerder' row; a second claim fails on the primary key (IntegrityError)."""
        self.session.add(EersteBeheerderRij(id=1, gebruiker_id=gebruiker_id))
        self.session.flush()

    def gebruikers(self) -> list[Gebruiker]:
        return [_gebruiker(r) for r in self.session.execute(
            select(GebruikerRij).order_by(GebruikerRij.rol, GebruikerRij.naam, GebruikerRij.id)).scalars()]

    def werk_gebruiker_bij(self, gebruiker_id: str, **velden) -> None:
        """Change an account's status fields (goedkeuring_nodig, goedgekeurd_door, ingetrokken_op, ...)."""
        r = self.session.get(GebruikerRij, gebruiker_id)
        for k, v in velden.items():
            setattr(r, k, v)
        self.session.flush()

    def aangemaakt_door(self, gebruiker_id: str) -> str | None:
        return self.session.execute(select(GebruikerRij.aangemaakt_door).where(
            GebruikerRij.id == gebruiker_id)).scalar_one_or_none()

    def trek_toewijzing_in(self, gebruiker_id: str, werkgever_id: str) -> bool:
        rij = self.session.get(ToewijzingRij, (gebruiker_id, werkgever_id))
        if rij is None:
            return False
        self.session.delete(rij)
        self.session.flush()
        self.session.expire_all()
        return True

    def voeg_toewijzing_toe(self, gebruiker_id: str, werkgever_id: str) -> None:
        if self.session.get(ToewijzingRij, (gebruiker_id, werkgever_id)) is None:
            self.session.add(ToewijzingRij(gebruiker_id=gebruiker_id, werkgever_id=werkgever_id))
            self.session.flush()
            self.session.expire_all()

    # ---- the process part -------------------------------------------------------------------------

    def dossier_kop(self, dossier_id: str) -> DossierKop | None:
        r = self._uitvoeren(_DOSSIER_KOP, {"id": dossier_id}).first()
        if r is None:
            return None
        if self._alleen_lezen:  # one snapshot: ``dossier`` needs not ask for the version again
            self._versies[dossier_id] = r.versie
        return DossierKop(r.id, r.werkgever_id, r.werknemer_id)

    def dossier_koppen(self, werkgever_ids=None, werknemer_id=None) -> list[DossierKop]:
        """The heads of an employee's or some employers' cases. In a read transaction their versions are
        kept too, so reading those cases from the cache needs no query per case (the work list)."""
        q = select(_D.id, _D.werkgever_id, _D.werknemer_id, _D.versie).order_by(_D.id)
        if werknemer_id is not None:
            q = q.where(_D.werknemer_id == werknemer_id)
        elif werkgever_ids is not None:
            q = q.where(_D.werkgever_id.in_(list(werkgever_ids)))
        else:
            return []
        koppen = []
        for r in self._uitvoeren(q):
            if self._alleen_lezen:
                self._versies[r.id] = r.versie
            koppen.append(DossierKop(r.id, r.werkgever_id, r.werknemer_id))
        return koppen

    def dossier_samenvattingen(self, dossier_ids: list[str]) -> list[dict]:
        """Id, employer and employee names, first sick day and whether all periods ended."""
        if not dossier_ids:
            return []
        q = (select(DossierRij.id, WerkgeverRij.naam, WerknemerRij.naam, DossierRij.eerste_ziektedag)
             .join(WerkgeverRij, WerkgeverRij.id == DossierRij.werkgever_id)
             .join(WerknemerRij, WerknemerRij.id == DossierRij.werknemer_id)
             .where(DossierRij.id.in_(dossier_ids)).order_by(DossierRij.eerste_ziektedag, DossierRij.id))
        open_ = {r[0] for r in self.session.execute(select(ZiekteperiodeRij.dossier_id).where(
            ZiekteperiodeRij.dossier_id.in_(dossier_ids), ZiekteperiodeRij.tot_en_met.is_(None)))}
        return [{"dossier": i, "werkgever": wg, "werknemer": wn, "eerste_ziektedag": d.isoformat(),
                 "ziek": i in open_} for i, wg, wn, d in self.session.execute(q)]

    def _nieuwe_versie(self, dossier_id: str) -> None:
        """Every write to a case raises its version (so a cached read of it is no longer served)."""
        self.session.execute(update(DossierRij).where(DossierRij.id == dossier_id)
                             .values(versie=DossierRij.versie + 1).execution_options(synchronize_session=False))

    def dossier(self, dossier_id: str) -> Dossier:
        """The process part of a case: from the cache when its version is unchanged (one query), else
        loaded in full. A write transaction may use the cache but never fills it (it sees its own
        uncommitted writes)."""
        return self.dossiers([dossier_id])[dossier_id]

    def dossiers(self, dossier_ids: list[str]) -> dict[str, Dossier]:
        """Several cases at once (the work list): those unchanged since they were cached from the cache,
        the others loaded together, a few queries per ``LADEN_PER_KEER`` cases instead of a few per case."""
        uit: dict[str, Dossier] = {}
        te_laden = list(dossier_ids)
        if self._geheugen is not None:
            onbekend = [i for i in dossier_ids if i not in self._versies]
            for k in range(0, len(onbekend), LADEN_PER_KEER):
                for r in self._uitvoeren(_DOSSIER_VERSIES, {"ids": onbekend[k:k + LADEN_PER_KEER]}):
                    self._versies[r.id] = r.versie
            te_laden = []
            for i in dossier_ids:
                if i not in self._versies:
                    raise _geen_dossier()
                d = self._geheugen.haal(i, self._versies[i])
                if d is None:
                    te_laden.append(i)
                else:
                    uit[i] = d
        for k in range(0, len(te_laden), LADEN_PER_KEER):
            geladen = self._laad_dossiers(te_laden[k:k + LADEN_PER_KEER])
            for i, d in geladen.items():
                if self._geheugen is not None and self._alleen_lezen:
                    self._geheugen.bewaar(i, self._versies[i], d)
            uit.update(geladen)
        if not self._alleen_lezen:  # a write transaction sees its own writes; versions are asked again
            self._versies.clear()
        return uit

    def _laad_dossiers(self, dossier_ids: list[str]) -> dict[str, Dossier]:
        """The process part of ``dossier_ids`` in a few plain queries (one per part table that has rows for
        any of them; no ORM objects): each case with its employer and employee, then each part in its own
        order. A case that does not exist raises, as for one."""
        uitvoeren = self._uitvoeren
        koppen = {r.id: r for r in uitvoeren(_DOSSIER_RIJEN, {"ids": dossier_ids})}
        if len(koppen) != len(set(dossier_ids)):
            raise _geen_dossier()

        def per_dossier(tabel) -> dict[str, list]:
            per: dict[str, list] = {i: [] for i in koppen}
            met = [i for i, kop in koppen.items() if getattr(kop, _HEEFT[tabel].name)]
            if met:
                for r in uitvoeren(_ONDERDELEN[tabel], {"ids": met}):
                    per[r.dossier_id].append(r)
            return per

        def kinderen(tabel, ouder_kolom: str, ouders) -> dict[int, list]:
            """The child rows of ``ouders`` in one query, per parent id (in id order)."""
            per_ouder: dict[int, list] = {o.id: [] for o in ouders}
            if per_ouder:
                for r in uitvoeren(_KINDEREN[tabel], {"ouders": list(per_ouder)}):
                    per_ouder[getattr(r, ouder_kolom)].append(r)
            return per_ouder

        delen = {tabel: per_dossier(tabel) for tabel in _ONDERDELEN}
        interventies = kinderen(InterventieRij, "plan_id",
                                [p for rijen in delen[PlanVanAanpakRij].values() for p in rijen])
        deelnemers = kinderen(DeelnemerRij, "spoorkeuze_id",
                              [k for rijen in delen[SpoorkeuzeRij].values() for k in rijen])
        return {i: self._bouw_dossier(kop, {t: rijen[i] for t, rijen in delen.items()}, interventies, deelnemers)
                for i, kop in koppen.items()}

    @staticmethod
    def _bouw_dossier(kop, delen: dict, interventies: dict[int, list], deelnemers: dict[int, list]) -> Dossier:
        def rijen(tabel):
            return delen[tabel]

        plannen = rijen(PlanVanAanpakRij)
        keuzes = rijen(SpoorkeuzeRij)
        return Dossier(
            id=kop.id, werkgever=Werkgever(kop.wg_id, kop.wg_naam, kop.aantal_werknemers),
            werknemer=Werknemer(kop.wn_id, kop.wn_werkgever, kop.wn_naam, kop.functie, kop.telefoon,
                                kop.verpleegadres),
            eerste_ziektedag=kop.eerste_ziektedag, verwachte_duur_weken=kop.verwachte_duur_weken,
            vangnet_van_toepassing=kop.vangnet_van_toepassing, arbeidsongeval=kop.arbeidsongeval,
            derde_aansprakelijk=kop.derde_aansprakelijk,
            ziekteperiodes=tuple(Ziekteperiode(p.van, p.tot_en_met, p.hervatting_percentage)
                                 for p in rijen(ZiekteperiodeRij)),
            functionele_mogelijkheden=tuple(
                FunctioneleMogelijkheden(f.datum, f.door, f.beperkingen, f.mogelijkheden, f.advies,
                                         SoortOordeel(f.soort))
                for f in rijen(FunctioneleMogelijkhedenRij)),
            stappen=tuple(StapGedaan(st.code, st.datum, st.door, st.document, st.motivatie_afwijking)
                          for st in rijen(StapRij)),
            plannen_van_aanpak=tuple(
                PlanVanAanpak(p.opgesteld_op, p.doel,
                              tuple(Interventie(SoortInterventie(i.soort), i.omschrijving, i.start, i.eind)
                                    for i in interventies[p.id]),
                              p.scholing_niet_passend, p.is_bijstelling)
                for p in plannen),
            arbeidsdeskundige_rapporten=tuple(
                ArbeidsdeskundigRapport(a.datum, a.opgesteld_door, a.spoor1_realistisch, a.toelichting_spoor1,
                                        a.mogelijkheden_spoor2, WiaPrognose(a.wia_prognose), Spoor(a.advies))
                for a in rijen(ArbeidsdeskundigRapportRij)),
            spoorkeuzes=tuple(
                Spoorkeuze(k.datum_gesprek, tuple(Deelnemer(n.rol, n.naam) for n in deelnemers[k.id]),
                           Spoor(k.keuze), k.motivatie)
                for k in keuzes),
            vragen=tuple(
                VraagOfGeschil(v.id, SoortVraag(v.soort), v.ingediend_op, v.ingediend_door_rol, v.onderwerp,
                               v.intake_op, v.intake, v.uitkomst_op, v.uitkomst)
                for v in rijen(VraagRij)),
            nazorg=tuple(Nazorgmoment(n.gepland_op, SoortNazorg(n.soort), n.gedaan_op, n.notitie)
                         for n in rijen(NazorgRij)),
            gebeurtenissen=tuple(Gebeurtenis(SoortGebeurtenis(g.soort), g.datum, g.tot, g.weken, g.besluit_op, g.uitkomst)
                                 for g in rijen(GebeurtenisRij)),
        )

    def voeg_dossier_toe(self, d: Dossier) -> None:
        self.session.add(DossierRij(
            id=d.id, werkgever_id=d.werkgever.id, werknemer_id=d.werknemer.id, eerste_ziektedag=d.eerste_ziektedag,
            verwachte_duur_weken=d.verwachte_duur_weken, vangnet_van_toepassing=d.vangnet_van_toepassing,
            arbeidsongeval=d.arbeidsongeval, derde_aansprakelijk=d.derde_aansprakelijk))
        self.session.flush()
        for p in d.ziekteperiodes:
            self.voeg_onderdeel_toe(d.id, p)

    def voeg_onderdeel_toe(self, dossier_id: str, o: object) -> int:
        s = self.session
        rij: (ZiekteperiodeRij | FunctioneleMogelijkhedenRij | StapRij | PlanVanAanpakRij | ArbeidsdeskundigRapportRij
              | SpoorkeuzeRij | VraagRij | NazorgRij | GebeurtenisRij)
        if isinstance(o, Ziekteperiode):
            periode = s.execute(select(ZiekteperiodeRij).where(
                ZiekteperiodeRij.dossier_id == dossier_id, ZiekteperiodeRij.van == o.van)).scalar_one_or_none()
            if periode is None:
                periode = ZiekteperiodeRij(dossier_id=dossier_id, van=o.van)
                s.add(periode)
            periode.tot_en_met, periode.hervatting_percentage = o.tot_en_met, o.hervatting_percentage
            rij = periode
        elif isinstance(o, FunctioneleMogelijkheden):
            rij = FunctioneleMogelijkhedenRij(dossier_id=dossier_id, datum=o.datum, door=o.door,
                                              beperkingen=o.beperkingen, mogelijkheden=o.mogelijkheden, advies=o.advies,
                                              soort=SoortOordeel(o.soort).value)
        elif isinstance(o, StapGedaan):
            rij = StapRij(dossier_id=dossier_id, code=o.code, datum=o.datum, door=o.door, document=o.document,
                          motivatie_afwijking=o.motivatie_afwijking)
        elif isinstance(o, PlanVanAanpak):
            rij = PlanVanAanpakRij(
                dossier_id=dossier_id, opgesteld_op=o.opgesteld_op, doel=o.doel,
                scholing_niet_passend=o.scholing_niet_passend, is_bijstelling=o.is_bijstelling,
                interventies=[InterventieRij(soort=SoortInterventie(i.soort).value, omschrijving=i.omschrijving,
                                             start=i.start, eind=i.eind) for i in o.interventies])
        elif isinstance(o, ArbeidsdeskundigRapport):
            rij = ArbeidsdeskundigRapportRij(
                dossier_id=dossier_id, datum=o.datum, opgesteld_door=o.opgesteld_door,
                spoor1_realistisch=o.spoor1_realistisch, toelichting_spoor1=o.toelichting_spoor1,
                mogelijkheden_spoor2=o.mogelijkheden_spoor2, wia_prognose=WiaPrognose(o.wia_prognose).value,
                advies=Spoor(o.advies).value)
        elif isinstance(o, Spoorkeuze):
            rij = SpoorkeuzeRij(dossier_id=dossier_id, datum_gesprek=o.datum_gesprek, keuze=Spoor(o.keuze).value,
                                motivatie=o.motivatie,
                                deelnemers=[DeelnemerRij(rol=d.rol, naam=d.naam) for d in o.deelnemers])
        elif isinstance(o, VraagOfGeschil):
            rij = VraagRij(dossier_id=dossier_id, soort=SoortVraag(o.soort).value, ingediend_op=o.ingediend_op,
                           ingediend_door_rol=o.ingediend_door_rol, onderwerp=o.onderwerp, intake_op=o.intake_op,
                           intake=o.intake, uitkomst_op=o.uitkomst_op, uitkomst=o.uitkomst)
        elif isinstance(o, Nazorgmoment):
            rij = NazorgRij(dossier_id=dossier_id, gepland_op=o.gepland_op, soort=SoortNazorg(o.soort).value,
                            gedaan_op=o.gedaan_op, notitie=o.notitie)
        elif isinstance(o, Gebeurtenis):
            rij = GebeurtenisRij(dossier_id=dossier_id, soort=SoortGebeurtenis(o.soort).value, datum=o.datum, tot=o.tot,
                                 weken=o.weken, besluit_op=o.besluit_op, uitkomst=o.uitkomst)
        else:
            raise TypeError(f"geen onderdeel van een dossier: {type(o).__name__}")
        s.add(rij)
        s.flush()
        self._nieuwe_versie(dossier_id)
        return rij.id

    def werk_vraag_bij(self, dossier_id: str, vraag_id: int, **velden) -> None:
        rij = self.session.get(VraagRij, vraag_id)
        if rij is None or rij.dossier_id != dossier_id:
            raise DossierFout("Deze vraag hoort niet bij dit dossier.", "vraag_id")
        for k, v in velden.items():
            setattr(rij, k, v)
        self.session.flush()
        self._nieuwe_versie(dossier_id)

    # ---- the AVG lifecycle: correction, end of employment, retention, erasure ---------------------------

    def werk_werknemer_bij(self, werknemer_id: str, **velden) -> None:
        r = self.session.get(WerknemerRij, werknemer_id)
        for k, v in velden.items():
            setattr(r, k, v)
        self.session.flush()
        self.session.execute(update(DossierRij).where(DossierRij.werknemer_id == werknemer_id)
                             .values(versie=DossierRij.versie + 1).execution_options(synchronize_session=False))

    def uit_dienst_op(self, werknemer_id: str) -> dt.date | None:
        return self.session.execute(select(WerknemerRij.uit_dienst_op).where(
            WerknemerRij.id == werknemer_id)).scalar_one_or_none()

    def werk_dossier_bij(self, dossier_id: str, **velden) -> None:
        r = self.session.get(DossierRij, dossier_id)
        for k, v in velden.items():
            setattr(r, k, v)
        self.session.flush()
        self._nieuwe_versie(dossier_id)

    def verwijder_ziekteperiode(self, dossier_id: str, van: dt.date) -> bool:
        rij = self.session.execute(select(ZiekteperiodeRij).where(
            ZiekteperiodeRij.dossier_id == dossier_id, ZiekteperiodeRij.van == van)).scalar_one_or_none()
        if rij is None:
            return False
        self.session.delete(rij)
        self.session.flush()
        self._nieuwe_versie(dossier_id)
        return True

    def voeg_correctie_toe(self, *, dossier_id, werknemer_id, onderdeel, veld, oud, nieuw, reden, door, tijdstip):
        v = self.sleutels.versleutel
        # the reason of a correction of the medical part may be medical too: encrypted like the values
        self.session.add(CorrectieRij(dossier_id=dossier_id, werknemer_id=werknemer_id, onderdeel=onderdeel, veld=veld,
                                      oude_waarde=v(str(oud if oud is not None else "")),
                                      nieuwe_waarde=v(str(nieuw if nieuw is not None else "")),
                                      reden=v(reden) if onderdeel == MEDISCH_ONDERDEEL else reden, door=door,
                                      tijdstip=tijdstip))
        self.session.flush()

    def correcties(self, werknemer_id: str) -> list[dict]:
        o = self.sleutels.ontsleutel
        return [{"tijdstip": r.tijdstip, "dossier": r.dossier_id, "onderdeel": r.onderdeel, "veld": r.veld,
                 "oude_waarde": o(r.oude_waarde), "nieuwe_waarde": o(r.nieuwe_waarde),
                 "reden": o(r.reden) if r.onderdeel == MEDISCH_ONDERDEEL else r.reden}
                for r in self.session.execute(select(CorrectieRij).where(CorrectieRij.werknemer_id == werknemer_id)
                                              .order_by(CorrectieRij.id)).scalars()]

    # ---- corrections of recorded parts (cases.correcties; DossierService.corrigeer_onderdeel) ----------------

    def _onderdeel_rij(self, dossier_id: str, lijst: str, nummer: int):
        """The ``nummer``-th row (from 0, in the order the case lists them: by id) of a part of the case."""
        tabel = _CORRIGEERBAAR[lijst]
        rij = self.session.execute(select(tabel).where(tabel.dossier_id == dossier_id).order_by(tabel.id)
                                   .offset(nummer).limit(1)).scalar_one_or_none()
        if rij is None:
            raise DossierFout("Dit onderdeel bestaat niet (meer) in dit dossier.", "nummer")
        return rij

    def werk_onderdeel_bij(self, dossier_id: str, lijst: str, nummer: int, **velden) -> None:
        rij = self._onderdeel_rij(dossier_id, lijst, nummer)
        for k, v in velden.items():
            setattr(rij, k, getattr(v, "value", v))
        self.session.flush()
        self._nieuwe_versie(dossier_id)

    def verwijder_onderdeel(self, dossier_id: str, lijst: str, nummer: int) -> None:
        self.session.delete(self._onderdeel_rij(dossier_id, lijst, nummer))  # a plan's interventions go with it
        self.session.flush()
        self._nieuwe_versie(dossier_id)

    def dossier_correcties(self, dossier_id: str) -> list[dict]:
        """The corrections kept with a case, oldest first, with the name of who made each."""
        rijen = self._uitvoeren(_CORRECTIES, {"id": dossier_id}).all()
        if not rijen:  # most cases: no keys needed
            return []
        o = self.sleutels.ontsleutel
        return [{"tijdstip": r.tijdstip, "onderdeel": r.onderdeel, "veld": r.veld, "oude_waarde": o(r.oude_waarde),
                 "nieuwe_waarde": o(r.nieuwe_waarde),
                 "reden": o(r.reden) if r.onderdeel == MEDISCH_ONDERDEEL else r.reden, "door": r.naam or "onbekend"}
                for r in rijen]

    def dossiers_voorbij_bewaartermijn(self, uit_dienst_voor: dt.date) -> list[DossierKop]:
        """Cases of employees whose employment ended before ``uit_dienst_voor`` and whose periods all ended."""
        open_ = select(ZiekteperiodeRij.dossier_id).where(ZiekteperiodeRij.tot_en_met.is_(None))
        q = (select(DossierRij.id, DossierRij.werkgever_id, DossierRij.werknemer_id)
             .join(WerknemerRij, WerknemerRij.id == DossierRij.werknemer_id)
             .where(WerknemerRij.uit_dienst_op.is_not(None), WerknemerRij.uit_dienst_op < uit_dienst_voor,
                    DossierRij.id.not_in(open_),
                    DossierRij.id.in_(select(ZiekteperiodeRij.dossier_id)))  # a purged case has no period left
             .order_by(DossierRij.id))
        return [DossierKop(*r) for r in self.session.execute(q)]

    def verwijder_procesdeel(self, dossier_id: str) -> dict[str, int]:
        """Delete the process part of a case, the employee's opinion and its corrections; the case row too
        when no medical note remains (those follow their own, longer term). The access log stays."""
        s, tellingen = self.session, {}
        plannen = select(PlanVanAanpakRij.id).where(PlanVanAanpakRij.dossier_id == dossier_id)
        keuzes = select(SpoorkeuzeRij.id).where(SpoorkeuzeRij.dossier_id == dossier_id)
        s.execute(delete(InterventieRij).where(InterventieRij.plan_id.in_(plannen)))
        s.execute(delete(DeelnemerRij).where(DeelnemerRij.spoorkeuze_id.in_(keuzes)))
        for tabel in (ZiekteperiodeRij, FunctioneleMogelijkhedenRij, StapRij, PlanVanAanpakRij,
                      ArbeidsdeskundigRapportRij, SpoorkeuzeRij, VraagRij, NazorgRij, GebeurtenisRij,
                      MeningWerknemerRij, CorrectieRij):
            n = _aantal(s.execute(delete(tabel).where(tabel.dossier_id == dossier_id)))
            if n:
                tellingen[tabel.__tablename__] = n
        if s.execute(select(MedischeAantekeningRij.id).where(MedischeAantekeningRij.dossier_id == dossier_id)
                     .limit(1)).first() is None:
            s.execute(delete(DossierRij).where(DossierRij.id == dossier_id))
            tellingen["dossier"] = 1
        else:
            self._nieuwe_versie(dossier_id)
        s.flush()
        s.expire_all()
        return tellingen

    def verwijder_medisch(self, dossier_id: str, gemaakt_voor: dt.date | None = None) -> int:
        """Delete medical notes of a case (those dated before ``gemaakt_voor``; all when None)."""
        q = delete(MedischeAantekeningRij).where(MedischeAantekeningRij.dossier_id == dossier_id)
        if gemaakt_voor is not None:
            q = q.where(MedischeAantekeningRij.datum < gemaakt_voor)
        n = _aantal(self.session.execute(q))
        self.session.flush()
        return n

    def dossiers_met_medisch_voor(self, gemaakt_voor: dt.date) -> list[DossierKop]:
        q = (select(DossierRij.id, DossierRij.werkgever_id, DossierRij.werknemer_id).where(
            DossierRij.id.in_(select(MedischeAantekeningRij.dossier_id).where(
                MedischeAantekeningRij.datum < gemaakt_voor))).order_by(DossierRij.id))
        return [DossierKop(*r) for r in self.session.execute(q)]

    def verwijder_lege_dossier(self, dossier_id: str) -> bool:
        s = self.session
        heeft = any(s.execute(select(t.id).where(t.dossier_id == dossier_id).limit(1)).first() is not None
                    for t in (MedischeAantekeningRij, ZiekteperiodeRij, StapRij))
        if heeft:
            return False
        s.execute(delete(DossierRij).where(DossierRij.id == dossier_id))
        s.flush()
        return True

    # ---- the medical part -------------------------------------------------------------------------

    def medisch(self, dossier_id: str) -> MedischDossier:
        rijen = self.session.execute(select(MedischeAantekeningRij).where(
            MedischeAantekeningRij.dossier_id == dossier_id).order_by(MedischeAantekeningRij.id)).scalars()
        o = self.sleutels.ontsleutel
        return MedischDossier(dossier_id, tuple(
            MedischeAantekening(r.datum, r.door, o(r.diagnose), o(r.beperkingen_toelichting), o(r.prognose),
                                o(r.medische_notitie))
            for r in rijen))

    def _medische_rij(self, dossier_id: str, nummer: int) -> MedischeAantekeningRij:
        """The ``nummer``-th medical note (from 0, in the order ``medisch`` lists them: by id) of a case."""
        rij = self.session.execute(select(MedischeAantekeningRij).where(MedischeAantekeningRij.dossier_id == dossier_id)
                                   .order_by(MedischeAantekeningRij.id).offset(nummer).limit(1)).scalar_one_or_none()
        if rij is None:
            raise DossierFout("Deze aantekening bestaat niet (meer) in dit dossier.", "nummer")
        return rij

    def werk_medisch_bij(self, dossier_id: str, nummer: int, **velden) -> None:
        """Correct fields of a medical note; its texts stay encrypted (``MEDISCH_VERSLEUTELD``)."""
        rij = self._medische_rij(dossier_id, nummer)
        for k, w in velden.items():
            setattr(rij, k, self.sleutels.versleutel(w) if k in MEDISCH_VERSLEUTELD else w)
        self.session.flush()

    def verwijder_medische_aantekening(self, dossier_id: str, nummer: int) -> None:
        self.session.delete(self._medische_rij(dossier_id, nummer))
        self.session.flush()

    def voeg_medische_aantekening_toe(self, dossier_id: str, a: MedischeAantekening) -> None:
        v = self.sleutels.versleutel
        self.session.add(MedischeAantekeningRij(
            dossier_id=dossier_id, datum=a.datum, door=a.door, diagnose=v(a.diagnose),
            beperkingen_toelichting=v(a.beperkingen_toelichting), prognose=v(a.prognose),
            medische_notitie=v(a.medische_notitie)))
        self.session.flush()

    # ---- the employee's opinion -----------------------------------------------------------------------

    def mening_werknemer(self, dossier_id: str) -> tuple[MeningWerknemer, ...]:
        rijen = self.session.execute(select(MeningWerknemerRij).where(
            MeningWerknemerRij.dossier_id == dossier_id).order_by(MeningWerknemerRij.id)).scalars()
        return tuple(MeningWerknemer(r.datum, self.sleutels.ontsleutel(r.mening), r.eens_met_verslag) for r in rijen)

    def voeg_mening_werknemer_toe(self, dossier_id: str, m: MeningWerknemer) -> None:
        self.session.add(MeningWerknemerRij(dossier_id=dossier_id, datum=m.datum, mening=self.sleutels.versleutel(m.mening),
                                            eens_met_verslag=m.eens_met_verslag))
        self.session.flush()

    # ---- the access log ---------------------------------------------------------------------------

    def log_toevoegen(self, regel: LogRegel) -> LogRegel:
        """Append to the record's chain (its case, or its account). On PostgreSQL a lock per chain
        (different cases never wait for each other), the number from a sequence and the time from the
        database server; on SQLite the transaction already holds the write lock. Never the caller's clock."""
        return self.log_toevoegen_alle([regel])[0]

    def log_toevoegen_alle(self, regels: list[LogRegel]) -> list[LogRegel]:
        """Append ``regels`` in this order (see ``log_toevoegen``). On SQLite the transaction holds the write
        lock, so the highest number is read once and each chain's last record once, whatever the number of
        records, and the records and chain heads are written in one call each: the group log's transaction
        (every logged read waits for it) runs the fewest statements while it holds the lock."""
        s = self._uitvoeren
        nieuw: list[LogRegel] = []
        laatste: dict[str, LogRegel | None] = {}
        volgnummer = 0 if self._dialect == "postgresql" else (s(_LOG_HOOGSTE).scalar() or 0)
        for regel in regels:
            keten_ = ketennaam(regel)
            if self._dialect == "postgresql":
                s(text("SELECT pg_advisory_xact_lock(:klasse, hashtext(:keten))"),
                  {"klasse": LOG_SLOT_KLASSE, "keten": keten_})
                volgnummer = s(text("SELECT nextval('toegangslog_volgnummer_seq')")).scalar_one()
                nu = s(text("SELECT clock_timestamp()")).scalar_one()
            else:
                volgnummer += 1
                nu = dt.datetime.now(dt.UTC)
            if keten_ not in laatste:
                r = s(_LOG_LAATSTE, {"keten": keten_}).first()
                laatste[keten_] = LogRegel(**r._asdict()) if r is not None else None
            vorige = laatste[keten_]
            tijdstip = tijd_tekst(nu)
            if vorige is not None and vorige.tijdstip > tijdstip:
                tijdstip = vorige.tijdstip  # the clock was set back: a chain's times never go back
            laatste[keten_] = gekoppeld = keten(regel, vorige, self.sleutels, volgnummer=volgnummer, tijdstip=tijdstip)
            nieuw.append(gekoppeld)
        if nieuw:
            s(_LOG_INVOEGEN, [{k: getattr(r, k) for k in _LOG_VELDEN} for r in nieuw])
            koppen = {r.keten: r for r in nieuw}  # per chain its newest record
            s(_LOGKOP_ZETTEN, [{"keten": k, "ketennummer": r.ketennummer, "hash": r.hash} for k, r in koppen.items()])
        self.nieuwe_logregels += len(nieuw)
        return nieuw

    def log_regels(self, dossier_ids: list[str] | None = None) -> list[LogRegel]:
        q = select(ToegangslogRij).order_by(ToegangslogRij.volgnummer)
        if dossier_ids is not None:
            q = q.where(ToegangslogRij.dossier_id.in_(list(dossier_ids)))
        return [_log(r) for r in self.session.execute(q).scalars()]

    def log_regels_van_anderen(self, dossier_id: str, zonder_gebruiker: str, aantal: int,
                               overslaan: int) -> tuple[list[LogRegel], int]:
        """One page of a case's log without the records of one user (the employee's "who opened my file"),
        newest first, and how many such records there are in all."""
        t = ToegangslogRij
        waar = (t.dossier_id == dossier_id, t.gebruiker_id != zonder_gebruiker)
        totaal = self.session.execute(select(func.count()).select_from(t).where(*waar)).scalar_one()
        q = select(t).where(*waar).order_by(t.volgnummer.desc()).limit(aantal).offset(overslaan)
        return [_log(r) for r in self.session.execute(q).scalars()], int(totaal)

    # ---- checkpoints of the log ---------------------------------------------------------------------

    def zegels(self) -> list[Zegel]:
        return [_zegel(r) for r in self.session.execute(select(ZegelRij).order_by(ZegelRij.nummer)).scalars()]

    def zegel_stand(self) -> tuple[Zegel | None, dict[str, tuple[int, str]], int]:
        """What a new checkpoint seals, as this transaction sees it: the last checkpoint (without its heads),
        the head (number, hash) of every chain that changed since that checkpoint (``logkop`` rows not yet
        sealed; all at the first checkpoint), and the number of records. Neither the whole log nor every
        chain is read: the cost grows with the records since the last checkpoint. A chain is numbered 1, 2,
        3, ... without gaps, so the number of records is the sum of the heads' numbers (a record removed
        behind the triggers' back then shows as a checkpoint counting more records than the log holds)."""
        # The last checkpoint without its heads: a new one needs only its number, time and hash (reading
        # and parsing every head of the previous checkpoint was a third of a seal's cost).
        z = ZegelRij.__table__.c
        vorige = self._uitvoeren(select(z.nummer, z.tijdstip, z.aantal, z.vorige_hash, z.hash)
                                 .order_by(z.nummer.desc()).limit(1)).first()
        rijen: list[Any] = list(self._uitvoeren(_LOGKOPPEN_ONGEZEGELD))
        koppen = {r[0]: (int(r[1]), str(r[2])) for r in rijen}
        aantal = int(self._uitvoeren(_LOG_AANTAL).scalar_one())
        return (Zegel(vorige.nummer, vorige.tijdstip, vorige.aantal, {}, vorige.vorige_hash, vorige.hash)
                if vorige else None), koppen, aantal

    def verzegel(self, stand: tuple[Zegel | None, dict[str, tuple[int, str]], int] | None = None) -> Zegel | None:
        """Seal the heads of the chains changed since the previous checkpoint and the number of records into a
        new checkpoint (not committed); the heads sealed are marked so (``logkop.gezegeld``).

        ``stand`` (from ``zegel_stand`` in an earlier read transaction) is what to seal; without it this
        transaction reads it itself. A seal of an earlier snapshot is still true (those records stay, the
        log only grows), but it must follow the checkpoint it was read after: when another checkpoint was
        written meanwhile, nothing is sealed (None)."""
        s = self.session
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text("SELECT pg_advisory_xact_lock(:klasse, 0)"), {"klasse": ZEGEL_SLOT_KLASSE})
            nu = s.execute(text("SELECT clock_timestamp()")).scalar_one()
        else:
            nu = dt.datetime.now(dt.UTC)
        laatste = s.execute(select(func.max(ZegelRij.nummer))).scalar()
        if stand is None:
            stand = self.zegel_stand()
        vorige, koppen, aantal = stand
        if laatste != (vorige.nummer if vorige else None):
            return None  # another process sealed meanwhile
        tijdstip = tijd_tekst(nu)
        if vorige is not None and vorige.tijdstip > tijdstip:
            tijdstip = vorige.tijdstip  # the clock was set back: checkpoints never go back in time
        z = maak_zegel(nummer=(vorige.nummer + 1) if vorige else 1, tijdstip=tijdstip, aantal=aantal,
                       koppen=koppen, vorige=vorige, sleutels=self.sleutels)
        s.add(ZegelRij(nummer=z.nummer, tijdstip=z.tijdstip, aantal=z.aantal,
                       koppen=json.dumps({k: list(v) for k, v in sorted(z.koppen.items())}),
                       vorige_hash=z.vorige_hash, hash=z.hash))
        s.flush()
        if z.koppen:
            s.execute(_LOGKOP_GEZEGELD, [{"keten": k, "ketennummer": n} for k, (n, _) in z.koppen.items()])
        return z

    def controleer_log(self, kop: str | None = None) -> LogControle:
        """Verify chains, checkpoints, the anchor file outside the database, a saved head and the triggers."""
        from dataclasses import replace as _vervang

        from . import logbeveiliging

        try:
            ankerfout: tuple[str, ...] = ()
            anker = logbeveiliging.lees_anker(self._engine.url.render_as_string(hide_password=True))
        except Exception as e:  # noqa: BLE001 - unreadable or unsafe anchor: a finding, not a crash
            anker, ankerfout = None, (f"Het ankerbestand kan niet worden gelezen ({e}).",)
        ontbrekend = logbeveiliging.ontbrekende(self.session.connection())
        uitslag = controleer(self.log_regels(), self.sleutels, zegels=self.zegels(), anker=anker, kop=kop,
                             ontbrekende_regels=ontbrekend)
        if ankerfout:
            uitslag = _vervang(uitslag, in_orde=False, fouten=uitslag.fouten + ankerfout)
        return uitslag


def _zegel(r: ZegelRij) -> Zegel:
    return Zegel(r.nummer, r.tijdstip, r.aantal, {k: (int(v[0]), str(v[1])) for k, v in json.loads(r.koppen).items()},
                 r.vorige_hash, r.hash)


def vertaal_databasefout(fout: BaseException):
    """A database error a person can cause or wait out, as one Dutch DossierFout; None for others."""
    from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

    if not isinstance(fout, DBAPIError):
        return None
    tekst = str(getattr(fout, "orig", fout))
    if isinstance(fout, IntegrityError) and "ziekteperiode_overlap" in tekst:
        return DossierFout("Deze ziekteperiode overlapt met een andere.", "van")
    code = getattr(getattr(fout, "orig", None), "sqlstate", None)
    if code in ("55P03", "57014", "40001", "40P01") or (
            isinstance(fout, OperationalError) and "database is locked" in tekst):
        return DatabaseBezet("De database is even bezig met een ander verzoek (wachttijd verstreken); "
                             "er is niets opgeslagen. Probeer het over een ogenblik opnieuw.")
    return None


class DatabaseBezet(DossierFout):
    """A lock or statement timeout: nothing was stored; try again."""

    def __init__(self, bericht: str):
        super().__init__(bericht, None)


class _Logopdracht:
    def __init__(self, regels: list[LogRegel]):
        self.regels = regels
        self.klaar = threading.Event()
        self.leider = False
        self.fout: BaseException | None = None


class Groepslog:
    """Group commit of access-log records: requests that finish at the same time write their records in
    one write transaction (one sync to disk) instead of one each. A request waits until the transaction
    holding its records is committed, so no data leaves before its record is on disk; if that
    transaction fails, every request in it fails. The first request to arrive writes for all that
    wait (the leader); when it is done, the first that arrived meanwhile leads the next group."""

    def __init__(self, opslag: Callable[[], SqlOpslag]):
        self._opslag = opslag
        self._slot = threading.Lock()
        self._wachtrij: list[_Logopdracht] = []
        self._bezig = False

    def schrijf(self, regels: list[LogRegel]) -> None:
        opdracht = _Logopdracht(regels)
        with self._slot:
            self._wachtrij.append(opdracht)
            if not self._bezig:
                self._bezig = opdracht.leider = True
        if not opdracht.leider:
            opdracht.klaar.wait()
        if opdracht.leider:  # from the start, or handed the lead while waiting
            self._schrijf_groep()
        if opdracht.fout is not None:
            raise opdracht.fout

    def _schrijf_groep(self) -> None:
        with self._slot:
            groep, self._wachtrij = self._wachtrij, []
        fout: BaseException | None = None
        try:
            with self._opslag() as uow:
                uow.log_toevoegen_alle([regel for o in groep for regel in o.regels])
                uow.commit()
        except BaseException as e:  # noqa: BLE001 - handed to every request of the group
            fout = e
        with self._slot:
            volgende = self._wachtrij[0] if self._wachtrij else None
            if volgende is not None:
                volgende.leider = True
            else:
                self._bezig = False
        for o in groep:
            o.fout = fout
            o.klaar.set()
        if volgende is not None:
            volgende.klaar.set()


@dataclass
class Database:
    """An opened, migrated case database."""

    engine: Engine
    sleutels: Sleutels | None = None

    def __post_init__(self) -> None:
        self._sinds_zegel = 0
        self._zegel_tijd = time.monotonic()
        self._zegel_slot = threading.Lock()
        self._zegel_draad: threading.Thread | None = None
        self.hersteld: tuple[str, ...] = ()
        self._lees_engine = lees_engine(self.engine)
        self._beurt = schrijfbeurt(self.engine)
        self.dossiers = DossierGeheugen()
        self.groepslog = Groepslog(self.log_opslag)

    def opslag(self) -> SqlOpslag:
        """A write transaction (on SQLite it holds the write lock from its start)."""
        if self.sleutels is None:
            self.sleutels = laad_sleutels()
        return SqlOpslag(self.engine, self.sleutels, self._na_commit, self.dossiers, beurt=self._beurt)

    def log_opslag(self) -> SqlOpslag:
        """A write transaction for access-log records only (the group log's): on a plain connection."""
        if self.sleutels is None:
            self.sleutels = laad_sleutels()
        return SqlOpslag(self.engine, self.sleutels, self._na_commit, self.dossiers, kern=True, beurt=self._beurt)

    def lees_opslag(self) -> SqlOpslag:
        """A read-only transaction: no lock on SQLite (readers do not wait for each other or for a
        writer), READ ONLY on PostgreSQL. The caller writes its access-log records in a write
        transaction of their own (``DossierService`` does)."""
        if self.sleutels is None:
            self.sleutels = laad_sleutels()
        return SqlOpslag(self._lees_engine, self.sleutels, geheugen=self.dossiers, alleen_lezen=True)

    @property
    def naam(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def _na_commit(self, nieuw: int) -> None:
        """Seal now and then: every ZEGEL_NA_REGELS records or ZEGEL_NA_SECONDEN, whichever comes first.

        The seal runs in a thread of its own, one at a time, not in the request whose commit made it due:
        it reads the head of every chain (about 15 ms on a log of 1,000 cases), and a page that waited for
        it was the slowest of the load benchmark. Every record is on disk before its request returns
        whether or not it is sealed yet; a checkpoint only makes later tampering visible."""
        with self._zegel_slot:
            self._sinds_zegel += nieuw
            nodig = (self._sinds_zegel >= ZEGEL_NA_REGELS
                     or time.monotonic() - self._zegel_tijd >= ZEGEL_NA_SECONDEN)
            if not nodig or self._zegel_draad is not None:
                return
            self._zegel_draad = draad = threading.Thread(target=self._zegel_op_achtergrond, name="logzegel",
                                                         daemon=True)
        draad.start()

    def _zegel_op_achtergrond(self) -> None:
        try:
            self.verzegel(stil=True)
        finally:
            with self._zegel_slot:
                self._zegel_draad = None

    def wacht_op_zegel(self) -> None:
        """Wait until a seal running in the background is written (before closing, and in tests)."""
        with self._zegel_slot:
            draad = self._zegel_draad
        if draad is not None:
            draad.join()

    @overload
    def verzegel(self, stil: Literal[False] = False) -> Zegel: ...
    @overload
    def verzegel(self, stil: bool) -> Zegel | None: ...

    def verzegel(self, stil: bool = False) -> Zegel | None:
        """Write a new checkpoint into the database and its copy into the anchor file outside it."""
        from . import logbeveiliging

        with self._zegel_slot:
            self._sinds_zegel, self._zegel_tijd = 0, time.monotonic()
        try:
            with self.lees_opslag() as lezen:  # the heavy part (the whole log's index) without the write lock
                stand = lezen.zegel_stand()
            with SqlOpslag(self.engine, self.sleutels, beurt=self._beurt) as uow:
                z = uow.verzegel(stand)
                if z is None:  # another process sealed meanwhile: seal what this transaction sees
                    z = uow.verzegel()
                assert z is not None
                uow.commit()
            logbeveiliging.schrijf_anker(self.naam, z)
            return z
        except Exception:  # noqa: BLE001 - sealing must never break the request that triggered it
            if not stil:
                raise
            return None

    def controleer_log(self, verwachte_kop: str | None = None, verzegel: bool = True) -> LogControle:
        """Verify the access log: chains, checkpoints, the anchor file, a saved head ('number:hash'),
        the protecting triggers. When all is in order, seal a new checkpoint whose head is returned
        (for the log manager's tooling; not itself logged)."""
        from dataclasses import replace as _vervang

        with self.opslag() as uow:
            uitslag = uow.controleer_log(verwachte_kop)
        if self.hersteld:
            uitslag = _vervang(uitslag, in_orde=False, fouten=uitslag.fouten + tuple(
                f"De databaseregel '{n}' die het toegangslog beschermt ontbrak; hij is bij het openen hersteld."
                for n in self.hersteld))
        if uitslag.in_orde and verzegel:
            z = self.verzegel()
            uitslag = _vervang(uitslag, kop_hash=z.kop)
        return uitslag

    def roteer_sleutel(self) -> int:
        """Key rotation: a new encryption key in the key file, every encrypted field re-encrypted with it
        in one transaction, then the old key dropped. Returns the number of fields re-encrypted."""
        from .sleutels import laat_oude_sleutels_vallen, voeg_nieuwe_sleutel_toe

        if self.sleutels is None:
            self.sleutels = laad_sleutels()
        if self.sleutels.bestand is None:
            raise DossierFout("De sleutels komen uit SPOORZOEKER_SLEUTELS; roteer ze daar (nieuwe sleutel vooraan).")
        nieuw = voeg_nieuwe_sleutel_toe(self.sleutels)
        velden = {"medische_aantekening": ("diagnose", "beperkingen_toelichting", "prognose", "medische_notitie"),
                  "mening_werknemer": ("mening",), "gebruiker": ("totp_geheim",),
                  "correctie": ("oude_waarde", "nieuwe_waarde")}
        aantal = 0
        with self.engine.begin() as c:
            for tabel, kolommen in velden.items():
                for rij in c.execute(text(f"SELECT id, {', '.join(kolommen)} FROM {tabel}")).all():
                    waarden = {k: nieuw.herversleutel(v) if v else v for k, v in zip(kolommen, rij[1:], strict=True)}
                    aantal += sum(1 for v in rij[1:] if v)
                    c.execute(text(f"UPDATE {tabel} SET {', '.join(f'{k} = :{k}' for k in kolommen)} WHERE id = :id"),
                              {**waarden, "id": rij[0]})
            # the reason of a correction of the medical part is encrypted too (voeg_correctie_toe)
            for rij in c.execute(text("SELECT id, reden FROM correctie WHERE onderdeel = :o"),
                                 {"o": MEDISCH_ONDERDEEL}).all():
                if rij[1]:
                    aantal += 1
                    c.execute(text("UPDATE correctie SET reden = :r WHERE id = :id"),
                              {"r": nieuw.herversleutel(rij[1]), "id": rij[0]})
        self.sleutels = laat_oude_sleutels_vallen(nieuw)
        return aantal

    def herstel_logbeveiliging(self) -> tuple[str, ...]:
        """At start-up: put back missing triggers of the log (if this account may), and record that in
        the log itself so the log manager sees it happened."""
        from ..cases.logboek import nieuwe_regel
        from . import logbeveiliging

        try:
            with self.engine.begin() as c:
                hersteld = logbeveiliging.herstel(c)
        except Exception:  # noqa: BLE001 - no owner rights (the application role): logcontrole reports it
            return ()
        self.hersteld = hersteld
        if hersteld:
            with self.opslag() as uow:
                uow.log_toevoegen(nieuwe_regel(
                    tijdstip=dt.datetime.now(dt.UTC), gebruiker_id="systeem", gebruiker_naam="Spoorzoeker",
                    rol="systeem", namens=None, dossier_id=None, werknemer_id=None,
                    operatie="logbeveiliging_hersteld", soort="schrijven", toegestaan=True))
                uow.commit()
        return hersteld

    def sluit(self) -> None:
        self.wacht_op_zegel()
        if self._sinds_zegel:
            self.verzegel(stil=True)
        self.engine.dispose()


def database_sleutel(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return url


def open_database(url: str | None = None, *, maak_aan: bool = True) -> Database:
    """Open the database at ``url`` (default: ``SPOORZOEKER_DATABASE_URL`` or the SQLite file in the
    user's data folder) and bring its schema up to date. ``maak_aan=False`` refuses a database that
    does not exist yet (a typo in a path must not silently start an empty case file)."""
    url = url or standaard_url()
    if not maak_aan and not bestaat(url):
        raise DatabaseOntbreekt(f"De database '{database_sleutel(url)}' bestaat niet. Controleer --database, of maak "
                                "een nieuwe met: spoorzoeker dossier beheerder --nieuw --naam ... --inlognaam ...")
    sleutels = laad_sleutels()
    engine = maak_engine(url)
    migreer(engine)
    db = Database(engine, sleutels)
    db.herstel_logbeveiliging()
    return db
