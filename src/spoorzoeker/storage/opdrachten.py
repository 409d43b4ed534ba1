"""Command-line work on the case database (called from ``spoorzoeker.cli``; output in Dutch)."""

from __future__ import annotations

from .opslag import open_database


def logcontrole(kop: str | None = None, url: str | None = None) -> tuple[int, list[str]]:
    """Verify the access log's hash chain. Returns the exit code (0 in order, 1 not) and the lines to print."""
    db = open_database(url)
    try:
        uitslag = db.controleer_log(verwachte_kop=kop)
    finally:
        db.sluit()
    if uitslag.in_orde:
        return 0, [f"Toegangslog in orde: {uitslag.aantal} regels.",
                   f"Kop-hash: {uitslag.kop_hash}",
                   "Bewaar deze kop-hash buiten de database; geef hem later mee met --kop om ook "
                   "verwijderde regels aan het eind te ontdekken."]
    return 1, ["Toegangslog NIET in orde:", *(f"- {f}" for f in uitslag.fouten)]
