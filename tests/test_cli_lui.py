"""The command line loads its heavy sub-commands only when they run (start-up of ``spoorzoeker --help``)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from spoorzoeker.opdrachtregel.app import LUI, app, laad_opdracht


@pytest.mark.parametrize("naam", sorted(LUI))
def test_overzicht_toont_de_hulp_van_de_opdracht_zelf(naam: str) -> None:
    # The overview shows the table's text without importing the command; it must be the command's own help.
    assert laad_opdracht(naam).help == LUI[naam][2]


def test_hulp_laadt_geen_zware_modules() -> None:
    code = ("import sys\n"
            "from typer.testing import CliRunner\n"
            "from spoorzoeker.opdrachtregel.app import app\n"
            "uit = CliRunner().invoke(app, ['--help'])\n"
            "assert uit.exit_code == 0, uit.output\n"
            "zwaar = [m for m in ('spoorzoeker.interface', 'spoorzoeker.cases', 'spoorzoeker.web', 'spoorzoeker.simulation',"
            " 'spoorzoeker.scenarios', 'numpy', 'pydantic', 'fastapi') if m in sys.modules]\n"
            "print(','.join(zwaar))\n")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == ""


def test_hulp_noemt_elke_opdracht() -> None:
    uit = CliRunner().invoke(app, ["--help"])
    assert uit.exit_code == 0
    for naam in ("bereken", "tijdlijn", *LUI):
        assert f" {naam} " in uit.output


def test_luie_opdracht_werkt_bij_gebruik() -> None:
    uit = CliRunner().invoke(app, ["scenario", "lijst"])
    assert uit.exit_code == 0, uit.output
    assert "huidig" in uit.output
