"""Every error as one Dutch sentence naming the field: JSON for the API, a page for the browser.
Bad input never gives a 5xx."""

from __future__ import annotations

import logging
import re
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


def _veld(loc: tuple[Any, ...]) -> str | None:
    delen = [str(x) for x in loc if x not in ("body", "query", "path", "form")]
    return ".".join(delen) or None


# The label a person sees next to each field (the forms' <label> texts), so that a message names what he
# typed in, not the internal key. Per model where one key has another label on that form.
LABELS = {
    # rekenhulp and the financial overview
    "eerste_ziektedag": "Eerste ziektedag", "bruto_maandloon": "Bruto maandloon",
    "contracturen_per_week": "Uren per week", "geboortedatum": "Geboortedatum",
    "eerste_jaar_met_arbeid": "Eerste jaar waarin u werkte", "cao_regime": "Loondoorbetaling volgens de cao",
    "wga_hiaat_verzekering": "WGA-hiaatverzekering", "restverdiencapaciteit_laag": "Wat u nog kunt verdienen, laag",
    "restverdiencapaciteit_hoog": "Wat u nog kunt verdienen, hoog", "reintegratiebudget": "Re-integratiebudget",
    "datum_in_dienst": "Datum in dienst", "eigenrisicodrager": "Eigenrisicodrager WGA",
    # log-in
    "inlognaam": "Inlognaam", "wachtwoord": "Wachtwoord", "totp_code": "Code uit uw authenticator-app",
    # a new case
    "werknemer_id": "Bestaande werknemer", "werkgever_id": "Werkgever van een nieuwe werknemer",
    "naam": "Naam", "functie": "Functie", "verwachte_duur_weken": "Verwachte duur in weken",
    # the case forms
    "code": "Stap", "datum": "Datum", "door": "Door", "document": "Document", "motivatie_afwijking": "Motivering",
    "van": "Ziek vanaf", "tot_en_met": "Laatste ziektedag", "hervatting_percentage": "Werkt weer (% van de eigen uren)",
    "opgesteld_op": "Opgesteld op", "doel": "Doel", "interventies": "Interventie", "omschrijving": "Omschrijving",
    "scholing_niet_passend": "Waarom past scholing niet?", "is_bijstelling": "Bijstelling van een eerder plan?",
    "opgesteld_door": "Opgesteld door", "spoor1_realistisch": "Reële kans in spoor 1?",
    "toelichting_spoor1": "Toelichting spoor 1", "mogelijkheden_spoor2": "Mogelijkheden in spoor 2",
    "wia_prognose": "WIA-prognose", "advies": "Advies", "datum_gesprek": "Datum van het gesprek",
    "deelnemers": "Deelnemers", "keuze": "Keuze", "motivatie": "Motivering van de keuze",
    "soort": "Soort", "onderwerp": "Waar gaat het over?", "ingediend_op": "Datum", "intake_op": "Intake op",
    "intake": "Intake", "uitkomst_op": "Uitkomst op", "uitkomst": "Uitkomst", "gepland_op": "Gepland op",
    "gedaan_op": "Gedaan op", "notitie": "Notitie", "tot": "Tot (einddatum)", "weken": "Weken (loonsanctie)",
    "besluit_op": "Besluit UWV op", "beperkingen": "Beperkingen", "mogelijkheden": "Mogelijkheden",
    "diagnose": "Diagnose", "beperkingen_toelichting": "Medische toelichting op de beperkingen",
    "prognose": "Prognose", "medische_notitie": "Notitie", "mening": "Uw mening",
    "eens_met_verslag": "Bent u het eens met het re-integratieverslag?", "pagina": "Pagina",
}
LABELS_PER_MODEL = {
    "Stap": {"datum": "Gedaan op"},
    "NieuwDossier": {"naam": "Naam van een nieuwe werknemer"},
    "GebeurtenisIn": {"datum": "Datum (besluit, melding of begin verlof)"},
    "VraagIn": {"ingediend_op": "Datum van de vraag"},
}


def _label(veld: str | None, model: str | None) -> str | None:
    """The label of a field key (the last named part of a nested key), or None when there is none."""
    if not veld:
        return None
    laatste = next((d for d in reversed(veld.split(".")) if not d.isdigit()), veld)
    return LABELS_PER_MODEL.get(model or "", {}).get(laatste) or LABELS.get(laatste)


def label_van(veld: str | None, model: str | None = None) -> str | None:
    """The label a form shows for a field key (``veld``; ``model``: the pydantic model's name), or None."""
    return _label(veld, model)


def getal(x: Any) -> str:
    """A bound in Dutch: '1', '100.000', '0,5' (not '1.0' or '100000.0')."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x:,}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _of(tekst: str) -> str:
    """pydantic's English list of allowed values ("'a', 'b' or 'c'") in Dutch."""
    return tekst.replace(" or ", " of ")


def _niet_eindig(waarde: Any) -> bool:
    if isinstance(waarde, float):
        return waarde != waarde or waarde in (float("inf"), float("-inf"))
    return isinstance(waarde, str) and waarde.strip().lower().lstrip("+-") in ("nan", "inf", "infinity")


def validatie_tekst(fout: Mapping[str, Any], model: str | None = None) -> tuple[str, str | None]:
    """One pydantic error in Dutch, naming the field by the label on the form (``model``: the pydantic
    model's name, for a label that differs per form)."""
    veld = _veld(tuple(fout.get("loc", ())))
    label = _label(veld, model)
    naam = f"'{label}'" if label else (f"'{veld}'" if veld else "De invoer")
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
    if soort in ("float_parsing", "float_type", "finite_number") or (
            soort in ("greater_than", "greater_than_equal", "less_than", "less_than_equal")
            and _niet_eindig(fout.get("input"))):
        return f"Het veld {naam} moet een getal zijn.", veld
    if soort in ("bool_parsing", "bool_type"):
        return f"Het veld {naam} moet ja of nee (true of false) zijn.", veld
    if soort in ("string_type",):
        return f"Het veld {naam} moet tekst zijn.", veld
    if soort == "string_too_short":
        return f"Het veld {naam} mag niet leeg zijn.", veld
    if soort == "string_too_long":
        return f"Het veld {naam} is te lang (ten hoogste {getal(ctx.get('max_length'))} tekens).", veld
    if soort == "too_short":
        return f"Het veld {naam} heeft te weinig onderdelen (minstens {getal(ctx.get('min_length'))}).", veld
    if soort == "too_long":
        return f"Het veld {naam} heeft te veel onderdelen (ten hoogste {getal(ctx.get('max_length'))}).", veld
    if soort == "greater_than":
        return f"Het veld {naam} moet meer dan {getal(ctx.get('gt'))} zijn.", veld
    if soort == "greater_than_equal":
        return f"Het veld {naam} moet minstens {getal(ctx.get('ge'))} zijn.", veld
    if soort == "less_than":
        return f"Het veld {naam} moet minder dan {getal(ctx.get('lt'))} zijn.", veld
    if soort == "less_than_equal":
        return f"Het veld {naam} mag hoogstens {getal(ctx.get('le'))} zijn.", veld
    if soort in ("enum", "literal_error"):
        return f"Het veld {naam} moet een van deze waarden hebben: {_of(str(ctx.get('expected', '')))}.", veld
    if soort in ("dict_type", "model_type", "model_attributes_type"):
        return f"{naam[0].upper() + naam[1:]} moet een JSON-object zijn.", veld
    if soort == "list_type":
        return f"Het veld {naam} moet een lijst zijn.", veld
    if soort == "value_error" and str(ctx.get("error", "")) == "datum buiten bereik":
        return f"Het veld {naam} moet een datum tussen 1 januari 1900 en 31 december 2100 zijn.", veld
    return f"Het veld {naam} heeft een ongeldige waarde.", veld


TE_GROOT = "De invoer is te groot."


def json_fout(status: int, fout: str, veld: str | None = None, **kop: str) -> JSONResponse:
    return JSONResponse({"fout": fout, "veld": veld}, status_code=status, headers=kop or None)


ONGELDIG = "Dit klopt niet"
ONVERWACHT = "Er ging aan onze kant iets mis. Probeer het later opnieuw."
TE_DRUK = "Het is op dit moment te druk of de database is niet bereikbaar. Probeer het over enkele seconden opnieuw."
# A form's address opened as a page (after a reload, or a copied address): back to the case, not a 405.
_FORMULIER_ADRES = re.compile(r"^/dossiers/([^/]+)/(?:[a-z_]+|vragen/\d+)$")


def _fout(request: Request, status: int, titel: str, tekst: str, veld: str | None = None, **kop: str) -> Response:
    """JSON for the API, a Dutch page with the site's header and a way back for the browser."""
    if _api(request):
        return json_fout(status, tekst, veld, **kop)
    from .paginas import foutpagina

    antwoord = foutpagina(request, status, titel, tekst)
    for k, v in kop.items():
        antwoord.headers[k] = v
    return antwoord


def terug_adres(request: Request) -> str | None:
    """Where a GET on a form's POST address should go instead: the case page it belongs to."""
    if request.method != "GET" or _api(request):
        return None
    pad = request.url.path
    if pad == "/dossiers":
        return "/werklijst"
    gevonden = _FORMULIER_ADRES.match(pad)
    if gevonden and gevonden.group(1) != "nieuw":
        return f"/dossiers/{gevonden.group(1)}"
    return None


def installeer(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validatie(request: Request, exc: RequestValidationError) -> Response:
        fouten = exc.errors()
        tekst, veld = validatie_tekst(fouten[0]) if fouten else ("De invoer is ongeldig.", None)
        return _fout(request, 422, ONGELDIG, tekst, veld)

    @app.exception_handler(InvoerFout)
    async def _invoer(request: Request, exc: InvoerFout) -> Response:
        return _fout(request, 422, ONGELDIG, str(exc), exc.veld)

    @app.exception_handler(DossierFout)
    async def _dossier(request: Request, exc: DossierFout) -> Response:
        return _fout(request, 422, ONGELDIG, str(exc), exc.veld)

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
        if exc.status_code == 405:
            terug = terug_adres(request)
            if terug is not None:
                return RedirectResponse(terug, status_code=303)
            if not _api(request):
                tekst = "Deze pagina kunt u niet rechtstreeks openen; gebruik de knoppen en links op de site."
        titels = {404: "Niet gevonden", 405: "Deze pagina bestaat zo niet", 413: "Te groot"}
        return _fout(request, exc.status_code, titels.get(exc.status_code, "Fout"), tekst)

    from sqlalchemy.exc import OperationalError

    @app.exception_handler(OperationalError)
    async def _druk(request: Request, exc: OperationalError) -> Response:
        # A lock not granted within the storage's wait time (or a database that is away): not the sender's
        # fault and not a bug; say so and when to try again.
        log.warning("Database niet beschikbaar bij %s %s: %s", request.method, request.url.path, exc.orig)
        return _veilig(request, 503, "Even te druk", TE_DRUK, **{"Retry-After": "5"})

    @app.exception_handler(Exception)
    async def _onverwacht(request: Request, exc: Exception) -> Response:
        log.exception("Onverwachte fout bij %s %s", request.method, request.url.path)
        return _veilig(request, 500, "Er ging iets mis", ONVERWACHT)


def _veilig(request: Request, status: int, titel: str, tekst: str, **kop: str) -> Response:
    """A server-side failure: the HTML page if it can be drawn, else JSON (the page itself may be what failed,
    for example when the database is away and the log-in cannot be read)."""
    try:
        return _fout(request, status, titel, tekst, **kop)
    except Exception:  # noqa: BLE001 - the error page must never raise in its turn
        log.exception("De foutpagina kon niet worden getoond")
        return json_fout(status, tekst, **kop)
