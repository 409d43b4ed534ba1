"""The OpenAPI document in Dutch: FastAPI writes a few texts of its own in English.

Every answer without a description of ours gets FastAPI's "Successful Response", and every answer schema
without a title a generated one such as "Response Bereken Api V1 Bereken Post". An API user reads the
document (``/api/v1/openapi.json``) as part of the product, so those become Dutch; our own descriptions
are left as they are.
"""

from __future__ import annotations

from typing import Any

GELUKT = "Gelukt"
VERTALING = {"Successful Response": GELUKT, "Validation Error": "Ongeldige invoer"}


def in_het_nederlands(document: Any) -> Any:
    """The document with FastAPI's own English texts replaced (changed in place and returned)."""
    if isinstance(document, dict):
        for sleutel, waarde in list(document.items()):
            if sleutel == "description" and isinstance(waarde, str) and waarde in VERTALING:
                document[sleutel] = VERTALING[waarde]
            elif sleutel == "title" and isinstance(waarde, str) and waarde.startswith("Response "):
                document[sleutel] = "Antwoord"
            else:
                in_het_nederlands(waarde)
    elif isinstance(document, list):
        for waarde in document:
            in_het_nederlands(waarde)
    return document
