"""The WGA-uitkering: LGU, then LAU or VVU (WIA art. 54-62)."""

from __future__ import annotations

import numpy as np

from ..engine import Keuzes, met_onbekend, regel
from ..money import naar_centen
from .wia_beoordeling import KLASSEN

WIA = "https://wetten.overheid.nl/BWBR0019057"
SOORTEN = Keuzes("lgu", "lau", "vvu")


@regel(
    "bedrag", "Loongerelateerde WGA-uitkering (LGU)", eenheid="euro per maand, bruto, inclusief vakantiebijslag",
    bron="art. 61 lid 1 WIA: 0,75 x (A - B x C/D) de eerste twee maanden, daarna 0,7 x (A - B x C/D)",
    url=f"{WIA}#Artikel61",
)
def lgu_per_maand(wia_maandloon, inkomsten_per_maand, wga_maand, dagloon_verhouding, p):
    """WIA art. 61 lid 1: 75% in the first two months, then 70%, of the maandloon (A) minus
    the earnings (B) times C/D; never below zero."""
    wia = p.wia
    percentage = np.where(wga_maand <= wia.lgu_eerste_maanden, wia.lgu_percentage_eerste_maanden,
                          wia.lgu_percentage)
    grondslag = np.maximum(wia_maandloon - inkomsten_per_maand * dagloon_verhouding, 0.0)
    return met_onbekend(naar_centen(percentage * grondslag), wga_maand)


@regel(
    "bedrag", "Inkomenseis voor de loonaanvullingsuitkering (50% van de restverdiencapaciteit)",
    eenheid="euro per maand, bruto",
    bron="art. 60 lid 2-3 WIA: 50% van de resterende verdiencapaciteit; geen inkomenseis voor wie ten"
         " hoogste 20% van het maatmaninkomen kan verdienen (80-100%)",
    url=f"{WIA}#Artikel60",
)
def wga_inkomenseis_per_maand(restverdiencapaciteit_per_maand, arbeidsongeschiktheidsklasse, p):
    """WIA art. 60 lid 2: the inkomenseis is 50% of the restverdiencapaciteit for who can earn
    more than 20% of the maatman; lid 3: none (zero) for who can earn at most 20% (80-100%)."""
    geen_eis = arbeidsongeschiktheidsklasse == KLASSEN["80-100"]
    eis = naar_centen(p.wia.inkomenseis_fractie * restverdiencapaciteit_per_maand)
    uit = np.where(geen_eis, 0.0, eis)
    return met_onbekend(uit, arbeidsongeschiktheidsklasse)


@regel(
    "bedrag", "WGA-vervolguitkering (VVU)", eenheid="euro per maand, bruto, inclusief vakantiebijslag",
    bron="art. 62 lid 1 WIA: uitkeringspercentage x het minimumloon per maand, of het maandloon als dat lager is",
    url=f"{WIA}#Artikel62",
)
def vvu_per_maand(uitkeringspercentage, minimumloon_per_maand_wia, wia_maandloon):
    """WIA art. 62 lid 1: G x H, the class percentage of the minimumloon per maand (incl.
    8% vakantiebijslag, art. 12), or of the maandloon if that is lower. Earnings from work do
    not reduce the VVU."""
    return naar_centen(uitkeringspercentage * np.minimum(minimumloon_per_maand_wia, wia_maandloon))


@regel(
    "bedrag", "WGA-loonaanvullingsuitkering (LAU)", eenheid="euro per maand, bruto, inclusief vakantiebijslag",
    bron="art. 61 lid 2, 4 en 5 WIA", url=f"{WIA}#Artikel61",
)
def lau_per_maand(wia_maandloon, inkomsten_per_maand, restverdiencapaciteit_per_maand,
                  wga_inkomenseis_per_maand, dagloon_verhouding, vvu_per_maand, p):
    """WIA art. 61:
    lid 2 - who earns at least the overblijvende verdiencapaciteit (2 x the inkomenseis, lid 3),
    or has no inkomenseis: 0,7 x (A - B x C/D), as the LGU after two months;
    lid 4 - who earns at least 50% but less than it: 0,7 x (E - F x G/H), F the overblijvende
    verdiencapaciteit, so more earnings do not lower the benefit;
    lid 5 - that lid-4 amount is at least the VVU amount (G x H), but at most 0,7 x (A - B x C/D).
    For people below the inkomenseis there is no LAU (they get the VVU); the amount is
    still computed here so a projection can show what working more would pay."""
    lau_pct = p.wia.lau_percentage
    lid2 = naar_centen(lau_pct * np.maximum(wia_maandloon - inkomsten_per_maand * dagloon_verhouding, 0.0))
    overblijvend = 2.0 * wga_inkomenseis_per_maand
    lid4 = naar_centen(lau_pct * np.maximum(wia_maandloon - overblijvend * dagloon_verhouding, 0.0))
    lid5 = np.minimum(np.maximum(lid4, vvu_per_maand), lid2)
    volledig = (wga_inkomenseis_per_maand == 0) | (inkomsten_per_maand >= overblijvend)
    uit = np.where(volledig, lid2, lid5)
    return met_onbekend(uit, wga_inkomenseis_per_maand)


@regel(
    "keuze", "Soort WGA-uitkering in deze maand", keuzes=SOORTEN,
    bron="art. 54 lid 3-4, 59 en 60 lid 1 WIA: eerst de LGU (als aan de wekeneis is voldaan), daarna"
         " de LAU bij inkomsten van ten minste de inkomenseis, anders de VVU",
    url=f"{WIA}#Artikel60",
)
def wga_uitkering_soort(wga_maand, lgu_duur_maanden, referte_eis_vervuld, inkomsten_per_maand,
                        wga_inkomenseis_per_maand):
    """WIA art. 54 lid 3: the LGU first, for its duration (art. 59), if the wekeneis is met
    (otherwise, lid 4, straight on to the next phase); art. 60 lid 1: then the LAU for who
    earns at least the inkomenseis (or has none), otherwise the VVU.

    A duration with a half month (e.g. 23,5) ends halfway through month 24; that month is
    reported as LGU and paid half LGU, half follow-up (see wga_uitkering_per_maand)."""
    in_lgu = (referte_eis_vervuld == 1) & (wga_maand < lgu_duur_maanden + 1.0)
    vervolg = np.where(inkomsten_per_maand >= wga_inkomenseis_per_maand, SOORTEN["lau"], SOORTEN["vvu"])
    vervolg = met_onbekend(vervolg, wga_inkomenseis_per_maand)
    uit = np.where(in_lgu, SOORTEN["lgu"], vervolg)
    return met_onbekend(np.where(np.isnan(referte_eis_vervuld), np.nan, uit), wga_maand)


@regel(
    "bedrag", "WGA-uitkering in deze maand (voor wie in de WGA zit)",
    eenheid="euro per maand, bruto, inclusief vakantiebijslag",
    bron="art. 61 en 62 WIA (de uitkering van de soort die deze maand geldt)",
    url=f"{WIA}#Artikel61",
)
def wga_uitkering_per_maand(wga_uitkering_soort, wga_maand, lgu_duur_maanden, lgu_per_maand,
                            lau_per_maand, vvu_per_maand, inkomsten_per_maand, wga_inkomenseis_per_maand):
    """The WGA benefit of this month: the LGU, LAU or VVU (art. 61-62). In the month in which
    a half-month LGU duration ends (art. 59 lid 2: 15 calendar days) half of the month is
    paid as LGU and half as the follow-up benefit."""
    vervolg = np.where(inkomsten_per_maand >= wga_inkomenseis_per_maand, lau_per_maand, vvu_per_maand)
    vervolg = np.where(np.isnan(wga_inkomenseis_per_maand), np.nan, vervolg)
    halve_maand = ((wga_uitkering_soort == SOORTEN["lgu"]) & (wga_maand > lgu_duur_maanden)
                   & (wga_maand < lgu_duur_maanden + 1.0))
    lgu = np.where(halve_maand, naar_centen(0.5 * lgu_per_maand + 0.5 * vervolg), lgu_per_maand)
    uit = np.where(wga_uitkering_soort == SOORTEN["lgu"], lgu, vervolg)
    return met_onbekend(uit, wga_uitkering_soort)
