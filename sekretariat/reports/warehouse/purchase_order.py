"""Surat Pesanan Pembelian (purchase order, PO/2026/00001) of a bulk round,
A4 portrait: the number and date, the round it is for, the supplier, what is
ordered at the bulk price (no, item, unit, quantity, unit price, amount) with
the total in figures and in words, the delivery note, and the signatures of
the warehouse coordinator ("Dipesan oleh") and the chair ("Disetujui").
A print again says SALINAN on every page.

Takes plain data (``round_docs.PurchaseOrderData``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from sekretariat.reports.cash.voucher import signatures
from sekretariat.reports.leasing.receipt import capitalize, rp, rupiah_words
from sekretariat.reports.pdf import (
    FONT_BOLD,
    Letterhead,
    build_pdf,
    keep_with_previous,
    styles,
    table_style,
)
from sekretariat.reports.warehouse import count, d, day_short, facts, with_copy

if TYPE_CHECKING:
    from sekretariat.services.warehouse.round_docs import PurchaseOrderData


def purchase_order_story(data: PurchaseOrderData, width: float) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = styles()
    p, e = Paragraph, escape
    cell, right, small = st["cell"], st["cell_right"], st["small"]
    story: list = [p(e(d("whdoc.po_title")), st["title"]),
                   p(e(d("whdoc.number", number=data.po_number)), st["subtitle"]),
                   facts([(d("whdoc.date"), e(day_short(data.ordered_on))),
                          (d("whdoc.round"), e(data.round_number))], width),
                   Spacer(1, 4 * mm)]

    supplier = [(d("whdoc.po_to"), f"<b>{e(data.supplier_name)}</b>")]
    supplier += [(d(key), e(value)) for key, value in (
        ("whdoc.po_address", data.supplier_address), ("whdoc.po_phone", data.supplier_phone),
        ("whdoc.po_contact", data.supplier_contact)) if value]
    story += [facts(supplier, width), Spacer(1, 4 * mm),
              p(e(d("whdoc.po_intro")), st["justify"]), Spacer(1, 2 * mm)]

    rows = [[d("whdoc.no"), d("whdoc.item"), d("whdoc.unit"), d("whdoc.po_qty"),
             d("whdoc.po_unit_price"), d("whdoc.amount")]]
    for number, line in enumerate(data.lines, start=1):
        content = d("whdoc.po_content", factor=count(line.factor), base_unit=line.base_unit)
        item = (f"{e(line.item_name)}<br/><font size=\"7\" color=\"#555555\">"
                f"{e(line.item_code)} · {e(content)}</font>")
        rows.append([str(number), p(item, cell), p(e(line.unit), cell),
                     p(count(line.quantity), right), p(rp(line.unit_price), right),
                     p(rp(line.amount), right)])
    rows.append([d("whdoc.total"), "", "", "", "", p(f"<b>{rp(data.total)}</b>", right)])
    fixed = [9 * mm, 0, 22 * mm, 24 * mm, 32 * mm, 34 * mm]
    fixed[1] = width - sum(fixed)
    table = Table(rows, colWidths=fixed, repeatRows=1)
    table.setStyle(TableStyle(table_style(money_columns=[3, 4, 5]) + [
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("SPAN", (0, -1), (4, -1)), ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)]))
    story += [table, Spacer(1, 2 * mm),
              facts([(d("whdoc.in_words"),
                      f"<i>{e(capitalize(rupiah_words(data.total)))}</i>")], width, 24)]
    if data.delivery_note:
        story += [Spacer(1, 3 * mm),
                  facts([(d("whdoc.po_delivery"), e(data.delivery_note))], width, 24)]
    story += [Spacer(1, 4 * mm), p(e(d("whdoc.po_closing")), small)]
    tail = [Spacer(1, 8 * mm),
            signatures([(d("whdoc.po_sign_ordered"), d("whdoc.role_coordinator"),
                         data.ordered_by),
                        (d("whdoc.po_sign_approved"), d("whdoc.role_chair"),
                         data.approved_by)], width)]
    return keep_with_previous(story, tail)


def build_purchase_order(path: str | Path, data: PurchaseOrderData,
                         letterhead: Letterhead) -> Path:
    """Write the purchase order to ``path`` (A4 portrait, Indonesian)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    width = A4[0] - 2 * 15 * mm - 12        # the frame's 6 pt padding each side
    return build_pdf(path, purchase_order_story(data, width),
                     title=d("whdoc.po_doc_title", number=data.po_number),
                     letterhead=with_copy(letterhead, data.reprint),
                     subject=f"{data.round_number} · {data.supplier_name}", language="id")
