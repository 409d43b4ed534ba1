"""What ``spoorzoeker overzicht`` does: read the request, build each overview, write the files.

One person (``"persoon"``) gives one HTML and/or PDF file; a batch (``"personen"``: a list)
gives one file per person, numbered (``overzicht-1.pdf``, ...), with a progress bar on stderr.
Files are written only after their overview was built, so an input error leaves nothing half
written for that person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from ..errors import InvoerFout
from . import maak_overzicht, naar_html, naar_pdf


def _genummerd(pad: Path | None, nummer: int, aantal: int) -> Path | None:
    if pad is None or aantal == 1:
        return pad
    return pad.with_name(f"{pad.stem}-{nummer}{pad.suffix}")


def schrijf_overzichten(invoer: dict, html: Path | None, pdf: Path | None, werkgever: bool = False,
                        voortgang: bool = True, vandaag: dt.date | None = None) -> list[Path]:
    if html is None and pdf is None:
        raise InvoerFout("Geef --html en/of --pdf om het overzicht te bewaren.", "uitvoer")
    if not isinstance(invoer, dict):
        raise InvoerFout("Het overzicht heeft een JSON-object nodig met 'persoon' of 'personen'.", "persoon")
    personen = invoer.get("personen")
    if personen is None:
        personen = [invoer.get("persoon")]
    if not isinstance(personen, list) or not personen or not all(isinstance(p, dict) for p in personen):
        raise InvoerFout("Geef 'persoon' (een JSON-object) of 'personen' (een lijst van JSON-objecten).", "persoon")
    basis = {k: v for k, v in invoer.items() if k not in ("persoon", "personen")}
    if werkgever:
        basis["soort"] = "werkgever"
    reeks: Iterable[int] = range(len(personen))
    if voortgang and len(personen) > 1:
        from tqdm import tqdm

        reeks = tqdm(reeks, desc="Overzichten", unit="persoon")
    geschreven: list[Path] = []
    for k in reeks:
        ov = maak_overzicht({**basis, "persoon": personen[k]}, vandaag)
        for pad, maak in ((html, naar_html), (pdf, naar_pdf)):
            doel = _genummerd(pad, k + 1, len(personen))
            if doel is None:
                continue
            inhoud = maak(ov)
            if isinstance(inhoud, str):  # HTML; the PDF is bytes
                doel.write_text(inhoud, encoding="utf-8")
            else:
                doel.write_bytes(inhoud)
            geschreven.append(doel)
    return geschreven
