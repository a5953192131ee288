"""The annual report's building blocks: its paragraph styles (DejaVu, from
``reports.pdf.styles``), chapter and section headings the contents page
collects, ruled tables with the header row repeated, label/value lists and
the one line a section with nothing in the period gets."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from xml.sax.saxutils import escape

from sekretariat.reports.pdf import FONT, FONT_BOLD, FONT_ITALIC, styles, table_style

#: Style names the document template looks for to fill the contents page.
H1, H2 = "annual_h1", "annual_h2"
LIGHT = "#F3F6F9"
GREY_TEXT = "#555555"


@lru_cache(maxsize=1)
def st() -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = styles()
    body = base["body"]
    found = dict(base)
    found["heading"] = ParagraphStyle("annual_heading", parent=base["heading"], keepWithNext=1)
    found.update({
        H1: ParagraphStyle(H1, parent=body, fontName=FONT_BOLD, fontSize=15, leading=19,
                           spaceBefore=2, spaceAfter=8, textColor="#1F3F5F",
                           keepWithNext=1),
        H2: ParagraphStyle(H2, parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                           spaceBefore=10, spaceAfter=4, textColor="#1F3F5F",
                           keepWithNext=1),
        "cover_kind": ParagraphStyle("cover_kind", parent=body, fontName=FONT_BOLD,
                                     fontSize=26, leading=32, alignment=TA_CENTER,
                                     textColor="#1F3F5F"),
        "cover_market": ParagraphStyle("cover_market", parent=body, fontName=FONT_BOLD,
                                       fontSize=18, leading=23, alignment=TA_CENTER),
        "cover_period": ParagraphStyle("cover_period", parent=body, fontSize=16, leading=21,
                                       alignment=TA_CENTER),
        "cover_text": ParagraphStyle("cover_text", parent=body, fontSize=11, leading=15,
                                     alignment=TA_CENTER),
        "cover_label": ParagraphStyle("cover_label", parent=body, fontSize=9, leading=12,
                                      alignment=TA_CENTER, textColor=GREY_TEXT),
        "provisional": ParagraphStyle("provisional", parent=body, fontName=FONT_BOLD,
                                      fontSize=12, leading=16, alignment=TA_CENTER,
                                      textColor="#C00000"),
        "nothing": ParagraphStyle("nothing", parent=body, fontName=FONT_ITALIC,
                                  textColor=GREY_TEXT, spaceBefore=2, spaceAfter=4),
        "caption": ParagraphStyle("caption", parent=body, fontSize=8, leading=10,
                                  textColor=GREY_TEXT, spaceBefore=2, spaceAfter=4),
        "cell8": ParagraphStyle("cell8", parent=body, fontSize=8, leading=10),
        "cell8_right": ParagraphStyle("cell8_right", parent=body, fontSize=8, leading=10,
                                      alignment=TA_RIGHT),
        "head8": ParagraphStyle("head8", parent=body, fontName=FONT_BOLD, fontSize=8,
                                leading=10),
        "head8_right": ParagraphStyle("head8_right", parent=body, fontName=FONT_BOLD,
                                      fontSize=8, leading=10, alignment=TA_RIGHT),
        "toc0": ParagraphStyle("toc0", parent=body, fontName=FONT_BOLD, fontSize=10.5,
                               leading=16, spaceBefore=4),
        "toc1": ParagraphStyle("toc1", parent=body, fontSize=9.5, leading=13,
                               leftIndent=16),
    })
    return found


def p(text: str, style: str = "body"):
    """A paragraph of plain text (escaped)."""
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text), st()[style])


def rich(markup: str, style: str = "body"):
    """A paragraph of markup the caller escaped."""
    from reportlab.platypus import Paragraph

    return Paragraph(markup, st()[style])


def h1(text: str):
    return p(text, H1)


def h2(text: str):
    return p(text, H2)


def nothing(text: str):
    """The one line of a section with nothing in the period."""
    return p(text, "nothing")


def grid(rows: list[list], widths: Sequence[float], *, right: Sequence[int] = (),
         bold_rows: Sequence[int] = (), font_size: float = 8, h_align: str = "LEFT"):
    """A ruled table, bold header row repeated on every page, ``right``
    columns aligned right, ``bold_rows`` (e.g. -1, the total) in bold on a
    light background."""
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign=h_align)
    commands = table_style(money_columns=right) + [
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for row in bold_rows:
        commands += [("FONTNAME", (0, row), (-1, row), FONT_BOLD),
                     ("BACKGROUND", (0, row), (-1, row), LIGHT)]
    table.setStyle(TableStyle(commands))
    return table


def facts(pairs: Sequence[tuple[str, str]], width: float, label_share: float = 0.55):
    """Label / value lines, the values right-aligned (a section's key figures)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    rows = [[rich(escape(label), "cell"), rich(value, "cell_right")] for label, value in pairs]
    table = Table(rows, colWidths=[width * label_share, width * (1 - label_share)],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#D0D7DE")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def keep(*flowables):
    """Flowables kept on one page (a heading with its chart)."""
    from reportlab.platypus import KeepTogether

    return KeepTogether(list(flowables))


def gap(mm_: float = 3):
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    return Spacer(1, mm_ * mm)
