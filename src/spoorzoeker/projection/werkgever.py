"""The employer view (R18): what a sick employee costs, month by month and in total.

* wage cost during sickness: the loondoorbetaling of the projection (with the vakantiebijslag
  that accrues on it), without employer's social charges unless the caller adds a share;
* the re-integration budget (an input);
* the transitievergoeding when the contract ends after the sick period, and what UWV
  compensates (BW 7:673e: at most the amount owed at the end of 104 weeks, so a loonsanctie
  period is not compensated);
* for an eigenrisicodrager WGA: the WGA benefits of each branch for ten years (WIA art. 82);
  IVA and a rejection cost the eigenrisicodrager nothing; a publicly insured employer pays
  through the gedifferentieerde Whk premium instead: :func:`whk_premie_effect` computes how much
  that premium rises (Besluit Wfsv art. 2.5-2.11) for small, medium and large employers;
* the value of the no-riskpolis for an employer who hires someone with a WIA status: the
  Ziektewet benefit UWV pays during a new sick period (ZW art. 29b), offset against the wage;
* when the sickness is caused by pregnancy or childbirth (ZW art. 29a) or organ donation (art. 29
  lid 2 e and lid 8): the Ziektewet benefit at the full dagloon that UWV pays to the employer who
  continues the wage (Ziekengeldreglement 2004 art. 2 lid 2, the wage reduced by it under BW 7:629
  lid 5), at most 104 weeks (ZW art. 29 lid 5, art. 29a lid 4); it lowers the employer's cost to at least
  nothing: a benefit above the wage is the employee's and passed on to him.

No medical data: the employer view uses wages, dates and the branches only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..engine import Berekening
from ..money import naar_centen
from ..rules.invoer import REDENEN_EINDE
from ..scenarios import als_stelsel
from ..stelsel import Stelsel
from ..tijd import maanden_en_dagen_tussen
from ..timeline.stappen import Gevallen
from ..timeline.stappen import bereken as bereken_tijdlijnen
from . import ziektewet
from .personen import als_kolommen
from .projectie import TAKKEN, Projectie, projecteer, rekendatum, uitleg_stappen, ziekteweek_per_maand
from .tijdlijnfeiten import uit_tijdlijn


@dataclass
class Werkgeverskosten:
    projectie: Projectie  # horizon: the sick period + the eigenrisico period
    loonkosten_per_maand: np.ndarray  # (n, M) loondoorbetaling + vakantiebijslag (+ werkgeverslasten)
    loonkosten: np.ndarray  # (n,)
    reintegratie: np.ndarray  # (n,)
    transitievergoeding: np.ndarray  # (n,) owed at the end of the contract (after the sick period)
    transitievergoeding_na_wachttijd: np.ndarray  # (n,) owed at the end of 104 weeks (compensation cap)
    compensatie: np.ndarray  # (n,)
    wga_eigenrisico_per_maand: np.ndarray  # (n, B, M) WGA benefits an eigenrisicodrager pays (also when the
    wga_eigenrisico: np.ndarray  # (n, B) over eigenrisico_jaren       employer is not one: for comparison)
    eigenrisicodrager: bool
    no_risk_waarde: np.ndarray  # (n,) ZW benefit over the sick period under the no-riskpolis
    ziekteoorzaak: np.ndarray  # (n,) "andere", "zwangerschap_bevalling" or "orgaandonatie"
    ziektewet_vergoeding_per_maand: np.ndarray  # (n, M) ZW benefit UWV pays the employer (ZW art. 29a / 29 lid 8)
    ziektewet_vergoeding: np.ndarray  # (n,) its sum
    ziektewet_doorbetaald_per_maand: np.ndarray  # (n, M) the part above the wage, passed on to the employee
    ziektewet_doorbetaald: np.ndarray  # (n,) its sum; ``totaal`` subtracts vergoeding - doorbetaald
    eigenrisico_jaren: float
    werkgeverslasten: float
    totaal: np.ndarray  # (n, B): loonkosten - ziektewet_vergoeding + ziektewet_doorbetaald + reintegratie + transitievergoeding
    #                       - compensatie + WGA or Whk
    uitleg: list[dict] = field(default_factory=list)
    whk: WhkPremie | None = None  # premium effect for a publicly insured employer (when the loonsom is given)
    noriskpolis: NoRiskpolis | None = None  # when the caller gives noriskpolis_grond (ZW art. 29b)
    preventie: Any = None  # RI&E status and the sickness risk (preventie.py, parameters/verzuimrisico.yaml)


@dataclass
class NoRiskpolis:
    """Whether and until when the no-riskpolis covers this employee's sickness (ZW art. 29b): the lid,
    'onbeperkt' for lid 2, and the last day a sickness may begin for lid 1 and 4 (NaT otherwise)."""

    lid: np.ndarray  # (n,) lid codes as strings ("geen", "lid_1_a", ...)
    onbeperkt: np.ndarray  # (n,) bool
    einddatum: np.ndarray  # (n,) datetime64[D], NaT without a five-year end


NORISKPOLIS_VELDEN = ("noriskpolis_grond", "datum_vaststelling_wia", "datum_einde_onderwijs",
                      "eerste_dag_na_wachttijd", "noriskpolis_begindatum", "noriskpolis_einddatum")


def noriskpolis_van(velden: dict, datum_in_dienst, n: int, datum: dt.date,
                    stelsel: Stelsel | None = None) -> NoRiskpolis | None:
    """The no-riskpolis of each person from the rules (rules/noriskpolis.py), or None when no ground
    is given for every person."""
    from ..interface import lees_personen

    if not velden.get("noriskpolis_grond") or any(g is None for g in velden["noriskpolis_grond"]):
        return None
    kolommen = {k: list(v) for k, v in velden.items()}
    if datum_in_dienst is not None:
        kolommen["datum_in_dienst"] = [str(d) for d in np.asarray(datum_in_dienst, dtype="datetime64[D]")]
    _, invoer, _ = lees_personen(kolommen)
    b = Berekening(invoer, n, datum, stelsel=als_stelsel(stelsel))
    lid = b.bereken("noriskpolis_lid")
    from ..rules.noriskpolis import LEDEN

    return NoRiskpolis(lid=np.asarray(LEDEN)[np.nan_to_num(lid).astype(np.int64)],
                       onbeperkt=b.bereken("noriskpolis_onbeperkt") == 1,
                       einddatum=b.bereken("noriskpolis_einddatum"))


@dataclass
class WhkPremie:
    """The effect of the WGA benefits of one (ex-)employee on the employer's gedifferentieerde
    premie Whk, WGA component (Besluit Wfsv art. 2.5-2.11). Percentages are of the premieloon."""

    klasse: np.ndarray  # (n,) "klein", "middelgroot", "groot"
    gewicht: np.ndarray  # (n,) share of the individual premium (0 klein, 0-1 middelgroot, 1 groot)
    correctiefactor: np.ndarray  # (n,)
    correctiefactor_opgegeven: np.ndarray  # (n,) bool: False = legal maximum used (an upper bound)
    premie_zonder: np.ndarray  # (n,) individual WGA premium without this case, %
    minimumpremie: float  # %
    maximumpremie: float  # %
    grens_klein: float  # loonsom at or below which the employer is small
    grens_groot: float  # loonsom above which the employer is large
    loonsom: np.ndarray  # (n,) premieplichtig loon per year
    toerekening_jaren: float  # years a WGA benefit counts in the premium
    jaren: np.ndarray  # (J,) premium years
    toegerekend: np.ndarray  # (n, B, J) WGA benefit paid in year - 2 (counts for the premium of the year)
    opslag: np.ndarray  # (n, B, J) rise of the employer's WGA premium, percentage points
    effect: np.ndarray  # (n, B, J) extra premium in euro
    totaal: np.ndarray  # (n, B)
    uitleg: list[dict] = field(default_factory=list)


def whk_premie_effect(wga_per_maand, maand_start, loonsom, datum, *, correctiefactor=None, premie_zonder=None,
                      loonsom_gemiddeld=None, stelsel: Stelsel | str | None = None) -> WhkPremie:
    """How much the WGA component of the gedifferentieerde premie Whk rises because of the WGA
    benefits in ``wga_per_maand`` (n, B, M; euro, gross, the benefits UWV pays and attributes to this
    employer: the first ``toerekening_jaren`` years of the WGA), for an employer with premieplichtig
    ``loonsom`` per year. The law is in the rules (rules/whk.py, Besluit Wfsv art. 2.5-2.11): one
    row per person, branch and premium year; here the benefits are summed per calendar year (they
    count for the premium two years later) and the answers put back in (n, B, J) arrays.

    ``premie_zonder``: the employer's individual WGA premium without this case (%, default the
    gemiddeld percentage). ``correctiefactor``: from UWV's parameters of the year (NaN for a person:
    not given); without it the legal maximum 2 (art. 2.11 lid 8), so the result is an upper bound.
    Amounts at the parameters of ``datum``, the loonsom constant over the years (assumptions of the
    overview)."""
    stelsel = als_stelsel(stelsel)
    gelezen: list = []
    p = stelsel.op(datum, gelezen).wga_werkgever
    wga = np.asarray(wga_per_maand, dtype=np.float64)
    n, B, _ = wga.shape
    loonsom = np.broadcast_to(np.asarray(loonsom, dtype=np.float64), (n,))
    l5 = loonsom if loonsom_gemiddeld is None else np.broadcast_to(np.asarray(loonsom_gemiddeld, float), (n,))

    # Benefits per calendar year; they count for the premium two years later.
    jaar_m = maand_start.astype("datetime64[Y]").astype(np.int64) + 1970  # (n, M)
    eerste, laatste = int(jaar_m.min()), int(jaar_m.max())
    later = int(p.premie_jaren_later)
    J = laatste - eerste + 1
    betaald = np.zeros((n, B, J))
    for j, jaar in enumerate(range(eerste, laatste + 1)):
        betaald[:, :, j] = (wga * (jaar_m == jaar)[:, None, :]).sum(axis=2)
    jaren = np.arange(eerste, laatste + 1) + later

    rij = np.repeat(np.arange(n), B * J)  # person of each row
    invoer = {"whk_loonsom": loonsom[rij], "whk_loonsom_gemiddeld": l5[rij],
              "whk_toegerekende_wga_uitkering": betaald.ravel()}
    opgegeven = np.zeros(n, dtype=bool)
    if correctiefactor is not None:
        cf = np.broadcast_to(np.asarray(correctiefactor, dtype=np.float64), (n,))
        opgegeven = ~np.isnan(cf)
        invoer["whk_correctiefactor"] = np.where(opgegeven, cf, p.correctiefactor_maximum)[rij]
    if premie_zonder is not None:
        invoer["whk_premie_wga"] = np.broadcast_to(np.asarray(premie_zonder, dtype=np.float64), (n,))[rij]
    b = Berekening(invoer, n * B * J, datum, met_uitleg=True, stelsel=stelsel)

    def per_persoon(naam: str) -> np.ndarray:
        return np.broadcast_to(b.bereken(naam), (n * B * J,)).reshape(n, B, J)[:, 0, 0]

    from ..rules.whk import GROOTTEKLASSEN

    klasse = np.array([GROOTTEKLASSEN[int(k)] for k in per_persoon("whk_grootteklasse")])
    effect = b.bereken("whk_premie_effect").reshape(n, B, J)
    return WhkPremie(klasse=klasse, gewicht=per_persoon("whk_gewicht_individueel"),
                     correctiefactor=per_persoon("whk_correctiefactor_toegepast"),
                     correctiefactor_opgegeven=opgegeven, premie_zonder=per_persoon("whk_premie_zonder"),
                     minimumpremie=float(np.asarray(b.bereken("whk_minimumpremie")).ravel()[0]),
                     maximumpremie=float(np.asarray(b.bereken("whk_maximumpremie")).ravel()[0]),
                     grens_klein=p.grens_klein_factor * p.gemiddeld_premieplichtig_loon,
                     grens_groot=p.grens_groot_factor * p.gemiddeld_premieplichtig_loon, loonsom=loonsom,
                     toerekening_jaren=p.toerekening_jaren, jaren=jaren, toegerekend=betaald,
                     opslag=b.bereken("whk_premie_opslag").reshape(n, B, J), effect=effect,
                     totaal=effect.sum(axis=2), uitleg=uitleg_stappen(b))


def werkgeverskosten(personen: Any, datum: dt.date | str | None = None, *, reintegratiebudget=0.0,
                     eigenrisicodrager: bool = True, werkgeverslasten: float = 0.0,
                     no_risk_percentage: float | None = None, blok: int = 5000, whk_loonsom=None,
                     whk_correctiefactor=None, whk_premie_wga=None, einde_twee_jaar=None,
                     stelsel: Stelsel | str | None = None, rie_status: str | None = None,
                     grootte: str = "middel", tijdlijnen=None) -> Werkgeverskosten:
    """``personen`` (and ``tijdlijnen``) as for :func:`projecteer`, plus optionally ``datum_in_dienst`` (for the
    transitievergoeding; without it the transitievergoeding is 0 and reported as unknown) and
    ``bruto_maandsalaris`` (default: the wage plus 8% vakantiebijslag).

    ``werkgeverslasten``: share added to the wage cost for the employer's social charges and
    pension (an assumption of the caller; 0 by default). ``no_risk_percentage``: the share of the
    dagloon UWV pays in the first 52 weeks under the no-riskpolis (default: the maximum, 100%).
    ``einde_twee_jaar``: per person the last day of the two years of BW 7:670 lid 1 a as the
    timeline computes it from the case's sick periods and leave; without it the timeline computes
    it from ``eerste_ziektedag`` (one uninterrupted sick period).

    ``stelsel``: the law (default current law). Under a scenario the rules decide which part of
    the loondoorbetaling the employer bears (``loondoorbetaling_werkgever_aandeel``), whether the
    WGA costs are his (``wga_lasten_toegerekend``; both need ``datum_in_dienst``), and the
    transitievergoeding and its compensation (with ``spoor2_geslaagd`` when given).

    ``rie_status`` (geen, zonder_psa, met_psa) adds the prevention view: the sickness risk the
    population simulation uses for such an employer of size ``grootte`` (klein, middel, groot)."""
    stelsel = als_stelsel(stelsel)
    datum = rekendatum(datum, stelsel)
    p = stelsel.op(datum)
    jaren = float(p.wga_werkgever.eigenrisico_jaren)
    feiten = uit_tijdlijn(personen, datum, stelsel, tijdlijnen)  # the timeline's dates, when it is given
    personen = als_kolommen(feiten.personen)
    nr_velden = {k: personen.pop(k) for k in NORISKPOLIS_VELDEN if k in personen}
    oorzaak_invoer = personen.get("ziekteoorzaak")  # the projection computes the benefit (BW 7:629 lid 5)
    in_dienst = personen.pop("datum_in_dienst", None)
    salaris = personen.pop("bruto_maandsalaris", None)
    spoor2 = personen.pop("spoor2_geslaagd", None)
    pr = projecteer(personen, datum, maanden_na_wachttijd=int(round(12 * jaren)), blok=blok, stelsel=stelsel)
    n, B, M = pr.totaal.shape
    oorzaak = ziektewet.ziekteoorzaken(oorzaak_invoer, n)
    vb = p.minimumloon.vakantiebijslag
    start = np.asarray(personen["eerste_ziektedag"], dtype="datetime64[D]")
    uitleg: list[dict] = []

    # The employer's share of the loondoorbetaling, per sick month (the law: all of it; a scenario may
    # let a fund pay the first months of a new employee), and whether the WGA costs are his.
    Ms = int(pr.eerste_wia_maand.max()) - 1
    aandeel = np.ones((n, M))
    wga_toegerekend = np.ones(n)
    if "loondoorbetaling_werkgever_aandeel" in stelsel.varianten or "wga_lasten_toegerekend" in stelsel.varianten:
        in_dienst_maanden = np.full(n, np.nan)
        if in_dienst is not None:
            maanden, dagen = maanden_en_dagen_tussen(np.asarray(in_dienst, dtype="datetime64[D]"), start)
            in_dienst_maanden = maanden + dagen / 31.0
        weken = ziekteweek_per_maand(start, pr.maand_start[:, :Ms])
        rij = np.repeat(np.arange(n), Ms)
        ab = Berekening({"maanden_in_dienst_bij_ziekte": in_dienst_maanden[rij], "ziekteweek": weken.ravel()},
                        n * Ms, datum, met_uitleg=True, stelsel=stelsel)
        aandeel[:, :Ms] = ab.bereken("loondoorbetaling_werkgever_aandeel").reshape(n, Ms)
        gb = Berekening({"maanden_in_dienst_bij_ziekte": in_dienst_maanden}, n, datum, met_uitleg=True,
                        stelsel=stelsel)
        wga_toegerekend = gb.bereken("wga_lasten_toegerekend")
        if np.isnan(aandeel).any() or np.isnan(wga_toegerekend).any():
            from ..errors import InvoerFout

            raise InvoerFout("Voor dit scenario is 'datum_in_dienst' nodig: het bepaalt of de werknemer in de "
                             "eerste maanden na indiensttreding ziek werd.", "datum_in_dienst")
        uitleg += uitleg_stappen(ab, gb)

    loon = (pr.loondoorbetaling[:, 0, :] + pr.vakantiebijslag_loondoorbetaling[:, 0, :]) * (1.0 + werkgeverslasten)
    loon = naar_centen(loon * aandeel)
    reint = np.broadcast_to(np.asarray(reintegratiebudget, dtype=np.float64), (n,)).copy()

    # Transitievergoeding at the end of the sick period and at the end of 104 weeks (the cap).
    # BW 7:673e lid 2: the cap is the transitievergoeding owed on the day after the two years of
    # BW 7:670 lid 1 a; their end moves with healthy gaps under four weeks and pregnancy leave, so
    # it comes from the timeline (its end of the 104 weeks), not from start + 728 days.
    if einde_twee_jaar is None:
        einde_twee_jaar = bereken_tijdlijnen(Gevallen.maak(start, np.datetime64(datum, "D")),
                                             stelsel=stelsel).einde_wachttijd
        if feiten.einde_wachttijd is not None:  # persons who gave the timeline's facts: its own end
            einde_twee_jaar = np.where(np.isnat(feiten.einde_wachttijd), einde_twee_jaar, feiten.einde_wachttijd)
    na_104 = np.asarray(einde_twee_jaar, dtype="datetime64[D]") + np.timedelta64(1, "D")
    if in_dienst is not None:
        in_dienst = np.asarray(in_dienst, dtype="datetime64[D]")
        bruto = np.asarray(personen["bruto_maandloon"], dtype=np.float64)
        sal = np.asarray(salaris, dtype=np.float64) if salaris is not None else naar_centen(bruto * (1.0 + vb))
        tv_in = {"bruto_maandsalaris": np.concatenate([sal, sal]),
                 "datum_in_dienst": np.concatenate([in_dienst, in_dienst]),
                 "datum_uit_dienst": np.concatenate([pr.ingangsdatum_wia, na_104])}
        if "geboortedatum" in personen:
            geb = np.asarray(personen["geboortedatum"], dtype="datetime64[D]")
            tv_in["geboortedatum"] = np.concatenate([geb, geb])
        tb = Berekening(tv_in, 2 * n, datum, met_uitleg=True, stelsel=stelsel)
        tv = tb.bereken("transitievergoeding")
        # BW 7:673 lid 7 onder b: none when the contract ends on or after the AOW age (the Hoge Raad held on
        # 20 April 2018 that this is no age discrimination); nor, then, a compensation for it.
        aow = np.concatenate([pr.aow_datum, pr.aow_datum])
        na_aow = ~np.isnat(aow) & (tv_in["datum_uit_dienst"] >= aow)
        tv = np.where(na_aow, 0.0, tv)
        tv_eind, tv_104 = tv[:n], tv[n:]
        # BW 7:673e lid 1 a: the overview ends the employment because of the long sickness, on the first day
        # of the WIA benefit; that is after the two years (and any extension), which is checked, not assumed.
        c_in = {"betaalde_transitievergoeding": tv_eind, "transitievergoeding_na_wachttijd": tv_104,
                "reden_einde_arbeidsovereenkomst": np.full(n, REDENEN_EINDE["ziekte"]),
                "einde_na_wachttijd": (np.asarray(pr.ingangsdatum_wia, dtype="datetime64[D]") >= na_104)
                .astype(np.float64)}
        if spoor2 is not None:
            c_in["spoor2_geslaagd"] = np.asarray(spoor2, dtype=bool).astype(np.float64)
        cb = Berekening(c_in, n, datum, met_uitleg=True, stelsel=stelsel)
        comp = cb.bereken("compensatie_transitievergoeding")
        uitleg += uitleg_stappen(tb, cb)
    else:
        tv_eind = tv_104 = comp = np.zeros(n)

    # WGA costs of an eigenrisicodrager: WGA branches, the first `jaren` years of the WIA.
    m = np.arange(M)[None, :]
    eerste = pr.eerste_wia_maand[:, None] - 1
    in_periode = (m >= eerste) & (m < eerste + int(round(12 * jaren)))
    is_wga = np.array([t.uitkomst in ("wga_35_80", "wga_80_100") for t in TAKKEN])
    wga_pm = pr.wia_uitkering * in_periode[:, None, :] * is_wga[None, :, None] * wga_toegerekend[:, None, None]
    whk = None
    if whk_loonsom is not None:
        toerekening = (m >= eerste) & (m < eerste + int(round(12 * p.wga_werkgever.toerekening_jaren)))
        whk = whk_premie_effect(pr.wia_uitkering * toerekening[:, None, :] * is_wga[None, :, None]
                                * wga_toegerekend[:, None, None], pr.maand_start,
                                whk_loonsom, datum, correctiefactor=whk_correctiefactor, premie_zonder=whk_premie_wga,
                                stelsel=stelsel)
    wga = wga_pm.sum(axis=2)  # what an eigenrisicodrager pays (shown for comparison when not one)

    # No-riskpolis: what UWV pays in a new sick period of the same length (ZW art. 29b), offset
    # against the wage owed (never more than the wage, lid 6), within the 104 weeks.
    if no_risk_percentage is None:
        no_risk_percentage = p.ziektewet.no_risk_percentage_max
    zw = ziektewet.per_ziektemaand(personen, pr, datum, stelsel,
                                   {"no_risk_percentage": np.full(n, float(no_risk_percentage))})
    no_risk = np.minimum(zw.bedrag, pr.loondoorbetaling[:, 0, :Ms]) * zw.binnen_104
    no_risk[pr.aow_termijn] = 0.0  # no WIA benefit after the AOW age, so no no-riskpolis (ZW art. 29b lid 1)
    uitleg += zw.uitleg

    # Pregnancy, childbirth or organ donation (ZW art. 29a; art. 29 lid 2 e and lid 8): the benefit at the full
    # dagloon, paid to the employer who continues the wage (Ziekengeldreglement 2004 art. 2 lid 2); it lowers his
    # wage cost, never by more than that cost (the wage is reduced by the benefit, BW 7:629 lid 5: a higher benefit
    # goes on to the employee), and stops after 104 weeks.
    # The projection has the benefit per month (and put the part above the wage into the employee's income). The
    # wage is reduced by the benefit, never below nothing; the rest of the benefit is passed on to the employee.
    vergoeding = np.asarray(pr.ziektewet_uitkering[:, 0, :])
    loon_werknemer = pr.loondoorbetaling[:, 0, :] + pr.vakantiebijslag_loondoorbetaling[:, 0, :]
    doorbetaald = vergoeding - np.minimum(np.minimum(vergoeding, loon_werknemer), loon)

    netto = loon.sum(axis=1) - vergoeding.sum(axis=1) + doorbetaald.sum(axis=1)
    totaal = netto[:, None] + reint[:, None] + (tv_eind - comp)[:, None]
    if eigenrisicodrager:
        totaal = totaal + wga
    elif whk is not None:
        totaal = totaal + whk.totaal
    totaal = np.broadcast_to(totaal, wga.shape).copy()  # (n, B) also for a public insurer without a loonsom
    return Werkgeverskosten(
        projectie=pr, loonkosten_per_maand=loon, loonkosten=loon.sum(axis=1), reintegratie=reint,
        transitievergoeding=tv_eind, transitievergoeding_na_wachttijd=tv_104, compensatie=comp,
        wga_eigenrisico_per_maand=wga_pm, wga_eigenrisico=wga, no_risk_waarde=no_risk.sum(axis=1),
        ziekteoorzaak=oorzaak, ziektewet_vergoeding_per_maand=vergoeding, ziektewet_vergoeding=vergoeding.sum(axis=1),
        ziektewet_doorbetaald_per_maand=doorbetaald, ziektewet_doorbetaald=doorbetaald.sum(axis=1),
        eigenrisico_jaren=jaren, werkgeverslasten=werkgeverslasten, totaal=totaal, eigenrisicodrager=eigenrisicodrager,
        uitleg=pr.uitleg + uitleg + (whk.uitleg if whk is not None else []), whk=whk,
        noriskpolis=noriskpolis_van(nr_velden, in_dienst, n, datum, stelsel),
        preventie=_preventie(rie_status, grootte, datum, stelsel),
    )


def _preventie(rie_status: str | None, grootte: str, datum: dt.date, stelsel: Any):
    if rie_status is None:
        return None
    from ..preventie import preventie  # the shared sickness-risk parameters (parameters/verzuimrisico.yaml)

    return preventie(rie_status, grootte, datum, stelsel)


# --- the seed documents' claim -------------------------------------------------------------

CLAIM = 300_000.0


def kostenrisico_tweede_spoor(lonen=(2500.0, 3500.0, 4500.0, 5500.0, 6500.0), *, datum=None,
                              cao_regime: str = "boven_170_voorwaardelijk", lgu_duur_maanden: float = 24.0,
                              werkgeverslasten: float = 0.0, reintegratiebudget: float = 0.0,
                              eerste_ziektedag: str | None = None, geboortedatum: str = "1975-01-01",
                              stelsel: Stelsel | str | None = None) -> dict:
    """Recompute "een kostenrisico van gemiddeld ruim EUR 300.000 over een periode van 12 jaar"
    (RSC, 'Hardheden in de WIA'): a new employer hires a spoor 2 candidate who falls ill again; two years of
    loondoorbetaling, then up to ten years of WGA costs (eigenrisicodrager or a large employer).

    For each wage and branch: wage cost (2 years) + re-integration + WGA (10 years), and the
    average over the outcomes weighted by the published UWV shares (rejections and IVA cost the
    employer no WGA). Returns the table and the assumptions."""
    stelsel = als_stelsel(stelsel)
    datum = rekendatum(datum, stelsel)
    p = stelsel.op(datum)
    start = eerste_ziektedag or datum.isoformat()
    lonen = np.asarray(lonen, dtype=np.float64)
    n = lonen.size
    kolommen = {
        "eerste_ziektedag": np.full(n, np.datetime64(start, "D")),
        "bruto_maandloon": lonen,
        "contracturen_per_week": np.full(n, 38.0),
        "geboortedatum": np.full(n, np.datetime64(geboortedatum, "D")),
        "lgu_duur_maanden": np.full(n, float(lgu_duur_maanden)),
        "cao_regime": np.full(n, cao_regime),
        "werkt_of_werkt_mee": np.zeros(n, dtype=bool),
    }
    wk = werkgeverskosten(kolommen, datum, reintegratiebudget=reintegratiebudget, werkgeverslasten=werkgeverslasten,
                          stelsel=stelsel)
    pop = p.projectie.populatie
    aandeel_werk = p.projectie.populatie.aandeel_wga_35_80_met_werk
    gewichten = {
        "afgewezen_met_werk": pop.aandeel_35_minner * pop.aandeel_35_minner_met_werk,
        "afgewezen_zonder_werk": pop.aandeel_35_minner * (1 - pop.aandeel_35_minner_met_werk),
        "wga_lau": pop.aandeel_wga_35_80 * aandeel_werk,
        "wga_vvu": pop.aandeel_wga_35_80 * (1 - aandeel_werk),
        "wga_80_100": pop.aandeel_wga_80_100,
        "iva": pop.aandeel_iva,
    }
    g = np.array([gewichten[t.naam] for t in TAKKEN])
    g = g / g.sum()
    rijen = []
    for i, loon in enumerate(lonen):
        per_tak = {t.naam: float(wk.totaal[i, b]) for b, t in enumerate(TAKKEN)}
        rijen.append({
            "bruto_maandloon": float(loon),
            "loonkosten_2_jaar": float(wk.loonkosten[i]),
            "wga_10_jaar": {t.naam: float(wk.wga_eigenrisico[i, b]) for b, t in enumerate(TAKKEN)},
            "totaal": per_tak,
            "gewogen_gemiddelde": float((wk.totaal[i] * g).sum()),
            "boven_claim": {k: v > CLAIM for k, v in per_tak.items()},
        })
    return {
        "claim": CLAIM,
        "bron": "Register Specialistisch Casemanagement (RSC), brief 'Versterking effectiviteit tweede spoor' (16 juni 2023): 'een kostenrisico van gemiddeld ruim € 300.000 over een periode van 12 jaar'",
        "aannames": {
            "cao_regime": cao_regime, "lgu_duur_maanden": lgu_duur_maanden, "werkgeverslasten": werkgeverslasten,
            "reintegratiebudget": reintegratiebudget, "eigenrisico_jaren": wk.eigenrisico_jaren,
            "rekendatum": datum.isoformat(), "gewichten": dict(zip([t.naam for t in TAKKEN], g.round(4).tolist(), strict=True)),
            "ziekte": "hernieuwde uitval direct na indiensttreding, twee volle ziektejaren, dan WIA",
        },
        "rijen": rijen,
    }


def omslagpunten(datum=None, stap: float = 50.0, stelsel: Stelsel | str | None = None,
                 **aannames) -> dict[str, float | None]:
    """The lowest monthly wage (in steps of ``stap``) at which the 12-year cost exceeds the claim,
    per WGA branch and for the outcome-weighted average; None if no wage up to EUR 12.000 does.
    One batch over all wages."""
    lonen = np.arange(1500.0, 12000.0 + stap, stap)
    r = kostenrisico_tweede_spoor(tuple(lonen), datum=datum, stelsel=stelsel, **aannames)
    uit: dict[str, float | None] = {}
    for naam in ("wga_lau", "wga_vvu", "wga_80_100", "gewogen_gemiddelde"):
        waarden = np.array([rij["gewogen_gemiddelde"] if naam == "gewogen_gemiddelde" else rij["totaal"][naam]
                            for rij in r["rijen"]])
        boven = np.flatnonzero(waarden > CLAIM)
        uit[naam] = float(lonen[boven[0]]) if boven.size else None
    return uit
