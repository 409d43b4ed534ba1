"""Date arithmetic for the rules, in one place (architecture.md: "one module owns this").

Vectorised over numpy ``datetime64[D]`` arrays; NaT (unknown) gives NaN.
"""

from __future__ import annotations

import datetime as dt

import numpy as np


def kalenderjaar(datums) -> np.ndarray:
    """Calendar year of each date as float (NaN for NaT)."""
    d = np.asarray(datums, dtype="datetime64[D]")
    jaar = d.astype("datetime64[Y]").astype(np.int64).astype(np.float64) + 1970.0
    return np.where(np.isnat(d), np.nan, jaar)


def hele_jaren_tussen(van, tot) -> np.ndarray:
    """Whole years from ``van`` to ``tot`` (age on a date), vectorised; NaN where unknown.

    Someone born on 29 February turns a year older on 1 March in a non-leap year.
    Where nothing is known (a population without birth dates) no age is computed at all.
    """
    van = np.asarray(van, dtype="datetime64[D]")
    tot = np.asarray(tot, dtype="datetime64[D]")
    onbekend_ = np.isnat(van) | np.isnat(tot)
    if onbekend_.all():
        return np.full(onbekend_.shape, np.nan)
    if onbekend_.any():  # a known placeholder keeps the arithmetic below clear of NaT
        van = np.where(np.isnat(van), np.datetime64("2000-01-01", "D"), van)
        tot = np.where(np.isnat(tot), np.datetime64("2000-01-01", "D"), tot)
    jaar_van, maand_dag_van = _jaar_en_maand_dag(van)
    jaar_tot, maand_dag_tot = _jaar_en_maand_dag(tot)
    uit = (jaar_tot - jaar_van - (maand_dag_van > maand_dag_tot)).astype(np.float64)
    return np.where(onbekend_, np.nan, uit)


def _jaar_en_maand_dag(d) -> tuple[np.ndarray, np.ndarray]:
    """The year (since 1970) and month*100 + day of each date, so anniversaries compare by calendar
    date, not by day count; two calendar conversions for the whole array."""
    maand = d.astype("datetime64[M]")
    maanden = maand.astype(np.int64)
    jaar = maanden // 12
    dag = (d - maand.astype("datetime64[D]")).astype(np.int64)
    return jaar, (maanden - jaar * 12) * 100 + dag


def maanden_en_dagen_tussen(van, tot) -> tuple[np.ndarray, np.ndarray]:
    """Complete calendar months from ``van`` up to ``tot`` (exclusive), and the days left over.

    E.g. 2015-03-10 .. 2024-05-25: 110 months (to 2024-05-10) and 15 days. A start on the 31st
    counts a month as complete on the last day of a shorter month. NaN where unknown.
    """
    van = np.asarray(van, dtype="datetime64[D]")
    tot = np.asarray(tot, dtype="datetime64[D]")
    onbekend_ = np.isnat(van) | np.isnat(tot)
    van_v = np.where(onbekend_, np.datetime64("2000-01-01"), van)
    tot_v = np.where(onbekend_, np.datetime64("2000-01-01"), tot)
    maanden = (tot_v.astype("datetime64[M]") - van_v.astype("datetime64[M]")).astype(np.int64)
    anker = _plus_maanden(van_v, maanden)
    te_ver = anker > tot_v
    maanden = maanden - te_ver
    anker = np.where(te_ver, _plus_maanden(van_v, maanden), anker)
    dagen = (tot_v - anker).astype(np.int64)
    return (np.where(onbekend_, np.nan, maanden.astype(np.float64)),
            np.where(onbekend_, np.nan, dagen.astype(np.float64)))


def _plus_maanden(datum, maanden) -> np.ndarray:
    """``datum`` plus whole months, the day clipped to the end of the target month."""
    maand = datum.astype("datetime64[M]") + maanden
    dag = (datum - datum.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64)
    laatste = ((maand + 1).astype("datetime64[D]") - maand.astype("datetime64[D]")).astype(np.int64) - 1
    return maand.astype("datetime64[D]") + np.minimum(dag, laatste)


def plus_maanden(datums, maanden) -> np.ndarray:
    """``datums`` plus whole calendar months (vectorised), the day clipped to the end of the
    target month: 2022-08-31 + 6 months = 2023-02-28. NaT stays NaT."""
    d = np.asarray(datums, dtype="datetime64[D]")
    onbekend_ = np.isnat(d)
    veilig = np.where(onbekend_, np.datetime64("2000-01-01"), d)
    uit = _plus_maanden(veilig, np.asarray(maanden, dtype=np.int64))
    return np.where(onbekend_, np.datetime64("NaT"), uit)


# --- sick weeks: sick day k (1 = the first sick day) and sick week w (days 7w-6 .. 7w) -------------

def ziekteweek(ziektedag):
    """The sick week that holds sick day ``ziektedag`` (1 = the first sick day): days 1-7 are week 1,
    days 8-14 week 2. Day 0 (not sick yet) is week 0. Integers or numpy arrays."""
    return (ziektedag - 1) // 7 + 1


def laatste_dag_van_week(week):
    """The sick day that ends sick week ``week`` (7w)."""
    return 7 * week


def eerste_dag_van_week(week):
    """The sick day that starts sick week ``week`` (7w - 6)."""
    return 7 * (week - 1) + 1


# --- reading an ISO date (every edge names its own field in its own Dutch sentence) ---------------

def als_datum(waarde: object) -> dt.date | None:
    """``waarde`` as a date: a ``date`` (a ``datetime`` gives its day), a known ``numpy.datetime64`` or an
    ISO text ``JJJJ-MM-DD``; None when it is none of these."""
    if isinstance(waarde, np.datetime64):
        return None if np.isnat(waarde) else waarde.astype("datetime64[D]").astype(dt.date)
    if isinstance(waarde, dt.datetime):
        return waarde.date()
    if isinstance(waarde, dt.date):
        return waarde
    if isinstance(waarde, str):
        try:
            return dt.date.fromisoformat(waarde)
        except ValueError:
            return None
    return None


MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")


def datum_tekst(d) -> str:
    """A date as people write it in Dutch: '20 augustus 2026' (a date, a numpy day or ISO text); the one
    place every page, document and message writes a date in words."""
    if isinstance(d, str):
        d = dt.date.fromisoformat(d[:10])
    elif not isinstance(d, dt.date):
        d = np.datetime64(d, "D").astype(dt.date)
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"
