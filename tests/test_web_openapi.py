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


def test_parameters_en_velden_met_nederlandse_titels(tmp_path):
    """Every path and query parameter had a title generated from its key ('Dossier Id', 'Vraag Id',
    'Per Pagina') and every request field too ('Totp Code', 'Wga Hiaat Verzekering'): they carry the form's
    label or a Dutch title now, and the path parameters say what to fill in."""
    w = maak_wereld(tmp_path)
    try:
        from fastapi.testclient import TestClient

        document = TestClient(w.app).get("/api/v1/openapi.json").json()
    finally:
        sluit(w)
    parameters = [p for pad in document["paths"].values() for actie in pad.values()
                  for p in actie.get("parameters", [])]
    assert {p["name"] for p in parameters} >= {"dossier_id", "vraag_id", "pagina", "per_pagina", "kort"}
    for p in parameters:
        assert p.get("description"), p["name"]
    titels = {p["name"]: p["schema"]["title"] for p in parameters}
    assert titels == {"dossier_id": "Dossier", "vraag_id": "Nummer van de vraag", "pagina": "Pagina",
                      "per_pagina": "Regels per pagina", "kort": "Verkort verslag"}
    dossier = next(p for p in parameters if p["name"] == "dossier_id")
    assert "GET /api/v1/dossiers" in dossier["description"]
    velden = {(model, sleutel): veld.get("title") for model, schema in document["components"]["schemas"].items()
              for sleutel, veld in schema.get("properties", {}).items()}
    for (model, sleutel), titel in velden.items():
        if "_" in sleutel:  # a one-word key's own title ('Datum') is already its Dutch title
            assert titel != sleutel.replace("_", " ").title(), (model, sleutel)
    tekst = json.dumps(document, ensure_ascii=False)
    for oud in ('"Dossier Id"', '"Vraag Id"', '"Totp Code"', '"Per Pagina"', '"Wga Hiaat Verzekering"'):
        assert oud not in tekst
    assert velden[("Aanmelden", "totp_code")] == "Code uit uw authenticator-app"
