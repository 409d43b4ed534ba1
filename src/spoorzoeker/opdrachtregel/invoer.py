"""Reading a JSON request from a file or standard input, and stopping with one Dutch line.

Shared by every command that takes JSON (``bereken``, ``tijdlijn``, ``overzicht``, the ``dossier``
commands): one reader, one set of Dutch messages, exit code 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NoReturn

import typer


def fout(bericht: str) -> NoReturn:
    """One Dutch line on stderr, exit code 2."""
    typer.echo(f"Fout: {bericht}", err=True)
    raise typer.Exit(code=2)


JSON_FOUTEN = {
    "Expecting value": "hier wordt een waarde verwacht",
    "Expecting property name enclosed in double quotes": "hier wordt een naam tussen dubbele aanhalingstekens verwacht",
    "Expecting ',' delimiter": "hier wordt een komma verwacht",
    "Expecting ':' delimiter": "hier wordt een dubbele punt verwacht",
    "Extra data": "na het einde van de JSON staat nog iets",
    "Unterminated string starting at": "een tekst zonder afsluitend aanhalingsteken",
    "Invalid control character at": "een ongeldig teken in een tekst",
    "Invalid \\escape": "een ongeldige backslash in een tekst",
}


def lees_json(bestand: str) -> Any:
    """The JSON in ``bestand`` ('-' is standard input); a file that cannot be read or is no JSON stops
    with one Dutch line naming it (exit code 2)."""
    naam = "de standaardinvoer" if bestand == "-" else f"'{bestand}'"
    try:
        if bestand == "-":
            if sys.stdin.isatty():
                typer.echo("Spoorzoeker wacht op JSON op de standaardinvoer (sluit af met Ctrl+D), of geef een "
                           "bestand: zie --help.", err=True)
            ruw = getattr(sys.stdin, "buffer", None)
            tekst = ruw.read().decode("utf-8") if ruw is not None else sys.stdin.read()
        else:
            tekst = Path(bestand).read_text(encoding="utf-8")
    except FileNotFoundError:
        fout(f"het bestand '{bestand}' bestaat niet.")
    except IsADirectoryError:
        fout(f"'{bestand}' is een map, geen bestand; geef een JSON-bestand.")
    except PermissionError:
        fout(f"u mag het bestand '{bestand}' niet lezen (geen toestemming).")
    except UnicodeDecodeError:
        fout(f"{naam} is geen tekst (UTF-8); geef een JSON-bestand.")
    except OSError:
        fout(f"{naam} kan niet worden gelezen.")
    try:
        return json.loads(tekst)
    except json.JSONDecodeError as e:
        uitleg = JSON_FOUTEN.get(e.msg, "de opbouw klopt hier niet")
        if not tekst.strip():
            fout(f"{naam} is leeg; verwacht wordt JSON, bijvoorbeeld {{\"personen\": [...]}}.")
        fout(f"{naam} is geen geldige JSON: regel {e.lineno}, kolom {e.colno}: {uitleg}.")
    raise AssertionError("unreachable")
