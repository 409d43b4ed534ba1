import datetime as dt

import numpy as np
import pytest

from spoorzoeker.engine import Berekening, Variabele
from spoorzoeker.engine.berekening import CyclusFout
from spoorzoeker.params import ParameterNode

DATUM = dt.date(2026, 3, 1)


@pytest.fixture
def parameters(tmp_path):
    (tmp_path / "demo.yaml").write_text(
        "factor:\n  values:\n    2020-01-01:\n      value: 2\n      metadata:\n        reference:\n"
        "          - title: Demo-bron\n            href: https://example.org/demo\n", encoding="utf-8")
    return ParameterNode.uit_map(tmp_path)


def _variabelen(aanroepen):
    def dubbel(x, p):
        aanroepen.append("dubbel")
        return x * p.demo.factor

    def plus_een(dubbel):
        return dubbel + 1

    return {
        "x": Variabele("x", "getal", "invoer x"),
        "dubbel": Variabele("dubbel", "getal", "2x", formule=dubbel, argumenten=("x", "p"), bron="demo", url="u"),
        "plus_een": Variabele("plus_een", "getal", "2x+1", formule=plus_een, argumenten=("dubbel",), bron="d", url="u"),
    }


def test_rule_runs_once_per_calculation_and_is_cached(parameters):
    aanroepen = []
    b = Berekening({"x": np.array([1.0, 2.0])}, 2, DATUM, parameters, _variabelen(aanroepen))
    np.testing.assert_array_equal(b["plus_een"], [3.0, 5.0])
    np.testing.assert_array_equal(b["dubbel"], [2.0, 4.0])
    assert aanroepen == ["dubbel"]


def test_input_replaces_the_rule(parameters):
    aanroepen = []
    b = Berekening({"dubbel": np.array([10.0])}, 1, DATUM, parameters, _variabelen(aanroepen))
    assert b["plus_een"][0] == 11.0
    assert aanroepen == []


def test_missing_input_becomes_unknown_and_is_recorded(parameters):
    b = Berekening({}, 1, DATUM, parameters, _variabelen([]))
    assert np.isnan(b["plus_een"][0])
    assert b.ontbrekend == {"x"}


def test_trace_names_rule_and_parameter_with_source(parameters):
    b = Berekening({"x": np.array([1.0])}, 1, DATUM, parameters, _variabelen([]), met_uitleg=True)
    b["plus_een"]
    stap = b.stappen["dubbel"]
    assert stap.herkomst == "regel" and stap.argumenten == ("x", "p")
    gelezen = stap.parameters[0]
    assert (gelezen.naam, gelezen.waarde, gelezen.geldig_vanaf) == ("demo.factor", 2.0, dt.date(2020, 1, 1))
    assert gelezen.bronnen[0].href == "https://example.org/demo"
    assert b.stappen["x"].herkomst == "invoer"


def test_cycle_is_detected(parameters):
    vars_ = {
        "a": Variabele("a", "getal", "a", formule=lambda b: b, argumenten=("b",), bron="", url=""),
        "b": Variabele("b", "getal", "b", formule=lambda a: a, argumenten=("a",), bron="", url=""),
    }
    with pytest.raises(CyclusFout):
        Berekening({}, 1, DATUM, parameters, vars_)["a"]
