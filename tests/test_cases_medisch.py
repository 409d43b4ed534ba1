"""A werkgever can never read a medical field, by any route (R24; AP Beleidsregels "De zieke
werknemer": diagnosis, nature and cause are for the bedrijfsarts only, not even with consent).

Routes tried: the service calls, the process-part type (DTO) and the repository, the ORM relationship
graph, the export, and the access log. The SQL sent to a real database on the werkgever's reads is
checked in test_storage_sql_alleen.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import typing

import pytest
from geheugenhulp import db, wereld  # noqa: F401 - fixtures (the in-memory store)
from sqlalchemy import inspect as sa_inspect

from spoorzoeker.cases import GeenToegang, MedischeAantekening, naar_json
from spoorzoeker.cases.medisch import MEDISCHE_VELDEN, MedischDossier
from spoorzoeker.cases.model import Dossier, FunctioneleMogelijkheden
from spoorzoeker.storage.tabellen import MEDISCHE_TABELLEN, DossierRij

GEHEIM = "VERZONNEN-DIAGNOSE-7f3a"
GEHEIME_TOELICHTING = "VERZONNEN-TOELICHTING-91c2"


@pytest.fixture
def met_medisch(wereld):
    w = wereld
    w.service.leg_medisch_vast(w.ba, w.dossier_a, MedischeAantekening(
        dt.date(2026, 1, 20), "Dr. Anna Arts", diagnose=GEHEIM, beperkingen_toelichting=GEHEIME_TOELICHTING,
        prognose="herstel verwacht", medische_notitie="controle over 4 weken"))
    w.service.leg_functionele_mogelijkheden_vast(w.ba, w.dossier_a, FunctioneleMogelijkheden(
        dt.date(2026, 1, 20), "Dr. Anna Arts", "Niet tillen boven 5 kg", "Licht werk, 4 uur per dag"))
    return w


def _velden_van_type(tp, gezien=None) -> dict[str, object]:
    """All field names reachable from a dataclass type, with their types, recursively."""
    gezien = set() if gezien is None else gezien
    uit: dict[str, object] = {}
    if tp in gezien:
        return uit
    gezien.add(tp)
    for f in dataclasses.fields(tp):
        hint = typing.get_type_hints(tp)[f.name]
        uit[f.name] = hint
        for arg in (hint, *typing.get_args(hint)):
            for binnen in (arg, *typing.get_args(arg)):
                if dataclasses.is_dataclass(binnen):
                    uit.update(_velden_van_type(binnen, gezien))
    return uit


def test_procesdeel_heeft_geen_medisch_veld():
    """The type the werkgever's routes return cannot hold a medical value: no such field exists."""
    velden = _velden_van_type(Dossier)
    assert not (set(velden) & MEDISCHE_VELDEN)
    typen = {t for v in velden.values() for t in (v, *typing.get_args(v))}
    assert MedischDossier not in typen and MedischeAantekening not in typen


def test_orm_dossier_bereikt_de_medische_tabel_niet():
    """No chain of ORM relationships from a case row leads to the medical table."""
    te_doen, gezien = [sa_inspect(DossierRij)], set()
    while te_doen:
        mapper = te_doen.pop()
        if mapper.local_table.name in gezien:
            continue
        gezien.add(mapper.local_table.name)
        te_doen.extend(rel.mapper for rel in mapper.relationships)
    assert not (gezien & MEDISCHE_TABELLEN)
    assert "dossier" in gezien and "ziekteperiode" in gezien


def test_werkgever_service_route_geweigerd(met_medisch):
    w = met_medisch
    for wie in ("werkgever", "casemanager", "arbeidsdeskundige", "spoor2_coach", "beheerder"):
        with pytest.raises(GeenToegang):
            w.service.lees_medisch(w.gebruikers[wie], w.dossier_a)
        with pytest.raises(GeenToegang):
            w.service.leg_medisch_vast(w.gebruikers[wie], w.dossier_a, MedischeAantekening(
                dt.date(2026, 2, 1), "x", diagnose="poging"))


def test_repository_procesdeel_zonder_medisch(met_medisch):
    w = met_medisch
    with w.db.opslag() as uow:
        d = uow.dossier(w.dossier_a)
    assert GEHEIM not in json.dumps(naar_json(d))


def test_toegangslog_bevat_geen_medische_inhoud(met_medisch):
    """The log records that the medical part was written and read, never what it says (ASVS 16.2.5)."""
    w = met_medisch
    w.service.lees_medisch(w.ba, w.dossier_a)
    regels = w.service.lees_toegangslog(w.beheerder, w.dossier_a)
    tekst = json.dumps([dataclasses.asdict(r) for r in regels])
    assert "medisch_vastleggen" in tekst and "medisch_lezen" in tekst
    assert GEHEIM not in tekst and GEHEIME_TOELICHTING not in tekst
    with pytest.raises(GeenToegang):
        w.service.lees_toegangslog(w.gebruikers["werkgever"], w.dossier_a)


def test_wie_de_diagnose_kan_zien_langs_alle_leesroutes(met_medisch):
    """Every role, every read route: only these three ever see the diagnosis."""
    w = met_medisch
    s = w.service
    routes = [s.lees_dossier, s.exporteer_dossier, s.lees_medisch, s.lees_toegangslog, s.wie_opende_mijn_dossier]
    ziet = set()
    for rol, gid in w.gebruikers.items():
        for route in routes:
            try:
                uit = route(gid, w.dossier_a)
            except GeenToegang:
                continue
            if GEHEIM in json.dumps(naar_json(uit)):
                ziet.add(rol)
    assert ziet == {"werknemer", "bedrijfsarts", "casemanager_taakdelegatie"}
