"""Scenarios (issue 13): the law as an object, scenario files, each proposal's switch and what it
leaves alone. Numbers are hand calculations written out in the tests; parameter values from the
shipped files (2026-01-01: minimumuurloon EUR 14,71; 2026-07-01: EUR 14,99, Stcrt. 2026, 16505)."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from clihulp import app
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from spoorzoeker import bereken
from spoorzoeker.engine import Berekening
from spoorzoeker.errors import InvoerFout
from spoorzoeker.money import naar_centen
from spoorzoeker.opdrachtregel.app import app
from spoorzoeker.scenarios import PRINCIPES, ScenarioFout, beschikbaar, huidig, laad_scenario
from spoorzoeker.timeline import bereken_tijdlijn

DATUM = dt.date(2026, 3, 1)
SNEL = settings(max_examples=60, deadline=None)

IVA_80 = """\
naam: iva_80
titel: IVA 80 procent
beschrijving: De IVA-uitkering wordt 80% van het maandloon vanaf 2026.
bronnen:
  - titel: Eigen voorbeeld
parameters:
  wia.iva_percentage:
    values:
      2026-01-01:
        value: 0.8
scorekaart:
""" + "".join(f"  {p}: {{score: 0, toelichting: \"Geen effect.\"}}\n" for p in PRINCIPES)


def _een(stelsel, invoer: dict, naam: str, datum=DATUM) -> np.ndarray:
    kol = {k: np.atleast_1d(np.asarray(v)) for k, v in invoer.items()}
    n = max(len(v) for v in kol.values()) if kol else 1
    return Berekening(kol, n, datum, stelsel=laad_scenario(stelsel) if isinstance(stelsel, str) else stelsel
                      ).bereken(naam)


# --- the law as an object -----------------------------------------------------------------------

def test_huidig_is_current_law_and_every_shipped_scenario_loads():
    assert laad_scenario("huidig") is huidig()
    assert huidig().is_huidig and not huidig().aannames
    for naam in beschikbaar():
        s = laad_scenario(naam)
        assert s.naam == naam
        assert [sc.principe for sc in s.scorekaart] == list(PRINCIPES)
        assert all(-2 <= sc.score <= 2 and sc.toelichting for sc in s.scorekaart)
        assert s.bronnen


def test_a_reform_is_a_new_object_and_leaves_the_law_alone():
    h = huidig()
    r = h.hervorm("test", parameters={"wia.iva_percentage": {dt.date(2026, 1, 1): 0.8}},
                  varianten={"plaatsingsbonus": "rsc"})
    assert r is not h
    assert h.parameters.wia.iva_percentage.waarde_op(DATUM) == 0.75
    assert r.parameters.wia.iva_percentage.waarde_op(DATUM) == 0.8
    assert r.parameters.wia.iva_percentage.waarde_op(dt.date(2025, 12, 31)) == 0.75  # before the new date
    assert h.variabelen["plaatsingsbonus"].variant is None and r.variabelen["plaatsingsbonus"].variant == "rsc"
    assert r.parameters.loondoorbetaling is h.parameters.loondoorbetaling  # shared, not copied
    with pytest.raises(Exception, match="onbekende parameter"):
        h.hervorm("x", parameters={"wia.bestaat_niet": {dt.date(2026, 1, 1): 1.0}})
    with pytest.raises(Exception, match="geen variant"):
        h.hervorm("x", varianten={"plaatsingsbonus": "bestaat_niet"})


@SNEL
@given(loon=st.floats(1000, 9000), ink=st.floats(0, 3000), vh=st.floats(0.5, 1.0))
def test_scenario_huidig_gives_exactly_the_results_without_a_scenario(loon, ink, vh):
    verzoek = {"datum": "2026-03-01", "personen": [{"wia_maandloon": loon, "inkomsten_per_maand": ink,
                                                     "dagloon_verhouding": vh, "wga_maand": 5.0,
                                                     "lgu_duur_maanden": 12.0,
                                                     "restverdiencapaciteit_per_maand": ink,
                                                     "maatmanloon_per_maand": loon, "duurzaam": False}],
               "bereken": ["wga_uitkering_per_maand", "iva_uitkering_per_maand", "wia_uitkomst"]}
    assert bereken({**verzoek, "scenario": "huidig"}) == bereken(verzoek)


# --- a user's scenario file ------------------------------------------------------------------------

def test_custom_iva_scenario_changes_exactly_the_iva_and_shows_old_and_new(tmp_path):
    pad = tmp_path / "iva.yaml"
    pad.write_text(IVA_80, encoding="utf-8")
    rng = np.random.default_rng(3)
    n = 200
    # maandloon below the maximumdagloon x 21,75 (2025-06: 6.322,07; 2026-03: 6.617,44), so the cap
    # on a given maandloon (Wfsv art. 17, WIA art. 13) plays no part in this comparison
    personen = {"wia_maandloon": np.round(rng.uniform(1500, 6000, n), 2).tolist(),
                "inkomsten_per_maand": np.round(rng.uniform(0, 1500, n), 2).tolist(),
                "dagloon_verhouding": [1.0] * n, "wga_maand": rng.integers(1, 30, n).astype(float).tolist(),
                "lgu_duur_maanden": [12.0] * n, "duurzaam": [True] * n,
                "maatmanloon_per_maand": np.round(rng.uniform(2000, 7000, n), 2).tolist(),
                "restverdiencapaciteit_per_maand": np.round(rng.uniform(0, 2000, n), 2).tolist()}
    gevraagd = ["iva_uitkering_per_maand", "wga_uitkering_per_maand", "lgu_per_maand", "vvu_per_maand",
                "wia_uitkomst", "arbeidsongeschiktheidspercentage"]
    oud = bereken({"datum": "2026-03-01", "personen": personen, "bereken": gevraagd})["resultaten"]
    nieuw = bereken({"datum": "2026-03-01", "personen": personen, "bereken": gevraagd,
                     "scenario": str(pad)})["resultaten"]
    for naam in gevraagd:
        if naam != "iva_uitkering_per_maand":
            assert nieuw[naam] == oud[naam], naam
    # IVA = percentage x maandloon - 0,7 x inkomsten x C/D, never below 0 (art. 51-52 WIA)
    loon, ink = np.array(personen["wia_maandloon"]), np.array(personen["inkomsten_per_maand"])
    iva = np.array(oud["wia_uitkomst"]) == "iva"
    assert iva.sum() > 10
    verwacht = naar_centen(np.maximum(0.80 * loon - 0.7 * ink, 0))  # half up to the cent
    np.testing.assert_array_equal(np.array(nieuw["iva_uitkering_per_maand"])[iva], verwacht[iva])
    # 2025 is before the scenario's date: unchanged
    vroeg = bereken({"datum": "2025-06-01", "personen": personen, "bereken": ["iva_uitkering_per_maand"],
                     "scenario": str(pad)})
    assert vroeg["resultaten"] == bereken({"datum": "2025-06-01", "personen": personen,
                                           "bereken": ["iva_uitkering_per_maand"]})["resultaten"]


def test_trace_names_the_scenario_and_the_original_value(tmp_path):
    pad = tmp_path / "iva.yaml"
    pad.write_text(IVA_80, encoding="utf-8")
    # 0,80 x 3.000 = 2.400 instead of 0,75 x 3.000 = 2.250
    a = bereken({"datum": "2026-03-01", "personen": [{"wia_maandloon": 3000.0, "wia_uitkomst": "iva",
                                                       "inkomsten_per_maand": 0.0, "dagloon_verhouding": 1.0}],
                 "bereken": ["iva_uitkering_per_maand"], "uitleg": True, "scenario": str(pad)})
    assert a["resultaten"][0]["iva_uitkering_per_maand"] == 2400.0
    assert a["scenario"]["naam"] == "iva_80" and a["scenario"]["gewijzigde_parameters"] == ["wia.iva_percentage"]
    stap = next(s for s in a["uitleg"][0] if s["variabele"] == "iva_uitkering_per_maand")
    par = next(p for p in stap["parameters"] if p["naam"] == "wia.iva_percentage")
    assert par["waarde"] == 0.8 and par["oorspronkelijke_waarde"] == 0.75 and par["scenario"] == "iva_80"
    onveranderd = next(p for p in stap["parameters"] if p["naam"] == "wia.iva_inkomensverrekening")
    assert "scenario" not in onveranderd


@pytest.mark.parametrize("wijziging, regel, tekst", [
    (("score: 0, toelichting: \"Geen effect.\"}\n  effectieve", "score: 3, toelichting: \"Geen effect.\"}\n  effectieve"),
     12, "mag hoogstens 2 zijn"),
    (("wia.iva_percentage", "wia.iva_procent"), 7, "onbekende parameter 'wia.iva_procent'"),
    (("value: 0.8", "value: hoog"), 10, "moet een getal zijn"),
    (("titel: IVA", "tietel: IVA"), 2, "is geen onderdeel van een scenario"),
    (("  kwaliteit_voorkant", "  kwaliteit"), 18, "is geen ontwerpprincipe"),
])
def test_a_wrong_file_names_file_line_and_problem(tmp_path, wijziging, regel, tekst):
    pad = tmp_path / "fout.yaml"
    pad.write_text(IVA_80.replace(*wijziging, 1), encoding="utf-8")
    with pytest.raises(ScenarioFout) as fout:
        laad_scenario(str(pad))
    assert str(fout.value).startswith(f"{pad}, regel {regel}")
    assert tekst in str(fout.value)


# --- each proposal: what it changes, and nothing for those it does not concern ---------------------

def test_no_risk_from_placement():
    # Placed via spoor 2: five years from the placement (par. 4A); chronically ill: no end.
    invoer = {"geplaatst_in_spoor2": [1.0, 1.0, 1.0, 0.0, 0.0], "herplaatst_spoor1_kleine_werkgever": [0, 0, 0, 1.0, 0],
              "jaren_sinds_plaatsing": [2.0, 6.0, 6.0, 1.0, 1.0], "chronisch_ziek": [0, 0, 1.0, 0, 0],
              "contractduur_maanden": [6.0, 6.0, 6.0, 6.0, 6.0]}
    assert _een(huidig(), invoer, "no_risk_door_plaatsing").tolist() == [0, 0, 0, 0, 0]
    assert _een("no_risk_bij_plaatsing", invoer, "no_risk_door_plaatsing").tolist() == [1, 0, 1, 1, 0]
    # the initiatiefnota asks a contract of at least a year for spoor 2 (par. 4.4 punt 1)
    assert _een("no_risk_nsc", invoer, "no_risk_door_plaatsing").tolist() == [0, 0, 0, 1, 0]


def test_no_risk_from_placement_reaches_the_ziektewet_29b_rule():
    # Someone placed in spoor 2 two years ago, without any ground of ZW art. 29b ('geen'): under current
    # law no no-riskpolis, so the employer gets nothing from UWV; under the proposal the placement itself
    # gives it, and the employer receives 70% of the ZW dagloon: 0,70 x 150,00 x 21,75 = 2.283,75 a month
    # (ZW art. 29b lid 5; the dagloon is given). A person with the law's own ground keeps it either way.
    invoer = {"noriskpolis_grond": np.array([0.0]), "geplaatst_in_spoor2": [1.0], "jaren_sinds_plaatsing": [2.0],
              "chronisch_ziek": [0.0], "contractduur_maanden": [12.0], "ziektewet_dagloon": [150.0],
              "ziekteweek": [10.0]}
    assert _een(huidig(), invoer, "noriskpolis_van_toepassing")[0] == 0
    assert _een(huidig(), invoer, "noriskpolis_uitkering_per_maand")[0] == 0.0
    assert _een("no_risk_bij_plaatsing", invoer, "noriskpolis_van_toepassing")[0] == 1
    assert _een("no_risk_bij_plaatsing", invoer, "noriskpolis_uitkering_per_maand")[0] == 2283.75
    zonder = {**invoer, "geplaatst_in_spoor2": [0.0]}
    assert _een("no_risk_bij_plaatsing", zonder, "noriskpolis_uitkering_per_maand")[0] == 0.0


@SNEL
@given(jaren=st.floats(0, 30), chronisch=st.booleans(), contract=st.floats(0, 60))
def test_no_risk_changes_nothing_without_a_placement(jaren, chronisch, contract):
    invoer = {"jaren_sinds_plaatsing": jaren, "chronisch_ziek": float(chronisch), "contractduur_maanden": contract}
    for s in ("no_risk_bij_plaatsing", "no_risk_nsc", "rsc", "nsc"):
        assert _een(s, invoer, "no_risk_door_plaatsing")[0] == _een(huidig(), invoer, "no_risk_door_plaatsing")[0] == 0


def test_no_wga_costs_within_six_months_of_hiring():
    invoer = {"maanden_in_dienst_bij_ziekte": [0.0, 5.9, 6.0, 40.0]}
    assert _een(huidig(), invoer, "wga_lasten_toegerekend").tolist() == [1, 1, 1, 1]
    assert _een("geen_wga_lasten_nieuwe_werknemer", invoer, "wga_lasten_toegerekend").tolist() == [0, 0, 1, 1]


@SNEL
@given(maanden=st.floats(6, 600), week=st.floats(1, 104))
def test_new_employee_proposals_change_nothing_after_six_months(maanden, week):
    invoer = {"maanden_in_dienst_bij_ziekte": maanden, "ziekteweek": week}
    for s in ("geen_wga_lasten_nieuwe_werknemer", "aof_nieuwe_werknemers", "rsc", "nsc"):
        assert _een(s, invoer, "wga_lasten_toegerekend")[0] == 1.0
        assert _een(s, invoer, "loondoorbetaling_werkgever_aandeel")[0] == 1.0


def test_aof_pays_the_first_26_weeks_of_a_new_employee():
    invoer = {"maanden_in_dienst_bij_ziekte": [2.0, 2.0, 2.0, 7.0], "ziekteweek": [1.0, 26.0, 27.0, 1.0]}
    assert _een(huidig(), invoer, "loondoorbetaling_werkgever_aandeel").tolist() == [1, 1, 1, 1]
    assert _een("aof_nieuwe_werknemers", invoer, "loondoorbetaling_werkgever_aandeel").tolist() == [0, 0, 1, 1]


def test_compensatie_tied_to_spoor2_and_the_placement_bonus():
    # paid 10.000, owed at 104 weeks 12.000: BW 7:673e gives 10.000; without spoor 2 success half: 5.000
    invoer = {"betaalde_transitievergoeding": [10000.0, 10000.0], "transitievergoeding_na_wachttijd": [12000.0, 12000.0],
              "spoor2_geslaagd": [1.0, 0.0], "compensatie_transitievergoeding_voorwaarde": [0.0, 0.0]}  # voldaan
    assert _een(huidig(), invoer, "compensatie_transitievergoeding").tolist() == [10000.0, 10000.0]
    assert _een("compensatie_tv_spoor2", invoer, "compensatie_transitievergoeding").tolist() == [10000.0, 5000.0]
    bonus = {"geplaatst_in_spoor2": [1.0, 1.0, 0.0], "contractduur_maanden": [12.0, 11.0, 24.0]}
    assert _een(huidig(), bonus, "plaatsingsbonus").tolist() == [0, 0, 0]
    assert _een("compensatie_tv_spoor2", bonus, "plaatsingsbonus").tolist() == [5000.0, 0.0, 0.0]


@SNEL
@given(betaald=st.floats(0, 100000), cap=st.floats(0, 100000), contract=st.floats(0, 60))
def test_spoor2_success_keeps_the_full_compensation_and_no_placement_no_bonus(betaald, cap, contract):
    invoer = {"betaalde_transitievergoeding": betaald, "transitievergoeding_na_wachttijd": cap, "spoor2_geslaagd": 1.0,
              "compensatie_transitievergoeding_voorwaarde": 0.0}  # voldaan (BW 7:673e lid 1 a)
    assert _een("compensatie_tv_spoor2", invoer, "compensatie_transitievergoeding")[0] == \
        _een(huidig(), invoer, "compensatie_transitievergoeding")[0]
    assert _een("rsc", {"geplaatst_in_spoor2": 0.0, "contractduur_maanden": contract}, "plaatsingsbonus")[0] == 0.0


def test_pension_ceiling_on_the_transitievergoeding():
    # 26 full years at EUR 4.000: 1/3 x 4.000 x 26 = 34.666,67 (BW 7:673 lid 2). Born 1959-05-15: AOW at 67 on
    # 2026-05-15 (AOW art. 7a). From 2026-01-01: 4 months and 14 days: 4 x 4.000 + 4.000 x 12/365 x 14
    # = 16.000 + 1.841,0959 = 17.841,10.
    invoer = {"bruto_maandsalaris": 4000.0, "datum_in_dienst": np.datetime64("2000-01-01"),
              "datum_uit_dienst": np.datetime64("2026-01-01"), "geboortedatum": np.datetime64("1959-05-15")}
    assert _een(huidig(), invoer, "transitievergoeding")[0] == 34666.67
    assert _een("pensioenplafond_tv", invoer, "transitievergoeding")[0] == 17841.10


@SNEL
@given(jaren=st.integers(1, 30), salaris=st.floats(1500, 9000), geboren=st.integers(1970, 2000))
def test_pension_ceiling_changes_nothing_far_from_the_aow_age(jaren, salaris, geboren):
    # Someone born 1970 or later reaches the AOW age after 2037; at most 30 years of service give at
    # most 10 monthly salaries, less than the salary over more than ten years to the AOW date.
    invoer = {"bruto_maandsalaris": salaris, "datum_in_dienst": np.datetime64(f"{2026 - jaren}-01-01"),
              "datum_uit_dienst": np.datetime64("2026-01-01"), "geboortedatum": np.datetime64(f"{geboren}-06-01")}
    assert _een("pensioenplafond_tv", invoer, "transitievergoeding")[0] == _een(huidig(), invoer, "transitievergoeding")[0]


def _ldb(stelsel, regime, week, werkt, loon=3000.0):
    return _een(stelsel, {"bruto_maandloon": loon, "ziekteweek": week, "cao_regime": np.array([regime]),
                          "werkt_of_werkt_mee": float(werkt), "contracturen_per_week": 38.0,
                          "geboortedatum": np.datetime64("1980-01-01")}, "loondoorbetaling_cao_per_maand")[0]


def test_cao_top_up_above_170_only_on_conditions():
    # 'boven_170_onvoorwaardelijk': 100% then 85% (185%). Not working in year 2: at most 170% - 100% = 70%:
    # 0,70 x 3.000 = 2.100 instead of 0,85 x 3.000 = 2.550. Working keeps 85%; year 1 keeps 100%.
    from spoorzoeker.rules.invoer import CAO_REGIMES

    regime = CAO_REGIMES["boven_170_onvoorwaardelijk"]
    assert _ldb(huidig(), regime, 60.0, False) == 2550.0
    assert _ldb("cao_170_voorwaardelijk", regime, 60.0, False) == 2100.0
    assert _ldb("cao_170_voorwaardelijk", regime, 60.0, True) == 2550.0
    assert _ldb("cao_170_voorwaardelijk", regime, 10.0, False) == 3000.0


@SNEL
@given(regime=st.sampled_from(["wettelijk", "exact_170", "boven_170_voorwaardelijk", "onder_170",
                               "boven_170_onvoorwaardelijk"]),
       week=st.integers(1, 104), werkt=st.booleans(), loon=st.floats(1500, 12000))
def test_cao_170_changes_nothing_at_or_below_170_or_when_working(regime, week, werkt, loon):
    from spoorzoeker.rules.invoer import CAO_REGIMES

    code = CAO_REGIMES[regime]
    if regime == "boven_170_onvoorwaardelijk" and not werkt and week > 52:
        return  # the one case the proposal is about (tested above)
    assert _ldb("cao_170_voorwaardelijk", code, float(week), werkt, loon) == _ldb(huidig(), code, float(week), werkt, loon)


def test_spoor1_obligation_and_horizontal_supervision():
    invoer = {"arbeidsdeskundig_advies_gevolgd": [1.0, 0.0, 1.0], "mkb_werkgever": [0.0, 1.0, 1.0]}
    assert _een(huidig(), invoer, "spoor1_blijven_nastreven").tolist() == [1, 1, 1]
    assert _een("geen_plicht_spoor1", invoer, "spoor1_blijven_nastreven").tolist() == [0, 1, 0]
    assert _een("mkb_momenten", invoer, "spoor1_blijven_nastreven").tolist() == [1, 1, 0]
    r = bereken({"datum": "2026-03-01", "personen": [{"mkb_werkgever": False}], "bereken": ["re_integratie_toetsing"],
                 "scenario": "horizontaal_toezicht"})
    assert r["resultaten"][0]["re_integratie_toetsing"] == "horizontaal_toezicht"
    assert bereken({"datum": "2026-03-01", "personen": [{"mkb_werkgever": False}],
                    "bereken": ["re_integratie_toetsing"]})["resultaten"][0]["re_integratie_toetsing"] == "uwv_toetst"


def _stappen(antwoord):
    return {(s["code"], s.get("nummer")): s for s in antwoord["stappen"]}


def test_timeline_steps_a_scenario_makes_fixed():
    verzoek = {"eerste_ziektedag": "2026-01-05", "vandaag": "2026-03-01", "voorstellen": False,
               "werkgever_grootte": 10}
    nu = _stappen(bereken_tijdlijn(verzoek))
    assert ("spoor2_inventarisatie", None) not in nu and ("inzetbaarheidsprofiel", None) not in nu
    rsc = _stappen(bereken_tijdlijn({**verzoek, "scenario": "rsc"}))
    stap = rsc[("spoor2_inventarisatie", None)]
    # week 26 ends on day 182: 2026-01-05 + 181 days = 2026-07-05
    assert stap["voorkeursdatum"] == "2026-07-05" and stap["voorstel"] is False and stap["scenario"] == "rsc"
    nsc = _stappen(bereken_tijdlijn({**verzoek, "scenario": "nsc"}))
    # week 30 ends 2026-01-05 + 209 days = 2026-08-02
    assert nsc[("arbeidsdeskundig_advies", None)]["uiterste_datum"] == "2026-08-02"
    assert {k for k in nsc} - set(nu) == {("inzetbaarheidsprofiel", None), ("arbeidsdeskundig_advies", None),
                                          ("evaluatie_week_52", None)}
    # every other step keeps its dates
    for k, s in nu.items():
        assert (rsc[k]["voorkeursdatum"], rsc[k]["uiterste_datum"]) == (s["voorkeursdatum"], s["uiterste_datum"])


@SNEL
@given(start=st.dates(dt.date(2021, 1, 1), dt.date(2026, 6, 1)), grootte=st.integers(25, 5000),
       voorstellen=st.booleans())
def test_mkb_moments_change_nothing_for_larger_employers(start, grootte, voorstellen):
    verzoek = {"eerste_ziektedag": start.isoformat(), "vandaag": "2026-06-30", "voorstellen": voorstellen,
               "werkgever_grootte": grootte}
    nu, nsc = bereken_tijdlijn(verzoek), bereken_tijdlijn({**verzoek, "scenario": "mkb_momenten"})
    nsc.pop("scenario")
    assert nsc == nu


# --- dates per row ---------------------------------------------------------------------------------

def test_a_date_per_person_uses_the_law_of_that_date():
    # 38 hours over the weekdays of the calendar year (SZW Kennisdocument WML): 2026 has 261 weekdays,
    # 38 / 5 x 261 / 12 = 165,3 hours a month; 14,71 x 165,3 = 2.431,563 -> 2.431,57 (from 2026-01-01,
    # up to the cent: 'ten minste'); 14,99 x 165,3 = 2.477,847 -> 2.477,85 (from 2026-07-01)
    r = bereken({"datum": "2026-03-01", "bereken": ["minimumloon_bodem_per_maand"],
                 "personen": [{"contracturen_per_week": 38.0, "geboortedatum": "1980-01-01", "datum": "2026-03-01"},
                              {"contracturen_per_week": 38.0, "geboortedatum": "1980-01-01", "datum": "2026-08-01"},
                              {"contracturen_per_week": 38.0, "geboortedatum": "1980-01-01"}]})
    assert [p["minimumloon_bodem_per_maand"] for p in r["resultaten"]] == [2431.57, 2477.85, 2431.57]
    with pytest.raises(InvoerFout, match="buiten het bereik"):
        bereken({"datum": "2026-03-01", "bereken": ["minimumloon_bodem_per_maand"],
                 "personen": [{"contracturen_per_week": 38.0, "datum": "2019-03-01"}]})


def test_the_projection_pays_a_past_month_at_the_law_of_that_month():
    from spoorzoeker.projection import projecteer

    # Sick from 2025-09-01, wage 3.400, 38 hours, calculation date 2026-03-01. 70% x 3.400 = 2.380.
    # Hours a month: 38 / 5 x 261 weekdays (2025 and 2026 both have 261) / 12 = 165,3.
    # Month 1 (2025-09-01): floor 2025-07-01 (14,40 x 165,3 = 2.380,32) > 2.380 -> 2.380,32.
    # Month 5 (2026-01-01): floor 14,71 x 165,3 = 2.431,563 -> 2.431,57 > 2.380 -> 2.431,57.
    pr = projecteer({"eerste_ziektedag": "2025-09-01", "bruto_maandloon": 3400.0, "contracturen_per_week": 38.0,
                     "geboortedatum": "1980-01-01", "lgu_duur_maanden": 6.0}, datum="2026-03-01")
    assert pr.loondoorbetaling[0, 0, 0] == 2380.32
    assert pr.loondoorbetaling[0, 0, 4] == 2431.57


# --- the simulation's assumptions and the comparison ----------------------------------------------------

def test_behaviour_assumptions_are_exposed_not_ruled():
    rsc = laad_scenario("rsc")
    a = rsc.aannames["spoor2_plaatsing_factor"]
    assert a.waarde == 1.4 and a.bron and a.toelichting
    with pytest.raises(TypeError):
        rsc.aannames["x"] = a  # read-only


def test_overview_comparison_per_branch_and_month():
    from spoorzoeker.reports.scenario import vergelijking

    # Hired 2025-11-01, sick from 2026-01-05 (two months in service), wage 3.000, statutory regime.
    # Under 'aof_nieuwe_werknemers' the Aof pays weeks 1-26: months 1-7 start on days 0, 31, 59, 90, 120, 151,
    # 181 after the first sick day, in weeks 1, 5, 9, 13, 18, 22, 26; month 8 (day 212) in week 31. The
    # employee gets the same.
    invoer = {"datum": "2026-03-01", "persoon": {"eerste_ziektedag": "2026-01-05", "bruto_maandloon": 3000.0,
                                                "contracturen_per_week": 38.0, "geboortedatum": "1980-01-01",
                                                "lgu_duur_maanden": 12.0},
              "werkgever": {"datum_in_dienst": "2025-11-01"}}
    v = vergelijking(invoer, "aof_nieuwe_werknemers", "huidig")
    np.testing.assert_array_equal(v["werknemer_a"], v["werknemer_b"])
    assert np.all(v["werkgever_a"][:, :7] == 0.0)
    # month 1: 70% x 3.000 = 2.100 < floor 2.431,57 (38 h: 14,71 x 165,3 hours a month, rounded up)
    # -> 2.431,57 + 8% vakantiebijslag 194,53 = 2.626,10
    assert v["werkgever_b"][0, 0] == pytest.approx(2626.10)
    np.testing.assert_array_equal(v["werkgever_a"][:, 7:], v["werkgever_b"][:, 7:])


# --- the command line ------------------------------------------------------------------------------------

def test_cli_scenario_commands(tmp_path):
    runner = CliRunner()
    uit = runner.invoke(app, ["scenario", "lijst"])
    assert uit.exit_code == 0 and "rsc: Alle voorstellen van het RSC" in uit.stdout
    uit = runner.invoke(app, ["scenario", "toon", "compensatie_tv_spoor2"])
    assert uit.exit_code == 0
    assert "Bied de werkgever een plaatsingsbonus" in uit.stdout and "Scorekaart" in uit.stdout
    goed = tmp_path / "iva.yaml"
    goed.write_text(IVA_80, encoding="utf-8")
    assert runner.invoke(app, ["scenario", "controleer", str(goed)]).exit_code == 0
    fout = tmp_path / "fout.yaml"
    fout.write_text(IVA_80.replace("value: 0.8", "value: hoog"), encoding="utf-8")
    uit = runner.invoke(app, ["scenario", "controleer", str(fout)])
    assert uit.exit_code == 2 and f"{fout}, regel 10" in uit.stderr
    verzoek = tmp_path / "v.json"
    verzoek.write_text(json.dumps({"datum": "2026-03-01", "personen": [{"wia_maandloon": 3000.0, "wia_uitkomst": "iva",
                                   "inkomsten_per_maand": 0.0, "dagloon_verhouding": 1.0}],
                                   "bereken": ["iva_uitkering_per_maand"]}), encoding="utf-8")
    uit = runner.invoke(app, ["bereken", str(verzoek), "--scenario", str(goed)])
    assert uit.exit_code == 0 and json.loads(uit.stdout)["resultaten"][0]["iva_uitkering_per_maand"] == 2400.0
    uit = runner.invoke(app, ["bereken", str(verzoek), "--scenario", "bestaat_niet"])
    assert uit.exit_code == 2 and "Onbekend scenario 'bestaat_niet'" in uit.stderr


def test_overview_with_scenario_and_comparison(tmp_path):
    from pathlib import Path

    import spoorzoeker

    voorbeeld = Path(spoorzoeker.__file__).parent / "voorbeelden" / "overzicht_persoon.json"
    html = tmp_path / "ov.html"
    uit = CliRunner().invoke(app, ["overzicht", str(voorbeeld), "--html", str(html), "--werkgever",
                                   "--scenario", "compensatie_tv_spoor2", "--vergelijk", "huidig"])
    assert uit.exit_code == 0, uit.stderr
    tekst = html.read_text(encoding="utf-8")
    assert "Vergelijking: Compensatie transitievergoeding naar succes in spoor 2" in tekst
    assert "dit is een voorstel, geen geldende wet" in tekst.lower()
    # Without a spoor 2 placement UWV compensates half: the employer pays half the transitievergoeding
    # more, in the month the contract ends, in every branch; the employee gets the same.
    v = __import__("spoorzoeker.reports.scenario", fromlist=["vergelijking"]).vergelijking(
        {**json.loads(voorbeeld.read_text(encoding="utf-8")), "soort": "werkgever"}, "compensatie_tv_spoor2", "huidig")
    np.testing.assert_array_equal(v["werknemer_a"], v["werknemer_b"])
    verschil = (v["werkgever_a"] - v["werkgever_b"]).sum(axis=1)
    assert np.all(verschil > 0) and np.allclose(verschil, verschil[0])


@SNEL
@given(start=st.dates(dt.date(2021, 1, 1), dt.date(2026, 6, 1)), grootte=st.integers(1, 5000))
def test_spoor2_inventory_changes_only_its_own_step(start, grootte):
    # With the proposals shown, the scenario changes nothing but the label of the one step it makes law.
    verzoek = {"eerste_ziektedag": start.isoformat(), "vandaag": "2026-06-30", "werkgever_grootte": grootte}
    nu = _stappen(bereken_tijdlijn(verzoek))
    s = _stappen(bereken_tijdlijn({**verzoek, "scenario": "spoor2_inventarisatie_week26"}))
    assert set(s) == set(nu)
    for k, stap in nu.items():
        ander = dict(s[k])
        if k[0] == "spoor2_inventarisatie":
            assert ander.pop("voorstel") is False and ander.pop("scenario") == "spoor2_inventarisatie_week26"
            assert ander.pop("grondslag") == "scenario"
            assert ander.pop("bron").endswith("in het scenario 'spoor2_inventarisatie_week26' een vaste stap")
            stap = {k2: v for k2, v in stap.items() if k2 not in ("voorstel", "grondslag", "bron")}
        assert ander == stap


@SNEL
@given(mkb=st.booleans())
def test_spoor1_obligation_stays_without_a_followed_advice(mkb):
    invoer = {"arbeidsdeskundig_advies_gevolgd": 0.0, "mkb_werkgever": float(mkb)}
    for s in ("geen_plicht_spoor1", "mkb_momenten", "rsc", "nsc"):
        assert _een(s, invoer, "spoor1_blijven_nastreven")[0] == 1.0


@SNEL
@given(loon=st.floats(1000, 9000), ink=st.floats(0, 3000), rvc=st.floats(0, 5000), maand=st.integers(1, 60),
       duurzaam=st.booleans())
def test_horizontal_supervision_and_the_composites_leave_the_wia_amounts_alone(loon, ink, rvc, maand, duurzaam):
    # None of the proposals changes the WIA benefit itself.
    verzoek = {"datum": "2026-03-01", "personen": [{"wia_maandloon": loon, "inkomsten_per_maand": ink,
                                                     "maatmanloon_per_maand": loon,
                                                     "restverdiencapaciteit_per_maand": min(rvc, loon),
                                                     "dagloon_verhouding": 1.0, "wga_maand": float(maand),
                                                     "lgu_duur_maanden": 12.0, "duurzaam": duurzaam}],
               "bereken": ["wga_uitkering_per_maand", "iva_uitkering_per_maand"]}
    basis = bereken(verzoek)["resultaten"]
    for s in ("horizontaal_toezicht", "rsc", "nsc"):
        assert bereken({**verzoek, "scenario": s})["resultaten"] == basis


def test_cli_timeline_and_overview_take_a_scenario(tmp_path):
    runner = CliRunner()
    uit = runner.invoke(app, ["tijdlijn", "--eerste-ziektedag", "2026-01-05", "--scenario", "rsc", "--json"])
    assert uit.exit_code == 0
    antwoord = json.loads(uit.stdout)
    assert antwoord["scenario"]["naam"] == "rsc"
    assert any(s["code"] == "spoor2_inventarisatie" and s["voorstel"] is False for s in antwoord["stappen"])
    kapot = tmp_path / "kapot.yaml"
    kapot.write_text("naam: kapot\n", encoding="utf-8")
    verzoek = tmp_path / "p.json"
    verzoek.write_text(json.dumps({"datum": "2026-03-01", "persoon": {"eerste_ziektedag": "2026-01-05",
                                   "bruto_maandloon": 3000.0, "contracturen_per_week": 38.0,
                                   "geboortedatum": "1980-01-01", "lgu_duur_maanden": 12.0}}), encoding="utf-8")
    uit = runner.invoke(app, ["overzicht", str(verzoek), "--html", str(tmp_path / "o.html"), "--scenario", str(kapot)])
    assert uit.exit_code == 2 and f"{kapot}, regel 1" in uit.stderr and "ontbreekt" in uit.stderr
    assert not (tmp_path / "o.html").exists()


def test_a_service_can_refuse_scenario_files(tmp_path):
    pad = tmp_path / "iva.yaml"
    pad.write_text(IVA_80, encoding="utf-8")
    verzoek = {"datum": "2026-03-01", "personen": [{"wia_maandloon": 3000.0}], "bereken": ["wia_maandloon"],
               "scenario": str(pad)}
    with pytest.raises(ScenarioFout, match="Onbekend scenario"):
        bereken(verzoek, scenario_bestanden=False)
    assert bereken({**verzoek, "scenario": "rsc"}, scenario_bestanden=False)["scenario"]["naam"] == "rsc"
