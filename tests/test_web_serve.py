"""`spoorzoeker serve` on an empty database: fills in the demo data, prints the address and the demo
log-ins, and serves the app; a printed log-in works. A second start finds the data and prints the same
log-ins again. (The process is started and stopped here, on loopback.)"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx
from clihulp import PYTHON_M
from webhulp import snelle_map


def _vrije_poort() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def _start(map_: Path, poort: int) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "XDG_DATA_HOME": str(map_ / "data"), "SPOORZOEKER_SLEUTELBESTAND": str(map_ / "sleutels.json"),
           "SPOORZOEKER_ANKERMAP": str(map_ / "ankers"), "PYTHONUNBUFFERED": "1"}
    env.pop("SPOORZOEKER_DATABASE_URL", None)
    env.pop("SPOORZOEKER_SLEUTELS", None)
    proc = subprocess.Popen([*PYTHON_M, "serve", "--port", str(poort)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    uit = []
    einde = time.time() + 240
    while time.time() < einde:
        regel = proc.stdout.readline()
        if not regel:
            break
        uit.append(regel)
        if regel.startswith("Zonder aanmelden"):
            break
    tekst = "".join(uit)
    einde = time.time() + 120  # serve starts a process per core; each imports the rules before it listens
    while time.time() < einde:
        try:
            socket.create_connection(("127.0.0.1", poort), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.2)
    return proc, tekst


def _stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def test_serve_start_met_demogegevens_en_toont_aanmeldgegevens(tmp_path):
    map_ = snelle_map(tmp_path)
    poort = _vrije_poort()
    proc, tekst = _start(map_, poort)
    try:
        assert "De database is leeg: verzonnen demogegevens worden aangemaakt" in tekst, tekst
        assert f"Spoorzoeker draait op http://localhost:{poort}/" in tekst
        wachtwoord = re.search(r"casemanager\s+inlognaam casemanager\s+wachtwoord (\S+)", tekst).group(1)
        assert re.search(r"bedrijfsarts\s+inlognaam arts\s+wachtwoord \S+\s+TOTP-geheim [A-Z2-7]{32}", tekst)
        assert (map_ / "data" / "spoorzoeker" / "spoorzoeker.db").exists()  # the embedded SQLite, in the data folder
        c = httpx.Client(base_url=f"http://127.0.0.1:{poort}")
        assert c.get("/").status_code == 200
        r = c.post("/api/v1/aanmelden", json={"inlognaam": "casemanager", "wachtwoord": wachtwoord})
        assert r.status_code == 200, r.text
        lijst = c.get("/api/v1/dossiers").json()
        assert lijst["totaal"] == 6 and {d["werknemer"] for d in lijst["dossiers"]} >= {"Jan Jansen", "Piet Bakker"}
    finally:
        _stop(proc)
    proc, tekst2 = _start(map_, poort)
    try:
        assert "demogegevens worden aangemaakt" not in tekst2
        assert f"wachtwoord {wachtwoord}" in tekst2
    finally:
        _stop(proc)
