"""The re-integratieverslag (R13): assembled from a case file, with a completeness check, as HTML and A4 PDF.

``maak_verslag(service, gebruiker_id, dossier_id)`` reads the case through ``DossierService.lees_voor_verslag``
(access checked and logged, like every read) and builds the report in the same plain-Dutch blocks as the
financial overview, so ``naar_html`` and ``naar_pdf`` of this package draw it. How to read it:
docs/re_integratieverslag.md.

Parts, in UWV's order (Regeling procesgang eerste en tweede ziektejaar art. 6; UWV Werkwijzer
Poortwachter 2021 §3.2 "Onderdelen re-integratieverslag"): probleemanalyse and its bijstellingen, plan
van aanpak and its bijstellingen (interventions, scholing), evaluations with the eerstejaarsevaluatie and
the eindevaluatie, the actueel oordeel of the bedrijfsarts, the track choice with the arbeidsdeskundig
report, the timeline, and the employee's opinion.

Medical content, by construction: the report is built from the process part of the case
(``cases.model.Dossier``), which has no medical field; the medical part is never read here. The
bedrijfsarts' judgement appears only as functional limitations and possibilities in work terms. Three
versions:

* ``uwv`` - for a role that may read the medical part (the employee, the bedrijfsarts, the casemanager
  in taakdelegatie): all parts, the arbeidsdeskundige's WIA prognosis, and, for the employee himself,
  his own opinion.
* ``werkgever`` - for every other role: the same parts without the WIA prognosis (an expected
  disability class, which the AP rules keep from the employer) and without the
  employee's opinion (his alone, ``cases.beleid``).
* ``kort`` - the short version for horizontal supervision: per part whether and when it was done,
  the actueel oordeel in work terms, the track choice and the timeline; employer-safe like ``werkgever``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import numpy as np

from ..cases import (
    Dossier,
    FunctioneleMogelijkheden,
    MeningWerknemer,
    Operatie,
    SoortOordeel,
    Spoor,
    StapGedaan,
    VerslagGegevens,
    WiaPrognose,
    mag,
    ziektegeval,
)
from ..cases.correcties import ROLNAMEN
from ..cases.model import SoortGebeurtenis
from ..errors import InvoerFout
from ..stapteksten import STAPTITELS, STATUSKOLOM, STATUSTEKSTEN
from ..timeline import Tijdlijn, TijdlijnStap
from .html import naar_html as _html
from .inhoud import Alinea, Kader, Kop, Lijst, Overzicht, Tabel, datum_tekst
from .pdf import naar_pdf as _pdf

REGELING = "https://wetten.overheid.nl/BWBR0013540"
WIA = "https://wetten.overheid.nl/BWBR0019057"
BELEIDSREGELS = "https://wetten.overheid.nl/BWBR0014375"
WERKWIJZER = "UWV, Werkwijzer Poortwachter (1 juni 2021), §3.2 Onderdelen re-integratieverslag"

VERSIES = ("uwv", "werkgever", "kort")
VERSIE_TITELS = {
    "uwv": "Versie voor het UWV",
    "werkgever": "Versie voor de werkgever, zonder medische gegevens",
    "kort": "Voor horizontaal toezicht, zonder medische gegevens",
}


@dataclass(frozen=True)
class Onderdeel:
    """A part of the re-integratieverslag: its Dutch name and where the law or UWV asks for it."""

    titel: str
    bron: str
    url: str | None = None


ONDERDELEN: dict[str, Onderdeel] = {
    "probleemanalyse": Onderdeel(
        "Probleemanalyse", f"art. 2 lid 2 en art. 6 Regeling procesgang; {WERKWIJZER} (3.2.1)", REGELING),
    "bijstelling_probleemanalyse": Onderdeel(
        "Bijstelling van de probleemanalyse", f"art. 6 Regeling procesgang; {WERKWIJZER} (3.2.3)", REGELING),
    "plan_van_aanpak": Onderdeel(
        "Plan van aanpak", f"art. 4 lid 1 en art. 6 Regeling procesgang; art. 25 lid 2 WIA; {WERKWIJZER} (3.2.2)",
        REGELING),
    "bijstelling_plan_van_aanpak": Onderdeel(
        "Bijstelling van het plan van aanpak",
        f"art. 4 Regeling procesgang (evalueren en zo nodig bijstellen); art. 7:658a lid 3 BW; "
        f"Beleidsregels beoordelingskader poortwachter (spoor 2 bij de eerstejaarsevaluatie); {WERKWIJZER} (3.2.2)",
        REGELING),
    "eerstejaarsevaluatie": Onderdeel(
        "Eerstejaarsevaluatie", f"art. 4 lid 2 onder b en art. 6 Regeling procesgang; {WERKWIJZER} (3.2.4)", REGELING),
    "actueel_oordeel": Onderdeel(
        "Actueel oordeel van de bedrijfsarts", f"art. 6 Regeling procesgang; {WERKWIJZER} (3.2.5)", REGELING),
    "eindevaluatie": Onderdeel(
        "Eindevaluatie van het plan van aanpak",
        f"art. 6 Regeling procesgang; {WERKWIJZER} (3.2.6); de eindevaluatie volgt op het actueel oordeel "
        "(rendement.nl, 'Wat is een eindevaluatie', 2021)", REGELING),
    "spoorkeuze": Onderdeel(
        "Spoorkeuze (spoor 1 of spoor 2) met het arbeidsdeskundig rapport",
        "Beleidsregels beoordelingskader poortwachter (werk bij een andere werkgever bezien, uiterlijk bij de "
        "eerstejaarsevaluatie)", BELEIDSREGELS),
    "mening_werknemer": Onderdeel(
        "Mening van de werknemer", f"art. 6 Regeling procesgang; {WERKWIJZER} (3.2.8)", REGELING),
}


@dataclass(frozen=True)
class Ontbreekt:
    """One missing part: which (``code``, a key of ``ONDERDELEN``) and, in Dutch, what exactly."""

    code: str
    tekst: str

    @property
    def bron(self) -> str:
        return ONDERDELEN[self.code].bron


@dataclass
class Verslag:
    versie: str
    rol: str
    ontbreekt: list[Ontbreekt]
    aandachtspunten: list[str]
    overzicht: Overzicht
    tijdlijn: Tijdlijn | None = None

    @property
    def compleet(self) -> bool:
        return not self.ontbreekt


def naar_html(verslag: Verslag) -> str:
    return _html(verslag.overzicht)


def naar_pdf(verslag: Verslag) -> bytes:
    return _pdf(verslag.overzicht)


# --- the completeness check ---------------------------------------------------------------------

def _zelfde(a: FunctioneleMogelijkheden, b: FunctioneleMogelijkheden) -> bool:
    norm = lambda t: " ".join(t.lower().split())  # noqa: E731
    return norm(a.beperkingen) == norm(b.beperkingen) and norm(a.mogelijkheden) == norm(b.mogelijkheden)


def _oordelen(d: Dossier, soort: SoortOordeel) -> list[FunctioneleMogelijkheden]:
    return sorted((f for f in d.functionele_mogelijkheden if f.soort == soort), key=lambda f: f.datum)


def _stappen(d: Dossier, code: str) -> list[StapGedaan]:
    return sorted((s for s in d.stappen if s.code == code), key=lambda s: s.datum)


def _tijdlijn(d: Dossier, vandaag: dt.date) -> Tijdlijn | None:
    """The case's timeline, straight from the case file (no JSON in between); None when its facts cannot
    give one (the report then says so)."""
    from ..timeline import tijdlijn_van

    try:
        return tijdlijn_van(ziektegeval(d, vandaag))
    except InvoerFout:
        return None


def _uiterste(tijdlijn: Tijdlijn | None, code: str, d: Dossier) -> dt.date | None:
    """The deadline of a timeline step. Without the case's timeline (its facts do not add up), the
    deadline the timeline gives one open sick period from the first sick day."""
    if tijdlijn is None:
        if code not in ("eerstejaarsevaluatie", "spoorkeuze"):
            return None
        from ..timeline.stappen import Gevallen, bereken

        d0 = np.datetime64(d.eerste_ziektedag, "D")
        return bereken(Gevallen.maak(d0, d0)).stap(code).uiterste_datum[0].astype(dt.date)
    s = tijdlijn.stap(code)
    if s is None or s.status in ("vervallen", "niet_van_toepassing"):
        return None
    return s.uiterste_datum


def controleer_volledigheid(d: Dossier, vandaag: dt.date, *, mening: tuple[MeningWerknemer, ...] = (),
                            mening_zichtbaar: bool = False, tijdlijn: Tijdlijn | None = None
                            ) -> tuple[list[Ontbreekt], list[str]]:
    """Which parts of the re-integratieverslag are missing on ``vandaag``, and what deserves attention.

    Each rule and its source is in docs/re_integratieverslag.md. Parts that are only due at the end of
    the first sick year (eerstejaarsevaluatie, spoorkeuze) count as missing once their deadline in the
    timeline has passed; before that they are a point of attention.
    """
    if tijdlijn is None:
        tijdlijn = _tijdlijn(d, vandaag)
    ontbreekt: list[Ontbreekt] = []
    let_op: list[str] = []

    pa = _oordelen(d, SoortOordeel.PROBLEEMANALYSE)
    bijst_pa = _oordelen(d, SoortOordeel.BIJSTELLING)
    actueel = _oordelen(d, SoortOordeel.ACTUEEL_OORDEEL)
    plannen = sorted((p for p in d.plannen_van_aanpak if not p.is_bijstelling), key=lambda p: p.opgesteld_op)
    bijst_pva = sorted((p for p in d.plannen_van_aanpak if p.is_bijstelling), key=lambda p: p.opgesteld_op)
    evaluaties = _stappen(d, "evaluatie")
    eje = _stappen(d, "eerstejaarsevaluatie")

    # Probleemanalyse: the bedrijfsarts' oordeel in work terms, or at least the recorded step with its document.
    if not pa and not _stappen(d, "probleemanalyse"):
        ontbreekt.append(Ontbreekt("probleemanalyse", "De probleemanalyse van de bedrijfsarts ontbreekt."))

    # Bijstelling of the probleemanalyse: a later oordeel of the bedrijfsarts with other functional
    # limitations or possibilities than the latest probleemanalyse (or bijstelling) before it.
    if pa:
        basis = sorted(pa + bijst_pa, key=lambda f: f.datum)
        for later in sorted((f for f in d.functionele_mogelijkheden
                             if f.soort in (SoortOordeel.ADVIES, SoortOordeel.ACTUEEL_OORDEEL)), key=lambda f: f.datum):
            eerder = [b for b in basis if b.datum <= later.datum]
            if eerder and not _zelfde(eerder[-1], later):
                ontbreekt.append(Ontbreekt("bijstelling_probleemanalyse", (
                    f"Een bijstelling van de probleemanalyse ontbreekt: het oordeel van de bedrijfsarts van "
                    f"{datum_tekst(later.datum)} noemt andere beperkingen of mogelijkheden dan de probleemanalyse "
                    f"van {datum_tekst(eerder[-1].datum)}.")))
                break

    # Plan van aanpak and its bijstellingen.
    if not plannen:
        ontbreekt.append(Ontbreekt("plan_van_aanpak", "Het plan van aanpak ontbreekt."))
    for b in bijst_pa:
        if not any(p.opgesteld_op >= b.datum for p in bijst_pva):
            ontbreekt.append(Ontbreekt("bijstelling_plan_van_aanpak", (
                f"Een bijstelling van het plan van aanpak ontbreekt na de bijgestelde probleemanalyse van "
                f"{datum_tekst(b.datum)}.")))
            break
    keuze = max(d.spoorkeuzes, key=lambda k: k.datum_gesprek) if d.spoorkeuzes else None
    if keuze is not None and keuze.keuze in (Spoor.SPOOR2, Spoor.BEIDE):
        if not any(p.opgesteld_op >= keuze.datum_gesprek for p in bijst_pva):
            ontbreekt.append(Ontbreekt("bijstelling_plan_van_aanpak", (
                f"Een bijstelling van het plan van aanpak ontbreekt na de keuze voor spoor 2 op "
                f"{datum_tekst(keuze.datum_gesprek)}: het plan moet de activiteiten voor werk bij een andere "
                f"werkgever beschrijven.")))

    # Eerstejaarsevaluatie and track choice: due at the end of the first sick year.
    for code, aanwezig, wat in (("eerstejaarsevaluatie", bool(eje), "De eerstejaarsevaluatie"),
                                ("spoorkeuze", keuze is not None,
                                 "De spoorkeuze (spoor 1 of spoor 2, met motivering)")):
        if aanwezig:
            continue
        uiterste = _uiterste(tijdlijn, code, d)
        if uiterste is None:
            continue
        if vandaag > uiterste:
            ontbreekt.append(Ontbreekt(code, f"{wat} ontbreekt (uiterlijk {datum_tekst(uiterste)})."))
        else:
            let_op.append(f"{wat} is nog niet vastgelegd; dat moet uiterlijk {datum_tekst(uiterste)}.")

    # Actueel oordeel and, after it, the eindevaluatie.
    if not actueel:
        ontbreekt.append(Ontbreekt("actueel_oordeel", "Het actueel oordeel van de bedrijfsarts ontbreekt."))
        na = max([p.opgesteld_op for p in plannen] + [s.datum for s in eje], default=None)
        if not any(na is None or e.datum >= na for e in evaluaties):
            ontbreekt.append(Ontbreekt("eindevaluatie", "De eindevaluatie van het plan van aanpak ontbreekt."))
    else:
        laatste = actueel[-1]
        if eje and laatste.datum < eje[-1].datum:
            let_op.append(f"Het actueel oordeel ({datum_tekst(laatste.datum)}) is ouder dan de eerstejaarsevaluatie; "
                          "vraag de bedrijfsarts om een nieuw oordeel.")
        if not any(e.datum >= laatste.datum for e in evaluaties):
            ontbreekt.append(Ontbreekt("eindevaluatie", (
                f"De eindevaluatie van het plan van aanpak ontbreekt: een evaluatie op of na het actueel oordeel "
                f"van {datum_tekst(laatste.datum)}.")))

    if mening_zichtbaar and not mening:
        ontbreekt.append(Ontbreekt("mening_werknemer", "Uw mening als werknemer over de re-integratie ontbreekt."))
    if tijdlijn is not None and tijdlijn.aow_datum is not None:
        ontbreekt, let_op = _na_aow_leeftijd(tijdlijn, ontbreekt, let_op)
    return ontbreekt, _te_late_stappen(tijdlijn, d, {o.code for o in ontbreekt}) + let_op


def _na_aow_leeftijd(tijdlijn: Tijdlijn, ontbreekt: list[Ontbreekt], let_op: list[str]
                     ) -> tuple[list[Ontbreekt], list[str]]:
    """An employee who has or reaches the AOW age: parts the law does not ask for are not missing (no plan
    van aanpak, BW 7:658a lid 3; no WIA and so nothing for its application, WIA art. 8 lid 1 onder b;
    docs/decisions.md, "Poortwachter timeline at the AOW age")."""
    nvt = {s.code for s in tijdlijn.stappen if s.status == "niet_van_toepassing"}
    if "plan_van_aanpak" in nvt:
        nvt |= {"bijstelling_plan_van_aanpak", "eindevaluatie"}
    if tijdlijn.geen_wia:
        nvt |= {"actueel_oordeel", "eindevaluatie"}
    if not nvt:
        return ontbreekt, let_op
    tekst = (f"De werknemer bereikt de AOW-leeftijd op {datum_tekst(tijdlijn.aow_datum)}. Wat de wet daarna niet "
             "meer vraagt, staat niet als ontbrekend in deze lijst (art. 7:658a BW")
    tekst += "; er volgt geen WIA-uitkering, art. 8 lid 1 onder b WIA)." if tijdlijn.geen_wia else ")."
    return [o for o in ontbreekt if o.code not in nvt], [tekst, *let_op]


def _te_late_stappen(tijdlijn: Tijdlijn | None, d: Dossier, al_genoemd: set[str]) -> list[str]:
    """The steps of the law that are late on the report's date (not done by their latest date, or done after
    it without a reason), in the order of the timeline table: UWV checks these first (a late 42nd-week
    report, for one, moves the WIA). Steps already named as missing, proposals of policy papers and
    deadlines that fell in the pregnancy leave are left out."""
    if tijdlijn is None:
        return []
    verloven = _verloven(d)
    uit = []
    for s in stappen_in_volgorde(tijdlijn.stappen):
        if s.voorstel or s.status != "te_laat" or s.code in al_genoemd or s.uiterste_datum is None:
            continue
        if _stand(s, verloven) != STATUS_TEKST["te_laat"]:
            continue
        titel = STAP_TITELS.get(s.code, s.code.replace("_", " "))
        if s.gedaan_op is None:
            uit.append(f"{titel} is te laat: dat moest uiterlijk {datum_tekst(s.uiterste_datum)} en is nog niet "
                       "vastgelegd.")
        else:
            uit.append(f"{titel} is te laat gedaan: op {datum_tekst(s.gedaan_op)}, uiterlijk was "
                       f"{datum_tekst(s.uiterste_datum)}, zonder vastgelegde reden.")
    return uit


def stappen_in_volgorde(stappen) -> list[TijdlijnStap]:
    """The steps in the order a reader follows them: by preferred date (voorkeursdatum), then the latest
    date, keeping the timeline's order for equal dates. The law's sequence (probleemanalyse, then the plan
    van aanpak two weeks later, ...) follows from the preferred dates; sorting by the latest date put the
    plan van aanpak before the probleemanalyse when the analysis was done late."""
    laatst = dt.date.max

    def sleutel(s: TijdlijnStap) -> tuple[dt.date, dt.date]:
        return (s.voorkeursdatum or s.uiterste_datum or laatst, s.uiterste_datum or laatst)

    return sorted(stappen, key=sleutel)


# --- building the report ------------------------------------------------------------------------

PROGNOSE_TEKST = {
    WiaPrognose.MINDER_DAN_35: "minder dan 35% arbeidsongeschikt (dan geen WIA-uitkering)",
    WiaPrognose.WGA_35_80: "WGA, 35 tot 80% arbeidsongeschikt",
    WiaPrognose.WGA_80_100: "WGA, 80 tot 100% arbeidsongeschikt",
    WiaPrognose.IVA: "IVA, volledig en duurzaam arbeidsongeschikt",
    WiaPrognose.ONZEKER: "nog niet in te schatten",
}
SPOOR_TEKST = {Spoor.SPOOR1: "spoor 1 (werk bij de eigen werkgever)",
               Spoor.SPOOR2: "spoor 2 (werk bij een andere werkgever)",
               Spoor.BEIDE: "spoor 1 en spoor 2 tegelijk"}
INTERVENTIE_TEKST = {"scholing": "Scholing", "werkplekaanpassing": "Werkplekaanpassing",
                     "aangepast_werk": "Aangepast werk", "arbeidstherapeutisch_werk": "Arbeidstherapeutisch werk",
                     "coaching": "Coaching", "behandeling_aangeboden": "Behandeling aangeboden", "overig": "Overig"}
STAP_TITELS = STAPTITELS
STATUS_TEKST = STATUSTEKSTEN


def _d(d: dt.date | str | None) -> str:
    return datum_tekst(d) if d else "—"


def _ja_nee(w: bool | None) -> str:
    return {True: "ja", False: "nee", None: "niet aangegeven"}[w]


def _oordeel_tabel(f: FunctioneleMogelijkheden) -> Tabel:
    rijen = [["Datum", _d(f.datum)], ["Bedrijfsarts", f.door], ["Wat (nog) niet gaat", f.beperkingen],
             ["Wat wel kan", f.mogelijkheden]]
    if f.advies:
        rijen.append(["Advies", f.advies])
    return Tabel(["Onderwerp", "Inhoud"], rijen, breedtes=(40, 140))


def _stap_tekst(s: StapGedaan) -> str:
    tekst = f"{_d(s.datum)}, door {s.door}"
    if s.document:
        tekst += f" (document: {s.document})"
    if s.motivatie_afwijking:
        # the caller ends the sentence: a reason typed with its own full stop would end in '..'
        tekst += f". Reden voor de afwijkende datum: {s.motivatie_afwijking.rstrip().rstrip('.')}"
    return tekst


def _kop_tabel(d: Dossier, tijdlijn: Tijdlijn | None) -> Tabel:
    rijen = [["Werknemer", d.werknemer.naam], ["Functie", d.werknemer.functie or "—"],
             ["Werkgever", f"{d.werkgever.naam} ({d.werkgever.aantal_werknemers} werknemers)"],
             ["Eerste ziektedag", _d(d.eerste_ziektedag)],
             ["Ziekteperiodes", "; ".join(f"{_d(p.van)} t/m {_d(p.tot_en_met) if p.tot_en_met else 'nu'}"
                                          + (f" ({p.hervatting_percentage}% van de uren weer aan het werk)"
                                             if p.hervatting_percentage else "")
                                          for p in sorted(d.ziekteperiodes, key=lambda p: p.van))]]
    for v in _verloven(d):
        rijen.append(["Zwangerschaps- en bevallingsverlof", f"{_d(v[0])} t/m {_d(v[1])} (telt niet mee in de 104 "
                      "weken; geen re-integratieplichten tijdens het verlof)"])
    if tijdlijn is not None:
        wia = tijdlijn.stap("wia_aanvraag")
        if tijdlijn.aow_datum is not None:
            rijen.append(["AOW-leeftijd bereikt op", _d(tijdlijn.aow_datum)])
        if tijdlijn.einde_loondoorbetaling < tijdlijn.einde_wachttijd:
            rijen.append(["Einde loondoorbetaling", _d(tijdlijn.einde_loondoorbetaling)
                          + " (art. 7:629 lid 2 onder b BW: korter na de AOW-leeftijd)"])
        else:
            rijen.append(["Einde wachttijd (104 weken)", _d(tijdlijn.einde_wachttijd)])
        if wia and wia.status != "niet_van_toepassing":
            rijen.append(["WIA-aanvraag uiterlijk op", _d(wia.uiterste_datum)])
        elif wia:
            rijen.append(["WIA", "Er volgt geen WIA-uitkering: de werknemer bereikt de AOW-leeftijd "
                                 "(art. 8 lid 1 onder b WIA)."])
    return Tabel(["Onderwerp", "Inhoud"], rijen, breedtes=(50, 130))


def _verloven(d: Dossier) -> list[tuple[dt.date, dt.date]]:
    """The periods of zwangerschaps- en bevallingsverlof (WAZO art. 3:1) recorded in the case."""
    return sorted((g.datum, g.tot) for g in d.gebeurtenissen
                  if g.soort == SoortGebeurtenis.ZWANGERSCHAPSVERLOF and g.tot is not None)


DEELNEMER_ROLLEN = ROLNAMEN


def deelnemer_rol(rol: str) -> str:
    """A participant's role in plain Dutch ("spoor 2-coach", not the code "spoor2_coach")."""
    return DEELNEMER_ROLLEN.get(rol, rol.replace("_", " "))


def _stand(s: TijdlijnStap, verloven: list[tuple[dt.date, dt.date]]) -> str:
    """The status of a step in words. A deadline that falls inside the leave is not missed: during
    zwangerschaps- en bevallingsverlof there is no loon and no re-integration (art. 7:629 lid 4 BW)."""
    uiterst = s.uiterste_datum
    if s.status == "te_laat" and uiterst is not None:
        if any(van <= uiterst <= tot for van, tot in verloven):
            return "Viel in het zwangerschapsverlof (niet te laat)"
    return STATUS_TEKST.get(s.status, s.status)


def _tijdlijn_blokken(tijdlijn: Tijdlijn | None, d: Dossier | None = None) -> list:
    if tijdlijn is None:
        return [Alinea("De tijdlijn kon niet worden berekend uit dit dossier; controleer de ziekteperiodes en "
                       "de vastgelegde stappen.")]
    verloven = _verloven(d) if d is not None else []
    # Only what the law asks: the proposals of policy papers are no obligation, and a report to UWV must
    # never suggest that the employer missed one.
    rijen = [[STAP_TITELS.get(s.code, s.code.replace("_", " ")),
              _d(s.voorkeursdatum), _d(s.uiterste_datum), _d(s.gedaan_op),
              _stand(s, verloven), s.bron] for s in stappen_in_volgorde(tijdlijn.stappen) if not s.voorstel]
    return [Alinea("Alle wettelijke stappen van de eerste twee ziektejaren, met de beste datum (voorkeursdatum), de "
                   "uiterste datum en wat er is gedaan."),
            Tabel(["Stap", "Voorkeursdatum", "Uiterste datum", "Gedaan op", STATUSKOLOM, "Bron"], rijen,
                  breedtes=(32, 27, 25, 25, 20, 51))]


def _volledigheid_blokken(ontbreekt: list[Ontbreekt], let_op: list[str]) -> list:
    if ontbreekt:
        blokken = [Kader("Het UWV vraagt de werkgever een onvolledig verslag aan te vullen; blijft het onvolledig, dan "
                         "kan een loonsanctie volgen. Dit ontbreekt:", "Nog niet compleet"),
                   Lijst([f"{o.tekst} (bron: {o.bron})" for o in ontbreekt])]
    else:
        blokken = [Kader("Alle onderdelen die het UWV vraagt zijn aanwezig.", "Compleet")]
    if let_op:
        blokken += [Alinea("Let op:"), Lijst(let_op)]
    return blokken


def _volledig(g: VerslagGegevens, versie: str, vandaag: dt.date, tijdlijn, ontbreekt, let_op) -> list:
    d = g.dossier
    b: list = [Kop("Is het verslag compleet?"), *_volledigheid_blokken(ontbreekt, let_op),
               Kop("1. Gegevens"), _kop_tabel(d, tijdlijn),
               Alinea("Medische gegevens staan niet in dit verslag. Het oordeel van de bedrijfsarts staat erin als "
                      "wat de werknemer in werk wel en niet kan. Heeft het UWV medische informatie nodig, dan gaat die "
                      "rechtstreeks van de bedrijfsarts naar de verzekeringsarts van het UWV.")]

    # 2. probleemanalyse
    b.append(Kop("2. Probleemanalyse"))
    pa, stap_pa = _oordelen(d, SoortOordeel.PROBLEEMANALYSE), _stappen(d, "probleemanalyse")
    if stap_pa:
        b.append(Alinea("Opgesteld: " + _stap_tekst(stap_pa[0]) + "."))
    for f in pa:
        b.append(_oordeel_tabel(f))
    if not pa and not stap_pa:
        b.append(Alinea("Er is geen probleemanalyse vastgelegd."))
    b.append(Kop("Bijstellingen van de probleemanalyse", 3))
    bijst = _oordelen(d, SoortOordeel.BIJSTELLING)
    if bijst:
        for f in bijst:
            b.append(_oordeel_tabel(f))
    else:
        b.append(Alinea("Geen bijstellingen vastgelegd."))

    # 3. plan van aanpak
    b.append(Kop("3. Plan van aanpak"))
    plannen = sorted(d.plannen_van_aanpak, key=lambda p: (p.is_bijstelling, p.opgesteld_op))
    if not plannen:
        b.append(Alinea("Er is geen plan van aanpak vastgelegd."))
    for p in plannen:
        b.append(Kop(("Bijstelling van " if p.is_bijstelling else "Plan van aanpak van ") + _d(p.opgesteld_op), 3))
        b.append(Alinea(f"Doel: {p.doel}"))
        if p.interventies:
            b.append(Tabel(["Wat", "Omschrijving", "Van", "Tot en met"],
                           [[INTERVENTIE_TEKST.get(i.soort.value, i.soort.value), i.omschrijving, _d(i.start),
                             _d(i.eind)] for i in p.interventies], breedtes=(35, 85, 30, 30)))
        if p.scholing_niet_passend:
            b.append(Alinea(f"Waarom scholing niet past: {p.scholing_niet_passend}"))

    # 4. evaluaties
    b.append(Kop("4. Evaluaties"))
    evaluaties = _stappen(d, "evaluatie")
    if evaluaties:
        b.append(Lijst([_stap_tekst(s) for s in evaluaties]))
    else:
        b.append(Alinea("Geen evaluaties vastgelegd."))
    b.append(Kop("Eerstejaarsevaluatie", 3))
    eje = _stappen(d, "eerstejaarsevaluatie")
    b.append(Alinea(_stap_tekst(eje[-1]) + "." if eje else "Nog niet vastgelegd."))
    b.append(Kop("Eindevaluatie", 3))
    actueel = _oordelen(d, SoortOordeel.ACTUEEL_OORDEEL)
    eind = [e for e in evaluaties if actueel and e.datum >= actueel[-1].datum]
    b.append(Alinea(_stap_tekst(eind[-1]) + "." if eind
                    else "Nog niet vastgelegd (een evaluatie na het actueel oordeel)."))

    # 5. actueel oordeel
    b.append(Kop("5. Actueel oordeel van de bedrijfsarts"))
    if actueel:
        b.append(_oordeel_tabel(actueel[-1]))
    else:
        b.append(Alinea("Nog niet vastgelegd."))

    # 6. spoorkeuze
    b.append(Kop("6. Spoorkeuze"))
    for r in sorted(d.arbeidsdeskundige_rapporten, key=lambda r: r.datum):
        rijen = [["Datum", _d(r.datum)], ["Arbeidsdeskundige", r.opgesteld_door],
                 ["Terugkeer bij de eigen werkgever (spoor 1) haalbaar", _ja_nee(r.spoor1_realistisch)],
                 ["Toelichting", r.toelichting_spoor1],
                 ["Mogelijkheden bij een andere werkgever", r.mogelijkheden_spoor2],
                 ["Advies", SPOOR_TEKST[r.advies]]]
        if versie == "uwv" and r.wia_prognose is not None:  # None: withheld from this reader
            rijen.append(["Verwachte uitkomst WIA (een inschatting, geen besluit)", PROGNOSE_TEKST[r.wia_prognose]])
        b += [Kop("Rapport van de arbeidsdeskundige", 3), Tabel(["Onderwerp", "Inhoud"], rijen, breedtes=(60, 120))]
    for k in sorted(d.spoorkeuzes, key=lambda k: k.datum_gesprek):
        b += [Kop(f"Gesprek en keuze op {_d(k.datum_gesprek)}", 3),
              Tabel(["Onderwerp", "Inhoud"],
                    [["Aanwezig", ", ".join(f"{x.naam} ({deelnemer_rol(x.rol)})" for x in k.deelnemers)],
                     ["Keuze", SPOOR_TEKST[k.keuze]], ["Waarom", k.motivatie]], breedtes=(40, 140))]
    if not d.spoorkeuzes:
        b.append(Alinea("Nog geen spoorkeuze vastgelegd."))

    # 7. tijdlijn
    b += [Kop("7. Tijdlijn"), *_tijdlijn_blokken(tijdlijn, d)]

    # 8. mening werknemer
    b.append(Kop("8. Mening van de werknemer"))
    if mag(g.rol, Operatie.MENING_WERKNEMER_LEZEN):
        if g.mening_werknemer:
            m = g.mening_werknemer[-1]
            b.append(Tabel(["Onderwerp", "Inhoud"], [["Datum", _d(m.datum)], ["Mening", m.mening],
                                      ["Eens met dit verslag", _ja_nee(m.eens_met_verslag)]], breedtes=(40, 140)))
        else:
            b.append(Alinea("U heeft uw mening nog niet gegeven. Schrijf op hoe u de re-integratie heeft ervaren; "
                            "het UWV leest dat bij uw WIA-aanvraag."))
    else:
        b.append(Alinea("De werknemer geeft zijn eigen mening over de re-integratie en stuurt die met zijn "
                        "WIA-aanvraag naar het UWV. Die mening staat niet in deze versie."))
    return b


def _kort(g: VerslagGegevens, tijdlijn, ontbreekt, let_op) -> list:
    d = g.dossier
    actueel = _oordelen(d, SoortOordeel.ACTUEEL_OORDEEL)
    evaluaties = _stappen(d, "evaluatie")
    eerste = lambda xs: xs[0] if xs else None  # noqa: E731
    laatste = lambda xs: xs[-1] if xs else None  # noqa: E731
    pa = eerste(_oordelen(d, SoortOordeel.PROBLEEMANALYSE)) or eerste(_stappen(d, "probleemanalyse"))
    plannen = sorted(d.plannen_van_aanpak, key=lambda p: p.opgesteld_op)
    keuze = max(d.spoorkeuzes, key=lambda k: k.datum_gesprek) if d.spoorkeuzes else None

    def datum(x) -> str:
        return _d(getattr(x, "datum", None) or getattr(x, "opgesteld_op", None) or getattr(x, "datum_gesprek", None)) \
            if x is not None else "ontbreekt"

    eind = [e for e in evaluaties if actueel and e.datum >= actueel[-1].datum]
    rijen = [
        ["Probleemanalyse", datum(pa)],
        ["Bijstellingen van de probleemanalyse",
         ", ".join(_d(f.datum) for f in _oordelen(d, SoortOordeel.BIJSTELLING)) or "geen"],
        ["Plan van aanpak", datum(eerste([p for p in plannen if not p.is_bijstelling]))],
        ["Bijstellingen van het plan van aanpak",
         ", ".join(_d(p.opgesteld_op) for p in plannen if p.is_bijstelling) or "geen"],
        ["Evaluaties", str(len(evaluaties))],
        ["Eerstejaarsevaluatie", datum(laatste(_stappen(d, "eerstejaarsevaluatie")))],
        ["Actueel oordeel bedrijfsarts", datum(laatste(actueel))],
        ["Eindevaluatie", datum(laatste(eind))],
        ["Spoorkeuze", f"{SPOOR_TEKST[keuze.keuze]}, {_d(keuze.datum_gesprek)}" if keuze else "ontbreekt"],
    ]
    b: list = [
        Kader("Werkgevers die met het UWV werken onder horizontaal toezicht stemmen twijfels over de belastbaarheid al "
              "tijdens de re-integratie af: de bedrijfsarts overlegt met de verzekeringsarts van het UWV. Aan het eind "
              "volstaat dan een beknopte rapportage. Dit is die rapportage; het volledige verslag blijft in het "
              "dossier.", "Verkort verslag"),
        Kop("Is het verslag compleet?"), *_volledigheid_blokken(ontbreekt, let_op),
        Kop("Gegevens"), _kop_tabel(d, tijdlijn),
        Kop("Onderdelen"), Tabel(["Onderdeel", "Datum"], rijen, breedtes=(70, 110)),
        Kop("Actueel oordeel van de bedrijfsarts"),
    ]
    b.append(_oordeel_tabel(actueel[-1]) if actueel else Alinea("Nog niet vastgelegd."))
    b.append(Kop("Spoorkeuze"))
    b.append(Alinea(f"{SPOOR_TEKST[keuze.keuze].capitalize()}. Waarom: {keuze.motivatie}") if keuze
             else Alinea("Nog geen spoorkeuze vastgelegd."))
    b += [Kop("Tijdlijn"), *_tijdlijn_blokken(tijdlijn, d)]
    return b


def _bronnen() -> list:
    return [Kop("Bronnen"),
            Lijst([f"{o.titel}: {o.bron}" for o in ONDERDELEN.values()]
                  + ["Verkort verslag bij horizontaal toezicht: UWV, 'Samenwerking tussen arbodiensten en UWV voor "
                     "efficiëntere claimbeoordelingen' (proeven waarin het UWV aan het eind een beknopte rapportage "
                     "naloopt)",
                     "Wat de werkgever mag weten: AP, Beleidsregels 'De zieke werknemer' (2016)"])]


def _zonder_toekomst(g: VerslagGegevens, vandaag: dt.date) -> tuple[VerslagGegevens, list[str]]:
    """What is dated after the report's date cannot have happened yet: it does not count as done (a step
    dated 2099 never makes the report complete), and the report says which dates to correct."""
    d = g.dossier
    later = ([s for s in d.stappen if s.datum > vandaag]
             + [f for f in d.functionele_mogelijkheden if f.datum > vandaag]
             + [p for p in d.plannen_van_aanpak if p.opgesteld_op > vandaag]
             + [r for r in d.arbeidsdeskundige_rapporten if r.datum > vandaag]
             + [k for k in d.spoorkeuzes if k.datum_gesprek > vandaag])
    if not later:
        return g, []
    d = replace(d, stappen=tuple(s for s in d.stappen if s.datum <= vandaag),
                functionele_mogelijkheden=tuple(f for f in d.functionele_mogelijkheden if f.datum <= vandaag),
                plannen_van_aanpak=tuple(p for p in d.plannen_van_aanpak if p.opgesteld_op <= vandaag),
                arbeidsdeskundige_rapporten=tuple(r for r in d.arbeidsdeskundige_rapporten if r.datum <= vandaag),
                spoorkeuzes=tuple(k for k in d.spoorkeuzes if k.datum_gesprek <= vandaag))
    return (VerslagGegevens(d, g.rol, g.mening_werknemer),
            [f"{len(later)} vastgelegde stap(pen) of stuk(ken) hebben een datum na {_d(vandaag)}. Die kunnen nog niet "
             "gedaan zijn en tellen in dit verslag niet mee; verbeter de datum in het dossier."])


def maak_verslag(service, gebruiker_id: str, dossier_id: str, *, kort: bool = False,
                 vandaag: dt.date | None = None) -> Verslag:
    """The re-integratieverslag of a case as this user may see it. Raises ``GeenToegang`` (logged) when the
    user may not read the case."""
    vandaag = vandaag or dt.date.today()
    g: VerslagGegevens = service.lees_voor_verslag(gebruiker_id, dossier_id)
    g, toekomst = _zonder_toekomst(g, vandaag)
    if kort:
        versie = "kort"
    else:
        versie = "uwv" if mag(g.rol, Operatie.MEDISCH_LEZEN) else "werkgever"
    tijdlijn = _tijdlijn(g.dossier, vandaag)
    zichtbaar = versie == "uwv" and mag(g.rol, Operatie.MENING_WERKNEMER_LEZEN)
    ontbreekt, let_op = controleer_volledigheid(g.dossier, vandaag, mening=g.mening_werknemer if zichtbaar else (),
                                                mening_zichtbaar=zichtbaar, tijdlijn=tijdlijn)
    let_op = toekomst + let_op
    if versie == "kort":
        blokken = _kort(g, tijdlijn, ontbreekt, let_op)
        g = VerslagGegevens(g.dossier, g.rol, ())
    else:
        if not zichtbaar:
            g = VerslagGegevens(g.dossier, g.rol, ())
        blokken = _volledig(g, versie, vandaag, tijdlijn, ontbreekt, let_op)
    titel = "Verkort re-integratieverslag" if kort else "Re-integratieverslag"
    d = g.dossier
    ondertitel = (f"{d.werknemer.naam} · {d.werkgever.naam} · eerste ziektedag {_d(d.eerste_ziektedag)} · "
                  f"opgesteld op {_d(vandaag)} · {VERSIE_TITELS[versie]}")
    ov = Overzicht(titel=titel, ondertitel=ondertitel, blokken=blokken + _bronnen(), soort=versie,
                   voettekst=f"{titel} · {d.werknemer.naam} · {VERSIE_TITELS[versie]}")
    return Verslag(versie=versie, rol=g.rol.value, ontbreekt=ontbreekt, aandachtspunten=let_op, overzicht=ov,
                   tijdlijn=tijdlijn)
