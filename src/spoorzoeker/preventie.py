"""Prevention: what an employer's RI&E (risk inventory, Arbowet art. 5), with or without the
psychosocial workload (PSA), does to the sickness risk, for the employer view.

Every number comes from the parameter file ``parameters/verzuimrisico.yaml`` (sick reports per
employee per year by employer size, share of psychological complaints, and the two RI&E factors,
each with its source), the same file the population simulation reads. So the employer view shows
the risk the simulation uses without importing the simulation. A scenario changes the factors
under ``parameters``, like any parameter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .errors import InvoerFout

GROOTTES = ("klein", "middel", "groot")  # employer size classes: 0-10, 10-100, 100 or more
RIE = ("geen", "zonder_psa", "met_psa")  # RI&E status: none, without psychosocial workload, with

RIE_TITELS = {"geen": "geen RI&E", "zonder_psa": "een RI&E zonder (volledige) aandacht voor psychosociale "
              "arbeidsbelasting", "met_psa": "een RI&E met psychosociale arbeidsbelasting"}
ARBOWET = "https://wetten.overheid.nl/BWBR0010346#Artikel5"


@dataclass(frozen=True)
class Preventie:
    rie_status: str
    meldingen_per_100: float  # expected sick reports per 100 employees per year
    meldingen_per_100_met_psa: float  # the same with an RI&E that covers psychosocial workload
    psychisch_aandeel: float  # share of sick reports with psychological complaints
    psychisch_aandeel_met_psa: float
    bronnen: tuple[str, ...]

    def teksten(self) -> list[str]:
        """Plain Dutch sentences for the employer view."""
        uit = [f"U heeft {RIE_TITELS[self.rie_status]} (Arbowet art. 5, {ARBOWET})."]
        uit.append(f"Spoorzoeker rekent voor een werkgever zoals u met {_getal(self.meldingen_per_100)} ziekmeldingen "
                   f"per 100 werknemers per jaar, waarvan {_procent(self.psychisch_aandeel)} met psychische klachten.")
        if self.rie_status != "met_psa":
            uit.append(f"Met een RI&E die ook psychosociale arbeidsbelasting aanpakt, rekent Spoorzoeker met "
                       f"{_getal(self.meldingen_per_100_met_psa)} ziekmeldingen per 100 werknemers, waarvan "
                       f"{_procent(self.psychisch_aandeel_met_psa)} psychisch.")
        uit.append("Dit zijn aannames, geen metingen; de onderbouwing staat hieronder.")
        return uit


def _getal(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def _procent(x: float) -> str:
    return f"{100 * x:.1f}%".replace(".", ",")


def psychisch_aandelen(vr: Any) -> tuple[float, float]:
    """The chance that a sick report is psychological at an employer whose RI&E covers psychosocial
    workload, and at one without (or without an RI&E): the second is ``rie_zonder_psa_psychisch_factor``
    times the first, and together, weighted by today's share of reports at employers with
    (``aandeel_meldingen_met_psa``), they average the published share ``aandeel_psychisch``:
    base = share / (s + factor x (1 - s)). The factor spreads the published share instead of raising it."""
    factor = float(vr.rie_zonder_psa_psychisch_factor)
    met = float(vr.aandeel_meldingen_met_psa)
    basis = float(vr.aandeel_psychisch) / (met + factor * (1.0 - met))
    return min(basis, 1.0), min(basis * factor, 1.0)


def preventie(rie_status: str, grootte: str = "middel", datum: dt.date | None = None,
              stelsel: Any = None) -> Preventie:
    """The sickness risk of an employer with this RI&E status and size class (klein, middel, groot),
    under the law object ``stelsel`` (default: the current law and its parameters)."""
    if rie_status not in RIE:
        raise InvoerFout(f"Het veld 'rie_status' kent de waarde '{rie_status}' niet; kies uit: "
                         + ", ".join(RIE) + ".", "rie_status")
    if grootte not in GROOTTES:
        raise InvoerFout(f"Het veld 'grootte' kent de waarde '{grootte}' niet; kies uit: "
                         + ", ".join(GROOTTES) + ".", "grootte")
    if stelsel is None:
        from .scenarios import huidig

        stelsel = huidig()
    datum = datum or dt.date.today()
    vr = stelsel.op(datum).verzuimrisico
    basis = float(vr.meldingsfrequentie) * {"klein": float(vr.factor_klein), "middel": 1.0,
                                            "groot": float(vr.factor_groot)}[grootte]
    meldingen = basis * (float(vr.rie_ontbreekt_verzuimfactor) if rie_status == "geen" else 1.0)
    psychisch, zonder_psa = psychisch_aandelen(vr)
    psa = psychisch if rie_status == "met_psa" else zonder_psa
    bronnen = (_bron(stelsel, "verzuimrisico.rie_ontbreekt_verzuimfactor", datum),
               _bron(stelsel, "verzuimrisico.rie_zonder_psa_psychisch_factor", datum))
    return Preventie(rie_status, 100.0 * meldingen, 100.0 * basis, psa, psychisch, bronnen)


def _bron(stelsel: Any, pad: str, datum: dt.date) -> str:
    """The title of a parameter's source, as the employer view lists it."""
    parameter = getattr(stelsel, "parameters", stelsel).vind(pad)
    return "; ".join(b.titel for b in parameter.bronnen_op(datum))
