"""Every error as one Dutch sentence naming the field: JSON for the API, a page for the browser.
Bad input never gives a 5xx."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, RedirectResponse, Response

from ..cases import DossierFout, GeenToegang
from ..errors import InvoerFout
from .omgeving import CsrfFout, NietIngelogd, aanmeld_fouten

log = logging.getLogger("spoorzoeker.web")

NIET_GEVONDEN = "Dit dossier bestaat niet, of u mag het niet zien."
NIET_INGELOGD = "U bent niet (meer) aangemeld. Meld u opnieuw aan."
CSRF = "Het formulier is verlopen of kwam niet van deze website. Laad de pagina opnieuw en probeer het nog eens."


def _api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


TE_GROOT = "De invoer is te groot."


def json_fout(status: int, fout: str, veld: str | None = None, **kop: str) -> JSONResponse:
    return JSONResponse({"fout": fout, "veld": veld}, status_code=status, headers=kop or None)


def _veld(loc: tuple[Any, ...]) -> str | None:
    delen = [str(x) for x in loc if x not in ("body", "query", "path", "form")]
    return ".".join(delen) or None


def validatie_tekst(fout: Mapping[str, Any]) -> tuple[str, str | None]:
    """One pydantic error in Dutch."""
    veld = _veld(tuple(fout.get("loc", ())))
    naam = f"'{veld}'" if veld else "De invoer"
    soort = fout.get("type", "")
    ctx = fout.get("ctx") or {}
    if soort == "value_error" and isinstance(ctx.get("error"), InvoerFout):
        return str(ctx["error"]), ctx["error"].veld or veld
    if soort == "missing":
        return f"Het veld {naam} ontbreekt.", veld
    if soort == "extra_forbidden":
        return f"Onbekend veld {naam}.", veld
    if soort == "json_invalid":
        return "De invoer is geen geldige JSON.", None
    if soort.startswith("date") or soort.startswith("datetime"):
        return f"Het veld {naam} moet een geldige datum zijn (JJJJ-MM-DD).", veld
    if soort in ("int_parsing", "int_type", "int_from_float"):
        return f"Het veld {naam} moet een geheel getal zijn.", veld
    if soort in ("float_parsing", "float_type", "finite_number"):
        return f"Het veld {naam} moet een getal zijn.", veld
    if soort in ("bool_parsing", "bool_type"):
        return f"Het veld {naam} moet ja of nee (true of false) zijn.", veld
    if soort in ("string_type",):
        return f"Het veld {naam} moet tekst zijn.", veld
    if soort == "string_too_short":
        return f"Het veld {naam} mag niet leeg zijn.", veld
    if soort == "string_too_long":
        return f"Het veld {naam} is te lang (ten hoogste {ctx.get('max_length')} tekens).", veld
    if soort == "too_short":
        return f"Het veld {naam} heeft te weinig onderdelen (minstens {ctx.get('min_length')}).", veld
    if soort == "too_long":
        return f"Het veld {naam} heeft te veel onderdelen (ten hoogste {ctx.get('max_length')}).", veld
    if soort in ("greater_than", "greater_than_equal"):
        return f"Het veld {naam} moet minstens {ctx.get('ge', ctx.get('gt'))} zijn.", veld
    if soort in ("less_than", "less_than_equal"):
        return f"Het veld {naam} mag hoogstens {ctx.get('le', ctx.get('lt'))} zijn.", veld
    if soort in ("enum", "literal_error"):
        return f"Het veld {naam} moet een van deze waarden hebben: {ctx.get('expected', '')}.", veld
    if soort in ("dict_type", "model_type", "model_attributes_type"):
        return f"{naam[0].upper() + naam[1:]} moet een JSON-object zijn.", veld
    if soort == "list_type":
        return f"Het veld {naam} moet een lijst zijn.", veld
    return f"Het veld {naam} heeft een ongeldige waarde.", veld


def installeer(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validatie(request: Request, exc: RequestValidationError) -> Response:
        fouten = exc.errors()
        tekst, veld = validatie_tekst(fouten[0]) if fouten else ("De invoer is ongeldig.", None)
        return json_fout(422, tekst, veld)

    @app.exception_handler(InvoerFout)
    async def _invoer(request: Request, exc: InvoerFout) -> Response:
        return json_fout(422, str(exc), exc.veld)

    @app.exception_handler(DossierFout)
    async def _dossier(request: Request, exc: DossierFout) -> Response:
        return json_fout(422, str(exc), exc.veld)

    @app.exception_handler(GeenToegang)
    async def _geen_toegang(request: Request, exc: GeenToegang) -> Response:
        # Out of scope and not allowed read the same: a refusal does not reveal that a case exists.
        if _api(request):
            return json_fout(404, NIET_GEVONDEN)
        from .paginas import foutpagina

        return foutpagina(request, 404, "Niet gevonden", NIET_GEVONDEN)

    @app.exception_handler(NietIngelogd)
    async def _niet_ingelogd(request: Request, exc: NietIngelogd) -> Response:
        if _api(request):
            return json_fout(401, NIET_INGELOGD, **{"WWW-Authenticate": "Bearer"})
        from .terugweg import naar_aanmelden

        return RedirectResponse(naar_aanmelden(request), status_code=303)

    @app.exception_handler(CsrfFout)
    async def _csrf(request: Request, exc: CsrfFout) -> Response:
        from .paginas import foutpagina

        return foutpagina(request, 403, "Formulier geweigerd", CSRF)

    for soort in aanmeld_fouten():
        @app.exception_handler(soort)
        async def _aanmelden(request: Request, exc: Exception) -> Response:
            return json_fout(401, " ".join(str(exc).split()) or NIET_INGELOGD)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        teksten = {404: "Deze pagina bestaat niet.", 405: "Deze handeling kan hier niet.",
                   413: TE_GROOT}
        tekst = teksten.get(exc.status_code, "Dit verzoek kan niet worden verwerkt.")
        if _api(request) or exc.status_code == 405:
            return json_fout(exc.status_code, tekst)
        from .paginas import foutpagina

        return foutpagina(request, exc.status_code, "Niet gevonden" if exc.status_code == 404 else "Fout", tekst)

    from sqlalchemy.exc import OperationalError

    @app.exception_handler(OperationalError)
    async def _druk(request: Request, exc: OperationalError) -> Response:
        # A lock not granted within the storage's wait time (or a database that is away): not the sender's
        # fault and not a bug; say so and when to try again.
        log.warning("Database niet beschikbaar bij %s %s: %s", request.method, request.url.path, exc.orig)
        return json_fout(503, "Het is op dit moment te druk of de database is niet bereikbaar. Probeer het over "
                              "enkele seconden opnieuw.", **{"Retry-After": "5"})

    @app.exception_handler(Exception)
    async def _onverwacht(request: Request, exc: Exception) -> Response:
        log.exception("Onverwachte fout bij %s %s", request.method, request.url.path)
        return json_fout(500, "Er ging aan onze kant iets mis. Probeer het later opnieuw.")
