"""Ziektewet: sickness benefit for vangnetters and under the no-riskpolis (ZW art. 29, 29b)."""

from __future__ import annotations

import numpy as np

from ..engine import regel
from ..money import naar_centen

ZW = "https://wetten.overheid.nl/BWBR0001888"


@regel(
    "bedrag", "Dagloon voor de Ziektewet: het SV-loon van het refertejaar gedeeld door 261 (zonder maximum)",
    eenheid="euro per dag, bruto",
    bron="art. 16 ZW met art. 13 en 16 lid 1 Dagloonbesluit werknemersverzekeringen (zelfde"
         " refertejaar en berekening als het WIA-dagloon: het jaar voor de eerste ziektedag)",
    url="https://wetten.overheid.nl/BWBR0033471#Artikel13",
)
def ziektewet_dagloon(wia_dagloon_ongemaximeerd):
    """The Dagloonbesluit gives the ZW and the WIA one dagloon method: the SV-loon of the
    refertejaar before the first sick day / 261 (art. 13 and 16). A caller with the dagloon
    from UWV's decision gives ``ziektewet_dagloon`` itself. The maximum is applied where the
    benefit is computed."""
    return wia_dagloon_ongemaximeerd


@regel(
    "getal", "Percentage van het dagloon dat de Ziektewet betaalt", eenheid="fractie",
    bron="art. 29 lid 7 ZW (70%) en art. 29b lid 6 ZW (no-riskpolis: op verzoek tot 100% in de"
         " eerste 52 weken, niet meer dan het loon)",
    url=f"{ZW}#Artikel29b",
)
def ziektewet_percentage(no_risk_percentage, ziekteweek, p):
    """ZW art. 29 lid 7: 70% of the dagloon. Under the no-riskpolis (art. 29b lid 6) the
    employer may ask for up to 100% in the first 52 weeks; from week 53 it is 70% again.
    Without a ``ziekteweek`` the given percentage is used as it is."""
    zw = p.ziektewet
    na_eerste_jaar = ziekteweek > zw.no_risk_verhoogd_weken
    return np.where(na_eerste_jaar, np.minimum(no_risk_percentage, zw.percentage), no_risk_percentage)


@regel(
    "bedrag", "Ziektewetuitkering per dag", eenheid="euro per dag, bruto",
    bron="art. 29 lid 7 ZW; dagloon ten hoogste het maximumdagloon (art. 17 Wfsv)",
    url=f"{ZW}#Artikel29",
)
def ziektewet_uitkering_per_dag(ziektewet_dagloon, ziektewet_percentage, p):
    """ZW art. 29 lid 7: the percentage of the dagloon, the dagloon capped at the
    maximumdagloon (Wfsv art. 17 lid 1), to the cent."""
    dagloon = np.minimum(ziektewet_dagloon, p.maximumdagloon.maximumdagloon)
    return naar_centen(ziektewet_percentage * dagloon)


@regel(
    "bedrag", "Ziektewetuitkering per maand (21,75 uitkeringsdagen)", eenheid="euro per maand, bruto",
    bron="art. 29 lid 2 ZW (uitkering over ten hoogste vijf dagen per week); 21,75 dagen per maand",
    url=f"{ZW}#Artikel29",
)
def ziektewet_uitkering_per_maand(ziektewet_uitkering_per_dag, p):
    """ZW art. 29 lid 2 pays for at most five days a week; an average month has 21,75 such
    days (261 / 12), the same factor the WIA uses for the maandloon."""
    return naar_centen(ziektewet_uitkering_per_dag * p.wia.dagen_per_maand)
