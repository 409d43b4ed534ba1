"""Correcting a medical note (AVG art. 16): only the roles that may write medical notes (the bedrijfsarts, the
casemanager in taakdelegatie; AP Beleidsregels 'De zieke werknemer'); the note as it was, as it became and the
reason stay in the history, stored encrypted like the note; that history is shown only to who may read the
medical part (those roles and the employee himself, AVG art. 15), never to the employer: not in the case's
correction list, not in the export, not in the API, not on any page."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from geheugenhulp import db, wereld  # noqa: F401 - fixtures
from webhulp import CSRF, client, maak_wereld, sluit

from spoorzoeker.cases import DossierFout, GeenToegang, MedischeAantekening
from spoorzoeker.cases.correcties import versie

GEHEIM = "Proefdiagnose lumbago"
NIEUW = "Proefdiagnose hernia"
REDEN = "Uitslag van de MRI-scan wijst op een hernia"


def test_service_alleen_medische_schrijvers_corrigeren_en_alleen_medische_lezers_zien_het(wereld):
    s, g, did = wereld.service, wereld.gebruikers, wereld.dossier_a
    s.leg_medisch_vast(wereld.ba, did, MedischeAantekening(dt.date(2026, 2, 3), "Dr. Anna Arts", diagnose=GEHEIM))
    [a] = s.lees_medisch(wereld.ba, did).aantekeningen
    for rol in ("werkgever", "casemanager", "werknemer", "arbeidsdeskundige"):
        with pytest.raises(GeenToegang):
            s.corrigeer_medisch(g[rol], did, 0, {"diagnose": NIEUW}, REDEN)
        with pytest.raises(GeenToegang):
            s.trek_medisch_in(g[rol], did, 0, REDEN)
    with pytest.raises(DossierFout) as fout:  # an emptied note is withdrawn, not corrected to nothing
        s.corrigeer_medisch(wereld.ba, did, 0, {"diagnose": ""}, REDEN)
    assert fout.value.veld == "diagnose"
    s.corrigeer_medisch(g["casemanager_taakdelegatie"], did, 0, {"diagnose": NIEUW}, REDEN, versie(a))
    with pytest.raises(DossierFout) as fout:  # the version seen before is refused now
        s.corrigeer_medisch(wereld.ba, did, 0, {"prognose": "Herstel in 8 weken"}, "x", versie(a))
    assert fout.value.veld == "versie"
    md, [c] = s.lees_medisch_met_correcties(wereld.ba, did)
    assert md.aantekeningen[0].diagnose == NIEUW
    assert (c["onderdeel"], c["veld"], c["reden"], c["door"]) == ("medisch", "diagnose", REDEN, "Dirk Delegatie")
    assert c["oude_waarde"] == f"Medische aantekening van 3 februari 2026 door Dr. Anna Arts; diagnose: {GEHEIM}"
    # the employee reads his own medical part with its history; the employer and the casemanager may not
    assert s.lees_medisch_met_correcties(g["werknemer"], did)[1][0]["reden"] == REDEN
    for rol in ("werkgever", "casemanager"):
        with pytest.raises(GeenToegang):
            s.lees_medisch_met_correcties(g[rol], did)
        _, correcties = s.lees_dossier_met_correcties(g[rol], did)
        assert correcties == []
        assert GEHEIM not in str(s.exporteer_dossier(g[rol], did)) and REDEN not in str(s.exporteer_dossier(g[rol], did))
    # the full inzage (AVG art. 15 and 20) is the employee's alone, and holds the medical history for him
    with pytest.raises(GeenToegang):
        s.inzage(g["werkgever"])
    assert [x["reden"] for x in s.inzage(g["werknemer"])["correcties"] if x["onderdeel"] == "medisch"] == [REDEN]
    # withdrawn: it leaves the medical part, the history keeps it
    s.trek_medisch_in(wereld.ba, did, 0, "In het verkeerde dossier gezet.")
    md, correcties = s.lees_medisch_met_correcties(wereld.ba, did)
    assert md.aantekeningen == () and [x["veld"] for x in correcties] == ["diagnose", "ingetrokken"]


@pytest.fixture
def w(tmp_path):
    wereld = maak_wereld(tmp_path)
    wereld.service.leg_medisch_vast(wereld.ba, wereld.dossier_a, MedischeAantekening(
        dt.date(2026, 2, 3), "Dr. Anna Arts", diagnose=GEHEIM, prognose="Herstel in 6 weken"))
    yield wereld
    sluit(wereld)


def test_bedrijfsarts_corrigeert_via_de_pagina_en_de_werkgever_ziet_niets(w):
    c = client(w, "bedrijfsarts")
    medisch = c.get(f"/dossiers/{w.dossier_a}/medisch").text
    link = html.unescape(re.search(r'href="(/dossiers/[0-9a-f]+/corrigeer/medisch/0\?versie=[0-9a-f]+)"', medisch).group(1))
    eigen = c.get(link)
    assert eigen.status_code == 200 and GEHEIM in eigen.text
    v = re.search(r'name="versie" value="([0-9a-f]+)"', eigen.text).group(1)
    r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/medisch", data={
        "csrf": CSRF, "nummer": "0", "versie": v, "datum": "2026-02-03", "door": "Dr. Anna Arts", "diagnose": NIEUW,
        "beperkingen_toelichting": "", "prognose": "Herstel in 6 weken", "medische_notitie": "", "reden": REDEN})
    assert r.status_code == 303
    assert r.headers["location"] == f"/dossiers/{w.dossier_a}/medisch?klaar=gecorrigeerd&bij=medisch-0#medisch-0"
    pagina = html.unescape(c.get(r.headers["location"]).text)
    assert NIEUW in pagina and f"Was: Medische aantekening van 3 februari 2026 door Dr. Anna Arts; diagnose: {GEHEIM}" \
        in pagina and f"door Dr. Anna Arts: {REDEN}" in pagina
    # stored encrypted: neither the old diagnosis nor the reason is readable in the database
    with w.db.engine.connect() as verbinding:
        from sqlalchemy import text

        rijen = verbinding.execute(text("SELECT oude_waarde, nieuwe_waarde, reden FROM correctie")).all()
    assert len(rijen) == 1 and not any(GEHEIM in x or NIEUW in x or "MRI" in x for x in rijen[0])
    # the employer: nothing of it on any page or answer he can reach
    wg = client(w, "werkgever")
    for pad in (f"/dossiers/{w.dossier_a}", f"/api/v1/dossiers/{w.dossier_a}", f"/api/v1/dossiers/{w.dossier_a}/correcties",
                f"/api/v1/dossiers/{w.dossier_a}/export", f"/dossiers/{w.dossier_a}/verslag",
                f"/dossiers/{w.dossier_a}/medisch", f"/api/v1/dossiers/{w.dossier_a}/medisch",
                f"/dossiers/{w.dossier_a}/corrigeer/medisch/0", link):
        r = wg.get(pad)
        assert not any(x in r.text for x in (GEHEIM, NIEUW, "MRI", "hernia", "lumbago")), pad
    assert wg.get(f"/dossiers/{w.dossier_a}/corrigeer/medisch/0").status_code == 404
    r = wg.post(f"/api/v1/dossiers/{w.dossier_a}/correcties/medisch", json={"nummer": 0, "diagnose": "x", "reden": "y"})
    assert r.status_code == 404
    # the employee reads his medical part and its history (AVG art. 15), through the API too, but corrects nothing
    wn = client(w, "werknemer")
    api = wn.get(f"/api/v1/dossiers/{w.dossier_a}/medisch").json()
    assert [x["reden"] for x in api["correcties"]] == [REDEN] and api["onderdelen"][0]["nummer"] == 0
    assert "/corrigeer/medisch/" not in wn.get(f"/dossiers/{w.dossier_a}/medisch").text


def test_api_medisch_corrigeren_fouten_nederlands_met_het_veld(w):
    c = client(w, "casemanager_taakdelegatie")
    pad = f"/api/v1/dossiers/{w.dossier_a}/correcties/medisch"
    versie_nu = c.get(f"/api/v1/dossiers/{w.dossier_a}/medisch").json()["onderdelen"][0]["versie"]
    for body, veld in (({"nummer": 3, "diagnose": "x", "reden": "y"}, "nummer"),
                       ({"nummer": 0, "diagnose": "x"}, "reden"),
                       ({"nummer": 0, "datum": "2025-12-01", "reden": "y"}, "datum"),
                       ({"nummer": 0, "reden": "y"}, "datum")):
        r = c.post(pad, json=body)
        assert r.status_code == 422 and r.json()["veld"] == veld, (body, r.json())
    r = c.post(pad, json={"nummer": 0, "versie": versie_nu, "prognose": "Herstel in 10 weken", "reden": "Bijgesteld."})
    assert r.status_code == 200 and r.json() == {"bericht": "Correctie vastgelegd"}


def test_sleutelrotatie_houdt_de_medische_geschiedenis_leesbaar(w):
    """Key rotation re-encrypts the reason of a medical correction too (it is stored encrypted)."""
    from spoorzoeker.storage.sleutels import laad_sleutels

    w.service.corrigeer_medisch(w.ba, w.dossier_a, 0, {"diagnose": NIEUW}, REDEN)
    oude = laad_sleutels().versleutelingssleutels[0]
    w.db.roteer_sleutel()
    nieuw = laad_sleutels()
    assert nieuw.versleutelingssleutels[0] != oude and len(nieuw.versleutelingssleutels) == 1
    w.db.sleutels = nieuw  # only the new key is left
    _, [c] = w.service.lees_medisch_met_correcties(w.ba, w.dossier_a)
    assert c["reden"] == REDEN and NIEUW in c["nieuwe_waarde"]
