"""naar_centen for one person (a Python float path, no numpy calls) gives the batch path's result to the bit."""

from __future__ import annotations

import numpy as np

from spoorzoeker.money import naar_centen


def test_een_bedrag_zoals_de_reeks() -> None:
    rng = np.random.default_rng(20261130)
    waarden = np.concatenate([
        rng.uniform(-1e6, 1e6, 5000),
        np.round(rng.uniform(0, 1e5, 5000), 3),  # amounts on a half cent, where the rounding decides
        np.round(rng.uniform(-1e4, 0, 2000), 3) + 0.0005,
        rng.uniform(0, 1, 2000) * 10.0 ** rng.integers(-8, 15, 2000),
        np.array([0.0, -0.0, 5065.575, 0.005, -0.005, 1e300, -1e300, 2.0 ** 53, 1.005, 2.675]),
    ])
    reeks = naar_centen(waarden)
    for x, verwacht in zip(waarden, reeks, strict=True):
        een = naar_centen(np.array([x]))
        assert een.shape == (1,)
        assert een[0] == verwacht and np.signbit(een[0]) == np.signbit(verwacht), x


def test_halve_cent_naar_boven() -> None:
    # Hand calculation: 5065.575 is a half cent, the law rounds half up: 5065.58 (Python's round gives 5065.57).
    assert naar_centen(np.array([5065.575]))[0] == 5065.58
    assert naar_centen(np.array([-5065.575]))[0] == -5065.58  # away from zero
    assert naar_centen(np.array([[1283.385]])).shape == (1, 1)


def test_onbekend_blijft_onbekend() -> None:
    assert np.isnan(naar_centen(np.array([np.nan]))[0])
    assert naar_centen(np.array([np.inf]))[0] == np.inf
