"""The overview as one self-contained HTML page (the chart embedded as PNG, no external files)."""

from __future__ import annotations

import html as _html

from .inhoud import Alinea, Bronnen, Figuur, Kader, Kop, Lijst, Overzicht, Tabel, datum_tekst, parameter_waarde

STIJL = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#1a1a1a;line-height:1.5;overflow-wrap:break-word}
.tabel{overflow-x:auto;max-width:100%;margin:.5rem 0}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
h3{font-size:1.05rem;margin-top:1.3rem}.ondertitel{color:#555}
.kader{border-left:5px solid #d95f02;background:#fff4ec;padding:.7rem 1rem;margin:1rem 0}
table{border-collapse:collapse;width:100%;margin:0;font-size:.92rem}
th,td{border-bottom:1px solid #e3e3e3;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}td.r,th.r{text-align:right;white-space:nowrap}
caption{caption-side:bottom;text-align:left;color:#555;font-size:.85rem;padding-top:.3rem}
figure{margin:1rem 0;overflow-x:auto}figure img{max-width:100%;height:auto}
.lang{white-space:pre-line}figcaption{color:#555;font-size:.85rem}
details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}.klein{font-size:.85rem;color:#444}
@media (max-width:40rem){body{margin:1rem auto;padding:0 .6rem}table{font-size:.85rem}h1{font-size:1.4rem}
figure img{max-width:100%}}
@media print{body{margin:0;max-width:none}.tabel{overflow:visible}details.technisch{display:none}}
"""


def _e(t: str) -> str:
    return _html.escape(str(t))


def naar_html(ov: Overzicht) -> str:
    delen = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{_e(ov.titel)}</title>",
             f"<meta name='viewport' content='width=device-width, initial-scale=1'><style>{STIJL}</style></head><body>",
             f"<h1>{_e(ov.titel)}</h1><p class='ondertitel'>{_e(ov.ondertitel)}</p>"]
    for blok in ov.blokken:
        delen.append(_blok(blok))
    delen.append("</body></html>")
    return "\n".join(delen)


def _blok(blok) -> str:
    if isinstance(blok, Kop):
        return f"<h{blok.niveau}>{_e(blok.tekst)}</h{blok.niveau}>"
    if isinstance(blok, Alinea):
        return f"<p>{_e(blok.tekst)}</p>"
    if isinstance(blok, Kader):
        titel = f"<strong>{_e(blok.titel)}.</strong> " if blok.titel else ""
        return f"<div class='kader' role='note'>{titel}{_e(blok.tekst)}</div>"
    if isinstance(blok, Lijst):
        return "<ul>" + "".join(f"<li>{_e(i)}</li>" for i in blok.items) + "</ul>"
    if isinstance(blok, Tabel):
        kop = "".join(f"<th scope='col'{' class=r' if k in blok.rechts else ''}>{_e(c)}</th>"
                      for k, c in enumerate(blok.kolommen))
        rijen = "".join("<tr>" + "".join(f"<td{' class=r' if k in blok.rechts else ''}>"
                                          f"{_link(c, blok.links.get((j, k)))}</td>"
                                          for k, c in enumerate(r)) + "</tr>" for j, r in enumerate(blok.rijen))
        onder = f"<caption>{_e(blok.bijschrift)}</caption>" if blok.bijschrift else ""
        # A wide table scrolls inside its own box, never the page.
        return f"<div class='tabel'><table>{onder}<thead><tr>{kop}</tr></thead><tbody>{rijen}</tbody></table></div>"
    if isinstance(blok, Figuur):
        # On a phone the layout with one panel per row (when there is one), at about its own size.
        smal = ("" if blok.svg_smal is None else
                f"<source media='(max-width: 40rem)' srcset='{blok.data_adres(smal=True)}'>")
        return (f"<figure><picture>{smal}<img src='{blok.data_adres()}' alt='{_e(blok.bijschrift)}'>"
                f"</picture><figcaption>{_e(blok.bijschrift)}</figcaption></figure>")
    if isinstance(blok, Bronnen):
        return _bronnen(blok)
    raise TypeError(type(blok))


def _link(tekst: str, url: str | None) -> str:
    return f"<a href='{_e(url)}'>{_e(tekst)}</a>" if url else _e(tekst)


def _bronnen(b: Bronnen) -> str:
    regels = "".join(f"<li><strong>{_e(r['omschrijving'])}</strong> — {_link(r['bron'], r['url'])} "
                     f"<span class='klein'>({_e(r['variabele'])})</span></li>" for r in b.regels)
    rij = lambda p: (f"<tr><td>{_e(p['naam'])}</td><td class=r>{_e(parameter_waarde(p))}</td>"  # noqa: E731
                     f"<td>{_e(datum_tekst(p['geldig_vanaf']))}</td><td>"
                     + "; ".join(_link(x['titel'], x.get('href')) for x in p['bronnen']) + "</td></tr>")
    kop = "<tr><th>Naam in de rekenregels</th><th class=r>Waarde</th><th>Geldt vanaf</th><th>Bron</th></tr>"
    return ("<details class='technisch'><summary>Technische bijlage: alle rekenregels en vaste waarden (voor wie het "
            "narekent)</summary><p class='klein'>Deze bijlage noemt de rekenregels en vaste waarden bij hun technische "
            "naam, zodat een deskundige elke stap kan narekenen.</p>"
            f"<h3>Rekenregels ({len(b.regels)})</h3><ul class='klein'>{regels}</ul>"
            f"<h3>Vaste bedragen en percentages ({len(b.parameters)})</h3>"
            f"<div class='tabel'><table class='klein'>{kop}{''.join(rij(p) for p in b.parameters)}</table></div>"
            f"<h3>Aannames van dit overzicht ({len(b.aannames)})</h3>"
            f"<div class='tabel'><table class='klein'>{kop}{''.join(rij(p) for p in b.aannames)}</table></div>"
            "</details>")
