"""The overview's Ziektewet benefit at the AOW age (ZW art. 29 lid 4): for a sickness that began before the AOW age no
ziekengeld on and after the AOW date, while the wage runs six more weeks (BW 7:629 lid 2 onder b). Synthetic person."""

from __future__ import annotations

import numpy as np
import pytest

from spoorzoeker.projection.werkgever import werkgeverskosten

DATUM = "2026-03-01"
# Born 20-3-1959: AOW age in 2026 is 67 years (AOW art. 7a), reached on 20-3-2026. First sick day Monday 5-1-2026.
# SV-loon 26.100 = 261 x 100,00: a ZW-dagloon of exactly EUR 100,00.
PERSOON = {
    "eerste_ziektedag": "2026-01-05", "bruto_maandloon": 4000.0, "contracturen_per_week": 38.0,
    "geboortedatum": "1959-03-20", "lgu_duur_maanden": 12, "cao_regime": "wettelijk",
    "sv_loon_refertejaar": 26100.0, "ziekteoorzaak": "orgaandonatie",
}


def test_the_benefit_stops_on_the_aow_date_and_the_month_of_it_is_pro_rata():
    """By hand: 100,00 x 100% (ZW art. 29 lid 8) x 21,75 = 2.175,00 a month. Months start on 5-1, 5-2, 5-3 and 5-4.
    The month 5-3 .. 4-4 has 31 days, 15 of them before the AOW date (5-3 .. 19-3): 2.175,00 x 15 / 31 = 1.052,419
    -> 1.052,42. From the month of 5-4 on nothing (art. 29 lid 4), though the wage runs until 1-5-2026 (20-3 + six
    weeks, BW 7:629 lid 2 onder b). Total 2 x 2.175,00 + 1.052,42 = 5.402,42."""
    wk = werkgeverskosten(PERSOON, DATUM)
    per_maand = wk.ziektewet_vergoeding_per_maand[0]
    assert list(per_maand[:3]) == [2175.00, 2175.00, 1052.42]
    assert np.all(per_maand[3:] == 0.0)
    assert wk.ziektewet_vergoeding[0] == pytest.approx(5402.42, abs=0.001)
    assert wk.loonkosten_per_maand[0, 3] > 0  # the employer still owes wage in the month of 5-4


def test_the_texts_say_when_the_benefit_stops_and_what_the_overview_assumes():
    from spoorzoeker.projection import projecteer
    from spoorzoeker.reports import ziekteoorzaak

    wk = werkgeverskosten(PERSOON, DATUM)
    assert "De uitkering stopt op 20 maart 2026" in ziekteoorzaak.werkgever_alinea(wk, 0)
    assert "Na 104 weken" not in ziekteoorzaak.werkgever_alinea(wk, 0)
    pr = projecteer(PERSOON, DATUM)
    tekst = " ".join(ziekteoorzaak.werknemer_alineas(PERSOON, pr, 0))
    assert "De uitkering stopt op 20 maart 2026, de dag waarop u de AOW-leeftijd bereikt" in tekst
    # The wage after it: six weeks from the AOW date (BW 7:629 lid 2 onder b; the sickness began after 1-7-2023):
    # 20-3-2026 + 42 days = 1-5-2026 is the first day without wage, so the last day is 30-4-2026.
    assert "betaalt uw loon daarna nog door tot en met 30 april 2026 (art. 7:629 lid 2 onder b BW)" in tekst
    assert "tot en met 30 april 2026 (art. 7:629 lid 2 onder b BW), betaalt u zelf" in ziekteoorzaak.werkgever_alinea(wk, 0)
    # Pregnancy: the overview does not know the leave and says what it assumes.
    zwanger = {**PERSOON, "geboortedatum": "1990-05-01", "ziekteoorzaak": "zwangerschap_bevalling"}
    tekst = " ".join(ziekteoorzaak.werknemer_alineas(zwanger, projecteer(zwanger, DATUM), 0))
    assert ziekteoorzaak.AANNAME_VERLOF in tekst and "De uitkering stopt" not in tekst


@pytest.mark.parametrize("veld, waarde", [("zwangerschapsverlof_van", "2026-02-02"), ("meerling", True),
                                          ("vermoedelijke_bevallingsdatum", "2026-03-20")])
def test_leave_dates_the_overview_does_not_use_are_refused_not_ignored(veld, waarde):
    """The overview does not place the leave in its months (it says what it assumes); a leave date given to it was
    silently ignored. Now one Dutch line naming the field."""
    from spoorzoeker import InvoerFout
    from spoorzoeker.reports import maak_overzicht

    zwanger = {**PERSOON, "geboortedatum": "1990-05-01", "ziekteoorzaak": "zwangerschap_bevalling", veld: waarde}
    with pytest.raises(InvoerFout) as fout:
        maak_overzicht({"datum": DATUM, "persoon": zwanger})
    assert fout.value.veld == f"persoon.{veld}" and "niet gebruikt" in str(fout.value)
    assert "\n" not in str(fout.value)
