"""Berita Acara Stok Opname (a stock count's variance sheet), A4 landscape:
the count's number, day and cut-off time, place, who opened it and who
counted; per item counted the book quantity at the cut-off, what was
counted, the difference in the base unit and in the item's larger unit when
it is whole, the unit cost and the value of the difference, what posted it;
the totals (short, over, net, in words); the items not counted; the status
(a draft awaiting approval, or who approved and when and when it posted);
signature boxes for each counter, the warehouse coordinator and the chair.
A draft says DRAF under the title; a print again says SALINAN on every page.
Long lists flow over pages with the header row repeated.

Takes plain data (``count_papers.VarianceSheetData``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from sekretariat.reports.cash.voucher import signatures
from sekretariat.reports.leasing.receipt import (
    capitalize,
    date_id,
    rp,
    rupiah_words,
    weekday_id,
)
from sekretariat.reports.pdf import (
    FONT,
    FONT_BOLD,
    Letterhead,
    build_landscape,
    keep_with_previous,
    styles,
    table_style,
)
from sekretariat.reports.warehouse import count, d, day_short, facts, with_copy

if TYPE_CHECKING:
    from sekretariat.services.warehouse.count_papers import (
        VarianceLine,
        VarianceSheetData,
    )

#: Column widths in mm of the results table; the item's name takes what is left.
_COLUMNS_MM = (8, 0, 18, 20, 20, 20, 24, 29, 27, 48)
#: Signature boxes per row: the counters, the coordinator and the chair share
#: one row while they fit; more counters wrap to rows of their own.
_SIGNERS_PER_ROW = 5


def signed(quantity: int) -> str:
    """A difference with its sign: +10, -60, 0."""
    return f"+{count(quantity)}" if quantity > 0 else ("0" if quantity == 0 else
                                                       f"-{count(-quantity)}")


def when(moment: dt.datetime) -> str:
    """"23 Nov 2026 10.15"."""
    return f"{day_short(moment.date())} {moment:%H.%M}"


def _head(data: VarianceSheetData, width: float) -> list:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    st = styles()
    p, e = Paragraph, escape
    story: list = [p(e(d("whdoc.opn_title")), st["title"]),
                   p(e(d("whdoc.number", number=data.number)), st["subtitle"])]
    if not data.approved:
        red = ParagraphStyle("opn_draft", parent=st["body"], fontName=FONT_BOLD, fontSize=12,
                             leading=16, textColor="#C00000", alignment=TA_CENTER,
                             spaceAfter=6)
        story.append(p(e(d("whdoc.opn_draft")), red))
    place = d("whdoc.opn_intro_place", place=data.place) if data.place else ""
    story += [p(e(d("whdoc.opn_intro", weekday=weekday_id(data.counted_on),
                    day=date_id(data.counted_on), place=place, time=data.counted_at)),
                st["justify"]), Spacer(1, 2 * mm)]
    where = data.place or "-"
    if data.other_places:
        where = d("whdoc.opn_other_places", place=where, others=", ".join(data.other_places))
    counters = ", ".join(d("whdoc.opn_counter_lines", name=name, lines=lines)
                         for name, lines in data.counters)
    status = d("whdoc.opn_status_approved" if data.approved else "whdoc.opn_status_draft")
    left = [(d("whdoc.opn_day"), e(date_id(data.counted_on))),
            (d("whdoc.opn_cutoff"), f"<b>{e(data.counted_at)}</b>"),
            (d("whdoc.opn_place"), e(where)),
            (d("whdoc.opn_opened_by"), e(data.opened_by))]
    right = [(d("whdoc.opn_counters"), e(counters or "-")),
             (d("whdoc.opn_status"), f"<b>{e(status)}</b>")]
    if data.note:
        right.append((d("whdoc.opn_note"), e(data.note)))
    return [*story, side_by_side(facts(left, width * 0.42, 32),
                                 facts(right, width * 0.55, 42), width)]


def side_by_side(left, right, width: float, share: float = 0.45):
    """Two flowables next to each other, the left taking ``share`` of the width."""
    from reportlab.platypus import Table, TableStyle

    table = Table([[left, right]], colWidths=[width * share, width * (1 - share)],
                  hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _widths(width: float) -> list[float]:
    from reportlab.lib.units import mm

    widths = [w * mm for w in _COLUMNS_MM]
    widths[1] = width - sum(widths)
    return widths


def _remark(line: VarianceLine) -> str:
    if line.posted_as:
        return d("whdoc.opn_posted_as", number=line.posted_as)
    if line.later_movement:
        return d("whdoc.opn_later", number=line.later_movement)
    return ""


def _results(data: VarianceSheetData, width: float):
    """One row per item counted, then the totals."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    p, e = Paragraph, escape
    cell = ParagraphStyle("opn_cell", parent=styles()["cell"], fontSize=8.5, leading=10.5)
    right = ParagraphStyle("opn_right", parent=cell, alignment=TA_RIGHT)
    head = ParagraphStyle("opn_head", parent=cell, fontName=FONT_BOLD, fontSize=8, leading=9.5)
    head_right = ParagraphStyle("opn_head_right", parent=head, alignment=TA_RIGHT)
    titles = ["whdoc.no", "whdoc.item", "whdoc.opn_unit", "whdoc.opn_book",
              "whdoc.opn_counted", "whdoc.opn_variance", "whdoc.opn_larger",
              "whdoc.opn_unit_cost", "whdoc.opn_value", "whdoc.opn_remark"]
    body = [[p(e(d(key)), head if i in (1, 2, 9) else head_right)
             for i, key in enumerate(titles)]]
    for number, line in enumerate(data.lines, start=1):
        name = (f"{e(line.name)}<br/><font size=\"7\" color=\"#555555\">{e(line.code)}"
                "</font>")
        cost = (d("whdoc.opn_no_cost") if line.unit_cost is None
                else f"{rp(line.unit_cost)}/{line.base_unit}")
        body.append([str(number), p(name, cell), p(e(line.base_unit), cell),
                     count(line.book_qty), count(line.counted),
                     p(f"<b>{signed(line.variance)}</b>", right), p(e(line.larger), right),
                     p(e(cost), right), p(f"<b>{rp(line.variance_value)}</b>", right),
                     p(e(_remark(line)), cell)])
    body.append(["", p(f"<b>{e(d('whdoc.opn_total'))}</b>", cell), "", "", "", "", "", "",
                 p(f"<b>{rp(data.total_value)}</b>", right), ""])
    table = Table(body, colWidths=_widths(width), repeatRows=1)
    table.setStyle(TableStyle(table_style(money_columns=[0, 3, 4, 5, 6, 7, 8]) + [
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD), ("SPAN", (1, -1), (7, -1))]))
    return table


def _summary(data: VarianceSheetData, width: float) -> list:
    """The totals: items, short, over, net, in words."""
    from reportlab.platypus import Paragraph

    e = escape
    differ = sum(1 for line in data.lines if line.variance)
    rows = [(d("whdoc.opn_items"), e(d("whdoc.opn_items_value", count=len(data.lines),
                                       differ=differ))),
            (d("whdoc.opn_shortage"), rp(data.shortage)),
            (d("whdoc.opn_surplus"), rp(data.surplus)),
            (d("whdoc.opn_net"), f"<b>{rp(data.total_value)}</b>"),
            (d("whdoc.opn_in_words"),
             f"<i>{e(capitalize(rupiah_words(data.total_value)))}</i>")]
    return [Paragraph(e(d("whdoc.opn_summary")), styles()["heading"]), facts(rows, width, 32)]


def _approval(data: VarianceSheetData, width: float) -> list:
    """Who approved in which capacity and when, and when the variances posted."""
    from reportlab.platypus import Paragraph

    e = escape

    def approved(name: str, moment: dt.datetime | None) -> str:
        if not name or moment is None:
            return e(d("whdoc.opn_pending"))
        return e(d("whdoc.opn_approved_by", name=name, when=when(moment)))

    posted = (e(d("whdoc.opn_posted_on", when=when(data.posted_at),
                  day=day_short(data.counted_on))) if data.posted_at is not None
              else e(d("whdoc.opn_not_posted")))
    rows = [(d("whdoc.opn_by_coordinator"), approved(data.coordinator, data.coordinator_at)),
            (d("whdoc.opn_by_chair"), approved(data.chair, data.chair_at)),
            (d("whdoc.opn_posted"), posted)]
    return [Paragraph(e(d("whdoc.opn_approval")), styles()["heading"]), facts(rows, width, 38)]


def _not_counted(data: VarianceSheetData) -> list:
    from reportlab.platypus import Paragraph

    st = styles()
    e = escape
    if data.not_counted:
        text = "; ".join(d("whdoc.opn_not_counted_row", name=name, quantity=count(quantity),
                           unit=unit) for name, quantity, unit in data.not_counted)
    else:
        text = d("whdoc.opn_all_counted")
    return [Paragraph(f"<b>{e(d('whdoc.opn_not_counted'))}:</b> {e(text)}", st["body"])]


def _signature_rows(data: VarianceSheetData, width: float) -> list:
    """Boxes for each counter, the coordinator and the chair: one row while
    they fit, else the counters in rows of their own and the two approvers."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    counters = [(d("whdoc.opn_sign_counter"), d("whdoc.opn_role_counter"), name)
                for name, _ in data.counters]
    approvers = [(d("whdoc.opn_sign_checked"), d("whdoc.role_coordinator"),
                  data.coordinator_signer),
                 (d("whdoc.opn_sign_approved"), d("whdoc.role_chair"), data.chair_signer)]
    per_row = _SIGNERS_PER_ROW
    if len(counters) + len(approvers) <= per_row:
        groups = [counters + approvers]
    else:
        groups = [counters[i:i + per_row] for i in range(0, len(counters), per_row)]
        groups.append(approvers)
    found: list = []
    for group in groups:
        table = signatures(group, width / per_row * len(group))
        table.hAlign = "CENTER"
        found += [Spacer(1, 4 * mm), table]
    return found


def variance_story(data: VarianceSheetData, width: float) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    st = styles()
    p, e = Paragraph, escape
    story = _head(data, width)
    story.append(p(e(d("whdoc.opn_results")), st["heading"]))
    if data.lines:
        story.append(_results(data, width))
    else:
        story.append(p(e(d("whdoc.opn_no_lines")), st["body"]))
    story += [Spacer(1, 1 * mm), p(e(d("whdoc.opn_explain")), st["small"]),
              side_by_side(_summary(data, width * 0.46),
                           [*_approval(data, width * 0.5), Spacer(1, 2 * mm),
                            *_not_counted(data)], width, 0.48)]
    # the closing and the signatures stay together with what precedes them
    tail = [Spacer(1, 3 * mm), p(e(d("whdoc.opn_closing")), st["body"]),
            *_signature_rows(data, width)]
    return keep_with_previous(story, tail)


def build_variance_sheet(path: str | Path, data: VarianceSheetData,
                         letterhead: Letterhead) -> Path:
    """Write the Berita Acara Stok Opname to ``path`` (A4 landscape, Indonesian)."""
    return build_landscape(path, lambda width: variance_story(data, width),
                           title=d("whdoc.opn_doc_title", number=data.number),
                           letterhead=with_copy(letterhead, data.reprint),
                           subject=f"{data.number} · {day_short(data.counted_on)} {data.counted_at}")
