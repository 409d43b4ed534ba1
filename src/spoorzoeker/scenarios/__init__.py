"""Scenario files: a reform as a small YAML file, read into a :class:`~spoorzoeker.stelsel.Stelsel`.

The shipped scenarios live beside this module (``*.yaml``); a user can write their own and
pass its path. The file is checked with pydantic models; every problem becomes one Dutch
sentence naming the file, the line and what is wrong (:class:`ScenarioFout`). The format is
described for users in docs/scenarios.md.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from types import MappingProxyType
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import ErrorDetails

from ..engine import VARIABELEN, VARIANTEN
from ..errors import InvoerFout, ParameterFout
from ..params import Bron, standaard_parameters
from ..stelsel import Aanname, Score, Stelsel

MAP = Path(__file__).parent
_LADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The seven design principles of the Beslishulp (RSC, "Beslishulp verbetering stelsel ziekte en
# arbeidsongeschiktheid - Ontwerpprincipes voor effectieve sociale zekerheid").
PRINCIPES: dict[str, str] = {
    "werk_voorop": "Werk staat altijd voorop, want werk is de beste sociale zekerheid",
    "effectieve_re_integratie": "Alles staat of valt met effectieve re-integratie",
    "werkgeversprikkels": "Werkgeversprikkels zijn noodzakelijk (en kunnen nog beter)",
    "hybride_uitvoering": "Een hybride stelsel voor de uitvoering vergroot de effectiviteit",
    "positieve_werknemersprikkels": "Negatieve werknemersprikkels werken verlamdend, positieve stimulerend",
    "tweede_spoor": "Een succesvol tweede spoor is onmisbaar",
    "kwaliteit_voorkant": "Kwaliteit en succes borg je aan de voorkant",
}
BESLISHULP = ("RSC, Beslishulp verbetering stelsel ziekte en arbeidsongeschiktheid: ontwerpprincipes voor "
              "effectieve sociale zekerheid")


class ScenarioFout(InvoerFout):
    """A scenario that cannot be read or is wrong (Dutch, with file and line)."""


class _Streng(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Verwijzing(_Streng):
    titel: str = Field(min_length=3)
    paragraaf: str | None = None
    href: str | None = None

    def tekst(self) -> str:
        return self.titel + (f", {self.paragraaf}" if self.paragraaf else "")


class _Referentie(_Streng):
    title: str
    href: str | None = None


class _Metadata(_Streng):
    reference: list[_Referentie] | _Referentie | str | None = None


class _Waarde(_Streng):
    value: float | None
    metadata: _Metadata | None = None


class ParameterWijziging(_Streng):
    """The dated shape of the parameter files: ``values: {date: {value: .., metadata: ..}}``."""

    description: str | None = None
    values: dict[dt.date, _Waarde | float | None] = Field(min_length=1)


class ScoreModel(_Streng):
    score: int = Field(ge=-2, le=2)
    toelichting: str = Field(min_length=3)


class AannameModel(_Streng):
    waarde: float
    bron: str = Field(min_length=3)
    toelichting: str = Field(min_length=3)


class ScenarioBestand(_Streng):
    naam: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    titel: str = Field(min_length=3)
    beschrijving: str = Field(min_length=3)
    bronnen: list[Verwijzing] = Field(min_length=1)
    omvat: list[str] = []
    parameters: dict[str, ParameterWijziging] = {}
    varianten: dict[str, str] = {}
    verplichte_stappen: list[str] = []
    scorekaart: dict[Literal[tuple(PRINCIPES)], ScoreModel]  # type: ignore[valid-type]
    aannames: dict[str, AannameModel] = {}

    @field_validator("scorekaart")
    @classmethod
    def _alle_principes(cls, v: dict) -> dict:
        ontbreekt = [p for p in PRINCIPES if p not in v]
        if ontbreekt:
            raise ValueError(f"de scorekaart mist ontwerpprincipe '{ontbreekt[0]}' (alle zeven zijn nodig: "
                             + ", ".join(PRINCIPES) + ")")
        return v


# --- reading ---------------------------------------------------------------------------------

def _regel_van(knoop: yaml.Node | None, pad: tuple) -> int | None:
    """The line (1-based) of the YAML node at ``pad`` (keys and list indexes), or of its nearest parent."""
    regel = knoop.start_mark.line + 1 if knoop is not None else None
    for deel in pad:
        if isinstance(knoop, yaml.MappingNode):
            gevonden = None
            for sleutel, waarde in knoop.value:
                if str(sleutel.value) == str(deel):
                    gevonden = (sleutel, waarde)
                    break
            if gevonden is None:
                return regel
            regel = gevonden[0].start_mark.line + 1
            knoop = gevonden[1]
        elif isinstance(knoop, yaml.SequenceNode) and isinstance(deel, int) and deel < len(knoop.value):
            knoop = knoop.value[deel]
            regel = knoop.start_mark.line + 1
        else:
            return regel
    return regel


_VERTALING = {
    "missing": "ontbreekt",
    "extra_forbidden": "is geen onderdeel van een scenario",
    "string_type": "moet tekst zijn",
    "string_too_short": "is te kort",
    "string_pattern_mismatch": "mag alleen kleine letters, cijfers en '_' bevatten en begint met een letter",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "float_type": "moet een getal zijn",
    "float_parsing": "moet een getal zijn",
    "greater_than_equal": "moet ten minste -2 zijn",
    "less_than_equal": "mag hoogstens 2 zijn",
    "literal_error": "is geen ontwerpprincipe; kies uit " + ", ".join(PRINCIPES),
    "dict_type": "moet een blok met onderdelen zijn",
    "list_type": "moet een lijst zijn",
    "too_short": "mag niet leeg zijn",
    "date_from_datetime_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "model_type": "moet een blok met onderdelen zijn",
}


_UNIE = ("_Waarde", "float", "none", "list[_Referentie]", "_Referentie", "str")


def _sleutel(d):
    if isinstance(d, dt.date):
        return d.isoformat()
    if isinstance(d, str) and d.startswith("datetime.date("):  # pydantic's text for a date key
        jaar, maand, dag = (int(x) for x in d[len("datetime.date("):-1].split(","))
        return dt.date(jaar, maand, dag).isoformat()
    return d


def _loc(fout: ErrorDetails) -> tuple:
    return tuple(_sleutel(d) for d in fout["loc"] if not (isinstance(d, str) and ("[" in d or d in _UNIE)))


def _kies(fouten: list[ErrorDetails]) -> ErrorDetails:
    """The most telling error: for a value that may be a number or a block, the number's complaint."""
    eerste = next((f for f in fouten if f["type"] == "extra_forbidden"), fouten[0])  # a misspelt key first
    if eerste["type"] in ("model_type", "dict_type"):
        for f in fouten[1:]:
            if _loc(f) == _loc(eerste) and f["type"] not in ("model_type", "dict_type", "none_required"):
                return f
    return eerste


def _fout_tekst(fout: ErrorDetails) -> tuple[tuple, str]:
    loc = _loc(fout)
    soort = fout["type"]
    if soort == "value_error":
        return loc, str(fout.get("ctx", {}).get("error", fout["msg"]))
    return loc, _VERTALING.get(soort, f"is niet goed ({fout['msg']})")


def lees_bestand(pad: Path) -> ScenarioBestand:
    """Read and check a scenario file; raise :class:`ScenarioFout` with file and line."""
    naam = str(pad)
    try:
        tekst = pad.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioFout(f"Het scenariobestand '{naam}' bestaat niet.", "scenario") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ScenarioFout(f"Het scenariobestand '{naam}' kan niet worden gelezen ({e.__class__.__name__}).",
                           "scenario") from None
    try:
        knoop = yaml.compose(tekst, Loader=_LADER)
        data = yaml.load(tekst, Loader=_LADER)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        regel = f"regel {mark.line + 1}" if mark is not None else "onbekende regel"
        raise ScenarioFout(f"{naam}, {regel}: dit is geen geldige YAML ({getattr(e, 'problem', e)}).",
                           "scenario") from None
    if not isinstance(data, dict):
        raise ScenarioFout(f"{naam}, regel 1: een scenario is een blok met 'naam', 'titel', 'beschrijving', "
                           "'bronnen' en 'scorekaart'.", "scenario")
    try:
        return ScenarioBestand.model_validate(data)
    except ValidationError as e:
        fout = _kies(e.errors())
        loc, tekst_ = _fout_tekst(fout)
        regelnummer = _regel_van(knoop, loc)
        veld = ".".join(str(d) for d in loc) or "het bestand"
        if fout["type"] == "value_error":
            raise ScenarioFout(f"{naam}, regel {regelnummer or '?'}, bij '{veld}': {tekst_}.", "scenario") from None
        raise ScenarioFout(f"{naam}, regel {regelnummer or '?'}: '{veld}' {tekst_}.", "scenario") from None


def _bronnen(wijziging: ParameterWijziging, titel: str) -> dict[dt.date, tuple[float | None, tuple[Bron, ...]]]:
    uit: dict[dt.date, tuple[float | None, tuple[Bron, ...]]] = {}
    for datum, w in wijziging.values.items():
        if isinstance(w, _Waarde):
            refs = w.metadata.reference if w.metadata else None
            if isinstance(refs, _Referentie):
                refs = [refs]
            bronnen: tuple[Bron, ...]
            if isinstance(refs, str):
                bronnen = (Bron(refs),)
            elif refs:
                bronnen = tuple(Bron(r.title, r.href) for r in refs)
            else:
                bronnen = (Bron(titel),)
            uit[datum] = (w.value, bronnen)
        else:
            uit[datum] = (w, (Bron(titel),))
    return uit


def beschikbaar() -> list[str]:
    """The names of the shipped scenarios."""
    return sorted(p.stem for p in MAP.glob("*.yaml"))


def _pad(naam_of_bestand: str) -> Path:
    pad = Path(naam_of_bestand)
    if pad.suffix in (".yaml", ".yml") or pad.exists():
        return pad
    eigen = MAP / f"{naam_of_bestand}.yaml"
    if not eigen.exists():
        raise ScenarioFout(f"Onbekend scenario '{naam_of_bestand}'. Bekend: {', '.join(beschikbaar())}; of geef "
                           "het pad van een eigen scenariobestand (.yaml).", "scenario")
    return eigen


def laad_scenario(naam_of_bestand: str) -> Stelsel:
    """A shipped scenario by name, or a user's file by path, as a Stelsel."""
    if naam_of_bestand == "huidig":
        return huidig()
    pad = _pad(naam_of_bestand)
    return _laad(str(pad.resolve()), pad.stat().st_mtime_ns)


@functools.lru_cache(maxsize=32)
def _laad(pad_tekst: str, _mtime: int) -> Stelsel:
    pad = Path(pad_tekst)
    b = lees_bestand(pad)
    if b.naam == "huidig" and not (b.parameters or b.varianten or b.verplichte_stappen or b.omvat):
        return huidig()
    delen = _onderdelen(pad, b, ())
    parameters: dict[str, dict] = {}
    varianten: dict[str, str] = {}
    stappen: set[str] = set()
    aannames: dict[str, Aanname] = {}
    herkomst: dict[str, tuple[Path, str]] = {}  # for the line of an error
    for deel_pad, d in delen:  # parts first, in order; the composite's own changes last
        for k, v in d.parameters.items():
            parameters.setdefault(k, {}).update(_bronnen(v, f"Scenario {d.naam}: {d.bronnen[0].tekst()}"))
            herkomst[k] = (deel_pad, "parameters")
        for k, variant in d.varianten.items():
            varianten[k] = variant
            herkomst[k] = (deel_pad, "varianten")
        stappen |= set(d.verplichte_stappen)
        aannames.update({k: Aanname(a.waarde, a.bron, a.toelichting) for k, a in d.aannames.items()})
    from ..stapteksten import STAPPEN

    for deel_pad, d in delen:
        for stap in d.verplichte_stappen:
            if stap not in STAPPEN:
                raise ScenarioFout(f"{deel_pad}, regel {_regel_in(deel_pad, 'verplichte_stappen')}: '{stap}' is geen "
                                   "stap van de tijdlijn.", "scenario")
    try:
        return huidig().hervorm(
            b.naam, titel=b.titel, beschrijving=b.beschrijving, parameters=parameters, varianten=varianten,
            schakelaars=tuple(b.omvat) or (b.naam,), verplichte_stappen=frozenset(stappen), aannames=aannames,
            bronnen=tuple(v.tekst() for v in b.bronnen),
            scorekaart=tuple(Score(k, b.scorekaart[k].score, b.scorekaart[k].toelichting) for k in PRINCIPES),
            bestand=pad_tekst,
        )
    except ParameterFout as e:
        sleutel = next((k for k in herkomst if f"'{k}'" in str(e)), None)
        waar, blok = herkomst[sleutel] if sleutel in herkomst else (pad, "parameters")
        raise ScenarioFout(f"{waar}, regel {_regel_in(waar, blok, sleutel)}: {e}.", "scenario") from None


def _onderdelen(pad: Path, b: ScenarioBestand, bezig: tuple[str, ...]) -> list[tuple[Path, ScenarioBestand]]:
    """The files a scenario is made of: its parts (recursively, in order), then itself."""
    uit: list[tuple[Path, ScenarioBestand]] = []
    for deel in b.omvat:
        if deel in bezig or deel == b.naam:
            raise ScenarioFout(f"{pad}, regel {_regel_in(pad, 'omvat')}: scenario '{deel}' omvat zichzelf.",
                               "scenario")
        deel_pad = _pad(deel)
        uit += _onderdelen(deel_pad, lees_bestand(deel_pad), bezig + (b.naam,))
    return uit + [(pad, b)]


def _regel_in(pad: Path, *sleutels: str | None) -> int | str:
    try:
        knoop = yaml.compose(pad.read_text(encoding="utf-8"), Loader=_LADER)
    except (OSError, yaml.YAMLError):
        return "?"
    return _regel_van(knoop, tuple(s for s in sleutels if s)) or "?"


def variant_bron(variabele: str, variant: str) -> str:
    var = VARIANTEN.get((variabele, variant))
    return var.bron if var is not None and var.bron else ""


# Current law and the law by name live here, with the loader of the scenario files they read (huidig.yaml
# holds current law's title, sources and scorecard); the Stelsel value itself is one layer down.
@functools.lru_cache(maxsize=1)
def huidig() -> Stelsel:
    """Current law: the shipped parameters and the rules as the law has them today (its title,
    description, sources and scorecard, the baseline of every comparison, from scenarios/huidig.yaml)."""
    b = lees_bestand(MAP / "huidig.yaml")
    return Stelsel(
        naam="huidig", titel=b.titel, parameters=standaard_parameters(), variabelen=MappingProxyType(VARIABELEN),
        beschrijving=b.beschrijving, bronnen=tuple(v.tekst() for v in b.bronnen),
        scorekaart=tuple(Score(k, b.scorekaart[k].score, b.scorekaart[k].toelichting) for k in PRINCIPES),
    )


def als_stelsel(stelsel: Stelsel | str | None, *, bestanden: bool = True) -> Stelsel:
    """A Stelsel from a Stelsel, a scenario name or file path, or None (current law).

    ``bestanden=False`` accepts only the names of the shipped scenarios: a service that takes a
    scenario from an untrusted request must not read files from its own disk by path."""
    if stelsel is None:
        return huidig()
    if isinstance(stelsel, Stelsel):
        return stelsel
    if not bestanden and stelsel not in beschikbaar():
        raise ScenarioFout(f"Onbekend scenario '{stelsel}'. Kies uit: {', '.join(beschikbaar())}.", "scenario")
    return laad_scenario(stelsel)


__all__ = ["BESLISHULP", "PRINCIPES", "ScenarioBestand", "ScenarioFout", "als_stelsel", "beschikbaar", "huidig",
           "laad_scenario", "lees_bestand", "variant_bron"]
