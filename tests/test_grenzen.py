"""Boundaries between modules that the import contracts (``lint-imports``) do not see: no module of
Spoorzoeker imports another module's private (``_name``) functions or classes. What two modules share
is public in the module where it belongs."""

from __future__ import annotations

import ast
from pathlib import Path

import spoorzoeker

BRON = Path(spoorzoeker.__file__).parent


def _eigen_module(huidig: str, knoop: ast.ImportFrom) -> str | None:
    """The dotted name of the module ``knoop`` imports from, when it is one of ours; otherwise None."""
    if knoop.level == 0:
        naam = knoop.module or ""
        return naam if naam == "spoorzoeker" or naam.startswith("spoorzoeker.") else None
    pakket = huidig.split(".")[: -knoop.level]
    return ".".join(pakket + ([knoop.module] if knoop.module else []))


def _privé_imports() -> list[str]:
    gevonden = []
    for pad in sorted(BRON.rglob("*.py")):
        module = ".".join(("spoorzoeker", *pad.relative_to(BRON).with_suffix("").parts))
        module = module.removesuffix(".__init__")
        if pad.name == "__init__.py":
            module += ".__init__"  # relative imports in a package's __init__ start from the package
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if not isinstance(knoop, ast.ImportFrom) or _eigen_module(module, knoop) is None:
                continue
            for alias in knoop.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    gevonden.append(f"{pad.relative_to(BRON)}:{knoop.lineno} {alias.name} uit {knoop.module}")
    return gevonden


def test_geen_module_importeert_privénamen_van_een_andere():
    assert _privé_imports() == []


def test_de_controle_vindt_een_privé_import(tmp_path):
    """The check itself can fail: a relative import of a private name is recognised as ours."""
    knoop = ast.parse("from .projectie import _lees_datum").body[0]
    assert isinstance(knoop, ast.ImportFrom)
    assert _eigen_module("spoorzoeker.projection.werkgever", knoop) == "spoorzoeker.projection.projectie"
    derde = ast.parse("from typer import _click").body[0]
    assert isinstance(derde, ast.ImportFrom)
    assert _eigen_module("spoorzoeker.opdrachtregel.nederlands", derde) is None  # a library's internals: not ours
