"""The overview (and any report built from the same blocks, such as the re-integratieverslag) as a
printable A4 PDF, drawn with fpdf2 (pure Python, no system libraries).

The text font is DejaVu Sans from matplotlib's own data files, so the euro sign and Dutch
characters print without any font installed on the machine.
"""

from __future__ import annotations

import io
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

from .inhoud import Alinea, Bronnen, Figuur, Kader, Kop, Lijst, Overzicht, Tabel, _waarde, datum_tekst


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
        _tabel(pdf, blok.kolommen, blok.rijen, blok.rechts, breedtes=blok.breedtes)
        if blok.bijschrift:
            pdf.set_font("dejavu", "I", 7.5)
            pdf.multi_cell(w, 3.8, blok.bijschrift)
        pdf.ln(2)
    elif isinstance(blok, Figuur):
        if pdf.get_y() > pdf.h - 100:
            pdf.add_page()
        pdf.image(io.BytesIO(blok.png), w=w)
        pdf.set_font("dejavu", "I", 7.5)
        pdf.multi_cell(w, 3.8, blok.bijschrift)
        pdf.ln(2)
    elif isinstance(blok, Bronnen):
        pdf.set_font("dejavu", "B", 9.5)
        pdf.multi_cell(w, 5, "Regels")
        pdf.set_font("dejavu", "", 7.5)
        for r in blok.regels:
            pdf.multi_cell(w, 3.7, f"• {r['omschrijving']} — {r['bron']}", link=r.get("url") or "")
        pdf.ln(1)
        for titel, lijst in (("Vaste bedragen en percentages", blok.parameters),
                             ("Aannames van dit overzicht", blok.aannames)):
            pdf.set_font("dejavu", "B", 9.5)
            pdf.multi_cell(w, 5, titel)
            rijen = [[p["naam"], _waarde(p), datum_tekst(p["geldig_vanaf"]),
                      "; ".join(b["titel"] for b in p["bronnen"])] for p in lijst]
            _tabel(pdf, ["Parameter", "Waarde", "Geldt vanaf", "Bron"], rijen, (1,), grootte=6.5,
                   breedtes=(38, 22, 22, 98))
    else:
        raise TypeError(type(blok))


def _tabel(pdf: FPDF, kolommen, rijen, rechts=(), grootte: float = 7.5, breedtes=None) -> None:
    pdf.set_font("dejavu", "", grootte)
    uitlijning = tuple("RIGHT" if k in rechts else "LEFT" for k in range(len(kolommen)))
    kop = FontFace(emphasis="BOLD", fill_color=(243, 245, 247))
    with pdf.table(col_widths=breedtes, text_align=uitlijning, headings_style=kop, line_height=grootte * 0.5,
                   borders_layout="HORIZONTAL_LINES", padding=0.8) as t:
        r = t.row()
        for c in kolommen:
            r.cell(str(c))
        for rij in rijen:
            r = t.row()
            for c in rij:
                r.cell(str(c))
