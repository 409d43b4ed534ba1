"""On the case page an overdue *proposal* step (a moment from a policy paper, not a legal duty) is not
shown as "Te laat": it reads "Voorgestelde datum voorbij" without the red status class, while an
overdue statutory step keeps "Te laat"."""

from __future__ import annotations

import re

import pytest
from webhulp import client, maak_wereld, sluit


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    wereld = maak_wereld(tmp_path_factory.mktemp("voorstel"))
    yield wereld
    sluit(wereld)


def _rijen(html: str) -> list[tuple[str, str, str]]:
    """(status class, step cell, status cell) per timeline row."""
    return re.findall(r'<tr class="status-([a-z_]+)">\s*<th scope="row">(.*?)</th>.*?<span class="status">(.*?)</span>',
                      html, flags=re.S)


def test_een_voorbij_voorstel_heet_niet_te_laat(w):
    r = client(w, "casemanager").get(f"/dossiers/{w.dossier_a}")
    assert r.status_code == 200
    rijen = _rijen(r.text)
    voorstellen = [(k, s) for k, cel, s in rijen if "voorstel</span>" in cel]
    wettelijk = [(k, s) for k, cel, s in rijen if "voorstel</span>" not in cel]
    # Case A: sick from 5 January 2026, recovered on 30 September 2026, no step recorded: the
    # probleemanalyse was due in week 6 (Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2),
    # so at least one statutory step is late, and so are proposal moments of the first weeks.
    assert ("te_laat", "Te laat") in wettelijk
    assert voorstellen and all(k != "te_laat" and s != "Te laat" for k, s in voorstellen)
    assert ("voorstel_voorbij", "Voorgestelde datum voorbij (geen wettelijke plicht)") in voorstellen
