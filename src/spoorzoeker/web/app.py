"""The web application: ``maak_app()`` takes the case database, ``DossierService`` and the log-in
service from the composition root (``spoorzoeker.samenstelling``) and puts them with the settings into one FastAPI app with the pages, the JSON API and the security headers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from . import api, fouten, paginas
from .beveiliging import BegrensdeInvoer, VeiligheidsKoppen
from .instellingen import Instellingen
from .omgeving import Omgeving

STATISCH = Path(__file__).parent / "static"

OMSCHRIJVING = """
De JSON-API van Spoorzoeker: rekenen (zonder aanmelden) en het dossier (na aanmelden).

* **Rekenen**: `POST /api/v1/bereken` (dezelfde antwoorden als `spoorzoeker bereken`), `POST /api/v1/tijdlijn`
  en `POST /api/v1/overzicht`. Er wordt niets bewaard.
* **Aanmelden**: `POST /api/v1/aanmelden` zet een sessiecookie en geeft een token voor `Authorization: Bearer`.
* **Dossiers**: elke handeling van de pagina's. Wie wat mag, bepaalt het dossier zelf, per rol, per werkgever en
  per veld; elke toegang komt in het toegangslog. Een dossier dat u niet mag zien, geeft 404, net als een
  dossier dat niet bestaat.
* **Fouten**: altijd JSON met `fout` (één Nederlandse zin) en `veld`.
"""


@asynccontextmanager
async def _opstarten(app: FastAPI) -> AsyncIterator[None]:
    """Each server process warms up once before it serves (see ``opwarmen``)."""
    from .opwarmen import warm_op

    warm_op()
    yield


def maak_app(instellingen: Instellingen | None = None, database: Any = None, aanmelden: Any = None) -> FastAPI:
    """The app. ``database`` (a ``storage.Database``) and ``aanmelden`` (the log-in service) may be given,
    for tests; otherwise they are opened from the settings (migrations run once, here). Several server
    processes may run it side by side: the log-in counts are in the database, shared by all."""
    instellingen = instellingen or Instellingen.uit_omgeving()
    from ..samenstelling import stel_samen, voor_database  # the composition root wires the services

    samenstelling = stel_samen(instellingen.database_url) if database is None else voor_database(database)
    database = samenstelling.database
    if aanmelden is None:
        aanmelden = samenstelling.aanmelden()
    app = FastAPI(
        lifespan=_opstarten, title="Spoorzoeker", version="1", description=OMSCHRIJVING,
        openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None,  # their pages need inline script
        openapi_tags=[{"name": "rekenen", "description": "Berekeningen zonder aanmelden; er wordt niets bewaard."},
                      {"name": "aanmelden", "description": "Sessies."},
                      {"name": "dossiers", "description": "Het dossier: gecontroleerd en gelogd."}],
    )
    app.openapi = lambda: _openapi_nl(app)  # type: ignore[method-assign]
    app.state.omgeving = Omgeving(instellingen, database, samenstelling.dossiers(vandaag=instellingen.datum_vandaag),
                                  aanmelden)
    fouten.installeer(app)
    app.include_router(api.router)
    app.include_router(paginas.router)
    app.mount("/static", StaticFiles(directory=STATISCH), name="static")
    app.add_middleware(BegrensdeInvoer)  # inside the headers middleware: a refusal gets the headers too
    app.add_middleware(VeiligheidsKoppen, https=instellingen.https)
    return app


def _openapi_nl(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document, once, with its own English texts in Dutch (see ``openapi_nl``)."""
    if app.openapi_schema is None:
        from .openapi_nl import in_het_nederlands

        app.openapi_schema = in_het_nederlands(FastAPI.openapi(app))
    return app.openapi_schema


def maak_app_uit_omgeving() -> FastAPI:
    """Factory for uvicorn's worker processes (``spoorzoeker serve --workers N``): everything from the
    environment, which the parent process prepared (database URL, a shared CSRF key, the number of
    processes)."""
    instellingen = Instellingen.uit_omgeving()
    return maak_app(instellingen)
