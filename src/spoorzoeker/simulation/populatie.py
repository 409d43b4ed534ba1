"""A synthetic population of employees (and people on WW), drawn from published distributions.

Nobody here is real. Every distribution is a parameter in ``parameters/simulatie.yaml`` with its
source; :func:`trek_populatie` draws one block of people from one random generator, so a block is
the same whatever else runs beside it. Employers live inside a block (ids are unique across
blocks): their size class, sector, eigenrisicodrager status and RI&E status are drawn per employer
and shared by its employees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import numpy as np

from ..money import naar_centen
from ..params import boom_van
from ..preventie import GROOTTES

SECTOREN = ("markt", "gesubsidieerd", "overheid")
CONTRACTEN = ("vast", "flex", "uitzend", "ww")
CAO = ("boven_170_voorwaardelijk", "boven_170_onvoorwaardelijk", "exact_170", "wettelijk")
# Contract hours: a spread around the published mean (the shape is our own assumption; its mean is 29.5).
UREN = np.array([8.0, 12.0, 16.0, 20.0, 24.0, 28.0, 32.0, 36.0, 38.0, 40.0])
UREN_KANS = np.array([0.02, 0.03, 0.08, 0.10, 0.12, 0.10, 0.14, 0.15, 0.12, 0.14])
WERKGEVER_ID_PER_BLOK = 10_000_000


def _gewichten(node: Any) -> tuple[list[str], np.ndarray]:
    namen = list(boom_van(node).kinderen)
    waarden = np.array([float(getattr(node, k)) for k in namen])
    return namen, waarden / waarden.sum()


def aandeel_ww(sp: Any) -> float:
    """Share of the simulated people who are on WW (the rest are employees)."""
    ww = float(sp.populatie.contract.ww)
    return ww / (1.0 + ww)


def trek_populatie(rng: np.random.Generator, n: int, blok: int, sp: Any, aannames: Mapping[str, Any],
                   peildatum: dt.date, minimum_uurloon: float) -> dict[str, np.ndarray]:
    """``n`` people of block ``blok``; ``sp`` the simulation parameters at ``peildatum``."""
    pop = sp.populatie
    # Employers per size class: sizes around the class mean, employees filled in order.
    _, grootte_kans = _gewichten(pop.grootte)
    _, sector_kans = _gewichten(pop.sector)
    grootte = rng.choice(3, size=n, p=grootte_kans)
    werkgever = np.empty(n, dtype=np.int64)
    wg_grootte, wg_sector, wg_erd, wg_rie = [], [], [], []
    volgende = 0
    for k, naam in enumerate(GROOTTES):
        leden = np.flatnonzero(grootte == k)
        if leden.size == 0:
            continue
        gemiddeld = float(getattr(pop, f"werknemers_per_werkgever_{naam}"))
        aantal = int(np.ceil(leden.size / gemiddeld * 1.5)) + 2
        maat = 1 + rng.poisson(gemiddeld - 1.0, aantal)
        grens = np.cumsum(maat)
        nummer = np.searchsorted(grens, np.arange(leden.size), side="right")
        gebruikt = int(nummer.max()) + 1
        werkgever[leden] = volgende + nummer
        wg_grootte.append(np.full(gebruikt, k))
        wg_sector.append(rng.choice(3, size=gebruikt, p=sector_kans))
        wg_erd.append(rng.random(gebruikt) < float(getattr(pop.eigenrisicodrager, naam)))
        rie_kans = min(1.0, float(getattr(pop.rie, naam)) * aannames["rie_aanwezig_factor"].waarde)
        heeft = rng.random(gebruikt) < rie_kans
        psa = rng.random(gebruikt) < min(1.0, float(pop.rie.met_psa) * aannames["rie_psa_factor"].waarde)
        wg_rie.append(np.where(heeft, np.where(psa, 2, 1), 0))
        volgende += gebruikt
    wg_sector_a = np.concatenate(wg_sector)
    wg_erd_a = np.concatenate(wg_erd)
    wg_rie_a = np.concatenate(wg_rie)

    # Age: FTE weights per band, uniform within the band.
    banden, kans = _gewichten(pop.leeftijd)
    grenzen = np.array([[float(x) for x in b.split("_")[1:]] for b in banden])
    band = rng.choice(len(banden), size=n, p=kans)
    leeftijd = grenzen[band, 0] + rng.random(n) * (grenzen[band, 1] - grenzen[band, 0])
    geboortedatum = np.datetime64(peildatum, "D") - np.round(leeftijd * 365.25).astype("timedelta64[D]")

    uurloon = pop.uurloon_mediaan * np.exp(pop.uurloon_spreiding * rng.standard_normal(n))
    uurloon = np.maximum(uurloon, minimum_uurloon)
    uren = rng.choice(UREN, size=n, p=UREN_KANS) * (pop.uren_gemiddeld / float(UREN @ UREN_KANS))
    bruto_maandloon = naar_centen(uurloon * uren * 13.0 / 3.0)
    eerste_jaar = np.floor(peildatum.year - np.maximum(leeftijd - pop.startleeftijd_werk, 0.0))

    c = pop.contract
    ww = aandeel_ww(sp)
    flex, uitzend = float(c.flex), float(c.uitzend)
    u = rng.random(n)
    contract = np.where(u < ww, 3, np.where(u < ww + uitzend * (1 - ww), 2,
                                            np.where(u < ww + (uitzend + flex) * (1 - ww), 1, 0)))
    cao_namen, cao_kans = _gewichten(pop.cao)
    cao = rng.choice(len(cao_namen), size=n, p=cao_kans)
    return {
        "leeftijd": leeftijd,
        "geboortedatum": geboortedatum,
        "uurloon": uurloon,
        "contracturen_per_week": uren,
        "bruto_maandloon": bruto_maandloon,
        "eerste_jaar_met_arbeid": eerste_jaar,
        "werkgever": werkgever + blok * WERKGEVER_ID_PER_BLOK,
        "grootte": np.concatenate(wg_grootte)[werkgever],
        "sector": wg_sector_a[werkgever],
        "eigenrisicodrager": wg_erd_a[werkgever] & (contract != 3),
        "rie": wg_rie_a[werkgever],
        "contract": contract,
        "cao": cao,
    }

