"""Correcting recorded data in the web app and the API (AVG art. 16): the casemanager corrects a step on the
case page and sees the corrected value with "gecorrigeerd op ... door ...: reden"; the same through the API;
who may not record an item may not correct it; bad input gives the Dutch error naming the field; the employee
sees that an item was corrected; the employer sees no medical data through a correction.

Dates by hand: first sick day Monday 5 January 2026 (the web world's case A); the probleemanalyse is due within
six weeks (Regeling procesgang art. 2 lid 2, https://wetten.overheid.nl/BWBR0013540#Artikel2), so by
5 January + 42 days = 16 February 2026. Done on 2 March 2026 it is late; corrected to 10 February 2026 it is
done in time.
"""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from webhulp import CSRF, client, maak_wereld, sluit

from spoorzoeker.cases import MedischeAantekening, StapGedaan
from spoorzoeker.cases.correcties import versie


@pytest.fixture
def w(tmp_path):
    wereld = maak_wereld(tmp_path)
    cm = wereld.ids["casemanager"]
    wereld.service.leg_stap_vast(cm, wereld.dossier_a, StapGedaan("probleemanalyse", dt.date(2026, 3, 2), "Carla"))
    yield wereld
    sluit(wereld)


def _status_probleemanalyse(pagina: str) -> str:
    rij = re.search(r'<tr class="status-([a-z_]+)">\s*<th scope="row">Probleemanalyse', pagina)
    assert rij, "no row for the probleemanalyse"
    return rij.group(1)


def _link(pagina: str, soort: str, nummer: int) -> str:
    """The "Corrigeren" link of a part on the case page (with the part's fingerprint)."""
    gevonden = re.search(rf'href="(/dossiers/[0-9a-f]+/corrigeer/{soort}/{nummer}\?versie=[0-9a-f]+)"', pagina)
    assert gevonden, f"no link to correct {soort} {nummer}"
    return html.unescape(gevonden.group(1))


def _formulier(pagina: str) -> str:
    begin = pagina.index('<form method="post" action="/dossiers/')
    return pagina[begin:pagina.index("</form>", begin)]


def test_een_te_late_stap_krijgt_zijn_motivering_met_een_correctie(w):
    """What the page's warning on a late step without a motivation advises: the probleemanalyse of this
    case (first sick day 5 January 2026, latest date 16 February 2026) was done on 2 March 2026; with a
    motivation added by a correction it is done outside its term with a motivation (Regeling procesgang
    art. 5), no longer late."""
    c = client(w, "casemanager")
    pagina = c.get(f"/dossiers/{w.dossier_a}").text
    assert _status_probleemanalyse(pagina) == "te_laat"
    formulier = _formulier(c.get(_link(pagina, "stap", 0)).text)
    versie = re.search(r'name="versie" value="([0-9a-f]+)"', formulier).group(1)
    r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/stap", data={
        "csrf": CSRF, "nummer": "0", "versie": versie, "code": "probleemanalyse",
        "datum": "2026-03-02", "door": "Carla", "document": "",
        "motivatie_afwijking": "De bedrijfsarts kon pas in week 8 een spreekuur geven.",
        "reden": "De motivering ontbrak bij het vastleggen."})
    assert r.status_code == 303
    assert _status_probleemanalyse(c.get(f"/dossiers/{w.dossier_a}").text) == "gedaan_buiten_termijn_met_motivering"


def test_casemanager_corrigeert_een_stap_op_een_eigen_pagina(w):
    c = client(w, "casemanager")
    pagina = c.get(f"/dossiers/{w.dossier_a}").text
    assert _status_probleemanalyse(pagina) == "te_laat"
    assert "<form" not in pagina.split('id="h-stappen"')[1].split("</ul>")[0]  # no form on the case page
    link = _link(pagina, "stap", 0)
    assert link.endswith("?versie=" + versie(StapGedaan("probleemanalyse", dt.date(2026, 3, 2), "Carla")))
    eigen = c.get(link)
    assert eigen.status_code == 200
    tekst = html.unescape(eigen.text)
    assert "Probleemanalyse, gedaan op 2 maart 2026 door Carla" in tekst and "Nog niet gecorrigeerd." in tekst
    formulier = _formulier(eigen.text)
    assert 'value="2026-03-02"' in formulier and 'name="csrf"' in formulier
    versie_op_pagina = re.search(r'name="versie" value="([0-9a-f]+)"', formulier).group(1)
    r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/stap", data={
        "csrf": CSRF, "nummer": "0", "versie": versie_op_pagina,
        "code": "probleemanalyse", "datum": "2026-02-10", "door": "Carla", "document": "", "motivatie_afwijking": "",
        "reden": "Datum verkeerd overgenomen uit de brief van de bedrijfsarts."})
    assert r.status_code == 303
    assert r.headers["location"] == f"/dossiers/{w.dossier_a}?klaar=gecorrigeerd&bij=stap-0#stap-0"
    pagina = html.unescape(c.get(r.headers["location"]).text)
    # the confirmation stands at the step (the anchor), once
    stap = pagina[pagina.index('<li id="stap-0">'):]
    stap = stap[:stap.index("</li>")]
    assert '<p class="melding melding-ok" role="status">Correctie vastgelegd</p>' in stap
    assert pagina.count("Correctie vastgelegd") == 1
    assert _status_probleemanalyse(pagina) == "gedaan"
    assert "Probleemanalyse, gedaan op 10 februari 2026 door Carla" in pagina
    assert re.search(r"Gecorrigeerd op \d+ \w+ \d{4}, \d\d:\d\d door Carla Casemanager: Datum verkeerd overgenomen "
                     r"uit de brief van de bedrijfsarts\.", pagina)
    assert "Was: Probleemanalyse, gedaan op 2 maart 2026 door Carla<br>Werd: Probleemanalyse, gedaan op 10 februari 2026" \
        in pagina
    # the form page now shows the history of this step
    eigen = html.unescape(c.get(f"/dossiers/{w.dossier_a}/corrigeer/stap/0").text)
    assert "Was: Probleemanalyse, gedaan op 2 maart 2026 door Carla<br>Werd: Probleemanalyse, gedaan op 10 februari" \
        in eigen and "door Carla Casemanager: Datum verkeerd overgenomen" in eigen
    # the link seen before the correction names the old version: the page says it changed meanwhile
    oud = c.get(link)
    assert oud.status_code == 409 and "intussen gewijzigd of ingetrokken" in html.unescape(oud.text)
    # the employee sees it on his own page too, and in his access log the correction (NEN 7513)
    eigen = html.unescape(client(w, "werknemer").get(f"/dossiers/{w.dossier_a}").text)
    assert "Datum verkeerd overgenomen uit de brief van de bedrijfsarts." in eigen
    assert "/corrigeer/" not in eigen and "U hebt recht op correctie (artikel 16 AVG)" in eigen
    inzage = client(w, "werknemer").get(f"/api/v1/dossiers/{w.dossier_a}/inzage").json()["regels"]
    assert any(r["handeling"] == "gegevens_corrigeren" and r["wie"] == "Carla Casemanager" for r in inzage)


def test_formulierpagina_is_een_gelogde_inzage(w):
    """Opening the form is reading the case: logged as the case page is (NEN 7513); a role that may not
    record the part gets a 404 page, and that refusal is logged too."""
    c = client(w, "casemanager")
    voor = len(w.service.lees_toegangslog(w.beheerder, w.dossier_a))
    assert c.get(f"/dossiers/{w.dossier_a}/corrigeer/stap/0").status_code == 200
    log = w.service.lees_toegangslog(w.beheerder, w.dossier_a)
    nieuw = [r for r in log[voor:] if r.gebruiker_id == w.ids["casemanager"]]
    assert [(r.operatie, r.soort, r.toegestaan) for r in nieuw] == [("dossier_lezen", "lezen", True)]
    r = client(w, "werknemer").get(f"/dossiers/{w.dossier_a}/corrigeer/stap/0")
    assert r.status_code == 404 and "Probleemanalyse, gedaan op" not in r.text
    log = w.service.lees_toegangslog(w.beheerder, w.dossier_a)
    van_hem = [(r.operatie, r.soort, r.toegestaan) for r in log if r.gebruiker_id == w.ids["werknemer"]]
    assert van_hem[-1] == ("stap_vastleggen", "lezen", False)
    # a part that does not exist: a Dutch 404 page, never a 5xx
    for pad in ("/corrigeer/stap/7", "/corrigeer/stap/x", "/corrigeer/stap/-1", "/corrigeer/onzin/0"):
        r = c.get(f"/dossiers/{w.dossier_a}{pad}")
        assert r.status_code in (404, 422), (pad, r.status_code)


def test_fout_komt_terug_op_de_formulierpagina_met_wat_er_stond(w):
    c = client(w, "casemanager")
    r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/stap", data={
        "csrf": CSRF, "nummer": "0", "code": "probleemanalyse",
        "datum": "2026-01-02", "door": "Carla", "reden": "Verkeerde datum"})
    assert r.status_code == 422
    tekst = html.unescape(r.text)
    assert "<h1>Gedane stap corrigeren</h1>" in tekst
    assert "De datum bij 'Gedaan op' (2 januari 2026) ligt voor de eerste ziektedag (5 januari 2026)" in tekst
    formulier = html.unescape(_formulier(r.text))
    assert 'value="2026-01-02"' in formulier and "Verkeerde datum" in formulier
    # an empty reason: the Dutch error names the field; the withdrawal box stays ticked
    r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/stap", data={
        "csrf": CSRF, "nummer": "0", "intrekken": "ja", "reden": "  "})
    assert r.status_code == 422
    assert "Reden van de correctie" in html.unescape(r.text)
    assert 'name="intrekken" value="ja" checked' in _formulier(r.text)
    # a number that names no part: a Dutch page, never a 5xx
    r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/stap", data={"csrf": CSRF, "nummer": "x", "datum": "2026-02-10",
                                                               "reden": "x"})
    assert r.status_code == 422 and "Welk onderdeel" in html.unescape(r.text)
    # without the CSRF token nothing happens
    r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/stap", data={"nummer": "0", "datum": "2026-02-10", "reden": "x"})
    assert r.status_code == 403
    assert w.service.lees_dossier(w.ids["casemanager"], w.dossier_a).stappen[0].datum == dt.date(2026, 3, 2)


def test_api_corrigeren_en_intrekken(w):
    c = client(w, "casemanager")
    overzicht = c.get(f"/api/v1/dossiers/{w.dossier_a}/correcties").json()
    [stap] = overzicht["onderdelen"]["stap"]
    assert stap == {"nummer": 0, "versie": versie(StapGedaan("probleemanalyse", dt.date(2026, 3, 2), "Carla")),
                    "omschrijving": "Probleemanalyse, gedaan op 2 maart 2026 door Carla"}
    assert overzicht["correcties"] == []
    r = c.post(f"/api/v1/dossiers/{w.dossier_a}/correcties/stappen",
               json={"nummer": 0, "versie": stap["versie"], "datum": "2026-02-10", "reden": "Brief gecontroleerd."})
    assert r.status_code == 200 and r.json() == {"bericht": "Correctie vastgelegd"}
    tijdlijn = c.get(f"/api/v1/dossiers/{w.dossier_a}").json()["tijdlijn"]
    pa = next(s for s in tijdlijn["stappen"] if s["code"] == "probleemanalyse")
    assert (pa["status"], pa["gedaan_op"], pa["uiterste_datum"]) == ("gedaan", "2026-02-10", "2026-02-16")
    # the old version is refused now (someone corrected it meanwhile)
    r = c.post(f"/api/v1/dossiers/{w.dossier_a}/correcties/stappen",
               json={"nummer": 0, "versie": stap["versie"], "intrekken": True, "reden": "Dubbel."})
    assert r.status_code == 422 and r.json()["veld"] == "versie"
    r = c.post(f"/api/v1/dossiers/{w.dossier_a}/correcties/stappen",
               json={"nummer": 0, "intrekken": True, "reden": "Toch niet gedaan."})
    assert r.status_code == 200 and "Ingetrokken" in r.json()["bericht"]
    overzicht = c.get(f"/api/v1/dossiers/{w.dossier_a}/correcties").json()
    assert overzicht["onderdelen"]["stap"] == []
    assert [(x["veld"], x["reden"], x["door"]) for x in overzicht["correcties"]] == [
        ("datum", "Brief gecontroleerd.", "Carla Casemanager"), ("ingetrokken", "Toch niet gedaan.", "Carla Casemanager")]


@pytest.mark.parametrize("body,veld,tekst", [
    ({"nummer": 0, "datum": "2026-01-02", "reden": "x"}, "datum", "ligt voor de eerste ziektedag (5 januari 2026)"),
    ({"nummer": 0, "datum": "2026-02-10", "reden": ""}, "reden", "Reden van de correctie"),
    ({"nummer": 0, "datum": "2026-02-10"}, "reden", "ontbreekt"),
    ({"nummer": 7, "datum": "2026-02-10", "reden": "x"}, "nummer", "geen stap met nummer 7"),
    ({"nummer": 0, "reden": "x"}, "code", "minstens één nieuwe waarde"),
    ({"nummer": 0, "datum": "morgen", "reden": "x"}, "datum", "moet een geldige datum zijn"),
    ({"nummer": -1, "datum": "2026-02-10", "reden": "x"}, "nummer", "Welk onderdeel"),
])
def test_api_foute_invoer_nederlands_met_het_veld(w, body, veld, tekst):
    r = client(w, "casemanager").post(f"/api/v1/dossiers/{w.dossier_a}/correcties/stappen", json=body)
    assert r.status_code == 422, r.text
    assert r.json()["veld"] == veld and tekst in r.json()["fout"], r.json()


def test_dossier_en_werknemer_corrigeren_via_api_en_pagina(w):
    c = client(w, "casemanager")
    r = c.post(f"/api/v1/dossiers/{w.dossier_a}/correcties/dossier",
               json={"veld": "verwachte_duur_weken", "waarde": 12, "reden": "Langer verwacht."})
    assert r.status_code == 200
    r = c.post(f"/api/v1/dossiers/{w.dossier_a}/correcties/dossier",
               json={"veld": "eerste_ziektedag", "waarde": "2026-13-01", "reden": "x"})
    assert r.status_code == 422 and r.json()["veld"] == "waarde"
    pagina = html.unescape(c.get(f"/dossiers/{w.dossier_a}/corrigeer/werknemer").text)
    assert "<dt>Functie</dt><dd>bakker</dd>" in pagina and 'name="veld"' in pagina
    r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/werknemer", data={
        "csrf": CSRF, "veld": "functie", "waarde": "broodbakker", "reden": "Functie is gewijzigd per 1 januari."})
    assert r.status_code == 303 and r.headers["location"].endswith("?klaar=gecorrigeerd&bij=gegevens#gegevens")
    pagina = html.unescape(c.get(f"/dossiers/{w.dossier_a}").text)
    assert "<dd>broodbakker</dd>" in pagina and "<dt>Verwachte duur</dt><dd>12 weken</dd>" in pagina
    assert "Gegevens van de werknemer, functie</strong>" in pagina and "Was: bakker<br>Werd: broodbakker" in pagina
    assert "Was: 8<br>Werd: 12" in pagina


@pytest.mark.parametrize("rol", ["werknemer", "bedrijfsarts", "arbeidsdeskundige", "spoor2_coach", "beheerder"])
def test_wie_geen_plan_mag_vastleggen_corrigeert_het_niet(w, rol):
    from spoorzoeker.cases import Interventie, PlanVanAanpak, SoortInterventie

    w.service.leg_plan_van_aanpak_vast(w.ids["casemanager"], w.dossier_a, PlanVanAanpak(
        dt.date(2026, 2, 20), "Terug", (Interventie(SoortInterventie.SCHOLING, "Cursus"),)))
    c = client(w, rol)
    r = c.post(f"/api/v1/dossiers/{w.dossier_a}/correcties/plannen", json={"nummer": 0, "doel": "X", "reden": "Y"})
    assert r.status_code == 404
    r = c.post(f"/dossiers/{w.dossier_a}/corrigeer/plan", data={"csrf": CSRF, "nummer": "0", "doel": "X", "reden": "Y"})
    assert r.status_code == 404
    assert w.service.lees_dossier(w.ids["casemanager"], w.dossier_a).plannen_van_aanpak[0].doel == "Terug"


def test_werkgever_ziet_geen_medische_gegevens_via_correcties(w):
    w.service.leg_medisch_vast(w.ba, w.dossier_a, MedischeAantekening(dt.date(2026, 2, 3), "Arts",
                                                                      diagnose="Geheime proefdiagnose"))
    c = client(w, "werkgever")
    r = c.post(f"/api/v1/dossiers/{w.dossier_a}/correcties/stappen",
               json={"nummer": 0, "datum": "2026-02-10", "reden": "Brief."})
    assert r.status_code == 200  # the employer records steps, so he corrects them
    for pad in (f"/dossiers/{w.dossier_a}", f"/api/v1/dossiers/{w.dossier_a}/correcties"):
        assert "Geheime proefdiagnose" not in c.get(pad).text
    # a correction of another kind than the process part is never shown (none can be made; one stored by hand)
    with w.db.opslag() as uow:
        uow.voeg_correctie_toe(dossier_id=w.dossier_a, werknemer_id=w.werknemer_a, onderdeel="medisch", veld="diagnose",
                               oud="Geheime proefdiagnose", nieuw="Andere", reden="Proef", door=w.ba,
                               tijdstip="2026-11-02T10:00:00.000000Z")
        uow.commit()
    assert "Geheime proefdiagnose" not in c.get(f"/api/v1/dossiers/{w.dossier_a}/correcties").text
    assert "Geheime proefdiagnose" not in c.get(f"/dossiers/{w.dossier_a}").text


def test_casemanager_van_een_andere_werkgever_krijgt_404(w):
    c = client(w, "casemanager")
    for pad, body in ((f"/api/v1/dossiers/{w.dossier_b}/correcties/dossier",
                       {"veld": "verwachte_duur_weken", "waarde": 3, "reden": "x"}),
                      (f"/api/v1/dossiers/{w.dossier_b}/correcties/ziekteperiodes", {"van": "2026-02-02", "reden": "x"})):
        r = c.post(pad, json=body)
        assert r.status_code == 404 and r.json()["veld"] is None
    assert c.get(f"/api/v1/dossiers/{w.dossier_b}/correcties").status_code == 404
    # the form pages of B's case: the same 404 as a case that does not exist, nothing of B on it
    for pad in ("corrigeer/stap/0", "corrigeer/ziekteperiode/0", "corrigeer/dossier", "corrigeer/werknemer"):
        r = c.get(f"/dossiers/{w.dossier_b}/{pad}")
        assert r.status_code == 404 and "Piet Bedacht" not in r.text, pad
