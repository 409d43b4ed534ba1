"""The overview (and any report built from the same blocks, such as the re-integratieverslag) as a
printable A4 PDF, drawn with fpdf2 (pure Python, no system libraries).

The text font is DejaVu Sans from matplotlib's own data files, so the euro sign and Dutch
characters print without any font installed on the machine.
"""

from __future__ import annotations

import io
import os
from typing import cast

from fpdf import FPDF
from fpdf.fonts import FontFace

from .inhoud import Alinea, Bronnen, Figuur, Kader, Kop, Lijst, Overzicht, Tabel


def _lettertype_map() -> str:
    import matplotlib

    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf")


class _Pdf(FPDF):
    voettekst = ""

    def multi_cell(self, *args, **kwargs):  # every paragraph continues on the next line at the margin
        kwargs.setdefault("new_x", "LMARGIN")
        kwargs.setdefault("new_y", "NEXT")
        return super().multi_cell(*args, **kwargs)

    def footer(self):
        self.set_y(-12)
        self.set_font("dejavu", size=7)
        self.set_text_color(110)
        self.cell(0, 5, f"{self.voettekst}  ·  pagina {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0)


def naar_pdf(ov: Overzicht) -> bytes:
    pdf = _Pdf(format="A4")
    pdf.voettekst = ov.voettekst or f"{ov.titel} — een schatting, geen besluit"
    map_ = _lettertype_map()
    pdf.add_font("dejavu", "", os.path.join(map_, "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", os.path.join(map_, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dejavu", "I", os.path.join(map_, "DejaVuSans-Oblique.ttf"))
    # the charts (SVG) name the family "DejaVu Sans": the same files under that name
    pdf.add_font("DejaVu Sans", "", os.path.join(map_, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu Sans", "B", os.path.join(map_, "DejaVuSans-Bold.ttf"))
    pdf.set_title(ov.titel)
    pdf.set_lang("nl")
    pdf.set_author("Spoorzoeker")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("dejavu", "B", 17)
    pdf.multi_cell(0, 8, ov.titel, align="L")
    pdf.set_font("dejavu", "", 9)
    pdf.set_text_color(80)
    pdf.multi_cell(0, 4.5, ov.ondertitel)
    pdf.set_text_color(0)
    pdf.ln(2)
    for blok in ov.blokken:
        _blok(pdf, blok)
    return bytes(pdf.output())


def _blok(pdf: FPDF, blok) -> None:
    w = pdf.epw
    if isinstance(blok, Kop):
        if blok.niveau == 2 and pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        pdf.ln(3 if blok.niveau == 2 else 1.5)
        pdf.set_font("dejavu", "B", 13 if blok.niveau == 2 else 10)
        pdf.multi_cell(w, 6 if blok.niveau == 2 else 5, blok.tekst, align="L")
        pdf.ln(0.5)
    elif isinstance(blok, Alinea):
        pdf.set_font("dejavu", "", 9)
        # A short paragraph stays whole: never one line alone at the top of a new page. A long one flows.
        # fpdf2 types multi_cell's result as the union of all output modes; LINES gives the list of lines
        hoogte = 4.6 * len(cast(list[str], pdf.multi_cell(w, 4.6, blok.tekst, dry_run=True, output="LINES")))
        if hoogte < 40 and pdf.get_y() + hoogte > pdf.page_break_trigger:
            pdf.add_page()
        pdf.multi_cell(w, 4.6, blok.tekst)
        pdf.ln(1)
    elif isinstance(blok, Kader):
        pdf.set_fill_color(255, 244, 236)
        pdf.set_draw_color(217, 95, 2)
        pdf.set_font("dejavu", "B", 9)
        tekst = (blok.titel + ". " if blok.titel else "") + blok.tekst
        pdf.set_font("dejavu", "", 9)
        pdf.multi_cell(w, 4.6, tekst, border="L", fill=True, padding=2)
        pdf.ln(2)
    elif isinstance(blok, Lijst):
        pdf.set_font("dejavu", "", 9)
        for item in blok.items:
            pdf.set_x(pdf.l_margin)
            pdf.cell(4, 4.6, "•")
            pdf.multi_cell(w - 4, 4.6, item)
            pdf.ln(0.5)
        pdf.ln(1)
    elif isinstance(blok, Tabel):
        _tabel(pdf, blok.kolommen, blok.rijen, blok.rechts, breedtes=blok.breedtes, links=blok.links)
        if blok.bijschrift:
            pdf.set_font("dejavu", "I", 7.5)
            pdf.multi_cell(w, 3.8, blok.bijschrift)
        pdf.ln(2)
    elif isinstance(blok, Figuur):
        if pdf.get_y() > pdf.h - 100:
            pdf.add_page()
        pdf.image(io.BytesIO(blok.svg.encode("utf-8")), w=w)
        pdf.set_font("dejavu", "I", 7.5)
        pdf.multi_cell(w, 3.8, blok.bijschrift)
        pdf.ln(2)
    elif isinstance(blok, Bronnen):
        pass  # the technical appendix is in the HTML only (folded); the content says so in words
    else:
        raise TypeError(type(blok))


# A table whose cells hold more text than this is drawn as paragraphs, which flow across pages; a table
# row cannot be taller than a page.
LANGE_TEKST = 700


def _breedtes(pdf: FPDF, kolommen, rijen, grootte: float, breedtes) -> tuple[float, ...]:
    """Column widths (mm) in which no word has to be split: each column at least as wide as its longest
    word (headers in bold), the rest of the page width shared as ``breedtes`` asks (or by text length)."""
    rand = 2 * 0.8 + 1.0
    minimum = []
    for k, kop in enumerate(kolommen):
        pdf.set_font("dejavu", "B", grootte)
        w = max((pdf.get_string_width(woord) for woord in str(kop).split()), default=0.0)
        pdf.set_font("dejavu", "", grootte)
        for rij in rijen:
            cel = str(rij[k])
            # An amount ('€ 1.234,56', joined by a no-break space) must fit whole.
            w = max([w, *(pdf.get_string_width(woord) for woord in cel.split(" ") if len(woord) < 40)])
        minimum.append(w + rand)
    wens = list(breedtes) if breedtes else [max(8.0, min(60.0, float(max([len(str(kolommen[k]))]
                                                                      + [len(str(r[k])) for r in rijen]))))
                                            for k in range(len(kolommen))]
    totaal = pdf.epw
    if sum(minimum) >= totaal:
        return tuple(totaal * m / sum(minimum) for m in minimum)
    vrij = totaal - sum(minimum)
    extra = [max(0.0, wens[k] / sum(wens) * totaal - minimum[k]) for k in range(len(kolommen))]
    schaal = vrij / sum(extra) if sum(extra) else 0.0
    uit = [minimum[k] + extra[k] * schaal for k in range(len(kolommen))]
    if not sum(extra):
        uit = [m + vrij / len(minimum) for m in minimum]
    return tuple(uit)


def _als_alineas(pdf: FPDF, kolommen, rijen, grootte: float) -> None:
    """A table with long texts as one block per row: the short cells as a bold line, the long ones as
    paragraphs under their column name. Paragraphs break across pages where a table row cannot."""
    w = pdf.epw
    for rij in rijen:
        kort = [(kolommen[k], str(c)) for k, c in enumerate(rij) if len(str(c)) <= 120]
        lang = [(kolommen[k], str(c)) for k, c in enumerate(rij) if len(str(c)) > 120]
        if len(kolommen) == 2 and kort and lang:  # 'Onderwerp | Inhoud': the subject as the heading
            pdf.set_font("dejavu", "B", grootte + 0.5)
            pdf.multi_cell(w, grootte * 0.55, kort[0][1])
            kort = kort[1:]
            lang = [("", tekst) for _, tekst in lang]
        if kort:
            pdf.set_font("dejavu", "B", grootte + 0.5)
            pdf.multi_cell(w, grootte * 0.55, " · ".join(f"{k}: {v}" if len(kolommen) > 2 else v for k, v in kort))
        for naam, tekst in lang:
            if naam:
                pdf.set_font("dejavu", "I", grootte)
                pdf.multi_cell(w, grootte * 0.55, naam)
            pdf.set_font("dejavu", "", grootte)
            pdf.multi_cell(w, grootte * 0.55, tekst)
        pdf.set_draw_color(220)
        pdf.line(pdf.l_margin, pdf.get_y() + 0.8, pdf.l_margin + w, pdf.get_y() + 0.8)
        pdf.ln(2)


def _tabel(pdf: FPDF, kolommen, rijen, rechts=(), grootte: float = 7.5, breedtes=None, links=None) -> None:
    pdf.set_font("dejavu", "", grootte)
    if any(len(str(c)) > LANGE_TEKST for rij in rijen for c in rij):
        _als_alineas(pdf, kolommen, rijen, grootte)
        return
    links = links or {}
    uitlijning = tuple("RIGHT" if k in rechts else "LEFT" for k in range(len(kolommen)))
    kop = FontFace(emphasis="BOLD", fill_color=(243, 245, 247))
    with pdf.table(col_widths=_breedtes(pdf, kolommen, rijen, grootte, breedtes), text_align=uitlijning,
                   headings_style=kop, line_height=grootte * 0.5, borders_layout="HORIZONTAL_LINES",
                   padding=0.8, width=pdf.epw) as t:
        r = t.row()
        for c in kolommen:
            r.cell(str(c))
        for j, rij in enumerate(rijen):
            r = t.row()
            for k, c in enumerate(rij):
                r.cell(str(c), link=links.get((j, k)))
