"""The input variables of the calculate interface: what a caller can give.

Every input has a kind, a Dutch description with its unit, and where the law or a
convention gives one, a documented default (``standaard``). An input without a default
that a requested result needs is reported by name; nothing is silently assumed.
Computed variables can be given as input too (that input then replaces the rule).
"""

from __future__ import annotations

from ..engine import Keuzes, invoer

CAO_REGIMES = Keuzes(
    "wettelijk", "exact_170", "boven_170_onvoorwaardelijk", "boven_170_voorwaardelijk", "onder_170"
)

# Wages and earnings -------------------------------------------------------------------
invoer(
    "sv_loon_refertejaar", "bedrag",
    "SV-loon (loon voor de werknemersverzekeringen, inclusief vakantiebijslag) in het refertejaar",
    "euro per jaar, bruto", minimum=0,
)
invoer(
    "dagloondagen_refertejaar", "getal",
    "Aantal dagloondagen waardoor het SV-loon wordt gedeeld: 261, of minder als het refertejaar"
    " loonloze maanden had (CRvB 30-07-2024, ECLI:NL:CRVB:2024:1523)",
    "dagen", standaard=lambda p: p.wia.dagen_per_jaar,
    standaard_uitleg="261 dagen (art. 16 Dagloonbesluit), tenzij het refertejaar loonloze maanden had",
    minimum=1, maximum=261,
)
invoer(
    "ziektewet_loon_referteperiode", "bedrag",
    "Ziektewet: SV-loon in de referteperiode uit de dienstbetrekking waaruit de werknemer ziek werd (A in"
    " art. 12e Dagloonbesluit; niet het loon bij andere werkgevers)",
    "euro, bruto", minimum=0,
)
invoer(
    "ziektewet_vakantiebijslag_uitbetaald", "bedrag",
    "Ziektewet: vakantiebijslag die in de referteperiode is uitbetaald uit een opgebouwd bedrag (B in art. 12e"
    " Dagloonbesluit)", "euro, bruto", standaard=0.0,
    standaard_uitleg="0: het opgegeven loon bevat de vakantiebijslag over de referteperiode al", minimum=0,
)
invoer(
    "ziektewet_vakantiebijslag_opgebouwd", "bedrag",
    "Ziektewet: vakantiebijslag die in de referteperiode is opgebouwd (C in art. 12e Dagloonbesluit)",
    "euro, bruto", standaard=0.0,
    standaard_uitleg="0: het opgegeven loon bevat de vakantiebijslag over de referteperiode al", minimum=0,
)
invoer(
    "bruto_maandloon", "bedrag",
    "Het vaste brutoloon per maand (zonder vakantiebijslag): de grondslag van de loondoorbetaling",
    "euro per maand, bruto", minimum=0,
)
invoer(
    "bruto_maandsalaris", "bedrag",
    "Bruto maandsalaris inclusief vakantiebijslag en vaste toeslagen: de grondslag van de transitievergoeding",
    "euro per maand, bruto", minimum=0,
)
invoer(
    "contracturen_per_week", "getal", "Aantal uren per week volgens het contract", "uur per week",
    minimum=0, maximum=168,
)
invoer(
    "bbl", "ja_nee",
    "Werkt de werknemer met een arbeidsovereenkomst in de beroepsbegeleidende leerweg (bbl, art. 7.2.2 Wet educatie en"
    " beroepsonderwijs)? Dan geldt van 18 tot en met 20 jaar een lager minimumjeugdloon (art. 3 Besluit"
    " minimumjeugdloon)",
    standaard=0.0, standaard_uitleg="nee: geen arbeidsovereenkomst in de beroepsbegeleidende leerweg",
)
invoer(
    "voltijd_uren_per_week", "getal",
    "Normale voltijdse arbeidsduur bij de werkgever; alleen nodig voor data vóór 2024 (toen gold"
    " het minimumloon per maand voor een volledige werkweek)",
    "uur per week", standaard=lambda p: p.loondoorbetaling.voltijd_uren_per_week_voor_2024,
    standaard_uitleg="40 uur per week (eigen keuze van Spoorzoeker: de gebruikelijke volledige werkweek; geef de echte voltijdse werkweek van de werkgever op als die anders is)",
    minimum=1, maximum=168,
)
invoer(
    "maatmanloon_per_maand", "bedrag",
    "Maatmanloon: wat iemand zonder ziekte zou verdienen (vastgesteld door het UWV)",
    "euro per maand, bruto", minimum=0,
)
invoer(
    "restverdiencapaciteit_per_maand", "bedrag",
    "Restverdiencapaciteit: wat iemand volgens het UWV nog kan verdienen",
    "euro per maand, bruto", minimum=0,
)
invoer(
    "inkomsten_per_maand", "bedrag",
    "Inkomsten uit werk tijdens de WIA-uitkering", "euro per maand, bruto",
    standaard=0.0, standaard_uitleg="geen inkomsten uit werk", minimum=0,
)

# Sickness and assessment --------------------------------------------------------------
invoer("ziekteweek", "getal", "Week van de ziekte (week 1 begint op de eerste ziektedag)", "week", minimum=1)
invoer(
    "verlenging_loondoorbetaling_weken", "getal",
    "Verlenging van de loondoorbetaling: loonsanctie of vrijwillige verlenging (art. 24 en 25 WIA)",
    "weken", standaard=0.0, standaard_uitleg="geen verlenging", minimum=0,
)
invoer(
    "cao_regime", "keuze", "Afspraak in de cao of arbeidsovereenkomst over loondoorbetaling bij ziekte",
    keuzes=CAO_REGIMES, standaard="wettelijk", standaard_uitleg="het wettelijke minimum (70%)",
)
invoer(
    "werkt_of_werkt_mee", "ja_nee",
    "Werkt de werknemer (gedeeltelijk) of werkt hij actief mee aan re-integratie?",
    standaard=0.0, standaard_uitleg="nee",
)
invoer(
    "duurzaam", "ja_nee",
    "Is de arbeidsongeschiktheid duurzaam (geen of een geringe kans op herstel, art. 4 WIA)?",
)
invoer("wga_maand", "getal", "Maand van de WGA-uitkering (maand 1 is de eerste maand)", "maand", minimum=1)
invoer(
    "referte_eis_vervuld", "ja_nee",
    "Is aan de wekeneis voldaan (26 van de 36 weken gewerkt, art. 58 WIA)?",
    standaard=1.0, standaard_uitleg="ja: wie twee jaar ziek was in dienst van een werkgever voldoet er vrijwel altijd aan",
)
invoer(
    "no_risk_percentage", "getal",
    "Percentage van het dagloon bij de no-riskpolis (70%, of op verzoek van de werkgever tot 100% in de"
    " eerste 52 weken, art. 29b lid 6 ZW)",
    "fractie", standaard=lambda p: p.ziektewet.percentage, standaard_uitleg="70%",
    minimum=0, maximum=1,
)

# ZW art. 29a (sickness caused by pregnancy or childbirth) and art. 29 lid 2 e with lid 8 (organ
# donation): the ziekengeld is the full dagloon instead of 70%.
ZIEKTEOORZAKEN = Keuzes("andere", "zwangerschap_bevalling", "orgaandonatie")
invoer(
    "ziekteoorzaak", "keuze",
    "Oorzaak van de ziekte voor de Ziektewet: andere (elke andere oorzaak), zwangerschap_bevalling (art. 29a ZW:"
    " vóór het zwangerschapsverlof ziek door de zwangerschap; ziek in de weken waarin het zwangerschapsverlof al had"
    " kunnen ingaan, door welke oorzaak ook; of direct na het bevallingsverlof ziek door de bevalling of de"
    " zwangerschap) of orgaandonatie (art. 29 lid 2 onderdeel e ZW: niet kunnen werken door het afstaan van een"
    " orgaan)",
    keuzes=ZIEKTEOORZAKEN, standaard="andere",
    standaard_uitleg="een andere oorzaak dan zwangerschap, bevalling of orgaandonatie (de Ziektewet betaalt dan 70%"
                     " van het dagloon)",
)
# The dates of the zwangerschaps- en bevallingsverlof (WAZO art. 3:1, 3:7): with them the rules check which
# part of ZW art. 29a applies on a day (rules/ziektewet.py); without them the cause given is taken as it is.
# Not given is a documented "unknown" (NaT), not a missing input: the rules work without them, and the interface
# must not ask for them when another input is missing.
def _GEEN_DATUM(p):
    import numpy as np

    return np.datetime64("NaT", "D")


_ZONDER_VERLOF = ("niet opgegeven: Spoorzoeker neemt de opgegeven ziekteoorzaak zoals die is en toetst de data van het"
                  " zwangerschaps- en bevallingsverlof niet")
invoer(
    "vermoedelijke_bevallingsdatum", "datum",
    "Vermoedelijke datum van de bevalling, zoals de arts of verloskundige die heeft opgegeven (art. 3:1 lid 2 Wet"
    " arbeid en zorg); vanaf zes weken vóór de dag erna had het zwangerschapsverlof kunnen ingaan",
    standaard=_GEEN_DATUM, standaard_uitleg=_ZONDER_VERLOF,
)
invoer(
    "meerling", "ja_nee",
    "Is het een zwangerschap van meer dan één kind? Dan kan het zwangerschapsverlof tien weken vóór de dag na de"
    " vermoedelijke bevallingsdatum ingaan in plaats van zes (art. 3:1 lid 2 Wet arbeid en zorg)",
    standaard=0.0, standaard_uitleg="nee: een zwangerschap van één kind",
)
invoer(
    "zwangerschapsverlof_van", "datum",
    "Eerste dag van het zwangerschaps- en bevallingsverlof met uitkering (art. 3:1 en 3:7 Wet arbeid en zorg)",
    standaard=_GEEN_DATUM, standaard_uitleg=_ZONDER_VERLOF,
)
invoer(
    "zwangerschapsverlof_tot_en_met", "datum",
    "Laatste dag van het zwangerschaps- en bevallingsverlof met uitkering (art. 3:1 en 3:7 Wet arbeid en zorg)",
    standaard=_GEEN_DATUM, standaard_uitleg=_ZONDER_VERLOF,
)

# Dates and work history ---------------------------------------------------------------
invoer("geboortedatum", "datum", "Geboortedatum")
invoer(
    "eerste_jaar_met_arbeid", "getal",
    "Eerste kalenderjaar waarin gewerkt is (daarna in ieder kalenderjaar gewerkt)", "jaar",
    minimum=1900, maximum=2100,
)
invoer("ingangsdatum_wia", "datum", "Datum waarop het recht op WIA-uitkering ingaat")
invoer(
    "eerste_ziektedag", "datum",
    "Eerste ziektedag: de eerste werkdag waarop de werknemer wegens ziekte niet werkte (bepaalt het refertejaar"
    " van het dagloon)",
)
invoer("datum_in_dienst", "datum", "Eerste dag van het dienstverband (voor de Ziektewet: van de dienstbetrekking"
       " waaruit de werknemer ziek werd)")
invoer("datum_uit_dienst", "datum", "Eerste dag dat de werknemer niet meer in dienst is")
invoer(
    "tussenpozen_maanden", "getal",
    "Hele kalendermaanden tussen opvolgende arbeidsovereenkomsten (elke tussenpoos ten hoogste zes maanden) die"
    " niet meetellen voor de transitievergoeding; geef liever 'contractperiodes', dan rekent Spoorzoeker dit uit",
    "maanden", standaard=0.0, standaard_uitleg="0: één doorlopende arbeidsovereenkomst", minimum=0,
)
invoer(
    "tussenpozen_dagen", "getal",
    "Losse dagen (naast de hele maanden) tussen opvolgende arbeidsovereenkomsten die niet meetellen voor de"
    " transitievergoeding; geef liever 'contractperiodes'",
    "dagen", standaard=0.0, standaard_uitleg="0: één doorlopende arbeidsovereenkomst", minimum=0,
)
invoer(
    "betaalde_transitievergoeding", "bedrag",
    "Transitievergoeding die de werkgever werkelijk heeft betaald", "euro, bruto", minimum=0,
)
invoer(
    "transitievergoeding_na_wachttijd", "bedrag",
    "Transitievergoeding die verschuldigd zou zijn op de dag na 104 weken ziekte (art. 7:673e lid 2 BW);"
    " bereken die met 'transitievergoeding' en die dag als datum_uit_dienst", "euro, bruto", minimum=0,
)

# BW 7:673e lid 1 onderdeel a and lid 3: how and why the employment ended, for the UWV compensation.
REDENEN_EINDE = Keuzes("ziekte", "van_rechtswege_tijdens_ziekte", "andere")
invoer(
    "reden_einde_arbeidsovereenkomst", "keuze",
    "Hoe en waarom de arbeidsovereenkomst eindigde (compensatie van de transitievergoeding, art. 7:673e lid 1"
    " onderdeel a en lid 3 BW): ziekte (opgezegd, ontbonden of met wederzijds goedvinden beëindigd omdat de"
    " werknemer wegens ziekte of gebreken zijn werk niet meer kon doen), van_rechtswege_tijdens_ziekte (een"
    " contract voor bepaalde tijd liep af terwijl de werknemer wegens ziekte of gebreken zijn werk niet kon doen)"
    " of andere (een andere reden: dan geen compensatie wegens ziekte). De compensatie bij het beëindigen van het"
    " bedrijf (lid 1 onderdeel b) berekent Spoorzoeker niet",
    keuzes=REDENEN_EINDE,
)

# No-riskpolis (ZW art. 29b), the right to a WIA benefit (WIA art. 23, 43, 47, 54) and the
# re-integration instruments (WIA art. 35, 37; Reintegratiebesluit). Defaults only where the
# law gives one; everything else stays unknown until given.
NORISKPOLIS_GRONDEN = Keuzes(
    "geen",
    "wia_uitkering",           # lid 1 a: right to a WIA benefit just before the employment
    "wia_minder_dan_35",       # lid 1 b: found < 35% after the wachttijd, not able to work at the own employer
    "belemmering_onderwijs",   # lid 1 c (under 18) / d (18 or older): hindered at school by sickness or a handicap
    "wajong",                  # lid 2 a: Wajong benefit or arbeidsondersteuning, now or before
    "sw_bedrijf",              # lid 2 b: employment contract with an SW-bedrijf (Wsw art. 7)
    "wajong_voor_18",          # lid 2 c: employment began before 18 and before the Wajong right
    "wsw_voorafgaand",         # lid 2 d: a Wsw employment or indication just before
    "doelgroepregister",       # lid 2 e and lid 11: in the register of arbeidsbeperkten (banenafspraak)
    "beschut_werk",            # lid 2 f: beschut werk (Participatiewet art. 10b)
    "wia_voortgezet",          # lid 4: WIA benefit, employment with the own employer continued
)
invoer(
    "noriskpolis_grond", "keuze",
    "Grond voor de no-riskpolis (art. 29b ZW): geen, wia_uitkering (lid 1 a), wia_minder_dan_35 (lid 1 b),"
    " belemmering_onderwijs (lid 1 c/d), wajong (lid 2 a), sw_bedrijf (lid 2 b), wajong_voor_18 (lid 2 c),"
    " wsw_voorafgaand (lid 2 d), doelgroepregister (lid 2 e en lid 11), beschut_werk (lid 2 f) of"
    " wia_voortgezet (lid 4: WIA-uitkering en in dienst gebleven bij de eigen werkgever)",
    keuzes=NORISKPOLIS_GRONDEN,
)
invoer(
    "datum_einde_onderwijs", "datum",
    "Datum waarop het onderwijs is afgerond (no-riskpolis art. 29b lid 1 c en d ZW: binnen vijf jaar daarna aan"
    " het werk)",
)
invoer(
    "eerste_dag_na_wachttijd", "datum",
    "Eerste dag na de wachttijd (of na de verlengde loondoorbetaling) waarop het UWV minder dan 35%"
    " arbeidsongeschiktheid vaststelde (no-riskpolis art. 29b lid 1 b ZW)",
)
invoer(
    "datum_vaststelling_wia", "datum",
    "Datum waarop het UWV het recht op WIA-uitkering heeft vastgesteld (no-riskpolis art. 29b lid 4 ZW:"
    " vijf jaar vanaf die dag)",
)
invoer(
    "eerste_dag_wachttijd", "datum",
    "Eerste dag van de wachttijd voor de WIA: de eerste dag van ongeschiktheid tot werken (art. 23 lid 2 WIA)",
)
invoer(
    "wia_verzekerd", "ja_nee",
    "Was de persoon op de eerste dag van de wachttijd verzekerd voor de WIA (verplicht als werknemer, art. 7 WIA;"
    " of op grond van art. 10 of 16)?",
    standaard=1.0,
    standaard_uitleg="ja: wie als werknemer ziek werd, is verplicht verzekerd (art. 7 WIA); geef 'nee' voor bijvoorbeeld"
                     " een zelfstandige",
)
WIA_UITSLUITINGSGRONDEN = Keuzes(
    "geen",
    "zwangerschapsuitkering",     # art. 43 a 2°
    "ziekengeld_periode",         # art. 43 c: period without ziekengeld (ZW art. 29 lid 11) not ended
    "vrijheid_ontnomen",          # art. 43 d (art. 44: exceptions, one month for a running benefit)
    "onttrekt_aan_straf",         # art. 43 e
    "woont_niet_in_nederland",    # art. 43 f (art. 45: not for a treaty country)
    "overleden",                  # art. 43 h
    "uitreiziger",                # art. 43 i
)
invoer(
    "wia_uitsluitingsgrond", "keuze",
    "Uitsluitingsgrond van art. 43 WIA die nu geldt: geen, zwangerschapsuitkering (a 2°), ziekengeld_periode (c),"
    " vrijheid_ontnomen (d), onttrekt_aan_straf (e), woont_niet_in_nederland (f), overleden (h) of uitreiziger (i)."
    " De AOW-leeftijd (g) volgt uit de geboortedatum en de verlengde loondoorbetaling (b) uit"
    " verlenging_loondoorbetaling_weken",
    keuzes=WIA_UITSLUITINGSGRONDEN,
)
invoer(
    "datum_vrijheidsontneming", "datum",
    "Eerste dag van de vrijheidsontneming (art. 44 lid 2 WIA: een lopende uitkering stopt pas na één maand)",
)
invoer(
    "proefplaats_in_staat", "ja_nee",
    "Proefplaatsing: kan de persoon het werk op de proefplaats aan met zijn krachten en bekwaamheden"
    " (art. 37 lid 2 a WIA)?",
)
invoer(
    "proefplaats_aansprakelijkheidsverzekering", "ja_nee",
    "Proefplaatsing: heeft de werkgever een aansprakelijkheidsverzekering voor de persoon afgesloten"
    " (art. 37 lid 2 b WIA)?",
)
invoer(
    "proefplaats_eerder_bij_werkgever", "ja_nee",
    "Proefplaatsing: heeft de persoon dit werk al eens onbeloond op een proefplaats bij deze werkgever (of diens"
    " rechtsvoorganger) gedaan (art. 37 lid 2 c WIA)?",
)
invoer(
    "proefplaats_uitzicht_op_baan", "ja_nee",
    "Proefplaatsing: is er volgens het UWV of de eigenrisicodrager reëel uitzicht op een aansluitende baan van"
    " dezelfde of grotere omvang voor ten minste zes maanden (art. 37 lid 2 d WIA)?",
)
invoer(
    "structurele_functionele_beperking", "ja_nee",
    "Heeft de persoon volgens het UWV een structurele functionele beperking (art. 35 lid 1 WIA)?",
)
invoer(
    "werkt_of_gaat_werken", "ja_nee",
    "Werkt de persoon in dienstbetrekking, gaat hij dat doen, volgt hij scholing voor werk of werkt hij op een"
    " proefplaats (art. 35 lid 1 WIA)?",
)
invoer(
    "wsw_werknemer", "ja_nee",
    "Werkt de persoon als werknemer in de zin van de Wet sociale werkvoorziening (art. 35 lid 1 WIA: dan geen"
    " voorziening van het UWV)?",
)
invoer(
    "wajong_arbeidsondersteuning", "ja_nee",
    "Heeft de persoon recht op arbeidsondersteuning uit de Wajong (art. 35 lid 4 a WIA: dan regelt de Wajong de"
    " voorzieningen)?",
)
invoer(
    "ondersteuning_door_gemeente", "ja_nee",
    "Zorgt de gemeente voor de ondersteuning bij het werk (Participatiewet art. 7 lid 1 a; art. 35 lid 4 b WIA)?",
)
invoer(
    "jobcoach_noodzakelijk", "ja_nee",
    "Is persoonlijke ondersteuning (jobcoach) nodig bij de opgedragen taken en compenseert zij de beperkingen"
    " (art. 35 lid 2 d WIA)?",
)
invoer(
    "werkplekvoorziening_meeneembaar", "ja_nee",
    "Is de werkplekvoorziening meeneembaar en in overwegende mate op de persoon afgestemd (art. 35 lid 2 c WIA;"
    " art. 4 Reintegratiebesluit)?",
)
invoer(
    "kosten_voorziening", "bedrag",
    "Kosten van de aangevraagde voorziening (zonder btw die de werkgever kan verrekenen)", "euro", minimum=0,
)
invoer(
    "jobcoach_jaar", "getal",
    "Jaar van de jobcoaching (1 = eerste jaar van toekenning, 2 = tweede, 3 of hoger = daarna)", "jaar", minimum=1,
)
invoer(
    "jobcoach_uurtarief", "bedrag",
    "Uurtarief van de jobcoach dat het UWV vergoedt (staat niet in de wet; neem het bedrag uit de beschikking of"
    " de beleidsregel van het UWV)", "euro per uur", minimum=0,
)
