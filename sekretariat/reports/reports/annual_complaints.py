"""The report's complaints and facilities chapters (issue 13): complaints by
category with the share answered within standard and the places with
repeated complaints and what was done; the facilities' condition at the end
by kind, the repairs in the period and the market's type (Permendag, SNI).
A chapter with nothing says so in one line, like the others."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from sekretariat.reports.reports.annual_blocks import facts, grid, h2, nothing, p
from sekretariat.reports.reports.annual_format import (
    d,
    date_long,
    date_short,
    num,
    pct,
    ratio,
)
from sekretariat.reports.reports.annual_sections import Chapter

if TYPE_CHECKING:
    from sekretariat.services.reports.report_types import ReportData


def _head(text: str, right: bool = True):
    return p(text, "head8_right" if right else "head8")


def _end(data: ReportData) -> str:
    return date_long(min(data.cover.period.end, data.cover.made_at.date()))


def _done(status: str, done: str) -> str:
    if status == "resolved":
        return done
    if status == "rejected":
        return d("annualdoc.cmp_rejected", reason=done)
    return d(f"annualdoc.cmp_open_{status}")


def complaints_chapter(data: ReportData, width: float) -> Chapter:
    title = d("annualdoc.ch_complaints")
    cmp = data.complaints
    if not cmp.has_data:
        return Chapter(title, [nothing(d("annualdoc.cmp_none"))], False)
    share = (d("annualdoc.cmp_no_closed") if cmp.share_within is None
             else pct(cmp.share_within))
    found: list = [facts([
        (d("annualdoc.cmp_total"), f"<b>{num(cmp.total)}</b>"),
        (d("annualdoc.cmp_closed"), num(cmp.closed)),
        (d("annualdoc.cmp_within"), num(cmp.within)),
        (d("annualdoc.cmp_share_within"), escape(share))], width * 0.7, 0.7),
        h2(d("annualdoc.cmp_by_category"))]
    rows = [[_head(d("annualdoc.cmp_col_category"), False), _head(d("annualdoc.cmp_col_count")),
             _head(d("annualdoc.col_share"))]]
    rows += [[d(f"complaints.category.{category}"), num(count), pct(ratio(count, cmp.total))]
             for category, count in cmp.by_category]
    rows.append([d("annualdoc.col_total"), num(cmp.total), pct(1 if cmp.total else None)])
    found.append(grid(rows, [width * 0.45, width * 0.2, width * 0.2], right=(1, 2),
                      bold_rows=[-1]))
    found.append(h2(d("annualdoc.cmp_recurring_title", days=_days(data), day=_end(data))))
    if cmp.recurring:
        rows = [[_head(d("annualdoc.cmp_col_place"), False),
                 _head(d("annualdoc.cmp_col_category"), False),
                 _head(d("annualdoc.cmp_col_count")),
                 _head(d("annualdoc.cmp_col_latest"), False),
                 _head(d("annualdoc.cmp_col_done"), False)]]
        rows += [[p(r.place, "cell8"), d(f"complaints.category.{r.category}"), num(r.count),
                  r.latest_number, p(_done(r.latest_status, r.done), "cell8")]
                 for r in cmp.recurring]
        found.append(grid(rows, [width * 0.24, width * 0.14, width * 0.1, width * 0.18,
                                 width * 0.34], right=(2,)))
    else:
        found.append(nothing(d("annualdoc.cmp_recurring_none")))
    return Chapter(title, found, True)


def _days(data: ReportData) -> int:
    since = data.complaints.recurring_since
    end = min(data.cover.period.end, data.cover.made_at.date())
    return (end - since).days + 1 if since else 0


def facilities_chapter(data: ReportData, width: float) -> Chapter:
    title = d("annualdoc.ch_facilities")
    fac = data.facilities
    types = [(d("annualdoc.fac_type_permendag"), escape(fac.type_permendag or "")),
             (d("annualdoc.fac_type_sni"), escape(fac.type_sni or ""))]
    types = [(label, value) for label, value in types if value]
    head: list = [facts(types, width * 0.7, 0.7)] if types else []
    if not fac.has_data:
        return Chapter(title, [*head, nothing(d("annualdoc.fac_none"))], False)
    found: list = [*head, h2(d("annualdoc.fac_condition_title", day=_end(data)))]
    rows = [[_head(d("annualdoc.fac_col_kind"), False)]
            + [_head(d(f"facilities.condition.{c}")) for c in ("baik", "rusak_ringan",
                                                               "rusak_berat")]
            + [_head(d("annualdoc.col_total"))]]
    rows += [[d(f"facilities.kind.{kind}"), num(good), num(light), num(heavy),
              num(good + light + heavy)] for kind, good, light, heavy in fac.by_kind]
    sums = [sum(row[i] for row in fac.by_kind) for i in (1, 2, 3)]
    rows.append([d("annualdoc.col_total"), *(num(v) for v in sums), num(sum(sums))])
    column = width * 0.6 / 4
    found.append(grid(rows, [width * 0.4] + [column] * 4, right=(1, 2, 3, 4), bold_rows=[-1]))
    found.append(h2(d("annualdoc.fac_repairs_title")))
    if fac.repairs:
        rows = [[_head(d("annualdoc.fac_col_facility"), False),
                 _head(d("annualdoc.fac_col_day"), False),
                 _head(d("annualdoc.fac_col_after"), False),
                 _head(d("annualdoc.fac_col_note"), False)]]
        rows += [[p(name, "cell8"), date_short(day), d(f"facilities.condition.{condition}"),
                  p(note, "cell8")] for name, day, condition, note in fac.repairs]
        found.append(grid(rows, [width * 0.3, width * 0.15, width * 0.17, width * 0.38]))
    else:
        found.append(nothing(d("annualdoc.fac_repairs_none")))
    return Chapter(title, found, True)
