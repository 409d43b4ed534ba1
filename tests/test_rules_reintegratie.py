"""Re-integration instruments: proefplaatsing (WIA art. 37) and voorzieningen such as a jobcoach and
workplace adjustments (WIA art. 35, Reintegratiebesluit art. 3, 5, 10 and 12).

Scenarios translated from the public repository MinBZK/regelrecht-corpus, folder
regulation/nl/wet/wet_werk_en_inkomen_naar_arbeidsvermogen/scenarios/ (proefplaatsing.feature,
jobcoaching_werkplekaanpassing.feature, voorzieningen_artikel_35.feature). Their calculation dates
are kept; their amounts in eurocent become euros.
"""

import pytest

from spoorzoeker import bereken

SCEN = "MinBZK/regelrecht-corpus, regulation/nl/wet/wet_werk_en_inkomen_naar_arbeidsvermogen/scenarios/"


def _een(datum, persoon, gevraagd):
    return bereken({"datum": datum, "personen": [persoon], "bereken": gevraagd})["resultaten"][0]


# --- Proefplaatsing -------------------------------------------------------------------------

VOORWAARDEN = {"proefplaats_in_staat": True, "proefplaats_aansprakelijkheidsverzekering": True,
               "proefplaats_eerder_bij_werkgever": False, "proefplaats_uitzicht_op_baan": True}


@pytest.mark.parametrize("scenario, persoon, voorwaarden, mogelijk", [
    ("WIA-gerechtigde mag op proefplaats als lid 2 cumulatief is vervuld",
     {"recht_op_wga_uitkering": True, **VOORWAARDEN}, True, True),
    ("Zonder WIA-recht geen proefplaatsing via artikel 37",
     {"recht_op_wga_uitkering": False, "recht_op_iva_uitkering": False, **VOORWAARDEN}, True, False),
    ("Eerdere proefplaatsing bij dezelfde werkgever blokkeert een tweede",
     {"recht_op_wga_uitkering": True, **VOORWAARDEN, "proefplaats_eerder_bij_werkgever": True}, False, False),
])
def test_regelrecht_proefplaatsing(scenario, persoon, voorwaarden, mogelijk):
    uit = _een("2026-07-01", persoon, ["proefplaatsing_voorwaarden", "proefplaatsing_mogelijk",
                                       "proefplaatsing_max_maanden", "proefplaatsing_geen_sollicitatieplicht"])
    bron = SCEN + "proefplaatsing.feature: " + scenario
    assert uit["proefplaatsing_voorwaarden"] is voorwaarden, bron
    assert uit["proefplaatsing_mogelijk"] is mogelijk, bron
    assert uit["proefplaatsing_max_maanden"] == 6, bron  # max_duur_proefplaatsing_maanden equals 6
    assert uit["proefplaatsing_geen_sollicitatieplicht"] is mogelijk, bron  # 'sollicitatieplicht_opgeschort'


def test_proefplaatsing_only_for_the_partially_able_outside_the_experiment():
    """proefplaatsing.feature asks 'heeft_recht_op_wia_uitkering'; WIA art. 37 lid 1 says 'de gedeeltelijk
    arbeidsgeschikte die recht heeft op een uitkering op grond van deze wet'. Someone in the IVA (fully
    and durably disabled, art. 4) has a WIA benefit but is not partially able: we follow the law (see
    the decisions file), and UWV's page lists 'WIA-uitkering (WGA)'. Since 22 April 2023 the Tijdelijk
    besluit experiment bredere inzet re-integratie-instrumenten (Stb. 2023, 131) opens the instruments
    to the IVA; UWV: 'Heeft UWV beoordeeld dat uw werknemer nu en in de toekomst geen arbeidsvermogen
    heeft? Ook dan kan een proefplaatsing worden aangevraagd' (uwv.nl, werkgevers, 'Proefplaatsing').
    A person sick since 2019-03-01, 85% disabled and durable (IVA): no proefplaatsing on 2022-06-01,
    allowed on 2026-07-01; the same person at 50% (WGA): allowed on both dates."""
    persoon = {"eerste_dag_wachttijd": "2019-03-01", "geboortedatum": "1975-02-10", "wia_uitsluitingsgrond": "geen",
               "maatmanloon_per_maand": 3000.0, **VOORWAARDEN}
    iva = {**persoon, "restverdiencapaciteit_per_maand": 450.0, "duurzaam": True}
    uit = _een("2022-06-01", iva, ["recht_op_iva_uitkering", "proefplaatsing_mogelijk"])
    assert uit == {"recht_op_iva_uitkering": True, "proefplaatsing_mogelijk": False}
    assert _een("2026-07-01", iva, ["proefplaatsing_mogelijk"]) == {"proefplaatsing_mogelijk": True}
    wga = {**persoon, "restverdiencapaciteit_per_maand": 1500.0, "duurzaam": False}
    for datum in ("2022-06-01", "2026-07-01"):
        assert _een(datum, wga, ["proefplaatsing_mogelijk"]) == {"proefplaatsing_mogelijk": True}, datum


# --- Jobcoach and workplace adjustments (art. 35) -------------------------------------------

BASIS = {"structurele_functionele_beperking": True, "werkt_of_gaat_werken": True, "wsw_werknemer": False,
         "wajong_arbeidsondersteuning": False, "ondersteuning_door_gemeente": False,
         "jobcoach_noodzakelijk": True, "werkplekvoorziening_meeneembaar": True}
VRAAG = ["artikel_35_van_toepassing", "voorziening_basisvoorwaarden", "jobcoach_toekenbaar",
         "werkplekaanpassing_toekenbaar"]


@pytest.mark.parametrize("bestand, scenario, wijziging, verwacht", [
    # jobcoaching_werkplekaanpassing.feature (2025-01-01). It has no costs; the threshold of
    # Reintegratiebesluit art. 3 (2025: 1,85 x 2.191,80 / 21,75 = 186,43) is met with costs of 2.500.
    ("jobcoaching_werkplekaanpassing.feature", "Werknemer met structurele beperking ... krijgt beide",
     {}, (True, True, True, True)),
    ("jobcoaching_werkplekaanpassing.feature", "Wajong-gerechtigde valt buiten artikel 35 (lid 4 a)",
     {"wajong_arbeidsondersteuning": True}, (False, True, False, False)),
    ("jobcoaching_werkplekaanpassing.feature", "Pwet-cliënt onder college-ondersteuning (lid 4 b)",
     {"ondersteuning_door_gemeente": True}, (False, True, False, False)),
    ("jobcoaching_werkplekaanpassing.feature", "Wsw-werknemer is uitgesloten",
     {"wsw_werknemer": True}, (True, False, False, False)),
    # 'Aanvraag alleen voor jobcoaching geeft alleen JC, geen WPA': we ask per instrument; an instrument
    # not asked for is one whose lid 2 condition is not claimed.
    ("jobcoaching_werkplekaanpassing.feature", "Aanvraag alleen voor jobcoaching",
     {"werkplekvoorziening_meeneembaar": False}, (True, True, True, False)),
    ("jobcoaching_werkplekaanpassing.feature", "Zonder structurele functionele beperking geen recht",
     {"structurele_functionele_beperking": False}, (True, False, False, False)),
])
def test_regelrecht_jobcoaching_werkplekaanpassing(bestand, scenario, wijziging, verwacht):
    persoon = {**BASIS, "kosten_voorziening": 2500.0, **wijziging}
    uit = _een("2025-01-01", persoon, VRAAG)
    assert tuple(uit[v] for v in VRAAG) == verwacht, SCEN + bestand + ": " + scenario


@pytest.mark.parametrize("bestand, scenario, wijziging, verwacht", [
    # financieel_cv_sadee.feature and financieel_cv_koen.feature (2026-07-01), costs of 2.500 added as above.
    ("financieel_cv_sadee.feature", "Sadee valt buiten WIA artikel 35 voor JC en WPA (lid 4.a Wajong)",
     {"wajong_arbeidsondersteuning": True}, (False, True, False, False)),
    ("financieel_cv_koen.feature", "Koen valt buiten WIA artikel 35 voor JC en WPA (lid 4.b Participatiewet)",
     {"ondersteuning_door_gemeente": True}, (False, True, False, False)),
    ("financieel_cv_koen.feature", "Na twee jaar minimumloon zonder LKS kan Koen wel bij UWV terecht",
     {}, (True, True, True, True)),
])
def test_regelrecht_financieel_cv(bestand, scenario, wijziging, verwacht):
    persoon = {**BASIS, "kosten_voorziening": 2500.0, **wijziging}
    uit = _een("2026-07-01", persoon, VRAAG)
    assert tuple(uit[v] for v in VRAAG) == verwacht, SCEN + bestand + ": " + scenario


@pytest.mark.parametrize("scenario, kosten, meeneembaar, jobcoach, werkplek", [
    ("Boven het drempelbedrag kan het UWV de voorziening toekennen", 2500.00, True, True, True),
    ("Onder het drempelbedrag wordt de voorziening niet verleend", 150.00, True, False, False),
    ("Precies boven de drempel valt de voorziening er nog binnen", 195.16, True, True, True),
    ("Zonder de materiele eis van lid 2 onderdeel c geen werkplekaanpassing", 2500.00, False, True, False),
])
def test_regelrecht_voorzieningen_drempel(scenario, kosten, meeneembaar, jobcoach, werkplek):
    persoon = {**BASIS, "kosten_voorziening": kosten, "werkplekvoorziening_meeneembaar": meeneembaar}
    uit = _een("2026-07-01", persoon, VRAAG)
    bron = SCEN + "voorzieningen_artikel_35.feature: " + scenario
    assert uit["artikel_35_van_toepassing"] is True and uit["voorziening_basisvoorwaarden"] is True, bron
    assert (uit["jobcoach_toekenbaar"], uit["werkplekaanpassing_toekenbaar"]) == (jobcoach, werkplek), bron


def test_threshold_uses_the_minimumloon_of_1_january():
    """voorzieningen_artikel_35.feature: 'Het drempelbedrag voor kalenderjaar 2026 is 1,85 x 229440 / 21,75 =
    19515,59 eurocent, dus € 195,16 ... de stand per 1 januari 2026 en niet die per 1 juli'
    (Reintegratiebesluit art. 3 lid 1). On 2026-07-01 the minimumloon is 2.337,00, which would give 198,78;
    the threshold stays 195,16. 2025: 1,85 x 2.191,80 / 21,75 = 186,43 (by hand, 186,4293...)."""
    assert _een("2026-07-01", {}, ["voorziening_drempel"]) == {"voorziening_drempel": 195.16}
    assert _een("2025-03-01", {}, ["voorziening_drempel"]) == {"voorziening_drempel": 186.43}


def test_year_total_above_the_threshold_counts():
    """Reintegratiebesluit art. 3 lid 2: a provision of 150 with 250 of provisions this year together
    (more than 195,16) can be granted."""
    persoon = {**BASIS, "kosten_voorziening": 150.0, "kosten_voorzieningen_kalenderjaar": 250.0}
    assert _een("2026-07-01", persoon, ["werkplekaanpassing_toekenbaar"]) == {"werkplekaanpassing_toekenbaar": True}


def test_jobcoach_hours_and_what_uwv_pays():
    """Reintegratiebesluit art. 12 lid 2: 15%, 7,5% and 6% of the task hours. 24 hours a week x 52 weeks =
    1.248 hours; first year 187,2 hours, second 93,6, third 74,88 (by hand). With a tariff of 60,00 an hour
    (an example; the tariff is not in the law) the first year is at most 11.232,00."""
    for jaar, uren in ((1, 187.2), (2, 93.6), (3, 74.88), (4, 74.88)):
        uit = _een("2026-07-01", {"contracturen_per_week": 24, "jobcoach_jaar": jaar}, ["jobcoach_max_uren_per_jaar"])
        assert uit["jobcoach_max_uren_per_jaar"] == pytest.approx(uren, abs=1e-9), jaar
    uit = _een("2026-07-01", {"contracturen_per_week": 24, "jobcoach_jaar": 1, "jobcoach_uurtarief": 60.0},
               ["jobcoach_vergoeding_max_per_jaar"])
    assert uit == {"jobcoach_vergoeding_max_per_jaar": 11232.0}


def test_other_thresholds():
    """Reintegratiebesluit art. 10 lid 2: business advantage counts above 22.689 ('meer bedraagt dan');
    art. 5 lid 1: transport provisions stop above 261 x 70% x the maximumdagloon, 2026-01-01: 261 x 0,7 x
    304,25 = 55.586,475 -> 55.586,48 (by hand)."""
    assert _een("2026-03-01", {"kosten_voorziening": 22689.0}, ["voorziening_voordeel_werkgever_telt"]) == \
        {"voorziening_voordeel_werkgever_telt": False}
    assert _een("2026-03-01", {"kosten_voorziening": 22689.01}, ["voorziening_voordeel_werkgever_telt"]) == \
        {"voorziening_voordeel_werkgever_telt": True}
    assert _een("2026-03-01", {}, ["vervoersvoorziening_inkomensgrens"]) == \
        {"vervoersvoorziening_inkomensgrens": 55586.48}
