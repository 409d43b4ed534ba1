"""The content of the "Financieel overzicht bij ziekte": plain Dutch blocks that the HTML and the
PDF renderer both draw, so both say exactly the same.

A block is a small dataclass: a heading, a paragraph, a highlighted box, a list, a table or a
figure. Everything a reader sees is Dutch; every amount says bruto and per maand (or in total).
The employee version and the employer version are built from the same projection; the
employer version has no medical data (no prognosis, no disability percentages).
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..projection import FASE_TITELS, FASEN, Projectie, projecteer
from ..projection.prognose import LABEL as PROGNOSE_LABEL
from ..projection.prognose import wia_prognose
from ..projection.risico import inkomensgat, populatie_aandelen
from ..projection.werkgever import CLAIM, kostenrisico_tweede_spoor, omslagpunten, werkgeverskosten
from ..tijd import MAANDEN as MAANDEN_LANG
from ..tijd import datum_tekst
from . import ziekteoorzaak

MAANDEN = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
DISCLAIMER = ("Dit overzicht is een schatting, geen besluit en geen recht. Het UWV beslist over een "
              "WIA-uitkering; uw arbeidsovereenkomst en cao bepalen de loondoorbetaling. Alle bedragen zijn "
              "bruto (vóór belasting en premies), gerekend met de regels en bedragen die gelden op de rekendatum; "
              "latere verhogingen van het minimumloon en het maximumdagloon zijn niet meegenomen.")


# --- blocks -------------------------------------------------------------------------------

@dataclass
class Kop:
    tekst: str
    niveau: int = 2


@dataclass
class Alinea:
    tekst: str


@dataclass
class Kader:
    tekst: str
    titel: str = ""


@dataclass
class Lijst:
    items: list[str]


@dataclass
class Tabel:
    kolommen: list[str]
    rijen: list[list[str]]
    bijschrift: str = ""
    rechts: tuple[int, ...] = ()  # columns aligned right (amounts)
    breedtes: tuple[float, ...] | None = None  # relative column widths (PDF)
    links: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) -> URL


@dataclass
class Figuur:
    svg: str
    bijschrift: str
    svg_smal: str | None = None  # the same chart laid out for a phone (one panel per row), HTML only

    def data_adres(self, smal: bool = False) -> str:
        """The chart as a ``data:`` address for an HTML image."""
        svg = self.svg_smal if smal and self.svg_smal is not None else self.svg
        return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


@dataclass
class Bronnen:
    """The technical appendix: every rule with its article and link, every fixed value with its source.
    Drawn folded in the HTML only; the PDF says where to find it."""

    regels: list[dict]
    parameters: list[dict]
    aannames: list[dict]


@dataclass
class Overzicht:
    titel: str
    ondertitel: str
    blokken: list[Any] = field(default_factory=list)
    soort: str = "werknemer"
    voettekst: str = ""  # PDF footer; empty: "<titel> — een schatting, geen besluit"


# --- formatting ---------------------------------------------------------------------------

def euro(bedrag: float, decimalen: int = 2) -> str:
    """'€ 1.234,56' (Dutch thousands and decimal separators)."""
    if bedrag is None or (isinstance(bedrag, float) and np.isnan(bedrag)):
        return "onbekend"
    tekst = f"{abs(bedrag):,.{decimalen}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    # A no-break space keeps the euro sign with its amount in HTML and PDF alike.
    return f"{'-' + NBSP if bedrag < 0 else ''}€{NBSP}{tekst}"


def procent(x: float, decimalen: int = 1) -> str:
    return f"{x:.{decimalen}f}%".replace(".", ",")


def _herkomst(persoon: dict, vandaag: dt.date, rekendatum: dt.date) -> str:
    """The subtitle's 'where do these numbers come from' sentence, the same in every version."""
    return (f"eerste ziektedag {datum_tekst(persoon['eerste_ziektedag'])}. Gemaakt op {datum_tekst(vandaag)} "
            f"met de regels en bedragen van {datum_tekst(rekendatum)} (parameterjaar {rekendatum.year}).")


def maand_tekst(d) -> str:
    d = np.datetime64(d, "D").astype(dt.date)
    return f"{MAANDEN[d.month - 1]} {d.year}"


def maand_tekst_lang(d) -> str:
    """'oktober 2028': the month written out, for running text (tables use the short form)."""
    d = np.datetime64(d, "D").astype(dt.date)
    return f"{MAANDEN_LANG[d.month - 1]} {d.year}"


def _voorbij(d, vandaag: dt.date) -> bool:
    """Whether date ``d`` lies before ``vandaag`` (for the tense of a sentence)."""
    return bool(np.datetime64(d, "D") < np.datetime64(vandaag, "D"))


def minimumloon_waarschuwing(persoon: dict, datum: dt.date, jij: bool = True) -> Kader | None:
    """A warning (not a refusal) when the wage given is below the statutory minimum wage for the contract
    hours (WML art. 8 and 11; the same rule as the floor of BW 7:629 lid 1): most often a typing error.
    None when the wage is at least that, or the hours or birth date are not given."""
    from ..interface import bereken

    if not all(k in persoon for k in ("bruto_maandloon", "contracturen_per_week", "geboortedatum")):
        return None
    r = bereken({"datum": datum.isoformat(), "bereken": ["minimumloon_bodem_per_maand"],
                 "personen": [{"geboortedatum": persoon["geboortedatum"],
                               "contracturen_per_week": float(persoon["contracturen_per_week"])}]})
    minimum = float(r["resultaten"][0]["minimumloon_bodem_per_maand"])
    loon = float(persoon["bruto_maandloon"])
    if not loon < minimum:
        return None
    wie = "u opgaf" if jij else "is opgegeven"
    uren = _getal(float(persoon["contracturen_per_week"]), 1).replace(",0", "")
    return Kader(f"Het brutoloon dat {wie} ({euro(loon)} per maand) is lager dan het wettelijk minimumloon voor "
                 f"{uren} uur per week ({euro(minimum)} bruto per maand). Klopt het loon, en klopt het aantal uren? "
                 "In het eerste ziektejaar rekent dit overzicht met ten minste het minimumloon (art. 7:629 lid 1 BW); "
                 "daarna en voor de WIA met het loon dat is opgegeven.", "Controleer het loon")


def aow_termijn_weken(pr: Projectie, i: int) -> int:
    """The weeks of wage after the AOW age (BW 7:629 lid 2 onder b) of person ``i``: from the AOW date or
    the first sick day, whichever is later, to the first day without wage."""
    vanaf = max(np.datetime64(pr.aow_datum[i], "D"), np.datetime64(pr.maand_start[i, 0], "D"))
    return int(round((np.datetime64(pr.ingangsdatum_wia[i], "D") - vanaf).astype(int) / 7))


def aow_alineas(pr: Projectie, i: int, vandaag: dt.date, jij: bool = True) -> list[str]:
    """Plain Dutch on the AOW age of person ``i``: the wage for the AOW term and no WIA after it
    (BW 7:629 lid 2 onder b; WIA art. 8 lid 1 onder b), in the right tense for ``vandaag``.
    ``jij``: address the employee ("U"); else speak about "de werknemer" (employer, casemanager)."""
    if str(pr.aow_datum[i]) == "NaT" or pr.aow_datum[i] > pr.maand_start[i, -1]:
        return []
    aow = pr.aow_datum[i]
    wie, zijn = ("U", "uw") if jij else ("De werknemer", "zijn")
    bereikt = "bereikte" if _voorbij(aow, vandaag) else "bereikt"
    laatste = np.datetime64(pr.ingangsdatum_wia[i], "D") - np.timedelta64(1, "D")
    if pr.aow_termijn[i]:
        weken = aow_termijn_weken(pr, i)
        betaalt = "betaalde" if _voorbij(laatste, vandaag) else "betaalt"
        if aow < pr.maand_start[i, 0]:
            eerst = (f"{wie} {bereikt} op {datum_tekst(aow)} de AOW-leeftijd, vóór {zijn} eerste ziektedag. "
                     f"Dan {betaalt} de werkgever {zijn} loon bij ziekte {weken} weken door, niet twee jaar: tot en "
                     f"met {datum_tekst(laatste)} (art. 7:629 lid 2 BW).")
        else:
            eerst = (f"{wie} {bereikt} op {datum_tekst(aow)} de AOW-leeftijd, tijdens {zijn} ziekte. Vanaf die "
                     f"datum {betaalt} de werkgever {zijn} loon nog {weken} weken door: tot en met "
                     f"{datum_tekst(laatste)} (art. 7:629 lid 2 BW).")
        return [eerst, "Daarna komt er geen loon van de werkgever en geen WIA-uitkering: wie de AOW-leeftijd heeft, "
                       "kan geen WIA krijgen (art. 8 Wet WIA). " + ("U krijgt" if jij else "De werknemer krijgt")
                       + " AOW van de SVB; die rekent dit overzicht niet uit."]
    return [f"{wie} {bereikt} op {datum_tekst(aow)} de AOW-leeftijd. Vanaf die datum is er geen WIA-uitkering meer "
            f"(art. 8 Wet WIA); {'u krijgt' if jij else 'de werknemer krijgt'} dan AOW van de SVB. Die rekent dit "
            "overzicht niet uit."]


# --- the chart ----------------------------------------------------------------------------

NBSP = "\u00a0"
KLEUREN = ("#1b9e77", "#7f7f7f", "#2c7fb8", "#d95f02", "#7570b3", "#e7298a")


def _maanden(pr: Projectie, i: int) -> tuple[dt.date, ...]:
    return tuple(pr.maand_start[i].astype("datetime64[D]").astype(dt.date).tolist())


def _waarden(rij) -> tuple[float, ...]:
    return tuple(round(float(v), 2) for v in rij)


def grafiek(pr: Projectie, i: int, laatste_loon: float, titel: str = "Inkomen per maand, bruto",
            smal: bool = False) -> str:
    """Monthly income per outcome as small multiples (SVG): one panel per outcome, so no outcome hides
    behind another, each with the last wage as a dotted line, the start of the WIA marked and the
    amount at the end written next to the line. Readable in black and white: the panels carry the
    names, not the colours.

    ``smal``: the layout for a phone: one panel per row, 360 pixels wide (a phone shows it at about its
    own size, so its letters keep their size), instead of two columns 800 pixels wide."""
    from .grafiek import Grafiek, Lijn, Paneel, teken

    maanden = _maanden(pr, i)
    panelen = tuple(Paneel(tak.korte_titel, (Lijn(_waarden(pr.totaal[i, b]), KLEUREN[b % len(KLEUREN)],
                                                   eindlabel=euro(float(pr.totaal[i, b, -1]), 0)),))
                    for b, tak in enumerate(pr.takken))
    top = max(float(np.nanmax(pr.totaal[i])), laatste_loon) * 1.18
    return teken(Grafiek(titel + ", per mogelijke uitkomst", maanden, panelen, top, stippellijn=round(laatste_loon, 2),
                         stippellijn_label="laatste loon", markering=maanden[int(pr.eerste_wia_maand[i]) - 1],
                         markering_label="WIA", smal=smal))


def grafiek_werkgever(wk, i: int, smal: bool = False) -> str:
    """The employer's costs per month (SVG): one panel per WGA outcome (small multiples, so no line hides
    another), each with the loondoorbetaling and the WGA benefit an eigenrisicodrager pays."""
    from .grafiek import Grafiek, Lijn, Paneel, teken

    pr = wk.projectie
    maanden = _maanden(pr, i)
    takken = [b for b in range(len(pr.takken)) if wk.wga_eigenrisico[i, b] > 0] or [0]
    loon = Lijn(_waarden(wk.loonkosten_per_maand[i]), "#000000", 1.5)
    panelen = []
    for b in takken:
        if wk.wga_eigenrisico[i, b] > 0:
            wga = Lijn(_waarden(wk.wga_eigenrisico_per_maand[i, b]), KLEUREN[b % len(KLEUREN)], 1.6,
                       eindlabel=f"WGA {euro(float(wk.wga_eigenrisico_per_maand[i, b, -1]), 0)}")
            # a phone has no room for the long title; the caption says it is the eigenrisicodrager's cost
            panelen.append(Paneel(pr.takken[b].korte_titel if smal else
                                  f"{pr.takken[b].korte_titel}: WGA-kosten als eigenrisicodrager", (loon, wga)))
        else:
            panelen.append(Paneel(pr.takken[b].korte_titel, (loon,)))
    top = max(float(np.nanmax(wk.loonkosten_per_maand[i])), float(np.nanmax(wk.wga_eigenrisico_per_maand[i]))) * 1.25
    return teken(Grafiek("Kosten voor de werkgever per maand, bruto", maanden, tuple(panelen), top,
                         beginlabel=("loondoorbetaling", float(wk.loonkosten_per_maand[i, 0])), smal=smal))


# --- the employee version ----------------------------------------------------------------

def _fasen_tabel(pr: Projectie, i: int, b: int) -> list[list[str]]:
    """Consecutive months with the same phase and the same total, as table rows."""
    rijen = []
    fase, totaal = pr.fase[i, b], pr.totaal[i, b]
    begin = 0
    M = totaal.size
    for m in range(1, M + 1):
        if (m == M or fase[m] != fase[begin] or abs(totaal[m] - totaal[begin]) > 0.004
                or _halve_lgu_maand(pr, i, m) != _halve_lgu_maand(pr, i, begin)):
            van, tot = pr.maand_start[i, begin], pr.maand_start[i, m - 1]
            periode = maand_tekst(van) if m - 1 == begin else f"{maand_tekst(van)} t/m {maand_tekst(tot)}"
            naam = FASEN[fase[begin]]
            titel = FASE_TITELS[naam]
            if naam == "lgu" and _halve_lgu_maand(pr, i, begin):
                vervolg = FASEN[fase[begin + 1]] if begin + 1 < M else "vvu"
                titel = (f"Halve maand LGU, halve maand {FASE_TITELS.get(vervolg, '')} (de loongerelateerde "
                         "uitkering eindigt halverwege deze maand)")
            onderdelen = []
            if pr.ziektewet_boven_loon[i, b, begin] > 0.005:  # BW 7:629 lid 5: the benefit instead of the lower wage
                titel = titel.replace("Loondoorbetaling", "Ziektewet-uitkering, hoger dan uw loon")
                loon_vb = pr.loondoorbetaling[i, b, begin] + pr.vakantiebijslag_loondoorbetaling[i, b, begin]
                onderdelen.append(f"Ziektewet-uitkering {euro(pr.ziektewet_uitkering[i, b, begin])} (100% van uw "
                                  f"dagloon), via uw werkgever; uw loon met vakantiebijslag is {euro(loon_vb)}")
            elif pr.loondoorbetaling[i, b, begin]:
                onderdelen.append(f"loon {euro(pr.loondoorbetaling[i, b, begin])} + vakantiebijslag "
                                  f"{euro(pr.vakantiebijslag_loondoorbetaling[i, b, begin])}")
            if pr.wia_uitkering[i, b, begin]:
                onderdelen.append(f"uitkering {euro(pr.wia_uitkering[i, b, begin])} (incl. vakantiebijslag)")
            if pr.inkomsten_werk[i, b, begin]:
                onderdelen.append(f"loon uit werk {euro(pr.inkomsten_werk[i, b, begin])}")
            if pr.verzekering[i, b, begin]:
                onderdelen.append(f"verzekering {euro(pr.verzekering[i, b, begin])}")
            leeg = ("geen inkomen uit dit overzicht; misschien WW of bijstand (niet berekend)"
                    if naam == "geen_uitkering" else "AOW van de SVB (niet berekend)" if naam == "aow" else
                    "geen inkomen")
            rijen.append([periode, f"{m - begin}", titel, "; ".join(onderdelen) or leeg,
                          f"{euro(totaal[begin])}"])
            begin = m
    return rijen


def _halve_lgu_maand(pr: Projectie, i: int, m: int) -> bool:
    """Month ``m`` (0-based) is the month in which an LGU of a half-month duration ends (art. 59 lid 2 WIA:
    the rule pays that month half LGU, half the follow-up benefit)."""
    duur = float(pr.lgu_duur_maanden[i])
    if duur.is_integer():
        return False
    wga_maand = m - (int(pr.eerste_wia_maand[i]) - 1) + 1
    return wga_maand == int(np.ceil(duur))


def _bronnen_blok(uitleg: list[dict], aannames: list[dict]) -> Bronnen:
    parameters: dict[str, dict] = {}
    regels = []
    for stap in uitleg:
        if stap.get("herkomst") == "regel":
            regels.append({"omschrijving": stap["omschrijving"], "bron": stap.get("bron", ""),
                           "url": stap.get("url"), "variabele": stap["variabele"]})
        elif stap.get("herkomst") == "standaard":
            regels.append({"omschrijving": stap["omschrijving"], "bron": f"standaard: {stap.get('standaard')}",
                           "url": None, "variabele": stap["variabele"]})
        for par in stap.get("parameters", []):
            parameters.setdefault(par["naam"], par)
    return Bronnen(regels=regels, parameters=list(parameters.values()), aannames=aannames)


def parameter_waarde(par: dict) -> str:
    w = par["waarde"]
    if isinstance(w, list):
        return "; ".join(f"vanaf {procent(100 * d, 0)}: {procent(100 * v, 2)}" for d, v in w)
    if isinstance(w, float) and 0 < w < 1.5 and not float(w).is_integer():
        return f"{w:g}".replace(".", ",")
    return f"{w:g}".replace(".", ",")


def _wet_blokken(pr: Projectie) -> list[Any]:
    """Which law each month follows (and the scenario): reports/scenario.py."""
    from .scenario import wet_blokken

    return wet_blokken(pr.stelsel, pr.datum)


def werknemer_overzicht(invoer: dict, vandaag: dt.date | None = None) -> Overzicht:
    """The employee's overview for one person (``invoer``: see docs/overzicht.md)."""
    datum = invoer.get("datum")
    persoon = dict(invoer["persoon"])
    naam = invoer.get("naam", "")
    # Three variants in one call: as given, working along in year 2, with a WGA-hiaat insurance.
    persoon.setdefault("werkt_of_werkt_mee", False)
    persoon.setdefault("wga_hiaat_verzekering", False)
    varianten = [persoon, {**persoon, "werkt_of_werkt_mee": True}, {**persoon, "wga_hiaat_verzekering": True}]
    pr = projecteer(varianten, datum, stelsel=invoer.get("scenario"))
    i = 0
    gat = inkomensgat(pr)
    loon = float(pr.laatste_loon[i])
    vandaag = vandaag or dt.date.today()
    herkomst = _herkomst(persoon, vandaag, pr.datum)
    ov = Overzicht(
        titel="Financieel overzicht bij ziekte",
        # without a name (the anonymous calculator) the sentence starts with 'Eerste ziektedag': a capital
        ondertitel=f"Voor {naam} — {herkomst}" if naam else herkomst[:1].upper() + herkomst[1:],
    )
    b = ov.blokken
    b.append(Kader(DISCLAIMER, "Let op"))
    waarschuwing = minimumloon_waarschuwing(persoon, pr.datum)
    if waarschuwing is not None:
        b.append(waarschuwing)
    b.extend(_wet_blokken(pr))
    b.append(Kop("Uw inkomen per maand"))
    b.extend(Alinea(t) for t in ziekteoorzaak.werknemer_alineas(persoon, pr, i))
    verdiende = (f"U verdiende {euro(float(pr.bruto_maandloon[i]))} bruto per maand, met vakantiebijslag "
                 f"{euro(loon)} bruto per maand.")
    if pr.aow_termijn[i]:  # BW 7:629 lid 2 onder b: a few weeks of wage, then no WIA (every outcome the same)
        b.append(Alinea(verdiende))
        b.extend(Alinea(t) for t in aow_alineas(pr, i, vandaag))
        b.append(Kop("Wat u krijgt"))
        b.append(Tabel(["Periode", "Maanden", "Fase", "Opbouw per maand", "Totaal per maand, bruto"],
                       _fasen_tabel(pr, i, 0), rechts=(1, 4), breedtes=(34, 16, 44, 62, 24),
                       bijschrift="De maand waarin het loon stopt, telt alleen de dagen tot en met de laatste dag "
                                  "met loon."))
    else:
        b.append(Alinea(
            f"{verdiende} De eerste twee jaar van uw ziekte betaalt uw werkgever uw loon door. Daarna beslist het UWV "
            f"over de WIA. Welke uitkomst dat wordt, weet nu nog niemand. Daarom ziet u hieronder elke mogelijke "
            f"uitkomst in een eigen vak, met de stippellijn van uw laatste loon erbij. De WIA begint in "
            f"{maand_tekst_lang(pr.maand_start[i, pr.eerste_wia_maand[i] - 1])}."))
        zw = " (of de Ziektewet-uitkering als die hoger is)" if (pr.ziektewet_boven_loon[i] > 0.005).any() else ""
        b.append(Figuur(grafiek(pr, i, loon), f"Inkomen per maand per mogelijke uitkomst, bruto. Loondoorbetaling met "
                        f"vakantiebijslag{zw}; WIA-uitkeringen inclusief vakantiebijslag; plus loon uit werk waar dat bij "
                        "de uitkomst hoort.", svg_smal=grafiek(pr, i, loon, smal=True)))
        b.extend(Alinea(t) for t in aow_alineas(pr, i, vandaag))

        b.append(Kop("Wat u krijgt, per fase"))
        b.append(Alinea("Per mogelijke uitkomst: welke periode, hoeveel maanden, wat u krijgt en het totaal per maand "
                        "(bruto)."))
        for tak_i, tak in enumerate(pr.takken):
            b.append(Kop(tak.titel, 3))
            b.append(Tabel(["Periode", "Maanden", "Fase", "Opbouw per maand", "Totaal per maand, bruto"],
                           _fasen_tabel(pr, i, tak_i),
                           rechts=(1, 4), breedtes=(34, 16, 44, 62, 24)))
    if pr.aow_termijn[i]:
        b.extend(_slot(pr, i, str(persoon.get("ziekteoorzaak") or "andere")))
        return ov

    b.append(Kop("Hoe groot is het verschil met uw laatste loon?"))
    rijen = []
    for tak_i, tak in enumerate(pr.takken):
        rijen.append([tak.titel, euro(gat.gemiddeld_na_wachttijd[i, tak_i]),
                      f"{euro(gat.gat_euro[i, tak_i])} ({procent(gat.gat_procent[i, tak_i])})",
                      euro(gat.laatste_maand[i, tak_i]),
                      f"{euro(gat.gat_laatste_maand_euro[i, tak_i])} ({procent(gat.gat_laatste_maand_procent[i, tak_i])})"])
    b.append(Tabel(["Uitkomst", "Gemiddeld per maand na de 2 ziektejaren", "Minder dan uw loon",
                    "Op den duur per maand", "Minder dan uw loon (op den duur)"], rijen, rechts=(1, 2, 3, 4),
                   bijschrift=f"Vergeleken met uw laatste loon van {euro(loon)} bruto per maand (met vakantiebijslag). "
                              "'Op den duur' is de laatste maand van dit overzicht."))
    b.append(Lijst([
        "Zonder aanvullende verzekering betekent een WIA-uitkering altijd inkomensverlies: de IVA is 75% van uw "
        "WIA-maandloon, de WGA na twee maanden 70%.",
        "De WGA-vervolguitkering (VVU) is een percentage van het minimumloon, niet van uw loon. Die ligt vaak ver "
        "onder uw loon.",
        "Wordt u afgewezen (minder dan 35% arbeidsongeschikt) en werkt u niet, dan krijgt u geen WIA-uitkering en "
        "staat hier € 0. Dat hoeft niet te betekenen dat u niets krijgt: bent u ontslagen of werkloos geworden, dan "
        "hebt u misschien recht op een WW-uitkering van het UWV. Daarna, of als u geen WW krijgt, kunt u bij uw "
        "gemeente bijstand aanvragen; die hangt af van het inkomen en het vermogen van uw huishouden. Dit overzicht "
        "rekent WW en bijstand niet uit. Vraag het UWV of uw gemeente wat u kunt krijgen.",
    ]))

    b.append(Kop("Hoe vaak komt elke uitkomst voor?"))
    pop = populatie_aandelen(pr.datum)
    b.append(Alinea("Dit zijn cijfers over alle mensen die het UWV beoordeelde. Het is geen voorspelling voor u: uw "
                    "eigen situatie bepaalt de uitkomst."))
    b.append(Tabel(["Uitkomst", "Aandeel", "Bron"], [[r["titel"] if "titel" in r else r["naam"],
                                                    procent(100 * r["waarde"]), r["bron"]] for r in pop], rechts=(1,)))

    prog = invoer.get("prognose")
    if prog:
        b.append(Kop("WIA-prognose (prognose, geen recht)"))
        kol = {k: [v] for k, v in prog.items()}
        kol.setdefault("wia_maandloon", [float(pr.wia_maandloon[i])])
        kol.setdefault("lgu_duur_maanden", [float(pr.lgu_duur_maanden[i])])
        pg = wia_prognose(kol, pr.datum)
        b.append(Alinea(
            f"De arbeidsdeskundige schat dat u nog {euro(pg.restverdiencapaciteit[0, 0])} tot "
            f"{euro(pg.restverdiencapaciteit[0, 2])} bruto per maand kunt verdienen. Met een maatmanloon van "
            f"{euro(float(prog['maatmanloon_per_maand']))} komt u dan waarschijnlijk in de klasse "
            f"{pg.waarschijnlijke_klasse[0]}%. Dit is een {PROGNOSE_LABEL}: het UWV beslist."))
        rijen = []
        for k, punt in enumerate(("laagste schatting", "midden", "hoogste schatting")):
            uitkomst = pg.uitkomst[0][k]
            rijen.append([f"{punt}: {euro(pg.restverdiencapaciteit[0, k])}", procent(pg.ao_percentage[0, k]),
                          f"{pg.klasse[0][k]}%", {"geen": "afgewezen", "wga_35_80": "WGA 35-80%",
                                                  "wga_80_100": "WGA 80-100%", "iva": "IVA"}[uitkomst],
                          euro(pg.lgu_na_twee_maanden[0, k]), euro(pg.vervolg_met_werk[0, k]),
                          euro(pg.vervolg_zonder_werk[0, k])])
        b.append(Tabel(["Wat u nog kunt verdienen (per maand)", "Arbeidsongeschikt", "Klasse", "Uitkomst",
                        "LGU na 2 maanden", "Daarna, als u dit verdient (uitkering + loon)", "Daarna zonder werk (VVU)"],
                       rijen, rechts=(1, 4, 5, 6), bijschrift="Bedragen bruto per maand; " + PROGNOSE_LABEL + "."))

    b.extend(_slot(pr, i, str(persoon.get("ziekteoorzaak") or "andere")))
    return ov


def _slot(pr: Projectie, i: int, oorzaak: str = "andere") -> list:
    """The end of the employee version: what he can do himself, how each amount was derived, the sources."""
    return [Kop("Wat kunt u zelf doen?"), *_tips(pr, i),
            Kop("Waarom dit bedrag?"), Alinea("Per bedrag: hoe het is berekend en welk wetsartikel erachter zit."),
            _afleiding(pr, i, oorzaak), Alinea(TECHNISCHE_BIJLAGE), _bronnen_blok(pr.uitleg, pr.aannames)]


WET = {
    "BW": "https://wetten.overheid.nl/BWBR0005290/{datum}#Boek7_Titeldeel10_Afdeling5_Artikel629",
    "WML": "https://wetten.overheid.nl/BWBR0002638/{datum}#HoofdstukIII_Artikel15",
    "WIA13": "https://wetten.overheid.nl/BWBR0019057/{datum}#Hoofdstuk3_Paragraaf3.1_Artikel13",
    "WIA": "https://wetten.overheid.nl/BWBR0019057/{datum}",
    "AOW": "https://wetten.overheid.nl/BWBR0002221/{datum}#HoofdstukII_Artikel7a",
}


def _wet(sleutel: str, datum: dt.date) -> str:
    return WET[sleutel].format(datum=datum.isoformat())


def _getal(x: float, decimalen: int = 2) -> str:
    return f"{x:,.{decimalen}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _som_klopt(uitkomst: float, berekend: float) -> bool:
    """A derivation in words is only shown when its numbers give the amount to the cent."""
    return abs(round(berekend + 1e-9, 2) - round(uitkomst, 2)) < 0.006


def _vvu_basis(pr: Projectie, ao: float) -> tuple[float, float]:
    """The VVU class percentage and the minimumloon (with vakantiebijslag) it is a percentage of."""
    from ..interface import bereken

    r = bereken({"datum": pr.datum.isoformat(), "personen": [{"arbeidsongeschiktheidspercentage": float(ao)}],
                 "bereken": ["uitkeringspercentage", "minimumloon_per_maand_wia"]})["resultaten"][0]
    return float(r["uitkeringspercentage"]), float(r["minimumloon_per_maand_wia"])


def _afleiding(pr: Projectie, i: int, oorzaak: str = "andere") -> Tabel:
    """'Waarom dit bedrag?': per amount a short derivation in words and numbers, with the law behind it."""
    T = {t.naam: k for k, t in enumerate(pr.takken)}
    d = pr.datum
    loon = float(pr.bruto_maandloon[i])
    A = float(pr.wia_maandloon[i])
    rijen: list[list[str]] = []
    links: dict[tuple[int, int], str] = {}

    def rij(wat: str, bedrag: str, hoe: str, wet: str, url: str) -> None:
        links[(len(rijen), 3)] = url
        rijen.append([wat, bedrag, hoe, wet])

    b0 = T["afgewezen_zonder_werk"]
    fase = pr.fase[i, b0]
    for naam, wat in (("ziek_jaar1", "Loon in het eerste ziektejaar"), ("ziek_jaar2", "Loon in het tweede ziektejaar")):
        maanden = np.flatnonzero(fase == FASEN.index(naam))
        if not maanden.size:
            continue
        m = int(maanden[0])
        bedrag = float(pr.loondoorbetaling[i, b0, m])
        deel = bedrag / loon if loon else 0.0
        if loon and deel <= 1.0 and _som_klopt(bedrag, round(deel, 2) * loon):  # above 100%: the minimum-wage floor
            hoe = (f"{procent(100 * round(deel, 2), 0)} van uw brutoloon van {euro(loon)}. De wet vraagt ten minste "
                   "70% (in het eerste jaar ten minste het minimumloon); meer komt uit uw cao of contract.")
        else:
            hoe = ("70% van uw brutoloon of meer als uw cao dat zegt, met de wettelijke grenzen (ten hoogste 70% van "
                   "het maximumdagloon; in het eerste jaar ten minste het minimumloon).")
        rij(wat, euro(bedrag) + " per maand", hoe, "art. 7:629 lid 1 BW", _wet("BW", d))
        vb = float(pr.vakantiebijslag_loondoorbetaling[i, b0, m])
        if naam == "ziek_jaar1" and vb:
            rij("Vakantiebijslag over dat loon", euro(vb) + " per maand",
                f"8% van {euro(bedrag)} = {euro(vb)}." if _som_klopt(vb, 0.08 * bedrag) else
                "8% van het doorbetaalde loon.", "art. 15 Wet minimumloon en minimumvakantiebijslag", _wet("WML", d))
    zw_rij = ziekteoorzaak.werknemer_afleiding_rij(pr, i, oorzaak)
    if zw_rij is not None:
        rij(*zw_rij)
    dagloon = round(A / 21.75, 2)
    if not pr.aow_termijn[i]:  # no WIA after the AOW age: its maandloon would only confuse
        rij("WIA-maandloon (de basis van elke WIA-uitkering)", euro(A) + " per maand",
            (f"Dagloon {euro(dagloon)} x 21,75 = {euro(A)}. Het dagloon is het loon van het jaar voor uw ziekte "
             "gedeeld door 261, ten hoogste het maximumdagloon." if _som_klopt(A, dagloon * 21.75) else
             "Het dagloon (het loon van het jaar voor uw ziekte gedeeld door 261, ten hoogste het maximumdagloon) "
             "maal 21,75."), "art. 13 WIA", _wet("WIA13", d))
    vvu_tak, eerste = T["wga_vvu"], int(pr.eerste_wia_maand[i]) - 1
    lgu1 = float(pr.wia_uitkering[i, vvu_tak, eerste])
    if lgu1 and _som_klopt(lgu1, 0.75 * A):
        rij("WGA-uitkering (LGU), eerste twee maanden, zonder werk", euro(lgu1) + " per maand",
            f"75% van {euro(A)} = {euro(lgu1)}.", "art. 61 lid 1 WIA", _wet("WIA", d) + "#Artikel61")
    if eerste + 2 < pr.maanden:
        lgu3 = float(pr.wia_uitkering[i, vvu_tak, eerste + 2])
        if lgu3 and _som_klopt(lgu3, 0.70 * A):
            rij("WGA-uitkering (LGU), daarna, zonder werk", euro(lgu3) + " per maand",
                f"70% van {euro(A)} = {euro(lgu3)}, {_getal(float(pr.lgu_duur_maanden[i]), 1).replace(',0', '')} "
                "maanden lang (de duur volgt uit uw arbeidsverleden).", "art. 59 en 61 lid 1 WIA",
                _wet("WIA", d) + "#Artikel61")
    lau_tak = T["wga_lau"]
    lau = float(pr.wia_uitkering[i, lau_tak, -1])
    rvc = float(pr.restverdiencapaciteit[i, lau_tak])
    if lau and pr.fase[i, lau_tak, -1] == FASEN.index("lau"):
        rij("WGA-loonaanvulling (LAU), als u genoeg verdient", euro(lau) + " per maand",
            (f"70% van ({euro(A)} min wat u nog kunt verdienen, {euro(rvc)}) = {euro(lau)}, naast uw loon uit werk."
             if _som_klopt(lau, 0.70 * (A - rvc)) else
             "70% van het verschil tussen uw WIA-maandloon en wat u nog kunt verdienen, naast uw loon uit werk."),
            "art. 61 lid 2 en 4 WIA", _wet("WIA", d) + "#Artikel61")
    vvu = float(pr.wia_uitkering[i, vvu_tak, -1])
    if vvu and pr.fase[i, vvu_tak, -1] == FASEN.index("vvu"):
        pct, minimumloon = _vvu_basis(pr, float(pr.ao_percentage[i, vvu_tak]))
        basis = min(minimumloon, A)
        rij("WGA-vervolguitkering (VVU), als u weinig verdient", euro(vvu) + " per maand",
            (f"Bij {procent(float(pr.ao_percentage[i, vvu_tak]), 0)} arbeidsongeschikt: {procent(100 * pct, 2)} van "
             f"het minimumloon met vakantiebijslag ({euro(basis)}) = {euro(vvu)}." if _som_klopt(vvu, pct * basis)
             else "Een percentage van het minimumloon dat hoort bij hoeveel u arbeidsongeschikt bent."),
            "art. 61 lid 6 en art. 62 WIA", _wet("WIA", d) + "#Artikel62")
    iva = float(pr.wia_uitkering[i, T["iva"], -1])
    if iva:
        rij("IVA-uitkering", euro(iva) + " per maand",
            f"75% van {euro(A)} = {euro(iva)}." if _som_klopt(iva, 0.75 * A) else "75% van uw WIA-maandloon.",
            "art. 51 WIA", _wet("WIA", d) + "#Artikel51")
    if str(pr.aow_datum[i]) != "NaT" and pr.aow_termijn[i]:
        rij("Loon na de AOW-leeftijd", f"{aow_termijn_weken(pr, i)} weken",
            "Wie de AOW-leeftijd heeft bereikt, krijgt bij ziekte 6 weken loon (13 weken als de ziekte vóór 1 juli "
            "2023 begon). Begon de ziekte eerder, dan tellen die weken vanaf de AOW-datum, samen niet meer dan 104 "
            "weken.", "art. 7:629 lid 2 onder b BW", _wet("BW", d))
    if str(pr.aow_datum[i]) != "NaT":
        rij("AOW-leeftijd", datum_tekst(pr.aow_datum[i]),
            "Vanaf die datum is er geen WIA-uitkering (art. 8 Wet WIA) en krijgt u AOW (niet berekend)."
            + (" Uw AOW-leeftijd is nog niet vastgesteld; we rekenen met de laatst vastgestelde leeftijd. Die kan "
               "nog hoger worden, uw AOW-datum dus later." if pr.aow_aanname[i] else ""),
            "art. 7a AOW", _wet("AOW", d))
    return Tabel(["Wat", "Bedrag", "Zo is het berekend", "Wet"], rijen, rechts=(1,), breedtes=(40, 30, 82, 28),
                 links=links, bijschrift="Alle bedragen bruto. Wetteksten zoals die golden op de rekendatum.")


def _afleiding_werkgever(wk, i: int) -> Tabel:
    """'Waarom dit bedrag?' for the employer: the main cost items in words and numbers, with the law."""
    pr = wk.projectie
    d = pr.datum
    rijen: list[list[str]] = []
    links: dict[tuple[int, int], str] = {}

    def rij(wat: str, bedrag: str, hoe: str, wet: str, url: str) -> None:
        links[(len(rijen), 3)] = url
        rijen.append([wat, bedrag, hoe, wet])

    per_maand = wk.loonkosten_per_maand[i]
    delen = []
    som = 0.0
    begin = 0
    for m in range(1, per_maand.size + 1):
        if m == per_maand.size or abs(per_maand[m] - per_maand[begin]) > 0.004:
            if per_maand[begin] > 0:
                delen.append(f"{m - begin} x {euro(float(per_maand[begin]))}")
                som += (m - begin) * float(per_maand[begin])
            begin = m
    hoe = ("Loon met vakantiebijslag per maand: " + " + ".join(delen) + f" = {euro(float(wk.loonkosten[i]))}."
           if delen and len(delen) <= 4 and _som_klopt(float(wk.loonkosten[i]), som) else
           "Het doorbetaalde loon met vakantiebijslag, opgeteld over de ziekteperiode.")
    rij("Loondoorbetaling", euro(float(wk.loonkosten[i])), hoe + " Ten minste 70% van het loon, twee jaar lang; "
        "meer als de cao dat zegt.", "art. 7:629 lid 1 BW", _wet("BW", d))
    zw_rij = ziekteoorzaak.afleiding_rij(wk, i)
    if zw_rij is not None:
        rij(*zw_rij)
    if wk.transitievergoeding[i] > 0:
        rij("Transitievergoeding", euro(float(wk.transitievergoeding[i])),
            "Een derde maandsalaris per jaar dat de werknemer in dienst was, en naar verhouding voor de rest.",
            "art. 7:673 lid 2 BW", f"https://wetten.overheid.nl/BWBR0005290/{d.isoformat()}#Artikel673")
        rij("Compensatie door het UWV", euro(-float(wk.compensatie[i])),
            "Het UWV betaalt de transitievergoeding terug, ten hoogste wat na 104 weken ziekte verschuldigd was.",
            "art. 7:673e BW", f"https://wetten.overheid.nl/BWBR0005290/{d.isoformat()}#Artikel673e")
    rij("WGA-kosten als eigenrisicodrager", "per uitkomst, zie hierboven",
        f"De WGA-uitkering van de (ex-)werknemer, ten hoogste {int(wk.eigenrisico_jaren)} jaar; een IVA of een "
        "afwijzing kost niets.", "art. 82 WIA", _wet("WIA", d) + "#Artikel82")
    return Tabel(["Wat", "Bedrag", "Zo is het berekend", "Wet"], rijen, rechts=(1,), breedtes=(36, 28, 88, 28),
                 links=links, bijschrift="Alle bedragen bruto, in totaal. Wetteksten zoals die golden op de rekendatum.")


TECHNISCHE_BIJLAGE = ("De technische bijlage met elke rekenregel en elke vaste waarde met haar bron staat in de "
                      "HTML-versie van dit overzicht (onderaan, ingeklapt).")


def _tips(pr: Projectie, i: int) -> list[Any]:
    """What the person can do to stay in the better branches, with the amounts from the projection."""
    T = {t.naam: k for k, t in enumerate(pr.takken)}
    eind = pr.maanden - 1
    items = []
    lau, vvu = pr.totaal[i, T["wga_lau"], eind], pr.totaal[i, T["wga_vvu"], eind]
    rvc = pr.restverdiencapaciteit[i, T["wga_lau"]]
    if lau > vvu:
        items.append(f"Blijf werken of ga weer werken. In de WGA 35-80% krijgt u na de loongerelateerde uitkering "
                     f"de loonaanvulling als u ten minste de helft verdient van wat u volgens het UWV nog kunt "
                     f"verdienen (hier {euro(rvc / 2)} van {euro(rvc)} bruto per maand). Verdient u die "
                     f"{euro(rvc)} helemaal, dan heeft u samen {euro(lau)} bruto per maand, in plaats van "
                     f"{euro(vvu)} bruto per maand met alleen de vervolguitkering: {euro(lau - vvu)} bruto per maand "
                     f"meer.")
    met_werk = pr.totaal[1, 0, :int(pr.eerste_wia_maand[1]) - 1].sum() if pr.aantal > 1 else 0.0
    zonder = pr.totaal[i, 0, :int(pr.eerste_wia_maand[i]) - 1].sum()
    if met_werk > zonder + 0.005:
        items.append(f"Werk actief mee aan uw re-integratie. Uw cao betaalt in het tweede ziektejaar meer als u "
                     f"(gedeeltelijk) werkt of meewerkt: samen {euro(met_werk - zonder)} bruto meer over de twee "
                     f"ziektejaren.")
    if pr.aantal > 2:
        extra = pr.verzekering[2, T["wga_vvu"], eind]
        if extra > 0:
            items.append(f"Een WGA-hiaatverzekering (vaak via uw werkgever) vult de vervolguitkering aan: in dit "
                         f"voorbeeld {euro(extra)} bruto per maand. Vraag uw werkgever of u die heeft.")
    items.append("Bespreek dit overzicht bij elk plan van aanpak met uw werkgever en casemanager, en vraag het "
                 "opnieuw als er iets verandert (werk, uren, loon, de inschatting van wat u nog kunt).")
    items.append("Vraag bij twijfel over uw arbeidsongeschiktheid een deskundigenoordeel of second opinion aan.")
    return [Lijst(items)]


# --- the employer version -----------------------------------------------------------------

def werkgever_overzicht(invoer: dict, vandaag: dt.date | None = None) -> Overzicht:
    """The employer's overview: costs and risks, without medical data."""
    datum = invoer.get("datum")
    persoon = dict(invoer["persoon"])
    wg = invoer.get("werkgever", {})
    for medisch in ("restverdiencapaciteit_per_maand", "maatmanloon_per_maand"):
        persoon.pop(medisch, None)  # the employer version never uses the assessment estimate
    if "datum_in_dienst" in wg:
        persoon["datum_in_dienst"] = wg["datum_in_dienst"]
    if "noriskpolis_grond" in wg:
        persoon["noriskpolis_grond"] = wg["noriskpolis_grond"]
    wk = werkgeverskosten(persoon, datum, reintegratiebudget=float(wg.get("reintegratiebudget", 0.0)),
                          eigenrisicodrager=bool(wg.get("eigenrisicodrager", True)),
                          werkgeverslasten=float(wg.get("werkgeverslasten", 0.0)),
                          whk_loonsom=wg.get("whk_loonsom"), whk_correctiefactor=wg.get("whk_correctiefactor"),
                          whk_premie_wga=wg.get("whk_premie_wga"), stelsel=invoer.get("scenario"),
                          rie_status=wg.get("rie_status"), grootte=wg.get("grootte", "middel"))
    pr = wk.projectie
    i = 0
    vandaag = vandaag or dt.date.today()
    ov = Overzicht(
        titel="Financieel overzicht bij ziekte — werkgever",
        ondertitel=(f"{invoer.get('naam', 'Werknemer')}: {_herkomst(persoon, vandaag, pr.datum)} "
                    + ziekteoorzaak.medisch_tekst(str(persoon.get("ziekteoorzaak") or "andere"))),
        soort="werkgever",
    )
    b = ov.blokken
    b.append(Kader(DISCLAIMER.replace("uw arbeidsovereenkomst", "de arbeidsovereenkomst"),
                   "Let op"))
    waarschuwing = minimumloon_waarschuwing(persoon, pr.datum, jij=False)
    if waarschuwing is not None:
        b.append(waarschuwing)
    b.extend(_wet_blokken(pr))
    b.append(Kop("Kosten per maand"))
    b.extend(Alinea(t) for t in aow_alineas(pr, i, vandaag, jij=False))
    b.append(Figuur(grafiek_werkgever(wk, i), "Loondoorbetaling per maand (met vakantiebijslag) en, voor een "
                    "eigenrisicodrager WGA, de WGA-uitkering per mogelijke uitkomst, bruto.",
                    svg_smal=grafiek_werkgever(wk, i, smal=True)))
    lasten = f" en {procent(100 * wk.werkgeverslasten, 0)} werkgeverslasten" if wk.werkgeverslasten else \
        " (zonder werkgeverslasten zoals premies en pensioen)"
    rijen = [
        ["Loondoorbetaling tijdens ziekte, met vakantiebijslag" + lasten, euro(wk.loonkosten[i])],
        *ziekteoorzaak.werkgever_rijen(wk, i),
        ["Re-integratiebudget (opgegeven)", euro(wk.reintegratie[i])],
        ["Transitievergoeding bij einde dienstverband na de ziekteperiode", euro(wk.transitievergoeding[i])],
        ["Compensatie transitievergoeding door het UWV", euro(-wk.compensatie[i])],
    ]
    b.append(Tabel(["Kostenpost", "Totaal, bruto"], rijen, rechts=(1,)))
    zw_tekst = ziekteoorzaak.werkgever_alinea(wk, i)
    if zw_tekst is not None:
        b.append(Alinea(zw_tekst))
    if wk.no_risk_waarde[i] > 0:
        b.append(Kader(f"Gaat deze werknemer met een WIA-uitkering bij een nieuwe werkgever aan de slag en wordt hij "
                       f"daar opnieuw ziek, dan betaalt het UWV zijn Ziektewetuitkering (no-riskpolis, art. 29b "
                       f"Ziektewet). Die is hier {euro(wk.no_risk_waarde[i])} waard. Dat bedrag is geen kostenpost en "
                       "telt niet mee in de totalen: het is wat een nieuwe werkgever niet hoeft te betalen.",
                       "Goed om te weten"))
    if wk.transitievergoeding[i] > wk.compensatie[i] + 0.005:
        b.append(Alinea(f"Het UWV compenseert ten hoogste de transitievergoeding die na 104 weken ziekte verschuldigd "
                        f"was ({euro(wk.transitievergoeding_na_wachttijd[i])}). Een langere loondoorbetaling "
                        f"(loonsanctie of uitstel) telt niet mee: u draagt zelf "
                        f"{euro(wk.transitievergoeding[i] - wk.compensatie[i])}."))
    if "datum_in_dienst" not in persoon:
        b.append(Alinea("Zonder datum in dienst rekent dit overzicht de transitievergoeding niet uit."))
    elif pr.aow_termijn[i]:
        b.append(Alinea("Er is geen transitievergoeding: de arbeidsovereenkomst eindigt na de AOW-leeftijd van de "
                        "werknemer (art. 7:673 lid 7 onder b BW). Dan is er ook geen compensatie door het UWV."))
    if wk.noriskpolis is not None:
        b.append(Alinea(noriskpolis_tekst(wk.noriskpolis, i)))
    b.append(Kop(f"WGA-kosten als eigenrisicodrager ({int(wk.eigenrisico_jaren)} jaar)"))
    b.append(Alinea("Een eigenrisicodrager WGA betaalt de WGA-uitkering van (ex-)werknemers tien jaar lang zelf "
                    "(art. 82 WIA). Een IVA-uitkering of een afwijzing kost de eigenrisicodrager niets."
                    + ("" if wk.eigenrisicodrager else " Bent u publiek verzekerd, dan betaalt u via de "
                       "gedifferentieerde premie Werkhervattingskas: voor middelgrote en grote werkgevers telt de "
                       "WGA-instroom van uw eigen werknemers mee in uw premie (zie verderop).")
                    + ("" if wk.eigenrisicodrager else " U bent geen eigenrisicodrager: de WGA-kosten hieronder zijn "
                       "ter vergelijking en tellen niet mee in 'Alles samen'.")))
    rijen = [[t.korte_titel, euro(wk.wga_eigenrisico[i, b_]), euro(wk.totaal[i, b_])] for b_, t in enumerate(pr.takken)]
    b.append(Tabel(["Uitkomst", f"WGA-kosten in {int(wk.eigenrisico_jaren)} jaar", "Alles samen"], rijen,
                   rechts=(1, 2), bijschrift="Alles samen: loondoorbetaling"
                   + (" min Ziektewet-uitkering" if wk.ziektewet_vergoeding[i] > 0 else "")
                   + (" plus het deel daarvan dat u doorbetaalt" if wk.ziektewet_doorbetaald[i] > 0.005 else "")
                   + " + re-integratie + transitievergoeding min "
                   "compensatie + " + ("WGA-kosten" if wk.eigenrisicodrager else
                                       "hogere premie Werkhervattingskas (als de loonsom is opgegeven)") + ", bruto."))
    if not wk.eigenrisicodrager:  # an eigenrisicodrager pays no WGA premium to the Werkhervattingskas
        b.extend(whk_blokken(wk, i, False))
    if wk.preventie is not None:  # prevention: RI&E status and the sickness risk (preventie.py)
        b.extend([Kop("Preventie: RI&E en verzuimrisico"), *(Alinea(t) for t in wk.preventie.teksten()),
                  Lijst(list(wk.preventie.bronnen))])
    b.append(Kop("Kostenrisico voor een nieuwe werkgever van een tweedespoorkandidaat"))
    b.extend(claim_blokken(pr.datum, persoon.get("cao_regime", "wettelijk")))
    b.append(Kop("Waarom dit bedrag?"))
    b.append(Alinea("Elk bedrag komt uit rekenregels die het wetsartikel noemen. De belangrijkste:"))
    b.append(_afleiding_werkgever(wk, i))
    b.append(Alinea(TECHNISCHE_BIJLAGE))
    b.append(_bronnen_blok(wk.uitleg, pr.aannames))
    return ov


def noriskpolis_tekst(nr, i: int) -> str:
    """One line on the no-riskpolis of this employee (ZW art. 29b) for the employer."""
    if nr.lid[i] == "geen":
        return "Voor deze werknemer geldt geen no-riskpolis (art. 29b Ziektewet)."
    if nr.onbeperkt[i]:
        return ("No-riskpolis: zolang het dienstverband duurt krijgt u bij ziekte van deze werknemer een "
                "Ziektewetuitkering van het UWV (art. 29b lid 2 Ziektewet).")
    if np.isnat(nr.einddatum[i]):
        return "No-riskpolis: de einddatum is niet bekend (geef de datum in dienst op)."
    return (f"No-riskpolis: valt deze werknemer ziek tot en met {datum_tekst(nr.einddatum[i])}, dan krijgt u een "
            "Ziektewetuitkering van het UWV (art. 29b Ziektewet, vijf jaar).")


def whk_blokken(wk, i: int, eigenrisicodrager: bool) -> list[Any]:
    """The premium effect for a publicly insured employer (Besluit Wfsv art. 2.5-2.11)."""
    uit: list[Any] = [Kop("Premie Werkhervattingskas als u publiek verzekerd bent")]
    w = wk.whk
    if w is None:
        uit.append(Alinea("Geef bij de werkgever de premieplichtige loonsom van uw bedrijf op (in euro per jaar) om te "
                          "zien hoeveel uw gedifferentieerde premie Werkhervattingskas stijgt als deze werknemer een "
                          "WGA-uitkering krijgt."))
        return uit
    pr = wk.projectie
    klasse = str(w.klasse[i])
    grenzen = (f"Kleine werkgever: loonsom tot en met {euro(w.grens_klein, 0)} per jaar; grote werkgever: meer dan "
               f"{euro(w.grens_groot, 0)} (de loonsom van twee jaar eerder telt).")
    if klasse == "klein":
        uit.append(Alinea(f"Met een loonsom van {euro(float(w.loonsom[i]), 0)} per jaar bent u een "
                          f"kleine werkgever. U betaalt de sectorpremie: een WGA-uitkering van deze werknemer "
                          f"verandert uw eigen premie niet. {grenzen}"))
        return uit
    factor = float(w.correctiefactor[i])
    per_euro = f"{round(factor * float(w.gewicht[i]), 2):g}".replace(".", ",")
    herkomst = ("de correctiefactor die u opgaf" if w.correctiefactor_opgegeven[i] else
                "de wettelijke bovengrens van de correctiefactor; de factor van dit jaar hebben we niet gevonden, dus "
                "de bedragen hieronder zijn een bovengrens. Geef de correctiefactor uit de premieparameters van het "
                "UWV op voor een precieze berekening")
    soort = "grote" if klasse == "groot" else "middelgrote"
    deel = ("uw premie is helemaal individueel" if klasse == "groot" else
            f"uw premie is voor {procent(100 * float(w.gewicht[i]), 0)} individueel en voor de rest de sectorpremie")
    factor_tekst = f"correctiefactor {factor:g}".replace(".", ",")
    if klasse != "groot":
        factor_tekst += f" x {procent(100 * float(w.gewicht[i]), 0)} individueel"
    uit.append(Alinea(
        f"Met een loonsom van {euro(float(w.loonsom[i]), 0)} per jaar bent u een {soort} werkgever ({deel}). Krijgt "
        f"deze werknemer een WGA-uitkering, dan telt die de eerste {int(w.toerekening_jaren)} jaar mee in uw premie, "
        f"steeds twee jaar later. Elke euro uitkering maakt uw premie dan ongeveer {per_euro} euro hoger "
        f"({factor_tekst}; {herkomst}). De premie blijft tussen {procent(w.minimumpremie, 2)} en "
        f"{procent(w.maximumpremie, 2)} van de loonsom. {grenzen}"))
    if eigenrisicodrager:
        uit.append(Alinea("U bent eigenrisicodrager voor de WGA: dan betaalt u deze premie niet (het WGA-deel is 0%) "
                          "maar de uitkering zelf, zoals hierboven. Dit is de vergelijking."))
    rijen = []
    for b_, t in enumerate(pr.takken):
        if t.uitkomst not in ("wga_35_80", "wga_80_100"):
            continue
        jaren = w.jaren[w.effect[i, b_] > 0]
        periode = f"{jaren.min()} t/m {jaren.max()}" if jaren.size else "-"
        rijen.append([t.korte_titel, euro(float(w.toegerekend[i, b_].sum())), periode,
                      euro(float(w.effect[i, b_].max())), euro(w.totaal[i, b_])])
    uit.append(Tabel(["Uitkomst", f"WGA-uitkering in {int(w.toerekening_jaren)} jaar, totaal", "Hogere premie in",
                      "Hogere premie per jaar (hoogste)", "Hogere premie, totaal"], rijen,
                     rechts=(1, 3, 4), bijschrift="Bruto, in euro; de premie per jaar hangt af van de uitkering twee jaar "
                     "eerder. Bij afwijzing of IVA verandert de Whk-premie niet (de IVA betaalt het Aof). Loonsom en "
                     "premiegrenzen van het parameterjaar, gelijk gehouden."))
    return uit


CAO_TEKST = {
    "wettelijk": "het wettelijke minimum",
    "onder_170": "een cao die over twee jaar minder dan 170% betaalt",
    "exact_170": "een cao die over twee jaar precies 170% betaalt",
    "boven_170_voorwaardelijk": "een cao die meer dan 170% betaalt als de werknemer meewerkt",
    "boven_170_onvoorwaardelijk": "een cao die altijd meer dan 170% betaalt",
}


def _cao_tekst(regime: str, datum) -> str:
    """The CAO regime in words with its percentages, from the parameters of the date."""
    from ..scenarios import huidig

    r = getattr(huidig().op(datum).loondoorbetaling.cao_regimes, regime)
    return (f"{CAO_TEKST.get(regime, 'de cao van de werknemer')} ({procent(100 * r.jaar1, 0)} in jaar 1, "
            f"{procent(100 * r.jaar2, 0)} in jaar 2 zonder werk)")


def claim_blokken(datum, cao_regime: str = "wettelijk") -> list[Any]:
    """The recomputed claim 'ruim EUR 300.000 over 12 jaar' with its assumptions, under the employee's own
    CAO regime (the new employer would hire someone with a wage like his)."""
    r = kostenrisico_tweede_spoor(datum=datum, cao_regime=cao_regime)
    rijen = []
    for rij in r["rijen"]:
        rijen.append([euro(rij["bruto_maandloon"], 0), euro(rij["loonkosten_2_jaar"], 0)]
                     + [euro(rij["totaal"][n], 0) + (NBSP + "*" if rij["totaal"][n] > CLAIM else "")
                        for n in ("wga_lau", "wga_vvu", "wga_80_100")]
                     + [euro(rij["gewogen_gemiddelde"], 0) + (NBSP + "*" if rij["gewogen_gemiddelde"] > CLAIM else "")])
    a = r["aannames"]
    return [
        Alinea("Het Register Specialistisch Casemanagement (RSC) schrijft in zijn brief 'Versterking effectiviteit "
               "tweede spoor' (16 juni 2023) dat een nieuwe werkgever die een tweedespoorkandidaat in dienst neemt 'een "
               "kostenrisico van gemiddeld ruim € 300.000 over een periode van 12 jaar' loopt: bij hernieuwde uitval "
               "twee jaar loondoorbetaling en daarna tot tien jaar WGA-kosten. Spoorzoeker rekent dat na met de "
               "rekenregels, met de cao-regeling van deze werknemer."),
        Tabel(["Brutoloon per maand", "Loondoorbetaling 2 jaar", "WGA 35-80% met werk (LAU)", "WGA 35-80% weinig werk (VVU)",
               "WGA 80-100%", "Gemiddeld over alle uitkomsten"], rijen, rechts=(0, 1, 2, 3, 4, 5),
              bijschrift="Totaal over 12 jaar, bruto, voor een eigenrisicodrager. Een grote werkgever die publiek "
                         "verzekerd is, betaalt de WGA-kosten via een hogere premie: ongeveer de correctiefactor (ten "
                         "hoogste 2) maal de WGA-uitkering, twee jaar later (zie de premie Werkhervattingskas). "
                         "* = meer dan € 300.000. Gemiddeld: gewogen met de UWV-aandelen van de uitkomsten (afwijzing en IVA "
                         "kosten geen WGA-geld)."),
        Lijst([f"Cao: {_cao_tekst(a['cao_regime'], datum)}; duur van de loongerelateerde uitkering {a['lgu_duur_maanden']:g} "
               f"maanden; geen werkgeverslasten en geen re-integratiekosten; {a['eigenrisico_jaren']:g} jaar WGA; "
               f"bedragen van {datum_tekst(a['rekendatum'])} zonder indexatie.",
               _omslag_tekst(datum, cao_regime)]),
    ]


def _omslag_tekst(datum, cao_regime: str = "wettelijk") -> str:
    o = omslagpunten(datum, cao_regime=cao_regime)

    def loon(naam):
        bedrag = o[naam]
        return f"vanaf {euro(bedrag, 0)} bruto per maand" if bedrag else "bij geen enkel loon tot € 12.000"

    return (f"Uitkomst: de € 300.000 wordt overschreden in de WGA 80-100% {loon('wga_80_100')}, in de WGA 35-80% met "
            f"loonaanvulling {loon('wga_lau')} en met vervolguitkering {loon('wga_vvu')}. Gemiddeld over alle "
            f"uitkomsten (ook afwijzing en IVA, die de werkgever geen WGA-geld kosten) pas {loon('gewogen_gemiddelde')}. "
            "De bewering geldt dus alleen voor hogere lonen of voor de zwaarste WGA-uitkomst, en alleen als de "
            "kandidaat opnieuw twee jaar uitvalt.")
