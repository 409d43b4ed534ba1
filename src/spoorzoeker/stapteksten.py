"""What each step means, in the words a casemanager reads (Dutch), with its legal source.

``grondslag``: ``wet`` (a statute or the Regeling procesgang), ``beleid`` (UWV policy rules),
``praktijk`` (a date from practice where the law only says "periodiek"), ``voorstel`` (a moment
the seed documents propose; not law, and a scenario or case can switch it off).
"""

from __future__ import annotations

from dataclasses import dataclass

REGELING = "https://wetten.overheid.nl/BWBR0013540"
WIA = "https://wetten.overheid.nl/BWBR0019057/2026-07-01"
ZW = "https://wetten.overheid.nl/BWBR0001888/2026-07-01"
BELEIDSREGELS = "https://wetten.overheid.nl/BWBR0014375"


def getoonde_status(status: str, voorstel: bool) -> str:
    """The status as people read it: a proposed step whose date passed is "voorstel_voorbij", not
    "te_laat", since no legal duty was missed (the timeline itself keeps "te_laat")."""
    return "voorstel_voorbij" if voorstel and status == "te_laat" else status


@dataclass(frozen=True)
class StapInfo:
    omschrijving: str
    wie: str
    bron: str
    url: str | None
    grondslag: str

    @property
    def voorstel(self) -> bool:
        return self.grondslag == "voorstel"


STAPPEN: dict[str, StapInfo] = {
    "casemanager": StapInfo(
        "Wijs een gecertificeerde casemanager aan zodra te verwachten is dat het verzuim langer dan vier "
        "weken duurt, en uiterlijk als het vier weken heeft geduurd. De casemanager stelt de juiste vragen "
        "aan de bedrijfsarts.",
        "werkgever", "Voorstel uit een initiatiefnota over het arbeidsongeschiktheidsstelsel (par. 4.4 punt 6); geen wettelijke plicht",
        None, "voorstel"),
    "probleemanalyse": StapInfo(
        "Vraag de bedrijfsarts om een probleemanalyse: wat kan de werknemer nog, wat (even) niet, en wat is "
        "nodig om weer aan het werk te gaan. Liefst al in week 2; wettelijk uiterlijk binnen zes weken. "
        "Blijkt pas later dat het verzuim lang gaat duren, vraag de analyse dan meteen aan.",
        "werkgever en bedrijfsarts", "art. 2 lid 2 en 3 Regeling procesgang eerste en tweede ziektejaar",
        f"{REGELING}#Artikel2", "wet"),
    "plan_van_aanpak": StapInfo(
        "Maak samen met de werknemer het plan van aanpak: wat ieder doet om terug te keren naar werk, met "
        "doelen en termijnen, wanneer jullie evalueren en wie het vaste aanspreekpunt is. Neem scholing op, "
        "tenzij die aantoonbaar niet past. Geef de werknemer en de bedrijfsarts een kopie.",
        "werkgever en werknemer", "art. 4 lid 1-3 Regeling procesgang eerste en tweede ziektejaar; art. 25 lid 2 WIA",
        f"{REGELING}#Artikel4", "wet"),
    "evaluatie": StapInfo(
        "Bespreek met de werknemer hoe het plan van aanpak loopt en stel het bij als het nodig is. Leg de "
        "evaluatie vast. Zes weken na de vorige is gebruikelijk; de wet zegt 'periodiek'.",
        "werkgever en werknemer",
        "art. 4 lid 2 onder b en lid 5 Regeling procesgang (periodiek); elke zes weken is praktijk (UWV)",
        f"{REGELING}#Artikel4", "praktijk"),
    "financieel_inzichtgesprek": StapInfo(
        "Bespreek met de werknemer wat langdurige ziekte betekent voor het inkomen: hoe lang het loon wordt "
        "doorbetaald, wat een WIA-uitkering kan opleveren en welke financiële risico's er zijn.",
        "casemanager en werknemer", "Voorstel van het Register Specialistisch Casemanagement (RSC) ('na bijvoorbeeld ziekteweek 13'); geen wettelijke plicht",
        None, "voorstel"),
    "inzetbaarheidsprofiel": StapInfo(
        "Vraag de bedrijfsarts om een inzetbaarheidsprofiel op basis van recente medische informatie "
        "(kleine werkgever, minder dan 25 werknemers).",
        "bedrijfsarts", "Voorstel uit een initiatiefnota over het arbeidsongeschiktheidsstelsel (par. 4.3 punt 1); geen wettelijke plicht",
        None, "voorstel"),
    "spoor2_inventarisatie": StapInfo(
        "Zoek uit of werk bij een andere werkgever (spoor 2) nodig of kansrijk is, ook als terugkeer bij "
        "de eigen werkgever nog mogelijk lijkt. Wacht daar niet mee tot het eerste jaar voorbij is.",
        "casemanager", "Voorstel van het Register Specialistisch Casemanagement (RSC) ('vanaf week 26'); uiterlijk bij de eerstejaarsevaluatie "
        "(Beleidsregels beoordelingskader poortwachter)", BELEIDSREGELS, "voorstel"),
    "medische_toetsing": StapInfo(
        "Laat de bedrijfsarts een medische toetsing regelen als de werknemer nog niet werkt bij de eigen "
        "werkgever, zodat de uitkomst klaar is voor de eerstejaarsevaluatie. De werknemer tekent een "
        "machtiging voor het opvragen van medische informatie.",
        "bedrijfsarts", "Voorstel van het Register Specialistisch Casemanagement (RSC) ('rond 6 maanden, uiterlijk in maand 9'); geen wettelijke plicht",
        None, "voorstel"),
    "arbeidsdeskundig_advies": StapInfo(
        "Laat een arbeidsdeskundige adviseren over terugkeer in spoor 1 of spoor 2, op basis van het "
        "inzetbaarheidsprofiel (kleine werkgever). Het advies is het uitgangspunt voor het vervolg.",
        "arbeidsdeskundige", "Voorstel uit een initiatiefnota over het arbeidsongeschiktheidsstelsel (par. 4.3 punt 2); geen wettelijke plicht",
        None, "voorstel"),
    "melding_42e_week": StapInfo(
        "Meld bij UWV dat de werknemer 42 weken ziek is (ziekmelding bij langdurig verzuim). Te laat "
        "melden kan een boete opleveren en schuift de WIA-aanvraag op.",
        "werkgever", "art. 38 lid 1 Ziektewet", f"{ZW}#Artikel38", "wet"),
    "eerstejaarsevaluatie": StapInfo(
        "Evalueer met de werknemer het eerste ziektejaar: wat is bereikt, welk re-integratieresultaat is "
        "haalbaar, en is werk bij een andere werkgever (spoor 2) nodig? Leg de uitkomst en de keuzes vast.",
        "werkgever en werknemer",
        "art. 4 lid 2 onder b Regeling procesgang ('aan het einde van het eerste ziektejaar'); "
        "week 46 tot en met 52 is praktijk", f"{REGELING}#Artikel4", "wet"),
    "evaluatie_week_52": StapInfo(
        "Kijk of het inzetbaarheidsprofiel en het advies van de arbeidsdeskundige nog passen en leg het "
        "gekozen spoor vast in de eerstejaarsevaluatie (kleine werkgever).",
        "werkgever en werknemer", "Voorstel uit een initiatiefnota over het arbeidsongeschiktheidsstelsel (par. 4.3 punt 4); geen wettelijke plicht",
        None, "voorstel"),
    "spoorkeuze": StapInfo(
        "Kies onderbouwd voor spoor 1, spoor 2 of (alleen als het advies dat zegt) beide, na een gesprek met "
        "werknemer, werkgever, casemanager en arbeidsdeskundige. Leg de keuze en de reden vast.",
        "werkgever en werknemer",
        "Beleidsregels beoordelingskader poortwachter (spoor 2 bezien bij de eerstejaarsevaluatie)",
        BELEIDSREGELS, "beleid"),
    "spoor2_start": StapInfo(
        "Start het traject naar werk bij een andere werkgever (spoor 2), bijvoorbeeld met een "
        "re-integratiebureau.",
        "werkgever", "Praktijk: binnen zes weken na de eerstejaarsevaluatie (Beleidsregels beoordelingskader "
        "poortwachter; UWV Werkwijzer)", BELEIDSREGELS, "praktijk"),
    "wia_brief_uwv": StapInfo(
        "UWV stuurt de werknemer een brief over het aanvragen van een WIA-uitkering. Geen actie voor de "
        "werkgever, wel het moment om het re-integratieverslag af te ronden. Komt de brief niet, neem dan "
        "contact op met UWV.",
        "UWV", "art. 64 lid 2 WIA", f"{WIA}#Artikel64", "wet"),
    "re_integratieverslag": StapInfo(
        "Stel samen met de werknemer het re-integratieverslag op, met de eindevaluatie van het plan van "
        "aanpak en een actueel oordeel van de bedrijfsarts, en geef de werknemer een kopie.",
        "werkgever en werknemer", "art. 25 lid 3 en 4 WIA; inhoud: art. 6 Regeling procesgang",
        f"{WIA}#Artikel25", "wet"),
    "wia_aanvraag": StapInfo(
        "De werknemer vraagt de WIA-uitkering aan bij UWV, met het re-integratieverslag. Help de werknemer "
        "om dit op tijd te doen: te laat aanvragen verlengt de loondoorbetaling.",
        "werknemer", "art. 64 lid 3 WIA", f"{WIA}#Artikel64", "wet"),
    "uwv_besluit_herstel": StapInfo(
        "UWV beslist of de tekortkoming is hersteld waarvoor de loonsanctie werd opgelegd. Na een "
        "positief besluit eindigt de loonsanctie zes weken later.",
        "UWV", "art. 25 lid 12-14 WIA; art. 1 Algemene termijnenwet", f"{WIA}#Artikel25", "wet"),
    "einde_wachttijd": StapInfo(
        "Einde van de wachttijd van 104 weken (of van de verkorte wachttijd die UWV vaststelde): de "
        "loondoorbetaling bij ziekte stopt, tenzij die is verlengd, en een WIA-uitkering kan ingaan.",
        "", "art. 23 lid 1 WIA; art. 7:629 lid 1 BW; WIA vanaf de dag erna (art. 47 lid 2 WIA)",
        f"{WIA}#Artikel23", "wet"),
    "einde_loondoorbetaling": StapInfo(
        "Einde van de loondoorbetaling als die niet samen met de wachttijd eindigt: na uitstel van de "
        "WIA-aanvraag, een te late WIA-aanvraag of een loonsanctie; daarna kan een WIA-uitkering ingaan. Bij "
        "een verkorte wachttijd loopt het loon door tot het einde van de 104 weken, met de IVA-uitkering "
        "ervan af.",
        "", "art. 24 en art. 25 lid 9 WIA; art. 7:629 lid 1, 5 en 11 BW; de WIA gaat niet eerder in (art. 43 "
        "onder b en art. 47 lid 2 WIA)", f"{WIA}#Artikel25", "wet"),
}

VOORSTELLEN = tuple(code for code, info in STAPPEN.items() if info.voorstel)

# The name of each step as every page, document and table shows it (the case page, the work list, the
# re-integratieverslag, the correction history, the command line): one name per step, everywhere.
STAPTITELS: dict[str, str] = {
    "casemanager": "Casemanager aanwijzen", "probleemanalyse": "Probleemanalyse", "plan_van_aanpak": "Plan van aanpak",
    "evaluatie": "Evaluatie", "financieel_inzichtgesprek": "Gesprek over inkomen",
    "inzetbaarheidsprofiel": "Inzetbaarheidsprofiel", "spoor2_inventarisatie": "Inventarisatie spoor 2",
    "medische_toetsing": "Medische toetsing", "arbeidsdeskundig_advies": "Arbeidsdeskundig advies",
    "melding_42e_week": "Ziekmelding bij het UWV (42e week)", "eerstejaarsevaluatie": "Eerstejaarsevaluatie",
    "evaluatie_week_52": "Evaluatie week 52", "spoorkeuze": "Spoorkeuze", "spoor2_start": "Start spoor 2",
    "wia_brief_uwv": "Brief van het UWV over de WIA", "re_integratieverslag": "Re-integratieverslag",
    "wia_aanvraag": "WIA-aanvraag", "uwv_besluit_herstel": "Besluit van het UWV over herstel",
    "einde_wachttijd": "Einde wachttijd", "einde_loondoorbetaling": "Einde loondoorbetaling",
}
# The column that says how a step stands, in every table of steps, and the words in it (of the status as
# ``getoonde_status`` gives it).
STATUSKOLOM = "Status"
STATUSTEKSTEN: dict[str, str] = {
    "open": "Nog te doen", "gedaan": "Gedaan", "te_laat": "Te laat", "te_vroeg": "Te vroeg (zonder motivering)",
    "gedaan_buiten_termijn_met_motivering": "Gedaan buiten de termijn, met motivering",
    "vervallen": "Niet meer nodig (hersteld)", "verstreken": "Voorbij", "niet_van_toepassing": "Niet van toepassing",
    # a proposal's moment that passed: no legal duty was missed, so no "Te laat"
    "voorstel_voorbij": "Voorgestelde datum voorbij (geen wettelijke plicht)",
}


BW7 = "https://wetten.overheid.nl/BWBR0005290/2026-07-01"

# Why a step does not apply (status "niet_van_toepassing") to an employee who has or reaches the AOW age, in the order of
# timeline.stappen.AOW_REDENEN (docs/decisions.md, "Poortwachter timeline at the AOW age").
AOW_REDENEN: dict[str, str] = {
    "geen_wia_verzekerde": (
        "Wie de AOW-leeftijd heeft bereikt, is niet verzekerd voor de WIA (art. 8 lid 1 "
        "onder b WIA). Daarom gelden de termijnen van de Regeling procesgang eerste en tweede ziektejaar niet. "
        "De werkgever blijft wel helpen om het eigen of ander passend werk in zijn bedrijf te doen "
        "(art. 7:658a lid 1 en 2 BW)."),
    "geen_plan_van_aanpak": (
        "Voor een werknemer die de AOW-leeftijd heeft bereikt, hoeft de werkgever geen plan "
        "van aanpak te maken en te evalueren (art. 7:658a lid 3 BW)."),
    "geen_spoor_2": (
        "Re-integratie bij een andere werkgever (spoor 2) geldt niet voor een werknemer die "
        "de AOW-leeftijd heeft bereikt (art. 7:658a lid 1 BW)."),
    "geen_loon_bij_42_weken": (
        "De ziekmelding bij UWV na 42 weken hoort bij een werknemer die dan nog loon krijgt "
        "(art. 38 lid 1 Ziektewet). Na de AOW-leeftijd stopt het loon eerder (art. 7:629 lid 2 onder b BW)."),
    "geen_wia": (
        "Er volgt geen WIA-uitkering, want wie de AOW-leeftijd heeft bereikt, is niet "
        "verzekerd voor de WIA (art. 8 lid 1 onder b WIA)."),
    "na_einde_loon": (
        "Deze stap valt na het einde van de loondoorbetaling, die na de AOW-leeftijd korter "
        "duurt (art. 7:629 lid 2 onder b BW)."),
    "geen_wachttijd": (
        "De werknemer bereikt de AOW-leeftijd vóór het einde van de 104 weken. Het loon "
        "stopt eerder (art. 7:629 lid 2 onder b BW) en er volgt geen WIA-uitkering (art. 8 lid 1 onder b WIA)."),
}
AOW_URL = f"{BW7}#Artikel658a"
