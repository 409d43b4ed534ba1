"""The simulation's HTML report: what a policy analyst reads after ``spoorzoeker simuleer``.

Tables (not the terminal's text in a monospaced block, which was cut off at the right on a laptop and
unreadable on a phone), the scenarios by their titles, the design principles by their names, charts with
a title, axis units and the legend under the plot, and the behaviour assumptions with their meaning first.
Everything a reader sees is Dutch; amounts are bruto euro, per calendar year or per year in a stable state.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ..cases.datumtekst import datum
from ..scenarios import PRINCIPES
from .proces import UITKOMSTEN
from .resultaten import (
    BETALER_TITELS,
    BETALERS,
    UITKOMST_TITELS,
    Uitkomst,
    gemiddelde,
    getal_tekst,
    interval,
    leeg,
    mld_tekst,
    pct_tekst,
    procentpunt_tekst,
    verschil_tekst,
)

# the payers as a column or a legend names them (the tables' captions say what each pays)
BETALER_KORT = {"werkgevers": "werkgevers", "uwv": "UWV", "schatkist": "schatkist"}
BETALER_KOP = {"werkgevers": "Werkgevers", "uwv": "UWV", "schatkist": "Schatkist"}  # alone, as a label
LIJNSTIJLEN = ("-", "--", ":", "-.")

STIJL = (
    "body{font-family:system-ui,sans-serif;max-width:60em;margin:0 auto;padding:1em;color:#1d1d1d;line-height:1.45}"
    "h1{font-size:1.6em;margin:.5em 0}h2{margin-top:1.6em}"
    ".rol{overflow-x:auto;margin:.5em 0 1em}"
    "table{border-collapse:collapse;font-size:14px}caption{text-align:left;font-weight:600;padding:.3em 0}"
    "td,th{border:1px solid #c8c8c8;padding:4px 6px;vertical-align:top;text-align:left}"
    "th{background:#f2f4f7}td.r,th.r{text-align:right}td.r{white-space:nowrap}th[scope=row]{min-width:12em}"
    ".klein{font-size:12px;color:#555}code{font-size:12px;overflow-wrap:anywhere}"
    "img{max-width:100%;height:auto}figure{margin:1em 0}figcaption{font-size:14px;color:#444}"
)


def _e(x: object) -> str:
    return html.escape(str(x))


def _titel(titels: Mapping[str, str], naam: str) -> str:
    return titels.get(naam) or naam


def _met_interval(waarden: np.ndarray, fmt: Callable[[float], str]) -> str:
    m, lo, hi = interval(waarden)
    if np.isnan(m):
        return fmt(m)
    return f"{fmt(m)}<br><span class='klein'>{fmt(lo)} tot {fmt(hi)}</span>"


def _tabel(bijschrift: str, koppen: list[str], rijen: list[list[str]], rechts: range | None = None) -> str:
    """A table in a sideways-scrolling box (a phone shows it whole by scrolling, the page stays put).
    Cells are HTML already escaped; the first cell of a row is its header; the columns in ``rechts``
    (numbers: all but the first when not given) are right-aligned."""
    rechts = range(1, len(koppen)) if rechts is None else rechts

    def klasse(k: int) -> str:
        return " class='r'" if k in rechts else ""

    kop = "".join(f"<th scope='col'{klasse(k)}>{_e(t)}</th>" for k, t in enumerate(koppen))
    body = "".join("<tr><th scope='row'>" + r[0] + "</th>"
                   + "".join(f"<td{klasse(k)}>{c}</td>" for k, c in enumerate(r[1:], start=1)) + "</tr>"
                   for r in rijen)
    return (f"<div class='rol' tabindex='0' role='region' aria-label='{_e(bijschrift)}'><table><caption>{_e(bijschrift)}"
            f"</caption><thead><tr>{kop}</tr></thead><tbody>{body}</tbody></table></div>")


# a row of a comparison: its name, the values per replicate of a scenario, their format, with the interval
Regel = tuple[str, Callable[[Uitkomst], np.ndarray], Callable[[float], str], bool]


def _vergelijking(uitkomsten: list[Uitkomst], titels: Mapping[str, str], bijschrift: str, eerste_kolom: str,
                  regels: list[Regel]) -> str:
    """One row per measure, one column per scenario and, for two, their difference per replicate (the same
    seed for both, so the difference has a narrow interval)."""
    paar = len(uitkomsten) == 2
    koppen = [eerste_kolom] + [_titel(titels, u.scenario) for u in uitkomsten]
    if paar:
        koppen.append("Verschil")
        bijschrift += (f". Verschil: {_titel(titels, uitkomsten[0].scenario)} min "
                       f"{_titel(titels, uitkomsten[1].scenario)}, per herhaling")
    rijen = []
    for naam, f, fmt, met_interval in regels:
        def cel(w: np.ndarray, fm: Callable[[float], str], met_interval: bool = met_interval) -> str:
            return _met_interval(w, fm) if met_interval else _e(fm(gemiddelde(w)))
        cellen = [cel(f(u), fmt) for u in uitkomsten]
        if paar:
            cellen.append(cel(f(uitkomsten[0]) - f(uitkomsten[1]), verschil_tekst(procentpunt_tekst if fmt is pct_tekst else fmt)))
        rijen.append([_e(naam), *cellen])
    return _tabel(bijschrift, koppen, rijen)


def tabellen_html(uitkomsten: list[Uitkomst], titels: Mapping[str, str]) -> str:
    """The comparison as tables: applications and outcomes, costs per payer, per calendar year, per decile."""
    delen = ["<h2>WIA-aanvragen en uitkomsten</h2>", _vergelijking(
        uitkomsten, titels, "WIA-aanvragen en instroom per jaar in een stabiele toestand, met de uitkomst van de "
        "beoordeling als deel van de beoordeelde aanvragen", "Per jaar",
        [("WIA-aanvragen", lambda u: u.aanvragen, getal_tekst, True),
         ("WIA-instroom (mensen met een uitkering)", lambda u: u.instroom, getal_tekst, True),
         *[(f"Uitkomst: {UITKOMST_TITELS[naam]}", lambda u, i=i: u.uitkomst_aandeel[:, i], pct_tekst, True)
           for i, naam in enumerate(UITKOMSTEN)]])]
    delen.append("<h2>Kosten per jaar</h2>")
    kosten: list[Regel] = [(BETALER_TITELS[b], _kosten_van(b), mld_tekst, True) for b in BETALERS]
    delen.append(_vergelijking(
        uitkomsten, titels, "Kosten per jaar in een stabiele toestand, bruto, in miljard euro (alle jaren samen van "
        "één jaargang ziekmeldingen)", "Wie betaalt", kosten))
    delen.append(_per_kalenderjaar(uitkomsten, titels))
    delen.append("<h2>Inkomen na de wachttijd</h2>")
    decielen: list[Regel] = [(f"Deciel {d + 1}" + (" (laagste lonen)" if d == 0 else " (hoogste lonen)" if d == 9 else ""),
                              _deciel(d), pct_tekst, True) for d in range(10)]
    delen.append(_vergelijking(
        uitkomsten, titels, "Inkomen in de vijf jaar na de wachttijd als deel van het laatste loon, per deciel van "
        "het bruto maandloon (wie WIA aanvroeg; uitkering plus inkomsten uit werk; WW en toeslagen niet meegeteld)",
        "Deciel van het maandloon", decielen))
    return "".join(delen)


def _kosten_van(betaler: str) -> Callable[[Uitkomst], np.ndarray]:
    return lambda u: u.kosten[betaler].sum(axis=1)


def _deciel(d: int) -> Callable[[Uitkomst], np.ndarray]:
    return lambda u: u.deciel_verhouding[:, d]


def _per_kalenderjaar(uitkomsten: list[Uitkomst], titels: Mapping[str, str]) -> str:
    """WIA inflow and costs per calendar year, one table per scenario (a year without any is left out)."""
    delen = ["<h2>Per kalenderjaar</h2><p>Eén jaargang ziekmeldingen, gevolgd tot het einde: in welk kalenderjaar "
             "de WIA-instroom valt en de kosten worden betaald (gemiddelde van de herhalingen).</p>"]
    for u in uitkomsten:
        rijen = []
        for j, jaar in enumerate(u.jaren):
            if all(leeg(x[:, j]) for x in (u.instroom_per_jaar, *u.kosten.values())):
                continue
            rijen.append([str(jaar), _e(getal_tekst(gemiddelde(u.instroom_per_jaar[:, j]))),
                          *[_e(mld_tekst(gemiddelde(u.kosten[b][:, j]))) for b in BETALERS]])
        delen.append(_tabel(f"{_titel(titels, u.scenario)}: WIA-instroom (mensen) en kosten per kalenderjaar, bruto, "
                            "in miljard euro", ["Kalenderjaar", "WIA-instroom",
                                                *[f"Kosten {BETALER_KORT[b]}" for b in BETALERS]], rijen))
    return "".join(delen)


def scorekaart_html(scorekaarten: Mapping[str, Any], titels: Mapping[str, str] | None = None) -> str:
    """The design-principle scorecard of each scenario (when its law object has one), side by side, each
    principle by its name in the Beslishulp."""
    titels = titels or {}
    kaarten = {naam: tuple(k) for naam, k in scorekaarten.items() if k}
    if not kaarten:
        return ""
    principes = list(dict.fromkeys(sc.principe for k in kaarten.values() for sc in k))
    rijen = []
    for pr in principes:
        cellen = []
        for k in kaarten.values():
            sc = next((x for x in k if x.principe == pr), None)
            cellen.append("-" if sc is None else f"<b>{sc.score:+d}</b> {_e(sc.toelichting)}")
        rijen.append([_e(PRINCIPES.get(pr, pr)), *cellen])
    return ("<h2>Ontwerpprincipes</h2><p>De scorekaart van elk scenario: per ontwerpprincipe van de Beslishulp "
            "verbetering stelsel ziekte en arbeidsongeschiktheid een score van -2 (slechter dan nu) tot +2 (veel beter), "
            "met de reden.</p>"
            + _tabel("Scorekaart per ontwerpprincipe", ["Ontwerpprincipe", *[_titel(titels, n) for n in kaarten]],
                     rijen, rechts=range(0)))


def aannames_html(aannames: Mapping[str, Mapping[str, Any]], titels: Mapping[str, str]) -> str:
    """The behaviour assumptions: one row each, its meaning first, its value per scenario, its source(s), and
    the name a scenario file uses for it (small, for who writes one)."""
    scenarios = list(aannames)
    sleutels = list(dict.fromkeys(k for lijst in aannames.values() for k in lijst))
    rijen = []
    for k in sleutels:
        per = {s: aannames[s].get(k) for s in scenarios}
        eerste = next(a for a in per.values() if a is not None)
        bronnen = list(dict.fromkeys(a.bron for a in per.values() if a is not None))
        bron = (_e(bronnen[0]) if len(bronnen) == 1 else
                "<br>".join(f"{_e(_titel(titels, s))}: {_e(a.bron)}" for s, a in per.items() if a is not None))
        waarden = [("-" if a is None else _e(f"{a.waarde:g}".replace(".", ","))) for a in per.values()]
        rijen.append([f"{_e(eerste.toelichting)}<br><code>{_e(k)}</code>", *waarden, bron])
    koppen = ["Aanname (en haar naam in een scenariobestand)", *[f"Waarde: {_titel(titels, s)}" for s in scenarios],
              "Bron"]
    return ("<h2>Aannames over gedrag</h2><p>Hoe mensen en werkgevers zich gedragen, staat in geen wet: de simulatie "
            "neemt het aan. Bij een factor betekent 1: zoals nu.</p>"
            + _tabel("Aannames over gedrag en hun bron", koppen, rijen, rechts=range(1, 1 + len(scenarios))))


# --- charts ------------------------------------------------------------------------------------------

def _figuur_png(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _euro_as(ax: Any) -> None:
    """Dutch number format on the y axis (a decimal comma)."""
    from matplotlib.ticker import FuncFormatter

    ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:,.1f}".replace(",", "#").replace(".", ",")
                                               .replace("#", ".").removesuffix(",0")))


def _legenda_onder(ax: Any) -> None:
    """The legend under the plot, not over the data and not beside it (which made the image twice as wide and
    its text tiny on a phone)."""
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2, frameon=False)


def grafieken(uitkomsten: list[Uitkomst], titels: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """The charts as (heading, text alternative, PNG in base64)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    namen = [_titel(titels, u.scenario) for u in uitkomsten]
    duizendtal = FuncFormatter(lambda x, _: f"{x:,.0f}".replace(",", "."))
    uit = []

    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    x = np.arange(len(uitkomsten))
    onder = np.zeros(len(uitkomsten))
    for i, naam in enumerate(UITKOMSTEN):
        m = np.array([u.uitkomst_aantal[:, i].mean() for u in uitkomsten])
        ax.bar(x, m, 0.5, bottom=onder, label=UITKOMST_TITELS[naam])
        onder += m
    lo = np.array([np.percentile(u.aanvragen, 2.5) for u in uitkomsten])
    hi = np.array([np.percentile(u.aanvragen, 97.5) for u in uitkomsten])
    ax.errorbar(x, onder, yerr=[np.clip(onder - lo, 0, None), np.clip(hi - onder, 0, None)], fmt="none",
                color="black", capsize=4, label="95%-interval van de aanvragen")
    ax.set_xticks(x, namen)
    ax.yaxis.set_major_formatter(duizendtal)
    ax.set_ylabel("beoordeelde WIA-aanvragen per jaar")
    ax.set_title("WIA-aanvragen naar uitkomst (per jaar, stabiele toestand)")
    _legenda_onder(ax)
    uit.append(("WIA-aanvragen naar uitkomst", "Gestapelde staven per scenario: het aantal beoordeelde WIA-aanvragen "
                "per jaar, verdeeld naar afgewezen, WGA 35-80%, WGA 80-100% en IVA. De tabel hierboven geeft de getallen.",
                _figuur_png(fig)))

    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    jaren = uitkomsten[0].jaren
    kleuren = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for k, u in enumerate(uitkomsten):
        for j, b in enumerate(BETALERS):
            ax.plot(jaren, u.kosten[b].mean(axis=0) / 1e9, marker="o", markersize=3, color=kleuren[j],
                    linestyle=LIJNSTIJLEN[k % len(LIJNSTIJLEN)],
                    label=f"{namen[k]}: {BETALER_KORT[b]}" if len(uitkomsten) > 1 else BETALER_KOP[b])
    _euro_as(ax)
    ax.set_xlabel("kalenderjaar")
    ax.set_ylabel("miljard euro per jaar, bruto")
    ax.set_title("Kosten per kalenderjaar van één jaargang ziekmeldingen")
    _legenda_onder(ax)
    uit.append(("Kosten per kalenderjaar", "Lijnen per betaler (werkgevers, UWV, schatkist)"
                + (", één lijnsoort per scenario" if len(uitkomsten) > 1 else "")
                + ": de kosten in miljard euro per kalenderjaar. De tabellen per kalenderjaar geven de getallen.",
                _figuur_png(fig)))

    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    breedte = 0.8 / len(uitkomsten)
    x = np.arange(len(BETALERS))
    for k, u in enumerate(uitkomsten):
        waarden = [u.kosten[b].sum(axis=1) for b in BETALERS]
        m = np.array([w.mean() for w in waarden]) / 1e9
        lo = m - np.array([np.percentile(w, 2.5) for w in waarden]) / 1e9
        hi = np.array([np.percentile(w, 97.5) for w in waarden]) / 1e9 - m
        ax.bar(x + k * breedte, m, breedte, yerr=[lo, hi], capsize=3, label=namen[k])
    ax.set_xticks(x + breedte * (len(uitkomsten) - 1) / 2, [BETALER_KOP[b] for b in BETALERS])
    _euro_as(ax)
    ax.set_ylabel("miljard euro per jaar, bruto")
    ax.set_title("Kosten per jaar in een stabiele toestand (met 95%-interval)")
    _legenda_onder(ax)
    uit.append(("Kosten voor werkgevers, UWV en schatkist", "Staven per betaler en scenario: de kosten per jaar in "
                "een stabiele toestand in miljard euro, met het 95%-interval. De tabel 'Kosten per jaar' geeft de getallen.",
                _figuur_png(fig)))

    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    for k, u in enumerate(uitkomsten):
        per_deciel = np.array([gemiddelde(u.deciel_verhouding[:, d]) for d in range(10)])
        ax.plot(np.arange(1, 11), 100 * per_deciel, marker="o", linestyle=LIJNSTIJLEN[k % len(LIJNSTIJLEN)],
                label=namen[k])
    ax.set_xticks(np.arange(1, 11))
    ax.set_xlabel("deciel van het bruto maandloon (1 = laagste lonen)")
    ax.set_ylabel("% van het laatste loon")
    ax.set_title("Inkomen in de vijf jaar na de wachttijd")
    _legenda_onder(ax)
    uit.append(("Inkomen per deciel", "Lijn per scenario: het inkomen in de vijf jaar na de wachttijd als "
                "percentage van het laatste loon, per deciel van het maandloon. De tabel 'Inkomen na de wachttijd' "
                "geeft de getallen.", _figuur_png(fig)))
    return uit


def schrijf_html(uitkomsten: list[Uitkomst], pad: Path, *, omvang: int, replicaties: int, seed: int,
                 aannames: Mapping[str, Mapping[str, Any]], scorekaarten: Mapping[str, Any] | None = None,
                 titels: Mapping[str, str] | None = None, vandaag: dt.date | None = None) -> Path:
    """Write the report; ``titels``: each scenario's title by its name (the name when there is none)."""
    titels = titels or {}
    namen = [_titel(titels, u.scenario) for u in uitkomsten]
    herhalingen = f"{replicaties} herhaling{'en' if replicaties != 1 else ''}"
    delen = [f"<h1>Populatiesimulatie: {' tegenover '.join(_e(n) for n in namen)}</h1>",
             f"<p>Gemaakt op {datum(vandaag or dt.date.today())} met {omvang:,} verzonnen mensen".replace(",", ".")
             + f", gewogen naar heel Nederland; {herhalingen} (startgetal {seed}). Gesimuleerd is één jaargang "
             f"ziekmeldingen vanaf 1 januari {uitkomsten[0].peiljaar}, gevolgd tot vijf jaar na de wachttijd. Alle "
             "bedragen zijn bruto, in euro. Onder elk getal staat het 95%-interval over de herhalingen.</p>",
             "<p>Scenario's: " + "; ".join(f"<b>{_e(_titel(titels, u.scenario))}</b> (<code>{_e(u.scenario)}</code>)"
                                           for u in uitkomsten) + ".</p>",
             tabellen_html(uitkomsten, titels),
             scorekaart_html(scorekaarten or {}, titels)]
    for kop, alt, png in grafieken(uitkomsten, titels):
        delen.append(f"<h2>{_e(kop)}</h2><figure><img alt='{_e(alt)}' src='data:image/png;base64,{png}'></figure>")
    delen.append(aannames_html(aannames, titels))
    pad.write_text("<!doctype html><html lang='nl'><head><meta charset='utf-8'>"
                   "<meta name='viewport' content='width=device-width, initial-scale=1'>"
                   f"<title>Populatiesimulatie: {' tegenover '.join(_e(n) for n in namen)}</title>"
                   f"<style>{STIJL}</style></head><body><main>{''.join(delen)}</main></body></html>", encoding="utf-8")
    return pad
