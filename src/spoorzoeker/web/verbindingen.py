"""At most so many requests per keep-alive connection, then ``Connection: close``.

``spoorzoeker serve --workers N`` runs N server processes on one listening socket; each keeps the
connections it accepted. A browser keeps its connection open while it is used, so a process that
happened to accept more of them answers its users more slowly for as long as they stay (8 users split
5/3 instead of 4/4 showed in the load benchmark as a p99 far above a 4/4 run). Asking the client to
reconnect now and then deals the connections again, and the process that is less busy tends to
accept first. Web servers have the same knob (nginx ``keepalive_requests``, Apache
``MaxKeepAliveRequests``); uvicorn has none, but it closes a connection after a response that says
``Connection: close``, and clients (browsers, the benchmark's users) then open a new one.
"""

from __future__ import annotations

import threading

from cachetools import LRUCache
from starlette.types import ASGIApp, Message, Receive, Scope, Send

STANDAARD_MAXIMUM = 100  # our own choice: one reconnect in a hundred requests costs little on loopback or TLS resumption


class VerzoekenPerVerbinding:
    """Pure ASGI middleware: counts requests per connection (the client's address and port, which stay
    the same for one TCP connection) and lets every ``maximum``-th response close it. The count is kept
    for the most recent connections only; a port reused by a new connection at most closes that one early."""

    def __init__(self, app: ASGIApp, maximum: int = STANDAARD_MAXIMUM):
        self.app = app
        self.maximum = maximum
        self._tellers: LRUCache[tuple, int] = LRUCache(4096)
        self._slot = threading.Lock()

    def _sluiten(self, scope: Scope) -> bool:
        client, server = scope.get("client"), scope.get("server")
        if self.maximum <= 0 or not client:
            return False
        sleutel = (tuple(client), tuple(server or ()))
        with self._slot:
            n = self._tellers.get(sleutel, 0) + 1
            if n >= self.maximum:
                self._tellers.pop(sleutel, None)
                return True
            self._tellers[sleutel] = n
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self._sluiten(scope):
            await self.app(scope, receive, send)
            return

        async def met_sluiten(bericht: Message) -> None:
            if bericht["type"] == "http.response.start":
                koppen = [(k, v) for k, v in bericht.get("headers", []) if k.lower() != b"connection"]
                bericht = {**bericht, "headers": [*koppen, (b"connection", b"close")]}
            await send(bericht)

        await self.app(scope, receive, met_sluiten)
