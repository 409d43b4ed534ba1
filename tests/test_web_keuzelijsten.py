"""The forms' choice lists, built once per (list, chosen value) instead of option by option per page:
the same options, the chosen one selected, labels escaped."""

from __future__ import annotations

from spoorzoeker.web import paginas


def test_keuzelijst_met_gekozen_waarde():
    html = str(paginas._opties_van("spoor", "spoor_2"))
    assert html.count("<option ") == len(paginas.KEUZES["spoor"])
    assert '<option value="spoor_2" selected>Spoor 2 (andere werkgever)</option>' in html
    assert '<option value="spoor_1">Spoor 1 (eigen werkgever)</option>' in html
    assert " selected" not in str(paginas._opties_van("spoor", ["geen tekst"]))  # form input of another type


def test_stappenlijst_zonder_mijlpalen():
    html = str(paginas._stap_opties_van("probleemanalyse"))
    assert '<option value="probleemanalyse" selected>Probleemanalyse</option>' in html
    for code in ("einde_wachttijd", "einde_loondoorbetaling", "spoorkeuze", "uwv_besluit_herstel"):
        assert f'value="{code}"' not in html


def test_labels_worden_ontsnapt(monkeypatch):
    monkeypatch.setitem(paginas.KEUZES, "proef", {"a&b": "<b>vet</b>"})
    html = str(paginas._opties("proef", None))
    assert html == '<option value="a&amp;b">&lt;b&gt;vet&lt;/b&gt;</option>'
