"""The case file as people work in it: plain dataclasses, no database (R7-R14).

Two worlds that never mix:

* :class:`Dossier` is the process part. It holds only what the Autoriteit Persoonsgegevens allows an
  employer to register (Beleidsregels "De zieke werknemer", 2016) plus the process records (steps,
  plan van aanpak, track choice, questions, aftercare). It has **no** medical field, so no route that
  returns a ``Dossier`` can carry a diagnosis: that is by construction, not by hiding.
* :class:`MedischDossier` (in ``cases.medisch``) is the medical part, read only by the roles that
  ``cases.beleid`` names.

Free-text fields that the employer can read are labelled in their docstring: write them in work
terms ("geen tilwerk", "hulpmiddel"), never in medical terms ("krukken") - AP rules, and
the AP's rules on the sick employee.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from ..errors import SpoorzoekerFout
from .beleid import Rol


class DossierFout(SpoorzoekerFout, ValueError):
    """A case operation that the law or the case does not allow; one Dutch sentence."""


class GeenToegang(SpoorzoekerFout, PermissionError):
    """The user may not do this with this case (role or scope). Deliberately says no more."""

    def __init__(self, bericht: str = "Geen toegang tot dit dossier voor deze handeling."):
        super().__init__(bericht)


class Spoor(str, Enum):
    SPOOR1 = "spoor_1"  # own or other suitable work at the own employer
    SPOOR2 = "spoor_2"  # work at another employer (the values are the timeline's codes)
    BEIDE = "beide"     # both at once: only where the arbeidsdeskundige advises it (R9)


class WiaPrognose(str, Enum):
    """The arbeidsdeskundige's estimate of the WIA outcome class (R9, R16): a prognosis, never a right."""

    MINDER_DAN_35 = "minder_dan_35"
    WGA_35_80 = "wga_35_80"
    WGA_80_100 = "wga_80_100"
    IVA = "iva"
    ONZEKER = "onzeker"


class SoortVraag(str, Enum):
    VRAAG = "vraag"
    DESKUNDIGENOORDEEL = "deskundigenoordeel"   # UWV, BW 7:629a
    SECOND_OPINION = "second_opinion"           # another bedrijfsarts, Arbowet art. 14 lid 1 sub n


class SoortNazorg(str, Enum):
    NAZORG = "nazorg"
    JOBCOACHING = "jobcoaching"


class SoortOordeel(str, Enum):
    """What a bedrijfsarts' oordeel in work terms is, for the re-integratieverslag (Regeling procesgang
    art. 6; UWV Werkwijzer Poortwachter §3.2): the probleemanalyse, a bijstelling of it, the actueel
    oordeel at the end, or advice in between."""

    PROBLEEMANALYSE = "probleemanalyse"
    BIJSTELLING = "bijstelling_probleemanalyse"
    ACTUEEL_OORDEEL = "actueel_oordeel"
    ADVIES = "advies"


class SoortInterventie(str, Enum):
    SCHOLING = "scholing"
    WERKPLEKAANPASSING = "werkplekaanpassing"
    AANGEPAST_WERK = "aangepast_werk"
    ARBEIDSTHERAPEUTISCH_WERK = "arbeidstherapeutisch_werk"
    COACHING = "coaching"
    BEHANDELING_AANGEBODEN = "behandeling_aangeboden"   # the fact of an offer, never which treatment
    OVERIG = "overig"
    # Re-integration instruments of UWV (WIA art. 35 and 37; rules/reintegratie_instrumenten.py):
    JOBCOACH = "jobcoach"                        # persoonlijke ondersteuning, art. 35 lid 2 d
    PROEFPLAATSING = "proefplaatsing"            # unpaid trial placement, art. 37 (WIA) or the UWV route
    VERVOERSVOORZIENING = "vervoersvoorziening"  # art. 35 lid 2 a


# The interventions that are re-integration instruments a casemanager chooses (werkplekaanpassing is
# art. 35 lid 2 c); kept in the plan's interventions, so no separate field or table is needed.
INSTRUMENTEN = frozenset({SoortInterventie.JOBCOACH, SoortInterventie.WERKPLEKAANPASSING,
                          SoortInterventie.PROEFPLAATSING, SoortInterventie.VERVOERSVOORZIENING})


# --- master data -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Werkgever:
    id: str
    naam: str
    aantal_werknemers: int   # size: decides the small-employer moments of R8 (< 25)


@dataclass(frozen=True)
class Werknemer:
    """What an employer may know of the employee (AP: contact and care address)."""

    id: str
    werkgever_id: str
    naam: str
    functie: str = ""
    telefoon: str = ""
    verpleegadres: str = ""


@dataclass(frozen=True)
class Gebruiker:
    """An account. ``werkgever_ids`` is its scope: it sees only cases of those employers.

    A werknemer account is tied to one ``werknemer_id`` and sees only that person's cases. A
    casemanager account with ``taakdelegatie_van`` set acts for that bedrijfsarts (taakdelegatie).
    """

    id: str
    naam: str
    rol: Rol
    werkgever_ids: frozenset[str] = frozenset()
    werknemer_id: str | None = None
    taakdelegatie_van: str | None = None
    inlognaam: str | None = None
    big_nummer: str | None = None     # BIG register number of a medical account (shown in the access log)
    goedgekeurd: bool = True          # False: a medical account still waiting for a second beheerder
    ingetrokken: bool = False         # revoked: it can no longer log in nor act

    @property
    def actief(self) -> bool:
        return self.goedgekeurd and not self.ingetrokken


# --- the process part of a case ----------------------------------------------------------------

@dataclass(frozen=True)
class Ziekteperiode:
    """A period of sickness. ``tot_en_met`` empty: still sick.

    ``hervatting_percentage`` is the share of the own working hours the employee works again during
    the period (partial recovery): a fact about work, not an arbeidsongeschiktheidspercentage, which
    only the bedrijfsarts or UWV may set (AP enforcement case, the AP's rules on the sick employee).
    """

    van: dt.date
    tot_en_met: dt.date | None = None
    hervatting_percentage: int = 0


@dataclass(frozen=True)
class FunctioneleMogelijkheden:
    """The bedrijfsarts' advice in work terms, which the employer may register (AP Beleidsregels).

    Employer-readable free text: work terms only.
    """

    datum: dt.date
    door: str
    beperkingen: str
    mogelijkheden: str
    advies: str = ""
    soort: SoortOordeel = SoortOordeel.ADVIES


@dataclass(frozen=True)
class StapGedaan:
    """A Poortwachter step that was done: which (timeline code), when, by whom, which document, and
    the written motivation when it deviates from the preferred or latest date (Regeling procesgang
    art. 5; R7)."""

    code: str
    datum: dt.date
    door: str
    document: str = ""
    motivatie_afwijking: str = ""


@dataclass(frozen=True)
class Interventie:
    soort: SoortInterventie
    omschrijving: str
    start: dt.date | None = None
    eind: dt.date | None = None

    def __post_init__(self) -> None:
        # Validated for the re-integration instruments (new kinds; older kinds are checked by their
        # callers): a known kind, and an end that does not lie before the start.
        if not isinstance(self.soort, SoortInterventie):
            try:
                object.__setattr__(self, "soort", SoortInterventie(self.soort))
            except ValueError:
                raise DossierFout(f"Onbekende soort interventie: '{self.soort}'.", "soort") from None
        if self.soort in INSTRUMENTEN and self.start and self.eind and self.eind < self.start:
            raise DossierFout("De einddatum van het instrument ligt vóór de begindatum.", "eind")


@dataclass(frozen=True)
class PlanVanAanpak:
    """A plan van aanpak or a bijstelling of it (Regeling procesgang art. 4). Scholing is part of the
    plan unless it is shown not to fit (R14): then ``scholing_niet_passend`` says why."""

    opgesteld_op: dt.date
    doel: str
    interventies: tuple[Interventie, ...] = ()
    scholing_niet_passend: str = ""
    is_bijstelling: bool = False

    @property
    def instrumenten(self) -> tuple[Interventie, ...]:
        """The re-integration instruments chosen in this plan (jobcoach, werkplekaanpassing,
        proefplaatsing, vervoersvoorziening): interventions of those kinds."""
        return tuple(i for i in self.interventies if i.soort in INSTRUMENTEN)


@dataclass(frozen=True)
class ArbeidsdeskundigRapport:
    """The arbeidsdeskundige's report for the track choice (R9): is spoor 1 realistic, what does
    spoor 2 offer, the WIA prognosis, and the advice."""

    datum: dt.date
    opgesteld_door: str
    spoor1_realistisch: bool
    toelichting_spoor1: str
    mogelijkheden_spoor2: str
    wia_prognose: WiaPrognose | None   # None: withheld from this reader (cases.beleid.AFGESCHERMDE_VELDEN)
    advies: Spoor


@dataclass(frozen=True)
class Deelnemer:
    rol: str      # casemanager, spoor2_coach, arbeidsdeskundige, werkgever, werknemer, ...
    naam: str


@dataclass(frozen=True)
class Spoorkeuze:
    """The recorded conversation and the motivated choice of one track (R9)."""

    datum_gesprek: dt.date
    deelnemers: tuple[Deelnemer, ...]
    keuze: Spoor
    motivatie: str


@dataclass(frozen=True)
class VraagOfGeschil:
    """A question or dispute at the one entry point of R11, with intake and outcome.

    Employer-readable free text: no medical content (that belongs in the medical part).
    """

    id: int
    soort: SoortVraag
    ingediend_op: dt.date
    ingediend_door_rol: str
    onderwerp: str
    intake_op: dt.date | None = None
    intake: str = ""
    uitkomst_op: dt.date | None = None
    uitkomst: str = ""


@dataclass(frozen=True)
class Nazorgmoment:
    """A follow-up moment after return to work, up to three years after it (R12)."""

    gepland_op: dt.date
    soort: SoortNazorg = SoortNazorg.NAZORG
    gedaan_op: dt.date | None = None
    notitie: str = ""


class SoortGebeurtenis(str, Enum):
    """Events that move the timeline's dates (the timeline's own names, docs/tijdlijn.md)."""

    LOONSANCTIE = "loonsanctie"                    # WIA art. 25 lid 9: UWV extends the loon period
    UITSTEL_WIA = "uitstel_wia"                    # WIA art. 24: voluntary postponement to a date UWV set
    HERSTELMELDING = "herstelmelding"              # WIA art. 25 lid 12-14
    VERKORTE_WACHTTIJD = "verkorte_wachttijd"      # WIA art. 23 lid 6
    ZWANGERSCHAPSVERLOF = "zwangerschapsverlof"    # WAZO art. 3:1: zwangerschaps- en bevallingsverlof
    AOW_LEEFTIJD = "aow_leeftijd"                  # AOW art. 7a: the day the employee reaches the AOW age


@dataclass(frozen=True)
class Gebeurtenis:
    """A decision of UWV or a leave that moves the timeline (decisions T8, T10, T11). The fields mean,
    per ``soort``:

    * ``loonsanctie``: ``datum`` = UWV's decision, ``weken`` = its length (at most 52);
    * ``uitstel_wia``: ``datum`` = UWV's decision, ``tot`` = the last day of the extended period;
    * ``herstelmelding``: ``datum`` = the employer's report, ``besluit_op`` = UWV's decision,
      ``uitkomst`` = repaired (True) or not;
    * ``verkorte_wachttijd``: ``datum`` = the application, ``tot`` = the end UWV set, ``uitkomst``
      False = refused;
    * ``zwangerschapsverlof``: ``datum`` .. ``tot`` = the leave, ``uitkomst`` False = the sickness after
      it has another cause;
    * ``aow_leeftijd``: ``datum`` = the day the employee reaches the AOW age (only that day is kept, not
      the birth date); it may lie before the first sick day or ahead.

    A process fact the employer knows (he grants the leave, receives UWV's decisions): no medical content.
    """

    soort: SoortGebeurtenis
    datum: dt.date
    tot: dt.date | None = None
    weken: int | None = None
    besluit_op: dt.date | None = None
    uitkomst: bool | None = None


@dataclass(frozen=True)
class Dossier:
    """The process part of a case: everything except the medical part. No medical field exists here."""

    id: str
    werkgever: Werkgever
    werknemer: Werknemer
    eerste_ziektedag: dt.date
    verwachte_duur_weken: int | None = None
    vangnet_van_toepassing: bool | None = None   # whether, never which (AP)
    arbeidsongeval: bool | None = None
    derde_aansprakelijk: bool | None = None
    ziekteperiodes: tuple[Ziekteperiode, ...] = ()
    functionele_mogelijkheden: tuple[FunctioneleMogelijkheden, ...] = ()
    stappen: tuple[StapGedaan, ...] = ()
    plannen_van_aanpak: tuple[PlanVanAanpak, ...] = ()
    arbeidsdeskundige_rapporten: tuple[ArbeidsdeskundigRapport, ...] = ()
    spoorkeuzes: tuple[Spoorkeuze, ...] = ()
    vragen: tuple[VraagOfGeschil, ...] = ()
    nazorg: tuple[Nazorgmoment, ...] = ()
    gebeurtenissen: tuple[Gebeurtenis, ...] = ()

    @property
    def werkhervatting_op(self) -> dt.date | None:
        """Day of full return to work: the day after the last period ended, if every period ended."""
        einden = [p.tot_en_met for p in self.ziekteperiodes if p.tot_en_met is not None]
        if not self.ziekteperiodes or len(einden) < len(self.ziekteperiodes):
            return None
        return max(einden) + dt.timedelta(days=1)


@dataclass(frozen=True)
class MeningWerknemer:
    """The employee's own opinion on the re-integration, for the re-integratieverslag (Regeling procesgang
    art. 6; UWV Werkwijzer Poortwachter §3.2.8 "oordeel werknemer").

    Written and read only by the employee (``cases.beleid``): it is his voice towards UWV, and it may
    touch his health, so it is kept apart from the process part, in a table of its own.
    """

    datum: dt.date
    mening: str
    eens_met_verslag: bool | None = None


@dataclass(frozen=True)
class VerslagGegevens:
    """What one reader may use for the re-integratieverslag: the process part, his effective role, and
    the employee's opinion only where that role may read it (otherwise empty)."""

    dossier: Dossier
    rol: Rol
    mening_werknemer: tuple[MeningWerknemer, ...] = ()


@dataclass(frozen=True)
class DossierKop:
    """Just enough of a case to decide scope: which employer, which employee."""

    id: str
    werkgever_id: str
    werknemer_id: str


@dataclass(frozen=True)
class LogRegel:
    """One NEN 7513 access-log record: what, when, which case (and whose), which user, on whose
    behalf, and whether it was allowed. It never holds case content (ASVS 16.2.5)."""

    volgnummer: int
    tijdstip: str             # ISO 8601, UTC
    gebruiker_id: str
    gebruiker_naam: str
    rol: str
    namens_id: str | None
    namens_naam: str | None
    dossier_id: str | None
    werknemer_id: str | None
    operatie: str
    soort: str                # "lezen" or "schrijven"
    toegestaan: bool
    vorige_hash: str = ""
    hash: str = ""
    gebruiker_big: str | None = None  # BIG number of a medical account, so the employee sees who it really was
    keten: str = ""                   # the chain it belongs to: its case, or "g:<account>" for other events
    ketennummer: int = 0              # 1, 2, 3, ... within that chain


@dataclass(frozen=True)
class Inzage:
    """A line of "wie heeft mijn dossier geopend" for the employee."""

    tijdstip: str
    wie: str
    rol: str
    namens: str | None
    handeling: str
    big_nummer: str | None = None
    toegestaan: bool = True


INZAGE_PER_PAGINA = 50       # lines of "wie heeft mijn dossier geopend" per page
INZAGE_MAX_PER_PAGINA = 200  # the most a caller may ask for at once


@dataclass(frozen=True)
class InzagePagina:
    """One page of "wie heeft mijn dossier geopend", newest first; ``totaal`` counts every line."""

    regels: tuple[Inzage, ...]
    totaal: int
    pagina: int
    per_pagina: int

    @property
    def paginas(self) -> int:
        return max(1, -(-self.totaal // self.per_pagina))


@dataclass(frozen=True)
class Zegel:
    """A sealed checkpoint of the whole access log: the head (number and HMAC) of every chain that changed
    since the previous checkpoint (every chain at the first; together, the checkpoints up to this one give
    every chain's head at this moment) and the number of records, itself signed and chained to the previous
    checkpoint. A copy is written outside the database (the anchor file), so that cutting off, wiping or
    rewriting the log inside the database is found."""

    nummer: int
    tijdstip: str
    aantal: int
    koppen: dict
    vorige_hash: str
    hash: str

    @property
    def kop(self) -> str:
        """What a log manager writes down: 'number:hash'."""
        return f"{self.nummer}:{self.hash}"


@dataclass(frozen=True)
class LogControle:
    """Result of verifying the access log: every chain, the checkpoints, the anchor outside the
    database, and the database rules that forbid change."""

    in_orde: bool
    aantal: int
    kop_hash: str             # the newest checkpoint as 'number:hash' (keep it to check later with --kop)
    fouten: tuple[str, ...] = field(default=())
    opmerkingen: tuple[str, ...] = field(default=())
