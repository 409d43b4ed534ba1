"""Dates and times as a Dutch reader writes them ('2 maart 2026', '2 maart 2026 09:05'), for the
documents of the case file (the inzage) and the command line's tables."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ..tijd import datum_tekst


def datum(d: dt.date | str | None) -> str:
    """'2 maart 2026'; a dash for no date (a table cell)."""
    if d is None or d == "":
        return "-"
    return datum_tekst(d)


# The Dutch time zone (CET/CEST). The time-zone data comes with the pinned ``tzdata`` package where the
# system has none, so a time is never shown in the server's own zone by accident.
NEDERLAND = ZoneInfo("Europe/Amsterdam")


def nederlandse_tijd(t: dt.datetime | str) -> dt.datetime:
    """A UTC moment (aware, or ISO 8601 text as the access log keeps it) in Dutch local time."""
    if isinstance(t, str):
        t = dt.datetime.fromisoformat(t.removesuffix("Z"))
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone(NEDERLAND)


def lokale_tijd(utc_iso: str | dt.datetime) -> str:
    """'2026-03-02T08:05:00.000000Z' -> '2 maart 2026 09:05' in Dutch local time (CET/CEST), for tables."""
    t = nederlandse_tijd(utc_iso)
    return f"{datum(t.date())} {t:%H:%M}"


def datum_en_tijd(utc_iso: str | dt.datetime) -> str:
    """'2026-11-30T06:16:00.000000Z' -> '30 november 2026, 07:16' in Dutch local time, for running text
    and the web pages."""
    t = nederlandse_tijd(utc_iso)
    return f"{datum(t.date())}, {t:%H:%M}"


def klok(t: dt.datetime | str) -> str:
    """Only the Dutch local clock time of a UTC moment: '07:36'."""
    return f"{nederlandse_tijd(t):%H:%M}"
