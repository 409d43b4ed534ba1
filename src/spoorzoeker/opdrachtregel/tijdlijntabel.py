"""The timeline as a readable Dutch table for the terminal (``spoorzoeker tijdlijn`` without ``--json``)."""

from __future__ import annotations

import datetime as dt

from ..stapteksten import STATUSKOLOM, STATUSTEKSTEN, getoonde_status

MAANDEN = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
STAND = STATUSTEKSTEN  # the words of the case page and the report


def _d(iso: str | None) -> str:
    if not iso:
        return "—"
    d = dt.date.fromisoformat(iso)
    return f"{d.day:>2} {MAANDEN[d.month - 1]} {d.year}"


def _lang(iso: str | None) -> str:
    return _d(iso).strip()


def als_tabel(antwoord: dict) -> str:
    """The answer of ``bereken_tijdlijn`` as a few facts and a table of steps, in plain Dutch."""
    from ..reports.re_integratieverslag import STAP_TITELS

    regels = [
        f"Eerste ziektedag: {_lang(antwoord['eerste_ziektedag'])} (nu ziekteweek {antwoord['ziekteweek']}, "
        f"stand op {_lang(antwoord['vandaag'])})",
        f"Einde wachttijd (104 weken): {_lang(antwoord['einde_wachttijd'])}",
        f"Einde loondoorbetaling: {_lang(antwoord['einde_loondoorbetaling'])}",
        f"WIA op zijn vroegst vanaf: {_lang(antwoord['wia_vroegste_ingangsdatum'])}" if not antwoord.get("geen_wia")
        else "WIA: geen uitkering, want de werknemer bereikt de AOW-leeftijd (art. 8 lid 1 onder b WIA)",
    ]
    if antwoord.get("aow_datum"):
        regels.insert(1, f"AOW-leeftijd bereikt op: {_lang(antwoord['aow_datum'])}")
    if antwoord.get("loonsanctie_weken"):
        regels.append(f"Loonsanctie: {antwoord['loonsanctie_weken']} weken")
    rijen = []
    for s in antwoord["stappen"]:
        naam = STAP_TITELS.get(s["code"], s["omschrijving"])
        if s.get("nummer"):
            naam += f" {s['nummer']}"
        if s.get("voorstel"):
            naam += " (voorstel, geen plicht)"
        status = getoonde_status(s["status"], bool(s.get("voorstel")))
        rijen.append((naam, _d(s["voorkeursdatum"]), _d(s["uiterste_datum"]), _d(s.get("gedaan_op")),
                      STAND.get(status, status)))
    kop = ("Stap", "Voorkeursdatum", "Uiterste datum", "Gedaan op", STATUSKOLOM)
    breedte = [max(len(r[k]) for r in [kop, *rijen]) for k in range(len(kop))]

    def regel(r) -> str:
        return "  ".join(c.ljust(breedte[k]) for k, c in enumerate(r)).rstrip()

    regels += ["", regel(kop), regel(tuple("-" * b for b in breedte)), *map(regel, rijen)]
    if antwoord.get("opmerkingen"):
        regels += ["", "Let op:", *(f"- {o}" for o in antwoord["opmerkingen"])]
    regels += ["", "Bronnen per stap en alle gegevens: spoorzoeker tijdlijn --json"]
    return "\n".join(regels)
