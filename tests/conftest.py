import datetime as dt

import pytest

from spoorzoeker import bereken


def een(datum: str, bereken_: list[str], **invoer):
    """Calculate for one person; returns the result dict of that person."""
    return bereken({"datum": datum, "personen": [invoer], "bereken": bereken_})["resultaten"][0]


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
