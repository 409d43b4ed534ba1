"""The AOW age and the date someone reaches it (Algemene Ouderdomswet art. 7a).

The AOW age is set per calendar year: art. 7a lid 1 gives a table up to 2024, later years are
fixed five years ahead (lid 2-3) and can no longer change once fixed. Someone reaches it in the
calendar year Y in which the birth date plus the age of year Y falls: born 1961-08-10, 67 jaar
(2027) would be 2028-08-10, not in 2027; 67 jaar en 3 maanden (2028) is 2028-11-10, in 2028.

A year that is not yet fixed on the calculation date takes the last fixed age. The law does not
let the age fall (lid 2: it rises with the life expectancy, or stays), so this is a lower bound;
``aow_leeftijd_vastgesteld`` says when it was used.
"""

from __future__ import annotations

import numpy as np

from ..engine import regel
from ..errors import ParameterFout
from ..tijd import kalenderjaar, plus_maanden

AOW = "https://wetten.overheid.nl/BWBR0002221"
BRON = ("art. 7a AOW: lid 1 (tabel tot en met 2024), lid 2-3 (later jaren vijf jaar vooruit vastgesteld;"
        " een nog niet vastgesteld jaar krijgt de laatst vastgestelde leeftijd)")
URL = f"{AOW}#HoofdstukII_Artikel7a"
EERSTE_TABELJAAR = 2013


def _leeftijd_per_jaar(jaren, p) -> tuple[dict[int, float], int]:
    """The AOW age in months for each calendar year, read through ``p`` (so each value read is
    in the trace), and the last year whose age is fixed on the calculation date."""
    tabel = p.aow.leeftijd
    bekend: dict[int, float] = {}
    vast = EERSTE_TABELJAAR - 1
    for jaar in sorted(int(j) for j in jaren):
        if jaar < EERSTE_TABELJAAR:
            bekend[jaar] = p.aow.leeftijd_voor_2013
            continue
        try:
            bekend[jaar] = getattr(tabel, f"jaar_{jaar}")
            vast = max(vast, jaar)
        except (AttributeError, ParameterFout):
            break  # later years are not fixed either (each decision comes a year after the last)
    laatste: float | None
    if vast >= EERSTE_TABELJAAR:
        laatste = bekend[vast]
    else:  # no requested year from 2013 on is fixed: look back for the last fixed one
        laatste = None
        for jaar in range(min(max(int(j) for j in jaren), 2200), EERSTE_TABELJAAR - 1, -1):
            try:
                laatste = getattr(tabel, f"jaar_{jaar}")
                vast = jaar
                break
            except (AttributeError, ParameterFout):
                continue
        if laatste is None:
            laatste = float(p.aow.leeftijd_voor_2013)
    for jaar in jaren:
        bekend.setdefault(int(jaar), float(laatste))
    return bekend, vast


def _aow(geboortedatum, p) -> tuple[np.ndarray, np.ndarray]:
    """(AOW age in months, year in which it is reached) per person; NaN where the birth date is unknown."""
    geb = np.asarray(geboortedatum, dtype="datetime64[D]")
    bekend = ~np.isnat(geb)
    maanden = np.full(geb.shape, np.nan)
    jaar_aow = np.full(geb.shape, np.nan)
    if not bekend.any():
        return maanden, jaar_aow
    geb_v = np.where(bekend, geb, geb[bekend][0])  # unknown: any known date, masked out below
    geboortejaar = kalenderjaar(geb_v).astype(np.int64)
    # The age lies between 65 and 67 jaar en 3 maanden so far; 65..70 leaves room for later rises.
    jaren = np.arange(geboortejaar.min() + 65, geboortejaar.max() + 71)
    leeftijd, _ = _leeftijd_per_jaar(jaren, p)
    opzoek = np.array([leeftijd[int(j)] for j in jaren])
    gevonden = ~bekend
    for k in range(65, 71):  # six steps, each over all people
        jaar = geboortejaar + k
        m = opzoek[jaar - jaren[0]]
        past = ~gevonden & (kalenderjaar(plus_maanden(geb_v, m.astype(np.int64))) == jaar)
        maanden = np.where(past, m, maanden)
        jaar_aow = np.where(past, jaar, jaar_aow)
        gevonden |= past
    return maanden, jaar_aow


@regel("getal", "AOW-leeftijd (pensioengerechtigde leeftijd) van deze persoon", eenheid="maanden",
       bron=BRON, url=URL)
def aow_leeftijd_maanden(geboortedatum, p):
    """AOW art. 7a: the age of the calendar year in which birth date + that age falls."""
    return _aow(geboortedatum, p)[0]


@regel("ja_nee", "De AOW-leeftijd van deze persoon is al vastgesteld (nee: de laatst vastgestelde leeftijd is"
                 " gebruikt, een ondergrens)", bron=BRON, url=URL)
def aow_leeftijd_vastgesteld(aow_datum, p):
    """AOW art. 7a lid 2: is the year in which this person reaches the AOW age already fixed on the
    calculation date? Every year up to the last fixed one has its own key, so a year is fixed when
    its key has a value on that date (before 2013: the table of lid 1)."""
    jaar = kalenderjaar(aow_datum)
    uit = np.full(jaar.shape, np.nan)
    for j in np.unique(jaar[~np.isnan(jaar)]):
        if j < EERSTE_TABELJAAR:
            vast = True
        else:
            try:
                getattr(p.aow.leeftijd, f"jaar_{int(j)}")
                vast = True
            except (AttributeError, ParameterFout):
                vast = False
        uit[jaar == j] = float(vast)
    return uit


@regel("datum", "Datum waarop de AOW-leeftijd wordt bereikt", bron=BRON, url=URL)
def aow_datum(geboortedatum, aow_leeftijd_maanden):
    """AOW art. 7a: the pensioengerechtigde leeftijd is reached on the birth date plus the AOW
    age in months (a day that does not exist in the target month, as 29 February, becomes the
    last day of that month)."""
    onbekend = np.isnan(aow_leeftijd_maanden)
    maanden = np.where(onbekend, 0, aow_leeftijd_maanden).astype(np.int64)
    uit = plus_maanden(geboortedatum, maanden)
    return np.where(onbekend, np.datetime64("NaT"), uit)
