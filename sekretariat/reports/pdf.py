"""The common frame of every PDF: embedded DejaVu fonts (never Helvetica),
the market's name in the header, "Halaman X dari Y" in the footer, metadata.

Documents build a list of flowables with ``styles()`` and hand it to
``build_pdf``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sekretariat import clock
from sekretariat.i18n import get_language, t_in
from sekretariat.i18n.formats import fmt_datetime

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the bundled TTFs and make them every default, so no base-14
    font (Helvetica) is ever referenced."""
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources.files("sekretariat.reports") / "fonts"
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                           (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
        with resources.as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)
    for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT_ITALIC),
                               (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, name)
    rl_config.canvas_basefontname = FONT
    rl_config.defaultGraphicsFontName = FONT
    # Modules imported before this ran (by any other code in the process) took
    # Helvetica as their default when they were imported: set theirs too.
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import doctemplate, tables

    ParagraphStyle.defaults["fontName"] = FONT
    ParagraphStyle.defaults["bulletFontName"] = FONT
    tables.CellStyle.fontname = FONT
    doctemplate._baseFontName, doctemplate._baseFontNameB = FONT, FONT_BOLD


@dataclass(frozen=True)
class Letterhead:
    """What heads every page: from the market profile."""

    market_name: str
    address: str = ""
    managing_org: str = ""
    printed_by: str = ""   # who printed it, named in the footer
    copy_label: str = ""   # "SALINAN" on a document printed again, stamped on every page


def styles() -> dict:
    """Paragraph styles in DejaVu: body, small, title, heading, right, center."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14)
    return {
        "body": body,
        "justify": ParagraphStyle("justify", parent=body, alignment=TA_JUSTIFY),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=14,
                                leading=18, alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER, spaceAfter=10),
        "heading": ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=11,
                                  leading=15, spaceBefore=8, spaceAfter=4),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
        "cell_right": ParagraphStyle("cell_right", parent=body, fontSize=9, leading=11,
                                     alignment=TA_RIGHT),
    }


def table_style(*, header: bool = True, money_columns: Sequence[int] = ()) -> list:
    """A plain ruled table style in DejaVu, bold header row."""
    from reportlab.lib import colors

    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4"))]
    for column in money_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    return commands


def numbered_canvas_class(letterhead: Letterhead, footer_note: str, show_header: bool,
                          language: str | None = None):
    """A canvas that stamps the letterhead and "Halaman X dari Y" on every page;
    ``language`` fixes the footer's language (documents are Indonesian)."""
    from reportlab.pdfgen.canvas import Canvas

    def _stamp_width() -> float:
        """Room the SALINAN / SEMENTARA stamp takes at the right of the header."""
        if not letterhead.copy_label:
            return 0
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(letterhead.copy_label, FONT_BOLD, 14) + 12

    class NumberedCanvas(Canvas):
        """Keeps each page until the end, then stamps "Halaman X dari Y"."""

        def __init__(self, *args, **kwargs):
            kwargs.setdefault("initialFontName", FONT)
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            margin = 15 * 2.8346  # 15 mm in points
            self.saveState()
            if show_header:
                self.setFont(FONT_BOLD, 9)
                self.drawString(margin, height - margin + 12, letterhead.market_name)
                self.setFont(FONT, 7)
                sub = " · ".join(p for p in (letterhead.managing_org, letterhead.address) if p)
                if sub:
                    self.drawString(margin, height - margin + 3,
                                    _fitted(sub[:150], width - 2 * margin - _stamp_width()))
                self.setLineWidth(0.4)
                self.line(margin, height - margin, width - margin, height - margin)
            if letterhead.copy_label:
                self.setFont(FONT_BOLD, 14)
                self.setFillColorRGB(0.75, 0, 0)
                self.drawRightString(width - margin, height - margin + 10, letterhead.copy_label)
                self.setFillColorRGB(0, 0, 0)
            self.setFont(FONT, 7)
            self.drawString(margin, margin - 14, footer_note[:120])
            self.drawRightString(width - margin, margin - 14,
                                 t_in(language or get_language(), "pdf.page_of",
                                      page=self._pageNumber, total=total))
            self.restoreState()

    return NumberedCanvas


def build_pdf(path: str | Path, story: list, *, title: str, letterhead: Letterhead,
              author: str = "", subject: str = "", pagesize=None, margins_mm: float = 15,
              show_header: bool = True, language: str | None = None,
              on_progress: Callable[[int], None] | None = None) -> Path:
    """Write ``story`` to ``path`` as a PDF with the common frame. ``language``
    fixes the frame's words (footer) whatever the interface language is."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    margin = margins_mm * mm
    doc = SimpleDocTemplate(
        str(target), pagesize=pagesize or A4, title=title, author=author or
        letterhead.market_name, subject=subject, creator="Sekretariat",
        leftMargin=margin, rightMargin=margin, topMargin=margin + (8 * mm if show_header else 0),
        bottomMargin=margin + 4 * mm, initialFontName=FONT, lang="id")
    when = fmt_datetime(clock.now())
    footer = (t_in(language or get_language(), "pdf.printed_by", when=when,
                   who=letterhead.printed_by) if letterhead.printed_by
              else t_in(language or get_language(), "pdf.printed_at", when=when))
    doc.build(story, canvasmaker=numbered_canvas_class(letterhead, footer, show_header,
                                                        language))
    if on_progress:
        on_progress(100)
    return target


def keep_with_previous(story: list, tail: list) -> list:
    """``story`` + ``tail`` with ``tail`` (a signature block, a footnote) kept
    on one page with the last flowable before it that is not a Spacer, so it
    never stands alone at the top of a page."""
    from reportlab.platypus import KeepTogether, Spacer

    story = list(story)
    moved: list = []
    while story:
        moved.insert(0, story.pop())
        if not isinstance(moved[0], Spacer):
            break
    return [*story, KeepTogether([*moved, *tail])]


def landscape_width(margins_mm: float = 15) -> float:
    """The width a story has on A4 landscape inside the common frame (its
    6 pt padding each side)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm

    return landscape(A4)[0] - 2 * margins_mm * mm - 12


def build_landscape(path: str | Path, story_of: Callable[[float], list], *, title: str,
                    letterhead: Letterhead, subject: str = "", language: str = "id") -> Path:
    """A4 landscape document: ``story_of(width)`` laid out in the common frame."""
    from reportlab.lib.pagesizes import A4, landscape

    return build_pdf(path, story_of(landscape_width()), title=title, letterhead=letterhead,
                     subject=subject, pagesize=landscape(A4), language=language)


def _fitted(text: str, room: float, size: float = 7) -> str:
    """``text`` cut (with '…') to fit ``room`` points in the regular font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, FONT, size) <= room:
        return text
    while text and stringWidth(text + "…", FONT, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"
