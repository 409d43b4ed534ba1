"""Poortwachter dates from published sources (court rulings, UWV decisions quoted in them, practice
sites), run through :func:`spoorzoeker.timeline.bereken_tijdlijn`, and edge cases worked out by
hand from the law text.

The published cases live in ``tests/voorbeelden/tijdlijn.yaml`` (the file's header says what each
field means). A case marked ``onjuist`` is one where Spoorzoeker deliberately follows the law text
and the source does not: it runs as a strict expected failure, so it starts failing loudly the
day the code changes to agree with the source.

Many published cases began before 2020, the first date of the poortwachter parameters. For those
(``regels_vanaf``) the test moves each parameter's first date back: the counts tested here (104
weeks, WIA art. 23 lid 1; samentelling, art. 23 lid 3; 52 weeks of loonsanctie, art. 25 lid 9)
have applied to everyone who fell sick from 1 January 2004. Where the law was different then, the
case gives the old values in ``wet_van_toen`` with the source in ``berekening``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
import yaml

from spoorzoeker.params import PARAMETER_MAP, ParameterNode
from spoorzoeker.timeline import bereken_tijdlijn

BESTAND = Path(__file__).parent / "voorbeelden" / "tijdlijn.yaml"
EERSTE_DATUM_PARAMETERS = np.datetime64("2020-01-01", "D")


def _json(waarde):
    """YAML reads dates as date objects; the request takes ISO strings, as JSON would."""
    if isinstance(waarde, dt.date):
        return waarde.isoformat()
    if isinstance(waarde, dict):
        return {k: _json(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_json(v) for v in waarde]
    return waarde


def parameters(regels_vanaf: dt.date | None = None, **wet_van_toen: float) -> ParameterNode:
    """A fresh parameter tree (the shared one stays untouched), optionally with the poortwachter
    series reaching back to ``regels_vanaf`` and some values replaced."""
    p = ParameterNode.uit_map(PARAMETER_MAP)
    if regels_vanaf is not None:
        for blad in p.vind("poortwachter").bladeren():
            if blad.datums[0] == EERSTE_DATUM_PARAMETERS:
                blad.datums[0] = np.datetime64(regels_vanaf, "D")
    for naam, waarde in wet_van_toen.items():
        p.vind(f"poortwachter.{naam}").waarden[:] = waarde
    return p


def _gevallen():
    for i, geval in enumerate(yaml.safe_load(BESTAND.read_text(encoding="utf-8"))):
        marks = [pytest.mark.xfail(strict=True, reason=geval["onjuist"])] if "onjuist" in geval else []
        yield pytest.param(geval, id=f"{i + 1}-{geval['naam'][:50]}", marks=marks)


GEVALLEN = list(_gevallen())


def _waarde(antwoord: dict, sleutel: str):
    if sleutel.startswith("stap."):
        _, code, veld = sleutel.split(".")
        return next(s for s in antwoord["stappen"] if s["code"] == code)[veld]
    return antwoord[sleutel]


@pytest.mark.parametrize("geval", GEVALLEN)
def test_published_timeline_example(geval):
    assert geval.get("bron") and "http" in geval["bron"], "every example names its source with a link"
    assert geval.get("berekening"), "every example says how the source got its dates"
    p = parameters(geval.get("regels_vanaf"), **geval.get("wet_van_toen", {}))
    antwoord = bereken_tijdlijn(_json(geval["invoer"]), p)
    for sleutel, verwacht in geval["verwacht"].items():
        assert _waarde(antwoord, sleutel) == _json(verwacht), (sleutel, geval["bron"])


def test_the_examples_are_many_and_from_several_sources():
    assert len(GEVALLEN) >= 14
    assert len({g.values[0]["bron"].split(" — ")[0] for g in GEVALLEN}) >= 11


# ---- Edge cases, worked out by hand from the law text ---------------------------------------------
# Day 1 is the first sick day; sick day k is eerste_ziektedag + (k - 1) days (decision T1-T2).


def tijdlijn(p=None, **invoer):
    invoer.setdefault("vandaag", invoer.get("eerste_ziektedag", "2024-01-01"))
    return bereken_tijdlijn(invoer, p)


def stap(antwoord, code):
    return next(s for s in antwoord["stappen"] if s["code"] == code)


def test_first_sick_day_on_a_saturday_is_taken_as_given():
    # WIA art. 23 lid 2: the wachttijd starts on "de eerste werkdag ... waarop ... wegens ziekte niet
    # is gewerkt"; for someone who works on Saturdays that is a Saturday, so the input is not moved.
    # Saturday 2024-06-01: 42 weeks = 294 days; ZW art. 38 lid 1 "uiterlijk op de eerste dag nadat de
    # ongeschiktheid 42 weken heeft geduurd" = day 295 = 2024-06-01 + 294 = Saturday 2025-03-22
    # (2024-06-01 + 365 = 2025-06-01 minus 71 days: May 31, April 30 -> 2025-03-22). The Atw does not
    # move it: art. 4 onder a excludes terms "in meer dan twaalf weken".
    a = tijdlijn(eerste_ziektedag="2024-06-01")
    assert stap(a, "melding_42e_week")["uiterste_datum"] == "2025-03-22"
    # UWV's own wording "de eerste werkdag na de 42e ziekteweek" (parameter, off by default): Monday 24-3.
    b = tijdlijn(parameters(melding_42e_week_eerste_werkdag=1), eerste_ziektedag="2024-06-01")
    assert stap(b, "melding_42e_week")["uiterste_datum"] == "2025-03-24"
    # 104 weeks: 2024-06-01 + 730 = 2026-06-01 (no 29 February in between), so + 727 = 2026-05-29.
    assert a["einde_wachttijd"] == "2026-05-29" and a["wia_vroegste_ingangsdatum"] == "2026-05-30"


def test_first_sick_day_on_a_feestdag_probleemanalyse_deadline():
    # Tweede Paasdag, Monday 2024-04-01 (Easter 2024-03-31). Regeling procesgang art. 2 lid 2
    # "binnen zes weken na de eerste dag": day 43 = 2024-04-01 + 42 = Monday 2024-05-13.
    # The plan van aanpak two weeks later (art. 4 lid 1): 2024-05-27, Monday.
    a = tijdlijn(eerste_ziektedag="2024-04-01")
    assert stap(a, "probleemanalyse")["uiterste_datum"] == "2024-05-13"
    assert stap(a, "plan_van_aanpak")["uiterste_datum"] == "2024-05-27"


def test_leap_day_inside_the_wachttijd():
    # First sick day Wednesday 2023-03-01. 2023-03-01 + 731 days = 2025-03-01 (2024 has 29 February),
    # so day 728 = + 727 = 2025-02-25, the last day of the 104 weeks (WIA art. 23 lid 1).
    a = tijdlijn(eerste_ziektedag="2023-03-01")
    assert a["einde_wachttijd"] == "2025-02-25" and a["wia_vroegste_ingangsdatum"] == "2025-02-26"
    # End of week 52 (eerstejaarsevaluatie, at the latest): day 364 = 2023-03-01 + 363. 2023-03-01 + 365
    # = 2024-02-29 (2024-02-29 is day 366, since 2023-03-01 + 366 = 2024-03-01), so + 363 = 2024-02-27.
    assert stap(a, "eerstejaarsevaluatie")["uiterste_datum"] == "2024-02-27"
    # WIA application (WIA art. 64 lid 3): 2025-02-25 - 77 = 2024-12-10 (Feb 25 -> Jan 25 is 31 days,
    # -> Dec 25 is 31 more, 15 left -> 2024-12-10), Tuesday.
    assert stap(a, "wia_aanvraag")["uiterste_datum"] == "2024-12-10"


def test_first_sick_day_on_29_february():
    # 2024-02-29 + 730 = 2026-02-28 (no 29 February in 2025 or 2026), so day 728 = + 727 = 2026-02-25.
    a = tijdlijn(eerste_ziektedag="2024-02-29")
    assert a["einde_wachttijd"] == "2026-02-25"
    # 42nd-week report, day 295 = 2024-02-29 + 294: + 1 = 2024-03-01; March to October (31 + 30 + 31 +
    # 30 + 31 + 31 + 30 + 31 = 245) = 2024-11-01 at + 246; + 30 = 2024-12-01 at + 276; + 18 = 2024-12-19.
    assert stap(a, "melding_42e_week")["uiterste_datum"] == "2024-12-19"


def test_year_end():
    # Tuesday 2024-12-31 + 730 = 2026-12-31 (no 29 February), so the last day is 2026-12-28 and the
    # WIA can start on 2026-12-29. Application, end of week 93: 2026-12-28 - 77 = 2026-10-12
    # (Dec 28 -> Nov 28 = 30, -> Oct 28 = 31, 16 left -> 2026-10-12), a Monday.
    a = tijdlijn(eerste_ziektedag="2024-12-31")
    assert a["einde_wachttijd"] == "2026-12-28" and a["wia_vroegste_ingangsdatum"] == "2026-12-29"
    assert stap(a, "wia_aanvraag")["uiterste_datum"] == "2026-10-12"
    # 42nd week: 2024-12-31 + 294 = 2025-10-21 (2025-01-01 is +1; + 293 = Jan 31, Feb 28, Mar 31,
    # Apr 30, May 31, Jun 30, Jul 31, Aug 31, Sep 30 = 273 to 2025-10-01, + 20 = 2025-10-21).
    assert stap(a, "melding_42e_week")["uiterste_datum"] == "2025-10-21"


def test_relapse_28_days_after_recovery_versus_27():
    # BW 7:629 lid 10 / WIA art. 23 lid 3: periods "die elkaar met een onderbreking van minder dan vier
    # weken opvolgen" add up. Sick Monday 2024-01-01 to Sunday 2024-01-14; healthy from 2024-01-15.
    # Relapse on 2024-02-11: healthy 15 Jan .. 10 Feb = 17 + 10 = 27 days < 28: one wachttijd, and the
    # 27 healthy days do not count: 2024-01-01 + 730 = 2025-12-31 (29 Feb 2024 inside: + 731 =
    # 2026-01-01), so the normal end is 2025-12-28, moved by 27 days to 2026-01-24.
    eerste = {"van": "2024-01-01", "tot_en_met": "2024-01-14"}
    a = tijdlijn(ziekteperiodes=[eerste, {"van": "2024-02-11"}], vandaag="2024-02-11")
    assert a["eerste_ziektedag"] == "2024-01-01" and a["einde_wachttijd"] == "2026-01-24"
    # Relapse on 2024-02-12, exactly 28 days after recovery (healthy 15 Jan .. 11 Feb = 28 days, four
    # weeks, not less): a new wachttijd from 2024-02-12. 2024-02-12 + 731 = 2026-02-12 (29 Feb 2024
    # inside), so + 727 = 2026-02-08.
    b = tijdlijn(ziekteperiodes=[eerste, {"van": "2024-02-12"}], vandaag="2024-02-12")
    assert b["eerste_ziektedag"] == "2024-02-12" and b["einde_wachttijd"] == "2026-02-08"
    assert b["eerdere_wachttijden"] == [{"van": "2024-01-01", "tot_en_met": "2024-01-14"}]
    # While recovered, the answer names the last day a relapse still adds up: 2024-01-14 + 28 = 2024-02-11.
    c = tijdlijn(ziekteperiodes=[eerste], vandaag="2024-01-20")
    assert c["hersteld_op"] == "2024-01-14"
    assert "uiterlijk op 2024-02-11 opnieuw ziek" in c["opmerkingen"][0]


def test_loonsanctie_of_52_weeks_over_a_leap_day():
    # First sick day Thursday 2022-03-03: + 731 = 2024-03-03 (29 February 2024 lies in between), so
    # day 728 = + 727 = 2024-02-28, the last day of the wachttijd. WIA art. 25 lid 9: at most 52 weeks
    # = 364 days more, starting on 29 February 2024: 2024-02-28 + 366 = 2025-02-28, so + 364 =
    # 2025-02-26. The WIA can start on 2025-02-27.
    a = tijdlijn(eerste_ziektedag="2022-03-03", vandaag="2024-03-01",
                 gebeurtenissen=[{"soort": "loonsanctie", "weken": 52}])
    assert a["einde_wachttijd"] == "2024-02-28"
    assert a["einde_loondoorbetaling"] == "2025-02-26" and a["wia_vroegste_ingangsdatum"] == "2025-02-27"


def test_wia_application_deadline_on_a_feestdag_is_not_moved():
    # WIA art. 64 lid 3: "uiterlijk elf weken voor afloop van de wachttijd". Counted back from an event,
    # so Atw art. 1 lid 2 ("geldt niet voor termijnen, bepaald door terugrekening") keeps it where it
    # is, even on Koningsdag. First sick day Wednesday 2025-07-16: last day of the wachttijd = + 727 =
    # 2027-07-13 (2025-07-16 + 730 = 2027-07-16, no 29 February); - 77 = 2027-04-27, Koningsdag
    # (Tuesday; Atw art. 3 lid 1).
    a = tijdlijn(eerste_ziektedag="2025-07-16")
    assert a["einde_wachttijd"] == "2027-07-13"
    assert stap(a, "wia_aanvraag")["uiterste_datum"] == "2027-04-27"


def test_wia_application_deadline_on_a_saturday_is_not_moved():
    # End of week 93 is sick day 651, the weekday before the first sick day's: a Saturday when day 1 is
    # a Sunday. Sunday 2025-06-01: last day 2025-06-01 + 727 = 2027-05-29 (+ 730 = 2027-06-01, no 29
    # February); - 77 = 2027-03-13, a Saturday. No Atw (art. 1 lid 2, counted back), so it stays.
    a = tijdlijn(eerste_ziektedag="2025-06-01")
    assert stap(a, "wia_aanvraag")["uiterste_datum"] == "2027-03-13"


def test_four_weeks_after_a_late_uwv_letter_ending_on_new_years_day_is_moved():
    # WIA art. 64 lid 6: after a late letter, the application is in time "binnen vier weken nadat deze
    # kennisgeving is ontvangen". A term in a wet counted forward, of four weeks: the Atw applies
    # (art. 1 lid 1; art. 4 onder a excludes only more than twelve weeks). First sick day Monday
    # 2024-12-30: letter due at 89 weeks, day 623 = 2024-12-30 + 622 = 2026-09-13; the normal
    # application deadline is 2024-12-30 + 727 - 77 = 2026-12-27 - 77 = 2026-10-11. Letter received
    # only on Friday 2026-12-04: + 28 = Friday 2027-01-01, Nieuwjaarsdag (Atw art. 3 lid 1), then
    # Saturday and Sunday: the term ends on Monday 2027-01-04.
    a = tijdlijn(eerste_ziektedag="2024-12-30", vandaag="2026-12-05", gedaan={"wia_brief_uwv": "2026-12-04"})
    assert stap(a, "wia_brief_uwv")["uiterste_datum"] == "2026-09-13"
    assert stap(a, "wia_aanvraag")["uiterste_datum"] == "2027-01-04"
