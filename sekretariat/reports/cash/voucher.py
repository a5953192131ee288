"""Bukti Kas Masuk / Bukti Kas Keluar: a cash voucher on half an A4 sheet
(A5 landscape): number, date, the cash account and the account on the other
side, who paid or was paid, what for, the amount in figures and in words,
signature lines (the treasurer and the other party; the chair too for money
going out), BATAL when voided. A print again says SALINAN (the letterhead).

Fixed Indonesian text (the catalog's ``cashdoc.*`` keys, in Indonesian); takes
plain data (``VoucherDoc``) filled by services/cash/documents.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from sekretariat.i18n import t_in
from sekretariat.reports.leasing.receipt import capitalize, date_id, rp, rupiah_words
from sekretariat.reports.pdf import FONT, Letterhead, build_pdf, styles


def d(key: str, **params) -> str:
    """A document text, in Indonesian."""
    return t_in("id", key, **params)


@dataclass(frozen=True)
class VoucherDoc:
    number: str
    money_in: bool
    transfer: bool          # between the drawer and the bank
    day: dt.date
    cash_account: str       # "Kas (1-100)"
    counter: str            # "5-100 Beban Kebersihan"
    party: str
    memo: str
    amount: int
    entry_number: str
    recorded_by: str
    recorded_at: str        # already formatted
    treasurer: str          # names on the signature lines ("" = to fill by hand)
    chair: str
    voided_on: dt.date | None = None
    void_reason: str = ""


def voucher_story(data: VoucherDoc, letterhead: Letterhead, width: float) -> list:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = styles()
    p, e = Paragraph, escape
    body = st["body"]
    red = ParagraphStyle("v_red", parent=body, textColor="#C00000", alignment=TA_CENTER)
    story: list = [p(d("cashdoc.voucher_in" if data.money_in else "cashdoc.voucher_out"),
                     st["title"]),
                   p(e(d("cashdoc.number", number=data.number)), st["subtitle"])]
    # SALINAN is stamped by the frame at the top of the page (the letterhead)
    if data.voided_on is not None:
        detail = d("cashdoc.void_detail", day=date_id(data.voided_on), reason=data.void_reason)
        story[-1] = p(f'{e(d("cashdoc.number", number=data.number))} · '
                      f'<font color="#C00000" size="14"><b>{d("cashdoc.void")}</b></font>',
                      st["subtitle"])
        story.append(p(e(detail), red))
    if data.transfer:
        counter_label = "cashdoc.counter_transfer"
    else:
        counter_label = "cashdoc.counter_in" if data.money_in else "cashdoc.counter_out"
    rows = [(d("cashdoc.date"), e(date_id(data.day))),
            (d("cashdoc.cash_account"), e(data.cash_account)),
            (d(counter_label), e(data.counter)),
            (d("cashdoc.party_in" if data.money_in else "cashdoc.party_out"),
             f"<b>{e(data.party or '-')}</b>"),
            (d("cashdoc.memo"), e(data.memo)),
            (d("cashdoc.amount"), f"<b>{rp(data.amount)}</b>"),
            (d("cashdoc.in_words"), f"<i>{e(capitalize(rupiah_words(data.amount)))}</i>")]
    label_w = 42 * mm
    table = Table([[p(label, body), p(":", body), p(value, body)] for label, value in rows],
                  colWidths=[label_w, 4 * mm, width - label_w - 4 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [table, Spacer(1, 1.5 * mm),
              p(e(d("cashdoc.entry", entry=data.entry_number, who=data.recorded_by,
                    when=data.recorded_at)), st["small"]),
              Spacer(1, 3 * mm), signatures(_signers(data), width)]
    return story


def _signers(data: VoucherDoc) -> list[tuple[str, str, str]]:
    """(heading, role, name) of each signature line, left to right."""
    if data.money_in:
        return [(d("cashdoc.sign_handed"), d("cashdoc.sign_payer"),
                 "" if data.transfer else data.party),
                (d("cashdoc.sign_received"), d("cashdoc.sign_treasurer"), data.treasurer)]
    return [(d("cashdoc.sign_approved"), d("cashdoc.sign_chair"), data.chair),
            (d("cashdoc.sign_paid"), d("cashdoc.sign_treasurer"), data.treasurer),
            (d("cashdoc.sign_received"), d("cashdoc.sign_payee"),
             "" if data.transfer else data.party)]


def signatures(signers: list[tuple[str, str, str]], width: float):
    """Signature columns: a heading, room to sign, ( name ) and the role."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    center = styles()["center"]
    blank = "(" + "\u00a0" * 30 + ")"
    cells = [[Paragraph(escape(heading), center) for heading, _, _ in signers],
             ["" for _ in signers],
             [Paragraph(escape(f"( {name} )") if name else blank, center)
              for _, _, name in signers],
             [Paragraph(f"<b>{escape(role)}</b>", center) for _, role, _ in signers]]
    table = Table(cells, colWidths=[width / len(signers)] * len(signers),
                  rowHeights=[None, 12 * mm, None, None])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def build_voucher(path: str | Path, data: VoucherDoc, letterhead: Letterhead) -> Path:
    from reportlab.lib.pagesizes import A5, landscape
    from reportlab.lib.units import mm

    page = landscape(A5)
    width = page[0] - 2 * 15 * mm - 12       # the frame's 6 pt padding each side
    title_key = "cashdoc.voucher_title_in" if data.money_in else "cashdoc.voucher_title_out"
    return build_pdf(path, voucher_story(data, letterhead, width),
                     title=d(title_key, number=data.number), letterhead=letterhead,
                     subject=data.memo, pagesize=page, language="id")
