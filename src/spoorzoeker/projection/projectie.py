"""Month-by-month income from the first sick day through five years after the wachttijd.

For each person the projection shows the loondoorbetaling of the two sick years (with any
extension) under the chosen CAO regime, and then each possible WIA outcome as its own
*branch* (tak). Every amount comes from the rules through the engine: one
:class:`~spoorzoeker.engine.Berekening` per block of people over the flattened grid of
persons x months (sick phase) and persons x branches x months (WIA phase). The projection
only chooses the inputs of each row (which week, which WGA month, which earnings, which
outcome) and puts the answers back in a (person, branch, month) array.

Conventions (docs/overzicht.md):

* Months are calendar months from the first sick day. Month m's amount is the rule's amount
  for the sick week in which the month starts (or the WGA month it is). So the 52-week and
  104-week boundaries fall on a month boundary: the WIA starts in the first month that
  begins after the last week of loondoorbetaling. The real transition falls on a day; the
  overview rounds it to the month (at most a few days).
* A month before the calculation date ``datum`` is paid at the law of that month (the parameter
  values in force on the month's first day: minimum wage, maximumdagloon); the WIA amounts at the
  law of the first WIA day (the dagloon is fixed then) if that day is before ``datum``. Every later
  month uses the values in force on ``datum``, the newest known on that date: future indexations
  are unknown and not guessed (with ``datum`` today, the newest values Spoorzoeker has).
* Everything runs under one :class:`~spoorzoeker.stelsel.Stelsel` (default current law).
* Someone who has reached the AOW age, or reaches it while sick, keeps his wage for the shorter
  term of BW 7:629 lid 2 onder b (rule ``loondoorbetaling_laatste_week_aow``: 6 weeks from the AOW
  date or the first sick day, whichever is later). That term ends in the middle of a month, and a
  month is long against six weeks: the month in which it ends is paid for its calendar days up to
  and including the last day (days / days of the month), not as a whole month.
* From the month that starts on or after the AOW date (rule ``aow_datum``, AOW art. 7a) no WIA
  benefit is paid (WIA art. 8 lid 1 onder b: who has the AOW age is not insured for the WIA); the AOW
  itself is not computed.
* Amounts are gross. WIA benefits include vakantiebijslag (the rules say so in their unit);
  the loondoorbetaling rule does not, so the projection shows the vakantiebijslag that accrues
  on it (rule ``vakantiebijslag_loondoorbetaling_per_maand``) as a separate line.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..engine import Berekening
from ..errors import InvoerFout
from ..money import naar_centen
from ..params import GelezenParameter
from ..rules.invoer import ZIEKTEOORZAKEN
from ..rules.wga import SOORTEN
from ..rules.wia_beoordeling import KLASSEN, UITKOMSTEN
from ..scenarios import als_stelsel
from ..stelsel import Stelsel
from ..tijd import plus_maanden, ziekteweek
from .personen import als_kolommen, is_een_persoon
from .tijdlijnfeiten import uit_tijdlijn


@dataclass(frozen=True)
class Tak:
    """One WIA outcome the overview shows as its own line."""

    naam: str
    titel: str  # Dutch, for the reader
    uitkomst: str  # wia_uitkomst of the branch
    korte_titel: str


TAKKEN: tuple[Tak, ...] = (
    Tak("afgewezen_met_werk", "Afgewezen (minder dan 35% arbeidsongeschikt), u werkt", "geen",
        "Afgewezen, met werk"),
    Tak("afgewezen_zonder_werk", "Afgewezen (minder dan 35% arbeidsongeschikt), u werkt niet", "geen",
        "Afgewezen, zonder werk"),
    Tak("wga_lau", "WGA 35-80%, u verdient ten minste de helft van wat u nog kunt verdienen", "wga_35_80",
        "WGA 35-80%, werkt (LAU)"),
    Tak("wga_vvu", "WGA 35-80%, u verdient minder dan de helft van wat u nog kunt verdienen", "wga_35_80",
        "WGA 35-80%, werkt weinig (VVU)"),
    Tak("wga_80_100", "WGA 80-100% (volledig, niet duurzaam arbeidsongeschikt)", "wga_80_100",
        "WGA 80-100%"),
    Tak("iva", "IVA (volledig en duurzaam arbeidsongeschikt)", "iva", "IVA"),
)
TAK_INDEX = {t.naam: i for i, t in enumerate(TAKKEN)}

FASEN = ("ziek_jaar1", "ziek_jaar2", "verlenging", "geen_uitkering", "lgu", "lau", "vvu", "iva", "aow")
FASE_TITELS = {
    "ziek_jaar1": "Loondoorbetaling, eerste ziektejaar",
    "ziek_jaar2": "Loondoorbetaling, tweede ziektejaar",
    "verlenging": "Loondoorbetaling, verlenging (loonsanctie of uitstel)",
    "geen_uitkering": "Geen WIA-uitkering",
    "lgu": "WGA loongerelateerde uitkering (LGU)",
    "lau": "WGA loonaanvullingsuitkering (LAU)",
    "vvu": "WGA vervolguitkering (VVU)",
    "iva": "IVA-uitkering",
    "aow": "AOW-leeftijd bereikt (AOW niet berekend)",
}
F = {n: i for i, n in enumerate(FASEN)}

# Inputs the projection sets per row; a caller may not give them.
_PER_RIJ = {"ziekteweek", "wga_maand", "inkomsten_per_maand", "duurzaam", "ingangsdatum_wia", "wia_uitkomst",
            "arbeidsongeschiktheidsklasse", "arbeidsongeschiktheidspercentage"}
# Inputs of the projection itself (not variables of the calculate interface).
EIGEN_INVOER = {
    "eerste_ziektedag": "datum",
    "wga_hiaat_verzekering": "ja_nee",
    "excedent_verzekering": "ja_nee",
}
_NODIG = ("eerste_ziektedag", "bruto_maandloon", "contracturen_per_week", "geboortedatum")
_LGU_BRONNEN = ("lgu_duur_maanden", "arbeidsverleden_jaren", "eerste_jaar_met_arbeid")


@dataclass
class Projectie:
    """The result: arrays over (person, branch, month) and per-person facts.

    Amounts are euro per month, gross. ``totaal`` = loondoorbetaling + vakantiebijslag over
    the loondoorbetaling + WIA benefit + earnings from work + private insurance + the part of a Ziektewet
    benefit above the wage (``ziektewet_boven_loon``, BW 7:629 lid 5; only with ``ziekteoorzaak``).
    """

    datum: dt.date
    takken: tuple[Tak, ...]
    maand_start: np.ndarray  # (n, M) datetime64[D]: first day of each month
    fase: np.ndarray  # (n, B, M) index into FASEN
    loondoorbetaling: np.ndarray  # (n, B, M) rule loondoorbetaling_cao_per_maand (without vakantiebijslag)
    vakantiebijslag_loondoorbetaling: np.ndarray  # (n, B, M) rule vakantiebijslag_loondoorbetaling_per_maand
    wia_uitkering: np.ndarray  # (n, B, M) WGA or IVA benefit, including vakantiebijslag
    inkomsten_werk: np.ndarray  # (n, B, M) earnings from work in the WIA phase (assumption of the branch)
    verzekering: np.ndarray  # (n, B, M) WGA-hiaat + excedent insurance
    # (n, B, M) the Ziektewet benefit at the full dagloon for a sickness caused by pregnancy, childbirth or organ
    # donation (ZW art. 29a; art. 29 lid 8), in the months with wage within the 104 weeks; 0 without such a cause
    ziektewet_uitkering: np.ndarray
    # (n, B, M) that benefit minus the wage with vakantiebijslag where the benefit is higher: the employee gets the
    # higher amount, the wage being reduced by the benefit (BW 7:629 lid 5); part of ``totaal``
    ziektewet_boven_loon: np.ndarray
    totaal: np.ndarray  # (n, B, M)
    laatste_loon: np.ndarray  # (n,) bruto_maandloon incl. vakantiebijslag
    bruto_maandloon: np.ndarray  # (n,)
    eerste_wia_maand: np.ndarray  # (n,) 1-based month in which the WIA phase starts
    ingangsdatum_wia: np.ndarray  # (n,) datetime64[D]: day after the last week of loondoorbetaling
    aow_datum: np.ndarray  # (n,) datetime64[D]
    aow_aanname: np.ndarray  # (n,) bool: AOW age not yet fixed by law, last known age used
    aow_termijn: np.ndarray  # (n,) bool: the loondoorbetaling ends by the AOW term (BW 7:629 lid 2 onder b)
    lgu_duur_maanden: np.ndarray  # (n,)
    wia_maandloon: np.ndarray  # (n,)
    maandloon_ongemaximeerd: np.ndarray  # (n,)
    ao_percentage: np.ndarray  # (n, B) arbeidsongeschiktheidspercentage used in each branch
    restverdiencapaciteit: np.ndarray  # (n, B)
    uitleg: list[dict] = field(default_factory=list)  # rules and parameters behind the numbers
    aannames: list[dict] = field(default_factory=list)  # projection assumptions with their values
    stelsel: Stelsel | None = None  # the law the projection ran under

    @property
    def aantal(self) -> int:
        return self.totaal.shape[0]

    @property
    def maanden(self) -> int:
        return self.totaal.shape[2]

    def som(self, onderdeel: str = "totaal", maanden: slice | None = None) -> np.ndarray:
        """Sum over months of one component, per person and branch (n, B)."""
        a = getattr(self, onderdeel)
        return a[:, :, maanden or slice(None)].sum(axis=2)


# --- reading the input -------------------------------------------------------------------

def _lees(personen: Any) -> tuple[int, dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Split the caller's columns into engine inputs and projection inputs, validated."""
    from ..engine import Variabele
    from ..interface import datums_in, lees_personen  # validation in Dutch, shared with bereken()

    if isinstance(personen, list) and (not personen or not all(isinstance(p, dict) for p in personen)):
        raise InvoerFout("Geef 'personen' als een lijst van personen (JSON-objecten).", "personen")
    if not isinstance(personen, (list, dict)):
        raise InvoerFout("Het veld 'personen' moet een lijst van personen of een object met kolommen zijn.",
                         "personen")
    per_persoon = isinstance(personen, list) or is_een_persoon(personen)
    kolommen: dict[str, Any] = als_kolommen(personen)
    if "ziekteoorzaak" in kolommen:  # a person without a cause has an ordinary sickness (the rule's default)
        kolommen["ziekteoorzaak"] = ["andere" if v is None else v for v in kolommen["ziekteoorzaak"]]
    if per_persoon:  # persons may leave out a yes/no field (false); every other field all or none
        for naam in sorted(kolommen):
            waarden = kolommen[naam]
            if EIGEN_INVOER.get(naam) == "ja_nee":
                kolommen[naam] = [bool(v) if v is not None else False for v in waarden]
            elif any(v is None for v in waarden):
                if naam in EIGEN_INVOER:
                    raise InvoerFout(f"Niet elke persoon heeft het veld '{naam}'.", naam)
                i = next(i for i, v in enumerate(waarden) if v is None)
                raise InvoerFout(f"Persoon {i + 1} mist het veld '{naam}', dat andere personen wel hebben; "
                                 "geef elke persoon dezelfde velden.", naam)
    eigen: dict[str, np.ndarray] = {}
    for naam, soort in EIGEN_INVOER.items():
        if naam not in kolommen:
            continue
        waarden = kolommen.pop(naam)
        if soort == "datum":
            eigen[naam] = datums_in(Variabele(naam, "datum", naam), waarden)
        else:
            a = np.asarray(waarden)
            if a.dtype != np.bool_:
                raise InvoerFout(f"Het veld '{naam}' moet true of false zijn.", naam)
            eigen[naam] = a.astype(np.float64)
    verboden = sorted(set(kolommen) & _PER_RIJ)
    if verboden:
        raise InvoerFout(f"Het veld '{verboden[0]}' zet het overzicht zelf per maand en per uitkomst; "
                         "laat het weg.", verboden[0])
    _, invoer, n = lees_personen(kolommen)
    for naam in _NODIG:
        if naam not in invoer and naam not in eigen:
            raise InvoerFout(f"Voor het overzicht is het veld '{naam}' nodig.", naam)
    if not any(b in invoer for b in _LGU_BRONNEN):
        raise InvoerFout("Voor de duur van de loongerelateerde WGA-uitkering is 'lgu_duur_maanden', "
                         "'arbeidsverleden_jaren' of 'eerste_jaar_met_arbeid' nodig.", "lgu_duur_maanden")
    for naam in ("wga_hiaat_verzekering", "excedent_verzekering"):
        eigen.setdefault(naam, np.zeros(n))
    return n, invoer, eigen


# --- the grid ----------------------------------------------------------------------------

def _maand_starts(eerste_ziektedag: np.ndarray, maanden: int) -> np.ndarray:
    """(n, maanden) first day of month 1..maanden, counted from the first sick day."""
    m = np.arange(maanden, dtype=np.int64)
    return plus_maanden(eerste_ziektedag[:, None], m[None, :])


def ziekteweek_per_maand(eerste_ziektedag: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """(n, m) the sick week of each month's first day (``starts``), counted from the first sick day."""
    dagen = (starts - eerste_ziektedag[:, None]).astype(np.int64)
    return ziekteweek(dagen + 1).astype(np.float64)  # the first sick day is sick day 1


def rekendatum(datum: dt.date | str | None, stelsel: Stelsel | None = None) -> dt.date:
    """The calculation date (default today), checked against the years Spoorzoeker knows."""
    return _rekendatum(datum.isoformat() if isinstance(datum, dt.date) else datum, dt.date.today(),
                       als_stelsel(stelsel))


@functools.lru_cache(maxsize=64)
def _rekendatum(waarde: str | None, vandaag: dt.date, stelsel: Stelsel) -> dt.date:
    """Checked once per date: the check scans every parameter, which cost a single person's call 8%."""
    from ..interface import lees_rekendatum

    return lees_rekendatum(waarde, vandaag, stelsel)


def projecteer(personen: Any, datum: dt.date | str | None = None, *, maanden_na_wachttijd: int | None = None,
               blok: int = 5000, uitleg: bool = True, voortgang=None,
               stelsel: Stelsel | str | None = None, tijdlijnen=None) -> Projectie:
    """Project income for every person and WIA branch (see the module docstring).

    ``personen``: one person (dict), a list of persons, or columns (dict of arrays). Besides the
    variables of the calculate interface (``bruto_maandloon``, ``contracturen_per_week``,
    ``geboortedatum``, ``cao_regime``, ``werkt_of_werkt_mee``, ``verlenging_loondoorbetaling_weken``,
    ``sv_loon_refertejaar`` or ``wia_maandloon``, ``maatmanloon_per_maand``,
    ``restverdiencapaciteit_per_maand``, ``lgu_duur_maanden`` or the arbeidsverleden, ...) it reads
    ``eerste_ziektedag`` and the yes/no fields ``wga_hiaat_verzekering`` and ``excedent_verzekering``.
    A person may instead give the facts of the timeline (``ziekteperiodes``, ``zwangerschapsverlof``,
    ``gebeurtenissen``, ``gedaan``): the timeline then sets the first day of the wachttijd and the end
    of the loondoorbetaling (projection/tijdlijnfeiten.py). ``tijdlijnen``: instead, per person the typed
    timeline of his case (:class:`spoorzoeker.timeline.Tijdlijn`, or None), e.g. from a case file.

    The work is done in blocks of ``blok`` people (to bound memory); within a block every
    step is one engine calculation over all its rows. ``voortgang``: optional
    callable(done, total) for a progress bar. ``stelsel``: the law (default current law).
    """
    stelsel = als_stelsel(stelsel)
    datum = rekendatum(datum, stelsel)
    personen = uit_tijdlijn(personen, datum, stelsel, tijdlijnen).personen  # the timeline's dates, when given
    n, invoer, eigen = _lees(personen)
    gelezen: list[GelezenParameter] = []
    p = stelsel.op(datum, gelezen)
    if maanden_na_wachttijd is None:
        maanden_na_wachttijd = int(p.projectie.takken.maanden_na_wachttijd)
    B = len(TAKKEN)

    # Per person, for everyone at once: the last week of loondoorbetaling, the WIA start, the AOW date.
    start = eigen["eerste_ziektedag"]
    p1 = Berekening({**invoer, "eerste_ziektedag": start}, n, datum, met_uitleg=uitleg, stelsel=stelsel)
    # BW 7:629 lid 1 (104 weeks plus any extension), shortened by lid 2 onder b after the AOW age.
    laatste_week = p1.bereken("loondoorbetaling_laatste_week_aow")
    aow_beperkt = laatste_week < p1.bereken("loondoorbetaling_laatste_week")
    # The day after week L (week L ends on day 7L - 1); L may hold a fraction of a week from the timeline.
    ingang = start + np.rint(7 * laatste_week).astype(np.int64)
    aow = p1.bereken("aow_datum")  # AOW art. 7a (rules/aow.py)
    aow_aanname = p1.bereken("aow_leeftijd_vastgesteld") == 0.0
    zoek = int(np.ceil(7 * np.nanmax(laatste_week) / 28.0)) + 2
    alle_starts = _maand_starts(start, zoek + maanden_na_wachttijd)  # enough for the grid below (Ms < zoek)
    weken = ziekteweek_per_maand(start, alle_starts[:, :zoek])
    eerste_wia = np.argmax(weken > laatste_week[:, None], axis=1) + 1  # first month that starts after week L
    Ms = int(eerste_wia.max()) - 1  # sick months in the grid
    M = Ms + maanden_na_wachttijd  # months shown
    Mw = M - int(eerste_wia.min()) + 1  # WIA months the grid needs for everyone
    deel = _deel_laatste_maand(alle_starts, eerste_wia, ingang, aow_beperkt)
    vorm = (n, B, M)
    starts = alle_starts[:, :M]  # once for everyone; every block takes its rows
    # The loondoorbetaling and its vakantiebijslag are the same in every branch: one (n, M) array each,
    # shown as (n, B, M) through a read-only broadcast view (no copies, a third less memory).
    uit: dict[str, np.ndarray] = {k: np.zeros(vorm) for k in _PER_TAK}
    uit["fase"] = np.zeros(vorm, dtype=np.int8)
    uit["ldb"] = np.zeros((n, M))
    uit["vak"] = np.zeros((n, M))
    per_persoon = {k: np.zeros(n) for k in ("lgu_duur_maanden", "wia_maandloon", "maandloon_ongemaximeerd")}
    per_tak = {k: np.zeros((n, B)) for k in ("ao_percentage", "restverdiencapaciteit")}
    uitleg_lijst: list[dict] = []
    for begin in range(0, n, blok):
        s = slice(begin, min(begin + blok, n))
        stappen = _projecteer_blok(
            {k: v[s] for k, v in invoer.items()}, {k: v[s] for k, v in eigen.items()}, laatste_week[s],
            ingang[s], eerste_wia[s], aow[s], starts[s], Ms, M, Mw, datum, uitleg and begin == 0, deel[s],
            gelezen if begin == 0 else [],
            {k: v[s] for k, v in uit.items()}, {k: v[s] for k, v in per_persoon.items()},
            {k: v[s] for k, v in per_tak.items()}, stelsel, begin,
        )
        if stappen:
            uitleg_lijst = uitleg_stappen(p1) + stappen
        if voortgang is not None:
            voortgang(s.stop, n)
    vb = p.minimumloon.vakantiebijslag
    ldb, vak = uit.pop("ldb"), uit.pop("vak")
    geen = np.broadcast_to(np.float64(0.0), vorm)  # no Ziektewet benefit: a zero view without memory
    pr = Projectie(
        datum=datum, takken=TAKKEN, maand_start=starts, **uit, stelsel=stelsel,
        loondoorbetaling=np.broadcast_to(ldb[:, None, :], vorm),
        vakantiebijslag_loondoorbetaling=np.broadcast_to(vak[:, None, :], vorm),
        ziektewet_uitkering=geen, ziektewet_boven_loon=geen,
        laatste_loon=naar_centen(invoer["bruto_maandloon"] * (1.0 + vb)), bruto_maandloon=invoer["bruto_maandloon"],
        eerste_wia_maand=eerste_wia, ingangsdatum_wia=ingang, aow_datum=aow, aow_aanname=aow_aanname,
        aow_termijn=aow_beperkt,
        **per_persoon, **per_tak, uitleg=_uniek_uitleg(uitleg_lijst),
        aannames=[g.als_dict() for g in _uniek(gelezen)],
    )
    if "ziekteoorzaak" in invoer and (invoer["ziekteoorzaak"] != ZIEKTEOORZAKEN["andere"]).any():
        _met_ziektewet(pr, invoer, deel, stelsel)
    return pr


def _met_ziektewet(pr: Projectie, invoer: dict[str, np.ndarray], deel: np.ndarray, stelsel: Stelsel) -> None:
    """Pregnancy, childbirth or organ donation: the Ziektewet benefit per month (projection/ziektewet.py) and,
    where it is higher than the wage with vakantiebijslag, the difference into the employee's total (BW 7:629
    lid 5: the wage is reduced by the benefit, so the employee gets the higher of the two)."""
    from . import ziektewet  # imports this module

    oorzaak = np.asarray(list(ZIEKTEOORZAKEN), dtype=object)[invoer["ziekteoorzaak"].astype(np.int64)]
    kolommen = {"sv_loon_refertejaar": invoer["sv_loon_refertejaar"]} if "sv_loon_refertejaar" in invoer else {}
    uitkering, boven, uitleg = ziektewet.boven_loon(kolommen, pr, oorzaak, deel, stelsel)
    vorm = pr.totaal.shape
    pr.ziektewet_uitkering = np.broadcast_to(uitkering[:, None, :], vorm)
    pr.ziektewet_boven_loon = np.broadcast_to(boven[:, None, :], vorm)
    pr.totaal += boven[:, None, :]
    pr.uitleg = _uniek_uitleg(pr.uitleg + uitleg)


_BEDRAGEN = ("loondoorbetaling", "vakantiebijslag_loondoorbetaling", "wia_uitkering", "inkomsten_werk",
             "verzekering", "totaal")
_PER_TAK = ("wia_uitkering", "inkomsten_werk", "verzekering", "totaal")  # really differ per branch

# Person-level results the grid takes as input (computed once per person by the rules).
_PERSOON = ("minimumloon_bodem_per_maand", "loondoorbetaling_maximum_maandloon", "loondoorbetaling_laatste_week",
            "wia_maandloon", "dagloon_verhouding", "minimumloon_per_maand_wia", "lgu_duur_maanden",
            "referte_eis_vervuld")
# Person x branch results (constant over the months of a branch).
_TAK = ("wia_uitkomst", "arbeidsongeschiktheidspercentage", "arbeidsongeschiktheidsklasse",
        "wga_inkomenseis_per_maand", "vvu_per_maand", "lau_per_maand", "iva_uitkering_per_maand")


def _uniek(gelezen: list[GelezenParameter]) -> list[GelezenParameter]:
    gezien: dict[str, GelezenParameter] = {}
    for g in gelezen:
        gezien.setdefault(g.naam, g)
    return list(gezien.values())


def _uniek_uitleg(stappen: list[dict]) -> list[dict]:
    gezien: dict[str, dict] = {}
    for s in stappen:
        gezien.setdefault(s["variabele"], s)
    return list(gezien.values())


def _deel_laatste_maand(alle_starts: np.ndarray, eerste_wia: np.ndarray, ingang: np.ndarray,
                        aow_beperkt: np.ndarray) -> np.ndarray:
    """(n,) the share of the last month of loondoorbetaling that is paid: 1, except where the AOW term
    (BW 7:629 lid 2 onder b) ends the loondoorbetaling inside that month: then the calendar days of the
    month up to the last paid day (the day before ``ingang``) over the days of the month."""
    n = eerste_wia.size
    deel = np.ones(n)
    k = eerste_wia - 2  # 0-based index of the last month with loondoorbetaling
    wie = aow_beperkt & (k >= 0)
    if wie.any():
        r = np.flatnonzero(wie)
        begin, volgende = alle_starts[r, k[r]], alle_starts[r, k[r] + 1]
        dagen = (ingang[r] - begin).astype(np.float64)
        deel[r] = np.clip(dagen / (volgende - begin).astype(np.float64), 0.0, 1.0)
    return deel


def _projecteer_blok(invoer, eigen, laatste_week, ingang, eerste_wia, aow, starts, Ms, M, Mw, datum, met_uitleg,
                     deel, gelezen, uit, per_persoon, per_tak, stelsel, begin: int = 0) -> list[dict]:
    """Fill ``uit`` (views on the result arrays) for one block of people (the first is person ``begin``)."""
    n = laatste_week.size
    p = stelsel.op(datum, gelezen)
    takken_p = p.projectie.takken
    B = len(TAKKEN)
    vb = p.minimumloon.vakantiebijslag
    start = eigen["eerste_ziektedag"]

    # 1. Per person (n rows): the wage-based amounts that do not change over the months.
    persoon_in = dict(invoer)
    persoon_in["ingangsdatum_wia"] = ingang
    persoon_in["loondoorbetaling_laatste_week"] = laatste_week
    bruto = invoer["bruto_maandloon"]
    if "sv_loon_refertejaar" not in persoon_in and "wia_maandloon" not in persoon_in:
        # Projection default: the SV-loon of the refertejaar is twelve times the wage plus vakantiebijslag.
        persoon_in["sv_loon_refertejaar"] = 12.0 * bruto * (1.0 + vb)
    maatman = invoer.get("maatmanloon_per_maand", naar_centen(bruto * (1.0 + vb)))
    persoon_in["maatmanloon_per_maand"] = maatman
    rvc_eigen = persoon_in.pop("restverdiencapaciteit_per_maand", None)
    # WIA amounts at the law of the first WIA day (the dagloon is fixed then; art. 13 Dagloonbesluit).
    dag = np.datetime64(datum, "D")
    wia_dag = np.minimum(ingang, dag)  # a past WIA start at its own law, a future one at the values of `datum`
    pb = Berekening(persoon_in, n, wia_dag, met_uitleg=met_uitleg, stelsel=stelsel)
    pv = {k: pb.bereken(k) for k in _PERSOON}
    ongemax = naar_centen(pv["wia_maandloon"] / pv["dagloon_verhouding"])  # A x D/C: maandloon before the cap
    if rvc_eigen is not None:
        ao_eigen = Berekening({"maatmanloon_per_maand": maatman, "restverdiencapaciteit_per_maand": rvc_eigen},
                              n, datum, stelsel=stelsel).bereken("arbeidsongeschiktheidspercentage")
    else:
        ao_eigen = np.full(n, np.nan)

    # 2. Per person and branch (n x B rows): the assessment and the benefit amounts of the branch.
    rvc = np.empty((n, B))
    inkomsten = np.zeros((n, B))
    duurzaam = np.zeros(B)
    benutting = {"afgewezen_met_werk": takken_p.benutting_rvc_35_minner_met_werk,
                 "wga_lau": takken_p.benutting_rvc_lau, "wga_vvu": takken_p.benutting_rvc_vvu}
    # WIA art. 5 and 54 (WGA from 35%), art. 4 (volledig from 80%): the thresholds are parameters.
    wga_drempel, volledig_drempel = 100.0 * p.wia.ao_drempel_wga, 100.0 * p.wia.ao_drempel_volledig
    for i, tak in enumerate(TAKKEN):
        if tak.uitkomst == "geen":
            eigen_past = ao_eigen < wga_drempel
            standaard = naar_centen(maatman * (1.0 - takken_p.ao_fractie_35_minner))
        elif tak.uitkomst == "wga_35_80":
            eigen_past = (ao_eigen >= wga_drempel) & (ao_eigen < volledig_drempel)
            standaard = naar_centen(maatman * (1.0 - takken_p.ao_fractie_wga_35_80))
        else:
            eigen_past = ao_eigen >= volledig_drempel
            standaard = np.zeros(n)
        rvc[:, i] = np.where(eigen_past, rvc_eigen if rvc_eigen is not None else 0.0, standaard)
        inkomsten[:, i] = naar_centen(benutting.get(tak.naam, 0.0) * rvc[:, i])
        duurzaam[i] = 1.0 if tak.uitkomst == "iva" else 0.0
    tp = np.repeat(np.arange(n), B)
    tak_in = {k: v[tp] for k, v in pv.items()}
    tak_in.update(maatmanloon_per_maand=maatman[tp], restverdiencapaciteit_per_maand=rvc.ravel(),
                  inkomsten_per_maand=inkomsten.ravel(), duurzaam=np.tile(duurzaam, n))
    if "geboortedatum" in invoer:
        tak_in["geboortedatum"] = invoer["geboortedatum"][tp]
    tb = Berekening(tak_in, n * B, wia_dag[tp], met_uitleg=met_uitleg, stelsel=stelsel)
    tv = {k: tb.bereken(k).reshape(n, B) for k in _TAK}
    # Who reaches the WIA before the AOW date needs a known outcome in every branch: an unknown one is
    # reported here, never shown as "no benefit".
    heeft_wia = ((np.arange(M)[None, :] >= (eerste_wia[:, None] - 1))
                 & ~((starts >= aow[:, None]) & ~np.isnat(aow)[:, None])).any(axis=1)  # (n,)
    eis_bekend(tv["wia_uitkomst"], np.broadcast_to(heeft_wia[:, None], (n, B)), "wia_uitkomst", tb,
                lambda plek: (begin + plek[0], plek[0] * B + plek[1]))
    uitkomst = tv["wia_uitkomst"]
    is_wga = (uitkomst == UITKOMSTEN["wga_35_80"]) | (uitkomst == UITKOMSTEN["wga_80_100"])
    is_iva = uitkomst == UITKOMSTEN["iva"]

    # 3a. Sick months (n x Ms rows): loondoorbetaling under the CAO regime, week by week of the month start,
    #     each month at the law of its first day (minimum wage floor and maximumdagloon of that month).
    zp = np.repeat(np.arange(n), Ms)
    weken = ziekteweek_per_maand(start, starts[:, :Ms])
    nodig = _ziek_nodig(stelsel)  # only the inputs the loondoorbetaling rules can read
    ziek_in = {k: v[zp] for k, v in invoer.items() if k in nodig and k not in ("minimumloon_bodem_per_maand",
                                                                              "loondoorbetaling_maximum_maandloon")}
    ziek_in["loondoorbetaling_laatste_week"] = pv["loondoorbetaling_laatste_week"][zp]
    for k in ("minimumloon_bodem_per_maand", "loondoorbetaling_maximum_maandloon"):
        if k in invoer:  # the caller's own amount replaces the rule in every month
            ziek_in[k] = invoer[k][zp]
    ziek_in["ziekteweek"] = weken.ravel()
    zb = Berekening(ziek_in, n * Ms, np.minimum(starts[:, :Ms], dag).ravel(), met_uitleg=met_uitleg,
                    stelsel=stelsel)
    ldb = zb.bereken("loondoorbetaling_cao_per_maand").reshape(n, Ms)
    vak = zb.bereken("vakantiebijslag_loondoorbetaling_per_maand").reshape(n, Ms)

    # 3b. WIA months of the WGA branches: the WGA benefit of each WGA month (LGU, then LAU or VVU).
    #     Every other input of these rows is constant over the months of a branch, and the WGA month
    #     matters only up to the end of the LGU (art. 59 and 61 WIA: 75% in months 1-2, 70% to the end
    #     of the LGU, the month with a half LGU month, then the follow-up benefit, the same each month).
    #     So the rules run for WGA months 1..K (K = the longest LGU + 1) per person and branch, and each
    #     calendar month takes the row of its WGA month (later months the row of month K). Months
    #     before a person's first WIA month have no WGA month; the masks below leave them out. The
    #     rejected and IVA branches pay the same every month (IVA: art. 51, from step 2): no month rows.
    wga_t = np.array([k for k, t in enumerate(TAKKEN) if t.uitkomst in ("wga_35_80", "wga_80_100")])
    Bw = wga_t.size
    m_lo = M - Mw
    wga_maand = np.arange(m_lo, M, dtype=np.float64)[None, :] - (eerste_wia[:, None] - 1) + 1.0
    wga_maand[wga_maand < 1] = np.nan
    lgu = pv["lgu_duur_maanden"]
    K = Mw if np.isnan(lgu).any() else int(min(Mw, np.ceil(lgu.max()) + 1))
    wp = np.repeat(np.arange(n), Bw * K)
    wt = np.repeat((np.arange(n)[:, None] * B + wga_t[None, :]).ravel(), K)  # row of the (n x B) level
    wia_in = {k: pv[k][wp] for k in ("wia_maandloon", "dagloon_verhouding", "lgu_duur_maanden",
                                     "referte_eis_vervuld")}
    wia_in.update({k: tv[k].ravel()[wt] for k in ("wga_inkomenseis_per_maand", "vvu_per_maand", "lau_per_maand")})
    wia_in["inkomsten_per_maand"] = inkomsten.ravel()[wt]
    wia_in["wga_maand"] = np.tile(np.arange(1.0, K + 1.0), n * Bw)
    wb = Berekening(wia_in, n * Bw * K, wia_dag[wp], met_uitleg=met_uitleg, stelsel=stelsel)
    rij = (np.minimum(np.nan_to_num(wga_maand, nan=1.0), K) - 1).astype(np.intp)[:, None, :]  # (n, 1, Mw)
    wga = np.take_along_axis(wb.bereken("wga_uitkering_per_maand").reshape(n, Bw, K), rij, axis=2)
    soort = np.take_along_axis(wb.bereken("wga_uitkering_soort").reshape(n, Bw, K), rij, axis=2)

    # 4. Insurance amounts per person and branch (constant over the months in which they pay).
    verz_p = p.projectie.verzekering
    per_tak_rij = lambda plek: (begin + plek[0], plek[0] * B + plek[1])  # noqa: E731
    hiaat_nodig = (eigen["wga_hiaat_verzekering"][:, None] == 1) & is_wga & heeft_wia[:, None]
    for naam in ("lau_per_maand", "vvu_per_maand"):
        eis_bekend(tv[naam], hiaat_nodig, naam, tb, per_tak_rij)
    hiaat_bedrag = np.where(hiaat_nodig, naar_centen(verz_p.wga_hiaat_dekking * np.maximum(
        tv["lau_per_maand"] - tv["vvu_per_maand"], 0.0)), 0.0)  # (n, B)
    ao_factor = np.where(tv["arbeidsongeschiktheidsklasse"] == KLASSEN["80-100"], 1.0,
                         tv["arbeidsongeschiktheidspercentage"] / 100.0)
    excedent_nodig = (is_wga | is_iva) & (eigen["excedent_verzekering"][:, None] == 1) & heeft_wia[:, None]
    excedent = eis_bekend(naar_centen(verz_p.excedent_percentage
                                       * np.maximum(ongemax - pv["wia_maandloon"], 0.0)[:, None] * ao_factor),
                           excedent_nodig, "wia_maandloon", pb, lambda plek: (begin + plek[0], plek[0]))

    # 5. Into (person, branch, month): sick rows are months 0..Ms-1, WIA rows months m_lo..M-1; where
    #    they overlap (people whose wachttijd ends earlier than the longest), the person's first WIA
    #    month decides. From the month that starts on or after the AOW date nothing is paid (the masks
    #    carry it, so no second pass). Written branch by branch into the result, without (n, B, M)
    #    temporaries; the sick months are the same in every branch and written once.
    na_aow = (starts >= aow[:, None]) & ~np.isnat(aow)[:, None]  # (n, M)
    actief = ~na_aow
    na_aow_wia = na_aow & (np.arange(M)[None, :] >= (eerste_wia[:, None] - 1))  # shown as "AOW-leeftijd bereikt"
    in_wia = ~np.isnan(wga_maand)  # (n, Mw)
    ziek_fase = np.where(weken <= p.loondoorbetaling.minimumloon_weken, F["ziek_jaar1"],
                         np.where(weken <= p.loondoorbetaling.duur_weken, F["ziek_jaar2"], F["verlenging"]))
    ziek_fase = ziek_fase.astype(np.int8)
    ov = Ms - m_lo  # months in the overlap
    # The sick months are not cut at the AOW date: the rule's last week already holds the AOW term.
    ziek_actief = np.ones((n, Ms), dtype=bool)
    if ov > 0:
        ziek_actief[:, m_lo:Ms] &= ~in_wia[:, :ov]
    ziek_rij = lambda plek: (begin + plek[0], plek[0] * Ms + plek[1])  # noqa: E731
    uit["ldb"][:, :Ms] = eis_bekend(ldb, ziek_actief, "loondoorbetaling_cao_per_maand", zb, ziek_rij)
    uit["vak"][:, :Ms] = eis_bekend(vak, ziek_actief, "vakantiebijslag_loondoorbetaling_per_maand", zb, ziek_rij)
    if (deel < 1.0).any():
        pct = np.broadcast_to(zb.bereken("vakantiebijslag_percentage"), (n * Ms,)).reshape(n, Ms)[:, 0]
        _betaal_deel(uit["ldb"], uit["vak"], eerste_wia - 2, deel, pct)
    ziek_in_wia = np.zeros((n, Mw), dtype=np.int8)  # the sick phase of overlap months, else unused
    ziek_in_wia[:, :max(ov, 0)] = ziek_fase[:, m_lo:Ms]
    betaalt = in_wia & actief[:, m_lo:]  # WIA months before the AOW date
    loon_en_vb = uit["ldb"] + uit["vak"]  # (n, M), the same in every branch
    hiaat_k: np.ndarray | float
    for t_i in range(B):
        uit["fase"][:, t_i, :Ms] = ziek_fase
        if t_i in wga_t:
            j = int(np.flatnonzero(wga_t == t_i)[0])
            wga_k = is_wga[:, t_i, None] & betaalt
            uit["wia_uitkering"][:, t_i, m_lo:] = eis_bekend(
                wga[:, j], wga_k, "wga_uitkering_per_maand", wb,
                lambda plek, j=j: (begin + plek[0], (plek[0] * Bw + j) * K + rij[plek[0], 0, plek[1]]))
            s_k = soort[:, j]
            fase_k = np.where(s_k == SOORTEN["lgu"], F["lgu"], np.where(s_k == SOORTEN["lau"], F["lau"], F["vvu"]))
            fase_k = np.where(is_wga[:, t_i, None], fase_k, F["geen_uitkering"])
            hiaat_k = np.where(wga_k & (s_k == SOORTEN["vvu"]), hiaat_bedrag[:, t_i, None], 0.0)
        else:
            iva_k = eis_bekend(tv["iva_uitkering_per_maand"][:, t_i], is_iva[:, t_i] & heeft_wia,
                                "iva_uitkering_per_maand", tb, lambda plek, t_i=t_i: (begin + plek[0], plek[0] * B + t_i))
            np.multiply(iva_k[:, None], betaalt, out=uit["wia_uitkering"][:, t_i, m_lo:])
            fase_k = np.broadcast_to(np.where(is_iva[:, t_i], F["iva"], F["geen_uitkering"])[:, None], (n, Mw))
            hiaat_k = 0.0
        np.multiply(inkomsten[:, t_i, None], betaalt, out=uit["inkomsten_werk"][:, t_i, m_lo:])
        np.multiply(excedent[:, t_i, None] + hiaat_k, betaalt, out=uit["verzekering"][:, t_i, m_lo:])
        uit["fase"][:, t_i, m_lo:] = np.where(in_wia, fase_k, ziek_in_wia)
        np.copyto(uit["fase"][:, t_i, :], F["aow"], where=na_aow_wia)
        totaal = uit["totaal"][:, t_i, :]
        np.add(uit["wia_uitkering"][:, t_i, :], uit["inkomsten_werk"][:, t_i, :], out=totaal)
        totaal += uit["verzekering"][:, t_i, :]
        totaal += loon_en_vb

    per_persoon["lgu_duur_maanden"][...] = pv["lgu_duur_maanden"]
    per_persoon["wia_maandloon"][...] = pv["wia_maandloon"]
    per_persoon["maandloon_ongemaximeerd"][...] = ongemax
    per_tak["ao_percentage"][...] = tv["arbeidsongeschiktheidspercentage"]
    per_tak["restverdiencapaciteit"][...] = rvc
    return uitleg_stappen(pb, tb, zb, wb) if met_uitleg else []


def _betaal_deel(ldb: np.ndarray, vak: np.ndarray, maand: np.ndarray, deel: np.ndarray, pct: np.ndarray) -> None:
    """Pay month ``maand`` (per person) for the share ``deel`` of its days: the wage to the cent, the
    vakantiebijslag the same percentage of that wage (WML art. 15), to the cent."""
    r = np.flatnonzero((deel < 1.0) & (maand >= 0))
    if not r.size:
        return
    m = maand[r]
    nieuw = naar_centen(ldb[r, m] * deel[r])
    vak[r, m] = naar_centen(pct[r] * nieuw)
    ldb[r, m] = nieuw


def eis_bekend(waarde: np.ndarray, masker: np.ndarray, naam: str, b: Berekening, plaats) -> np.ndarray:
    """``waarde`` where ``masker`` (the amounts the overview shows), else 0.

    The engine says "unknown" with NaN. An unknown amount the overview would show is not turned into
    EUR 0: it stops here with a Dutch :class:`InvoerFout` naming the person and the field that is
    missing. ``plaats(plek)`` gives (person index, row of ``b``) for a position in ``waarde``."""
    onbekend = np.isnan(waarde) & masker
    if not onbekend.any():
        return np.where(masker, waarde, 0.0)
    persoon, rij = plaats(np.unravel_index(int(np.argmax(onbekend)), onbekend.shape))
    raise _onbekend(naam, b, int(rij), int(persoon))


def _onbekend(naam: str, b: Berekening, rij: int, persoon: int) -> InvoerFout:
    """The error for an amount the rules could not compute: the first input of its rules that is given
    as unknown in that row, else the first one that is missing and has no default."""
    from ..engine import afhankelijkheden

    nodig = sorted(afhankelijkheden(naam, b.variabelen) | {naam})
    onbekend_gegeven = []
    for d in nodig:
        if d not in b.invoer:
            continue
        v = np.asarray(b.invoer[d])
        if v.ndim == 0 or v.shape[0] <= rij:
            continue
        x = v[rij]
        if (v.dtype.kind == "M" and np.isnat(x)) or (v.dtype.kind == "f" and np.isnan(x)):
            onbekend_gegeven.append(d)
    ontbreekt = [d for d in nodig if d not in b.invoer and b.variabelen[d].formule is None
                 and b.variabelen[d].standaard is None]
    wat = b.variabelen[naam].omschrijving
    if onbekend_gegeven or ontbreekt:
        veld = (onbekend_gegeven or ontbreekt)[0]
        return InvoerFout(f"Persoon {persoon + 1}: het overzicht kan '{wat}' niet berekenen, want '{veld}' is "
                          f"onbekend. Geef '{veld}' op.", veld)
    # Every input is known, yet a rule gives "unknown" (a maatmanloon of 0 leaves no percentage): name
    # the first rule whose own inputs are all known, and its first input.
    for d in nodig:
        var = b.variabelen[d]
        if var.formule is None or not np.isnan(np.asarray(b.bereken(d), dtype=np.float64)[rij]):
            continue
        args = [a for a in var.argumenten if a in b.variabelen]
        if all(not np.isnan(np.asarray(b.bereken(a), dtype=np.float64)[rij]) for a in args
               if b.variabelen[a].soort != "datum"):
            veld = args[0] if args else d
            waarde = float(np.asarray(b.bereken(veld), dtype=np.float64)[rij]) if args else float("nan")
            getal = f"{waarde:.2f}".replace(".", ",")
            return InvoerFout(f"Persoon {persoon + 1}: het overzicht kan '{wat}' niet berekenen: met '{veld}' = "
                              f"{getal} is '{var.omschrijving}' niet te bepalen. Controleer '{veld}'.", veld)
    return InvoerFout(f"Persoon {persoon + 1}: het overzicht kan '{wat}' niet berekenen met deze gegevens.", naam)


@functools.lru_cache(maxsize=16)
def _ziek_nodig(stelsel: Stelsel) -> frozenset[str]:
    """The variables the sick-month rules may read (static, from the rules' arguments)."""
    from ..engine import afhankelijkheden

    variabelen = dict(stelsel.variabelen)
    return frozenset(afhankelijkheden("loondoorbetaling_cao_per_maand", variabelen)
                     | afhankelijkheden("vakantiebijslag_loondoorbetaling_per_maand", variabelen))


def uitleg_stappen(*berekeningen: Berekening) -> list[dict]:
    """Every rule and default behind the numbers, with the parameter values it read."""
    uit: dict[str, dict] = {}
    for b in berekeningen:
        for naam, stap in b.stappen.items():
            if naam in uit or stap.herkomst == "invoer":
                continue
            var = b.variabelen[naam]
            item: dict[str, Any] = {"variabele": naam, "omschrijving": var.omschrijving, "eenheid": var.eenheid,
                                    "herkomst": stap.herkomst}
            if stap.herkomst == "regel":
                item.update(bron=var.bron, url=var.url)
                if var.variant is not None:
                    item.update(variant=var.variant, scenario=b.stelsel.naam)
            if stap.herkomst == "standaard":
                item["standaard"] = var.standaard_uitleg
            if stap.parameters:
                item["parameters"] = [g.als_dict() for g in _uniek(stap.parameters)]
            uit[naam] = item
    return list(uit.values())


def tak_index(naam: str) -> int:
    return TAK_INDEX[naam]


def takken_namen() -> Sequence[str]:
    return [t.naam for t in TAKKEN]
