"""``spoorzoeker dossier ...`` end to end: a fresh SQLite file is filled from nothing by the commands a
casemanager, a bedrijfsarts, an arbeidsdeskundige and the employee type, and then ``verslag`` and
``tijdlijn`` run on it. Every person and company here is invented.

First sick day Monday 5 January 2026; the report is drawn up on 6 September 2027 (sick week 88), as in
tests/test_re_integratieverslag.py."""

from __future__ import annotations

import json
import subprocess
from urllib.parse import parse_qs, urlparse

import pytest
from clihulp import PYTHON_M, app
from typer.testing import CliRunner

from spoorzoeker.samenstelling import voor_database

D0 = "2026-01-05"


WACHTWOORD = "bakkerij-wachtwoord-2026"


class Cli:
    """Runs ``spoorzoeker dossier ...`` against one database. ``--als ID`` in a test's arguments is not
    passed on (the option no longer exists): it picks the session folder in which that account logged
    in, as if a different person sat at the keyboard."""

    def __init__(self, url: str, map_):
        self.url, self.map = url, map_
        self.sessies: dict[str, str] = {}

    def __call__(self, *args, invoer: dict | str | None = None, code: int = 0):
        if isinstance(invoer, dict):
            invoer = json.dumps(invoer)
        args = list(args)
        sessiemap = str(self.map / "niemand")
        if "--als" in args:
            i = args.index("--als")
            sessiemap = self.sessies.get(args[i + 1], sessiemap)
            del args[i:i + 2]
        runner = CliRunner(env={"SPOORZOEKER_GEBRUIKER": None, "SPOORZOEKER_DATABASE_URL": None,
                                "SPOORZOEKER_SESSIEMAP": sessiemap})
        r = runner.invoke(app, ["dossier", *args, "--database", self.url], input=invoer)
        assert r.exit_code == code, (args, r.output)
        return r

    def id(self, *args, invoer=None) -> str:
        uit = self(*args, invoer=invoer).stdout.strip()
        assert uit and "\n" not in uit
        return uit

    def account(self, *args, inlognaam: str) -> str:
        """Create an account (or the first beheerder) with a password, log it in, remember its session."""
        gid = self.id(*args, "--inlognaam", inlognaam, invoer=f"{WACHTWOORD}\n{WACHTWOORD}\n")
        self.inlognamen = getattr(self, "inlognamen", {})
        self.inlognamen[gid] = inlognaam
        return gid

    def log_in(self, gid: str) -> None:
        """Log ``gid`` in; an account that needs TOTP first gets its secret through the service API."""
        import pyotp

        from spoorzoeker.cases.aanmelden import vereist_totp
        from spoorzoeker.storage import open_database

        db = open_database(self.url)
        try:
            with db.opslag() as uow:
                g = uow.gebruiker(gid)
            args = []
            if vereist_totp(g):
                aan = voor_database(db).aanmelden()
                geheim = parse_qs(urlparse(aan.begin_totp(gid)).query)["secret"][0]
                aan.bevestig_totp(gid, pyotp.TOTP(geheim).now())
                args = ["--code", pyotp.TOTP(geheim).now()]
        finally:
            db.sluit()
        self.sessies[gid] = str(self.map / f"sessie-{gid}")
        self("inloggen", "--inlognaam", self.inlognamen[gid], *args, "--als", gid, invoer=f"{WACHTWOORD}\n")


@pytest.fixture
def cli(tmp_path, monkeypatch):
    """The case file in memory (/dev/shm, see webhulp.snelle_map) when there is one: these tests are about
    the commands, and every command commits with a full sync; durability is test_storage_crash's subject."""
    import shutil

    from webhulp import snelle_map

    map_ = snelle_map(tmp_path)
    monkeypatch.setenv("SPOORZOEKER_SLEUTELBESTAND", str(tmp_path / "sleutels.json"))
    yield Cli(f"sqlite:///{map_ / 'dossiers.db'}", tmp_path)
    if map_ != tmp_path:
        shutil.rmtree(map_, ignore_errors=True)


def _wereld(cli):
    w = {"beheerder": cli.account("beheerder", "--naam", "Bea Beheer", "--nieuw", inlognaam="bea")}
    cli.log_in(w["beheerder"])
    als_b = ["--als", w["beheerder"]]
    w["werkgever"] = cli.id("werkgever", "--naam", "Voorbeeld Bakkerij BV", "--werknemers", "12", *als_b)
    w["werknemer"] = cli.id("werknemer", "--werkgever", w["werkgever"], "--naam", "Jan Fictief", "--functie", "bakker",
                            *als_b)
    for rol, naam in (("casemanager", "Carla Casemanager"), ("bedrijfsarts", "Dr. Anna Arts"),
                      ("arbeidsdeskundige", "Ad Deskundige"), ("werkgever", "Wim Werkgever")):
        big = ["--big", "19012345601"] if rol == "bedrijfsarts" else []
        w[f"{rol}_account"] = cli.account("gebruiker", "--naam", naam, "--rol", rol, "--werkgever", w["werkgever"],
                                          *big, *als_b, inlognaam=rol)
    w["werknemer_account"] = cli.account("gebruiker", "--naam", "Jan Fictief", "--rol", "werknemer",
                                         "--werknemer", w["werknemer"], *als_b, inlognaam="jan")
    # a second beheerder approves the account that reads health data
    w["beheerder2"] = cli.account("gebruiker", "--naam", "Bob Tweede", "--rol", "beheerder", *als_b, inlognaam="bob")
    cli.log_in(w["beheerder2"])
    cli("goedkeuren", w["bedrijfsarts_account"], "--als", w["beheerder2"])
    for rol in ("casemanager", "bedrijfsarts", "arbeidsdeskundige", "werkgever", "werknemer"):
        cli.log_in(w[f"{rol}_account"])
    return w


def _vul(cli, w) -> str:
    cm, ba, ad, wn = (["--als", w[f"{r}_account"]] for r in ("casemanager", "bedrijfsarts", "arbeidsdeskundige",
                                                              "werknemer"))
    d = cli.id("nieuw", "--werknemer", w["werknemer"], "--eerste-ziektedag", D0, "--verwachte-duur-weken", "8", *cm)
    cli("stap", d, "--code", "probleemanalyse", "--datum", "2026-01-19", "--door", "Dr. Anna Arts",
        "--document", "PA-2026-001.pdf", *ba)
    cli("oordeel", d, "-", *ba, invoer={
        "datum": "2026-01-19", "door": "Dr. Anna Arts", "soort": "probleemanalyse",
        "beperkingen": "Niet tillen boven 5 kg", "mogelijkheden": "Licht werk, 4 uur per dag",
        "advies": "Opbouwen in eigen werk met hulp bij tillen"})
    cli("plan", d, *cm, invoer={
        "opgesteld_op": "2026-02-02", "doel": "Terug in het eigen werk als bakker", "interventies": [
            {"soort": "scholing", "omschrijving": "Cursus werkplanning", "start": "2026-03-01", "eind": "2026-05-01"},
            {"soort": "werkplekaanpassing", "omschrijving": "Tilhulp bij de oven"}]})
    for dag in ("2026-03-16", "2026-04-27", "2026-06-08", "2027-03-01"):
        cli("stap", d, "--code", "evaluatie", "--datum", dag, "--door", "Carla Casemanager", *cm)
    cli("oordeel", d, *ba, invoer={"datum": "2026-06-01", "door": "Dr. Anna Arts", "soort": "bijstelling_probleemanalyse",
                                   "beperkingen": "Geen staand werk", "mogelijkheden": "Zittend werk, 6 uur per dag"})
    cli("plan", d, *cm, invoer={"opgesteld_op": "2026-06-15", "doel": "Zittend werk bij de eigen werkgever",
                                "is_bijstelling": True, "interventies": [
                                    {"soort": "aangepast_werk", "omschrijving": "Administratie, 4 uur per dag"},
                                    {"soort": "scholing", "omschrijving": "Cursus boekhouden"}]})
    cli("stap", d, "--code", "melding_42e_week", "--datum", "2026-10-26", "--door", "Wim Werkgever", *cm)
    cli("rapport", d, *ad, invoer={
        "datum": "2026-11-02", "opgesteld_door": "Ad Deskundige", "spoor1_realistisch": False,
        "toelichting_spoor1": "Geen zittend werk voor 6 uur in deze kleine bakkerij",
        "mogelijkheden_spoor2": "Administratief werk bij een groothandel", "wia_prognose": "wga_35_80",
        "advies": "spoor_2"})
    cli("stap", d, "--code", "eerstejaarsevaluatie", "--datum", "2026-11-30", "--door", "Carla Casemanager", *cm)
    cli("spoorkeuze", d, *cm, invoer={
        "datum_gesprek": "2026-11-30", "keuze": "spoor_2",
        "motivatie": "Eigen werk is niet haalbaar; de arbeidsdeskundige ziet kansen in administratief werk.",
        "deelnemers": [{"rol": "werkgever", "naam": "Wim Werkgever"}, {"rol": "werknemer", "naam": "Jan Fictief"},
                       {"rol": "arbeidsdeskundige", "naam": "Ad Deskundige"},
                       {"rol": "casemanager", "naam": "Carla Casemanager"}]})
    cli("plan", d, *cm, invoer={"opgesteld_op": "2026-12-07", "doel": "Werk bij een andere werkgever (spoor 2)",
                                "is_bijstelling": True, "interventies": [
                                    {"soort": "coaching", "omschrijving": "Spoor 2-traject", "start": "2027-01-04"},
                                    {"soort": "scholing", "omschrijving": "Cursus boekhouden, deel 2"}]})
    cli("oordeel", d, *ba, invoer={"datum": "2027-08-16", "door": "Dr. Anna Arts", "soort": "actueel_oordeel",
                                   "beperkingen": "Geen staand werk", "mogelijkheden": "Zittend werk, 6 uur per dag",
                                   "advies": "Zittend werk is duurzaam passend"})
    cli("stap", d, "--code", "evaluatie", "--datum", "2027-08-30", "--door", "Carla Casemanager",
        "--document", "Eindevaluatie.pdf", *cm)
    cli("mening", d, *wn, invoer={"datum": "2027-09-01", "mening": "Ik had graag eerder hulp gehad.",
                                  "eens_met_verslag": True})
    return d


def test_a_case_from_scratch_then_verslag_and_tijdlijn(cli, tmp_path, monkeypatch):
    import datetime as dt

    from spoorzoeker.cases import DossierService

    # the story is told on 6 September 2027, its verslag's date: the service refuses a later date than today
    monkeypatch.setattr(DossierService, "vandaag", lambda self: dt.date(2027, 9, 6))
    w = _wereld(cli)
    d = _vul(cli, w)

    # The werkgever's re-integratieverslag is complete.
    r = CliRunner(env={"SPOORZOEKER_SESSIEMAP": cli.sessies[w["werkgever_account"]]}).invoke(
        app, ["verslag", d, "--html", str(tmp_path / "riv.html"), "--datum", "2027-09-06", "--database", cli.url])
    assert r.exit_code == 0, r.output
    assert "Compleet" in r.output and "Jan Fictief" in (tmp_path / "riv.html").read_text(encoding="utf-8")

    # The case's timeline request feeds 'spoorzoeker tijdlijn'.
    verzoek = json.loads(cli("tijdlijn-invoer", d, "--als", w["casemanager_account"]).stdout)
    assert verzoek["ziekteperiodes"] == [{"van": D0}] and verzoek["werkgever_grootte"] == 12
    verzoek["vandaag"] = "2027-09-06"
    t = CliRunner().invoke(app, ["tijdlijn", "--json", "-"], input=json.dumps(verzoek))
    assert t.exit_code == 0, t.output
    antwoord = json.loads(t.stdout)
    # 104 weeks from Monday 2026-01-05: 2026-01-05 + 730 days = 2028-01-05 (no 29 February in
    # between), so the last day (+ 727) is 2028-01-02.
    assert antwoord["einde_wachttijd"] == "2028-01-02"
    stappen = {s["code"]: s for s in antwoord["stappen"]}
    # Probleemanalyse due day 43 = 2026-02-16, done 2026-01-19; the spoorkeuze is an event with a motivation.
    assert stappen["probleemanalyse"]["status"] == "gedaan" and stappen["probleemanalyse"]["gedaan_op"] == "2026-01-19"
    assert stappen["spoorkeuze"]["status"] == "gedaan" and stappen["spoorkeuze"]["motivering_nodig"] is False

    # Only the medical reader gets a medical part; the werkgever's export has none.
    assert "medisch" not in json.loads(cli("toon", d, "--json", "--als", w["werkgever_account"]).stdout)
    assert "medisch" in json.loads(cli("toon", d, "--json", "--als", w["bedrijfsarts_account"]).stdout)

    # The employee sees who opened his file, in which role.
    inzages = json.loads(cli("wie-opende", d, "--json", "--als", w["werknemer_account"]).stdout)
    rollen = {i["rol"] for i in inzages}
    assert {"casemanager", "bedrijfsarts", "arbeidsdeskundige", "werkgever"} <= rollen
    assert all(i["wie"] != "Jan Fictief" for i in inzages)
    assert [k["dossier"] for k in json.loads(cli("lijst", "--json", "--als", w["werknemer_account"]).stdout)] == [d]


def _aantal_oordelen(cli, w, d) -> int:
    return len(json.loads(cli("toon", d, "--json", "--als", w["casemanager_account"]).stdout)["dossier"]["functionele_mogelijkheden"])


def test_refusals_and_bad_input_are_one_dutch_line_exit_2_and_write_nothing(cli):
    w = _wereld(cli)
    cm, wg = ["--als", w["casemanager_account"]], ["--als", w["werkgever_account"]]
    d = cli.id("nieuw", "--werknemer", w["werknemer"], "--eerste-ziektedag", D0, *cm)
    oordeel = {"datum": "2026-01-19", "door": "Dr. Anna Arts", "beperkingen": "Niet tillen", "mogelijkheden": "Licht werk"}
    gevallen = [
        (("oordeel", d, *wg), oordeel, "Geen toegang"),                      # the employer may not write the oordeel
        (("oordeel", d, "--als", w["bedrijfsarts_account"]), {**oordeel, "diagnose": "x"}, "'invoer' kent het veld 'diagnose'"),
        (("oordeel", d, "--als", w["bedrijfsarts_account"]), {**oordeel, "datum": "2026-13-01"}, "'datum' is geen geldige datum"),
        (("oordeel", d, "--als", w["bedrijfsarts_account"]), {**oordeel, "soort": "diagnose"}, "'soort' moet een van"),
        (("oordeel", d, "--als", w["bedrijfsarts_account"]), "{niet json", "geen geldige JSON"),
        (("stap", d, "--code", "probleemanalise", "--datum", "2026-01-19", "--door", "X", *cm), None, "onbekende stap"),
        (("stap", d, "--code", "probleemanalyse", "--datum", "2025-12-01", "--door", "X", *cm), None, "eerste ziektedag"),
        (("plan", d, *cm), {"opgesteld_op": "2026-02-02", "doel": "Terug"}, "Scholing hoort in het plan"),
        (("mening", d, *cm), {"datum": "2026-03-01", "mening": "x"}, "Geen toegang"),
        (("nieuw", "--werknemer", w["werknemer"], "--eerste-ziektedag", D0), None, "niet ingelogd"),
        (("beheerder", "--naam", "Tweede Beheerder", "--inlognaam", "tweede"),
         f"{WACHTWOORD}\n{WACHTWOORD}\n", "Er bestaan al gebruikers"),
        (("gebruiker", "--naam", "X", "--rol", "directeur", "--inlognaam", "x", "--als", w["beheerder"]), None,
         "'--rol' moet een van"),
        (("toon", "onbekend-dossier", *cm), None, "Geen toegang"),
    ]
    for args, invoer, melding in gevallen:
        r = cli(*args, invoer=invoer, code=2)
        regels = r.stderr.strip().splitlines()
        assert len(regels) == 1 and regels[0].startswith("Fout: ") and melding in regels[0], (args, r.stderr)
        assert not r.stdout.strip(), args
    assert _aantal_oordelen(cli, w, d) == 0
    dossier = json.loads(cli("toon", d, "--json", *cm).stdout)["dossier"]
    assert dossier["stappen"] == [] and dossier["plannen_van_aanpak"] == []


def test_a_real_process_exits_2_with_one_line(tmp_path):
    """A typo in --database does not create an empty case file: one Dutch line, exit code 2."""
    url = f"sqlite:///{tmp_path / 'leeg.db'}"
    r = subprocess.run([*PYTHON_M, "dossier", "toon", "x", "--database", url],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == ""
    regels = r.stderr.strip().splitlines()
    assert len(regels) == 1 and regels[0].startswith("Fout: De database ") and "bestaat niet" in regels[0]
    assert not (tmp_path / "leeg.db").exists()


def test_questions_aftercare_and_medical_notes(cli):
    w = _wereld(cli)
    cm, ba, wg = (["--als", w[f"{r}_account"]] for r in ("casemanager", "bedrijfsarts", "werkgever"))
    d = cli.id("nieuw", "--werknemer", w["werknemer"], "--eerste-ziektedag", D0, *cm)
    nummer = cli.id("vraag", d, "--soort", "deskundigenoordeel", "--onderwerp", "Is het aangeboden werk passend?",
                    "--datum", "2026-03-02", "--als", w["werknemer_account"])
    cli("vraag-afhandelen", d, "--nummer", nummer, "--intake-op", "2026-03-04", "--intake", "Aanvraag bij UWV",
        "--uitkomst-op", "2026-04-20", "--uitkomst", "Passend", *cm)
    # Aftercare only after full return to work (2026-05-01, the day after the period ended).
    cli("nazorg", d, "--gepland-op", "2026-06-01", *cm, code=2)
    cli("ziekmelding", d, "--van", D0, "--tot-en-met", "2026-04-30", *cm)
    cli("nazorg", d, "--gepland-op", "2026-06-01", "--soort", "jobcoaching", *cm)
    cli("medisch", d, *ba, invoer={"datum": "2026-01-19", "door": "Dr. Anna Arts", "diagnose": "VERZONNEN-7f3a"})
    r = cli("medisch", d, *wg, invoer={"datum": "2026-01-19", "door": "X", "diagnose": "y"}, code=2)
    assert "Geen toegang" in r.stderr
    gezien_werkgever = cli("toon", d, "--json", *wg).stdout
    assert "VERZONNEN-7f3a" not in gezien_werkgever
    dossier = json.loads(gezien_werkgever)["dossier"]
    assert dossier["vragen"][0]["uitkomst"] == "Passend" and dossier["nazorg"][0]["soort"] == "jobcoaching"
    assert "VERZONNEN-7f3a" in cli("toon", d, *ba).stdout and "Medisch deel" in cli("toon", d, *ba).stdout


def test_uwv_decisions_and_leave_reach_the_timeline(cli):
    # Sick from Monday 2026-01-05; leave 2026-03-09 to 2026-06-28 (112 days) during the sickness; a
    # loonsanctie of 52 weeks decided in time. The wachttijd: 2026-01-05 + 727 = 2028-01-02, + 112
    # leave days = 2028-04-23 (29 to Jan 31, 29 to Feb 29, 31 to Mar 31, 23 more). UWV must decide
    # six weeks before: 2028-04-23 - 42 = 2028-03-12; decided 2028-03-01, in time. The sanction runs
    # 364 days: 2028-04-23 + 364 = 2029-04-22.
    w = _wereld(cli)
    cm = ["--als", w["casemanager_account"]]
    d = cli.id("nieuw", "--werknemer", w["werknemer"], "--eerste-ziektedag", D0, *cm)
    cli("gebeurtenis", d, *cm, invoer={"soort": "zwangerschapsverlof", "van": "2026-03-09", "tot_en_met": "2026-06-28"})
    cli("gebeurtenis", d, *cm, invoer={"soort": "loonsanctie", "weken": 52, "besluit_op": "2028-03-01"})
    r = cli("gebeurtenis", d, *cm, invoer={"soort": "loonsanctie", "weken": 60, "besluit_op": "2028-03-01"}, code=2)
    assert "52 weken" in r.stderr
    r = cli("gebeurtenis", d, "--als", w["bedrijfsarts_account"],
            invoer={"soort": "uitstel_wia", "besluit_op": "2027-09-01", "tot": "2028-06-30"}, code=2)
    assert "Geen toegang" in r.stderr
    verzoek = json.loads(cli("tijdlijn-invoer", d, *cm).stdout)
    assert verzoek["zwangerschapsverlof"] == [{"van": "2026-03-09", "tot_en_met": "2026-06-28"}]
    assert {"soort": "loonsanctie", "weken": 52, "besluit_op": "2028-03-01"} in verzoek["gebeurtenissen"]
    verzoek.update(vandaag="2028-03-02", gedaan={"wia_aanvraag": "2027-12-01"})
    t = CliRunner().invoke(app, ["tijdlijn", "--json", "-"], input=json.dumps(verzoek))
    assert t.exit_code == 0, t.output
    antwoord = json.loads(t.stdout)
    assert antwoord["einde_wachttijd"] == "2028-04-23" and antwoord["einde_loondoorbetaling"] == "2029-04-22"


def test_leesbare_tabellen_en_json(cli, tmp_path):
    """'toon', 'lijst', 'wie-opende' and 'gebruikers' print Dutch tables a person reads: names, Dutch dates,
    local times, operations in words, refused attempts marked; --json gives the data."""
    w = _wereld(cli)
    cm, wg, wn = (["--als", w[f"{r}_account"]] for r in ("casemanager", "werkgever", "werknemer"))
    d = cli.id("nieuw", "--werknemer", w["werknemer"], "--eerste-ziektedag", D0, *cm)
    lijst = cli("lijst", *wg).stdout
    assert "Jan Fictief" in lijst and "Voorbeeld Bakkerij BV" in lijst and "5 januari 2026" in lijst and d in lijst
    toon = cli("toon", d, *wg).stdout
    assert toon.startswith("Dossier van Jan Fictief (bakker) bij Voorbeeld Bakkerij BV")
    assert "Eerste ziektedag: 5 januari 2026" in toon and "nog ziek" in toon and "Medisch deel" not in toon
    cli("medisch", d, *wg, invoer={"datum": D0, "door": "X", "diagnose": "y"}, code=2)  # refused: he sees it
    tabel = cli("wie-opende", d, *wn).stdout
    assert "Wanneer" in tabel and "Carla Casemanager" in tabel and "dossier opgevraagd (export)" in tabel
    assert "medische aantekening vastgelegd - GEWEIGERD" in tabel
    import re
    assert re.search(r"\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                     r"december) \d{4} \d{2}:\d{2}", tabel)
    gebruikers = cli("gebruikers", "--als", w["beheerder"]).stdout
    assert "Dr. Anna Arts" in gebruikers and "bedrijfsarts" in gebruikers and "actief" in gebruikers
    rijen = json.loads(cli("gebruikers", "--json", "--als", w["beheerder"]).stdout)
    assert {r["inlognaam"] for r in rijen} >= {"bea", "bob", "jan", "bedrijfsarts"}
    assert all("wachtwoord" not in json.dumps(r) and "totp" not in json.dumps(r) for r in rijen)
    # the employee's complete inzage on the command line
    cli("inzage", "--json", str(tmp_path / "i.json"), "--pdf", str(tmp_path / "i.pdf"), *wn)
    inzage = json.loads((tmp_path / "i.json").read_text(encoding="utf-8"))
    assert inzage["dossiers"][0]["dossier"]["id"] == d
    assert (tmp_path / "i.pdf").read_bytes()[:5] == b"%PDF-"


def test_inloggen_met_tweestapsverificatie_in_een_echt_proces(cli, tmp_path):
    """The first log-in of a beheerder in a real process: password, then the TOTP key is shown, a code from
    it is typed, and the session lands in a 0600 file; a wrong password is refused with exit code 2."""
    import os
    import stat
    import time

    import pyotp

    cli.account("beheerder", "--naam", "Bea Beheer", "--nieuw", inlognaam="bea")
    env = {**os.environ, "SPOORZOEKER_SESSIEMAP": str(tmp_path / "sessie"), "PYTHONUNBUFFERED": "1"}
    opdracht = [*PYTHON_M, "dossier", "inloggen", "--inlognaam", "bea",
                "--database", cli.url]
    p = subprocess.Popen(opdracht, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                         text=True, start_new_session=True)  # no terminal: the password is read from stdin
    p.stdin.write(WACHTWOORD + "\n")
    p.stdin.flush()
    geheim, begin = None, time.monotonic()
    while geheim is None and time.monotonic() - begin < 120:
        regel = p.stderr.readline()
        if not regel:
            break
        if "Sleutel om over te typen:" in regel:
            geheim = regel.split(":", 1)[1].strip()
    assert geheim, "the TOTP key was not shown"
    p.stdin.write(pyotp.TOTP(geheim).now() + "\n")
    p.stdin.flush()
    _, rest = p.communicate(timeout=120)
    assert p.returncode == 0, rest
    assert "Ingelogd als bea" in rest
    bestand = tmp_path / "sessie" / "sessies.json"
    assert stat.S_IMODE(bestand.stat().st_mode) == 0o600 and stat.S_IMODE(bestand.parent.stat().st_mode) == 0o700
    assert WACHTWOORD not in bestand.read_text(encoding="utf-8")
    fout = subprocess.run(opdracht, input="fout-wachtwoord-123\n", capture_output=True, text=True, env=env,
                          timeout=120, start_new_session=True)
    assert fout.returncode == 2 and fout.stderr.strip().endswith("Fout: Inlognaam, wachtwoord of code klopt niet.")
