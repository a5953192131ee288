"""The annual report's own pages: the cover, the contents, the one-page
summary of key indicators (this period, the comparative one, the change)
and the signature page with what lets the owner verify the report (the
fingerprint of the figures, the audit log's and the journal's positions and
the metadata the PDF carries)."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from sekretariat.reports.reports.annual_blocks import (
    GREY_TEXT,
    facts,
    gap,
    grid,
    h2,
    p,
    rich,
    st,
)
from sekretariat.reports.reports.annual_format import (
    DASH,
    d,
    date_long,
    num,
    pct,
    period_label,
    points,
    relative,
    rp,
    signed_num,
    signed_pct,
    signed_rp,
)
from sekretariat.reports.reports.annual_sections import Chapter

if TYPE_CHECKING:
    from sekretariat.services.reports.report_types import Indicator, ReportData

MM = 2.8346


def kind_title(data: ReportData) -> str:
    """'Laporan Tahunan' or 'Laporan Bulanan' (any other span: 'Laporan Periodik')."""
    key = {"annual": "annualdoc.kind_annual", "monthly": "annualdoc.kind_monthly"}.get(
        data.kind, "annualdoc.kind_span")
    return d(key)


def previous_label(data: ReportData) -> str:
    """The comparative column's heading: '2025', 'Nov 2025', or the same days a
    year before."""
    from sekretariat.reports.reports.annual_format import SHORT_MONTHS

    period = data.cover.period
    if period.kind == "year":
        return str(period.start.year - 1)
    if period.kind == "month":
        return f"{SHORT_MONTHS[period.start.month - 1]} {period.start.year - 1}"
    return d("annualdoc.previous_span")


# --- the cover -----------------------------------------------------------------------

def cover(data: ReportData) -> list:
    from reportlab.platypus import Spacer

    c = data.cover
    found: list = [Spacer(1, 38 * MM), p(kind_title(data).upper(), "cover_kind"), gap(4),
                   p(c.market_name, "cover_market")]
    if c.market_address:
        found.append(p(c.market_address, "cover_label"))
    found += [gap(6), rule(), gap(6), p(period_label(c.period), "cover_period"),
              p(f"{date_long(c.period.start)} {DASH} {date_long(c.period.end)}",
                "cover_label")]
    if c.provisional:
        found += [gap(8), p(d("annualdoc.provisional_stamp"), "provisional"),
                  p(d("annualdoc.provisional_explain"), "cover_label")]
    found += [gap(40 if not c.provisional else 26),
              p(d("annualdoc.cover_manager"), "cover_label"), p(c.manager, "cover_text"),
              gap(6), p(d("annualdoc.cover_owner"), "cover_label"),
              p(c.asset_owner, "cover_text"), gap(30),
              p(d("annualdoc.cover_made", day=date_long(c.made_at.date()), who=c.made_by),
                "cover_label")]
    return found


def rule():
    """A short coloured line across the middle of the cover."""
    from reportlab.lib import colors
    from reportlab.platypus.flowables import HRFlowable

    return HRFlowable(width="40%", thickness=1.5, color=colors.HexColor("#1F3F5F"),
                      hAlign="CENTER")


def contents():
    """The contents page: filled by the document template's second pass."""
    from reportlab.platypus.tableofcontents import TableOfContents

    toc = TableOfContents()
    toc.levelStyles = [st()["toc0"], st()["toc1"]]
    toc.dotsMinLevel = 0
    return [p(d("annualdoc.contents"), "title"), gap(4), toc]


# --- the key indicators ---------------------------------------------------------------

def _value(indicator: Indicator, value) -> str:
    if value is None:
        return f'<font color="{GREY_TEXT}"><i>{escape(d("annualdoc.not_measured"))}</i></font>'
    if indicator.unit == "rupiah":
        return rp(value)
    if indicator.unit == "share":
        return escape(pct(value))
    if indicator.unit == "change":
        return escape(signed_pct(value))
    if isinstance(value, Fraction) and value.denominator != 1:
        return escape(pct(value))            # an unknown unit with a share in it
    return num(int(value))


def _change(indicator: Indicator) -> tuple[str, str]:
    """The change and, for amounts and counts, the change relative to before."""
    value, previous = indicator.value, indicator.previous
    if value is None or previous is None:
        return DASH, ""
    if indicator.unit in ("share", "change"):
        return points(value - previous), ""
    difference = int(value) - int(previous)
    absolute = signed_rp(difference) if indicator.unit == "rupiah" else signed_num(difference)
    return absolute, signed_pct(relative(int(value), int(previous)))


def summary_chapter(data: ReportData, width: float) -> Chapter:
    c = data.cover
    rows = [[p(d("annualdoc.col_indicator"), "head8"),
             p(period_label(c.period), "head8_right"),
             p(previous_label(data), "head8_right"),
             p(d("annualdoc.col_change"), "head8_right"),
             p(d("annualdoc.col_change_share"), "head8_right")]]
    for indicator in data.indicators:
        change, share = _change(indicator)
        rows.append([p(indicator.label, "cell8"),
                     rich(f"<b>{_value(indicator, indicator.value)}</b>", "cell8_right"),
                     rich(_value(indicator, indicator.previous), "cell8_right"),
                     p(change, "cell8_right"), p(share, "cell8_right")])
    found: list = [p(d("annualdoc.summary_intro", period=period_label(c.period),
                       previous=previous_label(data)), "justify"), gap(2)]
    if data.indicators:
        money, share = 31 * MM, 17 * MM
        found.append(grid(rows, [width - 3 * money - share, money, money, money, share],
                          right=(1, 2, 3, 4)))
        found.append(p(d("annualdoc.summary_note"), "caption"))
    else:
        found.append(p(d("annualdoc.summary_none"), "nothing"))
    return Chapter(d("annualdoc.ch_summary"), found, True)


# --- the signature page -----------------------------------------------------------------

def signature_chapter(data: ReportData, metadata: str, width: float) -> Chapter:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph

    from sekretariat.reports.cash.voucher import signatures

    c, sig = data.cover, data.signature
    found: list = [p(d("annualdoc.sign_intro", kind=kind_title(data), market=c.market_name,
                       period=period_label(c.period), manager=c.manager,
                       owner=c.asset_owner), "justify")]
    if c.provisional:
        found += [gap(3), p(d("annualdoc.provisional_stamp"), "provisional"),
                  p(d("annualdoc.provisional_explain"), "center")]
    right = ParagraphStyle("sign_place", parent=st()["body"], alignment=TA_RIGHT)
    found += [gap(10), Paragraph(escape(sig.place_and_date), right), gap(4),
              signatures([(d("annualdoc.sign_known"), d("annualdoc.role_chair"),
                           sig.chair_name),
                          (d("annualdoc.sign_made"), d("annualdoc.role_treasurer"),
                           sig.treasurer_name)], width)]
    check = facts([
        (d("annualdoc.fingerprint"), f"<b>{escape(sig.fingerprint)}</b>"),
        (d("annualdoc.audit_position"), num(sig.audit_position)),
        (d("annualdoc.journal_position"), num(sig.journal_position)),
        (d("annualdoc.made"), escape(d("annualdoc.made_value", who=c.made_by,
                                       when=c.made_at.strftime("%d/%m/%Y %H.%M"))))],
        width * 0.8, 0.45)
    found.append(KeepTogether([
        gap(14), h2(d("annualdoc.verify_title")), p(d("annualdoc.verify_text"), "justify"),
        gap(2), check, gap(2),
        rich(f"{escape(d('annualdoc.metadata'))}: <font name=\"DejaVuSans\" size=\"7.5\">"
             f"{escape(metadata)}</font>", "small"),
        gap(2), p(d("annualdoc.verify_command"), "small")]))
    return Chapter(d("annualdoc.ch_signature"), found, True)
