"""The warehouse area's PDFs: the purchase order of a bulk round
(``purchase_order``) and its distribution sheet for the hand-out day
(``distribution_sheet``). Both take plain data (the frozen dataclasses of
services/warehouse/round_docs.py) and print fixed Indonesian text (the
catalog's ``whdoc.*`` keys, in Indonesian).

Here: what both papers share (the Indonesian text, short dates, counts, the
SALINAN letterhead, a label : value block)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from xml.sax.saxutils import escape

from sekretariat.i18n import t_in
from sekretariat.reports.pdf import FONT, Letterhead, styles


def d(key: str, **params) -> str:
    """A document text, in Indonesian."""
    return t_in("id", key, **params)


def day_short(day: dt.date) -> str:
    """"23 Nov 2026", in Indonesian whatever the interface language."""
    from babel.dates import format_date

    return format_date(day, "d MMM y", locale="id_ID")


def count(value: int) -> str:
    """A whole count with Indonesian grouping: 1.250."""
    return f"{value:,}".replace(",", ".")


def with_copy(letterhead: Letterhead, reprint: bool) -> Letterhead:
    """The letterhead, saying SALINAN on every page when printed again."""
    if reprint and not letterhead.copy_label:
        return replace(letterhead, copy_label=d("whdoc.copy"))
    return letterhead


def facts(rows: list[tuple[str, str]], width: float, label_mm: float = 38):
    """A borderless block of ``label : value`` lines (values are markup)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    body = styles()["body"]
    label_w = label_mm * mm
    table = Table([[Paragraph(escape(label), body), Paragraph(":", body),
                    Paragraph(value, body)] for label, value in rows],
                  colWidths=[label_w, 4 * mm, width - label_w - 4 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table
