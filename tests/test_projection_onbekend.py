"""The engine's "unknown" (NaN) is never shown as EUR 0: the edge names what is missing, in Dutch."""

import pytest

from spoorzoeker.errors import InvoerFout
from spoorzoeker.projection.prognose import wia_prognose


def test_prognosis_with_a_maatmanloon_of_zero_names_the_field():
    # (0 - restverdiencapaciteit) / 0: no arbeidsongeschiktheidspercentage, so no class and no outcome.
    with pytest.raises(InvoerFout) as fout:
        wia_prognose({"maatmanloon_per_maand": 0.0, "restverdiencapaciteit_laag": 0.0,
                      "restverdiencapaciteit_hoog": 100.0, "wia_maandloon": 3000.0}, "2026-03-01")
    assert fout.value.veld == "maatmanloon_per_maand"
    assert "niet berekenen" in str(fout.value) and "0,00" in str(fout.value)


def test_prognosis_with_known_inputs_still_pays():
    # maatman 3.000, rvc 1.000: 66,67% -> WGA 35-80; LGU month 3: 70% x 3.000 = 2.100,00 (WIA art. 61 lid 1 b).
    pr = wia_prognose({"maatmanloon_per_maand": 3000.0, "restverdiencapaciteit_laag": 1000.0,
                       "restverdiencapaciteit_hoog": 2000.0, "wia_maandloon": 3000.0}, "2026-03-01")
    assert pr.lgu_na_twee_maanden[0, 0] == 2100.00
    # rvc 2.000: 33,33%, below 35%: no WGA, so 0 (a known outcome, not an unknown one).
    assert pr.lgu_na_twee_maanden[0, 2] == 0.0
