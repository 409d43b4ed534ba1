"""Load benchmark of the web application on loopback.

Sets up a database with 1,000 synthetic cases (nobody real) over three employers, starts the app
(uvicorn) in a second process, and drives it from a third process: a light load generator (one asyncio
loop, raw HTTP/1.1 over keep-alive connections, one per user) with 1 and with 8 concurrent users,
bounded in requests and in time. Prints requests per second and p50/p99 latency for

* ``GET /`` (the start page: the framework's own cost, the baseline the others are compared with),
* ``POST /api/v1/bereken`` (one person, the WGA benefit: the CLI's calculate contract), the same
  request every time (answers for a request seen before come from the app's small answer cache),
* ``POST bereken, wisselend``: the same request with a different wage every time (always calculated),
* ``GET /dossiers/{id}`` (the case page of a random case, as a logged-in casemanager),

for each number of server processes asked (default: 1, the old configuration, as the baseline, and
2, what ``spoorzoeker serve`` now starts on a 2-core machine), and the ratios within the same run (a
shared machine is noisy: only ratios within one run mean much). The load generator runs on the same
machine and competes with the server for the two cores; so does any other work on the machine, which the
column ``anderen`` shows (processor time of everything but the server and the load generator during the
measurement, in cores), and the cold page's repeated runs are also counted among the runs on a quiet
machine (other work under a quarter of a core). Usage::

    .venv/bin/python benchmarks/web.py [--dossiers 1000] [--seconden 8] [--max 3000] [--workers 1 2] [--map DIR] [--herhalingen N]

The database lives on disk (a temporary folder, or ``--map``), as it would in use: SQLite in WAL mode
with its full sync on every commit, so every logged read pays for its access-log record (several
reads that finish together share one commit).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
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
        gedaan = eerste + dt.timedelta(days=rng.randint(5, 50))
        if rng.random() < 0.7 and gedaan <= vandaag:  # a step done after "today" would make the page an error
            s.leg_stap_vast(cm, d, StapGedaan("probleemanalyse", gedaan, "Arts"))
        ids.append(d)
    print(f"  {aantal} dossiers aangemaakt in {time.perf_counter() - t0:.0f} s", flush=True)
    aanmelden = AanmeldService(db.opslag)
    aanmelden.stel_wachtwoord_in(b, cm, WACHTWOORD)
    token = aanmelden.meld_aan("casemanager", WACHTWOORD).token
    db.sluit()
    return token, ids


def meld_aan(url: str) -> str:
    from spoorzoeker.cases.aanmelden import AanmeldService
    from spoorzoeker.storage import open_database

    db = open_database(url, maak_aan=False)
    try:
        return AanmeldService(db.opslag).meld_aan("casemanager", WACHTWOORD).token
    finally:
        db.sluit()


def server(url: str, poort: int, vandaag: str, workers: int = 1) -> None:
    """Run in the server process (as `spoorzoeker serve --workers N` does)."""
    import secrets

    import uvicorn

    os.environ.update(SPOORZOEKER_DATABASE_URL=url, SPOORZOEKER_WEB_VANDAAG=vandaag, SPOORZOEKER_WEB_WORKERS=str(workers),
                      SPOORZOEKER_WEB_GEHEIM=secrets.token_urlsafe(32))
    uvicorn.run("spoorzoeker.web.app:maak_app_uit_omgeving", factory=True, workers=workers, host="127.0.0.1",
                port=poort, log_level="warning", access_log=False, timeout_worker_healthcheck=120)


def _verzoek(methode: str, pad: str, kop: dict[str, str], body: bytes = b"") -> bytes:
    """One HTTP/1.1 request as bytes, sent in one write (no Nagle delay between header and body)."""
    regels = [f"{methode} {pad} HTTP/1.1", "Host: 127.0.0.1"] + [f"{k}: {v}" for k, v in kop.items()]
    if body:
        regels.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(regels) + "\r\n\r\n").encode() + body


async def _gebruiker(poort: int, verzoeken, tijden: list[float], fouten: list[int], einde: float, maximum: int,
                     na: float = 0.0) -> None:
    """One user: after ``na`` seconds one keep-alive connection, a request, wait for the whole answer, the next."""
    import asyncio

    await asyncio.sleep(na)
    lezer, schrijver = await asyncio.open_connection("127.0.0.1", poort)
    try:
        for verzoek in verzoeken:  # shared by the users: each request is sent once
            if time.perf_counter() >= einde or len(tijden) >= maximum:
                break
            t0 = time.perf_counter()
            schrijver.write(verzoek)
            kop = await lezer.readuntil(b"\r\n\r\n")
            i = kop.lower().find(b"\r\ncontent-length:")
            lengte = int(kop[i + 17:kop.index(b"\r\n", i + 2)]) if i >= 0 else 0
            await lezer.readexactly(lengte)
            tijden.append(time.perf_counter() - t0)
            if kop[9:12] != b"200":
                fouten[0] += 1
            if b"\r\nconnection: close" in kop.lower():  # the server asks to reconnect, as a browser then does
                schrijver.close()
                lezer, schrijver = await asyncio.open_connection("127.0.0.1", poort)
    finally:
        schrijver.close()


def verzoeken_voor(doel: str, gebruikers: int, token: str, ids: list[str], maximum: int) -> list[bytes]:
    """Every request of one measurement, built before the clock starts (the generator then only sends)."""
    rng = random.Random(gebruikers)
    json_kop = {"Content-Type": "application/json"}
    if doel == "bereken":
        return [_verzoek("POST", "/api/v1/bereken", json_kop, json.dumps(BEREKEN).encode())] * maximum
    if doel == "bereken_wisselend":  # a different person every time: no answer is ever served twice
        uit = []
        for _ in range(maximum):
            v = json.loads(json.dumps(BEREKEN))
            v["personen"][0]["wia_maandloon"] = rng.randrange(100_000, 600_000) / 100
            uit.append(_verzoek("POST", "/api/v1/bereken", json_kop, json.dumps(v).encode()))
        return uit
    if doel == "dossier_koud":  # the cases in the order given, each once
        return [_verzoek("GET", f"/dossiers/{d}", {"Cookie": f"sessie={token}"}) for d in ids[:maximum]]
    if doel == "dossier_warm":  # at random from a few cases read before
        return [_verzoek("GET", f"/dossiers/{rng.choice(ids)}", {"Cookie": f"sessie={token}"}) for _ in range(maximum)]
    if doel == "dossier_opwarmen":  # the few cases of dossier_warm in turn, so that each is read
        return [_verzoek("GET", f"/dossiers/{ids[k % len(ids)]}", {"Cookie": f"sessie={token}"}) for k in range(maximum)]
    return [_verzoek("GET", "/", {})] * maximum


def last(poort: int, gebruikers: int, doel: str, token: str, ids: list[str], seconden: float, maximum: int) -> dict:
    """Run in the load process: ``gebruikers`` concurrent users in one event loop (light: the load
    generator shares this machine's two cores with the server), each with its own keep-alive connection.
    Also returns the CPU time this process used while sending, as a share of one core."""
    import asyncio

    try:
        import uvloop
    except ImportError:  # pragma: no cover - uvloop comes with uvicorn[standard]
        uvloop = None
    verzoeken = iter(verzoeken_voor(doel, gebruikers, token, ids, maximum))
    tijden: list[float] = []
    fouten = [0]

    async def alles() -> float:
        start = time.perf_counter()
        # users arrive one after another (AANKOMST apart), not all in the same microsecond: with several
        # server processes on one listening socket, connections that all arrive at once may all be
        # accepted by the same process, which real users, arriving at different moments, would not do
        await asyncio.gather(*(_gebruiker(poort, verzoeken, tijden, fouten, start + seconden, maximum, k * AANKOMST)
                               for k in range(gebruikers)))
        return time.perf_counter() - start

    cpu0 = time.process_time()
    duur = uvloop.run(alles()) if uvloop is not None else asyncio.run(alles())
    cpu = time.process_time() - cpu0
    alle = sorted(tijden)
    return {"aantal": len(alle), "fouten": fouten[0], "rps": len(alle) / duur, "last_cpu": cpu / duur,
            "p50_ms": 1000 * statistics.median(alle), "p99_ms": 1000 * alle[min(len(alle) - 1, int(0.99 * len(alle)))]}


def vrije_poort() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


DOELEN = {"start": "GET / (basislijn)", "bereken": "POST /api/v1/bereken", "bereken_wisselend":
          "POST bereken, wisselend", "dossier_koud": "GET /dossiers/{id}, koud",
          "dossier_warm": "GET /dossiers/{id}, warm"}
WARM = 50            # cases of the warm case page
AANKOMST = 0.025         # seconds between the arrivals of two users
OPWARMEN_KOUD = 40   # cases read while warming up a fresh server (not measured)


class Server:
    """The app with uvicorn in its own process (as ``spoorzoeker serve --workers N`` starts it)."""

    def __init__(self, map_: Path, url: str, workers: int):
        self.poort = vrije_poort()
        self._proces = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--rol", "server", "--args",
                                         json.dumps([url, self.poort, "2026-11-02", workers])], env=omgeving(map_))
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", self.poort), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        time.sleep(1.0 * workers)  # every worker process up

    def cpu_seconden(self) -> float:
        """Processor time (user + system) used so far by the server and its worker processes: on a shared,
        noisy machine the server's own cost per request varies far less than the time a request takes."""
        import psutil

        try:
            ouder = psutil.Process(self._proces.pid)
            processen = [ouder, *ouder.children(recursive=True)]
        except psutil.NoSuchProcess:
            return float("nan")
        totaal = 0.0
        for p in processen:
            try:
                t = p.cpu_times()
                totaal += t.user + t.system
            except psutil.NoSuchProcess:
                pass
        return totaal

    def verdeling(self) -> str:
        """Open connections per server process, most first ("5/3"): uvicorn's processes share one listening
        socket and each keeps the connections it accepted, so 8 keep-alive users need not split 4/4; the
        process with more of them answers its users more slowly, which shows in p99."""
        import psutil

        try:
            processen = [psutil.Process(self._proces.pid), *psutil.Process(self._proces.pid).children(recursive=True)]
        except psutil.NoSuchProcess:
            return "?"
        aantallen = []
        for p in processen:
            try:
                n = sum(1 for c in p.net_connections("tcp") if c.status == psutil.CONN_ESTABLISHED
                        and c.laddr and c.laddr.port == self.poort)
            except psutil.Error:
                continue
            if n:
                aantallen.append(n)
        return "/".join(str(n) for n in sorted(aantallen, reverse=True)) or "?"

    def stop(self) -> None:
        self._proces.terminate()
        self._proces.wait(20)


def _last_met_cpu(srv: Server, map_: Path, gebruikers: int, doel: str, token: str, ids: list[str], seconden: float,
                  maximum: int) -> dict:
    """A measurement, with the server's processor time per request (``server_cpu_ms``) and how the users'
    connections were spread over the server processes a second into it (``verdeling``)."""
    import threading

    verdeling: list[str] = []
    teller = threading.Timer(1.0, lambda: verdeling.append(srv.verdeling()))
    voor, machine_voor, t0 = srv.cpu_seconden(), machine_cpu_seconden(), time.perf_counter()
    teller.start()
    u = _last(map_, srv.poort, gebruikers, doel, token, ids, seconden, maximum)
    teller.cancel()
    server_cpu = srv.cpu_seconden() - voor
    duur = time.perf_counter() - t0
    u["server_cpu_ms"] = 1000 * server_cpu / max(1, u["aantal"])
    u["verdeling"] = verdeling[0] if verdeling else "?"
    # what the rest of the machine used meanwhile: all busy time less the server's and the load generator's
    # (the load process also starts and stops inside this window; its start-up counts as "others")
    last_cpu = u["last_cpu"] * u["aantal"] / u["rps"] if u["rps"] else 0.0
    u["anderen"] = max(0.0, (machine_cpu_seconden() - machine_voor - server_cpu - last_cpu) / duur)
    return u


def machine_cpu_seconden() -> float:
    """Busy processor time of the whole machine so far (all cores; user, nice, system, interrupts), from
    the kernel's counters: the part the server and the load generator did not use is other work, which
    takes cores away from the server and shows in the latencies."""
    import psutil

    t = psutil.cpu_times()
    return t.user + t.nice + t.system + getattr(t, "irq", 0.0) + getattr(t, "softirq", 0.0)


def _last(map_: Path, poort: int, gebruikers: int, doel: str, token: str, ids: list[str], seconden: float,
          maximum: int) -> dict:
    """One measurement in its own load process."""
    uit = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--rol", "last", "--args",
                          json.dumps([poort, gebruikers, doel, token, ids, seconden, maximum])],
                         capture_output=True, text=True, timeout=seconden + 120, env=omgeving(map_))
    if uit.returncode != 0:
        raise SystemExit(uit.stderr)
    return json.loads(uit.stdout)


def meet(map_: Path, url: str, token: str, ids: list[str], workers: int, args) -> dict:
    """Every target at 1 and 8 users on a server with ``workers`` processes; the cold case page on a
    freshly started server per measurement."""
    uitkomsten = {}
    warm = ids[:WARM]
    srv = Server(map_, url, workers)
    try:
        for doel in [d for d in ("start", "bereken", "bereken_wisselend", "dossier_warm") if d in args.doelen]:
            for gebruikers in args.gebruikers:
                # a short warm-up (the warm cases: each read), then the measurement
                opwarmen = "dossier_opwarmen" if doel == "dossier_warm" else doel
                _last(map_, srv.poort, gebruikers, opwarmen, token, warm, 1.0, max(100, 2 * WARM))
                uitkomsten[(doel, gebruikers)] = _last_met_cpu(srv, map_, gebruikers, doel, token, warm, args.seconden,
                                                               args.max)
    finally:
        srv.stop()
    for gebruikers in args.gebruikers if "dossier_koud" in args.doelen else ():
        reeks = []
        for herhaling in range(args.herhalingen):
            volgorde = random.Random(gebruikers * 100 + workers + 1000 * herhaling).sample(ids, len(ids))
            srv = Server(map_, url, workers)
            try:
                _last(map_, srv.poort, gebruikers, "dossier_koud", token, volgorde[:OPWARMEN_KOUD], 1.0, OPWARMEN_KOUD)
                rest = volgorde[OPWARMEN_KOUD:]
                reeks.append(_last_met_cpu(srv, map_, gebruikers, "dossier_koud", token, rest, args.seconden,
                                           min(args.max, len(rest))))
            finally:
                srv.stop()
        # the run with the median p99 stands in the table; the spread over all runs is printed below it
        uitkomsten[("dossier_koud", gebruikers)] = sorted(reeks, key=lambda u: u["p99_ms"])[len(reeks) // 2]
        uitkomsten[("dossier_koud", gebruikers, "reeks")] = reeks
    return uitkomsten


def spreiding(reeks: list[dict]) -> str:
    """p99 and server time of repeated runs: lowest / median / highest, and how many p99s were under 100 ms."""
    def drie(sleutel: str) -> str:
        w = sorted(u[sleutel] for u in reeks)
        return f"{w[0]:.1f} / {statistics.median(w):.1f} / {w[-1]:.1f}"
    onder = sum(u["p99_ms"] < 100 for u in reeks)
    stil = [u for u in reeks if u["anderen"] < STIL]
    per_run = ", ".join(f"{u['p99_ms']:.0f}/{u['anderen']:.2f}" for u in reeks)
    return (f"{len(reeks)} runs: p99 {drie('p99_ms')} ms, server-cpu {drie('server_cpu_ms')} ms, anderen "
            f"{drie('anderen')} kern (laagste / mediaan / hoogste); p99 onder 100 ms in {onder} van de {len(reeks)}"
            f", in {sum(u['p99_ms'] < 100 for u in stil)} van de {len(stil)} runs waarin ander werk minder dan "
            f"{STIL} kern gebruikte; verdelingen {', '.join(u['verdeling'] for u in reeks)}; per run (p99 ms / "
            f"anderen): {per_run}")


STIL = 0.25  # a run counts as on a quiet machine when other work used less than a quarter of a core


def main() -> None:
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("--dossiers", type=int, default=1000)
    a.add_argument("--seconden", type=float, default=8.0, help="Hoogstens zoveel seconden per meting.")
    a.add_argument("--max", type=int, default=3000, help="Hoogstens zoveel verzoeken per meting.")
    a.add_argument("--map", type=Path, default=None)
    a.add_argument("--workers", type=int, nargs="+", default=[1, 2],
                   help="Aantallen serverprocessen om te meten; het eerste is de basislijn.")
    a.add_argument("--doelen", nargs="+", choices=list(DOELEN), default=list(DOELEN),
                   help="Alleen deze metingen (standaard: alle).")
    a.add_argument("--gebruikers", type=int, nargs="+", default=[1, 8], choices=[1, 8],
                   help="Alleen met zoveel gelijktijdige gebruikers meten (standaard: 1 en 8).")
    a.add_argument("--herhalingen", type=int, default=1,
                   help="Meet de koude dossierpagina zo vaak, elke keer op een nieuw gestarte server (de machine "
                        "wisselt van snelheid: de spreiding zegt meer dan één run).")
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
    print(f"Web-benchmark: {args.dossiers} dossiers in {url}; serverprocessen: {args.workers}; "
          f"{os.cpu_count()} processorkernen, belasting vooraf {os.getloadavg()[0]:.1f}")
    print("Let op: de lastgenerator (één proces met één uvloop-lus) draait op dezelfde machine en neemt zelf "
          "processortijd (kolom last-cpu); alleen verhoudingen binnen één run zeggen iets.")
    vulling = map_ / "vulling.json"
    if vulling.exists():  # a database filled by an earlier run with --map: log in again
        ids = json.loads(vulling.read_text())
        token = meld_aan(url)
        print(f"  {len(ids)} dossiers van een eerdere run", flush=True)
    else:
        token, ids = vul(url, args.dossiers)
        vulling.write_text(json.dumps(ids))
    per_config = {w: meet(map_, url, token, ids, w, args) for w in args.workers}
    print(f"\n{'verzoek':<28}{'processen':>10}{'gebruikers':>11}{'aantal':>8}{'fouten':>8}{'verz./s':>9}"
          f"{'p50 ms':>9}{'p99 ms':>9}{'p50 / basislijn':>17}{'last-cpu':>10}{'server-cpu':>12}{'verdeling':>11}"
          f"{'anderen':>9}")
    for doel, naam in DOELEN.items():
        for w, uitkomsten in per_config.items():
            for g in args.gebruikers if doel in args.doelen else ():
                u = uitkomsten[(doel, g)]
                basis = uitkomsten[("start", g)]["p50_ms"] if "start" in args.doelen else float("nan")
                print(f"{naam:<28}{w:>10}{g:>11}{u['aantal']:>8}{u['fouten']:>8}{u['rps']:>9.0f}{u['p50_ms']:>9.1f}"
                      f"{u['p99_ms']:>9.1f}{u['p50_ms'] / basis:>17.1f}{100 * u['last_cpu']:>9.0f}%"
                      f"{u['server_cpu_ms']:>9.2f} ms{u['verdeling']:>11}{u['anderen']:>9.2f}")
    for w, uitkomsten in per_config.items():
        for g in args.gebruikers:
            reeks = uitkomsten.get(("dossier_koud", g, "reeks"), [])
            if len(reeks) > 1:
                print(f"{DOELEN['dossier_koud']}, {w} proces(sen), {g} gebruiker(s), {spreiding(reeks)}")
    eerste = args.workers[0]
    for doel in [d for d in ("bereken", "bereken_wisselend", "dossier_koud", "dossier_warm") if d in args.doelen
                 and {1, 8} <= set(args.gebruikers)]:
        for w, uitkomsten in per_config.items():
            een, acht = uitkomsten[(doel, 1)], uitkomsten[(doel, 8)]
            regel = f"{DOELEN[doel]}, {w} proces(sen): 8 gebruikers / 1 gebruiker: {acht['rps'] / een['rps']:.2f}x verz./s"
            if w != eerste:
                regel += (f"; 8 gebruikers tegen {eerste} proces(sen): "
                          f"{acht['rps'] / per_config[eerste][(doel, 8)]['rps']:.2f}x verz./s")
            print(regel)
    print("last-cpu: processortijd van de lastgenerator zelf, als deel van één kern (de machine heeft er "
          f"{os.cpu_count()}); server-cpu: processortijd van de serverprocessen per verzoek (hangt minder af van "
          f"ander werk op de machine dan de wachttijden); verdeling: open verbindingen per serverproces (bij 8 "
          f"gebruikers is 4/4 gelijk verdeeld); anderen: processortijd van al het andere werk op de machine "
          f"tijdens de meting, in kernen (0.50 = een halve kern); belasting na afloop {os.getloadavg()[0]:.1f}.")
    print("Doelen: rekeninterface boven 500 verz./s; dossierpagina p99 onder 100 ms bij 8 gebruikers.")


if __name__ == "__main__":
    main()
