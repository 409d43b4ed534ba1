"""Risk-based supervision: per employer a weighted average of the WIA inflow over three years
(newest year x3, middle x2, oldest x1), a ranking, and the employers to look at first.

Input: a CSV of employer inflow (one row per employer and year) or a simulation (three cohort years
of the same synthetic population). With the number of employees the score is also given per 1,000
employees; the ranking uses the weighted inflow itself, as the proposal describes, or on request the
score per 1,000 employees (fairer between sizes, but noisy for very small employers).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InvoerFout

GEWICHTEN = (1.0, 2.0, 3.0)  # oldest, middle, newest
KOLOMMEN = ("werkgever", "jaar", "wia_instroom")
OPTIONEEL = ("aantal_werknemers",)


@dataclass
class Score:
    werkgever: str
    instroom: tuple[float, float, float]  # oldest, middle, newest
    gewogen: float  # (1 x oldest + 2 x middle + 3 x newest) / 6
    werknemers: float | None
    per_1000: float | None



def gewogen_gemiddelde(oudste: float, midden: float, nieuwste: float) -> float:
    """Newest year x3, middle x2, oldest x1, divided by 6."""
    return (GEWICHTEN[0] * oudste + GEWICHTEN[1] * midden + GEWICHTEN[2] * nieuwste) / sum(GEWICHTEN)


def scores(per_jaar: dict[str, dict[int, float]], werknemers: dict[str, float] | None = None,
           per_1000: bool = False) -> tuple[list[int], list[Score]]:
    """Scores for every employer, highest first, over the three newest years in the data. A year
    without a row for an employer counts as no inflow. ``per_1000`` ranks by the score per 1,000
    employees (needs the number of employees)."""
    if per_1000 and not werknemers:
        raise InvoerFout("Voor een rangorde per 1.000 werknemers is de kolom 'aantal_werknemers' nodig.",
                         "aantal_werknemers")
    jaren = sorted({j for d in per_jaar.values() for j in d})
    if len(jaren) < 3:
        raise InvoerFout("Voor het gewogen gemiddelde zijn drie jaren nodig; de invoer heeft er "
                         f"{len(jaren)}.", "jaar")
    drie = jaren[-3:]
    uit = []
    for wg, d in per_jaar.items():
        oudste, middelste, nieuwste = (float(d.get(j, 0.0)) for j in drie)
        waarden = (oudste, middelste, nieuwste)
        g = gewogen_gemiddelde(*waarden)
        n = (werknemers or {}).get(wg)
        uit.append(Score(wg, waarden, g, n, 1000.0 * g / n if n else None))
    if per_1000:
        uit.sort(key=lambda s: (-(s.per_1000 if s.per_1000 is not None else -1.0), s.werkgever))
    else:
        uit.sort(key=lambda s: (-s.gewogen, s.werkgever))
    return drie, uit


def lees_csv(pad: Path) -> tuple[dict[str, dict[int, float]], dict[str, float] | None]:
    """Read ``werkgever;jaar;wia_instroom[;aantal_werknemers]`` (comma or semicolon). Dutch errors."""
    try:
        tekst = pad.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvoerFout(f"Het bestand '{pad}' bestaat niet.", "csv") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InvoerFout(f"Het bestand '{pad}' kan niet worden gelezen ({e.__class__.__name__}).", "csv") from None
    if not tekst.strip():
        raise InvoerFout(f"Het bestand '{pad}' is leeg.", "csv")
    scheiding = ";" if tekst.splitlines()[0].count(";") >= tekst.splitlines()[0].count(",") else ","
    lezer = csv.DictReader(tekst.splitlines(), delimiter=scheiding)
    koppen = [k.strip() for k in (lezer.fieldnames or [])]
    ontbreekt = [k for k in KOLOMMEN if k not in koppen]
    if ontbreekt:
        raise InvoerFout(f"In '{pad}' ontbreekt de kolom '{ontbreekt[0]}'. Nodig: " + ", ".join(KOLOMMEN)
                         + " (en eventueel aantal_werknemers).", ontbreekt[0])
    per_jaar: dict[str, dict[int, float]] = {}
    werknemers: dict[str, float] = {}
    met_werknemers = "aantal_werknemers" in koppen
    for regel, rij in enumerate(lezer, start=2):
        rij = {(k or "").strip(): (v or "").strip() for k, v in rij.items()}
        wg = rij["werkgever"]
        if not wg:
            raise InvoerFout(f"Regel {regel} van '{pad}': de kolom 'werkgever' is leeg.", "werkgever")
        try:
            jaar = int(rij["jaar"])
        except ValueError:
            raise InvoerFout(f"Regel {regel} van '{pad}': 'jaar' moet een jaartal zijn, niet '{rij['jaar']}'.",
                             "jaar") from None
        instroom = _getal(rij["wia_instroom"], "wia_instroom", regel, pad)
        if jaar in per_jaar.setdefault(wg, {}):
            raise InvoerFout(f"Regel {regel} van '{pad}': werkgever '{wg}' heeft twee regels voor het jaar {jaar} (kolom 'jaar').", "jaar")
        per_jaar[wg][jaar] = instroom
        if met_werknemers and rij.get("aantal_werknemers"):
            n = _getal(rij["aantal_werknemers"], "aantal_werknemers", regel, pad)
            if n <= 0:
                raise InvoerFout(f"Regel {regel} van '{pad}': 'aantal_werknemers' moet groter dan 0 zijn.",
                                 "aantal_werknemers")
            werknemers[wg] = n  # the last year given counts
    if not per_jaar:
        raise InvoerFout(f"Het bestand '{pad}' bevat geen regels met gegevens.", "csv")
    return per_jaar, (werknemers if met_werknemers and werknemers else None)


def _getal(tekst: str, veld: str, regel: int, pad: Path) -> float:
    try:
        waarde = float(tekst.replace(",", "."))
    except ValueError:
        raise InvoerFout(f"Regel {regel} van '{pad}': '{veld}' moet een getal zijn, niet '{tekst}'.", veld) from None
    if not np.isfinite(waarde) or waarde < 0:
        raise InvoerFout(f"Regel {regel} van '{pad}': '{veld}' mag niet negatief zijn.", veld)
    return waarde


def uit_simulatie(resultaten_per_jaar: list[dict[str, Any]], peiljaar: int
                  ) -> tuple[dict[str, dict[int, float]], dict[str, float]]:
    """Employer inflow from three simulated cohort years of the same population (unweighted: the
    synthetic employers themselves). The inflow of cohort j is counted in year peiljaar + 2 + j."""
    per_jaar: dict[str, dict[int, float]] = {}
    werknemers: dict[str, float] = {}
    for j, resultaat in enumerate(resultaten_per_jaar):
        for alle, ids, tellingen in resultaat["werkgevers"]:
            if j == 0:
                wg_ids, aantal = np.unique(alle, return_counts=True)
                for w, a in zip(wg_ids.tolist(), aantal.tolist(), strict=True):
                    werknemers[f"W{w}"] = float(a)
                    per_jaar[f"W{w}"] = {}
            for w, t in zip(ids.tolist(), tellingen.tolist(), strict=True):
                per_jaar[f"W{w}"][peiljaar + 2 + j] = float(t)
    return per_jaar, werknemers
