"""The storage side of corrections on the real databases (SQLite, and PostgreSQL when scripts/test starts one),
as the in-memory store does it in test_web_correctie_service.py: the nth part of a list is changed or
withdrawn (a plan with its interventions), the case's cached read follows, and the history names who did it."""

from __future__ import annotations

import datetime as dt

from dossierhulp import database_url, db, wereld  # noqa: F401 - fixtures

from spoorzoeker.cases import (
    Gebeurtenis,
    Interventie,
    Nazorgmoment,
    PlanVanAanpak,
    SoortGebeurtenis,
    SoortInterventie,
    StapGedaan,
    Ziekteperiode,
)


def test_corrigeren_en_intrekken_op_de_database(wereld):
    s, cm = wereld.service, wereld.gebruikers["casemanager"]
    d_id = wereld.dossier_a
    s.leg_stap_vast(cm, d_id, StapGedaan("probleemanalyse", dt.date(2026, 3, 2), "Carla"))
    s.leg_stap_vast(cm, d_id, StapGedaan("evaluatie", dt.date(2026, 4, 1), "Carla"))
    for dag in (dt.date(2026, 2, 20), dt.date(2026, 4, 20)):
        s.leg_plan_van_aanpak_vast(cm, d_id, PlanVanAanpak(dag, "Terug", (
            Interventie(SoortInterventie.SCHOLING, "Cursus"), Interventie(SoortInterventie.COACHING, "Coach"))))
    s.leg_gebeurtenis_vast(cm, d_id, Gebeurtenis(SoortGebeurtenis.LOONSANCTIE, dt.date(2027, 1, 4), weken=12))
    s.leg_ziekteperiode_vast(cm, d_id, Ziekteperiode(dt.date(2026, 1, 5), dt.date(2026, 9, 30)))
    s.leg_nazorg_vast(cm, d_id, Nazorgmoment(dt.date(2026, 11, 1)))
    s.lees_dossier(cm, d_id)  # cached now: the corrections must raise its version

    s.corrigeer_onderdeel(cm, d_id, "stap", 1, {"datum": dt.date(2026, 3, 30)}, "Datum.")
    s.trek_onderdeel_in(cm, d_id, "plan", 0, "Dubbel.")
    s.corrigeer_onderdeel(cm, d_id, "gebeurtenis", 0, {"weken": 10, "uitkomst": True}, "Besluit.")
    s.corrigeer_onderdeel(cm, d_id, "nazorg", 0, {"gedaan_op": dt.date(2026, 11, 2), "notitie": "Goed"}, "Gedaan.")
    d, correcties = s.lees_dossier_met_correcties(cm, d_id)
    assert [(x.code, x.datum) for x in d.stappen] == [("probleemanalyse", dt.date(2026, 3, 2)),
                                                      ("evaluatie", dt.date(2026, 3, 30))]
    assert [p.opgesteld_op for p in d.plannen_van_aanpak] == [dt.date(2026, 4, 20)]
    assert [i.omschrijving for i in d.plannen_van_aanpak[0].interventies] == ["Cursus", "Coach"]
    assert (d.gebeurtenissen[0].weken, d.gebeurtenissen[0].uitkomst) == (10, True)
    assert (d.nazorg[0].gedaan_op, d.nazorg[0].notitie) == (dt.date(2026, 11, 2), "Goed")
    assert [(c["onderdeel"], c["veld"], c["door"]) for c in correcties] == [
        ("stap", "datum", "Carla Casemanager"), ("plan", "ingetrokken", "Carla Casemanager"),
        ("gebeurtenis", "weken,uitkomst", "Carla Casemanager"), ("nazorg", "gedaan_op,notitie", "Carla Casemanager")]
    assert correcties[2]["nieuwe_waarde"] == "Loonsanctie: 4 januari 2027, 10 weken, toegekend"
    # the employee's full view holds them too, decrypted
    assert len(s.inzage(wereld.gebruikers["werknemer"])["correcties"]) == 4
