"""The no-riskpolis: Ziektewet for an employer who hires someone with a disability history (ZW art. 29b).

Who is covered (lid 1, 2 and 4), from when and until when (five years from the start of the
employment or, lid 4, from the WIA decision; without an end for lid 2), and what UWV pays the
employer (lid 5-6: 70% of the dagloon, on request up to 100% in the first 52 weeks but never
more than the wage owed). Law text read: ZW art. 29b and 29c, toestand 2026-07-01.

Not modelled: the extension of the five years when UWV finds a strongly increased risk
(art. 29c; give ``noriskpolis_einddatum`` yourself), the later start for lid 2 c (not before the
Wajong right) and lid 2 e (not before the registration as arbeidsbeperkte; give
``noriskpolis_begindatum``), the SW subsidy deduction (lid 7) and the loonwaarde factor of
art. 29e for a worker with loonkostensubsidie.
"""

from __future__ import annotations

import numpy as np

from ..engine import Keuzes, met_onbekend, regel
from ..tijd import hele_jaren_tussen, plus_maanden
from .invoer import NORISKPOLIS_GRONDEN as GRONDEN
from .logica import en, gelijk, of, vergelijk

ZW29B = "https://wetten.overheid.nl/BWBR0001888#Artikel29b"

LEDEN = Keuzes(
    "geen", "lid_1_a", "lid_1_b", "lid_1_c", "lid_1_d",
    "lid_2_a", "lid_2_b", "lid_2_c", "lid_2_d", "lid_2_e", "lid_2_f", "lid_4",
)
# The lid of each ground except belemmering_onderwijs (lid 1 c or d, by age).
_LID_VAN_GROND = {
    "geen": "geen", "wia_uitkering": "lid_1_a", "wia_minder_dan_35": "lid_1_b",
    "belemmering_onderwijs": "lid_1_d", "wajong": "lid_2_a", "sw_bedrijf": "lid_2_b",
    "wajong_voor_18": "lid_2_c", "wsw_voorafgaand": "lid_2_d", "doelgroepregister": "lid_2_e",
    "beschut_werk": "lid_2_f", "wia_voortgezet": "lid_4",
}
_TABEL = np.array([LEDEN[_LID_VAN_GROND[g]] for g in GRONDEN])
_LID_2 = [LEDEN[f"lid_2_{x}"] for x in "abcdef"]


@regel(
    "keuze", "Lid van art. 29b ZW waarop de no-riskpolis berust (geen: geen no-riskpolis)", keuzes=LEDEN,
    bron="art. 29b lid 1 a-d, lid 2 a-f en lid 4 ZW; lid 1 c voor wie bij het begin van het werk jonger"
         " dan 18 jaar is, lid 1 d voor wie 18 of ouder is",
    url=ZW29B,
)
def noriskpolis_lid(noriskpolis_grond, geboortedatum, datum_in_dienst):
    """ZW art. 29b: the ground given maps on one lid. A young person hindered at school by
    sickness or a handicap is lid 1 c under 18 and lid 1 d from 18, age taken on the first day
    of the employment (the text: 'die de leeftijd van achttien jaar nog niet heeft bereikt ...
    en ... arbeid in dienstbetrekking gaat verrichten')."""
    code = np.nan_to_num(noriskpolis_grond).astype(np.int64)
    lid = _TABEL[code]
    leeftijd = hele_jaren_tussen(geboortedatum, datum_in_dienst)
    onderwijs = met_onbekend(np.where(leeftijd < 18, LEDEN["lid_1_c"], LEDEN["lid_1_d"]), leeftijd)
    uit = np.where(noriskpolis_grond == GRONDEN["belemmering_onderwijs"], onderwijs, lid)
    return met_onbekend(uit, noriskpolis_grond)


@regel(
    "ja_nee", "Geldt de no-riskpolis zonder einddatum (art. 29b lid 2 ZW)?",
    bron="art. 29b lid 2 ZW: ziekengeld over ziekte die begint 'na aanvang van de dienstbetrekking', zonder"
         " termijn van vijf jaar",
    url=ZW29B,
)
def noriskpolis_onbeperkt(noriskpolis_lid):
    """ZW art. 29b lid 2: Lid 2 (Wajong, SW, doelgroepregister, beschut werk) has no five-year limit."""
    return met_onbekend(np.isin(noriskpolis_lid, _LID_2).astype(np.float64), noriskpolis_lid)


@regel(
    "ja_nee", "Is voldaan aan de voorwaarde over het begin van het werk (art. 29b lid 1 b en c/d ZW)?",
    bron="art. 29b lid 1 b onder 4° ZW (binnen vijf jaar na de eerste dag na de wachttijd in dienst) en lid 1 c"
         " en d (binnen vijf jaar na afronding van het onderwijs in dienst); de andere leden kennen zo'n"
         " voorwaarde niet",
    url=ZW29B,
)
def noriskpolis_startvoorwaarde(noriskpolis_lid, datum_in_dienst, eerste_dag_na_wachttijd, datum_einde_onderwijs, p):
    """ZW art. 29b lid 1 b 4°: the work starts 'binnen vijf jaar na die dag' (the first day after
    the wachttijd); lid 1 c and d: 'binnen vijf jaar na afronding van dat onderwijs'. Read as the
    five years starting on that day: from it up to the same date five years later (exclusive)."""
    jaren = int(p.ziektewet.no_risk_duur_jaren)

    def binnen(vanaf):
        return en(vergelijk(datum_in_dienst, vanaf, ">="),
                  vergelijk(datum_in_dienst, plus_maanden(vanaf, 12 * jaren), "<"))

    uit = np.where(noriskpolis_lid == LEDEN["lid_1_b"], binnen(eerste_dag_na_wachttijd),
                   np.where(np.isin(noriskpolis_lid, [LEDEN["lid_1_c"], LEDEN["lid_1_d"]]),
                            binnen(datum_einde_onderwijs), 1.0))
    return met_onbekend(uit, noriskpolis_lid)


@regel(
    "datum", "Eerste dag van de no-riskpolis",
    bron="art. 29b lid 1 en 2 ZW: ziekte die begint na aanvang van de dienstbetrekking; lid 4: vanaf de"
         " vaststelling van het recht op WIA-uitkering",
    url=ZW29B,
)
def noriskpolis_begindatum(noriskpolis_lid, datum_in_dienst, datum_vaststelling_wia):
    """ZW art. 29b lid 1-2: from the start of the employment (the first day of the employment);
    lid 4: from the day UWV established the WIA right. No date without a no-riskpolis."""
    uit = np.where(noriskpolis_lid == LEDEN["lid_4"], datum_vaststelling_wia, datum_in_dienst)
    return np.where((noriskpolis_lid == LEDEN["geen"]) | np.isnan(noriskpolis_lid),
                    np.datetime64("NaT"), uit).astype("datetime64[D]")


@regel(
    "datum", "Laatste dag waarop een ziekte moet beginnen om onder de no-riskpolis te vallen (alleen bij de"
             " termijn van vijf jaar, lid 1 en 4; bij lid 2 is er geen einddatum: zie noriskpolis_onbeperkt)",
    bron="art. 29b lid 1 en 4 ZW: ziekte 'aangevangen in de vijf jaren na aanvang van de dienstbetrekking'"
         " (lid 4: na vaststelling van het recht op uitkering); verlenging bij aanzienlijk verhoogd risico:"
         " art. 29c ZW (niet berekend). Geen einddatum bij lid 2",
    url=ZW29B,
)
def noriskpolis_einddatum(noriskpolis_begindatum, noriskpolis_onbeperkt, p):
    """ZW art. 29b lid 1 and 4: the five years start on the begindatum, so the last day is the
    day before the same date five years later (a start on 1 May 2026 covers sickness that begins
    up to and including 30 April 2031). Lid 2 has no end: unknown (NaT) there."""
    jaren = int(p.ziektewet.no_risk_duur_jaren)
    eind = plus_maanden(noriskpolis_begindatum, 12 * jaren) - np.timedelta64(1, "D")
    return np.where(noriskpolis_onbeperkt == 0, eind, np.datetime64("NaT")).astype("datetime64[D]")


@regel(
    "datum", "Eerste dag van de ziekte waarvoor de no-riskpolis wordt bekeken",
    bron="art. 29b lid 1, 2 en 4 ZW (perioden van ongeschiktheid die zijn aangevangen in de termijn); zonder"
         " opgave de rekendatum",
    url=ZW29B,
)
def noriskpolis_eerste_ziektedag(datum):
    """ZW art. 29b lid 1: The first day of the (new) sickness period the question is about; give it as input, else
    it is the calculation date. (Not the first day of an earlier wachttijd: for lid 1 b that was
    a sickness at the former employer.)"""
    return datum


@regel(
    "ja_nee", "Valt de ziekte die begint op noriskpolis_eerste_ziektedag onder de no-riskpolis?",
    bron="art. 29b lid 1, 2 en 4 ZW: recht op ziekengeld vanaf de eerste dag van ongeschiktheid, over ziekte die"
         " begint binnen de termijn (lid 1 en 4) of na aanvang van de dienstbetrekking (lid 2)",
    url=ZW29B,
)
def noriskpolis_van_toepassing(noriskpolis_lid, noriskpolis_startvoorwaarde, noriskpolis_begindatum,
                               noriskpolis_einddatum, noriskpolis_onbeperkt, noriskpolis_eerste_ziektedag):
    """ZW art. 29b: a sickness that starts on ``noriskpolis_eerste_ziektedag`` is covered if a
    ground applies (with its start condition), the day is on or after the begindatum and, for
    lid 1 and 4, on or before the einddatum."""
    dag = noriskpolis_eerste_ziektedag
    binnen_termijn = of(noriskpolis_onbeperkt, vergelijk(dag, noriskpolis_einddatum, "<="))
    uit = en(noriskpolis_startvoorwaarde, vergelijk(dag, noriskpolis_begindatum, ">="), binnen_termijn)
    return np.where(gelijk(noriskpolis_lid, LEDEN["geen"]) == 1, 0.0, met_onbekend(uit, noriskpolis_lid))


@regel(
    "getal", "Percentage van het dagloon dat het UWV onder de no-riskpolis betaalt (0 zonder no-riskpolis)",
    eenheid="fractie",
    bron="art. 29b lid 5 ZW (70%) en lid 6 (op verzoek van de werkgever het dagloon, 100%, in de eerste 52"
         " weken)",
    url=ZW29B,
)
def noriskpolis_percentage(noriskpolis_van_toepassing, ziektewet_percentage):
    """ZW art. 29b lid 5-6 through ``ziektewet_percentage`` (70%, or up to 100% in the first 52
    weeks on the employer's request: input ``no_risk_percentage``); 0 without a no-riskpolis."""
    return np.where(noriskpolis_van_toepassing == 0, 0.0,
                    met_onbekend(ziektewet_percentage, noriskpolis_van_toepassing))


@regel(
    "bedrag", "Ziektewetuitkering die de werkgever onder de no-riskpolis van het UWV krijgt",
    eenheid="euro per maand, bruto",
    bron="art. 29b lid 5 en 6 ZW: 70% van het dagloon, op verzoek het dagloon in de eerste 52 weken, maar niet"
         " meer dan het loon dat de werkgever verschuldigd zou zijn (art. 7:629 BW); de werkgever verrekent het"
         " met het loon",
    url=ZW29B,
)
def noriskpolis_uitkering_per_maand(noriskpolis_van_toepassing, ziektewet_uitkering_per_maand, ziektewet_percentage,
                                    loondoorbetaling_cao_per_maand, ziektewet_volle_dagloon, p):
    """ZW art. 29b lid 5: 70% of the dagloon; lid 6: on request the dagloon (100%) in the first
    52 weeks, 'met dien verstande dat het ziekengeld niet meer kan bedragen dan' the wage the
    employer owes (BW 7:629 and the CAO): only then is the wage needed. The employer pays the
    wage and keeps this benefit (it is offset against the wage). 0 without a no-riskpolis.
    A sickness caused by pregnancy, childbirth or organ donation gets the dagloon under ZW
    art. 29a or art. 29 lid 8, which know no such wage cap; the cap of lid 6 is not applied then
    (``ziektewet_volle_dagloon``: also a sickness of any cause in the weeks of art. 29a lid 2)."""
    verhoogd = (ziektewet_percentage > p.ziektewet.percentage) & (ziektewet_volle_dagloon == 0)
    bedrag = np.where(verhoogd, np.minimum(ziektewet_uitkering_per_maand, loondoorbetaling_cao_per_maand),
                      ziektewet_uitkering_per_maand)
    bedrag = np.where(verhoogd & np.isnan(loondoorbetaling_cao_per_maand), np.nan, bedrag)
    return np.where(noriskpolis_van_toepassing == 0, 0.0, met_onbekend(bedrag, noriskpolis_van_toepassing))
