"""The OpenAPI document in Dutch: FastAPI writes a few texts of its own in English.

Every answer without a description of ours gets FastAPI's "Successful Response", and every answer schema
without a title a generated one such as "Response Bereken Api V1 Bereken Post". An API user reads the
document (``/api/v1/openapi.json``) as part of the product, so those become Dutch; our own descriptions
are left as they are. The lists of choices (the case file's enums) would carry their English code docstrings
as description: they get a Dutch one here. The title of every path and query parameter and of every field
of a request is generated from its key ("Dossier Id", "Totp Code"): it becomes the label the form shows
(``fouten.LABELS``), or for a key without a form a Dutch title of our own (``PARAMETERS``, ``TITELS``).
"""

from __future__ import annotations

from typing import Any

GELUKT = "Gelukt"
VERTALING = {"Successful Response": GELUKT, "Validation Error": "Ongeldige invoer"}
# the description of each list of choices in the document (pydantic takes an enum's docstring, which is English)
KEUZELIJSTEN = {
    "SoortGebeurtenis": "Een besluit van het UWV of een verlof dat de data van de tijdlijn verschuift: loonsanctie, "
                        "uitstel van de WIA-aanvraag, herstelmelding na een loonsanctie, verkorte wachttijd, "
                        "zwangerschaps- en bevallingsverlof, of de dag waarop de werknemer de AOW-leeftijd bereikt.",
    "SoortInterventie": "Wat het plan van aanpak inzet: scholing, werkplekaanpassing, aangepast werk, "
                        "arbeidstherapeutisch werk, coaching, een aangeboden behandeling, overig, een jobcoach, een "
                        "proefplaatsing of een vervoersvoorziening.",
    "SoortNazorg": "Nazorg na volledige werkhervatting, of jobcoaching.",
    "SoortOordeel": "Welk oordeel van de bedrijfsarts in werktermen: de probleemanalyse, een bijstelling daarvan, het "
                    "actueel oordeel aan het eind, of een advies tussendoor (voor het re-integratieverslag, art. 6 "
                    "Regeling procesgang eerste en tweede ziektejaar).",
    "SoortVraag": "Een vraag, een deskundigenoordeel van het UWV of een second opinion van een andere bedrijfsarts.",
    "Spoor": "Spoor 1 (werk bij de eigen werkgever), spoor 2 (werk bij een andere werkgever) of beide.",
    "WiaPrognose": "De schatting van de arbeidsdeskundige van de uitkomst van de WIA-beoordeling: een verwachting, "
                   "geen recht.",
}


# the parameters in an address or after its '?': a title and, where the code gives none, a description
PARAMETERS = {
    "dossier_id": ("Dossier", "Het kenmerk van het dossier: het 'id' dat GET /api/v1/dossiers bij elk dossier geeft."),
    "vraag_id": ("Nummer van de vraag", "Het nummer van de vraag of het geschil in het dossier: het 'id' dat "
                                        "GET /api/v1/dossiers/{dossier_id} bij elke vraag in 'vragen' geeft."),
    "pagina": ("Pagina", None),
    "per_pagina": ("Regels per pagina", None),
    "kort": ("Verkort verslag", None),
}
# fields of a request or an answer that no form shows (so ``fouten.LABELS`` has no label for them)
TITELS = {
    "fout": "Foutmelding", "veld": "Welk gegeven", "bbl": "Bbl-contract", "ziekteoorzaak": "Oorzaak van de ziekte",
    "whk_loonsom": "Premieplichtige loonsom van het bedrijf", "rol": "Rol", "start": "Begin", "eind": "Einde",
}


def _gegenereerd(sleutel: str, titel: object) -> bool:
    """FastAPI's and pydantic's own title for a key: 'dossier_id' -> 'Dossier Id'."""
    return titel == sleutel.replace("_", " ").title()


def _titel(sleutel: str, model: str | None = None) -> str:
    """The Dutch title of a key: the form's label, our own title, or the key as words ('datum in dienst')."""
    from .fouten import label_van

    return label_van(sleutel, model) or TITELS.get(sleutel) or sleutel.replace("_", " ").capitalize()


def in_het_nederlands(document: Any) -> Any:
    """The document with FastAPI's own English texts replaced (changed in place and returned)."""
    schemas = document.get("components", {}).get("schemas", {}) if isinstance(document, dict) else {}
    for naam, schema in schemas.items():
        if "enum" in schema and naam in KEUZELIJSTEN:
            schema["description"] = KEUZELIJSTEN[naam]
        for sleutel, veld in schema.get("properties", {}).items():
            if isinstance(veld, dict) and _gegenereerd(sleutel, veld.get("title")):
                veld["title"] = _titel(sleutel, naam)
    paden = document.get("paths", {}) if isinstance(document, dict) else {}
    for acties in paden.values():
        for actie in acties.values():
            for parameter in actie.get("parameters", []) if isinstance(actie, dict) else []:
                _parameter_in_het_nederlands(parameter)
    return _vertaal(document)


def _parameter_in_het_nederlands(parameter: dict[str, Any]) -> None:
    sleutel = parameter.get("name", "")
    titel, uitleg = PARAMETERS.get(sleutel, (_titel(sleutel), None))
    schema = parameter.setdefault("schema", {})
    schema["title"] = titel
    if uitleg and not parameter.get("description"):
        parameter["description"] = uitleg
        schema.setdefault("description", uitleg)


def _vertaal(document: Any) -> Any:
    if isinstance(document, dict):
        for sleutel, waarde in list(document.items()):
            if sleutel == "description" and isinstance(waarde, str) and waarde in VERTALING:
                document[sleutel] = VERTALING[waarde]
            elif sleutel == "title" and isinstance(waarde, str) and waarde.startswith("Response "):
                document[sleutel] = "Antwoord"
            else:
                _vertaal(waarde)
    elif isinstance(document, list):
        for waarde in document:
            _vertaal(waarde)
    return document
