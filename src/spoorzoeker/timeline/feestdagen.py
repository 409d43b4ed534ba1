"""Algemeen erkende feestdagen in the sense of the Algemene termijnenwet (Atw), and the
next day that is not a Saturday, Sunday or such a feestdag (Atw art. 1 lid 1).

Atw art. 3 lid 1 (BWBR0002448, toestand 2010-10-10): "Algemeen erkende feestdagen in de zin van
deze wet zijn: de Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide
Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd en de
vijfde mei." Lid 2: "Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het vorige
lid genoemde dagen gelijkgesteld." https://wetten.overheid.nl/BWBR0002448/2010-10-10#Artikel3

Why not the ``holidays`` package: its Dutch calendar marks Bevrijdingsdag (5 May) only in
lustrum years and leaves Goede Vrijdag out, while the Atw counts 5 May every year and puts
Goede Vrijdag on the list (lid 2). Easter is computed here (Gregorian computus), so no
dependency is needed. Days designated under art. 3 lid 3 (by decree, rare) are not included.
"""

from __future__ import annotations

import datetime as dt
import functools

import numpy as np

BRON = "art. 1 en 3 Algemene termijnenwet"
URL = "https://wetten.overheid.nl/BWBR0002448/2010-10-10#Artikel3"
WEEKMASKER = "1111100"  # Monday-Friday; Saturday and Sunday are never a termijn's last day (Atw art. 1)


def pasen(jaar: int) -> dt.date:
    """Easter Sunday (Gregorian calendar; the "anonymous" Meeus/Jones/Butcher algorithm)."""
    a = jaar % 19
    b, c = divmod(jaar, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    maand, dag = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(jaar, maand, dag + 1)


def koningsdag(jaar: int) -> dt.date:
    """The day the King's (Queen's) birthday is celebrated: since 2014 27 April, until 2013
    30 April; when that day is a Sunday it is celebrated the day before (Besluit van 2013 over
    de viering van Koningsdag; before 2014 the same Sunday rule for Koninginnedag)."""
    dag = dt.date(jaar, 4, 27) if jaar >= 2014 else dt.date(jaar, 4, 30)
    return dag - dt.timedelta(days=1) if dag.weekday() == 6 else dag


def feestdagen(jaar: int) -> list[dt.date]:
    """The Atw art. 3 feestdagen of one year, in date order."""
    p = pasen(jaar)
    return sorted([
        dt.date(jaar, 1, 1),                  # Nieuwjaarsdag
        p - dt.timedelta(days=2),             # Goede Vrijdag (lid 2)
        p + dt.timedelta(days=1),             # tweede Paasdag
        koningsdag(jaar),                     # verjaardag van de Koning
        dt.date(jaar, 5, 5),                  # de vijfde mei
        p + dt.timedelta(days=39),            # Hemelvaartsdag
        p + dt.timedelta(days=50),            # tweede Pinksterdag
        dt.date(jaar, 12, 25),                # eerste Kerstdag
        dt.date(jaar, 12, 26),                # tweede Kerstdag
    ])


@functools.lru_cache(maxsize=1)
def feestdagen_array(van: int = 1990, tot: int = 2100) -> np.ndarray:
    """All feestdagen from ``van`` to ``tot`` (inclusive) as ``datetime64[D]``, sorted."""
    return np.array([d for j in range(van, tot + 1) for d in feestdagen(j)], dtype="datetime64[D]")


@functools.lru_cache(maxsize=1)
def werkdagenkalender() -> np.busdaycalendar:
    """Monday-Friday without the feestdagen, built once: numpy otherwise checks and sorts the thousand
    holidays again on every call."""
    return np.busdaycalendar(weekmask=WEEKMASKER, holidays=feestdagen_array())


def eerstvolgende_werkdag(datums) -> np.ndarray:
    """Atw art. 1 lid 1: a date on a Saturday, Sunday or feestdag moves to the next day that is
    none of these; other dates stay. Vectorised; NaT stays NaT."""
    d = np.asarray(datums, dtype="datetime64[D]")
    onbekend = np.isnat(d)
    veilig = np.where(onbekend, np.datetime64("2000-01-03"), d)
    uit = np.busday_offset(veilig, 0, roll="forward", busdaycal=werkdagenkalender())
    return np.where(onbekend, np.datetime64("NaT"), uit)


def is_werkdag(datums) -> np.ndarray:
    """True where a date is not a Saturday, Sunday or Atw feestdag."""
    d = np.asarray(datums, dtype="datetime64[D]")
    return np.is_busday(d, busdaycal=werkdagenkalender())
