"""Correcting the first sick day to a later day warns (in Dutch, on the case page, in the API's answer and on the
command line, all through ``DossierService.corrigeer_dossier``) when steps, plans, UWV decisions and the like
already recorded now lie before it, instead of accepting that silently. The correction itself is kept.

Dates by hand: case A's first sick day is 5 January 2026; a plan van aanpak of 1 February 2026 and a
probleemanalyse done on 10 February 2026. With the first sick day corrected to 5 February 2026 only the plan lies
before it; corrected to 1 March 2026 both do; corrected to an earlier day (2 January 2026) nothing does.
"""

from __future__ import annotations

import datetime as dt
import html

from geheugenhulp import db, wereld  # noqa: F401 - fixtures
from typer.testing import CliRunner
from webhulp import client, maak_wereld, sluit

from spoorzoeker.cases import Interventie, PlanVanAanpak, SoortInterventie, StapGedaan

PLAN = ("Let op: Het plan van aanpak van 1 februari 2026 ligt voor de eerste ziektedag ({}). Klopt dat niet, "
        "corrigeer of trek het dan in; anders telt de tijdlijn het mee.")
STAP = ("Let op: De stap Probleemanalyse (10 februari 2026) ligt voor de eerste ziektedag ({}). Klopt dat niet, "
        "corrigeer of trek het dan in; anders telt de tijdlijn het mee.")


def _vastleggen(s, cm, did):
    s.leg_plan_van_aanpak_vast(cm, did, PlanVanAanpak(dt.date(2026, 2, 1), "Terug in eigen werk",
                                                      (Interventie(SoortInterventie.SCHOLING, "Cursus"),)))
    s.leg_stap_vast(cm, did, StapGedaan("probleemanalyse", dt.date(2026, 2, 10), "Carla"))


def test_service_waarschuwt_voor_wat_voor_de_nieuwe_eerste_ziektedag_ligt(wereld):
    s, cm, did = wereld.service, wereld.gebruikers["casemanager"], wereld.dossier_a
    _vastleggen(s, cm, did)
    assert s.corrigeer_dossier(cm, did, "eerste_ziektedag", dt.date(2026, 2, 5), "Ziekmelding verkeerd overgenomen.") \
        == [PLAN.format("5 februari 2026")]
    assert s.lees_dossier(cm, did).eerste_ziektedag == dt.date(2026, 2, 5)  # kept, not refused
    assert s.corrigeer_dossier(cm, did, "eerste_ziektedag", dt.date(2026, 1, 2), "Toch eerder.") == []
    assert s.corrigeer_dossier(cm, did, "verwachte_duur_weken", 10, "Langer.") == []


def test_api_pagina_en_opdrachtregel_noemen_het(tmp_path):
    from dossierhulp import cli_sessie_voor

    from spoorzoeker.opdrachtregel.app import app

    w = maak_wereld(tmp_path)
    try:
        cm = w.ids["casemanager"]
        _vastleggen(w.service, cm, w.dossier_a)
        c = client(w, "casemanager")
        r = c.post(f"/api/v1/dossiers/{w.dossier_a}/correcties/dossier",
                   json={"veld": "eerste_ziektedag", "waarde": "2026-02-05", "reden": "Verkeerd overgenomen."})
        assert r.status_code == 200
        assert r.json() == {"bericht": "Correctie vastgelegd", "let_op": [PLAN.format("5 februari 2026")]}
        pagina = html.unescape(c.get(f"/dossiers/{w.dossier_a}?klaar=gecorrigeerd&bij=gegevens").text)
        assert PLAN.format("5 februari 2026") in pagina and "Correctie vastgelegd" in pagina
        # the command line: the same warnings, on stderr, and the correction made
        url = str(w.db.engine.url)
        env = cli_sessie_voor(w.db, url, cm, tmp_path / "sessie")
        r = CliRunner(env=env).invoke(app, ["dossier", "corrigeer", "--dossier", w.dossier_a, "--veld", "eerste_ziektedag",
                                            "--waarde", "2026-03-01", "--reden", "Toch later.", "--database", url])
        assert r.exit_code == 0, r.output
        assert STAP.format("1 maart 2026") in r.stderr and PLAN.format("1 maart 2026") in r.stderr
        assert w.service.lees_dossier(cm, w.dossier_a).eerste_ziektedag == dt.date(2026, 3, 1)
    finally:
        sluit(w)
