"""The AOW age and date (AOW art. 7a), computed by hand from the table in the law and the
published decisions (sources in parameters/aow.yaml):

* art. 7a lid 1: 2013 65 jaar + 1 maand ... 2019-2021 66 jaar + 4 maanden, 2022 66 + 7,
  2023 66 + 10, 2024 67 jaar;
* lid 2 (vastgesteld vijf jaar vooruit): 2025-2027 67 jaar; 2028-2031 67 jaar en 3 maanden
  (decisions of November 2022, 2023, 2024 and 2025).

Someone reaches the AOW age in the calendar year Y in which birth date + age(Y) falls.
"""

import numpy as np
import pytest

from spoorzoeker import bereken
from spoorzoeker.engine import Berekening

VRAAG = ["aow_leeftijd_maanden", "aow_datum", "aow_leeftijd_vastgesteld"]


def aow(geboortedatum, datum="2026-03-01"):
    r = bereken({"datum": datum, "personen": [{"geboortedatum": geboortedatum}], "bereken": VRAAG})
    return r["resultaten"][0]


@pytest.mark.parametrize("geboren, maanden, datum, afleiding", [
    # 1958 + 67 = 2025; age in 2025 is 67 jaar (804 months): 2025-03-15 lies in 2025.
    ("1958-03-15", 804, "2025-03-15", "2025: 67 jaar"),
    # 1961 + 67 = 2028-08-10 would be in 2028, but the age of 2028 is 67 jaar en 3 maanden (807):
    # 2028-11-10, in 2028. (In 2027, 67 jaar gives 2028-08-10: not in 2027.)
    ("1961-08-10", 807, "2028-11-10", "2028: 67 jaar en 3 maanden"),
    # 1956-09-01: 2023 age 66 + 10 -> 2023-07-01, in 2023 (2022: 66 + 7 -> 2023-04-01, not in 2022).
    ("1956-09-01", 802, "2023-07-01", "2023: 66 jaar en 10 maanden"),
    # 1955-11-30: 2022 age 66 + 7 -> 2022-06-30, in 2022 (2021: 66 + 4 -> 2022-03-30, not in 2021).
    ("1955-11-30", 799, "2022-06-30", "2022: 66 jaar en 7 maanden"),
    # 1960-12-31: 2027 age 67 -> 2027-12-31, in 2027.
    ("1960-12-31", 804, "2027-12-31", "2027: 67 jaar"),
    # 1964-06-15: 2031 age 67 + 3 -> 2031-09-15 (vastgesteld in november 2025).
    ("1964-06-15", 807, "2031-09-15", "2031: 67 jaar en 3 maanden"),
])
def test_aow_date_by_hand(geboren, maanden, datum, afleiding):
    r = aow(geboren)
    assert r == {"aow_leeftijd_maanden": maanden, "aow_datum": datum, "aow_leeftijd_vastgesteld": True}, afleiding


def test_year_not_yet_fixed_takes_the_last_fixed_age_and_says_so():
    # Born 1975-06-30: AOW in 2042, not fixed on 2026-03-01. The last fixed age (2031: 807 months)
    # is a lower bound: 1975-06-30 + 67 jaar en 3 maanden = 2042-09-30.
    assert aow("1975-06-30") == {"aow_leeftijd_maanden": 807, "aow_datum": "2042-09-30",
                                 "aow_leeftijd_vastgesteld": False}


def test_a_decision_counts_only_from_the_date_it_was_known():
    # 2031 was fixed in November 2025 (key 2026-01-01). On 2025-06-01 the last fixed year is 2030:
    # born 1964-06-15 -> 2031 -> not yet fixed, 807 assumed (same value, but marked).
    assert aow("1964-06-15", "2025-06-01")["aow_leeftijd_vastgesteld"] is False
    # On 2024-03-01 the year 2030 was not fixed yet either (decision November 2024).
    assert aow("1963-02-01", "2024-03-01") == {"aow_leeftijd_maanden": 807, "aow_datum": "2030-05-01",
                                               "aow_leeftijd_vastgesteld": False}


def test_before_2013_the_age_is_65():
    assert aow("1945-02-01") == {"aow_leeftijd_maanden": 780, "aow_datum": "2010-02-01",
                                 "aow_leeftijd_vastgesteld": True}


def test_vectorised_unknown_birth_date_stays_unknown():
    geb = np.array(["1958-03-15", "NaT", "1961-08-10"], dtype="datetime64[D]")
    import datetime as dt

    from spoorzoeker.scenarios import huidig

    b = Berekening({"geboortedatum": geb}, 3, dt.date(2026, 3, 1), stelsel=huidig())
    np.testing.assert_array_equal(b["aow_datum"], np.array(["2025-03-15", "NaT", "2028-11-10"],
                                                           dtype="datetime64[D]"))
    assert np.isnan(b["aow_leeftijd_maanden"][1]) and np.isnan(b["aow_leeftijd_vastgesteld"][1])


def test_the_trace_names_the_parameter_values_read():
    r = bereken({"datum": "2026-03-01", "personen": [{"geboortedatum": "1961-08-10"}],
                 "bereken": ["aow_datum"], "uitleg": True})
    stap = next(s for s in r["uitleg"][0] if s["variabele"] == "aow_leeftijd_maanden")
    assert "art. 7a AOW" in stap["bron"]
    gelezen = {g["naam"]: g for g in stap["parameters"]}
    assert gelezen["aow.leeftijd.jaar_2028"]["waarde"] == 807
    assert gelezen["aow.leeftijd.jaar_2028"]["geldig_vanaf"] == "2023-01-01"
