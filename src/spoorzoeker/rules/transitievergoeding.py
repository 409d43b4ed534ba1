"""Transitievergoeding and its compensation by UWV (BW 7:673, 7:673e): the amount, and the condition of
7:673e lid 1 onderdeel a (the employment ended after the two sick years because of the sickness)."""

from __future__ import annotations

import numpy as np

from ..engine import Keuzes, regel
from ..money import naar_centen
from ..tijd import maanden_en_dagen_tussen, plus_maanden
from .invoer import REDENEN_EINDE
from .logica import en, vergelijk
from .reeksen import op_datums

BW673 = "https://wetten.overheid.nl/BWBR0005290#Artikel673"
BW673E = "https://wetten.overheid.nl/BWBR0005290#Artikel673e"
VOORWAARDE = Keuzes("voldaan", "niet_voldaan", "niet_getoetst")


@regel(
    "datum", "Begindatum voor de duur van het dienstverband: de eerste dag in dienst, verschoven met de tussenpozen"
             " tussen opvolgende arbeidsovereenkomsten (die tellen niet mee)",
    bron="art. 7:673 lid 4 onderdeel b BW: opvolgende arbeidsovereenkomsten met tussenpozen van ten hoogste zes"
         " maanden worden samengeteld; de tussenpozen zelf tellen niet mee",
    url=BW673,
)
def transitievergoeding_begindatum(datum_in_dienst, tussenpozen_maanden, tussenpozen_dagen):
    """BW 7:673 lid 4 b adds up successive contracts with gaps of at most six months. The
    duration is the sum of the contracts; Spoorzoeker gets it by moving the first day of the
    first contract forward by the gaps, in calendar months and loose days (``contractperiodes`` in
    the request sets them),
    so the months and days between the moved start and the end are the contracts' total."""
    maanden = np.nan_to_num(tussenpozen_maanden).astype(np.int64)
    dagen = np.nan_to_num(tussenpozen_dagen).astype(np.int64)
    in_dienst = np.asarray(datum_in_dienst, dtype="datetime64[D]")
    uit = (plus_maanden(in_dienst, maanden) if maanden.any() else in_dienst) + dagen
    return np.where(np.isnan(tussenpozen_maanden) | np.isnan(tussenpozen_dagen), np.datetime64("NaT"), uit)


@regel(
    "getal", "Aantal volle jaren dat de arbeidsovereenkomst heeft geduurd (opvolgende overeenkomsten samengeteld)",
    eenheid="jaar",
    bron="art. 7:673 lid 2 onderdeel a BW ('voor elk jaar dat de arbeidsovereenkomst heeft geduurd') met lid 4"
         " onderdeel b (samentelling)",
    url=BW673,
)
def volle_dienstjaren(transitievergoeding_begindatum, datum_uit_dienst):
    """BW 7:673 lid 2: the whole years the contract lasted, from the (moved) start to the end."""
    maanden, _ = maanden_en_dagen_tussen(transitievergoeding_begindatum, datum_uit_dienst)
    return np.floor(maanden / 12.0)


@regel(
    "bedrag", "Loon over de losse dagen van het dienstverband na de volle maanden",
    eenheid="euro, bruto",
    bron="art. 7:673 lid 2 BW (evenredig deel voor het resterende deel); zonder opgave: maandsalaris x 12/365 per dag",
    url=BW673,
)
def loon_over_resterende_dagen(bruto_maandsalaris, transitievergoeding_begindatum, datum_uit_dienst):
    """BW 7:673 lid 2 pays for the remaining part in proportion to the salary received over
    it. For the days after the last complete month Spoorzoeker takes that salary as the
    maandsalaris x 12 / 365 per calendar day, unless the caller gives the real amount."""
    _, dagen = maanden_en_dagen_tussen(transitievergoeding_begindatum, datum_uit_dienst)
    return bruto_maandsalaris * 12.0 / 365.0 * dagen


@regel(
    "bedrag", "Loon over het resterende deel van het dienstverband na de volle dienstjaren (maanden en dagen)",
    eenheid="euro, bruto",
    bron="art. 7:673 lid 2 BW (evenredig deel naar het loon over het resterende deel); zonder opgave:"
         " maandsalaris x resterende volle maanden plus het loon over de losse dagen",
    url=BW673,
)
def loon_over_resterende_deel(bruto_maandsalaris, transitievergoeding_begindatum, datum_uit_dienst,
                              loon_over_resterende_dagen):
    """BW 7:673 lid 2 (last part): the salary over the part of the contract after the last
    complete year of service, which the 'evenredig deel' is taken from. With a
    salary that varied (or a contract shorter than a year), the caller gives the amount actually
    received; otherwise it is the monthly salary for each remaining full month plus the salary
    over the loose days."""
    maanden, _ = maanden_en_dagen_tussen(transitievergoeding_begindatum, datum_uit_dienst)
    rest_maanden = maanden - 12.0 * np.floor(maanden / 12.0)
    return bruto_maandsalaris * rest_maanden + loon_over_resterende_dagen


@regel(
    "bedrag", "Wettelijk maximum van de transitievergoeding in het jaar waarin de arbeidsovereenkomst eindigt",
    eenheid="euro, bruto",
    bron="art. 7:673 lid 2 en 3 BW met de Regeling indexering transitievergoeding: het maximum dat geldt op de dag"
         " waarop de arbeidsovereenkomst eindigt (niet op de rekendatum)",
    url=BW673,
)
def transitievergoeding_maximum(datum_uit_dienst, p):
    """BW 7:673 lid 2 with lid 3: the maximum is adjusted every 1 January; the amount owed is
    fixed when the contract ends, so the maximum of that day applies. A contract that ended on
    1-7-2024 keeps the 2024 maximum (EUR 94.000) whatever the calculation date."""
    return op_datums(p, "transitievergoeding.maximum", datum_uit_dienst)


@regel(
    "bedrag", "Transitievergoeding", eenheid="euro, bruto (eenmalig)",
    bron="art. 7:673 lid 2 BW: een derde maandsalaris per dienstjaar en een evenredig deel voor het"
         " resterende deel; ten hoogste het maximum van het jaar waarin de arbeidsovereenkomst eindigt, of één"
         " jaarsalaris als dat hoger is",
    url=BW673,
)
def transitievergoeding(bruto_maandsalaris, volle_dienstjaren, loon_over_resterende_deel,
                        transitievergoeding_maximum, p):
    """BW 7:673 lid 2 (since 1-1-2020): 1/3 of the monthly salary for every year the contract
    lasted (successive contracts added, lid 4 b), and for the remaining part (salary over that
    part / monthly salary) x (1/3 monthly salary / 12) - i.e. 1/36 of the salary over the
    remaining months and days. Capped at the statutory maximum of the day the contract ends, or
    one annual salary (12 x the monthly salary incl. holiday pay and fixed allowances) if that
    is higher (lid 2, last sentences)."""
    deel = p.transitievergoeding.deel_maandsalaris_per_dienstjaar
    bedrag = deel * bruto_maandsalaris * volle_dienstjaren + deel / 12.0 * loon_over_resterende_deel
    plafond = np.maximum(transitievergoeding_maximum, 12.0 * bruto_maandsalaris)
    return naar_centen(np.minimum(np.maximum(bedrag, 0.0), plafond))


@regel(
    "ja_nee", "Eindigde de arbeidsovereenkomst na de twee ziektejaren (104 weken, verlengd met een loonsanctie of"
              " uitstel)? Zonder de data: geef dit zelf op (true of false)",
    bron="art. 7:673e lid 1 onderdeel a BW: de arbeidsovereenkomst eindigde 'na de periode, bedoeld in artikel 670,"
         " lid 1, onderdeel a, en lid 11' (het opzegverbod tijdens twee jaar ziekte, verlengd zoals daar bepaald)",
    url=BW673E,
)
def einde_na_wachttijd(datum_uit_dienst, wia_vroegste_ingangsdatum):
    """BW 7:673e lid 1 onderdeel a (https://wetten.overheid.nl/BWBR0005290#Artikel673e): "indien de
    arbeidsovereenkomst: a. na de periode, bedoeld in artikel 670, lid 1, onderdeel a, en lid 11: ..."
    The period is the 104 weeks from the first day of sickness, extended by a loonsanctie or a
    postponement; its first day after is ``wia_vroegste_ingangsdatum``. The employment ended after
    the period when its first day out of service (``datum_uit_dienst``) is that day or later, the
    day lid 2 itself uses for the cap ('op de dag na het verstrijken van de termijn van twee jaar')."""
    return vergelijk(datum_uit_dienst, wia_vroegste_ingangsdatum, ">=")


@regel(
    "keuze", "Is voldaan aan de voorwaarde voor compensatie van de transitievergoeding wegens ziekte (voldaan,"
             " niet_voldaan, of niet_getoetst als de reden of het moment van het einde niet is opgegeven)?",
    keuzes=VOORWAARDE,
    bron="art. 7:673e lid 1 onderdeel a en lid 3 BW: na de twee ziektejaren beëindigd omdat de werknemer wegens"
         " ziekte of gebreken zijn werk niet meer kon doen (ook met wederzijds goedvinden), of na die periode van"
         " rechtswege geëindigd terwijl hij wegens ziekte of gebreken zijn werk niet kon doen",
    url=BW673E,
)
def compensatie_transitievergoeding_voorwaarde(reden_einde_arbeidsovereenkomst, einde_na_wachttijd):
    """BW 7:673e lid 1 (https://wetten.overheid.nl/BWBR0005290#Artikel673e): UWV pays the employer
    "indien de arbeidsovereenkomst: a. na de periode, bedoeld in artikel 670, lid 1, onderdeel a, en
    lid 11: 1°. is beëindigd omdat de werknemer wegens ziekte of gebreken niet meer in staat was de
    bedongen arbeid te verrichten; of 2°. van rechtswege is geëindigd en de werknemer op het
    tijdstip waarop de arbeidsovereenkomst is geëindigd, wegens ziekte of gebreken niet in staat was
    de bedongen arbeid te verrichten". Lid 3 adds the end by agreement (wederzijds goedvinden).

    Both parts must hold. One known to fail decides ('andere', or an end before the period is
    over); when a part is not given and the other does not fail, the condition is 'niet_getoetst'.
    Ground b (end of the business of a small employer) and whether a transitievergoeding was owed
    at all (art. 673 lid 7) are not checked here."""
    reden = np.asarray(reden_einde_arbeidsovereenkomst, dtype=np.float64)
    ziek = np.where(np.isnan(reden), np.nan,
                    np.isin(reden, [REDENEN_EINDE["ziekte"], REDENEN_EINDE["van_rechtswege_tijdens_ziekte"]]))
    recht = en(ziek, einde_na_wachttijd)
    return np.where(recht == 1, VOORWAARDE["voldaan"],
                    np.where(recht == 0, VOORWAARDE["niet_voldaan"], VOORWAARDE["niet_getoetst"]))


@regel(
    "bedrag", "Compensatie van de transitievergoeding door het UWV na twee jaar ziekte",
    eenheid="euro, bruto (eenmalig)",
    bron="art. 7:673e lid 1-3 BW: alleen als de arbeidsovereenkomst na de twee ziektejaren eindigde wegens ziekte"
         " (lid 1 onderdeel a, lid 3); dan de betaalde vergoeding, ten hoogste de transitievergoeding die op de dag"
         " na 104 weken ziekte verschuldigd zou zijn (lid 2; geen aftopping op het loon tijdens ziekte). Zonder"
         " reden en moment van het einde gaat Spoorzoeker uit van de gewone situatie waarin om compensatie wordt"
         " gevraagd (einde na de twee ziektejaren wegens ziekte) en zegt de voorwaarde 'niet_getoetst'",
    url=BW673E,
)
def compensatie_transitievergoeding(betaalde_transitievergoeding, transitievergoeding_na_wachttijd,
                                    compensatie_transitievergoeding_voorwaarde):
    """BW 7:673e lid 2 (https://wetten.overheid.nl/BWBR0005290#Artikel673e): "De vergoeding, bedoeld
    in lid 1, is gelijk aan de vergoeding die de werkgever ... aan de werknemer heeft verstrekt, maar
    bedraagt niet meer dan ..." and, for lid 1 a, not more than what would have been owed "bij het
    beëindigen of niet voortzetten van de arbeidsovereenkomst op de dag na het verstrijken van de
    termijn van twee jaar" (so a loonsanctie or a 'slapend dienstverband' adds nothing). The statute
    has no cap at the wage paid during sickness.

    0 when the condition of lid 1 a is known not to hold (``compensatie_transitievergoeding_voorwaarde``).
    When it was not checked (reason or moment of the end not given) the lid 2 amount is given for the
    usual situation in which compensation is asked, the end after the two sick years because of the
    sickness; the condition's own output then says 'niet_getoetst' (our choice: the amount is what a
    caller who asks only for it wants to know, and the rule's source text states the assumption)."""
    bedrag = naar_centen(np.minimum(betaalde_transitievergoeding, transitievergoeding_na_wachttijd))
    voorwaarde = compensatie_transitievergoeding_voorwaarde
    return np.where(voorwaarde == VOORWAARDE["voldaan"], bedrag,
                    np.where(voorwaarde == VOORWAARDE["niet_voldaan"], 0.0, bedrag))
