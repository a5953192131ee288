"""The PDF annual (or monthly) report to the asset owner:
``write_report(path, data, metadata)`` lays out a ``ReportData`` (filled by
``services/reports``) on A4 portrait pages:

cover · contents (page numbers from a two-pass build) · one page of key
indicators · traders and stalls (income by source by month, occupancy,
arrears ageing) · parking · warehouse · bulk purchases · surveys ·
complaints · facilities (``annual_complaints``) · the SAK
EMKM statements with their notes · the signature page for the chair and
the treasurer with the fingerprint of the figures.

The common frame is ``reports.pdf``'s: embedded DejaVu only, the market's
name in the header, "Halaman X dari Y"; a provisional report says SEMENTARA
on every page (the header's stamp) and in its title. ``metadata`` goes into
the document's Keywords exactly as given and is printed on the signature
page. Fixed texts are Indonesian (the catalog's ``annualdoc.*`` keys)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sekretariat.reports.pdf import FONT, FONT_BOLD, Letterhead, numbered_canvas_class
from sekretariat.reports.reports.annual_blocks import H1, H2, h1
from sekretariat.reports.reports.annual_complaints import (
    complaints_chapter,
    facilities_chapter,
)
from sekretariat.reports.reports.annual_format import d, date_short, period_label
from sekretariat.reports.reports.annual_pages import (
    contents,
    cover,
    kind_title,
    signature_chapter,
    summary_chapter,
)
from sekretariat.reports.reports.annual_sections import (
    Chapter,
    bulk_chapter,
    leasing_chapter,
    parking_chapter,
    surveys_chapter,
    warehouse_chapter,
)
from sekretariat.reports.reports.annual_statements import statements_flowables

if TYPE_CHECKING:
    from sekretariat.services.reports.report_types import ReportData

MARGIN_MM = 15


def title_of(data: ReportData) -> str:
    """'Laporan Tahunan Pasar Sekojo Tahun 2026', '(SEMENTARA)' added while provisional."""
    title = d("annualdoc.doc_title", kind=kind_title(data), market=data.cover.market_name,
              period=period_label(data.cover.period))
    if data.cover.provisional:
        title += f" ({d('annualdoc.provisional_stamp')})"
    return title


def chapters(data: ReportData, metadata: str, width: float) -> list[Chapter]:
    statements = Chapter(d("annualdoc.ch_statements"),
                         statements_flowables(data.statements, width), True)
    return [summary_chapter(data, width), leasing_chapter(data, width),
            parking_chapter(data, width), warehouse_chapter(data, width),
            bulk_chapter(data, width), surveys_chapter(data, width),
            complaints_chapter(data, width), facilities_chapter(data, width), statements,
            signature_chapter(data, metadata, width)]


def story(data: ReportData, metadata: str, width: float) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, PageBreak

    found: list = [*cover(data), PageBreak(), *contents()]
    for number, chapter in enumerate(chapters(data, metadata, width), start=1):
        # one that has nothing in the period is one line: it need not take a page
        # (the summary keeps its page to itself)
        found.append(PageBreak() if chapter.has_data or number <= 2 else CondPageBreak(40 * mm))
        found += [h1(f"{number}. {chapter.title}"), *chapter.flowables]
    return found


def _document_class():
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    class ReportDocument(SimpleDocTemplate):
        """Collects the chapter and section headings for the contents page
        and the PDF outline (bookmarks)."""

        def beforeDocument(self):
            self._heading_number = 0

        def afterFlowable(self, flowable):
            if not isinstance(flowable, Paragraph) or flowable.style.name not in (H1, H2):
                return
            level = 0 if flowable.style.name == H1 else 1
            text = flowable.getPlainText()
            self._heading_number += 1
            key = f"h{self._heading_number}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, text, self.page, key))

    return ReportDocument


def _canvas_class(letterhead: Letterhead, footer: str):
    """The common numbered canvas; the cover carries only the SEMENTARA stamp."""
    base = numbered_canvas_class(letterhead, footer, True, "id")

    class ReportCanvas(base):  # type: ignore[misc, valid-type]
        def _decorate(self, total: int) -> None:
            if self._pageNumber != 1:
                super()._decorate(total)
                return
            if letterhead.copy_label:
                width, height = self._pagesize
                self.saveState()
                self.setFont(FONT_BOLD, 14)
                self.setFillColorRGB(0.75, 0, 0)
                margin = MARGIN_MM * 2.8346
                self.drawRightString(width - margin, height - margin + 10,
                                     letterhead.copy_label)
                self.restoreState()

    return ReportCanvas


def write_report(path: str | Path, data: ReportData, metadata: str) -> None:
    """Write the report to ``path`` (its folder is made when missing)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from sekretariat.reports.pdf import register_fonts

    register_fonts()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    c = data.cover
    margin = MARGIN_MM * mm
    width = A4[0] - 2 * margin - 12          # the frame's 6 pt padding each side
    letterhead = Letterhead(c.market_name, c.market_address, c.manager,
                            copy_label=d("annualdoc.provisional_stamp") if c.provisional
                            else "")
    footer = d("annualdoc.footer", kind=kind_title(data), period=period_label(c.period),
               fingerprint=data.signature.fingerprint, day=date_short(c.made_at.date()))
    document = _document_class()(
        str(target), pagesize=A4, title=title_of(data), author=c.manager or c.market_name,
        subject=d("annualdoc.subject", owner=c.asset_owner, period=period_label(c.period)),
        keywords=metadata, creator="Sekretariat", leftMargin=margin, rightMargin=margin,
        topMargin=margin + 8 * mm, bottomMargin=margin + 4 * mm, initialFontName=FONT,
        lang="id")
    document.multiBuild(story(data, metadata, width),
                        canvasmaker=_canvas_class(letterhead, footer))
