"""Benchmark: the calculate core under current law and under a scenario, beside plain numpy.

One million synthetic people (nobody real) in a sick week, with a wage, contract hours and a CAO
regime. Computed four ways in this one run (shared, noisy machines: only ratios within a run
mean much):

1. ``huidig``: the engine (:class:`~spoorzoeker.engine.Berekening`) computes
   ``loondoorbetaling_cao_per_maand`` with every rule under it (minimum-wage floor, maximumdagloon,
   statutory 70%, CAO regime) and ``loondoorbetaling_werkgever_aandeel``;
2. ``rsc``: the same under the scenario 'rsc' (the CAO variant caps unconditional top-ups at 170%,
   the Aof variant pays the first 26 weeks of a new employee);
3. and 4. the same arithmetic written directly in numpy, with the parameter values read once: the
   physical limit of this machine for these formulas.

It also prints the public interface (``spoorzoeker.bereken``, which checks every input) under
both. Usage: ``benchmarks/run`` or ``.venv/bin/python benchmarks/scenario.py [--aantal N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

import numpy as np

from spoorzoeker import bereken
from spoorzoeker.engine import Berekening
from spoorzoeker.rules.invoer import CAO_REGIMES
from spoorzoeker.scenarios import laad_scenario

try:
    from spoorzoeker.scenarios import huidig
except ImportError:  # an older tree (benchmarks/verzoek.py's baseline), where current law lived in stelsel
    from spoorzoeker.stelsel import huidig  # type: ignore[attr-defined,no-redef]

DATUM = dt.date(2026, 3, 1)
GEVRAAGD = ("loondoorbetaling_cao_per_maand", "loondoorbetaling_werkgever_aandeel")


def populatie(n: int, seed: int = 20261129) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {
        "bruto_maandloon": np.round(rng.uniform(1500, 12000, n), 2),
        "contracturen_per_week": rng.choice([16.0, 24.0, 32.0, 36.0, 38.0, 40.0], n),
        "minimumloon_leeftijdsfactor": np.ones(n),
        "ziekteweek": rng.integers(1, 105, n).astype(np.float64),
        "cao_regime": rng.integers(0, len(CAO_REGIMES), n).astype(np.float64),
        "werkt_of_werkt_mee": (rng.random(n) < 0.4).astype(np.float64),
        "verlenging_loondoorbetaling_weken": np.zeros(n),
        "maanden_in_dienst_bij_ziekte": rng.uniform(0, 240, n),
    }


def kern(stelsel, kol: dict[str, np.ndarray]) -> list[np.ndarray]:
    b = Berekening(dict(kol), kol["bruto_maandloon"].size, DATUM, stelsel=stelsel)
    return [b.bereken(v) for v in GEVRAAGD]


def _centen(a: np.ndarray) -> np.ndarray:
    """Half up to the cent for amounts that are never negative (the same result as money.naar_centen)."""
    a = np.asarray(a, dtype=np.float64) * 100.0
    if a.ndim == 0:
        return np.floor(np.round(a, 6) + 0.5) / 100.0
    np.round(a, 6, out=a)
    a += 0.5
    np.floor(a, out=a)
    a /= 100.0
    return a


def numpy_direct(kol: dict[str, np.ndarray], stelsel, scenario: bool) -> list[np.ndarray]:
    """The same arithmetic as the rules, by hand: parameter values read once, no engine."""
    p = stelsel.op(DATUM)
    ml, ld, regimes = p.minimumloon, p.loondoorbetaling, p.loondoorbetaling.cao_regimes
    loon, uren, week = kol["bruto_maandloon"], kol["contracturen_per_week"], kol["ziekteweek"]
    regime, werkt = kol["cao_regime"], kol["werkt_of_werkt_mee"]
    uurloon = _centen(ml.uurloon * kol["minimumloon_leeftijdsfactor"])
    # WML art. 11 lid 1: the weekdays of the calendar year x the hours per day / 12, rounded up to the cent
    weekdagen = float(np.busday_count(np.datetime64(f"{DATUM.year}-01-01"), np.datetime64(f"{DATUM.year + 1}-01-01")))
    bodem = np.ceil(np.round(uurloon * (uren / ml.werkdagen_per_week * weekdagen / 12.0) * 100.0, 6)) / 100.0
    maximum = float(_centen(np.array(p.maximumdagloon.maximumdagloon * p.wia.dagen_per_maand)))
    gemaximeerd_loon = np.minimum(loon, maximum)
    zeventig = ld.percentage * gemaximeerd_loon
    laatste = ld.duur_weken + kol["verlenging_loondoorbetaling_weken"]
    jaar1_week = week <= ld.minimumloon_weken
    wettelijk = np.where(jaar1_week, np.maximum(zeventig, bodem), zeventig)
    wettelijk = _centen(np.where(week <= laatste, wettelijk, 0.0))
    codes = regime.astype(np.intp)
    tabel = np.array([[getattr(regimes, n).jaar1, getattr(regimes, n).jaar2, getattr(regimes, n).jaar2_bij_werk,
                       getattr(regimes, n).gemaximeerd] for n in CAO_REGIMES])
    r = tabel[codes]
    basis = np.where(r[:, 3] == 1, gemaximeerd_loon, loon)
    fractie = np.where(jaar1_week, r[:, 0], np.where(werkt == 1, r[:, 2], r[:, 1]))
    cao = np.maximum(_centen(np.where(week <= laatste, fractie * basis, 0.0)), wettelijk)
    aandeel = np.ones_like(loon)
    if scenario:
        vs = p.voorstellen
        plafond = np.maximum(_centen(np.maximum(vs.cao_onvoorwaardelijk_maximum - r[:, 0], 0.0) * basis), wettelijk)
        cao = np.where(~jaar1_week & (werkt == 0), np.minimum(cao, plafond), cao)
        aandeel = np.where((kol["maanden_in_dienst_bij_ziekte"] < vs.aof.maanden_in_dienst)
                           & (week <= vs.aof.weken_ziekte), 0.0, 1.0)
    return [cao, aandeel]


def beste_tijd(functie, herhalingen: int = 5) -> float:
    tijden = []
    for _ in range(herhalingen):
        begin = time.perf_counter()
        functie()
        tijden.append(time.perf_counter() - begin)
    return min(tijden)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=1_000_000)
    args = parser.parse_args()
    n = args.aantal
    kol = populatie(n)
    stelsels = {"huidig": huidig(), "rsc": laad_scenario("rsc")}
    print(f"Rekenkern onder een scenario, {n:,} personen (loondoorbetaling volgens cao en aandeel werkgever)")
    for naam, s in stelsels.items():
        ons, direct = kern(s, kol), numpy_direct(kol, s, naam != "huidig")
        for a, b, v in zip(ons, direct, GEVRAAGD, strict=True):  # the same numbers, or the comparison means nothing
            np.testing.assert_array_equal(a, b, err_msg=f"{naam}: {v}")
        t_kern = beste_tijd(lambda s=s: kern(s, kol))
        t_np = beste_tijd(lambda s=s, naam=naam: numpy_direct(kol, s, naam != "huidig"))
        verzoek = {"datum": DATUM.isoformat(), "personen": {k: v for k, v in kol.items()
                                                            if k not in ("cao_regime", "werkt_of_werkt_mee")},
                   "bereken": list(GEVRAAGD)}
        verzoek["personen"]["cao_regime"] = np.asarray(CAO_REGIMES)[kol["cao_regime"].astype(int)]
        verzoek["personen"]["werkt_of_werkt_mee"] = kol["werkt_of_werkt_mee"] == 1
        t_api = beste_tijd(lambda s=s, verzoek=verzoek: bereken(verzoek, stelsel=s), herhalingen=2)
        print(f"  {naam:7s} rekenkern:        {n / t_kern:14,.0f} personen/s  ({t_kern:.3f} s)")
        print(f"  {naam:7s} numpy direct:     {n / t_np:14,.0f} personen/s  ({t_np:.3f} s)")
        print(f"  {naam:7s} verhouding rekenkern / numpy direct: {t_kern / t_np:.2f}x  (doel: hoogstens 1,3x)")
        print(f"  {naam:7s} openbare interface (met invoercontrole): {t_api:.3f} s = {t_api / t_np:.2f}x numpy direct")


if __name__ == "__main__":
    main()
