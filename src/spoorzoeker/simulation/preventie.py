"""Prevention: what an employer's RI&E (risk inventory, Arbowet art. 5), with or without the
psychosocial workload (PSA), does to the sickness risk the simulation uses, for the employer view.

The effect sizes are behaviour assumptions (aannames.yaml: ``rie_ontbreekt_verzuimfactor`` and
``rie_zonder_psa_psychisch_factor``), sourced and adjustable per scenario; the base rates are the
simulation parameters (sick reports per employee per year by employer size, share of psychological
complaints).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import InvoerFout
from .populatie import GROOTTES, RIE
from .scenario import Aanname, simulatie_parameters, standaard_aannames

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


def preventie(rie_status: str, grootte: str = "middel", datum: dt.date | None = None,
              aannames: Mapping[str, Aanname] | None = None) -> Preventie:
    """The sickness risk of an employer with this RI&E status and size class (klein, middel, groot)."""
    if rie_status not in RIE:
        raise InvoerFout(f"Het veld 'rie_status' kent de waarde '{rie_status}' niet; kies uit: "
                         + ", ".join(RIE) + ".", "rie_status")
    if grootte not in GROOTTES:
        raise InvoerFout(f"Het veld 'grootte' kent de waarde '{grootte}' niet; kies uit: "
                         + ", ".join(GROOTTES) + ".", "grootte")
    a = aannames or standaard_aannames()
    vz = simulatie_parameters().op(datum or dt.date.today()).simulatie.verzuim
    basis = vz.meldingsfrequentie * {"klein": vz.factor_klein, "middel": 1.0, "groot": vz.factor_groot}[grootte]
    meldingen = basis * (a["rie_ontbreekt_verzuimfactor"].waarde if rie_status == "geen" else 1.0)
    psa = vz.aandeel_psychisch * (1.0 if rie_status == "met_psa" else a["rie_zonder_psa_psychisch_factor"].waarde)
    bronnen = (a["rie_ontbreekt_verzuimfactor"].bron, a["rie_zonder_psa_psychisch_factor"].bron)
    return Preventie(rie_status, 100.0 * meldingen, 100.0 * basis, min(psa, 1.0), vz.aandeel_psychisch, bronnen)
