"""Correcting the track choice and the arbeidsdeskundige's report (AVG art. 16): only the roles that may record
them; the history is kept; the timeline follows the corrected choice; a correction or withdrawal that would leave
a track choice without the report before it (or both tracks without that advice) is refused, as recording is.

Dates by hand, first sick day Monday 5 January 2026: the track choice is preferred by the end of sick week 30
(parameter arbeidsdeskundig_advies_week, the initiatiefnota's proposal §4.3 item 2): day 210 = 5 January + 209
days = 2 August 2026; at the latest by the end of week 52 (eerstejaarsevaluatie_tot_week; Regeling procesgang
art. 4, https://wetten.overheid.nl/BWBR0013540#Artikel4): day 364 = 5 January 2026 + 363 days = 3 January 2027.
"""

from __future__ import annotations

import datetime as dt

import pytest
from geheugenhulp import db, wereld  # noqa: F401 - fixtures

from spoorzoeker.cases import (
    ArbeidsdeskundigRapport,
    Deelnemer,
    DossierFout,
    GeenToegang,
    Spoor,
    Spoorkeuze,
    WiaPrognose,
)
from spoorzoeker.cases.correcties import versie
from spoorzoeker.web.cijfers import tijdlijn_van

VANDAAG = dt.date(2026, 11, 2)
DEELNEMERS = (Deelnemer("werkgever", "Wim"), Deelnemer("werknemer", "Jan"))


def _stap(d, code):
    return next((s for s in tijdlijn_van(d, VANDAAG)["stappen"] if s["code"] == code), None)


@pytest.fixture
def w(wereld):
    s, g = wereld.service, wereld.gebruikers
    s.leg_arbeidsdeskundig_rapport_vast(g["arbeidsdeskundige"], wereld.dossier_a, ArbeidsdeskundigRapport(
        dt.date(2026, 6, 1), "Ad Deskundige", True, "Haalbaar met aanpassing.", "Niet nodig.", WiaPrognose.WGA_35_80,
        Spoor.SPOOR1))
    s.leg_spoorkeuze_vast(g["casemanager"], wereld.dossier_a, Spoorkeuze(dt.date(2026, 6, 10), DEELNEMERS, Spoor.SPOOR1,
                                                                         "Volgens advies"))
    return wereld


def test_gecorrigeerde_spoorkeuze_verschuift_de_tijdlijn(w):
    s, cm, did = w.service, w.gebruikers["casemanager"], w.dossier_a
    d = s.lees_dossier(cm, did)
    keuze = _stap(d, "spoorkeuze")
    assert (keuze["gedaan_op"], keuze["voorkeursdatum"], keuze["uiterste_datum"]) == ("2026-06-10", "2026-08-02",
                                                                                        "2027-01-03")
    assert _stap(d, "spoor2_start") is None  # spoor 1 chosen: no start of spoor 2 on the timeline
    s.corrigeer_onderdeel(cm, did, "spoorkeuze", 0, {"datum_gesprek": dt.date(2026, 8, 3), "keuze": Spoor.SPOOR2},
                          "Het gesprek was op 3 augustus; spoor 2 gekozen, niet spoor 1.", versie(d.spoorkeuzes[0]))
    d, correcties = s.lees_dossier_met_correcties(cm, did)
    keuze = _stap(d, "spoorkeuze")
    assert (keuze["gedaan_op"], keuze["status"]) == ("2026-08-03", "gedaan")  # between 2 August and 3 January
    assert _stap(d, "spoor2_start") is not None  # spoor 2 now: its start is on the timeline
    [c] = correcties
    assert (c["onderdeel"], c["veld"], c["door"]) == ("spoorkeuze", "datum_gesprek,keuze", "Carla Casemanager")
    assert c["oude_waarde"] == ("Spoorkeuze na het gesprek van 10 juni 2026: spoor 1 (eigen werkgever); motivering: "
                                "Volgens advies")
    assert c["nieuwe_waarde"].startswith("Spoorkeuze na het gesprek van 3 augustus 2026: spoor 2 (andere werkgever)")
    # withdrawn, the timeline has no track choice again
    s.trek_onderdeel_in(cm, did, "spoorkeuze", 0, "Per vergissing vastgelegd.")
    d = s.lees_dossier(cm, did)
    assert d.spoorkeuzes == () and _stap(d, "spoorkeuze")["gedaan_op"] is None


def test_rapport_corrigeert_alleen_de_arbeidsdeskundige_en_de_prognose_blijft_verborgen(w):
    s, g, did = w.service, w.gebruikers, w.dossier_a
    ad = g["arbeidsdeskundige"]
    # he records the WIA prognosis but may not read it (only who may read the medical part): his fingerprint is of
    # the report as he sees it, and the correction is accepted
    gezien = s.lees_dossier(ad, did).arbeidsdeskundige_rapporten[0]
    assert gezien.wia_prognose is None
    s.corrigeer_onderdeel(ad, did, "rapport", 0, {"mogelijkheden_spoor2": "Chauffeur bij een ander bedrijf."},
                          "Mogelijkheden in spoor 2 aangevuld.", versie(gezien))
    for rol in ("casemanager", "werkgever", "bedrijfsarts"):
        with pytest.raises(GeenToegang):
            s.corrigeer_onderdeel(g[rol], did, "rapport", 0, {"advies": Spoor.SPOOR2}, "x")
    with pytest.raises(GeenToegang):
        s.corrigeer_onderdeel(ad, did, "spoorkeuze", 0, {"motivatie": "Anders"}, "x")
    d, [c] = s.lees_dossier_met_correcties(g["werkgever"], did)
    assert d.arbeidsdeskundige_rapporten[0].mogelijkheden_spoor2 == "Chauffeur bij een ander bedrijf."
    assert d.arbeidsdeskundige_rapporten[0].wia_prognose is None  # still withheld from the employer
    assert "WGA" not in c["oude_waarde"] + c["nieuwe_waarde"] and "wga" not in c["oude_waarde"] + c["nieuwe_waarde"]
    # the bedrijfsarts still reads the prognosis as recorded
    assert s.lees_dossier(g["bedrijfsarts"], did).arbeidsdeskundige_rapporten[0].wia_prognose == WiaPrognose.WGA_35_80


@pytest.mark.parametrize("soort,wijziging,veld", [
    ("rapport", {"datum": dt.date(2026, 6, 20)}, "datum"),      # the report would come after the conversation
    ("spoorkeuze", {"datum_gesprek": dt.date(2026, 5, 20)}, "datum_gesprek"),  # the conversation before the report
    ("spoorkeuze", {"keuze": Spoor.BEIDE}, "keuze"),             # both tracks, while the report advises spoor 1
])
def test_correctie_die_de_spoorkeuze_zonder_rapport_laat_wordt_geweigerd(w, soort, wijziging, veld):
    wie = w.gebruikers["arbeidsdeskundige" if soort == "rapport" else "casemanager"]
    with pytest.raises(DossierFout) as fout:
        w.service.corrigeer_onderdeel(wie, w.dossier_a, soort, 0, wijziging, "Proef")
    assert fout.value.veld == veld
    assert w.service.lees_dossier_met_correcties(wie, w.dossier_a)[1] == []


def test_rapport_intrekken_terwijl_de_spoorkeuze_erop_steunt_wordt_geweigerd(w):
    s, g, did = w.service, w.gebruikers, w.dossier_a
    with pytest.raises(DossierFout) as fout:
        s.trek_onderdeel_in(g["arbeidsdeskundige"], did, "rapport", 0, "Per vergissing.")
    assert fout.value.veld == "nummer" and "spoorkeuze van 10 juni 2026" in str(fout.value)
    s.trek_onderdeel_in(g["casemanager"], did, "spoorkeuze", 0, "Eerst de keuze weg.")
    s.trek_onderdeel_in(g["arbeidsdeskundige"], did, "rapport", 0, "Per vergissing.")
    assert s.lees_dossier(g["casemanager"], did).arbeidsdeskundige_rapporten == ()


def test_op_sqlite_via_pagina_en_api(tmp_path):
    """The same through the web on SQLite (the world has a report of 1 June 2026): the track choice's page,
    its correction, and its withdrawal through the API (the participants go with it)."""
    import html

    from webhulp import CSRF, client, maak_wereld, sluit

    wereld = maak_wereld(tmp_path)
    try:
        wereld.service.leg_spoorkeuze_vast(wereld.ids["casemanager"], wereld.dossier_a, Spoorkeuze(
            dt.date(2026, 6, 10), DEELNEMERS, Spoor.SPOOR1, "Volgens advies"))
        c = client(wereld, "werkgever")
        pagina = c.get(f"/dossiers/{wereld.dossier_a}").text
        assert f"/dossiers/{wereld.dossier_a}/corrigeer/spoorkeuze/0?versie=" in pagina
        assert f"/dossiers/{wereld.dossier_a}/corrigeer/rapport/0" not in pagina  # only the arbeidsdeskundige
        eigen = html.unescape(c.get(f"/dossiers/{wereld.dossier_a}/corrigeer/spoorkeuze/0").text)
        assert "Spoorkeuze na het gesprek van 10 juni 2026: spoor 1 (eigen werkgever)" in eigen
        r = c.post(f"/dossiers/{wereld.dossier_a}/corrigeer/spoorkeuze", data={
            "csrf": CSRF, "nummer": "0", "datum_gesprek": "2026-08-03", "keuze": "spoor_1", "motivatie": "Volgens advies",
            "reden": "Datum van het gesprek verkeerd."})
        assert r.status_code == 303 and r.headers["location"].endswith("bij=spoorkeuze-0#spoorkeuze-0")
        d = wereld.service.lees_dossier(wereld.ids["casemanager"], wereld.dossier_a)
        assert d.spoorkeuzes[0].datum_gesprek == dt.date(2026, 8, 3) and d.spoorkeuzes[0].deelnemers == DEELNEMERS
        r = c.post(f"/api/v1/dossiers/{wereld.dossier_a}/correcties/spoorkeuzes",
                   json={"nummer": 0, "intrekken": True, "reden": "Dubbel vastgelegd."})
        assert r.status_code == 200
        assert wereld.service.lees_dossier(wereld.ids["casemanager"], wereld.dossier_a).spoorkeuzes == ()
        r = client(wereld, "arbeidsdeskundige").post(f"/api/v1/dossiers/{wereld.dossier_a}/correcties/rapporten",
                                                     json={"nummer": 0, "advies": "iets", "reden": "x"})
        assert r.status_code == 422 and r.json()["veld"] == "advies"
    finally:
        sluit(wereld)
