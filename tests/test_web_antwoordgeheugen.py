"""The calculate API's answer cache: a repeated request is not calculated again, a different one is,
and the answers are those of the calculation itself."""

from __future__ import annotations

import orjson
from fastapi.testclient import TestClient

from spoorzoeker.web.antwoordgeheugen import Antwoordgeheugen

VERZOEK = {"datum": "2026-03-01", "bereken": ["wga_uitkering_soort", "wga_uitkering_per_maand"],
           "personen": [{"wia_maandloon": 2000.0, "inkomsten_per_maand": 600.0, "wga_maand": 5,
                         "lgu_duur_maanden": 12}]}


def test_een_herhaald_verzoek_wordt_niet_opnieuw_berekend():
    geheugen, aanroepen = Antwoordgeheugen(aantal=2), []

    def bereken(v):
        aanroepen.append(v)
        return {"n": len(aanroepen)}

    assert geheugen.antwoord({"a": 1, "b": 2}, bereken) == b'{"n":1}'
    assert geheugen.antwoord({"b": 2, "a": 1}, bereken) == b'{"n":1}'  # same request, other key order
    assert geheugen.antwoord({"a": 2}, bereken) == b'{"n":2}'
    assert geheugen.antwoord({"a": 3}, bereken) == b'{"n":3}'           # the oldest ({"a": 1, ...}) goes
    assert geheugen.antwoord({"a": 1, "b": 2}, bereken) == b'{"n":4}'
    assert len(aanroepen) == 4


def test_de_api_geeft_de_berekening_ook_uit_het_geheugen(tmp_path):
    from webhulp import client, maak_wereld, sluit

    w = maak_wereld(tmp_path)
    try:
        _api(client(w, None))
    finally:
        sluit(w)


def _api(c: TestClient) -> None:
    # WIA art. 61 lid 1 b: month 5 of the LGU pays 70% of (maandloon - inkomsten):
    # 0.70 x (2000 - 600) = 980.00, and 0.70 x (3000 - 600) = 1680.00
    for _ in range(2):
        r = c.post("/api/v1/bereken", json=VERZOEK)
        assert r.status_code == 200 and r.headers["content-type"] == "application/json"
        assert r.json() == {"resultaten": [{"wga_uitkering_soort": "lgu", "wga_uitkering_per_maand": 980.0}]}
    ander = {**VERZOEK, "personen": [{**VERZOEK["personen"][0], "wia_maandloon": 3000.0}]}
    assert c.post("/api/v1/bereken", json=ander).json()["resultaten"][0]["wga_uitkering_per_maand"] == 1680.0
    fout = c.post("/api/v1/bereken", json={**VERZOEK, "bereken": ["bestaat_niet"]})
    assert fout.status_code == 422 and fout.json()["fout"]


def test_de_api_leest_alleen_een_json_object(tmp_path):
    """The calculate endpoint reads its body itself (no framework validation): everything that is not a
    JSON object answers 422 with one Dutch line, never a 5xx."""
    from webhulp import client, maak_wereld, sluit

    w = maak_wereld(tmp_path)
    try:
        c = client(w, None)
        json_kop = {"content-type": "application/json"}
        for body, kop, tekst in ((b"[1, 2]", json_kop, "De invoer moet een JSON-object zijn."),
                                 (b"{niet: json", json_kop, "De invoer is geen geldige JSON."),
                                 (b"", json_kop, "De invoer ontbreekt: stuur een JSON-object."),
                                 (b"{}", {"content-type": "text/plain"}, "De invoer moet een JSON-object zijn.")):
            r = c.post("/api/v1/bereken", content=body, headers=kop)
            assert r.status_code == 422 and r.json() == {"fout": tekst, "veld": None}, (body, r.text)
        # a JSON type with a suffix is JSON too
        r = c.post("/api/v1/bereken", content=orjson.dumps(VERZOEK), headers={"content-type": "application/vnd.x+json"})
        assert r.status_code == 200
    finally:
        sluit(w)


def test_een_te_grote_invoer_wordt_geweigerd_en_een_grote_berekening_komt_goed(tmp_path):
    """A body over the maximum is refused with 413 and a Dutch JSON line, whether it declares its length or
    comes in chunks; a request just over the event-loop limit is calculated in a worker thread, with the
    same answers."""
    from webhulp import client, maak_wereld, sluit

    from spoorzoeker.web.api import OP_DE_LUS_BYTES
    from spoorzoeker.web.beveiliging import MAX_INVOER_BYTES

    w = maak_wereld(tmp_path)
    try:
        c = client(w, None)
        groot = b'{"x": "' + b"a" * MAX_INVOER_BYTES + b'"}'
        r = c.post("/api/v1/bereken", content=groot, headers={"Content-Type": "application/json"})
        assert r.status_code == 413 and r.json() == {"fout": "De invoer is te groot.", "veld": None}
        assert r.headers["x-content-type-options"] == "nosniff"  # the security headers stay on a refusal

        def in_stukken():
            for _ in range(MAX_INVOER_BYTES // 65536 + 2):
                yield b"a" * 65536

        r = c.post("/api/v1/tijdlijn", content=in_stukken(), headers={"Content-Type": "application/json"})
        assert r.status_code == 413 and r.json()["fout"] == "De invoer is te groot."

        # Enough people (same wage) that the body passes the event-loop limit: 70% x (2000 - 600) = 980.00 each.
        persoon = VERZOEK["personen"][0]
        aantal = OP_DE_LUS_BYTES // len(orjson.dumps(persoon)) + 10
        veel = {**VERZOEK, "personen": [persoon] * aantal}
        assert len(orjson.dumps(veel)) > OP_DE_LUS_BYTES
        r = c.post("/api/v1/bereken", json=veel)
        assert r.status_code == 200
        assert [p["wga_uitkering_per_maand"] for p in r.json()["resultaten"]] == [980.0] * aantal
    finally:
        sluit(w)
