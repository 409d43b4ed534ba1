"""Two source trees measured in turns, each in a child process of its own: the paired runs of the benchmarks
that compare a baseline commit with the working tree (``verzoek.py``, ``rekenhulp.py``).

The child is the benchmark script itself with ``--dienst`` and ``PYTHONPATH`` set to one tree: it first
prints ``{"bron": spoorzoeker.__file__}`` (so a tree that was not read shows), then answers every line
``{"naam": ..., "n": ...}`` with one JSON line whose first number (or the number itself) is the time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def _tijd(antwoord: Any) -> float:
    return float(antwoord[0] if isinstance(antwoord, list) else antwoord)


def om_beurten(script: str, bomen: dict[str, Path], namen: Iterable[str], blokken: int, n: int) -> dict[str, dict]:
    """Per tree and name the fastest answer of ``blokken`` blocks of ``n``; the trees take turns, and the
    order of the trees flips every block (a machine that speeds up or slows down favours neither)."""
    namen = list(namen)
    kinderen = {}
    for naam, src in bomen.items():
        kind = subprocess.Popen([sys.executable, script, "--dienst"], env={**os.environ, "PYTHONPATH": str(src)},
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert kind.stdout is not None
        if not json.loads(kind.stdout.readline())["bron"].startswith(str(src)):
            raise SystemExit(f"het kindproces las spoorzoeker niet uit {src}")
        kinderen[naam] = kind
    beste: dict[str, dict] = {naam: {} for naam in bomen}
    try:
        for blok in range(blokken):
            for geval in namen:
                volgorde = list(kinderen.items()) if blok % 2 == 0 else list(reversed(kinderen.items()))
                for naam, kind in volgorde:
                    assert kind.stdin is not None and kind.stdout is not None
                    kind.stdin.write(json.dumps({"naam": geval, "n": n}) + "\n")
                    kind.stdin.flush()
                    antwoord = json.loads(kind.stdout.readline())
                    if geval not in beste[naam] or _tijd(antwoord) < _tijd(beste[naam][geval]):
                        beste[naam][geval] = antwoord
    finally:
        for kind in kinderen.values():
            assert kind.stdin is not None
            kind.stdin.close()
            kind.wait()
    return beste
