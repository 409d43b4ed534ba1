"""``spoorzoeker serve``: start the web application (uvicorn) on this machine.

On an empty database it first fills in synthetic demo data (unless ``--geen-demo`` or
``SPOORZOEKER_WEB_DEMO=0``) and prints the address and the demo log-ins.
"""

from __future__ import annotations

from typing import Any

import typer


def serve(
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Poort om op te luisteren."),
    host: str = typer.Option("127.0.0.1", "--host", help="Adres om op te luisteren (standaard alleen deze computer)."),
    database: str | None = typer.Option(None, "--database",
                                           help="Database-URL (anders SPOORZOEKER_DATABASE_URL of het standaardbestand)."),
    geen_demo: bool = typer.Option(False, "--geen-demo", help="Vul een lege database niet met demogegevens."),
    workers: int | None = typer.Option(
        None, "--workers", min=1, max=32,
        help="Aantal serverprocessen (standaard SPOORZOEKER_WEB_WORKERS; anders één per processorkern, "
             "hoogstens 2)."),
) -> None:
    """Start de webapplicatie. Een lege database krijgt eerst verzonnen demogegevens; het adres en de
    demo-aanmeldgegevens worden getoond."""
    import dataclasses
    import os

    import uvicorn

    from ..samenstelling import stel_samen
    from ..storage.database import standaard_url
    from . import demo
    from .app import maak_app
    from .instellingen import Instellingen

    inst = Instellingen.uit_omgeving()
    if database:
        inst = dataclasses.replace(inst, database_url=database)
    url = inst.database_url or standaard_url()
    if workers is None:
        # one process per core, at most two, on SQLite too: its writers take turns (storage.database.
        # Schrijfbeurt) instead of polling for the write lock, and the load benchmark then serves the
        # case page about twice as fast with two processes as with one (docs/web.md)
        workers = inst.workers
    try:
        samenstelling = stel_samen(url)
    except Exception:  # a wrong URL or an unreachable server: one line, not a traceback
        from ..storage.database import database_fout

        typer.echo(f"Fout: {database_fout(url)}", err=True)
        raise typer.Exit(code=2) from None
    db, aanmelden = samenstelling.database, samenstelling.aanmelden()
    pad = demo.gegevensbestand(url)
    accounts = None
    if inst.demo and not geen_demo and demo.is_leeg(db):
        typer.echo("De database is leeg: verzonnen demogegevens worden aangemaakt...")
        accounts = demo.vul(db, aanmelden, inst.datum_vandaag())
        demo.bewaar(accounts, pad)
    elif pad.exists():
        accounts = demo.lees(pad)
    adres = f"http://{'localhost' if host in ('127.0.0.1', '0.0.0.0') else host}:{port}/"
    typer.echo(f"\nSpoorzoeker draait op {adres}  (stoppen: Ctrl+C)")
    typer.echo(f"Database: {url if not url.startswith('postgresql') else 'PostgreSQL'}")
    if accounts:
        typer.echo(demo.aanmeldtekst(accounts))
        typer.echo(f"(Deze gegevens staan ook in {pad}, alleen leesbaar voor u.)")
    typer.echo("Zonder aanmelden: de rekenhulp op " + adres + "rekenhulp\n")
    opties: dict[str, Any] = dict(host=host, port=port, log_level="warning", access_log=False, proxy_headers=True,
                  forwarded_allow_ips="127.0.0.1")
    if workers == 1:
        uvicorn.run(maak_app(inst, database=db, aanmelden=aanmelden), **opties)
        return
    # Several processes: each builds its own app from the environment; they share the database URL and
    # one CSRF key (random for this run unless SPOORZOEKER_WEB_GEHEIM is set), so a form made by one
    # process is accepted by another.
    import secrets

    db.sluit()
    os.environ["SPOORZOEKER_DATABASE_URL"] = url
    os.environ["SPOORZOEKER_WEB_WORKERS"] = str(workers)  # the worker processes read their settings from here
    os.environ.setdefault("SPOORZOEKER_WEB_GEHEIM", secrets.token_urlsafe(32))
    if inst.vandaag:
        os.environ["SPOORZOEKER_WEB_VANDAAG"] = inst.vandaag.isoformat()
    # a worker imports the rules and opens the database before it answers the supervisor's health check:
    # on a busy machine that takes longer than uvicorn's default 5 seconds, and it would be killed
    uvicorn.run("spoorzoeker.web.app:maak_app_uit_omgeving", factory=True, workers=workers,
                timeout_worker_healthcheck=120, **opties)
