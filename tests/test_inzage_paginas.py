"""Paging of "wie heeft mijn dossier geopend" (NEN 7513's view for the employee): newest first, a bounded
page, the total count; the page and the API; reading a page is logged; the full inzage keeps every line.
On the in-memory store, SQLite and PostgreSQL (skipped without SPOORZOEKER_TEST_POSTGRES_URL)."""

from __future__ import annotations

import pytest
from dossierhulp import (
    lege_database,
    wereld,  # noqa: F401 - the fixture, built on the ``db`` below
)
from webhulp import client, maak_wereld, sluit

from spoorzoeker.cases.inzage_pdf import inzage_naar_pdf
from spoorzoeker.cases.model import INZAGE_MAX_PER_PAGINA, INZAGE_PER_PAGINA
from spoorzoeker.storage import open_database
from spoorzoeker.storage.geheugen import GeheugenDatabase


@pytest.fixture(params=["geheugen", "sqlite", "postgresql"])
def db(request, tmp_path, monkeypatch):
    if request.param == "geheugen":
        database = GeheugenDatabase()
    else:
        with lege_database(request.param, tmp_path, monkeypatch) as url:
            database = open_database(url)
            yield database
            database.sluit()
            return
    yield database
    database.sluit()


def _eigen_lezingen(w, jan: str) -> int:
    with w.db.opslag() as uow:
        return sum(1 for r in uow.log_regels([w.dossier_a])
                   if r.gebruiker_id == jan and r.operatie == "eigen_toegangslog_lezen")


def test_pages_newest_first_with_the_total_and_logged(wereld):  # noqa: F811
    w = wereld
    s, jan = w.service, w.gebruikers["werknemer"]
    for _ in range(120):
        s.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
    s.lees_dossier(jan, w.dossier_a)  # his own read is not listed
    alles = s.wie_opende_mijn_dossier(jan, w.dossier_a)  # the whole list, oldest first
    # the werkgever opened the case (1 record) and read it 120 times: 121 lines by others
    assert len(alles) == 121
    gelezen = _eigen_lezingen(w, jan)
    p1 = s.wie_opende_mijn_dossier_pagina(jan, w.dossier_a)
    assert (p1.totaal, p1.pagina, p1.per_pagina, p1.paginas, len(p1.regels)) == (121, 1, INZAGE_PER_PAGINA, 3, 50)
    p2 = s.wie_opende_mijn_dossier_pagina(jan, w.dossier_a, 2)
    p3 = s.wie_opende_mijn_dossier_pagina(jan, w.dossier_a, 3)
    assert (len(p2.regels), len(p3.regels)) == (50, 21)  # 121 = 50 + 50 + 21
    assert list(p1.regels + p2.regels + p3.regels) == list(reversed(alles))  # newest first, nothing lost
    assert p3.regels[-1].handeling == "dossier_aanmaken"  # the oldest line last
    assert s.wie_opende_mijn_dossier_pagina(jan, w.dossier_a, 4).regels == ()
    # every page read is logged, as the whole list was
    assert _eigen_lezingen(w, jan) == gelezen + 4
    # the page size is bounded; nonsense is brought within bounds
    groot = s.wie_opende_mijn_dossier_pagina(jan, w.dossier_a, 1, 10_000)
    assert groot.per_pagina == INZAGE_MAX_PER_PAGINA and len(groot.regels) == 121
    assert s.wie_opende_mijn_dossier_pagina(jan, w.dossier_a, 0, 0).per_pagina == 1


def test_another_employee_cannot_page_through_my_log(wereld):  # noqa: F811
    from spoorzoeker.cases import GeenToegang

    with pytest.raises(GeenToegang):
        wereld.service.wie_opende_mijn_dossier_pagina(wereld.werknemer_b_gebruiker, wereld.dossier_a)


def test_the_full_inzage_keeps_every_line(wereld):  # noqa: F811
    import pypdfium2 as pdfium

    w = wereld
    s, jan = w.service, w.gebruikers["werknemer"]
    for _ in range(70):
        s.lees_dossier(w.gebruikers["werkgever"], w.dossier_a)
    with w.db.opslag() as uow:
        alle = len(uow.log_regels([w.dossier_a]))
    inzage = s.inzage(jan)
    log = inzage["dossiers"][0]["toegangslog"]
    assert len(log) >= alle  # everything up to the export, his own reads included (the export adds its own)
    assert sum(1 for r in log if r["wie"] == "Wim Werkgever" and r["handeling"] == "dossier_lezen") == 70
    pdf = pdfium.PdfDocument(inzage_naar_pdf(inzage))
    tekst = "".join(pagina.get_textpage().get_text_range() for pagina in pdf)
    assert tekst.count("Wim Werkgever, werkgever: dossier bekeken") == 70


# --- the page and the API --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def web(tmp_path_factory):
    w = maak_wereld(tmp_path_factory.mktemp("inzage"))
    for _ in range(60):
        w.service.lees_dossier(w.ids["casemanager"], w.dossier_a)
    yield w
    sluit(w)


def _rijen(html: str) -> int:
    tbody = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return tbody.count("<tr>")


def test_page_shows_fifty_newest_and_links_to_older(web):
    c = client(web, "werknemer")
    totaal = web.service.wie_opende_mijn_dossier_pagina(web.ids["werknemer"], web.dossier_a).totaal
    assert totaal > 60
    r = c.get(f"/dossiers/{web.dossier_a}/inzage")
    assert r.status_code == 200
    assert _rijen(r.text) == 50
    assert f"{totaal} keer geopend, gewijzigd of geprobeerd, nieuwste eerst. Regel 1 tot en met 50" in r.text
    paginas = -(-totaal // 50)
    assert f"Pagina 1 van {paginas}" in r.text
    assert f'href="/dossiers/{web.dossier_a}/inzage?pagina=2" rel="next">Volgende (ouder)' in r.text
    assert "Vorige (nieuwer)" not in r.text
    laatste = c.get(f"/dossiers/{web.dossier_a}/inzage?pagina={paginas}")
    assert _rijen(laatste.text) == totaal - 50 * (paginas - 1)
    assert "Vorige (nieuwer)" in laatste.text and "Volgende (ouder)" not in laatste.text
    voorbij = c.get(f"/dossiers/{web.dossier_a}/inzage?pagina={paginas + 5}")
    assert voorbij.status_code == 200 and "Naar de nieuwste" in voorbij.text
    assert c.get(f"/dossiers/{web.dossier_a}/inzage?pagina=0").status_code == 422
    assert c.get(f"/dossiers/{web.dossier_a}/inzage?pagina=abc").status_code == 422


def test_api_pages_with_bounds(web):
    c = client(web, "werknemer")
    r = c.get(f"/api/v1/dossiers/{web.dossier_a}/inzage", params={"per_pagina": 10, "pagina": 2})
    assert r.status_code == 200
    d = r.json()
    assert (d["pagina"], d["per_pagina"], len(d["regels"])) == (2, 10, 10)
    assert d["paginas"] == -(-d["totaal"] // 10)
    eerste = c.get(f"/api/v1/dossiers/{web.dossier_a}/inzage").json()
    assert eerste["per_pagina"] == 50 and len(eerste["regels"]) == 50
    assert eerste["regels"][10:20] == d["regels"]  # page 2 of 10 is lines 11-20 of the newest
    assert eerste["regels"][0]["tijdstip"] >= eerste["regels"][-1]["tijdstip"]
    te_veel = c.get(f"/api/v1/dossiers/{web.dossier_a}/inzage", params={"per_pagina": 201})
    assert te_veel.status_code == 422 and te_veel.json()["veld"] == "per_pagina"


def test_roles_and_steps_by_their_names_on_the_page_and_in_the_pdf(tmp_path):
    """The inzage page showed the role code with a space ('spoor2 coach'), the PDF the codes of the role, the
    step ("stap 'melding 42e week'"), the track choice ('spoor 1') and the kind of question: each is named as
    the case page names it now."""
    import datetime as dt

    import pypdfium2 as pdfium

    from spoorzoeker.cases import Deelnemer, Spoor, Spoorkeuze, StapGedaan

    w = maak_wereld(tmp_path)
    try:
        s, cm = w.service, w.ids["casemanager"]
        s.lees_dossier(w.ids["spoor2_coach"], w.dossier_a)
        s.leg_stap_vast(cm, w.dossier_a, StapGedaan("melding_42e_week", dt.date(2026, 10, 20), "Carla", "melding.pdf"))
        s.leg_spoorkeuze_vast(cm, w.dossier_a, Spoorkeuze(
            dt.date(2026, 10, 21), (Deelnemer("werknemer", "Jan Fictief"), Deelnemer("werkgever", "Wim Werkgever")),
            Spoor.SPOOR1, "Kansrijk."))
        pagina = client(w, "werknemer").get(f"/dossiers/{w.dossier_a}/inzage").text
        assert "spoor 2-coach" in pagina and "spoor2 coach" not in pagina
        doc = pdfium.PdfDocument(inzage_naar_pdf(s.inzage(w.ids["werknemer"])))
        tekst = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        sluit(w)
    tekst = " ".join(tekst.split())
    assert "Ziekmelding bij het UWV (42e week), door Carla" in tekst and "melding 42e week" not in tekst
    assert "spoorkeuze spoor 1 (eigen werkgever). Kansrijk." in tekst
    assert "Vraag: Werkplek thuis?" in tekst
    assert "spoor 2-coach" in tekst and "spoor2 coach" not in tekst
