"""Calibration targets that were restated from a newer or more primary published figure (issue 12). Each
value is hand arithmetic from the published numbers, written out; the margin stays the 10% of the value
the earlier figures had (a restated target may not get a wider margin)."""

from __future__ import annotations

import pytest

from spoorzoeker.simulation.kalibratie import DOELEN, Doel


def _doel(begin: str) -> Doel:
    (doel,) = [d for d in DOELEN if d.naam.startswith(begin)]
    return doel


def test_wia_instroom_2024_uit_de_achtmaandscijfers_van_uwv():
    """UWV jaarverslag 2024, table 'Uitkomst WIA-claimbeoordelingen', January-August: awarded 33,200 plus
    7,400 by the simplified 60+ assessment in 2024 = 40,600; 29,700 plus 6,200 in 2023 = 35,900. UWV via
    NH Nieuws and Szamen: 'more than 60,000' new WIA benefits in 2023. Taxlive: about 3,200 extra awards a
    year through the 60+ route in 2023 and 2024, a route the simulated cohort (WIA from 2028) does not have.
    60,000 x 40,600 / 35,900 = 67,855.15; minus 3,200 = 64,655 (rounded); margin 10% = 6,466."""
    doel = _doel("WIA-instroom 2024")
    assert 60_000 * (33_200 + 7_400) / (29_700 + 6_200) == pytest.approx(67_855.15, abs=0.01)
    assert doel.waarde == 64_655
    assert doel.tolerantie == 6_466
    assert "40.600" in doel.omrekening and "35.900" in doel.omrekening and "64.655" in doel.omrekening


def test_42e_weekmeldingen_uit_het_cijfer_van_2017():
    """UWV Kennisverslag (November 2018) via Trouw: 90,800 employees had been sick for 42 weeks in 2017.
    UWV jaarverslag 2018: 62,900 WIA applications received in 2017. UWV via Enkwest: 84,550 applications in
    2023. 90,800 x 84,550 / 62,900 = 122,053.1 -> 122,053; margin 10% = 12,205. The ratio of reports to
    applications rose: 79,800 / 60,100 = 1.33 (2016), 90,800 / 62,900 = 1.44 (2017)."""
    doel = _doel("42e-weekmeldingen")
    assert 90_800 * 84_550 / 62_900 == pytest.approx(122_053.1, abs=0.1)
    assert doel.waarde == 122_053
    assert doel.tolerantie == 12_205
    assert round(79_800 / 60_100, 2) == 1.33 and round(90_800 / 62_900, 2) == 1.44
    assert "1,33" in doel.omrekening and "1,44" in doel.omrekening and doel.jaar == "2017"


def test_de_herziene_tellingen_houden_de_marge_van_tien_procent():
    """The restated counts keep the 10% margin their predecessors had (66,400 +- 6,640; 112,264 +- 11,226)."""
    for begin in ("WIA-instroom 2024", "42e-weekmeldingen"):
        doel = _doel(begin)
        assert doel.tolerantie == pytest.approx(0.1 * doel.waarde, abs=1.0), doel.naam
