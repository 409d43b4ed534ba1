"""Re-integration instruments a casemanager can choose: proefplaatsing, jobcoach, workplace adjustments
(WIA art. 35 and 37; Reintegratiebesluit art. 3, 4, 5, 10 and 12).

* Proefplaatsing (art. 37): unpaid work on a trial place for at most six months, with the WIA
  benefit kept, for a partially able person with a WIA benefit, when the four conditions of
  lid 2 hold; the duty to look for suitable work rests meanwhile (lid 4).
* Voorzieningen (art. 35): UWV may grant a jobcoach (lid 2 d) or a portable workplace provision
  (lid 2 c) to a person with a structural functional limitation who works or will work, except
  Wsw workers (lid 1), Wajong arbeidsondersteuning (lid 4 a) and people the municipality supports
  (lid 4 b); not for costs below 1,85 x the minimumloon of 1 January / 21,75 unless the year's
  provisions together exceed it (Reintegratiebesluit art. 3).
* Jobcoach hours (Reintegratiebesluit art. 12 lid 2): at most 15%, 7,5% and 6% of the task hours
  in the first, second and later years. The hourly tariff is not in the law: it is an input.

Law text read: WIA toestand 2026-07-01 and 2020-01-01 (same), Reintegratiebesluit toestand
2026-05-02 and 2024-01-01.
"""

from __future__ import annotations

import numpy as np

from ..engine import met_onbekend, regel
from ..money import naar_centen
from .logica import en, niet, of, vergelijk

WIA = "https://wetten.overheid.nl/BWBR0019057"
RB = "https://wetten.overheid.nl/BWBR0019152"


# --- Proefplaatsing (WIA art. 37) --------------------------------------------------------

@regel(
    "ja_nee", "Is voldaan aan de vier voorwaarden voor werk op een proefplaats (art. 37 lid 2 WIA)?",
    bron="art. 37 lid 2 a-d WIA: werk dat de persoon aankan, aansprakelijkheidsverzekering door de werkgever,"
         " niet eerder onbeloond bij deze werkgever gedaan, reëel uitzicht op een baan van ten minste zes maanden",
    url=f"{WIA}#Artikel37",
)
def proefplaatsing_voorwaarden(proefplaats_in_staat, proefplaats_aansprakelijkheidsverzekering,
                               proefplaats_eerder_bij_werkgever, proefplaats_uitzicht_op_baan):
    """WIA art. 37 lid 2: the four conditions are cumulative; one known to fail decides."""
    return en(proefplaats_in_staat, proefplaats_aansprakelijkheidsverzekering,
              niet(proefplaats_eerder_bij_werkgever), proefplaats_uitzicht_op_baan)


@regel(
    "ja_nee", "Mag het UWV (of de eigenrisicodrager) toestemming geven voor een proefplaatsing?",
    bron="art. 37 lid 1 WIA: 'de gedeeltelijk arbeidsgeschikte die recht heeft op een uitkering op grond van"
         " deze wet' (een WGA-uitkering), met de voorwaarden van lid 2; vanaf 22 april 2023 ook bij een"
         " IVA-uitkering (Tijdelijk besluit experiment bredere inzet re-integratie-instrumenten, Stb. 2023, 131)",
    url=f"{WIA}#Artikel37",
)
def proefplaatsing_mogelijk(recht_op_wga_uitkering, recht_op_iva_uitkering, proefplaatsing_voorwaarden, p):
    """WIA art. 37 lid 1: a partially able person (WGA, art. 5) with a WIA benefit; someone in
    the IVA is not 'gedeeltelijk arbeidsgeschikt', except while the experiment of Stb. 2023, 131
    lets the instruments of paragraaf 4.2 be used for the IVA too (parameter)."""
    experiment = p.reintegratie.proefplaatsing_iva_experiment
    doelgroep = of(recht_op_wga_uitkering, en(recht_op_iva_uitkering, experiment))
    return en(doelgroep, proefplaatsing_voorwaarden)


@regel(
    "getal", "Langste duur van een proefplaatsing", eenheid="maanden",
    bron="art. 37 lid 1 WIA ('gedurende maximaal zes maanden'); perioden met een uitkering bij ziekte tellen"
         " niet mee (lid 3)",
    url=f"{WIA}#Artikel37",
)
def proefplaatsing_max_maanden(p):
    """WIA art. 37 lid 1: at most six months; lid 3: sick periods with a benefit are not counted."""
    return p.reintegratie.proefplaatsing_max_maanden


@regel(
    "ja_nee", "Vervalt tijdens de proefplaatsing de plicht om passend werk te zoeken?",
    bron="art. 37 lid 4 WIA (in afwijking van art. 30 lid 1 b, voor de duur van de proefplaatsing)",
    url=f"{WIA}#Artikel37",
)
def proefplaatsing_geen_sollicitatieplicht(proefplaatsing_mogelijk):
    """WIA art. 37 lid 4: during an allowed proefplaatsing the person need not look for suitable
    work (art. 30 lid 1 b)."""
    return proefplaatsing_mogelijk


# --- Voorzieningen (WIA art. 35, Reintegratiebesluit) ------------------------------------

@regel(
    "ja_nee", "Kan het UWV voorzieningen geven op grond van art. 35 WIA (niet via Wajong of gemeente)?",
    bron="art. 35 lid 4 WIA: niet voor wie recht heeft op arbeidsondersteuning uit de Wajong (a) of voor wie de"
         " gemeente de ondersteuning bij het werk regelt (b)",
    url=f"{WIA}#Artikel35",
)
def artikel_35_van_toepassing(wajong_arbeidsondersteuning, ondersteuning_door_gemeente):
    """WIA art. 35 lid 4 a-b: Wajong arbeidsondersteuning or support by the municipality
    (Participatiewet art. 7 lid 1 a) puts a person outside art. 35."""
    return en(niet(wajong_arbeidsondersteuning), niet(ondersteuning_door_gemeente))


@regel(
    "ja_nee", "Voldoet de persoon aan de basisvoorwaarden voor een voorziening (art. 35 lid 1 WIA)?",
    bron="art. 35 lid 1 WIA: structurele functionele beperking, werkt (of gaat werken, scholing, proefplaats),"
         " geen werknemer in de zin van de Wet sociale werkvoorziening",
    url=f"{WIA}#Artikel35",
)
def voorziening_basisvoorwaarden(structurele_functionele_beperking, werkt_of_gaat_werken, wsw_werknemer):
    """WIA art. 35 lid 1: all three conditions."""
    return en(structurele_functionele_beperking, werkt_of_gaat_werken, niet(wsw_werknemer))


def _drempel(p) -> float:
    r = p.reintegratie
    return r.drempel_factor_minimumloon * r.minimumloon_1_januari / r.drempel_deler


@regel(
    "bedrag", "Drempelbedrag: voorzieningen die minder kosten worden niet vergoed", eenheid="euro",
    bron="art. 3 lid 1 en 3 Reintegratiebesluit: 1,85 x het minimumloon per maand (art. 8 lid 1 b WML) zoals"
         " op 1 januari van het kalenderjaar, gedeeld door 21,75",
    url=f"{RB}#Artikel3",
)
def voorziening_drempel(p):
    """Reintegratiebesluit art. 3 lid 1: 1,85 x the minimumloon of 1 January / 21,75; shown to the
    cent (2026: 1,85 x 2.294,40 / 21,75 = 195,1559 -> 195,16). Costs are compared with the exact
    amount: the decree does not round."""
    return naar_centen(_drempel(p))


@regel(
    "bedrag", "Gezamenlijke kosten van de voorzieningen die dit kalenderjaar zijn aangevraagd", eenheid="euro",
    bron="art. 3 lid 2 Reintegratiebesluit (gezamenlijke waarde in een kalenderjaar); zonder opgave alleen de"
         " kosten van deze voorziening",
    url=f"{RB}#Artikel3",
)
def kosten_voorzieningen_kalenderjaar(kosten_voorziening):
    """Reintegratiebesluit art. 3 lid 2 counts the provisions of the calendar year together; give
    this total when there are more, otherwise it is this provision's cost."""
    return kosten_voorziening


@regel(
    "ja_nee", "Komen de kosten boven het drempelbedrag uit?",
    bron="art. 3 lid 1-3 Reintegratiebesluit: niet bij kosten die 'minder bedragen dan' de drempel, tenzij de"
         " gezamenlijke waarde in het kalenderjaar de drempel 'overtreft'",
    url=f"{RB}#Artikel3",
)
def voorziening_boven_drempel(kosten_voorziening, kosten_voorzieningen_kalenderjaar, p):
    """Reintegratiebesluit art. 3: a provision costing exactly the threshold is not 'less than'
    it and counts; below it, the year's total must exceed the threshold."""
    drempel = _drempel(p)
    return of(vergelijk(kosten_voorziening, drempel, ">="), vergelijk(kosten_voorzieningen_kalenderjaar, drempel, ">"))


@regel(
    "ja_nee", "Kan het UWV een jobcoach (persoonlijke ondersteuning) toekennen?",
    bron="art. 35 lid 1, 2 d en 4 WIA; art. 3 Reintegratiebesluit (drempel)", url=f"{WIA}#Artikel35",
)
def jobcoach_toekenbaar(artikel_35_van_toepassing, voorziening_basisvoorwaarden, jobcoach_noodzakelijk,
                        voorziening_boven_drempel):
    """WIA art. 35 lid 2 d: necessary personal support with the tasks that compensates for the
    limitations, for a person meeting lid 1 and not excluded by lid 4, above the threshold of
    Reintegratiebesluit art. 3. Art. 35 is a 'kan'-bepaling: true means UWV may grant it."""
    return en(artikel_35_van_toepassing, voorziening_basisvoorwaarden, jobcoach_noodzakelijk,
              voorziening_boven_drempel)


@regel(
    "ja_nee", "Kan het UWV een werkplekaanpassing (meeneembare voorziening) toekennen?",
    bron="art. 35 lid 1, 2 c en 4 WIA; art. 3 en 4 Reintegratiebesluit", url=f"{WIA}#Artikel35",
)
def werkplekaanpassing_toekenbaar(artikel_35_van_toepassing, voorziening_basisvoorwaarden,
                                  werkplekvoorziening_meeneembaar, voorziening_boven_drempel):
    """WIA art. 35 lid 2 c: portable provisions mainly tailored to the person (Reintegratiebesluit
    art. 4), lid 1 and 4 as for the jobcoach, above the threshold of art. 3."""
    return en(artikel_35_van_toepassing, voorziening_basisvoorwaarden, werkplekvoorziening_meeneembaar,
              voorziening_boven_drempel)


@regel(
    "getal", "Uren per jaar die de taken van de werknemer in beslag nemen", eenheid="uur per jaar",
    bron="contracturen per week x 13/3 weken per maand x 12 (52 weken; de omrekening van art. 11 lid 1 WML), de"
         " grondslag van art. 12 lid 2 Reintegratiebesluit",
    url=f"{RB}#Artikel12",
)
def taakuren_per_jaar(contracturen_per_week, p):
    """Reintegratiebesluit art. 12 lid 2 counts 'het aantal uren per kalenderjaar dat de ...
    opgedragen taken in beslag neemt'; without that figure we take the contract hours over
    52 weeks (13/3 weeks a month, as the WML converts). Give ``taakuren_per_jaar`` when known."""
    return contracturen_per_week * p.minimumloon.weken_per_maand * 12.0


@regel(
    "getal", "Hoogste aantal uren jobcoaching per jaar", eenheid="uur per jaar",
    bron="art. 12 lid 2 Reintegratiebesluit: 15% van de taakuren in het eerste jaar, 7,5% in het tweede en 6% in"
         " de jaren daarna (het UWV kan bij onbillijkheid afwijken, lid 3)",
    url=f"{RB}#Artikel12",
)
def jobcoach_max_uren_per_jaar(jobcoach_jaar, taakuren_per_jaar, p):
    """Reintegratiebesluit art. 12 lid 2: the share of the task hours by year of the grant."""
    r = p.reintegratie
    pct = np.where(jobcoach_jaar < 2, r.jobcoach_uren_jaar_1,
                   np.where(jobcoach_jaar < 3, r.jobcoach_uren_jaar_2, r.jobcoach_uren_later))
    return met_onbekend(pct * taakuren_per_jaar, jobcoach_jaar)


@regel(
    "bedrag", "Hoogste vergoeding voor de jobcoach per jaar", eenheid="euro per jaar",
    bron="art. 12 lid 2 Reintegratiebesluit (uren) maal het uurtarief dat het UWV vergoedt (invoer; het tarief"
         " staat niet in de wet)",
    url=f"{RB}#Artikel12",
)
def jobcoach_vergoeding_max_per_jaar(jobcoach_max_uren_per_jaar, jobcoach_uurtarief):
    """The most UWV pays for a jobcoach in a year: the maximum hours of art. 12 lid 2 times the
    hourly tariff given, to the cent."""
    return naar_centen(jobcoach_max_uren_per_jaar * jobcoach_uurtarief)


@regel(
    "ja_nee", "Telt bij deze kosten het bedrijfseconomisch voordeel van de werkgever mee (subsidie art. 36 WIA)?",
    bron="art. 10 lid 2 Reintegratiebesluit: bij kosten van meer dan EUR 22.689", url=f"{RB}#Artikel10",
)
def voorziening_voordeel_werkgever_telt(kosten_voorziening, p):
    """Reintegratiebesluit art. 10 lid 2: above EUR 22.689 of costs the employer's business
    advantage lowers the art. 36 subsidy."""
    return vergelijk(kosten_voorziening, p.reintegratie.bedrijfseconomisch_voordeel_grens, ">")


@regel(
    "bedrag", "Inkomensgrens voor vervoersvoorzieningen", eenheid="euro per jaar",
    bron="art. 5 lid 1 Reintegratiebesluit: 261 x 70% van het maximumdagloon (art. 17 lid 1 Wfsv)",
    url=f"{RB}#Artikel5",
)
def vervoersvoorziening_inkomensgrens(p):
    """Reintegratiebesluit art. 5 lid 1: no transport provision when the year's income exceeds
    261 x 70% of the maximumdagloon; to the cent."""
    r = p.reintegratie
    return naar_centen(r.vervoer_inkomensgrens_dagen * r.vervoer_inkomensgrens_percentage
                       * p.maximumdagloon.maximumdagloon)
