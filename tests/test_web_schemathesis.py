"""Schemathesis against the OpenAPI document: generated requests (valid and invalid) to every API
operation, anonymous and logged in, never get a server error. Bounded: a few examples per operation
so the suite stays fast."""

from __future__ import annotations

import re

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from webhulp import maak_wereld, sluit

from spoorzoeker.web.demo import totp_code

_wereld = {}


def _app():
    import tempfile
    from pathlib import Path

    if "w" not in _wereld:
        w = maak_wereld(Path(tempfile.mkdtemp(prefix="spoorzoeker-st-")), echte_aanmelding=True)
        # one real session of the role that may do the most (process and medical part)
        gid = w.ids["casemanager_taakdelegatie"]
        w.aanmelden.stel_wachtwoord_in(w.beheerder, gid, "schemathesis-wachtwoord")
        geheim = re.search(r"secret=([A-Z2-7]+)", w.aanmelden.begin_totp(gid)).group(1)
        w.aanmelden.bevestig_totp(gid, totp_code(geheim))
        w.token = w.aanmelden.meld_aan("taakdelegatie", "schemathesis-wachtwoord", totp_code(geheim)).token
        _wereld["w"] = w
    return _wereld["w"].app


schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", _app())


@pytest.fixture(scope="module", autouse=True)
def _opruimen():
    yield
    w = _wereld.pop("w", None)
    if w is not None:
        sluit(w)


@schema.parametrize()
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_geeft_nooit_een_serverfout(case):
    w = _wereld["w"]
    for rol in (None, "casemanager_taakdelegatie"):
        cookies = {"sessie": w.token} if rol else None
        if case.path_parameters and "dossier_id" in case.path_parameters and rol:
            # half of the time a real case, so the handlers behind the access check are reached too
            if hash(str(case.body)) % 2 == 0:
                case.path_parameters["dossier_id"] = w.dossier_a
        antwoord = case.call(cookies=cookies)
        assert antwoord.status_code < 500, (case.method, case.formatted_path, case.body, antwoord.text[:300])
        if antwoord.status_code >= 400:
            fout = antwoord.json()
            assert isinstance(fout.get("fout"), str) and fout["fout"], antwoord.text[:300]
