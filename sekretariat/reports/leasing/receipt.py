"""Kwitansi (payment receipt) for a small printer: an 80 mm roll (the page is
as tall as its content) or A6. Also the Indonesian words every document
needs: ``terbilang`` (number words), dates in words, percentages in words.

The text of the document is fixed Indonesian (a receipt is a legal record
kept in Indonesian whatever the UI language). The report takes plain data
(``ReceiptData``); services/documents.py fills it from the services.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from sekretariat import clock
from sekretariat.i18n import t_in
from sekretariat.money import format_rupiah
from sekretariat.reports.pdf import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    Letterhead,
    numbered_canvas_class,
    register_fonts,
    styles,
)

WIDTHS = ("80mm", "A6")

# --- Indonesian words ----------------------------------------------------------

_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
          "sepuluh", "sebelas")
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words += [_UNITS[hundreds], "ratus"]
    if rest == 0:
        pass
    elif rest < 12:
        words.append(_UNITS[rest])
    elif rest < 20:
        words += [_UNITS[rest - 10], "belas"]
    else:
        tens, unit = divmod(rest, 10)
        words += [_UNITS[tens], "puluh"]
        if unit:
            words.append(_UNITS[unit])
    return words


def terbilang(n: int) -> str:
    """Indonesian number words: 1250000 -> "satu juta dua ratus lima puluh ribu";
    11 -> "sebelas", 100 -> "seratus", 1000 -> "seribu", 0 -> "nol"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError("terbilang takes an int")
    if n < 0:
        return "minus " + terbilang(-n)
    if n == 0:
        return "nol"
    words: list[str] = []
    rest = n
    for value, name in _SCALES:
        count, rest = divmod(rest, value)
        if not count:
            continue
        if value == 1000 and count == 1:
            words.append("seribu")
        elif count >= 1000:  # beyond 999 triliun: "seribu triliun"
            words += [terbilang(count), name]
        else:
            words += [*_below_thousand(count), name]
    words += _below_thousand(rest)
    return " ".join(words)


def rupiah_words(amount: int) -> str:
    """"satu juta dua ratus lima puluh ribu rupiah"."""
    return f"{terbilang(amount)} rupiah"


def rp(amount: int) -> str:
    """Rupiah in Indonesian notation whatever the UI language: Rp1.250.000."""
    return format_rupiah(amount, "id")


def date_id(day: dt.date) -> str:
    """"23 November 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def date_words(day: dt.date) -> str:
    """"dua puluh tiga November dua ribu dua puluh enam"."""
    return f"{terbilang(day.day)} {MONTHS[day.month - 1]} {terbilang(day.year)}"


def weekday_id(day: dt.date) -> str:
    return WEEKDAYS[day.weekday()]


def decimal_words(hundredths: int) -> tuple[str, str]:
    """A value in hundredths (250 -> 2,5) as (figure, words): ("2,5", "dua koma lima")."""
    whole, fraction = divmod(hundredths, 100)
    if not fraction:
        return str(whole), terbilang(whole)
    digits = f"{fraction:02d}".rstrip("0")
    return (f"{whole},{digits}",
            f"{terbilang(whole)} koma " + " ".join(terbilang(int(d)) for d in digits))


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- the receipt -------------------------------------------------------------

METHOD_NAMES = {"tunai": "Tunai", "transfer": "Transfer bank", "qris": "QRIS",
                "jaminan": "Potong uang jaminan"}


@dataclass(frozen=True)
class ReceiptItem:
    description: str  # "INV/2026/00001 — Sewa A-01, 1–30 Sep 2026"
    amount: int


@dataclass(frozen=True)
class ReceiptData:
    number: str
    paid_on: dt.date
    received_from: str
    amount: int
    items: tuple[ReceiptItem, ...]
    unapplied: int  # kept as credit on the account
    method: str
    reference: str
    cashier: str
    balance_after: int  # + still owed, - credit, as of balance_date
    balance_date: dt.date
    purpose: str = "account"  # or 'deposit'
    agreement_number: str = ""
    voided: bool = False
    voided_on: dt.date | None = None
    void_reason: str = ""
    void_number: str = ""


def _receipt_styles(narrow: bool) -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = styles()
    size = 8 if narrow else 8.5
    body = ParagraphStyle("r_body", parent=base["body"], fontSize=size, leading=size + 2.5)
    return {
        "body": body,
        "center": ParagraphStyle("r_center", parent=body, alignment=TA_CENTER),
        "small": ParagraphStyle("r_small", parent=body, fontSize=size - 1.5, leading=size + 0.5),
        "small_right": ParagraphStyle("r_small_r", parent=body, fontSize=size - 1.5,
                                      leading=size + 0.5, alignment=TA_RIGHT),
        "small_center": ParagraphStyle("r_small_c", parent=body, fontSize=size - 1.5,
                                       leading=size + 0.5, alignment=TA_CENTER),
        "market": ParagraphStyle("r_market", parent=body, fontName=FONT_BOLD,
                                 fontSize=size + 2, leading=size + 4, alignment=TA_CENTER),
        "title": ParagraphStyle("r_title", parent=body, fontName=FONT_BOLD, fontSize=size + 4,
                                leading=size + 7, alignment=TA_CENTER, spaceBefore=3),
        "amount": ParagraphStyle("r_amount", parent=body, fontName=FONT_BOLD,
                                 fontSize=size + 5, leading=size + 8, alignment=TA_CENTER,
                                 spaceBefore=2),
        "words": ParagraphStyle("r_words", parent=body, fontName=FONT_ITALIC,
                                alignment=TA_CENTER),
        "void": ParagraphStyle("r_void", parent=body, fontName=FONT_BOLD, fontSize=26,
                               leading=30, alignment=TA_CENTER, spaceBefore=2, spaceAfter=2),
    }


def _story(data: ReceiptData, letterhead: Letterhead, width: float, narrow: bool) -> list:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph, Spacer, Table, TableStyle

    st = _receipt_styles(narrow)
    p = Paragraph

    def rule(dash: bool = True):
        return HRFlowable(width="100%", thickness=0.5, color=colors.black,
                          dash=(2, 2) if dash else None, spaceBefore=3, spaceAfter=3)

    def pairs(rows: list[tuple[str, str]], bold_values: bool = False) -> Table:
        label_w = width * (0.36 if narrow else 0.32)
        value_style = st["body"]
        table = Table([[p(escape(a), st["body"]),
                        p(f"<b>{escape(b)}</b>" if bold_values else escape(b), value_style)]
                       for a, b in rows], colWidths=[label_w, width - label_w])
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return table

    story: list = [p(escape(letterhead.market_name), st["market"])]
    for line in (letterhead.managing_org, letterhead.address):
        if line:
            story.append(p(escape(line), st["small_center"]))
    story += [rule(False), p("KWITANSI", st["title"]),
              p(f"No. {escape(data.number)}", st["center"])]
    if letterhead.copy_label:
        story.append(p(f'<font color="#C00000">{escape(letterhead.copy_label)}</font>',
                       st["void"]))
    if data.voided:
        story.append(p('<font color="#C00000">BATAL</font>', st["void"]))
        detail = f"Dibatalkan {date_id(data.voided_on)}" if data.voided_on else "Dibatalkan"
        if data.void_number:
            detail += f" ({data.void_number})"
        if data.void_reason:
            detail += f": {data.void_reason}"
        story.append(p(f'<font color="#C00000">{escape(detail)}</font>', st["small_center"]))
    story.append(rule())
    story.append(pairs([("Tanggal", date_id(data.paid_on)),
                        ("Diterima dari", data.received_from)]))
    story += [Spacer(1, 1 * mm), p("Uang sejumlah", st["center"]),
              p(rp(data.amount), st["amount"]),
              p(escape(capitalize(rupiah_words(data.amount))), st["words"]), rule(),
              p("<b>Untuk pembayaran:</b>", st["body"])]
    items = list(data.items)
    if data.purpose == "deposit":
        items = [ReceiptItem(f"Uang jaminan sewa {data.agreement_number}".strip(), data.amount)]
    elif data.unapplied:
        items.append(ReceiptItem("Titipan (kelebihan bayar, menjadi kredit)", data.unapplied))
    if not items:
        items = [ReceiptItem("Pembayaran tagihan", data.amount)]
    amount_w = width * (0.36 if narrow else 0.3)
    table = Table([[p(escape(i.description), st["small"]), p(rp(i.amount), st["small_right"])]
                   for i in items], colWidths=[width - amount_w, amount_w])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story.append(table)
    story.append(rule())
    method = METHOD_NAMES.get(data.method, data.method)
    if data.reference:
        method += f" (ref. {data.reference})"
    if data.balance_after > 0:
        balance = ("Sisa tagihan", rp(data.balance_after))
    elif data.balance_after < 0:
        balance = ("Kredit", f"{rp(-data.balance_after)} (lebih bayar)")
    else:
        balance = ("Sisa tagihan", "Lunas")
    story.append(pairs([("Cara bayar", method),
                        (balance[0], f"{balance[1]}, per {date_id(data.balance_date)}")]))
    story += [Spacer(1, 2 * mm), p("Kasir,", st["center"]), Spacer(1, 9 * mm),
              p(f"( {escape(data.cashier)} )", st["center"]), Spacer(1, 2 * mm),
              p("Simpan kwitansi ini sebagai bukti pembayaran yang sah.", st["small_center"])]
    return story


def _receipt_canvas(letterhead: Letterhead, footer: str):
    """The frame's canvas (DejaVu, numbered pages) with a footer that fits a
    narrow page: the printed-at line centred, page numbers only past page 1."""
    base = numbered_canvas_class(letterhead, footer, False, "id")

    class ReceiptCanvas(base):
        def _decorate(self, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(FONT, 5.5)
            self.drawCentredString(width / 2, 10, textwrap.shorten(footer, 80, placeholder="…"))
            if total > 1:
                self.drawCentredString(width / 2, 3, t_in("id", "pdf.page_of",
                                                          page=self._pageNumber, total=total))
            self.restoreState()

    return ReceiptCanvas


def build_receipt(path: str | Path, data: ReceiptData, letterhead: Letterhead, *,
                  width: str = "80mm") -> Path:
    """Write the kwitansi; ``width`` "80mm" (roll, height fits the content) or "A6"."""
    from reportlab.lib.pagesizes import A6
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from sekretariat.i18n.formats import fmt_datetime

    if width not in WIDTHS:
        raise ValueError(width)
    register_fonts()
    narrow = width == "80mm"
    side, top, bottom = (4 * mm, 4 * mm, 9 * mm) if narrow else (8 * mm, 8 * mm, 10 * mm)
    page_w = 80 * mm if narrow else A6[0]
    frame_w = page_w - 2 * side - 12  # the frame's 6 pt padding each side
    story = _story(data, letterhead, frame_w, narrow)
    if narrow:
        height = 0.0
        for flowable in story:
            _, h = flowable.wrap(frame_w, 10_000)
            height += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        page_h = height + top + bottom + 12 + 6 * mm  # padding and a little slack
        story = _story(data, letterhead, frame_w, narrow)  # fresh flowables
    else:
        page_h = A6[1]
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(target), pagesize=(page_w, page_h), title=f"Kwitansi {data.number}",
        author=letterhead.market_name, subject=f"Kwitansi {data.received_from}",
        creator="Sekretariat", leftMargin=side, rightMargin=side, topMargin=top,
        bottomMargin=bottom, initialFontName=FONT, lang="id")
    when = fmt_datetime(clock.now())
    # the cashier who printed it is named, as on every other document
    footer = (t_in("id", "pdf.printed_by", when=when, who=letterhead.printed_by)
              if letterhead.printed_by else t_in("id", "pdf.printed_at", when=when))
    doc.build(story, canvasmaker=_receipt_canvas(letterhead, footer))
    return target
