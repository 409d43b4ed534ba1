"""Security of the web application: response headers, the session cookie and CSRF tokens.

* Headers on every response (OWASP ASVS 3.4, 14.4): a Content-Security-Policy without inline script
  or style and with ``frame-ancestors 'none'``, ``X-Content-Type-Options``, ``Referrer-Policy``,
  ``Permissions-Policy``, ``Cross-Origin-Opener-Policy``, ``Cache-Control: no-store`` (pages may hold
  health data), and HSTS behind TLS.
* The session cookie holds only the opaque token of the log-in service (``cases.aanmelden``):
  ``HttpOnly``, ``SameSite=Strict``, ``Path=/``, and ``Secure`` with the ``__Host-`` prefix behind TLS.
* CSRF (ASVS 3.5): every form carries a token that is an HMAC of a random per-browser value kept in
  its own cookie (signed double submit). A form without the right token is refused. The JSON API
  accepts only ``application/json`` bodies, which a cross-site form cannot send without a CORS
  preflight, and the cookies are ``SameSite=Strict``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")

KOPPEN = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]
HSTS = (b"strict-transport-security", b"max-age=63072000; includeSubDomains")


def is_https(request: Request, https: bool | None) -> bool:
    return https if https is not None else request.url.scheme == "https"


def sessie_cookie_naam(veilig: bool) -> str:
    return "__Host-sessie" if veilig else "sessie"


def csrf_cookie_naam(veilig: bool) -> str:
    return "__Host-csrf" if veilig else "csrf"


class VeiligheidsKoppen:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware): adds the security headers."""

    def __init__(self, app: ASGIApp, https: bool | None = None):
        self.app = app
        self.https = https

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tls = self.https if self.https is not None else scope.get("scheme") == "https"
        statisch = scope.get("path", "").startswith("/static/")

        async def verzend(bericht: Message) -> None:
            if bericht["type"] == "http.response.start":
                koppen = list(bericht.get("headers", []))
                bestaand = {k.lower() for k, _ in koppen}
                for k, v in KOPPEN:
                    if k not in bestaand:
                        koppen.append((k, v))
                if b"cache-control" not in bestaand:
                    koppen.append((b"cache-control", b"public, max-age=3600" if statisch else b"no-store"))
                if tls:
                    koppen.append(HSTS)
                bericht["headers"] = koppen
            await send(bericht)

        await self.app(scope, receive, verzend)


# Our own choice: no page or API request of Spoorzoeker needs more than this; a larger body is refused
# (413, in Dutch) before it is read, so an anonymous caller cannot fill the server's memory.
MAX_INVOER_BYTES = 2 * 1024 * 1024


class BegrensdeInvoer:
    """Pure ASGI middleware: refuses a request body larger than ``maximum`` bytes. A declared
    Content-Length above it is refused at once; a body without one (chunked) is counted while it is
    read, and the read fails with 413 as soon as it passes the maximum."""

    def __init__(self, app: ASGIApp, maximum: int = MAX_INVOER_BYTES):
        self.app = app
        self.maximum = maximum

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for naam, waarde in scope.get("headers", []):
            if naam == b"content-length":
                try:
                    te_groot = int(waarde) > self.maximum
                except ValueError:
                    te_groot = False  # the server itself refuses a malformed length
                if te_groot:
                    await _weiger_te_groot(scope, receive, send)
                    return
        gelezen = 0

        async def ontvang() -> Message:
            nonlocal gelezen
            bericht = await receive()
            if bericht["type"] == "http.request":
                gelezen += len(bericht.get("body", b""))
                if gelezen > self.maximum:
                    from starlette.exceptions import HTTPException

                    raise HTTPException(413)
            return bericht

        await self.app(scope, ontvang, send)


async def _weiger_te_groot(scope: Scope, receive: Receive, send: Send) -> None:
    from .fouten import TE_GROOT, json_fout  # here: fouten imports omgeving, which imports this module

    await json_fout(413, TE_GROOT, Connection="close")(scope, receive, send)


# ---- CSRF -----------------------------------------------------------------------------------------

def csrf_basis(request: Request, veilig: bool) -> str | None:
    return request.cookies.get(csrf_cookie_naam(veilig))


def csrf_token(geheim: bytes, basis: str) -> str:
    return hmac.new(geheim, b"csrf:" + basis.encode(), hashlib.sha256).hexdigest()


def nieuwe_csrf_basis() -> str:
    return secrets.token_urlsafe(24)


def csrf_klopt(geheim: bytes, basis: str | None, token: str | None) -> bool:
    if not basis or not token:
        return False
    return hmac.compare_digest(csrf_token(geheim, basis), token)


def zet_cookie(response: Response, naam: str, waarde: str, veilig: bool, max_age: int | None = None) -> None:
    response.set_cookie(naam, waarde, max_age=max_age, path="/", secure=veilig, httponly=True, samesite="strict")


def wis_cookie(response: Response, naam: str, veilig: bool) -> None:
    response.delete_cookie(naam, path="/", secure=veilig, httponly=True, samesite="strict")
