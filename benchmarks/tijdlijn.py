"""Benchmark: recompute the Poortwachter timeline of 100,000 synthetic open cases.

Prints cases per second for
  1. one vectorised call of ``spoorzoeker.timeline.bereken`` for all N cases (numpy columns),
  2. the JSON API ``bereken_tijdlijn`` called once per case (a random sample, extrapolated),
  3. the same core called once per case as a batch of one (no JSON), on the same sample,
  4. the typed answers (``Tijdlijn``) of the sample one case at a time (``tijdlijn_van``, the case page's
     way) and
  5. all at once (``tijdlijnen_van``, the work list's way: step dates in one batch, answers per case),
and the ratios between them, all measured in this one run (shared machines are noisy: only ratios
within a run mean much). The per-case answers are checked against the batch, and 4 against 5. Usage:
``.venv/bin/python benchmarks/tijdlijn.py [--aantal N] [--steekproef M]``.
"""

from __future__ import annotations

import argparse

import numpy as np
from wga_iva import beste_tijd  # same folder: one timing helper for all benchmarks

from spoorzoeker.timeline import Gevallen, bereken, bereken_tijdlijn, lees_verzoek, tijdlijn_van, tijdlijnen_van
from spoorzoeker.timeline.stappen import NAT

VANDAAG = np.datetime64("2026-06-01")


def gevallen(n: int, seed: int = 20261125) -> tuple[Gevallen, list[dict]]:
    """Synthetic open cases (nobody real): first sick day in the two years before today, up to
    two healthy gaps under four weeks, employer size, steps done, some loonsancties. Returns the
    columns and, per case, a function-free description to build its JSON request from."""
    rng = np.random.default_rng(seed)
    d0 = VANDAAG - rng.integers(1, 700, n).astype("timedelta64[D]")
    aantal_gaten = rng.choice([0, 1, 2], n, p=[0.7, 0.2, 0.1])
    lengtes = rng.integers(5, 60, (n, 2))
    gaten = rng.integers(1, 28, (n, 2)) * (np.arange(2)[None, :] < aantal_gaten[:, None])
    na = np.cumsum(lengtes, axis=1)
    # Only gaps that are over by today: an open case, sick now.
    gat_einde = d0[:, None] + (na + np.cumsum(gaten, axis=1)).astype("timedelta64[D]")
    gaten = np.where(np.cumsum(gat_einde >= VANDAAG, axis=1) > 0, 0, gaten)
    grootte = rng.choice([3.0, 12.0, 24.0, 80.0, 500.0], n)
    pa = np.where(rng.random(n) < 0.8, d0 + rng.integers(7, 50, n).astype("timedelta64[D]"), NAT)
    pa = np.where(pa <= VANDAAG, pa, NAT)
    sanctie = np.where(rng.random(n) < 0.02, rng.integers(1, 53, n), 0).astype(np.float64)
    g = Gevallen.maak(d0, VANDAAG, onderbreking_na=na, onderbreking_dagen=gaten, werkgever_grootte=grootte,
                      gedaan={"probleemanalyse": pa}, loonsanctie_weken=sanctie)
    return g, [{"aantal_gaten": int(aantal_gaten[i])} for i in range(n)]


def als_json(g: Gevallen, i: int) -> dict:
    """The JSON request of case ``i`` (sick periods rebuilt from the gaps)."""
    periodes, van = [], g.eerste_ziektedag[i]
    for j in range(g.onderbreking_dagen.shape[1]):
        if g.onderbreking_dagen[i, j] == 0:
            break
        eerder = g.onderbreking_na[i, j - 1] if j else 0
        tot = van + np.timedelta64(int(g.onderbreking_na[i, j] - eerder) - 1, "D")
        periodes.append({"van": str(van), "tot_en_met": str(tot)})
        van = tot + np.timedelta64(int(g.onderbreking_dagen[i, j]) + 1, "D")
    periodes.append({"van": str(van)})
    invoer = {"ziekteperiodes": periodes, "werkgever_grootte": int(g.werkgever_grootte[i]), "vandaag": str(VANDAAG)}
    if not np.isnat(g.gedaan["probleemanalyse"][i]):
        invoer["gedaan"] = {"probleemanalyse": str(g.gedaan["probleemanalyse"][i])}
    if g.loonsanctie_weken[i]:
        invoer["gebeurtenissen"] = [{"soort": "loonsanctie", "weken": int(g.loonsanctie_weken[i])}]
    return invoer


def rij(g: Gevallen, i: int) -> Gevallen:
    """Case ``i`` as a batch of one (all columns sliced)."""
    return Gevallen.maak(
        g.eerste_ziektedag[i:i + 1], VANDAAG, onderbreking_na=g.onderbreking_na[i:i + 1],
        onderbreking_dagen=g.onderbreking_dagen[i:i + 1], werkgever_grootte=g.werkgever_grootte[i:i + 1],
        gedaan={k: v[i:i + 1] for k, v in g.gedaan.items()}, loonsanctie_weken=g.loonsanctie_weken[i:i + 1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=100_000)
    parser.add_argument("--steekproef", type=int, default=1_000)
    args = parser.parse_args()
    g, _ = gevallen(args.aantal)
    steekproef = np.random.default_rng(1).choice(args.aantal, min(args.steekproef, args.aantal), replace=False)
    verzoeken = [als_json(g, int(i)) for i in steekproef]
    rijen = [rij(g, int(i)) for i in steekproef]

    batch = bereken(g)  # warm-up, and the reference for the check below
    t_batch = beste_tijd(lambda: bereken(g))
    t_json = beste_tijd(lambda: [bereken_tijdlijn(v) for v in verzoeken], herhalingen=1)
    t_een = beste_tijd(lambda: [bereken(r) for r in rijen], herhalingen=1)

    getypt = [lees_verzoek(v) for v in verzoeken]
    t_los = beste_tijd(lambda: [tijdlijn_van(x) for x in getypt], herhalingen=1)
    t_samen = beste_tijd(lambda: tijdlijnen_van(getypt), herhalingen=1)
    assert tijdlijnen_van(getypt) == [tijdlijn_van(x) for x in getypt]

    for i, verzoek in zip(steekproef, verzoeken, strict=True):
        antwoord = bereken_tijdlijn(verzoek)
        assert antwoord["einde_loondoorbetaling"] == str(batch.einde_loondoorbetaling[i]), verzoek
        assert antwoord["einde_wachttijd"] == str(batch.einde_wachttijd[i]), verzoek

    m = len(steekproef)
    per_s_batch = args.aantal / t_batch
    per_s_json = m / t_json
    per_s_een = m / t_een
    print(f"Tijdlijn van {args.aantal:,} open gevallen ({len(batch.stappen)} stappen per geval)".replace(",", "."))
    print(f"  1. gevectoriseerd, één aanroep:        {t_batch:8.3f} s   {per_s_batch:12,.0f} gevallen/s")
    print(f"  2. JSON-API per geval (steekproef {m}): {m / per_s_json:8.3f} s   {per_s_json:12,.0f} gevallen/s")
    print(f"  3. kern per geval, batch van één:      {m / per_s_een:8.3f} s   {per_s_een:12,.0f} gevallen/s")
    print(f"  4. getypt, één voor één (tijdlijn_van): {t_los:8.3f} s   {m / t_los:12,.0f} gevallen/s")
    print(f"  5. getypt, samen (tijdlijnen_van):      {t_samen:8.3f} s   {m / t_samen:12,.0f} gevallen/s")
    print(f"  verhouding 1/2: {per_s_batch / per_s_json:,.0f}x   1/3: {per_s_batch / per_s_een:,.0f}x   "
          f"5/4: {t_los / t_samen:,.1f}x")
    print(f"  (een volledige herberekening per geval via de JSON-API zou {args.aantal / per_s_json:,.0f} s kosten)")


if __name__ == "__main__":
    main()
