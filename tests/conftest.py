import datetime as dt

import pytest

from spoorzoeker import bereken


def een(datum: str, bereken_: list[str], **invoer):
    """Calculate for one person; returns the result dict of that person."""
    return bereken({"datum": datum, "personen": [invoer], "bereken": bereken_})["resultaten"][0]


def pytest_configure(config):
    """Once per run, before any worker starts: install PostgreSQL's btree_gist extension in the test
    database's public schema. Each test migrates a schema of its own, and the migration's
    ``CREATE EXTENSION IF NOT EXISTS`` would otherwise put the extension into the first test's schema,
    where parallel workers would find it half-visible and a dropped schema would take it (and the
    other schemas' overlap constraints) along."""
    import os

    url = os.environ.get("SPOORZOEKER_TEST_POSTGRES_URL", "").strip()
    if not url or hasattr(config, "workerinput"):  # workers: the controller did it already
        return
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as c:
            c.execute(text("CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public"))
    except Exception as e:  # noqa: BLE001 - an unreachable server: the PostgreSQL tests report it themselves
        print(f"Let op: btree_gist kon niet worden aangemaakt: {e}")
    finally:
        engine.dispose()


@pytest.fixture
def vandaag():
    return dt.date(2026, 3, 1)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (scripts/chromium finds or installs it).

    Playwright's own browser download does not work on these machines, so the system browser is
    launched through ``executable_path``. Skipped, with the reason, when no Chromium is present.
    """
    import os

    pad = os.environ.get("SPOORZOEKER_CHROMIUM")
    if not pad:
        import shutil

        pad = shutil.which("chromium") or shutil.which("chromium-browser")
    if not pad:
        pytest.skip(os.environ.get("SPOORZOEKER_CHROMIUM_OVERGESLAGEN", "Chromium is niet geïnstalleerd"))
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=pad,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield b
        b.close()
