"""A case file yields the timeline's request (issue 3: the timeline reads the case's sick periods,
steps and track choice)."""

from __future__ import annotations

import datetime as dt

import pytest

from spoorzoeker.cases import (
    Deelnemer,
    Dossier,
    PlanVanAanpak,
    Spoor,
    Spoorkeuze,
    StapGedaan,
    Werkgever,
    Werknemer,
    Ziekteperiode,
    tijdlijn_invoer,
)

D = dt.date


def _dossier() -> Dossier:
    return Dossier(
        id="d1", werkgever=Werkgever("w1", "Voorbeeld Bakkerij BV", 12),
        werknemer=Werknemer("n1", "w1", "Jan Fictief"), eerste_ziektedag=D(2022, 1, 3),
        ziekteperiodes=(Ziekteperiode(D(2022, 7, 25)), Ziekteperiode(D(2022, 1, 3), D(2022, 7, 3))),
        stappen=(StapGedaan("probleemanalyse", D(2022, 2, 20), "Dr. Anna Arts", "PA.pdf",
                            "Werknemer was op vakantie; gesprek kon pas later"),
                 StapGedaan("evaluatie", D(2022, 4, 10), "Carla"),
                 StapGedaan("evaluatie", D(2022, 5, 22), "Carla")),
        plannen_van_aanpak=(PlanVanAanpak(D(2022, 6, 1), "Bijgesteld", scholing_niet_passend="x", is_bijstelling=True),
                            PlanVanAanpak(D(2022, 3, 1), "Terug naar eigen werk", scholing_niet_passend="x")),
        spoorkeuzes=(Spoorkeuze(D(2022, 11, 1), (Deelnemer("werkgever", "W"), Deelnemer("werknemer", "J")),
                                Spoor.SPOOR2, "Geen perspectief in eigen bedrijf"),),
    )


def test_dossier_naar_tijdlijnverzoek():
    assert tijdlijn_invoer(_dossier(), vandaag=D(2022, 12, 1)) == {
        "ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2022-07-03"}, {"van": "2022-07-25"}],
        "werkgever_grootte": 12,
        "gedaan": {
            "probleemanalyse": {"datum": "2022-02-20", "motivering": "Werknemer was op vakantie; gesprek kon pas later"},
            "evaluatie": ["2022-04-10", "2022-05-22"],
            "plan_van_aanpak": "2022-03-01",
        },
        "gebeurtenissen": [{"soort": "spoorkeuze", "datum": "2022-11-01", "spoor": "spoor_2",
                            "motivering": "Geen perspectief in eigen bedrijf"}],
        "vandaag": "2022-12-01",
    }


def test_de_tijdlijn_aanvaardt_het_verzoek():
    """The timeline engine (built alongside) accepts the request as it is."""
    tijdlijn = pytest.importorskip("spoorzoeker.timeline.invoer")
    antwoord = tijdlijn.bereken_tijdlijn(tijdlijn_invoer(_dossier(), vandaag=D(2022, 12, 1)))
    stappen = {s["code"]: s for s in antwoord["stappen"]}
    assert stappen["probleemanalyse"]["status"] == "gedaan_buiten_termijn_met_motivering"


def test_recorded_uwv_decisions_become_timeline_events():
    """The latest record of each kind counts; a refused verkorte wachttijd and a leave with another
    cause keep their meaning."""
    from dataclasses import replace

    from spoorzoeker.cases import Gebeurtenis
    from spoorzoeker.cases import SoortGebeurtenis as S
    from spoorzoeker.timeline import bereken_tijdlijn

    d = replace(_dossier(), gebeurtenissen=(
        Gebeurtenis(S.LOONSANCTIE, D(2023, 11, 1), weken=26),
        Gebeurtenis(S.LOONSANCTIE, D(2023, 11, 15), weken=52),  # the later decision replaces the first
        Gebeurtenis(S.HERSTELMELDING, D(2024, 3, 8), besluit_op=D(2024, 4, 2), uitkomst=True),
        Gebeurtenis(S.UITSTEL_WIA, D(2023, 9, 1), tot=D(2024, 6, 30)),
        Gebeurtenis(S.VERKORTE_WACHTTIJD, D(2022, 5, 2), uitkomst=False),
        Gebeurtenis(S.ZWANGERSCHAPSVERLOF, D(2022, 8, 1), D(2022, 11, 20), uitkomst=False),
    ))
    verzoek = tijdlijn_invoer(d, vandaag=D(2024, 5, 1))  # after every recorded decision: none lies in the future
    assert verzoek["gebeurtenissen"][1:] == [
        {"soort": "loonsanctie", "weken": 52, "besluit_op": "2023-11-15"},
        {"soort": "herstelmelding", "datum": "2024-03-08", "besluit_op": "2024-04-02", "hersteld": True},
        {"soort": "uitstel_wia", "tot": "2024-06-30"},
        {"soort": "verkorte_wachttijd", "aangevraagd_op": "2022-05-02", "afgewezen": True},
    ]
    assert verzoek["zwangerschapsverlof"] == [{"van": "2022-08-01", "tot_en_met": "2022-11-20", "zelfde_oorzaak": False}]
    # The timeline accepts it as it is (with the leave's cause the same: otherwise a new wachttijd
    # would start after the leave, after the verkorte-wachttijd application).
    verzoek["zwangerschapsverlof"][0].pop("zelfde_oorzaak")
    assert bereken_tijdlijn(verzoek)["onderbrekingen"][-1]["reden"] == "verlof"
