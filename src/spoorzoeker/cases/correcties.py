"""Correcting recorded parts of a case (AVG art. 16, right to rectification,
https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679): which parts can be corrected or
withdrawn, by whom (the role that may record that part), which fields, and how a record reads in the
correction history.

A correction never erases history: ``DossierService`` keeps the record as it was and as it became (or
"ingetrokken") in the correction table, with who, when and why; the case itself then holds the corrected
data, which the timeline reads. The process parts (``ONDERDELEN``) hold no field a reader may see only with
one more right (``beleid.AFGESCHERMDE_VELDEN``), so a correction shows an employer nothing he could not see
before. The medical notes (``MEDISCH``) are corrected by who may write them, and their corrections are shown
only to who may read the medical part (``GETOOND`` never holds them).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from enum import Enum

from ..stapteksten import STAPTITELS
from .beleid import AFGESCHERMDE_VELDEN, Operatie
from .datumtekst import datum
from .medisch import MedischeAantekening
from .model import (
    ArbeidsdeskundigRapport,
    FunctioneleMogelijkheden,
    Gebeurtenis,
    Nazorgmoment,
    PlanVanAanpak,
    Spoor,
    Spoorkeuze,
    StapGedaan,
    VraagOfGeschil,
    Ziekteperiode,
)


@dataclass(frozen=True)
class Corrigeerbaar:
    """A kind of recorded part that can be corrected: the list of ``Dossier`` it lives in, the operation
    a role needs to record it (and so to correct or withdraw it), the fields a correction may change,
    and its Dutch name."""

    lijst: str
    operatie: Operatie
    velden: tuple[str, ...]
    naam: str


ONDERDELEN: dict[str, Corrigeerbaar] = {
    "stap": Corrigeerbaar("stappen", Operatie.STAP_VASTLEGGEN,
                          ("code", "datum", "door", "document", "motivatie_afwijking"), "stap"),
    "plan": Corrigeerbaar("plannen_van_aanpak", Operatie.PLAN_VAN_AANPAK_VASTLEGGEN,
                          ("opgesteld_op", "doel", "scholing_niet_passend", "is_bijstelling"), "plan van aanpak"),
    "gebeurtenis": Corrigeerbaar("gebeurtenissen", Operatie.GEBEURTENIS_VASTLEGGEN,
                                 ("datum", "tot", "weken", "besluit_op", "uitkomst"), "gebeurtenis"),
    "nazorg": Corrigeerbaar("nazorg", Operatie.NAZORG_VASTLEGGEN, ("gepland_op", "gedaan_op", "notitie"),
                            "nazorgmoment"),
    # the track choice and the arbeidsdeskundige's report (R9); not the participants of the conversation (their own
    # table), and not the report's WIA prognosis, which some readers may not see (AFGESCHERMDE_VELDEN)
    "spoorkeuze": Corrigeerbaar("spoorkeuzes", Operatie.SPOORKEUZE_VASTLEGGEN, ("datum_gesprek", "keuze", "motivatie"),
                                "spoorkeuze"),
    "rapport": Corrigeerbaar("arbeidsdeskundige_rapporten", Operatie.ARBEIDSDESKUNDIG_RAPPORT_VASTLEGGEN,
                             ("datum", "opgesteld_door", "spoor1_realistisch", "toelichting_spoor1",
                              "mogelijkheden_spoor2", "advies"), "arbeidsdeskundig rapport"),
    # the bedrijfsarts' judgement in work terms (the employer may read it: no medical content)
    "oordeel": Corrigeerbaar("functionele_mogelijkheden", Operatie.FUNCTIONELE_MOGELIJKHEDEN_VASTLEGGEN,
                             ("soort", "datum", "door", "beperkingen", "mogelijkheden", "advies"), "oordeel"),
}
# The medical notes: not a list of ``Dossier`` (they live in the medical part, ``MedischDossier.aantekeningen``).
MEDISCH = Corrigeerbaar("aantekeningen", Operatie.MEDISCH_VASTLEGGEN,
                        ("datum", "door", "diagnose", "beperkingen_toelichting", "prognose", "medische_notitie"),
                        "medische aantekening")
MEDISCH_ONDERDEEL = "medisch"
# None of these may be a field withheld from some readers: a correction's history is shown to every reader.
assert not {(o.lijst, v) for o in ONDERDELEN.values() for v in o.velden} & set(AFGESCHERMDE_VELDEN)

# What the correction history may show to a reader of the case: the process parts (the employee's own data
# and the case's fields included). A record of another kind (none exists today) is never shown on a case page.
# A question's intake and outcome are corrected through ``DossierService.handel_vraag_af`` (kind "vraag").
GETOOND = frozenset({"dossier", "werknemer", "ziekteperiode", "vraag", *ONDERDELEN})
INGETROKKEN = "ingetrokken"

STAPNAMEN = STAPTITELS  # one name per step, as the case page and the report show it
OORDEELNAMEN = {"probleemanalyse": "Probleemanalyse", "bijstelling_probleemanalyse": "Bijstelling probleemanalyse",
                "actueel_oordeel": "Actueel oordeel", "advies": "Advies"}
SPOORNAMEN = {"spoor_1": "spoor 1 (eigen werkgever)", "spoor_2": "spoor 2 (andere werkgever)", "beide": "beide sporen"}
# every role as a reader sees it named (the access log, the inzage, the participants of a conversation)
ROLNAMEN = {"werknemer": "werknemer", "werkgever": "werkgever", "casemanager": "casemanager",
            "casemanager_taakdelegatie": "casemanager in taakdelegatie", "bedrijfsarts": "bedrijfsarts",
            "arbeidsdeskundige": "arbeidsdeskundige", "spoor2_coach": "spoor 2-coach", "beheerder": "beheerder"}
VRAAGNAMEN = {"vraag": "Vraag", "deskundigenoordeel": "Deskundigenoordeel", "second_opinion": "Second opinion"}
GEBEURTENISNAMEN = {"loonsanctie": "Loonsanctie", "uitstel_wia": "Uitstel WIA-aanvraag",
                    "herstelmelding": "Herstelmelding", "verkorte_wachttijd": "Verkorte wachttijd",
                    "zwangerschapsverlof": "Zwangerschaps- en bevallingsverlof"}


def _waarde(x: object) -> object:
    if isinstance(x, Enum):
        return x.value
    if isinstance(x, (dt.date, dt.datetime)):
        return x.isoformat()
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return {f.name: _waarde(getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, (tuple, list)):
        return [_waarde(y) for y in x]
    return x


def _code(x: object) -> str:
    return str(getattr(x, "value", x))


def versie(onderdeel: object) -> str:
    """A short fingerprint of a recorded part as it is now: a form or API call that names it is refused
    when the part changed meanwhile (someone else corrected or withdrew it)."""
    tekst = json.dumps(_waarde(onderdeel), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(tekst.encode()).hexdigest()[:16]


def beschrijving(onderdeel: object) -> str:
    """A recorded part as one Dutch line, as the correction history keeps it (old and new)."""
    if isinstance(onderdeel, StapGedaan):
        tekst = f"{STAPNAMEN.get(onderdeel.code, onderdeel.code)}, gedaan op {datum(onderdeel.datum)}"
        if onderdeel.door:
            tekst += f" door {onderdeel.door}"
        if onderdeel.document:
            tekst += f"; document: {onderdeel.document}"
        if onderdeel.motivatie_afwijking:
            tekst += f"; motivering: {onderdeel.motivatie_afwijking}"
        return tekst
    if isinstance(onderdeel, PlanVanAanpak):
        soort = "Bijstelling van het plan van aanpak" if onderdeel.is_bijstelling else "Plan van aanpak"
        tekst = f"{soort} van {datum(onderdeel.opgesteld_op)}; doel: {onderdeel.doel}"
        if onderdeel.scholing_niet_passend:
            tekst += f"; geen scholing, omdat: {onderdeel.scholing_niet_passend}"
        return tekst
    if isinstance(onderdeel, Gebeurtenis):
        soort = getattr(onderdeel.soort, "value", onderdeel.soort)
        tekst = f"{GEBEURTENISNAMEN.get(str(soort), str(soort))}: {datum(onderdeel.datum)}"
        if onderdeel.tot:
            tekst += f" tot {datum(onderdeel.tot)}"
        if onderdeel.weken:
            tekst += f", {onderdeel.weken} weken"
        if onderdeel.besluit_op:
            tekst += f", besluit {datum(onderdeel.besluit_op)}"
        if onderdeel.uitkomst is not None:
            tekst += ", toegekend" if onderdeel.uitkomst else ", afgewezen"
        return tekst
    if isinstance(onderdeel, Nazorgmoment):
        tekst = f"Nazorg gepland op {datum(onderdeel.gepland_op)}"
        if onderdeel.gedaan_op:
            tekst += f", gedaan op {datum(onderdeel.gedaan_op)}"
        if onderdeel.notitie:
            tekst += f": {onderdeel.notitie}"
        return tekst
    if isinstance(onderdeel, FunctioneleMogelijkheden):
        soort = str(getattr(onderdeel.soort, "value", onderdeel.soort))
        tekst = (f"{OORDEELNAMEN.get(soort, soort)} van {datum(onderdeel.datum)} door {onderdeel.door}; "
                 f"beperkingen: {onderdeel.beperkingen}; mogelijkheden: {onderdeel.mogelijkheden}")
        if onderdeel.advies:
            tekst += f"; advies: {onderdeel.advies}"
        return tekst
    if isinstance(onderdeel, MedischeAantekening):  # medical: only ever shown to who may read the medical part
        delen = [f"Medische aantekening van {datum(onderdeel.datum)} door {onderdeel.door}"]
        for naam, tekst in (("diagnose", onderdeel.diagnose), ("toelichting op de beperkingen",
                                                             onderdeel.beperkingen_toelichting),
                            ("prognose", onderdeel.prognose), ("notitie", onderdeel.medische_notitie)):
            if tekst:
                delen.append(f"{naam}: {tekst}")
        return "; ".join(delen)
    if isinstance(onderdeel, Spoorkeuze):
        return (f"Spoorkeuze na het gesprek van {datum(onderdeel.datum_gesprek)}: {SPOORNAMEN.get(_code(onderdeel.keuze))}"
                f"; motivering: {onderdeel.motivatie}")
    if isinstance(onderdeel, ArbeidsdeskundigRapport):  # never the WIA prognosis (see ONDERDELEN)
        tekst = (f"Arbeidsdeskundig rapport van {datum(onderdeel.datum)} door {onderdeel.opgesteld_door}; reële kans in "
                 f"spoor 1: {'ja' if onderdeel.spoor1_realistisch else 'nee'}")
        if onderdeel.toelichting_spoor1:
            tekst += f" ({onderdeel.toelichting_spoor1})"
        if onderdeel.mogelijkheden_spoor2:
            tekst += f"; mogelijkheden in spoor 2: {onderdeel.mogelijkheden_spoor2}"
        return tekst + f"; advies: {SPOORNAMEN.get(_code(onderdeel.advies))}"
    if isinstance(onderdeel, VraagOfGeschil):
        soort = str(getattr(onderdeel.soort, "value", onderdeel.soort))
        tekst = f"{VRAAGNAMEN.get(soort, soort)} van {datum(onderdeel.ingediend_op)}: {onderdeel.onderwerp}"
        if onderdeel.intake_op or onderdeel.intake:
            tekst += f"; intake{' op ' + datum(onderdeel.intake_op) if onderdeel.intake_op else ''}: {onderdeel.intake}"
        if onderdeel.uitkomst_op or onderdeel.uitkomst:
            tekst += (f"; uitkomst{' op ' + datum(onderdeel.uitkomst_op) if onderdeel.uitkomst_op else ''}: "
                      f"{onderdeel.uitkomst}")
        return tekst
    if isinstance(onderdeel, Ziekteperiode):
        return f"Ziek vanaf {datum(onderdeel.van)}" + (f" tot en met {datum(onderdeel.tot_en_met)}"
                                                     if onderdeel.tot_en_met else ", nog ziek")
    raise TypeError(f"geen corrigeerbaar onderdeel: {type(onderdeel).__name__}")  # pragma: no cover


def soort_van(onderdeel: str) -> Corrigeerbaar:
    """The kind ``onderdeel`` names, or a Dutch error naming the field."""
    from .model import DossierFout

    if onderdeel not in ONDERDELEN:
        raise DossierFout(f"Dit onderdeel kunt u hier niet corrigeren; wel: {', '.join(ONDERDELEN)}.", "onderdeel")
    return ONDERDELEN[onderdeel]


DATUMVELDEN = frozenset({"datum", "opgesteld_op", "tot", "besluit_op", "gepland_op", "gedaan_op", "datum_gesprek"})
MAG_LEEG = frozenset({"tot", "besluit_op", "gedaan_op", "weken", "uitkomst"})


def controleer_wijziging(soort: Corrigeerbaar, wijziging: dict[str, object]) -> None:
    """The fields of a correction: known for this kind, each of the right type (a date a date, and so on)."""
    from .model import DossierFout

    if not wijziging:
        raise DossierFout("Geef aan wat er anders moet: vul minstens één nieuwe waarde in.", soort.velden[0])
    for veld, w in wijziging.items():
        if veld not in soort.velden:
            raise DossierFout(f"'{veld}' kunt u bij een {soort.naam} niet corrigeren; wel: {', '.join(soort.velden)}.",
                              veld)
        if w is None:
            if veld in MAG_LEEG:
                continue
            raise DossierFout(f"'{veld}' mag niet leeg zijn.", veld)
        if veld in DATUMVELDEN:
            ok = isinstance(w, dt.date) and not isinstance(w, dt.datetime)
        elif veld == "weken":
            ok = isinstance(w, int) and not isinstance(w, bool)
        elif veld in ("uitkomst", "is_bijstelling", "spoor1_realistisch"):
            ok = isinstance(w, bool)
        elif veld in ("keuze", "advies") and soort.lijst in ("spoorkeuzes", "arbeidsdeskundige_rapporten"):
            ok = isinstance(w, str) and _code(w) in {s.value for s in Spoor}
        else:
            ok = isinstance(w, str)
        if not ok:
            raise DossierFout(f"'{veld}' heeft niet de goede soort waarde.", veld)


def voor_eerste_ziektedag(d: object) -> list[str]:
    """What the case holds that lies before its first sick day, as plain Dutch lines: steps, plans, UWV decisions,
    the bedrijfsarts' judgements, reports and track choices recorded before a correction moved the first sick day
    later. Not an error (the correction is kept; each part can be corrected in turn), but the timeline would count
    them. A leave and the AOW date may lie before the sickness (``Gebeurtenis``)."""
    from .model import Dossier, SoortGebeurtenis

    assert isinstance(d, Dossier)
    eerste = d.eerste_ziektedag
    wat: list[str] = []
    wat += [f"de stap {STAPNAMEN.get(x.code, x.code)} ({datum(x.datum)})" for x in d.stappen if x.datum < eerste]
    wat += [f"het plan van aanpak van {datum(x.opgesteld_op)}" for x in d.plannen_van_aanpak if x.opgesteld_op < eerste]
    wat += [f"de gebeurtenis {GEBEURTENISNAMEN.get(_code(x.soort), _code(x.soort))} ({datum(x.datum)})"
            for x in d.gebeurtenissen if x.datum < eerste
            and _code(x.soort) not in (SoortGebeurtenis.ZWANGERSCHAPSVERLOF.value, SoortGebeurtenis.AOW_LEEFTIJD.value)]
    wat += [f"het oordeel van de bedrijfsarts van {datum(x.datum)}" for x in d.functionele_mogelijkheden
            if x.datum < eerste]
    wat += [f"het arbeidsdeskundig rapport van {datum(x.datum)}" for x in d.arbeidsdeskundige_rapporten
            if x.datum < eerste]
    wat += [f"de spoorkeuze van {datum(x.datum_gesprek)}" for x in d.spoorkeuzes if x.datum_gesprek < eerste]
    if not wat:
        return []
    return [f"Let op: {x[0].upper() + x[1:]} ligt voor de eerste ziektedag ({datum(eerste)}). Klopt dat niet, corrigeer "
            "of trek het dan in; anders telt de tijdlijn het mee." for x in wat]
