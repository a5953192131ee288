"""Tanda Terima Pengaduan: the complainant's receipt for a complaint, on an A5
page: number, when and how it was received, who complained, the category,
the place, the description, the response standard (acknowledge by, resolve
by), who received it, and two signatures. Fixed Indonesian (a record kept in
Indonesian whatever the UI language). Takes plain data (``ComplaintPaper``);
services/complaints/papers.py fills it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from sekretariat.i18n import t_in
from sekretariat.reports.leasing.receipt import date_id
from sekretariat.reports.pdf import FONT, Letterhead, build_pdf, styles


@dataclass(frozen=True)
class ComplaintPaper:
    number: str
    received_on: dt.date
    received_time: str          # "09:30"
    channel: str                # already a name: "Telepon"
    complainant: str
    complainant_phone: str
    category: str               # a name: "Kebersihan"
    place: str                  # a label: "Blok A"
    description: str
    ack_due_on: dt.date
    resolve_due_on: dt.date
    area: str                   # who answers it: "Fasilitas (staf/koordinator)"
    status: str                 # its status today, a name
    receiver: str               # who received it
    city: str = ""
    reprint: bool = False


def _t(key: str, **params) -> str:
    return t_in("id", key, **params)


def _story(data: ComplaintPaper, width: float) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = styles()
    p = Paragraph
    story: list = [p(escape(_t("cdoc.title")), st["title"]),
                   p(escape(_t("cdoc.number", number=data.number)), st["subtitle"])]
    received = _t("cdoc.received_value", day=date_id(data.received_on), time=data.received_time)
    complainant = data.complainant or _t("cdoc.anonymous")
    rows = [(_t("cdoc.received"), received), (_t("cdoc.channel"), data.channel),
            (_t("cdoc.complainant"), complainant)]
    if data.complainant_phone:
        rows.append((_t("cdoc.phone"), data.complainant_phone))
    rows += [(_t("cdoc.category"), data.category), (_t("cdoc.place"), data.place),
             (_t("cdoc.description"), data.description)]
    label_w = width * 0.4
    table = Table([[p(escape(a), st["cell"]), p(escape(b), st["cell"])] for a, b in rows],
                  colWidths=[label_w, width - label_w])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [table, p(escape(_t("cdoc.standard")), st["heading"])]
    standard = Table([[p(escape(a), st["cell"]), p(f"<b>{escape(b)}</b>", st["cell"])]
                      for a, b in ((_t("cdoc.ack_by"), date_id(data.ack_due_on)),
                                   (_t("cdoc.resolve_by"), date_id(data.resolve_due_on)),
                                   (_t("cdoc.handled_by"), data.area))],
                     colWidths=[label_w, width - label_w])
    standard.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 2),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story.append(standard)
    if data.reprint:
        from sekretariat import clock

        story.append(p(escape(f"{_t('cdoc.status_now', day=date_id(clock.today()))}: "
                              f"{data.status}"), st["small"]))
    story += [Spacer(1, 3 * mm), p(escape(_t("cdoc.note")), st["small"]), Spacer(1, 4 * mm)]
    place_date = _t("cdoc.place_date", city=data.city, day=date_id(data.received_on)) \
        if data.city else date_id(data.received_on)
    half = width / 2
    signatures = Table([["", p(escape(place_date), st["center"])],
                        [p(escape(_t("cdoc.complainant_sign")), st["center"]),
                         p(escape(_t("cdoc.receiver")), st["center"])],
                        ["", ""],
                        [p(escape(f"( {data.complainant or '.' * 24} )"), st["center"]),
                         p(escape(f"( {data.receiver} )"), st["center"])]],
                       colWidths=[half, half], rowHeights=[None, None, 16 * mm, None])
    signatures.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(signatures)
    return story


def build_complaint_receipt(path: str | Path, data: ComplaintPaper,
                            letterhead: Letterhead) -> Path:
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.units import mm

    margins = 12
    width = A5[0] - 2 * margins * mm - 12
    return build_pdf(path, _story(data, width), title=_t("cdoc.doc_title", number=data.number),
                     letterhead=letterhead, subject=data.number, pagesize=A5,
                     margins_mm=margins, language="id")
