"""The risks people miss (R17): published population shares of WIA outcomes, and the income gap
of every branch against the last wage.

The shares are UWV figures about everyone assessed (parameter ``projectie.populatie``), shown
as population figures, never as the chance for this person. The gap compares the average
monthly income of a branch in the five years after the wachttijd (and in the last month shown)
with the last wage including vakantiebijslag, in euros and percent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from ..scenarios import als_stelsel
from ..stelsel import Stelsel
from .projectie import F, Projectie

POPULATIE_TITELS = {
    "aandeel_35_minner": "Afgewezen: minder dan 35% arbeidsongeschikt",
    "aandeel_wga_35_80": "WGA 35-80% (gedeeltelijk arbeidsongeschikt)",
    "aandeel_wga_80_100": "WGA 80-100% (volledig, niet duurzaam)",
    "aandeel_iva": "IVA (volledig en duurzaam)",
    "aandeel_35_minner_met_werk": "Van de afgewezen mensen: met werk (eind 2017)",
    "aandeel_wga_35_80_met_werk": "Van de mensen in de WGA 35-80%: met werk (eind 2017)",
}


def populatie_aandelen(datum: dt.date, stelsel: Stelsel | str | None = None) -> list[dict]:
    """The published shares with title, value and source (a population figure, not a prediction)."""
    node = als_stelsel(stelsel).parameters.projectie.populatie
    uit = []
    for sleutel, par in node.kinderen.items():
        bron = par.bronnen_op(datum)
        uit.append({"naam": sleutel, "titel": POPULATIE_TITELS.get(sleutel, par.beschrijving),
                    "waarde": par.waarde_op(datum), "beschrijving": par.beschrijving,
                    "bron": bron[0].titel if bron else "", "href": bron[0].href if bron else None})
    return uit


@dataclass
class Inkomensgat:
    """Per person and branch (n, B)."""

    laatste_loon: np.ndarray  # (n,) euro per month incl. vakantiebijslag
    gemiddeld_na_wachttijd: np.ndarray  # (n, B) average monthly income in the WIA phase (before AOW)
    gat_euro: np.ndarray  # (n, B) laatste_loon - gemiddeld
    gat_procent: np.ndarray  # (n, B)
    laatste_maand: np.ndarray  # (n, B) income in the last month shown before AOW (the lasting level)
    gat_laatste_maand_euro: np.ndarray
    gat_laatste_maand_procent: np.ndarray


def inkomensgat(pr: Projectie) -> Inkomensgat:
    n, B, M = pr.totaal.shape
    m = np.arange(M)[None, None, :]
    wia = (m >= (pr.eerste_wia_maand[:, None, None] - 1)) & (pr.fase != F["aow"])
    aantal = wia.sum(axis=2)
    gem = np.where(aantal > 0, (pr.totaal * wia).sum(axis=2) / np.maximum(aantal, 1), np.nan)
    # the last month before AOW (or the last month shown)
    laatste_idx = np.where(wia, m, -1).max(axis=2)
    laatste = np.where(laatste_idx >= 0,
                       np.take_along_axis(pr.totaal, np.maximum(laatste_idx, 0)[:, :, None], axis=2)[:, :, 0], np.nan)
    loon = pr.laatste_loon[:, None]
    gat = loon - gem
    gat_l = loon - laatste
    with np.errstate(invalid="ignore", divide="ignore"):
        return Inkomensgat(
            laatste_loon=pr.laatste_loon, gemiddeld_na_wachttijd=np.round(gem, 2), gat_euro=np.round(gat, 2),
            gat_procent=np.round(100.0 * gat / loon, 1), laatste_maand=laatste, gat_laatste_maand_euro=np.round(gat_l, 2),
            gat_laatste_maand_procent=np.round(100.0 * gat_l / loon, 1),
        )
