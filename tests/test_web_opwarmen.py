"""Start-up warm-up of a server process: templates compiled, the law loaded, and what is alive then
frozen out of the garbage collector's full collections (see spoorzoeker.web.opwarmen)."""

import gc

from spoorzoeker.web import paginas
from spoorzoeker.web.opwarmen import warm_op


def test_opwarmen_compileert_en_bevriest():
    try:
        gc.unfreeze()
        bevroren = warm_op()
        # the interpreter, FastAPI, numpy and the law's parameters alone are far more than this
        assert bevroren > 50_000
        # at least what warm_op froze (a server thread left by another test in this worker may freeze more
        # between the two calls: that made '==' fail once in a parallel run)
        assert gc.get_freeze_count() >= bevroren
        # every page template was compiled (Jinja keeps compiled templates in its cache)
        namen = paginas._env.list_templates(extensions=["html"])
        assert namen and all(any(k[1] == n for k in paginas._env.cache) for n in namen)
    finally:
        gc.unfreeze()  # the rest of the test run collects as usual


def test_de_app_warmt_op_bij_het_starten(tmp_path, monkeypatch):
    """The app's lifespan runs the warm-up (uvicorn starts it in each server process)."""
    from fastapi.testclient import TestClient

    from spoorzoeker.web import opwarmen
    from spoorzoeker.web.app import maak_app
    from spoorzoeker.web.instellingen import Instellingen

    gestart = []
    monkeypatch.setattr(opwarmen, "warm_op", lambda: gestart.append(1) or 0)
    monkeypatch.setenv("SPOORZOEKER_SLEUTELBESTAND", str(tmp_path / "sleutels.json"))
    monkeypatch.setenv("SPOORZOEKER_ANKERMAP", str(tmp_path / "ankers"))
    monkeypatch.setenv("SPOORZOEKER_WEB_DEMO", "0")
    app = maak_app(Instellingen(database_url=f"sqlite:///{tmp_path / 'a.db'}", demo=False))
    assert gestart == []
    with TestClient(app):
        assert gestart == [1]
