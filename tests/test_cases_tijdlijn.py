"""A case file yields the timeline's request (issue 3: the timeline reads the case's sick periods,
steps and track choice)."""

from __future__ import annotations

import datetime as dt

import pytest

from spoorzoeker.cases import (
    Deelnemer, Dossier, PlanVanAanpak, Spoor, Spoorkeuze, StapGedaan, Werkgever, Werknemer, Ziekteperiode,
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
