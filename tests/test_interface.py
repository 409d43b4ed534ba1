"""The calculate interface as a contract (issue 2): shapes, names and Dutch errors."""

import numpy as np
import pytest

from spoorzoeker import InvoerFout, bereken

ISSUE_VOORBEELD = {
    "datum": "2026-03-01",
    "personen": [{"wia_maandloon": 2000.0, "inkomsten_per_maand": 600.0, "wga_maand": 5,
                  "lgu_duur_maanden": 12}],
    "bereken": ["wga_uitkering_soort", "wga_uitkering_per_maand"],
}


def test_example_from_the_issue():
    # Month 5 of a 12-month LGU: 0,70 x (2000 - 600) = 980,00 (WIA art. 61 lid 1 b).
    assert bereken(ISSUE_VOORBEELD) == {
        "resultaten": [{"wga_uitkering_soort": "lgu", "wga_uitkering_per_maand": 980.0}]}


def test_columns_in_columns_out():
    verzoek = dict(ISSUE_VOORBEELD, personen={
        "wia_maandloon": [2000.0, 2000.0], "inkomsten_per_maand": [600.0, 0.0],
        "wga_maand": [5, 1], "lgu_duur_maanden": [12, 12]})
    # Second person: month 1, 0,75 x 2000 = 1500,00 (art. 61 lid 1 a).
    assert bereken(verzoek)["resultaten"] == {
        "wga_uitkering_soort": ["lgu", "lgu"], "wga_uitkering_per_maand": [980.0, 1500.0]}


def test_numpy_columns_give_numpy_arrays_without_per_person_work():
    n = 10_000
    verzoek = dict(ISSUE_VOORBEELD, personen={
        "wia_maandloon": np.full(n, 2000.0), "inkomsten_per_maand": np.full(n, 600.0),
        "wga_maand": np.full(n, 5.0), "lgu_duur_maanden": np.full(n, 12.0)})
    uit = bereken(verzoek)["resultaten"]
    assert isinstance(uit["wga_uitkering_per_maand"], np.ndarray)
    assert np.all(uit["wga_uitkering_per_maand"] == 980.0)
    assert np.all(uit["wga_uitkering_soort"] == "lgu")


def test_any_variable_may_be_given_as_input():
    # wga_uitkering_soort given as "lgu" overrides the rule even in month 30.
    r = bereken(dict(ISSUE_VOORBEELD, personen=[{"wia_maandloon": 2000.0, "wga_maand": 30,
                                                  "lgu_duur_maanden": 12, "wga_uitkering_soort": "lgu"}],
                     bereken=["wga_uitkering_per_maand"]))
    assert r["resultaten"][0]["wga_uitkering_per_maand"] == 1400.0  # 0,70 x 2000


def test_missing_input_is_named():
    with pytest.raises(InvoerFout) as e:
        bereken(dict(ISSUE_VOORBEELD, personen=[{"wia_maandloon": 2000.0, "wga_maand": 30,
                                                 "lgu_duur_maanden": 12}]))
    # Past the LGU the follow-up needs the UWV assessment; only those two fields are named.
    assert "'maatmanloon_per_maand', 'restverdiencapaciteit_per_maand'" in str(e.value)
    assert "sv_loon_refertejaar" not in str(e.value)


def test_default_is_documented_in_the_explanation():
    r = bereken(dict(ISSUE_VOORBEELD, uitleg=True))
    stappen = {s["variabele"]: s for s in r["uitleg"][0]}
    assert stappen["wia_maandloon"]["herkomst"] == "invoer"
    regel = stappen["lgu_per_maand"]
    assert regel["herkomst"] == "regel" and "art. 61" in regel["bron"]
    assert regel["url"].startswith("https://wetten.overheid.nl/BWBR0019057")
    percentages = {p["naam"]: p for p in regel["parameters"]}
    assert percentages["wia.lgu_percentage"]["waarde"] == 0.7
    assert percentages["wia.lgu_percentage"]["bronnen"], "every parameter value names its source"


@pytest.mark.parametrize("verzoek, veld", [
    ({"personen": [{"wia_maandloon": 1}], "bereken": ["bestaat_niet"]}, "bestaat_niet"),
    ({"personen": [{"onbekend_veld": 1}], "bereken": ["wia_maandloon"]}, "onbekend_veld"),
    ({"personen": [{"wia_maandloon": "veel"}], "bereken": ["wga_uitkering_per_maand"]}, "wia_maandloon"),
    ({"personen": [{"bruto_maandloon": -5}], "bereken": ["loondoorbetaling_per_maand"]}, "bruto_maandloon"),
    ({"datum": "2019-06-01", "personen": [{"wia_maandloon": 1}], "bereken": ["wia_maandloon"]}, "2019-06-01"),
    ({"datum": "1 maart", "personen": [{"wia_maandloon": 1}], "bereken": ["wia_maandloon"]}, "datum"),
    ({"personen": [{"duurzaam": "ja"}], "bereken": ["wia_uitkomst"]}, "duurzaam"),
    ({"personen": [{"cao_regime": "royaal"}], "bereken": ["loondoorbetaling_cao_per_maand"]}, "cao_regime"),
    ({"personen": [{"geboortedatum": "1970-13-01"}], "bereken": ["leeftijd"]}, "geboortedatum"),
    ({"personen": [], "bereken": ["wia_maandloon"]}, "personen"),
    ({"personen": [{"wia_maandloon": 1}], "bereken": []}, "bereken"),
    ({"persoon": [], "bereken": ["wia_maandloon"]}, "persoon"),
])
def test_bad_input_gives_one_dutch_line_naming_the_field(verzoek, veld):
    with pytest.raises(InvoerFout) as e:
        bereken(verzoek)
    tekst = str(e.value)
    assert veld in tekst and "\n" not in tekst


def test_missing_date_is_named_even_when_a_placeholder_date_is_outside_a_series():
    """The missing-input probe fills other missing inputs with placeholders; a placeholder date of
    2000-01-01 lies before the dagloon revisions that are stored (from 2016), which once ended in a
    ParameterFout traceback instead of naming the fields the Ziektewet dagloon needs."""
    with pytest.raises(InvoerFout) as fout:
        bereken({"datum": "2026-07-01", "personen": [{"sv_loon_refertejaar": 39150.0}],
                 "bereken": ["ziektewet_dagloon"]})
    assert "'eerste_ziektedag'" in str(fout.value) and "'datum_in_dienst'" in str(fout.value)
