"""A date after the last known value of an amount the law revises every (half) year.

The law sets the minimum wage and the maximumdagloon every 1 January and 1 July (WML art. 14 lid 1,
Wfsv art. 18 lid 1) and the maximum transitievergoeding and the Whk parameters every 1 January (BW 7:673
lid 3; Besluit gedifferentieerde premie Whk). When a calculation asks a date after the last value in the
files, Spoorzoeker carries the last known value forward for up to a year and says so in plain Dutch
("meldingen"); a later date is refused with one Dutch line naming 'datum'. Nothing fails with a traceback.

The amounts below are the values in the parameter files with their published source:
* maximumdagloon EUR 309,91 from 1 July 2026: Wfsv art. 18 lid 1, 79.409,25 (Stcrt. 2025, 42324: 304,25 x 261)
  x 1,0186 (minimum wage 2.294,40 -> 2.337,00) = 80.886,33, up to a multiple of EUR 2,61 = 80.886,51, / 261
  = 309,91 (docs: computed, not published);
* minimumloon per maand EUR 2.337,00 from 1 July 2026: Stcrt. 2026, 16505;
* maximum transitievergoeding EUR 102.000 from 1 January 2026: BW 7:673 lid 2 (toestand 1 juli 2026).

The dates are those of the files on 30 November 2026 (the newest values: 1 July 2026). When next year's
amounts are added, these tests move a year on with them.
"""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from clihulp import draai

from spoorzoeker.interface import bereken
from spoorzoeker.params import HERZIENINGEN, ParameterNode, standaard_parameters
from spoorzoeker.tijd import datum_tekst

P = standaard_parameters()

# A WGA benefit in LGU month 5 with a wage far above the maximum: 70% of the maximum month wage
# (WIA art. 61 lid 1; art. 13 lid 4: dagloon x 21,75). By hand: 309,91 x 21,75 = 6.740,5425 -> 6.740,54;
# x 0,70 = 4.718,378 -> EUR 4.718,38 a month (bruto).
WGA = {"personen": [{"wia_maandloon": 9000.0, "inkomsten_per_maand": 0.0, "wga_maand": 5,
                     "lgu_duur_maanden": 12}], "bereken": ["wga_uitkering_per_maand"]}
MAXIMUMDAGLOON_2027 = ("Het maximumdagloon vanaf 1 januari 2027 is nog niet bekend; we rekenen met het bedrag dat "
                       "geldt sinds 1 juli 2026: € 309,91 bruto per dag.")


# --- the files: which series the law revises, and until when each is known ------------------------------

def test_de_herziene_reeksen_zijn_gemarkeerd():
    """Every series the law sets anew each (half) year says so; the constants of the law do not."""
    herzien = {b.naam: b.herziening for b in P.bladeren() if b.herziening is not None}
    assert herzien == {
        "minimumloon.uurloon": "halfjaarlijks",             # WML art. 14 lid 1
        "minimumloon.maandloon": "halfjaarlijks",           # WML art. 14 lid 1
        "maximumdagloon.maximumdagloon": "halfjaarlijks",   # Wfsv art. 18 lid 1
        "dagloon_indexatie.herzieningspercentage": "halfjaarlijks",  # WIA art. 14 lid 1 with WML art. 14
        "transitievergoeding.maximum": "jaarlijks",         # BW 7:673 lid 3
        "reintegratie.minimumloon_1_januari": "jaarlijks",  # Reintegratiebesluit art. 3 lid 1
        "wga_werkgever.gemiddeld_premieplichtig_loon": "jaarlijks",  # Besluit gedifferentieerde premie Whk
        "wga_werkgever.gemiddelde_premie_wga": "jaarlijks",
    }
    for b in P.bladeren():
        if b.herziening is not None:  # the Dutch name the notice starts with
            assert b.label is not None and b.label.startswith(("het ", "de ")), b.naam
    assert P.vind("wia.iva_percentage").bekend_tot is None  # holds until the law itself changes


@pytest.mark.parametrize("pad, tot", [
    # the last value is of 1 July 2026 and the next is due on 1 January 2027
    ("maximumdagloon.maximumdagloon", dt.date(2026, 12, 31)),
    ("minimumloon.maandloon", dt.date(2026, 12, 31)),
    # the last value is of 1 January 2026 and the next is due on 1 January 2027
    ("transitievergoeding.maximum", dt.date(2026, 12, 31)),
])
def test_bekend_tot_de_dag_voor_de_volgende_herziening(pad, tot):
    blad = P.vind(pad)
    assert blad.herziening in HERZIENINGEN
    assert blad.bekend_tot == tot


def test_een_herzieningsreeks_in_een_eigen_bestand(tmp_path):
    (tmp_path / "x.yaml").write_text(
        "a:\n  unit: currency-EUR\n  metadata:\n    herziening: halfjaarlijks\n    label: het bedrag a\n"
        "  values:\n    2024-01-01: 10\n", encoding="utf-8")
    a = ParameterNode.uit_map(tmp_path).vind("x.a")
    assert a.bekend_tot == dt.date(2024, 6, 30)
    # rows dated after 30 June 2024 are calculated in a period of their own (the engine groups by these dates)
    assert np.datetime64("2024-07-01") in ParameterNode.uit_map(tmp_path).wisseldatums()
    (tmp_path / "x.yaml").write_text("a:\n  metadata:\n    herziening: maandelijks\n  values:\n    2024-01-01: 10\n",
                                     encoding="utf-8")
    from spoorzoeker.errors import ParameterFout

    with pytest.raises(ParameterFout, match="jaarlijks of halfjaarlijks"):
        ParameterNode.uit_map(tmp_path)


def test_rekenbereik_een_jaar_na_de_laatst_bekende_bedragen():
    eerste, bekend, uiterlijk = P.rekenbereik()
    laatste = P.bereik()[1]
    assert eerste == dt.date(2020, 1, 1)
    assert bekend == (dt.date(laatste.year, 12, 31) if laatste.month > 6 else dt.date(laatste.year, 6, 30))
    assert uiterlijk == bekend.replace(year=bekend.year + 1)


# --- the calculate interface ------------------------------------------------------------------------------

def test_binnen_de_bekende_bedragen_geen_melding():
    """Existing behaviour kept: a date whose amounts are known gives the answer without 'meldingen'."""
    antwoord = bereken({**WGA, "datum": "2026-12-15"})
    assert antwoord == {"resultaten": [{"wga_uitkering_per_maand": 4718.38}]}


def test_na_de_bekende_bedragen_rekent_hij_door_en_zegt_het():
    antwoord = bereken({**WGA, "datum": "2027-01-15"})
    assert antwoord["resultaten"] == [{"wga_uitkering_per_maand": 4718.38}]
    assert MAXIMUMDAGLOON_2027 in antwoord["meldingen"]
    assert len(antwoord["meldingen"]) == len(set(antwoord["meldingen"]))  # one sentence per amount


def test_met_uitleg_ook_de_gegevens_van_elke_doorgetrokken_waarde():
    antwoord = bereken({**WGA, "datum": "2027-03-01", "uitleg": True})
    door = {d["parameter"]: d for d in antwoord["doorgetrokken"]}
    assert door["maximumdagloon.maximumdagloon"] == {
        "parameter": "maximumdagloon.maximumdagloon", "waarde": 309.91, "geldig_vanaf": "2026-07-01",
        "bekend_tot_en_met": "2026-12-31", "gevraagd_op": "2027-03-01", "melding": MAXIMUMDAGLOON_2027}


def test_een_datum_per_persoon_na_de_bekende_bedragen():
    """Rows with their own dates in one period of the law are calculated at the period's start; the day after
    the known values starts a period of its own, so a row in 2027 still reports what was carried forward."""
    personen = [{**WGA["personen"][0], "datum": "2026-12-01"}, {**WGA["personen"][0], "datum": "2027-09-01"}]
    antwoord = bereken({**WGA, "personen": personen})
    assert antwoord["resultaten"] == [{"wga_uitkering_per_maand": 4718.38}] * 2
    assert MAXIMUMDAGLOON_2027 in antwoord["meldingen"]
    alleen_2026 = bereken({**WGA, "personen": [personen[0], {**personen[0], "datum": "2026-07-01"}]})
    assert "meldingen" not in alleen_2026


def test_transitievergoeding_voor_een_einde_volgend_jaar():
    """BW 7:673 lid 2-3: the maximum of the year the contract ends. A contract ending in 2027 used the 2026
    maximum without a word; now the answer says the 2027 maximum is not known yet."""
    antwoord = bereken({"datum": "2026-11-30", "bereken": ["transitievergoeding_maximum"],
                        "personen": [{"bruto_maandsalaris": 3000.0, "datum_in_dienst": "2015-01-01",
                                      "datum_uit_dienst": "2027-06-01"}]})
    # max(EUR 102.000, one year's wage 12 x 3.000 = 36.000) = 102.000 (BW 7:673 lid 2)
    assert antwoord["resultaten"] == [{"transitievergoeding_maximum": 102000.0}]
    assert antwoord["meldingen"] == [
        "De maximale transitievergoeding vanaf 1 januari 2027 is nog niet bekend; we rekenen met het bedrag dat geldt "
        "sinds 1 januari 2026: € 102.000,00 bruto (of een jaarsalaris als dat hoger is)."]


def test_een_doorgetrokken_percentage_heet_geen_bedrag():
    """The average WGA premium is a share of the premium wage (Besluit gedifferentieerde premie Whk): the notice
    says 'het percentage', not 'het bedrag'. 0,0096 x 100 = 0,96% (the 2026 value in wga_werkgever.yaml)."""
    import datetime as dt

    from spoorzoeker.params import doorgetrokken_bij
    from spoorzoeker.scenarios import huidig

    premie = huidig().parameters.wga_werkgever.gemiddelde_premie_wga
    assert premie.waarde_op(dt.date(2026, 1, 1)) == 0.0096
    assert doorgetrokken_bij(premie, dt.date(2027, 3, 1)).melding() == (
        "De gemiddelde WGA-premie van de Werkhervattingskas vanaf 1 januari 2027 is nog niet bekend; we rekenen met "
        "het percentage dat geldt sinds 1 januari 2026: 0,96% van het premieloon.")


def test_de_dagloonindexatie_stopt_bij_de_laatst_bekende_herziening():
    """WIA art. 14 lid 1: the dagloon follows every revision up to the day asked. A revision due on
    1 January 2027 is not known yet: the factor on 1 March 2027 is the factor on 31 December 2026."""
    persoon = {"sv_loon_refertejaar": 50000.0, "eerste_ziektedag": "2025-01-10"}
    vraag = {"bereken": ["wia_dagloon_indexatiefactor"], "personen": [persoon]}
    dec = bereken({**vraag, "datum": "2026-12-31"})
    mrt = bereken({**vraag, "datum": "2027-03-01"})
    assert mrt["resultaten"] == dec["resultaten"]
    assert "meldingen" not in dec
    assert mrt["meldingen"] == [
        "De herziening van de daglonen vanaf 1 januari 2027 is nog niet bekend; we rekenen zonder die herziening "
        "(de laatst bekende is die van 1 juli 2026)."]


# --- the command line: exit 0 with the notice, exit 2 with one Dutch line past the range ------------------

def test_cli_bereken_na_de_bekende_bedragen():
    r = draai("bereken", "-", invoer=json.dumps({**WGA, "datum": "2027-01-15"}))
    assert r.exit_code == 0, r.stderr
    antwoord = json.loads(r.stdout)
    assert antwoord["resultaten"] == [{"wga_uitkering_per_maand": 4718.38}]
    assert MAXIMUMDAGLOON_2027 in antwoord["meldingen"]


def test_cli_bereken_te_ver_vooruit_is_een_nederlandse_regel():
    eerste, bekend, uiterlijk = P.rekenbereik()
    te_laat = uiterlijk + dt.timedelta(days=1)
    r = draai("bereken", "-", invoer=json.dumps({**WGA, "datum": te_laat.isoformat()}))
    assert r.exit_code == 2
    assert "Traceback" not in r.stderr and r.stdout == ""
    regels = r.stderr.strip().splitlines()
    assert regels == [f"Fout: De datum {te_laat.isoformat()} valt buiten het bereik waarvoor Spoorzoeker kan rekenen: "
                      f"de bedragen zijn bekend van {datum_tekst(eerste)} tot en met {datum_tekst(bekend)}, en tot en "
                      f"met {datum_tekst(uiterlijk)} rekent Spoorzoeker met de laatst bekende bedragen."]
    assert "van 1 januari 2020 tot en met" in regels[0]  # the range in words, as people write dates


def test_cli_overzicht_na_de_bekende_bedragen(tmp_path):
    from test_cli_fouten import OVERZICHT

    invoer = tmp_path / "o.json"
    invoer.write_text(json.dumps({**OVERZICHT, "datum": "2027-02-01"}), encoding="utf-8")
    r = draai("overzicht", str(invoer), "--html", str(tmp_path / "o.html"))
    assert r.exit_code == 0, r.stderr
    html = (tmp_path / "o.html").read_text(encoding="utf-8")
    assert "Nog niet bekend" in html and "309,91" in html


# --- the overview -------------------------------------------------------------------------------------------

def _kaders(ov, titel):
    from spoorzoeker.reports.inhoud import Kader

    return [b for b in ov.blokken if isinstance(b, Kader) and b.titel == titel]


def test_overzicht_zegt_welke_bedragen_nog_niet_bekend_zijn():
    from test_cli_fouten import OVERZICHT

    from spoorzoeker.reports import maak_overzicht

    ov = maak_overzicht({**OVERZICHT, "datum": "2027-02-01"}, dt.date(2027, 2, 1))
    kaders = _kaders(ov, "Nog niet bekend")
    assert len(kaders) == 1
    assert MAXIMUMDAGLOON_2027 in kaders[0].tekst
    assert ov.blokken.index(kaders[0]) == 1  # right after the disclaimer
    # and the sentence on which amounts the later months use does not call the 2027 amounts known
    from spoorzoeker.reports.inhoud import Alinea

    alineas = " ".join(b.tekst for b in ov.blokken if isinstance(b, Alinea))
    assert "met de laatst bekende bedragen: die van 1 februari 2027 zijn nog niet allemaal bekend" in alineas
    assert "de nieuwste die bekend zijn" not in alineas
    # within the known amounts the employee's overview has no such box
    assert _kaders(maak_overzicht(OVERZICHT, dt.date(2026, 3, 1)), "Nog niet bekend") == []


# --- the API and the web calculator -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def wereld(tmp_path_factory):
    from webhulp import GEHEIM, maak_wereld, sluit

    from spoorzoeker.web import Instellingen, maak_app

    w = maak_wereld(tmp_path_factory.mktemp("doorgetrokken"))
    # the app's "today" in January 2027, before next year's amounts are in the files
    w.app = maak_app(Instellingen(geheim=GEHEIM, vandaag=dt.date(2027, 1, 12)), database=w.db,
                     aanmelden=w.aanmelden)
    yield w
    sluit(w)


def test_api_bereken_na_de_bekende_bedragen(wereld):
    from webhulp import client

    r = client(wereld, None).post("/api/v1/bereken", json={**WGA, "datum": "2027-01-15"})
    assert r.status_code == 200
    assert r.json()["resultaten"] == [{"wga_uitkering_per_maand": 4718.38}]
    assert MAXIMUMDAGLOON_2027 in r.json()["meldingen"]


def test_api_bereken_te_ver_vooruit_is_een_json_fout(wereld):
    from webhulp import client

    r = client(wereld, None).post("/api/v1/bereken", json={**WGA, "datum": "2031-01-01"})
    assert r.status_code == 422
    fout = r.json()
    assert fout["veld"] == "datum"
    assert fout["fout"].startswith("De datum 2031-01-01 valt buiten het bereik waarvoor Spoorzoeker kan rekenen")


BASIS = {"eerste_ziektedag": "2026-10-01", "bruto_maandloon": 3000, "geboortedatum": "1975-03-01",
         "eerste_jaar_met_arbeid": 1995}


def test_api_overzicht_in_januari_2027(wereld):
    from webhulp import client, overzicht_tekst

    r = client(wereld, None).post("/api/v1/overzicht", json=BASIS)
    assert r.status_code == 200
    kaders = [b for b in r.json()["blokken"] if b["soort"] == "kader" and b["titel"] == "Nog niet bekend"]
    assert len(kaders) == 1
    assert "Het maximumdagloon vanaf 1 januari 2027 is nog niet bekend" in overzicht_tekst(r.json())


def test_rekenhulp_in_januari_2027_toont_het(wereld):
    from webhulp import CSRF, client

    velden = {**{k: str(v) for k, v in BASIS.items()}, "csrf": CSRF}
    r = client(wereld, None).post("/rekenhulp", data=velden)
    assert r.status_code == 200
    assert "Nog niet bekend" in r.text
    assert "Het maximumdagloon vanaf 1 januari 2027 is nog niet bekend" in r.text.replace("\u00a0", " ")


def test_de_reeks_op_datums_noemt_de_laatst_gevraagde():
    """Reading a revised series at many dates reports it once, for the latest date asked."""
    from spoorzoeker.params import uniek_doorgetrokken, verzamel_doorgetrokken
    from spoorzoeker.rules.reeksen import op_datums

    p = P.op(dt.date(2026, 3, 1))
    with verzamel_doorgetrokken() as gezien:
        w = op_datums(p, "transitievergoeding.maximum",
                      np.array(["2025-06-01", "2027-02-01", "2027-11-30"], dtype="datetime64[D]"))
    # BW 7:673 lid 2: EUR 98.000 in 2025 (seh.nl), 102.000 from 2026 (law text)
    assert w.tolist() == [98000.0, 102000.0, 102000.0]
    door = uniek_doorgetrokken(gezien)
    assert [(d.naam, d.gevraagd_op) for d in door] == [("transitievergoeding.maximum", dt.date(2027, 11, 30))]
