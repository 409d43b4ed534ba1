"""Every parameter leaf is read by the code, and the timeline reads its week counts from parameters.

The first test is static: a leaf counts as read when the Python code names its key (as an attribute
``p.wia.ao_drempel_wga`` or as a string ``r.p("casemanager_weken")``); the yearly AOW ages are read
as a table through ``getattr(tabel, f"jaar_{jaar}")`` (rules/aow.py), so their node is named instead.
"""

import datetime as dt
import pathlib
import re

import pytest

from spoorzoeker.errors import InvoerFout
from spoorzoeker.params import standaard_parameters
from spoorzoeker.timeline import bereken_tijdlijn

BRON = "\n".join(p.read_text(encoding="utf-8") for p in
                 (pathlib.Path(__file__).parent.parent / "src" / "spoorzoeker").rglob("*.py"))
TABELLEN = {"aow.leeftijd"}  # nodes read whole, by a computed key


def _gelezen(naam: str) -> bool:
    ouder, _, sleutel = naam.rpartition(".")
    if ouder in TABELLEN:
        sleutel = ouder.rpartition(".")[2]
    sleutel = re.sub(r"\[\d+\]$", "", sleutel)
    return re.search(r"\b" + re.escape(sleutel) + r"\b", BRON) is not None


def test_every_parameter_leaf_is_read():
    bladeren = [b.naam for b in standaard_parameters().bladeren()]
    assert len(bladeren) > 100
    assert not _gelezen("wia.een_blad_dat_niemand_leest")  # the check itself can fail
    ongelezen = [n for n in bladeren if not _gelezen(n)]
    assert ongelezen == []


def _met(pad: str, waarde: float):
    p = standaard_parameters()
    blad = p.vind(pad)
    return p.met_wijziging(pad, blad.gewijzigd({dt.date(2020, 1, 1): (waarde, ())}, "proef"))


GEVAL = {"eerste_ziektedag": "2024-01-08", "vandaag": "2025-06-01"}


def test_loonsanctie_maximum_is_the_parameter():
    # WIA art. 25 lid 9: at most 52 weeks; with the parameter at 26, 30 weeks are refused.
    invoer = {**GEVAL, "gebeurtenissen": [{"soort": "loonsanctie", "weken": 30}]}
    assert bereken_tijdlijn(invoer)["einde_loondoorbetaling"] is not None
    with pytest.raises(InvoerFout) as fout:
        bereken_tijdlijn(invoer, parameters=_met("poortwachter.loonsanctie_max_weken", 26.0))
    assert "26" in str(fout.value) and fout.value.veld == "gebeurtenissen[0].weken"


def test_samentelling_remark_follows_the_parameter():
    # Recovered after 2024-03-03: with four weeks, a relapse up to 2024-03-03 + 28 = 2024-03-31 counts on;
    # with the parameter at two weeks, up to 2024-03-03 + 14 = 2024-03-17.
    invoer = {"ziekteperiodes": [{"van": "2024-01-08", "tot_en_met": "2024-03-03"}], "vandaag": "2024-03-10"}
    assert "uiterlijk op 2024-03-31 opnieuw ziek" in bereken_tijdlijn(invoer)["opmerkingen"][0]
    twee = bereken_tijdlijn(invoer, parameters=_met("poortwachter.samentelling_onderbreking_weken", 2.0))
    assert "uiterlijk op 2024-03-17 opnieuw ziek" in twee["opmerkingen"][0]
