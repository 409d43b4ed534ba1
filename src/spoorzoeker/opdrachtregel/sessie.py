"""The command line's session, kept per operating-system user like ``gh auth login`` keeps its token.

``spoorzoeker dossier inloggen`` stores the session token (never the password) in
``$SPOORZOEKER_SESSIEMAP/sessies.json`` (by default ``$XDG_CONFIG_HOME/spoorzoeker`` or
``~/.config/spoorzoeker``), mode 0600 in a 0700 folder, one entry per database. The token alone is
worth nothing after the session ends (30 minutes without use, 8 hours at most, or ``uitloggen``);
the database keeps only its hash. A sessions file that others may read is refused.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy.engine import make_url

from ..storage.sleutels import controleer_privé, schrijf_privé

SESSIEMAP_VAR = "SPOORZOEKER_SESSIEMAP"


def sessiemap() -> Path:
    pad = os.environ.get(SESSIEMAP_VAR, "").strip()
    if pad:
        return Path(pad)
    basis = os.environ.get("XDG_CONFIG_HOME", "").strip()
    return (Path(basis) if basis else Path.home() / ".config") / "spoorzoeker"


def _bestand() -> Path:
    return sessiemap() / "sessies.json"


def database_sleutel(url: str) -> str:
    """The database a session belongs to, without a password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a URL SQLAlchemy cannot parse is still a key
        return url


def _alle() -> dict:
    pad = _bestand()
    if not pad.exists():
        return {}
    controleer_privé(pad, "Het sessiebestand")
    try:
        data = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def bewaar(url: str, token: str, inlognaam: str, verloopt_om: str) -> Path:
    data = _alle()
    data[database_sleutel(url)] = {"token": token, "inlognaam": inlognaam, "verloopt_om": verloopt_om}
    schrijf_privé(_bestand(), json.dumps(data, indent=2))
    return _bestand()


def lees(url: str) -> dict | None:
    return _alle().get(database_sleutel(url))


def vergeet(url: str) -> None:
    data = _alle()
    if data.pop(database_sleutel(url), None) is not None:
        schrijf_privé(_bestand(), json.dumps(data, indent=2))
