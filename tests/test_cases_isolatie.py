"""Several employers per casemanager, strictly isolated (R24; OWASP ASVS 5.0 8.2.2 and 8.4.1)."""

from __future__ import annotations

import datetime as dt

import pytest
from geheugenhulp import db, wereld  # noqa: F401 - fixtures (the in-memory store)

from spoorzoeker.cases import GeenToegang, Rol
from spoorzoeker.cases.model import StapGedaan


def test_ieder_ziet_alleen_eigen_werkgevers(wereld):
    w = wereld
    s = w.service
    ids = lambda g: {k.id for k in s.mijn_dossiers(g)}  # noqa: E731
    assert ids(w.gebruikers["werkgever"]) == {w.dossier_a}
    assert ids(w.werkgever_b_gebruiker) == {w.dossier_b}
    assert ids(w.gebruikers["casemanager"]) == {w.dossier_a, w.dossier_b}
    assert ids(w.gebruikers["werknemer"]) == {w.dossier_a}
    assert ids(w.werknemer_b_gebruiker) == {w.dossier_b}
    assert ids(w.beheerder) == set()
    with w.db.opslag() as uow:
        laatste = uow.log_regels()[-1]
    assert (laatste.operatie, laatste.gebruiker_id, laatste.dossier_id) == ("dossiers_opsommen", w.beheerder, None)


def test_werkgever_b_bereikt_dossier_a_niet(wereld):
    w = wereld
    s, b = w.service, w.werkgever_b_gebruiker
    with pytest.raises(GeenToegang):
        s.lees_dossier(b, w.dossier_a)
    with pytest.raises(GeenToegang):
        s.exporteer_dossier(b, w.dossier_a)
    with pytest.raises(GeenToegang):
        s.leg_stap_vast(b, w.dossier_a, StapGedaan("probleemanalyse", dt.date(2026, 2, 1), "Bram"))
    # nor can it open a case for A's employee
    with pytest.raises(GeenToegang):
        s.maak_dossier(b, w.werknemer_a2, dt.date(2026, 3, 1))
    # nor register an employee for A
    with pytest.raises(GeenToegang):
        s.registreer_werknemer(b, w.werkgever_a, "Iemand Anders")


def test_geweigerd_en_onbekend_zijn_niet_te_onderscheiden(wereld):
    """A refusal does not reveal whether a case exists (no enumeration across employers)."""
    w = wereld
    with pytest.raises(GeenToegang) as bestaand:
        w.service.lees_dossier(w.werkgever_b_gebruiker, w.dossier_a)
    with pytest.raises(GeenToegang) as onbekend:
        w.service.lees_dossier(w.werkgever_b_gebruiker, "0" * 32)
    assert str(bestaand.value) == str(onbekend.value)


def test_werknemer_ziet_alleen_zichzelf(wereld):
    w = wereld
    s = w.service
    s.lees_dossier(w.gebruikers["werknemer"], w.dossier_a)
    with pytest.raises(GeenToegang):
        s.lees_dossier(w.werknemer_b_gebruiker, w.dossier_a)
    d2 = s.maak_dossier(w.gebruikers["werkgever"], w.werknemer_a2, dt.date(2026, 3, 1))
    with pytest.raises(GeenToegang):
        s.lees_dossier(w.gebruikers["werknemer"], d2)  # a colleague at the same employer


def test_toewijzing_komt_uit_de_database_niet_van_de_aanroeper(wereld):
    """Only the beheerder assigns accounts to employers; a werkgever cannot create accounts."""
    w = wereld
    with pytest.raises(GeenToegang):
        w.service.registreer_gebruiker(w.gebruikers["werkgever"], "Stiekem", Rol.BEDRIJFSARTS, [w.werkgever_a],
                                       big_nummer="19999999901")
    with pytest.raises(GeenToegang):
        w.service.eerste_beheerder("Nog een beheerder")
