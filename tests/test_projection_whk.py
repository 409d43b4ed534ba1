"""The Whk premium effect for a publicly insured employer (Besluit Wfsv art. 2.5-2.11), by hand.

Parameters of 2026 (calculation date 2026-03-01; parameters/wga_werkgever.yaml): gemiddeld
premieplichtig loon EUR 43.300, so small <= 25 x = EUR 1.082.500 and large > 100 x = EUR 4.330.000;
gemiddeld percentage WGA 0,96%, so minimumpremie 0,96 / 4 = 0,24% and maximumpremie 4 x 0,96 =
3,84% (art. 2.6 lid 6). Percentages are rounded down to two decimals (art. 2.6 lid 7). The benefits
paid in year t-2 make the individual werkgeversrisicopercentage of year t (art. 2.11 lid 2): 100 x
benefit / loonsom; times the correctiefactor (art. 2.11 lid 8) it is added to the premium.
"""

import datetime as dt

import numpy as np
import pytest

from spoorzoeker.projection import TAKKEN
from spoorzoeker.projection.werkgever import werkgeverskosten, whk_premie_effect

DATUM = dt.date(2026, 3, 1)
T = {t.naam: i for i, t in enumerate(TAKKEN)}


def een_jaar(bedrag_per_jaar, n=1):
    """n people, one branch, the twelve months of 2030 each paying bedrag / 12."""
    maanden = np.arange("2030-01", "2031-01", dtype="datetime64[M]").astype("datetime64[D]")
    return np.full((n, 1, 12), bedrag_per_jaar / 12.0), np.tile(maanden, (n, 1))


def test_small_medium_large_by_hand():
    wga, maanden = een_jaar(20_000.0, 3)
    r = whk_premie_effect(wga, maanden, np.array([5_000_000.0, 2_000_000.0, 1_000_000.0]), DATUM,
                          correctiefactor=1.5)
    assert list(r.klasse) == ["groot", "middelgroot", "klein"]
    assert (r.minimumpremie, r.maximumpremie) == (0.24, 3.84)
    assert list(r.jaren) == [2032]  # paid in 2030, counts in the premium of 2032
    # Groot, loonsom 5.000.000: 100 x 20.000 / 5.000.000 = 0,40%; x 1,5 = 0,60%; 0,96 + 0,60 = 1,56 <= 3,84.
    # Extra premie 0,60% x 5.000.000 = 30.000.
    # Middelgroot, 2.000.000: weight (2.000.000 - 1.082.500) / (4.330.000 - 1.082.500) = 0,28253;
    # 100 x 20.000 / 2.000.000 = 1,00%; x 1,5 = 1,50%; 0,28253 x 1,50 = 0,4238 -> 0,42%; x 2.000.000 = 8.400.
    # Klein, 1.000.000 <= 1.082.500: sector premium, no individual effect.
    np.testing.assert_allclose(r.gewicht, [1.0, 917_500 / 3_247_500, 0.0])
    assert list(r.opslag[:, 0, 0]) == [0.60, 0.42, 0.0]
    assert list(r.effect[:, 0, 0]) == [30_000.0, 8_400.0, 0.0]


def test_the_maximum_premium_caps_the_effect():
    # 100 x 100.000 / 5.000.000 = 2,00%; x 1,5 = 3,00%; 0,96 + 3,00 = 3,96 > 3,84: the premium stops at
    # 3,84%, so the rise is 3,84 - 0,96 = 2,88% x 5.000.000 = 144.000 (not 150.000).
    wga, maanden = een_jaar(100_000.0)
    r = whk_premie_effect(wga, maanden, 5_000_000.0, DATUM, correctiefactor=1.5)
    assert r.opslag[0, 0, 0] == pytest.approx(2.88) and r.effect[0, 0, 0] == 144_000.0


def test_an_employer_already_at_the_maximum_pays_nothing_more():
    wga, maanden = een_jaar(20_000.0)
    r = whk_premie_effect(wga, maanden, 5_000_000.0, DATUM, correctiefactor=1.5, premie_zonder=3.84)
    assert r.effect[0, 0, 0] == 0.0


def test_without_a_correctiefactor_the_legal_maximum_2_gives_an_upper_bound():
    # 0,40% x 2 = 0,80% x 5.000.000 = 40.000 (art. 2.11 lid 8: the factor is at most 2).
    wga, maanden = een_jaar(20_000.0)
    r = whk_premie_effect(wga, maanden, 5_000_000.0, DATUM)
    assert r.correctiefactor[0] == 2.0 and not r.correctiefactor_opgegeven[0]
    assert r.effect[0, 0, 0] == 40_000.0
    # A factor above 2 is capped at 2.
    assert whk_premie_effect(wga, maanden, 5_000_000.0, DATUM, correctiefactor=3.0).effect[0, 0, 0] == 40_000.0


def test_rounding_down_to_two_decimals():
    # 100 x 3.000 / 5.000.000 = 0,06%; x 1,42 = 0,0852 -> 0,08% (down) x 5.000.000 = 4.000.
    wga, maanden = een_jaar(3_000.0)
    assert whk_premie_effect(wga, maanden, 5_000_000.0, DATUM, correctiefactor=1.42).effect[0, 0, 0] == 4_000.0


PERSOON = {"eerste_ziektedag": "2026-01-05", "bruto_maandloon": 3500.0, "contracturen_per_week": 38.0,
           "geboortedatum": "1975-06-30", "lgu_duur_maanden": 12.0}


def test_employer_view_with_the_projection_by_hand():
    # WIA from 2028-01-05 (tests/test_projection.py). WGA 80-100 pays in 2028 two LGU months of 2.834,95 and
    # ten of 2.645,95 = 32.129,40; in 2029 twelve months LAU 2.645,95 = 31.751,40.
    # Premium 2030: 100 x 32.129,40 / 5.000.000 = 0,6426 -> 0,64%; x 1,5 = 0,96% -> 48.000.
    # Premium 2031: 100 x 31.751,40 / 5.000.000 = 0,6350 -> 0,63%; x 1,5 = 0,945 -> 0,94% -> 47.000.
    wk = werkgeverskosten(PERSOON, DATUM, eigenrisicodrager=False, whk_loonsom=5_000_000.0, whk_correctiefactor=1.5)
    w = wk.whk
    j = {int(y): k for k, y in enumerate(w.jaren)}
    b = T["wga_80_100"]
    assert w.toegerekend[0, b, j[2030]] == pytest.approx(32_129.40)
    assert w.effect[0, b, j[2030]] == 48_000.0 and w.effect[0, b, j[2031]] == 47_000.0
    # Rejection and IVA: no WGA benefit, no premium effect (the IVA is paid from the Aof).
    assert w.totaal[0, T["iva"]] == 0.0 and w.totaal[0, T["afgewezen_zonder_werk"]] == 0.0
    # Ten years of WGA benefits count (2028-2037), premiums 2030-2039.
    betaald = w.toegerekend[0, b]
    assert int(w.jaren[np.flatnonzero(betaald)[-1]]) == 2039
    # Not an eigenrisicodrager: the total holds the premium effect, not the benefits themselves.
    assert wk.totaal[0, b] - wk.totaal[0, T["iva"]] == pytest.approx(w.totaal[0, b])
    # What an eigenrisicodrager would pay stays visible for comparison: the ten years of benefits.
    assert wk.wga_eigenrisico[0, b] == pytest.approx(w.toegerekend[0, b].sum())
    assert any("Besluit Wfsv" in (s.get("bron") or "") for s in wk.uitleg)


def test_eigenrisicodrager_total_keeps_the_benefits():
    wk = werkgeverskosten(PERSOON, DATUM, eigenrisicodrager=True, whk_loonsom=5_000_000.0)
    b = T["wga_80_100"]
    assert wk.totaal[0, b] - wk.totaal[0, T["iva"]] == pytest.approx(wk.wga_eigenrisico[0, b])
