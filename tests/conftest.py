import datetime as dt

import pytest

from spoorzoeker import bereken


def een(datum: str, bereken_: list[str], **invoer):
    """Calculate for one person; returns the result dict of that person."""
    return bereken({"datum": datum, "personen": [invoer], "bereken": bereken_})["resultaten"][0]


@pytest.fixture
def vandaag():
    return dt.date(2026, 3, 1)
