"""``spoorzoeker scenario lijst | toon NAAM | controleer BESTAND``: the scenarios on the command line
(the scenarios themselves are in :mod:`spoorzoeker.scenarios`).

Everything printed is Dutch; a wrong file gives one line naming the file and the line, exit code 2.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import typer

from ..engine import VARIANTEN
from ..errors import InvoerFout
from ..scenarios import PRINCIPES, beschikbaar, laad_scenario
from ..stelsel import Stelsel

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Scenario's: de huidige wet en voorstellen om het stelsel te veranderen.")


def _laad(naam: str) -> Stelsel:
    try:
        return laad_scenario(naam)
    except InvoerFout as e:
        typer.echo(f"Fout: {e}", err=True)
        raise typer.Exit(code=2) from None


@app.command("lijst")
def lijst() -> None:
    """Toon alle scenario's die Spoorzoeker meelevert."""
    for naam in beschikbaar():
        s = _laad(naam)
        typer.echo(f"{naam}: {s.titel}")


def _score(s: int) -> str:
    return f"{s:+d}" if s else "0"


def _beschrijf(s: Stelsel) -> list[str]:
    regels = [f"{s.titel} ({s.naam})", "", s.beschrijving, ""]
    if s.bronnen:
        regels.append("Bronnen:")
        regels += [f"- {b}" for b in s.bronnen]
        regels.append("")
    regels.append("Wat het verandert:")
    if s.is_huidig:
        regels.append("- Niets: dit is de huidige wet.")
    for variabele, variant in s.varianten.items():
        var = VARIANTEN[(variabele, variant)]
        regels.append(f"- Regel '{variabele}' wordt variant '{variant}': {var.omschrijving}.")
        regels.append(f"    bron: {var.bron}")
    for pad in s.gewijzigde_parameters:
        blad = s.parameters.vind(pad)
        vanaf = np.datetime64(blad.scenario_vanaf or dt.date.min, "D")
        waarden = ", ".join(f"vanaf {d.astype(object).isoformat()}: " + ("geen waarde" if w != w else f"{w:g}")
                            for d, w in zip(blad.datums, blad.waarden, strict=True) if d >= vanaf)
        regels.append(f"- Parameter '{pad}': {waarden}.")
    from ..stapteksten import STAPPEN

    for stap in sorted(s.verplichte_stappen):
        regels.append(f"- De stap '{stap}' van de tijdlijn is in dit scenario een vaste stap, geen voorstel: "
                      f"{STAPPEN[stap].omschrijving}")
    if s.scorekaart:
        regels += ["", "Scorekaart (ontwerpprincipes van de Beslishulp, -2 tot +2):"]
        for sc in s.scorekaart:
            regels.append(f"- {PRINCIPES[sc.principe]}: {_score(sc.score)}. {sc.toelichting}")
    if s.aannames:
        regels += ["", "Aannames over gedrag (alleen voor de simulatie, geen regel):"]
        for naam, a in s.aannames.items():
            regels.append(f"- {naam} = {a.waarde:g}: {a.toelichting} (bron: {a.bron})")
    return regels


@app.command("toon")
def toon(naam: str = typer.Argument(..., help="De naam van een scenario of het pad van een scenariobestand.")) -> None:
    """Toon wat een scenario verandert, de bronnen en de scorekaart."""
    for regel in _beschrijf(_laad(naam)):
        typer.echo(regel)


@app.command("controleer")
def controleer(bestand: str = typer.Argument(..., help="Het pad van een scenariobestand (.yaml).")) -> None:
    """Controleer een eigen scenariobestand; bij een fout: welk bestand, welke regel en wat er mis is."""
    s = _laad(bestand)
    typer.echo(f"In orde: '{bestand}' is het scenario '{s.titel}' ({len(s.varianten)} regelvariant(en), "
               f"{len(s.gewijzigde_parameters)} parameter(s), {len(s.verplichte_stappen)} vaste stap(pen)).")
