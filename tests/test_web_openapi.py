"""The OpenAPI document speaks Dutch: FastAPI's own English texts are replaced."""

import json

from webhulp import maak_wereld, sluit


def test_openapi_zonder_engelse_standaardteksten(tmp_path):
    w = maak_wereld(tmp_path)
    try:
        from fastapi.testclient import TestClient

        document = TestClient(w.app).get("/api/v1/openapi.json").json()
    finally:
        sluit(w)
    tekst = json.dumps(document, ensure_ascii=False)
    assert "Successful Response" not in tekst
    assert "Validation Error" not in tekst
    assert '"title": "Response ' not in tekst
    # every path's answers still have a description, now Dutch
    antwoorden = [a for pad in document["paths"].values() for actie in pad.values()
                  for a in actie.get("responses", {}).values()]
    assert antwoorden and all(a.get("description") for a in antwoorden)
    assert any(a["description"] == "Gelukt" for a in antwoorden)


def test_keuzelijsten_in_openapi_met_nederlandse_uitleg(tmp_path):
    """A list of choices took its English code docstring as description ('Events that move the timeline's
    dates (... docs/tijdlijn.md)', 'The arbeidsdeskundige's estimate ... (R9, R16)'): every one is Dutch now."""
    w = maak_wereld(tmp_path)
    try:
        from fastapi.testclient import TestClient

        document = TestClient(w.app).get("/api/v1/openapi.json").json()
    finally:
        sluit(w)
    keuzes = {n: s for n, s in document["components"]["schemas"].items() if "enum" in s}
    assert {"SoortGebeurtenis", "WiaPrognose", "SoortOordeel", "Spoor"} <= set(keuzes)
    for naam, schema in keuzes.items():
        assert schema.get("description"), naam
    tekst = json.dumps(document, ensure_ascii=False)
    for engels in ("Events that move", "The arbeidsdeskundige's estimate", "What a bedrijfsarts", "docs/",
                   "(R9", "R16)"):
        assert engels not in tekst
    assert keuzes["WiaPrognose"]["description"].startswith("De schatting van de arbeidsdeskundige")
