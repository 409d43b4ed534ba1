"""WIA dagloon and maandloon (WIA art. 13, Dagloonbesluit werknemersverzekeringen, Wfsv art. 17)."""

from __future__ import annotations

import numpy as np

from ..engine import regel
from ..money import naar_centen

WIA = "https://wetten.overheid.nl/BWBR0019057"
DAGLOONBESLUIT = "https://wetten.overheid.nl/BWBR0033471#Artikel16"


@regel(
    "bedrag", "WIA-dagloon zonder maximum: het SV-loon van het refertejaar gedeeld door 261",
    eenheid="euro per dag, bruto",
    bron="art. 13 WIA met art. 16 lid 1 Dagloonbesluit werknemersverzekeringen ((A - B + C) / 261);"
         " bij loonloze maanden minder dagloondagen (CRvB 30-07-2024, ECLI:NL:CRVB:2024:1523)",
    url=DAGLOONBESLUIT,
)
def wia_dagloon_ongemaximeerd(sv_loon_refertejaar, dagloondagen_refertejaar):
    """Dagloonbesluit art. 16 lid 1: the SV-loon of the refertejaar / 261 (D = 261), rounded
    half up to the cent. The CRvB (2024:1523) requires the WW method when the refertejaar
    has wageless months: divide by the dagloondagen of the months with wage instead."""
    return naar_centen(sv_loon_refertejaar / dagloondagen_refertejaar)


@regel(
    "bedrag", "WIA-dagloon (ten hoogste het maximumdagloon)", eenheid="euro per dag, bruto",
    bron="art. 13 WIA met art. 17 lid 1 Wfsv (maximumdagloon)",
    url="https://wetten.overheid.nl/BWBR0017745#Artikel17",
)
def wia_dagloon(wia_dagloon_ongemaximeerd, p):
    """Wfsv art. 17 lid 1: the dagloon is at most the maximumdagloon."""
    return np.minimum(wia_dagloon_ongemaximeerd, p.maximumdagloon.maximumdagloon)


@regel(
    "bedrag", "WIA-maandloon: dagloon x 21,75", eenheid="euro per maand, bruto, inclusief vakantiebijslag",
    bron="art. 13 lid 4 WIA (maandloon = dagloon x 21,75); rijksoverheid.nl 'Hoe hoog is mijn WIA-uitkering?'",
    url=f"{WIA}#Artikel13",
)
def wia_maandloon(wia_dagloon, p):
    """WIA art. 13: maandloon = dagloon x 21,75 (Rijksoverheid: 'Vermenigvuldig ... met 21,75'),
    half up to the cent."""
    return naar_centen(wia_dagloon * p.wia.dagen_per_maand)


@regel(
    "getal", "Verhouding gemaximeerd / ongemaximeerd dagloon (C/D in art. 61 WIA)", eenheid="fractie",
    bron="art. 61 lid 1 WIA: B x C/D, inkomsten tellen mee naar de verhouding tussen het"
         " gemaximeerde en het ongemaximeerde dagloon",
    url=f"{WIA}#Artikel61",
)
def dagloon_verhouding(wia_dagloon, wia_dagloon_ongemaximeerd):
    """WIA art. 61 lid 1 (and art. 52 for IVA): earnings are deducted after multiplying by
    C/D, the capped over the uncapped dagloon, so that someone above the maximum is not
    deducted more than proportionally. Where the uncapped dagloon is unknown (the caller gave
    only a maandloon) C/D is taken as 1: the maandloon is then assumed not to be capped."""
    verhouding = wia_dagloon / np.where(wia_dagloon_ongemaximeerd > 0, wia_dagloon_ongemaximeerd, np.nan)
    return np.where(np.isnan(verhouding), 1.0, verhouding)
