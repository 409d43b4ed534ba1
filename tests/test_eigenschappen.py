"""Invariants that must hold for every person (hypothesis), not just the worked examples."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from spoorzoeker import bereken

D = "2026-03-01"
bedrag = st.floats(min_value=0, max_value=20_000, allow_nan=False)
MAX_MAANDLOON = 6617.44  # 304,25 x 21,75 (law-facts §1.2)


def _wga(sv, maatman, rvc_fractie, inkomsten, maand, duur):
    rvc = maatman * rvc_fractie
    return bereken({"datum": D, "personen": [{
        "sv_loon_refertejaar": sv, "maatmanloon_per_maand": maatman, "restverdiencapaciteit_per_maand": rvc,
        "inkomsten_per_maand": inkomsten, "wga_maand": maand, "lgu_duur_maanden": duur, "duurzaam": False}],
        "bereken": ["wga_uitkering_per_maand", "wia_maandloon", "lgu_per_maand", "vvu_per_maand",
                    "arbeidsongeschiktheidsklasse", "iva_uitkering_per_maand"]})["resultaten"][0]


@settings(max_examples=200, deadline=None)
@given(st.floats(0, 200_000), st.floats(100, 15_000), st.floats(0, 0.64), bedrag,
       st.integers(1, 60), st.sampled_from([3, 6, 12, 23.5, 24]))
def test_no_benefit_above_75_percent_of_capped_maandloon_and_never_negative(sv, maatman, f, inkomsten, maand, duur):
    r = _wga(sv, maatman, f, inkomsten, maand, duur)
    assert r["wia_maandloon"] <= MAX_MAANDLOON
    for naam in ("wga_uitkering_per_maand", "lgu_per_maand", "vvu_per_maand"):
        # 75% rounded half up to the cent: at most half a cent above (plus float noise:
        # 0.75 x 1.74 = 1.305 is 1.3049999... in binary and rounds to 1.31).
        assert 0.0 <= r[naam] <= 0.75 * r["wia_maandloon"] + 0.005 + 1e-9


@settings(max_examples=200, deadline=None)
@given(st.floats(10_000, 120_000), st.floats(1_000, 8_000), st.floats(0.05, 0.64),
       st.floats(0, 10_000), st.floats(1, 2_000))
def test_more_earnings_never_lower_total_income_in_the_lau(sv, maatman, f, inkomsten, extra):
    # Past the LGU: benefit + earnings must not fall when someone earns more (the WGA's work incentive),
    # once the inkomenseis is met. (At the VVU -> LAU step itself the art. 61 lid 5 cap can lower the
    # total when the maandloon is far below the restverdiencapaciteit: that is the law, not tested here.)
    rvc = maatman * f
    laag = max(inkomsten, round(0.5 * rvc + 0.01, 2))  # at or above the inkomenseis (rounded to cents)
    a = _wga(sv, maatman, f, laag, 30, 12)
    b = _wga(sv, maatman, f, laag + extra, 30, 12)
    assert b["wga_uitkering_per_maand"] + laag + extra >= a["wga_uitkering_per_maand"] + laag - 0.01


@settings(max_examples=100, deadline=None)
@given(st.floats(0, 100_000), st.floats(0, 3_000), st.integers(3, 24))
def test_lgu_not_below_zero_and_falls_with_earnings(sv, inkomsten, maand):
    basis = {"sv_loon_refertejaar": sv, "wga_maand": maand}
    r = bereken({"datum": D, "personen": [{**basis, "inkomsten_per_maand": inkomsten},
                                          {**basis, "inkomsten_per_maand": inkomsten + 100}],
                 "bereken": ["lgu_per_maand"]})["resultaten"]
    assert r[0]["lgu_per_maand"] >= r[1]["lgu_per_maand"] >= 0.0


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 100_000), st.floats(100, 10_000), st.floats(0, 1)), min_size=1, max_size=20))
def test_batch_equals_one_by_one(rijen):
    # One code path: a batch gives exactly what each person gives alone.
    kolommen = {"sv_loon_refertejaar": np.array([r[0] for r in rijen]),
                "maatmanloon_per_maand": np.array([r[1] for r in rijen]),
                "restverdiencapaciteit_per_maand": np.array([r[1] * r[2] for r in rijen]),
                "wga_maand": np.full(len(rijen), 30.0), "lgu_duur_maanden": np.full(len(rijen), 6.0),
                "inkomsten_per_maand": np.zeros(len(rijen))}
    samen = bereken({"datum": D, "personen": kolommen, "bereken": ["wga_uitkering_per_maand"]})["resultaten"]
    for i in range(len(rijen)):
        alleen = bereken({"datum": D, "personen": {k: v[i:i + 1] for k, v in kolommen.items()},
                          "bereken": ["wga_uitkering_per_maand"]})["resultaten"]
        assert alleen["wga_uitkering_per_maand"][0] == samen["wga_uitkering_per_maand"][i]


@settings(max_examples=100, deadline=None)
@given(st.floats(0, 20_000), st.floats(0, 100), st.integers(1, 104), st.integers(15, 70))
def test_loondoorbetaling_at_least_70_percent_and_at_most_the_wage_or_floor(loon, uren, week, leeftijd):
    r = bereken({"datum": D, "personen": [{"bruto_maandloon": loon, "contracturen_per_week": uren,
                                           "ziekteweek": week, "leeftijd": leeftijd}],
                 "bereken": ["loondoorbetaling_per_maand", "minimumloon_bodem_per_maand"]})["resultaten"][0]
    zeventig = 0.7 * min(loon, MAX_MAANDLOON)
    # Half up to the cent moves an amount by at most half a cent; 1e-9 absorbs the binary float of a
    # product such as 0,7 x 38,25 = 26,775 (stored as 26,77499...), which rounds to 26,78.
    halve_cent = 0.005 + 1e-9
    assert r["loondoorbetaling_per_maand"] >= zeventig - halve_cent
    assert r["loondoorbetaling_per_maand"] <= max(zeventig, r["minimumloon_bodem_per_maand"]) + halve_cent
