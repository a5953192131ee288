"""Lembar Pembagian (distribution sheet) of a bulk round for the hand-out day,
A4 landscape: the round, the supplier and the day; what was ordered and what
arrived; the landed costs; then per item every trader's share (stalls,
request, exact quota, allocation, quantity in base units, charge at landed
cost, saving against retail, the invoice on their statement) with a column
wide enough for the recipient to sign; the totals; what goes to stock; and
who prepared it. Long lists flow over pages with the header row repeated.
A print again says SALINAN on every page.

Takes plain data (``round_docs.DistributionData``)."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from sekretariat.reports.cash.voucher import signatures
from sekretariat.reports.leasing.receipt import rp
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
    from sekretariat.services.warehouse.round_docs import (
        DistributionData,
        DistributionRow,
    )

#: Column widths in mm of a share table; the trader's name takes what is left.
_SHARE_MM = (8, 0, 18, 15, 15, 15, 17, 28, 26, 27, 48)
_SIGN_ROW_MM = 10     # room to sign on each row


def _diff(ordered: int, received: int) -> str:
    diff = received - ordered
    return f"+{count(diff)}" if diff > 0 else ("0" if diff == 0 else f"−{count(-diff)}")


def _supply(data: DistributionData, width: float):
    """What was ordered and received beside the landed costs, side by side."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = styles()
    cell, right = st["cell"], st["cell_right"]
    left_w, gap = width * 0.56, 8 * mm
    right_w = width - left_w - gap
    rows = [[d("whdoc.item"), d("whdoc.unit"), d("whdoc.ds_ordered"), d("whdoc.ds_got"),
             d("whdoc.ds_diff")]]
    for item, unit, ordered, received in data.received:
        rows.append([Paragraph(escape(item), cell), Paragraph(escape(unit), cell),
                     count(ordered), count(received), _diff(ordered, received)])
    widths = [0, 24 * mm, 20 * mm, 20 * mm, 18 * mm]
    widths[0] = left_w - sum(widths)
    received = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    received.setStyle(TableStyle(table_style(money_columns=[2, 3, 4])))

    if data.landed_costs:
        rows = [[d("whdoc.ds_description"), d("whdoc.amount")]]
        rows += [[Paragraph(escape(text), cell), rp(amount)]
                 for text, amount in data.landed_costs]
        total = sum(amount for _, amount in data.landed_costs)
        rows.append([d("whdoc.total"), Paragraph(f"<b>{rp(total)}</b>", right)])
        landed = Table(rows, colWidths=[right_w - 32 * mm, 32 * mm], repeatRows=1,
                       hAlign="LEFT")
        landed.setStyle(TableStyle(table_style(money_columns=[1]) + [
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)]))
    else:
        landed = Paragraph(escape(d("whdoc.ds_no_landed")), cell)
    heading = st["heading"]
    side = Table([[Paragraph(escape(d("whdoc.ds_received")), heading),
                   Paragraph(escape(d("whdoc.ds_landed")), heading)], [received, landed]],
                 colWidths=[left_w + gap, right_w], hAlign="LEFT")
    side.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return side


def _widths(width: float) -> list[float]:
    from reportlab.lib.units import mm

    widths = [w * mm for w in _SHARE_MM]
    widths[1] = width - sum(widths)
    return widths


def _share_styles() -> tuple:
    """(header, header right, cell, cell right) paragraph styles of a share
    table: small, so eleven columns fit across a landscape page."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    cell = ParagraphStyle("ds_cell", parent=styles()["cell"], fontSize=8, leading=10)
    head = ParagraphStyle("ds_head", parent=cell, fontName=FONT_BOLD, fontSize=7.5, leading=9)
    return (head, ParagraphStyle("ds_head_right", parent=head, alignment=TA_RIGHT), cell,
            ParagraphStyle("ds_right", parent=cell, alignment=TA_RIGHT))


def _share_style(**kwargs) -> list:
    """The ruled style of the share tables (and of the grand total under them)."""
    return table_style(**kwargs) + [("FONTSIZE", (0, 0), (-1, -1), 8),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 3)]


def _share_table(item: str, unit: str, rows: list[DistributionRow], width: float):
    """One item's shares: a row per trader with room to sign, and the item's total."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    p, e = Paragraph, escape
    head_style, head_right, cell, right = _share_styles()
    head = [e(d("whdoc.no")),
            f"{e(d('whdoc.ds_trader'))}<br/>{e(d('whdoc.ds_item_heading', item=item, unit=unit))}",
            e(d("whdoc.ds_stalls")), e(d("whdoc.ds_requested")),
            e(d("whdoc.ds_quota")), e(d("whdoc.ds_allocated")),
            e(d("whdoc.ds_base")), e(d("whdoc.ds_charge")), e(d("whdoc.ds_saving")),
            e(d("whdoc.ds_invoice")), e(d("whdoc.ds_signature"))]
    body = [[p(text, head_style if i in (1, 2, 9, 10) else head_right)
             for i, text in enumerate(head)]]
    for number, row in enumerate(rows, start=1):
        body.append([str(number), p(e(row.trader_name), cell), p(e(row.stall_codes), cell),
                     count(row.requested), row.quota, count(row.allocated),
                     p(e(row.base_quantity), right), rp(row.charge), rp(row.saving),
                     p(e(row.invoice_number), cell), ""])
    body.append(["", p(f"<b>{e(d('whdoc.ds_item_total', item=item))}</b>", cell), "",
                 count(sum(r.requested for r in rows)), "",
                 count(sum(r.allocated for r in rows)), "",
                 rp(sum(r.charge for r in rows)), rp(sum(r.saving for r in rows)), "", ""])
    heights = [0] + [_SIGN_ROW_MM * mm] * len(rows) + [0]
    table = Table(body, colWidths=_widths(width), minRowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle(_share_style(money_columns=[0, 3, 4, 5, 6, 7, 8]) + [
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("VALIGN", (0, 1), (-1, -2), "MIDDLE"),
        ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD), ("FONTNAME", (5, 1), (5, -1), FONT_BOLD)]))
    return table


def distribution_story(data: DistributionData, width: float) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = styles()
    p, e = Paragraph, escape
    story: list = [p(e(d("whdoc.ds_title")), st["title"])]
    if data.title:
        story.append(p(e(data.title), st["subtitle"]))
    story += [facts([(d("whdoc.round"), f"<b>{e(data.round_number)}</b>"),
                     (d("whdoc.supplier"), e(data.supplier_name)),
                     (d("whdoc.ds_handed_out"), e(day_short(data.handed_out_on)))], width, 42),
              Spacer(1, 3 * mm), _supply(data, width),
              p(e(d("whdoc.ds_shares")), st["heading"])]
    if not data.rows:
        story.append(p(e(d("whdoc.ds_no_rows")), st["body"]))
    for (item, unit), group in groupby(data.rows, key=lambda r: (r.item_name, r.unit)):
        story += [_share_table(item, unit, list(group), width), Spacer(1, 3 * mm)]

    total = Table([["", p(f"<b>{e(d('whdoc.ds_grand_total'))}</b>", st["cell"]), "", "", "",
                    "", "", rp(data.total_charge), rp(data.total_saving), "", ""]],
                  colWidths=_widths(width))
    total.setStyle(TableStyle(_share_style(header=False, money_columns=[7, 8]) + [
        ("FONTNAME", (0, 0), (-1, -1), FONT_BOLD), ("SPAN", (1, 0), (6, 0))]))
    story.append(total)
    # the totals in words, the surplus and who prepared it stay together, with
    # the grand total row, on the last page
    tail = [Spacer(1, 2 * mm),
            p(e(d("whdoc.ds_totals", charge=rp(data.total_charge),
                  saving=rp(data.total_saving))), st["body"]),
            p(e(d("whdoc.ds_surplus")), st["heading"])]
    if data.surplus:
        rows = [[d("whdoc.item"), d("whdoc.unit"), d("whdoc.amount")]]
        rows += [[p(e(item), st["cell"]), p(e(unit), st["cell"]), count(units)]
                 for item, unit, units in data.surplus]
        surplus = Table(rows, colWidths=[70 * mm, 30 * mm, 24 * mm], repeatRows=1,
                        hAlign="LEFT")
        surplus.setStyle(TableStyle(table_style(money_columns=[2])))
        tail.append(surplus)
    else:
        tail.append(p(e(d("whdoc.ds_no_surplus")), st["body"]))
    sign = signatures([(d("whdoc.ds_sign_prepared"), d("whdoc.role_coordinator"),
                        data.prepared_by)], width / 3)
    sign.hAlign = "RIGHT"
    tail += [Spacer(1, 3 * mm), p(e(d("whdoc.ds_note")), st["small"]), Spacer(1, 4 * mm), sign]
    return keep_with_previous(story, tail)


def build_distribution_sheet(path: str | Path, data: DistributionData,
                             letterhead: Letterhead) -> Path:
    """Write the distribution sheet to ``path`` (A4 landscape, Indonesian)."""
    return build_landscape(path, lambda width: distribution_story(data, width),
                           title=d("whdoc.ds_doc_title", number=data.round_number),
                           letterhead=with_copy(letterhead, data.reprint),
                           subject=f"{data.title} · {day_short(data.handed_out_on)}")
