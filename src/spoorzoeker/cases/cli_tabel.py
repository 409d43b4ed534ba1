"""Plain-text tables and Dutch dates for the command line (``dossier toon``, ``lijst``, ``wie-opende``)."""

from __future__ import annotations

import datetime as dt
import textwrap

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")
BREEDTE = 48  # widest column before a cell wraps


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


def tabel(koppen: list[str], rijen: list[list[object]]) -> str:
    """Columns aligned; a long cell wraps inside its column."""
    tekst = [[str("-" if c is None else c) for c in rij] for rij in rijen]
    breedtes = [min(BREEDTE, max([len(k)] + [max((len(r) for r in c.splitlines()), default=0)
                                                for c in (rij[i] for rij in tekst)])) for i, k in enumerate(koppen)]
    uit = ["  ".join(k.ljust(b) for k, b in zip(koppen, breedtes, strict=True)).rstrip(),
           "  ".join("-" * b for b in breedtes)]
    for rij in tekst:
        cellen = [textwrap.wrap(c, b) or [""] for c, b in zip(rij, breedtes, strict=False)]  # cells past the headings are not shown
        for i in range(max(len(c) for c in cellen)):
            uit.append("  ".join((c[i] if i < len(c) else "").ljust(b) for c, b in zip(cellen, breedtes, strict=True)).rstrip())
    if not rijen:
        uit.append("(geen)")
    return "\n".join(uit)
