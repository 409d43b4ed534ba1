"""The WIA assessment: arbeidsongeschiktheidspercentage, class and outcome (WIA art. 4, 5, 61 lid 6)."""

from __future__ import annotations

import numpy as np

from ..engine import Keuzes, met_onbekend, regel

WIA = "https://wetten.overheid.nl/BWBR0019057"
SCHATTINGSBESLUIT = "https://wetten.overheid.nl/BWBR0011478"

KLASSEN = Keuzes("0-35", "35-45", "45-55", "55-65", "65-80", "80-100")
UITKOMSTEN = Keuzes("geen", "wga_35_80", "wga_80_100", "iva")


@regel(
    "getal", "Arbeidsongeschiktheidspercentage: het verlies aan verdiencapaciteit", eenheid="procent",
    minimum=0, maximum=100,
    bron="art. 5 en 6 WIA met art. 5 lid 2 Schattingsbesluit arbeidsongeschiktheidswetten"
         " ((maatmaninkomen - resterende verdiencapaciteit) / maatmaninkomen)",
    url=f"{SCHATTINGSBESLUIT}#Artikel5",
)
def arbeidsongeschiktheidspercentage(maatmanloon_per_maand, restverdiencapaciteit_per_maand):
    """Schattingsbesluit: the loss of earning capacity as a percentage of the maatmaninkomen.

    Computed exactly and not rounded: no regulation prescribes a rounding (our reading of the law;
    the CRvB objects to roundings no rule prescribes, ECLI:NL:CRVB:2014:3304). A
    restverdiencapaciteit above the maatmanloon means no loss (0%)."""
    maatman = np.where(maatmanloon_per_maand > 0, maatmanloon_per_maand, np.nan)
    verlies = (maatman - restverdiencapaciteit_per_maand) / maatman * 100.0
    return np.clip(verlies, 0.0, 100.0)


@regel(
    "keuze", "Arbeidsongeschiktheidsklasse", keuzes=KLASSEN,
    bron="art. 61 lid 6 WIA; ondergrens telt mee, bovengrens niet (45,00% is klasse 45-55)",
    url=f"{WIA}#Artikel61",
)
def arbeidsongeschiktheidsklasse(arbeidsongeschiktheidspercentage, p):
    """WIA art. 61 lid 6: classes 0-35, 35-45, 45-55, 55-65, 65-80 and 80 or more.

    The classes are half-open, lower bound inclusive: art. 5 ('ten hoogste 65%' of the
    maatman) makes exactly 35% qualify and art. 61 lid 6 f says '80% of meer'."""
    schaal = p.wia.vvu_klassen
    klasse = schaal.klasse(np.nan_to_num(arbeidsongeschiktheidspercentage) / 100.0)
    return met_onbekend(klasse, arbeidsongeschiktheidspercentage)


@regel(
    "getal", "Uitkeringspercentage van de klasse (percentage van het minimumloon)", eenheid="fractie",
    minimum=0, maximum=0.7,
    bron="art. 61 lid 6 WIA", url=f"{WIA}#Artikel61",
)
def uitkeringspercentage(arbeidsongeschiktheidsklasse, p):
    """WIA art. 61 lid 6: 0%, 28%, 35%, 42%, 50,75% and 70% for the six classes."""
    bedragen = p.wia.vvu_klassen.bedragen
    index = np.nan_to_num(arbeidsongeschiktheidsklasse).astype(np.int64)
    return met_onbekend(bedragen[index], arbeidsongeschiktheidsklasse)


@regel(
    "keuze", "Uitkomst van de WIA-beoordeling", keuzes=UITKOMSTEN,
    bron="art. 4 WIA (volledig en duurzaam: IVA), art. 5 en 54 WIA (gedeeltelijk of niet duurzaam"
         " arbeidsongeschikt: WGA; minder dan 35%: geen uitkering)",
    url=f"{WIA}#Artikel4",
)
def wia_uitkomst(arbeidsongeschiktheidsklasse, duurzaam):
    """WIA art. 4: IVA for who can earn at most 20% of the maatman (80% or more) and is
    duurzaam arbeidsongeschikt; art. 5 and 54: WGA from 35%; below 35% no benefit.
    Whether the disability is durable only matters at 80% or more."""
    tachtig_plus = arbeidsongeschiktheidsklasse == KLASSEN["80-100"]
    uitkomst = np.where(
        arbeidsongeschiktheidsklasse == KLASSEN["0-35"], UITKOMSTEN["geen"],
        np.where(~tachtig_plus, UITKOMSTEN["wga_35_80"],
                 np.where(duurzaam == 1, UITKOMSTEN["iva"], UITKOMSTEN["wga_80_100"])),
    )
    uitkomst = met_onbekend(uitkomst, arbeidsongeschiktheidsklasse)
    return np.where(tachtig_plus & np.isnan(duurzaam), np.nan, uitkomst)
