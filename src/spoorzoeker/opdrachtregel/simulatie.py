"""Commands ``spoorzoeker simuleer`` and ``spoorzoeker toezicht`` (registered in opdrachtregel/app.py); the
simulation itself is in :mod:`spoorzoeker.simulation`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from ..errors import InvoerFout


def _fout(bericht: str) -> None:
    typer.echo(f"Fout: {bericht}", err=True)
    raise typer.Exit(code=2)


def _balk(totaal: int, tonen: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=totaal, desc="Simuleren", unit="blok", disable=not tonen, leave=False)


def simuleer(
    kalibratie: bool = typer.Option(False, "--kalibratie", help="Vergelijk het huidige stelsel met gepubliceerde cijfers."),
    scenario: str = typer.Option("huidig", "--scenario", help="Het scenario dat u doorrekent."),
    vergelijk: str | None = typer.Option(None, "--vergelijk", help="Een tweede scenario om naast het eerste te zetten."),
    omvang: int | None = typer.Option(None, "--omvang", help="Aantal verzonnen mensen (1.000 tot 8 miljoen; "
                                         "standaard 1.000.000 bij --kalibratie, anders 100.000)."),
    replicaties: int = typer.Option(5, "--herhalingen", help="Aantal Monte Carlo-herhalingen voor de intervallen."),
    seed: int = typer.Option(20261129, "--startgetal", help="Startgetal van het toeval: zelfde getal, zelfde uitkomst."),
    dask: str | None = typer.Option(None, "--dask", help="Reken op Dask: 'lokaal' of tcp://host:poort."),
    uitvoer: Path = typer.Option(Path("spoorzoeker-simulatie"), "--uitvoer", help="Map voor Parquet en HTML."),
    voortgang: bool = typer.Option(True, "--voortgang/--geen-voortgang", help="Toon een voortgangsbalk."),
) -> None:
    """Simuleer een populatie zieke werknemers door Poortwachter en WIA (zie docs/simulatie.md)."""
    from ..simulation.kalibratie import opmaak
    from ..simulation.kalibratie import vergelijk as kalibreer
    from ..simulation.proces import PEILDATUM, Opdracht
    from ..simulation.rapport import schrijf_html
    from ..simulation.resultaten import maak_uitkomst, schrijf_parquet, tekst
    from ..simulation.scenario import laad_scenario, rie_aannames
    from ..simulation.uitvoering import open_dask, sluit_dask, voer_uit

    n = omvang if omvang is not None else (1_000_000 if kalibratie else 100_000)
    if not 1_000 <= n <= 10_000_000:
        _fout(f"'--omvang' moet tussen 1.000 en 10.000.000 liggen, niet {n}.")
    if replicaties < 1 or replicaties > 100:
        _fout("'--herhalingen' moet tussen 1 en 100 liggen.")
    try:
        namen = [scenario] + ([vergelijk] if vergelijk and vergelijk != scenario else [])
        if kalibratie:
            namen = ["huidig"]
        scenarios = [laad_scenario(naam) for naam in namen]
        client = open_dask(dask) if dask is not None else None
    except InvoerFout as e:
        _fout(str(e))
    try:
        opdrachten = [Opdracht(s.naam, s.wet, s.aannames, omvang=n, seed=seed) for s in scenarios]
        herhaal = 1 if kalibratie else replicaties
        with _balk(sum(o.blokken for o in opdrachten) * herhaal, voortgang) as balk:
            # The same seed for every scenario: differences come from the law and the assumptions, not chance.
            resultaten = [voer_uit(o, herhaal, client=client, voortgang=balk.update) for o in opdrachten]
    except InvoerFout as e:
        _fout(str(e))
    finally:
        if client is not None:
            sluit_dask(client)

    if kalibratie:
        regels = kalibreer(resultaten[0][0])
        typer.echo(f"Kalibratie van het huidige stelsel: {n:,} verzonnen mensen".replace(",", ".") + f", startgetal {seed}.")
        typer.echo("Gesimuleerd is één jaar ziekmeldingen, gevolgd tot vijf jaar na de wachttijd.\n")
        typer.echo(f"{'Doel':62s} {'Gepubliceerd':>14s} {'Gesimuleerd':>14s} {'Verschil':>16s} {'Marge':>14s}  Houdt?")
        for v in regels:
            d = v.doel
            typer.echo(f"{d.naam[:62]:62s} {opmaak(d.waarde, d.eenheid):>14s} {opmaak(v.gesimuleerd, d.eenheid):>14s} "
                       f"{opmaak(v.verschil, d.eenheid, True):>16s} {opmaak(d.tolerantie, d.eenheid):>14s}  "
                       f"{'ja' if v.houdt else 'NEE'}")
            typer.echo(f"    bron: {d.bron} ({d.jaar}; {_status(d.status)})")
            if d.omrekening:
                typer.echo(f"    vergelijkbaar gemaakt: {d.omrekening}")
        houdt = sum(v.houdt for v in regels)
        typer.echo(f"\n{houdt} van de {len(regels)} doelen liggen binnen hun marge. Waarom de andere niet: "
                   "zie de handleiding van de simulatie.")
        return

    uitkomsten = [maak_uitkomst(o.scenario, o.peildatum.year, r) for o, r in zip(opdrachten, resultaten, strict=True)]
    typer.echo(tekst(uitkomsten, replicaties, n))
    try:
        uitvoer.mkdir(parents=True, exist_ok=True)
        naam = "-".join(namen)
        parquet = schrijf_parquet(uitkomsten, uitvoer / f"simulatie-{naam}.parquet")
        pagina = schrijf_html(uitkomsten, uitvoer / f"simulatie-{naam}.html", omvang=n, replicaties=replicaties,
                              seed=seed, aannames={s.naam: {**s.aannames, **rie_aannames(s.wet, PEILDATUM)}
                                                    for s in scenarios},
                              scorekaarten={s.naam: getattr(s.wet, "scorekaart", ()) for s in scenarios},
                              titels={s.naam: getattr(s.wet, "titel", s.naam) for s in scenarios})
    except OSError as e:
        _fout(f"kan niet schrijven in '{uitvoer}' ({e.__class__.__name__}).")
    typer.echo(f"\nGeschreven: {parquet}\nGeschreven: {pagina}")


def _status(code: str) -> str:
    from ..simulation.kalibratie import STATUS

    return STATUS[code]


def toezicht(
    csv: Path | None = typer.Option(None, "--csv", help="CSV met werkgever, jaar, wia_instroom (en eventueel aantal_werknemers)."),
    omvang: int = typer.Option(100_000, "--omvang", help="Zonder --csv: aantal verzonnen mensen in de simulatie."),
    seed: int = typer.Option(20261129, "--startgetal", help="Startgetal van het toeval (simulatie)."),
    aantal: int = typer.Option(10, "--aantal", help="Hoeveel werkgevers op de lijst 'eerst bekijken'."),
    per_1000: bool = typer.Option(False, "--per-1000", help="Rangorde naar de score per 1.000 werknemers."),
) -> None:
    """Risicogericht toezicht: per werkgever het gewogen gemiddelde van de WIA-instroom over drie jaar
    (nieuwste jaar x3, middelste x2, oudste x1) en de werkgevers die het toezicht eerst bekijkt."""
    from ..simulation.toezicht import lees_csv, scores, uit_simulatie

    try:
        if csv is not None:
            per_jaar, werknemers = lees_csv(csv)
            herkomst = f"uit {csv}"
        else:
            if not 1_000 <= omvang <= 2_000_000:
                _fout(f"'--omvang' moet tussen 1.000 en 2.000.000 liggen, niet {omvang}.")
            from ..simulation.proces import Opdracht
            from ..simulation.scenario import laad_scenario
            from ..simulation.uitvoering import voer_uit

            s = laad_scenario("huidig")
            o = Opdracht(s.naam, s.wet, s.aannames, omvang=omvang, seed=seed)
            per_cohort = [voer_uit(o, 1, jaar=j, per_werkgever=True)[0] for j in range(3)]
            per_jaar, werknemers = uit_simulatie(per_cohort, o.peildatum.year)
            herkomst = f"uit een simulatie van {omvang:,} verzonnen mensen".replace(",", ".")
        jaren, lijst = scores(per_jaar, werknemers, per_1000)
    except InvoerFout as e:
        _fout(str(e))
    met_aantal = lijst[0].per_1000 is not None
    typer.echo(f"WIA-instroom per werkgever {herkomst}, jaren {jaren[0]}, {jaren[1]} en {jaren[2]}.")
    typer.echo("Score: (1 x oudste jaar + 2 x middelste + 3 x nieuwste) / 6; de lijst is geordend naar "
               + ("de score per 1.000 werknemers." if per_1000 else "deze score."))
    typer.echo(f"\nEerst bekijken ({min(aantal, len(lijst))} van {len(lijst):,} werkgevers):".replace(",", "."))
    typer.echo(f"{'plaats':>6s}  {'werkgever':20s} {jaren[0]:>6d} {jaren[1]:>6d} {jaren[2]:>6d} {'gewogen':>9s}"
               + (f" {'per 1.000':>10s}" if met_aantal else ""))
    for i, score in enumerate(lijst[:aantal], start=1):
        typer.echo(f"{i:>6d}  {score.werkgever[:20]:20s} " + " ".join(f"{x:>6.0f}" for x in score.instroom)
                   + f" {score.gewogen:>9.2f}".replace(".", ",")
                   + (f" {score.per_1000:>10.2f}".replace(".", ",") if score.per_1000 is not None else ""))
    goed = sum(1 for s in lijst if s.gewogen == 0)
    typer.echo(f"\n{goed:,} werkgevers hadden in drie jaar geen WIA-instroom: ".replace(",", ".")
               + "zij komen in aanmerking voor een lichter regime.")
