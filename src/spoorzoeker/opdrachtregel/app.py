"""Command line: ``spoorzoeker bereken [FILE|-] [--uitleg]`` and friends (the Typer root app).

Thin on purpose: it reads JSON, calls the same functions as the Python API and prints JSON.
Every user error is one Dutch line on stderr and exit code 2; nothing is half-written,
because the answer is printed only after the whole calculation succeeded.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from ..errors import InvoerFout
from .invoer import fout as _fout
from .invoer import lees_json as _lees_json
from .nederlands import installeer as _nederlands

_nederlands()  # help, usage and usage errors in Dutch (opdrachtregel.nederlands)

# Commands whose modules are heavy (the case file with its storage, the scenarios, the simulation,
# the web application) are imported only when that command runs, so 'spoorzoeker --help' and
# 'spoorzoeker bereken' do not pay for them. The overview of 'spoorzoeker --help' shows their help
# from this table (name -> module, attribute, help text); a test checks the texts against the
# commands themselves.
LUI: dict[str, tuple[str, str, str]] = {
    "simuleer": ("spoorzoeker.opdrachtregel.simulatie", "simuleer",
                 "Simuleer een populatie zieke werknemers door Poortwachter en WIA (zie docs/simulatie.md)."),
    "toezicht": ("spoorzoeker.opdrachtregel.simulatie", "toezicht",
                 "Risicogericht toezicht: per werkgever het gewogen gemiddelde van de WIA-instroom over drie jaar\n"
                 "(nieuwste jaar x3, middelste x2, oudste x1) en de werkgevers die het toezicht eerst bekijkt."),
    "serve": ("spoorzoeker.web.serve", "serve",
              "Start de webapplicatie. Een lege database krijgt eerst verzonnen demogegevens; het adres en de\n"
              "demo-aanmeldgegevens worden getoond."),
    "dossier": ("spoorzoeker.opdrachtregel.dossier", "app",
                "Het dossier van een zieke werknemer: aanmaken, bijhouden en inzien, met inloggen, toegangscontrole "
                "en toegangslog."),
    "scenario": ("spoorzoeker.opdrachtregel.scenario", "app",
                 "Scenario's: de huidige wet en voorstellen om het stelsel te veranderen."),
}


def laad_opdracht(naam: str) -> Any:
    """The real command (or group) ``naam`` of :data:`LUI`, its module imported now."""
    import importlib

    module, attribuut, _ = LUI[naam]
    doel = getattr(importlib.import_module(module), attribuut)
    if not isinstance(doel, typer.Typer):  # a function: a command of its own
        los = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
        los.command(name=naam)(doel)
        doel = los
    opdracht = typer.main.get_command(doel)
    opdracht.name = naam
    return opdracht


class _Opdrachten(TyperGroup):
    """The top-level group: the commands of :data:`LUI` are loaded on first use."""

    _overzicht = False  # True while the help overview is written: then only the help text is needed

    def list_commands(self, ctx: Any) -> list[str]:
        eigen = super().list_commands(ctx)
        return [*eigen, *(n for n in LUI if n not in eigen)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        opdracht = super().get_command(ctx, cmd_name)
        if opdracht is None and cmd_name in LUI:
            if self._overzicht:
                return TyperCommand(cmd_name, help=LUI[cmd_name][2])
            opdracht = laad_opdracht(cmd_name)
            self.add_command(opdracht, cmd_name)
        return opdracht

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._overzicht = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._overzicht = False


app = typer.Typer(
    cls=_Opdrachten,
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Spoorzoeker: ziekte en arbeidsongeschiktheid (loondoorbetaling, Ziektewet, WIA) als uitvoerbare regels.",
)

VOORBEELD = Path(__file__).parent.parent / "voorbeelden" / "wga_persoon.json"
OVERZICHT_VOORBEELD = Path(__file__).parent.parent / "voorbeelden" / "overzicht_persoon.json"
SCENARIO_HULP = "Reken met een scenario: een naam ('spoorzoeker scenario lijst') of een eigen scenariobestand (.yaml)."


def _schrijffout(pad: Path, e: OSError) -> str:
    """Why a file could not be written, in Dutch."""
    if isinstance(e, FileNotFoundError) or not pad.parent.exists():
        return f"kan '{pad}' niet schrijven: de map '{pad.parent}' bestaat niet."
    if isinstance(e, PermissionError):
        return f"kan '{pad}' niet schrijven: geen toestemming voor de map '{pad.parent}'."
    if isinstance(e, IsADirectoryError):
        return f"kan '{pad}' niet schrijven: dat is een map."
    if isinstance(e, NotADirectoryError):
        return f"kan '{pad}' niet schrijven: '{pad.parent}' is geen map."
    return f"kan '{pad}' niet schrijven (de schijf is vol of niet beschikbaar)."


def _schrijf_json(data: dict) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@app.command()
def bereken(
    bestand: str = typer.Argument("-", help="JSON-verzoek; '-' of niets leest van standaardinvoer."),
    uitleg: bool = typer.Option(False, "--uitleg", help="Laat per bedrag zien welke regels en parameters het opleveren."),
    scenario: str | None = typer.Option(None, "--scenario", help=SCENARIO_HULP),
) -> None:
    """Bereken variabelen voor een of meer personen: lees een JSON-verzoek en schrijf JSON terug."""
    from ..interface import bereken as bereken_api

    verzoek = _lees_json(bestand)
    if uitleg and isinstance(verzoek, dict):
        verzoek = {**verzoek, "uitleg": True}
    if scenario is not None and isinstance(verzoek, dict):
        verzoek = {**verzoek, "scenario": scenario}
    try:
        antwoord = bereken_api(verzoek)
    except InvoerFout as e:
        _fout(str(e))
    _schrijf_json(antwoord)


@app.command()
def tijdlijn(
    bestand: str | None = typer.Argument(None, help="JSON met 'ziekteperiodes'; '-' leest van standaardinvoer."),
    eerste_ziektedag: str | None = typer.Option(None, "--eerste-ziektedag", help="Kortweg: één open ziekteperiode vanaf deze datum (JJJJ-MM-DD)."),
    scenario: str | None = typer.Option(None, "--scenario", help=SCENARIO_HULP),
    als_json: bool = typer.Option(False, "--json", help="Schrijf het antwoord als JSON in plaats van als tabel."),
) -> None:
    """Toon de stappen van de eerste twee ziektejaren (Poortwachter) met voorkeursdatum, uiterste datum, bron en status."""
    import datetime as dt

    from ..timeline import bereken_tijdlijn

    if bestand is None and eerste_ziektedag is None:
        bestand = "-"
    verzoek = _lees_json(bestand) if bestand is not None else {}
    if eerste_ziektedag is not None and isinstance(verzoek, dict):
        verzoek = {**verzoek, "eerste_ziektedag": eerste_ziektedag}
    if scenario is not None and isinstance(verzoek, dict):
        verzoek = {**verzoek, "scenario": scenario}
    try:
        antwoord = bereken_tijdlijn(verzoek, vandaag=dt.date.today())
    except InvoerFout as e:
        _fout(str(e))
    if als_json:
        _schrijf_json(antwoord)
    else:
        from .tijdlijntabel import als_tabel

        typer.echo(als_tabel(antwoord))


@app.command()
def variabelen(
    zoek: str | None = typer.Argument(None, help="Toon alleen variabelen waarvan de naam dit bevat."),
) -> None:
    """Toon alle variabelen van de rekeninterface met hun betekenis, eenheid, standaardwaarde en bron."""
    from ..interface import VARIABELEN

    for naam in sorted(VARIABELEN):
        if zoek and zoek not in naam:
            continue
        var = VARIABELEN[naam]
        soort = "invoer" if var.is_invoer else "berekend"
        eenheid = f" [{var.eenheid}]" if var.eenheid else ""
        typer.echo(f"{naam} ({soort}, {var.soort}){eenheid}: {var.omschrijving}")
        if var.keuzes:
            typer.echo("    keuzes: " + ", ".join(var.keuzes))
        if var.standaard_uitleg:
            typer.echo(f"    standaard: {var.standaard_uitleg}")
        if var.bron:
            typer.echo(f"    bron: {var.bron} ({var.url})")
    from ..contracten import BRON, OMSCHRIJVING, VELD  # the one list input, folded into columns at the edge

    if not zoek or zoek in VELD:
        typer.echo(f"{OMSCHRIJVING}\n    bron: {BRON}")


@app.command()
def overzicht(
    bestand: str = typer.Argument(..., help="JSON met 'persoon' (of 'personen' voor een reeks); zie docs/overzicht.md."),
    html: Path | None = typer.Option(None, "--html", help="Schrijf het overzicht als HTML-pagina."),
    pdf: Path | None = typer.Option(None, "--pdf", help="Schrijf het overzicht als PDF (A4)."),
    werkgever: bool = typer.Option(False, "--werkgever", help="Maak de werkgeversversie (zonder medische gegevens)."),
    scenario: str | None = typer.Option(None, "--scenario", help=SCENARIO_HULP),
    vergelijk: str | None = typer.Option(None, "--vergelijk", help="Zet een tweede scenario ernaast (bijvoorbeeld 'huidig'): per uitkomst en per maand het verschil voor werknemer en werkgever."),
) -> None:
    """Maak het 'Financieel overzicht bij ziekte' (HTML en/of PDF), voor de werknemer of de werkgever."""
    from ..reports.opdracht import schrijf_overzichten

    verzoek = _lees_json(bestand)
    if isinstance(verzoek, dict):
        verzoek = {**verzoek, **({"scenario": scenario} if scenario else {}),
                   **({"vergelijk": vergelijk} if vergelijk else {})}
    for pad in (html, pdf):
        if pad is not None and not pad.parent.is_dir():
            _fout(f"kan '{pad}' niet schrijven: de map '{pad.parent}' bestaat niet.")
    try:
        paden = schrijf_overzichten(verzoek, html, pdf, werkgever)
    except InvoerFout as e:
        _fout(str(e))
    except OSError as e:
        doel = Path(e.filename) if e.filename else (pdf or html)
        _fout(_schrijffout(doel, e) if doel is not None else f"kan niet schrijven: {e.strerror or e}.")
    for pad in paden:
        typer.echo(f"Geschreven: {pad}")


@app.command()
def verslag(
    dossier: str = typer.Argument(..., help="Het id van het dossier."),
    html: Path | None = typer.Option(None, "--html", help="Schrijf het verslag als HTML-pagina."),
    pdf: Path | None = typer.Option(None, "--pdf", help="Schrijf het verslag als PDF (A4)."),
    kort: bool = typer.Option(False, "--kort", help="Maak het verkorte verslag voor horizontaal toezicht."),
    datum: str | None = typer.Option(None, "--datum",
                                        help="Opgesteld op deze datum (JJJJ-MM-DD); standaard vandaag."),
    database: str | None = typer.Option(None, "--database",
                                           help="Database-URL (anders SPOORZOEKER_DATABASE_URL of het standaardbestand)."),
) -> None:
    """Maak het re-integratieverslag van een dossier (HTML en/of PDF) en toon wat er nog ontbreekt."""
    import datetime as dt

    from ..cases import DossierFout, GeenToegang
    from ..reports.re_integratieverslag import maak_verslag, naar_html, naar_pdf
    if html is None and pdf is None:
        _fout("geef --html en/of --pdf om het verslag te bewaren.")
    try:
        vandaag = dt.date.fromisoformat(datum) if datum else dt.date.today()
    except ValueError:
        _fout(f"'--datum' is geen geldige datum: '{datum}' (verwacht JJJJ-MM-DD).")
    from .dossier import ingelogd, open_samenstelling  # log-in: the session of 'spoorzoeker dossier inloggen'

    db = open_samenstelling(database)
    try:
        v = maak_verslag(db.dossiers(), ingelogd(db, database), dossier, kort=kort, vandaag=vandaag)
    except GeenToegang as e:
        _fout(f"{e.bericht} Bestaat het dossier en mag u het lezen?")
    except (DossierFout, InvoerFout) as e:
        _fout(str(e))
    finally:
        db.sluit()
    for pad in (html, pdf):
        if pad is not None and not pad.parent.is_dir():
            _fout(f"kan '{pad}' niet schrijven: de map '{pad.parent}' bestaat niet.")
    for pad, inhoud in ((html, naar_html(v) if html else None), (pdf, naar_pdf(v) if pdf else None)):
        if pad is None or inhoud is None:  # the one comes with the other
            continue
        try:
            pad.write_bytes(inhoud) if isinstance(inhoud, bytes) else pad.write_text(inhoud, encoding="utf-8")
        except OSError as e:
            _fout(_schrijffout(pad, e))
        typer.echo(f"Geschreven: {pad}")
    if v.compleet:
        typer.echo("Compleet: alle onderdelen zijn aanwezig.")
    else:
        typer.echo("Nog niet compleet. Dit ontbreekt:")
        for o in v.ontbreekt:
            typer.echo(f"- {o.tekst}")
    for punt in v.aandachtspunten:
        typer.echo(f"Let op: {punt}")


@app.command()
def voorbeeld(
    map_: Path = typer.Option(Path("spoorzoeker-voorbeeld"), "--map", help="Map voor het financieel overzicht (HTML en PDF)."),
) -> None:
    """Laat zien wat Spoorzoeker doet, met verzonnen mensen: een WGA-berekening met de bron van elk
    bedrag, de Poortwachter-tijdlijn en het financieel overzicht als HTML en PDF."""
    import datetime as dt

    from ..interface import bereken as bereken_api
    from ..reports.inhoud import datum_tekst
    from ..reports.opdracht import schrijf_overzichten
    from ..timeline import bereken_tijdlijn

    try:  # first, so that a folder that cannot be made stops the example before it prints anything
        map_.mkdir(parents=True, exist_ok=True)
    except OSError:
        _fout(f"kan de map '{map_}' niet maken: kies met --map een map waarin u mag schrijven.")
    voorbeeld_ = json.loads(VOORBEELD.read_text(encoding="utf-8"))
    verzoek = voorbeeld_["verzoek"]
    antwoord = bereken_api(verzoek)
    uitkomst = antwoord["resultaten"][0]
    typer.echo(f"1. Berekening. {voorbeeld_['omschrijving']}")
    typer.echo(f"Gerekend met de regels die golden op {datum_tekst(verzoek['datum'])}.\n")
    for stap in antwoord["uitleg"][0]:
        if stap["variabele"] in uitkomst:
            typer.echo(f"- {stap['omschrijving']}: {_tekst(stap['waarde'], stap['eenheid'], stap['variabele'])}")
            typer.echo(f"    waarom: {stap['bron']}")
    typer.echo("\nDit is een berekening, geen besluit: het UWV stelt de echte uitkering vast.")

    overzicht_ = json.loads(OVERZICHT_VOORBEELD.read_text(encoding="utf-8"))
    eerste_ziektedag = overzicht_["persoon"]["eerste_ziektedag"]
    tijdlijn_ = bereken_tijdlijn({"eerste_ziektedag": eerste_ziektedag}, vandaag=dt.date.today())
    typer.echo(f"\n2. Tijdlijn (Poortwachter) bij een eerste ziektedag op {datum_tekst(eerste_ziektedag)}:")
    from ..reports.re_integratieverslag import STAP_TITELS

    for stap in tijdlijn_["stappen"]:
        if not stap.get("voorstel"):
            uiterlijk = datum_tekst(dt.date.fromisoformat(stap["uiterste_datum"]))
            typer.echo(f"- {STAP_TITELS.get(stap['code'], stap['omschrijving'])}: uiterlijk {uiterlijk} ({stap['bron']})")
    typer.echo("  Alle stappen, ook de voorstellen uit de beleidsstukken: "
               f"spoorzoeker tijdlijn --eerste-ziektedag {eerste_ziektedag}")

    try:
        paden = schrijf_overzichten(overzicht_, map_ / "financieel-overzicht.html", map_ / "financieel-overzicht.pdf",
                                    voortgang=False)
    except OSError as e:
        _fout(_schrijffout(Path(e.filename) if e.filename else map_ / "financieel-overzicht.html", e))
    typer.echo("\n3. Financieel overzicht bij ziekte voor dezelfde werknemer (verzonnen):")
    for pad in paden:
        typer.echo(f"- {pad}")


@app.command()
def logcontrole(
    kop: str | None = typer.Option(None, "--kop", help="Eerder bewaarde kop-hash: ontdekt ook verwijderde regels aan het eind."),
    database: str | None = typer.Option(None, "--database", help="Database-URL (anders SPOORZOEKER_DATABASE_URL of het standaardbestand)."),
) -> None:
    """Controleer de hashketen van het toegangslog van de dossiers (NEN 7513); zie docs/privacy.md."""
    from ..storage.opdrachten import logcontrole as controleer

    try:
        code, regels = controleer(kop, database)
    except Exception:  # a wrong URL, an unreachable server, a file that is no database: one line
        from ..storage.database import database_fout

        _fout(database_fout(database))
    for regel in regels:
        typer.echo(regel, err=code == 2)  # an error (exit 2) goes to stderr like every other error
    raise typer.Exit(code=code)


# The values of choices, as a person reads them.
KEUZE_TEKST = {
    "geen": "geen WIA-uitkering (minder dan 35% arbeidsongeschikt)",
    "wga_35_80": "WGA, 35 tot 80% arbeidsongeschikt",
    "wga_80_100": "WGA, 80 tot 100% arbeidsongeschikt (niet duurzaam)",
    "iva": "IVA, volledig en duurzaam arbeidsongeschikt",
    "lgu": "loongerelateerde uitkering (LGU)",
    "lau": "loonaanvullingsuitkering (LAU)",
    "vvu": "vervolguitkering (VVU)",
}


def _tekst(waarde, eenheid: str | None, variabele: str = "") -> str:
    """A value as a Dutch reader expects it: '€ 1.283,39 per maand, bruto'."""
    if isinstance(waarde, str) and variabele in ("wia_uitkomst", "wga_uitkering_soort"):
        return KEUZE_TEKST.get(waarde, waarde)
    if isinstance(waarde, float) and eenheid == "maand":
        return f"{waarde:g} maanden".replace(".", ",")
    if isinstance(waarde, float) and eenheid and eenheid.startswith("euro"):
        bedrag = f"{waarde:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
        return f"€ {bedrag} {eenheid.removeprefix('euro ')}"
    if isinstance(waarde, float):
        getal = f"{waarde:.2f}".replace(".", ",")
        return f"{getal} {eenheid or ''}".strip()
    return str(waarde)


def main() -> None:  # pragma: no cover - entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
