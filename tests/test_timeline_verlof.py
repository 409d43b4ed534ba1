"""The timeline rules added after the review against the law text (decision T10): zwangerschaps- en
bevallingsverlof in the count, a late WIA application, the pause of a loonsanctie during that leave,
and the verkorte wachttijd. Every expected date is worked out by hand in the comment next to it.
Day 1 is the first sick day; the case starts on Monday 3 January 2022, so without anything else the
wachttijd ends on 2023-12-31 (day 728) and the WIA application is due on 2023-10-15 (end of week 93)."""

import pytest

from spoorzoeker.errors import InvoerFout
from spoorzoeker.timeline import bereken_tijdlijn

MAANDAG = "2022-01-03"
VERLOF = {"van": "2022-03-07", "tot_en_met": "2022-06-26"}  # 16 weeks: 2022-03-07 + 111 days = 2022-06-26


def tijdlijn(**invoer):
    invoer.setdefault("vandaag", "2022-09-01")
    return bereken_tijdlijn(invoer)


def stap(antwoord, code):
    return next(s for s in antwoord["stappen"] if s["code"] == code)


def codes(antwoord):
    return {s["code"] for s in antwoord["stappen"]}


# ---- (a) Zwangerschaps- en bevallingsverlof: WIA art. 23 lid 3 en 5, BW 7:629 lid 4 en 10, ZW art. 38 lid 1

def test_sick_before_and_after_the_leave_adds_up_and_the_leave_does_not_count():
    # Sick 2022-01-03 to 2022-03-06, leave 2022-03-07 to 2022-06-26 (112 days), sick again from
    # 2022-06-27. The gap of 112 days is more than four weeks, but the periods "direct voorafgaan aan
    # en aansluiten op" the leave (WIA art. 23 lid 3 a onder 2°; BW 7:629 lid 10): they add up, and
    # the leave days do not count (WIA art. 23 lid 5 a). The end moves by 112 days:
    # 2023-12-31 + 112 = 2024-04-21 (31 to Jan 31, 29 to Feb 29, 31 to Mar 31, 21 more); WIA from 2024-04-22.
    a = tijdlijn(ziekteperiodes=[{"van": MAANDAG, "tot_en_met": "2022-03-06"}, {"van": "2022-06-27"}],
                 zwangerschapsverlof=[VERLOF])
    assert a["eerste_ziektedag"] == MAANDAG and a["eerdere_wachttijden"] == []
    assert a["onderbrekingen"] == [{"van": "2022-03-07", "tot_en_met": "2022-06-26", "dagen": 112, "reden": "verlof"}]
    assert a["einde_wachttijd"] == "2024-04-21" and a["wia_vroegste_ingangsdatum"] == "2024-04-22"
    # ZW art. 38 lid 1 leaves the leave out of the 42 weeks too: day 295 = 2022-10-24, + 112 = 2023-02-13.
    assert stap(a, "melding_42e_week")["uiterste_datum"] == "2023-02-13"
    # The probleemanalyse (day 43 = 2022-02-14) lies before the leave and does not move.
    assert stap(a, "probleemanalyse")["uiterste_datum"] == "2022-02-14"


def test_sick_during_the_leave_counts_the_same_as_sick_around_it():
    # One open sick period through the leave: the leave days are cut out (no loon, BW 7:629 lid 4;
    # no wachttijd, WIA art. 23 lid 5 a), so the answer is the one above: 2024-04-21.
    a = tijdlijn(ziekteperiodes=[{"van": MAANDAG}], zwangerschapsverlof=[VERLOF])
    assert a["einde_wachttijd"] == "2024-04-21"
    # Given as two adjacent leaves (zwangerschaps- then bevallingsverlof) it is one leave: same end.
    b = tijdlijn(ziekteperiodes=[{"van": MAANDAG}], zwangerschapsverlof=[
        {"van": "2022-03-07", "tot_en_met": "2022-04-10"}, {"van": "2022-04-11", "tot_en_met": "2022-06-26"}])
    assert b["einde_wachttijd"] == "2024-04-21"


def test_another_cause_after_the_leave_starts_a_new_wachttijd():
    # "tenzij de ongeschiktheid ... redelijkerwijs niet geacht kan worden voort te vloeien uit dezelfde
    # oorzaak": a new wachttijd from 2022-06-27. 2022-06-27 + 730 days = 2024-06-26 (two years with
    # 29 February 2024 in between is 731 days), so + 727 = 2024-06-23.
    a = tijdlijn(ziekteperiodes=[{"van": MAANDAG, "tot_en_met": "2022-03-06"}, {"van": "2022-06-27"}],
                 zwangerschapsverlof=[{**VERLOF, "zelfde_oorzaak": False}])
    assert a["eerste_ziektedag"] == "2022-06-27" and a["einde_wachttijd"] == "2024-06-23"
    assert a["eerdere_wachttijden"] == [{"van": MAANDAG, "tot_en_met": "2022-03-06"}]


def test_healthy_days_between_sickness_and_leave_break_the_chain():
    # Sick to 2022-03-06, healthy 2022-03-07 to 2022-03-13, leave 2022-03-14 to 2022-07-03, sick from
    # 2022-07-04. The periods do not "direct voorafgaan aan" the leave, and the gap (7 + 112 days) is
    # four weeks or more: a new wachttijd from 2022-07-04 (the text read literally; decision T10).
    a = tijdlijn(ziekteperiodes=[{"van": MAANDAG, "tot_en_met": "2022-03-06"}, {"van": "2022-07-04"}],
                 zwangerschapsverlof=[{"van": "2022-03-14", "tot_en_met": "2022-07-03"}])
    assert a["eerste_ziektedag"] == "2022-07-04"


def test_on_leave_today_is_not_recovered():
    # Sick to 2022-03-06, on leave until 2022-06-26, today 2022-04-01: the count pauses, it does not
    # stop; the dates assume the sickness goes on after the leave (end 2024-04-21, as above).
    a = tijdlijn(ziekteperiodes=[{"van": MAANDAG, "tot_en_met": "2022-03-06"}], zwangerschapsverlof=[VERLOF],
                 vandaag="2022-04-01")
    assert a["hersteld_op"] is None and a["einde_wachttijd"] == "2024-04-21"
    assert stap(a, "melding_42e_week")["status"] == "open"


@pytest.mark.parametrize("verlof, veld", [
    ([{"van": "2022-03-07"}], "zwangerschapsverlof[0].tot_en_met"),
    ([{"van": "2022-03-07", "tot_en_met": "2022-03-01"}], "zwangerschapsverlof[0].tot_en_met"),
    ([VERLOF, {"van": "2022-06-01", "tot_en_met": "2022-07-01"}], "zwangerschapsverlof"),
    ([{**VERLOF, "reden": "x"}], "zwangerschapsverlof[0]"),
])
def test_bad_leave_names_the_field(verlof, veld):
    with pytest.raises(InvoerFout) as e:
        tijdlijn(eerste_ziektedag=MAANDAG, zwangerschapsverlof=verlof)
    assert e.value.veld == veld


# ---- (b) A late WIA application: BW 7:629 lid 11 onder a, WIA art. 64 lid 3 en 6 ----------------

def test_a_late_application_extends_the_loondoorbetaling_by_the_delay():
    # Due 2023-10-15 (WIA art. 64 lid 3), made 2023-10-25: 10 days late. "Het tijdvak van 104 weken
    # ... wordt verlengd met de duur van de vertraging": the loon ends 2023-12-31 + 10 = 2024-01-10,
    # the WIA can start 2024-01-11; the wachttijd itself still ends 2023-12-31.
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2023-11-01", gedaan={"wia_aanvraag": "2023-10-25"})
    assert a["einde_wachttijd"] == "2023-12-31" and a["einde_loondoorbetaling"] == "2024-01-10"
    assert a["wia_vroegste_ingangsdatum"] == "2024-01-11" and a["wia_aanvraag_vertraging_dagen"] == 10
    assert stap(a, "wia_aanvraag")["status"] == "te_laat"
    assert any("art. 7:629 lid 11 onder a" in o for o in a["opmerkingen"])
    # In time (2023-10-15): nothing moves.
    b = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2023-11-01", gedaan={"wia_aanvraag": "2023-10-15"})
    assert b["einde_loondoorbetaling"] == "2023-12-31" and b["wia_aanvraag_vertraging_dagen"] == 0


def test_an_application_not_yet_made_extends_day_by_day():
    # Today 2023-10-20, no application: 2023-10-20 - 2023-10-15 = 5 days so far: 2024-01-05.
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2023-10-20")
    assert a["einde_loondoorbetaling"] == "2024-01-05" and a["wia_aanvraag_vertraging_dagen"] == 5


def test_recovered_before_the_deadline_nothing_is_late():
    # Sick 2022-01-03 to 2023-07-02, today 2023-11-01: the application (due 2023-10-15) is no longer
    # needed (status vervallen), so it cannot be late and the loon is not extended.
    a = tijdlijn(ziekteperiodes=[{"van": MAANDAG, "tot_en_met": "2023-07-02"}], vandaag="2023-11-01")
    assert stap(a, "wia_aanvraag")["status"] == "vervallen"
    assert a["wia_aanvraag_vertraging_dagen"] == 0 and a["einde_loondoorbetaling"] == "2023-12-31"


def test_a_late_uwv_letter_gives_four_weeks():
    # WIA art. 64 lid 2: UWV writes by day 623 = 2023-09-17; its letter came on 2023-10-02. Lid 6:
    # an application "binnen vier weken nadat deze kennisgeving is ontvangen" is in time:
    # 2023-10-02 + 28 = 2023-10-30 (Monday). Made 2023-10-25: in time, no extension.
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2023-11-01",
                 gedaan={"wia_brief_uwv": "2023-10-02", "wia_aanvraag": "2023-10-25"})
    assert stap(a, "wia_aanvraag")["uiterste_datum"] == "2023-10-30"
    assert a["einde_loondoorbetaling"] == "2023-12-31" and a["wia_aanvraag_vertraging_dagen"] == 0
    # The four weeks are a term in a wet counted forward (Atw art. 1): letter 2023-11-27 + 28 =
    # Monday 2023-12-25 (Eerste Kerstdag), 26 December is Tweede Kerstdag: due Wednesday 2023-12-27.
    b = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2023-12-01", gedaan={"wia_brief_uwv": "2023-11-27"})
    assert stap(b, "wia_aanvraag")["uiterste_datum"] == "2023-12-27"


def test_no_four_weeks_when_the_42nd_week_report_came_after_week_81():
    # Lid 6, second sentence: not when the employer's report (ZW art. 38) was not made "voor de dag
    # waarop de wachttijd 81 weken heeft geduurd" = day 567 = 2022-01-03 + 566 = 2023-07-23. Reported
    # on that day: the letter protection is gone, the application of 2023-10-25 is 10 days late.
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2023-11-01", gedaan={
        "melding_42e_week": "2023-07-23", "wia_brief_uwv": "2023-10-02", "wia_aanvraag": "2023-10-25"})
    assert stap(a, "wia_aanvraag")["uiterste_datum"] == "2023-10-15"
    assert a["einde_loondoorbetaling"] == "2024-01-10"


def test_a_loonsanctie_counts_from_the_end_of_the_late_application_extension():
    # 10 days late (loon to 2024-01-10), then 52 weeks loonsanctie (BW 7:629 lid 11 a and b add up):
    # 2024-01-10 + 364 = 2025-01-08. UWV decided on 2023-11-29 = six weeks before 2024-01-10, in
    # time for the lid 11 a period (WIA art. 25 lid 10, second sentence).
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2024-01-06", gedaan={"wia_aanvraag": "2023-10-25"},
                 gebeurtenissen=[{"soort": "loonsanctie", "weken": 52, "besluit_op": "2023-11-29"}])
    assert a["einde_loondoorbetaling"] == "2025-01-08" and a["loonsanctie_weken"] == 52
    # Decided 2024-01-05, after the 104 weeks but before the end of the lid 11 a period: lid 11 still
    # allows the sanction, but it is 2024-01-05 - 2023-11-29 = 37 days late (lid 14):
    # 2025-01-08 - 37 = 2024-12-02.
    b = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2024-01-06", gedaan={"wia_aanvraag": "2023-10-25"},
                 gebeurtenissen=[{"soort": "loonsanctie", "weken": 52, "besluit_op": "2024-01-05"}])
    assert b["einde_loondoorbetaling"] == "2024-12-02" and b["loonsanctie_weken"] == 52


def test_a_late_loonsanctie_decision_shortens_the_sanction():
    # WIA art. 25 lid 10: UWV decides at the latest six weeks before the end of the wachttijd:
    # 2023-12-31 - 42 = 2023-11-19. Decided 2023-11-29, ten days late: lid 14 "eindigt het tijdvak
    # zoveel eerder als de beschikking later is afgegeven": 52 weeks end 2024-12-29, so 2024-12-19.
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2023-12-01", gedaan={"wia_aanvraag": "2023-10-10"},
                 gebeurtenissen=[{"soort": "loonsanctie", "weken": 52, "besluit_op": "2023-11-29"}])
    assert a["einde_loondoorbetaling"] == "2024-12-19"
    assert any("10 dagen te laat over de loonsanctie" in o for o in a["opmerkingen"])
    # In time (2023-11-19): the full 52 weeks.
    b = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2023-12-01",
                 gebeurtenissen=[{"soort": "loonsanctie", "weken": 52, "besluit_op": "2023-11-19"}])
    assert b["einde_loondoorbetaling"] == "2024-12-29"


# ---- (c) Loonsanctie and zwangerschaps- en bevallingsverlof: WIA art. 25 lid 9, 3rd and 4th sentence

def test_loonsanctie_pauses_during_leave():
    # Sanction of 52 weeks from 2024-01-01 (without leave it ends 2024-12-29). A leave from 2024-03-04
    # to 2024-06-23 (112 days) during it: "wordt het tijdvak onderbroken voor de duur van dat verlof":
    # 2024-12-29 + 112 = 2025-04-20 (2 to Dec 31, 31 to Jan 31, 28 to Feb 28, 31 to Mar 31, 20 more).
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2024-01-02",
                 zwangerschapsverlof=[{"van": "2024-03-04", "tot_en_met": "2024-06-23"}],
                 gebeurtenissen=[{"soort": "loonsanctie", "weken": 52}])
    assert a["einde_wachttijd"] == "2023-12-31" and a["einde_loondoorbetaling"] == "2025-04-20"
    assert any("zwangerschaps- of bevallingsverlof" in o for o in a["opmerkingen"])


def test_loonsanctie_starts_after_leave_running_at_its_start():
    # Leave from 2024-01-01 to 2024-04-21 (112 days), the day after the wachttijd: "vangt het
    # verlengde tijdvak aan met ingang van de dag waarop dat verlof eindigt" - we take the day after
    # its last day, 2024-04-22 (decision T10). 52 weeks: 2024-04-21 + 364 = 2025-04-20.
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2024-01-02",
                 zwangerschapsverlof=[{"van": "2024-01-01", "tot_en_met": "2024-04-21"}],
                 gebeurtenissen=[{"soort": "loonsanctie", "weken": 52}])
    assert a["einde_wachttijd"] == "2023-12-31" and a["einde_loondoorbetaling"] == "2025-04-20"


# ---- (d) Verkorte wachttijd: WIA art. 23 lid 6 and art. 66 ----------------------------------------

def test_verkorte_wachttijd_granted():
    # Applied 2022-05-02. UWV may set the end from max(end of week 13 = day 91 = 2022-04-03,
    # 2022-05-02 + 70 = 2022-07-11) = 2022-07-11 up to the end of week 78 = day 546 = 2023-07-02.
    # UWV set 2022-08-31: the wachttijd ends then and the IVA can start 2022-09-01; the loon runs
    # to the end of the 104 weeks (2023-12-31; BW 7:629 lid 1, the IVA deducted, lid 5). No RIV and no
    # separate application (art. 66 lid 1 and 6), and no UWV letter.
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2022-09-01", gebeurtenissen=[
        {"soort": "verkorte_wachttijd", "aangevraagd_op": "2022-05-02", "einde": "2022-08-31"}])
    assert a["einde_wachttijd"] == "2022-08-31" and a["wia_vroegste_ingangsdatum"] == "2022-09-01"
    assert a["einde_loondoorbetaling"] == "2023-12-31"
    assert not codes(a) & {"re_integratieverslag", "wia_aanvraag", "wia_brief_uwv"}
    assert stap(a, "einde_wachttijd")["status"] == "verstreken"  # 2022-09-01 is after 2022-08-31


def test_verkorte_wachttijd_applied_for_shows_the_window_and_changes_nothing_yet():
    a = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2022-06-01", gebeurtenissen=[
        {"soort": "verkorte_wachttijd", "aangevraagd_op": "2022-05-02"}])
    assert a["einde_wachttijd"] == "2023-12-31" and "re_integratieverslag" in codes(a)
    assert any("2022-07-11" in o and "2023-07-02" in o for o in a["opmerkingen"])
    # Refused: the normal 104 weeks, no remark.
    b = tijdlijn(eerste_ziektedag=MAANDAG, vandaag="2022-06-01", gebeurtenissen=[
        {"soort": "verkorte_wachttijd", "aangevraagd_op": "2022-05-02", "afgewezen": True}])
    assert b["einde_wachttijd"] == "2023-12-31" and not any("verkorte" in o.lower() for o in b["opmerkingen"])


@pytest.mark.parametrize("einde", ["2022-07-10", "2023-07-03"])
def test_verkorte_wachttijd_outside_13_78_weeks_or_within_10_weeks_is_refused(einde):
    # 2022-07-10 is one day before the earliest end (application + 70 days); 2023-07-03 one day after week 78.
    with pytest.raises(InvoerFout, match="art. 23 lid 6"):
        tijdlijn(eerste_ziektedag=MAANDAG, gebeurtenissen=[
            {"soort": "verkorte_wachttijd", "aangevraagd_op": "2022-05-02", "einde": einde}])
