"""Declared models (pydantic v2) for the JSON a person gives to ``bereken``, ``tijdlijn`` and ``overzicht``.

The models check what cannot be true, before any rule runs: a birth date after the calculation date,
a first sick day outside the years Spoorzoeker knows the law for, a step or a recovery dated after
"today", a negative prognosis, an entry into service after the first sick day. The detailed checks of
each field (which variables exist, which choices) stay with the readers that already give them in
Dutch; these models add the checks across fields and against the calendar, and they give the web
application its schema.

Every failure becomes one :class:`~spoorzoeker.errors.InvoerFout`: one Dutch sentence naming the
field (``vertaal``), never pydantic's English text.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from .errors import InvoerFout
from .tijd import datum_tekst

__all__ = ["BerekenVerzoek", "OverzichtVerzoek", "TijdlijnVerzoek", "controleer_bereken", "controleer_overzicht",
           "controleer_tijdlijn", "eerste_jaar_buiten_werkzaam_leven", "vertaal"]


# --- the law's range --------------------------------------------------------------------------------

@functools.cache
def wetbereik() -> tuple[dt.date, dt.date]:
    """The first and last date for which Spoorzoeker can calculate: from the first parameter value to
    the end of the half year of the newest change, and a year beyond with the last known amounts carried
    forward (the same range ``bereken`` uses for ``datum``; ``ParameterNode.rekenbereik``)."""
    from .scenarios import huidig

    eerste, _, uiterlijk = huidig().parameters.rekenbereik()
    return eerste, uiterlijk




def _niet_na(d: dt.date | None, grens: dt.date, wat: str) -> None:
    if d is not None and d > grens:
        raise ValueError(f"{d.isoformat()} ligt na {datum_tekst(grens)}: {wat}")


def _binnen_wet(d: dt.date | None, wat: str) -> None:
    if d is None:
        return
    eerste, einde = wetbereik()
    if not eerste <= d <= einde:
        raise ValueError(f"{d.isoformat()} valt buiten de periode waarvoor Spoorzoeker kan rekenen "
                         f"({datum_tekst(eerste)} tot en met {datum_tekst(einde)}); {wat}")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False, str_strip_whitespace=True)


class _Open(BaseModel):
    """A block whose other fields are checked by the rules' own readers (any variable may be given)."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)


# --- bereken ------------------------------------------------------------------------------------------

class BerekenVerzoek(_Model):
    """``spoorzoeker bereken``: the request of the calculate interface (see README, 'De rekeninterface')."""

    datum: dt.date | None = Field(None, description="De datum waarop de regels en bedragen gelden (JJJJ-MM-DD).")
    personen: list[dict[str, Any]] | dict[str, Any] = Field(
        ..., description="Een lijst personen, of kolommen met één waarde per persoon.")
    bereken: str | list[str] = Field(..., description="Welke variabelen berekend moeten worden.")
    uitleg: bool = Field(False, description="Ook laten zien hoe elk bedrag is berekend.")
    # A named set of rules (the scenario commands); its reader checks it.
    scenario: Any | None = Field(None, description="De naam van een scenario (een andere set regels).")

    @model_validator(mode="after")
    def _geboren_voor_rekendatum(self, info: ValidationInfo) -> BerekenVerzoek:
        vandaag = (info.context or {}).get("vandaag") or dt.date.today()
        geboren_voor_rekendatum(self.personen, self.datum or vandaag)
        return self


def geboren_voor_rekendatum(personen: Any, rekendatum: dt.date) -> None:
    """Nobody is born after the calculation date (raises :class:`_Veld` naming the person's field).

    The calculate interface calls this directly on a request it has already read field by field, so a
    warm request does not validate the whole request a second time."""
    if isinstance(personen, list):
        waarden = [(i, p.get("geboortedatum")) for i, p in enumerate(personen) if isinstance(p, dict)]
    elif isinstance(personen, dict):
        kolom = personen.get("geboortedatum")
        waarden = list(enumerate(kolom)) if isinstance(kolom, list) else []
    else:
        return
    for i, w in waarden:
        try:
            geboren = dt.date.fromisoformat(w) if isinstance(w, str) else None
        except ValueError:
            continue  # the reader names a malformed date itself
        if geboren is not None and geboren > rekendatum:
            veld = f"personen[{i}].geboortedatum" if isinstance(personen, list) else "geboortedatum"
            raise _Veld(veld, f"{geboren.isoformat()} ligt na de rekendatum {rekendatum.isoformat()}: iemand "
                              "die nog niet geboren is, heeft geen loon of uitkering")


# --- tijdlijn -----------------------------------------------------------------------------------------

class Periode(_Model):
    van: dt.date = Field(..., description="Eerste ziektedag van deze periode.")
    tot_en_met: dt.date | None = Field(None, description="Laatste ziektedag; leeg als de periode nog loopt.")


class Verlof(_Open):
    van: dt.date
    tot_en_met: dt.date


class TijdlijnVerzoek(_Model):
    """``spoorzoeker tijdlijn``: the sick periods and what was done (see docs/tijdlijn.md)."""

    ziekteperiodes: list[Periode] | None = None
    eerste_ziektedag: dt.date | None = None
    werkgever_grootte: float | None = Field(None, ge=1)
    vandaag: dt.date | None = None
    gedaan: dict[str, Any] | None = None
    gebeurtenissen: list[dict[str, Any]] | None = None
    voorstellen: bool | dict[str, bool] | None = None
    werkt_in_spoor_1: bool | None = None
    zwangerschapsverlof: list[Verlof] | None = None
    scenario: Any | None = None  # a named set of rules; its reader checks it
    geboortedatum: dt.date | None = None  # the AOW date follows from it (AOW art. 7a)
    aow_datum: dt.date | None = None      # or the day the employee reaches the AOW age, given directly

    @model_validator(mode="after")
    def _kan_al_gebeurd_zijn(self, info: ValidationInfo) -> TijdlijnVerzoek:
        vandaag = self.vandaag or (info.context or {}).get("vandaag") or dt.date.today()
        # the first date of the law the timeline runs under (its caller may give older parameters)
        eerste = (info.context or {}).get("eerste") or wetbereik()[0]
        if self.vandaag is not None and not dt.date(eerste.year, 1, 1) <= self.vandaag <= dt.date(2100, 12, 31):
            raise _Veld("vandaag", f"{self.vandaag.isoformat()} is geen datum waarvoor een tijdlijn zin heeft "
                                   f"(tussen {eerste.year} en 2100)")
        # The first day the law is known for is checked by the timeline itself; the upper bound here is
        # "today": a sick day, a recovery or a step after it cannot have happened yet.
        if self.eerste_ziektedag is not None:
            _controleer(functools.partial(_niet_na, self.eerste_ziektedag, vandaag, "een ziekte die nog niet begonnen is, "
                                         "heeft geen tijdlijn"), "eerste_ziektedag")
        for k, p in enumerate(self.ziekteperiodes or []):
            veld = f"ziekteperiodes[{k}]"
            _controleer(functools.partial(_niet_na, p.van, vandaag, "een ziekte die nog niet begonnen is, heeft geen tijdlijn"),
                        f"{veld}.van")
            _controleer(functools.partial(_niet_na, p.tot_en_met, vandaag, "een herstel dat nog niet gebeurd is, kan niet "
                                         "worden vastgelegd; laat 'tot_en_met' leeg zolang de periode loopt"),
                        f"{veld}.tot_en_met")
            if p.tot_en_met is not None and p.tot_en_met < p.van:
                raise _Veld(f"{veld}.tot_en_met", "ligt vóór 'van'")
        for code, waarde in (self.gedaan or {}).items():
            for j, w in enumerate(waarde if isinstance(waarde, list) else [waarde]):
                w = w.get("datum") if isinstance(w, dict) else w
                try:
                    d = dt.date.fromisoformat(w) if isinstance(w, str) else None
                except ValueError:
                    continue  # the timeline's reader names a malformed date itself
                veld = f"gedaan.{code}" + (f"[{j}]" if isinstance(waarde, list) else "")
                _controleer(functools.partial(_niet_na, d, vandaag, "een stap die nog moet gebeuren, is niet gedaan"), veld)
        for k, g in enumerate(self.gebeurtenissen or []):
            if not isinstance(g, dict):
                continue
            for sleutel in ("datum", "besluit_op", "aangevraagd_op"):
                w = g.get(sleutel)
                try:
                    d = dt.date.fromisoformat(w) if isinstance(w, str) else None
                except ValueError:
                    continue
                _controleer(functools.partial(_niet_na, d, vandaag, "wat nog niet gebeurd is, kan niet worden vastgelegd"),
                            f"gebeurtenissen[{k}].{sleutel}")
        return self


# --- overzicht ----------------------------------------------------------------------------------------

def eerste_jaar_buiten_werkzaam_leven(jaar: int, geboortedatum: dt.date | None,
                                      eerste_ziektedag: dt.date) -> tuple[int | None, int] | None:
    """The check on the first calendar year with work (which sets the duration of the WGA
    loongerelateerde uitkering, art. 58 WIA): a plausible year lies from the year of the 15th birthday up to
    the year of the first sick day. None when ``jaar`` is plausible; else the bounds (from, to), with no
    lower bound when the birth date is not known. One check for the web form, the API and the command line;
    each says it in its own words."""
    van = geboortedatum.year + 15 if geboortedatum is not None else None
    tot = eerste_ziektedag.year
    if (van is not None and jaar < van) or jaar > tot:
        return van, tot
    return None


class Persoon(_Open):
    eerste_ziektedag: dt.date = Field(..., description="De eerste ziektedag (JJJJ-MM-DD).")
    geboortedatum: dt.date | None = Field(None, description="Geboortedatum (JJJJ-MM-DD).")
    bruto_maandloon: float | None = Field(None, ge=0, description="Brutoloon per maand, zonder vakantiebijslag.")
    contracturen_per_week: float | None = Field(None, gt=0, le=168)
    eerste_jaar_met_arbeid: int | None = Field(None, description="Het eerste kalenderjaar met werk.")
    bbl: bool | None = Field(None, description="Werkt met een bbl-contract (beroepsbegeleidende leerweg).")

    @model_validator(mode="after")
    def _mogelijk(self) -> Persoon:
        _controleer(lambda: _binnen_wet(self.eerste_ziektedag, "kies een eerste ziektedag in die periode"),
                    "eerste_ziektedag")
        if self.geboortedatum is not None:
            zestien = self.geboortedatum.replace(year=self.geboortedatum.year + 15)
            if self.geboortedatum >= self.eerste_ziektedag:
                raise _Veld("geboortedatum", f"{self.geboortedatum.isoformat()} ligt niet vóór de eerste ziektedag "
                                             f"{self.eerste_ziektedag.isoformat()}")
            if zestien > self.eerste_ziektedag:
                raise _Veld("geboortedatum", f"{self.geboortedatum.isoformat()}: wie op de eerste ziektedag jonger "
                                             "is dan 15 jaar, heeft geen arbeidsovereenkomst met loondoorbetaling")
        # The overview does not place the leave of ZW art. 29a in its months (it says what it assumes instead):
        # leave dates given to it would be silently ignored, so they are refused.
        for veld in ("vermoedelijke_bevallingsdatum", "meerling", "zwangerschapsverlof_van",
                     "zwangerschapsverlof_tot_en_met"):
            if (self.model_extra or {}).get(veld) not in (None, False):
                raise _Veld(veld, "wordt in het overzicht niet gebruikt: het overzicht gaat uit van ziekte vóór het "
                                  "zwangerschapsverlof of direct aansluitend op het bevallingsverlof, en rekent het "
                                  "verlof zelf niet mee; laat dit veld weg")
        # Besluit minimumjeugdloon art. 3: the bbl youth wage exists only below 21 (art. 1: 15 up to 21).
        g, e = self.geboortedatum, self.eerste_ziektedag
        if self.bbl and g is not None and e.year - g.year - ((e.month, e.day) < (g.month, g.day)) >= 21:
            raise _Veld("bbl", "een bbl-contract geeft alleen een lager minimumloon aan werknemers jonger dan 21 jaar; "
                               "deze werknemer is op de eerste ziektedag 21 of ouder")
        jaar = self.eerste_jaar_met_arbeid
        grenzen = None if jaar is None else eerste_jaar_buiten_werkzaam_leven(jaar, self.geboortedatum,
                                                                             self.eerste_ziektedag)
        if grenzen is not None:
            van, tot = grenzen
            raise _Veld("eerste_jaar_met_arbeid",
                        f"{jaar} ligt niet tussen {van} (het jaar waarin de werknemer 15 werd) en {tot} (het jaar van "
                        "de eerste ziektedag)" if van is not None else
                        f"{jaar} ligt na {tot}, het jaar van de eerste ziektedag")
        return self


class Prognose(_Open):
    maatmanloon_per_maand: float = Field(..., ge=0)
    restverdiencapaciteit_laag: float = Field(..., ge=0)
    restverdiencapaciteit_hoog: float = Field(..., ge=0)

    @model_validator(mode="after")
    def _oplopend(self) -> Prognose:
        if self.restverdiencapaciteit_hoog < self.restverdiencapaciteit_laag:
            raise _Veld("restverdiencapaciteit_hoog", "is lager dan 'restverdiencapaciteit_laag'")
        return self


class Werkgever(_Model):
    reintegratiebudget: float = Field(0.0, ge=0)
    datum_in_dienst: dt.date | None = None
    eigenrisicodrager: bool = True
    werkgeverslasten: float = Field(0.0, ge=0, le=2)
    whk_loonsom: float | None = Field(None, ge=0)
    whk_correctiefactor: float | None = Field(None, ge=0)
    whk_premie_wga: float | None = Field(None, ge=0)
    rie_status: Literal["geen", "zonder_psa", "met_psa"] | None = Field(
        None, description="De risico-inventarisatie en -evaluatie (RI&E): geen, zonder_psa of met_psa "
                          "(met psychosociale arbeidsbelasting).")
    grootte: Literal["klein", "middel", "groot"] = Field("middel", description="Grootte van de werkgever.")


class OverzichtVerzoek(_Model):
    """``spoorzoeker overzicht``: one person (``persoon``) or a batch (``personen``), see docs/overzicht.md."""

    datum: dt.date | None = None
    naam: str | None = Field(None, max_length=200)
    soort: Literal["werknemer", "werkgever"] | None = None
    persoon: Persoon | None = None
    personen: list[Persoon] | None = None
    prognose: Prognose | None = None
    werkgever: Werkgever | None = None
    scenario: Any | None = None  # a named set of rules; its reader checks it
    vergelijk: str | None = None  # a second scenario to show beside the first, month by month

    @field_validator("datum")
    @classmethod
    def _rekendatum(cls, d: dt.date | None) -> dt.date | None:
        _binnen_wet(d, "kies een rekendatum in die periode")
        return d

    @model_validator(mode="after")
    def _samen(self) -> OverzichtVerzoek:
        if (self.persoon is None) == (self.personen is None):
            raise _Veld("persoon", "geef 'persoon' (één werknemer) of 'personen' (een lijst), één van beide")
        mensen = [self.persoon] if self.persoon is not None else list(self.personen or [])
        if not mensen:
            raise _Veld("personen", "de lijst is leeg")
        in_dienst = self.werkgever.datum_in_dienst if self.werkgever else None
        for k, p in enumerate(mensen):
            veld = "persoon" if self.persoon is not None else f"personen[{k}]"
            if in_dienst is not None and in_dienst > p.eerste_ziektedag:
                raise _Veld("werkgever.datum_in_dienst", f"{in_dienst.isoformat()} ligt na de eerste ziektedag "
                                                         f"{p.eerste_ziektedag.isoformat()} ({veld}): wie nog niet in "
                                                         "dienst is, krijgt geen loon doorbetaald")
        return self


# --- errors in Dutch ----------------------------------------------------------------------------------

class _Veld(ValueError):
    """A model-level error that names its own field."""

    def __init__(self, veld: str, bericht: str):
        super().__init__(bericht)
        self.veld = veld


def _controleer(check, veld: str) -> None:
    try:
        check()
    except _Veld:
        raise
    except ValueError as e:
        raise _Veld(veld, str(e)) from None


_SOORTEN = {
    "missing": "ontbreekt",
    "extra_forbidden": "is geen bekend veld",
    "date_from_datetime_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "date_from_datetime_inexact": "moet een datum zijn zonder tijd (JJJJ-MM-DD)",
    "float_parsing": "moet een getal zijn",
    "float_type": "moet een getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_type": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "finite_number": "moet een eindig getal zijn",
    "bool_parsing": "moet true of false zijn",
    "bool_type": "moet true of false zijn",
    "string_type": "moet een tekst zijn",
    "list_type": "moet een lijst zijn ([...])",
    "dict_type": "moet een object zijn ({...})",
    "model_type": "moet een object zijn ({...})",
    "model_attributes_type": "moet een object zijn ({...})",
    "string_too_long": "is te lang",
}


def _pad(loc: tuple) -> str:
    uit = ""
    for deel in loc:
        if isinstance(deel, int):
            uit += f"[{deel}]"
        elif deel in ("list[dict[str,any]]", "dict[str,any]", "str", "list[str]", "bool", "dict[str,bool]") or \
                str(deel).startswith(("list[", "dict[", "function-")):
            continue  # pydantic names the branch of a union it tried; a person does not need it
        else:
            uit += ("." if uit else "") + str(deel)
    return uit


def vertaal(fout: ValidationError) -> InvoerFout:
    """The first error of a pydantic validation as one Dutch sentence naming the field."""
    e = fout.errors(include_url=False)[0]
    veld = _pad(tuple(e.get("loc", ())))
    soort = e.get("type", "")
    ctx = e.get("ctx") or {}
    oorzaak = ctx.get("error")
    if isinstance(oorzaak, _Veld):
        veld = ".".join(x for x in (veld, oorzaak.veld) if x)
        return InvoerFout(f"'{veld}' {oorzaak}.", veld)
    if soort == "value_error" and oorzaak is not None:
        return InvoerFout(f"'{veld or 'invoer'}': {oorzaak}." if veld else f"{str(oorzaak)[:1].upper()}"
                          f"{str(oorzaak)[1:]}.", veld or None)
    invoer = e.get("input")
    if soort in ("greater_than_equal", "greater_than"):
        grens = ctx.get("ge", ctx.get("gt"))
        tekst = ("mag niet negatief zijn" if soort == "greater_than_equal" and grens == 0 else
                 f"moet {'ten minste' if soort == 'greater_than_equal' else 'meer dan'} {grens:g} zijn")
    elif soort in ("less_than_equal", "less_than"):
        tekst = f"mag niet groter zijn dan {ctx.get('le', ctx.get('lt')):g}"
    elif soort == "literal_error":
        tekst = f"moet een van deze waarden zijn: {ctx.get('expected', '')}".replace(" or ", " of ")
    else:
        tekst = _SOORTEN.get(soort, "is niet geldig")
    if soort not in ("missing", "extra_forbidden") and invoer is not None and not isinstance(invoer, (dict, list)):
        tekst += f", niet {str(invoer)[:40]!r}"
    if not veld:
        return InvoerFout(f"De invoer {tekst}.")
    return InvoerFout(f"'{veld}' {tekst}.", veld)


def _valideer(model: type[BaseModel], data: Any, context: dict | None = None) -> BaseModel:
    if not isinstance(data, dict):
        raise InvoerFout("De invoer moet een JSON-object zijn ({...}).")
    try:
        return model.model_validate(data, context=context)
    except ValidationError as e:
        raise vertaal(e) from None


def controleer_bereken(verzoek: Any, vandaag: dt.date | None = None) -> BerekenVerzoek:
    return _valideer(BerekenVerzoek, verzoek, {"vandaag": vandaag})  # type: ignore[return-value]


def controleer_tijdlijn(invoer: Any, vandaag: dt.date | None = None,
                        eerste: dt.date | None = None) -> TijdlijnVerzoek:
    """``eerste``: the first date of the parameters the timeline runs under (default: the law's range)."""
    return _valideer(TijdlijnVerzoek, invoer, {"vandaag": vandaag, "eerste": eerste})  # type: ignore[return-value]


def controleer_overzicht(invoer: Any) -> OverzichtVerzoek:
    return _valideer(OverzichtVerzoek, invoer)  # type: ignore[return-value]
