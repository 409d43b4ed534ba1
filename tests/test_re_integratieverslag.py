"""The re-integratieverslag (R13): completeness check, versions, medical content, access, HTML, PDF and CLI.

One synthetic case (nothing real) walks through two sick years for employer A of ``dossierhulp.wereld``:
first sick day Monday 5 January 2026, report drawn up on 6 September 2027 (sick week 88). Each part
the check knows can be left out; leaving out one part must make the check name exactly that part.
The parts and their sources are in ``ONDERDELEN`` and docs/re_integratieverslag.md (Regeling procesgang
art. 6; UWV Werkwijzer Poortwachter 2021 §3.2).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from clihulp import app
from dossierhulp import cli_sessie_voor, database_url, db, wereld  # noqa: F401 - fixtures
from typer.testing import CliRunner

from spoorzoeker.cases import (
    ArbeidsdeskundigRapport,
    Deelnemer,
    FunctioneleMogelijkheden,
    GeenToegang,
    Interventie,
    MedischeAantekening,
    MeningWerknemer,
    PlanVanAanpak,
    SoortInterventie,
    SoortOordeel,
    Spoor,
    Spoorkeuze,
    StapGedaan,
    WiaPrognose,
)
from spoorzoeker.reports.re_integratieverslag import (
    ONDERDELEN,
    PROGNOSE_TEKST,
    controleer_volledigheid,
    maak_verslag,
    naar_html,
    naar_pdf,
)

D = dt.date
VANDAAG = D(2027, 9, 6)
GEHEIME_DIAGNOSE = "VERZONNEN-DIAGNOSE-4d1e"
GEHEIME_TOELICHTING = "VERZONNEN-TOELICHTING-88b0"
GEHEIME_PROGNOSE = "VERZONNEN-PROGNOSE-5c2a"
MENING = "Ik had graag eerder hulp gehad bij het zoeken naar ander werk."
PA_BEPERKINGEN, PA_MOGELIJK = "Niet tillen boven 5 kg; niet langer dan 2 uur staan", "Licht werk, 4 uur per dag"
NU_BEPERKINGEN, NU_MOGELIJK = "Niet tillen boven 5 kg; geen staand werk", "Zittend werk, 6 uur per dag"
ONDERDEEL_CODES = sorted(ONDERDELEN)


def _bouw(w, zonder: str | None = None) -> None:
    """Record a complete case on employer A's dossier, leaving out the part ``zonder``."""
    s, d = w.service, w.dossier_a
    cm, ba, ad, wn = (w.gebruikers[r] for r in ("casemanager", "bedrijfsarts", "arbeidsdeskundige", "werknemer"))

    def oordeel(datum, beperkingen, mogelijk, soort, advies=""):
        s.leg_functionele_mogelijkheden_vast(ba, d, FunctioneleMogelijkheden(
            datum, "Dr. Anna Arts", beperkingen, mogelijk, advies, soort))

    if zonder != "probleemanalyse":
        s.leg_stap_vast(ba, d, StapGedaan("probleemanalyse", D(2026, 1, 19), "Dr. Anna Arts", "PA-2026-001.pdf"))
        oordeel(D(2026, 1, 19), PA_BEPERKINGEN, PA_MOGELIJK, SoortOordeel.PROBLEEMANALYSE,
                "Opbouwen in eigen werk met hulp bij tillen")
    if zonder != "plan_van_aanpak":
        s.leg_plan_van_aanpak_vast(cm, d, PlanVanAanpak(D(2026, 2, 2), "Terug in het eigen werk als bakker", (
            Interventie(SoortInterventie.SCHOLING, "Cursus werkplanning", D(2026, 3, 1), D(2026, 5, 1)),
            Interventie(SoortInterventie.WERKPLEKAANPASSING, "Tilhulp bij de oven", D(2026, 2, 10)))))
    for dag in (D(2026, 3, 16), D(2026, 4, 27), D(2026, 6, 8), D(2027, 3, 1)):
        s.leg_stap_vast(cm, d, StapGedaan("evaluatie", dag, "Carla Casemanager"))
    if zonder != "bijstelling_probleemanalyse":
        oordeel(D(2026, 6, 1), NU_BEPERKINGEN, NU_MOGELIJK, SoortOordeel.BIJSTELLING)
    if zonder != "bijstelling_plan_van_aanpak":
        s.leg_plan_van_aanpak_vast(cm, d, PlanVanAanpak(D(2026, 6, 15), "Zittend werk bij de eigen werkgever", (
            Interventie(SoortInterventie.AANGEPAST_WERK, "Administratie van de bakkerij, 4 uur per dag"),
            Interventie(SoortInterventie.SCHOLING, "Cursus boekhouden"),), is_bijstelling=True))
    s.leg_stap_vast(cm, d, StapGedaan("melding_42e_week", D(2026, 10, 26), "Wim Werkgever"))
    s.leg_arbeidsdeskundig_rapport_vast(ad, d, ArbeidsdeskundigRapport(
        D(2026, 11, 2), "Ad Deskundige", False, "Geen zittend werk voor 6 uur in deze kleine bakkerij",
        "Administratief werk bij een groothandel", WiaPrognose.WGA_35_80, Spoor.SPOOR2))
    if zonder != "eerstejaarsevaluatie":
        s.leg_stap_vast(cm, d, StapGedaan("eerstejaarsevaluatie", D(2026, 11, 30), "Carla Casemanager", "EJE.pdf"))
    if zonder != "spoorkeuze":
        s.leg_spoorkeuze_vast(cm, d, Spoorkeuze(D(2026, 11, 30), (
            Deelnemer("werkgever", "Wim Werkgever"), Deelnemer("werknemer", "Jan Fictief"),
            Deelnemer("arbeidsdeskundige", "Ad Deskundige"), Deelnemer("casemanager", "Carla Casemanager")),
            Spoor.SPOOR2, "Eigen werk is niet haalbaar; de arbeidsdeskundige ziet kansen in administratief werk."))
        if zonder != "bijstelling_plan_van_aanpak":
            s.leg_plan_van_aanpak_vast(cm, d, PlanVanAanpak(D(2026, 12, 7), "Werk bij een andere werkgever (spoor 2)", (
                Interventie(SoortInterventie.COACHING, "Spoor 2-traject met een re-integratiebureau", D(2027, 1, 4)),
                Interventie(SoortInterventie.SCHOLING, "Cursus boekhouden, deel 2"),), is_bijstelling=True))
    if zonder != "actueel_oordeel":
        oordeel(D(2027, 8, 16), NU_BEPERKINGEN, NU_MOGELIJK, SoortOordeel.ACTUEEL_OORDEEL,
                "Zittend werk is duurzaam passend")
    if zonder != "eindevaluatie":
        s.leg_stap_vast(cm, d, StapGedaan("evaluatie", D(2027, 8, 30), "Carla Casemanager", "Eindevaluatie.pdf"))
    if zonder != "mening_werknemer":
        s.leg_mening_werknemer_vast(wn, d, MeningWerknemer(D(2027, 9, 1), MENING, eens_met_verslag=True))
    s.leg_medisch_vast(ba, d, MedischeAantekening(D(2026, 1, 19), "Dr. Anna Arts", diagnose=GEHEIME_DIAGNOSE,
                                                  beperkingen_toelichting=GEHEIME_TOELICHTING,
                                                  prognose=GEHEIME_PROGNOSE, medische_notitie="controle"))


def _pdf_tekst(data: bytes) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def _inkt(data: bytes) -> list[float]:
    """Share of non-white pixels per page of the rendered PDF (as tests/test_reports.py does)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    uit = []
    for i in range(len(doc)):
        beeld = np.asarray(doc[i].render(scale=0.6).to_pil().convert("L"))
        uit.append(float((beeld < 200).mean()))
    return uit


# --- the completeness check -----------------------------------------------------------------------

def test_compleet_dossier_mist_niets(wereld):
    _bouw(wereld)
    v = maak_verslag(wereld.service, wereld.gebruikers["werknemer"], wereld.dossier_a, vandaag=VANDAAG)
    assert v.versie == "uwv"
    assert v.ontbreekt == [] and v.compleet
    # Nothing is missing, but "Let op" names the steps of the timeline that are late (finding 26 of the user
    # review): the timeline asks an evaluation every six weeks (poortwachter.evaluatie_interval_weken), and the
    # case records none between 8 June 2026 and 1 March 2027 (due by 8 June + 6 weeks = 20 July 2026) and none
    # between 1 March and 30 August 2027 (due by 1 March + 6 weeks = 12 April 2027); spoor 2 was chosen at the
    # eerstejaarsevaluatie of 30 November 2026 and its start is due six weeks later (the timeline's practice),
    # 11 January 2027, but not recorded.
    assert v.aandachtspunten == [
        "Evaluatie is te laat gedaan: op 1 maart 2027, uiterlijk was 20 juli 2026, zonder vastgelegde reden.",
        "Start spoor 2 is te laat: dat moest uiterlijk 11 januari 2027 en is nog niet vastgelegd.",
        "Evaluatie is te laat gedaan: op 30 augustus 2027, uiterlijk was 12 april 2027, zonder vastgelegde reden.",
    ]


@pytest.mark.parametrize("onderdeel", ONDERDEEL_CODES)
def test_zonder_een_onderdeel_noemt_de_controle_precies_dat(wereld, onderdeel):
    _bouw(wereld, zonder=onderdeel)
    v = maak_verslag(wereld.service, wereld.gebruikers["werknemer"], wereld.dossier_a, vandaag=VANDAAG)
    assert {o.code for o in v.ontbreekt} == {onderdeel}
    assert all(o.tekst and o.bron for o in v.ontbreekt)
    html = naar_html(v)
    assert "Nog niet compleet" in html and v.ontbreekt[0].tekst.split(":")[0] in html


def test_voor_het_einde_van_het_eerste_jaar_is_de_eerstejaarsevaluatie_nog_niet_verplicht(wereld):
    """In week 30 the eerstejaarsevaluatie and the track choice are not due yet (end of week 52): a point
    of attention, not a missing part."""
    _bouw(wereld, zonder="eerstejaarsevaluatie")
    d = wereld.service.lees_dossier(wereld.gebruikers["casemanager"], wereld.dossier_a)
    ontbreekt, let_op = controleer_volledigheid(d, D(2026, 7, 27))
    assert "eerstejaarsevaluatie" not in {o.code for o in ontbreekt}
    assert any("eerstejaarsevaluatie" in p and "3 januari 2027" in p for p in let_op)


def test_spoor_2_zonder_bijgesteld_plan_wordt_genoemd(wereld):
    """After choosing spoor 2, the plan must describe the spoor 2 activities (a bijstelling on or after the
    choice): only the bijstelling of June, before the choice, is not enough."""
    w = wereld
    _bouw(w, zonder="bijstelling_plan_van_aanpak")
    w.service.leg_plan_van_aanpak_vast(w.gebruikers["casemanager"], w.dossier_a, PlanVanAanpak(
        D(2026, 6, 15), "Zittend werk", (Interventie(SoortInterventie.SCHOLING, "Cursus boekhouden"),),
        is_bijstelling=True))
    v = maak_verslag(w.service, w.gebruikers["werknemer"], w.dossier_a, vandaag=VANDAAG)
    assert [o.code for o in v.ontbreekt] == ["bijstelling_plan_van_aanpak"]
    assert "spoor 2" in v.ontbreekt[0].tekst


# --- versions and medical content ---------------------------------------------------------------

def _teksten(v) -> tuple[str, str]:
    return naar_html(v), _pdf_tekst(naar_pdf(v))


def test_uwv_versie_heeft_het_actueel_oordeel_in_werktermen_en_geen_medische_gegevens(wereld):
    _bouw(wereld)
    v = maak_verslag(wereld.service, wereld.gebruikers["werknemer"], wereld.dossier_a, vandaag=VANDAAG)
    for tekst in _teksten(v):
        assert NU_MOGELIJK in tekst and NU_BEPERKINGEN in tekst       # functional possibilities
        assert MENING in tekst                                          # his own opinion, in his version
        assert PROGNOSE_TEKST[WiaPrognose.WGA_35_80] in tekst
        for geheim in (GEHEIME_DIAGNOSE, GEHEIME_TOELICHTING, GEHEIME_PROGNOSE):
            assert geheim not in tekst


@pytest.mark.parametrize("rol,kort", [("werkgever", False), ("casemanager", False), ("werkgever", True),
                                      ("werknemer", True), ("bedrijfsarts", True)])
def test_werkgeversversie_en_verkorte_versie_zonder_medisch_veld(wereld, rol, kort):
    _bouw(wereld)
    v = maak_verslag(wereld.service, wereld.gebruikers[rol], wereld.dossier_a, kort=kort, vandaag=VANDAAG)
    assert v.versie == ("kort" if kort else "werkgever")
    for tekst in _teksten(v):
        laag = tekst.lower()
        for geheim in (GEHEIME_DIAGNOSE, GEHEIME_TOELICHTING, GEHEIME_PROGNOSE, MENING, *PROGNOSE_TEKST.values()):
            assert geheim not in tekst
        assert "diagnose" not in laag and "% arbeidsongeschikt" not in laag and "verwachte uitkomst wia" not in laag
        assert NU_MOGELIJK in tekst  # the actueel oordeel in work terms is what the employer may know
        assert "zonder medische gegevens" in laag


def test_werkgeversversie_leest_de_mening_niet_en_noemt_die_niet_als_ontbrekend(wereld):
    _bouw(wereld, zonder="mening_werknemer")
    v = maak_verslag(wereld.service, wereld.gebruikers["werkgever"], wereld.dossier_a, vandaag=VANDAAG)
    assert v.compleet
    log = wereld.service.lees_toegangslog(wereld.beheerder, wereld.dossier_a)
    werkgever = wereld.gebruikers["werkgever"]
    assert not [r for r in log if r.operatie == "mening_werknemer_lezen" and r.gebruiker_id == werkgever]


@pytest.mark.parametrize("rol,kort", [("werkgever", False), ("casemanager", True), ("werknemer", False),
                                      ("bedrijfsarts", False)])
def test_verslag_stuurt_geen_sql_naar_de_medische_tabel(wereld, rol, kort):
    """By construction: no version's SQL touches the medical table; only the employee's own version reads
    the table with his opinion."""
    from sqlalchemy import event

    from spoorzoeker.storage.tabellen import ALLEEN_WERKNEMER_TABELLEN, MEDISCHE_TABELLEN

    _bouw(wereld)
    gezien: list[str] = []
    vang = lambda conn, cursor, sql, *a: gezien.append(sql.lower())  # noqa: E731
    event.listen(wereld.db.engine, "before_cursor_execute", vang)
    try:
        maak_verslag(wereld.service, wereld.gebruikers[rol], wereld.dossier_a, kort=kort, vandaag=VANDAAG)
    finally:
        event.remove(wereld.db.engine, "before_cursor_execute", vang)
    assert gezien
    assert not [q for q in gezien for t in MEDISCHE_TABELLEN if t in q]
    mening_gelezen = any(t in q for q in gezien for t in ALLEEN_WERKNEMER_TABELLEN)
    assert mening_gelezen == (rol == "werknemer")


def test_bedrijfsarts_krijgt_de_uwv_versie_zonder_de_mening(wereld):
    _bouw(wereld)
    v = maak_verslag(wereld.service, wereld.gebruikers["bedrijfsarts"], wereld.dossier_a, vandaag=VANDAAG)
    assert v.versie == "uwv" and v.compleet
    html = naar_html(v)
    assert MENING not in html and "Die mening staat niet in deze versie" in html


# --- access -----------------------------------------------------------------------------------------

def test_toegang_wordt_gelogd(wereld):
    w = wereld
    _bouw(w)
    voor = len(w.service.lees_toegangslog(w.beheerder, w.dossier_a))
    maak_verslag(w.service, w.gebruikers["werknemer"], w.dossier_a, vandaag=VANDAAG)
    maak_verslag(w.service, w.gebruikers["werkgever"], w.dossier_a, kort=True, vandaag=VANDAAG)
    regels = w.service.lees_toegangslog(w.beheerder, w.dossier_a)[voor + 1:]  # +1: the beheerder's own read
    gezien = [(r.gebruiker_naam, r.operatie, r.toegestaan) for r in regels if r.rol != "beheerder"]
    assert gezien == [("Jan Fictief", "mening_werknemer_lezen", True), ("Jan Fictief", "dossier_lezen", True),
                      ("Wim Werkgever", "dossier_lezen", True)]
    # and the employee sees the employer's read in "wie heeft mijn dossier geopend"
    inzage = w.service.wie_opende_mijn_dossier(w.gebruikers["werknemer"], w.dossier_a)
    assert ("Wim Werkgever", "dossier_lezen") in {(i.wie, i.handeling) for i in inzage}


@pytest.mark.parametrize("wie", ["beheerder", "werkgever_b"])
def test_zonder_leesrecht_geweigerd_en_gelogd(wereld, wie):
    w = wereld
    gebruiker = w.beheerder if wie == "beheerder" else w.werkgever_b_gebruiker
    with pytest.raises(GeenToegang):
        maak_verslag(w.service, gebruiker, w.dossier_a, vandaag=VANDAAG)
    regels = w.service.lees_toegangslog(w.beheerder, w.dossier_a)
    assert any(r.gebruiker_id == gebruiker and r.operatie == "dossier_lezen" and not r.toegestaan for r in regels)


def test_mening_alleen_door_de_werknemer(wereld):
    w = wereld
    for rol in ("werkgever", "casemanager", "casemanager_taakdelegatie", "bedrijfsarts"):
        with pytest.raises(GeenToegang):
            w.service.lees_mening_werknemer(w.gebruikers[rol], w.dossier_a)
        with pytest.raises(GeenToegang):
            w.service.leg_mening_werknemer_vast(w.gebruikers[rol], w.dossier_a, MeningWerknemer(D(2026, 3, 1), "x"))
    w.service.leg_mening_werknemer_vast(w.gebruikers["werknemer"], w.dossier_a, MeningWerknemer(D(2026, 3, 1), "Prima"))
    assert w.service.lees_mening_werknemer(w.gebruikers["werknemer"], w.dossier_a)[0].mening == "Prima"


# --- rendering and the command line ------------------------------------------------------------

@pytest.mark.parametrize("rol,kort", [("werknemer", False), ("werkgever", False), ("werkgever", True)])
def test_pdf_wordt_getekend_en_is_niet_leeg(wereld, rol, kort):
    _bouw(wereld)
    v = maak_verslag(wereld.service, wereld.gebruikers[rol], wereld.dossier_a, kort=kort, vandaag=VANDAAG)
    data = naar_pdf(v)
    assert data[:5] == b"%PDF-"
    inkt = _inkt(data)
    assert len(inkt) >= 2 and all(x > 0.005 for x in inkt)
    tekst = _pdf_tekst(data)
    assert ("Verkort re-integratieverslag" if kort else "Re-integratieverslag") in tekst
    assert "Jan Fictief" in tekst


def _env(wereld, database_url, tmp_path, gebruiker_id):
    return cli_sessie_voor(wereld.db, database_url, gebruiker_id, tmp_path / f"sessie-{gebruiker_id}")


def test_cli_schrijft_html_en_pdf(wereld, database_url, tmp_path):
    _bouw(wereld)
    r = CliRunner(env=_env(wereld, database_url, tmp_path, wereld.gebruikers["werkgever"])).invoke(
        app, ["verslag", wereld.dossier_a, "--html", str(tmp_path / "v.html"), "--pdf", str(tmp_path / "v.pdf"),
              "--datum", VANDAAG.isoformat(), "--database", database_url])
    assert r.exit_code == 0, r.output
    assert "Compleet" in r.output
    assert (tmp_path / "v.pdf").read_bytes()[:5] == b"%PDF-"
    assert "Re-integratieverslag" in (tmp_path / "v.html").read_text(encoding="utf-8")


def test_cli_kort_noemt_wat_ontbreekt(wereld, database_url, tmp_path):
    _bouw(wereld, zonder="actueel_oordeel")
    r = CliRunner(env=_env(wereld, database_url, tmp_path, wereld.gebruikers["casemanager"])).invoke(
        app, ["verslag", wereld.dossier_a, "--kort", "--html", str(tmp_path / "k.html"),
              "--datum", VANDAAG.isoformat(), "--database", database_url])
    assert r.exit_code == 0, r.output
    assert "Het actueel oordeel van de bedrijfsarts ontbreekt." in r.output


@pytest.mark.parametrize("args,ingelogd,melding", [
    (["--html", "x.html"], False, "niet ingelogd"),
    ([], True, "--html"),
    (["--html", "x.html", "--datum", "6-9-2027"], True, "geen geldige datum"),
])
def test_cli_fouten_een_regel_exit_2(wereld, database_url, tmp_path, monkeypatch, args, ingelogd, melding):
    monkeypatch.chdir(tmp_path)
    env = (_env(wereld, database_url, tmp_path, wereld.gebruikers["werkgever"]) if ingelogd
           else {"SPOORZOEKER_SESSIEMAP": str(tmp_path / "leeg")})
    r = CliRunner(env=env).invoke(app, ["verslag", wereld.dossier_a, *args, "--database", database_url])
    assert r.exit_code == 2
    assert melding in r.output and len(r.output.strip().splitlines()) == 1
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize("dossier,wie", [("bestaat-niet", "werkgever"), (None, "werkgever_b")])
def test_cli_onbekend_dossier_of_geen_recht_zelfde_melding(wereld, database_url, tmp_path, dossier, wie):
    gebruiker = wereld.gebruikers["werkgever"] if wie == "werkgever" else wereld.werkgever_b_gebruiker
    r = CliRunner(env=_env(wereld, database_url, tmp_path, gebruiker)).invoke(
        app, ["verslag", dossier or wereld.dossier_a, "--html", str(tmp_path / "x.html"), "--database", database_url])
    assert r.exit_code == 2
    assert r.output.strip() == ("Fout: Geen toegang tot dit dossier voor deze handeling. "
                                "Bestaat het dossier en mag u het lezen?")


# --- storage: migration 0002 ----------------------------------------------------------------------

def test_migratie_0002_bewaart_bestaande_oordelen_als_advies(database_url):
    """A database at 0001 with a recorded oordeel migrates to 0002: the oordeel keeps its content and
    becomes kind 'advies'; the new table for the employee's opinion exists and is empty."""
    from alembic import command
    from sqlalchemy import inspect, text

    from spoorzoeker.storage.database import alembic_config, maak_engine

    engine = maak_engine(database_url)
    cfg = alembic_config()
    with engine.begin() as c:
        cfg.attributes["connection"] = c
        command.upgrade(cfg, "0001")
        c.execute(text("INSERT INTO werkgever (id, naam, aantal_werknemers) VALUES ('wg', 'Proef BV', 5)"))
        c.execute(text("INSERT INTO werknemer (id, werkgever_id, naam, functie, telefoon, verpleegadres) "
                       "VALUES ('wn', 'wg', 'Test Persoon', '', '', '')"))
        c.execute(text("INSERT INTO dossier (id, werkgever_id, werknemer_id, eerste_ziektedag) "
                       "VALUES ('d1', 'wg', 'wn', '2026-01-05')"))
        c.execute(text("INSERT INTO functionele_mogelijkheden (dossier_id, datum, door, beperkingen, mogelijkheden, "
                       "advies) VALUES ('d1', '2026-01-19', 'Dr. X', 'Niet tillen', 'Licht werk', '')"))
    engine.dispose()
    from spoorzoeker.storage import open_database

    database = open_database(database_url)
    try:
        with database.opslag() as uow:
            (fm,) = uow.dossier("d1").functionele_mogelijkheden
            assert fm.soort == SoortOordeel.ADVIES and fm.beperkingen == "Niet tillen"
            assert uow.mening_werknemer("d1") == ()
        assert "mening_werknemer" in inspect(database.engine).get_table_names()
    finally:
        database.sluit()


def _tijdlijn_tabel(v):
    from spoorzoeker.reports.inhoud import Tabel

    return next(b for b in v.overzicht.blokken if isinstance(b, Tabel) and b.kolommen[:2] == ["Stap", "Voorkeursdatum"])


def test_let_op_names_the_late_42nd_week_report_and_steps_follow_the_preferred_dates(wereld):
    """Findings 25 and 26 of the user review. First sick day Monday 5 January 2026; on 30 November 2026 the case
    has only a probleemanalyse done late, on 9 March 2026. The 42nd-week report to UWV is due the first working
    day after 42 weeks: week 42 ends on day 294 = Sunday 25 October 2026, so Monday 26 October 2026; it is not
    recorded, so "Let op" names it. The timeline table lists the steps by preferred date, so the probleemanalyse
    (preferred in week 6) comes before the plan van aanpak (after the analysis)."""
    w = wereld
    w.service.leg_stap_vast(w.gebruikers["bedrijfsarts"], w.dossier_a,
                            StapGedaan("probleemanalyse", D(2026, 3, 9), "Dr. Anna Arts", "PA.pdf"))
    v = maak_verslag(w.service, w.gebruikers["casemanager"], w.dossier_a, vandaag=D(2026, 11, 30))
    assert ("Ziekmelding bij het UWV (42e week) is te laat: dat moest uiterlijk 26 oktober 2026 en is nog niet "
            "vastgelegd.") in v.aandachtspunten
    assert "Let op:" in naar_html(v) and "Ziekmelding bij het UWV (42e week) is te laat" in naar_html(v)
    stappen = [r[0] for r in _tijdlijn_tabel(v).rijen]
    assert stappen.index("Probleemanalyse") < stappen.index("Plan van aanpak")
    # the columns say what the case page says: 'Uiterste datum' and 'Status' (not 'Uiterlijk' and 'Stand')
    assert _tijdlijn_tabel(v).kolommen == ["Stap", "Voorkeursdatum", "Uiterste datum", "Gedaan op", "Status", "Bron"]
    # every preferred date shown is on or after the one above it
    from spoorzoeker.reports.inhoud import MAANDEN_LANG

    def lees(tekst: str) -> D:
        dag, maand, jaar = tekst.split()
        return D(int(jaar), MAANDEN_LANG.index(maand) + 1, int(dag))

    getoond = [lees(r[1]) for r in _tijdlijn_tabel(v).rijen if r[1][:1].isdigit()]
    assert len(getoond) >= 8 and getoond == sorted(getoond)


def test_deelnemers_van_de_spoorkeuze_met_hun_rol_in_woorden():
    # Finding 21 of the user review: "(spoor2 coach)" was the raw role code.
    from spoorzoeker.reports.re_integratieverslag import deelnemer_rol

    assert deelnemer_rol("spoor2_coach") == "spoor 2-coach"
    assert deelnemer_rol("casemanager_taakdelegatie") == "casemanager in taakdelegatie"
    assert deelnemer_rol("arbeidsdeskundige") == "arbeidsdeskundige"


def test_steps_have_one_name_and_one_status_column_everywhere():
    """The case page said 'Status' and 'Ziekmelding bij het UWV (42e week)', the report 'Stand' and 'Ziekmelding bij
    UWV (42e week)', the terminal 'Bij voorkeur', 'Uiterlijk' and 'Stand': one table of names, one column word."""
    from spoorzoeker.cases.correcties import STAPNAMEN
    from spoorzoeker.opdrachtregel.tijdlijntabel import als_tabel
    from spoorzoeker.reports.re_integratieverslag import STAP_TITELS
    from spoorzoeker.stapteksten import STAPPEN, STAPTITELS
    from spoorzoeker.timeline import bereken_tijdlijn
    from spoorzoeker.web.paginas import STAP_TEKST

    assert STAP_TITELS is STAPTITELS and STAP_TEKST is STAPTITELS and STAPNAMEN is STAPTITELS
    assert set(STAPPEN) <= set(STAPTITELS)
    assert STAPTITELS["melding_42e_week"] == "Ziekmelding bij het UWV (42e week)"
    tabel = als_tabel(bereken_tijdlijn({"eerste_ziektedag": "2026-01-05"}, vandaag=dt.date(2026, 3, 1)))
    kop = next(r for r in tabel.splitlines() if r.startswith("Stap"))
    assert kop.split() == ["Stap", "Voorkeursdatum", "Uiterste", "datum", "Gedaan", "op", "Status"]
    assert "Ziekmelding bij het UWV (42e week)" in tabel and "Stand" not in tabel


def test_the_report_says_het_uwv_like_every_page(wereld):
    """The web pages, the overview and the step names say 'het UWV'; the report said 'UWV vraagt', 'Versie voor
    UWV', 'verzekeringsarts van UWV'. A source's publisher ('UWV, Werkwijzer Poortwachter') stays as published."""
    import re

    w = wereld
    for rol in ("casemanager", "bedrijfsarts"):
        html = naar_html(maak_verslag(w.service, w.gebruikers[rol], w.dossier_a, vandaag=D(2026, 11, 30)))
        zonder_bronnen = re.sub(r"UWV, (Werkwijzer|'Samenwerking)", "", html)
        assert not re.search(r"(?<!het )(?<!Het )\bUWV (vraagt|leest)|(van|naar|voor|met|die) UWV\b", zonder_bronnen)
        assert "Het UWV vraagt de werkgever" in html or "Alle onderdelen die het UWV vraagt" in html
    assert "Versie voor het UWV" in html and "WIA-aanvraag uiterlijk op" in html


def test_a_step_stands_in_the_same_words_on_the_page_in_the_report_and_the_terminal():
    """The case page said 'Open' and 'Vervallen', the report and the terminal 'nog te doen' and 'niet meer
    nodig' for the same step: one table of words now."""
    from spoorzoeker.opdrachtregel.tijdlijntabel import STAND, als_tabel
    from spoorzoeker.reports.re_integratieverslag import STATUS_TEKST
    from spoorzoeker.stapteksten import STATUSTEKSTEN
    from spoorzoeker.timeline import STATUSSEN, bereken_tijdlijn
    from spoorzoeker.web.paginas import STATUS_TEKST as OP_DE_PAGINA

    assert STATUS_TEKST is STATUSTEKSTEN and OP_DE_PAGINA is STATUSTEKSTEN and STAND is STATUSTEKSTEN
    assert set(STATUSSEN) | {"voorstel_voorbij"} <= set(STATUSTEKSTEN)
    # first sick day 5 January 2026, on 1 March 2026: the evaluation (due 13 April 2026) is still to do
    tabel = als_tabel(bereken_tijdlijn({"eerste_ziektedag": "2026-01-05"}, vandaag=dt.date(2026, 3, 1)))
    evaluatie = next(r for r in tabel.splitlines() if r.startswith("Evaluatie "))
    assert evaluatie.rstrip().endswith("Nog te doen")
