"""The printable financial overview ("Financieel overzicht bij ziekte"): content, HTML and PDF.

``maak_overzicht(invoer)`` builds the content for the employee (``"soort": "werknemer"``,
default) or the employer (``"soort": "werkgever"``, no medical data); ``naar_html`` and
``naar_pdf`` draw it. How to read it: docs/overzicht.md.
"""

from __future__ import annotations

import datetime as dt

from .html import naar_html
from .inhoud import Overzicht, werkgever_overzicht, werknemer_overzicht
from .pdf import naar_pdf


def maak_overzicht(invoer: dict, vandaag: dt.date | None = None) -> Overzicht:
    from ..errors import InvoerFout

    if not isinstance(invoer, dict) or not isinstance(invoer.get("persoon"), dict):
        raise InvoerFout("Het overzicht heeft een JSON-object nodig met 'persoon' (de gegevens van één werknemer).",
                         "persoon")
    soort = invoer.get("soort", "werknemer")
    if soort in ("werknemer", "werkgever"):
        ov = (werknemer_overzicht if soort == "werknemer" else werkgever_overzicht)(invoer, vandaag)
        if invoer.get("vergelijk"):  # another scenario side by side (reports/scenario.py)
            from .scenario import vergelijk_blokken

            ov.blokken.extend(vergelijk_blokken(invoer, invoer.get("scenario"), invoer["vergelijk"]))
        return ov
    raise InvoerFout(f"Het veld 'soort' moet 'werknemer' of 'werkgever' zijn, niet '{soort}'.", "soort")


__all__ = ["Overzicht", "maak_overzicht", "naar_html", "naar_pdf"]
