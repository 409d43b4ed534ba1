"""The gedifferentieerde premie Werkhervattingskas (Whk), WGA part, of a publicly insured employer:
how much it rises because of the WGA benefits of one (ex-)employee (Besluit Wfsv art. 2.5-2.11).

One row is one employer, branch and premium year: ``whk_toegerekende_wga_uitkering`` is the WGA
benefit UWV paid in year t-2 and attributes to this employer; it counts for the premium of year t.
Percentages are of the premieloon and rounded down to two decimals (art. 2.6 lid 7).
"""

from __future__ import annotations

import numpy as np

from ..engine import Keuzes, invoer, regel
from ..money import naar_centen

BESLUIT_WFSV = "https://wetten.overheid.nl/BWBR0019070"
GROOTTEKLASSEN = Keuzes("klein", "middelgroot", "groot")

invoer(
    "whk_loonsom", "bedrag", "Premieplichtig loon van de werkgever (loonsom)", "euro per jaar, bruto", minimum=0,
)
invoer(
    "whk_loonsom_gemiddeld", "bedrag",
    "Gemiddelde loonsom van de werkgever over vijf jaar (voor het individuele werkgeversrisicopercentage)",
    "euro per jaar, bruto", minimum=0,
)
invoer(
    "whk_correctiefactor", "getal", "Correctiefactor werkgeversrisico van het premiejaar (art. 2.11 lid 8 Besluit "
    "Wfsv; het UWV publiceert hem bij de premieparameters)", "factor", minimum=0,
    standaard=lambda p: p.wga_werkgever.correctiefactor_maximum,
    standaard_uitleg="de wettelijke bovengrens 2: de bedragen zijn dan een bovengrens",
)
invoer(
    "whk_premie_wga", "getal", "Uw eigen WGA-premie zonder dit geval", "procent van het premieloon", minimum=0,
    standaard=lambda p: 100.0 * p.wga_werkgever.gemiddelde_premie_wga,
    standaard_uitleg="het gemiddelde premiepercentage WGA",
)
invoer(
    "whk_toegerekende_wga_uitkering", "bedrag",
    "WGA-uitkering van deze werknemer die het UWV twee jaar eerder betaalde en aan de werkgever toerekent",
    "euro per jaar, bruto", minimum=0,
)


def _naar_beneden(pct):
    """Besluit Wfsv art. 2.6 lid 7: percentages rounded down to two decimals (tiny tolerance for binary floats)."""
    return np.floor(np.asarray(pct, dtype=np.float64) * 100.0 + 1e-9) / 100.0


@regel(
    "keuze", "Grootteklasse van de werkgever voor de premie Werkhervattingskas", keuzes=GROOTTEKLASSEN,
    bron="art. 2.5 Besluit Wfsv (klein tot en met 25 x, groot boven 100 x het gemiddelde"
         " premieplichtige loon; tot 2022 10 x)",
    url=f"{BESLUIT_WFSV}#Artikel2.5",
)
def whk_grootteklasse(whk_loonsom, p):
    """Besluit Wfsv art. 2.5: small, medium or large by the employer's loonsom against the average premium wage."""
    w = p.wga_werkgever
    klein = whk_loonsom <= w.grens_klein_factor * w.gemiddeld_premieplichtig_loon
    groot = whk_loonsom > w.grens_groot_factor * w.gemiddeld_premieplichtig_loon
    code = np.where(klein, GROOTTEKLASSEN["klein"], np.where(groot, GROOTTEKLASSEN["groot"],
                                                             GROOTTEKLASSEN["middelgroot"]))
    return np.where(np.isnan(whk_loonsom), np.nan, code)


@regel(
    "getal", "Deel van de individuele premie in de premie Werkhervattingskas (0 klein, 1 groot)", eenheid="fractie",
    bron="art. 2.6 lid 3-5 Besluit Wfsv (klein de sectorpremie, groot de individuele premie,"
         " middelgroot een gewogen gemiddelde naar de loonsom)",
    url=f"{BESLUIT_WFSV}#Artikel2.6",
)
def whk_gewicht_individueel(whk_loonsom, p):
    """Art. 2.6 lid 5: weight (loonsom - 25 x gpl) / (100 x gpl - 25 x gpl), between 0 and 1."""
    w = p.wga_werkgever
    klein = w.grens_klein_factor * w.gemiddeld_premieplichtig_loon
    groot = w.grens_groot_factor * w.gemiddeld_premieplichtig_loon
    return np.clip((whk_loonsom - klein) / (groot - klein), 0.0, 1.0)


@regel(
    "getal", "Minimumpremie WGA van een (middel)grote werkgever", eenheid="procent van het premieloon",
    bron="art. 2.6 lid 6 en 7 Besluit Wfsv (minimum een kwart van het gemiddelde"
         " premiepercentage, naar beneden afgerond op twee decimalen)",
    url=f"{BESLUIT_WFSV}#Artikel2.6",
)
def whk_minimumpremie(p):
    """Besluit Wfsv art. 2.6 lid 6-7: a quarter of the average WGA premium, rounded down to two decimals."""
    w = p.wga_werkgever
    return _naar_beneden(w.minimumpremie_deel_gemiddeld * 100.0 * w.gemiddelde_premie_wga)


@regel(
    "getal", "Maximumpremie WGA van een (middel)grote werkgever", eenheid="procent van het premieloon",
    bron="art. 2.6 lid 6 en 7 Besluit Wfsv (maximum vier keer het gemiddelde"
         " premiepercentage, naar beneden afgerond op twee decimalen)",
    url=f"{BESLUIT_WFSV}#Artikel2.6",
)
def whk_maximumpremie(p):
    """Besluit Wfsv art. 2.6 lid 6-7: four times the average WGA premium, rounded down to two decimals."""
    w = p.wga_werkgever
    return _naar_beneden(w.maximumpremie_veelvoud_gemiddeld * 100.0 * w.gemiddelde_premie_wga)


@regel(
    "getal", "WGA-premie van de werkgever zonder dit geval, binnen de minimum- en maximumpremie",
    eenheid="procent van het premieloon",
    bron="art. 2.6 lid 6 en 7 Besluit Wfsv", url=f"{BESLUIT_WFSV}#Artikel2.6",
)
def whk_premie_zonder(whk_premie_wga, whk_minimumpremie, whk_maximumpremie):
    """Besluit Wfsv art. 2.6 lid 6-7: the employer's own WGA premium kept between the minimum and maximum."""
    return _naar_beneden(np.clip(whk_premie_wga, whk_minimumpremie, whk_maximumpremie))


@regel(
    "getal", "Toegepaste correctiefactor werkgeversrisico (ten hoogste 2)", eenheid="factor",
    bron="art. 2.11 lid 8 Besluit Wfsv (de correctiefactor is ten hoogste 2)",
    url=f"{BESLUIT_WFSV}#Artikel2.11",
)
def whk_correctiefactor_toegepast(whk_correctiefactor, p):
    """Besluit Wfsv art. 2.11 lid 8: the correctiefactor, at most the legal maximum (2)."""
    return np.minimum(whk_correctiefactor, p.wga_werkgever.correctiefactor_maximum)


@regel(
    "getal", "Stijging van het individuele werkgeversrisicopercentage door deze WGA-uitkering",
    eenheid="procent van het premieloon",
    bron="art. 2.11 lid 2 Besluit Wfsv (de WGA-uitkeringen van twee jaar eerder gedeeld"
         " door de gemiddelde loonsom), art. 2.6 lid 7 (naar beneden afgerond)",
    url=f"{BESLUIT_WFSV}#Artikel2.11",
)
def whk_risico_opslag(whk_toegerekende_wga_uitkering, whk_loonsom_gemiddeld):
    """Besluit Wfsv art. 2.11 lid 2: the attributed WGA benefit divided by the average loonsom, in percent."""
    return _naar_beneden(100.0 * whk_toegerekende_wga_uitkering / whk_loonsom_gemiddeld)


@regel(
    "getal", "Stijging van de WGA-premie van de werkgever door deze WGA-uitkering", eenheid="procentpunt",
    bron="art. 2.6 lid 4-7 en art. 2.11 lid 8 Besluit Wfsv (correctiefactor x de stijging van het"
         " werkgeversrisico, binnen de maximumpremie, naar rato van het deel individuele premie)",
    url=f"{BESLUIT_WFSV}#Artikel2.6",
)
def whk_premie_opslag(whk_premie_zonder, whk_correctiefactor_toegepast, whk_risico_opslag, whk_maximumpremie,
                      whk_gewicht_individueel):
    """Besluit Wfsv art. 2.6 lid 4-7 and 2.11 lid 8: correctiefactor x the rise in risk, within the maximum,
    weighted by the individual share of the premium."""
    met = np.minimum(whk_premie_zonder + _naar_beneden(whk_correctiefactor_toegepast * whk_risico_opslag),
                     whk_maximumpremie)
    return _naar_beneden(whk_gewicht_individueel * (met - whk_premie_zonder))


@regel(
    "bedrag", "Hogere gedifferentieerde premie Whk (WGA) door deze WGA-uitkering, voor een publiek verzekerde"
              " werkgever", eenheid="euro per jaar, bruto",
    bron="art. 2.5-2.11 Besluit Wfsv (de premie is een percentage van het premieloon)",
    url=f"{BESLUIT_WFSV}#Artikel2.11",
)
def whk_premie_effect(whk_premie_opslag, whk_loonsom):
    """Besluit Wfsv art. 2.5-2.11: the premium rise in percentage points applied to the loonsom, per year."""
    return naar_centen(whk_premie_opslag / 100.0 * whk_loonsom)
