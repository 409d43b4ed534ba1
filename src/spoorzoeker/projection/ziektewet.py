"""The Ziektewet benefit per sick month, for the overview: under the no-riskpolis (ZW art. 29b) and when the
sickness is caused by pregnancy or childbirth (ZW art. 29a) or organ donation (art. 29 lid 2 e and lid 8).

The amounts come from the rules (rules/ziektewet.py): one engine row per person and sick month, with the
sick week in which the month starts. The ZW-dagloon is taken equal to the WIA dagloon before the cap (the
same wage in the same kind of referteperiode; an assumption of the overview, shown with the rules used).
Only the first 104 weeks count (ZW art. 29 lid 5; art. 29a lid 4), and for a sickness that began before the AOW
age only the days before the AOW date (art. 29 lid 4): the rule ``ziektewet_betaalt_in_week`` on each month's first
day, the month of the AOW date pro rata."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from ..engine import Berekening
from ..money import naar_centen
from ..rules.invoer import ZIEKTEOORZAKEN
from ..stelsel import Stelsel
from .projectie import Projectie, uitleg_stappen, ziekteweek_per_maand


@dataclass
class ZiektewetMaanden:
    """The Ziektewet benefit of each person in each sick month (n, Ms), and whether the month is in the 104 weeks."""

    bedrag: np.ndarray  # (n, Ms) euro per month, gross (rule ziektewet_uitkering_per_maand)
    binnen_104: np.ndarray  # (n, Ms) bool
    uitleg: list[dict] = field(default_factory=list)


def ziekteoorzaken(waarden, n: int) -> np.ndarray:
    """The cause of the sickness per person as text ("andere" when not given), checked against the choices of
    the rules (a wrong value is the usual one-line Dutch error naming the field)."""
    from ..interface import lees_personen

    if waarden is None:
        return np.full(n, "andere", dtype=object)
    lijst = ["andere" if w is None else w for w in waarden]
    _, invoer, _ = lees_personen({"ziekteoorzaak": lijst})
    return np.asarray(ZIEKTEOORZAKEN, dtype=object)[invoer["ziekteoorzaak"].astype(np.int64)]


def dagloon(personen: dict, pr: Projectie, datum: dt.date, stelsel: Stelsel) -> tuple[np.ndarray, list[dict]]:
    """The ZW-dagloon per person: the WIA dagloon before the cap, from the caller's SV-loon or the projection's
    default (12 x the wage with vakantiebijslag)."""
    if "sv_loon_refertejaar" in personen:
        sv = np.asarray(personen["sv_loon_refertejaar"], dtype=np.float64)
    else:
        sv = 12.0 * pr.bruto_maandloon * (1.0 + stelsel.op(datum).minimumloon.vakantiebijslag)
    b = Berekening({"sv_loon_refertejaar": sv}, sv.size, datum, met_uitleg=True, stelsel=stelsel)
    return b.bereken("wia_dagloon_ongemaximeerd"), uitleg_stappen(b)


def per_ziektemaand(personen: dict, pr: Projectie, datum: dt.date, stelsel: Stelsel,
                    extra: dict[str, np.ndarray]) -> ZiektewetMaanden:
    """The rule ``ziektewet_uitkering_per_maand`` for every person and sick month (``extra``: one value per person
    for further inputs, e.g. ``no_risk_percentage`` or ``ziekteoorzaak`` as codes)."""
    dl, uitleg = dagloon(personen, pr, datum, stelsel)
    n = pr.aantal
    Ms = int(pr.eerste_wia_maand.max()) - 1
    start = pr.maand_start[:, 0]  # month 1 begins on the first sick day
    weken = ziekteweek_per_maand(start, pr.maand_start[:, :Ms])
    rij = np.repeat(np.arange(n), Ms)
    maand = pr.maand_start[:, :Ms]
    # The month's first day is the day the rules look at (ZW art. 29 lid 4 and 5: the 104 weeks, the AOW date).
    zb = Berekening({"ziektewet_dagloon": dl[rij], "ziekteweek": weken.ravel(), "eerste_ziektedag": start[rij],
                     "ziektewet_dag": maand.ravel(), "aow_datum": np.asarray(pr.aow_datum)[rij],
                     **{k: np.asarray(v)[rij] for k, v in extra.items()}}, n * Ms, datum, met_uitleg=True,
                    stelsel=stelsel)
    bedrag = zb.bereken("ziektewet_uitkering_per_maand").reshape(n, Ms)
    betaalt = zb.bereken("ziektewet_betaalt_in_week").reshape(n, Ms) == 1.0
    bedrag = _tot_aow_datum(bedrag, start, maand, pr)
    return ZiektewetMaanden(bedrag=bedrag, binnen_104=betaalt, uitleg=uitleg + uitleg_stappen(zb))


def _tot_aow_datum(bedrag: np.ndarray, start: np.ndarray, maand: np.ndarray, pr: Projectie) -> np.ndarray:
    """ZW art. 29 lid 4: no ziekengeld on and after the AOW date when the sickness began before it. The month in
    which that date falls counts its calendar days before the AOW date (the rules already pay nothing in the months
    that start on or after it); to the cent. Our own convention, as for the month the AOW term of the wage ends."""
    aow = np.asarray(pr.aow_datum, dtype="datetime64[D]")
    Ms = maand.shape[1]
    if Ms == 0 or np.isnat(aow).all() or pr.maand_start.shape[1] <= Ms:
        return bedrag
    volgende = pr.maand_start[:, 1:Ms + 1]
    bekend = ~np.isnat(aow)
    veilig = np.where(bekend, aow, start)
    in_maand = bekend[:, None] & (start < veilig)[:, None] & (maand < veilig[:, None]) & (veilig[:, None] < volgende)
    if not in_maand.any():
        return bedrag
    deel = (veilig[:, None] - maand).astype(np.float64) / (volgende - maand).astype(np.float64)
    return np.where(in_maand, naar_centen(bedrag * deel), bedrag)


def bij_oorzaak(personen: dict, pr: Projectie, datum: dt.date, stelsel: Stelsel, oorzaak: np.ndarray
                ) -> ZiektewetMaanden:
    """The benefit at the full dagloon for a sickness caused by pregnancy or childbirth (ZW art. 29a) or organ
    donation (art. 29 lid 8), in the months of the 104 weeks, for the persons with such a cause (0 for the
    others and after the 104 weeks)."""
    codes = np.array([ZIEKTEOORZAKEN[str(o)] for o in oorzaak])
    zw = per_ziektemaand(personen, pr, datum, stelsel, {"ziekteoorzaak": codes})
    zw.bedrag = zw.bedrag * zw.binnen_104 * (oorzaak != "andere")[:, None]  # binnen_104: the rule's months paid
    return zw


def boven_loon(personen: dict, pr: Projectie, oorzaak: np.ndarray, deel: np.ndarray, stelsel: Stelsel
               ) -> tuple[np.ndarray, np.ndarray, list[dict]]:
    """What the employee gets when the sickness is caused by pregnancy, childbirth or organ donation: per month
    (n, M) the benefit at the full dagloon (:func:`bij_oorzaak`) in the months in which the employer owes wage, and
    the part of it above the wage with vakantiebijslag.

    BW 7:629 lid 5: "Het loon wordt verminderd met het bedrag van enige geldelijke uitkering die de werknemer
    toekomt krachtens enige wettelijke voorgeschreven verzekering". The benefit is the employee's; the employer owes
    only the wage minus the benefit, never less than nothing. So the employee gets the higher of the two: the
    wage (benefit + the rest of the wage from the employer) or the benefit (and no wage). The month in which an AOW
    term ends (``deel`` < 1, BW 7:629 lid 2 onder b) counts the benefit for the same share of its days as the wage.
    """
    n, _, M = pr.totaal.shape
    zw = bij_oorzaak(personen, pr, pr.datum, stelsel, oorzaak)
    Ms = zw.bedrag.shape[1]
    loon = pr.loondoorbetaling[:, 0, :Ms] + pr.vakantiebijslag_loondoorbetaling[:, 0, :Ms]
    uitkering = np.zeros((n, M))
    uitkering[:, :Ms] = np.where(loon > 0, zw.bedrag, 0.0)
    r = np.flatnonzero((deel < 1.0) & (pr.eerste_wia_maand >= 2))
    if r.size:
        m = pr.eerste_wia_maand[r] - 2
        uitkering[r, m] = naar_centen(uitkering[r, m] * deel[r])
    boven = np.zeros((n, M))
    boven[:, :Ms] = naar_centen(np.maximum(uitkering[:, :Ms] - loon, 0.0))
    return uitkering, boven, zw.uitleg
