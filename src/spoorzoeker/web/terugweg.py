"""Back to the page asked for after logging in, and a line when a session ended (review finding 24).

A visitor who opens a page without a valid session is sent to ``/aanmelden?volgende=<the page>``; after
logging in he lands on that page. Only a path on this site is followed (OWASP ASVS 5.0 1.5, "unvalidated
redirects"; the OWASP Unvalidated Redirects and Forwards Cheat Sheet): anything with a scheme or a host,
a path that starts with ``//`` or holds a backslash (browsers read ``/\\evil.example`` as another host),
control characters, or the log-in and log-out pages themselves, falls back to the work list.
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from starlette.requests import Request

from .beveiliging import sessie_cookie_naam

STANDAARD = "/werklijst"
MAX_LENGTE = 500
VERLOPEN = "U bent afgemeld: u deed 30 minuten niets, of u was langer dan 8 uur aangemeld. Meld u opnieuw aan."


def veilig_pad(pad: object) -> str | None:
    """``pad`` when it is a path on this site to go back to, else None."""
    if not isinstance(pad, str) or not pad or len(pad) > MAX_LENGTE:
        return None
    if not pad.startswith("/") or pad.startswith("//") or "\\" in pad:
        return None
    if any(ord(c) < 0x20 or ord(c) == 0x7F or c.isspace() for c in pad):
        return None
    delen = urlsplit(pad)
    if delen.scheme or delen.netloc or delen.path in ("/aanmelden", "/afmelden"):
        return None
    return pad


def volgende(pad: object) -> str:
    """Where to go after logging in: the page asked for if it is safe, else the work list."""
    return veilig_pad(pad) or STANDAARD


def naar_aanmelden(request: Request) -> str:
    """The log-in page for a visitor without a valid session: with the page he asked for (a GET only; a
    form sent without a session is not sent again), and a note when his browser still held a session,
    which then has ended (idle, too long, or revoked)."""
    velden: dict[str, str] = {}
    if request.method == "GET":
        pad = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if veilig_pad(pad):
            velden["volgende"] = pad
    if any(request.cookies.get(sessie_cookie_naam(v)) for v in (True, False)):
        velden["verlopen"] = "1"
    return "/aanmelden" + (f"?{urlencode(velden)}" if velden else "")
