"""Loondoorbetaling bij ziekte: the employer's wage payment during the two sick years (BW 7:629)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from ..engine import regel
from ..money import naar_boven_op_centen, naar_centen
from .invoer import CAO_REGIMES
from .reeksen import op_datums

BW629 = "https://wetten.overheid.nl/BWBR0005290#Artikel629"
UURLOON_SINDS = np.datetime64(dt.date(2024, 1, 1), "D")


@regel(
    "bedrag", "Minimumloon voor de contracturen, per maand (bodem in het eerste ziektejaar)",
    eenheid="euro per maand, bruto",
    bron="art. 7:629 lid 1 BW ('de eerste 52 weken ten minste het wettelijke minimumloon') met"
         " art. 8 en 11 lid 1 WML (minimumuurloon x de gemiddelde uren van de maand: weekdagen in het kalenderjaar x"
         " uren per dag / 12, Kennisdocument wettelijk minimumloon van SZW; AFAS 2024, 40 uur: EUR 2.317,83)",
    url=BW629,
)
def minimumloon_bodem_per_maand(minimumloon_leeftijdsfactor, contracturen_per_week,
                                voltijd_uren_per_week, weekdagen_in_kalenderjaar, datum, p):
    """BW 7:629 lid 1: in the first 52 weeks at least the applicable minimum wage.

    Since 1-1-2024 (WML art. 8 lid 1 a) the minimum wage is an hourly amount. For a fixed
    weekly time and a fixed monthly wage, WML art. 11 lid 1 pays it over the average hours of the
    month derived from the hours of the calendar year; the SZW Kennisdocument and payroll
    software take those as the weekdays of the year x hours per day (contract hours / 5) / 12.
    Published check (AFAS, 2024, 262 weekdays): 40 h -> 13,27 x 8 x 262 / 12 = 2.317,8267 ->
    EUR 2.317,83; 36 h -> 2.086,044 -> EUR 2.086,05: the amount is rounded up to the cent,
    because the law asks for "ten minste" that amount (as WML art. 14 lid 10 does for the hour).
    Before 2024 the WML was a monthly amount for a full working week; part-timers got it pro
    rata of their hours against the employer's full-time week (``voltijd_uren_per_week``).
    """
    return _minimumloon_voor_uren(minimumloon_leeftijdsfactor, contracturen_per_week, voltijd_uren_per_week,
                                  weekdagen_in_kalenderjaar, datum, p)


def _minimumloon_voor_uren(leeftijdsfactor, contracturen_per_week, voltijd_uren_per_week, weekdagen, datum, p):
    if np.all(np.asarray(datum) >= UURLOON_SINDS):  # with dates per row, all rows of a group share one period
        uurloon = naar_centen(p.minimumloon.uurloon * leeftijdsfactor)
        uren_per_maand = contracturen_per_week / p.minimumloon.werkdagen_per_week * weekdagen / 12.0
        return naar_boven_op_centen(uurloon * uren_per_maand)
    deel = np.minimum(contracturen_per_week / voltijd_uren_per_week, 1.0)
    return naar_centen(p.minimumloon.maandloon * leeftijdsfactor * deel)


@regel(
    "bedrag", "Hoogste maandloon waarover de wettelijke 70% geldt (maximumdagloon x 21,75)",
    eenheid="euro per maand, bruto",
    bron="art. 7:629 lid 1 BW ('voor zover het loon niet meer bedraagt dan' art. 17 lid 1 Wfsv)",
    url=BW629,
    wettelijk_maximum=lambda p: float(naar_centen(p.maximumdagloon.maximumdagloon * p.wia.dagen_per_maand)),
    boven_maximum="begrenzen", maximum_uitleg="het maximumdagloon x 21,75, art. 7:629 lid 1 BW met art. 17 lid 1 Wfsv",
)
def loondoorbetaling_maximum_maandloon(p):
    """BW 7:629 lid 1 caps the 70% at the maximumdagloon (Wfsv art. 17 lid 1) per day;
    per month that is the maximumdagloon x 21,75, as UWV and payroll practice convert it."""
    return naar_centen(p.maximumdagloon.maximumdagloon * p.wia.dagen_per_maand)


@regel(
    "getal", "Laatste week van de loondoorbetaling (104 weken plus verlenging)", eenheid="week",
    bron="art. 7:629 lid 1 en lid 11 BW (verlenging door loonsanctie of vrijwillige verlenging)",
    url=BW629,
)
def loondoorbetaling_laatste_week(verlenging_loondoorbetaling_weken, p):
    """BW 7:629 lid 1: 104 weeks, extended under lid 11 by a loonsanctie (WIA art. 25 lid 9,
    at most 52 weeks) or a voluntary extension (WIA art. 24)."""
    return p.loondoorbetaling.duur_weken + verlenging_loondoorbetaling_weken


@regel(
    "getal", "Laatste week van de loondoorbetaling, met de kortere termijn na de AOW-leeftijd", eenheid="week",
    bron="art. 7:629 lid 2 onder b BW: wie de AOW-leeftijd heeft bereikt, krijgt 6 weken loon (13 weken als de ziekte"
         " vóór 1 juli 2023 begon, art. VIIIA Wet werken na de AOW-gerechtigde leeftijd); begon de ziekte eerder, dan"
         " lopen die weken vanaf de AOW-datum, samen niet meer dan 104 weken",
    url=BW629,
)
def loondoorbetaling_laatste_week_aow(eerste_ziektedag, aow_datum, loondoorbetaling_laatste_week, p):
    """BW 7:629 lid 2 onder b with its last sentence (Stb. 2015, 376).

    An employee who has reached the AOW age (AOW art. 7a) keeps his wage for six weeks instead of
    104. When the illness began before his AOW date, the six weeks run from that date, "voor zover
    het totale tijdvak niet meer bedraagt dan 104 weken". So the last week is the number of weeks
    from the first sick day to the AOW date (0 when he had that age already) plus the AOW term,
    and never later than the last week of lid 1 (with any extension under lid 11).

    The AOW term is read at the first sick day: 13 weeks for an illness that began before
    1 July 2023 (the transitional rule of art. VIIIA that the Besluit of 12 May 2023 ended),
    6 weeks after. Without a known AOW date (no birth date) lid 1 alone applies.
    """
    termijn = op_datums(p, "loondoorbetaling.aow_gerechtigde_weken", eerste_ziektedag)
    tot_aow = np.maximum((np.asarray(aow_datum, dtype="datetime64[D]")
                          - np.asarray(eerste_ziektedag, dtype="datetime64[D]")).astype(np.float64), 0.0) / 7.0
    onbekend = np.isnat(np.asarray(aow_datum, dtype="datetime64[D]"))
    aow_einde = np.where(onbekend, np.inf, tot_aow + termijn)
    return np.minimum(loondoorbetaling_laatste_week, aow_einde)


@regel(
    "bedrag", "Wettelijke loondoorbetaling bij ziekte (minimaal wat de werkgever moet betalen)",
    eenheid="euro per maand, bruto",
    bron="art. 7:629 lid 1 BW", url=BW629,
)
def loondoorbetaling_per_maand(bruto_maandloon, ziekteweek, minimumloon_bodem_per_maand,
                               loondoorbetaling_maximum_maandloon, loondoorbetaling_laatste_week,
                               contracturen_per_week, voltijd_uren_per_week, weekdagen_in_kalenderjaar, datum, p):
    """BW 7:629 lid 1: 70% of the wage, as far as the wage is not above the maximumdagloon,
    and in the first 52 weeks at least the minimum wage (for the contract hours).
    Someone who earns the minimum wage therefore keeps 100% in the first year.

    The age is only needed where the floor can matter: when 70% of the wage is at least the
    adult minimum wage for the contract hours (the highest floor any age has), the floor
    cannot raise the payment and an unknown age changes nothing.
    """
    ld = p.loondoorbetaling
    zeventig = ld.percentage * np.minimum(bruto_maandloon, loondoorbetaling_maximum_maandloon)
    onbekend = np.isnan(minimumloon_bodem_per_maand)
    if onbekend.any():  # only then is the highest floor needed (most batches know every age)
        hoogste_bodem = _minimumloon_voor_uren(1.0, contracturen_per_week, voltijd_uren_per_week,
                                               weekdagen_in_kalenderjaar, datum, p)
        bodem = np.where(onbekend & (zeventig >= hoogste_bodem), zeventig, minimumloon_bodem_per_maand)
    else:
        bodem = minimumloon_bodem_per_maand
    eerste_jaar = np.maximum(zeventig, bodem)
    bedrag = np.where(ziekteweek <= ld.minimumloon_weken, eerste_jaar, zeventig)
    bedrag = np.where(ziekteweek <= loondoorbetaling_laatste_week, bedrag, 0.0)
    return naar_centen(np.where(np.isnan(ziekteweek), np.nan, bedrag))


@regel(
    "bedrag", "Loondoorbetaling bij ziekte volgens de cao of arbeidsovereenkomst",
    eenheid="euro per maand, bruto",
    bron="art. 7:629 lid 1 BW (wettelijk minimum) met de cao-afspraak (art. 7:629 lid 8 BW:"
         " afwijken ten gunste van de werknemer)",
    url=BW629,
)
def loondoorbetaling_cao_per_maand(bruto_maandloon, ziekteweek, cao_regime, werkt_of_werkt_mee,
                                   loondoorbetaling_per_maand, loondoorbetaling_maximum_maandloon,
                                   loondoorbetaling_laatste_week, p):
    """The CAO regime (R1) on top of the statutory minimum; never below BW 7:629 lid 1.

    Regimes are parameters (``loondoorbetaling.cao_regimes``): the share of the wage in sick
    year 1, in year 2, and in year 2 when the employee works or cooperates (reward regime).
    """
    regimes = p.loondoorbetaling.cao_regimes
    # One row per regime (in the order of CAO_REGIMES), looked up by code: one gather per column
    # instead of a masked assignment per regime. An unknown regime (NaN) is masked at the end.
    tabel = np.array([[r.jaar1, r.jaar2, r.jaar2_bij_werk, r.gemaximeerd]
                      for r in (getattr(regimes, naam) for naam in CAO_REGIMES)])
    code = np.nan_to_num(np.broadcast_to(cao_regime, np.shape(bruto_maandloon))).astype(np.intp)
    jaar1, jaar2, jaar2_werk, gemaximeerd = (tabel[:, k].take(code) for k in range(4))
    loon = np.where(gemaximeerd == 1, np.minimum(bruto_maandloon, loondoorbetaling_maximum_maandloon),
                    bruto_maandloon)
    tweede_jaar = np.where(werkt_of_werkt_mee == 1, jaar2_werk, jaar2)
    fractie = np.where(ziekteweek <= p.loondoorbetaling.minimumloon_weken, jaar1, tweede_jaar)
    cao = np.where(ziekteweek <= loondoorbetaling_laatste_week, fractie * loon, 0.0)
    uit = np.maximum(naar_centen(cao), loondoorbetaling_per_maand)
    return np.where(np.isnan(cao_regime) | np.isnan(werkt_of_werkt_mee), np.nan, uit)


@regel(
    "getal", "Vakantiebijslag als deel van het loon", eenheid="fractie",
    bron="art. 15 lid 1 WML: ten minste 8% (een cao of arbeidsovereenkomst kan meer geven; geef dan"
         " 'vakantiebijslag_percentage' op)",
    url="https://wetten.overheid.nl/BWBR0002638#Artikel15",
)
def vakantiebijslag_percentage(p):
    """WML art. 15 lid 1: the vakantiebijslag is at least 8% of the wage."""
    return p.minimumloon.vakantiebijslag


@regel(
    "bedrag", "Vakantiebijslag die tijdens ziekte opbouwt over de loondoorbetaling",
    eenheid="euro per maand, bruto",
    bron="art. 15 lid 1 WML (vakantiebijslag over het loon) met art. 7:629 lid 1 BW (tijdens ziekte is het"
         " doorbetaalde loon het loon)",
    url="https://wetten.overheid.nl/BWBR0002638#Artikel15",
)
def vakantiebijslag_loondoorbetaling_per_maand(loondoorbetaling_cao_per_maand, vakantiebijslag_percentage):
    """The wage paid during sickness (without vakantiebijslag, D7) builds up vakantiebijslag
    like any wage: the percentage of what is paid, to the cent. WIA benefits include it
    already, so this line makes the sick years comparable with the WIA years."""
    return naar_centen(vakantiebijslag_percentage * loondoorbetaling_cao_per_maand)

