"""The Poortwachter timeline, tested against the law text. Every expected date is worked out by
hand in the comment next to it (never by running the code). Day 1 is the first sick day, so
"sick day k" is eerste_ziektedag + (k - 1) days."""

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st_

from spoorzoeker.errors import InvoerFout
from spoorzoeker.params import PARAMETER_MAP, ParameterNode
from spoorzoeker.timeline import STAPPEN, VOORSTELLEN, Gevallen, bereken, bereken_tijdlijn
from spoorzoeker.timeline.feestdagen import eerstvolgende_werkdag, feestdagen, pasen

MAANDAG = "2022-01-03"  # law-settled.md §7-8 worked example starts on Monday 3 January 2022


def tijdlijn(parameters=None, **invoer):
    invoer.setdefault("vandaag", "2022-01-03")
    return bereken_tijdlijn(invoer, parameters)


def stap(antwoord, code, nummer=None):
    for s in antwoord["stappen"]:
        if s["code"] == code and (nummer is None or s.get("nummer") == nummer):
            return s
    raise KeyError(code)


def datums(antwoord, code):
    s = stap(antwoord, code)
    return s["voorkeursdatum"], s["uiterste_datum"]


def met(**waarden):
    """The standard parameters with some poortwachter values replaced (how a scenario overrides)."""
    p = ParameterNode.uit_map(PARAMETER_MAP)  # a fresh tree; the shared one stays untouched
    for naam, waarde in waarden.items():
        p.vind(f"poortwachter.{naam}").waarden[:] = waarde
    return p


# ---- The step table for one uninterrupted case ------------------------------------------------

def test_statutory_steps_for_one_uninterrupted_case():
    a = tijdlijn(eerste_ziektedag=MAANDAG)
    # Regeling procesgang art. 2 lid 2: "binnen zes weken na de eerste dag" = day 1 + 42 days
    # = 2022-01-03 + 42 = 2022-02-14 (Monday). Preferred (seed 001): end of week 2 = day 14 = 2022-01-16.
    assert datums(a, "probleemanalyse") == ("2022-01-16", "2022-02-14")
    # Regeling art. 4 lid 1: "binnen twee weken na het oordeel": 2022-02-14 + 14 = 2022-02-28;
    # preferred 2022-01-16 + 14 = 2022-01-30.
    assert datums(a, "plan_van_aanpak") == ("2022-01-30", "2022-02-28")
    # ZW art. 38 lid 1 "uiterlijk op de eerste dag nadat de ongeschiktheid 42 weken heeft geduurd":
    # day 295 = 2022-01-03 + 294 = 2022-10-24 (law-settled §8). "In week 42": day 294 = 2022-10-23.
    assert datums(a, "melding_42e_week") == ("2022-10-23", "2022-10-24")
    # Eerstejaarsevaluatie: weeks 46-52 (practice). Week 46 starts on day 316 = 2022-01-03 + 315 =
    # 2022-11-14, ends on day 322 = 2022-11-20; week 52 ends on day 364 = 2022-01-03 + 363 = 2023-01-01.
    eje = stap(a, "eerstejaarsevaluatie")
    assert (eje["vanaf"], eje["voorkeursdatum"], eje["uiterste_datum"]) == ("2022-11-14", "2022-11-20", "2023-01-01")
    # WIA art. 23 lid 1: 104 weeks = 728 days; the last day is 2022-01-03 + 727 = 2023-12-31, the
    # WIA can start on 2024-01-01 (law-settled §7: "3-1-2022 + 728 days = 1-1-2024").
    assert a["einde_wachttijd"] == "2023-12-31" and a["wia_vroegste_ingangsdatum"] == "2024-01-01"
    # WIA art. 25 lid 3: RIV "uiterlijk dertien weken voor het verstrijken van de wachttijd":
    # 2023-12-31 - 91 = 2023-10-01 (the last day of week 91). Preferred week 89: 2023-12-31 - 105 = 2023-09-17.
    assert datums(a, "re_integratieverslag") == ("2023-09-17", "2023-10-01")
    # WIA art. 64 lid 3: application "uiterlijk elf weken voor afloop": 2023-12-31 - 77 = 2023-10-15
    # (the last day of week 93); preferred week 91: 2023-10-01.
    assert datums(a, "wia_aanvraag") == ("2023-10-01", "2023-10-15")
    # WIA art. 64 lid 2: UWV's letter "uiterlijk op de dag waarop de wachttijd 89 weken heeft geduurd":
    # day 623 = 2022-01-03 + 622 = 2023-09-17; "in de 88e week" ends on day 616 = 2023-09-10.
    assert datums(a, "wia_brief_uwv") == ("2023-09-10", "2023-09-17")
    for s in a["stappen"]:
        assert s["bron"] and s["omschrijving"] and s["status"] == "open"


def test_every_step_has_a_dutch_description_and_a_source():
    for code, info in STAPPEN.items():
        assert info.omschrijving and info.bron and info.grondslag in {"wet", "beleid", "praktijk", "voorstel"}
        if info.grondslag == "wet":
            assert info.url and info.url.startswith("https://wetten.overheid.nl/"), code


# ---- Samentelling (BW 7:629 lid 10, ZW art. 29 lid 5, WIA art. 23 lid 3) -----------------------

def test_samentelling_the_law_settled_example():
    # law-settled §7 (rviregister.nl): sick 3-1-2022 to 3-7-2022, healthy 4-7 to 24-7 (21 days),
    # sick again from 25-7-2022. The 104 weeks "now end on 22-1-2024": the last day moves from
    # 2023-12-31 to 2023-12-31 + 21 = 2024-01-21 and the WIA can start on 2024-01-22.
    a = tijdlijn(ziekteperiodes=[{"van": MAANDAG, "tot_en_met": "2022-07-03"}, {"van": "2022-07-25"}],
                 vandaag="2022-09-01")
    assert a["eerste_ziektedag"] == MAANDAG
    assert a["onderbrekingen"] == [{"van": "2022-07-04", "tot_en_met": "2022-07-24", "dagen": 21, "reden": "hersteld"}]
    assert a["einde_wachttijd"] == "2024-01-21" and a["wia_vroegste_ingangsdatum"] == "2024-01-22"
    # ZW art. 38 lid 1 counts the same way: 2022-10-24 + 21 = 2022-11-14.
    assert stap(a, "melding_42e_week")["uiterste_datum"] == "2022-11-14"
    # A step before the gap does not move: the probleemanalyse stays 2022-02-14.
    assert stap(a, "probleemanalyse")["uiterste_datum"] == "2022-02-14"
    # Sick days up to 2022-09-01: 182 (3-1 to 3-7) + 39 (25-7 to 1-9) = 221 -> sick week 32.
    assert a["ziekteweek"] == 32


def test_a_gap_of_27_days_adds_up_and_28_days_starts_a_new_wachttijd():
    eerste = {"van": MAANDAG, "tot_en_met": "2022-01-14"}
    # Healthy 2022-01-15 to 2022-02-10 = 17 + 10 = 27 days: "minder dan vier weken", so it adds
    # up; the end moves from 2023-12-31 by 27 days to 2024-01-27.
    a = tijdlijn(ziekteperiodes=[eerste, {"van": "2022-02-11"}], vandaag="2022-03-01")
    assert a["eerste_ziektedag"] == MAANDAG and a["einde_wachttijd"] == "2024-01-27"
    assert a["eerdere_wachttijden"] == []
    # Healthy 2022-01-15 to 2022-02-11 = 28 days: four weeks, a new wachttijd from 2022-02-12.
    # 2022-02-12 + 730 days = 2024-02-12 (no leap day in between), so + 727 = 2024-02-09.
    b = tijdlijn(ziekteperiodes=[eerste, {"van": "2022-02-12"}], vandaag="2022-03-01")
    assert b["eerste_ziektedag"] == "2022-02-12" and b["einde_wachttijd"] == "2024-02-09"
    assert b["eerdere_wachttijden"] == [{"van": MAANDAG, "tot_en_met": "2022-01-14"}]


def test_periods_may_come_in_any_order_and_adjacent_periods_leave_no_gap():
    # 2022-01-03..2022-01-31 and 2022-02-01.. follow each other directly: no gap, same end 2023-12-31.
    a = tijdlijn(ziekteperiodes=[{"van": "2022-02-01"}, {"van": MAANDAG, "tot_en_met": "2022-01-31"}], vandaag="2022-03-01")
    assert a["onderbrekingen"] == [] and a["einde_wachttijd"] == "2023-12-31"


def test_partial_recovery_does_not_stop_the_count():
    # Partial recovery is still incapacity (one period); the event is recorded, the dates stay:
    # end of the wachttijd 2023-12-31 as in the uninterrupted case.
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2022-05-02",
                 gebeurtenissen=[{"soort": "gedeeltelijk_herstel", "datum": "2022-05-02"}])
    assert a["einde_wachttijd"] == "2023-12-31" and a["gedeeltelijk_herstel"] == ["2022-05-02"]


# ---- Loonsanctie (WIA art. 25 lid 9-14) and postponement (WIA art. 24) ---------------------------

def test_loonsanctie_of_52_weeks():
    # WIA art. 25 lid 9: the loon period is extended by at most 52 weeks. The wachttijd still ends
    # on 2023-12-31; the loondoorbetaling ends 364 days later: 2023-12-31 + 367 = 2025-01-01 (2024
    # is a leap year), so + 364 = 2024-12-29 (a Sunday, like 2023-12-31). WIA from 2024-12-30.
    a = tijdlijn(eerste_ziektedag=MAANDAG, gebeurtenissen=[{"soort": "loonsanctie", "weken": 52}])
    assert a["einde_wachttijd"] == "2023-12-31"
    assert a["einde_loondoorbetaling"] == "2024-12-29" and a["wia_vroegste_ingangsdatum"] == "2024-12-30"
    assert a["loonsanctie_weken"] == 52
    assert stap(a, "einde_loondoorbetaling")["uiterste_datum"] == "2024-12-29"
    with pytest.raises(InvoerFout, match="weken"):  # "De verlenging ... is ten hoogste 52 weken."
        tijdlijn(eerste_ziektedag=MAANDAG, gebeurtenissen=[{"soort": "loonsanctie", "weken": 53}])


def test_loonsanctie_decided_after_the_wachttijd_is_not_applied():
    # WIA art. 25 lid 11: no extension if UWV decides after the end of the wachttijd (2023-12-31).
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2024-01-02",
                 gebeurtenissen=[{"soort": "loonsanctie", "weken": 52, "besluit_op": "2024-01-02"}])
    assert a["einde_loondoorbetaling"] == "2023-12-31" and a["loonsanctie_weken"] == 0
    assert "art. 25 lid 11" in a["opmerkingen"][0]


def test_herstelmelding_uwv_term_moves_past_good_friday_easter_and_ends_the_sanction_six_weeks_later():
    # WIA art. 25 lid 13: UWV decides within three weeks of the herstelmelding. Melding Friday
    # 2024-03-08 + 21 = Friday 2024-03-29 = Goede Vrijdag (Easter 2024 is 31 March; Atw art. 3 lid 2);
    # Sat 30, Sun 31 and tweede Paasdag Mon 1 April are no working days either (Atw art. 1 lid 1):
    # the term ends on Tuesday 2024-04-02.
    sanctie = {"soort": "loonsanctie", "weken": 52}
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2024-03-10",
                 gebeurtenissen=[sanctie, {"soort": "herstelmelding", "datum": "2024-03-08"}])
    assert stap(a, "uwv_besluit_herstel")["uiterste_datum"] == "2024-04-02"
    assert stap(a, "uwv_besluit_herstel")["status"] == "open"
    # Lid 14: the sanction ends six weeks after UWV established the repair: 2024-04-02 + 42 = 2024-05-14.
    b = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2024-04-10", gebeurtenissen=[
        sanctie, {"soort": "herstelmelding", "datum": "2024-03-08", "besluit_op": "2024-04-02", "hersteld": True}])
    assert b["einde_loondoorbetaling"] == "2024-05-14"
    # ... and "zoveel eerder als de beschikking later is afgegeven": a decision 7 days late
    # (2024-04-09) gives 2024-04-09 + 42 - 7 = 2024-05-14 again.
    c = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2024-04-10", gebeurtenissen=[
        sanctie, {"soort": "herstelmelding", "datum": "2024-03-08", "besluit_op": "2024-04-09", "hersteld": True}])
    assert c["einde_loondoorbetaling"] == "2024-05-14"
    # Not repaired: the full 52 weeks (2024-12-29).
    d = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2024-04-10", gebeurtenissen=[
        sanctie, {"soort": "herstelmelding", "datum": "2024-03-08", "besluit_op": "2024-04-02", "hersteld": False}])
    assert d["einde_loondoorbetaling"] == "2024-12-29"


def test_voluntary_postponement_moves_riv_and_application():
    # WIA art. 24: UWV extends the loon period to a date it sets, here 2024-06-30. Art. 25 lid 4:
    # RIV 13 weeks before its end: 2024-06-30 - 91 = 2024-03-31; art. 64 lid 3: application
    # 11 weeks before: 2024-06-30 - 77 = 2024-04-14. The wachttijd itself still ends 2023-12-31.
    a = tijdlijn(eerste_ziektedag=MAANDAG, gebeurtenissen=[{"soort": "uitstel_wia", "tot": "2024-06-30"}])
    assert a["einde_wachttijd"] == "2023-12-31" and a["einde_loondoorbetaling"] == "2024-06-30"
    assert stap(a, "re_integratieverslag")["uiterste_datum"] == "2024-03-31"
    assert stap(a, "wia_aanvraag")["uiterste_datum"] == "2024-04-14"
    # Given in weeks: 13 weeks after 2023-12-31 = 2024-03-31.
    b = tijdlijn(eerste_ziektedag=MAANDAG, gebeurtenissen=[{"soort": "uitstel_wia", "weken": 13}])
    assert b["einde_loondoorbetaling"] == "2024-03-31"
    with pytest.raises(InvoerFout, match="uitstel_wia"):
        tijdlijn(eerste_ziektedag=MAANDAG, gebeurtenissen=[{"soort": "uitstel_wia", "tot": "2023-06-30"}])


def test_postponement_then_loonsanctie_counts_from_the_extended_end():
    # 2024-06-30 + 52 weeks (364 days): 2024-06-30 + 365 = 2025-06-30, so - 1 = 2025-06-29.
    a = tijdlijn(eerste_ziektedag=MAANDAG, gebeurtenissen=[
        {"soort": "uitstel_wia", "tot": "2024-06-30"}, {"soort": "loonsanctie", "weken": 52}])
    assert a["einde_loondoorbetaling"] == "2025-06-29"


# ---- Weekends and feestdagen: the Algemene termijnenwet -----------------------------------------

def test_atw_feestdagen_and_easter():
    # Atw art. 3: Easter Sundays 2023-04-09, 2024-03-31, 2025-04-20, 2026-04-05 (published calendars).
    assert [pasen(j).isoformat() for j in (2023, 2024, 2025, 2026)] == [
        "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05"]
    # 2025: Nieuwjaarsdag, Goede Vrijdag 18-4, tweede Paasdag 21-4, Koningsdag on Saturday 26-4
    # (27-4 is a Sunday), 5 mei, Hemelvaart 29-5 (Easter + 39), tweede Pinksterdag 9-6 (Easter + 50),
    # Kerstdagen.
    assert [d.isoformat() for d in feestdagen(2025)] == [
        "2025-01-01", "2025-04-18", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29", "2025-06-09",
        "2025-12-25", "2025-12-26"]
    # Saturday 2024-12-28 -> Monday 2024-12-30; 5 mei 2022 (Thursday, every year under the Atw) -> 6 mei.
    assert list(eerstvolgende_werkdag(np.array(["2024-12-28", "2022-05-05", "2022-05-09"], "datetime64[D]"))) == [
        np.datetime64("2024-12-30"), np.datetime64("2022-05-06"), np.datetime64("2022-05-09")]


def test_42nd_week_on_easter_monday_law_text_versus_uwv_working_day():
    # First sick day Monday 2022-06-20; day 295 = 2022-06-20 + 294 = 2023-04-10 = tweede Paasdag
    # (Easter 2023 is 9 April). ZW art. 38 lid 1 says "eerste dag", and the Atw does not apply to a
    # term of more than twelve weeks (art. 4 a): the deadline stays 2023-04-10 (law-settled §8).
    a = tijdlijn(eerste_ziektedag="2022-06-20", vandaag="2022-06-20")
    assert stap(a, "melding_42e_week")["uiterste_datum"] == "2023-04-10"
    # UWV writes "uiterlijk de eerste werkdag na de 42e ziekteweek" (product-anchors 1f, L3). With
    # that convention switched on the deadline is the next working day, Tuesday 2023-04-11.
    b = tijdlijn(met(melding_42e_week_eerste_werkdag=1), eerste_ziektedag="2022-06-20", vandaag="2022-06-20")
    assert stap(b, "melding_42e_week")["uiterste_datum"] == "2023-04-11"


def test_probleemanalyse_on_easter_monday_atw_only_by_analogy():
    # First sick day Monday 2025-03-10 + 42 = 2025-04-21 = tweede Paasdag (Easter 2025 is 20 April).
    # The Regeling procesgang is a ministeriele regeling: the Atw (wet, art. 1; AMvB, art. 5) does
    # not apply, so by default the deadline stays 2025-04-21 and the plan van aanpak is due
    # 2025-04-21 + 14 = 2025-05-05 (5 mei, also a feestdag, also not moved).
    a = tijdlijn(eerste_ziektedag="2025-03-10", vandaag="2025-03-10")
    assert stap(a, "probleemanalyse")["uiterste_datum"] == "2025-04-21"
    assert stap(a, "plan_van_aanpak")["uiterste_datum"] == "2025-05-05"
    # Applied by analogy: 2025-04-22 (Tuesday), and the plan 2025-04-22 + 14 = 2025-05-06 (Tuesday).
    b = tijdlijn(met(atw_regeling_naar_analogie=1), eerste_ziektedag="2025-03-10", vandaag="2025-03-10")
    assert stap(b, "probleemanalyse")["uiterste_datum"] == "2025-04-22"
    assert stap(b, "plan_van_aanpak")["uiterste_datum"] == "2025-05-06"


# ---- Status -------------------------------------------------------------------------------------

D0 = "2026-01-05"  # Monday. Probleemanalyse: preferred end of week 2 = 2026-01-18, latest 2026-01-05 + 42 = 2026-02-16.


@pytest.mark.parametrize("gedaan, vandaag, status, nodig", [
    ("2026-01-15", "2026-03-01", "gedaan", False),                 # before the preferred date
    ("2026-02-01", "2026-03-01", "gedaan", True),                  # in time, but after the preferred date: explain why
    ({"datum": "2026-02-01", "motivering": "Bedrijfsarts pas na drie weken beschikbaar."}, "2026-03-01", "gedaan", False),
    ("2026-02-20", "2026-03-01", "te_laat", True),                 # after 2026-02-16 without a motivation
    ({"datum": "2026-02-20", "motivering": "Verzuim leek eerst kort (art. 2 lid 3)."}, "2026-03-01",
     "gedaan_buiten_termijn_met_motivering", False),
    (None, "2026-01-10", "open", False),                           # nothing due yet
    (None, "2026-02-10", "open", True),                            # preferred date passed, deadline not yet
    (None, "2026-02-16", "open", True),                            # the deadline day itself is still in time
    (None, "2026-02-17", "te_laat", True),
])
def test_status_of_the_probleemanalyse(gedaan, vandaag, status, nodig):
    invoer = {"eerste_ziektedag": D0, "vandaag": vandaag}
    if gedaan is not None:
        invoer["gedaan"] = {"probleemanalyse": gedaan}
    s = stap(bereken_tijdlijn(invoer), "probleemanalyse")
    assert (s["status"], s["motivering_nodig"]) == (status, nodig)


def test_eerstejaarsevaluatie_before_its_window():
    # Week 46 starts on day 316 = 2026-01-05 + 315 = 2026-11-16. Done on 2026-08-01: too early.
    a = bereken_tijdlijn({"eerste_ziektedag": D0, "vandaag": "2026-09-01",
                          "gedaan": {"eerstejaarsevaluatie": "2026-08-01"}})
    assert stap(a, "eerstejaarsevaluatie")["status"] == "te_vroeg"
    b = bereken_tijdlijn({"eerste_ziektedag": D0, "vandaag": "2026-09-01", "gedaan": {"eerstejaarsevaluatie": {
        "datum": "2026-08-01", "motivering": "Vervroegd: spoor 2 direct nodig."}}})
    assert stap(b, "eerstejaarsevaluatie")["status"] == "gedaan_buiten_termijn_met_motivering"


def test_recovered_employee_steps_lapse():
    # Sick 2026-01-05 to 2026-02-27, healthy on 2026-03-20. The probleemanalyse was due 2026-02-16
    # (while sick) and not done: te_laat. The 42nd-week report (due 2026-01-05 + 294 = 2026-10-26)
    # is no longer needed: vervallen; so is the end of the wachttijd.
    a = bereken_tijdlijn({"ziekteperiodes": [{"van": D0, "tot_en_met": "2026-02-27"}], "vandaag": "2026-03-20"})
    assert a["hersteld_op"] == "2026-02-27"
    assert stap(a, "probleemanalyse")["status"] == "te_laat"
    assert stap(a, "melding_42e_week")["uiterste_datum"] == "2026-10-26"
    assert stap(a, "melding_42e_week")["status"] == "vervallen"
    assert stap(a, "einde_wachttijd")["status"] == "vervallen"
    # A relapse counts on if the gap stays under four weeks: back sick at the latest on
    # 2026-02-27 + 28 = 2026-03-27 (healthy 2026-02-28 .. 2026-03-26 = 27 days).
    assert "hersteld sinds 2026-02-28" in a["opmerkingen"][0] and "uiterlijk op 2026-03-27" in a["opmerkingen"][0]


def test_evaluations_roll_six_weeks_from_the_previous_one():
    # Plan van aanpak done 2026-02-10. Evaluation 1 due 2026-02-10 + 42 = 2026-03-24, done
    # 2026-03-20 (gedaan). Evaluation 2 due 2026-03-20 + 42 = 2026-05-01, done 2026-05-08 (te_laat).
    # The next one (3) is due 2026-05-08 + 42 = 2026-06-19.
    a = bereken_tijdlijn({"eerste_ziektedag": D0, "vandaag": "2026-05-10", "gedaan": {
        "probleemanalyse": "2026-02-01", "plan_van_aanpak": "2026-02-10", "evaluatie": ["2026-05-08", "2026-03-20"]}})
    e1, e2, e3 = stap(a, "evaluatie", 1), stap(a, "evaluatie", 2), stap(a, "evaluatie", 3)
    assert (e1["uiterste_datum"], e1["status"]) == ("2026-03-24", "gedaan")
    assert (e2["uiterste_datum"], e2["status"]) == ("2026-05-01", "te_laat")
    assert (e3["uiterste_datum"], e3["status"]) == ("2026-06-19", "open")


def test_track_choice_needs_a_motivation_and_spoor_2_must_start_after_the_eerstejaarsevaluatie():
    # Eerstejaarsevaluatie done 2022-12-01; spoor 2 chosen: start within 6 weeks = 2022-12-01 + 42 = 2023-01-12.
    keuze = {"soort": "spoorkeuze", "datum": "2022-11-25", "spoor": "spoor_2"}
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2022-12-05", gedaan={"eerstejaarsevaluatie": "2022-12-01"},
                 gebeurtenissen=[keuze])
    assert stap(a, "spoorkeuze")["status"] == "gedaan" and stap(a, "spoorkeuze")["motivering_nodig"] is True
    assert stap(a, "spoor2_start")["uiterste_datum"] == "2023-01-12"
    b = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2022-12-05",
                 gebeurtenissen=[{**keuze, "spoor": "spoor_1", "motivering": "Passend werk."}])
    assert stap(b, "spoorkeuze")["motivering_nodig"] is False
    assert "spoor2_start" not in {s["code"] for s in b["stappen"]}


# ---- The proposals of the seeds (R8) ------------------------------------------------------------

def test_proposals_with_their_dates_for_a_small_employer():
    a = tijdlijn(eerste_ziektedag=MAANDAG, werkgever_grootte=12)
    # Financial talk after week 13: from day 92 = 2022-04-04, preferred end of week 14 (day 98) =
    # 2022-04-10, at the latest end of week 17 (day 119) = 2022-05-01.
    f = stap(a, "financieel_inzichtgesprek")
    assert (f["vanaf"], f["voorkeursdatum"], f["uiterste_datum"]) == ("2022-04-04", "2022-04-10", "2022-05-01")
    # Medical check around 6 months (2022-07-03), at the latest the last day of month 9 (2022-10-02).
    assert datums(a, "medische_toetsing") == ("2022-07-03", "2022-10-02")
    # Spoor 2 inventory from week 26 (end: day 182 = 2022-07-03), at the latest at the EJE (2023-01-01).
    assert datums(a, "spoor2_inventarisatie") == ("2022-07-03", "2023-01-01")
    # Casemanager once 4 weeks have passed: day 29 = 2022-01-31.
    assert stap(a, "casemanager")["uiterste_datum"] == "2022-01-31"
    # Small employer: profile by week 26 (2022-07-03), advice by week 30 (day 210 = 2022-07-31),
    # evaluation by week 52 (2023-01-01).
    assert stap(a, "inzetbaarheidsprofiel")["uiterste_datum"] == "2022-07-03"
    assert stap(a, "arbeidsdeskundig_advies")["uiterste_datum"] == "2022-07-31"
    assert stap(a, "evaluatie_week_52")["uiterste_datum"] == "2023-01-01"
    assert all(s["voorstel"] == (s["code"] in VOORSTELLEN) for s in a["stappen"])


def test_proposals_switched_off_leave_only_the_law():
    codes = {s["code"] for s in tijdlijn(eerste_ziektedag=MAANDAG, werkgever_grootte=12, voorstellen=False)["stappen"]}
    assert not codes & set(VOORSTELLEN)
    assert {"probleemanalyse", "plan_van_aanpak", "melding_42e_week", "eerstejaarsevaluatie",
            "re_integratieverslag", "wia_aanvraag", "einde_wachttijd"} <= codes
    # One proposal off; the scenario parameter off; a large employer has no small-employer steps.
    een = {s["code"] for s in tijdlijn(eerste_ziektedag=MAANDAG, voorstellen={"medische_toetsing": False})["stappen"]}
    assert "medische_toetsing" not in een and "financieel_inzichtgesprek" in een
    scenario = {s["code"] for s in tijdlijn(met(voorstellen_aan=0), eerste_ziektedag=MAANDAG)["stappen"]}
    assert not scenario & set(VOORSTELLEN)
    groot = {s["code"] for s in tijdlijn(eerste_ziektedag=MAANDAG, werkgever_grootte=25)["stappen"]}
    assert "inzetbaarheidsprofiel" not in groot and "financieel_inzichtgesprek" in groot
    spoor1 = {s["code"] for s in tijdlijn(eerste_ziektedag=MAANDAG, werkt_in_spoor_1=True)["stappen"]}
    assert "medische_toetsing" not in spoor1


# ---- One code path: a batch gives the same dates as cases one by one ---------------------------

def test_batch_equals_single_cases():
    eersten = ["2022-01-03", "2023-05-17", "2025-03-10", "2026-02-28"]
    g = Gevallen.maak(np.array(eersten, "datetime64[D]"), np.datetime64("2026-06-01"),
                      werkgever_grootte=np.array([12.0, 40.0, 3.0, np.nan]),
                      loonsanctie_weken=np.array([0.0, 52.0, 10.0, 0.0]))
    batch = bereken(g)
    for i, d0 in enumerate(eersten):
        invoer = {"eerste_ziektedag": d0, "vandaag": "2026-06-01"}
        if not np.isnan(g.werkgever_grootte[i]):
            invoer["werkgever_grootte"] = int(g.werkgever_grootte[i])
        if g.loonsanctie_weken[i]:
            invoer["gebeurtenissen"] = [{"soort": "loonsanctie", "weken": int(g.loonsanctie_weken[i])}]
        een = bereken_tijdlijn(invoer)
        assert een["einde_loondoorbetaling"] == str(batch.einde_loondoorbetaling[i])
        for s in een["stappen"]:
            b = batch.stap(s["code"])
            assert s["uiterste_datum"] == str(b.uiterste_datum[i]), (d0, s["code"])
            assert s["status"] == ["open", "gedaan", "te_laat", "te_vroeg", "gedaan_buiten_termijn_met_motivering",
                                   "vervallen", "verstreken"][b.status[i]]


# ---- Bad input: one Dutch sentence naming the field ------------------------------------------

@pytest.mark.parametrize("invoer, veld", [
    ({}, "ziekteperiodes"),
    ({"ziekteperiodes": [{"van": "2022-13-01"}]}, "ziekteperiodes[0].van"),
    ({"ziekteperiodes": [{"van": "2022-02-01", "tot_en_met": "2022-01-01"}]}, "ziekteperiodes[0].tot_en_met"),
    ({"ziekteperiodes": [{"van": "2022-01-01"}, {"van": "2022-03-01"}]}, "ziekteperiodes[0].tot_en_met"),
    ({"ziekteperiodes": [{"van": "2022-01-01", "tot_en_met": "2022-02-01"}, {"van": "2022-01-20"}]},
     "ziekteperiodes[1].van"),
    ({"eerste_ziektedag": "2019-06-01"}, "ziekteperiodes"),
    ({"eerste_ziektedag": MAANDAG, "werkgever_grootte": -3}, "werkgever_grootte"),
    ({"eerste_ziektedag": MAANDAG, "gedaan": {"probleemanalise": MAANDAG}}, "gedaan.probleemanalise"),
    ({"eerste_ziektedag": MAANDAG, "gebeurtenissen": [{"soort": "ontslag"}]}, "gebeurtenissen[0].soort"),
    ({"eerste_ziektedag": MAANDAG, "onbekend": 1}, "onbekend"),
])
def test_bad_input_names_the_field(invoer, veld):
    with pytest.raises(InvoerFout) as e:
        bereken_tijdlijn({"vandaag": "2022-06-01", **invoer})
    assert e.value.veld == veld and "\n" not in str(e.value)


def test_no_clock_today_is_an_argument():
    with pytest.raises(InvoerFout, match="vandaag"):
        bereken_tijdlijn({"eerste_ziektedag": MAANDAG})
    a = bereken_tijdlijn({"eerste_ziektedag": MAANDAG}, vandaag=dt.date(2022, 3, 1))
    assert a["vandaag"] == "2022-03-01"


# ---- Invariant: healthy gaps under four weeks move the end by exactly their length ----------------


@settings(max_examples=100, deadline=None)
@given(st_.dates(dt.date(2020, 1, 1), dt.date(2026, 6, 30)),
       st_.lists(st_.tuples(st_.integers(1, 200), st_.integers(1, 27)), max_size=3))
def test_gaps_under_four_weeks_move_the_end_by_their_length(eerste, stukken):
    # BW 7:629 lid 10 / WIA art. 23 lid 3: the wachttijd is 728 sick days; healthy days in gaps
    # under four weeks do not count, so the last day is day 1 + 727 + the healthy days before it.
    periodes, van, ziek, gaten = [], eerste, 0, 0
    for lengte, gat in stukken:
        if ziek + lengte >= 728:
            break
        tot = van + dt.timedelta(days=lengte - 1)
        periodes.append({"van": van.isoformat(), "tot_en_met": tot.isoformat()})
        ziek, gaten, van = ziek + lengte, gaten + gat, tot + dt.timedelta(days=gat + 1)
    periodes.append({"van": van.isoformat()})
    a = bereken_tijdlijn({"ziekteperiodes": periodes, "vandaag": van.isoformat()})
    assert a["eerste_ziektedag"] == eerste.isoformat()
    assert a["einde_wachttijd"] == (eerste + dt.timedelta(days=727 + gaten)).isoformat()
    assert sum(o["dagen"] for o in a["onderbrekingen"]) == gaten
