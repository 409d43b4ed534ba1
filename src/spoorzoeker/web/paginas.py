"""The HTML pages: server-rendered with Jinja2 (autoescaping on), no inline script or style, every
form with a CSRF token. Each page does what its API twin does, through ``handelingen``."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as FastApiPath
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ..cases import (
    DossierFout,
    Operatie,
    SoortGebeurtenis,
    SoortInterventie,
    SoortNazorg,
    SoortOordeel,
    SoortVraag,
    Spoor,
    WiaPrognose,
)
from ..cases.datumtekst import datum_en_tijd
from ..cases.service import GEEN_STAP
from ..errors import InvoerFout
from ..reports.inhoud import datum_tekst, euro, parameter_waarde
from ..stapteksten import STAPTITELS, STATUSTEKSTEN, getoonde_status
from ..timeline import STAPPEN, VOORSTELLEN
from . import handelingen as h
from . import modellen as m
from .beveiliging import (
    csrf_basis,
    csrf_cookie_naam,
    csrf_klopt,
    csrf_token,
    is_https,
    nieuwe_csrf_basis,
    sessie_cookie_naam,
    wis_cookie,
    zet_cookie,
)
from .cijfers import LICHTEN
from .fouten import label_van, validatie_tekst
from .omgeving import (
    ROL_TEKST,
    CsrfFout,
    Ingelogd,
    Omgeving,
    aanmeld_fouten,
    geef_omgeving,
    ingelogd,
    omgeving,
    wie,
)

MAP = Path(__file__).parent / "templates"
router = APIRouter(include_in_schema=False)

STATUS_TEKST = STATUSTEKSTEN
STAP_TEKST = STAPTITELS
KEUZES = {
    "soort_gebeurtenis": {"loonsanctie": "Loonsanctie (besluit UWV)", "uitstel_wia": "Uitstel WIA-aanvraag",
                          "herstelmelding": "Herstelmelding na loonsanctie", "verkorte_wachttijd": "Verkorte wachttijd",
                          "zwangerschapsverlof": "Zwangerschaps- en bevallingsverlof",
                          "aow_leeftijd": "AOW-leeftijd bereikt (datum)"},
    "soort_vraag": {"vraag": "Vraag", "deskundigenoordeel": "Deskundigenoordeel (UWV)", "second_opinion": "Second opinion"},
    "soort_nazorg": {"nazorg": "Nazorg", "jobcoaching": "Jobcoaching"},
    "soort_oordeel": {"probleemanalyse": "Probleemanalyse", "bijstelling_probleemanalyse": "Bijstelling probleemanalyse",
                      "actueel_oordeel": "Actueel oordeel", "advies": "Advies"},
    "soort_interventie": {"scholing": "Scholing", "werkplekaanpassing": "Werkplekaanpassing",
                          "aangepast_werk": "Aangepast werk", "arbeidstherapeutisch_werk": "Arbeidstherapeutisch werk",
                          "coaching": "Coaching", "behandeling_aangeboden": "Behandeling aangeboden",
                          "jobcoach": "Jobcoach (UWV-voorziening)", "proefplaatsing": "Proefplaatsing",
                          "vervoersvoorziening": "Vervoersvoorziening", "overig": "Overig"},
    "spoor": {"spoor_1": "Spoor 1 (eigen werkgever)", "spoor_2": "Spoor 2 (andere werkgever)", "beide": "Beide sporen"},
    "wia_prognose": {"minder_dan_35": "Minder dan 35% (geen WIA)", "wga_35_80": "WGA 35-80%", "wga_80_100": "WGA 80-100%",
                     "iva": "IVA", "onzeker": "Onzeker"},
    "cao_regime": {"wettelijk": "Wettelijk minimum (70%)", "exact_170": "Precies 170% over twee jaar",
                   "boven_170_onvoorwaardelijk": "Meer dan 170%, zonder voorwaarden",
                   "boven_170_voorwaardelijk": "Meer dan 170% als u werkt of meewerkt",
                   "onder_170": "Minder dan 170% over twee jaar"},
}
# Every value of the case file's enums gets a choice; a value added there without a Dutch label here still
# shows (as its code) until tests/test_web_rollen.py::test_keuzes_volgen_het_dossier reminds us.
for _naam, _enum in (("soort_gebeurtenis", SoortGebeurtenis), ("soort_vraag", SoortVraag),
                     ("soort_nazorg", SoortNazorg), ("soort_oordeel", SoortOordeel),
                     ("soort_interventie", SoortInterventie), ("spoor", Spoor), ("wia_prognose", WiaPrognose)):
    for _w in _enum:
        KEUZES[_naam].setdefault(_w.value, _w.value.replace("_", " "))
    for _code in [w for w in KEUZES[_naam] if w not in {e.value for e in _enum}]:
        del KEUZES[_naam][_code]

# auto_reload off: the templates are part of the package and do not change while the app runs (Jinja
# would otherwise look at each template file's time on every page)
_env = Environment(loader=FileSystemLoader(MAP), autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True, auto_reload=False)


def compileer_sjablonen() -> None:
    """Compile every template now (at start-up) rather than on the first page that uses it."""
    for naam in _env.list_templates(extensions=["html"]):
        _env.get_template(naam)

# The choice lists of the forms are built once per (list, chosen value), not escaped option by option
# on every page; the same for the Dutch text of a date (a case page shows a few dozen).
_OPTIE = Markup('<option value="{}"{}>{}</option>')
_GEKOZEN = Markup(" selected")


@functools.lru_cache(maxsize=512)
def _opties(soort: str, gekozen: str | None = None) -> Markup:
    return Markup("").join(_OPTIE.format(k, _GEKOZEN if k == gekozen else "", t) for k, t in KEUZES[soort].items())


def _opties_van(soort: str, gekozen: object = None) -> Markup:
    """The ``<option>`` elements of the choice list ``soort``, with ``gekozen`` selected."""
    return _opties(soort, gekozen if isinstance(gekozen, str) else None)


@functools.lru_cache(maxsize=512)
def _stap_opties(gekozen: str | None = None) -> Markup:
    return Markup("").join(_OPTIE.format(c, _GEKOZEN if c == gekozen else "", STAP_TEKST.get(c, c.replace("_", " ")))
                           for c in STAPPEN if c not in GEEN_STAP)


def _stap_opties_van(gekozen: object = None) -> Markup:
    """The steps one can record (not the milestones the timeline computes itself), ``gekozen`` selected."""
    return _stap_opties(gekozen if isinstance(gekozen, str) else None)


@functools.lru_cache(maxsize=4096)
def _datum(d: Any) -> str:
    if not d:
        return "—"
    if isinstance(d, str):
        d = dt.date.fromisoformat(d[:10])
    return datum_tekst(d)


def _keuze(w: object, soort: str) -> Any:
    """The Dutch label of an enum value (or of its code); the code itself when there is none."""
    code: Any = getattr(w, "value", w)
    return KEUZES[soort].get(code, code)


def _ja_nee(w: bool | None) -> str:
    return "onbekend" if w is None else ("ja" if w else "nee")


_env.filters.update(datum=_datum, euro=euro, ja_nee=_ja_nee,
                    status=lambda s: STATUS_TEKST.get(s, s), stap=lambda c: STAP_TEKST.get(c, c.replace("_", " ")),
                    keuze=_keuze,
                    procent=lambda x: f"{x:.1f}".replace(".", ",") + "%",
                    getal=lambda x, n=1: f"{x:,.{n}f}".replace(",", "_").replace(".", ",").replace("_", "."))
def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


_env.filters.update(blok_soort=lambda b: type(b).__name__.lower(), b64=_b64, parameter_waarde=parameter_waarde)


def _handeling(operatie: str) -> str:
    from ..cases.logboek import omschrijving

    return omschrijving(operatie)


_env.filters.update(datum_en_tijd=datum_en_tijd, handeling=_handeling)  # the access log's time and action, in Dutch
# The timeline's steps (JSON) in reading order: by preferred date, then latest date (ISO dates sort as text),
# as the re-integratieverslag shows them; the timeline itself keeps its own order.
_env.filters.update(in_volgorde=lambda stappen: sorted(stappen, key=lambda s: (
    s.get("voorkeursdatum") or s.get("uiterste_datum") or "9999", s.get("uiterste_datum") or "9999")))
_env.globals.update(KEUZES=KEUZES, STAP_TEKST=STAP_TEKST, STAPPEN=STAPPEN, VOORSTELLEN=VOORSTELLEN, LICHTEN=LICHTEN,
                    Operatie=Operatie, opties=_opties_van, stap_opties=_stap_opties_van,
                    getoonde_status=getoonde_status, ROL_NAAM=ROL_TEKST)


def _csrf(request: Request) -> str:
    om = omgeving(request)
    veilig = is_https(request, om.instellingen.https)
    basis = getattr(request.state, "csrf_nieuw", None) or csrf_basis(request, veilig)
    if not basis:
        basis = nieuwe_csrf_basis()
        request.state.csrf_nieuw = basis
    return csrf_token(om.instellingen.geheim, basis)


def pagina(request: Request, sjabloon: str, status: int = 200, **context: Any) -> HTMLResponse:
    g = wie(request)
    om = omgeving(request)
    context.update(request=request, ingelogd=g, csrf=_csrf(request), vandaag=om.vandaag(),
                   mag=(lambda op: h.mag_ui(g, op)) if g else (lambda op: False))
    inhoud = _env.get_template(sjabloon).render(**context)
    antwoord = HTMLResponse(inhoud, status_code=status)
    nieuw = getattr(request.state, "csrf_nieuw", None)
    if nieuw:
        veilig = is_https(request, om.instellingen.https)
        zet_cookie(antwoord, csrf_cookie_naam(veilig), nieuw, veilig)
    return antwoord


def foutpagina(request: Request, status: int, titel: str, tekst: str) -> HTMLResponse:
    return pagina(request, "fout.html", status=status, titel=titel, tekst=tekst)


async def formulier(request: Request) -> dict[str, str]:
    """The posted form, after its CSRF token was checked."""
    om = omgeving(request)
    veilig = is_https(request, om.instellingen.https)
    try:
        form = await request.form(max_files=0, max_fields=200)
    except Exception as e:  # a malformed body is the sender's fault, never a 5xx
        raise CsrfFout() from e
    if not csrf_klopt(om.instellingen.geheim, csrf_basis(request, veilig), str(form.get("csrf", ""))):
        raise CsrfFout()
    return {k: str(v) for k, v in form.items() if k != "csrf" and isinstance(v, str)}


def _als_model(model: type[BaseModel], velden: dict[str, str]) -> BaseModel:
    """Form fields to the API's model: empty means not given; 'ja'/'nee' are booleans."""
    data: dict[str, Any] = {}
    for naam, veld in model.model_fields.items():
        w = velden.get(naam, "")
        if w == "":
            continue
        if veld.annotation in (bool, bool | None):
            data[naam] = {"ja": True, "nee": False, "on": True}.get(w, w)
        else:
            data[naam] = w
    if model is m.Plan and velden.get("interventie_omschrijving"):
        data["interventies"] = [{"soort": velden.get("interventie_soort", "overig"),
                                 "omschrijving": velden["interventie_omschrijving"]}]
    if model is m.SpoorkeuzeIn:
        data["deelnemers"] = [{"rol": velden.get(f"deelnemer_rol_{k}", ""), "naam": velden.get(f"deelnemer_naam_{k}", "")}
                              for k in range(1, 7) if velden.get(f"deelnemer_naam_{k}")]
    return model.model_validate(data)


def _fouttekst(e: Exception) -> str:
    if isinstance(e, ValidationError):
        fout = e.errors()[0]
        if fout.get("type") in ("literal_error", "enum", "bool_parsing", "bool_type"):
            return _keuzetekst(fout, e.title)
        return validatie_tekst(fout, e.title)[0]
    tekst = " ".join(str(e).split())
    veld = getattr(e, "veld", None)
    if veld:
        # the case file's checks name a field by its key ('opgesteld_door', 'waarde'); a page names its label
        label = label_van(veld)
        if label:
            tekst = tekst.replace(f"'{veld}'", f"'{label}'")
    return tekst


def _keuzetekst(fout: Any, model: str) -> str:
    """A choice that is not on the list, in the words of the form: on a page the field is a list of choices
    (or ja/nee), so the API's list of internal codes ('uitstel_wia', 'true') would mean nothing to the reader."""
    naam = label_van(validatie_tekst(fout, model)[1], model)
    return (f"Kies bij '{naam}' een van de keuzes uit de lijst." if naam
            else "Kies een van de keuzes uit de lijst.")


# ---- public pages -------------------------------------------------------------------------------
# Pages without a case read are async: rendering a template (and the session check, see ``ingelogd``)
# costs less than the hop to a worker thread and back that FastAPI makes for a synchronous endpoint.

@router.get("/", response_class=HTMLResponse)
async def start(request: Request) -> Response:
    return pagina(request, "start.html")


@router.get("/aanmelden", response_class=HTMLResponse)
async def aanmelden_formulier(request: Request) -> Response:
    from .terugweg import VERLOPEN, veilig_pad

    return pagina(request, "aanmelden.html", volgende=veilig_pad(request.query_params.get("volgende")),
                  melding=VERLOPEN if request.query_params.get("verlopen") == "1" else None)


@router.post("/aanmelden")
async def aanmelden(request: Request) -> Response:
    velden = await formulier(request)
    om = omgeving(request)
    bron = request.client.host if request.client else ""
    afgewezen: tuple[type[Exception], ...] = (ValidationError, *aanmeld_fouten())
    try:
        x = m.Aanmelden.model_validate({k: v for k, v in velden.items() if v and k in m.Aanmelden.model_fields})
        sessie = om.aanmelden.meld_aan(x.inlognaam, x.wachtwoord, x.totp_code or None, bron=bron)
    except afgewezen as e:
        instellen = _totp_instellen(request, om, velden, e, bron)
        if instellen is not None:
            return instellen
        from .terugweg import veilig_pad

        return pagina(request, "aanmelden.html", status=400, fout=_fouttekst(e),
                      inlognaam=velden.get("inlognaam", "")[:200], volgende=veilig_pad(velden.get("volgende")))
    from .api import zet_sessie
    from .terugweg import volgende

    antwoord = RedirectResponse(volgende(velden.get("volgende")), status_code=303)
    zet_sessie(antwoord, request, om, sessie)
    return antwoord


def _totp_instellen(request: Request, om: Omgeving, velden: dict[str, str], fout: Exception, bron: str):
    """First log-in of an account that must have a second factor but has none yet: the password was right
    (the log-in service says so with ``TotpInstellenNodig``). Step 1 shows a new secret; step 2 (the form
    sent again with the password and a code from the app) confirms it and logs in."""
    try:
        from ..cases.aanmelden import TotpInstellenNodig
    except ImportError:  # pragma: no cover
        return None
    if not isinstance(fout, TotpInstellenNodig):
        return None
    inlognaam = velden.get("inlognaam", "")[:200]
    if velden.get("instellen") == "1" and velden.get("totp_code"):
        try:
            om.aanmelden.bevestig_totp(fout.gebruiker_id, velden["totp_code"])
            sessie = om.aanmelden.meld_aan(inlognaam, velden.get("wachtwoord", ""), velden["totp_code"], bron=bron)
        except aanmeld_fouten() as e:
            return pagina(request, "totp_instellen.html", status=400, fout=_fouttekst(e), inlognaam=inlognaam,
                          geheim=None)
        from .api import zet_sessie

        antwoord = RedirectResponse("/werklijst", status_code=303)
        zet_sessie(antwoord, request, om, sessie)
        return antwoord
    if velden.get("instellen") == "1":  # the page with the secret was shown already: keep that secret
        return pagina(request, "totp_instellen.html", status=400, inlognaam=inlognaam, geheim=None,
                      fout="Geef de code uit uw app.")
    uri = om.aanmelden.begin_totp(fout.gebruiker_id)
    from .demo import geheim_uit_uri

    return pagina(request, "totp_instellen.html", inlognaam=inlognaam, geheim=geheim_uit_uri(uri), uri=uri,
                  qr=_qr_code(uri))


def _qr_code(tekst: str) -> str:
    """``tekst`` as a QR code (SVG, as a data: address the CSP allows for images), so an authenticator app
    can scan the secret from a desktop screen instead of typing 32 characters."""
    import segno

    return segno.make(tekst, error="m").svg_data_uri(scale=5, border=2, dark="#000", light="#fff")


@router.post("/afmelden")
async def afmelden(request: Request) -> Response:
    await formulier(request)
    om = omgeving(request)
    g = wie(request)
    if g is not None:
        try:
            om.aanmelden.meld_af(g.token)
        except aanmeld_fouten():
            pass
    antwoord = RedirectResponse("/", status_code=303)
    veilig = is_https(request, om.instellingen.https)
    wis_cookie(antwoord, sessie_cookie_naam(veilig), veilig)
    return antwoord


@router.get("/rekenhulp", response_class=HTMLResponse)
async def rekenhulp(request: Request) -> Response:
    return pagina(request, "rekenhulp.html", waarden={})


def _overzicht_pagina(request: Request, velden: dict[str, str], actie: str, dossier=None) -> Response:
    om = omgeving(request)
    try:
        x = _als_model(m.OverzichtIn, velden)
        ov = h.financieel_overzicht(om, x)  # type: ignore[arg-type]
    except (ValidationError, InvoerFout) as e:
        return pagina(request, "rekenhulp.html", status=422, fout=_fouttekst(e), waarden=velden, actie=actie,
                      dossier=dossier)
    return pagina(request, "rekenhulp.html", overzicht=ov, waarden=velden, actie=actie, dossier=dossier)


@router.post("/rekenhulp", response_class=HTMLResponse)
async def rekenhulp_uitkomst(request: Request) -> Response:
    # calculated and drawn in a worker thread: the event loop keeps serving other requests meanwhile
    return await run_in_threadpool(_overzicht_pagina, request, await formulier(request), "/rekenhulp")


# ---- logged-in pages ------------------------------------------------------------------------------

@router.get("/werklijst", response_class=HTMLResponse)
def werklijst(request: Request, pagina_nr: int = Query(1, alias="pagina", ge=1, le=100000),
              g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> Response:
    if g.rol.value == "beheerder":  # the platform role opens no cases; its work is on the command line
        return pagina(request, "fout.html", titel="Beheer", tekst=BEHEER, zonder_werklijst=True)
    regels, totaal = h.werklijst(om, g, pagina_nr)
    return pagina(request, "werklijst.html", regels=regels, totaal=totaal, pagina_nr=pagina_nr,
                  per_pagina=h.PER_PAGINA)


BEHEER = ("Als beheerder opent u geen dossiers. Accounts, toewijzingen aan werkgevers, correcties en bewaartermijnen "
          "beheert u op de opdrachtregel: 'spoorzoeker dossier --help' toont de opdrachten.")
NIET_VOOR_UW_ROL = "Niet voor uw rol"


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(request: Request, g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> Response:
    if not g.werkgever_ids:  # an employee (his own case is no basis for an employer's figures) or the beheerder
        return foutpagina(request, 404, NIET_VOOR_UW_ROL, "De verzuimcijfers zijn er voor wie de dossiers van een "
                                                          "werkgever ziet, zoals de werkgever en de casemanager.")
    return pagina(request, "dashboard.html", werkgevers=h.dashboard(om, g))


@router.get("/dossiers/nieuw", response_class=HTMLResponse)
def nieuw_formulier(request: Request, g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> Response:
    if not h.mag_ui(g, Operatie.DOSSIER_AANMAKEN):
        return foutpagina(request, 404, NIET_VOOR_UW_ROL, "Een nieuw dossier opent alleen een werkgever of een "
                                                          "casemanager.")
    return pagina(request, "nieuw.html", werknemers=h.werknemers_voor_nieuw_dossier(om, g),
                  werkgevers=h.werkgevers_in_scope(om, g), waarden={})


@router.post("/dossiers")
async def nieuw(request: Request, g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> Response:
    velden = await formulier(request)
    try:
        did = h.maak_dossier(om, g, _als_model(m.NieuwDossier, velden))  # type: ignore[arg-type]
    except (ValidationError, DossierFout) as e:
        return pagina(request, "nieuw.html", status=422, fout=_fouttekst(e), waarden=velden,
                      werknemers=h.werknemers_voor_nieuw_dossier(om, g), werkgevers=h.werkgevers_in_scope(om, g))
    return RedirectResponse(f"/dossiers/{did}?klaar=nieuw", status_code=303)


KLAAR = {naam: x.titel for naam, x in h.HANDELINGEN.items()} | {"nieuw": "Dossier geopend", "vraag_af": "Vraag bijgewerkt"}


@router.get("/dossiers/{dossier_id}", response_class=HTMLResponse)
def dossier(request: Request, dossier_id: str, klaar: str = Query("", max_length=40),
            stap: str = Query("", max_length=80), bij: str = Query("", max_length=40), g: Ingelogd = Depends(ingelogd),
            om: Omgeving = Depends(geef_omgeving)) -> Response:
    if bij and (klaar in h.CORRECTIE_BERICHT or klaar == "vraag_af"):  # the confirmation at the part it was about
        return _dossier_pagina(request, om, g, dossier_id, correctie_bericht=KLAAR[klaar], bij=bij)
    return _dossier_pagina(request, om, g, dossier_id, bericht=KLAAR.get(klaar),
                           vastgelegde_stap=stap if klaar == "stap" else None)


REGELING_ART_5 = "https://wetten.overheid.nl/BWBR0013540#Artikel5"


def te_laat_zonder_motivering(tijdlijn: dict[str, Any], code: str) -> str | None:
    """The plain warning for a step just recorded after its deadline without the motivation that the
    Regeling procesgang (art. 5: deviating from the terms 'gemotiveerd') asks for; None when it is not late.
    The step is kept (it was done, and the report must show it) but counts as late until a motivation is added."""
    for s in tijdlijn.get("stappen", []):
        if s.get("code") == code and s.get("status") == "te_laat" and s.get("gedaan_op"):
            return (f"Let op: {STAP_TEKST.get(code, code)} is gedaan op {_datum(s['gedaan_op'])}, na de uiterste "
                    f"datum ({_datum(s.get('uiterste_datum'))}), zonder motivering. De stap is vastgelegd, maar telt "
                    "als te laat tot u opschrijft waarom (artikel 5 Regeling procesgang eerste en tweede ziektejaar). "
                    "Vul de motivering aan met 'Corrigeren' bij deze stap onder 'Vastgelegde stappen'.")
    return None


def _dossier_pagina(request: Request, om: Omgeving, g: Ingelogd, dossier_id: str, status: int = 200,
                    bericht: str | None = None, fout: str | None = None, open_formulier: str | None = None,
                    waarden: dict[str, str] | None = None, vastgelegde_stap: str | None = None,
                    correctie_bericht: str | None = None, bij: str | None = None) -> Response:
    from ..cases.correcties import voor_eerste_ziektedag

    beeld = h.dossier_beeld(om, g, dossier_id)
    let_op = te_laat_zonder_motivering(beeld["tijdlijn"], vastgelegde_stap) if vastgelegde_stap else None
    return pagina(request, "dossier.html", status=status, bericht=bericht, fout=fout, open_formulier=open_formulier,
                  waarden=waarden or {}, let_op=let_op, let_op_bron=REGELING_ART_5 if let_op else None,
                  correctie_bericht=correctie_bericht, bij=bij, voor_eerste_dag=voor_eerste_ziektedag(beeld["dossier"]),
                  **beeld)


def _actie_route(naam: str) -> None:
    handeling = h.HANDELINGEN[naam]

    async def eindpunt(request: Request, dossier_id: str, g: Ingelogd = Depends(ingelogd),
                       om: Omgeving = Depends(geef_omgeving)) -> Response:
        velden = await formulier(request)
        try:
            handeling.doe(om, g, dossier_id, _als_model(handeling.model, velden))
        except (ValidationError, DossierFout) as e:
            if naam == "medisch":  # back on the medical page, with what was typed (never on the process page)
                return _medisch_pagina(request, om, g, dossier_id, status=422, fout=_fouttekst(e), waarden=velden)
            return _dossier_pagina(request, om, g, dossier_id, status=422, fout=_fouttekst(e), open_formulier=naam,
                                   waarden=velden)
        # '#inhoud': the message at the top, not the form the browser would otherwise scroll back to
        doel = f"/dossiers/{dossier_id}/medisch?klaar={naam}#inhoud" if naam == "medisch" else \
            f"/dossiers/{dossier_id}?klaar={naam}#inhoud"
        if naam == "stap":  # the case page then says whether the step counts as late (see te_laat_zonder_motivering)
            doel = f"/dossiers/{dossier_id}?klaar=stap&stap={quote(velden.get('code', ''))}#inhoud"
        return RedirectResponse(doel, status_code=303)

    eindpunt.__name__ = f"pagina_{naam}"
    router.add_api_route(f"/dossiers/{{dossier_id}}/{naam}", eindpunt, methods=["POST"])


for _naam in h.HANDELINGEN:
    _actie_route(_naam)


@router.get("/dossiers/{dossier_id}/vragen/{vraag_id}", response_class=HTMLResponse)
def vraag_formulier(request: Request, dossier_id: str, vraag_id: int = FastApiPath(ge=0, le=2**31 - 1),
                    g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> Response:
    return _vraag_pagina(request, om, g, dossier_id, vraag_id)


def _vraag_pagina(request: Request, om: Omgeving, g: Ingelogd, dossier_id: str, vraag_id: int, status: int = 200,
                  fout: str | None = None, waarden: dict[str, str] | None = None) -> Response:
    """The page that records a question's intake and outcome, or corrects them (with a reason; the question as it
    was stays in the history). Reading it is reading the case (logged); only who handles questions gets it."""
    from ..cases.correcties import versie as versie_van

    d, correcties = om.service.lees_voor_correctie(g.gebruiker_id, dossier_id, Operatie.VRAAG_AFHANDELEN)
    vraag = next((v for v in d.vragen if v.id == vraag_id), None)
    if vraag is None:
        return foutpagina(request, 404, "Vraag niet gevonden", "Deze vraag hoort niet bij dit dossier.")
    return pagina(request, "correctie.html", status=status, fout=fout, waarden=waarden or {}, dossier=d,
                  correcties=correcties, soort="vraag", nummer=vraag_id, item=vraag, anker=f"vraag-{vraag_id}",
                  item_versie=versie_van(vraag), titel="Intake of uitkomst vastleggen",
                  actie=f"/dossiers/{dossier_id}/vragen/{vraag_id}")


LEGE_VRAAG = ("U heeft niets ingevuld. Vul bij 'Intake' of 'Uitkomst' in wat er is gebeurd, met de datum; "
              "er is niets vastgelegd.")


@router.post("/dossiers/{dossier_id}/vragen/{vraag_id}")
async def vraag_afhandelen(request: Request, dossier_id: str, vraag_id: int = FastApiPath(ge=0, le=2**31 - 1),
                           g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> Response:
    velden = await formulier(request)
    if not any(velden.get(k, "").strip() for k in ("intake_op", "intake", "uitkomst_op", "uitkomst")):
        # nothing filled in: say so, instead of confirming an update that did not happen
        return await run_in_threadpool(_vraag_pagina, request, om, g, dossier_id, vraag_id, 422, LEGE_VRAAG, velden)
    try:
        x = _als_model(m.VraagAfhandelen, velden)
        await run_in_threadpool(lambda: om.service.handel_vraag_af(g.gebruiker_id, dossier_id, vraag_id,
                                                                   **x.model_dump()))
    except (ValidationError, DossierFout) as e:
        return await run_in_threadpool(_vraag_pagina, request, om, g, dossier_id, vraag_id, 422, _fouttekst(e), velden)
    return RedirectResponse(f"/dossiers/{dossier_id}?klaar=vraag_af&bij=vraag-{vraag_id}#vraag-{vraag_id}",
                            status_code=303)


@router.get("/dossiers/{dossier_id}/medisch", response_class=HTMLResponse)
def medisch(request: Request, dossier_id: str, klaar: str = Query("", max_length=40),
            bij: str = Query("", max_length=40), g: Ingelogd = Depends(ingelogd),
            om: Omgeving = Depends(geef_omgeving)) -> Response:
    if bij and klaar in h.CORRECTIE_BERICHT:  # after a correction: the confirmation at the note it was about
        return _medisch_pagina(request, om, g, dossier_id, correctie_bericht=KLAAR[klaar], bij=bij)
    return _medisch_pagina(request, om, g, dossier_id, bericht=KLAAR.get(klaar))


def _medisch_pagina(request: Request, om: Omgeving, g: Ingelogd, dossier_id: str, status: int = 200,
                    bericht: str | None = None, fout: str | None = None,
                    waarden: dict[str, str] | None = None, correctie_bericht: str | None = None,
                    bij: str | None = None) -> Response:
    md, correcties = om.service.lees_medisch_met_correcties(g.gebruiker_id, dossier_id)
    d = om.service.lees_dossier(g.gebruiker_id, dossier_id)
    return pagina(request, "medisch.html", status=status, medisch=md, dossier=d, bericht=bericht, fout=fout,
                  waarden=waarden or {}, correcties=correcties, correctie_bericht=correctie_bericht, bij=bij)


@router.get("/dossiers/{dossier_id}/inzage", response_class=HTMLResponse)
def inzage(request: Request, dossier_id: str, pagina_nr: int = Query(1, alias="pagina", ge=1, le=1_000_000),
           g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> Response:
    # One page of the log, newest first (a long illness has thousands of lines); the PDF of the full
    # inzage keeps every line.
    p = om.service.wie_opende_mijn_dossier_pagina(g.gebruiker_id, dossier_id, pagina_nr)
    d = om.service.lees_dossier(g.gebruiker_id, dossier_id)
    return pagina(request, "inzage.html", regels=list(p.regels), inzage=p, dossier=d)


JA_NEE = {"ja": True, "nee": False, "true": True, "false": False, "1": True, "0": False, "": False}


def _kort(kort: str) -> bool:
    """'?kort=ja' or '?kort=nee' (true/false too): the short version of the verslag or the whole."""
    if kort.strip().lower() not in JA_NEE:
        raise InvoerFout("Het veld 'kort' moet ja of nee zijn.", "kort")
    return JA_NEE[kort.strip().lower()]


@router.get("/dossiers/{dossier_id}/verslag", response_class=HTMLResponse)
def verslag(request: Request, dossier_id: str, kort_tekst: str = Query("nee", alias="kort", max_length=10),
            g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> Response:
    from ..reports.re_integratieverslag import maak_verslag

    kort = _kort(kort_tekst)
    v = maak_verslag(om.service, g.gebruiker_id, dossier_id, kort=kort, vandaag=om.vandaag())
    return pagina(request, "verslag.html", verslag=v, overzicht=v.overzicht, dossier_id=dossier_id, kort=kort)


@router.get("/dossiers/{dossier_id}/verslag.pdf")
def verslag_pdf(dossier_id: str, kort_tekst: str = Query("nee", alias="kort", max_length=10),
                g: Ingelogd = Depends(ingelogd), om: Omgeving = Depends(geef_omgeving)) -> Response:
    from ..reports.re_integratieverslag import maak_verslag, naar_pdf

    kort = _kort(kort_tekst)
    v = maak_verslag(om.service, g.gebruiker_id, dossier_id, kort=kort, vandaag=om.vandaag())
    naam = "verkort-re-integratieverslag.pdf" if kort else "re-integratieverslag.pdf"
    return Response(naar_pdf(v), media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{naam}"'})


@router.get("/dossiers/{dossier_id}/overzicht", response_class=HTMLResponse)
def dossier_overzicht_formulier(request: Request, dossier_id: str, g: Ingelogd = Depends(ingelogd),
                                om: Omgeving = Depends(geef_omgeving)) -> Response:
    d = om.service.lees_dossier(g.gebruiker_id, dossier_id)
    soort = "werknemer" if g.rol.value in ("werknemer",) else "werkgever" if g.rol.value == "werkgever" else ""
    return pagina(request, "rekenhulp.html", dossier=d, actie=f"/dossiers/{dossier_id}/overzicht",
                  waarden={"eerste_ziektedag": d.eerste_ziektedag.isoformat(), "soort": soort})


@router.post("/dossiers/{dossier_id}/overzicht", response_class=HTMLResponse)
async def dossier_overzicht(request: Request, dossier_id: str, g: Ingelogd = Depends(ingelogd),
                            om: Omgeving = Depends(geef_omgeving)) -> Response:
    velden = await formulier(request)

    def werk() -> Response:  # the read and the calculation in a worker thread, not on the event loop
        d = om.service.lees_dossier(g.gebruiker_id, dossier_id)
        velden["eerste_ziektedag"] = d.eerste_ziektedag.isoformat()
        return _overzicht_pagina(request, velden, f"/dossiers/{dossier_id}/overzicht", dossier=d)
    return await run_in_threadpool(werk)


# ---- correcting recorded data (AVG art. 16): a page of its own per recorded part ------------------------
# The case page shows a small "Corrigeren" link per part (for a role that may record that part); the form is
# on its own page, so the page everybody opens most carries no form per part.

KLAAR.update(h.CORRECTIE_BERICHT)
# the kinds of part with a page per item (the nummer-th of its list in the case, from 0)
PER_ITEM = ("stap", "plan", "gebeurtenis", "nazorg", "oordeel", "spoorkeuze", "rapport", "ziekteperiode", "medisch")


def _correctie_als_model(model: type[BaseModel], velden: dict[str, str]) -> BaseModel:
    """A correction form to its model. Every field the form sends counts as given (the service keeps only
    what changed): an emptied text is the empty text, an emptied date is no date; 'ja'/'nee' are booleans."""
    data: dict[str, Any] = {}
    for naam, veld in model.model_fields.items():
        if naam not in velden:
            continue
        w = velden[naam]
        if naam == "intrekken":
            data[naam] = w in ("ja", "on", "1")
        elif veld.annotation in (bool, bool | None):
            data[naam] = {"ja": True, "nee": False}.get(w)
        elif w == "" and veld.annotation not in (str, str | None, str | int | bool | None):
            data[naam] = None
        else:
            data[naam] = w
    return model.model_validate(data)


def _items(d: Any, soort: str) -> tuple:
    from ..cases.correcties import ONDERDELEN

    return d.ziekteperiodes if soort == "ziekteperiode" else getattr(d, ONDERDELEN[soort].lijst)


def _anker(soort: str, nummer: int | None) -> str:
    """Where a part stands on the case page (its element's id)."""
    return "gegevens" if nummer is None else f"{soort}-{nummer}"


def _correctie_pagina(request: Request, om: Omgeving, g: Ingelogd, dossier_id: str, soort: str,
                      nummer: int | None, versie: str | None = None, status: int = 200, fout: str | None = None,
                      waarden: dict[str, str] | None = None) -> Response:
    """The page that corrects one part: the part as recorded, its correction history, and the form. Reading
    it is reading the case (logged as such); a role that may not record the part gets a 404 page."""
    from ..cases.correcties import versie as versie_van

    correctie = h.CORRECTIES[soort]
    if soort == "medisch":  # the medical part: read (and logged) only for who may write it
        d, md, correcties = om.service.lees_medisch_voor_correctie(g.gebruiker_id, dossier_id)
        items: tuple = md.aantekeningen
    else:
        d, correcties = om.service.lees_voor_correctie(g.gebruiker_id, dossier_id, correctie.operatie)
        items = _items(d, soort) if nummer is not None else ()
    item = None
    if nummer is not None:
        if not 0 <= nummer < len(items):
            return foutpagina(request, 404, "Onderdeel niet gevonden",
                              "Dit onderdeel staat niet (meer) in het dossier. Open het dossier opnieuw.")
        item = items[nummer]
        if versie and versie != versie_van(item) and status == 200:
            fout = ("Dit onderdeel is intussen gewijzigd of ingetrokken. Hieronder staat hoe het nu is vastgelegd; "
                    "kijk of uw correctie nog nodig is.")
            status = 409
    return pagina(request, "correctie.html", status=status, fout=fout, waarden=waarden or {}, dossier=d,
                  correcties=correcties, soort=soort, nummer=nummer, item=item, anker=_anker(soort, nummer),
                  item_versie=versie_van(item) if item is not None else None,
                  titel=CORRECTIE_TITEL[soort])


CORRECTIE_TITEL = {"stap": "Gedane stap corrigeren", "plan": "Plan van aanpak corrigeren",
                   "gebeurtenis": "Besluit van het UWV of verlof corrigeren", "nazorg": "Nazorgmoment corrigeren",
                   "oordeel": "Oordeel van de bedrijfsarts corrigeren", "ziekteperiode": "Ziekteperiode intrekken",
                   "spoorkeuze": "Spoorkeuze corrigeren", "rapport": "Arbeidsdeskundig rapport corrigeren",
                   "medisch": "Medische aantekening corrigeren",
                   "dossier": "Gegevens van het dossier corrigeren", "werknemer": "Gegevens van de werknemer corrigeren"}


def _formulier_nummer(velden: dict[str, str]) -> int | None:
    """The part a posted correction form names (its hidden 'nummer'), if it is a number."""
    w = velden.get("nummer", "")
    return int(w) if w.isdigit() and len(w) <= 6 else None


def _correctie_route(soort: str) -> None:
    correctie = h.CORRECTIES[soort]
    per_item = soort in PER_ITEM

    async def verstuur(request: Request, dossier_id: str, g: Ingelogd = Depends(ingelogd),
                       om: Omgeving = Depends(geef_omgeving)) -> Response:
        velden = await formulier(request)
        nummer = _formulier_nummer(velden) if per_item else None
        try:
            klaar, _ = h.uitkomst(await run_in_threadpool(correctie.doe, om, g, dossier_id,
                                                          _correctie_als_model(correctie.model, velden)))
        except (ValidationError, DossierFout) as e:
            if per_item and nummer is None:
                return foutpagina(request, 422, "Onderdeel niet gevonden", _fouttekst(e))
            # the form again, with what was typed and the message naming the field
            return await run_in_threadpool(_correctie_pagina, request, om, g, dossier_id, soort, nummer, None, 422,
                                           _fouttekst(e), velden)
        anker = "correcties" if klaar == "ingetrokken" else _anker(soort, nummer)
        pagina_pad = f"/dossiers/{dossier_id}/medisch" if soort == "medisch" else f"/dossiers/{dossier_id}"
        return RedirectResponse(f"{pagina_pad}?klaar={klaar}&bij={anker}#{anker}", status_code=303)

    verstuur.__name__ = f"pagina_corrigeer_{soort}"
    router.add_api_route(f"/dossiers/{{dossier_id}}/corrigeer/{soort}", verstuur, methods=["POST"])

    if per_item:
        def toon_item(request: Request, dossier_id: str, nummer: int = FastApiPath(ge=0, le=100_000),
                      versie: str = Query("", max_length=32), g: Ingelogd = Depends(ingelogd),
                      om: Omgeving = Depends(geef_omgeving)) -> Response:
            return _correctie_pagina(request, om, g, dossier_id, soort, nummer, versie or None)

        toon_item.__name__ = f"pagina_corrigeer_{soort}_formulier"
        router.add_api_route(f"/dossiers/{{dossier_id}}/corrigeer/{soort}/{{nummer}}", toon_item, methods=["GET"],
                             response_class=HTMLResponse)
    else:
        def toon(request: Request, dossier_id: str, g: Ingelogd = Depends(ingelogd),
                 om: Omgeving = Depends(geef_omgeving)) -> Response:
            return _correctie_pagina(request, om, g, dossier_id, soort, None)

        toon.__name__ = f"pagina_corrigeer_{soort}_formulier"
        router.add_api_route(f"/dossiers/{{dossier_id}}/corrigeer/{soort}", toon, methods=["GET"],
                             response_class=HTMLResponse)


for _soort in h.CORRECTIES:
    _correctie_route(_soort)


def _correcties_van(correcties: list[dict], onderdeel: str, item: object) -> list[dict]:
    """The corrections that made ``item`` what it is now (their new value is how it reads now)."""
    from ..cases.correcties import beschrijving

    nu = beschrijving(item)
    return [c for c in correcties if c["onderdeel"] == onderdeel and c["nieuwe_waarde"] == nu]


def _geschiedenis_van(correcties: list[dict], onderdeel: str, item: object) -> list[dict]:
    """The whole chain of corrections that made ``item`` what it is now, newest first: the newest one's new
    value is how it reads now, and each one's old value is the new value of the one before it."""
    from ..cases.correcties import INGETROKKEN, beschrijving

    nu, keten = beschrijving(item), []
    for c in reversed(correcties):
        if c["onderdeel"] == onderdeel and c["veld"] != INGETROKKEN and c["nieuwe_waarde"] == nu:
            keten.append(c)
            nu = c["oude_waarde"]
    return keten


def _correctie_versie(item: object) -> str:
    from ..cases.correcties import versie

    return versie(item)


def _beschrijving(item: object) -> str:
    from ..cases.correcties import beschrijving

    return beschrijving(item)


ONDERDEEL_TEKST = {"dossier": "Gegevens van het dossier", "werknemer": "Gegevens van de werknemer",
                   "ziekteperiode": "Ziekteperiode", "stap": "Gedane stap", "plan": "Plan van aanpak",
                   "gebeurtenis": "Besluit van het UWV of verlof", "nazorg": "Nazorg",
                   "oordeel": "Oordeel van de bedrijfsarts", "vraag": "Vraag of geschil", "spoorkeuze": "Spoorkeuze",
                   "rapport": "Arbeidsdeskundig rapport"}
VELD_TEKST = {"eerste_ziektedag": "eerste ziektedag", "verwachte_duur_weken": "verwachte duur (weken)",
              "vangnet_van_toepassing": "vangnetgeval", "arbeidsongeval": "arbeidsongeval",
              "derde_aansprakelijk": "aansprakelijke derde", "naam": "naam", "functie": "functie",
              "telefoon": "telefoon", "verpleegadres": "verpleegadres", "ingetrokken": "ingetrokken"}


def _correctiewaarde(tekst: str, veld: str) -> str:
    """An old or new value as the correction history keeps it (text), as a person reads it."""
    if tekst in ("", "None"):
        return "onbekend" if veld in VELD_TEKST and veld not in ("naam", "functie", "telefoon", "verpleegadres") \
            else "(leeg)"
    if tekst in ("True", "False"):
        return "ja" if tekst == "True" else "nee"
    if veld == "eerste_ziektedag":
        try:
            return _datum(tekst)
        except ValueError:
            return tekst
    return tekst


_env.filters.update(correctiewaarde=_correctiewaarde)
_env.globals.update(correcties_van=_correcties_van, geschiedenis_van=_geschiedenis_van, beschrijving=_beschrijving,
                    correctie_versie=_correctie_versie, CORRECTIES=h.CORRECTIES,
                    ONDERDEEL_TEKST=ONDERDEEL_TEKST, VELD_TEKST=VELD_TEKST)
