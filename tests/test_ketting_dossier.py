"""End to end, typed all the way: a case in the case file -> its sick case -> the timeline -> the
re-integratieverslag -> the financial overview, with no JSON in between; and a loonsanctie recorded on
the case moves the overview's months.

Sources: WIA https://wetten.overheid.nl/BWBR0019057 (art. 23, 25), BW book 7
https://wetten.overheid.nl/BWBR0005290 (art. 7:629). One synthetic case (nothing real): employee Els
Verzonnen of employer A (``dossierhulp.wereld``), sick from Monday 8 January 2024, never recovered,
WIA applied for on 1 October 2025. The hand calculation:

* 104 weeks (WIA art. 23 lid 1, BW 7:629 lid 1) are 728 days: the last day is 8 January 2024 + 727 days.
  2024 is a leap year: 8 January is its day 8; 8 + 727 = 735 = 366 (2024) + 365 (2025) + 4, so the
  wachttijd ends on Sunday 4 January 2026 and the WIA can start on Monday 5 January 2026.
* A loonsanctie of 52 weeks (WIA art. 25 lid 9; BW 7:629 lid 11) extends the loondoorbetaling by
  364 days: 4 January 2026 is day 4 of 2026; 4 + 364 = 368 = 365 + 3, so it ends on Sunday 3 January
  2027 and the WIA can start on Monday 4 January 2027. UWV decided on 3 November 2025, before the
  latest date of lid 10 (six weeks before 4 January 2026 = 23 November 2025), so lid 14 does not
  shorten it.
* The overview counts months from the first sick day (month m starts on the 8th, m - 1 months after
  January 2024) and shows the WIA from the first month that starts after the last week of
  loondoorbetaling: sick week of a day = days since the first sick day // 7 + 1. Without the sanction
  the last week is 104 (day 728 = 5 January 2026 is week 105): the month starting 8 December 2025
  (month 24, week 101) is still loondoorbetaling, the month starting 8 January 2026 (month 25) is the
  first WIA month. With it the last week is 156 (day 1092 = 4 January 2027): month 37, starting
  8 January 2027, is the first WIA month - twelve months later.
"""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from dossierhulp import database_url, db, wereld  # noqa: F401 - fixtures
from test_timeline_voorbeelden import GEVALLEN, _json, parameters

from spoorzoeker import timeline, ziektegeval
from spoorzoeker.cases import Gebeurtenis, SoortGebeurtenis, StapGedaan
from spoorzoeker.cases import ziektegeval as uit_dossier
from spoorzoeker.projection import projecteer
from spoorzoeker.reports.re_integratieverslag import controleer_volledigheid, maak_verslag
from spoorzoeker.timeline import Tijdlijn, bereken_tijdlijn, lees_verzoek, tijdlijn_van

D = dt.date
EERSTE_ZIEKTEDAG = D(2024, 1, 8)
VANDAAG = D(2025, 12, 1)
REKENDATUM = D(2025, 12, 1)  # the law of the overview (within the years Spoorzoeker knows)
PERSOON = {  # as in the published example of the overview, without the first sick day (the case gives it)
    "bruto_maandloon": 3500.0, "contracturen_per_week": 38.0, "geboortedatum": "1975-06-30",
    "eerste_jaar_met_arbeid": 2001, "cao_regime": "boven_170_voorwaardelijk",
    "wga_hiaat_verzekering": False, "excedent_verzekering": False,
}


@pytest.fixture
def zaak(wereld):  # noqa: F811 - the fixture of dossierhulp
    s = wereld.service
    cm = wereld.gebruikers["casemanager"]
    d = s.maak_dossier(wereld.gebruikers["werkgever"], wereld.werknemer_a2, EERSTE_ZIEKTEDAG)
    s.leg_stap_vast(cm, d, StapGedaan("wia_aanvraag", D(2025, 10, 1), "Carla Casemanager"))
    return wereld, d


def _verbied_json(monkeypatch) -> None:
    """From here on any JSON fails the test, and so does the timeline's JSON edge (reader and writer)."""
    def verboden(*args, **kwargs):
        raise AssertionError("JSON op het pad van dossier naar overzicht")

    monkeypatch.setattr(json, "dumps", verboden)
    monkeypatch.setattr(json, "loads", verboden)
    monkeypatch.setattr(timeline.invoer, "lees_verzoek", verboden)
    monkeypatch.setattr(timeline.invoer, "bereken_tijdlijn", verboden)
    monkeypatch.setattr(ziektegeval, "naar_verzoek", verboden)
    monkeypatch.setattr(Tijdlijn, "als_json", verboden)


def _keten(dossier) -> tuple[Tijdlijn, object]:
    """Case file -> sick case -> timeline -> completeness of the report -> overview, all typed."""
    geval = uit_dossier(dossier, VANDAAG)
    assert isinstance(geval, ziektegeval.Ziektegeval)
    t = tijdlijn_van(geval)
    controleer_volledigheid(dossier, VANDAAG, tijdlijn=t)
    pr = projecteer(dict(PERSOON), REKENDATUM, tijdlijnen=[t], uitleg=False)
    return t, pr


def test_dossier_tijdlijn_verslag_overzicht_zonder_json(zaak, monkeypatch):
    w, d = zaak
    dossier = w.service.lees_dossier(w.gebruikers["casemanager"], d)
    verslag = maak_verslag(w.service, w.gebruikers["casemanager"], d, vandaag=VANDAAG)

    _verbied_json(monkeypatch)  # the case is read (storage may keep JSON); what follows is typed
    t, pr = _keten(dossier)

    assert isinstance(verslag.tijdlijn, Tijdlijn) and verslag.tijdlijn == t  # the report reads the same typed result
    assert t.eerste_ziektedag == EERSTE_ZIEKTEDAG
    assert t.einde_wachttijd == D(2026, 1, 4) and t.einde_loondoorbetaling == D(2026, 1, 4)
    assert t.wia_vroegste_ingangsdatum == D(2026, 1, 5)
    assert pr.ingangsdatum_wia[0] == np.datetime64("2026-01-05")
    assert int(pr.eerste_wia_maand[0]) == 25
    assert pr.maand_start[0, 24] == np.datetime64("2026-01-08")


def test_een_loonsanctie_in_het_dossier_verschuift_het_overzicht(zaak):
    w, d = zaak
    s, cm = w.service, w.gebruikers["casemanager"]
    _, zonder = _keten(s.lees_dossier(cm, d))

    s.leg_gebeurtenis_vast(cm, d, Gebeurtenis(SoortGebeurtenis.LOONSANCTIE, D(2025, 11, 3), weken=52))
    dossier = s.lees_dossier(cm, d)
    t, met = _keten(dossier)

    assert t.loonsanctie_weken == 52
    assert t.einde_wachttijd == D(2026, 1, 4)  # the wachttijd itself does not move
    assert t.einde_loondoorbetaling == D(2027, 1, 3)
    assert t.wia_vroegste_ingangsdatum == D(2027, 1, 4)
    assert met.ingangsdatum_wia[0] == np.datetime64("2027-01-04")
    assert int(zonder.eerste_wia_maand[0]) == 25 and int(met.eerste_wia_maand[0]) == 37
    assert met.maand_start[0, 36] == np.datetime64("2027-01-08")
    # Months 25..36 were WIA months without the sanction; with it the employer pays the wage in them.
    assert (zonder.loondoorbetaling[0, 0, 24:36] == 0).all()
    assert (met.loondoorbetaling[0, 0, 24:36] > 0).all()
    # The report of the case shows the longer loondoorbetaling too (the same typed timeline).
    verslag = maak_verslag(s, cm, d, vandaag=VANDAAG)
    assert verslag.tijdlijn is not None and verslag.tijdlijn.einde_loondoorbetaling == D(2027, 1, 3)


# --- the edges agree with the typed path ----------------------------------------------------------------

VOORBEELDEN = [g.values[0] for g in GEVALLEN]  # the published timeline examples, without their xfail marks


@pytest.mark.parametrize("geval", VOORBEELDEN, ids=[g["naam"][:40] for g in VOORBEELDEN])
def test_gepubliceerde_voorbeelden_getypeerd_gelijk_aan_json(geval):
    """Reading the JSON request into the sick case and writing it back loses nothing, and the typed
    timeline written as JSON is the JSON edge's answer (the published dates themselves are checked in
    test_timeline_voorbeelden)."""
    p = parameters(geval.get("regels_vanaf"), **geval.get("wet_van_toen", {}))
    invoer = _json(geval["invoer"])
    g = lees_verzoek(invoer)
    assert lees_verzoek(ziektegeval.naar_verzoek(g)) == g
    assert tijdlijn_van(g, p).als_json() == bereken_tijdlijn(invoer, p)
