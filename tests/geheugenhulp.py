"""Fixtures for the service and policy tests: the same synthetic world as ``dossierhulp.wereld``, on the
in-memory store (``storage.geheugen``) instead of a database. The services only see the port
(``cases.poorten.Opslag``); ``test_storage_contract.py`` keeps this store honest against SQLite and
PostgreSQL, and the storage tests keep testing the real databases.

Use: ``from geheugenhulp import db, wereld`` (``wereld`` asks for ``db`` by name, so it gets this one).
"""

from __future__ import annotations

import datetime as dt

import pytest
from dossierhulp import wereld  # noqa: F401 - re-exported fixture, built on the ``db`` below

from spoorzoeker.storage.geheugen import GeheugenDatabase


@pytest.fixture
def db():
    database = GeheugenDatabase()
    yield database
    database.sluit()


class Klok:
    """A clock the tests move by hand (``verder(minutes=5)``), starting at ``nu``."""

    def __init__(self, nu: dt.datetime):
        self.nu = nu

    def __call__(self):
        return self.nu

    def verder(self, **kw):
        self.nu += dt.timedelta(**kw)
