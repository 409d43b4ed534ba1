"""An in-memory implementation of ``cases.poorten.Opslag``, for service and policy tests (and for trying
the services without a database file). It keeps the semantics the services rely on:

* one unit of work is one transaction: it works on its own copy of the data, and only ``commit()``
  makes that copy the store's state; leaving the ``with`` block without commit keeps nothing;
* transactions run one at a time (a re-entrant lock held from ``__enter__`` to ``__exit__``), like
  SQLite's ``BEGIN IMMEDIATE`` in ``storage.opslag``; a nested unit of work in the same thread sees only
  what was committed;
* the access log is append-only and chained with the same HMAC signatures (``cases.logboek``), so
  ``controleer_log`` verifies it exactly as it does for the databases;
* the rules the database enforces and the services count on: one "first beheerder" (a second claim
  raises ``IntegrityError``, as SQLAlchemy does), unique log-in names, no overlapping sick periods in a
  case, a question belongs to its case.

Nothing is encrypted: nothing leaves the process. Every stored value is immutable or replaced whole,
so copying a transaction's state is one shallow copy per table. ``tests/test_storage_contract.py``
runs the same checks against this store, SQLite and PostgreSQL, so that it cannot drift from them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from dataclasses import dataclass, field, replace
from typing import Any

from ..cases.aanmelden import Account, SessieGegevens
from ..cases.logboek import controleer, keten, ketennaam, maak_zegel, tijd_tekst
from ..cases.medisch import MedischDossier, MedischeAantekening
from ..cases.model import (
    ArbeidsdeskundigRapport,
    Dossier,
    DossierFout,
    DossierKop,
    FunctioneleMogelijkheden,
    Gebeurtenis,
    Gebruiker,
    LogControle,
    LogRegel,
    MeningWerknemer,
    Nazorgmoment,
    PlanVanAanpak,
    Rol,
    Spoorkeuze,
    StapGedaan,
    VraagOfGeschil,
    Werkgever,
    Werknemer,
    Zegel,
    Ziekteperiode,
)
from .sleutels import Sleutels, nieuwe_sleutels

# the parts of a case, with the table name storage.opslag reports when it deletes them
_ONDERDELEN: tuple[tuple[type, str], ...] = (
    (Ziekteperiode, "ziekteperiode"),
    (FunctioneleMogelijkheden, "functionele_mogelijkheden"),
    (StapGedaan, "stap_gedaan"),
    (PlanVanAanpak, "plan_van_aanpak"),
    (ArbeidsdeskundigRapport, "arbeidsdeskundig_rapport"),
    (Spoorkeuze, "spoorkeuze"),
    (VraagOfGeschil, "vraag_of_geschil"),
    (Nazorgmoment, "nazorgmoment"),
    (Gebeurtenis, "dossier_gebeurtenis"),
)
_TABEL = dict(_ONDERDELEN)
# the parts a correction may change or withdraw (cases.correcties.ONDERDELEN), by the case's list name
_LIJSTEN: dict[str, type] = {"stappen": StapGedaan, "plannen_van_aanpak": PlanVanAanpak,
                             "gebeurtenissen": Gebeurtenis, "nazorg": Nazorgmoment,
                             "functionele_mogelijkheden": FunctioneleMogelijkheden,
                             "spoorkeuzes": Spoorkeuze, "arbeidsdeskundige_rapporten": ArbeidsdeskundigRapport}

# the columns of an account besides the Gebruiker fields (see storage.tabellen.GebruikerRij)
_ACCOUNT_LEEG: dict[str, Any] = {
    "wachtwoord_hash": None, "totp_geheim": None, "totp_bevestigd": False, "totp_laatste_stap": None,
    "mislukte_pogingen": 0, "geblokkeerd_tot": None, "aangemaakt_door": None, "goedkeuring_nodig": False,
    "goedgekeurd_door": None, "ingetrokken_op": None,
}


@dataclass
class _Stand:
    """Every table; values are immutable (frozen dataclasses, tuples) or dicts that are only ever replaced."""

    werkgevers: dict[str, Werkgever] = field(default_factory=dict)
    werknemers: dict[str, dict[str, Any]] = field(default_factory=dict)    # Werknemer fields + uit_dienst_op
    gebruikers: dict[str, dict[str, Any]] = field(default_factory=dict)    # Gebruiker fields + _ACCOUNT_LEEG
    eerste_beheerder: str | None = None
    sessies: dict[str, SessieGegevens] = field(default_factory=dict)
    dossiers: dict[str, dict[str, Any]] = field(default_factory=dict)      # the dossier row's columns
    onderdelen: dict[str, tuple[tuple[int, object], ...]] = field(default_factory=dict)  # (row id, part)
    medisch: dict[str, tuple[tuple[int, MedischeAantekening], ...]] = field(default_factory=dict)
    meningen: dict[str, tuple[MeningWerknemer, ...]] = field(default_factory=dict)
    correcties: tuple[dict[str, Any], ...] = ()
    log: tuple[LogRegel, ...] = ()
    zegels: tuple[Zegel, ...] = ()
    volgende_id: int = 1
    # failed log-ins (migration 0009): keyed hash of the name -> (count, locked until, last failure), and
    # (keyed hash of the source, time) per failure of a source
    aanmeld_namen: dict[str, tuple[int, str | None, str]] = field(default_factory=dict)
    aanmeld_bronnen: tuple[tuple[str, str], ...] = ()

    def kopie(self) -> _Stand:
        kopie = replace(self)
        for f in dataclasses.fields(self):
            if isinstance(waarde := getattr(self, f.name), dict):
                setattr(kopie, f.name, dict(waarde))
        return kopie


def _integriteitsfout(bericht: str) -> Exception:
    """The error a database gives when a constraint is broken; the services catch this type."""
    from sqlalchemy.exc import IntegrityError

    return IntegrityError(bericht, None, ValueError(bericht))


class GeheugenOpslag:
    """One transaction on a ``GeheugenDatabase``."""

    def __init__(self, database: GeheugenDatabase):
        self._db = database
        self._stand: _Stand | None = None

    @property
    def stand(self) -> _Stand:
        if self._stand is None:
            raise RuntimeError("GeheugenOpslag is only usable inside a with-block")
        return self._stand

    def __enter__(self) -> GeheugenOpslag:
        self._db._slot.acquire()
        self._stand = self._db._stand.kopie()
        return self

    def __exit__(self, *exc) -> None:
        self._stand = None  # anything not committed is gone
        self._db._slot.release()

    def commit(self) -> None:
        nieuw = len(self.stand.log) - len(self._db._stand.log)
        self._db._stand = self.stand
        self._stand = self.stand.kopie()  # work may go on in the same block, as with a Session
        if nieuw > 0:
            self._db._na_commit(nieuw)

    def rollback(self) -> None:
        self._stand = self._db._stand.kopie()

    def _id(self) -> int:
        s = self.stand
        s.volgende_id += 1
        return s.volgende_id - 1

    # ---- master data -----------------------------------------------------------------------------

    def _gebruiker(self, r: dict[str, Any]) -> Gebruiker:
        return Gebruiker(r["id"], r["naam"], Rol(r["rol"]), r["werkgever_ids"], r["werknemer_id"],
                         r["taakdelegatie_van"], r["inlognaam"], r["big_nummer"],
                         goedgekeurd=not r["goedkeuring_nodig"], ingetrokken=r["ingetrokken_op"] is not None)

    def gebruiker(self, gebruiker_id: str) -> Gebruiker | None:
        r = self.stand.gebruikers.get(gebruiker_id)
        return self._gebruiker(r) if r is not None else None

    def heeft_gebruikers(self) -> bool:
        return bool(self.stand.gebruikers)

    def werkgever(self, werkgever_id: str) -> Werkgever | None:
        return self.stand.werkgevers.get(werkgever_id)

    def werknemer(self, werknemer_id: str) -> Werknemer | None:
        r = self.stand.werknemers.get(werknemer_id)
        return _werknemer(r) if r is not None else None

    def voeg_werkgever_toe(self, werkgever: Werkgever) -> None:
        self.stand.werkgevers[werkgever.id] = werkgever

    def voeg_werknemer_toe(self, werknemer: Werknemer) -> None:
        if werknemer.werkgever_id not in self.stand.werkgevers:
            raise _integriteitsfout("werknemer.werkgever_id: unknown employer")
        self.stand.werknemers[werknemer.id] = {**dataclasses.asdict(werknemer), "uit_dienst_op": None}

    def voeg_gebruiker_toe(self, g: Gebruiker, aangemaakt_door: str | None = None) -> None:
        if g.inlognaam is not None and any(r["inlognaam"] == g.inlognaam for r in self.stand.gebruikers.values()):
            raise DossierFout("Deze inlognaam is al in gebruik.", "inlognaam")
        self.stand.gebruikers[g.id] = {
            **_ACCOUNT_LEEG, "id": g.id, "naam": g.naam, "rol": Rol(g.rol).value, "werknemer_id": g.werknemer_id,
            "taakdelegatie_van": g.taakdelegatie_van, "inlognaam": g.inlognaam, "big_nummer": g.big_nummer,
            "goedkeuring_nodig": not g.goedgekeurd, "aangemaakt_door": aangemaakt_door,
            "werkgever_ids": frozenset(g.werkgever_ids)}

    def zet_eerste_beheerder(self, gebruiker_id: str) -> None:
        if self.stand.eerste_beheerder is not None:
            raise _integriteitsfout("eerste_beheerder.id: the first beheerder was already claimed")
        self.stand.eerste_beheerder = gebruiker_id

    def gebruikers(self) -> list[Gebruiker]:
        return sorted((self._gebruiker(r) for r in self.stand.gebruikers.values()),
                      key=lambda g: (Rol(g.rol).value, g.naam, g.id))

    def _werk_rij_bij(self, tabel: dict[str, dict[str, Any]], sleutel: str, velden: dict[str, Any]) -> None:
        if sleutel in tabel:
            tabel[sleutel] = {**tabel[sleutel], **velden}

    def werk_gebruiker_bij(self, gebruiker_id: str, **velden) -> None:
        self._werk_rij_bij(self.stand.gebruikers, gebruiker_id, velden)

    def aangemaakt_door(self, gebruiker_id: str) -> str | None:
        r = self.stand.gebruikers.get(gebruiker_id)
        return r["aangemaakt_door"] if r is not None else None

    def trek_toewijzing_in(self, gebruiker_id: str, werkgever_id: str) -> bool:
        r = self.stand.gebruikers.get(gebruiker_id)
        if r is None or werkgever_id not in r["werkgever_ids"]:
            return False
        self._werk_rij_bij(self.stand.gebruikers, gebruiker_id, {"werkgever_ids": r["werkgever_ids"] - {werkgever_id}})
        return True

    def voeg_toewijzing_toe(self, gebruiker_id: str, werkgever_id: str) -> None:
        r = self.stand.gebruikers.get(gebruiker_id)
        if r is not None:
            self._werk_rij_bij(self.stand.gebruikers, gebruiker_id,
                               {"werkgever_ids": r["werkgever_ids"] | {werkgever_id}})

    # ---- accounts and sessions ---------------------------------------------------------------------

    def _account(self, r: dict[str, Any] | None) -> Account | None:
        if r is None:
            return None
        return Account(self._gebruiker(r), r["wachtwoord_hash"], r["totp_geheim"] or None, bool(r["totp_bevestigd"]),
                       r["totp_laatste_stap"], r["mislukte_pogingen"] or 0, r["geblokkeerd_tot"])

    def account(self, gebruiker_id: str) -> Account | None:
        return self._account(self.stand.gebruikers.get(gebruiker_id))

    def account_op_inlognaam(self, inlognaam: str) -> Account | None:
        return self._account(next((r for r in self.stand.gebruikers.values() if r["inlognaam"] == inlognaam), None))

    def werk_account_bij(self, gebruiker_id: str, **velden) -> None:
        self._werk_rij_bij(self.stand.gebruikers, gebruiker_id, velden)

    def verhoog_mislukte_pogingen(self, gebruiker_id: str) -> int:
        r = self.stand.gebruikers[gebruiker_id]
        self._werk_rij_bij(self.stand.gebruikers, gebruiker_id, {"mislukte_pogingen": (r["mislukte_pogingen"] or 0) + 1})
        return self.stand.gebruikers[gebruiker_id]["mislukte_pogingen"]

    def _aanmeld_sleutel(self, soort: str, waarde: str) -> str:
        return self._db.sleutels.onderteken(f"aanmeldteller\x00{soort}\x00{waarde}")

    def aanmeldteller(self, inlognaam: str) -> tuple[int, str | None, str] | None:
        return self.stand.aanmeld_namen.get(self._aanmeld_sleutel("naam", inlognaam))

    def tel_mislukte_aanmelding(self, inlognaam: str, tijdstip: str, opnieuw: bool = False) -> int:
        sleutel = self._aanmeld_sleutel("naam", inlognaam)
        oud = self.stand.aanmeld_namen.get(sleutel)
        nieuw = (1, None, tijdstip) if opnieuw or oud is None else (oud[0] + 1, oud[1], tijdstip)
        self.stand.aanmeld_namen[sleutel] = nieuw
        return nieuw[0]

    def blokkeer_inlognaam(self, inlognaam: str, tot: str) -> None:
        sleutel = self._aanmeld_sleutel("naam", inlognaam)
        if (oud := self.stand.aanmeld_namen.get(sleutel)) is not None:
            self.stand.aanmeld_namen[sleutel] = (oud[0], tot, oud[2])

    def wis_aanmeldteller(self, inlognaam: str) -> None:
        self.stand.aanmeld_namen.pop(self._aanmeld_sleutel("naam", inlognaam), None)

    def mislukte_aanmeldingen_van_bron(self, bron: str, sinds: str) -> int:
        sleutel = self._aanmeld_sleutel("bron", bron)
        return sum(1 for s, t in self.stand.aanmeld_bronnen if s == sleutel and t >= sinds)

    def voeg_mislukte_aanmelding_van_bron_toe(self, bron: str, tijdstip: str) -> None:
        self.stand.aanmeld_bronnen = (*self.stand.aanmeld_bronnen, (self._aanmeld_sleutel("bron", bron), tijdstip))

    def ruim_aanmeldtellers_op(self, bronnen_voor: str, namen_voor: str, nu: str) -> int:
        s = self.stand
        voor = len(s.aanmeld_bronnen) + len(s.aanmeld_namen)
        s.aanmeld_bronnen = tuple(r for r in s.aanmeld_bronnen if r[1] >= bronnen_voor)
        s.aanmeld_namen = {k: v for k, v in s.aanmeld_namen.items()
                           if not (v[2] < namen_voor and (v[1] is None or v[1] <= nu))}
        return voor - len(s.aanmeld_bronnen) - len(s.aanmeld_namen)

    def voeg_sessie_toe(self, s: SessieGegevens) -> None:
        if s.token_hash in self.stand.sessies:
            raise _integriteitsfout("sessie.token_hash: duplicate")
        self.stand.sessies[s.token_hash] = s

    def sessie(self, token_hash: str) -> SessieGegevens | None:
        return self.stand.sessies.get(token_hash)

    def sessie_met_gebruiker(self, token_hash: str) -> tuple[SessieGegevens, Gebruiker | None] | None:
        s = self.sessie(token_hash)
        return (s, self.gebruiker(s.gebruiker_id)) if s is not None else None

    def werk_sessie_bij(self, token_hash: str, **velden) -> None:
        if token_hash in self.stand.sessies:
            self.stand.sessies[token_hash] = replace(self.stand.sessies[token_hash], **velden)

    def trek_sessies_in(self, gebruiker_id: str) -> None:
        for k, s in list(self.stand.sessies.items()):
            if s.gebruiker_id == gebruiker_id:
                self.stand.sessies[k] = replace(s, ingetrokken=True)

    # ---- the process part -------------------------------------------------------------------------

    def _kop(self, r: dict[str, Any]) -> DossierKop:
        return DossierKop(r["id"], r["werkgever_id"], r["werknemer_id"])

    def dossier_kop(self, dossier_id: str) -> DossierKop | None:
        r = self.stand.dossiers.get(dossier_id)
        return self._kop(r) if r is not None else None

    def dossier_koppen(self, werkgever_ids=None, werknemer_id=None) -> list[DossierKop]:
        if werknemer_id is not None:
            past = [r for r in self.stand.dossiers.values() if r["werknemer_id"] == werknemer_id]
        elif werkgever_ids is not None:
            ids = set(werkgever_ids)
            past = [r for r in self.stand.dossiers.values() if r["werkgever_id"] in ids]
        else:
            return []
        return [self._kop(r) for r in sorted(past, key=lambda r: r["id"])]

    def _periodes(self, dossier_id: str) -> list[Ziekteperiode]:
        return [o for _, o in self.stand.onderdelen.get(dossier_id, ()) if isinstance(o, Ziekteperiode)]

    def dossier_samenvattingen(self, dossier_ids: list[str]) -> list[dict]:
        s = self.stand
        rijen = sorted((s.dossiers[i] for i in set(dossier_ids) if i in s.dossiers),
                       key=lambda r: (r["eerste_ziektedag"], r["id"]))
        return [{"dossier": r["id"], "werkgever": s.werkgevers[r["werkgever_id"]].naam,
                 "werknemer": s.werknemers[r["werknemer_id"]]["naam"],
                 "eerste_ziektedag": r["eerste_ziektedag"].isoformat(),
                 "ziek": any(p.tot_en_met is None for p in self._periodes(r["id"]))} for r in rijen]

    def dossiers(self, dossier_ids: list[str]) -> dict[str, Dossier]:
        return {i: self.dossier(i) for i in dossier_ids}

    def dossier(self, dossier_id: str) -> Dossier:
        s = self.stand
        r = s.dossiers.get(dossier_id)
        if r is None:
            raise LookupError(f"no case {dossier_id}")  # SQLAlchemy's scalar_one raises NoResultFound here
        delen: dict[type, list] = {soort: [] for soort, _ in _ONDERDELEN}
        for _, o in s.onderdelen.get(dossier_id, ()):
            delen[type(o)].append(o)
        return Dossier(
            id=r["id"], werkgever=s.werkgevers[r["werkgever_id"]], werknemer=_werknemer(s.werknemers[r["werknemer_id"]]),
            eerste_ziektedag=r["eerste_ziektedag"], verwachte_duur_weken=r["verwachte_duur_weken"],
            vangnet_van_toepassing=r["vangnet_van_toepassing"], arbeidsongeval=r["arbeidsongeval"],
            derde_aansprakelijk=r["derde_aansprakelijk"],
            ziekteperiodes=tuple(sorted(delen[Ziekteperiode], key=lambda p: p.van)),
            functionele_mogelijkheden=tuple(delen[FunctioneleMogelijkheden]), stappen=tuple(delen[StapGedaan]),
            plannen_van_aanpak=tuple(delen[PlanVanAanpak]),
            arbeidsdeskundige_rapporten=tuple(delen[ArbeidsdeskundigRapport]), spoorkeuzes=tuple(delen[Spoorkeuze]),
            vragen=tuple(delen[VraagOfGeschil]), nazorg=tuple(delen[Nazorgmoment]),
            gebeurtenissen=tuple(delen[Gebeurtenis]),
        )

    def voeg_dossier_toe(self, d: Dossier) -> None:
        s = self.stand
        if d.id in s.dossiers:
            raise _integriteitsfout("dossier.id: duplicate")
        if d.werkgever.id not in s.werkgevers:
            raise _integriteitsfout("dossier.werkgever_id: unknown employer")
        s.dossiers[d.id] = {"id": d.id, "werkgever_id": d.werkgever.id, "werknemer_id": d.werknemer.id,
                            "eerste_ziektedag": d.eerste_ziektedag, "verwachte_duur_weken": d.verwachte_duur_weken,
                            "vangnet_van_toepassing": d.vangnet_van_toepassing, "arbeidsongeval": d.arbeidsongeval,
                            "derde_aansprakelijk": d.derde_aansprakelijk}
        s.onderdelen[d.id] = ()
        for p in d.ziekteperiodes:
            self.voeg_onderdeel_toe(d.id, p)

    def voeg_onderdeel_toe(self, dossier_id: str, onderdeel: object) -> int:
        s = self.stand
        if type(onderdeel) not in _TABEL:
            raise TypeError(f"geen onderdeel van een dossier: {type(onderdeel).__name__}")
        if dossier_id not in s.dossiers:
            raise _integriteitsfout(f"{_TABEL[type(onderdeel)]}.dossier_id: unknown case")
        bestaand = s.onderdelen.get(dossier_id, ())
        if isinstance(onderdeel, Ziekteperiode):  # one row per start date: a second one updates it
            if any(_overlapt(o, onderdeel) for _, o in bestaand if isinstance(o, Ziekteperiode) and o.van != onderdeel.van):
                # the databases refuse this with a constraint (PostgreSQL) or a trigger (SQLite)
                raise DossierFout("Deze ziekteperiode overlapt met een andere.", "van")
            for i, o in bestaand:
                if isinstance(o, Ziekteperiode) and o.van == onderdeel.van:
                    s.onderdelen[dossier_id] = tuple((j, onderdeel if j == i else p) for j, p in bestaand)
                    return i
        nummer = self._id()
        if isinstance(onderdeel, VraagOfGeschil):
            onderdeel = replace(onderdeel, id=nummer)
        s.onderdelen[dossier_id] = (*bestaand, (nummer, onderdeel))
        return nummer

    def werk_vraag_bij(self, dossier_id: str, vraag_id: int, **velden) -> None:
        bestaand = self.stand.onderdelen.get(dossier_id, ())
        if not any(i == vraag_id and isinstance(o, VraagOfGeschil) for i, o in bestaand):
            raise DossierFout("Deze vraag hoort niet bij dit dossier.", "vraag_id")
        self.stand.onderdelen[dossier_id] = tuple((i, replace(o, **velden) if i == vraag_id else o)  # type: ignore[type-var]
                                                  for i, o in bestaand)

    # ---- the AVG lifecycle -------------------------------------------------------------------------

    def werk_werknemer_bij(self, werknemer_id: str, **velden) -> None:
        self._werk_rij_bij(self.stand.werknemers, werknemer_id, velden)

    def uit_dienst_op(self, werknemer_id: str) -> dt.date | None:
        r = self.stand.werknemers.get(werknemer_id)
        return r["uit_dienst_op"] if r is not None else None

    def werk_dossier_bij(self, dossier_id: str, **velden) -> None:
        self._werk_rij_bij(self.stand.dossiers, dossier_id, velden)

    def verwijder_ziekteperiode(self, dossier_id: str, van: dt.date) -> bool:
        bestaand = self.stand.onderdelen.get(dossier_id, ())
        over = tuple((i, o) for i, o in bestaand if not (isinstance(o, Ziekteperiode) and o.van == van))
        self.stand.onderdelen[dossier_id] = over
        return len(over) < len(bestaand)

    def voeg_correctie_toe(self, *, dossier_id, werknemer_id, onderdeel, veld, oud, nieuw, reden, door, tijdstip):
        self.stand.correcties = (*self.stand.correcties, {
            "tijdstip": tijdstip, "dossier": dossier_id, "werknemer_id": werknemer_id, "onderdeel": onderdeel,
            "veld": veld, "oude_waarde": str(oud if oud is not None else ""),
            "nieuwe_waarde": str(nieuw if nieuw is not None else ""), "reden": reden, "door": door})

    def correcties(self, werknemer_id: str) -> list[dict]:
        velden = ("tijdstip", "dossier", "onderdeel", "veld", "oude_waarde", "nieuwe_waarde", "reden")
        return [{k: c[k] for k in velden} for c in self.stand.correcties if c["werknemer_id"] == werknemer_id]

    # ---- corrections of recorded parts (cases.correcties) ---------------------------------------------

    def _onderdeel_index(self, dossier_id: str, lijst: str, nummer: int) -> int:
        """The position in the case's rows of the ``nummer``-th part (from 0) of the list ``lijst``."""
        soort = _LIJSTEN[lijst]
        posities = [k for k, (_, o) in enumerate(self.stand.onderdelen.get(dossier_id, ())) if isinstance(o, soort)]
        if not 0 <= nummer < len(posities):
            raise DossierFout("Dit onderdeel bestaat niet (meer) in dit dossier.", "nummer")
        return posities[nummer]

    def werk_onderdeel_bij(self, dossier_id: str, lijst: str, nummer: int, **velden) -> None:
        k = self._onderdeel_index(dossier_id, lijst, nummer)
        rijen = list(self.stand.onderdelen[dossier_id])
        rij_id, oud = rijen[k]
        rijen[k] = (rij_id, replace(oud, **velden))  # type: ignore[type-var]
        self.stand.onderdelen[dossier_id] = tuple(rijen)

    def verwijder_onderdeel(self, dossier_id: str, lijst: str, nummer: int) -> None:
        k = self._onderdeel_index(dossier_id, lijst, nummer)
        rijen = self.stand.onderdelen[dossier_id]
        self.stand.onderdelen[dossier_id] = rijen[:k] + rijen[k + 1:]

    def dossier_correcties(self, dossier_id: str) -> list[dict]:
        velden = ("tijdstip", "onderdeel", "veld", "oude_waarde", "nieuwe_waarde", "reden")
        uit = []
        for c in self.stand.correcties:
            if c["dossier"] == dossier_id:
                g = self.stand.gebruikers.get(c["door"])
                uit.append({**{k: c[k] for k in velden}, "door": g["naam"] if g else "onbekend"})
        return uit

    def dossiers_voorbij_bewaartermijn(self, uit_dienst_voor: dt.date) -> list[DossierKop]:
        """Cases of employees whose employment ended before ``uit_dienst_voor`` and whose periods all ended."""
        s, uit = self.stand, []
        for r in sorted(s.dossiers.values(), key=lambda r: r["id"]):
            datum = s.werknemers.get(r["werknemer_id"], {}).get("uit_dienst_op")
            periodes = self._periodes(r["id"])
            if (datum is not None and datum < uit_dienst_voor and periodes
                    and all(p.tot_en_met is not None for p in periodes)):
                uit.append(self._kop(r))
        return uit

    def verwijder_procesdeel(self, dossier_id: str) -> dict[str, int]:
        """Delete the process part of a case, the employee's opinion and its corrections; the case row too
        when no medical note remains. The access log stays."""
        s, tellingen = self.stand, dict[str, int]()
        for o in (o for _, o in s.onderdelen.get(dossier_id, ())):
            tellingen[_TABEL[type(o)]] = tellingen.get(_TABEL[type(o)], 0) + 1
        s.onderdelen[dossier_id] = ()
        if s.meningen.get(dossier_id):
            tellingen["mening_werknemer"] = len(s.meningen.pop(dossier_id))
        correcties = tuple(c for c in s.correcties if c["dossier"] != dossier_id)
        if len(correcties) < len(s.correcties):
            tellingen["correctie"] = len(s.correcties) - len(correcties)
            s.correcties = correcties
        if not s.medisch.get(dossier_id) and dossier_id in s.dossiers:
            del s.dossiers[dossier_id]
            s.onderdelen.pop(dossier_id, None)
            tellingen["dossier"] = 1
        return dict(sorted(tellingen.items(), key=lambda kv: list(_VOLGORDE).index(kv[0])))

    def verwijder_medisch(self, dossier_id: str, gemaakt_voor: dt.date | None = None) -> int:
        bestaand = self.stand.medisch.get(dossier_id, ())
        over = tuple((i, a) for i, a in bestaand if gemaakt_voor is not None and not a.datum < gemaakt_voor)
        self.stand.medisch[dossier_id] = over
        return len(bestaand) - len(over)

    def dossiers_met_medisch_voor(self, gemaakt_voor: dt.date) -> list[DossierKop]:
        s = self.stand
        return [self._kop(s.dossiers[i]) for i in sorted(s.dossiers)
                if any(a.datum < gemaakt_voor for _, a in s.medisch.get(i, ()))]

    def verwijder_lege_dossier(self, dossier_id: str) -> bool:
        s = self.stand
        if s.medisch.get(dossier_id) or any(isinstance(o, Ziekteperiode | StapGedaan)
                                            for _, o in s.onderdelen.get(dossier_id, ())):
            return False
        s.dossiers.pop(dossier_id, None)
        s.onderdelen.pop(dossier_id, None)
        return True

    # ---- the medical part and the employee's opinion ---------------------------------------------------

    def medisch(self, dossier_id: str) -> MedischDossier:
        return MedischDossier(dossier_id, tuple(a for _, a in self.stand.medisch.get(dossier_id, ())))

    def _medische_index(self, dossier_id: str, nummer: int) -> int:
        if not 0 <= nummer < len(self.stand.medisch.get(dossier_id, ())):
            raise DossierFout("Deze aantekening bestaat niet (meer) in dit dossier.", "nummer")
        return nummer

    def werk_medisch_bij(self, dossier_id: str, nummer: int, **velden) -> None:
        k = self._medische_index(dossier_id, nummer)
        rijen = list(self.stand.medisch[dossier_id])
        rijen[k] = (rijen[k][0], replace(rijen[k][1], **velden))
        self.stand.medisch[dossier_id] = tuple(rijen)

    def verwijder_medische_aantekening(self, dossier_id: str, nummer: int) -> None:
        k = self._medische_index(dossier_id, nummer)
        rijen = self.stand.medisch[dossier_id]
        self.stand.medisch[dossier_id] = rijen[:k] + rijen[k + 1:]

    def voeg_medische_aantekening_toe(self, dossier_id: str, aantekening: MedischeAantekening) -> None:
        if dossier_id not in self.stand.dossiers:
            raise _integriteitsfout("medische_aantekening.dossier_id: unknown case")
        self.stand.medisch[dossier_id] = (*self.stand.medisch.get(dossier_id, ()), (self._id(), aantekening))

    def mening_werknemer(self, dossier_id: str) -> tuple[MeningWerknemer, ...]:
        return self.stand.meningen.get(dossier_id, ())

    def voeg_mening_werknemer_toe(self, dossier_id: str, mening: MeningWerknemer) -> None:
        if dossier_id not in self.stand.dossiers:
            raise _integriteitsfout("mening_werknemer.dossier_id: unknown case")
        self.stand.meningen[dossier_id] = (*self.stand.meningen.get(dossier_id, ()), mening)

    # ---- the access log: append-only, chained and signed ------------------------------------------------

    def log_toevoegen(self, regel: LogRegel) -> LogRegel:
        """Append to the record's chain with the store's own clock (never the caller's), as storage.opslag."""
        s = self.stand
        keten_ = ketennaam(regel)
        laatste = next((r for r in reversed(s.log) if r.keten == keten_), None)
        tijdstip = tijd_tekst(self._db.klok())
        if laatste is not None and laatste.tijdstip > tijdstip:
            tijdstip = laatste.tijdstip  # a chain's times never go back
        volgnummer = (s.log[-1].volgnummer + 1) if s.log else 1
        nieuw = keten(regel, laatste, self._db.sleutels, volgnummer=volgnummer, tijdstip=tijdstip)
        s.log = (*s.log, nieuw)
        return nieuw

    def log_regels(self, dossier_ids: list[str] | None = None) -> list[LogRegel]:
        if dossier_ids is None:
            return list(self.stand.log)
        ids = set(dossier_ids)
        return [r for r in self.stand.log if r.dossier_id in ids]

    def log_regels_van_anderen(self, dossier_id: str, zonder_gebruiker: str, aantal: int,
                               overslaan: int) -> tuple[list[LogRegel], int]:
        rijen = [r for r in reversed(self.stand.log) if r.dossier_id == dossier_id and r.gebruiker_id != zonder_gebruiker]
        return rijen[overslaan:overslaan + aantal], len(rijen)

    def zegels(self) -> list[Zegel]:
        return list(self.stand.zegels)

    def verzegel(self) -> Zegel:
        """Seal the heads of all chains and the number of records into a new checkpoint (not committed)."""
        s = self.stand
        koppen: dict[str, tuple[int, str]] = {}
        for r in s.log:
            if r.keten not in koppen or r.ketennummer > koppen[r.keten][0]:
                koppen[r.keten] = (r.ketennummer, r.hash)
        vorige = s.zegels[-1] if s.zegels else None
        z = maak_zegel(nummer=(vorige.nummer + 1) if vorige else 1, tijdstip=tijd_tekst(self._db.klok()),
                       aantal=len(s.log), koppen=koppen, vorige=vorige, sleutels=self._db.sleutels)
        s.zegels = (*s.zegels, z)
        return z

    def controleer_log(self, kop: str | None = None) -> LogControle:
        """Verify the chains and checkpoints (there is no anchor file and there are no triggers in memory)."""
        return controleer(list(self.stand.log), self._db.sleutels, zegels=list(self.stand.zegels), kop=kop)


_VOLGORDE = (*(naam for _, naam in _ONDERDELEN), "mening_werknemer", "correctie", "dossier")


def _overlapt(a: Ziekteperiode, b: Ziekteperiode) -> bool:
    """Do two sick periods share a day (an open end runs on forever)?"""
    return a.van <= (b.tot_en_met or dt.date.max) and b.van <= (a.tot_en_met or dt.date.max)


def _werknemer(r: dict[str, Any]) -> Werknemer:
    return Werknemer(r["id"], r["werkgever_id"], r["naam"], r["functie"], r["telefoon"], r["verpleegadres"])


class GeheugenDatabase:
    """An in-memory case store with the same face as ``storage.opslag.Database`` for the services:
    ``opslag()`` gives a unit of work; the services are wired by ``samenstelling.voor_database``."""

    naam = "geheugen"

    def __init__(self, sleutels: Sleutels | None = None, klok=None):
        self.sleutels = sleutels or nieuwe_sleutels()
        self.klok = klok or (lambda: dt.datetime.now(dt.UTC))
        self._stand = _Stand()
        self._slot = threading.RLock()
        self.hersteld: tuple[str, ...] = ()

    def opslag(self) -> GeheugenOpslag:
        return GeheugenOpslag(self)

    def _na_commit(self, nieuw: int) -> None:
        """The databases seal a checkpoint now and then; in memory only on request (``verzegel``)."""

    def verzegel(self, stil: bool = False) -> Zegel:
        with self.opslag() as uow:
            z = uow.verzegel()
            uow.commit()
        return z

    def controleer_log(self, verwachte_kop: str | None = None, verzegel: bool = True) -> LogControle:
        with self.opslag() as uow:
            uitslag = uow.controleer_log(verwachte_kop)
        if uitslag.in_orde and verzegel:
            uitslag = replace(uitslag, kop_hash=self.verzegel().kop)
        return uitslag

    def sluit(self) -> None:
        """Nothing to close; kept so tests and callers treat every store alike."""
