"""``spoorzoeker dossier ...``: the case file on the command line, for a casemanager without Python.

You log in first (``spoorzoeker dossier inloggen --inlognaam NAAM``: password, and a TOTP code for
an account that can read health data); the session is kept for your operating-system user in a
0600 file (``opdrachtregel.sessie``), like ``gh auth login``. Every command then acts as that account
through :class:`DossierService`, so access is checked against ``cases.beleid`` and every read and
write lands in the access log. Structured input (a plan van aanpak, a track choice, an oordeel) is
JSON from a file or standard input, checked field by field before anything is stored. A bad input or
a refusal is one Dutch line on stderr and exit code 2; each command is one transaction.

A database that does not exist is refused (a typo must not start an empty case file), except by
``dossier beheerder --nieuw``, which creates it with its first beheerder.

Commands that create something print only the new id on stdout, so a script can keep it:
``dossier=$(spoorzoeker dossier nieuw --werknemer "$wn" --eerste-ziektedag 2026-01-05)``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, overload

import typer

from ..errors import InvoerFout, SpoorzoekerFout

if TYPE_CHECKING:
    from ..samenstelling import Samenstelling

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Het dossier van een zieke werknemer: aanmaken, bijhouden en inzien, met inloggen, toegangscontrole en toegangslog.",
)

DATABASE = typer.Option(None, "--database", help="Database-URL (anders SPOORZOEKER_DATABASE_URL of het standaardbestand).")
INVOER = typer.Argument("-", help="JSON-bestand; '-' of niets leest van standaardinvoer.")
JSON = typer.Option(False, "--json", help="Toon JSON in plaats van een tabel.")


# ---- output and errors --------------------------------------------------------------------------

def _stop(bericht: str) -> NoReturn:
    typer.echo(f"Fout: {' '.join(str(bericht).split())}", err=True)
    raise typer.Exit(code=2)


def _json_uit(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def open_samenstelling(database: str | None, nieuw: bool = False) -> Samenstelling:
    """Open an existing database (or create it when ``nieuw``) with its services, through the composition
    root; any failure is one Dutch line."""
    from ..samenstelling import stel_samen
    from ..storage.database import database_fout

    try:
        return stel_samen(database, maak_aan=nieuw)
    except SpoorzoekerFout as e:  # no such database, unusable keys: their own Dutch sentence
        _stop(str(e))
    except Exception:  # a wrong URL, an unreachable server: one line, not a traceback
        _stop(database_fout(database))


def _url(database: str | None) -> str:
    from ..storage import standaard_url

    return database or standaard_url()


def ingelogd(db: Samenstelling, database: str | None) -> str:
    """The account of this operating-system user's session on this database; stops when there is none."""
    from ..cases.aanmelden import AanmeldFout
    from ..storage.sleutels import SleutelFout
    from . import sessie as cli_sessie

    url = _url(database)
    try:
        gegevens = cli_sessie.lees(url)
    except SleutelFout as e:
        _stop(str(e))
    if not gegevens or not isinstance(gegevens.get("token"), str):
        _stop("u bent niet ingelogd. Log eerst in met: spoorzoeker dossier inloggen --inlognaam UW_INLOGNAAM")
    try:
        return db.aanmelden().controleer_sessie(gegevens["token"]).gebruiker_id
    except AanmeldFout as e:
        cli_sessie.vergeet(url)
        _stop(f"{e} (spoorzoeker dossier inloggen --inlognaam UW_INLOGNAAM)")


def _voer_uit(database: str | None, werk: Callable, *, samenstelling: bool = False) -> Any:
    """Open the database, check the session, call ``werk(service, gebruiker_id)`` (with
    ``samenstelling``: ``werk(samenstelling, gebruiker_id)``, for work that also needs the log-in
    service), and turn every expected failure (the ``SpoorzoekerFout`` family) into one Dutch line and
    exit code 2."""
    from ..cases.model import GeenToegang

    db = open_samenstelling(database)
    try:
        gebruiker_id = ingelogd(db, database)
        return werk(db if samenstelling else db.dossiers(), gebruiker_id)
    except GeenToegang as e:
        _stop(f"{e.bericht} Bestaat het dossier en mag u dit doen?")
    except SpoorzoekerFout as e:
        _stop(str(e))
    finally:
        db.sluit()


def _wachtwoord(vraag: str, bevestigen: bool = False) -> str:
    return typer.prompt(vraag, hide_input=True, confirmation_prompt="Herhaal het wachtwoord" if bevestigen else False,
                        err=True)


# ---- reading input ------------------------------------------------------------------------------

def _lees_json(bestand: str) -> dict:
    from .invoer import lees_json  # one reader, one set of Dutch messages (exit code 2)

    data = lees_json(bestand)
    if not isinstance(data, dict):
        _stop("de invoer moet een JSON-object zijn ({...}).")
    return data


def _datum(waarde: Any, veld: str) -> dt.date:
    if isinstance(waarde, str):
        try:
            return dt.date.fromisoformat(waarde)
        except ValueError:
            pass
    raise InvoerFout(f"'{veld}' is geen geldige datum: {waarde!r} (verwacht JJJJ-MM-DD).")


@overload
def _optie_datum(waarde: str, optie: str) -> dt.date: ...
@overload
def _optie_datum(waarde: str | None, optie: str) -> dt.date | None: ...


def _optie_datum(waarde: str | None, optie: str) -> dt.date | None:
    if waarde is None:
        return None
    try:
        return dt.date.fromisoformat(waarde)
    except ValueError:
        _stop(f"'{optie}' is geen geldige datum: '{waarde}' (verwacht JJJJ-MM-DD).")


def _tekst(waarde: Any, veld: str, verplicht: bool = True) -> str:
    if waarde is None and not verplicht:
        return ""
    if not isinstance(waarde, str) or (verplicht and not waarde.strip()):
        raise InvoerFout(f"'{veld}' moet een tekst zijn{' en mag niet leeg zijn' if verplicht else ''}.")
    return waarde


_E = TypeVar("_E", bound=Enum)


def _keuze(waarde: Any, soort: type[_E], veld: str) -> _E:
    try:
        return soort(waarde)
    except ValueError:
        opties = ", ".join(e.value for e in soort)
        raise InvoerFout(f"'{veld}' moet een van deze waarden zijn: {opties} (niet {waarde!r}).") from None


def _ja_nee(waarde: Any, veld: str) -> bool:
    if not isinstance(waarde, bool):
        raise InvoerFout(f"'{veld}' moet true of false zijn, niet {waarde!r}.")
    return waarde


class _Velden:
    """The fields of one JSON object: required and optional ones, and no unknown ones."""

    def __init__(self, data: Any, naam: str, toegestaan: set[str]):
        if not isinstance(data, dict):
            raise InvoerFout(f"'{naam}' moet een JSON-object zijn ({{...}}).")
        onbekend = set(data) - toegestaan
        if onbekend:
            raise InvoerFout(f"'{naam}' kent het veld '{sorted(onbekend)[0]}' niet (wel: {', '.join(sorted(toegestaan))}).")
        self.data, self.naam = data, naam

    def veld(self, sleutel: str) -> str:
        return f"{self.naam}.{sleutel}" if self.naam != "invoer" else sleutel

    def nodig(self, sleutel: str) -> Any:
        if sleutel not in self.data:
            raise InvoerFout(f"'{self.veld(sleutel)}' ontbreekt.")
        return self.data[sleutel]

    def kan(self, sleutel: str, standaard: Any = None) -> Any:
        return self.data.get(sleutel, standaard)


def _uit_bestand(bestand: str, lees: Callable[[dict], Any]) -> Any:
    """Parse before opening the database: a bad file never reaches storage."""
    data = _lees_json(bestand)
    try:
        return lees(data)
    except InvoerFout as e:
        _stop(str(e))


# ---- parsing the structured parts -------------------------------------------------------------

def plan_uit_json(data: dict):
    from ..cases.model import Interventie, PlanVanAanpak, SoortInterventie

    v = _Velden(data, "invoer", {"opgesteld_op", "doel", "interventies", "scholing_niet_passend", "is_bijstelling"})
    interventies = v.kan("interventies", [])
    if not isinstance(interventies, list):
        raise InvoerFout("'interventies' moet een lijst zijn.")
    lijst = []
    for i, item in enumerate(interventies):
        w = _Velden(item, f"interventies[{i}]", {"soort", "omschrijving", "start", "eind"})
        start = _datum(w.kan("start"), w.veld("start")) if w.kan("start") is not None else None
        eind = _datum(w.kan("eind"), w.veld("eind")) if w.kan("eind") is not None else None
        if start and eind and eind < start:
            raise InvoerFout(f"'{w.veld('eind')}' ligt vóór '{w.veld('start')}'.")
        lijst.append(Interventie(_keuze(w.nodig("soort"), SoortInterventie, w.veld("soort")),
                                 _tekst(w.nodig("omschrijving"), w.veld("omschrijving")), start, eind))
    return PlanVanAanpak(
        opgesteld_op=_datum(v.nodig("opgesteld_op"), "opgesteld_op"),
        doel=_tekst(v.nodig("doel"), "doel"),
        interventies=tuple(lijst),
        scholing_niet_passend=_tekst(v.kan("scholing_niet_passend"), "scholing_niet_passend", verplicht=False),
        is_bijstelling=_ja_nee(v.kan("is_bijstelling", False), "is_bijstelling"),
    )


def rapport_uit_json(data: dict):
    from ..cases.model import ArbeidsdeskundigRapport, Spoor, WiaPrognose

    v = _Velden(data, "invoer", {"datum", "opgesteld_door", "spoor1_realistisch", "toelichting_spoor1",
                                  "mogelijkheden_spoor2", "wia_prognose", "advies"})
    return ArbeidsdeskundigRapport(
        datum=_datum(v.nodig("datum"), "datum"),
        opgesteld_door=_tekst(v.nodig("opgesteld_door"), "opgesteld_door"),
        spoor1_realistisch=_ja_nee(v.nodig("spoor1_realistisch"), "spoor1_realistisch"),
        toelichting_spoor1=_tekst(v.nodig("toelichting_spoor1"), "toelichting_spoor1"),
        mogelijkheden_spoor2=_tekst(v.nodig("mogelijkheden_spoor2"), "mogelijkheden_spoor2"),
        wia_prognose=_keuze(v.nodig("wia_prognose"), WiaPrognose, "wia_prognose"),
        advies=_keuze(v.nodig("advies"), Spoor, "advies"),
    )


def spoorkeuze_uit_json(data: dict):
    from ..cases.model import Deelnemer, Spoor, Spoorkeuze

    v = _Velden(data, "invoer", {"datum_gesprek", "deelnemers", "keuze", "motivatie"})
    deelnemers = v.nodig("deelnemers")
    if not isinstance(deelnemers, list) or not deelnemers:
        raise InvoerFout("'deelnemers' moet een lijst zijn met wie aan het gesprek deelnam.")
    lijst = []
    for i, item in enumerate(deelnemers):
        d = _Velden(item, f"deelnemers[{i}]", {"rol", "naam"})
        lijst.append(Deelnemer(_tekst(d.nodig("rol"), d.veld("rol")), _tekst(d.nodig("naam"), d.veld("naam"))))
    return Spoorkeuze(
        datum_gesprek=_datum(v.nodig("datum_gesprek"), "datum_gesprek"),
        deelnemers=tuple(lijst),
        keuze=_keuze(v.nodig("keuze"), Spoor, "keuze"),
        motivatie=_tekst(v.nodig("motivatie"), "motivatie"),
    )


def oordeel_uit_json(data: dict):
    from ..cases.model import FunctioneleMogelijkheden, SoortOordeel

    v = _Velden(data, "invoer", {"datum", "door", "beperkingen", "mogelijkheden", "advies", "soort"})
    return FunctioneleMogelijkheden(
        datum=_datum(v.nodig("datum"), "datum"),
        door=_tekst(v.nodig("door"), "door"),
        beperkingen=_tekst(v.nodig("beperkingen"), "beperkingen"),
        mogelijkheden=_tekst(v.nodig("mogelijkheden"), "mogelijkheden"),
        advies=_tekst(v.kan("advies"), "advies", verplicht=False),
        soort=_keuze(v.kan("soort", "advies"), SoortOordeel, "soort"),
    )


def mening_uit_json(data: dict):
    from ..cases.model import MeningWerknemer

    v = _Velden(data, "invoer", {"datum", "mening", "eens_met_verslag"})
    eens = v.kan("eens_met_verslag")
    return MeningWerknemer(
        datum=_datum(v.nodig("datum"), "datum"),
        mening=_tekst(v.nodig("mening"), "mening"),
        eens_met_verslag=None if eens is None else _ja_nee(eens, "eens_met_verslag"),
    )


# ---- beheer: an empty database gets a beheerder, employers, employees and accounts ---------------

@app.command("beheerder")
def beheerder(naam: str = typer.Option(..., "--naam", help="Naam van de beheerder."),
              inlognaam: str = typer.Option(..., "--inlognaam", help="De naam waarmee de beheerder inlogt."),
              nieuw: bool = typer.Option(False, "--nieuw", help="Maak de database aan als die nog niet bestaat."),
              database: str | None = DATABASE) -> None:
    """Maak de eerste beheerder van een lege database (kan maar één keer); vraagt om een wachtwoord.
    Toont het nieuwe id. Daarna: spoorzoeker dossier inloggen --inlognaam ..."""
    from ..cases.aanmelden import AanmeldFout, controleer_wachtwoord
    from ..cases.model import DossierFout, GeenToegang

    if not naam.strip():
        _stop("geef een naam met --naam.")
    db = open_samenstelling(database, nieuw=nieuw)
    try:
        with db.database.opslag() as uow:
            if uow.heeft_gebruikers():  # say so before asking for a password
                raise GeenToegang("Er bestaan al gebruikers; een beheerder maakt nieuwe accounts aan.")
        wachtwoord = _wachtwoord("Kies een wachtwoord (minstens 12 tekens)", bevestigen=True)
        controleer_wachtwoord(wachtwoord, inlognaam)
        gid = db.dossiers().eerste_beheerder(naam.strip(), inlognaam=inlognaam)
        db.aanmelden().stel_wachtwoord_in(None, gid, wachtwoord)
        typer.echo(gid)
    except GeenToegang as e:
        _stop(e.bericht)
    except (AanmeldFout, DossierFout) as e:
        _stop(str(e))
    finally:
        db.sluit()


@app.command("inloggen")
def inloggen(inlognaam: str = typer.Option(..., "--inlognaam", help="Uw inlognaam."),
             code: str | None = typer.Option(None, "--code", help="De code uit uw app voor tweestapsverificatie (anders wordt erom gevraagd)."),
             database: str | None = DATABASE) -> None:
    """Log in; de sessie blijft voor uw gebruiker op deze computer bewaard (30 minuten zonder gebruik,
    hoogstens 8 uur). Een account dat medische gegevens kan zien, logt in met een code uit een app."""
    import getpass
    import sys

    from ..cases.aanmelden import AanmeldFout, TotpInstellenNodig, iso
    from . import sessie as cli_sessie

    db = open_samenstelling(database)
    aan = db.aanmelden()
    bron = f"os:{getpass.getuser()}"
    try:
        wachtwoord = _wachtwoord("Wachtwoord")
        if code is None and sys.stdin.isatty():
            # asked before the attempt, of everyone: a failed log-in does not say whether a code was needed
            code = typer.prompt("Code uit uw app voor tweestapsverificatie (leeg laten als uw account geen "
                                "code heeft)", default="", show_default=False, err=True).strip() or None
        try:
            sessie = aan.meld_aan(inlognaam, wachtwoord, code, bron=bron)
        except TotpInstellenNodig as e:
            uri = aan.begin_totp(e.gebruiker_id)
            from urllib.parse import parse_qs, urlparse

            geheim = parse_qs(urlparse(uri).query).get("secret", [""])[0]
            typer.echo("Stel tweestapsverificatie in: voeg dit account toe aan een app als Google Authenticator, "
                       "FreeOTP of 1Password.", err=True)
            typer.echo(f"Sleutel om over te typen: {geheim}", err=True)
            typer.echo(f"Of deze koppeling (als QR-code): {uri}", err=True)
            code = code or typer.prompt("Code uit de app", err=True)
            aan.bevestig_totp(e.gebruiker_id, code)
            sessie = aan.meld_aan(inlognaam, wachtwoord, code, bron=bron)
        pad = cli_sessie.bewaar(_url(database), sessie.token, inlognaam, iso(sessie.verloopt_om))
    except AanmeldFout as e:
        _stop(str(e))
    finally:
        db.sluit()
    typer.echo(f"Ingelogd als {inlognaam.strip()}. De sessie staat in {pad} (alleen voor u leesbaar).", err=True)


@app.command("uitloggen")
def uitloggen(database: str | None = DATABASE) -> None:
    """Log uit: de sessie wordt beëindigd en van deze computer verwijderd."""
    from . import sessie as cli_sessie

    url = _url(database)
    gegevens = cli_sessie.lees(url)
    if gegevens and isinstance(gegevens.get("token"), str):
        db = open_samenstelling(database)
        try:
            db.aanmelden().meld_af(gegevens["token"])
        finally:
            db.sluit()
    cli_sessie.vergeet(url)
    typer.echo("Uitgelogd.", err=True)


@app.command("werkgever")
def werkgever(naam: str = typer.Option(..., "--naam", help="Naam van de werkgever."),
              werknemers: int = typer.Option(..., "--werknemers", help="Aantal werknemers (onder de 25 komen er stappen voor kleine werkgevers bij)."),
              database: str | None = DATABASE) -> None:
    """Leg een werkgever vast (beheerder). Toont het nieuwe id."""
    if not naam.strip():
        _stop("geef de naam van de werkgever met --naam.")
    typer.echo(_voer_uit(database, lambda s, g: s.registreer_werkgever(g, naam.strip(), werknemers)))


@app.command("werknemer")
def werknemer(werkgever_id: str = typer.Option(..., "--werkgever", help="Id van de werkgever."),
              naam: str = typer.Option(..., "--naam", help="Naam van de werknemer."),
              functie: str = typer.Option("", "--functie"),
              telefoon: str = typer.Option("", "--telefoon"),
              verpleegadres: str = typer.Option("", "--verpleegadres", help="Adres waar de werknemer verblijft als dat een ander adres is."),
              database: str | None = DATABASE) -> None:
    """Leg een werknemer vast (beheerder, of werkgever en casemanager voor de eigen werkgever). Toont het nieuwe id."""
    if not naam.strip():
        _stop("geef de naam van de werknemer met --naam.")
    typer.echo(_voer_uit(database, lambda s, g: s.registreer_werknemer(
        g, werkgever_id, naam.strip(), functie, telefoon, verpleegadres)))


@app.command("gebruiker")
def gebruiker(naam: str = typer.Option(..., "--naam"),
              rol: str = typer.Option(..., "--rol", help="werknemer, werkgever, casemanager, bedrijfsarts, arbeidsdeskundige, spoor2_coach of beheerder."),
              inlognaam: str = typer.Option(..., "--inlognaam", help="De naam waarmee dit account inlogt (uniek, hoofdletters tellen niet)."),
              werkgever_ids: list[str] = typer.Option([], "--werkgever", help="Werkgever waarvan dit account de dossiers ziet (mag vaker)."),
              werknemer_id: str | None = typer.Option(None, "--werknemer", help="Bij rol werknemer: het id van die werknemer."),
              taakdelegatie_van: str | None = typer.Option(None, "--taakdelegatie-van", help="Bij een casemanager: het id van de bedrijfsarts die taken delegeert."),
              big: str | None = typer.Option(None, "--big", help="Bij een bedrijfsarts: het BIG-registratienummer (11 cijfers)."),
              database: str | None = DATABASE) -> None:
    """Maak een account aan (beheerder) met een eerste wachtwoord, waarom gevraagd wordt. Toont het nieuwe id.
    Een account dat medische gegevens kan lezen (bedrijfsarts, casemanager in taakdelegatie) werkt pas na
    goedkeuring door een tweede beheerder (spoorzoeker dossier goedkeuren ID)."""
    from ..cases.aanmelden import controleer_wachtwoord
    from ..cases.beleid import Rol

    try:
        r = _keuze(rol, Rol, "--rol")
    except InvoerFout as e:
        _stop(str(e))
    if not naam.strip():
        _stop("geef een naam met --naam.")

    def werk(sam, g):
        wachtwoord = _wachtwoord("Eerste wachtwoord voor dit account (minstens 12 tekens)", bevestigen=True)
        controleer_wachtwoord(wachtwoord, inlognaam)
        nieuw = sam.dossiers().registreer_gebruiker(g, naam.strip(), r, werkgever_ids, werknemer_id,
                                                    taakdelegatie_van, inlognaam=inlognaam, big_nummer=big)
        sam.aanmelden().stel_wachtwoord_in(None, nieuw, wachtwoord)
        return nieuw
    typer.echo(_voer_uit(database, werk, samenstelling=True))


@app.command("goedkeuren")
def goedkeuren(account: str = typer.Argument(..., help="Het id van het account dat wacht op goedkeuring."),
               database: str | None = DATABASE) -> None:
    """Keur een account goed dat medische gegevens kan lezen (een tweede beheerder, niet wie het aanmaakte)."""
    _voer_uit(database, lambda s, g: s.keur_gebruiker_goed(g, account))
    typer.echo("Goedgekeurd.", err=True)


@app.command("intrekken")
def intrekken(account: str = typer.Argument(..., help="Het id van het account."),
              database: str | None = DATABASE) -> None:
    """Trek een account in (beheerder): het kan niet meer inloggen; het blijft bestaan voor het toegangslog."""
    _voer_uit(database, lambda s, g: s.trek_gebruiker_in(g, account))
    typer.echo("Ingetrokken.", err=True)


@app.command("toewijzing-intrekken")
def toewijzing_intrekken(account: str = typer.Argument(..., help="Het id van het account."),
                         werkgever_id: str = typer.Option(..., "--werkgever", help="De werkgever waarvan het account de dossiers niet meer ziet."),
                         database: str | None = DATABASE) -> None:
    """Beëindig de toewijzing van een account aan een werkgever (beheerder)."""
    _voer_uit(database, lambda s, g: s.trek_toewijzing_in(g, account, werkgever_id))
    typer.echo("Toewijzing ingetrokken.", err=True)


@app.command("totp-herstellen")
def totp_herstellen(account: str = typer.Argument(..., help="Het id van het account (telefoon kwijt)."),
                    database: str | None = DATABASE) -> None:
    """Wis de tweestapsverificatie van een ander account (beheerder); het stelt die bij de volgende keer inloggen opnieuw in."""
    _voer_uit(database, lambda sam, g: sam.aanmelden().herstel_totp(g, account), samenstelling=True)
    typer.echo("Tweestapsverificatie gewist.", err=True)


@app.command("gebruikers")
def gebruikers(json_: bool = JSON, database: str | None = DATABASE) -> None:
    """Toon alle accounts (beheerder): id, naam, inlognaam, rol en status."""
    lijst_ = _voer_uit(database, lambda s, g: s.gebruikers(g))
    rijen = [{"id": g.id, "naam": g.naam, "inlognaam": g.inlognaam, "rol": g.rol.value, "big_nummer": g.big_nummer,
              "werkgevers": sorted(g.werkgever_ids),
              "status": "ingetrokken" if g.ingetrokken else ("wacht op goedkeuring" if not g.goedgekeurd else "actief")}
             for g in lijst_]
    if json_:
        _json_uit(rijen)
        return
    from .tabel import tabel

    typer.echo(tabel(["Naam", "Inlognaam", "Rol", "Status", "Id"],
                     [[r["naam"], r["inlognaam"] or "-", r["rol"], r["status"], r["id"]] for r in rijen]))


# ---- the case ------------------------------------------------------------------------------------

def _optie_ja_nee(waarde: str | None, optie: str) -> bool | None:
    if waarde is None:
        return None
    if waarde.lower() in {"ja", "true"}:
        return True
    if waarde.lower() in {"nee", "false"}:
        return False
    _stop(f"'{optie}' is ja of nee, niet '{waarde}'.")


@app.command("nieuw")
def nieuw(werknemer_id: str = typer.Option(..., "--werknemer", help="Id van de zieke werknemer."),
          eerste_ziektedag: str = typer.Option(..., "--eerste-ziektedag", help="De eerste werkdag waarop niet is gewerkt (JJJJ-MM-DD)."),
          verwachte_duur_weken: int | None = typer.Option(None, "--verwachte-duur-weken"),
          vangnet: str | None = typer.Option(None, "--vangnet", help="ja/nee: valt de werknemer onder de Ziektewet-vangnetregeling (niet welke)."),
          arbeidsongeval: str | None = typer.Option(None, "--arbeidsongeval", help="ja/nee"),
          derde_aansprakelijk: str | None = typer.Option(None, "--derde-aansprakelijk", help="ja/nee"),
          database: str | None = DATABASE) -> None:
    """Open een dossier bij een ziekmelding. Toont het id van het nieuwe dossier."""
    d0 = _optie_datum(eerste_ziektedag, "--eerste-ziektedag")
    if verwachte_duur_weken is not None and verwachte_duur_weken < 0:
        _stop("'--verwachte-duur-weken' kan niet negatief zijn.")
    velden = dict(verwachte_duur_weken=verwachte_duur_weken,
                  vangnet_van_toepassing=_optie_ja_nee(vangnet, "--vangnet"),
                  arbeidsongeval=_optie_ja_nee(arbeidsongeval, "--arbeidsongeval"),
                  derde_aansprakelijk=_optie_ja_nee(derde_aansprakelijk, "--derde-aansprakelijk"))
    typer.echo(_voer_uit(database, lambda s, g: s.maak_dossier(g, werknemer_id, d0, **velden)))


@app.command("lijst")
def lijst(json_: bool = JSON, database: str | None = DATABASE) -> None:
    """Toon de dossiers die u mag openen: werknemer, werkgever, eerste ziektedag (ook dit komt in het toegangslog)."""
    from .tabel import datum, tabel

    rijen = _voer_uit(database, lambda s, g: s.dossier_overzicht(g))
    if json_:
        _json_uit(rijen)
        return
    typer.echo(tabel(["Werknemer", "Werkgever", "Eerste ziektedag", "Nu", "Dossier-id"],
                     [[r["werknemer"], r["werkgever"], datum(r["eerste_ziektedag"]),
                       "ziek" if r["ziek"] else "hersteld", r["dossier"]] for r in rijen]))


@app.command("ziekmelding")
def ziekmelding(dossier: str = typer.Argument(..., help="Het id van het dossier."),
                van: str = typer.Option(..., "--van", help="Eerste dag van deze ziekteperiode."),
                tot_en_met: str | None = typer.Option(None, "--tot-en-met", help="Laatste ziektedag (bij herstel)."),
                hervatting: int = typer.Option(0, "--hervatting", help="Deel van de eigen uren dat weer gewerkt wordt (0-100)."),
                database: str | None = DATABASE) -> None:
    """Leg een ziekteperiode vast: een nieuwe (terugval), of het herstel (dezelfde --van met --tot-en-met)."""
    from ..cases.model import Ziekteperiode

    periode = Ziekteperiode(_optie_datum(van, "--van"), _optie_datum(tot_en_met, "--tot-en-met"), hervatting)
    _voer_uit(database, lambda s, g: s.leg_ziekteperiode_vast(g, dossier, periode))
    typer.echo("Vastgelegd.", err=True)


@app.command("stap")
def stap(dossier: str = typer.Argument(..., help="Het id van het dossier."),
         code: str = typer.Option(..., "--code", help="De stap, zoals in de tijdlijn (bijv. probleemanalyse, plan_van_aanpak, evaluatie)."),
         datum: str = typer.Option(..., "--datum", help="Wanneer de stap is gedaan."),
         door: str = typer.Option(..., "--door", help="Wie de stap deed."),
         document: str = typer.Option("", "--document", help="Naam of kenmerk van het document."),
         motivering: str = typer.Option("", "--motivering", help="Waarom de stap buiten de voorkeurs- of uiterste datum viel."),
         database: str | None = DATABASE) -> None:
    """Leg vast dat een Poortwachter-stap is gedaan."""
    from ..cases.model import StapGedaan

    # Which codes are a step is the service's rule (cases.service.controleer_stapcode), for every edge.
    if not door.strip():
        _stop("geef met --door op wie de stap deed.")
    s_ = StapGedaan(code, _optie_datum(datum, "--datum"), door.strip(), document, motivering)
    _voer_uit(database, lambda s, g: s.leg_stap_vast(g, dossier, s_))
    typer.echo("Vastgelegd.", err=True)


def _onderdeel(dossier: str, bestand: str, lees: Callable[[dict], Any], bewaar: str,
               database: str | None) -> None:
    onderdeel = _uit_bestand(bestand, lees)
    _voer_uit(database, lambda s, g: getattr(s, bewaar)(g, dossier, onderdeel))
    typer.echo("Vastgelegd.", err=True)


@app.command("plan")
def plan(dossier: str = typer.Argument(..., help="Het id van het dossier."), bestand: str = INVOER,
         database: str | None = DATABASE) -> None:
    """Leg een plan van aanpak (of een bijstelling) vast, als JSON: opgesteld_op, doel, interventies
    [{soort, omschrijving, start, eind}], scholing_niet_passend, is_bijstelling."""
    _onderdeel(dossier, bestand, plan_uit_json, "leg_plan_van_aanpak_vast", database)


@app.command("rapport")
def rapport(dossier: str = typer.Argument(..., help="Het id van het dossier."), bestand: str = INVOER,
            database: str | None = DATABASE) -> None:
    """Leg het rapport van de arbeidsdeskundige vast, als JSON: datum, opgesteld_door, spoor1_realistisch,
    toelichting_spoor1, mogelijkheden_spoor2, wia_prognose, advies."""
    _onderdeel(dossier, bestand, rapport_uit_json, "leg_arbeidsdeskundig_rapport_vast", database)


@app.command("spoorkeuze")
def spoorkeuze(dossier: str = typer.Argument(..., help="Het id van het dossier."), bestand: str = INVOER,
               database: str | None = DATABASE) -> None:
    """Leg het gesprek en de gemotiveerde spoorkeuze vast, als JSON: datum_gesprek, deelnemers [{rol, naam}],
    keuze (spoor_1, spoor_2, beide), motivatie."""
    _onderdeel(dossier, bestand, spoorkeuze_uit_json, "leg_spoorkeuze_vast", database)


@app.command("oordeel")
def oordeel(dossier: str = typer.Argument(..., help="Het id van het dossier."), bestand: str = INVOER,
            database: str | None = DATABASE) -> None:
    """Leg het oordeel van de bedrijfsarts in werktermen vast, als JSON: datum, door, beperkingen,
    mogelijkheden, advies, soort (probleemanalyse, bijstelling_probleemanalyse, actueel_oordeel, advies).
    Geen medische termen: de werkgever leest dit."""
    _onderdeel(dossier, bestand, oordeel_uit_json, "leg_functionele_mogelijkheden_vast", database)


@app.command("mening")
def mening(dossier: str = typer.Argument(..., help="Het id van het dossier."), bestand: str = INVOER,
           database: str | None = DATABASE) -> None:
    """Leg uw eigen mening over de re-integratie vast (alleen de werknemer), als JSON: datum, mening,
    eens_met_verslag."""
    _onderdeel(dossier, bestand, mening_uit_json, "leg_mening_werknemer_vast", database)


@app.command("toon")
def toon(dossier: str = typer.Argument(..., help="Het id van het dossier."), json_: bool = JSON,
         database: str | None = DATABASE) -> None:
    """Toon het dossier; het medische deel alleen voor wie dat mag lezen. Met --json als JSON."""
    data = _voer_uit(database, lambda s, g: s.exporteer_dossier(g, dossier))
    if json_:
        _json_uit(data)
        return
    from .weergave import dossier_als_tekst

    typer.echo(dossier_als_tekst(data))


@app.command("tijdlijn-invoer")
def tijdlijn_invoer(dossier: str = typer.Argument(..., help="Het id van het dossier."),
                    database: str | None = DATABASE) -> None:
    """Toon het verzoek voor 'spoorzoeker tijdlijn' uit dit dossier, bijvoorbeeld:
    spoorzoeker dossier tijdlijn-invoer ID | spoorzoeker tijdlijn -"""
    from ..cases.tijdlijn import tijdlijn_invoer as invoer

    _json_uit(_voer_uit(database, lambda s, g: invoer(s.lees_dossier(g, dossier))))


@app.command("wie-opende")
def wie_opende(dossier: str = typer.Argument(..., help="Het id van uw dossier."),
               van: str | None = typer.Option(None, "--van", help="Vanaf deze datum (JJJJ-MM-DD)."),
               tot_en_met: str | None = typer.Option(None, "--tot-en-met", help="Tot en met deze datum."),
               json_: bool = JSON, database: str | None = DATABASE) -> None:
    """Toon wie uw dossier heeft geopend of bijgewerkt, of dat probeerde en werd geweigerd: wanneer (Nederlandse
    tijd), wie (met BIG-nummer bij een arts), in welke rol en namens wie (NEN 7513)."""
    from ..cases.logboek import omschrijving
    from .tabel import lokale_tijd, tabel

    begin, eind = _optie_datum(van, "--van"), _optie_datum(tot_en_met, "--tot-en-met")
    inzages = _voer_uit(database, lambda s, g: s.wie_opende_mijn_dossier(g, dossier, van=begin, tot_en_met=eind))
    if json_:
        _json_uit([{"tijdstip": i.tijdstip, "wie": i.wie, "big_nummer": i.big_nummer, "rol": i.rol,
                    "namens": i.namens, "handeling": i.handeling, "toegestaan": i.toegestaan} for i in inzages])
        return
    typer.echo(tabel(["Wanneer", "Wie", "Rol", "Namens", "Wat"], [
        [lokale_tijd(i.tijdstip), i.wie + (f" (BIG {i.big_nummer})" if i.big_nummer else ""), i.rol.replace("_", " "),
         i.namens or "-", omschrijving(i.handeling) + ("" if i.toegestaan else " - GEWEIGERD")] for i in inzages]))


# ---- questions and disputes (R11), aftercare (R12), the bedrijfsarts' medical notes ----------------

@app.command("vraag")
def vraag(dossier: str = typer.Argument(..., help="Het id van het dossier."),
          soort: str = typer.Option("vraag", "--soort", help="vraag, deskundigenoordeel of second_opinion."),
          onderwerp: str = typer.Option(..., "--onderwerp", help="Waar gaat de vraag of het verschil van mening over? Geen medische details."),
          ingediend_op: str = typer.Option(..., "--datum", help="Wanneer de vraag is gesteld."),
          database: str | None = DATABASE) -> None:
    """Stel een vraag of leg een verschil van mening vast (deskundigenoordeel, second opinion). Toont het nummer."""
    from ..cases.model import SoortVraag

    try:
        s_ = _keuze(soort, SoortVraag, "--soort")
    except InvoerFout as e:
        _stop(str(e))
    dag = _optie_datum(ingediend_op, "--datum")
    typer.echo(_voer_uit(database, lambda s, g: s.dien_vraag_in(g, dossier, s_, onderwerp, dag)))


@app.command("vraag-afhandelen")
def vraag_afhandelen(dossier: str = typer.Argument(..., help="Het id van het dossier."),
                     nummer: int = typer.Option(..., "--nummer", help="Het nummer van de vraag."),
                     intake_op: str | None = typer.Option(None, "--intake-op"),
                     intake: str | None = typer.Option(None, "--intake", help="Wat er bij de intake is afgesproken."),
                     uitkomst_op: str | None = typer.Option(None, "--uitkomst-op"),
                     uitkomst: str | None = typer.Option(None, "--uitkomst"),
                     reden: str | None = typer.Option(None, "--reden", help="Waarom u wijzigt wat al was vastgelegd "
                                                                           "(verplicht bij een correctie)."),
                     database: str | None = DATABASE) -> None:
    """Leg de intake en de uitkomst van een vraag vast (casemanager). Wat al was vastgelegd, wijzigt u met een reden;
    het oude blijft zichtbaar in de geschiedenis van de correcties."""
    velden = dict(intake_op=_optie_datum(intake_op, "--intake-op"), intake=intake,
                  uitkomst_op=_optie_datum(uitkomst_op, "--uitkomst-op"), uitkomst=uitkomst, reden=reden)
    _voer_uit(database, lambda s, g: s.handel_vraag_af(g, dossier, nummer, **velden))
    typer.echo("Vastgelegd.", err=True)


@app.command("nazorg")
def nazorg(dossier: str = typer.Argument(..., help="Het id van het dossier."),
           gepland_op: str = typer.Option(..., "--gepland-op", help="Datum van het nazorgmoment (tot drie jaar na de werkhervatting)."),
           soort: str = typer.Option("nazorg", "--soort", help="nazorg of jobcoaching."),
           gedaan_op: str | None = typer.Option(None, "--gedaan-op"),
           notitie: str = typer.Option("", "--notitie", help="Korte notitie in werktermen."),
           database: str | None = DATABASE) -> None:
    """Plan of leg een nazorgmoment na de werkhervatting vast (tot drie jaar erna)."""
    from ..cases.model import Nazorgmoment, SoortNazorg

    try:
        s_ = _keuze(soort, SoortNazorg, "--soort")
    except InvoerFout as e:
        _stop(str(e))
    moment = Nazorgmoment(_optie_datum(gepland_op, "--gepland-op"), s_, _optie_datum(gedaan_op, "--gedaan-op"), notitie)
    _voer_uit(database, lambda s, g: s.leg_nazorg_vast(g, dossier, moment))
    typer.echo("Vastgelegd.", err=True)


def medisch_uit_json(data: dict):
    from ..cases.medisch import MedischeAantekening

    v = _Velden(data, "invoer", {"datum", "door", "diagnose", "beperkingen_toelichting", "prognose", "medische_notitie"})
    return MedischeAantekening(
        datum=_datum(v.nodig("datum"), "datum"), door=_tekst(v.nodig("door"), "door"),
        **{k: _tekst(v.kan(k), k, verplicht=False)
           for k in ("diagnose", "beperkingen_toelichting", "prognose", "medische_notitie")})


@app.command("medisch")
def medisch(dossier: str = typer.Argument(..., help="Het id van het dossier."), bestand: str = INVOER,
            database: str | None = DATABASE) -> None:
    """Leg een medische aantekening vast (alleen bedrijfsarts, of casemanager in taakdelegatie), als JSON:
    datum, door, diagnose, beperkingen_toelichting, prognose, medische_notitie. De werkgever ziet dit nooit."""
    _onderdeel(dossier, bestand, medisch_uit_json, "leg_medisch_vast", database)


def gebeurtenis_uit_json(data: dict):
    """An event in the timeline's own request format (docs/tijdlijn.md), or a leave period."""
    from ..cases.model import Gebeurtenis, SoortGebeurtenis

    if not isinstance(data, dict):
        raise InvoerFout("de invoer moet een JSON-object zijn ({...}).")
    soort = _keuze(data.get("soort"), SoortGebeurtenis, "soort")
    velden = {
        SoortGebeurtenis.LOONSANCTIE: {"weken", "besluit_op"},
        SoortGebeurtenis.UITSTEL_WIA: {"besluit_op", "tot"},
        SoortGebeurtenis.HERSTELMELDING: {"datum", "besluit_op", "hersteld"},
        SoortGebeurtenis.VERKORTE_WACHTTIJD: {"aangevraagd_op", "einde", "afgewezen"},
        SoortGebeurtenis.ZWANGERSCHAPSVERLOF: {"van", "tot_en_met", "zelfde_oorzaak"},
        SoortGebeurtenis.AOW_LEEFTIJD: {"datum"},
    }[soort]
    v = _Velden(data, "invoer", velden | {"soort"})

    def dag(sleutel, nodig=True):
        waarde = v.nodig(sleutel) if nodig else v.kan(sleutel)
        return None if waarde is None else _datum(waarde, sleutel)

    def ja_nee(sleutel):
        waarde = v.kan(sleutel)
        return None if waarde is None else _ja_nee(waarde, sleutel)

    if soort == SoortGebeurtenis.LOONSANCTIE:
        weken = v.nodig("weken")
        if isinstance(weken, bool) or not isinstance(weken, int):
            raise InvoerFout("'weken' moet een geheel getal zijn.")
        return Gebeurtenis(soort, dag("besluit_op"), weken=weken)
    if soort == SoortGebeurtenis.UITSTEL_WIA:
        return Gebeurtenis(soort, dag("besluit_op"), tot=dag("tot"))
    if soort == SoortGebeurtenis.HERSTELMELDING:
        return Gebeurtenis(soort, dag("datum"), besluit_op=dag("besluit_op", False), uitkomst=ja_nee("hersteld"))
    if soort == SoortGebeurtenis.VERKORTE_WACHTTIJD:
        afgewezen = ja_nee("afgewezen")
        return Gebeurtenis(soort, dag("aangevraagd_op"), tot=dag("einde", False),
                           uitkomst=False if afgewezen else (True if v.kan("einde") else None))
    if soort == SoortGebeurtenis.AOW_LEEFTIJD:
        return Gebeurtenis(soort, dag("datum"))
    zelfde = ja_nee("zelfde_oorzaak")
    return Gebeurtenis(soort, dag("van"), tot=dag("tot_en_met"), uitkomst=False if zelfde is False else None)


@app.command("gebeurtenis")
def gebeurtenis(dossier: str = typer.Argument(..., help="Het id van het dossier."), bestand: str = INVOER,
                database: str | None = DATABASE) -> None:
    """Leg een besluit van UWV of een verlof vast dat de tijdlijn verschuift, als JSON met 'soort':
    loonsanctie (weken, besluit_op), uitstel_wia (besluit_op, tot), herstelmelding (datum, besluit_op,
    hersteld), verkorte_wachttijd (aangevraagd_op, einde of afgewezen), zwangerschapsverlof (van,
    tot_en_met, zelfde_oorzaak), aow_leeftijd (datum: de dag waarop de werknemer de AOW-leeftijd bereikt)."""
    _onderdeel(dossier, bestand, gebeurtenis_uit_json, "leg_gebeurtenis_vast", database)


# ---- the AVG lifecycle, keys and the PostgreSQL role ------------------------------------------------

@app.command("uit-dienst")
def uit_dienst(werknemer_id: str = typer.Option(..., "--werknemer", help="Id van de werknemer."),
               datum: str = typer.Option(..., "--datum", help="Laatste dag van het dienstverband (JJJJ-MM-DD)."),
               database: str | None = DATABASE) -> None:
    """Leg het einde van het dienstverband vast; vanaf dan loopt de bewaartermijn van de verzuimgegevens."""
    dag = _optie_datum(datum, "--datum")
    _voer_uit(database, lambda s, g: s.leg_uit_dienst_vast(g, werknemer_id, dag))
    typer.echo("Vastgelegd.", err=True)


@app.command("corrigeer")
def corrigeer(veld: str = typer.Option(..., "--veld", help="Werknemer: naam, functie, telefoon, verpleegadres. Dossier: eerste_ziektedag, verwachte_duur_weken, vangnet_van_toepassing, arbeidsongeval, derde_aansprakelijk."),
              waarde: str = typer.Option(..., "--waarde", help="De juiste waarde (datum JJJJ-MM-DD, ja/nee, of tekst)."),
              reden: str = typer.Option(..., "--reden", help="Waarom de correctie nodig is (komt in de geschiedenis)."),
              werknemer_id: str | None = typer.Option(None, "--werknemer", help="Corrigeer gegevens van deze werknemer."),
              dossier: str | None = typer.Option(None, "--dossier", help="Corrigeer een gegeven van dit dossier."),
              database: str | None = DATABASE) -> None:
    """Corrigeer een onjuist gegeven (recht op rectificatie); de oude waarde en de reden blijven bewaard."""
    if (werknemer_id is None) == (dossier is None):
        _stop("geef --werknemer of --dossier (één van beide).")
    if werknemer_id is not None:
        _voer_uit(database, lambda s, g: s.corrigeer_werknemer(g, werknemer_id, veld, waarde, reden))
    else:
        if veld == "eerste_ziektedag":
            nieuw: Any = _optie_datum(waarde, "--waarde")
        elif veld == "verwachte_duur_weken":
            if not waarde.isdigit():
                _stop("'--waarde' is voor dit veld een aantal weken (geheel getal).")
            nieuw = int(waarde)
        else:
            nieuw = _optie_ja_nee(waarde, "--waarde")
        for let_op in _voer_uit(database, lambda s, g: s.corrigeer_dossier(g, dossier, veld, nieuw, reden)) or ():
            typer.echo(let_op, err=True)
    typer.echo("Gecorrigeerd.", err=True)


@app.command("ziekteperiode-verwijderen")
def ziekteperiode_verwijderen(dossier: str = typer.Argument(..., help="Het id van het dossier."),
                              van: str = typer.Option(..., "--van", help="Eerste dag van de verkeerd ingevoerde periode."),
                              reden: str = typer.Option(..., "--reden", help="Waarom deze periode weg moet."),
                              database: str | None = DATABASE) -> None:
    """Haal een per vergissing ingevoerde ziekteperiode weg (met reden, in de correctiegeschiedenis)."""
    dag = _optie_datum(van, "--van")
    _voer_uit(database, lambda s, g: s.verwijder_ziekteperiode(g, dossier, dag, reden))
    typer.echo("Verwijderd.", err=True)


@app.command("opschonen")
def opschonen(datum: str | None = typer.Option(None, "--datum", help="Peildatum (standaard vandaag)."),
              database: str | None = DATABASE) -> None:
    """Verwijder wat voorbij de bewaartermijn is (beheerder): verzuimgegevens twee jaar na het einde van het
    dienstverband, medische aantekeningen twintig jaar na het maken ervan. Toont wat is verwijderd."""
    dag = _optie_datum(datum, "--datum")
    for regel in _voer_uit(database, lambda s, g: s.pas_bewaartermijnen_toe(g, dag)):
        typer.echo(regel)


@app.command("wissen")
def wissen(werknemer_id: str = typer.Option(..., "--werknemer", help="Id van de werknemer die om wissen vraagt."),
           database: str | None = DATABASE) -> None:
    """Wis de dossiergegevens van een werknemer op zijn verzoek (beheerder), als de wet dat toelaat. Het
    toegangslog blijft: het laat zien wie zijn gegevens heeft behandeld."""
    for regel in _voer_uit(database, lambda s, g: s.wis_werknemer(g, werknemer_id)):
        typer.echo(regel)


@app.command("inzage")
def inzage(json_bestand: str | None = typer.Option(None, "--json", help="Schrijf de inzage als JSON naar dit bestand."),
           pdf_bestand: str | None = typer.Option(None, "--pdf", help="Schrijf de inzage als PDF naar dit bestand."),
           database: str | None = DATABASE) -> None:
    """Vraag als werknemer alles op wat over u is vastgelegd: uw gegevens, uw dossiers met het medische deel,
    uw eigen mening, correcties en wie uw dossier opende (ook geweigerde pogingen)."""
    from pathlib import Path

    from ..cases.inzage_pdf import inzage_naar_pdf

    if not json_bestand and not pdf_bestand:
        _stop("geef --json en/of --pdf met een bestandsnaam.")
    data = _voer_uit(database, lambda s, g: s.inzage(g))
    for pad, inhoud in ((json_bestand, lambda: json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")),
                        (pdf_bestand, lambda: inzage_naar_pdf(data))):
        if not pad:
            continue
        try:
            Path(pad).write_bytes(inhoud())
        except OSError as e:
            _stop(f"kan '{pad}' niet schrijven ({e.__class__.__name__}).")
        typer.echo(f"Geschreven: {pad}")


@app.command("sleutel-roteren")
def sleutel_roteren(database: str | None = DATABASE) -> None:
    """Vervang de versleutelingssleutel (beheerder): alle versleutelde velden krijgen de nieuwe sleutel, daarna
    vervalt de oude."""
    from ..cases.model import GeenToegang

    db = open_samenstelling(database)
    try:
        try:
            gid = ingelogd(db, database)
            db.dossiers().eis_beheerder(gid, "roteert de sleutel")  # the rule lives in the service
            aantal = db.database.roteer_sleutel()
        except GeenToegang as e:
            _stop(e.bericht)
        except Exception as e:  # noqa: BLE001 - key file problems: one line
            _stop(f"de sleutel kon niet worden geroteerd ({e}).")
    finally:
        db.sluit()
    typer.echo(f"Nieuwe sleutel in gebruik; {aantal} velden opnieuw versleuteld; de oude sleutel is verwijderd.")


@app.command("pg-rol")
def pg_rol(naam: str = typer.Option("spoorzoeker_app", "--naam", help="Naam van de databaserol voor de toepassing."),
           database: str | None = DATABASE) -> None:
    """PostgreSQL: maak (als eigenaar van de database) de rol waarmee de toepassing werkt: geen superuser,
    en op het toegangslog alleen lezen en toevoegen. Vraagt om een wachtwoord voor die rol."""
    from ..storage.pgrol import maak_app_rol

    db = open_samenstelling(database)
    try:
        if db.database.engine.dialect.name != "postgresql":
            _stop("deze opdracht is alleen voor PostgreSQL.")
        wachtwoord = _wachtwoord(f"Wachtwoord voor de rol {naam}", bevestigen=True)
        try:
            maak_app_rol(db.database.engine, naam, wachtwoord)
        except ValueError as e:
            _stop(str(e))
    finally:
        db.sluit()
    typer.echo(f"Rol {naam} klaar. Zet SPOORZOEKER_DATABASE_URL op een URL met deze rol.", err=True)
