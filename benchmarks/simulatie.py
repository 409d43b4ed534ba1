"""Benchmark: the population simulation (issue 12), all measured in this one run.

1. 1,000,000 sick spells through 104 weeks (156 with a loonsanctie) and 60 WIA months, in this
   process: person-weeks per second (every weekly step of an open spell, plus every WIA month
   counted as 52/12 weeks) and the peak memory (maximum resident set size of a fresh process).
2. The same simulation on a local Dask cluster with 2 worker processes: the speed-up against 1.,
   and a check that the numbers are identical.
3. 10,000,000 employees over one year of sick reports (and everything that follows from them):
   time and peak memory, to show that memory is bounded by the block, not the population.

Every part runs in its own fresh Python process, so each peak memory is its own. The machine is
shared: only ratios within one run mean much. Usage:
``.venv/bin/python benchmarks/simulatie.py [--spells 1000000] [--groot 10000000]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

import numpy as np


def _opdracht(omvang: int):
    from spoorzoeker.simulation.proces import Opdracht
    from spoorzoeker.simulation.scenario import laad_scenario

    s = laad_scenario("huidig")
    return Opdracht(s.naam, s.wet, s.aannames, omvang=omvang, seed=20261129)


def _meldingen_per_persoon() -> float:
    """Sick spells per simulated person, from a pilot of 50,000 people (spells are what is asked for)."""
    from spoorzoeker.simulation.uitvoering import voer_uit

    r = voer_uit(_opdracht(50_000))[0]
    return r["spells"] / 50_000


def deel(soort: str, omvang: int) -> dict:
    """One measurement in this (fresh) process."""
    from spoorzoeker.simulation.uitvoering import open_dask, sluit_dask, voer_uit

    o = _opdracht(omvang)
    client = open_dask("lokaal") if soort == "dask" else None
    try:
        if client is not None:  # workers start and import before the clock starts
            client.wait_for_workers(2)
            client.run(lambda: __import__("spoorzoeker.simulation.proces"))
        cpu_voor = _cpu(client)
        begin = time.perf_counter()
        r = voer_uit(o, client=client)[0]  # on Dask: one partition per block
        tijd = time.perf_counter() - begin
        cpu = _cpu(client) - cpu_voor
        werkers = [] if client is None else list(client.run(
            lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss).values())
    finally:
        if client is not None:
            sluit_dask(client)
    return {"tijd": tijd, "cpu": cpu, "belasting": os.getloadavg()[0], "spells": r["spells"], "persoonweken": r["persoonweken"],
            "persoonmaanden": r["persoonmaanden"], "instroom": r["instroom"],
            "kosten": float(np.sum(r["kosten_werkgever_loon"])),
            "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
            "werkers_rss_mib": [w / 1024.0 for w in werkers]}


def _cpu(client) -> float:
    """CPU seconds used so far by this process, or by all Dask workers together."""
    def eigen() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime
    return eigen() if client is None else float(sum(client.run(eigen).values()))


def _in_nieuw_proces(soort: str, omvang: int) -> dict:
    uit = subprocess.run([sys.executable, __file__, "--intern", soort, str(omvang)], check=True,
                         capture_output=True, text=True)
    return json.loads(uit.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--spells", type=int, default=1_000_000)
    ap.add_argument("--groot", type=int, default=10_000_000, help="werknemers voor deel 3 (0: overslaan)")
    ap.add_argument("--intern", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.intern:
        print(json.dumps(deel(args.intern[0], int(args.intern[1]))))
        return

    per_persoon = _meldingen_per_persoon()
    omvang = round(args.spells / per_persoon)
    een = _in_nieuw_proces("lokaal", omvang)
    twee = _in_nieuw_proces("dask", omvang)
    weken = een["persoonweken"] + een["persoonmaanden"] * 52.0 / 12.0
    print(f"Populatiesimulatie: {omvang:,} mensen -> {een['spells']:,.0f} ziekmeldingen, "
          f"104 weken (156 bij loonsanctie) + 60 WIA-maanden")
    print(f"  persoonweken gesimuleerd    : {weken:14,.0f} ({een['persoonweken']:,.0f} weekstappen + "
          f"{een['persoonmaanden']:,.0f} WIA-maanden)")
    print(f"  1 proces                    : {een['tijd']:8.1f} s = {weken / een['tijd']:12,.0f} persoonweken/s, "
          f"piekgeheugen {een['rss_mib']:6.0f} MiB, CPU {een['cpu']:.1f} s, belasting machine {een['belasting']:.1f}")
    print(f"  Dask, 2 lokale werkers      : {twee['tijd']:8.1f} s = {weken / twee['tijd']:12,.0f} persoonweken/s, "
          f"werkers {', '.join(f'{w:.0f}' for w in twee['werkers_rss_mib'])} MiB, CPU samen {twee['cpu']:.1f} s, "
          f"belasting machine {twee['belasting']:.1f}")
    print(f"  versnelling met 2 werkers   : {een['tijd'] / twee['tijd']:8.2f} x (kloktijd; op een gedeelde machine "
          "zegt de CPU-tijd meer)")
    gelijk = een["instroom"] == twee["instroom"] and een["kosten"] == twee["kosten"]
    print(f"  zelfde uitkomst op Dask     : {'ja' if gelijk else 'NEE'} (WIA-instroom {een['instroom']:,.0f})")
    if args.groot:
        groot = _in_nieuw_proces("lokaal", args.groot)
        print(f"{args.groot:,} werknemers, één jaar ziekmeldingen ({groot['spells']:,.0f}) en alles wat volgt:")
        print(f"  1 proces                    : {groot['tijd']:8.1f} s (CPU {groot['cpu']:.1f} s), "
              f"piekgeheugen {groot['rss_mib']:6.0f} MiB "
              f"(tegen {een['rss_mib']:.0f} MiB bij {omvang:,} mensen)")


if __name__ == "__main__":
    main()
