"""After an error every case form comes back open, with what the user typed and the error inside it, and the
browser jumps to it (an anchor); the medical form's error comes back on the medical page."""

from __future__ import annotations

import html
import re

import pytest
from webhulp import CSRF, VANDAAG, client, maak_wereld, sluit


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    wereld = maak_wereld(tmp_path_factory.mktemp("web-formulieren"))
    yield wereld
    sluit(wereld)


def _formulier(pagina: str, naam: str) -> str:
    """The HTML of one form block of the case page."""
    begin = pagina.index(f'id="formulier-{naam}"')
    return pagina[begin:pagina.index("</details>", begin)]


# (role, form, what is sent (one thing wrong), what must come back in that form)
FOUTEN = [
    ("casemanager", "plan", {"opgesteld_op": "2026-10-01", "doel": "Terug als bakker, 4 uur per dag",
                             "is_bijstelling": "ja", "interventie_soort": "werkplekaanpassing",
                             "interventie_omschrijving": "Tilhulp bij de oven"},
     ["Terug als bakker, 4 uur per dag", 'value="Tilhulp bij de oven"', 'value="werkplekaanpassing" selected',
      'value="ja" selected', 'value="2026-10-01"']),
    ("casemanager", "gebeurtenis", {"soort": "loonsanctie", "datum": "2026-08-01", "besluit_op": "2026-07-20",
                                    "uitkomst": "nee"},
     ['value="loonsanctie" selected', 'value="2026-08-01"', 'value="2026-07-20"', 'value="nee" selected']),
    ("bedrijfsarts", "oordeel", {"soort": "actueel_oordeel", "datum": "2025-12-01", "door": "Dr. Anna Arts",
                                 "beperkingen": "Niet tillen boven 5 kg", "mogelijkheden": "Licht werk",
                                 "advies": "Opbouwen"},
     ['value="actueel_oordeel" selected', "Niet tillen boven 5 kg", "Licht werk", "Opbouwen", 'value="2025-12-01"']),
    ("arbeidsdeskundige", "rapport", {"datum": "2027-01-01", "opgesteld_door": "Ad", "spoor1_realistisch": "nee",
                                      "wia_prognose": "wga_35_80", "advies": "spoor_2",
                                      "toelichting_spoor1": "Geen passend werk", "mogelijkheden_spoor2": "Logistiek"},
     ['value="nee" selected', 'value="wga_35_80" selected', 'value="spoor_2" selected', "Geen passend werk",
      "Logistiek"]),
    ("casemanager", "nazorg", {"gepland_op": "2031-01-01", "soort": "jobcoaching", "notitie": "Na drie maanden"},
     ['value="2031-01-01"', 'value="jobcoaching" selected', "Na drie maanden"]),
    ("casemanager", "stap", {"code": "evaluatie", "datum": "2030-01-01", "door": "Carla", "document": "EV-1.pdf",
                             "motivatie_afwijking": "Later door vakantie"},
     ['value="evaluatie" selected', 'value="2030-01-01"', 'value="EV-1.pdf"', "Later door vakantie"]),
    ("werknemer", "mening", {"mening": "x" * 8001, "eens_met_verslag": "ja"}, ['value="ja" selected']),
]


@pytest.mark.parametrize("rol,naam,velden,terug", FOUTEN, ids=[f[1] for f in FOUTEN])
def test_na_een_fout_blijft_wat_u_typte_in_het_open_formulier(w, rol, naam, velden, terug):
    r = client(w, rol).post(f"/dossiers/{w.dossier_a}/{naam}", data={**velden, "csrf": CSRF})
    assert r.status_code == 422, r.text[:300]
    blok = html.unescape(_formulier(r.text, naam))
    assert blok.split(">", 1)[0].rstrip().endswith("open")  # the form is open ...
    assert 'class="melding melding-fout"' in blok  # ... with the error inside it
    assert f'action="/dossiers/{w.dossier_a}/{naam}#formulier-{naam}"' in blok  # the answer jumps to it
    for stuk in terug:
        assert stuk in blok, stuk


def test_de_waarden_komen_alleen_terug_in_het_formulier_dat_werd_verstuurd(w):
    """Several forms have a field 'datum': a failed event does not fill the step form's date."""
    r = client(w, "casemanager").post(f"/dossiers/{w.dossier_a}/gebeurtenis",
                                      data={"soort": "loonsanctie", "datum": "2026-08-01", "csrf": CSRF})
    assert r.status_code == 422
    stap = _formulier(r.text, "stap")
    assert 'value="2026-08-01"' not in stap and f'value="{VANDAAG.isoformat()}"' in stap
    assert not stap.split(">", 1)[0].rstrip().endswith("open")


def test_fout_in_de_medische_aantekening_komt_terug_op_de_medische_pagina_met_de_tekst(w):
    r = client(w, "bedrijfsarts").post(f"/dossiers/{w.dossier_a}/medisch", data={
        "datum": "30-11-2026", "door": "Dr. Anna Arts", "diagnose": "Verzonnen hernia L4-L5",
        "prognose": "Herstel binnen drie maanden", "csrf": CSRF})
    assert r.status_code == 422
    tekst = html.unescape(r.text)
    assert "Medisch deel van het dossier" in tekst
    assert "moet een geldige datum zijn" in tekst
    assert "Verzonnen hernia L4-L5" in tekst and "Herstel binnen drie maanden" in tekst
    assert f'action="/dossiers/{w.dossier_a}/medisch#nieuwe-aantekening"' in tekst


def test_na_vastleggen_springt_de_pagina_naar_de_melding(w):
    r = client(w, "casemanager").post(f"/dossiers/{w.dossier_a}/vraag",
                                      data={"soort": "vraag", "onderwerp": "Kan de werkplek aangepast?", "csrf": CSRF})
    assert r.status_code == 303 and r.headers["location"] == f"/dossiers/{w.dossier_a}?klaar=vraag#inhoud"


def test_datumvelden_hebben_hun_grenzen_voor_de_browser(w):
    pagina = client(w, "casemanager").get(f"/dossiers/{w.dossier_a}").text
    stap = _formulier(pagina, "stap")
    assert re.search(r'name="datum" type="date" required min="2026-01-05" max="2026-11-02"', stap)
    nieuw = client(w, "casemanager").get("/dossiers/nieuw").text
    assert 'min="2020-01-01" max="2026-11-02"' in nieuw


# ---- a step done after its deadline without the motivation (Regeling procesgang art. 5) ---------------

def _stap_rij(c, w, code: str) -> str:
    pagina = html.unescape(c.get(f"/dossiers/{w.dossier_a}").text)
    begin = pagina.index(f'<th scope="row">{code}')
    return pagina[begin:pagina.index("</tr>", begin)]


def test_te_late_stap_zonder_motivering_wordt_bewaard_en_de_pagina_zegt_dat_die_als_te_laat_telt(w):
    """First sick day 5 January 2026; the probleemanalyse is due at the end of week 6 (about 16 February 2026).
    Done on 1 June 2026 without a motivation: kept, and the page says plainly that it counts as late."""
    c = client(w, "casemanager")
    r = c.post(f"/dossiers/{w.dossier_a}/stap", data={"code": "probleemanalyse", "datum": "2026-06-01",
                                                        "door": "Dr. Anna Arts", "csrf": CSRF})
    assert r.status_code == 303
    assert r.headers["location"] == f"/dossiers/{w.dossier_a}?klaar=stap&stap=probleemanalyse#inhoud"
    pagina = html.unescape(c.get(r.headers["location"].split("#")[0]).text)
    assert "Stap vastgelegd" in pagina
    assert "Let op: Probleemanalyse is gedaan op 1 juni 2026, na de uiterste datum" in pagina
    assert "telt als te laat tot u opschrijft waarom (artikel 5 Regeling procesgang" in pagina
    assert "Vul de motivering aan met 'Corrigeren' bij deze stap onder 'Vastgelegde stappen'." in pagina
    assert '<a href="https://wetten.overheid.nl/BWBR0013540#Artikel5">' in pagina
    assert "Te laat" in _stap_rij(c, w, "Probleemanalyse")
    # the same step again with the motivation: no longer late, and no warning
    r = c.post(f"/dossiers/{w.dossier_a}/stap", data={"code": "probleemanalyse", "datum": "2026-06-01",
                                                        "door": "Dr. Anna Arts", "csrf": CSRF,
                                                        "motivatie_afwijking": "De werknemer lag tot mei in het ziekenhuis."})
    pagina = html.unescape(c.get(r.headers["location"].split("#")[0]).text)
    assert "Let op:" not in pagina
    assert "Gedaan buiten de termijn, met motivering" in _stap_rij(c, w, "Probleemanalyse")


def test_stap_op_tijd_geeft_geen_waarschuwing(w):
    c = client(w, "casemanager")
    r = c.post(f"/dossiers/{w.dossier_a}/stap", data={"code": "casemanager", "datum": "2026-01-06", "door": "Carla",
                                                        "csrf": CSRF})
    assert "Let op:" not in c.get(r.headers["location"].split("#")[0]).text
