"""The minimum youth wage for a bbl employee (Besluit minimumjeugdloon art. 3) against hand calculations.

Minimumuurloon 21+ on 1-1-2026: EUR 14,71 (parameters/minimumloon.yaml). Art. 3 lid 1: 20 jaar 61,5%,
19 jaar 52,5%, 18 jaar 45,5%; art. 2 lid 1 (not bbl): 80%, 60%, 50%. Rounded half up to the cent
(art. 2 lid 2, applied to art. 3 by its lid 2).
"""

import pytest
from conftest import een

DATUM = "2026-01-01"


@pytest.mark.parametrize("leeftijd, bbl, verwacht", [
    (20, True, 9.05),    # 14,71 x 0,615 = 9,04665 -> 9,05
    (20, False, 11.77),  # 14,71 x 0,80 = 11,768 -> 11,77
    (19, True, 7.72),    # 14,71 x 0,525 = 7,72275 -> 7,72
    (19, False, 8.83),   # 14,71 x 0,60 = 8,826 -> 8,83
    (18, True, 6.69),    # 14,71 x 0,455 = 6,69305 -> 6,69
    (18, False, 7.36),   # 14,71 x 0,50 = 7,355 -> 7,36
    (21, True, 14.71),   # 21: no youth wage, bbl or not (art. 1: 15 up to 21)
    (21, False, 14.71),
])
def test_bbl_hourly_minimum_wage(leeftijd, bbl, verwacht):
    r = een(DATUM, ["minimumuurloon"], leeftijd=leeftijd, bbl=bbl)
    assert r["minimumuurloon"] == verwacht


def test_without_bbl_the_ordinary_youth_wage_is_the_default():
    # Not given: 'nee' (documented default): 20 jaar 80% -> 11,77.
    assert een(DATUM, ["minimumuurloon"], leeftijd=20)["minimumuurloon"] == 11.77


def test_bbl_floor_of_the_loondoorbetaling():
    # BW 7:629 lid 1: at least the minimum wage that applies to this employee, per month for 40 hours:
    # 2026 has 261 weekdays; 8 hours a day x 261 / 12 = 174 hours a month.
    # bbl, 20 jaar: 9,05 x 174 = 1.574,70; not bbl: 11,77 x 174 = 2.047,98.
    r = een(DATUM, ["minimumloon_bodem_per_maand"], leeftijd=20, bbl=True, contracturen_per_week=40)
    assert r["minimumloon_bodem_per_maand"] == 1574.70
    r = een(DATUM, ["minimumloon_bodem_per_maand"], leeftijd=20, bbl=False, contracturen_per_week=40)
    assert r["minimumloon_bodem_per_maand"] == 2047.98
