"""Calibration targets: published figures next to what the simulation of the current law gives.

Every target names its public source (publisher, title, year), the status of the figure (checked
at an official source, secondary, derived by us, or not confirmed) and a tolerance. The simulated
value is a steady state: one cohort year of sick reports stands for every year.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

STATUS = {
    "V": "bevestigd bij de officiële bron",
    "S": "uit een secundaire bron",
    "D": "door ons afgeleid",
    "X": "niet bevestigd",
}


@dataclass(frozen=True)
class Doel:
    naam: str  # Dutch, for the reader
    waarde: float
    tolerantie: float  # absolute, in the unit of the value
    eenheid: str  # "aantal", "aandeel", "dagen", "euro", "per werknemer", "keer" (a ratio)
    bron: str  # public source by name
    jaar: str
    status: str  # V, S, D, X
    gesimuleerd: Callable[[dict[str, Any]], float]
    omrekening: str = ""  # Dutch: how a figure of another year or definition was made comparable


def _deel(teller: str, noemer: str) -> Callable[[dict[str, Any]], float]:
    return lambda r: float(r[teller]) / max(float(r[noemer]), 1e-12)


def _kansverhouding(teller: tuple[str, str], noemer: tuple[str, str]) -> Callable[[dict[str, Any]], float]:
    """The chance ``teller`` (count, of whom) divided by the chance ``noemer``."""
    kans, basis = _deel(*teller), _deel(*noemer)
    return lambda r: kans(r) / max(basis(r), 1e-12)


def _uitkomst(i: int) -> Callable[[dict[str, Any]], float]:
    return lambda r: float(r["uitkomst"][i]) / max(float(np.sum(r["uitkomst"])), 1e-12)


UWV_2024 = "UWV, jaarverslag 2024: claimbeoordelingen WIA januari-augustus (zonder de vereenvoudigde beoordeling 60-plussers)"
ARBONED = "ArboNed, persbericht 'Verzuim in Nederland stabiliseert' (2019)"
UKV = "UWV Kennisverslag 2018-7 (langdurig zieken)"
UWV_2024_GROEI = ("UWV, jaarverslag 2024: claimbeoordelingen WIA januari-augustus 2024 en 2023; de instroom van 2023 "
                  "via NH Nieuws en Szamen ('meer dan 60.000')")
MONITOR = "UWV Monitor Arbeidsparticipatie 2018"
LOUWERSE = "Louwerse e.a. (2018), Tijdschrift voor Bedrijfs- en Verzekeringsgeneeskunde"
ARBO_REGISTRATIE = ("Een arbodienst registreert het verzuim van de werknemers van zijn klanten: een melding eindigt "
                    "voor de werkgever als de Ziektewet begint; de simulatie telt hier net zo.")
ZONDER_60_PLUS = ("{cijfer} min ongeveer 3.200 extra toekenningen per jaar door de vereenvoudigde beoordeling van "
                  "60-plussers (Taxlive, 'Beroep op WIA neemt toe'), die geldt voor een WIA die ingaat van oktober "
                  "2022 tot en met 2024 en van september 2025 tot september 2027; de gesimuleerde groep begint de WIA "
                  "in 2028, zonder die beoordeling: {uitkomst}.")

DOELEN: tuple[Doel, ...] = (
    Doel("WIA-aanvragen per jaar", 84_550, 8_455, "aantal", "UWV via Enkwest, 'WIA-instroom door stress' (2023)",
         "2023", "S", lambda r: float(r["aanvragen_werkgever"] + r["aanvragen_vangnet"])),
    Doel("WIA-instroom per jaar (nieuwe WGA- en IVA-uitkeringen)", 56_800, 5_680, "aantal",
         "UWV via NH Nieuws en Szamen, 'meer dan 60.000' (2023)", "2023", "D", lambda r: float(r["instroom"]),
         ZONDER_60_PLUS.format(cijfer="60.000", uitkomst="56.800")),
    Doel("WIA-instroom 2024 (toekenningen januari-augustus +13%)", 64_655, 6_466, "aantal", UWV_2024_GROEI,
         "2024", "D", lambda r: float(r["instroom"]),
         "Toegekende WIA-aanvragen in januari tot en met augustus, met de vereenvoudigde beoordeling van "
         "60-plussers: 33.200 + 7.400 = 40.600 in 2024 tegen 29.700 + 6.200 = 35.900 in 2023 (13,1% meer). "
         "Met die groei wordt de instroom van 2023 in 2024: 60.000 x 40.600 / 35.900 = 67.855. "
         + ZONDER_60_PLUS.format(cijfer="67.855", uitkomst="64.655")),
    Doel("Uitkomst: afgewezen (minder dan 35%)", 0.341, 0.02, "aandeel", UWV_2024, "2024", "D", _uitkomst(0)),
    Doel("Uitkomst: WGA 35-80%", 0.147, 0.02, "aandeel", UWV_2024, "2024", "D", _uitkomst(1)),
    Doel("Uitkomst: WGA 80-100%", 0.304, 0.02, "aandeel", UWV_2024, "2024", "D", _uitkomst(2)),
    Doel("Uitkomst: IVA", 0.208, 0.02, "aandeel", UWV_2024, "2024", "D", _uitkomst(3)),
    Doel("35-minners onder de beoordeelde aanvragen", 0.32, 0.03, "aandeel",
         "NN Trendrapport mei 2022, 'Steeds meer werknemers vragen een WIA-uitkering'", "2015-2021", "S", _uitkomst(0)),
    Doel("Ziekmeldingen per werknemer per jaar", 0.9, 0.1, "per werknemer",
         "Arbodiensten via Welingelichte Kringen: 65-82 meldingen per 1.000 werknemers per maand", "2023-2024", "D",
         _deel("ziekmeldingen", "werknemers"),
         "Geen onafhankelijke toets: de simulatie neemt dit aantal uit dezelfde bron over (maandcijfers van oktober "
         "en november, maal twaalf); een jaarcijfer van arbodiensten is niet gevonden. Dit doel laat alleen zien dat "
         "de trekking klopt. CBS en TNO (NEA 2023, StatLine 83056NED) tellen 1,4 keer verzuim per werknemer per jaar: "
         "alle zelf opgegeven verzuimperiodes, ook korte die een arbodienst niet ziet, dus iets anders."),
    Doel("Verzuimpercentage werknemers (verzuim bij de werkgever)", 0.053, 0.008, "aandeel",
         "CBS via Blik op Nieuws (2023)", "2023", "S",
         lambda r: float(r["verzuimdagen_in_dienst"]) / (365.0 * float(r["werknemers"])),
         "CBS vraagt bedrijven naar het verzuim van hun eigen werknemers: dagen in de Ziektewet na het einde van "
         "een contract of van een uitzendkracht met uitzendbeding tellen daar niet mee, de gewerkte uren bij "
         "gedeeltelijke hervatting ook niet; de simulatie telt hier net zo."),
    Doel("Gemiddelde verzuimduur per ziekmelding (kalenderdagen)", 27.0, 2.7, "dagen",
         "Arbo Unie via De Ondernemer (371.000 meldingen in 2024)", "2024", "S",
         _deel("duur_in_dienst_dagen", "ziekmeldingen_in_dienst"),
         "Duur van de melding bij de werkgever, tot volledig herstel of tot de Ziektewet begint."),
    Doel("Ziekmeldingen langer dan 6 weken", 0.11, 0.02, "aandeel", ARBONED, "2019", "V",
         _deel("lang_in_dienst", "ziekmeldingen_in_dienst"), ARBO_REGISTRATIE),
    Doel("Verzuimdagen in meldingen langer dan 6 weken", 0.76, 0.05, "aandeel", ARBONED, "2019", "V",
         _deel("dagen_lang_in_dienst", "verzuimdagen_in_dienst"), ARBO_REGISTRATIE),
    Doel("Gemiddelde duur van meldingen tot en met 6 weken (dagen)", 7.28, 0.73, "dagen",
         "ArboNed (2019) en Arbo Unie via De Ondernemer (2024)", "2019-2024", "D",
         _deel("duur_kort_in_dienst_dagen", "kort_in_dienst"),
         "ArboNed: 11% van de meldingen duurt langer dan 6 weken en heeft 76% van de verzuimdagen; Arbo Unie: "
         "27 dagen per melding. De meldingen van hoogstens 6 weken (89%) hebben dus 24% van 27 dagen per "
         "melding: 0,24 x 27 / 0,89 = 7,28 dagen. " + ARBO_REGISTRATIE),
    Doel("Psychische klachten bij verzuim langer dan 6 weken", 0.35, 0.05, "aandeel", ARBONED, "2019", "V",
         _deel("lang_psychisch", "lang")),
    Doel("42e-weekmeldingen van werknemers per jaar", 122_053, 12_205, "aantal",
         "UWV Kennisverslag (november 2018) via Trouw, 'Er zijn weer meer langdurig zieken, vooral 60-plussers'",
         "2017", "D", lambda r: float(r["week42_werkgever"]),
         "90.800 in 2017, omgerekend naar 2023 met de WIA-aanvragen van die jaren: 90.800 x 84.550 / 62.900 = "
         "122.053 (UWV jaarverslag 2018; UWV via Enkwest 2023). Die omrekening houdt het aantal meldingen per "
         "aanvraag gelijk, maar het steeg: 79.800 / 60.100 = 1,33 in 2016 en 90.800 / 62.900 = 1,44 in 2017; "
         "een nieuwer jaartotaal is niet gevonden."),
    Doel("Deel van de 42e-weekgevallen dat na twee jaar WIA aanvraagt", 0.25, 0.05, "aandeel", UKV, "2013-2016", "S",
         _deel("aanvragen_werkgever_42", "week42_werkgever")),
    Doel("Langdurig zieken van 45 jaar en ouder", 0.61, 0.05, "aandeel", UKV, "2012-2016", "S",
         _deel("week42_45plus", "week42_werkgever")),
    Doel("Lang verzuim van 55-64-jarigen tegenover alle leeftijden", 1.66, 0.2, "keer",
         "CBS StatLine 83056NED, Ziekteverzuim volgens werknemers; geslacht en leeftijd (NEA 2023)", "2023", "D",
         _kansverhouding(("meldingen_55_64_4w", "meldingen_55_64"), ("meldingen_4w", "ziekmeldingen_in_dienst")),
         "Van de werknemers die verzuimden, duurde het meest recente verzuim 20 werkdagen of langer bij 15,1% + "
         "2,0% = 17,1% van de 55- tot 65-jarigen en bij 9,2% + 1,1% = 10,3% van alle werknemers: 17,1 / 10,3 = "
         "1,66 keer. De enquête telt ook kort verzuim dat een arbodienst niet ziet, daarom vergelijkt Spoorzoeker "
         "de verhouding, niet de aandelen; de simulatie telt meldingen van vier weken (28 kalenderdagen) of langer "
         "bij de werkgever."),
    Doel("WIA-instroomkans van 55-plussers tegenover onder 25 jaar", 10.0, 2.0, "keer",
         "UWV, 'Wat is er aan de hand met de WIA?' (2017), via NRC en Trouw ('circa tien keer zo groot')", "2016", "S",
         _kansverhouding(("instroom_55_plus", "verzekerden_55_plus"), ("instroom_onder_25", "verzekerden_onder_25")),
         "De kans is de instroom van een leeftijdsgroep (leeftijd bij de start van de WIA) gedeeld door de "
         "verzekerden van die leeftijd; een verhouding van kansen hangt niet af van de leeftijdsopbouw van een jaar. "
         "Ter vergelijking: volgens CBS en TNO (NEA 2023, StatLine 83056NED) had 47,3% x 2,0% = 0,95% van de "
         "55-64-jarigen als meest recente verzuim 42 weken of langer, tegen 48,7% x 0,1% = 0,05% van de "
         "15-24-jarigen: ongeveer 19 keer; die 0,1% is afgerond."),
    Doel("Spoor 2 bij langdurig zieken (42e week)", 0.25, 0.05, "aandeel",
         "Panteia e.a. (2016), De theorie en praktijk van re-integratie tweede spoor", "2016", "X",
         _deel("spoor2", "week42_werkgever")),
    Doel("Spoor 2 gestart in maand 12-14", 0.50, 0.10, "aandeel",
         "Panteia e.a. (2016), De theorie en praktijk van re-integratie tweede spoor ('meer dan de helft')", "2016",
         "X", _deel("spoor2_52_61", "spoor2")),
    Doel("Spoor 2 gestart vóór het einde van het eerste ziektejaar", 0.30, 0.05, "aandeel",
         "Panteia e.a. (2016), De theorie en praktijk van re-integratie tweede spoor", "2016", "X",
         _deel("spoor2_voor_52", "spoor2")),
    Doel("Loonsanctie bij de beoordeelde re-integratieverslagen", 0.11, 0.02, "aandeel",
         "UWV (2018), Toetsing van het re-integratieverslag", "2017", "V", _deel("loonsancties", "riv")),
    Doel("Loonsancties per jaar (inhoudelijk 2.247 en administratief 1.711)", 5_695, 1_139, "aantal",
         "UWV jaarverslag 2017 via Rendement", "2017", "D", lambda r: float(r["loonsancties"]),
         "3.958 in 2017, omgerekend naar 2023 met de WIA-instroom van die jaren: 3.958 x 60.000 / 41.700 = 5.695 "
         "(UWV jaarverslag 2018; UWV via NH Nieuws 2023)."),
    Doel("Ziekmeldingen in de Ziektewet (vangnet)", 393_700, 39_370, "aantal",
         "UWV Kennisverslag 2024-3 via Szamen, 'Volumeontwikkelingen WIA en WW'", "2023", "S",
         lambda r: float(r["zw_meldingen"])),
    Doel("Uitstroom uit de Ziektewet binnen 104 weken", 0.902, 0.03, "aandeel",
         "UWV jaarverslag 2014, Voorkomen van instroom in de WIA", "2014", "V", _deel("zw_einde_voor_104", "zw_meldingen")),
    Doel("Gemiddelde duur van Ziektewet-meldingen die in het eerste jaar eindigen", 43.0, 10.0, "dagen",
         "UWV jaarverslag 2021 (cijfer over 2020)", "2020", "V", _deel("zw_jaar1_dagen", "zw_jaar1_aantal")),
    Doel("Aandeel vangnetters in de WIA-instroom", 0.515, 0.05, "aandeel",
         "SZW, rijksoverheid in cijfers 'WAO, IVA en WGA' (51-52%)", "2011-2013", "V",
         _deel("instroom_vangnet", "instroom")),
    Doel("Afgewezen mensen (35-minners) met werk", 0.464, 0.03, "aandeel", MONITOR, "eind 2017", "V",
         lambda r: float(r["afgewezen_werkt"]) / max(float(r["uitkomst"][0]), 1e-12)),
    Doel("Mensen in de WGA 35-80% met werk", 0.448, 0.03, "aandeel", MONITOR, "eind 2017", "V",
         lambda r: float(r["wga_35_80_werkt"]) / max(float(r["uitkomst"][1]), 1e-12)),
    Doel("Nog in de WIA vijf jaar na instroom, van wie de AOW-leeftijd niet bereikte", 0.872, 0.03, "aandeel",
         LOUWERSE, "cohort 2010-2011", "D",
         lambda r: float(r["in_wia_na_5_jaar"]) / max(float(r["instroom"] - r["wia_uit_door_aow"]), 1e-12),
         "82% van het cohort zat na vijf jaar nog in de WIA en ongeveer 6% (een derde van de 18% die uitstroomde) "
         "bereikte de pensioenleeftijd: 82 / 94 = 87,2%."),
    Doel("WIA-instroom tot 6 jaar en 9 maanden voor de AOW-leeftijd", 0.189, 0.03,
         "aandeel", "UWV Kennisverslag 2017-8 via Synck ('De instroom in de WIA stijgt') en UWV via NRC (2017)",
         "2016", "D", _deel("instroom_dicht_bij_aow", "instroom"),
         "In 2016 kregen 7.551 mensen van 60 jaar en ouder een WIA-uitkering, van 40.016: 18,9%. Wie in 2016 op "
         "60-jarige leeftijd instroomde (geboren in 1956), was volgens art. 7a AOW nog 6 jaar en 7 tot 11 maanden "
         "van de eigen AOW-leeftijd af, gemiddeld 6 jaar en 9 maanden; de simulatie telt de instroom die bij de "
         "start van de WIA hoogstens zo ver van de eigen AOW-datum af is. De leeftijdsopbouw van de werknemers "
         "in de simulatie is die van 2022 (CBS), met meer oudere werknemers dan in 2016."),
    Doel("Loondoorbetaling bij ziekte door werkgevers per jaar", 18.22e9, 3.64e9, "euro",
         "TNO Arbobalans 2020 via vzinfo.nl (lonen 2017-2018)", "2017-2018", "D",
         lambda r: float(np.sum(r["kosten_werkgever_loon"])),
         "13,3 miljard euro in lonen van 2018, omgerekend naar de lonen van 2022 (het uurloon van de gesimuleerde "
         "werknemers) met de stijging van de cao-lonen volgens CBS: 2,5% (2019), 3,0% (2020), 2,0% (2021) en 3,2% "
         "(2022): 13,3 x 1,025 x 1,030 x 1,020 x 1,032 = 14,78 miljard euro; en naar het verzuim van 2023 met het "
         "verzuimpercentage van CBS: 4,3% in 2018 (CBS via NU.nl) en 5,3% in 2023: 14,78 x 5,3 / 4,3 = 18,22 "
         "miljard euro. De groei van het aantal werknemers sinds 2018 is niet meegerekend."),
)


@dataclass
class Vergelijking:
    doel: Doel
    gesimuleerd: float

    @property
    def verschil(self) -> float:
        return self.gesimuleerd - self.doel.waarde

    @property
    def houdt(self) -> bool:
        return abs(self.verschil) <= self.doel.tolerantie


def vergelijk(resultaat: dict[str, Any]) -> list[Vergelijking]:
    return [Vergelijking(d, d.gesimuleerd(resultaat)) for d in DOELEN]


def opmaak(waarde: float, eenheid: str, verschil: bool = False) -> str:
    """A value as a Dutch reader expects it (thousands with a dot, decimals with a comma)."""
    teken = "+" if verschil and waarde > 0 else ""
    if eenheid == "aandeel":
        return f"{teken}{100 * waarde:.1f}".replace(".", ",") + (" %-punt" if verschil else "%")
    if eenheid == "euro":
        return f"{teken}€ {waarde / 1e9:.2f} mld".replace(".", ",")
    if eenheid == "keer":
        return f"{teken}{waarde:.2f}".replace(".", ",") + " keer"
    if eenheid in ("dagen", "per werknemer"):
        return f"{teken}{waarde:.2f}".replace(".", ",") + (" dagen" if eenheid == "dagen" else "")
    return teken + f"{waarde:,.0f}".replace(",", ".")
