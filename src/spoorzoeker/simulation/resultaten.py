"""Results of a simulation: per scenario and calendar year, with Monte Carlo intervals; written as
Parquet (pyarrow) and as an HTML report with matplotlib charts.

One cohort year of sick reports (starting on the peildatum) is followed to the end; "per jaar" is
the calendar year in which its amounts are paid, and "per jaar in een stabiele toestand" the sum
over those years (what one year costs when every year has such a cohort).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
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


def _leeg(waarden: np.ndarray) -> bool:
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

def _getal(x: float) -> str:
    return GEEN_GEGEVENS if np.isnan(x) else f"{x:,.0f}".replace(",", ".")


def _mld(x: float) -> str:
    return GEEN_GEGEVENS if np.isnan(x) else f"€ {x / 1e9:,.2f} mld".replace(",", "#").replace(".", ",").replace("#", ".")


def _pct(x: float) -> str:
    return GEEN_GEGEVENS if np.isnan(x) else f"{100 * x:.1f}%".replace(".", ",")


def _procentpunt(x: float) -> str:
    return GEEN_GEGEVENS if np.isnan(x) else f"{100 * x:.1f} %-punt".replace(".", ",")


def _met_interval(waarden: np.ndarray, fmt) -> str:
    m, lo, hi = interval(waarden)
    if np.isnan(m):
        return GEEN_GEGEVENS
    return f"{fmt(m)} ({fmt(lo)} - {fmt(hi)})"


def _verschil(fmt):
    """A formatter for a difference: always with its sign."""
    def uit(x: float) -> str:
        t = fmt(abs(x))
        return t if np.isnan(x) else ("+" if x > 0 else "-" if x < 0 else "") + t
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
            cellen.append(cel(f(uitkomsten[0]) - f(uitkomsten[1]), _verschil(_procentpunt if fmt is _pct else fmt)))
        regels.append(f"{titel:{breedte}s}" + "".join(f"{c:>{kolom}s}" for c in cellen))

    regel("WIA-aanvragen per jaar", lambda u: u.aanvragen, _getal)
    regel("WIA-instroom per jaar", lambda u: u.instroom, _getal)
    for i, naam in enumerate(UITKOMSTEN):
        regel(f"  {UITKOMST_TITELS[naam]}", lambda u, i=i: u.uitkomst_aandeel[:, i], _pct)
    regels.append("")
    regels.append("Kosten per jaar in een stabiele toestand (alle jaren samen van één jaargang):")
    for b in BETALERS:
        regel(f"  {b}", lambda u, b=b: u.kosten[b].sum(axis=1), _mld)
    regels.append("")
    regels.append("WIA-instroom en kosten per kalenderjaar (gemiddelde van de herhalingen):")
    for j, jaar in enumerate(uitkomsten[0].jaren):
        # A year without inflow and without costs (zero, or no known value at all) is left out.
        if all(_leeg(u.instroom_per_jaar[:, j]) and all(_leeg(k[:, j]) for k in u.kosten.values()) for u in uitkomsten):
            continue
        regel(f"  {jaar}: instroom", lambda u, j=j: u.instroom_per_jaar[:, j], _getal, False)
        for b in BETALERS:
            regel(f"  {jaar}: {b}", lambda u, j=j, b=b: u.kosten[b][:, j], _mld, False)
    regels.append("")
    regels.append("Inkomen in de vijf jaar na de wachttijd als deel van het laatste loon, per deciel van het maandloon")
    regels.append("(wie WIA aanvroeg; uitkering plus inkomsten uit werk; WW en toeslagen niet meegeteld):")
    for d in range(10):
        regel(f"  deciel {d + 1}", lambda u, d=d: u.deciel_verhouding[:, d], _pct)
    return "\n".join(regels)


# --- HTML -------------------------------------------------------------------------------------------

def _figuur_png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _grafieken(uitkomsten: list[Uitkomst]) -> list[tuple[str, str]]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    uit = []
    jaren = uitkomsten[0].jaren
    fig, ax = plt.subplots(figsize=(7, 3.5))
    x = np.arange(len(uitkomsten))
    onder = np.zeros(len(uitkomsten))
    for i, naam in enumerate(UITKOMSTEN):
        m = np.array([u.uitkomst_aantal[:, i].mean() for u in uitkomsten])
        ax.bar(x, m, 0.5, bottom=onder, label=UITKOMST_TITELS[naam])
        onder += m
    lo = np.array([np.percentile(u.aanvragen, 2.5) for u in uitkomsten])
    hi = np.array([np.percentile(u.aanvragen, 97.5) for u in uitkomsten])
    ax.errorbar(x, onder, yerr=[np.clip(onder - lo, 0, None), np.clip(hi - onder, 0, None)], fmt="none", color="black")
    ax.set_xticks(x, [u.scenario for u in uitkomsten])
    ax.set_ylabel("beoordeelde aanvragen per jaar")
    ax.set_title("WIA-aanvragen naar uitkomst (stabiele toestand)")
    ax.legend(fontsize=8)
    uit.append(("WIA-aanvragen en instroom naar uitkomst", _figuur_png(fig)))

    fig, ax = plt.subplots(figsize=(7, 3.5))
    for u in uitkomsten:
        for b in BETALERS:
            ax.plot(jaren, u.kosten[b].mean(axis=0) / 1e9, marker="o",
                    label=f"{u.scenario}: {b}" if len(uitkomsten) > 1 else b)
    ax.set_ylabel("miljard euro")
    ax.set_title("Kosten per kalenderjaar van één jaargang ziekmeldingen")
    ax.legend(fontsize=8)
    uit.append(("Kosten per kalenderjaar", _figuur_png(fig)))

    fig, ax = plt.subplots(figsize=(7, 3.5))
    breedte = 0.8 / len(uitkomsten)
    x = np.arange(len(BETALERS))
    for k, u in enumerate(uitkomsten):
        waarden = [u.kosten[b].sum(axis=1) for b in BETALERS]
        m = np.array([w.mean() for w in waarden]) / 1e9
        lo = m - np.array([np.percentile(w, 2.5) for w in waarden]) / 1e9
        hi = np.array([np.percentile(w, 97.5) for w in waarden]) / 1e9 - m
        ax.bar(x + k * breedte, m, breedte, yerr=[lo, hi], label=u.scenario)
    ax.set_xticks(x + breedte * (len(uitkomsten) - 1) / 2, list(BETALERS))
    ax.set_ylabel("miljard euro per jaar")
    ax.set_title("Kosten per jaar in een stabiele toestand")
    ax.legend()
    uit.append(("Kosten voor werkgevers, UWV en schatkist", _figuur_png(fig)))

    fig, ax = plt.subplots(figsize=(7, 3.5))
    for u in uitkomsten:
        per_deciel = np.array([gemiddelde(u.deciel_verhouding[:, d]) for d in range(10)])
        ax.plot(np.arange(1, 11), 100 * per_deciel, marker="o", label=u.scenario)
    ax.set_xlabel("deciel van het bruto maandloon")
    ax.set_ylabel("% van het laatste loon")
    ax.set_title("Inkomen in de vijf jaar na de wachttijd")
    ax.legend()
    uit.append(("Inkomen per deciel", _figuur_png(fig)))
    return uit


def scorekaart_html(scorekaarten: dict[str, Any]) -> str:
    """The design-principle scorecard of each scenario (when its law object has one), side by side."""
    kaarten = {naam: tuple(k) for naam, k in scorekaarten.items() if k}
    if not kaarten:
        return ""
    principes = list(dict.fromkeys(sc.principe for k in kaarten.values() for sc in k))
    kop = "".join(f"<th>{html.escape(n)}</th>" for n in kaarten)
    rijen = []
    for pr in principes:
        cellen = []
        for k in kaarten.values():
            sc = next((x for x in k if x.principe == pr), None)
            cellen.append("<td>-</td>" if sc is None else
                          f"<td><b>{sc.score:+d}</b> {html.escape(sc.toelichting)}</td>")
        rijen.append(f"<tr><td>{html.escape(pr)}</td>{''.join(cellen)}</tr>")
    return ("<h2>Ontwerpprincipes (scorekaart van het scenario, -2 tot +2)</h2><table><tr><th>Principe</th>"
            f"{kop}</tr>{''.join(rijen)}</table>")


def schrijf_html(uitkomsten: list[Uitkomst], pad: Path, *, omvang: int, replicaties: int, seed: int,
                 aannames: dict[str, Any], scorekaarten: dict[str, Any] | None = None) -> Path:
    delen = [f"<h1>Populatiesimulatie: {' tegenover '.join(html.escape(u.scenario) for u in uitkomsten)}</h1>",
             f"<p>Gemaakt op {dt.date.today().isoformat()} met {omvang:,} verzonnen mensen".replace(",", ".")
             + f", {replicaties} herhaling{'en' if replicaties != 1 else ''} (startgetal {seed}). Alle bedragen bruto, in euro. Tussen haakjes het "
             "95%-interval over de herhalingen.</p>",
             "<pre>" + html.escape(tekst(uitkomsten, replicaties, omvang)) + "</pre>"]
    delen.append(scorekaart_html(scorekaarten or {}))
    for titel, png in _grafieken(uitkomsten):
        delen.append(f"<h2>{html.escape(titel)}</h2><img alt='{html.escape(titel)}' src='data:image/png;base64,{png}'>")
    delen.append("<h2>Aannames over gedrag</h2><table><tr><th>Naam</th><th>Waarde</th><th>Bron</th>"
                 "<th>Toelichting</th></tr>")
    for scenario, lijst in aannames.items():
        for naam, a in lijst.items():
            delen.append(f"<tr><td>{html.escape(scenario)}: {html.escape(naam)}</td><td>{a.waarde:g}</td>"
                         f"<td>{html.escape(a.bron)}</td><td>{html.escape(a.toelichting)}</td></tr>")
    delen.append("</table>")
    stijl = ("body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}pre{font-size:12px;"
             "background:#f6f6f6;padding:1em;overflow:auto}table{border-collapse:collapse;font-size:13px}"
             "td,th{border:1px solid #ccc;padding:4px;vertical-align:top}")
    pad.write_text(f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Populatiesimulatie</title>"
                   f"<style>{stijl}</style></head><body>{''.join(delen)}</body></html>", encoding="utf-8")
    return pad
