"""WIA prognosis (R16): from an estimated range of the restverdiencapaciteit, the likely class
and what each end of the range pays. A prognosis, never a right: UWV decides.

The arbeidsdeskundige estimates what someone can still earn (low-high); with the maatmanloon
the rules give the arbeidsongeschiktheidspercentage, the class and what the WIA would pay at
each end and in the middle. All amounts come from the rules through one engine calculation
over persons x {low, middle, high} x {after two months of LGU, follow-up with work, follow-up
without work}.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from ..engine import Berekening
from ..money import naar_centen
from ..rules.wia_beoordeling import KLASSEN, UITKOMSTEN
from .projectie import eis_bekend, rekendatum, uitleg_stappen

LABEL = "prognose, geen recht"
PUNTEN = ("laag", "midden", "hoog")  # of the restverdiencapaciteit (so high, middle, low disability)


@dataclass
class Prognose:
    """Per person (n) and point of the range (3: low, middle, high restverdiencapaciteit)."""

    datum: dt.date
    restverdiencapaciteit: np.ndarray  # (n, 3)
    ao_percentage: np.ndarray  # (n, 3)
    klasse: list[list[str]]  # (n, 3) class names, e.g. "45-55"
    uitkomst: list[list[str]]  # (n, 3): geen, wga_35_80, wga_80_100, iva
    lgu_na_twee_maanden: np.ndarray  # (n, 3) LGU from WGA month 3, without earnings
    vervolg_met_werk: np.ndarray  # (n, 3) LAU when the whole restverdiencapaciteit is earned (+ earnings)
    vervolg_zonder_werk: np.ndarray  # (n, 3) VVU without earnings
    iva: np.ndarray  # (n, 3) IVA amount if the outcome is IVA
    waarschijnlijke_klasse: list[str]  # (n,) class of the middle of the range
    label: str = LABEL
    uitleg: list[dict] = field(default_factory=list)


def wia_prognose(personen: dict, datum: dt.date | str | None = None, stelsel=None) -> Prognose:
    """``personen``: columns (or one person's dict) with ``maatmanloon_per_maand``,
    ``restverdiencapaciteit_laag`` and ``restverdiencapaciteit_hoog`` (euro per month), and the
    WIA maandloon (``wia_maandloon``, or ``sv_loon_refertejaar``), ``lgu_duur_maanden`` (default 3,
    only to find the follow-up month) and optionally ``duurzaam`` (default: not durable, so 80% or
    more gives WGA 80-100; with ``duurzaam`` true it gives IVA)."""
    from ..scenarios import als_stelsel

    stelsel = als_stelsel(stelsel)
    datum = rekendatum(datum, stelsel)
    kol = {k: np.atleast_1d(np.asarray(v, dtype=np.float64)) for k, v in personen.items()}
    n = kol["maatmanloon_per_maand"].size
    laag, hoog = kol.pop("restverdiencapaciteit_laag"), kol.pop("restverdiencapaciteit_hoog")
    laag, hoog = np.minimum(laag, hoog), np.maximum(laag, hoog)
    rvc = np.stack([laag, naar_centen((laag + hoog) / 2.0), hoog], axis=1)  # (n, 3)
    duurzaam = kol.pop("duurzaam", np.zeros(n))
    lgu_duur = kol.pop("lgu_duur_maanden", np.full(n, 3.0))
    # rows: person x point x case (0: WGA month 3 no earnings, 1: follow-up with work, 2: without)
    P, G = 3, 3
    ip = np.repeat(np.arange(n), P * G)
    ig = np.tile(np.repeat(np.arange(P), G), n)
    ic = np.tile(np.arange(G), n * P)
    rijen = {k: v[ip] for k, v in kol.items()}
    r = rvc[ip, ig]
    rijen["restverdiencapaciteit_per_maand"] = r
    rijen["duurzaam"] = duurzaam[ip]
    rijen["lgu_duur_maanden"] = lgu_duur[ip]
    rijen["wga_maand"] = np.where(ic == 0, 3.0, lgu_duur[ip] + 1.0)
    rijen["inkomsten_per_maand"] = np.where(ic == 1, r, 0.0)
    b = Berekening(rijen, ip.size, datum, met_uitleg=True, stelsel=stelsel)
    vorm = (n, P, G)
    wga = b.bereken("wga_uitkering_per_maand").reshape(vorm)
    iva = b.bereken("iva_uitkering_per_maand").reshape(vorm)
    ao = b.bereken("arbeidsongeschiktheidspercentage").reshape(vorm)[:, :, 0]
    kl = b.bereken("arbeidsongeschiktheidsklasse").reshape(vorm)[:, :, 0]
    uk = b.bereken("wia_uitkomst").reshape(vorm)[:, :, 0]
    # "Unknown" stays unknown up to here, where the person is told which field is missing.
    eis_bekend(uk, np.ones(uk.shape, bool), "wia_uitkomst", b, lambda plek: (plek[0], (plek[0] * P + plek[1]) * G))
    is_wga = (uk == UITKOMSTEN["wga_35_80"]) | (uk == UITKOMSTEN["wga_80_100"])

    def nul(a: np.ndarray, geval: int) -> np.ndarray:
        return eis_bekend(a, is_wga, "wga_uitkering_per_maand", b,
                          lambda plek: (plek[0], (plek[0] * P + plek[1]) * G + geval))
    return Prognose(
        datum=datum, restverdiencapaciteit=rvc, ao_percentage=ao,
        klasse=[[KLASSEN[int(k)] for k in rij] for rij in kl],
        uitkomst=[[UITKOMSTEN[int(u)] for u in rij] for rij in uk],
        lgu_na_twee_maanden=nul(wga[:, :, 0], 0),
        vervolg_met_werk=nul(wga[:, :, 1], 1) + np.where(is_wga, rvc, 0.0),
        vervolg_zonder_werk=nul(wga[:, :, 2], 2),
        iva=eis_bekend(iva[:, :, 0], uk == UITKOMSTEN["iva"], "iva_uitkering_per_maand", b,
                       lambda plek: (plek[0], (plek[0] * P + plek[1]) * G)),
        waarschijnlijke_klasse=[KLASSEN[int(k)] for k in kl[:, 1]],
        uitleg=uitleg_stappen(b),
    )
