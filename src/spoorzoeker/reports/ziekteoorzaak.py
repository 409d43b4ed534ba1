"""The overview's texts for a sickness caused by pregnancy or childbirth (ZW art. 29a) or by organ donation
(ZW art. 29 lid 2 onderdeel e and lid 8): the employer continues the wage and UWV pays him the Ziektewet
benefit at the full dagloon (Ziekengeldreglement 2004 art. 2 lid 2), at most 104 weeks. The wage is reduced by the
benefit (BW 7:629 lid 5), so the employee gets the higher of the two each month; the projection computes it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

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


# The employer version names neither the cause nor its own article: an employer may record that a safety-net
# provision of the Ziektewet applies, not which one (Autoriteit Persoonsgegevens, beleidsregels "De zieke
# werknemer", 2016). Both causes therefore read the same for him.
VANGNET = "een vangnetbepaling van de Ziektewet"
VANGNET_ARTIKELEN = "art. 29 lid 2 en 8 en art. 29a Ziektewet"


def wet_link(oorzaak: str, datum: dt.date) -> str:
    return ZW.format(datum=datum.isoformat()) + OORZAKEN[oorzaak][2]


def vangnet_link(datum: dt.date) -> str:
    return ZW.format(datum=datum.isoformat()) + "#Artikel29"


def _datum(d) -> str:
    from .inhoud import datum_tekst

    return datum_tekst(d)


def aow_stop(pr: Projectie, i: int) -> np.datetime64 | None:
    """The AOW date when it ends the Ziektewet benefit early: the sickness began before it and it falls inside the
    104 weeks (ZW art. 29 lid 4: "Geen ziekengeld wordt uitgekeerd op en na de dag waarop de verzekerde de
    pensioengerechtigde leeftijd ... bereikt, indien de eerste dag van ongeschiktheid tot werken is gelegen voor die
    leeftijd"); None otherwise."""
    aow = np.datetime64(pr.aow_datum[i], "D")
    eerste = np.datetime64(pr.maand_start[i, 0], "D")
    if np.isnat(aow) or not eerste < aow < eerste + np.timedelta64(7 * 104, "D"):
        return None
    return aow


def loon_na_aow(pr: Projectie, i: int) -> str:
    """'tot en met 30 april 2026 (art. 7:629 lid 2 onder b BW)': the last day of the wage after the Ziektewet
    benefit stopped on the AOW date. The wage runs six weeks past the AOW date (thirteen for a sickness that began
    before 1 July 2023), or to the end of the 104 weeks of lid 1 when that comes first."""
    laatste = np.datetime64(pr.ingangsdatum_wia[i], "D") - np.timedelta64(1, "D")
    lid = "lid 2 onder b" if pr.aow_termijn[i] else "lid 1"
    return f"tot en met {_datum(laatste)} (art. 7:629 {lid} BW)"


# What the overview assumes without the dates of the leave (it does not place the leave in its months).
AANNAME_VERLOF = ("Het overzicht gaat ervan uit dat u ziek bent vóór uw zwangerschapsverlof of direct aansluitend op "
                  "uw bevallingsverlof (art. 29a Ziektewet). Tijdens het verlof zelf krijgt u geen Ziektewet-uitkering "
                  "maar de zwangerschaps- en bevallingsuitkering; die staat niet in dit overzicht.")


def _eerste_maand_boven_loon(pr: Projectie, i: int) -> tuple[float, float]:
    """The benefit and the wage with holiday pay (per month) in the first month the benefit is the higher."""
    m = int(np.argmax(pr.ziektewet_boven_loon[i, 0] > 0.005))
    return (float(pr.ziektewet_uitkering[i, 0, m]),
            float(pr.loondoorbetaling[i, 0, m] + pr.vakantiebijslag_loondoorbetaling[i, 0, m]))


def werknemer_alineas(persoon: dict, pr: Projectie, i: int) -> list[str]:
    """For the employee: the wage continues and UWV pays the employer the Ziektewet benefit; when that benefit is
    higher than the wage in some months, the employee gets the benefit in those months (BW 7:629 lid 5), and the
    overview's amounts already say so (the projection puts the difference into the total)."""
    oorzaak = str(persoon.get("ziekteoorzaak") or "andere")
    if oorzaak not in OORZAKEN:
        return []
    wat, artikel, _ = OORZAKEN[oorzaak]
    boven = pr.ziektewet_boven_loon[i, 0]
    maanden = int((boven > 0.005).sum())
    tekst = (f"U bent {wat}. Uw werkgever betaalt uw loon door, en het UWV betaalt uw werkgever daarvoor een "
             f"Ziektewet-uitkering van 100% van uw dagloon ({artikel}).")
    if oorzaak == "zwangerschap_bevalling":
        tekst += " " + AANNAME_VERLOF
    stop = aow_stop(pr, i)
    if stop is not None:
        tekst += (f" De uitkering stopt op {_datum(stop)}, de dag waarop u de AOW-leeftijd bereikt (art. 29 lid 4 "
                  "Ziektewet). Uw werkgever betaalt uw loon daarna nog door "
                  f"{loon_na_aow(pr, i)}, zonder Ziektewet-uitkering.")
    if not maanden:
        return [tekst + " Die uitkering is niet hoger dan uw loon bij ziekte. Voor uw inkomen verandert er dus niets: "
                        "u houdt uw loon."]
    uitkering, loon = _eerste_maand_boven_loon(pr, i)
    return [tekst,
            f"In {maanden} {'maand is' if maanden == 1 else 'maanden is'} die uitkering hoger dan uw loon bij ziekte "
            f"(bijvoorbeeld {_euro(uitkering)} tegen {_euro(loon)} bruto per maand, allebei met vakantiebijslag). "
            "Dan krijgt u de uitkering: uw loon wordt verminderd met de uitkering, en uw werkgever betaalt de hele "
            "uitkering aan u door (art. 7:629 lid 5 BW). U krijgt dus altijd het hoogste van de twee. De bedragen "
            f"hieronder rekenen daarmee: samen {_euro(float(boven.sum()))} bruto meer dan uw loon."]


def werknemer_afleiding_rij(pr: Projectie, i: int, oorzaak: str) -> tuple[str, str, str, str, str] | None:
    """'Waarom dit bedrag?' for the employee: the benefit in the first month in which it is higher than the wage."""
    if oorzaak not in OORZAKEN:
        return None
    if not (pr.ziektewet_boven_loon[i, 0] > 0.005).any():
        return None
    uitkering, loon = _eerste_maand_boven_loon(pr, i)
    dagloon = round(uitkering / 21.75, 2)
    som = f"Dagloon {_euro(dagloon)} x 100% x 21,75 uitkeringsdagen = {_euro(uitkering)}. " \
        if abs(round(dagloon * 21.75, 2) - uitkering) < 0.006 else \
        "Uw dagloon x 100% x 21,75 uitkeringsdagen per maand (het dagloon ten hoogste het maximumdagloon). "
    return ("Ziektewet-uitkering als die hoger is dan uw loon", _euro(uitkering) + " per maand",
            som + f"Dat is meer dan uw loon bij ziekte met vakantiebijslag ({_euro(loon)}). Het loon wordt verminderd "
            "met de uitkering; u krijgt de uitkering, via uw werkgever. Ten hoogste 104 weken.",
            f"{OORZAKEN[oorzaak][1]}; art. 7:629 lid 5 BW", wet_link(oorzaak, pr.datum))


def medisch_tekst(oorzaak: str) -> str:
    """The employer version's line on medical data: none. With a cause given it says only that a safety-net
    provision of the Ziektewet applies, not which (see ``VANGNET``)."""
    if oorzaak not in OORZAKEN:
        return "Zonder medische gegevens."
    return (f"Zonder medische gegevens. Er geldt {VANGNET}; welke, staat er niet in (zo schrijven de beleidsregels "
            "'De zieke werknemer' van de Autoriteit Persoonsgegevens het voor).")


def werkgever_rijen(wk: Any, i: int) -> list[list[str]]:
    """Rows for the employer's cost table: the benefit UWV pays him, the part of it he passes on to the employee
    above the wage, and the wage cost after it."""
    oorzaak = str(wk.ziekteoorzaak[i])
    if oorzaak not in OORZAKEN:
        return []
    rijen = [[f"Ziektewet-uitkering die het UWV u betaalt ({VANGNET})",
              _euro(-float(wk.ziektewet_vergoeding[i]))]]
    if wk.ziektewet_doorbetaald[i] > 0.005:
        rijen.append(["Deel van die uitkering boven het loon, dat u doorbetaalt aan de werknemer (art. 7:629 lid 5 BW)",
                      _euro(float(wk.ziektewet_doorbetaald[i]))])
    rijen.append(["Loondoorbetaling na aftrek van die uitkering (netto kosten)",
                  _euro(float(wk.loonkosten[i] - wk.ziektewet_vergoeding[i] + wk.ziektewet_doorbetaald[i]))])
    return rijen


def werkgever_alinea(wk: Any, i: int) -> str | None:
    """One paragraph for the employer: what the benefit is, how long it runs, and what it is worth here."""
    oorzaak = str(wk.ziekteoorzaak[i])
    if oorzaak not in OORZAKEN:
        return None
    per_maand = wk.ziektewet_vergoeding_per_maand[i]
    maanden = int((per_maand > 0).sum())
    doorbetaald = wk.ziektewet_doorbetaald_per_maand[i]
    hoger = int((doorbetaald > 0.005).sum())
    tekst = (f"Voor deze werknemer geldt {VANGNET}. U betaalt het loon door en vraagt de Ziektewet-uitkering aan; "
             f"het UWV betaalt die aan u: 100% van het dagloon ({VANGNET_ARTIKELEN}), ten hoogste 104 weken "
             f"(art. 29 lid 5 en art. 29a lid 4 Ziektewet). Hier {maanden} {'maand' if maanden == 1 else 'maanden'}, "
             f"samen {_euro(float(wk.ziektewet_vergoeding[i]))}. Het loon dat u verschuldigd bent, wordt verminderd "
             "met de uitkering (art. 7:629 lid 5 BW).")
    if hoger:
        tekst += (f" In {hoger} {'maand' if hoger == 1 else 'maanden'} is de uitkering hoger dan het loon bij ziekte "
                  "(met vakantiebijslag). Dan krijgt de werknemer de hele uitkering: u betaalt die door en betaalt "
                  f"zelf geen loon. Samen is dat {_euro(float(wk.ziektewet_doorbetaald[i]))} meer dan het loon; u "
                  "houdt daar niets aan over en betaalt het ook niet zelf.")
    else:
        tekst += " U krijgt nooit meer terug dan het loon dat u doorbetaalt."
    stop = aow_stop(wk.projectie, i)
    if stop is not None:
        return tekst + (f" De uitkering stopt op {_datum(stop)}, de dag waarop de werknemer de AOW-leeftijd bereikt "
                        "(art. 29 lid 4 Ziektewet); het loon dat u daarna nog verschuldigd bent, "
                        f"{loon_na_aow(wk.projectie, i)}, betaalt u zelf.")
    return tekst + " Na 104 weken betaalt u het loon weer zelf."


def afleiding_rij(wk: Any, i: int) -> tuple[str, str, str, str, str] | None:
    """'Waarom dit bedrag?' for the benefit: (what, amount, how, law, link)."""
    oorzaak = str(wk.ziekteoorzaak[i])
    if oorzaak not in OORZAKEN:
        return None
    d = wk.projectie.datum
    return ("Ziektewet-uitkering aan u", _euro(-float(wk.ziektewet_vergoeding[i])),
            "Het dagloon x 100% x 21,75 uitkeringsdagen per maand, over de maanden van de eerste 104 weken. Is de "
            "uitkering in een maand hoger dan het loon, dan betaalt u het verschil door aan de werknemer (art. 7:629 "
            "lid 5 BW); de netto kosten worden nooit minder dan nul.", VANGNET_ARTIKELEN, vangnet_link(d))
