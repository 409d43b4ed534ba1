"""The process model: one block of people through a year of sick reports, the wachttijd, the WIA
assessment and five years after it. Everything is vectorised over the people of the block.

* Sick reports start in the cohort year (from ``peildatum``); each spell moves week by week through
  up to 104 weeks (156 with a loonsanctie): recovery by duration and kind of complaint, partial
  return, end of a temporary contract (then the Ziektewet), spoor 2 (start and placement elsewhere),
  the first-year Ziektewet assessment, the RIV check with its loonsanctie, the AOW date, and at the
  end of the wachttijd the WIA application.
* The assessment draws one outcome per person (a loss of earning capacity in the class of that
  outcome and whether it is durable); the rules classify it (WIA art. 4, 5) and compute the benefit
  of every month after the wachttijd at the law of that month (``wga_uitkering_per_maand`` and
  friends through :class:`~spoorzoeker.engine.Berekening`, the same variables ``bereken`` uses).
* The amounts of the sick years are rules too: ``loondoorbetaling_cao_per_maand`` (with its
  vakantiebijslag) and ``ziektewet_uitkering_per_maand``, at the law of the month they apply.

Nothing per person and month is kept: :func:`simuleer_blok` returns sums (weighted to the whole
country), so memory is bounded by the block. Every transition probability comes from
``parameters/simulatie.yaml``; every behaviour effect of a scenario from its assumptions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .. import rules  # noqa: F401  (registers the variables)
from ..engine import VARIABELEN, Berekening
from ..money import naar_centen
from ..preventie import psychisch_aandelen
from ..rules.invoer import CAO_REGIMES
from .leeftijd import band as leeftijdsband
from .leeftijd import leeftijdsgradient
from .populatie import CAO, aandeel_ww, trek_populatie
from .scenario import Aanname, simulatie_parameters

PEILDATUM = dt.date(2026, 1, 1)
JAREN = 9  # calendar years from the cohort year: 3 sick years at most + 5 WIA years + the start spread
GEEN = 10_000  # "never" for week numbers
REDENEN = ("hersteld", "aow", "geplaatst", "zw_beeindigd", "wachttijd")
UITKOMSTEN = ("afgewezen", "wga_35_80", "wga_80_100", "iva")
# A WIA entrant of 60 in 2016 (born in 1956) was 6 years and 7 to 11 months from the own AOW date
# (AOW art. 7a; rule aow_datum): on average 81 months, 81 x 365.25 / 12 = 2,465 days.
DAGEN_60_IN_2016 = 2465.0


@dataclass(frozen=True)
class Opdracht:
    """Everything one block needs (picklable, so a Dask worker can run it)."""

    scenario: str
    wet: Any
    aannames: Mapping[str, Aanname]
    omvang: int
    seed: int
    blokgrootte: int = 100_000
    peildatum: dt.date = PEILDATUM
    parameters: Any = field(default=None)  # the simulation parameters (default: parameters/simulatie.yaml)

    def __getstate__(self) -> dict[str, Any]:
        # The law object and the parameter tree are not shipped to a Dask worker (the parameter tree
        # does not pickle, and a worker can load them itself): the worker loads the scenario by name.
        if self.parameters is not None:
            raise ValueError("Een simulatie met eigen simulatieparameters kan niet op Dask draaien.")
        staat = dict(self.__dict__)
        staat["wet"] = None
        return staat

    def __setstate__(self, staat: dict[str, Any]) -> None:
        from .scenario import laad_scenario

        for k, v in staat.items():
            object.__setattr__(self, k, v)
        if self.wet is None:
            object.__setattr__(self, "wet", laad_scenario(self.scenario).wet)

    @property
    def blokken(self) -> int:
        return max(1, -(-self.omvang // self.blokgrootte))

    def blok_omvang(self, blok: int) -> int:
        return min(self.blokgrootte, self.omvang - blok * self.blokgrootte)


def generator(seed: int, replicatie: int, blok: int, stroom: int) -> np.random.Generator:
    """The random stream of one block: depends on (seed, replicate, block, stream) only, never on how
    blocks are spread over chunks or workers. Stream 0 draws the population, 1 + j the sick reports
    of cohort year j."""
    return np.random.default_rng(np.random.SeedSequence(entropy=seed, spawn_key=(replicatie, blok, stroom)))


def berekening(invoer: dict[str, np.ndarray], aantal: int, datum: dt.date | np.ndarray, wet: Any) -> Berekening:
    """One engine calculation under the law object ``wet``: a parameter tree, or a law object with
    its own rules (``parameters`` and ``variabelen``), which the engine then takes whole. ``datum``
    is one date for every row or a date per row (the engine then applies each row's own law)."""
    if hasattr(wet, "variabelen") and hasattr(wet, "parameters"):
        return Berekening(invoer, aantal, datum, stelsel=wet)
    return Berekening(invoer, aantal, datum, parameters=wet, variabelen=VARIABELEN)  # a bare tree: today's rules


def bereken_per_maand(datums: np.ndarray, invoer: dict[str, np.ndarray], namen: list[str], wet: Any
                      ) -> dict[str, np.ndarray]:
    """Run the rules for rows with their own dates, each at the law of the first day of its month.

    The engine takes the date per row: it splits the rows by the periods in which the law is the
    same and gives every rule the row's own date (the age, for one, on the first day of the row's
    month). So the result equals one calculation per month."""
    n = datums.size
    if n == 0:
        return {k: np.full(0, np.nan) for k in namen}
    maand = datums.astype("datetime64[M]").astype("datetime64[D]")
    b = berekening(dict(invoer), n, maand, wet)
    return {naam: np.asarray(b.bereken(naam), dtype=np.float64) for naam in namen}


def _jaargrenzen(peildatum: dt.date) -> np.ndarray:
    return np.array([(dt.date(peildatum.year + j, 1, 1) - peildatum).days for j in range(JAREN + 1)], dtype=np.float64)


def over_jaren(begin: np.ndarray, eind: np.ndarray, per_dag: np.ndarray, grenzen: np.ndarray) -> np.ndarray:
    """Spread amounts paid per day over [begin, eind) (days from the peildatum) over calendar years."""
    if begin.size == 0:
        return np.zeros(JAREN)
    lo = np.maximum(begin[:, None], grenzen[None, :-1])
    hi = np.minimum(eind[:, None], grenzen[None, 1:])
    return (np.clip(hi - lo, 0.0, None) * per_dag[:, None]).sum(axis=0)


def simuleer_blok(opdracht: Opdracht, replicatie: int, blok: int, jaar: int = 0,
                  per_werkgever: bool = False) -> dict[str, Any]:
    """Simulate block ``blok`` of replicate ``replicatie`` (cohort year ``jaar``); return weighted sums.

    With ``per_werkgever`` the result also holds the WIA inflow per employer (for supervision)."""
    sp = (opdracht.parameters or simulatie_parameters()).op(opdracht.peildatum).simulatie
    a = {k: v.waarde for k, v in opdracht.aannames.items()}
    wet = opdracht.wet
    n = opdracht.blok_omvang(blok)
    gewicht = float(sp.populatie.werknemers) / (1.0 - aandeel_ww(sp)) / opdracht.omvang
    minimum_uurloon = float(wet.op(opdracht.peildatum).minimumloon.uurloon)
    pop = trek_populatie(generator(opdracht.seed, replicatie, blok, 0), n, blok, sp, opdracht.aannames,
                         opdracht.peildatum, minimum_uurloon)
    rng = generator(opdracht.seed, replicatie, blok, 1 + jaar)
    peil = np.datetime64(opdracht.peildatum, "D")
    grenzen = _jaargrenzen(opdracht.peildatum)
    vz, pw, wia_p = sp.verzuim, sp.poortwachter, sp.wia
    R: dict[str, Any] = {}

    def tel(naam: str, waarde: Any) -> None:
        R[naam] = R.get(naam, 0.0) + waarde

    # --- sick reports -------------------------------------------------------------------------------
    ww = pop["contract"] == 3
    # Sickness risk by employer size and RI&E status: the parameters the employer view also shows
    # (parameters/verzuimrisico.yaml of the law object).
    vr = wet.op(opdracht.peildatum).verzuimrisico
    factor = np.select([pop["grootte"] == 0, pop["grootte"] == 2], [float(vr.factor_klein), float(vr.factor_groot)], 1.0)
    factor = factor * np.where(pop["rie"] == 0, float(vr.rie_ontbreekt_verzuimfactor), 1.0)
    # Age: sick reports, and recovery in weeks 1-6 and after, by NEA age band (leeftijd.py: from data).
    gradient = leeftijdsgradient(sp, float(vr.aandeel_psychisch))
    factor = factor * gradient.frequentie[leeftijdsband(pop["leeftijd"])]
    frequentie = np.where(ww, vz.meldingsfrequentie_ww, float(vr.meldingsfrequentie) * factor) * a["meldingsfrequentie_factor"]
    aantal = rng.poisson(frequentie)
    p_idx = np.repeat(np.arange(n), aantal)
    S = p_idx.size
    start = rng.integers(0, 365, S).astype(np.float64)
    # Psychological complaints: the published average share spread over employers with and without
    # psychosocial workload in their RI&E (preventie.psychisch_aandelen), so the average stays published.
    psych_met_psa, psych_zonder_psa = psychisch_aandelen(vr)
    p_psych = np.where(ww[p_idx], vz.aandeel_psychisch_ww,
                       np.where(pop["rie"][p_idx] == 2, psych_met_psa, psych_zonder_psa))
    psych = rng.random(S) < p_psych
    contract = pop["contract"][p_idx]
    vangnet_start = contract >= 2  # agency workers with an agency clause and people on WW: Ziektewet from day 1
    flex_eind = np.where(contract == 1, 1 + rng.geometric(1.0 / pop_flex_duur(sp), S), GEEN)
    # AOW date by the rules (AOW art. 7a), in weeks from the first sick day.
    # Only who is at least 67 - JAREN years old can reach the AOW age (67 or more) within the horizon.
    aow = np.full(n, np.datetime64("2200-01-01"), dtype="datetime64[D]")
    oud = np.flatnonzero(pop["leeftijd"] >= 67 - JAREN)
    aow[oud] = berekening({"geboortedatum": pop["geboortedatum"][oud]}, oud.size, opdracht.peildatum,
                          wet).bereken("aow_datum")
    aow_week = ((aow[p_idx] - peil).astype(np.float64) - start) / 7.0
    leeftijd = pop["leeftijd"][p_idx]
    lb = leeftijdsband(leeftijd)
    lf = gradient.na_week_6[lb]
    f_w1, f_w2_6 = gradient.factor_w1[lb], gradient.factor_w2_6[lb]
    hz = vz.herstel
    banden = np.array([1, 6, 13, 26, 52, 104, 156])
    herstel = np.array([[hz.overig_w1, hz.psychisch_w1], [hz.overig_w2_6, hz.psychisch_w2_6],
                        [hz.overig_w7_13, hz.psychisch_w7_13], [hz.overig_w14_26, hz.psychisch_w14_26],
                        [hz.overig_w27_52, hz.psychisch_w27_52], [hz.overig_w53_104, hz.psychisch_w53_104],
                        [hz.overig_w53_104, hz.psychisch_w53_104]]) * a["herstel_factor"]

    vangnet_factor, deels_factor = float(hz.vangnet), float(hz.deels_hervat)
    duur = np.zeros(S, dtype=np.int64)
    reden = np.full(S, -1, dtype=np.int64)
    deels_week = np.full(S, GEEN, dtype=np.int64)
    zw_week = np.where(vangnet_start, 0, GEEN)
    spoor2_week = np.full(S, GEEN, dtype=np.int64)
    sanctie = np.zeros(S, dtype=bool)
    riv = np.zeros(S, dtype=bool)
    week42 = np.zeros(S, dtype=bool)
    h_herstel = np.zeros(S)  # the weekly recovery chance of the week in which a spell recovered
    idx = np.arange(S)
    persoonweken = 0
    p_deels = min(1.0, float(vz.deels_hervatten_per_week) * a["deels_hervatten_factor"])
    p_deels_jaar2 = min(1.0, p_deels * a["meewerken_factor"])
    p_plaats = min(1.0, float(pw.spoor2_plaatsing_per_week) * a["spoor2_plaatsing_factor"]
                   * a["aanname_nieuwe_werknemers_factor"])
    spoor2_vroegst = round(a["spoor2_start_week"])  # earliest start; decided a week before
    p_spoor2 = float(pw.spoor2_kans) * a["spoor2_start_factor"]
    # Common random numbers: every spell has its own uniform number per week and per event, from
    # streams that do not depend on who else is still sick, so two scenarios with the same seed differ
    # only where the law or an assumption makes them differ.
    wekelijks = generator(opdracht.seed, replicatie, blok, 100 + jaar)
    E = generator(opdracht.seed, replicatie, blok, 200 + jaar).random((6, S))
    for w in range(1, 157):
        if idx.size == 0:
            break
        U = wekelijks.random((3, S), dtype=np.float32)
        persoonweken += idx.size
        band = int(np.searchsorted(banden, w))
        zw_nu = zw_week[idx] < w
        deels_nu = deels_week[idx] < w
        h = herstel[band][psych[idx].astype(np.int64)]
        if w <= 6:  # weeks 1-6: both kinds of complaint by age band
            h = h * (f_w1 if w == 1 else f_w2_6)[idx]
        else:  # after week 6 age, and the lack of an employer, act on both kinds of complaint
            h = h * lf[idx] * np.where(zw_nu, vangnet_factor, 1.0) * np.where(deels_nu, deels_factor, 1.0)
        einde = U[0, idx] < h
        h_herstel[idx[einde]] = h[einde]
        r = np.where(einde, 0, -1)
        naar_aow = ~einde & (w >= aow_week[idx])
        einde |= naar_aow
        r[naar_aow] = 1
        loopt = ~einde & ~zw_nu
        contract_op = loopt & (flex_eind[idx] == w)
        zw_week[idx[contract_op]] = w
        loopt &= ~contract_op
        if w >= 4:
            kand = np.flatnonzero(loopt & ~deels_nu)
            kies = kand[U[1, idx[kand]] < (p_deels if w <= 52 else p_deels_jaar2)]
            deels_week[idx[kies]] = w
        if w == 42:
            week42[idx[~einde]] = True
        if w == min(spoor2_vroegst - 1, 90):
            # Spoor 2 is decided for who is still sick and with the employer; a dual track (already working
            # partly at the own employer) follows the assumption duaal_traject_factor.
            kand = np.flatnonzero(loopt)
            kans = np.minimum(p_spoor2 * np.where(deels_week[idx[kand]] < w, a["duaal_traject_factor"], 1.0), 1.0)
            plan = kand[E[0, idx[kand]] < kans]
            u, v = E[1, idx[plan]], E[2, idx[plan]]
            vroeg, midden = pw.spoor2_voor_week_52, pw.spoor2_voor_week_52 + pw.spoor2_week_52_61
            begin = min(spoor2_vroegst, 91)

            startweek = np.where(u < vroeg, _week_tussen(v, begin, max(begin + 1, 52)),
                                 np.where(u < midden, _week_tussen(v, max(begin, 52), max(begin, 52) + 10),
                                          _week_tussen(v, max(begin, 62), max(begin, 62) + 29)))
            spoor2_week[idx[plan]] = startweek
        in2 = np.flatnonzero(loopt & (spoor2_week[idx] <= w))
        geplaatst = in2[U[2, idx[in2]] < p_plaats]
        einde[geplaatst] = True
        r[geplaatst] = 2
        if w == 52:
            kand = np.flatnonzero(~einde & zw_nu)
            weg = kand[E[3, idx[kand]] < pw.eerstejaars_zw_verlies]
            einde[weg] = True
            r[weg] = 3
        if w == 91:
            kand = np.flatnonzero(~einde & (zw_week[idx] >= w))
            riv[idx[kand]] = True
            straf = kand[E[4, idx[kand]] < min(1.0, pw.loonsanctie_kans * a["loonsanctie_kans_factor"])]
            sanctie[idx[straf]] = True
        if w == 104:
            klaar = ~einde & ~(sanctie[idx] & (zw_week[idx] >= w))
            r[klaar] = 4
            einde |= klaar
        if w == 156:
            r[~einde] = 4
            einde[:] = True
        duur[idx[einde]] = w
        reden[idx[einde]] = r[einde]
        idx = idx[~einde]

    # The last week of a spell is partly sick: the spell ends on a day within it.
    duur_f = duur - 1.0 + dag_van_einde(E[5], np.where(reden == 0, h_herstel, 0.0)) / 7.0
    werknemer = ~ww[p_idx]
    tel("personen", gewicht * n)
    tel("werknemers", gewicht * float((~ww).sum()))
    tel("ziekmeldingen", gewicht * float(werknemer.sum()))
    tel("ziekmeldingen_psychisch", gewicht * float((werknemer & psych).sum()))
    tel("persoonweken", float(persoonweken))
    tel("spells", float(S))
    gewerkt = np.clip(duur_f - deels_week, 0.0, None) * float(vz.deels_hervat_fractie)  # weeks worked partly
    verzuim = 7.0 * (duur_f - gewerkt)
    tel("verzuimdagen", gewicht * float(verzuim[werknemer].sum()))
    lang = werknemer & (duur > 6)
    tel("lang", gewicht * float(lang.sum()))
    tel("dagen_lang", gewicht * float(verzuim[lang].sum()))
    # Absence as an employer registers it (CBS and the arbo services count the absence of the people on
    # a firm's payroll): the days up to the start of the Ziektewet (an ended contract, an agency worker
    # with an agency clause), without the hours worked in partial return.
    in_dienst = np.minimum(duur_f, zw_week.astype(np.float64))
    gewerkt_in_dienst = np.clip(in_dienst - deels_week, 0.0, None) * float(vz.deels_hervat_fractie)
    verzuim_in_dienst = 7.0 * (in_dienst - gewerkt_in_dienst)
    tel("verzuimdagen_in_dienst", gewicht * float(verzuim_in_dienst[werknemer].sum()))
    lang_in_dienst = werknemer & (in_dienst > 6.0)  # the employer's registration ends when the Ziektewet starts
    tel("lang_in_dienst", gewicht * float(lang_in_dienst.sum()))
    tel("dagen_lang_in_dienst", gewicht * float(verzuim_in_dienst[lang_in_dienst].sum()))
    kort_in_dienst = werknemer & (zw_week > 0) & (in_dienst <= 6.0)  # reports of at most six weeks
    tel("kort_in_dienst", gewicht * float(kort_in_dienst.sum()))
    tel("duur_kort_in_dienst_dagen", gewicht * 7.0 * float(in_dienst[kort_in_dienst].sum()))
    tel("ziekmeldingen_in_dienst", gewicht * float((werknemer & (zw_week > 0)).sum()))
    tel("duur_in_dienst_dagen", gewicht * 7.0 * float(in_dienst[werknemer & (zw_week > 0)].sum()))
    tel("gewerkte_dagen_in_dienst", gewicht * 7.0 * float(gewerkt_in_dienst[werknemer].sum()))
    # Reports of 20 working days (four weeks) or more, all ages and aged 55-64 (CBS/TNO NEA counts so).
    gemeld = werknemer & (zw_week > 0)
    vier_weken = gemeld & (in_dienst >= 4.0)
    oud = gemeld & (leeftijd >= 55.0) & (leeftijd < 65.0)
    tel("meldingen_4w", gewicht * float(vier_weken.sum()))
    tel("meldingen_55_64", gewicht * float(oud.sum()))
    tel("meldingen_55_64_4w", gewicht * float((oud & vier_weken).sum()))
    week52_in_dienst = werknemer & (duur > 52) & (zw_week > 52)
    tel("week52_in_dienst", gewicht * float(week52_in_dienst.sum()))
    tel("week52_deels", gewicht * float((week52_in_dienst & (deels_week < 52)).sum()))
    tel("lang_psychisch", gewicht * float((lang & psych).sum()))
    werkgever_route = zw_week > 0
    tel("week42_werkgever", gewicht * float((week42 & werkgever_route & (zw_week >= 42)).sum()))
    tel("week42_45plus", gewicht * float((week42 & (zw_week >= 42) & (leeftijd >= 45)).sum()))
    # 42nd-week reports of employees aged 60 or over in week 42, per employee of 60 or over (UWV counts
    # the long-term sick aged 60-65 against the employees of 60 and over).
    leeftijd_week42 = leeftijd + (start + 41.0 * 7.0) / 365.25
    tel("week42_60plus", gewicht * float((week42 & (zw_week >= 42) & (leeftijd_week42 >= 60.0)).sum()))
    tel("werknemers_60_plus", gewicht * float(((pop["leeftijd"] >= 60.0) & ~ww).sum()))
    aanvraag = reden == 4
    eind_zw = zw_week < duur  # in the Ziektewet at the end of the spell
    tel("aanvragen_werkgever", gewicht * float((aanvraag & ~eind_zw).sum()))
    tel("aanvragen_vangnet", gewicht * float((aanvraag & eind_zw).sum()))
    tel("aanvragen_werkgever_42", gewicht * float((aanvraag & ~eind_zw & week42).sum()))
    s2 = spoor2_week < np.minimum(duur, zw_week) + 1
    s2 &= spoor2_week <= duur
    tel("spoor2", gewicht * float(s2.sum()))
    tel("spoor2_voor_52", gewicht * float((s2 & (spoor2_week < 52)).sum()))
    tel("spoor2_52_61", gewicht * float((s2 & (spoor2_week >= 52) & (spoor2_week <= 61)).sum()))
    tel("spoor2_geplaatst", gewicht * float((reden == 2).sum()))
    tel("riv", gewicht * float(riv.sum()))
    tel("loonsancties", gewicht * float(sanctie.sum()))
    ooit_zw = zw_week < duur
    tel("zw_meldingen", gewicht * float(ooit_zw.sum()))
    tel("zw_contract_einde", gewicht * float((ooit_zw & (contract == 1)).sum()))
    tel("zw_einde_voor_104", gewicht * float((ooit_zw & (reden != 4)).sum()))
    jaar1 = ooit_zw & (duur <= 52) & (reden != 4)
    tel("zw_jaar1_aantal", gewicht * float(jaar1.sum()))
    tel("zw_jaar1_dagen", gewicht * 7.0 * float((duur_f - np.minimum(zw_week, duur_f))[jaar1].sum()))

    # --- amounts of the sick years, by the rules -----------------------------------------------------
    loon = pop["bruto_maandloon"][p_idx]
    vb = float(wet.op(opdracht.peildatum).minimumloon.vakantiebijslag)
    loon_vb = loon * (1.0 + vb)
    cao_code = np.array([CAO_REGIMES[c] for c in CAO])[pop["cao"][p_idx]]
    werkgever_weken = np.minimum(zw_week, duur)  # weeks paid by the employer
    rate = np.zeros((4, S))  # per month: year 1, year 2, year 2 working, extension
    for k, (week, werkt, verlenging, wie) in enumerate((
            (1.0, 0.0, 0.0, werkgever_weken > 0), (53.0, 0.0, 0.0, werkgever_weken > 52),
            (53.0, 1.0, 0.0, (werkgever_weken > 52) & (deels_week < werkgever_weken)),
            (105.0, 0.0, 52.0, werkgever_weken > 104))):
        rij = np.flatnonzero(wie)
        if rij.size == 0:
            continue
        datum = peil + (start[rij] + 7.0 * (week - 1.0)).astype("timedelta64[D]")
        invoer = {"bruto_maandloon": loon[rij], "contracturen_per_week": pop["contracturen_per_week"][p_idx][rij],
                  "geboortedatum": pop["geboortedatum"][p_idx][rij], "cao_regime": cao_code[rij],
                  "werkt_of_werkt_mee": np.full(rij.size, werkt), "ziekteweek": np.full(rij.size, week),
                  "verlenging_loondoorbetaling_weken": np.full(rij.size, verlenging)}
        u = bereken_per_maand(datum, invoer, ["loondoorbetaling_cao_per_maand",
                                              "vakantiebijslag_loondoorbetaling_per_maand"], wet)
        rate[k, rij] = u["loondoorbetaling_cao_per_maand"] + u["vakantiebijslag_loondoorbetaling_per_maand"]
    zw_rate = np.zeros(S)
    rij = np.flatnonzero(ooit_zw)
    if rij.size:
        datum = peil + (start[rij] + 7.0 * zw_week[rij]).astype("timedelta64[D]")
        # The Ziektewet dagloon (Dagloonbesluit art. 12b-12e): A is a year's wage with holiday pay from the
        # employment the person fell sick from (B = C = 0), D = 261 because everyone in the population has
        # worked there longer than the referteperiode (own assumption, like the unbroken work history);
        # the first sick day sets the referteperiode and with it the indexation (art. 23).
        invoer = {"ziektewet_loon_referteperiode": 12.0 * loon_vb[rij],
                  "ziektewet_dagloondagen": np.full(rij.size, 261.0),
                  "eerste_ziektedag": peil + start[rij].astype("timedelta64[D]"), "ziekteweek": np.ones(rij.size)}
        u = bereken_per_maand(datum, invoer, ["ziektewet_uitkering_per_maand"], wet)
        zw_rate[rij] = u["ziektewet_uitkering_per_maand"]

    # Segments of constant pay between the week boundaries (partial return, 52, 104, Ziektewet, end).
    f = float(vz.deels_hervat_fractie)
    punten = np.sort(np.stack([np.zeros(S), np.minimum(deels_week, duur_f), np.minimum(52, duur_f),
                               np.minimum(104, duur_f), np.minimum(zw_week, duur_f), duur_f], axis=1),
                     axis=1)
    kosten = {k: np.zeros(JAREN) for k in ("werkgever_loon", "uwv_zw", "schatkist")}
    per_week_factor = 12.0 / 52.0 / 7.0  # a monthly amount per day
    for s in range(punten.shape[1] - 1):
        a_w, b_w = punten[:, s], punten[:, s + 1]
        rij = np.flatnonzero(b_w > a_w)
        if rij.size == 0:
            continue
        mid = (a_w[rij] + b_w[rij]) / 2.0
        in_zw = mid > zw_week[rij]
        deels = mid > deels_week[rij]
        fase = np.where(mid <= 52, 0, np.where(mid <= 104, 1, 3))
        fase = np.where((fase == 1) & deels, 2, fase)
        ldb = np.where(in_zw, 0.0, rate[fase, rij] * np.where(deels, 1.0 - f, 1.0))
        zw = np.where(in_zw, zw_rate[rij], 0.0)
        inkomen = ldb + zw + np.where(deels & ~in_zw, f * loon_vb[rij], 0.0)
        verlies = np.where(werknemer[rij], np.maximum(loon_vb[rij] - inkomen, 0.0), 0.0)
        van = start[rij] + 7.0 * a_w[rij]
        tot = start[rij] + 7.0 * b_w[rij]
        kosten["werkgever_loon"] += over_jaren(van, tot, ldb * per_week_factor, grenzen)
        kosten["uwv_zw"] += over_jaren(van, tot, zw * per_week_factor, grenzen)
        kosten["schatkist"] += over_jaren(van, tot, verlies * sp.schatkist.belastingtarief * per_week_factor,
                                          grenzen)

    # --- WIA assessment and five years after it ------------------------------------------------------
    aan = np.flatnonzero(aanvraag)
    A = aan.size
    M = int(wia_p.maanden)
    ingang = peil + (start[aan] + 7.0 * duur[aan]).astype("timedelta64[D]")
    tel("aanvragen_per_jaar", _per_jaar(ingang, peil, grenzen) * gewicht)
    u_p = wia_p.uitkomst
    kans = np.tile(np.array([u_p.afgewezen, u_p.wga_35_80, u_p.wga_80_100, u_p.iva]), (A, 1))
    kans[:, 3] *= np.where(leeftijd[aan] >= 55, u_p.iva_factor_55_plus, 1.0)
    kans[:, 0] *= np.where(psych[aan], u_p.afwijzing_factor_psychisch, 1.0)
    kans /= kans.sum(axis=1, keepdims=True)
    V = generator(opdracht.seed, replicatie, blok, 300 + jaar).random((6, S))[:, aan]  # per spell, as above
    klasse = (V[0][:, None] > np.cumsum(kans, axis=1)).sum(axis=1)
    klasse = np.minimum(klasse, 3)
    lo = np.array([0.0, 35.0, 80.0, 80.0])[klasse]
    hi = np.array([35.0, 80.0, 100.0, 100.0])[klasse]
    ao = lo + V[1] * (hi - lo)
    maatman = naar_centen(loon_vb[aan])
    rvc = naar_centen(maatman * (1.0 - ao / 100.0))
    nieuw = a["aanname_nieuwe_werknemers_factor"]
    werkt_kans = np.select([klasse == 0, klasse == 1],
                           [wia_p.werkt_35_minner * a["werkhervatting_35_minner_factor"] * nieuw,
                            wia_p.werkt_wga_35_80 * a["werkhervatting_wga_factor"] * nieuw], 0.0)
    werkt = V[2] < np.minimum(werkt_kans, 1.0)
    inkomsten = np.where(werkt, naar_centen(rvc * wia_p.benutting_rvc), 0.0)
    # First month no longer in the WIA (at least the second): geometric, by inversion of the spell's number.
    uitstroom = 2 + np.floor(np.log1p(-V[3]) / np.log1p(-wia_p.uitstroom_per_maand)).astype(np.int64)
    overlijdt = V[4] < wia_p.uitstroom_overlijden_deel
    tel("persoonmaanden", float(A * M))

    m = np.arange(1, M + 1)
    maand = ingang.astype("datetime64[M]")[:, None] + (m[None, :] - 1)  # (A, M) calendar months
    maand_dag = maand.astype("datetime64[D]")
    voor_aow = maand_dag < aow[p_idx][aan][:, None]
    in_wia = voor_aow & (m[None, :] < uitstroom[:, None])
    pr, pm = np.nonzero(in_wia)
    invoer = {"sv_loon_refertejaar": 12.0 * loon_vb[aan][pr], "geboortedatum": pop["geboortedatum"][p_idx][aan][pr],
              "eerste_jaar_met_arbeid": pop["eerste_jaar_met_arbeid"][p_idx][aan][pr],
              "ingangsdatum_wia": ingang[pr], "maatmanloon_per_maand": maatman[pr],
              "restverdiencapaciteit_per_maand": rvc[pr], "duurzaam": (klasse == 3).astype(np.float64)[pr],
              "inkomsten_per_maand": inkomsten[pr], "wga_maand": m[pm].astype(np.float64)}
    u = bereken_per_maand(maand_dag[pr, pm], invoer, ["wia_uitkering_per_maand", "wia_uitkomst"], wet)
    uitkering = np.zeros((A, M))
    uitkering[pr, pm] = np.nan_to_num(u["wia_uitkering_per_maand"])
    uitkomst = np.full(A, -1.0)  # by the rules (wia_uitkomst: geen, wga_35_80, wga_80_100, iva), first month
    eerste = pm == 0
    uitkomst[pr[eerste]] = u["wia_uitkomst"][eerste]
    beoordeeld = uitkomst >= 0
    tel("uitkomst", gewicht * np.bincount(uitkomst[beoordeeld].astype(np.int64), minlength=4).astype(np.float64))
    instroom = beoordeeld & (uitkomst >= 1)
    tel("instroom_per_jaar", _per_jaar(ingang[instroom], peil, grenzen) * gewicht)
    tel("aanvragen_beoordeeld", gewicht * float(beoordeeld.sum()))
    tel("instroom", gewicht * float(instroom.sum()))
    tel("instroom_vangnet", gewicht * float((instroom & eind_zw[aan]).sum()))
    aow_binnen = ~voor_aow[:, -1]
    # Distance to the own AOW date at the start of the WIA: at most 81 months (6 years and 9 months,
    # 2,465 days) is how far a 60-year-old entrant of 2016 was from it (see kalibratie.py).
    tot_aow = (aow[p_idx][aan] - ingang).astype(np.float64)
    tel("instroom_dicht_bij_aow", gewicht * float((instroom & (tot_aow <= DAGEN_60_IN_2016)).sum()))
    leeftijd_start = leeftijd[aan] + (start[aan] + 7.0 * duur[aan]) / 365.25  # age at the start of the WIA
    tel("instroom_60_plus", gewicht * float((instroom & (leeftijd_start >= 60.0)).sum()))
    tel("verzekerden_60_plus", gewicht * float((pop["leeftijd"] >= 60.0).sum()))
    # The inflow chance by age (UWV compares age groups so): inflow at the age of the WIA start against
    # the insured of that age (the same every year in a steady state).
    tel("instroom_55_plus", gewicht * float((instroom & (leeftijd_start >= 55.0)).sum()))
    tel("verzekerden_55_plus", gewicht * float((pop["leeftijd"] >= 55.0).sum()))
    tel("instroom_onder_25", gewicht * float((instroom & (leeftijd_start < 25.0)).sum()))
    tel("verzekerden_onder_25", gewicht * float((pop["leeftijd"] < 25.0).sum()))
    tel("in_wia_na_5_jaar", gewicht * float((instroom & (uitstroom > M) & ~aow_binnen).sum()))
    tel("wia_aow_binnen_5_jaar", gewicht * float((instroom & aow_binnen & (uitstroom > M)).sum()))
    # Left the WIA because of the AOW age within five years: reached it while still in the WIA.
    aow_maand = np.where(aow_binnen, np.argmax(~voor_aow, axis=1) + 1, M + 1)
    tel("wia_uit_door_aow", gewicht * float((instroom & aow_binnen & (aow_maand < uitstroom)).sum()))
    tel("afgewezen_werkt", gewicht * float((beoordeeld & (uitkomst == 0) & werkt).sum()))
    tel("wga_35_80_werkt", gewicht * float((beoordeeld & (uitkomst == 1) & werkt).sum()))

    # Who pays: the WGA of an eigenrisicodrager's own (ex-)employee is the employer's (WIA art. 82).
    is_wga = (uitkomst == 1) | (uitkomst == 2)
    erd = is_wga & pop["eigenrisicodrager"][p_idx][aan] & ~eind_zw[aan]
    jaar_idx = np.clip(np.searchsorted(grenzen, (maand_dag - peil).astype(np.float64), side="right") - 1, 0, JAREN - 1)
    def _som_jaar(bedrag: np.ndarray) -> np.ndarray:
        return np.bincount(jaar_idx.ravel(), weights=bedrag.ravel(), minlength=JAREN)[:JAREN]
    kosten["werkgever_wga"] = _som_jaar(uitkering * erd[:, None])
    kosten["uwv_wga"] = _som_jaar(uitkering * (is_wga & ~erd)[:, None])
    kosten["uwv_iva"] = _som_jaar(uitkering * (uitkomst == 3)[:, None])
    na_uitstroom = voor_aow & (m[None, :] >= uitstroom[:, None])
    werk_na = np.where(overlijdt[:, None] | (uitkomst[:, None] == 0), 0.0, maatman[:, None]) * na_uitstroom
    inkomen = uitkering + inkomsten[:, None] * in_wia + werk_na
    telt = voor_aow & ~(na_uitstroom & overlijdt[:, None])
    verlies = np.maximum(maatman[:, None] - inkomen, 0.0) * telt
    kosten["schatkist"] += _som_jaar(verlies * sp.schatkist.belastingtarief)
    for post, bedrag in kosten.items():
        tel(f"kosten_{post}", bedrag * gewicht)

    # Income after the wachttijd against the last wage, by decile of the hourly wage.
    maanden_telt = telt.sum(axis=1)
    verhouding = np.where(maanden_telt > 0, (inkomen * telt).sum(axis=1) / np.maximum(maanden_telt, 1)
                          / np.maximum(maatman, 0.01), np.nan)
    deciel = np.searchsorted(deciel_grenzen(opdracht), loon[aan], side="right")
    geldig = beoordeeld & ~np.isnan(verhouding) & werknemer[aan]
    tel("deciel_aantal", gewicht * np.bincount(deciel[geldig], minlength=10).astype(np.float64))
    tel("deciel_verhouding", gewicht * np.bincount(deciel[geldig], weights=verhouding[geldig], minlength=10))
    if per_werkgever:
        wg = pop["werkgever"][p_idx][aan][instroom & ~ww[p_idx][aan]]
        ids, tellingen = np.unique(wg, return_counts=True)
        R["werkgevers"] = (pop["werkgever"][~ww], ids, tellingen)
    return R


_DECIELEN: dict[tuple, np.ndarray] = {}


def deciel_grenzen(opdracht: Opdracht) -> np.ndarray:
    """Decile bounds of the monthly wage of employees, from one fixed reference population (200,000
    people, seed 0), so every block and every partitioning uses the same bounds."""
    sleutel = (id(opdracht.parameters), opdracht.peildatum, tuple(sorted((k, v.waarde) for k, v in opdracht.aannames.items())))
    if sleutel not in _DECIELEN:
        sp = (opdracht.parameters or simulatie_parameters()).op(opdracht.peildatum).simulatie
        minimum = float(opdracht.wet.op(opdracht.peildatum).minimumloon.uurloon)
        ref = trek_populatie(generator(0, 0, 0, 0), 200_000, 0, sp, opdracht.aannames, opdracht.peildatum, minimum)
        loon = ref["bruto_maandloon"][ref["contract"] != 3]
        _DECIELEN[sleutel] = np.percentile(loon, np.arange(10, 100, 10))
    return _DECIELEN[sleutel]


def dag_van_einde(u: np.ndarray, h: np.ndarray) -> np.ndarray:
    """The day (1..7) within its last week on which a spell ends, from each spell's own uniform number.

    A spell that recovered in a week with weekly recovery chance ``h`` recovers with the same chance on
    every day of that week: the daily chance ``d`` with 1 - (1 - d)^7 = h (own assumption: the weekly
    chance is spread evenly over the days). Given recovery in the week, day j has chance
    (1 - d)^(j - 1) d / h, so early days weigh more when ``h`` is large; by inversion,
    j = ceil(7 log(1 - u h) / log(1 - h)). Other endings (``h`` = 0: the AOW age, placement elsewhere,
    the loss of the Ziektewet, the end of the wachttijd) fall on any day of the week alike."""
    h = np.clip(h, 0.0, 1.0 - 1e-9)
    herstel = h > 1e-6
    dag = 1.0 + np.floor(7.0 * u)  # uniform over the seven days
    hh = np.where(herstel, h, 0.5)
    geometrisch = np.ceil(7.0 * np.log1p(-u * hh) / np.log1p(-hh))
    return np.clip(np.where(herstel, geometrisch, dag), 1.0, 7.0)


def _week_tussen(u: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """A week in lo..hi-1 from each spell's own uniform number ``u``."""
    return lo + np.floor(u * (hi - lo)).astype(np.int64)


def pop_flex_duur(sp: Any) -> float:
    return max(1.0, float(sp.populatie.contract.flex_restduur_weken))


def _per_jaar(datums: np.ndarray, peil: np.datetime64, grenzen: np.ndarray) -> np.ndarray:
    dagen = (datums - peil).astype(np.float64)
    j = np.clip(np.searchsorted(grenzen, dagen, side="right") - 1, 0, JAREN - 1)
    return np.bincount(j, minlength=JAREN)[:JAREN].astype(np.float64)
