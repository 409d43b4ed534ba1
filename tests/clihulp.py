"""The one place the tests take the command line from: the Typer ``app``, ``draai`` to run it in this
process (Typer's CliRunner: no new interpreter, no second import of numpy and the rules per call), and
``MODULE`` for the few tests that need a real process. When the command line moves to another module,
only the import below changes."""

from __future__ import annotations

import sys
from pathlib import Path

from typer.testing import CliRunner, Result

from spoorzoeker.opdrachtregel.app import app

__all__ = ["app", "draai", "MODULE", "PYTHON_M", "ingang"]

MODULE = "spoorzoeker.opdrachtregel"
PYTHON_M = [sys.executable, "-m", MODULE]  # for a real process: python -m spoorzoeker.opdrachtregel ...


def draai(*args: str, invoer: str | bytes | None = None, env: dict[str, str | None] | None = None) -> Result:
    """Run ``spoorzoeker ARGS`` in this process; stdout and stderr come back apart (``r.stdout``,
    ``r.stderr``), the exit code as ``r.exit_code``."""
    return CliRunner(env=env).invoke(app, list(args), input=invoer)


def ingang() -> str:
    """The installed ``spoorzoeker`` entry point of this environment (pyproject [project.scripts])."""
    pad = Path(sys.executable).with_name("spoorzoeker")
    if not pad.exists():
        import pytest

        pytest.skip(f"the entry point {pad} is not installed (pip install -e .)")
    return str(pad)
