"""The Poortwachter timeline of an employee who has or reaches the AOW age (docs/decisions.md,
"Poortwachter timeline at the AOW age").

Every date below is worked out by hand in the test from the law:

* BW 7:629 lid 2 onder b (https://wetten.overheid.nl/BWBR0005290/2026-07-01#Artikel629): six weeks of
  wage for an employee who has reached the AOW age, from the first sick day, or from the AOW date when
  the illness began before it, "voor zover het totale tijdvak niet meer bedraagt dan 104 weken"; 13 weeks
  for an illness that began before 1 July 2023 (art. VIIIA Wet werken na de AOW-gerechtigde leeftijd).
* BW 7:658a lid 1 and 3 (#Artikel658a): no spoor 2 and no plan van aanpak once the AOW age is reached.
* WIA art. 8 lid 1 onder b (https://wetten.overheid.nl/BWBR0019057/2026-07-01#Artikel8): not insured for
  the WIA from the AOW age, so no WIA benefit and no Regeling procesgang (its "werknemer" is the insured
  of WIA art. 25 lid 1).
* ZW art. 38 lid 1 (https://wetten.overheid.nl/BWBR0001888/2026-07-01#Artikel38): the 42nd-week report
  concerns the insured who "recht heeft op loon als bedoeld in artikel 629", on sick day 7 x 42 + 1 = 295.

Where the AOW date comes from: the birth date through the rule ``aow_datum`` (AOW art. 7a, rules/aow.py,
https://wetten.overheid.nl/BWBR0002221#HoofdstukII_Artikel7a). The AOW age is 67 jaar for 2024, 2025 and
2026 (art. 7a lid 1 for 2024; the later years as fixed five years ahead), so the AOW date is the 67th
birthday in those years.
"""

from __future__ import annotations

import datetime as dt

import pytest

from spoorzoeker.errors import InvoerFout
from spoorzoeker.timeline import bereken_tijdlijn

D = dt.date.fromisoformat


def _stap(antwoord: dict, code: str) -> dict:
    return next(s for s in antwoord["stappen"] if s["code"] == code)


def _nvt(antwoord: dict) -> set[str]:
    return {s["code"] for s in antwoord["stappen"] if s["status"] == "niet_van_toepassing"}


WIA_STAPPEN = {"wia_brief_uwv", "re_integratieverslag", "wia_aanvraag"}


def test_al_aow_gerechtigd_bij_de_eerste_ziektedag():
    # Born 1958-01-10: 67 jaar in 2025, AOW date 2025-01-10. Sick from Monday 2025-03-03 (after 1 July
    # 2023: six weeks). Wage for sick days 1..42: 2025-03-03 + 41 days = 2025-04-13.
    a = bereken_tijdlijn({"eerste_ziektedag": "2025-03-03", "geboortedatum": "1958-01-10", "vandaag": "2025-03-20"})
    assert a["aow_datum"] == "2025-01-10"
    assert a["geen_wia"] is True
    assert a["einde_loondoorbetaling"] == "2025-04-13"
    assert _stap(a, "einde_loondoorbetaling")["uiterste_datum"] == "2025-04-13"
    # The probleemanalyse is due on sick day 43 (2025-04-14): the Regeling does not apply to him.
    assert _stap(a, "probleemanalyse")["uiterste_datum"] == "2025-04-14"
    assert "art. 8 lid 1 onder b WIA" in _stap(a, "probleemanalyse")["toelichting"]
    assert "art. 7:658a lid 3 BW" in _stap(a, "plan_van_aanpak")["toelichting"]
    assert "art. 7:658a lid 1 BW" in _stap(a, "spoor2_inventarisatie")["toelichting"]
    assert "art. 38 lid 1 Ziektewet" in _stap(a, "melding_42e_week")["toelichting"]
    assert {"probleemanalyse", "plan_van_aanpak", "evaluatie", "melding_42e_week", "spoor2_inventarisatie",
            "spoorkeuze", "eerstejaarsevaluatie", "einde_wachttijd"} | WIA_STAPPEN <= _nvt(a)
    # Nothing that does not apply can be late or ask for a motivation.
    for s in a["stappen"]:
        if s["status"] == "niet_van_toepassing":
            assert s.get("motivering_nodig") in (None, False)
    assert any("geen WIA-uitkering" in o for o in a["opmerkingen"])


def test_dertien_weken_als_de_ziekte_voor_1_juli_2023_begon():
    # AOW date given directly: 2023-02-01; sick from Monday 2023-03-06, before 1 July 2023: 13 weeks
    # (art. VIIIA), sick days 1..91: 2023-03-06 + 90 days = 2023-06-04.
    a = bereken_tijdlijn({"eerste_ziektedag": "2023-03-06", "aow_datum": "2023-02-01", "vandaag": "2023-03-20"})
    assert a["einde_loondoorbetaling"] == "2023-06-04"
    # The probleemanalyse (sick day 43, 2023-04-17) falls inside the wage period, but the Regeling
    # procesgang does not apply to someone who is not insured for the WIA.
    assert _stap(a, "probleemanalyse")["uiterste_datum"] == "2023-04-17"
    assert _stap(a, "probleemanalyse")["status"] == "niet_van_toepassing"


def test_aow_leeftijd_in_week_20():
    # Sick from Monday 2025-03-03. Week 20 is sick days 134..140; day 134 = 2025-03-03 + 133 = 2025-07-14.
    # Born 1958-07-14: AOW date 2025-07-14. From that day six weeks: 2025-07-14 + 41 = 2025-08-24.
    a = bereken_tijdlijn({"eerste_ziektedag": "2025-03-03", "geboortedatum": "1958-07-14", "vandaag": "2025-04-01"})
    assert a["aow_datum"] == "2025-07-14"
    assert a["einde_loondoorbetaling"] == "2025-08-24"
    # Before the AOW date the Regeling procesgang applies as for anyone: probleemanalyse by sick day 43
    # (2025-04-14), plan van aanpak two weeks later (2025-04-28), the first evaluation six weeks after
    # that (2025-06-09).
    assert _stap(a, "probleemanalyse")["status"] == "open"
    assert _stap(a, "plan_van_aanpak")["uiterste_datum"] == "2025-04-28"
    assert _stap(a, "plan_van_aanpak")["status"] == "open"
    assert _stap(a, "evaluatie")["uiterste_datum"] == "2025-06-09"
    assert _stap(a, "evaluatie")["status"] == "open"
    # The 42nd-week report is due on sick day 295 = 2025-03-03 + 294 = 2025-12-22; the wage ended on
    # 2025-08-24, so there is none (ZW art. 38 lid 1).
    assert _stap(a, "melding_42e_week")["uiterste_datum"] == "2025-12-22"
    assert _stap(a, "melding_42e_week")["status"] == "niet_van_toepassing"
    assert {"spoor2_inventarisatie", "spoorkeuze", "eerstejaarsevaluatie", "einde_wachttijd"} | WIA_STAPPEN <= _nvt(a)
    assert not {"probleemanalyse", "plan_van_aanpak", "evaluatie"} & _nvt(a)


def test_een_dag_voor_de_aow_leeftijd_aan_het_einde_van_de_104_weken():
    # Sick from Monday 2024-01-08: the 104 weeks end on sick day 728 = 2024-01-08 + 727 = 2026-01-04.
    # Born 1959-01-05: AOW date 2026-01-05, the day after. On the last day of the 104 weeks he is one day
    # short of the AOW age, so lid 2 onder b shortens nothing (its weeks would start on 2026-01-05, and the
    # whole may not exceed 104 weeks): wage through 2026-01-04. But a WIA benefit could only start on
    # 2026-01-05, the day he is no longer insured (WIA art. 8 lid 1 onder b): no WIA follows.
    a = bereken_tijdlijn({"eerste_ziektedag": "2024-01-08", "geboortedatum": "1959-01-05", "vandaag": "2025-06-02"})
    assert a["aow_datum"] == "2026-01-05"
    assert a["einde_wachttijd"] == "2026-01-04"
    assert a["einde_loondoorbetaling"] == "2026-01-04"
    assert a["geen_wia"] is True
    assert _nvt(a) == WIA_STAPPEN
    # Everything before the AOW date applies: the 42nd-week report on sick day 295 = 2024-01-08 + 294 =
    # 2024-10-28 (he still had wage then), spoor 2, the eerstejaarsevaluatie, the end of the wachttijd.
    assert _stap(a, "melding_42e_week")["uiterste_datum"] == "2024-10-28"
    for code in ("melding_42e_week", "spoor2_inventarisatie", "eerstejaarsevaluatie", "spoorkeuze"):
        assert _stap(a, code)["status"] == "te_laat", code
    assert _stap(a, "einde_wachttijd")["status"] == "open"
    # A late WIA application cannot extend the wage when no application is due (BW 7:629 lid 11 a).
    assert a["wia_aanvraag_vertraging_dagen"] == 0


def test_twee_dagen_na_het_einde_volgt_nog_wel_een_wia_uitkering():
    # The same employee born a day later (1959-01-06, AOW date 2026-01-06): the WIA benefit can start on
    # 2026-01-05 while he is still insured, so the WIA steps apply as for anyone.
    a = bereken_tijdlijn({"eerste_ziektedag": "2024-01-08", "geboortedatum": "1959-01-06", "vandaag": "2025-06-02"})
    assert a["geen_wia"] is False
    assert _nvt(a) == set()
    assert a["einde_loondoorbetaling"] == "2026-01-04"


def test_een_aow_datum_ver_na_de_wachttijd_verandert_niets():
    zonder = bereken_tijdlijn({"eerste_ziektedag": "2025-03-03", "vandaag": "2025-09-01",
                               "gedaan": {"probleemanalyse": "2025-03-20"}})
    met = bereken_tijdlijn({"eerste_ziektedag": "2025-03-03", "vandaag": "2025-09-01", "aow_datum": "2031-05-01",
                            "gedaan": {"probleemanalyse": "2025-03-20"}})
    assert met["stappen"] == zonder["stappen"]
    assert met["opmerkingen"] == zonder["opmerkingen"]
    assert met["einde_loondoorbetaling"] == zonder["einde_loondoorbetaling"]


def test_gezonde_dagen_tellen_niet_mee_in_de_zes_weken():
    # Sick 2025-03-03..2025-03-16 (14 days), healthy 2025-03-17..2025-03-30 (14 days, less than four
    # weeks: the periods add up, BW 7:629 lid 10), sick again from 2025-03-31. AOW age reached before.
    # 42 sick days: 14 in the first period, 28 in the second: 2025-03-31 + 27 = 2025-04-27.
    a = bereken_tijdlijn({"ziekteperiodes": [{"van": "2025-03-03", "tot_en_met": "2025-03-16"}, {"van": "2025-03-31"}],
                          "aow_datum": "2024-12-01", "vandaag": "2025-04-10"})
    assert a["einde_loondoorbetaling"] == "2025-04-27"


def test_een_plan_dat_toch_gemaakt_is_blijft_gedaan():
    # Sick from 2025-03-03 with the AOW age already reached; a plan van aanpak made anyway is "gedaan",
    # never late, and says why it was not required.
    a = bereken_tijdlijn({"eerste_ziektedag": "2025-03-03", "aow_datum": "2025-01-10", "vandaag": "2025-04-10",
                          "gedaan": {"plan_van_aanpak": "2025-04-08"}})
    pva = _stap(a, "plan_van_aanpak")
    assert pva["status"] == "gedaan"
    assert pva["motivering_nodig"] is False
    assert "art. 7:658a lid 3 BW" in pva["toelichting"]


def test_geboortedatum_en_aow_datum_niet_allebei():
    with pytest.raises(InvoerFout) as e:
        bereken_tijdlijn({"eerste_ziektedag": "2025-03-03", "vandaag": "2025-04-01", "geboortedatum": "1958-01-10",
                          "aow_datum": "2025-01-10"})
    assert e.value.veld == "aow_datum"


def test_geboortedatum_na_de_eerste_ziektedag_is_een_fout():
    with pytest.raises(InvoerFout) as e:
        bereken_tijdlijn({"eerste_ziektedag": "2025-03-03", "vandaag": "2025-04-01", "geboortedatum": "2025-03-04"})
    assert e.value.veld == "geboortedatum"


# --- the case file: the AOW date as the event "aow_leeftijd"; the case page and the verslag follow ----------

def _aow_dossier(w, eerste_ziektedag: dt.date, aow: dt.date) -> str:
    from spoorzoeker.cases import Gebeurtenis, SoortGebeurtenis

    s, cm = w.service, w.ids["casemanager"]
    wn = s.registreer_werknemer(w.beheerder, w.werkgever_a, "Gerrit Bedacht", functie="magazijn")
    d = s.maak_dossier(cm, wn, eerste_ziektedag)
    s.leg_gebeurtenis_vast(cm, d, Gebeurtenis(SoortGebeurtenis.AOW_LEEFTIJD, aow))
    return d


def test_dossierpagina_van_een_aow_gerechtigde(tmp_path):
    # Sick from Monday 2026-09-07, AOW age reached on 2026-08-20 (before it; a date before the first sick
    # day is accepted for this event). Six weeks of wage: 2026-09-07 + 41 = 2026-10-18. "Today" in the web
    # tests is 2026-11-02.
    from webhulp import client, maak_wereld, sluit

    w = maak_wereld(tmp_path)
    try:
        d = _aow_dossier(w, dt.date(2026, 9, 7), dt.date(2026, 8, 20))
        r = client(w, "casemanager").get(f"/dossiers/{d}")
        assert r.status_code == 200
        html = r.text
        assert "AOW-leeftijd" in html and "Einde loondoorbetaling" in html
        assert "18 oktober 2026" in html
        assert "Niet van toepassing" in html
        assert "art. 7:658a lid 3 BW" in html
        # Nothing that does not apply makes the light red: the 42nd-week report and the plan van aanpak
        # are not late.
        assert "Te laat" not in html
        api = client(w, "casemanager").get(f"/api/v1/dossiers/{d}").json()
        tijdlijn = api.get("tijdlijn", api)
        assert tijdlijn["aow_datum"] == "2026-08-20"
        assert tijdlijn["einde_loondoorbetaling"] == "2026-10-18"
    finally:
        sluit(w)


def test_verslag_vraagt_geen_plan_van_aanpak_na_de_aow_leeftijd(tmp_path):
    from webhulp import maak_wereld, sluit

    from spoorzoeker.cases.tijdlijn import ziektegeval
    from spoorzoeker.reports.re_integratieverslag import controleer_volledigheid
    from spoorzoeker.timeline import tijdlijn_van

    w = maak_wereld(tmp_path)
    try:
        d = _aow_dossier(w, dt.date(2026, 9, 7), dt.date(2026, 8, 20))
        dossier = w.service.lees_dossier(w.ids["casemanager"], d)
        vandaag = dt.date(2026, 11, 2)
        assert ziektegeval(dossier, vandaag).aow_datum == dt.date(2026, 8, 20)
        ontbreekt, let_op = controleer_volledigheid(dossier, vandaag,
                                                    tijdlijn=tijdlijn_van(ziektegeval(dossier, vandaag)))
        codes = {o.code for o in ontbreekt}
        # No plan van aanpak (BW 7:658a lid 3), no eindevaluatie or actueel oordeel for a WIA application
        # that does not come (WIA art. 8 lid 1 onder b).
        assert not codes & {"plan_van_aanpak", "eindevaluatie", "actueel_oordeel", "eerstejaarsevaluatie", "spoorkeuze"}
        assert any("AOW-leeftijd" in t for t in let_op)
    finally:
        sluit(w)
