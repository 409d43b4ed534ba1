"""A small cache of answers of the public calculate API (``POST /api/v1/bereken``).

The calculation is a pure function of the request: the same request (with its ``datum``, or today's
date when it gives none) on the same law gives the same answer. So the app keeps the answers of the
last requests it calculated, as ready JSON bytes, and serves a repeated request without calculating
again. Requests are anonymous and nothing is stored on disk; a large request is never kept.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import orjson
from cachetools import LRUCache

GROOTSTE_VERZOEK = 8_192   # bytes of canonical JSON; larger requests are calculated every time
AANTAL = 1_024             # answers kept; the oldest goes first


def _json(waarde: Any) -> Any:
    """What orjson does not know itself (a Decimal, a numpy scalar, ...): as FastAPI would encode it."""
    from fastapi.encoders import jsonable_encoder

    if hasattr(waarde, "item"):  # numpy scalar
        return waarde.item()
    return jsonable_encoder(waarde)


class Antwoordgeheugen:
    def __init__(self, aantal: int = AANTAL):
        self._slot = threading.Lock()
        self._inhoud: LRUCache[bytes, bytes] = LRUCache(aantal)

    def antwoord(self, verzoek: dict[str, Any], bereken: Callable[[dict[str, Any]], Any]) -> bytes:
        """The answer to ``verzoek`` as JSON bytes: from the cache, or calculated by ``bereken`` (whose
        errors pass through, never cached)."""
        try:
            sleutel = dt.date.today().isoformat().encode() + orjson.dumps(verzoek, option=orjson.OPT_SORT_KEYS)
        except (TypeError, orjson.JSONEncodeError):
            sleutel = b""
        if sleutel and len(sleutel) <= GROOTSTE_VERZOEK:
            with self._slot:
                gevonden = self._inhoud.get(sleutel)
            if gevonden is not None:
                return gevonden
        else:
            sleutel = b""
        uit = orjson.dumps(bereken(verzoek), default=_json, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY)
        if sleutel:
            with self._slot:
                self._inhoud[sleutel] = uit
        return uit
