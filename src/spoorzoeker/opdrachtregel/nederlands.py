"""The command line's frame in Dutch: help headings, the help option, and usage errors as one line.

Typer (with its own copy of Click) writes its help and its usage errors in English ("Usage",
"Options", "Show this message and exit", "No such command"). ``installeer()`` puts a small Dutch
layer over it, once, at import of :mod:`spoorzoeker.opdrachtregel.app`:

* the headings and fixed texts of the help screen (Typer's ``rich_utils`` constants and the texts
  its ``core`` module translates through ``gettext``);
* the help option's own description;
* every usage error as one line on stderr, ``Fout: ...`` in Dutch, exit code 2 (Typer's error
  printer is replaced; Click's messages are translated by pattern).
"""

from __future__ import annotations

import re
import sys

NL = {
    "Arguments": "Argumenten",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Error": "Fout",
    "Aborted.": "Afgebroken.",
    "Aborted!": "Afgebroken.",
    "[default: {}]": "[standaard: {}]",
    "[env var: {}]": "[omgevingsvariabele: {}]",
    "[required]": "[verplicht]",
    "(deprecated) ": "(verouderd) ",
    "(dynamic)": "(wisselend)",
    "default: {default}": "standaard: {default}",
    "env var: {var}": "omgevingsvariabele: {var}",
    "required": "verplicht",
    "Missing command.": "Geef een opdracht.",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "Show this message and exit.": "Toon deze hulp en stop.",
}

HULP = "Toon deze hulp en stop."
TYPEN = {"str": "tekst", "int": "geheel getal", "float": "getal", "path": "pad", "datetime": "datum"}

# Click's usage errors, by pattern, in Dutch.
FOUTEN: list[tuple[str, str]] = [
    (r"No such command '(.*)'\.", r"onbekende opdracht '\1'. Kies een opdracht uit 'spoorzoeker --help'."),
    (r"Onbekende opdracht '(.*)'\.", r"onbekende opdracht '\1'. Kies een opdracht uit 'spoorzoeker --help'."),
    (r"No such option: (\S+) \(Possible options: (.*)\)", r"onbekende optie \1 (bedoelt u \2?)."),
    (r"No such option: (\S+) Did you mean (\S+)\?", r"onbekende optie \1 (bedoelt u \2?)."),
    (r"No such option: (\S+)", r"onbekende optie \1."),
    (r"Missing argument '(.*)'\.", r"het argument '\1' ontbreekt."),
    (r"Missing option '(.*)'\.", r"de optie '\1' ontbreekt."),
    (r"Missing parameter: (.*)", r"'\1' ontbreekt."),
    (r"Got unexpected extra arguments?(?:\(s\))? \((.*)\)", r"onverwacht extra argument: \1."),
    (r"Option '(.*)' requires (?:an argument|\d+ arguments)\.", r"de optie '\1' heeft een waarde nodig."),
    (r"Option '(.*)' does not take a value\.", r"de optie '\1' neemt geen waarde."),
    (r"Invalid value for (.*?): '(.*)' is not a valid integer( range)?\.", r"ongeldige waarde voor \1: '\2' is geen geheel getal."),
    (r"Invalid value for (.*?): '(.*)' is not a valid float( range)?\.", r"ongeldige waarde voor \1: '\2' is geen getal."),
    (r"Invalid value for (.*?): '(.*)' is not a valid boolean\.", r"ongeldige waarde voor \1: '\2' is geen ja/nee."),
    (r"Invalid value for (.*?): (.*)", r"ongeldige waarde voor \1: \2"),
    (r"Geef een opdracht\.", r"geef een opdracht; zie 'spoorzoeker --help'."),
]


def vertaal_fout(bericht: str) -> str:
    """A Click usage error as one Dutch sentence (unknown messages pass unchanged, on one line)."""
    bericht = " ".join(str(bericht).split())
    for patroon, nl in FOUTEN:
        if re.fullmatch(patroon, bericht):
            return re.sub(patroon, nl, bericht)
    return bericht


def _vertaal(tekst: str) -> str:
    return NL.get(tekst, tekst)


def _fout_tonen(fout) -> None:
    """Typer's error printer, in Dutch and on one line: 'Fout: ...' (the exit code stays Click's: 2)."""
    if fout.__class__.__name__ == "NoArgsIsHelpError":
        return
    print(f"Fout: {vertaal_fout(fout.format_message())}", file=sys.stderr)


_GEDAAN = False


def installeer() -> None:
    """Put the Dutch layer over Typer's help and errors (idempotent)."""
    global _GEDAAN
    if _GEDAAN:
        return
    import typer.core as core
    import typer.rich_utils as ru
    from typer import _click
    from typer._click import core as click_core
    from typer._click import exceptions as click_fouten
    from typer._click import formatting

    # The `type: ignore`s below mark deliberate patches of Typer's and Click's own functions: assigning to a
    # method is what this module is for.
    core._ = _vertaal  # type: ignore[assignment]  # the texts Typer's core passes through gettext
    for naam, waarde in (("ARGUMENTS_PANEL_TITLE", "Argumenten"), ("OPTIONS_PANEL_TITLE", "Opties"),
                         ("COMMANDS_PANEL_TITLE", "Opdrachten"), ("ERRORS_PANEL_TITLE", "Fout"),
                         ("ABORTED_TEXT", "Afgebroken."), ("DEFAULT_STRING", "[standaard: {}]"),
                         ("ENVVAR_STRING", "[omgevingsvariabele: {}]"), ("REQUIRED_LONG_STRING", "[verplicht]"),
                         ("DEPRECATED_STRING", "(verouderd) "),
                         ("RICH_HELP", "Typ [blue]'{command_path} {help_option}'[/] voor hulp.")):
        setattr(ru, naam, waarde)
    ru.rich_format_error = _fout_tonen  # type: ignore[assignment]
    # The usage line: 'Gebruik:' instead of 'Usage:' (plain and rich help both call write_usage).
    schrijf = formatting.HelpFormatter.write_usage

    def write_usage(self, prog, args="", prefix=None):
        args = (args or "").replace("[OPTIONS]", "[OPTIES]").replace("COMMAND", "OPDRACHT").replace("[ARGS]",
                                                                                                "[ARGUMENTEN]")
        return schrijf(self, prog, args, "Gebruik: " if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]
    # The type shown next to an option: Dutch words, nothing for a switch.
    toon_type = core._TyperParameter.display_type

    def display_type(self, ctx):
        label = toon_type(self, ctx)
        if label == "<bool>":
            return ""
        for en, nl in TYPEN.items():
            label = label.replace(f"<{en}>", f"<{nl}>")
        return label

    core._TyperParameter.display_type = display_type  # type: ignore[method-assign]
    core.TyperArgument.display_type_rich = lambda self, ctx: display_type(self, ctx) or None  # type: ignore[method-assign]
    ru.highlighter.highlights = [re.sub(r"Usage: ", "Gebruik: ", h)  # type: ignore[misc]
                                 for h in ru.highlighter.highlights]
    # The help option's description.
    origineel = click_core.Command.get_help_option

    def get_help_option(self, ctx):
        optie = origineel(self, ctx)
        if optie is not None:
            optie.help = HULP
        return optie

    click_core.Command.get_help_option = get_help_option  # type: ignore[method-assign]
    # Without rich: Click's own show() of a usage error, in the same one Dutch line.

    def show(self, file=None):
        _fout_tonen(self)

    click_fouten.UsageError.show = show  # type: ignore[method-assign]
    _click.ClickException.show = show  # type: ignore[method-assign]
    _GEDAAN = True
