"""The WIA benefit a person gets, whatever the outcome of the claim assessment (WIA art. 47-62)."""

from __future__ import annotations

import numpy as np

from ..engine import met_onbekend, regel
from ..money import naar_centen
from .wia_beoordeling import UITKOMSTEN


@regel(
    "bedrag", "WIA-uitkering volgens de uitkomst van de beoordeling: geen, WGA of IVA",
    eenheid="euro per maand, bruto, inclusief vakantiebijslag",
    bron="art. 47 WIA (IVA bij volledig en duurzaam arbeidsongeschikt), art. 54 WIA (WGA bij ten minste"
         " 35% arbeidsongeschikt), art. 5 WIA (minder dan 35%: niet arbeidsongeschikt, geen uitkering);"
         " 0 als vaststaat dat er geen recht is (art. 43, 47 en 54 WIA: recht_op_wia_uitkering)",
    url="https://wetten.overheid.nl/BWBR0019057#Artikel47",
)
def wia_uitkering_per_maand(wia_uitkomst, wga_uitkering_per_maand, iva_uitkering_per_maand, recht_op_wia_uitkering):
    """WIA art. 47 (IVA), art. 54 (WGA) and art. 5 (below 35%: no benefit).
    ``wga_uitkering_per_maand`` is the WGA benefit of someone who is in the WGA (it needs no
    assessment while the LGU runs); this rule puts the outcome in front of it: nothing for
    'geen', the WGA benefit for both WGA outcomes, the IVA benefit for 'iva'. Only the amount
    of the person's own branch has to be known. When it is known that there is no right at all
    (``recht_op_wia_uitkering`` false: wachttijd not completed, an exclusion ground of art. 43,
    not insured) the amount is 0; when the right was not asked about, the amount is that of
    someone who has the right."""
    wga = (wia_uitkomst == UITKOMSTEN["wga_35_80"]) | (wia_uitkomst == UITKOMSTEN["wga_80_100"])
    uit = np.where(wga, wga_uitkering_per_maand,
                   np.where(wia_uitkomst == UITKOMSTEN["iva"], iva_uitkering_per_maand, 0.0))
    return np.where(recht_op_wia_uitkering == 0, 0.0, met_onbekend(uit, wia_uitkomst))


@regel(
    "bedrag", "WIA-uitkering zonder vakantiebijslag, zoals het UWV het maandbedrag in zijn besluit noemt",
    eenheid="euro per maand, bruto, zonder vakantiebijslag",
    bron="art. 13 WIA met art. 16 Dagloonbesluit (het dagloon bevat de vakantiebijslag, 8%: art. 15 WML);"
         " het UWV reserveert die en betaalt hem in mei (bedrag / 1,08; CRvB"
         " ECLI:NL:CRVB:2019:3495: 1.920,96 / 1,08 = 1.778,67)",
    url="https://wetten.overheid.nl/BWBR0019057#Artikel13",
)
def wia_uitkering_zonder_vakantiebijslag_per_maand(wia_uitkering_per_maand, p):
    """WIA art. 13 with Dagloonbesluit art. 16: the benefit includes vakantiebijslag because the
    dagloon does (8%, WML art. 15); UWV's decisions name the
    monthly amount without it (it is reserved and paid once a year). Dividing by 1,08 gives
    that amount, half up to the cent."""
    return naar_centen(wia_uitkering_per_maand / (1.0 + p.minimumloon.vakantiebijslag))
