"""Ziektewet: sickness benefit for vangnetters, under the no-riskpolis, and for sickness caused by pregnancy,
childbirth or organ donation (ZW art. 29, 29a, 29b)."""

from __future__ import annotations

import numpy as np

from ..engine import met_onbekend, regel
from ..money import naar_centen
from ..tijd import plus_maanden
from .invoer import ZIEKTEOORZAKEN as OORZAKEN
from .reeksen import herzieningsfactor
from .wia_dagloon import INDEXATIE

ZW = "https://wetten.overheid.nl/BWBR0001888"
DAGLOONBESLUIT = "https://wetten.overheid.nl/BWBR0033471"
DAGEN_PER_JAAR = 261.0  # Dagloonbesluit art. 12e lid 1: "D staat voor 261"


@regel(
    "datum", "Laatste dag van de referteperiode voor het Ziektewet-dagloon",
    bron="art. 12b lid 1 Dagloonbesluit werknemersverzekeringen: het jaar dat eindigt op de laatste dag van het"
         " tweede aangiftetijdvak vóór het aangiftetijdvak waarin de ongeschiktheid intrad (bij aangifte per maand:"
         " de laatste dag van de tweede maand vóór de maand van de eerste ziektedag)",
    url=f"{DAGLOONBESLUIT}#Artikel12b",
)
def ziektewet_einde_referteperiode(eerste_ziektedag):
    """Dagloonbesluit art. 12b lid 1 with monthly aangiftetijdvakken: sick in March -> the
    referteperiode ends on the last day of January. Four-weekly tijdvakken, or an employment
    that ended before that day (lid 2): the caller gives ``ziektewet_einde_referteperiode``."""
    d = np.asarray(eerste_ziektedag, dtype="datetime64[D]")
    uit = (d.astype("datetime64[M]") - np.timedelta64(1, "M")).astype("datetime64[D]") - np.timedelta64(1, "D")
    return np.where(np.isnat(d), np.datetime64("NaT"), uit)


@regel(
    "getal", "Aantal dagloondagen D voor het Ziektewet-dagloon: 261, of minder als de dienstbetrekking in de"
             " referteperiode begon", eenheid="dagen",
    bron="art. 12e lid 1 Dagloonbesluit werknemersverzekeringen (D is 261, of het aantal dagloondagen vanaf de"
         " eerste dag van de dienstbetrekking tot en met de laatste dag van de referteperiode) en lid 4 (begon de"
         " dienstbetrekking na de referteperiode: de dagloondagen tot de eerste ziektedag); dagloondagen zijn maandag"
         " tot en met vrijdag (art. 1 lid 2)",
    url=f"{DAGLOONBESLUIT}#Artikel12e",
)
def ziektewet_dagloondagen(datum_in_dienst, eerste_ziektedag, ziektewet_einde_referteperiode):
    """Dagloonbesluit art. 12e. D = 261 when the employment in which the employee fell sick
    started on or before the first day of the referteperiode; the weekdays from its first day up
    to and including the last day of the referteperiode when it started inside it (lid 1, the
    starter: 87 days instead of 261 triples the dagloon); the weekdays from its first day up to
    the first sick day when it started after the referteperiode (lid 4). Without the start date
    D is unknown: a silent 261 would give a starter a third of his dagloon. Zero dagloondagen
    (lid 6: the agreed wage of the tijdvak) is not modelled and stays unknown."""
    in_dienst = np.asarray(datum_in_dienst, dtype="datetime64[D]")
    ziek = np.asarray(eerste_ziektedag, dtype="datetime64[D]")
    einde = np.asarray(ziektewet_einde_referteperiode, dtype="datetime64[D]")
    onbekend = np.isnat(in_dienst) | np.isnat(einde)
    veilig_in = np.where(onbekend, np.datetime64("2000-01-03"), in_dienst)
    veilig_einde = np.where(onbekend, np.datetime64("2000-01-03"), einde)
    begin = plus_maanden(veilig_einde + np.timedelta64(1, "D"), -12)  # first day of the one-year period
    binnen = np.busday_count(veilig_in, veilig_einde + np.timedelta64(1, "D")).astype(np.float64)
    na_afloop = veilig_in > veilig_einde
    veilig_ziek = np.where(np.isnat(ziek), veilig_in, ziek)
    erna = np.busday_count(veilig_in, np.maximum(veilig_ziek, veilig_in)).astype(np.float64)
    erna = np.where(np.isnat(ziek) | (erna == 0), np.nan, erna)
    d = np.where(veilig_in <= begin, DAGEN_PER_JAAR, np.where(na_afloop, erna, binnen))
    return np.where(onbekend, np.nan, d)


def _zw_dagloon(a, b, c, d):
    return (a - b + c) / np.where(d > 0, d, np.nan)


@regel(
    "bedrag", "Ziektewet-dagloon vóór indexatie: (loon - uitbetaalde + opgebouwde vakantiebijslag) / dagloondagen",
    eenheid="euro per dag, bruto",
    bron="art. 15 ZW met art. 12c en 12e lid 1 Dagloonbesluit werknemersverzekeringen ((A - B + C) / D; alleen het"
         " loon uit de dienstbetrekking waaruit de werknemer ziek werd)",
    url=f"{DAGLOONBESLUIT}#Artikel12e",
)
def ziektewet_dagloon_ongeindexeerd(ziektewet_loon_referteperiode, ziektewet_vakantiebijslag_uitbetaald,
                                    ziektewet_vakantiebijslag_opgebouwd, ziektewet_dagloondagen):
    """Dagloonbesluit art. 12e lid 1: (A - B + C) / D, half up to the cent. A is only the wage
    from the employment in which the employee fell sick (art. 12c lid 1), in the ZW's own
    referteperiode (art. 12b); not the WIA's SV-loon of all employers."""
    return naar_centen(_zw_dagloon(ziektewet_loon_referteperiode, ziektewet_vakantiebijslag_uitbetaald,
                                   ziektewet_vakantiebijslag_opgebouwd, ziektewet_dagloondagen))


@regel(
    "getal", "Indexatiefactor van het Ziektewet-dagloon: de herzieningen van het minimumloon na de referteperiode"
             " tot de peildatum (1 als de eerste ziektedag onbekend is)", eenheid="factor",
    bron="art. 23 Dagloonbesluit werknemersverzekeringen (het dagloon volgt herzieningen van het minimumloon tussen"
         " het einde van de referteperiode en de eerste uitkeringsdag)",
    url=f"{DAGLOONBESLUIT}#Artikel23",
)
def ziektewet_dagloon_indexatiefactor(ziektewet_einde_referteperiode, dagloon_peildatum, p):
    """Dagloonbesluit art. 23: every minimum-wage revision after the referteperiode up to the
    peildatum, cumulative (the same series as the WIA dagloon). Spoorzoeker also applies the
    revisions during a running ZW benefit, as UWV revises all benefit daglonen on 1 January and
    1 July; the ZW text on that was not re-read (see the decisions)."""
    factor = herzieningsfactor(p, INDEXATIE, ziektewet_einde_referteperiode, dagloon_peildatum)
    return np.where(np.isnan(factor), 1.0, factor)


@regel(
    "bedrag", "Dagloon voor de Ziektewet (zonder maximum), geïndexeerd tot de peildatum",
    eenheid="euro per dag, bruto",
    bron="art. 15 ZW met hoofdstuk 2a (art. 12b-12f) en art. 23 Dagloonbesluit werknemersverzekeringen: eigen"
         " referteperiode, alleen het loon uit de dienstbetrekking waaruit de werknemer ziek werd, D = 261 of de"
         " dagloondagen sinds het begin van die dienstbetrekking",
    url=f"{DAGLOONBESLUIT}#Artikel12e",
)
def ziektewet_dagloon(ziektewet_loon_referteperiode, ziektewet_vakantiebijslag_uitbetaald,
                      ziektewet_vakantiebijslag_opgebouwd, ziektewet_dagloondagen, ziektewet_dagloon_indexatiefactor,
                      ziektewet_dagloon_ongeindexeerd):
    """Dagloonbesluit chapter 2a: (A - B + C) / D (art. 12e) times the revisions since the
    referteperiode (art. 23), rounded once, half up to the cent. A caller with the dagloon from
    UWV's decision gives ``ziektewet_dagloon`` itself. The maximum is applied where the benefit
    is computed (Wfsv art. 17). With only the unindexed dagloon given, that one is indexed."""
    dagloon = _zw_dagloon(ziektewet_loon_referteperiode, ziektewet_vakantiebijslag_uitbetaald,
                          ziektewet_vakantiebijslag_opgebouwd, ziektewet_dagloondagen)
    dagloon = np.where(np.isnan(dagloon), ziektewet_dagloon_ongeindexeerd, dagloon)
    return naar_centen(dagloon * ziektewet_dagloon_indexatiefactor)


@regel(
    "getal", "Percentage van het dagloon dat de Ziektewet betaalt", eenheid="fractie", minimum=0, maximum=1,
    bron="art. 29 lid 7 ZW (70%); art. 29a lid 1, 2 en 4 ZW (ziekte door zwangerschap of bevalling: 'ziekengeld"
         " ter hoogte van haar dagloon'); art. 29 lid 2 onderdeel e en lid 8 ZW (orgaandonatie: 'wordt gesteld op"
         " het dagloon'); art. 29b lid 6 ZW (no-riskpolis: op verzoek tot 100% in de eerste 52 weken, niet meer"
         " dan het loon)",
    url=f"{ZW}#Artikel29a",
)
def ziektewet_percentage(no_risk_percentage, ziekteweek, ziekteoorzaak, p):
    """The share of the dagloon the Ziektewet pays.

    * ZW art. 29 lid 7: "Het ziekengeld, bedoeld in het tweede lid, onderdelen a tot en met c, en
      onderdeel d, onder 2°, bedraagt 70% van het dagloon van verzekerde."
    * ZW art. 29a lid 1 (https://wetten.overheid.nl/BWBR0001888#Artikel29a): a woman who, before
      her pregnancy leave, falls sick "en die ongeschiktheid haar oorzaak vindt in de zwangerschap
      recht op ziekengeld ter hoogte van haar dagloon"; lid 2: sick (any cause) in the weeks in
      which her leave could already have started, "recht op ziekengeld ter hoogte van haar
      dagloon"; lid 4: sick right after the leave because of the childbirth or pregnancy, the
      same, "doch ten hoogste gedurende 104 aaneengesloten weken".
    * ZW art. 29 lid 8 (https://wetten.overheid.nl/BWBR0001888#Artikel29): "Het ziekengeld,
      bedoeld in het tweede lid, onderdeel e, wordt gesteld op het dagloon" (lid 2 e: "de
      verzekerde die wegens orgaandonatie ongeschikt is tot het verrichten van zijn arbeid").
    * ZW art. 29b lid 6 (no-riskpolis): the employer may ask for up to 100% in the first 52
      weeks; from week 53 it is 70% again. Without a ``ziekteweek`` the given percentage is used
      as it is.

    The pregnancy and organ-donation rights are their own grounds (art. 29 lid 2 e and f) and
    pay the full dagloon in every week, so they win over the 70% of the vangnet (lid 2 a-d; lid 13
    says so for the unemployed of lid 2 d) and over the no-riskpolis, whose 100% is capped at
    the wage and limited to 52 weeks. The dagloon itself is capped at the maximumdagloon where
    the benefit is computed (``ziektewet_uitkering_per_dag``), so the maximum applies here too.
    """
    zw = p.ziektewet
    na_eerste_jaar = ziekteweek > zw.no_risk_verhoogd_weken
    gewoon = np.where(na_eerste_jaar, np.minimum(no_risk_percentage, zw.percentage), no_risk_percentage)
    uit = np.where(ziekteoorzaak == OORZAKEN["zwangerschap_bevalling"], zw.percentage_zwangerschap_bevalling,
                   np.where(ziekteoorzaak == OORZAKEN["orgaandonatie"], zw.percentage_orgaandonatie, gewoon))
    return met_onbekend(uit, ziekteoorzaak)


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
