"""The second pass of corrections on the real databases (SQLite, and PostgreSQL when scripts/test starts one):
a track choice corrected and withdrawn (its participants go with it), a medical note corrected and withdrawn with
its reason encrypted at rest and key rotation, a question's intake corrected. The same behaviour as the in-memory
store in the other correction tests (the storage contract keeps the stores equal)."""

from __future__ import annotations

import datetime as dt

from dossierhulp import database_url, db, wereld  # noqa: F401 - fixtures
from sqlalchemy import text

from spoorzoeker.cases import (
    ArbeidsdeskundigRapport,
    Deelnemer,
    MedischeAantekening,
    Spoor,
    Spoorkeuze,
    WiaPrognose,
)

REDEN = "Uitslag van de scan: een hernia"


def test_spoorkeuze_medisch_en_vraag_op_de_database(wereld):
    s, g, did = wereld.service, wereld.gebruikers, wereld.dossier_a
    cm = g["casemanager"]
    s.leg_arbeidsdeskundig_rapport_vast(g["arbeidsdeskundige"], did, ArbeidsdeskundigRapport(
        dt.date(2026, 6, 1), "Ad", True, "Haalbaar.", "", WiaPrognose.ONZEKER, Spoor.SPOOR1))
    s.leg_spoorkeuze_vast(cm, did, Spoorkeuze(dt.date(2026, 6, 10), (Deelnemer("werkgever", "Wim"),
                                                                      Deelnemer("werknemer", "Jan")), Spoor.SPOOR1, "Advies"))
    s.corrigeer_onderdeel(cm, did, "spoorkeuze", 0, {"keuze": Spoor.SPOOR2, "motivatie": "Geen plek meer."}, "Herzien.")
    [k] = s.lees_dossier(cm, did).spoorkeuzes
    assert (k.keuze, k.motivatie, len(k.deelnemers)) == (Spoor.SPOOR2, "Geen plek meer.", 2)
    s.corrigeer_onderdeel(g["arbeidsdeskundige"], did, "rapport", 0, {"mogelijkheden_spoor2": "Chauffeur elders."}, "Aangevuld.")
    s.trek_onderdeel_in(cm, did, "spoorkeuze", 0, "Dubbel.")
    s.trek_onderdeel_in(g["arbeidsdeskundige"], did, "rapport", 0, "Verkeerd dossier.")
    d = s.lees_dossier(cm, did)
    assert d.spoorkeuzes == () and d.arbeidsdeskundige_rapporten == ()

    s.leg_medisch_vast(wereld.ba, did, MedischeAantekening(dt.date(2026, 2, 3), "Arts", diagnose="Lumbago"))
    s.leg_medisch_vast(wereld.ba, did, MedischeAantekening(dt.date(2026, 3, 3), "Arts", prognose="Goed"))
    s.corrigeer_medisch(wereld.ba, did, 0, {"diagnose": "Hernia"}, REDEN)
    s.trek_medisch_in(wereld.ba, did, 1, "Verkeerd dossier.")
    md, correcties = s.lees_medisch_met_correcties(wereld.ba, did)
    assert [a.diagnose for a in md.aantekeningen] == ["Hernia"]
    assert [(c["veld"], c["reden"]) for c in correcties] == [("diagnose", REDEN), ("ingetrokken", "Verkeerd dossier.")]
    with wereld.db.engine.connect() as c:
        opgeslagen = c.execute(text("SELECT reden, oude_waarde, nieuwe_waarde FROM correctie WHERE onderdeel = 'medisch'")).all()
        diagnose = c.execute(text("SELECT diagnose FROM medische_aantekening")).scalar()
    assert all("hernia" not in x.lower() and "lumbago" not in x.lower() for rij in opgeslagen for x in rij)
    assert "Hernia" not in diagnose
    assert [c["onderdeel"] for c in s.lees_dossier_met_correcties(g["werkgever"], did)[1]] == \
        ["spoorkeuze", "rapport", "spoorkeuze", "rapport"]

    vid = s.dien_vraag_in(cm, did, "vraag", "Thuiswerken?", dt.date(2026, 7, 1))
    s.handel_vraag_af(cm, did, vid, intake_op=dt.date(2026, 7, 2), intake="Besproken")
    s.handel_vraag_af(cm, did, vid, intake="Besproken, akkoord", reden="Aangevuld.")
    [v] = s.lees_dossier(cm, did).vragen
    assert v.intake == "Besproken, akkoord"
    assert s.lees_dossier_met_correcties(cm, did)[1][-1]["oude_waarde"].endswith("intake op 2 juli 2026: Besproken")
