"""The statutory minimum wage as the other rules need it (Wet minimumloon en minimumvakantiebijslag)."""

from __future__ import annotations

import numpy as np

from ..engine import met_onbekend, regel
from ..money import naar_centen
from ..tijd import hele_jaren_tussen

WML = "https://wetten.overheid.nl/BWBR0002638"


@regel(
    "getal", "Aantal weekdagen (maandag tot en met vrijdag) in het kalenderjaar van de rekendatum", eenheid="dagen",
    bron="art. 11 lid 1 WML: het gemiddeld aantal arbeidsuren per maand wordt afgeleid van de arbeidsuren in het"
         " kalenderjaar; Kennisdocument wettelijk minimumloon (Ministerie van SZW): werkdagen in het jaar x uren per"
         " dag / 12 (2024: 262 dagen, 2025 en 2026: 261)",
    url=f"{WML}#Artikel11",
)
def weekdagen_in_kalenderjaar(datum):
    """WML art. 13 and the SZW Kennisdocument WML (hours in the calendar year): The weekdays Monday to Friday of the calendar year of the calculation date, counted on the
    calendar (no constant): 2024 has 262, 2025 and 2026 have 261."""
    d = np.asarray(datum, dtype="datetime64[D]")
    begin = d.astype("datetime64[Y]").astype("datetime64[D]")
    einde = (d.astype("datetime64[Y]") + 1).astype("datetime64[D]")
    return np.busday_count(begin, einde).astype(np.float64)


@regel(
    "getal", "Leeftijd in hele jaren op de rekendatum", eenheid="jaar", minimum=0, maximum=120,
    bron="leeftijd op de rekendatum (art. 8 lid 3 WML: minimumloon naar leeftijd)",
    url=f"{WML}#Artikel8",
)
def leeftijd(geboortedatum, datum):
    """Age in whole years on the calculation date (WML art. 8 lid 3 uses the age)."""
    return hele_jaren_tussen(geboortedatum, np.broadcast_to(datum, geboortedatum.shape))


@regel(
    "getal", "Deel van het minimumloon voor 21 jaar en ouder dat voor deze leeftijd geldt", eenheid="fractie",
    bron="art. 8 lid 3 WML en art. 2 Besluit minimumjeugdloon", url=f"{WML}#Artikel8",
)
def minimumloon_leeftijdsfactor(leeftijd, p):
    """Youth percentages of the minimum wage (WML art. 8 lid 3); 21 and older: 100%."""
    jeugd = p.minimumloon.jeugd
    factoren = np.array([jeugd.leeftijd_15, jeugd.leeftijd_16, jeugd.leeftijd_17,
                         jeugd.leeftijd_18, jeugd.leeftijd_19, jeugd.leeftijd_20, 1.0])
    index = np.clip(np.nan_to_num(leeftijd, nan=21.0), 15, 21).astype(np.int64) - 15
    return met_onbekend(factoren[index], leeftijd)


@regel(
    "bedrag", "Minimumloon per maand zoals de WIA het gebruikt: het referentieminimummaandloon plus 8%"
    " vakantiebijslag (naar leeftijd onder de 21)", eenheid="euro per maand, bruto",
    bron="art. 12 lid 1 onderdeel b WIA met art. 8 lid 1 onderdeel b en art. 15 WML",
    url="https://wetten.overheid.nl/BWBR0019057#Artikel12",
)
def minimumloon_per_maand_wia(minimumloon_leeftijdsfactor, p):
    """WIA art. 12 lid 1 b: the WML monthly amount for benefit laws plus vakantietoeslag (8%).

    Without an age (no ``leeftijd`` or ``geboortedatum``) the 21+ amount is used: WIA
    benefits start after two sick years, so an applicant is almost always 21 or older.
    Not rounded here: the rules that multiply it round their own result (no intermediate
    rounding the law does not prescribe; CRvB 10-10-2014, ECLI:NL:CRVB:2014:3304).
    """
    factor = np.nan_to_num(minimumloon_leeftijdsfactor, nan=1.0)
    return p.minimumloon.maandloon * factor * (1.0 + p.minimumloon.vakantiebijslag)


@regel(
    "bedrag", "Minimumloon per uur voor deze leeftijd", eenheid="euro per uur, bruto",
    bron="art. 8 lid 1 onderdeel a en lid 3 WML (minimumuurloon sinds 1 januari 2024)",
    url=f"{WML}#Artikel8",
)
def minimumuurloon(minimumloon_leeftijdsfactor, p):
    """WML art. 8: the hourly minimum wage, times the youth percentage, to the cent.

    The published youth amounts (e.g. 2026: 20 jaar EUR 11,77 = 14,71 x 80% = 11,768)
    are the product rounded to the nearest cent.
    """
    return naar_centen(p.minimumloon.uurloon * minimumloon_leeftijdsfactor)
