"""The timeline of one sick case: read the JSON request into the typed sick case (the edge,
:func:`lees_verzoek`), keep the sick-period books, run :func:`stappen.bereken` on a batch of one
(:func:`tijdlijn_van`, typed in and out), and write the JSON answer (:func:`bereken_tijdlijn`).

Request (all dates ISO, ``JJJJ-MM-DD``)::

    {"ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2022-07-03"}, {"van": "2022-07-25"}],
     "werkgever_grootte": 12, "vandaag": "2022-09-01",
     "gedaan": {"probleemanalyse": "2022-01-20",
                "plan_van_aanpak": {"datum": "2022-03-01", "motivering": "..."},
                "evaluatie": ["2022-04-10"]},
     "gebeurtenissen": [{"soort": "loonsanctie", "weken": 52}],
     "voorstellen": true, "werkt_in_spoor_1": false,
     "zwangerschapsverlof": [{"van": "2022-03-01", "tot_en_met": "2022-06-20"}]}

``eerste_ziektedag`` is the shorthand for one open period. ``geboortedatum`` (or ``aow_datum``, the day
the employee reaches the AOW age) makes the timeline follow the rules for an employee of AOW age
(BW 7:629 lid 2 onder b, BW 7:658a, WIA art. 8; decision "Poortwachter timeline at the AOW age"); the
AOW date is computed from the birth date by the rule ``aow_datum`` (AOW art. 7a). ``zwangerschapsverlof`` lists the
periods of zwangerschaps- en bevallingsverlof (WAZO art. 3:1): they do not count toward the 42 and
104 weeks, and sick periods directly before and after one add up (decision T10). Every error is an
:class:`~spoorzoeker.errors.InvoerFout` naming the field, in Dutch.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np

from .. import ziektegeval as zg
from ..errors import InvoerFout, ParameterFout
from ..invoermodellen import controleer_tijdlijn
from ..params import ParameterNode
from ..stapteksten import AOW_REDENEN, STAPPEN, VOORSTELLEN
from ..tijd import als_datum, datum_tekst, ziekteweek
from . import stappen as st
from .uitkomst import EerdereWachttijd, Onderbreking, Tijdlijn, TijdlijnStap

VELDEN = {"ziekteperiodes", "eerste_ziektedag", "werkgever_grootte", "vandaag", "gedaan", "gebeurtenissen",
          "voorstellen", "werkt_in_spoor_1", "zwangerschapsverlof", "scenario", "geboortedatum", "aow_datum"}
SOORTEN = set(zg.SOORTEN)
# Steps whose date done is recorded through an event, not through "gedaan".
VIA_GEBEURTENIS = {"spoorkeuze": "spoorkeuze", "uwv_besluit_herstel": "herstelmelding"}
MIJLPALEN = {"einde_wachttijd", "einde_loondoorbetaling"}


def _datum(waarde: Any, veld: str) -> dt.date:
    datum = als_datum(waarde) if isinstance(waarde, (str, dt.date)) else None
    if datum is not None:
        return datum
    if not isinstance(waarde, str):
        raise InvoerFout(f"'{veld}' moet een datum zijn (JJJJ-MM-DD), niet {waarde!r}.", veld)
    raise InvoerFout(f"'{veld}' is geen geldige datum: '{waarde}' (verwacht JJJJ-MM-DD).", veld)


def _dag(d: np.datetime64) -> dt.date | None:
    """A ``datetime64`` day as a date; NaT as None."""
    return None if np.isnat(d) else d.astype("datetime64[D]").astype(dt.date)


def _tekst(d) -> str | None:
    """A date (``datetime64`` or ``date``) as ISO text; NaT or None as None."""
    if d is None:
        return None
    if isinstance(d, np.datetime64):
        return None if np.isnat(d) else str(d.astype("datetime64[D]"))
    return d.isoformat()


def _getal(waarde: Any, veld: str, minimum: float = 0, maximum: float | None = None, geheel: bool = True) -> float:
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float)):
        raise InvoerFout(f"'{veld}' moet een getal zijn, niet {waarde!r}.", veld)
    if geheel and float(waarde) != int(waarde):
        raise InvoerFout(f"'{veld}' moet een geheel getal zijn, niet {waarde}.", veld)
    if waarde < minimum or (maximum is not None and waarde > maximum):
        grens = f"tussen {minimum:g} en {maximum:g}" if maximum is not None else f"minstens {minimum:g}"
        raise InvoerFout(f"'{veld}' moet {grens} zijn, niet {waarde:g}.", veld)
    return float(waarde)


def _ja_nee(waarde: Any, veld: str) -> bool:
    if not isinstance(waarde, bool):
        raise InvoerFout(f"'{veld}' moet true of false zijn, niet {waarde!r}.", veld)
    return waarde


def _blok(waarde: Any, veld: str) -> dict:
    if not isinstance(waarde, dict):
        raise InvoerFout(f"'{veld}' moet een object zijn ({{...}}).", veld)
    return waarde


def _parameter_op(parameters: ParameterNode, naam: str, datum: dt.date) -> float:
    p = parameters.vind(f"poortwachter.{naam}")
    eerste = p.datums[0].astype(dt.date)
    return p.waarde_op(max(datum, eerste))


DAG = dt.timedelta(days=1)
Verlof = tuple[dt.date, dt.date, bool]  # (van, tot_en_met, zelfde_oorzaak)


def _zonder_verlof(periodes: list[tuple[dt.date, dt.date | None]],
                   verlof: list[Verlof]) -> list[tuple[dt.date, dt.date | None]]:
    """The sick periods with the days of zwangerschaps- en bevallingsverlof cut out: those days do not
    count (WIA art. 23 lid 5 a; ZW art. 38 lid 1; BW 7:629 lid 4 gives no loon during the leave)."""
    stukken = []
    for van, tot in periodes:
        delen = [(van, tot)]
        for v_van, v_tot, _ in verlof:
            nieuw = []
            for a, b in delen:
                if v_tot < a or (b is not None and v_van > b):
                    nieuw.append((a, b))
                    continue
                if v_van > a:
                    nieuw.append((a, v_van - DAG))
                if b is None or v_tot < b:
                    nieuw.append((v_tot + DAG, b))
            delen = nieuw
        stukken.extend(delen)
    return stukken


def samentellen(periodes: list[tuple[dt.date, dt.date | None]], vandaag: dt.date,
                parameters: ParameterNode, verlof: list[Verlof] | None = None) -> dict:
    """Sick-period bookkeeping (BW 7:629 lid 10, ZW art. 29 lid 5, WIA art. 23 lid 3): periods that
    follow each other with a healthy gap of less than four weeks add up, and the gap does not
    count; a gap of four weeks or more starts a new wachttijd. Partial recovery is still sickness
    (it is one period). ``periodes`` are sorted, do not overlap, only the last may be open.

    Zwangerschaps- en bevallingsverlof (``verlof``, sorted, not overlapping, adjacent ones merged):
    its days never count (WIA art. 23 lid 5 a, ZW art. 38 lid 1), and periods that directly precede
    and follow one add up whatever its length, unless the sickness after it has another cause
    (``zelfde_oorzaak`` False; WIA art. 23 lid 3 a-b onder 2°, BW 7:629 lid 10)."""
    verlof = verlof or []
    stukken = _zonder_verlof(periodes, verlof)
    if not stukken:
        raise InvoerFout("Alle ziektedagen vallen in het zwangerschaps- of bevallingsverlof: die tellen niet "
                         "mee voor de wachttijd (art. 23 lid 5 WIA).", "zwangerschapsverlof")

    def via_verlof(tot: dt.date, van: dt.date) -> bool:
        return any(v_van == tot + DAG and v_tot == van - DAG and zelfde for v_van, v_tot, zelfde in verlof)

    ketens: list[list[tuple[dt.date, dt.date | None]]] = [[stukken[0]]]
    for van, tot in stukken[1:]:
        vorige_tot = ketens[-1][-1][1]
        assert vorige_tot is not None  # only the last period may be open (checked when the periods are read)
        onderbreking = (van - vorige_tot).days - 1
        grens = 7 * _parameter_op(parameters, "samentelling_onderbreking_weken", van)
        if onderbreking >= grens and not via_verlof(vorige_tot, van):
            ketens.append([(van, tot)])
        else:
            ketens[-1].append((van, tot))
    keten = ketens[-1]
    onderbreking_na: list[int] = []
    onderbreking_dagen: list[int] = []
    onderbrekingen: list[Onderbreking] = []
    ziektedagen = 0
    for (van, tot), (volgende_van, _) in itertools.pairwise(keten):
        assert tot is not None  # a period followed by another is closed
        ziektedagen += (tot - van).days + 1
        dagen = (volgende_van - tot).days - 1
        if dagen > 0:
            onderbreking_na.append(ziektedagen)
            onderbreking_dagen.append(dagen)
            onderbrekingen.append(Onderbreking(tot + DAG, volgende_van - DAG, dagen,
                                               "verlof" if via_verlof(tot, volgende_van) else "hersteld"))
    laatste_tot = keten[-1][1]
    hersteld_op = laatste_tot if laatste_tot is not None and laatste_tot < vandaag else None
    if laatste_tot is not None:
        # Sick up to the leave, which has not ended yet: the count pauses, it does not stop. Later
        # dates move by the whole leave (the sickness is expected to go on after it).
        lopend = [(v_van, v_tot) for v_van, v_tot, zelfde in verlof
                  if zelfde and v_van == laatste_tot + DAG and v_tot >= vandaag]
        if lopend:
            v_van, v_tot = lopend[0]
            ziektedagen += (laatste_tot - keten[-1][0]).days + 1
            dagen = (v_tot - v_van).days + 1
            onderbreking_na.append(ziektedagen)
            onderbreking_dagen.append(dagen)
            onderbrekingen.append(Onderbreking(v_van, v_tot, dagen, "verlof"))
            hersteld_op = None
    ziek_tot_vandaag = sum(max(0, ((min(tot, vandaag) if tot else vandaag) - van).days + 1) for van, tot in keten)
    return {
        "eerste_ziektedag": keten[0][0],
        "onderbreking_na": onderbreking_na,
        "onderbreking_dagen": onderbreking_dagen,
        "onderbrekingen": onderbrekingen,
        "hersteld_op": hersteld_op,
        "ziekteweek": ziekteweek(ziek_tot_vandaag),
        "eerdere_wachttijden": [EerdereWachttijd(k[0][0], k[-1][1]) for k in ketens[:-1]],
    }


# --- the edge: the JSON request read into the typed sick case ------------------------------------

def lees_verzoek(invoer: Any) -> zg.Ziektegeval:
    """The JSON request (module docstring) as a :class:`~spoorzoeker.ziektegeval.Ziektegeval`. Checks the
    shape of every field, in Dutch; what the law says about the facts is checked by :func:`tijdlijn_van`."""
    if not isinstance(invoer, dict):
        raise InvoerFout("De invoer moet een JSON-object zijn ({...}).")
    onbekend = set(invoer) - VELDEN
    if onbekend:
        raise InvoerFout(f"Onbekend veld '{sorted(onbekend)[0]}' (bekend: {', '.join(sorted(VELDEN))}).",
                         sorted(onbekend)[0])
    scenario = invoer.get("scenario")
    if scenario is not None and not isinstance(scenario, str):
        raise InvoerFout("Het veld 'scenario' moet de naam van een scenario of het pad van een scenariobestand zijn.",
                         "scenario")
    vandaag = _datum(invoer["vandaag"], "vandaag") if "vandaag" in invoer else None
    periodes = _lees_periodes(invoer)
    verlof = _lees_verlof(invoer)
    grootte = None
    if invoer.get("werkgever_grootte") is not None:
        grootte = _getal(invoer["werkgever_grootte"], "werkgever_grootte", 1)
    spoor_1 = _ja_nee(invoer.get("werkt_in_spoor_1", False), "werkt_in_spoor_1")
    voorstellen, uit_gezet = _lees_voorstellen(invoer)
    gedaan, evaluaties = _lees_gedaan(invoer)
    if "geboortedatum" in invoer and "aow_datum" in invoer:
        raise InvoerFout("Geef 'geboortedatum' of 'aow_datum', niet allebei.", "aow_datum")
    geboortedatum = _datum(invoer["geboortedatum"], "geboortedatum") if invoer.get("geboortedatum") else None
    aow_datum = _datum(invoer["aow_datum"], "aow_datum") if invoer.get("aow_datum") else None
    return zg.Ziektegeval(
        ziekteperiodes=tuple(periodes), werkgever_grootte=grootte, gedaan=gedaan, evaluaties=tuple(evaluaties),
        gebeurtenissen=tuple(_lees_gebeurtenissen(invoer)), zwangerschapsverlof=tuple(verlof),
        voorstellen=voorstellen, voorstellen_uit=frozenset(uit_gezet), werkt_in_spoor_1=spoor_1,
        scenario=scenario, vandaag=vandaag, aow_datum=aow_datum, geboortedatum=geboortedatum)


def _lees_periodes(invoer: dict) -> list[zg.Ziekteperiode]:
    if "ziekteperiodes" in invoer and "eerste_ziektedag" in invoer:
        raise InvoerFout("Geef 'ziekteperiodes' of 'eerste_ziektedag', niet allebei.", "ziekteperiodes")
    if "eerste_ziektedag" in invoer:
        return [zg.Ziekteperiode(_datum(invoer["eerste_ziektedag"], "eerste_ziektedag"))]
    lijst = invoer.get("ziekteperiodes")
    if not isinstance(lijst, list) or not lijst:
        raise InvoerFout("'ziekteperiodes' ontbreekt of is leeg: geef minstens één periode met 'van'.",
                         "ziekteperiodes")
    periodes = []
    for i, p in enumerate(lijst):
        veld = f"ziekteperiodes[{i}]"
        p = _blok(p, veld)
        onbekend = set(p) - {"van", "tot_en_met"}
        if onbekend:
            raise InvoerFout(f"'{veld}' kent het veld '{sorted(onbekend)[0]}' niet (wel: van, tot_en_met).", veld)
        if "van" not in p:
            raise InvoerFout(f"'{veld}.van' ontbreekt: op welke dag begon deze ziekteperiode?", f"{veld}.van")
        van = _datum(p["van"], f"{veld}.van")
        tot = None if p.get("tot_en_met") is None else _datum(p["tot_en_met"], f"{veld}.tot_en_met")
        periodes.append(zg.Ziekteperiode(van, tot))
    return periodes


def _lees_verlof(invoer: dict) -> list[zg.Verlof]:
    """``zwangerschapsverlof``: [{"van", "tot_en_met", "zelfde_oorzaak"}]."""
    lijst = invoer.get("zwangerschapsverlof", [])
    if not isinstance(lijst, list):
        raise InvoerFout("'zwangerschapsverlof' moet een lijst van periodes zijn.", "zwangerschapsverlof")
    verlof = []
    for i, v in enumerate(lijst):
        veld = f"zwangerschapsverlof[{i}]"
        v = _blok(v, veld)
        onbekend = set(v) - {"van", "tot_en_met", "zelfde_oorzaak"}
        if onbekend:
            raise InvoerFout(f"'{veld}' kent het veld '{sorted(onbekend)[0]}' niet (wel: van, tot_en_met, "
                             "zelfde_oorzaak).", veld)
        for sleutel in ("van", "tot_en_met"):
            if sleutel not in v:
                raise InvoerFout(f"'{veld}.{sleutel}' ontbreekt: geef begin en einde van het verlof.", f"{veld}.{sleutel}")
        verlof.append(zg.Verlof(_datum(v["van"], f"{veld}.van"), _datum(v["tot_en_met"], f"{veld}.tot_en_met"),
                                _ja_nee(v.get("zelfde_oorzaak", True), f"{veld}.zelfde_oorzaak")))
    return verlof


def _lees_gedaan(invoer: dict) -> tuple[dict[str, zg.Gedaan], list[zg.Gedaan]]:
    """``gedaan``: step code -> date or {"datum", "motivering"}; ``evaluatie`` a list of those."""
    blok = _blok(invoer.get("gedaan", {}), "gedaan")
    datums: dict[str, zg.Gedaan] = {}
    evaluaties = []
    for code, waarde in blok.items():
        veld = f"gedaan.{code}"
        if code == "evaluatie":
            if not isinstance(waarde, list):
                raise InvoerFout(f"'{veld}' moet een lijst van datums zijn.", veld)
            for j, e in enumerate(waarde):
                evaluaties.append(_lees_gedaan_een(e, f"{veld}[{j}]"))
            continue
        _controleer_stapcode(code)
        datums[code] = _lees_gedaan_een(waarde, veld)
    return datums, evaluaties


def _lees_gedaan_een(waarde: Any, veld: str) -> zg.Gedaan:
    if isinstance(waarde, dict):
        onbekend = set(waarde) - {"datum", "motivering"}
        if onbekend:
            raise InvoerFout(f"'{veld}' kent het veld '{sorted(onbekend)[0]}' niet (wel: datum, motivering).", veld)
        if "datum" not in waarde:
            raise InvoerFout(f"'{veld}.datum' ontbreekt.", f"{veld}.datum")
        motivering = waarde.get("motivering")
        if motivering is not None and (not isinstance(motivering, str) or not motivering.strip()):
            raise InvoerFout(f"'{veld}.motivering' moet een tekst zijn.", f"{veld}.motivering")
        return zg.Gedaan(_datum(waarde["datum"], f"{veld}.datum"), motivering)
    return zg.Gedaan(_datum(waarde, veld))


def _lees_gebeurtenissen(invoer: dict) -> list[zg.Gebeurtenis]:
    lijst = invoer.get("gebeurtenissen", [])
    if not isinstance(lijst, list):
        raise InvoerFout("'gebeurtenissen' moet een lijst zijn.", "gebeurtenissen")
    uit: list[zg.Gebeurtenis] = []
    toegestaan = {
        "loonsanctie": {"weken", "besluit_op"},
        "uitstel_wia": {"tot", "weken"},
        "spoorkeuze": {"datum", "spoor", "motivering"},
        "herstelmelding": {"datum", "besluit_op", "hersteld"},
        "gedeeltelijk_herstel": {"datum"},
        "verkorte_wachttijd": {"aangevraagd_op", "einde", "afgewezen"},
    }
    for i, g in enumerate(lijst):
        veld = f"gebeurtenissen[{i}]"
        g = _blok(g, veld)
        soort = g.get("soort")
        if soort not in SOORTEN:
            raise InvoerFout(f"'{veld}.soort' moet een van {', '.join(sorted(SOORTEN))} zijn, niet {soort!r}.",
                             f"{veld}.soort")
        onbekend = set(g) - toegestaan[soort] - {"soort"}
        if onbekend:
            raise InvoerFout(f"'{veld}' ({soort}) kent het veld '{sorted(onbekend)[0]}' niet.", veld)
        uit.append(_lees_gebeurtenis(soort, g, veld))
    return uit


def _lees_gebeurtenis(soort: str, g: dict, veld: str) -> zg.Gebeurtenis:
    def datum(sleutel: str, vraag: str = "") -> dt.date:
        if sleutel not in g:
            raise InvoerFout(f"'{veld}.{sleutel}' ontbreekt{vraag}.", f"{veld}.{sleutel}")
        return _datum(g[sleutel], f"{veld}.{sleutel}")

    def misschien(sleutel: str) -> dt.date | None:
        return _datum(g[sleutel], f"{veld}.{sleutel}") if sleutel in g else None

    if soort == "loonsanctie":
        if "weken" not in g:
            raise InvoerFout(f"'{veld}.weken' ontbreekt: hoeveel weken loonsanctie legde UWV op?", f"{veld}.weken")
        # The upper bound (WIA art. 25 lid 9: ten hoogste 52 weken) is checked with the law of the case.
        _getal(g["weken"], f"{veld}.weken", 1)
        return zg.Loonsanctie(float(g["weken"]), misschien("besluit_op"))
    if soort == "uitstel_wia":
        if ("tot" in g) == ("weken" in g):
            raise InvoerFout(f"'{veld}': geef 'tot' (de datum die UWV vaststelde) of 'weken', één van beide.", veld)
        return zg.UitstelWia(misschien("tot"), _getal(g["weken"], f"{veld}.weken", 1) if "weken" in g else 0.0)
    if soort == "spoorkeuze":
        if g.get("spoor") not in st.SPOREN[1:]:
            raise InvoerFout(f"'{veld}.spoor' moet spoor_1, spoor_2 of beide zijn.", f"{veld}.spoor")
        keuze = datum("datum")
        motivering = g.get("motivering")
        if motivering is not None and (not isinstance(motivering, str) or not motivering.strip()):
            raise InvoerFout(f"'{veld}.motivering' moet een tekst zijn.", f"{veld}.motivering")
        return zg.Spoorkeuze(keuze, g["spoor"], motivering)
    if soort == "herstelmelding":
        melding = datum("datum", ": wanneer meldde de werkgever het herstel?")
        besluit = misschien("besluit_op")
        return zg.Herstelmelding(melding, besluit, _ja_nee(g.get("hersteld", besluit is not None), f"{veld}.hersteld"))
    if soort == "verkorte_wachttijd":
        aangevraagd = datum("aangevraagd_op", ": wanneer vroeg de werknemer de verkorte wachttijd aan?")
        afgewezen = _ja_nee(g.get("afgewezen", False), f"{veld}.afgewezen")
        if afgewezen and "einde" in g:
            raise InvoerFout(f"'{veld}': geef 'einde' (toegekend) of 'afgewezen', niet allebei.", veld)
        return zg.VerkorteWachttijd(aangevraagd, misschien("einde"), afgewezen)
    return zg.GedeeltelijkHerstel(datum("datum"))  # recorded; partial recovery does not stop the count


def _lees_voorstellen(invoer: dict) -> tuple[bool | None, set[str]]:
    """``voorstellen``: true/false for all proposals, or {code: true/false} per proposal."""
    waarde = invoer.get("voorstellen")
    if waarde is None:
        return None, set()
    if isinstance(waarde, bool):
        return waarde, set()
    blok = _blok(waarde, "voorstellen")
    uit = set()
    for code, aan in blok.items():
        if code not in VOORSTELLEN:
            raise InvoerFout(f"'voorstellen.{code}': geen voorstel; kies uit {', '.join(VOORSTELLEN)}.",
                             f"voorstellen.{code}")
        if not _ja_nee(aan, f"voorstellen.{code}"):
            uit.add(code)
    return None, uit


# --- the law's checks on the facts of a sick case ----------------------------------------------------

def _controleer_stapcode(code: str) -> None:
    veld = f"gedaan.{code}"
    if code not in STAPPEN or code in MIJLPALEN:
        raise InvoerFout(f"'{veld}': onbekende stap '{code}'.", veld)
    if code in VIA_GEBEURTENIS:
        raise InvoerFout(f"'{veld}': geef dit door als gebeurtenis '{VIA_GEBEURTENIS[code]}'.", veld)


def _periodes(geval: zg.Ziektegeval) -> list[tuple[dt.date, dt.date | None]]:
    """The sick periods sorted; they may not overlap and only the last may be open."""
    if not geval.ziekteperiodes:
        raise InvoerFout("'ziekteperiodes' ontbreekt of is leeg: geef minstens één periode met 'van'.",
                         "ziekteperiodes")
    periodes = [(p.van, p.tot_en_met) for p in geval.ziekteperiodes]
    for i, (van, tot) in enumerate(periodes):
        veld = f"ziekteperiodes[{i}]"
        if tot is not None and tot < van:
            raise InvoerFout(f"'{veld}.tot_en_met' ({tot}) ligt vóór '{veld}.van' ({van}).", f"{veld}.tot_en_met")
    volgorde = sorted(range(len(periodes)), key=lambda i: periodes[i][0])
    for a, b in itertools.pairwise(volgorde):
        tot_a = periodes[a][1]
        if tot_a is None:
            raise InvoerFout(f"'ziekteperiodes[{a}]' heeft geen einddatum, maar er volgt nog een periode: "
                             "alleen de laatste periode mag open zijn.", f"ziekteperiodes[{a}].tot_en_met")
        if periodes[b][0] <= tot_a:
            raise InvoerFout(f"'ziekteperiodes[{b}]' overlapt met 'ziekteperiodes[{a}]'.", f"ziekteperiodes[{b}].van")
    return [periodes[i] for i in volgorde]


def _verlof(geval: zg.Ziektegeval) -> list[Verlof]:
    """The periods of leave sorted; adjacent periods merge, overlapping ones are refused."""
    verlof: list[Verlof] = []
    for i, v in enumerate(geval.zwangerschapsverlof):
        veld = f"zwangerschapsverlof[{i}]"
        if v.tot_en_met < v.van:
            raise InvoerFout(f"'{veld}.tot_en_met' ({v.tot_en_met}) ligt vóór '{veld}.van' ({v.van}).",
                             f"{veld}.tot_en_met")
        verlof.append((v.van, v.tot_en_met, v.zelfde_oorzaak))
    verlof.sort()
    samen: list[Verlof] = []
    for van, tot, zelfde in verlof:
        if samen and van <= samen[-1][1]:
            raise InvoerFout("Twee periodes in 'zwangerschapsverlof' overlappen.", "zwangerschapsverlof")
        if samen and van == samen[-1][1] + DAG:
            samen[-1] = (samen[-1][0], tot, samen[-1][2] and zelfde)
        else:
            samen.append((van, tot, zelfde))
    return samen


def _gebeurtenissen(geval: zg.Ziektegeval, loonsanctie_max_weken: float) -> dict[str, Any]:
    """The events by kind (each kind once, gedeeltelijk_herstel a list of dates), checked against the law."""
    uit: dict[str, Any] = {}
    for i, g in enumerate(geval.gebeurtenissen):
        veld = f"gebeurtenissen[{i}]"
        if g.soort in uit and not isinstance(g, zg.GedeeltelijkHerstel):
            raise InvoerFout(f"'{veld}': er is al een gebeurtenis '{g.soort}'; geef de laatste stand door.", veld)
        if isinstance(g, zg.Loonsanctie):
            # WIA art. 25 lid 9: ten hoogste 52 weken (parameter poortwachter.loonsanctie_max_weken)
            _getal(g.weken, f"{veld}.weken", 1, loonsanctie_max_weken)
            uit[g.soort] = g
        elif isinstance(g, zg.GedeeltelijkHerstel):
            uit.setdefault(g.soort, []).append(g.datum)
        else:
            uit[g.soort] = g
    if "herstelmelding" in uit and "loonsanctie" not in uit:
        raise InvoerFout("Een 'herstelmelding' hoort bij een loonsanctie: geef ook de gebeurtenis 'loonsanctie'.",
                         "gebeurtenissen")
    return uit


def bereken_tijdlijn(invoer: dict, parameters: ParameterNode | None = None, vandaag: dt.date | None = None,
                     stelsel: Any = None, scenario_bestanden: bool = True) -> dict:
    """The timeline of one case, JSON in and out (module docstring): the edge around :func:`tijdlijn_van`.
    ``vandaag`` is used when the request has none; one of the two is required: nothing here reads a clock.
    ``stelsel``: the law (a Stelsel, or a scenario name or file; default current law, or the request's
    field ``scenario``); a scenario can make a proposed step a fixed step (it then shows
    ``voorstel: false`` and ``scenario``)."""
    return tijdlijn_uit_verzoek(invoer, parameters, vandaag, stelsel, scenario_bestanden).als_json()


def tijdlijn_uit_verzoek(invoer: dict, parameters: ParameterNode | None = None, vandaag: dt.date | None = None,
                         stelsel: Any = None, scenario_bestanden: bool = True) -> Tijdlijn:
    """The JSON request read (:func:`lees_verzoek`, and the declared schema's checks of dates that cannot
    be true yet) and its typed timeline (:func:`tijdlijn_van`)."""
    geval = lees_verzoek(invoer)
    stelsel, parameters = _wet(geval, parameters, stelsel, scenario_bestanden)
    vandaag = _vandaag(geval, vandaag)
    controleer_tijdlijn(invoer, vandaag, _begin(parameters))
    return tijdlijn_van(geval, parameters, vandaag, stelsel)


def _wet(geval: zg.Ziektegeval, parameters: ParameterNode | None, stelsel: Any,
         scenario_bestanden: bool = True) -> tuple[Any, ParameterNode]:
    from ..scenarios import als_stelsel

    if geval.scenario is not None:
        stelsel = als_stelsel(geval.scenario, bestanden=scenario_bestanden)
    else:
        stelsel = als_stelsel(stelsel)
    return stelsel, parameters if parameters is not None else stelsel.parameters


def _vandaag(geval: zg.Ziektegeval, vandaag: dt.date | None) -> dt.date:
    vandaag = geval.vandaag or vandaag
    if vandaag is None:
        raise InvoerFout("'vandaag' ontbreekt: op welke datum moet de status worden bepaald?", "vandaag")
    return vandaag


def _begin(parameters: ParameterNode) -> dt.date:
    """The first day Spoorzoeker knows the Poortwachter rules for."""
    return parameters.vind("poortwachter").eerste_datum()


def tijdlijn_van(geval: zg.Ziektegeval, parameters: ParameterNode | None = None, vandaag: dt.date | None = None,
                 stelsel: Any = None, scenario_bestanden: bool = True) -> Tijdlijn:
    """The timeline of one sick case, typed in and out. ``vandaag``: when the case has none. Raises
    :class:`~spoorzoeker.errors.InvoerFout` (in Dutch, naming the field) when the facts cannot be
    (overlapping periods, a loonsanctie longer than the law allows, ...)."""
    v = _voorbereiden(geval, parameters, vandaag, stelsel, scenario_bestanden)
    return _afronden(v, _reken(v.gevallen, v.parameters, v.stelsel))


def tijdlijnen_van(gevallen: list[zg.Ziektegeval], parameters: ParameterNode | None = None,
                   vandaag: dt.date | None = None, stelsel: Any = None,
                   scenario_bestanden: bool = True) -> list[Tijdlijn | InvoerFout]:
    """The timelines of many sick cases (a work list), each the same as :func:`tijdlijn_van` gives it, in
    the same order; a case whose facts cannot be gets its :class:`~spoorzoeker.errors.InvoerFout` in its
    place instead of taking the others down. The step dates of cases under the same law are computed
    together, ``REEKS`` at a time, as numpy columns (one case alone spends most of its time in numpy's
    per-call overhead); reading the facts and writing each answer stay per case."""
    uit: list[Tijdlijn | InvoerFout | None] = [None] * len(gevallen)
    groepen: dict[tuple[int, int], list[tuple[int, _Voorbereid]]] = {}
    for i, geval in enumerate(gevallen):
        try:
            v = _voorbereiden(geval, parameters, vandaag, stelsel, scenario_bestanden)
        except InvoerFout as e:
            uit[i] = e
            continue
        groepen.setdefault((id(v.stelsel), id(v.parameters)), []).append((i, v))
    for groep in groepen.values():
        for k in range(0, len(groep), REEKS):
            deel = groep[k:k + REEKS]
            eerste = deel[0][1]
            try:
                t = _reken(st.Gevallen.samen([v.gevallen for _, v in deel]), eerste.parameters, eerste.stelsel)
            except InvoerFout:  # pragma: no cover - a rule missing on some date: each case then says which
                for i, v in deel:
                    uit[i] = _afronden_of_fout(v, None)
                continue
            for rij, (i, v) in enumerate(deel):
                uit[i] = _afronden_of_fout(v, t, rij)
    assert all(u is not None for u in uit)  # every case got its timeline or its error above
    return uit  # type: ignore[return-value]


REEKS = 500  # cases computed together: bounded memory, and most of numpy's gain is there by a few hundred


def _afronden_of_fout(v: _Voorbereid, t: st.Tijdlijnen | None, rij: int = 0) -> Tijdlijn | InvoerFout:
    try:
        if t is None:
            return _afronden(v, _reken(v.gevallen, v.parameters, v.stelsel))
        return _afronden(v, t, rij)
    except InvoerFout as e:
        return e


@dataclass
class _Voorbereid:
    """One case read and checked, with its columns for :func:`stappen.bereken` (a batch of one)."""

    geval: zg.Ziektegeval
    stelsel: Any
    parameters: ParameterNode
    vandaag: dt.date
    d0: dt.date
    boek: dict
    aow: dt.date | None
    motiveringen: dict
    evaluaties: list
    gebeurtenissen: dict
    gevallen: st.Gevallen


def _reken(gevallen: st.Gevallen, parameters: ParameterNode, stelsel: Any) -> st.Tijdlijnen:
    try:
        return st.bereken(gevallen, parameters, stelsel=stelsel)
    except ParameterFout as e:  # pragma: no cover - all poortwachter parameters start on 2020-01-01
        raise InvoerFout(f"Geen regels voor deze datum: {e}", "ziekteperiodes") from None


def _voorbereiden(geval: zg.Ziektegeval, parameters: ParameterNode | None, vandaag: dt.date | None, stelsel: Any,
                  scenario_bestanden: bool) -> _Voorbereid:
    stelsel, parameters = _wet(geval, parameters, stelsel, scenario_bestanden)
    vandaag = _vandaag(geval, vandaag)
    for code in geval.gedaan:
        _controleer_stapcode(code)
    periodes = _periodes(geval)
    verlof = _verlof(geval)
    boek = samentellen(periodes, vandaag, parameters, verlof)
    d0 = boek["eerste_ziektedag"]
    begin = _begin(parameters)
    if d0 < begin:
        raise InvoerFout(f"De wachttijd begint op {d0}, vóór {begin}: Spoorzoeker kent de regels vanaf {begin}.",
                         "ziekteperiodes")
    aow = _aow_datum(geval, d0, vandaag, stelsel)
    grootte = np.nan if geval.werkgever_grootte is None else float(geval.werkgever_grootte)
    voorstellen = np.nan if geval.voorstellen is None else float(geval.voorstellen)
    gedaan = {code: g.datum for code, g in geval.gedaan.items()}
    motiveringen = {code: g.motivering for code, g in geval.gedaan.items()}
    evaluaties = sorted(((e.datum, e.motivering) for e in geval.evaluaties), key=lambda e: e[0])
    gebeurtenissen = _gebeurtenissen(geval, _parameter_op(parameters, "loonsanctie_max_weken", d0))

    def kolom(d):
        return np.array([np.datetime64(d, "D") if d is not None else st.NAT], dtype="datetime64[D]")

    kolommen: dict[str, Any] = {
        "onderbreking_na": np.array([boek["onderbreking_na"]], np.int64).reshape(1, -1),
        "onderbreking_dagen": np.array([boek["onderbreking_dagen"]], np.int64).reshape(1, -1),
        "hersteld_op": kolom(boek["hersteld_op"]),
        "werkgever_grootte": np.array([grootte]),
        "werkt_in_spoor_1": np.array([geval.werkt_in_spoor_1]),
        "voorstellen": np.array([voorstellen]),
        "gedaan": {code: kolom(d) for code, d in gedaan.items()},
        "motivering": {code: np.array([m is not None]) for code, m in motiveringen.items()},
        "evaluaties": np.array([[np.datetime64(d, "D") for d, _ in evaluaties]], "datetime64[D]").reshape(1, -1),
        "evaluaties_motivering": np.array([[m is not None for _, m in evaluaties]], bool).reshape(1, -1),
    }
    if "spoorkeuze" in gebeurtenissen:
        keuze: zg.Spoorkeuze = gebeurtenissen["spoorkeuze"]
        kolommen["gedaan"]["spoorkeuze"] = kolom(keuze.datum)
        kolommen["motivering"]["spoorkeuze"] = np.array([keuze.motivering is not None])
        kolommen["spoor"] = np.array([st.SPOREN.index(keuze.spoor)], np.int8)
        motiveringen["spoorkeuze"] = keuze.motivering
    if "uitstel_wia" in gebeurtenissen:
        uitstel: zg.UitstelWia = gebeurtenissen["uitstel_wia"]
        kolommen["uitstel_tot"], kolommen["uitstel_weken"] = kolom(uitstel.tot), np.array([uitstel.weken])
    if "loonsanctie" in gebeurtenissen:
        sanctie: zg.Loonsanctie = gebeurtenissen["loonsanctie"]
        kolommen["loonsanctie_weken"] = np.array([float(sanctie.weken)])
        kolommen["loonsanctie_besluit_op"] = kolom(sanctie.besluit_op)
    if verlof:
        kolommen["verlof_van"] = np.array([[np.datetime64(v, "D") for v, _, _ in verlof]], "datetime64[D]")
        kolommen["verlof_tot"] = np.array([[np.datetime64(t, "D") for _, t, _ in verlof]], "datetime64[D]")
    verkort: zg.VerkorteWachttijd | None = gebeurtenissen.get("verkorte_wachttijd")
    if verkort is not None:
        kolommen["verkort_aangevraagd_op"] = kolom(verkort.aangevraagd_op)
        kolommen["verkort_einde"] = kolom(verkort.einde)
        kolommen["verkort_afgewezen"] = np.array([verkort.afgewezen])
    if aow is not None:
        kolommen["aow_datum"] = kolom(aow)
    if "herstelmelding" in gebeurtenissen:
        herstel: zg.Herstelmelding = gebeurtenissen["herstelmelding"]
        kolommen["herstelmelding_op"], kolommen["herstel_besluit_op"] = kolom(herstel.datum), kolom(herstel.besluit_op)
        kolommen["herstel_vastgesteld"] = np.array([herstel.hersteld])

    gevallen = st.Gevallen.maak(np.array([d0], "datetime64[D]"), np.datetime64(vandaag, "D"), **kolommen)
    return _Voorbereid(geval, stelsel, parameters, vandaag, d0, boek, aow, motiveringen, evaluaties, gebeurtenissen,
                       gevallen)


def _afronden(v: _Voorbereid, t: st.Tijdlijnen, i: int = 0) -> Tijdlijn:
    """The checks that need the computed dates, and the answer of one case: case ``i`` of the batch ``t``."""
    geval, stelsel, parameters, vandaag, d0, boek, aow, gebeurtenissen = (
        v.geval, v.stelsel, v.parameters, v.vandaag, v.d0, v.boek, v.aow, v.gebeurtenissen)
    motiveringen, evaluaties = v.motiveringen, v.evaluaties
    verkort: zg.VerkorteWachttijd | None = gebeurtenissen.get("verkorte_wachttijd")
    einde_wachttijd = t.einde_wachttijd[i]
    if verkort is not None:
        vroegst, uiterst = t.verkort_vroegste_einde[i], t.verkort_uiterste_einde[i]
        if np.datetime64(verkort.aangevraagd_op, "D") < np.datetime64(d0, "D"):
            raise InvoerFout("'verkorte_wachttijd.aangevraagd_op' ligt vóór de eerste ziektedag.", "gebeurtenissen")
        if verkort.einde is not None and not vroegst <= np.datetime64(verkort.einde, "D") <= uiterst:
            raise InvoerFout(f"'verkorte_wachttijd.einde' ({verkort.einde}) moet tussen {_tekst(vroegst)} en "
                             f"{_tekst(uiterst)} liggen: minstens 13 en hoogstens 78 weken, en minstens 10 weken na "
                             "de aanvraag (art. 23 lid 6 WIA).", "gebeurtenissen")
    if "uitstel_wia" in gebeurtenissen and t.einde_verlengd_tijdvak[i] <= einde_wachttijd:
        raise InvoerFout(f"'uitstel_wia.tot' moet ná het einde van de wachttijd ({_tekst(einde_wachttijd)}) liggen.",
                         "gebeurtenissen")
    # Samentelling: sick again within fewer than N weeks (N x 7 - 1 healthy days) counts on (WIA art. 23 lid 3).
    samentelling_dagen = int(7 * _parameter_op(parameters, "samentelling_onderbreking_weken", vandaag))
    return _antwoord(t, i, boek, vandaag, motiveringen, evaluaties, set(geval.voorstellen_uit) - stelsel.verplichte_stappen,
                     gebeurtenissen, stelsel.verplichte_stappen, stelsel.naam,
                     samentelling_dagen=samentelling_dagen,
                     beschrijving=None if stelsel.is_huidig else stelsel.spoor(),
                     aow=_aow_opmerking(t, i, aow, d0, vandaag, parameters))


def _antwoord(t: st.Tijdlijnen, i: int, boek: dict, vandaag: dt.date, motiveringen: dict, evaluaties: list,
              uit_gezet: set[str], gebeurtenissen: dict, verplicht: frozenset[str] = frozenset(),
              scenario: str = "huidig", *, samentelling_dagen: int, beschrijving: dict | None = None,
              aow: tuple[dt.date, str | None] | None = None) -> Tijdlijn:
    stappen = []
    volgende_evaluatie = len(evaluaties) + 1
    # Every step's dates as dates in one conversion (NaT becomes None).
    alle_datums = np.array([[s.voorkeursdatum[i], s.uiterste_datum[i], s.vanaf[i], s.gedaan_op[i]] for s in t.stappen],
                           "datetime64[D]").reshape(-1, 4).tolist()
    for s, (voorkeur, uiterste, vanaf, gedaan_op) in zip(t.stappen, alle_datums, strict=True):
        if not s.van_toepassing[i] or s.code in uit_gezet:
            continue
        info = STAPPEN[s.code]
        if s.code == "evaluatie":
            nummer = s.nummer if s.nummer is not None else volgende_evaluatie
            motivering = evaluaties[nummer - 1][1] if s.nummer is not None else None
        else:
            nummer, motivering = None, motiveringen.get(s.code)
        vast = s.code in verplicht
        mijlpaal = s.code in MIJLPALEN
        stappen.append(TijdlijnStap(
            code=s.code, nummer=nummer, omschrijving=info.omschrijving, wie=info.wie,
            voorkeursdatum=voorkeur, uiterste_datum=uiterste,
            bron=(info.bron.replace("; geen wettelijke plicht", "") + f"; in het scenario '{scenario}' een vaste stap"
                  if vast else info.bron),
            url=info.url, grondslag="scenario" if vast else info.grondslag, voorstel=info.voorstel and not vast,
            status=st.STATUSSEN[s.status[i]], scenario=scenario if vast else None, vanaf=vanaf,
            mijlpaal=mijlpaal, gedaan_op=None if mijlpaal else gedaan_op,
            motivering=None if mijlpaal else motivering,
            motivering_nodig=False if mijlpaal else bool(s.motivering_nodig[i]),
            toelichting=_toelichting(s, i)))
    stappen.sort(key=lambda s: (s.uiterste_datum, s.voorkeursdatum))
    loonsanctie: zg.Loonsanctie | None = gebeurtenissen.get("loonsanctie")
    opmerkingen = list(t.opmerkingen[i])
    if aow is not None and aow[1] is not None:
        opmerkingen.insert(0, aow[1])
    if boek["hersteld_op"] is not None:
        # Samentelling: a relapse with a healthy gap of less than four weeks (at most 27 days) still counts
        # on, so the last day to fall ill again is the last sick day + 28.
        hersteld, grens = boek["hersteld_op"], boek["hersteld_op"] + dt.timedelta(days=samentelling_dagen)
        opmerkingen.insert(0, f"De werknemer is hersteld sinds {hersteld + dt.timedelta(days=1)}. Wordt hij "
                              f"uiterlijk op {grens} opnieuw ziek, dan telt de nieuwe periode door in deze "
                              "wachttijd; daarna begint een nieuwe.")

    def dag(d: np.datetime64) -> dt.date:
        uit = _dag(d)
        assert uit is not None  # the ends of the wachttijd and of the loondoorbetaling are always known
        return uit

    return Tijdlijn(
        vandaag=vandaag,
        eerste_ziektedag=boek["eerste_ziektedag"],
        ziekteweek=int(boek["ziekteweek"]),
        onderbrekingen=tuple(boek["onderbrekingen"]),
        eerdere_wachttijden=tuple(boek["eerdere_wachttijden"]),
        hersteld_op=boek["hersteld_op"],
        gedeeltelijk_herstel=tuple(gebeurtenissen.get("gedeeltelijk_herstel", [])),
        einde_wachttijd=dag(t.einde_wachttijd[i]),
        einde_loondoorbetaling=dag(t.einde_loondoorbetaling[i]),
        wia_vroegste_ingangsdatum=dag(t.wia_vroegste_ingangsdatum[i]),
        wia_aanvraag_vertraging_dagen=int(t.vertraging_aanvraag[i]),
        loonsanctie_weken=int(loonsanctie.weken) if loonsanctie and t.loonsanctie_toegepast[i] else 0,
        stappen=tuple(stappen),
        opmerkingen=tuple(opmerkingen),
        scenario=beschrijving,
        aow_datum=aow[0] if aow is not None else None,
        geen_wia=bool(t.geen_wia[i]) if t.geen_wia is not None else False,
    )


def _toelichting(s: st.Stap, i: int) -> str | None:
    """Why a step does not apply (an employee of AOW age), in Dutch; None when it applies."""
    if s.reden is None or s.reden[i] == st.GEEN_REDEN:
        return None
    return AOW_REDENEN[st.AOW_REDENEN[s.reden[i]]]


def _aow_datum(geval: zg.Ziektegeval, d0: dt.date, vandaag: dt.date, stelsel: Any) -> dt.date | None:
    """The day the employee reaches the AOW age: given, or from the birth date by the rule ``aow_datum``
    (AOW art. 7a, rules/aow.py), with the ages fixed on ``vandaag``."""
    if geval.aow_datum is not None:
        return geval.aow_datum
    if geval.geboortedatum is None:
        return None
    if geval.geboortedatum >= d0:
        raise InvoerFout(f"'geboortedatum' ({geval.geboortedatum}) moet vóór de eerste ziektedag ({d0}) liggen.",
                         "geboortedatum")
    from ..engine import Berekening

    b = Berekening({"geboortedatum": np.array([np.datetime64(geval.geboortedatum, "D")])}, 1, vandaag,
                   stelsel=stelsel)
    return _dag(b.bereken("aow_datum")[0])




def _aow_opmerking(t: st.Tijdlijnen, i: int, aow: dt.date | None, d0: dt.date, vandaag: dt.date,
                   parameters: ParameterNode) -> tuple[dt.date, str | None] | None:
    """The AOW date and, when it changes the timeline, a note on what it changes (Dutch)."""
    if aow is None:
        return None
    assert t.aow_laatste_loondag is not None and t.geen_wia is not None  # set whenever an AOW date is given
    laatste = _dag(t.aow_laatste_loondag[i])
    if not t.geen_wia[i] or laatste is None:
        return aow, None
    weken = int(parameters.vind("loondoorbetaling.aow_gerechtigde_weken").waarde_op(d0))
    bereikt = "bereikte" if aow <= vandaag else "bereikt"
    if aow <= d0:
        loon = (f"De werknemer {bereikt} de AOW-leeftijd op {datum_tekst(aow)}, vóór de eerste ziektedag. Hij krijgt daarom "
                f"{weken} weken loon bij ziekte, tot en met {datum_tekst(laatste)} (art. 7:629 lid 2 onder b BW).")
    elif laatste < _dag(t.einde_wachttijd[i]):  # type: ignore[operator]
        loon = (f"De werknemer {bereikt} de AOW-leeftijd op {datum_tekst(aow)}. Vanaf die dag loopt het loon bij ziekte nog "
                f"{weken} weken, tot en met {datum_tekst(laatste)} (art. 7:629 lid 2 onder b BW).")
    else:
        loon = (f"De werknemer {bereikt} de AOW-leeftijd op {datum_tekst(aow)}, aan het einde van de 104 weken. Het loon bij "
                f"ziekte loopt tot en met {datum_tekst(laatste)}: samen nooit meer dan 104 weken (art. 7:629 lid 2 onder b BW).")
    return aow, (loon + " Er volgt geen WIA-uitkering (art. 8 lid 1 onder b WIA), dus ook geen WIA-aanvraag. "
                 "Loopt het dienstverband door, dan is er na het loon ook geen ziekengeld (art. 29 lid 1 en 2 "
                 "Ziektewet). Na de AOW-leeftijd hoeft de werkgever geen plan van aanpak te maken en geen werk bij "
                 "een andere werkgever te zoeken; werk in het eigen bedrijf blijft het doel (art. 7:658a BW).")
