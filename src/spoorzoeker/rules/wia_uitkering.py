"""The WIA benefit a person gets, whatever the outcome of the claim assessment (WIA art. 47-62)."""

from __future__ import annotations

import numpy as np

from ..engine import met_onbekend, regel
from .wia_beoordeling import UITKOMSTEN


@regel(
    "bedrag", "WIA-uitkering volgens de uitkomst van de beoordeling: geen, WGA of IVA",
    eenheid="euro per maand, bruto, inclusief vakantiebijslag",
    bron="art. 47 WIA (IVA bij volledig en duurzaam arbeidsongeschikt), art. 54 WIA (WGA bij ten minste"
         " 35% arbeidsongeschikt), art. 5 WIA (minder dan 35%: niet arbeidsongeschikt, geen uitkering)",
    url="https://wetten.overheid.nl/BWBR0019057#Artikel47",
)
def wia_uitkering_per_maand(wia_uitkomst, wga_uitkering_per_maand, iva_uitkering_per_maand):
    """``wga_uitkering_per_maand`` is the WGA benefit of someone who is in the WGA (it needs no
    assessment while the LGU runs); this rule puts the outcome in front of it: nothing for
    'geen', the WGA benefit for both WGA outcomes, the IVA benefit for 'iva'. Only the amount
    of the person's own branch has to be known."""
    wga = (wia_uitkomst == UITKOMSTEN["wga_35_80"]) | (wia_uitkomst == UITKOMSTEN["wga_80_100"])
    uit = np.where(wga, wga_uitkering_per_maand,
                   np.where(wia_uitkomst == UITKOMSTEN["iva"], iva_uitkering_per_maand, 0.0))
    return met_onbekend(uit, wia_uitkomst)
