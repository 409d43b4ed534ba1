"""The overview takes the end of the loondoorbetaling and the first WIA day from the timeline.

Hand calculations (calculation date 2026-03-01 unless said otherwise). Day 1 = 2024-01-08 (a Monday).
2024 is a leap year: 2024-01-08 + 366 days = 2025-01-08, + 362 = 2026-01-05. So the 104 weeks (728
days) end on 2026-01-04 and without any extension the WIA starts on 2026-01-05. Month m starts on the
8th, m - 1 calendar months after 2024-01-08; its sick week is (days since day 1) // 7 + 1.
"""

import datetime as dt

import numpy as np
import pytest

from spoorzoeker.errors import InvoerFout
from spoorzoeker.projection import FASEN, projecteer
from spoorzoeker.projection.werkgever import werkgeverskosten
from spoorzoeker.scenarios import huidig

DATUM = "2026-03-01"
F = {f: i for i, f in enumerate(FASEN)}
BASIS = {
    "eerste_ziektedag": "2024-01-08",
    "bruto_maandloon": 3500.0,
    "contracturen_per_week": 38.0,
    "geboortedatum": "1975-06-30",
    "lgu_duur_maanden": 12.0,
}
LOONSANCTIE = [{"soort": "loonsanctie", "weken": 52}]


def persoon(**anders):
    return {**BASIS, **anders}


@pytest.fixture(scope="module")
def zonder():
    return projecteer(persoon(), datum=DATUM)


@pytest.fixture(scope="module")
def met_sanctie():
    return projecteer(persoon(gebeurtenissen=LOONSANCTIE), datum=DATUM)


def test_without_extension_the_wia_starts_after_week_104(zonder):
    assert str(zonder.ingangsdatum_wia[0]) == "2026-01-05"
    # Month 25 starts 2026-01-08: 731 days after day 1, week 105 > 104.
    assert zonder.eerste_wia_maand[0] == 25


def test_loonsanctie_of_52_weeks_moves_the_overviews_months(zonder, met_sanctie):
    # WIA art. 25 lid 9: the loondoorbetaling runs 52 weeks (364 days) longer: the last day is
    # 2026-01-04 + 364 = 2027-01-03, the WIA starts on 2027-01-04.
    assert str(met_sanctie.ingangsdatum_wia[0]) == "2027-01-04"
    # Month 36 starts 2026-12-08 (1065 days, week 153 <= 156); month 37 starts 2027-01-08
    # (366 + 365 + 365 = 1096 days, week 157 > 156): the first WIA month is 37, twelve months later.
    assert met_sanctie.eerste_wia_maand[0] == 37
    # Months 25-36: loondoorbetaling 70% x 3.500 = 2.450,00 plus 8% vakantiebijslag 196,00, in the
    # phase 'verlenging', in every branch.
    assert np.all(met_sanctie.loondoorbetaling[0, :, 24:36] == 2450.00)
    assert np.all(met_sanctie.totaal[0, :, 24:36] == 2646.00)
    assert np.all(met_sanctie.fase[0, :, 24:36] == F["verlenging"])
    assert np.all(met_sanctie.wia_uitkering[0, :, :36] == 0.0)
    # The overview shows 60 months after the wachttijd in both cases.
    assert met_sanctie.totaal.shape[2] == zonder.totaal.shape[2] + 12 == 36 + 60
    # The WIA months are the same amounts, twelve months later (both WIA starts take the 2026 values:
    # 2026-01-05 at its own law, 2027-01-04 at the values in force on the calculation date 2026-03-01).
    assert np.array_equal(met_sanctie.wia_uitkering[0, :, 36:84], zonder.wia_uitkering[0, :, 24:72])
    assert np.all(zonder.wia_uitkering[0, 5, 24:36] > 0)  # the IVA branch pays from month 25 without the sanction


def test_timeline_shape_equals_the_hand_given_extension(met_sanctie):
    hand = projecteer(persoon(verlenging_loondoorbetaling_weken=52.0), datum=DATUM)
    assert np.array_equal(hand.totaal, met_sanctie.totaal)
    assert np.array_equal(hand.fase, met_sanctie.fase)


def test_samentelling_of_sick_periods_moves_the_wia():
    # Sick 2024-01-08 .. 2024-03-03, healthy 2024-03-04 .. 2024-03-17 (14 days, less than four
    # weeks: the periods add up, BW 7:629 lid 10), sick again from 2024-03-18. The 104 weeks end 14
    # days later: day 728 + 14 = 2024-01-08 + 741 days = 2026-01-18; 742 days = 106 weeks.
    # Calculation date 2025-06-01: before the last day to apply for WIA, so nothing is late.
    pr = projecteer(persoon(eerste_ziektedag=None, ziekteperiodes=[
        {"van": "2024-01-08", "tot_en_met": "2024-03-03"}, {"van": "2024-03-18"}]), datum="2025-06-01")
    assert str(pr.ingangsdatum_wia[0]) == "2026-01-19"
    # Month 25 starts 2026-01-08 (week 105 <= 106): still loondoorbetaling; month 26 starts 2026-02-08
    # (762 days, week 109): the first WIA month.
    assert pr.eerste_wia_maand[0] == 26
    assert pr.loondoorbetaling[0, 0, 24] > 0 and pr.loondoorbetaling[0, 0, 25] == 0.0


def test_late_wia_application_moves_the_wia():
    # WIA art. 64 lid 3: apply at the latest 11 weeks (77 days) before the end of the wachttijd:
    # 2026-01-04 - 77 days = 2025-10-19. Applied on 2025-10-29: 10 days late, so the loondoorbetaling
    # runs 10 days longer (BW 7:629 lid 11 a): to 2026-01-14, the WIA from 2026-01-15.
    pr = projecteer(persoon(gedaan={"wia_aanvraag": "2025-10-29"}), datum=DATUM)
    assert str(pr.ingangsdatum_wia[0]) == "2026-01-15"
    # 738 days = 105 3/7 weeks; month 25 (week 105) is still paid, month 26 is the first WIA month.
    assert pr.eerste_wia_maand[0] == 26


def test_employer_pays_the_sanction_year():
    # The employer's wage cost grows by the twelve extra months: 12 x 2.646,00 = 31.752,00.
    kort = werkgeverskosten(persoon(), DATUM)
    lang = werkgeverskosten(persoon(gebeurtenissen=LOONSANCTIE), DATUM)
    assert lang.loonkosten[0] - kort.loonkosten[0] == pytest.approx(31752.00, abs=0.005)


def test_batch_mixes_persons_with_and_without_timeline_facts(zonder, met_sanctie):
    pr = projecteer([persoon(), persoon(gebeurtenissen=LOONSANCTIE)], datum=DATUM)
    assert list(pr.eerste_wia_maand) == [25, 37]
    assert np.array_equal(pr.totaal[1], met_sanctie.totaal[0])


def test_timeline_errors_are_dutch_and_name_the_field():
    with pytest.raises(InvoerFout) as fout:
        projecteer(persoon(gebeurtenissen=[{"soort": "loonsanctie", "weken": 60}]), datum=DATUM)
    assert "weken" in fout.value.veld and "52" in str(fout.value)
    with pytest.raises(InvoerFout) as fout:
        projecteer(persoon(gebeurtenissen=LOONSANCTIE, verlenging_loondoorbetaling_weken=52.0), datum=DATUM)
    assert fout.value.veld == "verlenging_loondoorbetaling_weken"
    with pytest.raises(InvoerFout) as fout:
        projecteer(persoon(ziekteperiodes=[{"van": "2024-01-15"}]), datum=DATUM)
    assert fout.value.veld == "eerste_ziektedag"


def test_first_sick_day_may_repeat_the_first_period():
    # The command line's overview asks for 'eerste_ziektedag'; with periods it is the first one's 'van'.
    a = projecteer(persoon(eerste_ziektedag=None, ziekteperiodes=[{"van": "2024-01-08"}],
                           gedaan={"wia_aanvraag": "2025-10-01"}), datum=DATUM)
    b = projecteer(persoon(ziekteperiodes=[{"van": "2024-01-08"}], gedaan={"wia_aanvraag": "2025-10-01"}),
                   datum=DATUM)
    assert a.eerste_wia_maand[0] == b.eerste_wia_maand[0] == 25


def test_application_not_yet_made_extends_to_the_calculation_date():
    # No application recorded and its last day (2025-10-19) has passed: the timeline counts the delay
    # up to 'vandaag' (BW 7:629 lid 11 a): 2025-10-19 .. 2026-03-01 = 12 + 30 + 31 + 31 + 28 + 1 = 133
    # days. The loondoorbetaling ends 2026-01-04 + 133 = 2026-05-17 (728 + 133 = 861 days = 123 weeks).
    # Month 29 starts 2026-05-08 (851 days, week 122): paid; month 30 (2026-06-08, 882 days, week 127) is WIA.
    pr = projecteer(persoon(ziekteperiodes=[{"van": "2024-01-08"}]), datum=DATUM)
    assert str(pr.ingangsdatum_wia[0]) == "2026-05-18"
    assert pr.eerste_wia_maand[0] == 30


def test_the_branch_thresholds_are_the_wia_parameters():
    # RVC 2.268 of a maatman of 3.780 (3.500 + 8%): (3.780 - 2.268) / 3.780 = 40%. Under the law (WGA from
    # 35%, WIA art. 5 and 54) the person's own estimate belongs to the WGA 35-80 branches; with the
    # parameter wia.ao_drempel_wga at 45% it belongs to the rejected branches instead (their standard
    # assumption, 25%, is replaced by the person's 40%).
    p = persoon(restverdiencapaciteit_per_maand=2268.0)
    wet = projecteer(p, datum=DATUM)
    assert wet.ao_percentage[0, 2] == pytest.approx(40.0) and wet.ao_percentage[0, 0] == pytest.approx(25.0)
    ander = huidig().hervorm("drempel_45", parameters={"wia.ao_drempel_wga": {dt.date(2020, 1, 1): 0.45}})
    proef = projecteer(p, datum=DATUM, stelsel=ander)
    assert proef.ao_percentage[0, 0] == pytest.approx(40.0)  # afgewezen_met_werk
    assert proef.ao_percentage[0, 2] == pytest.approx(50.0)  # wga_lau: the standard 50%
