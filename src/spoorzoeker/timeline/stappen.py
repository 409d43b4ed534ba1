"""The Poortwachter steps of a case, vectorised over cases (numpy ``datetime64[D]``).

One case is a batch of size one: :func:`bereken` is the only code path. Nothing here reads a
clock, a file or a database; "today" is part of the input (``Gevallen.vandaag``).

Counting (docs/tijdlijn.md, decisions T1-T2):

* Sick day 1 is the first day of the wachttijd (WIA art. 23 lid 2). "Week w" of sickness is sick
  days 7w-6 .. 7w. Healthy gaps of less than four weeks do not count (samentelling: BW 7:629
  lid 10, ZW art. 29 lid 5, WIA art. 23 lid 3): every date after a gap moves by its length.
* A term "binnen / na N weken" that ends "on the first day after N weeks" is sick day 7N + 1
  (ZW art. 38 lid 1: day 295 for 42 weeks; Regeling procesgang art. 2 lid 2: day 43 for six weeks
  "na de eerste dag").
* A term counted back from the end of the wachttijd ("uiterlijk dertien weken voor het
  verstrijken") is the last day of the wachttijd minus 7N calendar days.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

from ..params import ParameterNode
from ..stapteksten import STAPPEN
from ..tijd import eerste_dag_van_week, laatste_dag_van_week, plus_maanden
from .feestdagen import eerstvolgende_werkdag

NAT = np.datetime64("NaT", "D")

STATUSSEN = ("open", "gedaan", "te_laat", "te_vroeg", "gedaan_buiten_termijn_met_motivering",
             "vervallen", "verstreken", "niet_van_toepassing")
(OPEN, GEDAAN, TE_LAAT, TE_VROEG, BUITEN_TERMIJN_MET_MOTIVERING, VERVALLEN, VERSTREKEN,
 NIET_VAN_TOEPASSING) = range(len(STATUSSEN))

# Why a step does not apply to an employee of AOW age (Stap.reden; 0 = it applies). The Dutch texts are
# stapteksten.AOW_REDENEN, in this order; docs/decisions.md "Poortwachter timeline at the AOW age".
AOW_REDENEN = ("", "geen_wia_verzekerde", "geen_plan_van_aanpak", "geen_spoor_2", "geen_loon_bij_42_weken",
               "geen_wia", "na_einde_loon", "geen_wachttijd")
(GEEN_REDEN, GEEN_WIA_VERZEKERDE, GEEN_PLAN_VAN_AANPAK, GEEN_SPOOR_2, GEEN_LOON_BIJ_42_WEKEN, GEEN_WIA,
 NA_EINDE_LOON, GEEN_WACHTTIJD) = range(len(AOW_REDENEN))

SPOREN = ("", "spoor_1", "spoor_2", "beide")  # index 0: no track chosen yet


def _datums(n: int) -> np.ndarray:
    return np.full(n, NAT, dtype="datetime64[D]")


def _dagen(x) -> np.ndarray:
    return np.asarray(x).astype(np.int64).astype("timedelta64[D]")


@dataclass
class Gevallen:
    """A batch of cases as columns. Build one with :meth:`maak`; optional columns default to
    "not given" (NaT, NaN, False, 0)."""

    eerste_ziektedag: np.ndarray        # first day of the current wachttijd
    vandaag: np.ndarray
    onderbreking_na: np.ndarray         # (n, g): sick days counted before healthy gap j
    onderbreking_dagen: np.ndarray      # (n, g): length of healthy gap j in days (0 = padding)
    hersteld_op: np.ndarray             # last sick day when the last period has ended before today
    werkgever_grootte: np.ndarray       # number of employees; NaN = unknown
    werkt_in_spoor_1: np.ndarray        # works (partly) at the own employer
    voorstellen: np.ndarray             # 1 on, 0 off, NaN = parameter voorstellen_aan
    gedaan: dict[str, np.ndarray]       # step code -> date done (NaT = not done)
    motivering: dict[str, np.ndarray]   # step code -> a motivation for a deviation is recorded
    evaluaties: np.ndarray              # (n, e) dates of evaluations done, ascending, NaT padded
    evaluaties_motivering: np.ndarray   # (n, e)
    spoor: np.ndarray                   # index into SPOREN
    uitstel_tot: np.ndarray             # WIA art. 24: last day of the extended period (NaT = none)
    uitstel_weken: np.ndarray           # or: the extension in weeks after the wachttijd (0 = none)
    loonsanctie_weken: np.ndarray       # WIA art. 25 lid 9 (0 = none)
    loonsanctie_besluit_op: np.ndarray  # date of UWV's loonsanctie decision (NaT = unknown)
    herstelmelding_op: np.ndarray       # WIA art. 25 lid 12
    herstel_besluit_op: np.ndarray      # WIA art. 25 lid 13: UWV's decision on the herstelmelding
    herstel_vastgesteld: np.ndarray     # that decision says the shortcoming is repaired
    verlof_van: np.ndarray              # (n, v) zwangerschaps- en bevallingsverlof (WAZO 3:1), sorted, NaT padded
    verlof_tot: np.ndarray              # (n, v) its last days
    verkort_aangevraagd_op: np.ndarray  # WIA art. 23 lid 6: application for a verkorte wachttijd (NaT = none)
    verkort_einde: np.ndarray           # the last day of the verkorte wachttijd UWV set (NaT = not (yet) granted)
    verkort_afgewezen: np.ndarray       # UWV refused the verkorte wachttijd
    aow_datum: np.ndarray               # the day the employee reaches the AOW age (AOW art. 7a; NaT = unknown)

    @classmethod
    def maak(cls, eerste_ziektedag, vandaag, **kolommen) -> Gevallen:
        d0 = np.asarray(eerste_ziektedag, dtype="datetime64[D]").reshape(-1)
        n = d0.shape[0]
        vandaag = np.broadcast_to(np.asarray(vandaag, dtype="datetime64[D]"), (n,)).copy()
        standaard: dict[str, Any] = {
            "onderbreking_na": np.zeros((n, 0), np.int64),
            "onderbreking_dagen": np.zeros((n, 0), np.int64),
            "hersteld_op": _datums(n),
            "werkgever_grootte": np.full(n, np.nan),
            "werkt_in_spoor_1": np.zeros(n, bool),
            "voorstellen": np.full(n, np.nan),
            "gedaan": {},
            "motivering": {},
            "evaluaties": np.zeros((n, 0), "datetime64[D]"),
            "evaluaties_motivering": np.zeros((n, 0), bool),
            "spoor": np.zeros(n, np.int8),
            "uitstel_tot": _datums(n),
            "uitstel_weken": np.zeros(n),
            "loonsanctie_weken": np.zeros(n),
            "loonsanctie_besluit_op": _datums(n),
            "herstelmelding_op": _datums(n),
            "herstel_besluit_op": _datums(n),
            "herstel_vastgesteld": np.zeros(n, bool),
            "verlof_van": np.zeros((n, 0), "datetime64[D]"),
            "verlof_tot": np.zeros((n, 0), "datetime64[D]"),
            "verkort_aangevraagd_op": _datums(n),
            "verkort_einde": _datums(n),
            "verkort_afgewezen": np.zeros(n, bool),
            "aow_datum": _datums(n),
        }
        onbekend = set(kolommen) - set(standaard)
        if onbekend:
            raise TypeError(f"onbekende kolommen: {sorted(onbekend)}")
        standaard.update(kolommen)
        return cls(eerste_ziektedag=d0, vandaag=vandaag, **standaard)

    @classmethod
    def samen(cls, delen: list[Gevallen]) -> Gevallen:
        """Several batches as one, in order. Columns of several values per case (healthy gaps, evaluations,
        leave) are padded to the widest with "not given" (NaT, 0, False: the padding every column above
        already allows); a step done in one batch only is "not done" in the others."""
        if len(delen) == 1:
            return delen[0]

        def niets(x: np.ndarray) -> Any:
            return NAT if x.dtype.kind == "M" else x.dtype.type(0)

        def plak(kolommen: list[np.ndarray]) -> np.ndarray:
            if kolommen[0].ndim == 1:
                return np.concatenate(kolommen)
            breed = max(k.shape[1] for k in kolommen)
            return np.concatenate([np.pad(k, ((0, 0), (0, breed - k.shape[1])), constant_values=niets(k))
                                   if k.shape[1] < breed else k for k in kolommen])

        def per_stap(naam: str, leeg) -> dict[str, np.ndarray]:
            codes = sorted({c for d in delen for c in getattr(d, naam)})
            return {c: np.concatenate([getattr(d, naam).get(c, leeg(d.aantal)) for d in delen]) for c in codes}

        kolommen = {f.name: plak([getattr(d, f.name) for d in delen]) for f in fields(cls)
                    if f.name not in ("gedaan", "motivering")}
        return cls(gedaan=per_stap("gedaan", _datums), motivering=per_stap("motivering", lambda n: np.zeros(n, bool)),
                   **kolommen)

    @property
    def aantal(self) -> int:
        return self.eerste_ziektedag.shape[0]

    def gedaan_op(self, code: str) -> np.ndarray:
        return self.gedaan.get(code, _datums(self.aantal))

    def met_motivering(self, code: str) -> np.ndarray:
        return self.motivering.get(code, np.zeros(self.aantal, bool))


@dataclass
class Stap:
    """One step for every case of the batch. ``van_toepassing`` False: the step does not exist
    for that case (a proposal switched off, a small-employer step for a large employer)."""

    code: str
    vanaf: np.ndarray
    voorkeursdatum: np.ndarray
    uiterste_datum: np.ndarray
    van_toepassing: np.ndarray
    gedaan_op: np.ndarray
    motivering: np.ndarray
    status: np.ndarray
    motivering_nodig: np.ndarray
    nummer: int | None = None
    reden: np.ndarray | None = None     # why the step does not apply (index into AOW_REDENEN), None = none


@dataclass
class Tijdlijnen:
    stappen: list[Stap]
    einde_wachttijd: np.ndarray          # last day of the 104 weeks, or of the verkorte wachttijd
    einde_verlengd_tijdvak: np.ndarray   # WIA art. 24 (= the 104 weeks without postponement)
    einde_loondoorbetaling: np.ndarray   # after postponement, late application and loonsanctie
    loonsanctie_toegepast: np.ndarray
    wia_vroegste_ingangsdatum: np.ndarray
    vertraging_aanvraag: np.ndarray      # days the WIA application was late (BW 7:629 lid 11 a)
    verkort_vroegste_einde: np.ndarray   # WIA art. 23 lid 6: the earliest and latest end UWV may set
    verkort_uiterste_einde: np.ndarray
    opmerkingen: list[list[str]] = field(default_factory=list)
    # BW 7:629 lid 2 onder b: the last day of wage of an employee of AOW age (NaT: not shortened by it),
    # and whether a WIA benefit can follow at all (WIA art. 8 lid 1 onder b)
    aow_laatste_loondag: np.ndarray | None = None
    geen_wia: np.ndarray | None = None

    def stap(self, code: str, nummer: int | None = None) -> Stap:
        for s in self.stappen:
            if s.code == code and (nummer is None or s.nummer == nummer):
                return s
        raise KeyError(code)


class _Rekenaar:
    """Date arithmetic in sick days for a batch, and the parameters at each case's first day."""

    def __init__(self, g: Gevallen, parameters: ParameterNode):
        self.g = g
        self.parameters = parameters

    def p(self, naam: str) -> np.ndarray:
        """``poortwachter.<naam>`` in force on each case's first sick day (the law at the start
        of the wachttijd governs its steps)."""
        return self.parameters.vind(f"poortwachter.{naam}").waarden_op(self.g.eerste_ziektedag)

    def weken(self, naam: str) -> np.ndarray:
        """A parameter counted in whole units (weeks, months) as integers."""
        return self.p(naam).astype(np.int64)

    def ziektedag(self, k) -> np.ndarray:
        """The date of sick day ``k`` (1 = first day), healthy gaps under four weeks skipped."""
        n = self.g.aantal
        k = np.asarray(k, dtype=np.int64)
        if k.shape != (n,):
            k = np.broadcast_to(k, (n,))
        if not self.g.onderbreking_dagen.shape[1]:  # no healthy gaps in any case
            return self.g.eerste_ziektedag + _dagen(k - 1)
        ervoor = self.g.onderbreking_na < k[:, None]
        extra = (self.g.onderbreking_dagen * ervoor).sum(axis=1)
        return self.g.eerste_ziektedag + _dagen(k - 1 + extra)

    def einde_week(self, w) -> np.ndarray:
        """Last day of sick week ``w``."""
        return self.ziektedag(laatste_dag_van_week(np.asarray(w)))

    def begin_week(self, w) -> np.ndarray:
        return self.ziektedag(eerste_dag_van_week(np.asarray(w)))

    def na_weken(self, w) -> np.ndarray:
        """The first day after the sickness has lasted ``w`` weeks (sick day 7w + 1)."""
        return self.ziektedag(laatste_dag_van_week(np.asarray(w)) + 1)

    def ziektedag_nummer(self, datum: np.ndarray) -> np.ndarray:
        """The sick day number of ``datum`` (1 = the first sick day; a date before it counts as 1): the
        days from the first sick day, less the healthy days of the gaps before it (the inverse of
        :meth:`ziektedag`). A date inside a gap gets the number of the next sick day."""
        d0 = self.g.eerste_ziektedag
        k = (datum - d0).astype(np.int64) + 1
        for j in range(self.g.onderbreking_dagen.shape[1]):
            lengte = self.g.onderbreking_dagen[:, j]
            begin = self.ziektedag(self.g.onderbreking_na[:, j]) + np.timedelta64(1, "D")
            k = k - np.clip((datum - begin).astype(np.int64), 0, lengte)
        return np.maximum(k, 1)

    def maanden_ziek(self, m) -> np.ndarray:
        """The date ``m`` calendar months after the first sick day (same day of the month),
        moved by the healthy gaps before it."""
        d0 = self.g.eerste_ziektedag
        k = (plus_maanden(d0, m) - d0).astype(np.int64) + 1
        return self.ziektedag(k)


def tel_langs_verlof(start: np.ndarray, dagen, verlof_van: np.ndarray, verlof_tot: np.ndarray) -> np.ndarray:
    """The last day of a span of ``dagen`` days from ``start`` (day 1) in which the days of
    zwangerschaps- en bevallingsverlof are not counted: a loonsanctie "vangt aan met ingang van de dag
    waarop dat verlof eindigt" and "wordt onderbroken voor de duur van dat verlof" (WIA art. 25 lid 9,
    third and fourth sentence). Leave periods are sorted by their first day."""
    einde = start + _dagen(dagen) - np.timedelta64(1, "D")
    for j in range(verlof_van.shape[1]):
        a, b = verlof_van[:, j], verlof_tot[:, j]
        raakt = ~np.isnat(a) & ~np.isnat(start) & (a <= einde) & (b >= start)
        extra = (b - np.maximum(a, start)) + np.timedelta64(1, "D")
        einde = np.where(raakt, einde + extra, einde)
    return einde


def _status(vanaf, voorkeur, uiterste, gedaan, motivering, vandaag, hersteld_op, motivering_vereist=False):
    """Status and "motivation needed" per case (docs/tijdlijn.md, 'Status').

    * ``gedaan``: done inside [vanaf, uiterste_datum];
    * ``gedaan_buiten_termijn_met_motivering``: done outside that window, motivation recorded;
    * ``te_laat``: done after the deadline without motivation, or not done and the deadline passed;
    * ``te_vroeg``: done before the window opened without motivation;
    * ``vervallen``: not done, and due after the employee recovered (the step is no longer needed);
    * ``open``: otherwise.

    ``motivering_nodig``: the preferred date or the window was not kept and no motivation is
    recorded yet (Regeling procesgang art. 5: werkgever and werknemer may deviate "gemotiveerd").
    """
    klaar = ~np.isnat(gedaan)
    te_laat_gedaan = klaar & (gedaan > uiterste)
    te_vroeg_gedaan = klaar & ~np.isnat(vanaf) & (gedaan < vanaf)
    vervallen = ~klaar & ~np.isnat(hersteld_op) & (uiterste > hersteld_op)
    status = np.where(vandaag > uiterste, TE_LAAT, OPEN)
    status = np.where(vervallen, VERVALLEN, status)
    status = np.where(klaar, GEDAAN, status)
    status = np.where(te_laat_gedaan, np.where(motivering, BUITEN_TERMIJN_MET_MOTIVERING, TE_LAAT), status)
    status = np.where(te_vroeg_gedaan, np.where(motivering, BUITEN_TERMIJN_MET_MOTIVERING, TE_VROEG), status)
    afwijking = np.where(klaar, (gedaan > voorkeur) | te_laat_gedaan | te_vroeg_gedaan, vandaag > voorkeur)
    afwijking = afwijking | (klaar & motivering_vereist)
    nodig = afwijking & ~motivering & ~vervallen
    return status.astype(np.int8), nodig


# Statuses are computed for many steps at once (one numpy call per operation for a block of steps x
# cases instead of one per step: for a single case most of the cost was numpy's per-call overhead);
# a block holds at most this many step-case cells, so memory stays small for large batches.
STATUS_BLOK_CELLEN = 200_000


def _statussen_invullen(stappen: list[Stap], vereist: list[bool], vandaag: np.ndarray, hersteld_op: np.ndarray) -> None:
    """Fill in ``status`` and ``motivering_nodig`` of ``stappen`` (see :func:`_status`)."""
    if not stappen:
        return
    per_blok = max(1, STATUS_BLOK_CELLEN // max(1, len(vandaag)))
    for b in range(0, len(stappen), per_blok):
        blok = stappen[b:b + per_blok]
        vanaf, voorkeur, uiterste, gedaan, motivering = (
            np.stack([getattr(s, k) for s in blok])
            for k in ("vanaf", "voorkeursdatum", "uiterste_datum", "gedaan_op", "motivering"))
        status, nodig = _status(vanaf, voorkeur, uiterste, gedaan, motivering, vandaag, hersteld_op,
                                np.array(vereist[b:b + per_blok])[:, None])
        for s, st, nd in zip(blok, status, nodig, strict=True):
            s.status, s.motivering_nodig = st, nd


def bereken(g: Gevallen, parameters: ParameterNode | None = None, *, stelsel=None) -> Tijdlijnen:
    """Every step of every case: dates, status and whether a motivation is needed.

    ``stelsel`` (default current law) gives the parameters, unless ``parameters`` is given, and the
    proposed steps a scenario makes fixed (they then apply whatever ``voorstellen`` says)."""
    if stelsel is None:
        from ..scenarios import huidig

        stelsel = huidig()
    verplicht = stelsel.verplichte_stappen
    r = _Rekenaar(g, parameters if parameters is not None else stelsel.parameters)
    n = g.aantal
    alle = np.ones(n, bool)
    geen = _datums(n)
    geen_status = np.zeros(0, np.int8)  # placeholder until _statussen_invullen
    stappen: list[Stap] = []
    vereist: list[bool] = []  # per step: a motivation is always required (the track choice)

    def stap(code, voorkeur, uiterste, van_toepassing=alle, vanaf=geen, gedaan=None, motivering=None,
             motivering_vereist=False, nummer=None):
        gedaan = g.gedaan_op(code) if gedaan is None else gedaan
        motivering = g.met_motivering(code) if motivering is None else motivering
        voorkeur = np.minimum(voorkeur, uiterste)
        # status and motivering_nodig are filled in for all steps at once, at the end
        s = Stap(code, vanaf, voorkeur, uiterste, van_toepassing, gedaan, motivering,
                 geen_status, geen_status, nummer)
        stappen.append(s)
        vereist.append(motivering_vereist)
        return s

    def basis(s: Stap) -> np.ndarray:
        """The date a later term counts from: when the step was done, else its deadline."""
        return np.where(np.isnat(s.gedaan_op), s.uiterste_datum, s.gedaan_op)

    voorstellen = np.where(np.isnan(g.voorstellen), r.p("voorstellen_aan"), g.voorstellen) > 0.5
    is_klein = g.werkgever_grootte < r.p("kleine_werkgever_grens")  # NaN: unknown, not small
    klein = voorstellen & is_klein

    def geldt(code, masker, zonder_voorstel):
        """A step a scenario makes fixed applies whether or not proposals are shown."""
        return zonder_voorstel if code in verplicht else masker
    analogie = r.p("atw_regeling_naar_analogie") > 0.5

    def atw_naar_analogie(d):
        return np.where(analogie, eerstvolgende_werkdag(d), d)

    # Seed 004 §4.4: a certified casemanager once the absence is expected to last, or has lasted, 4 weeks.
    stap("casemanager", r.einde_week(1), r.na_weken(r.weken("casemanager_weken")), voorstellen)

    # Regeling procesgang art. 2 lid 2: oordeel bedrijfsarts "binnen zes weken na de eerste dag".
    pa = stap("probleemanalyse", r.einde_week(r.weken("probleemanalyse_voorkeur_weken")),
              atw_naar_analogie(r.na_weken(r.weken("probleemanalyse_weken"))))

    # Regeling procesgang art. 4 lid 1: plan van aanpak "binnen twee weken na het oordeel".
    twee = _dagen(7 * r.weken("plan_van_aanpak_weken_na_probleemanalyse"))
    pa_voorkeur = np.where(np.isnat(pa.gedaan_op), pa.voorkeursdatum, pa.gedaan_op)
    pva = stap("plan_van_aanpak", pa_voorkeur + twee, atw_naar_analogie(basis(pa) + twee))

    # Regeling procesgang art. 4 lid 2 b: periodic evaluation; every 6 weeks is practice.
    # Rolling: each evaluation is due 6 weeks after the previous one (the first after the plan).
    interval = _dagen(7 * r.weken("evaluatie_interval_weken"))
    ankers = np.concatenate([basis(pva)[:, None], g.evaluaties], axis=1)
    for j in range(g.evaluaties.shape[1]):
        klaar = ~np.isnat(g.evaluaties[:, j])
        stap("evaluatie", ankers[:, j] + interval, ankers[:, j] + interval, klaar,
             gedaan=g.evaluaties[:, j], motivering=g.evaluaties_motivering[:, j], nummer=j + 1)
    aantal_gedaan = (~np.isnat(g.evaluaties)).sum(axis=1)
    volgende = ankers[np.arange(n), aantal_gedaan] + interval
    stap("evaluatie", volgende, volgende, gedaan=geen, motivering=np.zeros(n, bool))

    # Seed 000: financial-insight conversation after week 13.
    stap("financieel_inzichtgesprek", r.einde_week(r.weken("financieel_inzichtgesprek_na_week") + 1),
         r.einde_week(r.weken("financieel_inzichtgesprek_uiterlijk_week")), voorstellen,
         vanaf=r.na_weken(r.weken("financieel_inzichtgesprek_na_week")))

    # Seed 004 §4.3 (employers under 25): inzetbaarheidsprofiel by week 26.
    izp = r.einde_week(r.weken("inzetbaarheidsprofiel_week"))
    stap("inzetbaarheidsprofiel", izp, izp, geldt("inzetbaarheidsprofiel", klein, is_klein))

    # Eerstejaarsevaluatie (Regeling art. 4 lid 2 b "aan het einde van het eerste ziektejaar");
    # the window weeks 46-52 is practice. Computed here because later steps count from it.
    eje_vanaf = r.begin_week(r.weken("eerstejaarsevaluatie_van_week"))
    eje_voorkeur = r.einde_week(r.weken("eerstejaarsevaluatie_van_week"))
    eje_uiterste = r.einde_week(r.weken("eerstejaarsevaluatie_tot_week"))

    # Seed 000: spoor 2 inventory from week 26; at the latest at the eerstejaarsevaluatie.
    stap("spoor2_inventarisatie", r.einde_week(r.weken("spoor2_inventarisatie_week")), eje_uiterste,
         geldt("spoor2_inventarisatie", voorstellen, alle))

    # Seed 000: medical check around 6 months, at the latest in month 9, if not working in spoor 1.
    stap("medische_toetsing", r.maanden_ziek(r.weken("medische_toetsing_voorkeur_maanden")),
         r.maanden_ziek(r.weken("medische_toetsing_uiterlijk_maanden")) - np.timedelta64(1, "D"),
         voorstellen & ~g.werkt_in_spoor_1)

    # Seed 004 §4.3 (employers under 25): arbeidsdeskundig advice on spoor 1 or 2 by week 30.
    ad = r.einde_week(r.weken("arbeidsdeskundig_advies_week"))
    stap("arbeidsdeskundig_advies", ad, ad, geldt("arbeidsdeskundig_advies", klein, is_klein))

    # ZW art. 38 lid 1: "uiterlijk op de eerste dag nadat de ongeschiktheid 42 weken heeft geduurd".
    melding = r.na_weken(r.weken("melding_42e_week_weken"))
    melding = np.where(r.p("melding_42e_week_eerste_werkdag") > 0.5, eerstvolgende_werkdag(melding), melding)
    stap("melding_42e_week", r.einde_week(r.weken("melding_42e_week_weken")), melding)

    eje = stap("eerstejaarsevaluatie", eje_voorkeur, eje_uiterste, vanaf=eje_vanaf)

    # Seed 004 §4.3 (employers under 25): evaluate profile and advice by week 52.
    e52 = r.einde_week(r.weken("evaluatie_kleine_werkgever_week"))
    stap("evaluatie_week_52", e52, e52, geldt("evaluatie_week_52", klein, is_klein))

    # R9: a motivated track choice, at the latest at the eerstejaarsevaluatie (Beleidsregels).
    stap("spoorkeuze", ad, eje_uiterste, motivering_vereist=True)
    spoor2 = basis(eje) + _dagen(7 * r.weken("spoor2_start_weken_na_eerstejaarsevaluatie"))
    stap("spoor2_start", spoor2, spoor2, (g.spoor == 2) | (g.spoor == 3))

    # WIA art. 23 lid 6: a verkorte wachttijd UWV set on the employee's application (early IVA):
    # at least 13 and at most 78 weeks, ending no earlier than 10 weeks after the application. The
    # application is also the WIA application (art. 66 lid 1) and needs no re-integratieverslag
    # (art. 66 lid 6); the loondoorbetaling still runs 104 weeks (BW 7:629 lid 1; the IVA is deducted,
    # lid 5). Decision T10.
    verkort_vroegste = np.maximum(r.einde_week(r.weken("verkorte_wachttijd_min_weken")),
                                  g.verkort_aangevraagd_op + _dagen(7 * r.weken("verkorte_wachttijd_na_aanvraag_weken")))
    verkort_uiterste = r.einde_week(r.weken("verkorte_wachttijd_max_weken"))
    verkort = ~np.isnat(g.verkort_einde)
    normaal = ~verkort

    # WIA art. 64 lid 2: UWV's letter at the latest when the wachttijd has lasted 89 weeks.
    brief = stap("wia_brief_uwv", r.einde_week(r.weken("wia_brief_uwv_voorkeur_week")),
                 r.einde_week(r.weken("wia_brief_uwv_week")), normaal)

    # WIA art. 23 lid 1: 104 weeks; art. 24: voluntary postponement to a date UWV sets.
    einde_104 = r.einde_week(r.weken("wachttijd_weken"))
    verlengd = np.where(np.isnat(g.uitstel_tot), einde_104 + _dagen(7 * g.uitstel_weken), g.uitstel_tot)

    # The employee of AOW age (docs/decisions.md, "Poortwachter timeline at the AOW age"). BW 7:629 lid 2
    # onder b: wage for `aow_gerechtigde_weken` weeks (read at the first sick day: 13 before 1 July 2023, 6
    # after), counted from the first sick day or, when the illness began earlier, from the AOW date, "voor
    # zover het totale tijdvak niet meer bedraagt dan 104 weken". Counted in sick days, so healthy gaps under
    # four weeks do not count (lid 10). WIA art. 8 lid 1 onder b: from the AOW date he is not insured for
    # the WIA, so no WIA benefit follows when he reaches the AOW age by the day it could start.
    aow = ~np.isnat(g.aow_datum)
    aow_laatste_loondag = geen
    aow_korter = np.zeros(n, bool)
    geen_wia = np.zeros(n, bool)
    if aow.any():
        termijn = r.parameters.vind("loondoorbetaling.aow_gerechtigde_weken").waarden_op(g.eerste_ziektedag)
        k_aow = r.ziektedag_nummer(np.where(aow, g.aow_datum, g.eerste_ziektedag))
        laatste = np.minimum(r.ziektedag(k_aow - 1 + 7 * termijn.astype(np.int64)), einde_104)
        aow_laatste_loondag = np.where(aow, laatste, NAT)
        aow_korter = aow & (laatste < einde_104)
        geen_wia = aow & (g.aow_datum <= einde_104 + np.timedelta64(1, "D"))

    # WIA art. 25 lid 3-4: RIV 13 weeks before the end of the wachttijd or the extended period;
    # art. 64 lid 3: the application 11 weeks before it. Counted back: no Atw (art. 1 lid 2).
    def voor_einde(naam):
        return verlengd - _dagen(7 * r.weken(naam))

    stap("re_integratieverslag", voor_einde("re_integratieverslag_voorkeur_weken_voor_einde"),
         voor_einde("re_integratieverslag_weken_voor_einde"), normaal)
    # WIA art. 64 lid 6: after a late letter the application is in time within four weeks of receiving
    # it (a term in a wet, counted forward: the Atw applies), unless the employer made the 42nd-week
    # report only once the wachttijd had lasted 81 weeks.
    aanvraag_uiterlijk = voor_einde("wia_aanvraag_weken_voor_einde")
    melding_42 = g.gedaan_op("melding_42e_week")
    melding_te_laat = ~np.isnat(melding_42) & (
        melding_42 >= r.einde_week(r.weken("wia_aanvraag_late_brief_melding_uiterlijk_week")))
    brief_te_laat = ~np.isnat(brief.gedaan_op) & (brief.gedaan_op > brief.uiterste_datum) & ~melding_te_laat
    na_brief = eerstvolgende_werkdag(brief.gedaan_op + _dagen(7 * r.weken("wia_aanvraag_na_late_brief_weken")))
    aanvraag_uiterlijk = np.where(brief_te_laat, np.maximum(aanvraag_uiterlijk, na_brief), aanvraag_uiterlijk)
    aanvraag = stap("wia_aanvraag", np.minimum(voor_einde("wia_aanvraag_voorkeur_weken_voor_einde"), aanvraag_uiterlijk),
                    aanvraag_uiterlijk, normaal)
    # BW 7:629 lid 11 a: a late application extends the 104 weeks "met de duur van de vertraging".
    # Not yet made and already late: the extension grows day by day until it is made. A loonsanctie
    # is only imposed while UWV handles the application (art. 25 lid 9), so with one the
    # application was made; without its date we take it as made in time.
    tot = np.where(np.isnat(aanvraag.gedaan_op), np.where(g.loonsanctie_weken > 0, aanvraag_uiterlijk, g.vandaag),
                   aanvraag.gedaan_op)
    # Recovered before the deadline: no application is due, so nothing is late.
    # No WIA can follow at the AOW age: no application is due, so none is late.
    nodig = normaal & ~geen_wia & ~(~np.isnat(g.hersteld_op) & (g.hersteld_op < aanvraag_uiterlijk))
    vertraging = np.where(nodig, np.maximum(tot - aanvraag_uiterlijk, np.timedelta64(0, "D")), np.timedelta64(0, "D"))
    na_vertraging = verlengd + vertraging

    # WIA art. 25 lid 9-14: loonsanctie up to 52 weeks after the (extended) period; it starts after
    # a zwangerschaps- of bevallingsverlof running then and pauses for one during it (lid 9).
    opmerkingen: list[list[str]] = [[] for _ in range(n)]
    te_laat_besloten = ~np.isnat(g.loonsanctie_besluit_op) & (g.loonsanctie_besluit_op > na_vertraging)
    sanctie = (g.loonsanctie_weken > 0) & ~te_laat_besloten  # lid 11: no extension after the end
    sanctie_begin = na_vertraging + np.timedelta64(1, "D")
    sanctie_einde = tel_langs_verlof(sanctie_begin, 7 * g.loonsanctie_weken.astype(np.int64), g.verlof_van,
                                     g.verlof_tot)
    besluit_uiterlijk = eerstvolgende_werkdag(
        g.herstelmelding_op + _dagen(7 * r.weken("loonsanctie_herstel_beslistermijn_weken")))
    stap("uwv_besluit_herstel", besluit_uiterlijk, besluit_uiterlijk, ~np.isnat(g.herstelmelding_op),
         gedaan=g.herstel_besluit_op)
    hersteld = g.herstel_vastgesteld & ~np.isnat(g.herstel_besluit_op)
    vertraging_uwv = np.maximum(g.herstel_besluit_op - besluit_uiterlijk, np.timedelta64(0, "D"))
    zes_weken = 7 * r.weken("loonsanctie_einde_na_herstel_weken") - vertraging_uwv.astype(np.int64)
    na_herstel = tel_langs_verlof(g.herstel_besluit_op + np.timedelta64(1, "D"), np.where(hersteld, zes_weken, 0),
                                  g.verlof_van, g.verlof_tot)
    sanctie_einde = np.where(hersteld, np.minimum(sanctie_einde, na_herstel), sanctie_einde)
    # Lid 10: UWV decides on the sanction at the latest six weeks before the end of the period it
    # extends; lid 14: a late decision ends the sanction "zoveel eerder als de beschikking later is
    # afgegeven" (counted back from an end: no Atw).
    sanctie_besluit_uiterlijk = na_vertraging - _dagen(7 * r.weken("loonsanctie_besluit_weken_voor_einde"))
    besluit_te_laat = np.where(np.isnat(g.loonsanctie_besluit_op), np.timedelta64(0, "D"),
                               np.maximum(g.loonsanctie_besluit_op - sanctie_besluit_uiterlijk, np.timedelta64(0, "D")))
    sanctie_einde = np.maximum(sanctie_einde - besluit_te_laat, na_vertraging)
    einde_loon = np.where(sanctie, sanctie_einde, na_vertraging)
    einde_loon = np.where(aow_korter, aow_laatste_loondag, einde_loon)
    for i in np.flatnonzero(sanctie & (besluit_te_laat > np.timedelta64(0, "D"))):
        dagen = int(besluit_te_laat[i].astype(np.int64))
        opmerkingen[i].append(f"UWV besloot {dagen} dagen te laat over de loonsanctie (uiterlijk zes weken voor het "
                              f"einde, art. 25 lid 10 WIA): die eindigt {dagen} dagen eerder (art. 25 lid 14 WIA).")
    for i in np.flatnonzero(te_laat_besloten & (g.loonsanctie_weken > 0)):
        opmerkingen[i].append("De loonsanctie is niet toegepast: UWV besloot pas na het einde van de "
                              "wachttijd (art. 25 lid 11 WIA).")
    for i in np.flatnonzero(vertraging > np.timedelta64(0, "D")):
        dagen = int(vertraging[i].astype(np.int64))
        if np.isnat(aanvraag.gedaan_op[i]):
            opmerkingen[i].append(f"De WIA-aanvraag is {dagen} dagen te laat en nog niet gedaan: de loondoorbetaling "
                                  "loopt langer door, met elke dag vertraging (art. 7:629 lid 11 onder a BW). "
                                  "Heeft de werknemer geen goede reden, dan heeft hij over die tijd geen recht op "
                                  "loon (art. 7:629 lid 3 onder f BW).")
        else:
            opmerkingen[i].append(f"De WIA-aanvraag was {dagen} dagen te laat: de loondoorbetaling duurt {dagen} "
                                  "dagen langer (art. 7:629 lid 11 onder a BW). Had de werknemer geen goede reden, "
                                  "dan heeft hij over die tijd geen recht op loon (art. 7:629 lid 3 onder f BW).")
    zonder_verlof = sanctie_begin + _dagen(7 * g.loonsanctie_weken.astype(np.int64)) - np.timedelta64(1, "D") \
        - besluit_te_laat
    for i in np.flatnonzero(sanctie & ~hersteld & (sanctie_einde != zonder_verlof)):
        opmerkingen[i].append("De loonsanctie loopt niet door tijdens het zwangerschaps- of bevallingsverlof "
                              "en eindigt daardoor later (art. 25 lid 9 WIA).")

    # Verkorte wachttijd granted: the wachttijd ends then and the IVA can start the next day; the
    # loon keeps running to the end of the 104 weeks (the employer deducts the benefit).
    einde_wachttijd = np.where(verkort, g.verkort_einde, einde_104)
    wia_vroegst = np.where(verkort, g.verkort_einde, einde_loon) + np.timedelta64(1, "D")
    for i in np.flatnonzero(verkort):
        opmerkingen[i].append("UWV stelde een verkorte wachttijd vast (art. 23 lid 6 WIA): de IVA-uitkering kan "
                              "ingaan op de dag na het einde ervan. De werkgever betaalt het loon door tot het einde "
                              "van de 104 weken en mag de uitkering daarop in mindering brengen (art. 7:629 lid 5 BW). "
                              "Een re-integratieverslag en een aparte WIA-aanvraag zijn niet nodig (art. 66 WIA).")
    for i in np.flatnonzero(~np.isnat(g.verkort_aangevraagd_op) & ~verkort & ~g.verkort_afgewezen):
        opmerkingen[i].append(f"Verkorte wachttijd aangevraagd: UWV kan het einde vaststellen tussen "
                              f"{verkort_vroegste[i]} en {verkort_uiterste[i]} (art. 23 lid 6 WIA). Tot het besluit "
                              "lopen alle stappen gewoon door.")

    _statussen_invullen(stappen, vereist, g.vandaag, g.hersteld_op)
    if aow.any():
        _aow_niet_van_toepassing(stappen, g, r, aow_laatste_loondag, geen_wia)

    # Milestones: the end of the wachttijd, and of the (extended or, at the AOW age, shortened) loondoorbetaling.
    for code, datum, toepassing in (("einde_wachttijd", einde_wachttijd, alle),
                                    ("einde_loondoorbetaling", einde_loon, einde_loon != einde_wachttijd)):
        status = np.where(g.vandaag > datum, VERSTREKEN, OPEN)
        status = np.where(~np.isnat(g.hersteld_op) & (datum > g.hersteld_op), VERVALLEN, status).astype(np.int8)
        reden = None
        if code == "einde_wachttijd" and aow_korter.any():
            # the wage ends before the 104 weeks and no WIA follows: the end of the wachttijd means nothing
            status = np.where(aow_korter, NIET_VAN_TOEPASSING, status).astype(np.int8)
            reden = np.where(aow_korter, GEEN_WACHTTIJD, GEEN_REDEN).astype(np.int8)
        stappen.append(Stap(code, geen, datum, datum, toepassing, geen, np.zeros(n, bool), status,
                            np.zeros(n, bool), reden=reden))

    return Tijdlijnen(stappen, einde_wachttijd, verlengd, einde_loon, sanctie, wia_vroegst,
                      vertraging.astype(np.int64), verkort_vroegste, verkort_uiterste, opmerkingen,
                      aow_laatste_loondag, geen_wia)


# Steps that lapse for an employee of AOW age, by why (docs/decisions.md, "Poortwachter timeline at the AOW
# age"). Each applies when the AOW date falls on or before the step's deadline, except the 42nd-week report
# (ZW art. 38 lid 1: only while wage is owed) and the WIA steps (when no WIA benefit can follow).
_AOW_REGELING = {"probleemanalyse": GEEN_WIA_VERZEKERDE, "eerstejaarsevaluatie": GEEN_WIA_VERZEKERDE,
                 "plan_van_aanpak": GEEN_PLAN_VAN_AANPAK, "evaluatie": GEEN_PLAN_VAN_AANPAK,
                 "spoor2_inventarisatie": GEEN_SPOOR_2, "spoorkeuze": GEEN_SPOOR_2, "spoor2_start": GEEN_SPOOR_2}
_AOW_WIA = {"wia_brief_uwv", "re_integratieverslag", "wia_aanvraag"}


def _aow_niet_van_toepassing(stappen: list[Stap], g: Gevallen, r: _Rekenaar, laatste_loondag: np.ndarray,
                             geen_wia: np.ndarray) -> None:
    """Mark the steps that do not apply to an employee of AOW age ``niet_van_toepassing`` with their
    reason. A step done anyway keeps "gedaan" (nothing was late), with the reason; an evaluation already
    recorded stays as it is."""
    aow = ~np.isnat(g.aow_datum)
    melding_dag = r.na_weken(r.weken("melding_42e_week_weken"))
    for s in stappen:
        if s.code == "evaluatie" and s.nummer is not None:
            continue
        reden = np.full(g.aantal, GEEN_REDEN, np.int8)
        if s.code in _AOW_REGELING:
            reden = np.where(aow & (g.aow_datum <= s.uiterste_datum), _AOW_REGELING[s.code], reden)
        elif s.code == "melding_42e_week":
            # ZW art. 38 lid 1: the employer of the insured "die ... recht heeft op loon als bedoeld in
            # artikel 629" reports once the incapacity has lasted 42 weeks; without wage on that day, no report.
            reden = np.where(aow & (laatste_loondag < melding_dag), GEEN_LOON_BIJ_42_WEKEN, reden)
        elif s.code in _AOW_WIA:
            reden = np.where(geen_wia, GEEN_WIA, reden)
        if STAPPEN[s.code].voorstel or s.code in ("inzetbaarheidsprofiel", "arbeidsdeskundig_advies",
                                                   "evaluatie_week_52"):
            # a proposed moment after the employer's obligations have ended (our choice: proposals are
            # moments in the two-year process that ends with the wage)
            reden = np.where((reden == GEEN_REDEN) & aow & (s.uiterste_datum > laatste_loondag), NA_EINDE_LOON, reden)
        if not (reden != GEEN_REDEN).any():
            continue
        nvt = reden != GEEN_REDEN
        klaar = ~np.isnat(s.gedaan_op)
        s.status = np.where(nvt, np.where(klaar, GEDAAN, NIET_VAN_TOEPASSING), s.status).astype(np.int8)
        s.motivering_nodig = s.motivering_nodig & ~nvt
        s.reden = reden
