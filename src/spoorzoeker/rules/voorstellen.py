"""Reform proposals as rule variants, and the few variables they need.

Each proposal changes one variable. Its rule under current law stays the rule every
calculation uses; the proposal is a *variant* (:func:`spoorzoeker.engine.variant`) that a
scenario switches on by name. A variable that only exists because of a proposal (a
placement bonus, an extended no-riskpolis) has a current-law rule that says plainly what the
law does today (usually: nothing). Behaviour effects of a proposal (more spoor 2 placements)
are never in a rule: they are assumptions of the simulation (``aannames`` of a scenario).
"""

from __future__ import annotations

import numpy as np

from ..engine import Keuzes, invoer, met_onbekend, regel, variant
from ..money import naar_centen
from ..tijd import maanden_en_dagen_tussen
from . import loondoorbetaling as _ldb
from . import noriskpolis as _nr
from . import transitievergoeding as _tv
from .invoer import CAO_REGIMES
from .logica import of

ZW29B = "https://wetten.overheid.nl/BWBR0001888#Artikel29b"
WIA = "https://wetten.overheid.nl/BWBR0019057"
BW673E = "https://wetten.overheid.nl/BWBR0005290#Artikel673e"
BW629 = "https://wetten.overheid.nl/BWBR0005290#Artikel629"
BELEIDSREGELS = "https://wetten.overheid.nl/BWBR0014375"

RSC_WIA = "Register Specialistisch Casemanagement (RSC), notitie over de hardheden in de WIA"
RSC_SPOOR2 = "RSC, Versterking effectiviteit tweede spoor (16 juni 2023)"
RSC_BUITEN = "RSC, De beste WIA-oplossingen liggen buiten de WIA (2025)"
NSC_NOTA = "Initiatiefnota over het arbeidsongeschiktheidsstelsel (Nieuw Sociaal Contract, 2025)"

# --- inputs only proposals read ---------------------------------------------------------
invoer("geplaatst_in_spoor2", "ja_nee",
       "Kwam de werknemer bij deze werkgever in dienst via spoor 2 (re-integratie bij een andere werkgever)?"
       " Alleen van belang in een scenario.", standaard=0.0, standaard_uitleg="nee")
invoer("herplaatst_spoor1_kleine_werkgever", "ja_nee",
       "Werkt de werknemer na langdurige ziekte weer bij de eigen kleine werkgever (spoor 1)? Alleen van belang"
       " in een scenario.", standaard=0.0, standaard_uitleg="nee")
invoer("jaren_sinds_plaatsing", "getal", "Jaren sinds de plaatsing in spoor 2 of de herplaatsing in spoor 1",
       "jaar", minimum=0)
invoer("chronisch_ziek", "ja_nee", "Is de werknemer chronisch ziek met herhaalde uitval?", standaard=0.0,
       standaard_uitleg="nee")
invoer("contractduur_maanden", "getal", "Duur van de arbeidsovereenkomst bij de nieuwe werkgever (spoor 2)",
       "maanden", minimum=0)
invoer("maanden_in_dienst_bij_ziekte", "getal",
       "Hoe lang de werknemer in dienst was op de eerste ziektedag", "maanden", minimum=0)
invoer("spoor2_geslaagd", "ja_nee",
       "Is de werknemer met succes bij een andere werkgever geplaatst (spoor 2)?", standaard=0.0,
       standaard_uitleg="nee (zonder opgave rekent een scenario met 'geen plaatsing')")
invoer("arbeidsdeskundig_advies_gevolgd", "ja_nee",
       "Volgen werkgever en werknemer een arbeidsdeskundig advies over spoor 1 of spoor 2?", standaard=0.0,
       standaard_uitleg="nee")
invoer("mkb_werkgever", "ja_nee", "Is de werkgever een mkb-bedrijf?", standaard=0.0, standaard_uitleg="nee")

TOETSEN = Keuzes("uwv_toetst", "horizontaal_toezicht")


# --- no-riskpolis after a placement ----------------------------------------------------------

@regel("ja_nee", "Geldt een no-riskpolis door plaatsing in spoor 2 of herplaatsing in spoor 1 (voorstel)?",
       bron="art. 29b ZW: de no-riskpolis volgt pas uit een WIA-beoordeling of een ander besluit van UWV;"
            " de huidige wet kent geen no-riskpolis door de plaatsing zelf",
       url=ZW29B)
def no_risk_door_plaatsing():
    """Current law: a placement alone never gives the no-riskpolis (ZW art. 29b needs a WIA
    status or another UWV decision), so this is 'no' for everyone."""
    return 0.0


@variant("no_risk_door_plaatsing", "uitgebreid",
         bron=f"{RSC_SPOOR2}, par. 4A; {RSC_WIA}, 'Inzet van de no-riskpolis'; {NSC_NOTA}, par. 4.4 punt 1",
         url=ZW29B)
def _no_risk_uitgebreid(geplaatst_in_spoor2, herplaatst_spoor1_kleine_werkgever, jaren_sinds_plaatsing,
                        chronisch_ziek, contractduur_maanden, p):
    """The no-riskpolis from the placement in spoor 2 (with a contract of at least the minimum
    duration, 0 = any) or the return in spoor 1 with a small employer, for ``duur_jaren`` years from
    the placement; without an end for the chronically ill when ``chronisch_onbeperkt`` is 1."""
    nr = p.voorstellen.no_risk
    minimum = nr.minimale_contractduur_maanden
    contract_ok = np.ones_like(geplaatst_in_spoor2) if minimum <= 0 else \
        met_onbekend(contractduur_maanden >= minimum, contractduur_maanden)
    geplaatst = np.where(geplaatst_in_spoor2 == 1, contract_ok, 0.0)
    geplaatst = np.where(herplaatst_spoor1_kleine_werkgever == 1, 1.0, geplaatst)
    onbeperkt = (chronisch_ziek == 1) & (nr.chronisch_onbeperkt > 0.5)
    binnen = met_onbekend(jaren_sinds_plaatsing < nr.duur_jaren, jaren_sinds_plaatsing)
    termijn = np.where(onbeperkt, 1.0, binnen)
    return np.where(geplaatst == 0, 0.0, np.where(geplaatst == 1, termijn, np.nan))


@variant("noriskpolis_van_toepassing", "met_plaatsing",
         bron=f"{RSC_SPOOR2}, par. 4A: de no-riskpolis ook door de plaatsing zelf, naast art. 29b ZW",
         url=ZW29B)
def _noriskpolis_met_plaatsing(noriskpolis_lid, noriskpolis_startvoorwaarde, noriskpolis_begindatum,
                               noriskpolis_einddatum, noriskpolis_onbeperkt, noriskpolis_eerste_ziektedag,
                               no_risk_door_plaatsing):
    """The no-riskpolis of ZW art. 29b as the law gives it, or (the proposal) because of the placement
    in spoor 2 or the return in spoor 1 with a small employer (``no_risk_door_plaatsing``)."""
    wet = _nr.noriskpolis_van_toepassing(noriskpolis_lid, noriskpolis_startvoorwaarde, noriskpolis_begindatum,
                                         noriskpolis_einddatum, noriskpolis_onbeperkt, noriskpolis_eerste_ziektedag)
    return of(wet, no_risk_door_plaatsing)


# --- WGA costs of a new employee ---------------------------------------------------------------

@regel("ja_nee", "Worden de WGA-lasten van deze werknemer aan de werkgever toegerekend?",
       bron="art. 82 WIA (eigenrisicodrager) en art. 2.11 Besluit Wfsv (gedifferentieerde premie): de WGA-lasten"
            " tellen mee voor de werkgever, hoe kort de werknemer ook in dienst was",
       url="https://wetten.overheid.nl/BWBR0019070#Artikel2.11")
def wga_lasten_toegerekend():
    """WIA art. 82 and Besluit Wfsv art. 2.11: Current law attributes the WGA costs to the employer whatever the length of service."""
    return 1.0


@variant("wga_lasten_toegerekend", "niet_binnen_zes_maanden",
         bron=f"{NSC_NOTA}, par. 4.4 punt 2", url="https://wetten.overheid.nl/BWBR0019070#Artikel2.11")
def _wga_lasten_nieuw(maanden_in_dienst_bij_ziekte, p):
    """No WGA costs for the employer when the disability starts within six months after hiring."""
    return met_onbekend(maanden_in_dienst_bij_ziekte >= p.voorstellen.wga_lasten_grens_maanden,
                        maanden_in_dienst_bij_ziekte)


# --- Aof finances the first months of sickness of a new employee -----------------------------

@regel("getal", "Deel van de loondoorbetaling dat de werkgever zelf draagt", eenheid="fractie",
       bron="art. 7:629 lid 1 BW: de werkgever betaalt het loon bij ziekte zelf", url=BW629)
def loondoorbetaling_werkgever_aandeel():
    """BW art. 7:629 lid 1: Current law: the employer bears the whole loondoorbetaling (a private insurance aside)."""
    return 1.0


@variant("loondoorbetaling_werkgever_aandeel", "aof_nieuwe_werknemers",
         bron=f"{RSC_WIA}, 'Financier het verzuimrisico voor nieuwe werknemers tijdelijk vanuit AOF'", url=BW629)
def _aandeel_aof(maanden_in_dienst_bij_ziekte, ziekteweek, p):
    """The Aof pays the loondoorbetaling of the first ``weken_ziekte`` weeks for an employee who
    fell ill within ``maanden_in_dienst`` months after hiring; the employee gets the same wage."""
    aof = p.voorstellen.aof
    nieuw = maanden_in_dienst_bij_ziekte < aof.maanden_in_dienst
    uit = np.where(nieuw & (ziekteweek <= aof.weken_ziekte), 0.0, 1.0)
    # unknown stays unknown (NaN + 0 is NaN; one pass instead of two masks)
    uit += 0.0 * maanden_in_dienst_bij_ziekte
    uit += 0.0 * ziekteweek
    return uit


# --- compensatie transitievergoeding tied to spoor 2, and the placement bonus ----------------

@variant("compensatie_transitievergoeding", "naar_spoor2_succes",
         bron=f"{RSC_WIA}, 'Wijzig de Compensatie Transitievergoeding om 2e spoor te bevorderen'", url=BW673E)
def _compensatie_spoor2(betaalde_transitievergoeding, transitievergoeding_na_wachttijd,
                        compensatie_transitievergoeding_voorwaarde, spoor2_geslaagd, p):
    """The full compensation (BW 7:673e, with its condition of lid 1) after a successful spoor 2
    placement, otherwise the share ``fractie_zonder_spoor2_succes`` (half) of it."""
    vol = _tv.compensatie_transitievergoeding(betaalde_transitievergoeding, transitievergoeding_na_wachttijd,
                                              compensatie_transitievergoeding_voorwaarde)
    fractie = np.where(spoor2_geslaagd == 1, 1.0, p.voorstellen.compensatie_tv.fractie_zonder_spoor2_succes)
    return met_onbekend(naar_centen(fractie * vol), spoor2_geslaagd)


@regel("bedrag", "Plaatsingsbonus voor de nieuwe werkgever van een spoor 2-kandidaat (voorstel)",
       eenheid="euro, eenmalig",
       bron="de huidige wet kent geen plaatsingsbonus; de bestaande tegemoetkoming aan werkgevers is de"
            " compensatie van de transitievergoeding (art. 7:673e BW)", url=BW673E)
def plaatsingsbonus():
    """BW art. 7:673e (the compensation knows no bonus): Current law has no placement bonus."""
    return 0.0


@variant("plaatsingsbonus", "rsc", bron=f"{RSC_WIA}, 'Bied de werkgever een plaatsingsbonus'", url=BW673E)
def _plaatsingsbonus_rsc(geplaatst_in_spoor2, contractduur_maanden, p):
    """EUR 5,000 for the new employer who gives a spoor 2 candidate a contract of at least a year."""
    pb = p.voorstellen.plaatsingsbonus
    krijgt = met_onbekend(contractduur_maanden >= pb.minimale_contractduur_maanden, contractduur_maanden)
    return np.where(geplaatst_in_spoor2 == 1, krijgt * pb.bedrag, 0.0)


# --- pension ceiling on the transitievergoeding -------------------------------------------------

@variant("transitievergoeding", "pensioenplafond",
         bron=f"{RSC_WIA}, 'Stel een pensioenplafond in'", url="https://wetten.overheid.nl/BWBR0005290#Artikel673")
def _tv_pensioenplafond(bruto_maandsalaris, volle_dienstjaren, loon_over_resterende_deel, transitievergoeding_maximum,
                        datum_uit_dienst, aow_datum, p):
    """The transitievergoeding of BW 7:673, but never more than the wage the employee would have
    earned from the end of the contract to the AOW date (the 'loonverlies tot de pensioenleeftijd':
    the monthly salary for every full month plus salary x 12/365 per remaining day; our reading)."""
    tv = _tv.transitievergoeding(bruto_maandsalaris, volle_dienstjaren, loon_over_resterende_deel,
                                 transitievergoeding_maximum, p)
    na_einde = np.where(np.isnat(aow_datum), datum_uit_dienst, np.maximum(aow_datum, datum_uit_dienst))
    maanden, dagen = maanden_en_dagen_tussen(datum_uit_dienst, na_einde)
    plafond = naar_centen(bruto_maandsalaris * maanden + bruto_maandsalaris * 12.0 / 365.0 * dagen)
    return met_onbekend(np.minimum(tv, plafond), aow_datum)


# --- CAO top-ups above 170% only on conditions ------------------------------------------------

@variant("loondoorbetaling_cao_per_maand", "boven_170_voorwaardelijk",
         bron=f"{RSC_BUITEN}, par. 2; Beslishulp verbetering stelsel ziekte en arbeidsongeschiktheid, ontwerpprincipe 5",
         url=BW629)
def _cao_170(bruto_maandloon, ziekteweek, cao_regime, werkt_of_werkt_mee, loondoorbetaling_per_maand,
             loondoorbetaling_maximum_maandloon, loondoorbetaling_laatste_week, p):
    """The CAO regime, except that an employee who neither works nor cooperates gets at most 170%
    over the two years: in year 2 at most (1,70 - the year-1 share) of the wage, never below the
    statutory 70% (BW 7:629 lid 1). Working or cooperating keeps the CAO's top-up."""
    cao = _ldb.loondoorbetaling_cao_per_maand(bruto_maandloon, ziekteweek, cao_regime, werkt_of_werkt_mee,
                                              loondoorbetaling_per_maand, loondoorbetaling_maximum_maandloon,
                                              loondoorbetaling_laatste_week, p)
    regimes = p.loondoorbetaling.cao_regimes
    maximum = p.voorstellen.cao_onvoorwaardelijk_maximum
    # Per regime: the room left for year 2 (170% - the year-1 share), whether the wage is capped, and
    # whether the cap can bind at all (the year-2 share without work is above the room). Where it
    # cannot, min(cao, cap) is the CAO amount itself, so only the rows where it can are computed.
    rijen = [getattr(regimes, naam) for naam in CAO_REGIMES]
    ruimte = np.array([max(maximum - r.jaar1, 0.0) for r in rijen])
    gemaximeerd = np.array([r.gemaximeerd for r in rijen])
    kan_binden = np.array([r.jaar2 > max(maximum - r.jaar1, 0.0) for r in rijen])
    code = np.nan_to_num(np.broadcast_to(cao_regime, np.shape(bruto_maandloon))).astype(np.intp)
    tweede_jaar = (ziekteweek > p.loondoorbetaling.minimumloon_weken) & (werkt_of_werkt_mee == 0)
    rij = np.flatnonzero(kan_binden.take(code) & tweede_jaar)  # a NaN regime (code 0) never binds: stays NaN
    if rij.size == 0:
        return cao
    c = code[rij]
    loon = bruto_maandloon[rij]
    maximum_loon = np.broadcast_to(loondoorbetaling_maximum_maandloon, np.shape(bruto_maandloon))[rij]
    loon = np.where(gemaximeerd.take(c) == 1, np.minimum(loon, maximum_loon), loon)
    plafond = np.maximum(naar_centen(ruimte.take(c) * loon), loondoorbetaling_per_maand[rij])
    uit = np.array(cao, dtype=np.float64, copy=True)
    uit[rij] = np.minimum(cao[rij], plafond)
    return uit


# --- the obligation to keep pursuing spoor 1 -------------------------------------------------------

@regel("ja_nee", "Moet de werkgever terugkeer in het eigen werk (spoor 1) blijven nastreven naast spoor 2?",
       bron="art. 7:658a lid 1 BW (eerst werk in het eigen bedrijf) zoals UWV het toetst (Werkwijzer"
            " Poortwachter, par. 4.2.1): terugkeer bij de eigen werkgever blijft voorop staan, ook als spoor 2 loopt",
       url="https://wetten.overheid.nl/BWBR0005290#Artikel658a")
def spoor1_blijven_nastreven():
    """BW art. 7:658a lid 1: Current law (as UWV tests it): yes, always; a dual track when spoor 1 is not ruled out."""
    return 1.0


@variant("spoor1_blijven_nastreven", "na_arbeidsdeskundig_advies",
         bron=f"{RSC_SPOOR2}, par. 4B en 4C; {RSC_BUITEN}, par. 4", url=BELEIDSREGELS)
def _spoor1_advies(arbeidsdeskundig_advies_gevolgd):
    """No obligation to keep pursuing spoor 1 when employer and employee follow an arbeidsdeskundig
    advice for one track (and no loonsanctie for that choice)."""
    return np.where(arbeidsdeskundig_advies_gevolgd == 1, 0.0, 1.0)


@variant("spoor1_blijven_nastreven", "mkb_na_arbeidsdeskundig_advies",
         bron=f"{NSC_NOTA}, par. 4.3 (verplichting tot gelijktijdige inzet van spoor 1 en 2 schrappen voor het mkb)",
         url=BELEIDSREGELS)
def _spoor1_mkb(arbeidsdeskundig_advies_gevolgd, mkb_werkgever):
    """For an mkb employer only: one track suffices when an arbeidsdeskundig advice supports it and
    employer and employee agree (here: follow it)."""
    return np.where((arbeidsdeskundig_advies_gevolgd == 1) & (mkb_werkgever == 1), 0.0, 1.0)


# --- horizontal supervision -----------------------------------------------------------------------

@regel("keuze", "Hoe wordt het re-integratieverslag getoetst?", keuzes=TOETSEN,
       bron="art. 25 lid 9 WIA: UWV toetst bij de WIA-aanvraag zelf of de re-integratie-inspanningen voldoende"
            " waren (en legt anders een loonsanctie op)",
       url=f"{WIA}#Artikel25")
def re_integratie_toetsing():
    """WIA art. 25 lid 9: Current law: UWV tests every re-integratieverslag itself."""
    return TOETSEN["uwv_toetst"]


@variant("re_integratie_toetsing", "horizontaal_toezicht", bron=f"{RSC_BUITEN}, par. 5", url=f"{WIA}#Artikel25")
def _horizontaal():
    """Horizontal supervision: UWV relies on the medical advice of the (certified) bedrijfsarts and
    tests by sample and risk; the short re-integratieverslag suffices."""
    return TOETSEN["horizontaal_toezicht"]
