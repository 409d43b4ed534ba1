"""The Ziektewet's dates: the leave of ZW art. 29a (with WAZO art. 3:1), the 104 aaneengesloten weeks of art. 29a
lid 4, and the duration at the AOW age (ZW art. 29 lid 4 and 5), against hand calculations from the law text.

The running example (dates chosen, the arithmetic written out):
* expected date of delivery Friday 15-5-2026; the day after is 16-5-2026. WAZO art. 3:1 lid 2: the leave may start
  from six weeks before that day: 16-5-2026 - 42 days = Saturday 4-4-2026 (ten weeks for a multiple pregnancy:
  16-5-2026 - 70 days = 7-3-2026);
* the leave (with WAZO benefit) from Tuesday 14-4-2026 through Monday 3-8-2026: 14-4 + 112 days = 4-8, so 16 weeks;
* first sick day Monday 2-2-2026; the ziekengeld day of sick week w is 2-2-2026 + 7 x (w - 1) days.
"""

import datetime as dt
import json

import pytest
from clihulp import draai
from conftest import een
from hypothesis import given, settings
from hypothesis import strategies as st

from spoorzoeker import InvoerFout

DATUM = "2026-07-01"
UIT = ["ziektewet_dag", "ziektewet_zwangerschap_grond", "ziektewet_percentage", "ziektewet_einddatum",
       "ziektewet_betaalt_in_week", "ziektewet_uitkering_per_dag"]
VERLOF = {"vermoedelijke_bevallingsdatum": "2026-05-15", "zwangerschapsverlof_van": "2026-04-14",
          "zwangerschapsverlof_tot_en_met": "2026-08-03"}
ZWANGER = {"ziekteoorzaak": "zwangerschap_bevalling", "eerste_ziektedag": "2026-02-02", **VERLOF}


def zw(**invoer):
    """The results for one person; without a first sick day only those that do not need it."""
    invoer.setdefault("ziektewet_dagloon", 150.00)
    uit = UIT if "eerste_ziektedag" in invoer else [u for u in UIT if u not in ("ziektewet_dag", "ziektewet_einddatum")]
    return een(DATUM, uit, **invoer)


# --- 1. the leave dates of art. 29a ------------------------------------------------------------------------------

def test_lid_1_before_the_leave_pays_the_dagloon_until_the_leave_starts():
    # Week 1: 2-2-2026, before the leave, sick by the pregnancy: lid 1, 100% x 150,00 = 150,00 a day.
    # The right ends when the WAZO benefit starts (lid 3): the last day is 14-4-2026 - 1 = 13-4-2026.
    r = zw(ziekteweek=1, **ZWANGER)
    assert r["ziektewet_zwangerschap_grond"] == "lid_1_voor_verlof"
    assert (r["ziektewet_percentage"], r["ziektewet_uitkering_per_dag"]) == (1.0, 150.00)
    assert r["ziektewet_einddatum"] == "2026-04-13"
    # Week 11: 2-2 + 70 days = 13-4-2026, the last day before the leave: still paid.
    assert zw(ziekteweek=11, **ZWANGER)["ziektewet_uitkering_per_dag"] == 150.00


def test_lid_3_no_ziekengeld_during_the_leave():
    # Week 12: 2-2 + 77 days = 20-4-2026, inside the leave 14-4 .. 3-8: "geen recht op ziekengeld" (lid 3).
    r = zw(ziekteweek=12, **ZWANGER)
    assert r["ziektewet_dag"] == "2026-04-20"
    assert r["ziektewet_zwangerschap_grond"] == "lid_3_tijdens_verlof"
    assert (r["ziektewet_betaalt_in_week"], r["ziektewet_uitkering_per_dag"]) == (False, 0.0)
    # Lid 3 holds whatever the cause: organ donation during the leave gets no ziekengeld either.
    r = zw(ziekteweek=12, **{**ZWANGER, "ziekteoorzaak": "orgaandonatie"})
    assert r["ziektewet_uitkering_per_dag"] == 0.0


def test_lid_2_any_cause_in_the_weeks_the_leave_could_have_started():
    # Sick (another cause) from Monday 6-4-2026: on or after 4-4-2026 and before the leave starts on 14-4-2026,
    # so lid 2: the dagloon, 150,00, until 13-4-2026.
    r = zw(ziekteweek=1, eerste_ziektedag="2026-04-06", ziekteoorzaak="andere", **VERLOF)
    assert r["ziektewet_zwangerschap_grond"] == "lid_2_verlof_kon_ingaan"
    assert (r["ziektewet_percentage"], r["ziektewet_uitkering_per_dag"]) == (1.0, 150.00)
    assert r["ziektewet_einddatum"] == "2026-04-13"
    # Sick from Monday 30-3-2026, before 4-4: not lid 2; another cause gets the usual 70% x 150,00 = 105,00.
    r = zw(ziekteweek=1, eerste_ziektedag="2026-03-30", ziekteoorzaak="andere", **VERLOF)
    assert r["ziektewet_zwangerschap_grond"] == "geen"
    assert r["ziektewet_uitkering_per_dag"] == 105.00


def test_lid_2_starts_ten_weeks_before_for_a_multiple_pregnancy():
    # Meerling: from 16-5-2026 - 70 days = 7-3-2026. Sick (another cause) on Monday 9-3-2026 -> lid 2, 100%.
    # The leave starts at the latest 16-5-2026 - 56 days = 21-3-2026 (eight weeks): here on 20-3-2026.
    verlof = {**VERLOF, "meerling": True, "zwangerschapsverlof_van": "2026-03-20"}
    r = zw(ziekteweek=1, eerste_ziektedag="2026-03-09", ziekteoorzaak="andere", **verlof)
    assert r["ziektewet_zwangerschap_grond"] == "lid_2_verlof_kon_ingaan"
    assert r["ziektewet_uitkering_per_dag"] == 150.00
    # The same day with one child: before 4-4-2026, so 70% x 150,00 = 105,00.
    assert zw(ziekteweek=1, eerste_ziektedag="2026-03-09", ziekteoorzaak="andere", **VERLOF)[
        "ziektewet_uitkering_per_dag"] == 105.00


def test_lid_4_right_after_the_leave_pays_the_dagloon():
    # Week 28: 2-2 + 189 days = 10-8-2026, after the leave (last day 3-8); still sick since before the leave, so
    # "aansluitend": lid 4, 100% x 150,00. Its 104 aaneengesloten weeks run from 4-8-2026: last day
    # 3-8-2026 + 728 days = 31-7-2028 (3-8-2027 is +365, 3-8-2028 +731 with 29-2-2028, minus 3).
    r = zw(ziekteweek=28, **ZWANGER)
    assert r["ziektewet_dag"] == "2026-08-10"
    assert r["ziektewet_zwangerschap_grond"] == "lid_4_na_verlof"
    assert r["ziektewet_uitkering_per_dag"] == 150.00
    assert r["ziektewet_einddatum"] == "2028-07-31"
    # Sick only from the day after the leave (4-8-2026) is aansluitend too.
    r = zw(ziekteweek=1, **{**ZWANGER, "eerste_ziektedag": "2026-08-04"})
    assert r["ziektewet_zwangerschap_grond"] == "lid_4_na_verlof"


def test_without_dates_the_cause_is_taken_as_given_and_said_so():
    r = zw(ziekteweek=10, ziekteoorzaak="zwangerschap_bevalling")
    assert r["ziektewet_zwangerschap_grond"] == "aangenomen_zonder_datums"
    assert r["ziektewet_uitkering_per_dag"] == 150.00


@pytest.mark.parametrize("invoer, veld", [
    ({"zwangerschapsverlof_van": "2026-04-14"}, "zwangerschapsverlof_tot_en_met"),
    ({"zwangerschapsverlof_van": "2026-08-03", "zwangerschapsverlof_tot_en_met": "2026-04-14"},
     "zwangerschapsverlof_tot_en_met"),
    # 3-4-2026 is one day before 4-4-2026, six weeks before the day after 15-5-2026 (WAZO art. 3:1 lid 2).
    ({"vermoedelijke_bevallingsdatum": "2026-05-15", "zwangerschapsverlof_van": "2026-04-03",
      "zwangerschapsverlof_tot_en_met": "2026-07-23"}, "zwangerschapsverlof_van"),
    # 19-4-2026 is one day after 18-4-2026, four weeks before the day after 15-5-2026: the leave has started by
    # then (WAZO art. 3:1 lid 2, second sentence); with a multiple pregnancy eight weeks, 21-3-2026.
    ({"vermoedelijke_bevallingsdatum": "2026-05-15", "zwangerschapsverlof_van": "2026-04-19",
      "zwangerschapsverlof_tot_en_met": "2026-08-03"}, "zwangerschapsverlof_van"),
    ({"vermoedelijke_bevallingsdatum": "2026-05-15", "meerling": True, "zwangerschapsverlof_van": "2026-03-22",
      "zwangerschapsverlof_tot_en_met": "2026-08-03"}, "zwangerschapsverlof_van"),
])
def test_impossible_leave_dates_are_refused_naming_the_field(invoer, veld):
    with pytest.raises(InvoerFout) as fout:
        zw(ziekteweek=1, eerste_ziektedag="2026-02-02", ziekteoorzaak="zwangerschap_bevalling", **invoer)
    assert fout.value.veld == veld
    assert "\n" not in str(fout.value)


def test_impossible_leave_dates_on_the_command_line_exit_2_with_one_dutch_line():
    verzoek = {"datum": DATUM, "bereken": ["ziektewet_percentage"],
               "personen": [{"ziekteweek": 1, "eerste_ziektedag": "2026-02-02", "zwangerschapsverlof_van": "2026-08-03",
                             "zwangerschapsverlof_tot_en_met": "2026-04-14"}]}
    r = draai("bereken", "-", invoer=json.dumps(verzoek))
    assert r.exit_code == 2
    regels = [r for r in r.stderr.splitlines() if r.strip()]
    assert len(regels) == 1 and "zwangerschapsverlof_tot_en_met" in regels[0] and "Traceback" not in r.stderr
    assert r.stdout == ""


def test_one_request_with_the_leave_for_one_person_and_not_for_another():
    # Every person in a request has the same fields: null in an optional date is "not given", so the second
    # person (another cause, no leave) is computed as without the dates. Week 1 starts 20-4-2026, inside the
    # first person's leave 14-4 .. 3-8 (lid 3: 0,00); the second gets 70% x 150,00 = 105,00 (art. 29 lid 7).
    from spoorzoeker import bereken

    personen = {"ziekteoorzaak": ["zwangerschap_bevalling", "andere"], "eerste_ziektedag": ["2026-04-20"] * 2,
                "ziekteweek": [1, 1], "ziektewet_dagloon": [150.0, 150.0],
                "zwangerschapsverlof_van": ["2026-04-14", None], "zwangerschapsverlof_tot_en_met": ["2026-08-03", None]}
    r = bereken({"datum": DATUM, "bereken": ["ziektewet_uitkering_per_dag"], "personen": personen})
    assert r["resultaten"]["ziektewet_uitkering_per_dag"] == [0.0, 105.00]
    # A required date left empty is one Dutch line naming the field and the person (no Python 'None').
    with pytest.raises(InvoerFout) as fout:
        bereken({"datum": DATUM, "bereken": ["ziektewet_einddatum"],
                 "personen": {"eerste_ziektedag": ["2026-04-20", None], "ziekteweek": [1, 1]}})
    assert fout.value.veld == "eerste_ziektedag"
    assert "persoon 2" in str(fout.value) and "None" not in str(fout.value)


# --- 2. "aaneengesloten": the 104 weeks of art. 29a lid 4 ------------------------------------------------------

def test_lid_4_counts_104_weeks_from_the_day_after_the_leave_not_from_the_first_sick_day():
    # Art. 29a lid 5 sets art. 29 lid 5 (104 weeks from the first sick day) aside for lid 4. Week 110 from
    # 2-2-2026 is 2-2-2026 + 763 days: + 730 = 2-2-2028, + 27 = 29-2-2028, + 6 = 6-3-2028: past 104 weeks of sickness, but inside the 104 weeks that began
    # on 4-8-2026 (last day 31-7-2028): still paid. Without the dates week 110 > 104 is not paid.
    r = zw(ziekteweek=110, **ZWANGER)
    assert r["ziektewet_dag"] == "2028-03-06"
    assert r["ziektewet_uitkering_per_dag"] == 150.00
    assert zw(ziekteweek=110, ziekteoorzaak="zwangerschap_bevalling")["ziektewet_uitkering_per_dag"] == 0.0
    # Week 132: 2-2-2026 + 917 days = 2-2-2028 + 187 days = 7-8-2028 (29 + 31 + 30 + 31 + 30 + 31 = 182 to 2-8), after 31-7-2028: the 104 weeks of lid 4 are over.
    r = zw(ziekteweek=132, **ZWANGER)
    assert r["ziektewet_zwangerschap_grond"] == "lid_4_na_104_weken"
    assert r["ziektewet_uitkering_per_dag"] == 0.0


def test_a_relapse_after_recovery_is_not_aansluitend_and_gets_no_lid_4():
    # Sick again on Monday 17-8-2026, two weeks after the leave ended (3-8): not "aansluitend ongeschikt", so
    # lid 4 does not apply and the 104 weeks do not continue; the usual 70% x 150,00 = 105,00 (a vangnetter's
    # ziekengeld, art. 29 lid 7), counted from the new first sick day.
    r = zw(ziekteweek=1, **{**ZWANGER, "eerste_ziektedag": "2026-08-17"})
    assert r["ziektewet_zwangerschap_grond"] == "na_verlof_niet_aansluitend"
    assert (r["ziektewet_percentage"], r["ziektewet_uitkering_per_dag"]) == (0.7, 105.00)
    # Its own art. 29 lid 5 period: 17-8-2026 + 728 - 1 days; 17-8-2028 is + 731 (with 29-2-2028), so 13-8-2028.
    assert r["ziektewet_einddatum"] == "2028-08-13"


# --- 3. the Ziektewet at the AOW age ------------------------------------------------------------------------------

def test_sick_before_the_aow_age_no_ziekengeld_from_the_aow_date():
    # Born 20-3-1959: AOW age in 2026 is 67 years (AOW art. 7a), reached on 20-3-2026. First sick day 5-1-2026,
    # before it: art. 29 lid 4 "Geen ziekengeld ... op en na de dag waarop de verzekerde de pensioengerechtigde
    # leeftijd ... bereikt": the last day is 19-3-2026, for organ donation too (art. 29a lid 5 / 29 lid 8 do not
    # set lid 4 aside).
    persoon = {"geboortedatum": "1959-03-20", "eerste_ziektedag": "2026-01-05", "ziekteoorzaak": "orgaandonatie"}
    r = zw(ziekteweek=11, **persoon)  # 5-1 + 70 days = 16-3-2026
    assert r["ziektewet_einddatum"] == "2026-03-19"
    assert r["ziektewet_uitkering_per_dag"] == 150.00
    assert zw(ziekteweek=12, **persoon)["ziektewet_uitkering_per_dag"] == 0.0  # 23-3-2026
    # BW 7:629 lid 2 onder b for the employer: six weeks of wage from the AOW date. From 5-1 to 20-3-2026 is
    # 74 days = 10 4/7 weeks, + 6 = 16 4/7: the wage runs on after the Ziektewet stopped.
    ld = een(DATUM, ["loondoorbetaling_laatste_week_aow"], geboortedatum="1959-03-20", eerste_ziektedag="2026-01-05")
    assert ld["loondoorbetaling_laatste_week_aow"] == pytest.approx(74 / 7 + 6)


def test_sick_after_the_aow_age_six_weeks():
    # Same person, first sick day 6-4-2026, after her AOW date: art. 29 lid 5, "zes weken": the last day is
    # 6-4-2026 + 42 - 1 = 17-5-2026. Week 6 (6-4 + 35 = 11-5) is paid, 70% x 150,00 = 105,00; week 7 (18-5) not.
    persoon = {"geboortedatum": "1959-03-20", "eerste_ziektedag": "2026-04-06"}
    r = zw(ziekteweek=6, **persoon)
    assert r["ziektewet_einddatum"] == "2026-05-17"
    assert r["ziektewet_uitkering_per_dag"] == 105.00
    assert zw(ziekteweek=7, **persoon)["ziektewet_uitkering_per_dag"] == 0.0


def test_sick_after_the_aow_age_before_1_july_2023_thirteen_weeks():
    # Born 1-6-1956: AOW age in 2023 is 66 years and 10 months, reached on 1-4-2023. First sick day 1-5-2023, before
    # 1-7-2023: thirteen weeks (Stb. 2023, 169): 1-5-2023 + 91 - 1 = 30-7-2023. Week 13 (1-5 + 84 = 24-7) paid,
    # week 14 (31-7) not.
    persoon = {"geboortedatum": "1956-06-01", "eerste_ziektedag": "2023-05-01", "ziektewet_dagloon": 100.00}
    r = een("2023-07-01", UIT, ziekteweek=13, **persoon)
    assert r["ziektewet_einddatum"] == "2023-07-30"
    assert r["ziektewet_uitkering_per_dag"] == 70.00
    assert een("2023-07-01", UIT, ziekteweek=14, **persoon)["ziektewet_uitkering_per_dag"] == 0.0


def test_the_usual_104_weeks_and_no_aow_limit_without_a_birth_date():
    # Art. 29 lid 5: 104 weeks from 2-2-2026: last day 2-2-2026 + 727 days; 2-2-2028 is + 730, so 30-1-2028. Without a birth date the AOW
    # age is not applied. Week 104 (2-2 + 721 = 24-1-2028) paid 105,00; week 105 not.
    r = zw(ziekteweek=104, eerste_ziektedag="2026-02-02")
    assert r["ziektewet_einddatum"] == "2028-01-30"
    assert r["ziektewet_uitkering_per_dag"] == 105.00
    assert zw(ziekteweek=105, eerste_ziektedag="2026-02-02")["ziektewet_uitkering_per_dag"] == 0.0
    # Only the sick week known: week 104 is the last.
    assert zw(ziekteweek=104)["ziektewet_uitkering_per_dag"] == 105.00
    assert zw(ziekteweek=105)["ziektewet_uitkering_per_dag"] == 0.0


def test_a_missing_input_message_does_not_ask_for_the_optional_leave_dates():
    # The leave dates are optional ("niet opgegeven" is a documented default): a missing dagloon is reported
    # without them.
    with pytest.raises(InvoerFout) as fout:
        een(DATUM, ["ziektewet_uitkering_per_dag"], ziekteweek=3, eerste_ziektedag="2026-01-05")
    assert "zwangerschapsverlof" not in str(fout.value) and "bevallingsdatum" not in str(fout.value)


def test_the_noriskpolis_wage_cap_follows_the_leave_dates():
    # No-riskpolis at 100% (art. 29b lid 6): 150,00 x 21,75 = 3.262,50, capped at the wage owed 2.000,00 -- but not
    # when art. 29a itself pays the dagloon. Another cause in the weeks of lid 2 (sick 6-4-2026, leave from 14-4):
    # art. 29a lid 2, no cap: 3.262,50. Sick by the childbirth two weeks after the leave (not aansluitend): the
    # no-riskpolis raise with its cap again: 2.000,00.
    norisk = {"noriskpolis_grond": "doelgroepregister", "datum_in_dienst": "2023-01-01", "ziektewet_dagloon": 150.00,
              "ziekteweek": 1, "no_risk_percentage": 1.0, "loondoorbetaling_cao_per_maand": 2000.00, **VERLOF}
    uit = ["noriskpolis_uitkering_per_maand", "ziektewet_volle_dagloon"]
    r = een(DATUM, uit, **norisk, eerste_ziektedag="2026-04-06", ziekteoorzaak="andere")
    assert r == {"noriskpolis_uitkering_per_maand": 3262.50, "ziektewet_volle_dagloon": True}
    r = een(DATUM, uit, **norisk, eerste_ziektedag="2026-08-17", ziekteoorzaak="zwangerschap_bevalling")
    assert r == {"noriskpolis_uitkering_per_maand": 2000.00, "ziektewet_volle_dagloon": False}


# --- invariants for every set of dates (hypothesis) ----------------------------------------------------------------

BEGIN = dt.date(2025, 1, 6)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 500), st.integers(0, 14), st.integers(16 * 7, 30 * 7), st.integers(-300, 500),
       st.integers(1, 160), st.sampled_from(["andere", "zwangerschap_bevalling", "orgaandonatie"]))
def test_the_leave_never_pays_and_another_cause_outside_lid_2_gets_the_usual_percentage(
        bevalling, na_venster, duur, ziek, week, oorzaak):
    # A leave that starts within the WAZO window (from 42 days before the day after the expected date) and lasts
    # at least 16 weeks; the first sick day anywhere around it.
    b = BEGIN + dt.timedelta(days=bevalling)
    van = b + dt.timedelta(days=1 - 42 + na_venster)
    tot = van + dt.timedelta(days=duur - 1)
    eerste = van + dt.timedelta(days=ziek)
    r = zw(ziekteweek=week, eerste_ziektedag=eerste.isoformat(), ziekteoorzaak=oorzaak,
           vermoedelijke_bevallingsdatum=b.isoformat(), zwangerschapsverlof_van=van.isoformat(),
           zwangerschapsverlof_tot_en_met=tot.isoformat())
    dag = dt.date.fromisoformat(r["ziektewet_dag"])
    if van <= dag <= tot:  # art. 29a lid 3
        assert r["ziektewet_uitkering_per_dag"] == 0.0
    venster = b + dt.timedelta(days=1 - 42)
    if oorzaak == "andere" and not venster <= dag < van:  # no art. 29a ground: the usual 70%
        assert r["ziektewet_percentage"] == 0.7
    assert 0.0 <= r["ziektewet_uitkering_per_dag"] <= 150.00
