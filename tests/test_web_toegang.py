"""Privacy of the web app per field, and the work list (review 4, findings 1, 2, 3, 12, 14).

* Every field of a case that a role may not see is withheld on every route, the JSON and the export
  included, not only on the pages (finding 2): the expected sets are written out here by hand from the AP
  Beleidsregels "De zieke werknemer" (2016): an expected degree of disability (the arbeidsdeskundige's
  WIA prognosis) is not for the employer's side, only for the roles that may read the medical part.
* The work list sorts over all cases before it cuts a page (finding 3), survives a case whose timeline
  cannot be computed (finding 1), logs a row shown as what it is, not as opening the case (finding 12),
  and shows a recovered employee grey (finding 14).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from webhulp import ROLLEN, client, maak_wereld, sluit

from spoorzoeker.cases import Dossier, Ziekteperiode

# Who sees the WIA prognosis: the roles that may read the medical part (cases/beleid.py, AP Beleidsregels).
ZIET_PROGNOSE = {"werknemer", "casemanager_taakdelegatie", "bedrijfsarts"}
LEZERS = set(ROLLEN) - {"beheerder"}
# Every field of a case and of its records, with the roles that do NOT see it; written out by hand, so a
# field added to the case file without a decision here fails test_elk_veld_van_het_dossier_is_beoordeeld.
NIET_VOOR = {"werkgever", "casemanager", "arbeidsdeskundige", "spoor2_coach"}
VELDEN = {
    "id": set(), "werkgever": set(), "werknemer": set(), "eerste_ziektedag": set(), "verwachte_duur_weken": set(),
    "vangnet_van_toepassing": set(), "arbeidsongeval": set(), "derde_aansprakelijk": set(),
    "ziekteperiodes": set(), "functionele_mogelijkheden": set(), "stappen": set(), "plannen_van_aanpak": set(),
    "spoorkeuzes": set(), "vragen": set(), "nazorg": set(), "gebeurtenissen": set(),
    "arbeidsdeskundige_rapporten.datum": set(), "arbeidsdeskundige_rapporten.opgesteld_door": set(),
    "arbeidsdeskundige_rapporten.spoor1_realistisch": set(), "arbeidsdeskundige_rapporten.toelichting_spoor1": set(),
    "arbeidsdeskundige_rapporten.mogelijkheden_spoor2": set(), "arbeidsdeskundige_rapporten.advies": set(),
    "arbeidsdeskundige_rapporten.wia_prognose": NIET_VOOR,
}


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    wereld = maak_wereld(tmp_path_factory.mktemp("toegang"))
    yield wereld
    sluit(wereld)


def _velden(dossier_json: dict) -> dict[str, object]:
    """The case as 'field' -> value, the arbeidsdeskundige's reports per field of the record."""
    uit: dict[str, object] = {k: v for k, v in dossier_json.items() if k != "arbeidsdeskundige_rapporten"}
    for r in dossier_json["arbeidsdeskundige_rapporten"]:
        for k, v in r.items():
            uit.setdefault(f"arbeidsdeskundige_rapporten.{k}", [])
            uit[f"arbeidsdeskundige_rapporten.{k}"].append(v)  # type: ignore[union-attr]
    return uit


def test_elk_veld_van_het_dossier_is_beoordeeld():
    from spoorzoeker.cases.model import ArbeidsdeskundigRapport

    velden = {f.name for f in dataclasses.fields(Dossier)} - {"arbeidsdeskundige_rapporten"}
    velden |= {f"arbeidsdeskundige_rapporten.{f.name}" for f in dataclasses.fields(ArbeidsdeskundigRapport)}
    assert velden == set(VELDEN)


@pytest.mark.parametrize("rol", sorted(LEZERS))
def test_elke_rol_krijgt_in_json_en_export_precies_de_velden_die_hij_mag_zien(w, rol):
    """The full case as the bedrijfsarts reads it, against each role's JSON and export: a field is the
    same, or withheld (None) exactly where VELDEN says."""
    volledig = _velden(client(w, "bedrijfsarts").get(f"/api/v1/dossiers/{w.dossier_a}").json()["dossier"])
    assert volledig["arbeidsdeskundige_rapporten.wia_prognose"] == ["onzeker"]  # the world's report
    c = client(w, rol)
    antwoorden = [c.get(f"/api/v1/dossiers/{w.dossier_a}").json()["dossier"]]
    export = c.get(f"/api/v1/dossiers/{w.dossier_a}/export")
    if rol not in ("arbeidsdeskundige", "spoor2_coach"):  # they may not export (route matrix)
        antwoorden.append(export.json()["dossier"])
    else:
        assert export.status_code == 404
    for dossier_json in antwoorden:
        gezien = _velden(dossier_json)
        assert set(gezien) == set(VELDEN)
        for veld, niet_voor in VELDEN.items():
            if rol in niet_voor:
                assert gezien[veld] == [None], (rol, veld)
            else:
                assert gezien[veld] == volledig[veld], (rol, veld)


@pytest.mark.parametrize("rol", sorted(LEZERS))
def test_paginas_en_verslag_tonen_de_prognose_alleen_aan_wie_hem_mag_zien(w, rol):
    c = client(w, rol)
    pagina = c.get(f"/dossiers/{w.dossier_a}").text
    assert ("WIA-prognose</dt>" in pagina) == (rol in ZIET_PROGNOSE)
    verslag = c.get(f"/dossiers/{w.dossier_a}/verslag").text
    assert ("Verwachte uitkomst WIA" in verslag) == (rol in ZIET_PROGNOSE)


def test_de_afscherming_zit_in_de_dienst_niet_in_de_pagina(w):
    """The service itself withholds the field, for every read path (so a new route cannot forget it)."""
    s = w.service
    for rol, gid in w.ids.items():
        if rol not in LEZERS:
            continue
        verwacht = "onzeker" if rol in ZIET_PROGNOSE else None
        d = s.lees_dossier(gid, w.dossier_a)
        assert [r.wia_prognose and r.wia_prognose.value for r in d.arbeidsdeskundige_rapporten] == [verwacht], rol
        g = s.lees_voor_verslag(gid, w.dossier_a)
        assert [r.wia_prognose and r.wia_prognose.value for r in g.dossier.arbeidsdeskundige_rapporten] == [verwacht]
        rijen, _ = s.lees_werklijst(gid, lambda ds: ds, lambda x: x)
        (d,) = [x for x in rijen if x.id == w.dossier_a]
        assert [r.wia_prognose and r.wia_prognose.value for r in d.arbeidsdeskundige_rapporten] == [verwacht], rol


# ---- the work list --------------------------------------------------------------------------------------

def _log(w, dossier_id: str) -> list:
    """The case's access log without the log manager's own reads of it."""
    return [r for r in w.service.lees_toegangslog(w.beheerder, dossier_id) if r.gebruiker_id != w.beheerder]


def test_werklijst_logt_een_getoonde_regel_als_werklijst_niet_als_dossier_lezen(w):
    cm = w.ids["casemanager"]
    voor = len(_log(w, w.dossier_a))
    r = client(w, "casemanager").get("/werklijst")
    assert r.status_code == 200 and "Jan Fictief" in r.text
    nieuw = [(x.gebruiker_id, x.operatie, x.soort, x.toegestaan) for x in _log(w, w.dossier_a)[voor:]]
    assert nieuw == [(cm, "werklijst_tonen", "lezen", True)]
    # the employee reads it in plain Dutch, not as "dossier bekeken"
    inzage = client(w, "werknemer").get(f"/dossiers/{w.dossier_a}/inzage").text
    assert "zag uw naam in de werklijst" in inzage
    # the dashboard reads the same cases for the figures: logged as that, not as opening the case
    voor = len(_log(w, w.dossier_a))
    assert client(w, "casemanager").get("/dashboard").status_code == 200
    assert [x.operatie for x in _log(w, w.dossier_a)[voor:]] == ["verzuimcijfers_berekenen"]


def test_herstelde_werknemer_is_grijs_met_een_notitie_en_hersteld_in_de_regel(w):
    """Jan Fictief (the world's case) recovered on 30 September 2026 with no probleemanalyse recorded: its
    latest date, week 6 of 2026, passed before the recovery, so a step was late before it. Red would say
    'act now', and after a full recovery no step is due (the timeline makes them 'vervallen')."""
    r = client(w, "casemanager").get("/api/v1/dossiers").json()
    (jan,) = [x for x in r["dossiers"] if x["id"] == w.dossier_a]
    assert jan["licht"] == "grijs" and jan["hersteld_op"] == "2026-09-30"
    assert "probleemanalyse" in jan["te_laat"] and jan["notitie"].startswith("Hersteld. Vóór het herstel")
    pagina = client(w, "casemanager").get("/werklijst").text
    assert "Hersteld op 30 september 2026" in pagina


def test_licht_van_hersteld_zonder_en_met_eerdere_te_late_stap():
    from spoorzoeker.web.cijfers import licht

    vandaag = dt.date(2026, 11, 2)
    te_laat = {"code": "evaluatie", "status": "te_laat", "uiterste_datum": "2026-09-17"}
    vervallen = {"code": "plan_van_aanpak", "status": "vervallen", "uiterste_datum": "2026-10-17"}
    hersteld = licht({"hersteld_op": "2026-09-21", "stappen": [te_laat, vervallen]}, vandaag)
    assert (hersteld.kleur, hersteld.notitie) == ("grijs", "Hersteld. Vóór het herstel was een stap te laat.")
    assert hersteld.te_laat == [te_laat] and hersteld.volgende is None
    assert licht({"hersteld_op": "2026-09-21", "stappen": [vervallen]}, vandaag).notitie == ""
    assert licht({"hersteld_op": None, "stappen": [te_laat]}, vandaag).kleur == "rood"  # still sick: act now


@pytest.fixture(scope="module")
def veel(w):
    """Ten cases with an overdue probleemanalyse (first sick day 1 June 2026: its latest date, week 6, is
    long past on 2 November 2026) among forty green ones (first sick day 30 October 2026: the
    probleemanalyse is due in week 6, more than 14 days ahead), and one case whose timeline cannot be
    computed: a first sick day of 1990, before the rules Spoorzoeker knows (written straight to storage, as
    an old database or a typo may hold it)."""
    s, cm = w.service, w.ids["casemanager"]
    rood = []
    for i in range(50):
        wn = s.registreer_werknemer(cm, w.werkgever_a, f"Proef Persoon {i:02d}")
        dag = dt.date(2026, 6, 1) if i % 5 == 0 else dt.date(2026, 10, 30)
        did = s.maak_dossier(cm, wn, dag)
        if i % 5 == 0:
            rood.append(did)
    wn = s.registreer_werknemer(cm, w.werkgever_a, "Tikfout Negentig")
    with w.db.opslag() as uow:
        kapot = "0" * 31 + "1990"
        uow.voeg_dossier_toe(Dossier(id=kapot, werkgever=uow.werkgever(w.werkgever_a), werknemer=uow.werknemer(wn),
                                     eerste_ziektedag=dt.date(1990, 1, 1),
                                     ziekteperiodes=(Ziekteperiode(dt.date(1990, 1, 1)),)))
        uow.commit()
    return rood, kapot


def test_te_laat_eerst_over_alle_dossiers_voor_de_pagina_wordt_gesneden(w, veel):
    rood, kapot = veel
    r = client(w, "casemanager").get("/api/v1/dossiers").json()
    assert r["totaal"] == 52 and r["per_pagina"] == 25  # Jan Fictief, the fifty, the broken one
    eerste = r["dossiers"]
    # the broken case first (it needs correcting), then all ten red ones, wherever they sit in the database
    assert eerste[0]["id"] == kapot and eerste[0]["licht"] == "onbekend"
    assert {x["id"] for x in eerste[1:11]} == set(rood) and {x["licht"] for x in eerste[1:11]} == {"rood"}
    assert {x["licht"] for x in eerste[11:]} == {"groen"}
    tweede = client(w, "casemanager").get("/api/v1/dossiers?pagina=2").json()["dossiers"]
    assert not {x["id"] for x in tweede} & {x["id"] for x in eerste} and {x["licht"] for x in tweede} <= {"groen", "grijs"}


def test_een_dossier_zonder_te_berekenen_tijdlijn_breekt_de_werklijst_niet(w, veel):
    _, kapot = veel
    for rol in ("casemanager", "werkgever"):
        c = client(w, rol)
        pagina = c.get("/werklijst")
        assert pagina.status_code == 200
        assert "Tikfout Negentig" in pagina.text and "kan niet worden berekend" in pagina.text
        assert "Proef Persoon 00" in pagina.text  # the rest shows
        api = c.get("/api/v1/dossiers")
        assert api.status_code == 200
        (rij,) = [x for x in api.json()["dossiers"] if x["id"] == kapot]
        assert rij["licht"] == "onbekend" and "kan niet worden berekend" in rij["uitleg"]
    # the dashboard reads the same cases: it does not break on it either
    assert client(w, "werkgever").get("/dashboard").status_code == 200


def test_alleen_de_getoonde_pagina_wordt_gelogd(w, veel):
    rood, _ = veel
    groen_achteraan = [x["id"] for x in client(w, "casemanager").get("/api/v1/dossiers?pagina=3").json()["dossiers"]]
    assert len(groen_achteraan) == 2  # 52 cases: 25 + 25 + 2
    voor = {d: len(_log(w, d)) for d in (rood[0], groen_achteraan[0])}
    client(w, "casemanager").get("/werklijst")  # page 1: the red one shows, the last green one does not
    assert [x.operatie for x in _log(w, rood[0])[voor[rood[0]]:]] == ["werklijst_tonen"]
    assert _log(w, groen_achteraan[0])[voor[groen_achteraan[0]]:] == []


def test_inzage_toont_nederlandse_tijd_en_woorden():
    """The access log keeps UTC; the employee reads Dutch local time: 06:16 UTC on 30 November 2026 is
    07:16 CET (UTC+1 in winter), 06:16 UTC on 30 June 2026 is 08:16 CEST (UTC+2 in summer)."""
    from spoorzoeker.cases.datumtekst import datum_en_tijd

    assert datum_en_tijd("2026-11-30T06:16:00.000000Z") == "30 november 2026, 07:16"
    assert datum_en_tijd("2026-06-30T06:16:00.000000Z") == "30 juni 2026, 08:16"
    assert datum_en_tijd("2026-12-31T23:30:00.000000Z") == "1 januari 2027, 00:30"  # the date turns too


def test_inzage_pagina_in_nederlandse_tijd_als_kaarten(w):
    import re

    r = client(w, "werknemer").get(f"/dossiers/{w.dossier_a}/inzage")
    assert r.status_code == 200
    assert "UTC" not in r.text and not re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", r.text)
    assert re.search(r"\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                     r"december) \d{4}, \d{2}:\d{2}", r.text)
    assert 'data-label="Uitkomst"' in r.text and "dossier bekeken" in r.text
