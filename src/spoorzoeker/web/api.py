"""The JSON API under ``/api/v1``: every page action, documented in Dutch in the OpenAPI document.

Log in with ``POST /api/v1/aanmelden`` (the session cookie) or send the session token as
``Authorization: Bearer ...``. Every case read and write goes through ``DossierService``: checked
per role, per employer and per field, and logged. A case the account may not see answers 404,
exactly like a case that does not exist.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import orjson
from fastapi import APIRouter, Body, Depends, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse, Response

from ..cases import naar_json
from . import handelingen as h
from . import modellen as m
from .antwoordgeheugen import Antwoordgeheugen
from .beveiliging import csrf_cookie_naam, is_https, nieuwe_csrf_basis, sessie_cookie_naam, wis_cookie, zet_cookie
from .omgeving import Ingelogd, Omgeving, aanmeld_fouten, geef_omgeving, ingelogd, omgeving

FOUTEN: dict[int | str, dict[str, Any]] = {
    401: {"model": m.Fout, "description": "Niet aangemeld."},
    404: {"model": m.Fout, "description": "Het dossier bestaat niet of u mag het niet zien."},
    422: {"model": m.Fout, "description": "Ongeldige invoer: de fout en het veld."},
}
OPENBAAR: dict[int | str, dict[str, Any]] = {422: {"model": m.Fout, "description": "Ongeldige invoer: de fout en het veld."}}

router = APIRouter(prefix="/api/v1")

BEREKEN_VOORBEELD = {"datum": "2026-03-01",
                     "personen": [{"wia_maandloon": 2000.0, "inkomsten_per_maand": 600.0, "wga_maand": 5,
                                   "lgu_duur_maanden": 12}],
                     "bereken": ["wga_uitkering_soort", "wga_uitkering_per_maand"]}
TIJDLIJN_VOORBEELD = {"eerste_ziektedag": "2026-01-05", "werkgever_grootte": 12,
                      "gedaan": {"probleemanalyse": "2026-01-20"}}


# ---- public ------------------------------------------------------------------------------------

_ANTWOORDEN = Antwoordgeheugen()
# A request up to this size (a few people) is calculated on the event loop; a larger one could take long
# enough to hold up every other request of the process, so it goes to a worker thread.
OP_DE_LUS_BYTES = 16 * 1024


BEREKEN_BODY = {"required": True, "content": {"application/json": {
    "schema": {"type": "object", "additionalProperties": True,
               "description": "Het verzoek van de rekeninterface: 'datum', 'personen', 'bereken' en eventueel 'uitleg'."},
    "example": BEREKEN_VOORBEELD}}}


@router.post("/bereken", tags=["rekenen"], summary="Bereken variabelen (de rekeninterface)", responses=OPENBAAR,
             response_model=dict[str, Any], openapi_extra={"requestBody": BEREKEN_BODY})
async def bereken(request: Request) -> Response:
    """Dezelfde berekening als `spoorzoeker bereken`: per persoon de gevraagde variabelen, met de regels die
    golden op 'datum'. Bedragen zijn bruto, in euro; 'per_maand' is per maand. Zonder aanmelden; er wordt
    niets bewaard."""
    from ..interface import bereken as bereken_api

    # A pure calculation of about a millisecond, with no I/O: it runs on the event loop (a hop to a worker
    # thread and back costs about half of that again). The body is read as JSON here (orjson), not by the
    # framework's validation; the answer is ready JSON, and a repeated request is not calculated again
    # (see antwoordgeheugen).
    body = await request.body()
    verzoek = lees_json_object(body, request.headers.get("content-type"))
    if len(body) > OP_DE_LUS_BYTES:  # many people: a worker thread, so other requests are not held up
        antwoord = await run_in_threadpool(_ANTWOORDEN.antwoord, verzoek, bereken_api)
    else:
        antwoord = _ANTWOORDEN.antwoord(verzoek, bereken_api)
    return Response(antwoord, media_type="application/json")


def lees_json_object(body: bytes, soort: str | None) -> dict[str, Any]:
    """A JSON object from a request body, or ``InvoerFout`` with the Dutch line the framework's own
    validation gives (only ``application/json`` and ``*+json`` bodies are read as JSON)."""
    from ..errors import InvoerFout

    if not body:
        raise InvoerFout("De invoer ontbreekt: stuur een JSON-object.", None)
    hoofd = (soort or "application/json").split(";", 1)[0].strip().lower()
    if hoofd != "application/json" and not (hoofd.startswith("application/") and hoofd.endswith("+json")):
        raise InvoerFout("De invoer moet een JSON-object zijn.", None)
    try:
        verzoek = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise InvoerFout("De invoer is geen geldige JSON.", None) from None
    if not isinstance(verzoek, dict):
        raise InvoerFout("De invoer moet een JSON-object zijn.", None)
    return verzoek


@router.post("/tijdlijn", tags=["rekenen"], summary="Bereken de Poortwachter-tijdlijn", responses=OPENBAAR)
def tijdlijn(request: Request,
             verzoek: dict[str, Any] = Body(..., examples=[TIJDLIJN_VOORBEELD],
                                            description="Ziekteperiodes (of 'eerste_ziektedag'), gedane stappen en "
                                                        "gebeurtenissen, zoals bij `spoorzoeker tijdlijn`.")) -> dict[str, Any]:
    """Elke stap van de eerste twee ziektejaren met voorkeursdatum, uiterste datum, bron en status. Zonder
    aanmelden; er wordt niets bewaard."""
    from ..timeline import bereken_tijdlijn

    return bereken_tijdlijn(verzoek, vandaag=omgeving(request).vandaag())


@router.post("/overzicht", tags=["rekenen"], summary="Financieel overzicht bij ziekte (anoniem)", responses=OPENBAAR)
def overzicht(x: m.OverzichtIn, om: Omgeving = Depends(geef_omgeving)) -> dict[str, Any]:
    """Het financieel overzicht als gegevens: per blok een kop, tekst of tabel (de grafiek als SVG-tekst).
    Anoniem: niets wordt bewaard."""
    return overzicht_json(h.financieel_overzicht(om, x))


def overzicht_json(ov) -> dict[str, Any]:
    import dataclasses

    blokken = []
    for b in ov.blokken:
        soort = type(b).__name__.lower()
        if soort == "figuur":
            blokken.append({"soort": soort, "bijschrift": b.bijschrift, "svg": b.svg})
        else:
            blokken.append({"soort": soort, **{f.name: getattr(b, f.name) for f in dataclasses.fields(b)}})
    return {"titel": ov.titel, "ondertitel": ov.ondertitel, "blokken": blokken}


# ---- logging in ---------------------------------------------------------------------------------

@router.post("/aanmelden", tags=["aanmelden"], summary="Aanmelden",
             responses={401: {"model": m.Fout, "description": "Aanmelden mislukt."}, 422: OPENBAAR[422]})
def aanmelden(x: m.Aanmelden, request: Request, om: Omgeving = Depends(geef_omgeving)) -> JSONResponse:
    """Meld u aan met inlognaam, wachtwoord en (voor rollen die medische gegevens zien) de code uit uw
    authenticator-app. Het antwoord zet een sessiecookie en geeft het sessietoken (voor `Authorization: Bearer`)."""
    sessie = om.aanmelden.meld_aan(x.inlognaam, x.wachtwoord, x.totp_code or None,
                                   bron=request.client.host if request.client else "")
    antwoord = JSONResponse({"token": sessie.token, "rol": str(getattr(sessie.rol, "value", sessie.rol)),
                             "verloopt_om": sessie.verloopt_om.isoformat()})
    zet_sessie(antwoord, request, om, sessie)
    return antwoord


def zet_sessie(antwoord: Response, request: Request, om: Omgeving, sessie) -> None:
    veilig = is_https(request, om.instellingen.https)
    duur = int((sessie.verloopt_om - dt.datetime.now(dt.UTC)).total_seconds())
    zet_cookie(antwoord, sessie_cookie_naam(veilig), sessie.token, veilig, max_age=max(duur, 1))
    zet_cookie(antwoord, csrf_cookie_naam(veilig), nieuwe_csrf_basis(), veilig)  # new CSRF base on log-in


@router.post("/afmelden", tags=["aanmelden"], summary="Afmelden", status_code=204, responses={401: FOUTEN[401]})
def afmelden(request: Request, g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> Response:
    """Beëindig de sessie."""
    try:
        om.aanmelden.meld_af(g.token)
    except aanmeld_fouten():
        pass
    antwoord = Response(status_code=204)
    veilig = is_https(request, om.instellingen.https)
    wis_cookie(antwoord, sessie_cookie_naam(veilig), veilig)
    return antwoord


# ---- cases ------------------------------------------------------------------------------------------

@router.get("/dossiers", tags=["dossiers"], summary="Werklijst met verkeerslichten", responses=FOUTEN)
def dossiers(pagina: int = Query(1, ge=1, le=100000, description="Paginanummer (25 per pagina)."),
             g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> dict[str, Any]:
    """De dossiers die u mag openen, met per dossier het verkeerslicht (rood: een wettelijke stap is te laat;
    oranje: binnen 14 dagen; groen: op schema; grijs: hersteld) en de volgende stap. De te late dossiers
    staan over alle pagina's heen eerst. 'onbekend': de tijdlijn van dat dossier kan niet worden berekend
    ('uitleg' zegt waarom)."""
    regels, totaal = h.werklijst(om, g, pagina)
    return {"totaal": totaal, "pagina": pagina, "per_pagina": h.PER_PAGINA, "dossiers": [
        {"id": r.dossier.id, "werknemer": r.dossier.werknemer.naam, "werkgever": r.dossier.werkgever.naam,
         "eerste_ziektedag": r.dossier.eerste_ziektedag.isoformat(), "ziekteweek": r.tijdlijn.get("ziekteweek"),
         "licht": r.licht.kleur, "uitleg": r.licht.uitleg, "notitie": r.licht.notitie,
         "hersteld_op": r.tijdlijn.get("hersteld_op"),
         "volgende_stap": r.licht.volgende and {k: r.licht.volgende[k] for k in ("code", "uiterste_datum")},
         "te_laat": [s["code"] for s in r.licht.te_laat]} for r in regels]}


@router.post("/dossiers", tags=["dossiers"], summary="Nieuw dossier (ziekmelding)", status_code=201, responses=FOUTEN)
def nieuw_dossier(x: m.NieuwDossier, g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> dict[str, str]:
    """Open een dossier bij een ziekmelding: een bestaande werknemer, of een nieuwe (werkgever en naam)."""
    return {"id": h.maak_dossier(om, g, x)}


@router.get("/dossiers/{dossier_id}", tags=["dossiers"], summary="Een dossier met tijdlijn", responses=FOUTEN)
def dossier(dossier_id: str, g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> dict[str, Any]:
    """Het procesdeel van het dossier (nooit medische gegevens), de tijdlijn en het verkeerslicht; voor de
    werknemer ook zijn eigen mening."""
    return h.dossier_json(h.dossier_beeld(om, g, dossier_id))


def _actie(naam: str, pad: str, samenvatting: str, beschrijving: str) -> None:
    handeling = h.HANDELINGEN[naam]
    model = handeling.model

    def eindpunt(dossier_id: str, x: model, g: Ingelogd = Depends(ingelogd),  # type: ignore[valid-type]
                 om: Omgeving = Depends(geef_omgeving)) -> JSONResponse:
        uitkomst = handeling.doe(om, g, dossier_id, x)
        body: dict[str, Any] = {"bericht": handeling.titel}
        if isinstance(uitkomst, int):
            body["id"] = uitkomst
        return JSONResponse(body, status_code=201)

    eindpunt.__annotations__["x"] = model  # a real class: this module's annotations are strings
    eindpunt.__name__ = f"leg_{naam}_vast"
    eindpunt.__doc__ = beschrijving
    router.add_api_route(f"/dossiers/{{dossier_id}}/{pad}", eindpunt, methods=["POST"], tags=["dossiers"],
                         summary=samenvatting, status_code=201, responses=FOUTEN)


_actie("stap", "stappen", "Stap vastleggen",
       "Een gedane stap van de tijdlijn (code, datum, wie), met de motivering als die buiten de voorkeursdatum of "
       "na de uiterste datum is gedaan.")
_actie("ziekteperiode", "ziekteperiodes", "Ziekteperiode, herstel of terugval",
       "Een nieuwe ziekteperiode (terugval), gedeeltelijk herstel, of het einde van de lopende periode (herstel).")
_actie("plan", "plannen", "Plan van aanpak of bijstelling",
       "Het plan van aanpak of een bijstelling; scholing hoort erin, tenzij gemotiveerd is waarom die niet past.")
_actie("rapport", "rapporten", "Arbeidsdeskundig rapport",
       "Het rapport van de arbeidsdeskundige voor de spoorkeuze: kans in spoor 1, mogelijkheden in spoor 2, WIA-prognose en advies.")
_actie("spoorkeuze", "spoorkeuzes", "Spoorkeuze vastleggen",
       "Het gesprek over de spoorkeuze (wie deelnamen) en de gemotiveerde keuze; beide sporen alleen op advies.")
_actie("vraag", "vragen", "Vraag of geschil indienen",
       "Eén ingang voor vragen, een deskundigenoordeel of een second opinion.")
_actie("nazorg", "nazorg", "Nazorgmoment vastleggen",
       "Een nazorgmoment of jobcoaching, tot drie jaar na volledige werkhervatting.")
_actie("gebeurtenis", "gebeurtenissen", "Gebeurtenis vastleggen",
       "Een besluit van het UWV of een verlof dat de tijdlijn verschuift (loonsanctie, uitstel, herstelmelding, "
       "verkorte wachttijd, zwangerschaps- en bevallingsverlof).")
_actie("oordeel", "oordelen", "Oordeel van de bedrijfsarts in werktermen",
       "De functionele mogelijkheden en beperkingen in werktermen (probleemanalyse, bijstelling, actueel oordeel of advies).")
_actie("medisch", "medisch", "Medische aantekening (alleen bedrijfsarts en taakdelegatie)",
       "Een medische aantekening. Alleen de bedrijfsarts en de casemanager in taakdelegatie mogen dit.")
_actie("mening", "mening", "Mening van de werknemer",
       "Uw eigen mening over de re-integratie, voor het re-integratieverslag. Alleen de werknemer zelf.")


@router.post("/dossiers/{dossier_id}/vragen/{vraag_id}", tags=["dossiers"], summary="Vraag afhandelen",
             responses=FOUTEN)
def vraag_afhandelen(dossier_id: str, vraag_id: int, x: m.VraagAfhandelen, g: Ingelogd = Depends(ingelogd),
                     om: Omgeving = Depends(geef_omgeving)) -> dict[str, str]:
    """Intake en uitkomst van een vraag of geschil. Wijzigt u iets dat al was vastgelegd, dan is dat een correctie:
    geef de reden; het oude blijft zichtbaar in de geschiedenis van de correcties."""
    om.service.handel_vraag_af(g.gebruiker_id, dossier_id, vraag_id, **x.model_dump())
    return {"bericht": "Vraag bijgewerkt"}


@router.get("/dossiers/{dossier_id}/export", tags=["dossiers"], summary="Het dossier als gegevens (export)",
            responses=FOUTEN)
def export(dossier_id: str, g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> dict[str, Any]:
    """Het hele dossier als JSON (recht op overdraagbaarheid, art. 20 AVG); het medische deel alleen voor wie
    dat mag zien."""
    return om.service.exporteer_dossier(g.gebruiker_id, dossier_id)


@router.get("/dossiers/{dossier_id}/medisch", tags=["dossiers"], summary="Het medische deel", responses=FOUTEN)
def medisch(dossier_id: str, g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> dict[str, Any]:
    """Het medische deel van het dossier: alleen voor wie dat volgens de wet mag zien. Met de geschiedenis van de
    correcties van het medische deel ('correcties') en per aantekening het nummer en de versie om haar te corrigeren
    ('onderdelen')."""
    from ..cases.correcties import beschrijving
    from ..cases.correcties import versie as versie_van

    md, correcties = om.service.lees_medisch_met_correcties(g.gebruiker_id, dossier_id)
    return {**naar_json(md), "correcties": correcties,
            "onderdelen": [{"nummer": i, "versie": versie_van(a), "omschrijving": beschrijving(a)}
                           for i, a in enumerate(md.aantekeningen)]}


@router.get("/dossiers/{dossier_id}/mening", tags=["dossiers"], summary="Mening van de werknemer lezen",
            responses=FOUTEN)
def mening(dossier_id: str, g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> list[dict[str, Any]]:
    """Uw eigen mening over de re-integratie (alleen de werknemer zelf)."""
    return naar_json(om.service.lees_mening_werknemer(g.gebruiker_id, dossier_id))


@router.get("/dossiers/{dossier_id}/inzage", tags=["dossiers"], summary="Wie opende mijn dossier",
            responses=FOUTEN)
def inzage(dossier_id: str,
           pagina: int = Query(1, ge=1, le=1_000_000, description="Welke pagina (1 is de nieuwste)."),
           per_pagina: int = Query(50, ge=1, le=200, description="Regels per pagina (hoogstens 200)."),
           g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> dict[str, Any]:
    """Wie uw dossier las of wijzigde, wanneer, in welke rol en namens wie (NEN 7513): één pagina, nieuwste
    eerst, met het totale aantal regels (`totaal`) en het aantal pagina's (`paginas`)."""
    p = om.service.wie_opende_mijn_dossier_pagina(g.gebruiker_id, dossier_id, pagina, per_pagina)
    return {**naar_json(p), "paginas": p.paginas}


@router.get("/dossiers/{dossier_id}/toegangslog", tags=["dossiers"], summary="Toegangslog van een dossier",
            responses=FOUTEN)
def toegangslog(dossier_id: str, g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> list[dict[str, Any]]:
    """Het hele toegangslog van een dossier, ook geweigerde pogingen (alleen de beheerder)."""
    return naar_json(om.service.lees_toegangslog(g.gebruiker_id, dossier_id))


@router.get("/dossiers/{dossier_id}/verslag", tags=["dossiers"], summary="Re-integratieverslag: volledigheid",
            responses=FOUTEN)
def verslag(dossier_id: str, kort: bool = Query(False, description="Het verkorte verslag voor horizontaal toezicht."),
            g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> dict[str, Any]:
    """Of het re-integratieverslag compleet is, wat er ontbreekt (met de bron) en waar u op moet letten.
    Het verslag zelf: de pagina's /dossiers/{id}/verslag en /dossiers/{id}/verslag.pdf."""
    from ..reports.re_integratieverslag import maak_verslag

    v = maak_verslag(om.service, g.gebruiker_id, dossier_id, kort=kort, vandaag=om.vandaag())
    return {"versie": v.versie, "compleet": v.compleet,
            "ontbreekt": [{"onderdeel": o.code, "tekst": o.tekst, "bron": o.bron} for o in v.ontbreekt],
            "let_op": v.aandachtspunten}


@router.post("/dossiers/{dossier_id}/overzicht", tags=["dossiers"], summary="Financieel overzicht bij dit dossier",
             responses=FOUTEN)
def dossier_overzicht(dossier_id: str, x: m.OverzichtIn, g: Ingelogd = Depends(ingelogd),
                      om: Omgeving = Depends(geef_omgeving)) -> dict[str, Any]:
    """Het financieel overzicht met de eerste ziektedag uit het dossier (toegang gecontroleerd en gelogd);
    de overige invoer wordt niet bewaard."""
    d = om.service.lees_dossier(g.gebruiker_id, dossier_id)
    return overzicht_json(h.financieel_overzicht(om, x.model_copy(update={"eerste_ziektedag": d.eerste_ziektedag})))


@router.get("/dashboard", tags=["dossiers"], summary="Verzuimcijfers per werkgever", responses=FOUTEN)
def dashboard(g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> list[dict[str, Any]]:
    """Verzuimpercentage, meldingsfrequentie en gemiddelde verzuimduur over het afgelopen jaar, per werkgever
    (definities van het CBS; zonder medische gegevens)."""
    return [{**{k: v for k, v in r.items() if k != "cijfers"}, "cijfers": naar_json(r["cijfers"])}
            for r in h.dashboard(om, g)]


# ---- correcting recorded data (AVG art. 16) ---------------------------------------------------------------

@router.get("/dossiers/{dossier_id}/correcties", tags=["dossiers"], summary="Correcties van een dossier",
            responses=FOUTEN)
def correcties(dossier_id: str, g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> dict[str, Any]:
    """De geschiedenis van de correcties van dit dossier (wat, van wat naar wat, wanneer, door wie en waarom; een
    correctie wist nooit de oude gegevens), en per soort onderdeel wat u kunt corrigeren: het nummer, de versie en
    hoe het er nu uitziet."""
    return h.correctie_overzicht(om, g, dossier_id)


def _correctie(soort: str) -> None:
    correctie = h.CORRECTIES[soort]
    model = correctie.model

    def eindpunt(dossier_id: str, x: model, g: Ingelogd = Depends(ingelogd),  # type: ignore[valid-type]
                 om: Omgeving = Depends(geef_omgeving)) -> dict[str, Any]:
        klaar, let_op = h.uitkomst(correctie.doe(om, g, dossier_id, x))
        return {"bericht": h.CORRECTIE_BERICHT[klaar], **({"let_op": let_op} if let_op else {})}

    eindpunt.__annotations__["x"] = model  # a real class: this module's annotations are strings
    eindpunt.__name__ = f"corrigeer_{soort}"
    eindpunt.__doc__ = (correctie.beschrijving + " Alleen wie dit onderdeel mag vastleggen, mag het corrigeren; de reden "
                        "is verplicht en komt met wie en wanneer in de geschiedenis, die de werknemer ook ziet.")
    router.add_api_route(f"/dossiers/{{dossier_id}}/correcties/{correctie.pad}", eindpunt, methods=["POST"],
                         tags=["dossiers"], summary=correctie.samenvatting, responses=FOUTEN)


for _soort in h.CORRECTIES:
    _correctie(_soort)
