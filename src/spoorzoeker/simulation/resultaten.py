"""Results of a simulation: per scenario and calendar year, with Monte Carlo intervals; written as
Parquet (pyarrow) and as the printed comparison (the HTML report with its charts: ``rapport``).

One cohort year of sick reports (starting on the peildatum) is followed to the end; "per jaar" is
the calendar year in which its amounts are paid, and "per jaar in een stabiele toestand" the sum
over those years (what one year costs when every year has such a cohort).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .proces import JAREN, UITKOMSTEN

BETALERS = {
    "werkgevers": ("kosten_werkgever_loon", "kosten_werkgever_wga"),
    "uwv": ("kosten_uwv_zw", "kosten_uwv_wga", "kosten_uwv_iva"),
    "schatkist": ("kosten_schatkist",),
}
BETALER_TITELS = {
    "werkgevers": "Werkgevers: loondoorbetaling bij ziekte en WGA als eigenrisicodrager",
    "uwv": "UWV: Ziektewet, WGA en IVA",
    "schatkist": "Schatkist: gemiste loonheffing en premies over het inkomensverlies",
}
BETALER_NAAM = {"werkgevers": "werkgevers", "uwv": "UWV", "schatkist": "schatkist"}  # in the printed lines
UITKOMST_TITELS = {"afgewezen": "Afgewezen (minder dan 35%)", "wga_35_80": "WGA 35-80%",
                   "wga_80_100": "WGA 80-100%", "iva": "IVA"}


@dataclass
class Uitkomst:
    """The measures of one scenario: one row per replicate in every array."""

    scenario: str
    peiljaar: int
    instroom_per_jaar: np.ndarray  # (R, JAREN)
    aanvragen_per_jaar: np.ndarray  # (R, JAREN)
    uitkomst_aandeel: np.ndarray  # (R, 4)
    uitkomst_aantal: np.ndarray  # (R, 4) assessed applications per outcome, per year (stable state)
    kosten: dict[str, np.ndarray]  # payer -> (R, JAREN), euro
    deciel_verhouding: np.ndarray  # (R, 10) income after the wachttijd / last wage
    instroom: np.ndarray  # (R,)
    aanvragen: np.ndarray  # (R,)

    @property
    def jaren(self) -> list[int]:
        return [self.peiljaar + j for j in range(JAREN)]


def maak_uitkomst(scenario: str, peiljaar: int, resultaten: list[dict[str, Any]]) -> Uitkomst:
    def stapel(f):
        return np.array([f(r) for r in resultaten], dtype=np.float64)

    kosten = {b: stapel(lambda r, ks=ks: sum(r[k] for k in ks)) for b, ks in BETALERS.items()}
    with np.errstate(invalid="ignore", divide="ignore"):
        return Uitkomst(
            scenario=scenario, peiljaar=peiljaar,
            instroom_per_jaar=stapel(lambda r: r["instroom_per_jaar"]),
            aanvragen_per_jaar=stapel(lambda r: r["aanvragen_per_jaar"]),
            uitkomst_aandeel=stapel(lambda r: r["uitkomst"] / max(float(np.sum(r["uitkomst"])), 1e-12)),
            uitkomst_aantal=stapel(lambda r: r["uitkomst"]),
            kosten=kosten,
            deciel_verhouding=stapel(lambda r: r["deciel_verhouding"] / np.where(r["deciel_aantal"] > 0,
                                                                                  r["deciel_aantal"], np.nan)),
            instroom=stapel(lambda r: r["instroom"]),
            aanvragen=stapel(lambda r: r["aanvragen_werkgever"] + r["aanvragen_vangnet"]),
        )


GEEN_GEGEVENS = "geen gegevens"


def gemiddelde(waarden: np.ndarray) -> float:
    """The mean of the values that are known (not NaN); NaN when none is, without numpy's warning
    about an empty slice (a decile without applicants in a small simulation, for one)."""
    w = np.asarray(waarden, dtype=np.float64)
    w = w[~np.isnan(w)]
    return float(w.mean()) if w.size else float("nan")


def leeg(waarden: np.ndarray) -> bool:
    """No value, or only zeros, over the replicates."""
    m = gemiddelde(waarden)
    return bool(np.isnan(m) or m == 0)


def interval(waarden: np.ndarray) -> tuple[float, float, float]:
    """Mean and the 2.5% and 97.5% points over the replicates (NaN-safe)."""
    w = np.asarray(waarden, dtype=np.float64)
    w = w[~np.isnan(w)]
    if w.size == 0:
        return (float("nan"),) * 3
    return float(w.mean()), float(np.percentile(w, 2.5)), float(np.percentile(w, 97.5))


def rijen(uitkomsten: list[Uitkomst]) -> list[dict[str, Any]]:
    """Long table: scenario, grootheid, jaar, deciel, replicatie, waarde."""
    uit: list[dict[str, Any]] = []
    for u in uitkomsten:
        R = u.instroom.size
        for r in range(R):
            def rij(grootheid, waarde, jaar=None, deciel=None, u=u, r=r):
                uit.append({"scenario": u.scenario, "grootheid": grootheid, "jaar": jaar, "deciel": deciel,
                            "replicatie": r, "waarde": float(waarde)})
            rij("wia_aanvragen_stabiel", u.aanvragen[r])
            rij("wia_instroom_stabiel", u.instroom[r])
            for j, jaar in enumerate(u.jaren):
                rij("wia_instroom", u.instroom_per_jaar[r, j], jaar)
                rij("wia_aanvragen", u.aanvragen_per_jaar[r, j], jaar)
                for b, k in u.kosten.items():
                    rij(f"kosten_{b}", k[r, j], jaar)
            for i, naam in enumerate(UITKOMSTEN):
                rij(f"aandeel_{naam}", u.uitkomst_aandeel[r, i])
            for d in range(10):
                rij("inkomen_na_wachttijd_als_deel_van_loon", u.deciel_verhouding[r, d], deciel=d + 1)
    return uit


def schrijf_parquet(uitkomsten: list[Uitkomst], pad: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = rijen(uitkomsten)
    tabel = pa.table({k: [d[k] for d in data] for k in ("scenario", "grootheid", "jaar", "deciel", "replicatie",
                                                         "waarde")})
    pq.write_table(tabel, pad)
    return pad


# --- text --------------------------------------------------------------------------------------------

def getal_tekst(x: float) -> str:
    return GEEN_GEGEVENS if np.isnan(x) else f"{x:,.0f}".replace(",", ".")


def mld_tekst(x: float) -> str:
    return GEEN_GEGEVENS if np.isnan(x) else f"€ {x / 1e9:,.2f} mld".replace(",", "#").replace(".", ",").replace("#", ".")


def pct_tekst(x: float) -> str:
    return GEEN_GEGEVENS if np.isnan(x) else f"{100 * x:.1f}%".replace(".", ",")


def procentpunt_tekst(x: float) -> str:
    return GEEN_GEGEVENS if np.isnan(x) else f"{100 * x:.1f} %-punt".replace(".", ",")


def _met_interval(waarden: np.ndarray, fmt) -> str:
    m, lo, hi = interval(waarden)
    if np.isnan(m):
        return GEEN_GEGEVENS
    return f"{fmt(m)} ({fmt(lo)} - {fmt(hi)})"


def verschil_tekst(fmt):
    """A formatter for a difference: always with its sign."""
    def uit(x: float) -> str:
        t = fmt(abs(x))
        if np.isnan(x) or t == fmt(0.0):  # what rounds to nothing has no sign ('€ 0,00 mld', not '+€ 0,00 mld')
            return t
        return ("+" if x > 0 else "-") + t
    return uit


def tekst(uitkomsten: list[Uitkomst], replicaties: int, omvang: int) -> str:
    """The printed comparison, side by side per scenario; with two scenarios also their difference
    per replicate (the same seed for both, so the difference has a narrow interval)."""
    namen = [u.scenario for u in uitkomsten]
    paar = len(uitkomsten) == 2
    breedte, kolom = 44, 44
    koppen = namen + ([f"verschil {namen[0]} - {namen[1]}"] if paar else [])
    regels = [f"Simulatie van {omvang:,} mensen (gewogen naar heel Nederland), {replicaties} Monte Carlo-herhaling{'en' if replicaties != 1 else ''};"
              .replace(",", ".") + " tussen haakjes het 95%-interval.",
              "Eén jaargang ziekmeldingen vanaf 1 januari " + str(uitkomsten[0].peiljaar) + "; bedragen bruto, euro.",
              "", f"{'':{breedte}s}" + "".join(f"{n:>{kolom}s}" for n in koppen)]

    def regel(titel, f, fmt, interval_tonen=True):
        """``f(u)`` gives one value per replicate."""
        def cel(w, fm):
            return _met_interval(w, fm) if interval_tonen else fm(gemiddelde(w))
        cellen = [cel(f(u), fmt) for u in uitkomsten]
        if paar:
            cellen.append(cel(f(uitkomsten[0]) - f(uitkomsten[1]), verschil_tekst(procentpunt_tekst if fmt is pct_tekst else fmt)))
        regels.append(f"{titel:{breedte}s}" + "".join(f"{c:>{kolom}s}" for c in cellen))

    regel("WIA-aanvragen per jaar", lambda u: u.aanvragen, getal_tekst)
    regel("WIA-instroom per jaar", lambda u: u.instroom, getal_tekst)
    for i, naam in enumerate(UITKOMSTEN):
        regel(f"  {UITKOMST_TITELS[naam]}", lambda u, i=i: u.uitkomst_aandeel[:, i], pct_tekst)
    regels.append("")
    regels.append("Kosten per jaar in een stabiele toestand (alle jaren samen van één jaargang):")
    for b in BETALERS:
        regel(f"  {BETALER_NAAM[b]}", lambda u, b=b: u.kosten[b].sum(axis=1), mld_tekst)
    regels.append("")
    regels.append("WIA-instroom en kosten per kalenderjaar (gemiddelde van de herhalingen):")
    for j, jaar in enumerate(uitkomsten[0].jaren):
        # A year without inflow and without costs (zero, or no known value at all) is left out.
        if all(leeg(u.instroom_per_jaar[:, j]) and all(leeg(k[:, j]) for k in u.kosten.values()) for u in uitkomsten):
            continue
        regel(f"  {jaar}: instroom", lambda u, j=j: u.instroom_per_jaar[:, j], getal_tekst, False)
        for b in BETALERS:
            regel(f"  {jaar}: {BETALER_NAAM[b]}", lambda u, j=j, b=b: u.kosten[b][:, j], mld_tekst, False)
    regels.append("")
    regels.append("Inkomen in de vijf jaar na de wachttijd als deel van het laatste loon, per deciel van het maandloon")
    regels.append("(wie WIA aanvroeg; uitkering plus inkomsten uit werk; WW en toeslagen niet meegeteld):")
    for d in range(10):
        regel(f"  deciel {d + 1}", lambda u, d=d: u.deciel_verhouding[:, d], pct_tekst)
    return "\n".join(regels)

# The HTML report: simulation/rapport.py.
