"""Load benchmark of the web application on loopback.

Sets up a database with 1,000 synthetic cases (nobody real) over three employers, starts the app
(uvicorn, one process) in a second process, and drives it from a third process: a small load generator
with 1 and with 8 concurrent users (threads, one keep-alive connection each), bounded in requests and in
time. Prints requests per second and p50/p99 latency for

* ``POST /api/v1/bereken`` (one person, the WGA benefit: the CLI's calculate contract),
* ``GET /dossiers/{id}`` (the case page of a random case, as a logged-in casemanager),
* ``GET /`` (the start page: the framework's own cost, the baseline the others are compared with),

with one server process, or ``--workers N`` (uvicorn workers, as ``spoorzoeker serve --workers N``),

and the ratios against the baseline measured in the same run (a shared machine is noisy: only ratios
within one run mean much). Usage::

    .venv/bin/python benchmarks/web.py [--dossiers 1000] [--seconden 8] [--max 3000] [--workers 1] [--map DIR]

The database lives on disk (a temporary folder, or ``--map``), as it would in use: SQLite with its full
sync on every commit, so every logged read pays for its access-log record.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BEREKEN = {"datum": "2026-03-01", "bereken": ["wga_uitkering_soort", "wga_uitkering_per_maand"],
           "personen": [{"wia_maandloon": 2000.0, "inkomsten_per_maand": 600.0, "wga_maand": 5,
                         "lgu_duur_maanden": 12}]}
WACHTWOORD = "benchmark-wachtwoord-123"


def omgeving(map_: Path) -> dict[str, str]:
    return {**os.environ, "SPOORZOEKER_SLEUTELBESTAND": str(map_ / "sleutels.json"),
            "SPOORZOEKER_ANKERMAP": str(map_ / "ankers"), "SPOORZOEKER_WEB_DEMO": "0"}


def vul(url: str, aantal: int) -> tuple[str, list[str]]:
    """Employers, employees and ``aantal`` open cases; returns the casemanager's session token and the case ids."""
    from spoorzoeker.cases import Rol, StapGedaan
    from spoorzoeker.cases.aanmelden import AanmeldService
    from spoorzoeker.storage import open_database

    db = open_database(url)
    from spoorzoeker.samenstelling import voor_database

    s = voor_database(db).dossiers()
    b = s.eerste_beheerder("Bea Beheer", inlognaam="beheerder")
    werkgevers = [s.registreer_werkgever(b, f"Werkgever {k} (verzonnen)", 200) for k in range(3)]
    cm = s.registreer_gebruiker(b, "Carla Casemanager", Rol.CASEMANAGER, werkgevers, inlognaam="casemanager")
    rng = random.Random(20261129)
    vandaag = dt.date(2026, 11, 2)
    ids = []
    t0 = time.perf_counter()
    for k in range(aantal):
        wn = s.registreer_werknemer(b, werkgevers[k % 3], f"Werknemer {k} (verzonnen)", functie="medewerker")
        eerste = vandaag - dt.timedelta(days=rng.randint(1, 700))
        d = s.maak_dossier(cm, wn, eerste)
        if rng.random() < 0.7:
            s.leg_stap_vast(cm, d, StapGedaan("probleemanalyse", eerste + dt.timedelta(days=rng.randint(5, 50)), "Arts"))
        ids.append(d)
    print(f"  {aantal} dossiers aangemaakt in {time.perf_counter() - t0:.0f} s", flush=True)
    aanmelden = AanmeldService(db.opslag)
    aanmelden.stel_wachtwoord_in(b, cm, WACHTWOORD)
    token = aanmelden.meld_aan("casemanager", WACHTWOORD).token
    db.sluit()
    return token, ids


def server(url: str, poort: int, vandaag: str, workers: int = 1) -> None:
    """Run in the server process (as `spoorzoeker serve --workers N` does)."""
    import secrets

    import uvicorn

    os.environ.update(SPOORZOEKER_DATABASE_URL=url, SPOORZOEKER_WEB_VANDAAG=vandaag,
                      SPOORZOEKER_WEB_GEHEIM=secrets.token_urlsafe(32))
    uvicorn.run("spoorzoeker.web.app:maak_app_uit_omgeving", factory=True, workers=workers, host="127.0.0.1",
                port=poort, log_level="warning", access_log=False)


def last(poort: int, gebruikers: int, doel: str, token: str, ids: list[str], seconden: float, maximum: int) -> dict:
    """Run in the load process: ``gebruikers`` threads, each with its own keep-alive connection."""
    tijden: list[list[float]] = [[] for _ in range(gebruikers)]
    fouten = [0] * gebruikers
    per_gebruiker = max(1, maximum // gebruikers)
    einde = time.perf_counter() + seconden
    body = json.dumps(BEREKEN)

    def gebruiker(i: int) -> None:
        rng = random.Random(i)
        c = http.client.HTTPConnection("127.0.0.1", poort, timeout=30)
        while time.perf_counter() < einde and len(tijden[i]) < per_gebruiker:
            t0 = time.perf_counter()
            if doel == "bereken":
                c.request("POST", "/api/v1/bereken", body=body, headers={"Content-Type": "application/json"})
            elif doel == "dossier":
                c.request("GET", f"/dossiers/{rng.choice(ids)}", headers={"Cookie": f"sessie={token}"})
            else:
                c.request("GET", "/")
            r = c.getresponse()
            r.read()
            tijden[i].append(time.perf_counter() - t0)
            if r.status != 200:
                fouten[i] += 1
        c.close()

    start = time.perf_counter()
    draden = [threading.Thread(target=gebruiker, args=(i,)) for i in range(gebruikers)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    duur = time.perf_counter() - start
    alle = sorted(t for ts in tijden for t in ts)
    return {"aantal": len(alle), "fouten": sum(fouten), "rps": len(alle) / duur,
            "p50_ms": 1000 * statistics.median(alle), "p99_ms": 1000 * alle[min(len(alle) - 1, int(0.99 * len(alle)))]}


def vrije_poort() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def main() -> None:
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("--dossiers", type=int, default=1000)
    a.add_argument("--seconden", type=float, default=8.0, help="Hoogstens zoveel seconden per meting.")
    a.add_argument("--max", type=int, default=3000, help="Hoogstens zoveel verzoeken per meting.")
    a.add_argument("--map", type=Path, default=None)
    a.add_argument("--workers", type=int, default=1, help="Aantal serverprocessen (uvicorn-workers).")
    a.add_argument("--rol", choices=["server", "last"], default=None, help=argparse.SUPPRESS)
    a.add_argument("--args", default="", help=argparse.SUPPRESS)
    args = a.parse_args()
    if args.rol == "server":
        server(*json.loads(args.args))
        return
    if args.rol == "last":
        print(json.dumps(last(*json.loads(args.args))))
        return

    map_ = args.map or Path(tempfile.mkdtemp(prefix="spoorzoeker-webbench-"))
    map_.mkdir(parents=True, exist_ok=True)
    os.environ.update(omgeving(map_))
    url = f"sqlite:///{map_ / 'bench.db'}"
    print(f"Web-benchmark: {args.dossiers} dossiers in {url}, {args.workers} serverproces(sen)")
    token, ids = vul(url, args.dossiers)
    poort = vrije_poort()
    hier = str(Path(__file__).resolve())
    srv = subprocess.Popen([sys.executable, hier, "--rol", "server", "--args", json.dumps([url, poort, "2026-11-02", args.workers])],
                           env=omgeving(map_))
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", poort), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        uitkomsten = {}
        for doel in ("start", "bereken", "dossier"):
            for gebruikers in (1, 8):
                # a short warm-up, then the measurement, each in its own load process
                for seconden, maximum, bewaar in ((1.0, 50, False), (args.seconden, args.max, True)):
                    uit = subprocess.run([sys.executable, hier, "--rol", "last", "--args",
                                          json.dumps([poort, gebruikers, doel, token, ids, seconden, maximum])],
                                         capture_output=True, text=True, timeout=seconden + 120, env=omgeving(map_))
                    if uit.returncode != 0:
                        raise SystemExit(uit.stderr)
                    if bewaar:
                        uitkomsten[(doel, gebruikers)] = json.loads(uit.stdout)
    finally:
        srv.terminate()
        srv.wait(10)
    namen = {"start": "GET / (basislijn)", "bereken": "POST /api/v1/bereken", "dossier": "GET /dossiers/{id}"}
    print(f"\n{'verzoek':<24}{'gebruikers':>11}{'aantal':>8}{'fouten':>8}{'verz./s':>9}{'p50 ms':>9}{'p99 ms':>9}"
          f"{'p50 / basislijn':>17}")
    for (doel, g), u in uitkomsten.items():
        basis = uitkomsten[("start", g)]["p50_ms"]
        print(f"{namen[doel]:<24}{g:>11}{u['aantal']:>8}{u['fouten']:>8}{u['rps']:>9.0f}{u['p50_ms']:>9.1f}"
              f"{u['p99_ms']:>9.1f}{u['p50_ms'] / basis:>17.1f}")
    for doel in ("bereken", "dossier"):
        een, acht = uitkomsten[(doel, 1)], uitkomsten[(doel, 8)]
        print(f"{namen[doel]}: 8 gebruikers / 1 gebruiker: {acht['rps'] / een['rps']:.2f}x verzoeken per seconde")


if __name__ == "__main__":
    main()
