"""Scenario parts of the financial overview: which law the numbers follow, and the comparison
of a scenario with another one (``spoorzoeker overzicht --scenario rsc --vergelijk huidig``).

Kept apart from the overview's own content (inhoud.py) so that the overview calls one function
for each: :func:`wet_blokken` after the disclaimer and :func:`vergelijk_blokken` at the end.
The comparison recomputes the same person under both laws with the same rules and shows, per WIA
outcome branch and month by month, what the employee receives and what the employer pays, and
the difference. Months without any difference are summed up in one line.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from ..projection import TAKKEN, projecteer
from ..projection.werkgever import werkgeverskosten
from ..scenarios import als_stelsel
from ..stelsel import Stelsel
from .inhoud import Alinea, Kader, Kop, Tabel, datum_tekst, euro, maand_tekst


def wet_blokken(stelsel: Stelsel | None, rekendatum: dt.date) -> list[Any]:
    """One plain sentence on which law each month follows, and the scenario if it is not current law."""
    stelsel = als_stelsel(stelsel)
    _, bekend, _ = stelsel.parameters.rekenbereik()
    # Past the known amounts the date's own amounts are not known: the last known ones are used (the box
    # 'Nog niet bekend' names them), so "the newest known" would not be true of the date's amounts.
    bedragen = (f"de bedragen van {datum_tekst(rekendatum)}: de nieuwste die bekend zijn" if rekendatum <= bekend
                else f"de laatst bekende bedragen: die van {datum_tekst(rekendatum)} zijn nog niet allemaal bekend "
                     "(zie 'Nog niet bekend')")
    uit: list[Any] = [Alinea(
        f"Elke maand loondoorbetaling vóór {datum_tekst(rekendatum)} is berekend met de regels en bedragen die in "
        "die maand golden. Begon de WIA-uitkering vóór die datum, dan rekent het overzicht met de regels van de "
        "eerste WIA-dag; latere verhogingen van een lopende uitkering zijn niet meegenomen. Alle latere maanden "
        f"zijn berekend met {bedragen}. Toekomstige verhogingen kennen we nog niet.")]
    if not stelsel.is_huidig:
        uit.append(Kader(
            f"Dit overzicht rekent met het scenario '{stelsel.titel}': {stelsel.beschrijving} Dit is een voorstel, "
            f"geen geldende wet. Bron: {'; '.join(stelsel.bronnen)}.", "Scenario"))
    return uit


def _werkgever_invoer(invoer: dict) -> tuple[dict, dict]:
    persoon = dict(invoer["persoon"])
    wg = invoer.get("werkgever", {}) or {}
    for medisch in ("restverdiencapaciteit_per_maand", "maatmanloon_per_maand"):
        persoon.pop(medisch, None)
    if "datum_in_dienst" in wg:
        persoon["datum_in_dienst"] = wg["datum_in_dienst"]
    return persoon, wg


def vergelijking(invoer: dict, stelsel: Stelsel | str | None, ander: Stelsel | str) -> dict[str, np.ndarray]:
    """The same person under two laws: employee income and employer cost per branch and month.

    Returns arrays (B, M): ``werknemer_a``, ``werknemer_b``, ``werkgever_a``, ``werkgever_b``
    (a = ``stelsel``, b = ``ander``), and ``maand_start`` (M,). The employer's cost per month is the
    loondoorbetaling with vakantiebijslag he bears plus, for an eigenrisicodrager, the WGA benefits;
    the one-off transitievergoeding minus compensation is added in the month the contract ends."""
    a, b = als_stelsel(stelsel), als_stelsel(ander)
    datum = invoer.get("datum")
    persoon, wg = _werkgever_invoer(invoer)
    kosten = []
    for s in (a, b):
        wk = werkgeverskosten(persoon, datum, reintegratiebudget=float(wg.get("reintegratiebudget", 0.0)),
                              eigenrisicodrager=bool(wg.get("eigenrisicodrager", True)),
                              werkgeverslasten=float(wg.get("werkgeverslasten", 0.0)), stelsel=s)
        pr = wk.projectie
        per_maand = np.broadcast_to(wk.loonkosten_per_maand[0][None, :], pr.totaal.shape[1:]).copy()
        if wk.eigenrisicodrager:
            per_maand += wk.wga_eigenrisico_per_maand[0]
        eind = int(pr.eerste_wia_maand[0]) - 1
        if eind < per_maand.shape[1]:
            per_maand[:, eind] += float(wk.transitievergoeding[0] - wk.compensatie[0])
        kosten.append(per_maand)
    # The employee: the projection of the person as given (with medical estimate, if any).
    projecties = [projecteer(dict(invoer["persoon"]), datum, stelsel=s, uitleg=False) for s in (a, b)]
    werknemer = [pr.totaal[0] for pr in projecties]
    M = min(werknemer[0].shape[1], werknemer[1].shape[1], kosten[0].shape[1], kosten[1].shape[1])
    starts = projecties[0].maand_start[0, :M]
    return {"werknemer_a": werknemer[0][:, :M], "werknemer_b": werknemer[1][:, :M],
            "werkgever_a": kosten[0][:, :M], "werkgever_b": kosten[1][:, :M], "maand_start": starts}


def vergelijk_blokken(invoer: dict, stelsel: Stelsel | str | None, ander: Stelsel | str) -> list[Any]:
    """Side by side, per branch and month: employee and employer under both laws, and the difference."""
    a, b = als_stelsel(stelsel), als_stelsel(ander)
    v = vergelijking(invoer, a, b)
    uit: list[Any] = [
        Kop(f"Vergelijking: {a.titel} naast {b.titel}"),
        Alinea(f"Dezelfde persoon, twee keer berekend met dezelfde regels: links '{a.titel}', rechts '{b.titel}'. "
               "Per uitkomst van de WIA-beoordeling en per maand staat wat de werknemer ontvangt (bruto, per maand, "
               "alles samen) en wat de werkgever betaalt (loondoorbetaling met vakantiebijslag en, als "
               "eigenrisicodrager, de WGA-uitkering; de transitievergoeding min de compensatie in de maand dat het "
               "dienstverband eindigt). Het verschil is links min rechts. Maanden zonder verschil staan niet in de "
               "tabel."),
    ]
    for k, tak in enumerate(TAKKEN):
        dw = v["werknemer_a"][k] - v["werknemer_b"][k]
        dg = v["werkgever_a"][k] - v["werkgever_b"][k]
        anders = np.flatnonzero((np.abs(dw) >= 0.005) | (np.abs(dg) >= 0.005))
        uit.append(Kop(tak.titel, 3))
        if anders.size == 0:
            uit.append(Alinea("Geen verschil in enige maand, voor de werknemer en voor de werkgever."))
            continue
        rijen = [[maand_tekst(v["maand_start"][m]), euro(v["werknemer_a"][k, m]), euro(v["werknemer_b"][k, m]),
                  euro(dw[m]), euro(v["werkgever_a"][k, m]), euro(v["werkgever_b"][k, m]), euro(dg[m])]
                 for m in anders]
        rijen.append(["Totaal (alle maanden)", euro(v["werknemer_a"][k].sum()), euro(v["werknemer_b"][k].sum()),
                      euro(dw.sum()), euro(v["werkgever_a"][k].sum()), euro(v["werkgever_b"][k].sum()),
                      euro(dg.sum())])
        uit.append(Tabel(["Maand", f"Werknemer: {a.naam}", f"Werknemer: {b.naam}", "Verschil werknemer",
                          f"Werkgever: {a.naam}", f"Werkgever: {b.naam}", "Verschil werkgever"], rijen,
                         rechts=(1, 2, 3, 4, 5, 6),
                         bijschrift=f"Bruto, in euro per maand. {len(anders)} van de {dw.size} maanden verschillen."))
    return uit


__all__ = ["vergelijk_blokken", "vergelijking", "wet_blokken"]
