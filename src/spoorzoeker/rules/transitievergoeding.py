"""Transitievergoeding and its compensation by UWV (BW 7:673, 7:673e)."""

from __future__ import annotations

import numpy as np

from ..engine import regel
from ..money import naar_centen
from ..tijd import maanden_en_dagen_tussen

BW673 = "https://wetten.overheid.nl/BWBR0005290#Artikel673"


@regel(
    "bedrag", "Loon over de losse dagen van het dienstverband na de volle maanden",
    eenheid="euro, bruto",
    bron="art. 7:673 lid 2 BW (evenredig deel voor het resterende deel); zonder opgave: maandsalaris x 12/365 per dag",
    url=BW673,
)
def loon_over_resterende_dagen(bruto_maandsalaris, datum_in_dienst, datum_uit_dienst):
    """BW 7:673 lid 2 pays for the remaining part in proportion to the salary received over
    it. For the days after the last complete month Spoorzoeker takes that salary as the
    maandsalaris x 12 / 365 per calendar day, unless the caller gives the real amount."""
    _, dagen = maanden_en_dagen_tussen(datum_in_dienst, datum_uit_dienst)
    return bruto_maandsalaris * 12.0 / 365.0 * dagen


@regel(
    "bedrag", "Loon over het resterende deel van het dienstverband na de volle dienstjaren (maanden en dagen)",
    eenheid="euro, bruto",
    bron="art. 7:673 lid 2 BW (evenredig deel naar het loon over het resterende deel); zonder opgave:"
         " maandsalaris x resterende volle maanden plus het loon over de losse dagen",
    url=BW673,
)
def loon_over_resterende_deel(bruto_maandsalaris, datum_in_dienst, datum_uit_dienst, loon_over_resterende_dagen):
    """BW 7:673 lid 2 (last part): the salary over the part of the contract after the last
    complete year of service, which the 'evenredig deel' is taken from. With a
    salary that varied (or a contract shorter than a year), the caller gives the amount actually
    received; otherwise it is the monthly salary for each remaining full month plus the salary
    over the loose days."""
    maanden, _ = maanden_en_dagen_tussen(datum_in_dienst, datum_uit_dienst)
    rest_maanden = maanden - 12.0 * np.floor(maanden / 12.0)
    return bruto_maandsalaris * rest_maanden + loon_over_resterende_dagen


@regel(
    "bedrag", "Transitievergoeding", eenheid="euro, bruto (eenmalig)",
    bron="art. 7:673 lid 2 BW: een derde maandsalaris per dienstjaar en een evenredig deel voor het"
         " resterende deel; ten hoogste het maximum of één jaarsalaris als dat hoger is",
    url=BW673,
)
def transitievergoeding(bruto_maandsalaris, datum_in_dienst, datum_uit_dienst, loon_over_resterende_deel, p):
    """BW 7:673 lid 2 (since 1-1-2020): 1/3 of the monthly salary for every year the contract
    lasted, and for the remaining part (salary over that part / monthly salary) x (1/3 monthly
    salary / 12) - i.e. 1/36 of the salary over the remaining months and days. Capped at the
    statutory maximum, or one annual salary (12 x the monthly salary incl. holiday pay and fixed
    allowances) if that is higher (lid 2, last sentences)."""
    tv = p.transitievergoeding
    maanden, _ = maanden_en_dagen_tussen(datum_in_dienst, datum_uit_dienst)
    jaren = np.floor(maanden / 12.0)
    deel = tv.deel_maandsalaris_per_dienstjaar
    bedrag = deel * bruto_maandsalaris * jaren + deel / 12.0 * loon_over_resterende_deel
    plafond = np.maximum(tv.maximum, 12.0 * bruto_maandsalaris)
    return naar_centen(np.minimum(np.maximum(bedrag, 0.0), plafond))


@regel(
    "bedrag", "Compensatie van de transitievergoeding door het UWV na twee jaar ziekte",
    eenheid="euro, bruto (eenmalig)",
    bron="art. 7:673e lid 1-2 BW: de betaalde vergoeding, ten hoogste de transitievergoeding die op de dag"
         " na 104 weken ziekte verschuldigd zou zijn (geen aftopping op het loon tijdens ziekte)",
    url="https://wetten.overheid.nl/BWBR0005290#Artikel673e",
)
def compensatie_transitievergoeding(betaalde_transitievergoeding, transitievergoeding_na_wachttijd):
    """BW 7:673e lid 2: the compensation equals what the employer paid, but not more than the
    transitievergoeding owed on the day after the two sick years (so a loonsanctie or a
    'slapend dienstverband' adds nothing). The statute has no cap at the wage paid during
    sickness (law-settled §10)."""
    return naar_centen(np.minimum(betaalde_transitievergoeding, transitievergoeding_na_wachttijd))
