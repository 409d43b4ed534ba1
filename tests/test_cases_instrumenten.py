"""The re-integration instruments chosen in a plan van aanpak (jobcoach, werkplekaanpassing,
proefplaatsing, vervoersvoorziening: WIA art. 35 and 37) are kept as interventions of the plan,
so they are stored without a new table and come back from the case file. Synthetic people only."""

from __future__ import annotations

import datetime as dt

import pytest
from geheugenhulp import db, wereld  # noqa: F401 - fixtures (the in-memory store)

from spoorzoeker.cases import DossierFout, naar_json
from spoorzoeker.cases.model import Interventie, PlanVanAanpak, SoortInterventie

D = dt.date


def test_instruments_are_stored_and_read_back(wereld):
    w = wereld
    s, cm, d = w.service, w.gebruikers["casemanager"], w.dossier_a
    plan = PlanVanAanpak(D(2026, 9, 20), "Werk bij een andere werkgever (spoor 2)", (
        Interventie(SoortInterventie.SCHOLING, "Cursus klantcontact", D(2026, 10, 1), D(2026, 11, 1)),
        Interventie(SoortInterventie.PROEFPLAATSING, "Proefplaats bij een logistiek bedrijf", D(2026, 11, 2),
                    D(2027, 5, 1)),
        Interventie(SoortInterventie.JOBCOACH, "Jobcoach in de eerste maanden", D(2026, 11, 2))))
    s.leg_plan_van_aanpak_vast(cm, d, plan)
    (terug,) = s.lees_dossier(cm, d).plannen_van_aanpak
    assert terug == plan
    assert [i.soort for i in terug.instrumenten] == [SoortInterventie.PROEFPLAATSING, SoortInterventie.JOBCOACH]
    soorten = [i["soort"] for i in naar_json(s.lees_dossier(cm, d))["plannen_van_aanpak"][0]["interventies"]]
    assert soorten == ["scholing", "proefplaatsing", "jobcoach"]


def test_instrument_validated():
    with pytest.raises(DossierFout):
        Interventie(SoortInterventie.JOBCOACH, "Jobcoach", D(2026, 11, 2), D(2026, 10, 1))
    with pytest.raises(DossierFout):
        Interventie("jobcoaching_onbekend", "Onbekend")  # type: ignore[arg-type]
    assert Interventie("jobcoach", "Jobcoach").soort is SoortInterventie.JOBCOACH  # type: ignore[arg-type]
