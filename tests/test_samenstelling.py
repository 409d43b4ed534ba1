"""The composition root wires storage and the services, and the case service keeps its own invariants
(whatever edge calls it: command line, web, or Python). All people and employers are invented."""

from __future__ import annotations

import datetime as dt

import pytest
from dossierhulp import database_url, db, wereld  # noqa: F401 - fixtures

from spoorzoeker.cases import DossierFout, GeenToegang
from spoorzoeker.cases.aanmelden import TotpInstellenNodig
from spoorzoeker.cases.model import StapGedaan
from spoorzoeker.errors import SpoorzoekerFout
from spoorzoeker.samenstelling import stel_samen, voor_database

D = dt.date

# Codes of the timeline that are no step a person does, and a code that is no step at all.
GEEN_STAP = ["einde_wachttijd", "einde_loondoorbetaling", "spoorkeuze", "uwv_besluit_herstel", "probleemanalise"]


@pytest.mark.parametrize("code", GEEN_STAP)
def test_de_dienst_weigert_een_stap_die_geen_stap_is_en_logt_de_poging(wereld, code):
    """Before, only the command line refused ``einde_wachttijd`` as a step; the service stored it and
    the re-integratieverslag then dropped the timeline without a word. Now the service refuses it for
    every edge, with a Dutch sentence naming the field, logs the refused attempt and stores nothing."""
    w = wereld
    cm = w.gebruikers["casemanager"]
    with w.db.opslag() as uow:
        voor = len(uow.log_regels())
    with pytest.raises(DossierFout) as fout:
        w.service.leg_stap_vast(cm, w.dossier_a, StapGedaan(code, D(2026, 1, 20), "Carla Casemanager"))
    assert fout.value.veld == "code"
    assert isinstance(fout.value, SpoorzoekerFout)  # one family: the edges turn it into one Dutch line
    assert f"'{code}'" in str(fout.value)
    assert ("legt u niet vast als stap" if code != "probleemanalise" else "onbekende stap") in str(fout.value)
    with w.db.opslag() as uow:
        assert [(r.operatie, r.toegestaan) for r in uow.log_regels()[voor:]] == [("stap_vastleggen", False)]
        assert uow.dossier(w.dossier_a).stappen == ()


def test_een_echte_stap_wordt_wel_vastgelegd(wereld):
    w = wereld
    w.service.leg_stap_vast(w.gebruikers["casemanager"], w.dossier_a,
                            StapGedaan("probleemanalyse", D(2026, 2, 2), "Dr. Anna Arts"))
    with w.db.opslag() as uow:
        assert [s.code for s in uow.dossier(w.dossier_a).stappen] == ["probleemanalyse"]


def test_alleen_een_beheerder_roteert_de_sleutel(wereld):
    """The rule the command line used to check by reaching into the service's storage."""
    w = wereld
    w.service.eis_beheerder(w.beheerder, "roteert de sleutel")  # no exception
    for rol in ("casemanager", "werkgever", "bedrijfsarts"):
        with pytest.raises(GeenToegang, match="Alleen een beheerder roteert de sleutel"):
            w.service.eis_beheerder(w.gebruikers[rol], "roteert de sleutel")
    with pytest.raises(GeenToegang):
        w.service.eis_beheerder("bestaat-niet", "roteert de sleutel")


def test_de_samenstelling_geeft_diensten_op_dezelfde_database(database_url):  # noqa: F811 - fixture
    """Storage only stores: the services come from the composition root, and two services from it see
    the same data."""
    samenstelling = stel_samen(database_url)
    try:
        assert not hasattr(samenstelling.database, "service")  # storage no longer builds a service
        beheerder = samenstelling.dossiers().eerste_beheerder("Bea Beheer", inlognaam="beheerder")
        assert [g.id for g in voor_database(samenstelling.database).dossiers().gebruikers(beheerder)] == [beheerder]
        samenstelling.aanmelden().stel_wachtwoord_in(None, beheerder, "een-lang-wachtwoord-123")
        # A second log-in service sees the password the first stored: the password is right, so it asks
        # for the second factor a beheerder must set up (a wrong password would say "klopt niet").
        with pytest.raises(TotpInstellenNodig):
            samenstelling.aanmelden().meld_aan("beheerder", "een-lang-wachtwoord-123")
        assert samenstelling.stelsel.naam == "huidig"  # the law today, loaded on first use
    finally:
        samenstelling.sluit()


def test_een_database_die_niet_bestaat_wordt_niet_aangemaakt(tmp_path, monkeypatch):
    monkeypatch.setenv("SPOORZOEKER_SLEUTELBESTAND", str(tmp_path / "sleutels.json"))
    monkeypatch.setenv("SPOORZOEKER_ANKERMAP", str(tmp_path / "ankers"))
    with pytest.raises(Exception, match="bestaat niet"):
        stel_samen(f"sqlite:///{tmp_path / 'tikfout.db'}", maak_aan=False)
    assert not (tmp_path / "tikfout.db").exists()


def test_een_familie_van_fouten():
    """Every error a person can cause is a SpoorzoekerFout with one Dutch sentence, so an edge needs one
    handler; a refusal still says no more than it should."""
    from spoorzoeker.cases.aanmelden import AanmeldFout
    from spoorzoeker.errors import InvoerFout
    from spoorzoeker.scenarios import ScenarioFout
    from spoorzoeker.storage.database import DatabaseOntbreekt
    from spoorzoeker.storage.sleutels import SleutelFout

    for soort in (InvoerFout, ScenarioFout, DossierFout, GeenToegang, AanmeldFout, DatabaseOntbreekt, SleutelFout):
        assert issubclass(soort, SpoorzoekerFout), soort
    fout = GeenToegang()
    assert fout.bericht == str(fout) == "Geen toegang tot dit dossier voor deze handeling."
    assert isinstance(fout, PermissionError)  # what callers caught before still catches it
    assert str(DossierFout("Twee\n   regels.", "veld")) == "Twee regels."  # always one line
