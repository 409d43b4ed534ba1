"""The employer's absence figures (CBS definitions) and the traffic lights, by hand."""

from __future__ import annotations

import datetime as dt

from spoorzoeker.cases import Dossier, Werkgever, Werknemer, Ziekteperiode
from spoorzoeker.web.cijfers import licht, tijdlijn_van, verzuimcijfers

WG = Werkgever("w", "Proef BV", 10)


def dossier(*periodes: Ziekteperiode) -> Dossier:
    return Dossier("d", WG, Werknemer("n", "w", "Proef"), periodes[0].van, ziekteperiodes=periodes)


def test_verzuimcijfers_met_de_hand():
    vandaag = dt.date(2026, 12, 31)   # window: 1 January .. 31 December 2026, 365 days
    a = dossier(Ziekteperiode(dt.date(2026, 3, 1), dt.date(2026, 3, 10)))            # 10 days, ended
    b = dossier(Ziekteperiode(dt.date(2026, 12, 2), None, hervatting_percentage=50))  # 30 days open, half worked
    c = dossier(Ziekteperiode(dt.date(2025, 12, 22), dt.date(2026, 1, 4)))            # 4 days in the window, 14 long
    uit = verzuimcijfers([a, b, c], 10, vandaag)
    # sick days: 10 + 30 x 0.5 + 4 = 29; available: 10 employees x 365 days = 3650; 29 / 3650 = 0.7945%
    assert uit.verzuimdagen == 29
    assert abs(uit.verzuimpercentage - 100 * 29 / 3650) < 1e-12
    # reports that began in the window: a and b (c began in 2025) -> 2 / 10 employees = 0.2 per year
    assert uit.meldingen == 2 and abs(uit.meldingsfrequentie - 0.2) < 1e-12
    # ended in the window: a (10 days) and c (22 Dec .. 4 Jan = 14 days) -> (10 + 14) / 2 = 12
    assert uit.herstelde_meldingen == 2 and uit.gemiddelde_verzuimduur == 12


def test_licht_rood_bij_een_te_late_wettelijke_stap_en_groen_daarvoor():
    d = dossier(Ziekteperiode(dt.date(2026, 1, 5)))
    # six weeks after the first sick day the probleemanalyse is overdue (Regeling procesgang art. 2 lid 2)
    assert licht(tijdlijn_van(d, dt.date(2026, 3, 2)), dt.date(2026, 3, 2)).kleur == "rood"
    # on day 2 the first statutory step, the probleemanalyse, is due on sick day 43 (16 February), more
    # than two weeks ahead: green, and that step is the next one
    vroeg = licht(tijdlijn_van(d, dt.date(2026, 1, 6)), dt.date(2026, 1, 6))
    assert vroeg.kleur == "groen" and vroeg.te_laat == []
    assert vroeg.volgende["code"] == "probleemanalyse" and vroeg.volgende["uiterste_datum"] == "2026-02-16"
    # two weeks before that date it turns orange
    assert licht(tijdlijn_van(d, dt.date(2026, 2, 2)), dt.date(2026, 2, 2)).kleur == "oranje"


def test_verzuimpercentage_over_dienstdagen_als_alle_werknemers_bekend_zijn():
    vandaag = dt.date(2026, 12, 31)   # window: 1 January .. 31 December 2026, 365 days
    a = dossier(Ziekteperiode(dt.date(2026, 3, 1), dt.date(2026, 3, 10)))   # 10 sick days
    # three registered employees for a stated size of 2: the employment days are known. One employed
    # all year (365 days), one left on 30 June (1 January .. 30 June = 31+28+31+30+31+30 = 181 days),
    # one left before the window (0 days): 546 employment days; 10 / 546 = 1.8315%
    uit = verzuimcijfers([a], 2, vandaag, uit_dienst=[None, dt.date(2026, 6, 30), dt.date(2025, 12, 1)])
    assert uit.basis == "dienstdagen" and uit.beschikbare_dagen == 546 and uit.bekende_werknemers == 3
    assert abs(uit.verzuimpercentage - 100 * 10 / 546) < 1e-12
    # one report over 546 / 365 employees on average: 365 / 546 = 0.6685 per employee per year
    assert abs(uit.meldingsfrequentie - 365 / 546) < 1e-12


def test_verzuimpercentage_op_het_opgegeven_aantal_als_niet_alle_werknemers_bekend_zijn():
    vandaag = dt.date(2026, 12, 31)
    a = dossier(Ziekteperiode(dt.date(2026, 3, 1), dt.date(2026, 3, 10)))   # 10 sick days
    # one registered employee of a stated 10: the stated size times 365 days = 3650; 10 / 3650
    uit = verzuimcijfers([a], 10, vandaag, uit_dienst=[None])
    assert uit.basis == "opgegeven_aantal" and uit.beschikbare_dagen == 3650
    assert abs(uit.verzuimpercentage - 100 * 10 / 3650) < 1e-12
