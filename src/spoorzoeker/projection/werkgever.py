"""The employer view (R18): what a sick employee costs, month by month and in total.

* wage cost during sickness: the loondoorbetaling of the projection (with the vakantiebijslag
  that accrues on it), without employer's social charges unless the caller adds a share;
* the re-integration budget (an input);
* the transitievergoeding when the contract ends after the sick period, and what UWV
  compensates (BW 7:673e: at most the amount owed at the end of 104 weeks, so a loonsanctie
  period is not compensated);
* for an eigenrisicodrager WGA: the WGA benefits of each branch for ten years (WIA art. 82);
  IVA and a rejection cost the eigenrisicodrager nothing; a publicly insured employer pays
  through the gedifferentieerde Whk premium instead;
* the value of the no-riskpolis for an employer who hires someone with a WIA status: the
  Ziektewet benefit UWV pays during a new sick period (ZW art. 29b), offset against the wage.

No medical data: the employer view uses wages, dates and the branches only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..engine import Berekening
from ..money import naar_centen
from ..params import standaard_parameters
from .projectie import TAKKEN, Projectie, _lees_datum, _stappen, projecteer


@dataclass
class Werkgeverskosten:
    projectie: Projectie  # horizon: the sick period + the eigenrisico period
    loonkosten_per_maand: np.ndarray  # (n, M) loondoorbetaling + vakantiebijslag (+ werkgeverslasten)
    loonkosten: np.ndarray  # (n,)
    reintegratie: np.ndarray  # (n,)
    transitievergoeding: np.ndarray  # (n,) owed at the end of the contract (after the sick period)
    transitievergoeding_na_wachttijd: np.ndarray  # (n,) owed at the end of 104 weeks (compensation cap)
    compensatie: np.ndarray  # (n,)
    wga_eigenrisico_per_maand: np.ndarray  # (n, B, M) WGA benefits an eigenrisicodrager pays
    wga_eigenrisico: np.ndarray  # (n, B) over eigenrisico_jaren
    no_risk_waarde: np.ndarray  # (n,) ZW benefit over the sick period under the no-riskpolis
    eigenrisico_jaren: float
    werkgeverslasten: float
    totaal: np.ndarray  # (n, B): loonkosten + reintegratie + transitievergoeding - compensatie + WGA
    uitleg: list[dict] = field(default_factory=list)


def werkgeverskosten(personen: Any, datum: dt.date | str | None = None, *, reintegratiebudget=0.0,
                     eigenrisicodrager: bool = True, werkgeverslasten: float = 0.0,
                     no_risk_percentage: float | None = None, blok: int = 5000) -> Werkgeverskosten:
    """``personen`` as for :func:`projecteer`, plus optionally ``datum_in_dienst`` (for the
    transitievergoeding; without it the transitievergoeding is 0 and reported as unknown) and
    ``bruto_maandsalaris`` (default: the wage plus 8% vakantiebijslag).

    ``werkgeverslasten``: share added to the wage cost for the employer's social charges and
    pension (an assumption of the caller; 0 by default). ``no_risk_percentage``: the share of the
    dagloon UWV pays in the first 52 weeks under the no-riskpolis (default: the maximum, 100%)."""
    datum = _lees_datum(datum)
    p = standaard_parameters().op(datum)
    jaren = float(p.wga_werkgever.eigenrisico_jaren)
    personen = _als_kolommen(personen)
    in_dienst = personen.pop("datum_in_dienst", None)
    salaris = personen.pop("bruto_maandsalaris", None)
    pr = projecteer(personen, datum, maanden_na_wachttijd=int(round(12 * jaren)), blok=blok)
    n, B, M = pr.totaal.shape
    vb = p.minimumloon.vakantiebijslag

    loon = (pr.loondoorbetaling[:, 0, :] + pr.vakantiebijslag_loondoorbetaling[:, 0, :]) * (1.0 + werkgeverslasten)
    loon = naar_centen(loon)
    reint = np.broadcast_to(np.asarray(reintegratiebudget, dtype=np.float64), (n,)).copy()

    # Transitievergoeding at the end of the sick period and at the end of 104 weeks (the cap).
    start = np.asarray(personen["eerste_ziektedag"], dtype="datetime64[D]")
    na_104 = start + int(7 * p.loondoorbetaling.duur_weken)
    uitleg: list[dict] = []
    if in_dienst is not None:
        in_dienst = np.asarray(in_dienst, dtype="datetime64[D]")
        bruto = np.asarray(personen["bruto_maandloon"], dtype=np.float64)
        sal = np.asarray(salaris, dtype=np.float64) if salaris is not None else naar_centen(bruto * (1.0 + vb))
        tb = Berekening({"bruto_maandsalaris": np.concatenate([sal, sal]),
                         "datum_in_dienst": np.concatenate([in_dienst, in_dienst]),
                         "datum_uit_dienst": np.concatenate([pr.ingangsdatum_wia, na_104])}, 2 * n, datum,
                        met_uitleg=True)
        tv = tb.bereken("transitievergoeding")
        tv_eind, tv_104 = tv[:n], tv[n:]
        cb = Berekening({"betaalde_transitievergoeding": tv_eind, "transitievergoeding_na_wachttijd": tv_104}, n,
                        datum, met_uitleg=True)
        comp = cb.bereken("compensatie_transitievergoeding")
        uitleg += _stappen(tb, cb)
    else:
        tv_eind = tv_104 = comp = np.zeros(n)

    # WGA costs of an eigenrisicodrager: WGA branches, the first `jaren` years of the WIA.
    m = np.arange(M)[None, :]
    eerste = pr.eerste_wia_maand[:, None] - 1
    in_periode = (m >= eerste) & (m < eerste + int(round(12 * jaren)))
    is_wga = np.array([t.uitkomst in ("wga_35_80", "wga_80_100") for t in TAKKEN])
    wga_pm = pr.wia_uitkering * in_periode[:, None, :] * is_wga[None, :, None]
    if not eigenrisicodrager:
        wga_pm = np.zeros_like(wga_pm)
    wga = wga_pm.sum(axis=2)

    # No-riskpolis: what UWV pays in a new sick period of the same length (ZW art. 29b), offset
    # against the wage owed (never more than the wage, lid 6). ZW-dagloon taken equal to the WIA dagloon
    # before the cap (same wage; an assumption of the overview).
    Ms = int(pr.eerste_wia_maand.max()) - 1
    dag = Berekening({k: np.asarray(v)[...] for k, v in _engine_kolommen(personen, pr, vb).items()}, n, datum,
                     met_uitleg=True)
    dagloon = dag.bereken("wia_dagloon_ongemaximeerd")
    weken = ((pr.maand_start[:, :Ms] - start[:, None]).astype(np.int64) // 7 + 1).astype(np.float64)
    rij = np.repeat(np.arange(n), Ms)
    zw_in = {"ziektewet_dagloon": dagloon[rij], "ziekteweek": weken.ravel()}
    if no_risk_percentage is None:
        no_risk_percentage = p.ziektewet.no_risk_percentage_max
    zw_in["no_risk_percentage"] = np.full(rij.size, float(no_risk_percentage))
    zb = Berekening(zw_in, rij.size, datum, met_uitleg=True)
    zw = zb.bereken("ziektewet_uitkering_per_maand").reshape(n, Ms)
    binnen_104 = weken <= p.ziektewet.duur_weken
    no_risk = np.minimum(zw, pr.loondoorbetaling[:, 0, :Ms]) * binnen_104
    uitleg += _stappen(dag, zb)

    totaal = loon.sum(axis=1)[:, None] + reint[:, None] + (tv_eind - comp)[:, None] + wga
    return Werkgeverskosten(
        projectie=pr, loonkosten_per_maand=loon, loonkosten=loon.sum(axis=1), reintegratie=reint,
        transitievergoeding=tv_eind, transitievergoeding_na_wachttijd=tv_104, compensatie=comp,
        wga_eigenrisico_per_maand=wga_pm, wga_eigenrisico=wga, no_risk_waarde=no_risk.sum(axis=1),
        eigenrisico_jaren=jaren, werkgeverslasten=werkgeverslasten, totaal=totaal,
        uitleg=pr.uitleg + uitleg,
    )


def _als_kolommen(personen: Any) -> dict:
    """One person, a list of persons or columns -> columns (lists), so fields can be taken out."""
    if isinstance(personen, dict) and not any(isinstance(v, (list, tuple, np.ndarray)) for v in personen.values()):
        personen = [personen]
    if isinstance(personen, list):
        namen = {k for p in personen for k in p}
        return {k: [p.get(k) for p in personen] for k in namen}
    return dict(personen)


def _engine_kolommen(personen: dict, pr: Projectie, vb: float) -> dict:
    """Columns to compute the dagloon with the rules: the caller's SV-loon, or the projection default."""
    if "sv_loon_refertejaar" in personen:
        return {"sv_loon_refertejaar": np.asarray(personen["sv_loon_refertejaar"], dtype=np.float64)}
    return {"sv_loon_refertejaar": 12.0 * pr.bruto_maandloon * (1.0 + vb)}


# --- the seed documents' claim -------------------------------------------------------------

CLAIM = 300_000.0


def kostenrisico_tweede_spoor(lonen=(2500.0, 3500.0, 4500.0, 5500.0, 6500.0), *, datum=None,
                              cao_regime: str = "boven_170_voorwaardelijk", lgu_duur_maanden: float = 24.0,
                              werkgeverslasten: float = 0.0, reintegratiebudget: float = 0.0,
                              eerste_ziektedag: str | None = None, geboortedatum: str = "1975-01-01") -> dict:
    """Recompute "een kostenrisico van gemiddeld ruim EUR 300.000 over een periode van 12 jaar"
    (seed 003 §1A): a new employer hires a spoor 2 candidate who falls ill again; two years of
    loondoorbetaling, then up to ten years of WGA costs (eigenrisicodrager or a large employer).

    For each wage and branch: wage cost (2 years) + re-integration + WGA (10 years), and the
    average over the outcomes weighted by the published UWV shares (rejections and IVA cost the
    employer no WGA). Returns the table and the assumptions."""
    datum = _lees_datum(datum)
    p = standaard_parameters().op(datum)
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
    wk = werkgeverskosten(kolommen, datum, reintegratiebudget=reintegratiebudget, werkgeverslasten=werkgeverslasten)
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
        "bron": "seed 003 §1A: 'een kostenrisico van gemiddeld ruim € 300.000 over een periode van 12 jaar'",
        "aannames": {
            "cao_regime": cao_regime, "lgu_duur_maanden": lgu_duur_maanden, "werkgeverslasten": werkgeverslasten,
            "reintegratiebudget": reintegratiebudget, "eigenrisico_jaren": wk.eigenrisico_jaren,
            "rekendatum": datum.isoformat(), "gewichten": dict(zip([t.naam for t in TAKKEN], g.round(4).tolist())),
            "ziekte": "hernieuwde uitval direct na indiensttreding, twee volle ziektejaren, dan WIA",
        },
        "rijen": rijen,
    }


def omslagpunten(datum=None, stap: float = 50.0, **aannames) -> dict[str, float | None]:
    """The lowest monthly wage (in steps of ``stap``) at which the 12-year cost exceeds the claim,
    per WGA branch and for the outcome-weighted average; None if no wage up to EUR 12.000 does.
    One batch over all wages."""
    lonen = np.arange(1500.0, 12000.0 + stap, stap)
    r = kostenrisico_tweede_spoor(tuple(lonen), datum=datum, **aannames)
    uit: dict[str, float | None] = {}
    for naam in ("wga_lau", "wga_vvu", "wga_80_100", "gewogen_gemiddelde"):
        waarden = np.array([rij["gewogen_gemiddelde"] if naam == "gewogen_gemiddelde" else rij["totaal"][naam]
                            for rij in r["rijen"]])
        boven = np.flatnonzero(waarden > CLAIM)
        uit[naam] = float(lonen[boven[0]]) if boven.size else None
    return uit
