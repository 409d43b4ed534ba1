"""The parameter files: every value dated and sourced, known values right, OpenFisca-compatible."""

import datetime as dt
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest

from spoorzoeker.errors import ParameterFout
from spoorzoeker.params import PARAMETER_MAP, Parameter, ParameterNode, standaard_parameters

P = standaard_parameters()


def test_every_value_has_a_source():
    for blad in P.bladeren():
        for datum, bronnen in zip(blad.datums, blad.bronnen, strict=True):
            assert bronnen and all(b.titel for b in bronnen), f"{blad.naam} op {datum} heeft geen bron"


def test_every_file_covers_2020_onwards():
    for naam, node in P.kinderen.items():
        eerste = min(b.datums[0] for b in (node.bladeren() if isinstance(node, ParameterNode) else [node]))
        assert eerste <= np.datetime64("2020-01-01"), f"{naam} begint pas op {eerste}"


@pytest.mark.parametrize("pad, datum, waarde", [
    # law-facts.md §1.1-1.2 (confidence H) and law-settled.md §1 (1-7-2025 and 1-7-2026 computed by the statutory method).
    ("maximumdagloon.maximumdagloon", "2024-01-01", 274.44),
    ("maximumdagloon.maximumdagloon", "2024-07-01", 282.95),
    ("maximumdagloon.maximumdagloon", "2025-01-01", 290.67),
    ("maximumdagloon.maximumdagloon", "2025-07-01", 297.82),
    ("maximumdagloon.maximumdagloon", "2026-01-01", 304.25),
    ("maximumdagloon.maximumdagloon", "2026-07-01", 309.91),
    ("minimumloon.uurloon", "2024-01-01", 13.27),
    ("minimumloon.uurloon", "2025-07-01", 14.40),
    ("minimumloon.uurloon", "2026-01-01", 14.71),
    ("minimumloon.uurloon", "2026-07-01", 14.99),
    ("minimumloon.maandloon", "2024-07-01", 2133.60),
    ("minimumloon.maandloon", "2026-07-01", 2337.00),
    ("transitievergoeding.maximum", "2026-01-01", 102000),
    # cooster.nl and Randstad werkpocket 'Werknemersverzekeringen' ("WGA-premie: 0,96%" per 1 januari 2026)
    ("wga_werkgever.gemiddelde_premie_wga", "2026-01-01", 0.0096),
])
def test_known_values(pad, datum, waarde):
    assert P.vind(pad).waarde_op(dt.date.fromisoformat(datum)) == waarde


def test_value_at_array_of_dates():
    p = P.vind("maximumdagloon.maximumdagloon")
    datums = np.array(["2024-03-01", "2026-06-30", "2026-07-01"], dtype="datetime64[D]")
    np.testing.assert_array_equal(p.waarden_op(datums), [274.44, 304.25, 309.91])


def test_before_the_first_value_is_an_error(tmp_path):
    (tmp_path / "x.yaml").write_text("a:\n  values:\n    2024-01-01: 1\n", encoding="utf-8")
    a = ParameterNode.uit_map(tmp_path).vind("x.a")
    assert isinstance(a, Parameter)
    with pytest.raises(ParameterFout):
        a.waarde_op(dt.date(2023, 12, 31))


def test_files_load_in_openfisca_core():
    """Dev check (issue 2): the files really are OpenFisca parameter files."""
    python = os.environ.get("SPOORZOEKER_OPENFISCA_PYTHON")
    if not python or not Path(python).exists():
        pytest.skip("openfisca-core-omgeving niet beschikbaar (scripts/test maakt hem aan)")
    code = ("import sys; from openfisca_core.parameters import ParameterNode; "
            "n = ParameterNode('', directory_path=sys.argv[1]); "
            "print(n('2026-03-01').maximumdagloon.maximumdagloon)")
    uit = subprocess.run([python, "-c", code, str(PARAMETER_MAP)], capture_output=True, text=True, timeout=300)
    assert uit.returncode == 0, uit.stderr[-3000:]
    assert float(uit.stdout.strip()) == pytest.approx(304.25, abs=1e-3)


def test_een_datum_geeft_hetzelfde_als_de_reeks():
    """``waarden_op`` with one date takes a shortcut (the timeline of one case); for every leaf of the
    law and dates around each of its changes it gives what the array path gives, errors included."""
    gezien = 0
    for blad in P.bladeren():
        wisselingen = blad.datums.astype(dt.date).tolist()
        for wissel in wisselingen:
            for datum in (wissel - dt.timedelta(days=1), wissel, wissel + dt.timedelta(days=1)):
                een = np.array([datum], dtype="datetime64[D]")
                twee = np.array([datum, datum], dtype="datetime64[D]")  # never the shortcut
                try:
                    verwacht = blad.waarden_op(twee)[:1]
                except ParameterFout as e:
                    with pytest.raises(ParameterFout) as fout:
                        blad.waarden_op(een)
                    assert str(fout.value) == str(e)
                    continue
                assert blad.waarden_op(een).tolist() == verwacht.tolist()
                gezien += 1
    assert gezien > 100  # the law has far more dated values than this


def test_een_datum_na_het_einde_van_een_reeks():
    """A series ended with ``null`` (a scenario can do that): one date after the end is an error, as
    for several dates; before the end the value."""
    blad = Parameter.uit_yaml("proef.reeks", {"values": {"2020-01-01": 3.0, "2024-01-01": None}}, ())
    assert blad.waarden_op(np.array(["2023-12-31"], dtype="datetime64[D]")).tolist() == [3.0]
    for datums in (["2024-01-01"], ["2024-01-01", "2024-01-01"]):
        with pytest.raises(ParameterFout, match="is beëindigd op een gevraagde datum"):
            blad.waarden_op(np.array(datums, dtype="datetime64[D]"))
    with pytest.raises(ParameterFout, match="heeft geen waarde op 2019-12-31"):
        blad.waarden_op(np.array(["2019-12-31"], dtype="datetime64[D]"))
