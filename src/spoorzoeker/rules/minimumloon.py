"""The statutory minimum wage as the other rules need it (Wet minimumloon en minimumvakantiebijslag)."""

from __future__ import annotations

import numpy as np

from ..engine import met_onbekend, regel
from ..money import naar_centen
from ..tijd import hele_jaren_tussen

WML = "https://wetten.overheid.nl/BWBR0002638"
BESLUIT_MJL = "https://wetten.overheid.nl/BWBR0003599"


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
    "getal", "Deel van het minimumloon voor 21 jaar en ouder dat voor deze leeftijd geldt (bij een bbl-overeenkomst"
             " het lagere bbl-percentage)", eenheid="fractie",
    bron="art. 8 lid 3 WML met art. 2 Besluit minimumjeugdloon; bij een arbeidsovereenkomst in de"
         " beroepsbegeleidende leerweg art. 3 Besluit minimumjeugdloon (20 jaar 61,5%, 19 jaar 52,5%, 18 jaar 45,5%)",
    url=f"{BESLUIT_MJL}#Artikel3",
)
def minimumloon_leeftijdsfactor(leeftijd, bbl, p):
    """Youth percentages of the minimum wage (WML art. 8 lid 3); 21 and older: 100%.

    Besluit minimumjeugdloon art. 2 lid 1: 20-year-olds 80, 19: 60, 18: 50, 17: 39½, 16: 34½,
    15: 30. Art. 3 lid 1 (https://wetten.overheid.nl/BWBR0003599#Artikel3): "In afwijking van
    artikel 2 bedraagt het minimumloon ... voor werknemers die werkzaam zijn op basis van een
    arbeidsovereenkomst die is aangegaan in verband met een beroepsbegeleidende leerweg als bedoeld
    in artikel 7.2.2 van de Wet educatie en beroepsonderwijs ... de 20-jarigen: 61½, de
    19-jarigen: 52½, de 18-jarigen: 45½, de 17-jarigen: 39½, de 16-jarigen: 34½, de
    15-jarigen: 30." From 21 there is no youth wage (art. 1: 15 up to 21), so a bbl employee
    of 21 gets the full minimum wage. The factor feeds every minimum wage of this person (the
    hourly amount, the floor of the loondoorbetaling and the WIA's minimum wage by age)."""
    jeugd = p.minimumloon.jeugd
    gewoon = np.array([jeugd.leeftijd_15, jeugd.leeftijd_16, jeugd.leeftijd_17,
                       jeugd.leeftijd_18, jeugd.leeftijd_19, jeugd.leeftijd_20, 1.0])
    leer = p.minimumloon.jeugd_bbl
    bbl_factoren = np.array([leer.leeftijd_15, leer.leeftijd_16, leer.leeftijd_17,
                             leer.leeftijd_18, leer.leeftijd_19, leer.leeftijd_20, 1.0])
    index = np.clip(np.nan_to_num(leeftijd, nan=21.0), 15, 21).astype(np.int64) - 15
    uit = np.where(bbl == 1, bbl_factoren[index], gewoon[index])
    return met_onbekend(uit, leeftijd, bbl)


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
