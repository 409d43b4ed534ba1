"""The financial overview in the web app (rekenhulp and API): the employer's loonsom field, the checks on the
first year with work, the warning for a wage below the minimum wage, and the AOW-aged employee.
The app's calculation date is webhulp.VANDAAG (2 November 2026)."""

from __future__ import annotations

import pytest
from webhulp import CSRF, client, maak_wereld, overzicht_tekst, sluit
from webhulp import OVERZICHT_BASIS as BASIS


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    wereld = maak_wereld(tmp_path_factory.mktemp("overzicht"))
    yield wereld
    sluit(wereld)




@pytest.mark.parametrize("jaar", [2090, 1950, 1989, 2027])
def test_first_year_with_work_outside_the_working_life_is_refused_naming_the_field(w, jaar):
    # Born 1975-03-01: 15 in 1990; first sick day in 2026. 1989 and 2027 are just outside; 2090 and 1950 are the
    # review's examples.
    r = client(w, None).post("/api/v1/overzicht", json={**BASIS, "eerste_jaar_met_arbeid": jaar})
    assert r.status_code == 422
    fout = r.json()
    assert fout["veld"] == "eerste_jaar_met_arbeid"
    assert fout["fout"] == ("Het eerste jaar waarin u werkte moet tussen 1990 (het jaar waarin u 15 werd) en 2026 "
                            "(het jaar van de eerste ziektedag) liggen.")


@pytest.mark.parametrize("jaar", [1990, 2026])
def test_first_year_with_work_at_the_edges_is_accepted(w, jaar):
    assert client(w, None).post("/api/v1/overzicht", json={**BASIS, "eerste_jaar_met_arbeid": jaar}).status_code == 200


def test_rekenhulp_form_shows_the_first_year_error_as_one_dutch_line(w):
    velden = {**{k: str(v) for k, v in BASIS.items()}, "eerste_jaar_met_arbeid": "2090", "csrf": CSRF}
    r = client(w, None).post("/rekenhulp", data=velden)
    assert r.status_code == 422
    assert "Het eerste jaar waarin u werkte moet tussen 1990" in r.text
    assert 'value="2090"' in r.text  # what the user typed stays in the form


def test_wage_below_the_minimum_wage_gives_a_warning_not_a_refusal(w):
    # Minimum wage on 2 November 2026 for 38 hours (WML art. 8 and 11): EUR 14,99 an hour (from 1 July 2026)
    # x 7,6 hours a day x 261 weekdays / 12 = 2.477,847 -> 2.477,85 (up to the cent, "ten minste").
    r = client(w, None).post("/api/v1/overzicht", json={**BASIS, "bruto_maandloon": 1})
    assert r.status_code == 200
    kaders = [b for b in r.json()["blokken"] if b["soort"] == "kader" and b["titel"] == "Controleer het loon"]
    assert len(kaders) == 1
    assert "(€\u00a01,00 per maand) is lager dan het wettelijk minimumloon voor 38 uur per week " \
           "(€\u00a02.477,85 bruto per maand)" in kaders[0]["tekst"]
    # the derivation does not call the floor "247785% van uw brutoloon"
    assert "247785%" not in overzicht_tekst(r.json()) and "ten minste het minimumloon" in overzicht_tekst(r.json())


def test_wage_at_the_minimum_wage_gives_no_warning(w):
    r = client(w, None).post("/api/v1/overzicht", json={**BASIS, "bruto_maandloon": 2477.85})
    assert "Controleer het loon" not in overzicht_tekst(r.json())


def test_employer_loonsom_field_gives_the_whk_premium_instead_of_asking_for_it(w):
    # Finding 16: the cost view asked for a loonsom the form did not have.
    c = client(w, None)
    zonder = overzicht_tekst(c.post("/api/v1/overzicht", json={**BASIS, "soort": "werkgever"}).json())
    assert "Geef bij de werkgever de premieplichtige loonsom" in zonder
    met = overzicht_tekst(c.post("/api/v1/overzicht", json={**BASIS, "soort": "werkgever", "whk_loonsom": 5_000_000}).json())
    assert "Geef bij de werkgever de premieplichtige loonsom" not in met
    assert "Met een loonsom van € 5.000.000 per jaar bent u een grote werkgever" in met
    pagina = c.get("/rekenhulp").text
    assert '<label for="whk_loonsom">' in pagina and 'name="whk_loonsom"' in pagina


def test_aow_aged_employee_gets_six_weeks_in_the_rekenhulp(w):
    # Finding 19 through the API: born 1955-01-01 (AOW 1 May 2021), sick from 1 October 2026: six weeks of wage,
    # 1 October .. 11 November 2026 (BW 7:629 lid 2 onder b); made on 2 November 2026, so that day is ahead.
    r = client(w, None).post("/api/v1/overzicht", json={**BASIS, "geboortedatum": "1955-01-01",
                                                         "eerste_jaar_met_arbeid": 1975})
    tekst = overzicht_tekst(r.json())
    assert "U bereikte op 1 mei 2021 de AOW-leeftijd" in tekst
    assert "Dan betaalt de werkgever uw loon bij ziekte 6 weken door, niet twee jaar: tot en met 11 november 2026" \
        in tekst


def _zichtbaar(html: str) -> str:
    import re

    return " ".join(re.sub(r"<[^>]+>", " ", html[html.index("<h1>"):]).split())


def test_dashboard_numbers_have_thousands_separators_and_no_zero_periods(w):
    # Finding 21. Period 3 November 2025 .. 2 November 2026 = 365 days (VANDAAG is 2 November 2026).
    # Proef Logistiek: 140 employees given, 1 registered, so 140 x 365 = 51.100 calendar days; its one case
    # (from 2 February 2026) is still open: sick days 27 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 2 = 274,
    # and no period ended.
    b = _zichtbaar(client(w, w.werkgever_b_gebruiker).get("/dashboard").text)
    assert "Ziektedagen (274) als deel van 51.100 kalenderdagen in dienst" in b
    assert "In deze periode is nog geen ziekteperiode geëindigd" in b and "de 0 ziekteperiodes" not in b
    # The bakery: 12 x 365 = 4.380 days; one period 5 January .. 30 September 2026 (269 days) ended.
    a = _zichtbaar(client(w, "werkgever").get("/dashboard").text)
    assert "Ziektedagen (269) als deel van 4.380 kalenderdagen in dienst" in a
    assert "over de ene ziekteperiode die in deze periode eindigde" in a


def test_case_overview_tells_the_casemanager_who_u_is(w):
    # Finding 21: the employee version says "U verdiende ..."; opened by a casemanager for a case it says whom
    # "u" means. The employee himself does not get that line.
    velden = {**{k: str(v) for k, v in BASIS.items() if k != "eerste_ziektedag"}, "csrf": CSRF}
    pad = f"/dossiers/{w.dossier_a}/overzicht"
    cm = client(w, "casemanager").post(pad, data=velden)
    assert cm.status_code == 200
    assert "Dit overzicht is geschreven voor de werknemer" in cm.text and "wordt Jan Fictief bedoeld" in cm.text
    zelf = client(w, "werknemer").post(pad, data=velden)
    assert zelf.status_code == 200 and "wordt Jan Fictief bedoeld" not in zelf.text


def test_case_page_lists_the_steps_by_preferred_date(w):
    # Finding 25: the probleemanalyse (preferred in week 6) before the plan van aanpak (after the analysis), also
    # when the analysis is late (the case of employer A has none recorded on 2 November 2026).
    import re

    html = client(w, "casemanager").get(f"/dossiers/{w.dossier_a}").text
    tabel = html[html.index('<table class="tijdlijn">'):]
    tabel = tabel[:tabel.index("</table>")]
    stappen = [" ".join(re.sub(r"<[^>]+>", " ", x).split()) for x in re.findall(r'<th scope="row">(.*?)</th>', tabel)]
    assert stappen.index("Probleemanalyse") < stappen.index("Plan van aanpak")
    # the preferred dates shown (first date column) never go back
    from spoorzoeker.reports.inhoud import MAANDEN_LANG

    voorkeur = []
    for cel in re.findall(r"</th>\s*<td[^>]*>(.*?)</td>", tabel, re.S):
        delen = cel.split()
        if len(delen) == 3 and delen[1] in MAANDEN_LANG:
            voorkeur.append((int(delen[2]), MAANDEN_LANG.index(delen[1]), int(delen[0])))
    assert len(voorkeur) >= 8 and voorkeur == sorted(voorkeur)
