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

# Dates and work history ---------------------------------------------------------------
invoer("geboortedatum", "datum", "Geboortedatum")
invoer(
    "eerste_jaar_met_arbeid", "getal",
    "Eerste kalenderjaar waarin gewerkt is (daarna in ieder kalenderjaar gewerkt)", "jaar",
    minimum=1900, maximum=2100,
)
invoer("ingangsdatum_wia", "datum", "Datum waarop het recht op WIA-uitkering ingaat")
invoer("datum_in_dienst", "datum", "Eerste dag van het dienstverband")
invoer("datum_uit_dienst", "datum", "Eerste dag dat de werknemer niet meer in dienst is")
invoer(
    "betaalde_transitievergoeding", "bedrag",
    "Transitievergoeding die de werkgever werkelijk heeft betaald", "euro, bruto", minimum=0,
)
invoer(
    "transitievergoeding_na_wachttijd", "bedrag",
    "Transitievergoeding die verschuldigd zou zijn op de dag na 104 weken ziekte (art. 7:673e lid 2 BW);"
    " bereken die met 'transitievergoeding' en die dag als datum_uit_dienst", "euro, bruto", minimum=0,
)
