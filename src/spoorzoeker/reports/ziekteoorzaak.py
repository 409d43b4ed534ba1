"""The overview's texts for a sickness caused by pregnancy or childbirth (ZW art. 29a) or by organ donation
(ZW art. 29 lid 2 onderdeel e and lid 8): the employer continues the wage and UWV pays him the Ziektewet
benefit at the full dagloon (Ziekengeldreglement 2004 art. 2 lid 2), at most 104 weeks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from ..projection import ziektewet
from ..projection.projectie import Projectie

ZW = "https://wetten.overheid.nl/BWBR0001888/{datum}"
BW7 = "https://wetten.overheid.nl/BWBR0005290/{datum}#Artikel629"

# What the reader sees per cause: the situation, the article, and its anchor on wetten.overheid.nl.
OORZAKEN = {
    "zwangerschap_bevalling": ("ziek door de zwangerschap of de bevalling", "art. 29a Ziektewet", "#Artikel29a"),
    "orgaandonatie": ("ziek door orgaandonatie", "art. 29 lid 2 onderdeel e en lid 8 Ziektewet", "#Artikel29"),
}


def _euro(bedrag: float) -> str:
    from .inhoud import euro

    return euro(bedrag)


def wet_link(oorzaak: str, datum: dt.date) -> str:
    return ZW.format(datum=datum.isoformat()) + OORZAKEN[oorzaak][2]


def werknemer_alineas(persoon: dict, pr: Projectie, i: int) -> list[str]:
    """For the employee: one plain sentence that the wage continues and UWV pays the employer; and, when the
    benefit is higher than the wage in some months, that the difference is the employee's (BW 7:629 lid 5). The
    income lines of the overview stay the wage."""
    oorzaak = str(persoon.get("ziekteoorzaak") or "andere")
    if oorzaak not in OORZAKEN:
        return []
    wat, artikel, _ = OORZAKEN[oorzaak]
    # The same person in every row of the projection (its variants), so the rules run on its rows as they are.
    kolommen = {k: [v] * pr.aantal for k, v in persoon.items() if k == "sv_loon_refertejaar"}
    oorzaken = ziektewet.ziekteoorzaken([oorzaak] * pr.aantal, pr.aantal)
    zw = ziektewet.bij_oorzaak(kolommen, pr, pr.datum, pr.stelsel, oorzaken)  # type: ignore[arg-type]
    Ms = zw.bedrag.shape[1]
    loon = pr.loondoorbetaling[i, 0, :Ms] + pr.vakantiebijslag_loondoorbetaling[i, 0, :Ms]
    meer = np.maximum(zw.bedrag[i] - loon, 0.0) * (loon > 0)
    maanden = int((meer > 0.005).sum())
    tekst = (f"U bent {wat}. Uw werkgever betaalt uw loon door, en het UWV betaalt uw werkgever daarvoor een "
             f"Ziektewet-uitkering van 100% van uw dagloon ({artikel}).")
    if not maanden:
        return [tekst + " Voor uw inkomen verandert er niets: u houdt uw loon."]
    return [tekst + " U houdt ten minste uw loon.",
            f"Is de uitkering in een maand hoger dan uw loon bij ziekte, dan krijgt u het verschil erbij (art. 7:629 "
            f"lid 5 BW). Hier is dat in {maanden} {'maand' if maanden == 1 else 'maanden'} samen "
            f"{_euro(float(meer.sum()))} bruto extra. Dat extra bedrag staat niet in de bedragen van dit overzicht."]


def werkgever_rijen(wk: Any, i: int) -> list[list[str]]:
    """Rows for the employer's cost table: the benefit UWV pays him, and the wage cost after it."""
    oorzaak = str(wk.ziekteoorzaak[i])
    if oorzaak not in OORZAKEN:
        return []
    return [[f"Ziektewet-uitkering die het UWV u betaalt ({OORZAKEN[oorzaak][1]})",
             _euro(-float(wk.ziektewet_vergoeding[i]))],
            ["Loondoorbetaling na aftrek van die uitkering (netto kosten)",
             _euro(float(wk.loonkosten[i] - wk.ziektewet_vergoeding[i]))]]


def werkgever_alinea(wk: Any, i: int) -> str | None:
    """One paragraph for the employer: what the benefit is, how long it runs, and what it is worth here."""
    oorzaak = str(wk.ziekteoorzaak[i])
    if oorzaak not in OORZAKEN:
        return None
    wat, artikel, _ = OORZAKEN[oorzaak]
    per_maand = wk.ziektewet_vergoeding_per_maand[i]
    maanden = int((per_maand > 0).sum())
    return (f"De werknemer is {wat}. U betaalt het loon door en vraagt de Ziektewet-uitkering aan; het UWV betaalt "
            f"die aan u: 100% van het dagloon ({artikel}), vanaf de eerste ziektedag en ten hoogste 104 weken "
            f"(art. 29 lid 5 en art. 29a lid 4 Ziektewet). Hier {maanden} {'maand' if maanden == 1 else 'maanden'}, "
            f"samen {_euro(float(wk.ziektewet_vergoeding[i]))}. U krijgt nooit meer terug dan het loon dat u "
            "doorbetaalt: is de uitkering hoger, dan gaat het verschil naar de werknemer (art. 7:629 lid 5 BW). "
            "Na 104 weken betaalt u het loon weer zelf.")


def afleiding_rij(wk: Any, i: int) -> tuple[str, str, str, str, str] | None:
    """'Waarom dit bedrag?' for the benefit: (what, amount, how, law, link)."""
    oorzaak = str(wk.ziekteoorzaak[i])
    if oorzaak not in OORZAKEN:
        return None
    d = wk.projectie.datum
    return ("Ziektewet-uitkering aan u", _euro(-float(wk.ziektewet_vergoeding[i])),
            "Het dagloon x 100% x 21,75 uitkeringsdagen per maand, over de maanden van de eerste 104 weken; per "
            "maand niet meer dan het loon dat u doorbetaalt.", OORZAKEN[oorzaak][1], wet_link(oorzaak, d))
