"""Small multiples of monthly step lines as SVG: the charts of the financial overview.

Written as SVG text directly, not through matplotlib: a chart of six panels of 84 months is about a
hundred SVG elements, drawn in milliseconds instead of the one to three seconds matplotlib took (with
its layout pass) on every request of the public calculator. The SVG scales without blur, prints
sharp in the PDF (fpdf2 draws SVG as vectors), and is a plain ``data:`` image, which the site's
content security policy allows; it carries no script.

Drawn answers are kept in a small bounded cache (``GEHEUGEN`` charts, oldest out first), keyed by
everything a chart shows, so a repeated input is not drawn again. Each call builds its own string:
nothing is shared between threads except the cache, which has a lock.

Readable in black and white: every panel carries its name; the colour only repeats it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from cachetools import LRUCache

GEHEUGEN = 256  # charts kept (each some 10-30 kB of SVG)
LETTERS = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"


@dataclass(frozen=True)
class Lijn:
    """One step line: ``waarden[k]`` holds from month ``k`` to month ``k + 1``."""

    waarden: tuple[float, ...]
    kleur: str
    dikte: float = 1.8
    eindlabel: str | None = None  # written above the end of the line (its last amount)


@dataclass(frozen=True)
class Paneel:
    titel: str
    lijnen: tuple[Lijn, ...]


@dataclass(frozen=True)
class Grafiek:
    """What a chart shows; ``smal`` lays it out for a phone (one panel per row, 360 pixels wide)."""

    titel: str
    maanden: tuple[dt.date, ...]    # the first day of each month
    panelen: tuple[Paneel, ...]
    top: float                      # the top of the y axis, the same in every panel
    stippellijn: float | None = None     # a dotted reference line (the last wage) in every panel
    stippellijn_label: str = ""          # written at its start in the first panel
    markering: dt.date | None = None     # a dashed vertical line (the start of the WIA) in every panel
    markering_label: str = ""            # written at its top in the first panel
    beginlabel: tuple[str, float] | None = None  # a label at the start of the first panel, at this height
    smal: bool = False


_slot = threading.Lock()
_geheugen: LRUCache[str, str] = LRUCache(GEHEUGEN)


def _sleutel(g: Grafiek) -> str:
    h = hashlib.sha256()
    h.update(repr((g.titel, g.maanden, g.panelen, round(g.top, 4), g.stippellijn, g.stippellijn_label, g.markering,
                   g.markering_label, g.beginlabel, g.smal)).encode("utf-8"))
    return h.hexdigest()


def teken(g: Grafiek) -> str:
    """The chart as an SVG document (text); from the cache when the same chart was drawn before."""
    sleutel = _sleutel(g)
    with _slot:
        gevonden = _geheugen.get(sleutel)
    if gevonden is not None:
        return gevonden
    svg = _teken(g)
    with _slot:
        _geheugen[sleutel] = svg
    return svg


def leeg_geheugen() -> None:
    with _slot:
        _geheugen.clear()


def in_geheugen() -> int:
    with _slot:
        return len(_geheugen)


# --- drawing ------------------------------------------------------------------------------------

def _getal(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _tekst(x: float, y: float, tekst: str, grootte: float, anker: str = "start", kleur: str = "#1a1a1a",
           gewicht: str = "normal") -> str:
    return (f'<text x="{_getal(x)}" y="{_getal(y)}" font-size="{grootte}" text-anchor="{anker}" fill="{kleur}"'
            f' font-weight="{gewicht}">{escape(tekst)}</text>')


def mooie_stap(top: float, aantal: int) -> float:
    """A round tick distance (1, 2, 2.5 or 5 times a power of ten) giving about ``aantal`` ticks up to ``top``."""
    if top <= 0:
        return 1.0
    ruw = top / max(1, aantal)
    macht = 10 ** math.floor(math.log10(ruw))
    return min((f * macht for f in (1, 2, 2.5, 5, 10)), key=lambda s: abs(top / s - aantal))


def _dag_getal(d: dt.date) -> int:
    return d.toordinal()


def _volgende_maand(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def _teken(g: Grafiek) -> str:
    from .inhoud import euro
    B = len(g.panelen)
    kolommen = 1 if g.smal else (2 if B > 3 else 1)
    rijen = (B + kolommen - 1) // kolommen
    breedte = 360 if g.smal else 800
    links, rechts = (58, 16) if g.smal else (66, 20)
    tussen = 0 if kolommen == 1 else 34
    titel_hoogte = 52 if g.smal else 38
    paneel_titel, plot_h = 20, (92 if g.smal else 120)
    rij_onder = 16  # tick marks and room under a plot
    jaren_h = 18
    rij_h = paneel_titel + plot_h + rij_onder
    hoogte = titel_hoogte + rijen * rij_h + jaren_h
    plot_w = (breedte - links - rechts - tussen * (kolommen - 1)) / kolommen
    letter, klein = (11.5, 10.5) if g.smal else (12.5, 11)

    x0 = _dag_getal(g.maanden[0])
    x1 = _dag_getal(_volgende_maand(g.maanden[-1]))

    def xp(d: dt.date, links_: float) -> float:
        return links_ + (_dag_getal(d) - x0) / (x1 - x0) * plot_w

    def yp(v: float, boven: float) -> float:
        v = min(max(v, 0.0), g.top)
        return boven + plot_h - v / g.top * plot_h

    stap = mooie_stap(g.top, 3 if g.smal else 4)
    ticks = [k * stap for k in range(int(g.top // stap) + 1)]
    jaren = [dt.date(j, 1, 1) for j in range(g.maanden[0].year + 1, _volgende_maand(g.maanden[-1]).year + 1)]
    elke = max(1, math.ceil(len(jaren) / (5 if g.smal else (7 if kolommen == 2 else 12))))
    jaren = [j for k, j in enumerate(jaren) if k % elke == 0 and _dag_getal(j) <= x1]

    uit = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{breedte}" height="{hoogte}" '
           f'viewBox="0 0 {breedte} {hoogte}" font-family="{LETTERS}">',
           f'<rect width="{breedte}" height="{hoogte}" fill="#ffffff"/>']
    regels = [g.titel] if not g.smal else _twee_regels(g.titel)
    for k, r in enumerate(regels):
        uit.append(_tekst(breedte / 2, 22 + k * 18, r, 15 if not g.smal else 14, "middle"))
    for b, paneel in enumerate(g.panelen):
        rij, kolom = divmod(b, kolommen)
        lx = links + kolom * (plot_w + tussen)
        boven = titel_hoogte + rij * rij_h + paneel_titel
        onderste = b + kolommen >= B
        uit.append(_tekst(lx, boven - 6, paneel.titel, letter, gewicht="bold"))
        # grid and y labels (left column only: the panels share their scale)
        for v in ticks:
            y = yp(v, boven)
            uit.append(f'<line x1="{_getal(lx)}" y1="{_getal(y)}" x2="{_getal(lx + plot_w)}" y2="{_getal(y)}" '
                       f'stroke="#d9d9d9" stroke-width="1"/>')
            if kolom == 0:
                uit.append(_tekst(lx - 5, y + 4, euro(v, 0), klein, "end", "#333333"))
        # year ticks (labels under the lowest panel of each column)
        for j in jaren:
            x = xp(j, lx)
            uit.append(f'<line x1="{_getal(x)}" y1="{_getal(boven + plot_h)}" x2="{_getal(x)}" '
                       f'y2="{_getal(boven + plot_h + 4)}" stroke="#333333" stroke-width="1"/>')
            if onderste:
                uit.append(_tekst(x, boven + plot_h + 16, str(j.year), klein, "middle", "#333333"))
        if g.markering is not None:
            x = xp(g.markering, lx)
            uit.append(f'<line x1="{_getal(x)}" y1="{_getal(boven)}" x2="{_getal(x)}" y2="{_getal(boven + plot_h)}" '
                       'stroke="#666666" stroke-width="1" stroke-dasharray="4 3"/>')
        if g.stippellijn is not None:
            y = yp(g.stippellijn, boven)
            uit.append(f'<line x1="{_getal(lx)}" y1="{_getal(y)}" x2="{_getal(lx + plot_w)}" y2="{_getal(y)}" '
                       'stroke="#000000" stroke-width="1.2" stroke-dasharray="1.5 2.5"/>')
        for lijn in paneel.lijnen:
            uit.append(_trap(lijn, g.maanden, lambda d, lx=lx: xp(d, lx), lambda v, boven=boven: yp(v, boven),
                             xp(_volgende_maand(g.maanden[-1]), lx)))
        for lijn in paneel.lijnen:
            if lijn.eindlabel and not _onbekend(lijn.waarden[-1]):
                lijn_y = yp(lijn.waarden[-1], boven)
                y = lijn_y - 5 if lijn_y - 5 > boven + 12 else lijn_y + 15
                if g.stippellijn is not None and y - letter - 1 <= yp(g.stippellijn, boven) <= y + 3:
                    y = lijn_y + 15  # above the line it would cross the dotted last wage: below the line
                uit.append(_tekst(lx + plot_w - 3, y, lijn.eindlabel, letter, "end"))
        uit.append(f'<rect x="{_getal(lx)}" y="{_getal(boven)}" width="{_getal(plot_w)}" height="{plot_h}" '
                   'fill="none" stroke="#333333" stroke-width="1"/>')
        if b == 0:
            if g.stippellijn is not None and g.stippellijn_label:
                uit.append(_tekst(lx + 4, yp(g.stippellijn, boven) - 4, g.stippellijn_label, klein, kleur="#333333"))
            if g.markering is not None and g.markering_label:
                uit.append(_tekst(xp(g.markering, lx) + 4, boven + 13, g.markering_label, klein, kleur="#444444"))
            if g.beginlabel is not None:
                tekst, hoogte_ = g.beginlabel
                uit.append(_tekst(lx + 4, yp(hoogte_, boven) - 5, tekst, klein))
    uit.append("</svg>")
    return "".join(uit)


def _onbekend(v) -> bool:
    return v is None or math.isnan(v)


def _trap(lijn: Lijn, maanden: Sequence[dt.date], xp, yp, eind_x: float) -> str:
    """A step path: each month's value holds until the next month starts; an unknown month (NaN) is a gap."""
    delen = []
    vorige_y = None
    for k, v in enumerate(lijn.waarden):
        x = xp(maanden[k])
        if _onbekend(v):
            if vorige_y is not None:
                delen.append(f"H{_getal(x)}")
            vorige_y = None
            continue
        y = yp(float(v))
        if vorige_y is None:
            delen.append(f"M{_getal(x)} {_getal(y)}")
        elif abs(y - vorige_y) > 0.05:
            delen.append(f"H{_getal(x)}V{_getal(y)}")
        vorige_y = y
    if vorige_y is not None:
        delen.append(f"H{_getal(eind_x)}")
    return (f'<path d="{"".join(delen)}" fill="none" stroke="{lijn.kleur}" stroke-width="{_getal(lijn.dikte)}" '
            'stroke-linejoin="miter"/>')


def _twee_regels(tekst: str) -> list[str]:
    """A title over two lines for a phone, split at the comma nearest the middle."""
    komma = [k for k, c in enumerate(tekst) if c == ","]
    if not komma:
        return [tekst]
    k = min(komma, key=lambda i: abs(i - len(tekst) / 2))
    return [tekst[: k + 1], tekst[k + 1:].strip()]
