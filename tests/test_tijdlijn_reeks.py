"""Many timelines at once (``tijdlijnen_van``, the work list's way) give, case by case, exactly what one
timeline at a time (``tijdlijn_van``) gives: the step dates are computed for the whole batch in numpy
columns padded to the widest case, and that padding must never change a case's answer.

The cases are the request shapes of the timeline tests (gaps under four weeks, evaluations of different
numbers, a track choice, a loonsanctie with a herstelmelding, a postponed WIA application, pregnancy
leave, a verkorte wachttijd, an employee of AOW age, a recovered employee, proposals on for a small
employer) and the published examples of tests/voorbeelden/tijdlijn.yaml that need no older law; each
single answer is what the other tests already check by hand against the law, so equality here is the
claim. A case that cannot be computed gets its own Dutch error in its place; the others are unaffected.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from spoorzoeker.errors import InvoerFout
from spoorzoeker.timeline import lees_verzoek, tijdlijn_van, tijdlijnen_van
from spoorzoeker.timeline.stappen import Gevallen

MAANDAG = "2022-01-03"
VERZOEKEN: list[dict] = [
    {"eerste_ziektedag": MAANDAG, "vandaag": "2022-02-01"},
    {"ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2022-07-03"}, {"van": "2022-07-25"}],
     "vandaag": "2022-09-01"},
    {"ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2022-02-03"}, {"van": "2022-02-10", "tot_en_met": "2022-04-01"},
                        {"van": "2022-04-20"}], "vandaag": "2022-12-01"},
    {"eerste_ziektedag": "2026-01-05", "vandaag": "2026-07-01", "gedaan": {
        "probleemanalyse": "2026-02-01", "plan_van_aanpak": "2026-02-10", "evaluatie": ["2026-05-08", "2026-03-20"]}},
    {"eerste_ziektedag": "2026-01-05", "vandaag": "2026-09-01",
     "gedaan": {"eerstejaarsevaluatie": {"datum": "2026-08-01", "motivering": "Eerder gedaan op verzoek."}}},
    {"eerste_ziektedag": MAANDAG, "vandaag": "2022-12-05", "gedaan": {"eerstejaarsevaluatie": "2022-12-01"},
     "gebeurtenissen": [{"soort": "spoorkeuze", "datum": "2022-11-25", "spoor": "spoor_2"}]},
    {"eerste_ziektedag": MAANDAG, "vandaag": "2024-05-01", "gebeurtenissen": [
        {"soort": "loonsanctie", "weken": 52},
        {"soort": "herstelmelding", "datum": "2024-03-08", "besluit_op": "2024-04-02", "hersteld": True}]},
    {"eerste_ziektedag": MAANDAG, "vandaag": "2023-06-01",
     "gebeurtenissen": [{"soort": "uitstel_wia", "tot": "2024-06-30"}]},
    {"ziekteperiodes": [{"van": MAANDAG}], "vandaag": "2022-06-01",
     "zwangerschapsverlof": [{"van": "2022-03-14", "tot_en_met": "2022-07-03"}]},
    {"eerste_ziektedag": MAANDAG, "vandaag": "2022-06-01", "gebeurtenissen": [
        {"soort": "verkorte_wachttijd", "aangevraagd_op": "2022-05-02", "einde": "2022-08-31"}]},
    {"eerste_ziektedag": "2025-03-03", "geboortedatum": "1958-07-14", "vandaag": "2025-04-01"},
    {"ziekteperiodes": [{"van": "2026-01-05", "tot_en_met": "2026-03-01"}], "vandaag": "2026-06-01"},
    {"eerste_ziektedag": MAANDAG, "vandaag": "2022-05-01", "werkgever_grootte": 12, "voorstellen": True,
     "gebeurtenissen": [{"soort": "gedeeltelijk_herstel", "datum": "2022-05-02"}]},
]
ONMOGELIJK = {"eerste_ziektedag": MAANDAG, "vandaag": "2023-06-01",
              "gebeurtenissen": [{"soort": "uitstel_wia", "tot": "2023-06-30"}]}  # before the end of the wachttijd


def _gepubliceerd() -> list[dict]:
    pad = Path(__file__).parent / "voorbeelden" / "tijdlijn.yaml"
    return [v["invoer"] for v in yaml.safe_load(pad.read_text(encoding="utf-8"))
            if not v.get("regels_vanaf") and not v.get("wet_van_toen")]


def _een_voor_een(verzoeken: list[dict]) -> list:
    uit = []
    for v in verzoeken:
        try:
            uit.append(tijdlijn_van(lees_verzoek(v)))
        except InvoerFout as e:
            uit.append(e)
    return uit


def test_many_at_once_answer_as_one_at_a_time():
    verzoeken = VERZOEKEN + _gepubliceerd()
    assert len(verzoeken) > len(VERZOEKEN)  # the published examples are in
    los = _een_voor_een(verzoeken)
    assert not [t for t in los if isinstance(t, InvoerFout)]
    samen = tijdlijnen_van([lees_verzoek(v) for v in verzoeken])
    assert len(samen) == len(los)
    for verzoek, a, b in zip(verzoeken, los, samen, strict=True):
        assert a == b, verzoek


def test_the_order_within_the_batch_does_not_matter():
    verzoeken = list(reversed(VERZOEKEN))
    assert tijdlijnen_van([lees_verzoek(v) for v in verzoeken]) == _een_voor_een(verzoeken)


def test_a_case_that_cannot_be_gets_its_own_error_and_the_others_their_timeline():
    with pytest.raises(InvoerFout) as alleen:
        tijdlijn_van(lees_verzoek(ONMOGELIJK))
    uit = tijdlijnen_van([lees_verzoek(v) for v in (VERZOEKEN[0], ONMOGELIJK, VERZOEKEN[6])])
    assert isinstance(uit[1], InvoerFout) and str(uit[1]) == str(alleen.value)
    assert uit[1].veld == alleen.value.veld == "gebeurtenissen"
    assert [uit[0], uit[2]] == _een_voor_een([VERZOEKEN[0], VERZOEKEN[6]])


def test_an_unreadable_case_in_the_batch_is_its_own_error():
    # A first sick day before 2020 is before the rules Spoorzoeker knows (the check on one case).
    oud = lees_verzoek({"eerste_ziektedag": "2019-12-30", "vandaag": "2020-02-01"})
    uit = tijdlijnen_van([oud, lees_verzoek(VERZOEKEN[0])])
    assert isinstance(uit[0], InvoerFout) and "2020" in str(uit[0])
    assert uit[1] == tijdlijn_van(lees_verzoek(VERZOEKEN[0]))


def test_joined_columns_are_padded_with_not_given():
    # Two cases: one with two healthy gaps and one evaluation, one with none. The joined batch is as wide
    # as the widest; the narrow case's extra cells say "no gap" (0 days) and "no evaluation" (NaT).
    a = Gevallen.maak(["2022-01-03"], "2022-06-01", onderbreking_na=np.array([[30, 60]]),
                      onderbreking_dagen=np.array([[7, 3]]), evaluaties=np.array([["2022-03-01"]], "datetime64[D]"),
                      evaluaties_motivering=np.array([[True]]),
                      gedaan={"probleemanalyse": np.array(["2022-01-20"], "datetime64[D]")})
    b = Gevallen.maak(["2022-02-07"], "2022-06-01")
    g = Gevallen.samen([a, b])
    assert g.aantal == 2
    assert g.onderbreking_dagen.tolist() == [[7, 3], [0, 0]]
    assert str(g.evaluaties[1, 0]) == "NaT" and str(g.evaluaties[0, 0]) == "2022-03-01"
    assert g.evaluaties_motivering.tolist() == [[True], [False]]
    assert str(g.gedaan["probleemanalyse"][1]) == "NaT"
