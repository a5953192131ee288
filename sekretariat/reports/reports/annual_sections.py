"""The annual report's module chapters: traders and stalls (income by
source, occupancy, arrears), parking, the warehouse, bulk purchases and the
surveys. Each builder returns its chapter's title, its flowables and whether
it had anything in the period; a chapter with nothing says so in one line
and draws no chart. Over a year the charts run by month; a monthly report's
run by day when its data has days, else compare the sources side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple
from xml.sax.saxutils import escape

from sekretariat.reports.reports import annual_charts as charts
from sekretariat.reports.reports.annual_blocks import (
    facts,
    gap,
    grid,
    h2,
    keep,
    nothing,
    p,
    rich,
)
from sekretariat.reports.reports.annual_format import (
    category,
    d,
    is_daily,
    num,
    pct,
    ratio,
    rp,
    signed_pct,
    signed_rp,
    times,
)

if TYPE_CHECKING:
    from sekretariat.services.reports.report_types import MonthValue, ReportData

CHART_H = 190.0


class Chapter(NamedTuple):
    title: str
    flowables: list
    has_data: bool


def _series(months: tuple[MonthValue, ...]) -> list[tuple[str, list[int]]]:
    """The series of month values in legend order, 0 where a month lacks one."""
    names: list[str] = []
    for month in months:
        names += [name for name, _ in month.values if name not in names]
    return [(name, [dict(month.values).get(name, 0) for month in months]) for name in names]


def _categories(months, daily: bool) -> list[str]:
    return [category(month.month, daily) for month in months]


def _month_head(daily: bool) -> str:
    return d("annualdoc.col_day" if daily else "annualdoc.col_month")


def _head(text: str, right: bool = True):
    return p(text, "head8_right" if right else "head8")


# --- traders and stalls ---------------------------------------------------------------

def _income(data: ReportData, width: float) -> list:
    months = data.leasing.income_by_month
    series = _series(months)
    if not series or not any(any(values) for _, values in series):
        return [h2(d("annualdoc.income_title")), nothing(d("annualdoc.income_none"))]
    daily = is_daily([m.month for m in months])
    found: list = [h2(d("annualdoc.income_title"))]
    if len(months) > 1:
        chart = charts.bars(_categories(months, daily), series, width, CHART_H)
    else:
        chart = charts.horizontal([n for n, _ in series], [sum(v) for _, v in series], width)
    found = [keep(*found, chart, p(d("annualdoc.income_caption"), "caption"))]
    # the table: a row per month, a column per source, the totals
    rows = [[_head(_month_head(daily), False)] + [_head(name) for name, _ in series]
            + [_head(d("annualdoc.col_total"))]]
    for index, month in enumerate(months):
        figures = [values[index] for _, values in series]
        rows.append([category(month.month, daily)] + [num(v) for v in figures]
                    + [num(sum(figures))])
    totals = [sum(values) for _, values in series]
    if len(months) > 1:
        rows.append([d("annualdoc.col_total")] + [num(v) for v in totals] + [num(sum(totals))])
    first = 16 * 2.8346
    rest = (width - first) / (len(series) + 1)
    found += [gap(2), grid(rows, [first] + [rest] * (len(series) + 1),
                           right=range(1, len(series) + 2),
                           bold_rows=[-1] if len(months) > 1 else [],
                           font_size=7.5 if len(series) <= 6 else 6.5),
              p(d("annualdoc.in_rupiah"), "caption")]
    return found


def _occupancy(data: ReportData, width: float) -> list:
    """The occupancy month by month (a line) and by block at the end; with a
    single point (a monthly report) only the blocks."""
    leasing = data.leasing
    points = leasing.occupancy_by_month
    blocks = leasing.occupancy_by_block
    blocks_title = d("annualdoc.occupancy_blocks", day=_end_label(data))
    found: list = []
    if len(points) > 1:
        daily = is_daily([day for day, _, _ in points])
        shares = [occupied * 1000 // stalls if stalls else 0 for _, occupied, stalls in points]
        chart = charts.line([category(day, daily) for day, _, _ in points],
                            [(d("annualdoc.occupancy_series"), shares)], width, 150,
                            formatter=charts.percent_axis, top=1000)
        found.append(keep(h2(d("annualdoc.occupancy_title")), chart,
                          p(d("annualdoc.occupancy_caption"), "caption")))
        if blocks:
            found.append(p(blocks_title, "heading"))
    elif blocks:
        found.append(h2(blocks_title))
    else:
        return [h2(d("annualdoc.occupancy_title")), nothing(d("annualdoc.occupancy_none"))]
    if blocks:
        occupied = sum(b[1] for b in blocks)
        stalls = sum(b[2] for b in blocks)
        rows = [[_head(d("annualdoc.col_block"), False), _head(d("annualdoc.col_occupied")),
                 _head(d("annualdoc.col_stalls")), _head(d("annualdoc.col_vacant")),
                 _head(d("annualdoc.col_occupancy"))]]
        rows += [[name, num(o), num(s), num(s - o), pct(ratio(o, s))] for name, o, s in blocks]
        rows.append([d("annualdoc.col_total"), num(occupied), num(stalls),
                     num(stalls - occupied), pct(ratio(occupied, stalls))])
        column = (width - 60 * 2.8346) / 4
        found.append(grid(rows, [60 * 2.8346] + [column] * 4, right=range(1, 5),
                          bold_rows=[-1]))
    return found


def _end_label(data: ReportData) -> str:
    from sekretariat.reports.reports.annual_format import date_long

    return date_long(min(data.cover.period.end, data.cover.made_at.date()))


def _arrears(data: ReportData, width: float) -> list:
    leasing = data.leasing
    found: list = [h2(d("annualdoc.arrears_title", day=_end_label(data)))]
    if not leasing.arrears_ageing or not leasing.arrears_total:
        return [*found, nothing(d("annualdoc.arrears_none"))]
    rows = [[_head(d("annualdoc.col_age"), False), _head(d("annualdoc.col_traders")),
             _head(d("annualdoc.col_amount")), _head(d("annualdoc.col_share"))]]
    rows += [[label, num(traders), rp(amount), pct(ratio(amount, leasing.arrears_total))]
             for label, traders, amount in leasing.arrears_ageing]
    rows.append([d("annualdoc.col_total"), "", rp(leasing.arrears_total), pct(1)])
    column = (width - 70 * 2.8346) / 3
    return [*found, grid(rows, [70 * 2.8346] + [column] * 3, right=(1, 2, 3), bold_rows=[-1])]


def leasing_chapter(data: ReportData, width: float) -> Chapter:
    title = d("annualdoc.ch_leasing")
    leasing = data.leasing
    if not leasing.has_data:
        return Chapter(title, [nothing(d("annualdoc.leasing_none"))], False)
    traders = facts([(d("annualdoc.traders_active"), num(leasing.traders_active)),
                     (d("annualdoc.traders_joined"), num(leasing.traders_joined)),
                     (d("annualdoc.traders_left"), num(leasing.traders_left))], width * 0.6,
                    0.75)
    return Chapter(title, [traders, *_income(data, width), *_occupancy(data, width),
                           *_arrears(data, width)], True)


# --- parking --------------------------------------------------------------------------

def parking_chapter(data: ReportData, width: float) -> Chapter:
    title = d("annualdoc.ch_parking")
    parking = data.parking
    if not parking.has_data:
        return Chapter(title, [nothing(d("annualdoc.parking_none"))], False)
    short = parking.handed_over - parking.expected
    found: list = [facts([
        (d("annualdoc.parking_expected"), rp(parking.expected)),
        (d("annualdoc.parking_handed"), f"<b>{rp(parking.handed_over)}</b>"),
        (d("annualdoc.parking_difference"), escape(signed_rp(short))),
        (d("annualdoc.parking_ratio"), pct(ratio(parking.handed_over, parking.expected)))],
        width * 0.7, 0.7)]
    months = parking.income_by_month
    series = _series(months)
    trend = h2(d("annualdoc.parking_trend"))
    if len(months) > 1 and any(any(v) for _, v in series):
        daily = is_daily([m.month for m in months])
        chart = charts.bars(_categories(months, daily), series, width, CHART_H, stacked=False)
        found.append(keep(trend, chart, p(d("annualdoc.parking_caption"), "caption")))
    else:
        found.append(trend)
    if months and len(series) >= 2:
        daily = is_daily([m.month for m in months])
        rows = [[_head(_month_head(daily), False)] + [_head(name) for name, _ in series[:2]]
                + [_head(d("annualdoc.col_difference")), _head(d("annualdoc.col_ratio"))]]
        (_, expected), (_, handed) = series[0], series[1]
        for index, month in enumerate(months):
            rows.append([category(month.month, daily), num(expected[index]),
                         num(handed[index]), num(handed[index] - expected[index]),
                         pct(ratio(handed[index], expected[index]))])
        rows.append([d("annualdoc.col_total"), num(sum(expected)), num(sum(handed)),
                     num(sum(handed) - sum(expected)), pct(ratio(sum(handed), sum(expected)))])
        column = (width - 16 * 2.8346) / 4
        found += [gap(2), grid(rows, [16 * 2.8346] + [column] * 4, right=(1, 2, 3, 4),
                               bold_rows=[-1], font_size=7.5),
                  p(d("annualdoc.in_rupiah"), "caption")]
    found += _debts(data, width) + _satisfaction(data, width)
    return Chapter(title, found, True)


def _debts(data: ReportData, width: float) -> list:
    debts = data.parking.debts
    found: list = [h2(d("annualdoc.debts_title", day=_end_label(data)))]
    if not debts:
        return [*found, nothing(d("annualdoc.debts_none"))]
    rows = [[_head(d("annualdoc.col_attendant"), False), _head(d("annualdoc.col_debt"))]]
    rows += [[name, rp(amount)] for name, amount in debts]
    rows.append([d("annualdoc.col_total"), rp(sum(amount for _, amount in debts))])
    return [*found, grid(rows, [width * 0.55, width * 0.25], right=(1,), bold_rows=[-1])]


def _satisfaction(data: ReportData, width: float) -> list:
    parking = data.parking
    found: list = [h2(d("annualdoc.satisfaction_title"))]
    if not parking.satisfaction:
        return [*found, nothing(d("annualdoc.satisfaction_none"))]
    bar_w = 40 * 2.8346
    rows = [[_head(d("annualdoc.col_statement"), False), _head(d("annualdoc.col_score")), ""]]
    rows += [[p(statement, "cell8"), pct(score), charts.meter(score, bar_w)]
             for statement, score in parking.satisfaction]
    rows.append([d("annualdoc.satisfaction_index"), pct(parking.satisfaction_index),
                 charts.meter(parking.satisfaction_index or 0, bar_w)])
    table = grid(rows, [width - bar_w - 26 * 2.8346 - 12, 20 * 2.8346, bar_w + 6 * 2.8346],
                 right=(1,), bold_rows=[-1])
    return [*found, table]


# --- the warehouse ----------------------------------------------------------------------

def warehouse_chapter(data: ReportData, width: float) -> Chapter:
    title = d("annualdoc.ch_warehouse")
    wh = data.warehouse
    if not wh.has_data:
        return Chapter(title, [nothing(d("annualdoc.warehouse_none"))], False)
    shortage = wh.count_shortage_total
    found: list = [facts([
        (d("annualdoc.stock_start"), rp(wh.stock_value_start)),
        (d("annualdoc.stock_end"), f"<b>{rp(wh.stock_value_end)}</b>"),
        (d("annualdoc.issued_at_cost"), rp(wh.issued_at_cost)),
        (d("annualdoc.turnover"), escape(times(wh.turnover))),
        (d("annualdoc.write_off_total"), rp(wh.write_off_total)),
        (d("annualdoc.count_shortage"), escape(signed_rp(shortage)))], width * 0.7),
        p(d("annualdoc.turnover_explain"), "caption")]
    found.append(h2(d("annualdoc.write_offs_title")))
    if wh.write_offs:
        rows = [[_head(d("annualdoc.col_item"), False), _head(d("annualdoc.col_value")),
                 _head(d("annualdoc.col_reason"), False)]]
        rows += [[p(item, "cell8"), rp(value), p(reason, "cell8")]
                 for item, value, reason in wh.write_offs]
        rows.append([d("annualdoc.col_total"), rp(wh.write_off_total), ""])
        found.append(grid(rows, [width * 0.35, width * 0.2, width * 0.45], right=(1,),
                          bold_rows=[-1]))
    else:
        found.append(nothing(d("annualdoc.write_offs_none")))
    found.append(h2(d("annualdoc.low_title", day=_end_label(data))))
    found.append(p(", ".join(wh.low_at_end)) if wh.low_at_end
                 else nothing(d("annualdoc.low_none")))
    return Chapter(title, found, True)


# --- bulk purchases ----------------------------------------------------------------------

def bulk_chapter(data: ReportData, width: float) -> Chapter:
    title = d("annualdoc.ch_bulk")
    bulk = data.bulk
    if not bulk.has_data:
        return Chapter(title, [nothing(d("annualdoc.bulk_none"))], False)
    retail = bulk.charges_total + bulk.savings_total
    found: list = [facts([
        (d("annualdoc.bulk_rounds"), num(bulk.rounds_posted)),
        (d("annualdoc.bulk_traders"), num(bulk.traders_served)),
        (d("annualdoc.bulk_charges"), rp(bulk.charges_total)),
        (d("annualdoc.bulk_retail"), rp(retail)),
        (d("annualdoc.bulk_savings"), f"<b>{rp(bulk.savings_total)}</b>"),
        (d("annualdoc.bulk_saving_share"), pct(ratio(bulk.savings_total, retail)))],
        width * 0.7)]
    if bulk.rounds:
        rows = [[_head(d("annualdoc.col_number"), False), _head(d("annualdoc.col_round"), False),
                 _head(d("annualdoc.col_traders")), _head(d("annualdoc.col_charges")),
                 _head(d("annualdoc.col_savings"))]]
        rows += [[number, p(name, "cell8"), num(traders), rp(charges), rp(savings)]
                 for number, name, traders, charges, savings in bulk.rounds]
        rows.append([d("annualdoc.col_total"), "", "", rp(sum(r[3] for r in bulk.rounds)),
                     rp(sum(r[4] for r in bulk.rounds))])
        found += [h2(d("annualdoc.bulk_rounds_title")),
                  grid(rows, [width * 0.2, width * 0.33, width * 0.13, width * 0.17,
                              width * 0.17], right=(2, 3, 4), bold_rows=[-1])]
    return Chapter(title, found, True)


# --- surveys -------------------------------------------------------------------------------

def surveys_chapter(data: ReportData, width: float) -> Chapter:
    title = d("annualdoc.ch_surveys")
    surveys = data.surveys
    if not surveys.has_data:
        return Chapter(title, [nothing(d("annualdoc.surveys_none"))], False)

    def change(value) -> str:
        return d("annualdoc.not_measured") if value is None else signed_pct(value)

    rows = [(d("annualdoc.survey_buyers"), pct(surveys.buyers_index) if
             surveys.buyers_index is not None else d("annualdoc.not_measured")),
            (d("annualdoc.survey_parking"), pct(surveys.parking_index) if
             surveys.parking_index is not None else d("annualdoc.not_measured")),
            (d("annualdoc.survey_turnover"), change(surveys.turnover_change)),
            (d("annualdoc.survey_income"), change(surveys.income_change))]
    return Chapter(title, [facts([(k, escape(v)) for k, v in rows], width * 0.75, 0.75),
                           rich(escape(d("annualdoc.surveys_explain")), "caption")], True)
