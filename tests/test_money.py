import numpy as np

from spoorzoeker.money import naar_boven_op_centen, naar_centen


def test_half_up_where_round_gets_it_wrong():
    # Python's round(5065.575, 2) gives 5065.57 (binary float, half to even);
    # the law rounds half up: 5065.58 (architecture.md, "Decisions already taken").
    assert round(5065.575, 2) == 5065.57
    assert naar_centen(5065.575) == 5065.58


def test_half_up_on_exact_halves_and_arrays():
    # 0.125 -> 0.13, 2.675 (binary 2.67499...) -> 2.68, 1.005 -> 1.01; sub-cent values below the half go down.
    np.testing.assert_array_equal(naar_centen([0.125, 2.675, 1.005, 1.0049]), [0.13, 2.68, 1.01, 1.0])


def test_negative_amounts_round_away_from_zero():
    assert naar_centen(-2.675) == -2.68


def test_round_up_for_hourly_minimum_wage():
    # WML art. 14 lid 10 rounds the hourly wage up: 2337.00 / 156 = 14.98077 -> 14.99 (law-settled.md §1).
    assert naar_boven_op_centen(2337.00 / 156) == 14.99
    assert naar_boven_op_centen(14.71) == 14.71
