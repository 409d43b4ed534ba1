"""The public calculate interface: ``bereken(request) -> response``.

Request::

    {"datum": "2026-03-01",                       # parameter date; default today
     "personen": [{...}, ...]  or  {"naam": [...], ...},   # rows or columns
     "bereken": ["wga_uitkering_per_maand", ...],
     "uitleg": false}

Response: ``{"resultaten": [...]}`` in the same shape as ``personen`` (rows or columns);
with ``uitleg`` also ``{"uitleg": [...]}``: per person, per variable, how it was computed.
The Python API accepts numpy arrays as columns and returns numpy arrays; the JSON form
returns plain numbers, strings and ISO dates.

Every input problem raises :class:`InvoerFout` with one Dutch sentence naming the field.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import numpy as np

# Importing the rules registers every variable with the engine.
from . import rules  # noqa: F401  (side effect: registration)
from .contracten import vouw_contractperiodes
from .engine import VARIABELEN, Berekening, Variabele, afhankelijkheden, onbekend
from .errors import InvoerFout, ParameterFout
from .invoermodellen import geboren_voor_rekendatum
from .params import uniek_doorgetrokken, verzamel_doorgetrokken
from .rules.ziektewet import controleer_zwangerschapsverlof
from .scenarios import als_stelsel, huidig
from .stelsel import Stelsel
from .tijd import als_datum, datum_tekst

_SLEUTELS = {"datum", "personen", "bereken", "uitleg", "scenario"}
MAX_UITLEG_PERSONEN = 1000


def bereken(verzoek: dict, *, vandaag: dt.date | None = None, stelsel: Stelsel | str | None = None,
            scenario_bestanden: bool = True) -> dict:
    """Run one calculation request (see the module docstring).

    ``stelsel``: the law to compute under (a Stelsel, or a scenario name or file); the request's
    field ``"scenario"`` does the same and wins (a name, or a file path unless ``scenario_bestanden`` is
    False: a web service passes False so a request cannot make it read files). Default: current law. A person may
    carry its own ``"datum"`` (rows) or the columns a ``"datum"`` column: each row is then computed
    with the parameter values of its own date."""
    if not isinstance(verzoek, dict):
        raise InvoerFout("Het verzoek moet een JSON-object zijn met 'personen' en 'bereken'.")
    onbekende = sorted(set(verzoek) - _SLEUTELS)
    if onbekende:
        raise InvoerFout(f"Onbekend veld in het verzoek: '{onbekende[0]}'. Toegestaan: "
                         + ", ".join(sorted(_SLEUTELS)) + ".", onbekende[0])
    scenario = verzoek.get("scenario")
    if scenario is not None and not isinstance(scenario, str):
        raise InvoerFout("Het veld 'scenario' moet de naam van een scenario of het pad van een scenariobestand zijn.",
                         "scenario")
    stelsel = als_stelsel(scenario, bestanden=scenario_bestanden) if scenario is not None else als_stelsel(stelsel)
    vandaag = vandaag or dt.date.today()
    datum = lees_rekendatum(verzoek.get("datum"), vandaag, stelsel)
    gevraagd = _lees_gevraagd(verzoek.get("bereken"), stelsel)
    personen, rijdatums = _rijdatums(vouw_contractperiodes(verzoek.get("personen")), datum, vandaag, stelsel)
    als_kolommen, invoer, aantal = lees_personen(personen)
    uitleg = verzoek.get("uitleg", False)
    if not isinstance(uitleg, bool):
        raise InvoerFout("Het veld 'uitleg' moet true of false zijn.", "uitleg")
    if uitleg and aantal > MAX_UITLEG_PERSONEN:
        raise InvoerFout(f"Uitleg kan voor ten hoogste {MAX_UITLEG_PERSONEN} personen tegelijk; "
                         f"dit verzoek heeft er {aantal}.", "uitleg")

    # What cannot be true across fields (invoermodellen). Every field was read and checked above, so
    # only the cross-field rule runs here, not a second validation of the whole request.
    try:
        geboren_voor_rekendatum(verzoek.get("personen"), _datum_of_none(verzoek.get("datum")) or vandaag)
    except ValueError as e:  # names the person's field, as the request model would
        veld = str(getattr(e, "veld", "geboortedatum"))
        raise InvoerFout(f"'{veld}' {e}.", veld) from None
    # Amounts the law revises every (half) year but whose value for the date asked is not known yet: the
    # last known one is used, and the answer says so in Dutch (one sentence per amount, "meldingen").
    with verzamel_doorgetrokken() as gezien:
        controleer_zwangerschapsverlof(invoer, stelsel.op(datum))  # ZW art. 29a with WAZO art. 3:1 (rules/ziektewet.py)
        berekening = Berekening(invoer, aantal, datum if rijdatums is None else rijdatums, met_uitleg=uitleg,
                                stelsel=stelsel)
        try:
            uitkomsten = {naam: berekening.bereken(naam) for naam in gevraagd}
        except ParameterFout as e:
            raise InvoerFout(f"Voor de datum {datum.isoformat()} kent Spoorzoeker niet alle regels: {e}.",
                             "datum") from e
    doorgetrokken = uniek_doorgetrokken(gezien)
    for naam, waarden in uitkomsten.items():
        _controleer_volledig(naam, waarden, berekening)

    if als_kolommen:
        resultaten: Any = {n: _kolom_uit(VARIABELEN[n], w, verzoek) for n, w in uitkomsten.items()}
    else:
        resultaten = [{n: _waarde_uit(VARIABELEN[n], w[i]) for n, w in uitkomsten.items()}
                      for i in range(aantal)]
    antwoord: dict[str, Any] = {"resultaten": resultaten}
    if doorgetrokken:
        antwoord["meldingen"] = [d.melding() for d in doorgetrokken]
        if uitleg:
            antwoord["doorgetrokken"] = [d.als_dict() for d in doorgetrokken]
    if uitleg:
        antwoord["scenario"] = stelsel.spoor()
        antwoord["uitleg"] = [_uitleg_persoon(berekening, gevraagd, i) for i in range(aantal)]
    elif not stelsel.is_huidig:
        antwoord["scenario"] = stelsel.spoor()
    return antwoord


def _rijdatums(personen: Any, datum: dt.date, vandaag: dt.date,
               stelsel: Stelsel) -> tuple[Any, np.ndarray | None]:
    """Take a per-person ``datum`` out of the persons (rows or a column): a date per row."""
    if isinstance(personen, dict) and "datum" in personen:
        personen = dict(personen)
        kolom = personen.pop("datum")
        if not isinstance(kolom, (list, tuple, np.ndarray)):
            raise InvoerFout("Kolom 'datum' moet een lijst zijn met één datum per persoon.", "datum")
        waarden = kolom if isinstance(kolom, np.ndarray) else list(kolom)
    elif isinstance(personen, list) and personen and all(isinstance(p, dict) for p in personen) \
            and any("datum" in p for p in personen):
        waarden = [p.get("datum") for p in personen]
        personen = [{k: v for k, v in p.items() if k != "datum"} for p in personen]
    else:
        return personen, None
    if isinstance(waarden, np.ndarray) and waarden.dtype.kind == "M":
        d = waarden.astype("datetime64[D]")
    else:
        d = np.array([np.datetime64(lees_rekendatum(w, datum, stelsel) if w is not None else datum, "D")
                      for w in waarden], dtype="datetime64[D]")
    return personen, d


# --- reading the request ------------------------------------------------------------

def lees_rekendatum(waarde: Any, vandaag: dt.date, stelsel: Stelsel | None = None) -> dt.date:
    if waarde is None:
        datum = vandaag
    else:
        datum = _als_datum(waarde, "datum")
    eerste, bekend, uiterlijk = (stelsel or huidig()).parameters.rekenbereik()
    if not eerste <= datum <= uiterlijk:
        raise InvoerFout(
            f"De datum {datum.isoformat()} valt buiten het bereik waarvoor Spoorzoeker kan rekenen: de bedragen "
            f"zijn bekend van {datum_tekst(eerste)} tot en met {datum_tekst(bekend)}, en tot en met "
            f"{datum_tekst(uiterlijk)} rekent Spoorzoeker met de laatst bekende bedragen.", "datum")
    return datum


def _datum_of_none(waarde: Any) -> dt.date | None:
    """The request's ``datum`` as the cross-field check reads it (None when not given)."""
    return None if waarde is None else _als_datum(waarde, "datum")


def _als_datum(waarde: Any, veld: str) -> dt.date:
    datum = als_datum(waarde)
    if datum is not None:
        return datum
    raise InvoerFout(f"Het veld '{veld}' moet een datum zijn in de vorm JJJJ-MM-DD, niet '{waarde}'.", veld)


def _lees_gevraagd(gevraagd: Any, stelsel: Stelsel | None = None) -> list[str]:
    variabelen = (stelsel or huidig()).variabelen
    if isinstance(gevraagd, str):
        gevraagd = [gevraagd]
    if not isinstance(gevraagd, list) or not gevraagd:
        raise InvoerFout("Het veld 'bereken' moet een lijst zijn met ten minste één variabele.", "bereken")
    for naam in gevraagd:
        if not isinstance(naam, str) or naam not in variabelen:
            raise InvoerFout(f"Onbekende variabele in 'bereken': '{naam}'.", "bereken")
    return list(dict.fromkeys(gevraagd))


def lees_personen(personen: Any) -> tuple[bool, dict[str, np.ndarray], int]:
    if isinstance(personen, dict):
        kolommen = personen
        lengtes = {n: np.size(k) if not isinstance(k, (str, bytes)) else -1 for n, k in kolommen.items()}
        for naam, lengte in lengtes.items():
            if lengte < 0 or not isinstance(kolommen[naam], (list, tuple, np.ndarray)):
                raise InvoerFout(f"Kolom '{naam}' moet een lijst zijn met één waarde per persoon.", naam)
        verschillend = set(lengtes.values())
        if len(verschillend) > 1:
            raise InvoerFout("Alle kolommen in 'personen' moeten even lang zijn.", "personen")
        aantal = verschillend.pop() if verschillend else 0
        invoer = {n: _kolom_in(n, k, aantal) for n, k in kolommen.items()}
        if aantal == 0:
            raise InvoerFout("Het veld 'personen' bevat geen enkele persoon.", "personen")
        return True, invoer, aantal
    if isinstance(personen, list) and personen:
        if not all(isinstance(p, dict) for p in personen):
            raise InvoerFout("Elke persoon in 'personen' moet een JSON-object zijn.", "personen")
        namen = sorted({n for p in personen for n in p})
        for naam in namen:
            ontbreekt = [i + 1 for i, p in enumerate(personen) if naam not in p]
            if ontbreekt:
                raise InvoerFout(f"Persoon {ontbreekt[0]} mist het veld '{naam}', dat andere personen wel "
                                 "hebben; geef elke persoon dezelfde velden.", naam)
        invoer = {n: _kolom_in(n, [p[n] for p in personen], len(personen)) for n in namen}
        return False, invoer, len(personen)
    raise InvoerFout("Het veld 'personen' moet een lijst van personen of een object met kolommen zijn.",
                     "personen")


def _kolom_in(naam: str, waarden: Any, aantal: int) -> np.ndarray:
    var = VARIABELEN.get(naam)
    if var is None:
        raise InvoerFout(f"Onbekende variabele '{naam}'.", naam)
    if var.soort == "datum":
        return datums_in(var, waarden)
    if var.soort == "keuze":
        return _keuzes_in(var, waarden)
    if var.soort == "ja_nee":
        a = np.asarray(waarden)
        if a.dtype != np.bool_:
            raise InvoerFout(f"Het veld '{naam}' moet true of false zijn.", naam)
        return a.astype(np.float64)
    # An amount is never negative, whether a rule computes it or the caller supplies it.
    minimum = 0.0 if var.minimum is None and var.soort == "bedrag" else var.minimum
    maximum = var.maximum
    if type(waarden) is list and len(waarden) == 1 and _is_getal(waarden[0]):
        # One person (the common single request): the same checks on a Python number, no numpy calls.
        x = float(waarden[0])
        _controleer_getal(naam, math.isfinite(x), minimum is not None and x < minimum,
                          maximum is not None and x > maximum, minimum, maximum)
        return np.array([x])
    a = np.asarray(waarden)
    if a.dtype.kind not in "iuf" or a.dtype == np.bool_:
        raise InvoerFout(f"Het veld '{naam}' moet een getal zijn.", naam)
    a = a.astype(np.float64, copy=False)
    eindig = bool(np.all(np.isfinite(a)))
    _controleer_getal(naam, eindig, eindig and minimum is not None and bool(np.any(a < minimum)),
                      eindig and maximum is not None and bool(np.any(a > maximum)), minimum, maximum)
    return a


def _is_getal(w: Any) -> bool:
    """A plain Python number that numpy would read as an int64 or float64 (not a bool)."""
    return type(w) is float or (type(w) is int and -(2**63) <= w < 2**63)


def _controleer_getal(naam: str, eindig: bool, te_laag: bool, te_hoog: bool, minimum: float | None,
                      maximum: float | None) -> None:
    """One Dutch line for the first problem of a number field, in this order: finite, minimum, maximum."""
    if not eindig:
        raise InvoerFout(f"Het veld '{naam}' moet een eindig getal zijn.", naam)
    if te_laag and minimum is not None:
        tekst = "mag niet negatief zijn" if minimum == 0 else f"moet ten minste {minimum:g} zijn"
        raise InvoerFout(f"Het veld '{naam}' {tekst}.", naam)
    if te_hoog and maximum is not None:
        raise InvoerFout(f"Het veld '{naam}' mag niet groter zijn dan {maximum:g}.", naam)


def datums_in(var: Variabele, waarden: Any) -> np.ndarray:
    a = np.asarray(waarden)
    if a.dtype.kind == "M":
        return a.astype("datetime64[D]")
    leeg = np.array([w is None for w in a.ravel()], dtype=bool)
    if leeg.any() and var.standaard is None:
        raise InvoerFout(f"Het veld '{var.naam}' is leeg bij persoon {int(np.argmax(leeg)) + 1}: geef een datum in "
                         "de vorm JJJJ-MM-DD.", var.naam)
    # null in an optional date (one whose default is 'not given', such as the leave dates) means not given: a
    # request with several people can then give the date for one and not for another.
    uit = np.array([np.datetime64("NaT") if w is None else _als_datum(w, var.naam) for w in a.ravel()],
                   dtype="datetime64[D]")
    if np.any(uit[~leeg] < np.datetime64("1900-01-01")) or np.any(uit[~leeg] > np.datetime64("2100-12-31")):
        raise InvoerFout(f"Het veld '{var.naam}' moet een datum tussen 1900 en 2100 zijn.", var.naam)
    return uit


def _keuzes_in(var: Variabele, waarden: Any) -> np.ndarray:
    a = np.asarray(waarden)
    codes = np.full(a.shape, np.nan)
    for code, keuze in enumerate(var.keuzelijst):
        codes[a == keuze] = code
    if np.any(np.isnan(codes)):
        fout = a[np.isnan(codes)].ravel()[0]
        raise InvoerFout(f"Het veld '{var.naam}' kent de waarde '{fout}' niet; kies uit: "
                         + ", ".join(var.keuzelijst) + ".", var.naam)
    return codes


# --- results ------------------------------------------------------------------------

def _controleer_volledig(naam: str, waarden: np.ndarray, berekening: Berekening) -> None:
    leeg = onbekend(waarden)
    if not leeg.any():
        return
    i = int(np.argmax(leeg))
    nodig = _echt_nodig(naam, berekening, i)
    if nodig:
        velden = ", ".join(f"'{n}'" for n in nodig)
        raise InvoerFout(f"Voor '{naam}' ontbreekt invoer bij persoon {i + 1}: geef {velden}.", nodig[0])
    raise InvoerFout(f"'{naam}' kan voor persoon {i + 1} niet worden berekend met deze invoer "
                     "(bijvoorbeeld een maatmanloon van 0).", naam)


_PROEFWAARDE = {"bedrag": 1.0, "getal": 1.0, "ja_nee": 1.0, "keuze": 0.0}


def _echt_nodig(naam: str, berekening: Berekening, i: int) -> list[str]:
    """The missing inputs person ``i`` really needs for ``naam``.

    A rule may read an input only to fall back on a documented default when it is missing
    (e.g. C/D = 1 without the SV-loon), so "touched and missing" over-reports. For each
    candidate we recompute this one person with every *other* candidate filled in with a
    placeholder: if the result is still unknown, the candidate is needed.
    """
    kandidaten = sorted(berekening.ontbrekend & afhankelijkheden(naam, dict(berekening.variabelen)))
    eigen = {n: w[i:i + 1] for n, w in berekening.invoer.items()}

    # A placeholder date far in the past suits a birth date; a rule that indexes from a date
    # (the daglonen) may refuse it, so a date a year before the calculation date is tried next.
    proefdatums = (np.datetime64("2000-01-01", "D"),
                   np.datetime64(berekening.datum, "D") - np.timedelta64(365, "D"))

    def proef(weglaten: str, proefdatum: np.datetime64) -> bool:
        invoer = dict(eigen)
        for k in kandidaten:
            if k != weglaten:
                var = berekening.variabelen[k]
                invoer[k] = (np.array([proefdatum], dtype="datetime64[D]") if var.soort == "datum"
                             else np.array([_PROEFWAARDE[var.soort]]))
        datum = berekening.datum if berekening.rijdatums is None else berekening.rijdatums[i:i + 1]
        b = Berekening(invoer, 1, datum, stelsel=berekening.stelsel)
        return bool(onbekend(b.bereken(naam))[0])

    def nodig(weglaten: str) -> bool:
        for proefdatum in proefdatums:
            try:
                return proef(weglaten, proefdatum)
            except ParameterFout:
                continue
        return True

    return [k for k in kandidaten if nodig(k)]


def _waarde_uit(var: Variabele, waarde: Any) -> Any:
    if var.soort == "keuze":
        return var.keuzelijst[int(waarde)]
    if var.soort == "ja_nee":
        return bool(waarde == 1)
    if var.soort == "datum":
        return str(np.datetime64(waarde, "D"))
    return float(waarde)


def _kolom_uit(var: Variabele, waarden: np.ndarray, verzoek: dict) -> Any:
    """Columns come back as numpy arrays to Python callers that sent arrays, else as lists."""
    numpy_invoer = any(isinstance(k, np.ndarray) for k in verzoek["personen"].values())
    if var.soort == "keuze":
        uit = np.asarray(var.keuzes)[waarden.astype(np.int64)]
    elif var.soort == "ja_nee":
        uit = waarden == 1
    else:
        uit = waarden
    if numpy_invoer:
        return uit
    return [_waarde_uit(var, w) for w in waarden]


def _uitleg_persoon(berekening: Berekening, gevraagd: list[str], i: int) -> list[dict]:
    """Every step behind the requested variables for person ``i``, inputs first."""
    nodig: list[str] = []
    variabelen = dict(berekening.variabelen)
    for naam in gevraagd:
        for n in [naam, *sorted(afhankelijkheden(naam, variabelen))]:
            if n in berekening.stappen and n not in nodig:
                nodig.append(n)
    stappen = []
    for n in nodig:
        stap = berekening.stappen[n]
        var = berekening.variabelen[n]
        waarden = berekening.bereken(n) if stap.herkomst != "ontbreekt" else None
        if waarden is None or onbekend(waarden[i:i + 1])[0]:
            continue  # only the steps that gave this person's answer: no unused or missing inputs
        waarde = _waarde_uit(var, waarden[i])
        if isinstance(waarde, float) and (var.eenheid or "").startswith("euro"):
            waarde = round(waarde, 2)  # amounts as everywhere else: to the cent
        item: dict[str, Any] = {
            "variabele": n,
            "omschrijving": var.omschrijving,
            "eenheid": var.eenheid,
            "herkomst": stap.herkomst,
            "waarde": waarde,
        }
        if stap.herkomst == "regel":
            item.update(bron=var.bron, url=var.url, gebruikt=[a for a in var.argumenten if a not in ("p",)
                                                              and a in nodig])
            if var.variant is not None:
                item.update(variant=var.variant, scenario=berekening.stelsel.naam)
        if stap.herkomst == "standaard":
            item["standaard"] = var.standaard_uitleg
        if stap.opmerking:
            item["opmerking"] = stap.opmerking
        if stap.parameters:
            item["parameters"] = [g.als_dict() for g in stap.parameters]
        stappen.append(item)
    return stappen


__all__ = ["bereken", "InvoerFout", "ParameterFout"]
