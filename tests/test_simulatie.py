"""Population simulation (issue 12): calibration of the current law, determinism on Dask, the
behaviour assumptions of a scenario, RI&E as prevention, supervision, and the commands."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pytest
from clihulp import app
from typer.testing import CliRunner

from spoorzoeker.errors import InvoerFout
from spoorzoeker.interface import bereken
from spoorzoeker.opdrachtregel.app import app
from spoorzoeker.simulation.proces import Opdracht, bereken_per_maand
from spoorzoeker.simulation.scenario import Aanname, laad_scenario, met_aannames, standaard_aannames
from spoorzoeker.simulation.toezicht import gewogen_gemiddelde, lees_csv, scores
from spoorzoeker.simulation.uitvoering import voer_uit

runner = CliRunner()


@pytest.fixture(scope="module")
def huidig_200k():
    s = laad_scenario("huidig")
    o = Opdracht(s.naam, s.wet, s.aannames, omvang=200_000, seed=20261129)
    return o, voer_uit(o)[0]


def test_wia_instroom_houdt_binnen_de_marge(huidig_200k):
    """UWV (via NH Nieuws / Szamen): 'meer dan 60.000' new WIA benefits in 2023, of which about 3,200
    a year came from the simplified assessment of people over 60 (Taxlive, 'Beroep op WIA neemt toe'),
    which does not apply to a WIA starting in 2028 (the simulated cohort): 60,000 - 3,200 = 56,800;
    margin 10% (5,680), plus the sampling noise of a modest population: 3 x sqrt(k) x weight for k
    simulated people."""
    o, r = huidig_200k
    gewicht = r["personen"] / o.omvang
    k = r["instroom"] / gewicht
    ruis = 3.0 * math.sqrt(k) * gewicht
    assert abs(r["instroom"] - 56_800) <= 5_680 + ruis


def test_uitkomsten_houden_binnen_de_marge(huidig_200k):
    """UWV jaarverslag 2024, claim assessments Jan-Aug 2024 without the simplified 60+ route:
    rejected 17,200 / WGA 35-80 7,400 / WGA 80-100 15,300 / IVA 10,500 of 50,400 decided
    = 34.1% / 14.7% / 30.4% / 20.8%; margin 2 percentage points plus 3 x sqrt(p(1-p)/k)."""
    o, r = huidig_200k
    gewicht = r["personen"] / o.omvang
    k = float(np.sum(r["uitkomst"])) / gewicht
    aandelen = r["uitkomst"] / np.sum(r["uitkomst"])
    for gesimuleerd, doel in zip(aandelen, (17_200 / 50_400, 7_400 / 50_400, 15_300 / 50_400, 10_500 / 50_400), strict=True):
        assert abs(gesimuleerd - doel) <= 0.02 + 3.0 * math.sqrt(doel * (1 - doel) / k)


def test_nog_in_de_wia_na_vijf_jaar_buiten_de_aow(huidig_200k):
    """Louwerse et al. (2018, TBV), cohort 2010-2011: 82% still in the WIA after five years; of the 18% who
    left about a third reached pension age (6%). Among those who did not reach it: 82 / 94 = 87.2%;
    margin 3 percentage points plus 3 x sqrt(p(1-p)/k) for k simulated entrants."""
    o, r = huidig_200k
    gewicht = r["personen"] / o.omvang
    noemer = float(r["instroom"] - r["wia_uit_door_aow"])
    k = noemer / gewicht
    p = 82 / 94
    assert abs(float(r["in_wia_na_5_jaar"]) / noemer - p) <= 0.03 + 3.0 * math.sqrt(p * (1 - p) / k)


def test_werkgeversoverzicht_laadt_de_simulatie_niet():
    """The employer view reads the RI&E risk from the shared parameter file, not from simulation/."""
    import subprocess
    import sys

    code = ("import sys; from spoorzoeker.projection.werkgever import werkgeverskosten; "
            "werkgeverskosten({'eerste_ziektedag': '2026-01-05', 'bruto_maandloon': 3200.0, "
            "'contracturen_per_week': 36.0, 'geboortedatum': '1975-04-02', 'lgu_duur_maanden': 20.0}, "
            "'2026-03-01', rie_status='geen'); "
            "print(any(m.startswith('spoorzoeker.simulation') for m in sys.modules))")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == "False"


def test_uitkomsten_komen_uit_de_regels(huidig_200k):
    """Every assessed application gets exactly one outcome from the rule wia_uitkomst, and the inflow
    is the WGA plus IVA outcomes."""
    _, r = huidig_200k
    assert np.sum(r["uitkomst"]) == pytest.approx(r["aanvragen_beoordeeld"])
    assert r["uitkomst"][1:].sum() == pytest.approx(r["instroom"])


def test_bedragen_zijn_die_van_de_rekeninterface():
    """The simulation's per-month calculation gives the calculate interface's numbers (same rules,
    same variables, the law of the month)."""
    wet = laad_scenario("huidig").wet
    # Rows in different law periods (2025, early 2026, mid 2026) and someone who turns 21 in between
    # (the youth minimum wage enters the VVU), each at the law of its own month.
    datums = np.array(["2025-03-01", "2026-02-01", "2026-02-01", "2026-07-01", "2026-02-01", "2026-07-01"],
                      dtype="datetime64[D]")
    invoer = {"sv_loon_refertejaar": np.array([30_000.0, 30_000.0, 52_000.0, 41_000.0, 36_000.0, 36_000.0]),
              "geboortedatum": np.array(["1970-05-01", "1970-05-01", "1985-01-01", "1962-03-03", "2005-05-15",
                                         "2005-05-15"], dtype="datetime64[D]"),
              "eerste_jaar_met_arbeid": np.array([1990.0, 1990.0, 2005.0, 1980.0, 2022.0, 2022.0]),
              "ingangsdatum_wia": np.array(["2024-01-15", "2024-01-15", "2026-01-20", "2026-06-01", "2024-02-01",
                                            "2024-02-01"], dtype="datetime64[D]"),
              "maatmanloon_per_maand": np.array([2_700.0, 2_700.0, 4_680.0, 3_690.0, 3_000.0, 3_000.0]),
              "restverdiencapaciteit_per_maand": np.array([1_350.0, 1_350.0, 0.0, 0.0, 1_000.0, 1_000.0]),
              "duurzaam": np.array([0.0, 0.0, 1.0, 0.0, 0.0, 0.0]),
              "inkomsten_per_maand": np.array([700.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
              "wga_maand": np.array([15.0, 26.0, 2.0, 6.0, 25.0, 30.0])}
    uit = bereken_per_maand(datums, invoer, ["wia_uitkering_per_maand"], wet)
    assert uit["wia_uitkering_per_maand"][4] < uit["wia_uitkering_per_maand"][5]  # 20, then 21 years old
    for i in range(datums.size):
        persoon = {k: (str(v[i]) if v.dtype.kind == "M" else float(v[i])) for k, v in invoer.items()}
        persoon["duurzaam"] = bool(persoon["duurzaam"])
        antwoord = bereken({"datum": str(datums[i]), "personen": [persoon], "bereken": ["wia_uitkering_per_maand"]})
        assert uit["wia_uitkering_per_maand"][i] == antwoord["resultaten"][0]["wia_uitkering_per_maand"]


def test_zelfde_startgetal_zelfde_uitkomst_op_dask_met_elke_verdeling():
    """Same seed, same result, locally and on Dask with 1 or 3 partitions over 2 workers."""
    from distributed import Client, LocalCluster

    s = laad_scenario("huidig")
    o = Opdracht(s.naam, s.wet, s.aannames, omvang=6_000, seed=11, blokgrootte=2_000)
    lokaal = voer_uit(o, 2)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        for partities in (1, 3):
            verdeeld = voer_uit(o, 2, client=client, partities=partities)
            for a, b in zip(lokaal, verdeeld, strict=True):
                assert a.keys() == b.keys()
                for k in a:
                    np.testing.assert_array_equal(np.asarray(a[k]), np.asarray(b[k]), err_msg=k)
    assert lokaal[0]["instroom"] != lokaal[1]["instroom"] or lokaal[0]["spells"] != lokaal[1]["spells"]


def test_aanname_van_een_scenario_vervangt_de_standaard():
    class Wet:  # a law object as the scenario contract describes it
        aannames = {"spoor2_plaatsing_factor": Aanname(1.25, "Een bron", "Uitleg")}

    s = met_aannames("proef", Wet(), "scenarios/proef.yaml")
    assert s.aannames["spoor2_plaatsing_factor"].waarde == 1.25
    assert s.aannames["herstel_factor"] == standaard_aannames()["herstel_factor"]

    class Fout:
        aannames = {"onbekende_factor": Aanname(2.0, "", "")}

    with pytest.raises(InvoerFout, match="scenarios/proef.yaml.*onbekende_factor"):
        met_aannames("proef", Fout(), "scenarios/proef.yaml")


def test_spoor2_plaatsing_volgt_de_aanname():
    """A scenario that doubles the weekly placement chance in spoor 2 places more people (same seed)."""
    s = laad_scenario("huidig")
    basis = voer_uit(Opdracht(s.naam, s.wet, s.aannames, omvang=60_000, seed=5))[0]
    meer = dict(s.aannames)
    meer["spoor2_plaatsing_factor"] = Aanname(2.0, "proef", "proef")
    hoger = voer_uit(Opdracht(s.naam, s.wet, meer, omvang=60_000, seed=5))[0]
    assert hoger["spoor2_geplaatst"] > 1.5 * basis["spoor2_geplaatst"]


def test_werkgever_zonder_rie_heeft_meer_ziekmeldingen():
    """RI&E as prevention: with no employer having an RI&E the sick-report rate of employees rises by
    the assumed factor (rie_ontbreekt_verzuimfactor, 1,05) against every employer having one."""
    s = laad_scenario("huidig")
    zonder, met = dict(s.aannames), dict(s.aannames)
    zonder["rie_aanwezig_factor"] = Aanname(0.0, "proef", "proef")
    met["rie_aanwezig_factor"] = Aanname(10.0, "proef", "proef")  # capped at 100%
    r0 = voer_uit(Opdracht(s.naam, s.wet, zonder, omvang=100_000, seed=9))[0]
    r1 = voer_uit(Opdracht(s.naam, s.wet, met, omvang=100_000, seed=9))[0]
    verhouding = (r0["ziekmeldingen"] / r0["werknemers"]) / (r1["ziekmeldingen"] / r1["werknemers"])
    # About 90,000 reports each: the ratio's noise is about sqrt(2/90,000) = 0,5%; allow 3 x that.
    assert abs(verhouding - 1.05) <= 0.015
    assert r0["lang_psychisch"] > r1["lang_psychisch"]


def test_gewogen_gemiddelde_en_rangorde(tmp_path: Path):
    # Hand calculation: A 1, 2, 3 -> (1 + 4 + 9) / 6 = 2,333; B 3, 2, 1 -> (3 + 4 + 3) / 6 = 1,667.
    assert gewogen_gemiddelde(1, 2, 3) == pytest.approx(14 / 6)
    csv = tmp_path / "instroom.csv"
    csv.write_text("werkgever;jaar;wia_instroom\nA;2022;1\nA;2023;2\nA;2024;3\nB;2022;3\nB;2023;2\nB;2024;1\n"
                   "C;2021;9\nC;2024;0\n", encoding="utf-8")
    per_jaar, werknemers = lees_csv(csv)
    jaren, lijst = scores(per_jaar, werknemers)
    assert jaren == [2022, 2023, 2024]  # the three newest years; C's 2021 drops out
    assert [s.werkgever for s in lijst] == ["A", "B", "C"]
    assert lijst[1].gewogen == pytest.approx(10 / 6)
    assert lijst[2].gewogen == 0.0


def test_toezicht_per_1000_werknemers(tmp_path: Path):
    # Big: 30, 30, 30 in 10,000 employees -> 30 -> 3 per 1,000; small: 1, 1, 1 in 50 -> 1 -> 20 per 1,000.
    csv = tmp_path / "instroom.csv"
    csv.write_text("werkgever,jaar,wia_instroom,aantal_werknemers\n" + "".join(
        f"Groot,{j},30,10000\nKlein,{j},1,50\n" for j in (2022, 2023, 2024)), encoding="utf-8")
    per_jaar, werknemers = lees_csv(csv)
    assert [s.werkgever for s in scores(per_jaar, werknemers)[1]] == ["Groot", "Klein"]  # the weighted inflow
    _, lijst = scores(per_jaar, werknemers, per_1000=True)
    assert [s.werkgever for s in lijst] == ["Klein", "Groot"]
    assert lijst[0].per_1000 == pytest.approx(20.0)
    assert lijst[1].per_1000 == pytest.approx(3.0)


@pytest.mark.parametrize("inhoud, veld", [
    ("werkgever;jaar\nA;2024\n", "wia_instroom"),
    ("werkgever;jaar;wia_instroom\nA;twee;1\n", "jaar"),
    ("werkgever;jaar;wia_instroom\nA;2024;-1\n", "wia_instroom"),
    ("werkgever;jaar;wia_instroom\nA;2024;1\nA;2024;2\n", "jaar"),
])
def test_toezicht_slechte_csv_geeft_een_nederlandse_fout(tmp_path: Path, inhoud: str, veld: str):
    csv = tmp_path / "slecht.csv"
    csv.write_text(inhoud, encoding="utf-8")
    uit = runner.invoke(app, ["toezicht", "--csv", str(csv)])
    assert uit.exit_code == 2
    assert uit.output.startswith("Fout: ") and veld in uit.output and "Traceback" not in uit.output


def test_toezicht_uit_een_simulatie():
    uit = runner.invoke(app, ["toezicht", "--omvang", "20000", "--aantal", "5"])
    assert uit.exit_code == 0, uit.output
    assert "Eerst bekijken (5 van" in uit.output and "2028, 2029 en 2030" in uit.output


def test_onbekend_scenario_geeft_een_nederlandse_fout():
    uit = runner.invoke(app, ["simuleer", "--scenario", "bestaat_niet", "--omvang", "1000"])
    assert uit.exit_code == 2
    assert "Onbekend scenario 'bestaat_niet'" in uit.output and "huidig" in uit.output


def test_simuleer_schrijft_parquet_en_html(tmp_path: Path):
    import pyarrow.parquet as pq

    uit = runner.invoke(app, ["simuleer", "--scenario", "huidig", "--vergelijk", "huidig", "--omvang", "3000",
                              "--herhalingen", "2", "--geen-voortgang", "--uitvoer", str(tmp_path)])
    assert uit.exit_code == 0, uit.output
    assert "WIA-instroom per jaar" in uit.output
    tabel = pq.read_table(tmp_path / "simulatie-huidig.parquet").to_pydict()
    assert set(tabel["grootheid"]) >= {"wia_instroom", "kosten_werkgevers", "kosten_uwv", "kosten_schatkist",
                                       "aandeel_iva", "inkomen_na_wachttijd_als_deel_van_loon"}
    assert set(tabel["replicatie"]) == {0, 1}
    pagina = (tmp_path / "simulatie-huidig.html").read_text(encoding="utf-8")
    assert pagina.count("<img") == 4 and "spoor2_plaatsing_factor" in pagina
    # The RI&E effects live in the shared parameter file and are listed with their value and source.
    assert ("<code>verzuimrisico.rie_ontbreekt_verzuimfactor</code></th><td class='r'>1,05</td><td>Eigen aanname van "
            "Spoorzoeker") in pagina


def test_kalibratie_drukt_elk_doel_met_bron():
    from spoorzoeker.simulation.kalibratie import DOELEN

    uit = runner.invoke(app, ["simuleer", "--kalibratie", "--omvang", "20000", "--geen-voortgang"])
    assert uit.exit_code == 0, uit.output
    for d in DOELEN:
        assert d.naam[:40] in uit.output and d.bron in uit.output
    assert "calibration" not in uit.output.lower()


def test_dask_met_een_verkeerd_adres():
    uit = runner.invoke(app, ["simuleer", "--omvang", "1000", "--dask", "ergens:8786"])
    assert uit.exit_code == 2 and "tcp://host:poort" in uit.output


def test_omvang_buiten_het_bereik():
    uit = runner.invoke(app, ["simuleer", "--omvang", "10"])
    assert uit.exit_code == 2 and "'--omvang'" in uit.output


def test_preventie_in_het_werkgeversoverzicht():
    """Employer view: an employer without RI&E, size 10-100: 0,90 sick reports per employee per year
    (arbo services, parameter verzuimrisico.meldingsfrequentie) x 1,05 (rie_ontbreekt_verzuimfactor) = 94,5 per
    100 employees; psychological share 8% (NEA) spread over employers with and without psychosocial workload
    in the RI&E: 8% / (0,3443 + 1,25 x 0,6557) = 8% / 1,1639 = 6,873% with, 1,25 x 6,873% = 8,592% without."""
    from spoorzoeker.projection.werkgever import werkgeverskosten

    persoon = {"eerste_ziektedag": "2026-01-05", "bruto_maandloon": 3200.0, "contracturen_per_week": 36.0,
               "geboortedatum": "1975-04-02", "lgu_duur_maanden": 20.0}
    wk = werkgeverskosten(persoon, "2026-03-01", rie_status="geen")
    assert wk.preventie.meldingen_per_100 == pytest.approx(94.5)
    assert wk.preventie.meldingen_per_100_met_psa == pytest.approx(90.0)
    assert wk.preventie.psychisch_aandeel == pytest.approx(0.08592, abs=1e-5)
    assert wk.preventie.psychisch_aandeel_met_psa == pytest.approx(0.06873, abs=1e-5)
    assert any("RI&E" in t for t in wk.preventie.teksten())
    assert werkgeverskosten(persoon, "2026-03-01").preventie is None
    with pytest.raises(InvoerFout, match="rie_status"):
        werkgeverskosten(persoon, "2026-03-01", rie_status="soms")


def test_een_ander_scenario_is_een_andere_wet(tmp_path: Path):
    """Another scenario is only another law object: here the statutory sick pay is 80% instead of 70%
    (BW 7:629 lid 1). With the same seed the sickness process is the same (same WIA inflow), and the
    employers pay more sick pay in the second sick year."""
    import shutil

    from spoorzoeker.params import PARAMETER_MAP, ParameterNode

    for pad in PARAMETER_MAP.glob("*.yaml"):
        shutil.copy(pad, tmp_path / pad.name)
    tekst = (tmp_path / "loondoorbetaling.yaml").read_text(encoding="utf-8")
    assert "      value: 0.7\n" in tekst
    (tmp_path / "loondoorbetaling.yaml").write_text(tekst.replace("      value: 0.7\n", "      value: 0.8\n", 1),
                                                     encoding="utf-8")
    huidig = laad_scenario("huidig")
    proef = met_aannames("proef", ParameterNode.uit_map(tmp_path), "proef")
    r0 = voer_uit(Opdracht("huidig", huidig.wet, huidig.aannames, omvang=30_000, seed=4))[0]
    r1 = voer_uit(Opdracht("proef", proef.wet, proef.aannames, omvang=30_000, seed=4))[0]
    assert r1["instroom"] == r0["instroom"] and r1["spells"] == r0["spells"]
    assert r1["kosten_werkgever_loon"][1] > r0["kosten_werkgever_loon"][1]


def test_bedragen_per_kalenderjaar():
    """Hand calculation: EUR 1 a day from day 360 to day 370 after 1 January 2026 is 5 days in 2026
    (2026 has 365 days) and 5 in 2027; EUR 2 a day over all of 2027 (days 365-730) is 730 in 2027."""
    from spoorzoeker.simulation.proces import JAREN, _jaargrenzen, over_jaren

    grenzen = _jaargrenzen(dt.date(2026, 1, 1))
    uit = over_jaren(np.array([360.0, 365.0]), np.array([370.0, 730.0]), np.array([1.0, 2.0]), grenzen)
    assert uit.shape == (JAREN,)
    assert uit[0] == pytest.approx(5.0) and uit[1] == pytest.approx(735.0) and uit[2:].sum() == 0.0


def test_eerder_spoor2_geeft_meer_plaatsingen():
    """spoor2_start_week 26 (the proposal to take stock of spoor 2 from week 26): spoor 2 is decided
    for who is still sick in week 25, so more people start it and more are placed elsewhere."""
    s = laad_scenario("huidig")
    basis = voer_uit(Opdracht(s.naam, s.wet, s.aannames, omvang=60_000, seed=5))[0]
    vroeg = dict(s.aannames)
    vroeg["spoor2_start_week"] = Aanname(26, "proef", "proef")
    r = voer_uit(Opdracht(s.naam, s.wet, vroeg, omvang=60_000, seed=5))[0]
    assert r["spoor2"] > basis["spoor2"] and r["spoor2_geplaatst"] > basis["spoor2_geplaatst"]
    assert r["spoor2_voor_52"] / r["spoor2"] > basis["spoor2_voor_52"] / basis["spoor2"]


def test_vergelijking_toont_het_verschil_per_herhaling():
    """Two scenarios with the same seed are compared replicate by replicate: the same law and
    assumptions under two names differ by exactly 0, with an interval of exactly 0."""
    from spoorzoeker.simulation.resultaten import maak_uitkomst, tekst

    s = laad_scenario("huidig")
    a = maak_uitkomst("a", 2026, voer_uit(Opdracht("a", s.wet, s.aannames, omvang=5_000, seed=2), 2))
    b = maak_uitkomst("b", 2026, voer_uit(Opdracht("b", s.wet, s.aannames, omvang=5_000, seed=2), 2))
    regels = tekst([a, b], 2, 5_000).splitlines()
    assert "verschil a - b" in regels[3]
    aanvragen = next(r for r in regels if r.startswith("WIA-aanvragen per jaar"))
    assert aanvragen.rstrip().endswith("0 (0 - 0)")


def test_scorekaart_staat_naast_de_uitkomsten():
    """A law object with a design-principle scorecard gets it in the report, per scenario."""
    from types import SimpleNamespace

    from spoorzoeker.simulation.rapport import scorekaart_html

    kaart = (SimpleNamespace(principe="Werk staat voorop", score=1, toelichting="Meer plaatsingen"),)
    uit = scorekaart_html({"proef": kaart, "huidig": ()})
    assert "Werk staat voorop" in uit and "<b>+1</b> Meer plaatsingen" in uit and "huidig" not in uit
    assert scorekaart_html({"huidig": ()}) == ""


def test_kosten_van_elke_betaler_zijn_bekend(huidig_200k):
    """Every payer's costs are a number: the Ziektewet benefit is computed from the inputs its
    dagloon needs (Dagloonbesluit art. 12b-12e), so no cost item silently becomes 'unknown' (NaN)."""
    _, r = huidig_200k
    for post in ("kosten_werkgever_loon", "kosten_werkgever_wga", "kosten_uwv_zw", "kosten_uwv_wga",
                 "kosten_uwv_iva", "kosten_schatkist"):
        assert np.all(np.isfinite(r[post])), post
    assert float(np.sum(r["kosten_uwv_zw"])) > 0.0


def test_lege_waarden_geven_geen_gegevens_zonder_waarschuwing():
    """A measure without any known value over the replicates (a decile nobody in a small simulation
    falls in) reads 'geen gegevens', and numpy does not warn about an empty slice."""
    import warnings

    from spoorzoeker.simulation.resultaten import GEEN_GEGEVENS, Uitkomst, gemiddelde, tekst

    assert math.isnan(gemiddelde(np.array([np.nan, np.nan]))) and gemiddelde(np.array([1.0, np.nan, 3.0])) == 2.0
    leeg = np.full((2, 9), np.nan)
    u = Uitkomst(scenario="a", peiljaar=2026, instroom_per_jaar=np.zeros((2, 9)), aanvragen_per_jaar=np.zeros((2, 9)),
                 uitkomst_aandeel=np.full((2, 4), np.nan), uitkomst_aantal=np.zeros((2, 4)),
                 kosten={"werkgevers": leeg, "uwv": leeg, "schatkist": leeg},
                 deciel_verhouding=np.full((2, 10), np.nan), instroom=np.zeros(2), aanvragen=np.zeros(2))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        regels = tekst([u, u], 2, 1_000).splitlines()
    deciel1 = next(r for r in regels if r.strip().startswith("deciel 1"))
    assert deciel1.split()[-1] == "gegevens" and deciel1.count(GEEN_GEGEVENS) == 3
    assert not any(r.strip().startswith("2026: instroom") for r in regels)  # a year without anything is left out


def test_aandeel_meldingen_met_psa_volgt_uit_de_populatie():
    """The share of sick reports at employers with psychosocial workload in their RI&E, by hand from the
    population parameters (CBS 81462NED size weights 880 / 1,587 / 4,410; report factors 0,8 / 1 / 1,05;
    RI&E shares 62% / 82% / 92% (Arbeidsinspectie); 40% of RI&E's with PSA; 1,05 without an RI&E):
    reports 880 x 0,8 x 1,019 + 1,587 x 1,009 + 4,410 x 1,05 x 1,004 = 6,967.68, of which with PSA
    880 x 0,8 x 0,248 + 1,587 x 0,328 + 4,410 x 1,05 x 0,368 = 2,399.15: 0,3443. The parameter in
    verzuimrisico.yaml must match the simulation's own population parameters."""
    from spoorzoeker.scenarios import huidig
    from spoorzoeker.simulation.scenario import simulatie_parameters

    datum = dt.date(2026, 1, 1)
    pop = simulatie_parameters().op(datum).simulatie.populatie
    vr = huidig().op(datum).verzuimrisico
    grootte = {"klein": float(vr.factor_klein), "middel": 1.0, "groot": float(vr.factor_groot)}
    meldingen = met_psa = 0.0
    for naam, g in grootte.items():
        w, rie = float(getattr(pop.grootte, f"fte_{naam}")), float(getattr(pop.rie, naam))
        meldingen += w * g * ((1 - rie) * float(vr.rie_ontbreekt_verzuimfactor) + rie)
        met_psa += w * g * rie * float(pop.rie.met_psa)
    assert meldingen == pytest.approx(6967.681) and met_psa == pytest.approx(2399.152)
    assert float(vr.aandeel_meldingen_met_psa) == pytest.approx(met_psa / meldingen, abs=5e-5)


def test_psychisch_aandeel_blijft_het_gepubliceerde_gemiddelde(huidig_200k):
    """The RI&E factor spreads NEA's 8% psychological reports instead of raising it: over all employees'
    reports the simulated share is 8% (about 180,000 reports: standard error sqrt(0,08 x 0,92 / 180,000)
    = 0,06 percentage point; allow 0,3). A scenario in which every RI&E covers psychosocial workload
    lowers it towards 6,87% (the share at an employer with it)."""
    _, r = huidig_200k
    assert r["ziekmeldingen_psychisch"] / r["ziekmeldingen"] == pytest.approx(0.08, abs=0.003)
    s = laad_scenario("huidig")
    alle_psa = dict(s.aannames)
    alle_psa["rie_aanwezig_factor"] = Aanname(10.0, "proef", "proef")  # capped at 100%
    alle_psa["rie_psa_factor"] = Aanname(10.0, "proef", "proef")
    r1 = voer_uit(Opdracht(s.naam, s.wet, alle_psa, omvang=100_000, seed=9))[0]
    assert r1["ziekmeldingen_psychisch"] / r1["ziekmeldingen"] == pytest.approx(0.0687, abs=0.004)


def test_de_regels_krijgen_alle_invoer_die_ze_vragen(monkeypatch):
    """Every rule the simulation asks for gets the inputs it needs: no amount comes back unknown (NaN).
    The Ziektewet dagloon once asked for new inputs and every Ziektewet amount silently became NaN; the
    WIA amounts pass through nan_to_num, so a missing input there would silently read as no benefit."""
    import spoorzoeker.simulation.proces as proces

    echt = proces.bereken_per_maand
    gezien: dict[str, tuple[int, int]] = {}

    def tel(datums, invoer, namen, wet):
        uit = echt(datums, invoer, namen, wet)
        for naam, waarden in uit.items():
            nan, totaal = gezien.get(naam, (0, 0))
            gezien[naam] = (nan + int(np.isnan(waarden).sum()), totaal + waarden.size)
        return uit

    monkeypatch.setattr(proces, "bereken_per_maand", tel)
    s = laad_scenario("huidig")
    voer_uit(Opdracht(s.naam, s.wet, s.aannames, omvang=20_000, seed=3))
    assert {"loondoorbetaling_cao_per_maand", "ziektewet_uitkering_per_maand", "wia_uitkering_per_maand"} <= set(gezien)
    for naam, (nan, totaal) in gezien.items():
        assert totaal > 0 and nan == 0, naam
