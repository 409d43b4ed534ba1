"""Dates and times as a Dutch reader writes them ('2 maart 2026', '2 maart 2026 09:05'), for the
documents of the case file (the inzage) and the command line's tables."""

from __future__ import annotations

import datetime as dt

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")

def datum(d: dt.date | str | None) -> str:
    if d is None or d == "":
        return "-"
    if isinstance(d, str):
        d = dt.date.fromisoformat(d[:10])
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def lokale_tijd(utc_iso: str) -> str:
    """'2026-03-02T08:05:00.000000Z' -> '2 maart 2026 09:05' in Dutch local time (CET/CEST)."""
    t = dt.datetime.fromisoformat(utc_iso.removesuffix("Z")).replace(tzinfo=dt.UTC)
    try:
        from zoneinfo import ZoneInfo

        t = t.astimezone(ZoneInfo("Europe/Amsterdam"))
    except Exception:  # noqa: BLE001 - no time-zone data: the machine's own local time
        t = t.astimezone()
    return f"{datum(t.date())} {t:%H:%M}"
