"""Command-line work on the case database (called from ``spoorzoeker.opdrachtregel``; output in Dutch)."""

from __future__ import annotations

from .opslag import open_database


def logcontrole(kop: str | None = None, url: str | None = None) -> tuple[int, list[str]]:
    """Verify the access log's hash chain. Returns the exit code (0 in order, 1 not) and the lines to print."""
    from .database import DatabaseOntbreekt, database_fout
    from .sleutels import SleutelFout

    try:
        db = open_database(url, maak_aan=False)
    except (DatabaseOntbreekt, SleutelFout) as e:
        return 2, [f"Fout: {e}"]
    except Exception:  # noqa: BLE001 - a wrong URL: one line
        return 2, [f"Fout: {database_fout(url)}"]
    try:
        uitslag = db.controleer_log(verwachte_kop=kop)
    finally:
        db.sluit()
    if uitslag.in_orde:
        return 0, [f"Toegangslog in orde: {uitslag.aantal} regels; handtekeningen, controlepunten en "
                   "databaseregels kloppen.",
                   *(f"Let op: {o}" for o in uitslag.opmerkingen),
                   f"Kop: {uitslag.kop_hash}",
                   "Bewaar deze kop ook buiten deze computer; geef hem later mee met --kop om te controleren "
                   "dat het log sindsdien niet is ingekort, gewist of herschreven."]
    return 1, ["Toegangslog NIET in orde:", *(f"- {f}" for f in uitslag.fouten)]
