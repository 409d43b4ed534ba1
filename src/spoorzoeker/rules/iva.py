"""The IVA-uitkering for the fully and durably disabled (WIA art. 51-52)."""

from __future__ import annotations

import numpy as np

from ..engine import met_onbekend, regel
from ..money import naar_centen
from .wia_beoordeling import UITKOMSTEN

WIA = "https://wetten.overheid.nl/BWBR0019057"


@regel(
    "bedrag", "IVA-uitkering", eenheid="euro per maand, bruto, inclusief vakantiebijslag",
    bron="art. 51 WIA (75% van het maandloon) en art. 52 WIA (inkomsten: 0,7 x B x C/D in mindering)",
    url=f"{WIA}#Artikel51",
)
def iva_uitkering_per_maand(wia_uitkomst, wia_maandloon, inkomsten_per_maand, dagloon_verhouding, p):
    """WIA art. 51: the IVA is 75% of the maandloon; art. 52: earnings reduce it by 70% of
    the earnings times C/D. Zero for anyone whose outcome is not IVA."""
    bruto = p.wia.iva_percentage * wia_maandloon
    korting = p.wia.iva_inkomensverrekening * inkomsten_per_maand * dagloon_verhouding
    bedrag = naar_centen(np.maximum(bruto - korting, 0.0))
    uit = np.where(wia_uitkomst == UITKOMSTEN["iva"], bedrag, 0.0)
    return met_onbekend(uit, wia_uitkomst)
