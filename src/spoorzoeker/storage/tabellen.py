"""SQLAlchemy 2 tables of the case file.

The medical table (``medische_aantekening``) is defined apart at the bottom. No ORM relationship
points to it from ``DossierRij``: loading a case, with any loader option, cannot reach it. Only
``Opslag.medisch`` queries it.

``toegangslog`` has no foreign keys on purpose: the log outlives the cases it describes
(a case may be purged after its retention period; its access history stays).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAAMGEVING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(32)


class Basis(DeclarativeBase):
    metadata = MetaData(naming_convention=NAAMGEVING)


class WerkgeverRij(Basis):
    __tablename__ = "werkgever"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    naam: Mapped[str] = mapped_column(String(200))
    aantal_werknemers: Mapped[int] = mapped_column(Integer)
    __table_args__ = (CheckConstraint("aantal_werknemers >= 1", name="aantal_positief"),)


class WerknemerRij(Basis):
    __tablename__ = "werknemer"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    werkgever_id: Mapped[str] = mapped_column(ForeignKey("werkgever.id"), index=True)
    naam: Mapped[str] = mapped_column(String(200))
    functie: Mapped[str] = mapped_column(String(200), default="")
    telefoon: Mapped[str] = mapped_column(String(50), default="")
    verpleegadres: Mapped[str] = mapped_column(String(300), default="")
    # end of employment: starts the retention term of the verzuim data (migration 0005)
    uit_dienst_op: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    __table_args__ = (UniqueConstraint("id", "werkgever_id", name="uq_werknemer_id_werkgever"),)


class GebruikerRij(Basis):
    __tablename__ = "gebruiker"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    naam: Mapped[str] = mapped_column(String(200))
    rol: Mapped[str] = mapped_column(String(40))
    werknemer_id: Mapped[str | None] = mapped_column(ForeignKey("werknemer.id"), nullable=True)
    taakdelegatie_van: Mapped[str | None] = mapped_column(ForeignKey("gebruiker.id"), nullable=True)
    toewijzingen: Mapped[list[ToewijzingRij]] = relationship(lazy="selectin", cascade="all, delete-orphan")
    # Log-in (migration 0004). ``inlognaam`` is stored case-folded, so the unique index makes it unique
    # regardless of case. The password only as an argon2id hash; the TOTP secret encrypted with a key
    # outside the database (storage.sleutels). Times are ISO 8601 UTC strings, as in the access log.
    inlognaam: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True, index=True)
    wachtwoord_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    totp_geheim: Mapped[str | None] = mapped_column(Text, nullable=True)
    totp_bevestigd: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    totp_laatste_stap: Mapped[int | None] = mapped_column(Integer, nullable=True)
    mislukte_pogingen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    geblokkeerd_tot: Mapped[str | None] = mapped_column(String(40), nullable=True)
    # A medical account (it can read health data) carries its BIG number and is active only after a
    # second beheerder approved it (four-eyes principle).
    big_nummer: Mapped[str | None] = mapped_column(String(11), nullable=True)
    aangemaakt_door: Mapped[str | None] = mapped_column(String(32), nullable=True)
    goedkeuring_nodig: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    goedgekeurd_door: Mapped[str | None] = mapped_column(String(32), nullable=True)
    ingetrokken_op: Mapped[str | None] = mapped_column(String(40), nullable=True)


class EersteBeheerderRij(Basis):
    """At most one row (id = 1): the database itself refuses a second 'first beheerder', also when
    several start-ups race (migration 0004)."""

    __tablename__ = "eerste_beheerder"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    gebruiker_id: Mapped[str] = mapped_column(String(32))
    __table_args__ = (CheckConstraint("id = 1", name="een"),)


class SessieRij(Basis):
    """A log-in session. Only the SHA-256 of the token is stored: a copy of the database gives no
    usable session (ASVS 7.2)."""

    __tablename__ = "sessie"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    gebruiker_id: Mapped[str] = mapped_column(ForeignKey("gebruiker.id"), index=True)
    aangemaakt_op: Mapped[str] = mapped_column(String(40))
    laatst_gebruikt: Mapped[str] = mapped_column(String(40))
    verloopt_om: Mapped[str] = mapped_column(String(40))
    ingetrokken: Mapped[bool] = mapped_column(Boolean, default=False)
    bron: Mapped[str] = mapped_column(String(100), default="")


class AanmeldNaamRij(Basis):
    """Failed log-ins in a row per inlognaam, known and unknown names alike, shared by every server process
    (migration 0009). The name only as a keyed hash (HMAC-SHA256 with the log key, kept outside the
    database): a mistyped name, or a password typed into the name field, is never stored. A row goes when
    its count has expired (``cases.aanmelden.TELLER_GELDIG``) or the name logs in."""

    __tablename__ = "aanmeld_naam"
    sleutel: Mapped[str] = mapped_column(String(64), primary_key=True)
    mislukt: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    geblokkeerd_tot: Mapped[str | None] = mapped_column(String(40), nullable=True)
    laatst: Mapped[str] = mapped_column(String(40), index=True)  # the last failure (ISO 8601 UTC)


class AanmeldBronRij(Basis):
    """One row per failed log-in per source address (as a keyed hash, like ``AanmeldNaamRij``), for the limit
    per source over a sliding window, shared by every server process (migration 0009). Rows older than the
    window are removed."""

    __tablename__ = "aanmeld_bron"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sleutel: Mapped[str] = mapped_column(String(64))
    tijdstip: Mapped[str] = mapped_column(String(40), index=True)
    __table_args__ = (Index("ix_aanmeld_bron_sleutel_tijdstip", "sleutel", "tijdstip"),)


class ToewijzingRij(Basis):
    """Which employers an account works for: its scope (ASVS 8.4.1)."""

    __tablename__ = "toewijzing"
    gebruiker_id: Mapped[str] = mapped_column(ForeignKey("gebruiker.id"), primary_key=True)
    werkgever_id: Mapped[str] = mapped_column(ForeignKey("werkgever.id"), primary_key=True)


class DossierRij(Basis):
    __tablename__ = "dossier"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    werkgever_id: Mapped[str] = mapped_column(ForeignKey("werkgever.id"), index=True)
    werknemer_id: Mapped[str] = mapped_column(String(32), index=True)
    eerste_ziektedag: Mapped[dt.date] = mapped_column(Date)
    verwachte_duur_weken: Mapped[int | None] = mapped_column(Integer, nullable=True)
    vangnet_van_toepassing: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    arbeidsongeval: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    derde_aansprakelijk: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # raised by one on every write to the case (storage.opslag), so a reader can tell it changed
    versie: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    __table_args__ = (
        # the employee of a case works for the case's employer: the database itself guarantees it
        ForeignKeyConstraint(["werknemer_id", "werkgever_id"], ["werknemer.id", "werknemer.werkgever_id"],
                             name="fk_dossier_werknemer_werkgever"),
    )

    werkgever: Mapped[WerkgeverRij] = relationship(lazy="joined", viewonly=True)
    werknemer: Mapped[WerknemerRij] = relationship(
        lazy="joined", viewonly=True, primaryjoin="DossierRij.werknemer_id == WerknemerRij.id",
        foreign_keys=[werknemer_id])
    ziekteperiodes: Mapped[list[ZiekteperiodeRij]] = relationship(order_by="ZiekteperiodeRij.van")
    functionele_mogelijkheden: Mapped[list[FunctioneleMogelijkhedenRij]] = relationship(
        order_by="FunctioneleMogelijkhedenRij.id")
    stappen: Mapped[list[StapRij]] = relationship(order_by="StapRij.id")
    plannen_van_aanpak: Mapped[list[PlanVanAanpakRij]] = relationship(order_by="PlanVanAanpakRij.id")
    arbeidsdeskundige_rapporten: Mapped[list[ArbeidsdeskundigRapportRij]] = relationship(
        order_by="ArbeidsdeskundigRapportRij.id")
    spoorkeuzes: Mapped[list[SpoorkeuzeRij]] = relationship(order_by="SpoorkeuzeRij.id")
    vragen: Mapped[list[VraagRij]] = relationship(order_by="VraagRij.id")
    nazorg: Mapped[list[NazorgRij]] = relationship(order_by="NazorgRij.id")
    gebeurtenissen: Mapped[list[GebeurtenisRij]] = relationship(order_by="GebeurtenisRij.id")


def _dossier_fk() -> Mapped[str]:
    return mapped_column(ForeignKey("dossier.id"), index=True)


class ZiekteperiodeRij(Basis):
    __tablename__ = "ziekteperiode"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = _dossier_fk()
    van: Mapped[dt.date] = mapped_column(Date)
    tot_en_met: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    hervatting_percentage: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        UniqueConstraint("dossier_id", "van", name="uq_ziekteperiode_dossier_van"),
        CheckConstraint("tot_en_met IS NULL OR tot_en_met >= van", name="volgorde"),
        CheckConstraint("hervatting_percentage BETWEEN 0 AND 100", name="percentage"),
    )


class FunctioneleMogelijkhedenRij(Basis):
    __tablename__ = "functionele_mogelijkheden"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = _dossier_fk()
    datum: Mapped[dt.date] = mapped_column(Date)
    door: Mapped[str] = mapped_column(String(200))
    beperkingen: Mapped[str] = mapped_column(Text)
    mogelijkheden: Mapped[str] = mapped_column(Text)
    advies: Mapped[str] = mapped_column(Text, default="")
    # probleemanalyse, bijstelling_probleemanalyse, actueel_oordeel or advies (migration 0002)
    soort: Mapped[str] = mapped_column(String(40), default="advies", server_default="advies")


class StapRij(Basis):
    __tablename__ = "stap_gedaan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = _dossier_fk()
    code: Mapped[str] = mapped_column(String(80))
    datum: Mapped[dt.date] = mapped_column(Date)
    door: Mapped[str] = mapped_column(String(200))
    document: Mapped[str] = mapped_column(String(500), default="")
    motivatie_afwijking: Mapped[str] = mapped_column(Text, default="")


class PlanVanAanpakRij(Basis):
    __tablename__ = "plan_van_aanpak"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = _dossier_fk()
    opgesteld_op: Mapped[dt.date] = mapped_column(Date)
    doel: Mapped[str] = mapped_column(Text)
    scholing_niet_passend: Mapped[str] = mapped_column(Text, default="")
    is_bijstelling: Mapped[bool] = mapped_column(Boolean, default=False)
    interventies: Mapped[list[InterventieRij]] = relationship(
        order_by="InterventieRij.id", lazy="selectin", cascade="all, delete-orphan")


class InterventieRij(Basis):
    __tablename__ = "interventie"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan_van_aanpak.id"), index=True)
    soort: Mapped[str] = mapped_column(String(40))
    omschrijving: Mapped[str] = mapped_column(Text)
    start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    eind: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ArbeidsdeskundigRapportRij(Basis):
    __tablename__ = "arbeidsdeskundig_rapport"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = _dossier_fk()
    datum: Mapped[dt.date] = mapped_column(Date)
    opgesteld_door: Mapped[str] = mapped_column(String(200))
    spoor1_realistisch: Mapped[bool] = mapped_column(Boolean)
    toelichting_spoor1: Mapped[str] = mapped_column(Text)
    mogelijkheden_spoor2: Mapped[str] = mapped_column(Text)
    wia_prognose: Mapped[str] = mapped_column(String(40))
    advies: Mapped[str] = mapped_column(String(20))


class SpoorkeuzeRij(Basis):
    __tablename__ = "spoorkeuze"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = _dossier_fk()
    datum_gesprek: Mapped[dt.date] = mapped_column(Date)
    keuze: Mapped[str] = mapped_column(String(20))
    motivatie: Mapped[str] = mapped_column(Text)
    deelnemers: Mapped[list[DeelnemerRij]] = relationship(
        order_by="DeelnemerRij.id", lazy="selectin", cascade="all, delete-orphan")


class DeelnemerRij(Basis):
    __tablename__ = "spoorkeuze_deelnemer"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    spoorkeuze_id: Mapped[int] = mapped_column(ForeignKey("spoorkeuze.id"), index=True)
    rol: Mapped[str] = mapped_column(String(40))
    naam: Mapped[str] = mapped_column(String(200))


class VraagRij(Basis):
    __tablename__ = "vraag_of_geschil"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = _dossier_fk()
    soort: Mapped[str] = mapped_column(String(40))
    ingediend_op: Mapped[dt.date] = mapped_column(Date)
    ingediend_door_rol: Mapped[str] = mapped_column(String(40))
    onderwerp: Mapped[str] = mapped_column(Text)
    intake_op: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    intake: Mapped[str] = mapped_column(Text, default="")
    uitkomst_op: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    uitkomst: Mapped[str] = mapped_column(Text, default="")


class NazorgRij(Basis):
    __tablename__ = "nazorgmoment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = _dossier_fk()
    gepland_op: Mapped[dt.date] = mapped_column(Date)
    soort: Mapped[str] = mapped_column(String(40))
    gedaan_op: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notitie: Mapped[str] = mapped_column(Text, default="")


class GebeurtenisRij(Basis):
    """UWV decisions and leave that move the timeline (cases.model.Gebeurtenis)."""

    __tablename__ = "dossier_gebeurtenis"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = _dossier_fk()
    soort: Mapped[str] = mapped_column(String(40))
    datum: Mapped[dt.date] = mapped_column(Date)
    tot: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    weken: Mapped[int | None] = mapped_column(Integer, nullable=True)
    besluit_op: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    uitkomst: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class ToegangslogRij(Basis):
    """NEN 7513 access log. Append-only: triggers forbid UPDATE and DELETE (migrations 0001, 0005); each
    record is signed and chained per case (cases.logboek, migration 0005)."""

    __tablename__ = "toegangslog"
    volgnummer: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tijdstip: Mapped[str] = mapped_column(String(40))
    gebruiker_id: Mapped[str] = mapped_column(String(32), index=True)
    gebruiker_naam: Mapped[str] = mapped_column(String(200))
    rol: Mapped[str] = mapped_column(String(40))
    namens_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    namens_naam: Mapped[str | None] = mapped_column(String(200), nullable=True)
    dossier_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    werknemer_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    operatie: Mapped[str] = mapped_column(String(60))
    soort: Mapped[str] = mapped_column(String(20))
    toegestaan: Mapped[bool] = mapped_column(Boolean)
    vorige_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    gebruiker_big: Mapped[str | None] = mapped_column(String(11), nullable=True)  # migration 0004
    keten: Mapped[str] = mapped_column(String(40), index=True)                    # migration 0005
    ketennummer: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("uq_toegangslog_keten", "keten", "ketennummer", unique=True),)


class LogkopRij(Basis):
    """The newest record of every chain of the access log (its number and hash), kept with every append
    (migration 0007), so a checkpoint reads one row per chain instead of the whole log's index. Derived
    data, not evidence: a checkpoint sealed from wrong heads would not match the chains themselves, and
    the log's verification reads the chains."""

    __tablename__ = "logkop"
    keten: Mapped[str] = mapped_column(String(40), primary_key=True)
    ketennummer: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    # False after every append, True once a checkpoint sealed this head (migration 0008): a checkpoint
    # seals only the heads that changed since the previous one.
    gezegeld: Mapped[bool] = mapped_column(Boolean, server_default=sa_false())
    __table_args__ = (Index("ix_logkop_ongezegeld", "keten", sqlite_where=text("NOT gezegeld"),
                            postgresql_where=text("NOT gezegeld")),)


class ZegelRij(Basis):
    """Sealed checkpoints of the access log (cases.model.Zegel); append-only like the log (migration 0005)."""

    __tablename__ = "logzegel"
    nummer: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    tijdstip: Mapped[str] = mapped_column(String(40))
    aantal: Mapped[int] = mapped_column(Integer)
    koppen: Mapped[str] = mapped_column(Text)
    vorige_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class CorrectieRij(Basis):
    """A correction of recorded data (AVG art. 16) with its history: the old and the new value (encrypted,
    they may be personal data), why, by whom, when (migration 0005)."""

    __tablename__ = "correctie"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    werknemer_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    onderdeel: Mapped[str] = mapped_column(String(60))
    veld: Mapped[str] = mapped_column(String(60))
    oude_waarde: Mapped[str] = mapped_column(Text)
    nieuwe_waarde: Mapped[str] = mapped_column(Text)
    reden: Mapped[str] = mapped_column(Text)
    door: Mapped[str] = mapped_column(String(32))
    tijdstip: Mapped[str] = mapped_column(String(40))


# ---- the employee's opinion: a table of its own, reachable only through Opslag.mening_werknemer ----

class MeningWerknemerRij(Basis):
    """The employee's opinion for the re-integratieverslag (migration 0002). Like the medical table, no
    relationship leads here from ``DossierRij``: the process part's reads never load it."""

    __tablename__ = "mening_werknemer"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = _dossier_fk()
    datum: Mapped[dt.date] = mapped_column(Date)
    mening: Mapped[str] = mapped_column(Text)  # encrypted (migration 0005): it may touch his health
    eens_met_verslag: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


# ---- medical: a table of its own, reachable only through Opslag.medisch -------------------------

class MedischeAantekeningRij(Basis):
    """The four text fields hold Fernet tokens: encrypted with a key outside the database (migration 0005)."""

    __tablename__ = "medische_aantekening"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = _dossier_fk()
    datum: Mapped[dt.date] = mapped_column(Date)
    door: Mapped[str] = mapped_column(String(200))
    diagnose: Mapped[str] = mapped_column(Text, default="")
    beperkingen_toelichting: Mapped[str] = mapped_column(Text, default="")
    prognose: Mapped[str] = mapped_column(Text, default="")
    medische_notitie: Mapped[str] = mapped_column(Text, default="")


MEDISCHE_TABELLEN = frozenset({MedischeAantekeningRij.__tablename__})
ALLEEN_WERKNEMER_TABELLEN = frozenset({MeningWerknemerRij.__tablename__})
