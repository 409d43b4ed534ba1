"""Invariants of the projection over random people (hypothesis)."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spoorzoeker import bereken
from spoorzoeker.errors import InvoerFout
from spoorzoeker.projection import FASEN, TAKKEN, projecteer

F = {f: i for i, f in enumerate(FASEN)}
REGIMES = ["wettelijk", "exact_170", "boven_170_onvoorwaardelijk", "boven_170_voorwaardelijk", "onder_170"]

persoon = st.fixed_dictionaries({
    "eerste_ziektedag": st.dates(min_value=np.datetime64("2024-01-01").astype(object),
                                 max_value=np.datetime64("2026-12-31").astype(object)).map(str),
    # A wage of 0 leaves no maatmaninkomen to assess: see test_no_wage_is_reported_not_shown_as_zero.
    "bruto_maandloon": st.floats(0.01, 15000, allow_nan=False).map(lambda x: round(x, 2)),
    "contracturen_per_week": st.sampled_from([8.0, 20.0, 32.0, 36.0, 38.0, 40.0]),
    "geboortedatum": st.dates(min_value=np.datetime64("1956-01-01").astype(object),
                              max_value=np.datetime64("2004-12-31").astype(object)).map(str),
    "lgu_duur_maanden": st.integers(3, 24).map(float),
    "cao_regime": st.sampled_from(REGIMES),
    "werkt_of_werkt_mee": st.booleans(),
    "verlenging_loondoorbetaling_weken": st.sampled_from([0.0, 6.0, 26.0, 52.0]),
    "wga_hiaat_verzekering": st.booleans(),
    "excedent_verzekering": st.booleans(),
    "ziekteoorzaak": st.sampled_from(["andere", "zwangerschap_bevalling", "orgaandonatie"]),
})


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(persoon, min_size=1, max_size=4))
def test_invariants(personen):
    pr = projecteer(personen, "2026-03-01", uitleg=False)
    n, B, M = pr.totaal.shape
    # amounts are never negative or unknown, and the parts add up to the total
    for naam in ("loondoorbetaling", "vakantiebijslag_loondoorbetaling", "wia_uitkering", "inkomsten_werk",
                 "verzekering", "ziektewet_uitkering", "ziektewet_boven_loon", "totaal"):
        a = getattr(pr, naam)
        assert np.all(np.isfinite(a)) and np.all(a >= 0), naam
    som = (pr.loondoorbetaling + pr.vakantiebijslag_loondoorbetaling + pr.wia_uitkering + pr.inkomsten_werk
           + pr.verzekering + pr.ziektewet_boven_loon)
    np.testing.assert_allclose(som, pr.totaal, atol=1e-9)
    # BW 7:629 lid 5: in a month with wage the employee gets the higher of the wage (with vakantiebijslag) and the
    # Ziektewet benefit, which is only there for pregnancy, childbirth or organ donation and only with wage
    loon = pr.loondoorbetaling + pr.vakantiebijslag_loondoorbetaling
    np.testing.assert_allclose(loon + pr.ziektewet_boven_loon, np.where(loon > 0, np.maximum(loon, pr.ziektewet_uitkering),
                                                                         0.0), atol=0.006)
    gewoon = np.array([p["ziekteoorzaak"] == "andere" for p in personen])
    assert not pr.ziektewet_uitkering[gewoon].any() and not pr.ziektewet_uitkering[loon == 0].any()
    # at least five years after the wachttijd
    assert M >= int(pr.eerste_wia_maand.max()) - 1 + 60
    m = np.arange(M)[None, None, :]
    in_wia = m >= (pr.eerste_wia_maand[:, None, None] - 1)
    # no loondoorbetaling in the WIA phase, no WIA benefit before it
    assert np.all(pr.loondoorbetaling[np.broadcast_to(in_wia, pr.totaal.shape)] == 0)
    assert np.all(pr.wia_uitkering[~np.broadcast_to(in_wia, pr.totaal.shape)] == 0)
    # a WIA benefit is at most 75% of the WIA maandloon (half a cent for half-up rounding)
    assert np.all(pr.wia_uitkering <= 0.75 * pr.wia_maandloon[:, None, None] + 0.00501)
    # rejected branches get no WIA benefit; the branches share the sick phase
    for naam in ("afgewezen_met_werk", "afgewezen_zonder_werk"):
        assert np.all(pr.wia_uitkering[:, [t.naam for t in TAKKEN].index(naam)] == 0)
    # Every branch's loondoorbetaling equals the rule computed through the public calculate interface,
    # one row per person and sick month before the AOW date (at the law of the month's first day, or
    # of the calculation date for later months).
    rijen = [(i, m) for i in range(n) for m in range(int(pr.eerste_wia_maand[i]) - 1)
             if pr.maand_start[i, m] < pr.aow_datum[i]]
    if rijen:
        ii, mm = (np.array(x) for x in zip(*rijen, strict=True))
        start = np.array([personen[i]["eerste_ziektedag"] for i in ii], dtype="datetime64[D]")
        kol = {k: np.array([personen[i][k] for i in ii]) for k in
               ("bruto_maandloon", "contracturen_per_week", "cao_regime", "werkt_of_werkt_mee",
                "verlenging_loondoorbetaling_weken")}
        kol["geboortedatum"] = np.array([personen[i]["geboortedatum"] for i in ii], dtype="datetime64[D]")
        kol["ziekteweek"] = ((pr.maand_start[ii, mm] - start).astype(np.int64) // 7 + 1).astype(float)
        kol["datum"] = np.minimum(pr.maand_start[ii, mm], np.datetime64("2026-03-01"))
        regel = bereken({"datum": "2026-03-01", "personen": kol, "bereken": ["loondoorbetaling_cao_per_maand"]})
        verwacht = np.asarray(regel["resultaten"]["loondoorbetaling_cao_per_maand"], dtype=float)
        for b in range(B):
            np.testing.assert_array_equal(pr.loondoorbetaling[ii, b, mm], verwacht)
    # After the AOW date: no WIA (WIA art. 8 lid 1 b), and the wage for at most six weeks from that date
    # (BW 7:629 lid 2 onder b; every illness here began after 1 July 2023), so nothing from the month that
    # starts 42 days after it; the months after the wage are shown as "AOW-leeftijd bereikt"
    na_aow = np.broadcast_to((pr.maand_start >= pr.aow_datum[:, None])[:, None, :], pr.totaal.shape)
    assert np.all(pr.wia_uitkering[na_aow] == 0) and np.all(pr.verzekering[na_aow] == 0)
    # (six weeks from the AOW date, or from the first sick day when the AOW age came first)
    vanaf = np.maximum(pr.aow_datum, pr.maand_start[:, 0])
    na_termijn = (pr.maand_start >= (vanaf + np.timedelta64(42, "D"))[:, None])[:, None, :]
    assert np.all(pr.totaal[np.broadcast_to(na_termijn, pr.totaal.shape)] == 0)
    assert np.all((pr.fase == F["aow"]) == (na_aow & np.broadcast_to(in_wia, pr.totaal.shape)))
    # insurance only for who has it
    geen_verzekering = np.array([not (p["wga_hiaat_verzekering"] or p["excedent_verzekering"]) for p in personen])
    assert np.all(pr.verzekering[geen_verzekering] == 0)


def test_no_wage_is_reported_not_shown_as_zero():
    # With a wage of 0 the maatmaninkomen is 0 and the arbeidsongeschiktheidspercentage cannot be
    # determined (0 / 0): the overview names the field instead of showing "no benefit".
    with pytest.raises(InvoerFout) as fout:
        projecteer({"eerste_ziektedag": "2024-01-01", "bruto_maandloon": 0.0, "contracturen_per_week": 8.0,
                    "geboortedatum": "2000-01-01", "lgu_duur_maanden": 3.0}, "2026-03-01")
    assert fout.value.veld == "maatmanloon_per_maand" and "Persoon 1" in str(fout.value)
