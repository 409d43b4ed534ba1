"""Settings of the web application, from the environment, with safe demo defaults.

Nothing secret lives in the repository: the CSRF key is random per process unless
``SPOORZOEKER_WEB_GEHEIM`` gives one (set it when several processes serve the same site, so a
form made by one process is accepted by another).

=====================================  =========================================================
``SPOORZOEKER_DATABASE_URL``           the case database (default: SQLite in the user's data folder)
``SPOORZOEKER_WEB_GEHEIM``             key for the CSRF tokens (default: random per process)
``SPOORZOEKER_WEB_HTTPS``              ``1``: the site is served over TLS (a proxy in front):
                                       cookies get ``Secure`` and the ``__Host-`` prefix, HSTS is sent.
                                       Default: decided per request from its scheme.
``SPOORZOEKER_WEB_DEMO``               ``0`` switches the demo data off (default ``1``: an empty
                                       database gets synthetic demo data at start-up)
``SPOORZOEKER_WEB_VANDAAG``            a fixed "today" (JJJJ-MM-DD) for demonstrations and tests
``SPOORZOEKER_WEB_WORKERS``            server processes for ``spoorzoeker serve`` (default: one per
                                       processor core, at most 2)
=====================================  =========================================================
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass, field


def standaard_workers() -> int:
    """One server process per core, at most two (the machine this is sized for has two cores)."""
    return max(1, min(2, os.cpu_count() or 1))


def _aantal(waarde: str | None, standaard: int) -> int:
    try:
        return max(1, min(32, int(waarde))) if waarde and waarde.strip() else standaard
    except ValueError:
        return standaard


def _ja(waarde: str | None, standaard: bool | None) -> bool | None:
    if waarde is None or not waarde.strip():
        return standaard
    return waarde.strip().lower() in {"1", "ja", "true", "yes", "aan"}


@dataclass(frozen=True)
class Instellingen:
    database_url: str | None = None
    geheim: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    https: bool | None = None          # None: per request, from the scheme
    demo: bool = True
    vandaag: dt.date | None = None
    workers: int = field(default_factory=lambda: standaard_workers())

    @classmethod
    def uit_omgeving(cls, omgeving: dict[str, str] | None = None) -> Instellingen:
        env = os.environ if omgeving is None else omgeving
        geheim = env.get("SPOORZOEKER_WEB_GEHEIM", "").strip()
        vandaag = env.get("SPOORZOEKER_WEB_VANDAAG", "").strip()
        return cls(
            database_url=env.get("SPOORZOEKER_DATABASE_URL", "").strip() or None,
            geheim=geheim.encode() if geheim else secrets.token_bytes(32),
            https=_ja(env.get("SPOORZOEKER_WEB_HTTPS"), None),
            demo=bool(_ja(env.get("SPOORZOEKER_WEB_DEMO"), True)),
            vandaag=dt.date.fromisoformat(vandaag) if vandaag else None,
            workers=_aantal(env.get("SPOORZOEKER_WEB_WORKERS"), standaard_workers()),
        )

    def datum_vandaag(self) -> dt.date:
        return self.vandaag or dt.date.today()
