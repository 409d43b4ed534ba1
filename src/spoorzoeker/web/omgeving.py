"""What every request needs: settings, the case database, ``DossierService``, the log-in service, and
who is logged in (read from the session cookie or a ``Bearer`` token through the log-in service)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from ..cases import DossierService, Rol
from .beveiliging import is_https, sessie_cookie_naam
from .instellingen import Instellingen


class NietIngelogd(Exception):
    """No valid session: pages send the browser to the log-in page, the API answers 401."""


class CsrfFout(Exception):
    """A form without the right CSRF token."""


def aanmeld_fouten() -> tuple[type[Exception], ...]:
    """The log-in service's error class (``cases.aanmelden.AanmeldFout``)."""
    try:
        from ..cases.aanmelden import AanmeldFout
    except ImportError:  # pragma: no cover - only before the log-in module exists
        return ()
    return (AanmeldFout,)


@dataclass
class Omgeving:
    instellingen: Instellingen
    db: Any                     # storage.Database
    service: DossierService
    aanmelden: Any              # cases.aanmelden.AanmeldService (or a stand-in with the same methods)

    def vandaag(self) -> dt.date:
        return self.instellingen.datum_vandaag()


@dataclass(frozen=True)
class Ingelogd:
    token: str
    gebruiker_id: str
    rol: Rol
    naam: str
    werkgever_ids: frozenset[str]
    werknemer_id: str | None
    taakdelegatie: bool
    verloopt_om: dt.datetime | None = None

    @property
    def effectieve_rol(self) -> Rol:
        """The role this account acts in: a casemanager in taakdelegatie may do more. For showing (a form, the
        header) only; ``DossierService`` decides (a taakdelegatie is checked there)."""
        if self.rol == Rol.CASEMANAGER and self.taakdelegatie:
            return Rol.CASEMANAGER_TAAKDELEGATIE
        return self.rol

    @property
    def rol_tekst(self) -> str:
        """The role as the page header shows it (a casemanager in taakdelegatie is named so)."""
        return ROL_TEKST.get(self.effectieve_rol.value, self.effectieve_rol.value)


ROL_TEKST = {
    "werknemer": "werknemer", "werkgever": "werkgever", "casemanager": "casemanager",
    "casemanager_taakdelegatie": "casemanager in taakdelegatie", "bedrijfsarts": "bedrijfsarts",
    "arbeidsdeskundige": "arbeidsdeskundige", "spoor2_coach": "spoor 2-coach", "beheerder": "beheerder",
}


def omgeving(request: Request) -> Omgeving:
    return request.app.state.omgeving


async def geef_omgeving(request: Request) -> Omgeving:
    """Dependency: the app's ``Omgeving``. Async, so FastAPI calls it on the event loop: a synchronous
    dependency costs a hop to a worker thread and back (measured 0.2 to 0.6 ms) for a dictionary look-up."""
    return request.app.state.omgeving


def _token(request: Request, om: Omgeving) -> str | None:
    kop = request.headers.get("authorization", "")
    if kop.lower().startswith("bearer "):
        return kop[7:].strip() or None
    return request.cookies.get(sessie_cookie_naam(is_https(request, om.instellingen.https)))


def wie(request: Request) -> Ingelogd | None:
    """The logged-in account of this request, or None. Checked once per request."""
    if hasattr(request.state, "ingelogd"):
        return request.state.ingelogd
    om = omgeving(request)
    resultaat: Ingelogd | None = None
    token = _token(request, om)
    if token and len(token) <= 200:
        try:
            sessie = om.aanmelden.controleer_sessie(token)
        except aanmeld_fouten():
            sessie = None
        if sessie is not None:
            g = getattr(sessie, "gebruiker", None)  # read with the session, in one read transaction
            if g is None:
                with om.db.lees_opslag() as uow:
                    g = uow.gebruiker(sessie.gebruiker_id)
            if g is not None:
                resultaat = Ingelogd(token, g.id, Rol(g.rol), g.naam, frozenset(g.werkgever_ids), g.werknemer_id,
                                     bool(g.taakdelegatie_van), getattr(sessie, "verloopt_om", None))
    request.state.ingelogd = resultaat
    return resultaat


async def ingelogd(request: Request) -> Ingelogd:
    """Dependency: the logged-in account, or :class:`NietIngelogd`.

    Async: the session check runs on the event loop, not in a worker thread. It is one indexed read of
    the session and its account (at most every 30 seconds per session also a one-row update), cheaper
    than the hop to a thread and back that a synchronous dependency costs on every request. The page or
    API call itself still runs in a worker thread (it reads the case and waits for its log record)."""
    g = wie(request)
    if g is None:
        raise NietIngelogd()
    return g
