"""Arbeidsverleden and the duration of the loongerelateerde WGA-uitkering (WIA art. 15 and 59)."""

from __future__ import annotations

import numpy as np

from ..engine import regel
from ..tijd import kalenderjaar

WIA = "https://wetten.overheid.nl/BWBR0019057"


def _jaren(geboortedatum, eerste_jaar_met_arbeid, ingangsdatum_wia, p):
    """(fictief, real years before 2016, real years after 2015) per WIA art. 15 lid 1.

    Real years run from the first year with work (at the earliest 1998) up to and including
    the calendar year before the year the WIA right starts; the caller states that every
    calendar year since ``eerste_jaar_met_arbeid`` had work (208 hours; 52 days before 2013).
    """
    lgu = p.lgu_duur
    laatste = kalenderjaar(ingangsdatum_wia) - 1.0
    achttien = kalenderjaar(geboortedatum) + lgu.fictief_vanaf_leeftijd
    fictief = np.clip(lgu.fictief_tot_jaar - achttien, 0.0, None)
    eerste = np.maximum(eerste_jaar_met_arbeid, lgu.fictief_tot_jaar)
    grens = lgu.eerste_jaar_halve_opbouw
    voor = np.clip(np.minimum(laatste, grens - 1.0) - eerste + 1.0, 0.0, None)
    na = np.clip(laatste - np.maximum(eerste, grens) + 1.0, 0.0, None)
    return fictief, voor, na


@regel(
    "getal", "Arbeidsverleden in kalenderjaren, inclusief fictief arbeidsverleden", eenheid="jaar",
    bron="art. 15 lid 1 WIA: jaren vanaf 2013 met 208 uur loon, 1998-2012 met 52 dagen loon, en"
         " fictief de jaren vanaf het 18e levensjaar tot 1998; tot en met het jaar vóór de WIA-ingang",
    url=f"{WIA}#Artikel15",
)
def arbeidsverleden_jaren(geboortedatum, eerste_jaar_met_arbeid, ingangsdatum_wia, p):
    """WIA art. 15 lid 1 a-c: calendar years with work up to the year before the year the WIA
    right starts, plus the fictitious years from the year of the 18th birthday up to 1997."""
    fictief, voor, na = _jaren(geboortedatum, eerste_jaar_met_arbeid, ingangsdatum_wia, p)
    return fictief + voor + na


@regel(
    "getal", "Deel van het arbeidsverleden dat na 2015 ligt", eenheid="jaar",
    bron="art. 59 lid 2 onderdeel b WIA (jaren na 2015 tellen boven de tien jaar voor een halve maand)",
    url=f"{WIA}#Artikel59",
)
def arbeidsverleden_jaren_na_2015(geboortedatum, eerste_jaar_met_arbeid, ingangsdatum_wia,
                                  arbeidsverleden_jaren, p):
    """WIA art. 59 lid 2 b needs the years after 2015 apart. From the birth date and the first
    year with work they follow exactly. If the caller gave only ``arbeidsverleden_jaren`` (and
    the WIA start date), the years are taken as the most recent ones, ending in the year
    before the WIA started - the usual case of someone who worked until falling ill."""
    _, _, na = _jaren(geboortedatum, eerste_jaar_met_arbeid, ingangsdatum_wia, p)
    recentste = np.clip(
        np.minimum(arbeidsverleden_jaren,
                   kalenderjaar(ingangsdatum_wia) - p.lgu_duur.eerste_jaar_halve_opbouw),
        0.0, None,
    )
    return np.where(np.isnan(na), recentste, na)


@regel(
    "getal", "Duur van de loongerelateerde WGA-uitkering", eenheid="maand", minimum=0, maximum=24,
    bron="art. 59 lid 1-2 WIA: een maand per jaar arbeidsverleden voor de eerste tien jaar, daarboven"
         " een halve maand per jaar na 2015 en een maand per jaar vóór 2016; minimaal 3, maximaal 24 maanden",
    url=f"{WIA}#Artikel59",
)
def lgu_duur_maanden(arbeidsverleden_jaren, arbeidsverleden_jaren_na_2015, p):
    """WIA art. 59: 1 month for each year of arbeidsverleden as far as it is not longer than
    ten years; beyond ten years half a month for each year after 2015 and a month for each
    year before 2016; at least 3 and at most 24 months. The first ten years are filled with
    the oldest (pre-2016) years, as UWV does for the identical WW rule (UWV example: 20 years
    before 2016 and 6 after -> 20 + 3 = 23 months). A half month remains a half month here;
    in days it is 15 calendar days (art. 59 lid 2, last sentence)."""
    lgu = p.lgu_duur
    na = np.minimum(arbeidsverleden_jaren_na_2015, arbeidsverleden_jaren)
    # Lid 3: a part-year before 2016 counts as lying after 2015; lid 4: years after 2015
    # are rounded down to whole calendar years.
    voor = np.floor(arbeidsverleden_jaren - na)
    na = np.floor(arbeidsverleden_jaren - voor)
    totaal = voor + na
    volle_jaren = lgu.jaren_volle_opbouw
    eerste_tien = np.minimum(totaal, volle_jaren)
    voor_boven_tien = np.clip(voor - volle_jaren, 0.0, None)
    na_boven_tien = np.clip(totaal - volle_jaren, 0.0, None) - voor_boven_tien
    maanden = (eerste_tien * lgu.maanden_per_jaar + voor_boven_tien * lgu.maanden_per_jaar
               + na_boven_tien * lgu.maanden_per_jaar_na_2015)
    return np.clip(maanden, lgu.minimum_maanden, lgu.maximum_maanden)
