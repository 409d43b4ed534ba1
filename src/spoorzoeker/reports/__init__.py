"""The printable financial overview ("Financieel overzicht bij ziekte"): content, HTML and PDF.

``maak_overzicht(invoer)`` builds the content for the employee (``"soort": "werknemer"``,
default) or the employer (``"soort": "werkgever"``, no medical data); ``naar_html`` and
``naar_pdf`` draw it. How to read it: docs/overzicht.md.
"""

from __future__ import annotations

import datetime as dt

from ..params import uniek_doorgetrokken, verzamel_doorgetrokken
from .html import naar_html
from .inhoud import Kader, Overzicht, werkgever_overzicht, werknemer_overzicht
from .pdf import naar_pdf


def maak_overzicht(invoer: dict, vandaag: dt.date | None = None) -> Overzicht:
    from ..errors import InvoerFout

    if not isinstance(invoer, dict) or not isinstance(invoer.get("persoon"), dict):
        raise InvoerFout("Het overzicht heeft een JSON-object nodig met 'persoon' (de gegevens van één werknemer).",
                         "persoon")
    from ..invoermodellen import controleer_overzicht

    controleer_overzicht(invoer)  # what cannot be true: born after the sick day, a sick day outside the law, ...
    soort = invoer.get("soort", "werknemer")
    if soort in ("werknemer", "werkgever"):
        with verzamel_doorgetrokken() as doorgetrokken:
            ov = (werknemer_overzicht if soort == "werknemer" else werkgever_overzicht)(invoer, vandaag)
        _kader_nog_niet_bekend(ov, uniek_doorgetrokken(doorgetrokken))
        if invoer.get("vergelijk"):  # another scenario side by side (reports/scenario.py)
            from .scenario import vergelijk_blokken

            ov.blokken.extend(vergelijk_blokken(invoer, invoer.get("scenario"), invoer["vergelijk"]))
        return ov
    raise InvoerFout(f"Het veld 'soort' moet 'werknemer' of 'werkgever' zijn, niet '{soort}'.", "soort")


def _kader_nog_niet_bekend(ov: Overzicht, doorgetrokken: list) -> None:
    """Amounts the law revises every (half) year whose value for the calculation date is not known yet:
    the overview used the last known ones and says so, in a box right after the disclaimer."""
    if not doorgetrokken:
        return
    tekst = " ".join(d.melding() for d in doorgetrokken)
    plek = next((i + 1 for i, b in enumerate(ov.blokken) if isinstance(b, Kader)), 0)
    ov.blokken.insert(plek, Kader(tekst, "Nog niet bekend"))


__all__ = ["Overzicht", "maak_overzicht", "naar_html", "naar_pdf"]
