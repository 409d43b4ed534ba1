"""At most so many requests per keep-alive connection (``web.verbindingen``): the N-th response of one
connection says ``Connection: close``, the others do not, and connections are counted apart."""

from __future__ import annotations

import asyncio

from spoorzoeker.web.verbindingen import VerzoekenPerVerbinding


async def _app(scope, receive, send):
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"ok"})


def _koppen(mw, poort: int) -> list[dict[bytes, bytes]]:
    verzonden: list[dict] = []

    async def send(bericht):
        verzonden.append(bericht)

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {"type": "http", "client": ("127.0.0.1", poort), "server": ("127.0.0.1", 8000), "path": "/"}
    asyncio.run(mw(scope, receive, send))
    return [dict(b["headers"]) for b in verzonden if b["type"] == "http.response.start"]


def test_every_third_response_of_a_connection_closes_it():
    mw = VerzoekenPerVerbinding(_app, maximum=3)
    eerste = [_koppen(mw, 50001)[0].get(b"connection") for _ in range(7)]
    assert eerste == [None, None, b"close", None, None, b"close", None]  # 3rd and 6th, then counting again
    # another connection (another client port) has its own count: its 1st and 2nd stay open
    assert [_koppen(mw, 50002)[0].get(b"connection") for _ in range(2)] == [None, None]
    assert _koppen(mw, 50001)[0].get(b"connection") is None  # 8th of the first: 2nd of its new count
    assert _koppen(mw, 50001)[0].get(b"connection") == b"close"  # 9th


def test_the_app_headers_stay_and_one_connection_header_is_sent():
    async def met_keep_alive(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": [(b"connection", b"keep-alive"),
                                                                                (b"x-a", b"1")]})
        await send({"type": "http.response.body", "body": b""})

    mw = VerzoekenPerVerbinding(met_keep_alive, maximum=1)
    verzonden: list = []

    async def send(bericht):
        verzonden.append(bericht)

    scope = {"type": "http", "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), "path": "/"}
    asyncio.run(mw(scope, None, send))
    koppen = verzonden[0]["headers"]
    assert (b"x-a", b"1") in koppen
    assert [v for k, v in koppen if k == b"connection"] == [b"close"]


def test_off_with_maximum_zero_and_without_a_client_address():
    assert _koppen(VerzoekenPerVerbinding(_app, maximum=0), 1)[0].get(b"connection") is None
    mw = VerzoekenPerVerbinding(_app, maximum=1)

    async def send(bericht):
        assert b"connection" not in dict(bericht.get("headers", []))

    asyncio.run(mw({"type": "http", "client": None, "server": None, "path": "/"}, None, send))


def test_uvicorn_closes_the_connection_after_the_answer_that_says_so():
    """The point of the header: uvicorn itself ends the keep-alive connection, so the client opens a new
    one (which the less busy server process tends to accept)."""
    import socket

    from webhulp import op_een_poort

    with op_een_poort(VerzoekenPerVerbinding(_app, maximum=2)) as url:
        poort = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", poort), timeout=5) as s:
            verzoek = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"
            s.sendall(verzoek)
            eerste = s.recv(65536)
            assert eerste.startswith(b"HTTP/1.1 200") and b"connection: close" not in eerste.lower()
            s.sendall(verzoek)
            tweede = b""
            while True:  # read until the server closes: it must, after the second answer
                stuk = s.recv(65536)
                if not stuk:
                    break
                tweede += stuk
            assert tweede.startswith(b"HTTP/1.1 200") and b"connection: close" in tweede.lower()


def test_the_app_deals_connections_again_only_with_several_processes():
    from spoorzoeker.web.app import maak_app
    from spoorzoeker.web.instellingen import Instellingen

    def heeft(processen: int) -> bool:
        app = maak_app(Instellingen(database_url="sqlite://", geheim="x" * 32), processen=processen)
        return any(m.cls is VerzoekenPerVerbinding for m in app.user_middleware)

    assert heeft(2) and not heeft(1)
