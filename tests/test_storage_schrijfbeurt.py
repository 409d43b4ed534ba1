"""The writers' turn on an SQLite file (storage.database.Schrijfbeurt): one writer at a time across
threads and processes, woken as soon as the previous one is done, bounded by the lock wait time."""

from __future__ import annotations

import os
import threading
import time

import pytest

from spoorzoeker.storage.database import Schrijfbeurt

pytestmark = pytest.mark.skipif(os.name != "posix", reason="flock is POSIX")


def test_een_schrijver_tegelijk_en_de_volgende_direct_daarna(tmp_path):
    beurt = Schrijfbeurt(tmp_path / "x.db")
    assert beurt.neem()
    assert not beurt.neem()  # the same thread (a nested unit) does not take it again
    volgorde: list[str] = []

    def tweede() -> None:
        assert beurt.neem()
        volgorde.append("tweede")
        beurt.geef_vrij()

    t = threading.Thread(target=tweede)
    t.start()
    time.sleep(0.05)
    assert volgorde == []            # waits while the first has the turn
    volgorde.append("eerste klaar")
    beurt.geef_vrij()
    t.join(2)
    assert volgorde == ["eerste klaar", "tweede"]


def test_wachten_is_begrensd(tmp_path, monkeypatch):
    monkeypatch.setenv("SPOORZOEKER_SLOT_WACHTTIJD_MS", "50")
    beurt = Schrijfbeurt(tmp_path / "x.db")
    assert beurt.neem()
    uitkomst: list[bool] = []
    t = threading.Thread(target=lambda: uitkomst.append(beurt.neem()))
    begin = time.monotonic()
    t.start()
    t.join(2)
    assert uitkomst == [False] and time.monotonic() - begin < 1.0  # gave up after about 50 ms
    beurt.geef_vrij()
