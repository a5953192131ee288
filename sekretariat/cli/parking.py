"""The parking area on the command line: ``parking report DATE``, ``parking
debts``, ``parking trend --year Y [--month M] [--by ...]``, ``parking leaks
[--from D] [--to D]`` and ``parking summary --year Y``, each as a table or
``--csv`` (a header row, then rows; money in plain whole Rupiah). Every figure
comes from the parking services (shift_reports, debts, trends, leaks)."""

import csv
import sys
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    Group,
    flag,
    guarded,
    logged_in,
    out,
    parse_day,
    print_wide,
    say_note,
    user_option,
)
from sekretariat.i18n import t

LEAK_DAYS = 90


def register(app: typer.Typer) -> None:
    parking_app = typer.Typer(cls=Group, name="parking", help=t("cli.parking.help"),
                              no_args_is_help=True, rich_markup_mode="rich")
    app.add_typer(parking_app, name="parking", rich_help_panel=t("cli.parking.panel"))
    csv_flag = Annotated[bool, flag("--csv", "cli.opt.csv")]
    user_opt = Annotated[str | None, user_option()]
    year_opt = Annotated[int, typer.Option("--year", metavar=t("cli.parking.metavar_year"),
                                           show_default=False, help=t("cli.parking.opt_year"))]

    @parking_app.command("report", cls=Command, help=t("cli.parking.report_help"))
    @guarded
    def report(ctx: typer.Context,
               day: Annotated[str, typer.Argument(metavar=t("cli.metavar.date"),
                                                  show_default=False,
                                                  help=t("cli.parking.arg_day"))],
               as_csv: csv_flag = False, user: user_opt = None) -> None:
        from sekretariat.services.parking import setup, shift_reports

        when = parse_day(day, "day")
        _, session = logged_in(ctx, user)
        found = shift_reports.reports_on(session, when)
        names = _Names(setup, session)
        (_report_csv if as_csv else _report_table)(when, found, names)

    @parking_app.command("debts", cls=Command, help=t("cli.parking.debts_help"))
    @guarded
    def debts_(ctx: typer.Context,
               every: Annotated[bool, flag("--all", "cli.parking.opt_all")] = False,
               as_csv: csv_flag = False, user: user_opt = None) -> None:
        from sekretariat.services.parking import debts

        _, session = logged_in(ctx, user)
        found = debts.list_debts(session, include_zero=every)
        if as_csv:
            _csv(["attendant_id", "name", "debt"], [(d.attendant_id, d.name, d.debt)
                                                    for d in found])
        elif not found:
            say_note(t("cli.parking.debts_none"))
        else:
            table = _table(t("cli.parking.debts_title"), [
                ("cli.parking.col_attendant", t("cli.parking.total")),
                ("cli.parking.col_debt", _rp(sum(d.debt for d in found)))])
            for d in found:
                table.add_row(_plain(d.name), _rp(d.debt))
            print_wide(table)

    @parking_app.command("trend", cls=Command, help=t("cli.parking.trend_help"))
    @guarded
    def trend(ctx: typer.Context, year: year_opt,
              month: Annotated[int | None, typer.Option(
                  "--month", metavar=t("cli.parking.metavar_month"), show_default=False,
                  help=t("cli.parking.opt_month"))] = None,
              by: Annotated[str, typer.Option("--by", metavar="total|zone|type",
                                              help=t("cli.parking.opt_by"))] = "total",
              as_csv: csv_flag = False, user: user_opt = None) -> None:
        from sekretariat.services.parking import trends

        by = by.strip().lower()
        if by not in trends.BREAKDOWNS:
            raise typer.BadParameter(", ".join(trends.BREAKDOWNS), param_hint="--by")
        _, session = logged_in(ctx, user)
        if month is None:
            found = trends.year_trend(session, year, by=by)
        else:
            found = trends.month_trend(session, year, month, by=by)
        (_trend_csv if as_csv else _trend_table)(found, year, month)

    @parking_app.command("leaks", cls=Command, help=t("cli.parking.leaks_help"))
    @guarded
    def leaks_(ctx: typer.Context,
               date_from: Annotated[str | None, typer.Option(
                   "--from", metavar=t("cli.metavar.date"), show_default=False,
                   help=t("cli.parking.opt_from"))] = None,
               date_to: Annotated[str | None, typer.Option(
                   "--to", metavar=t("cli.metavar.date"), show_default=False,
                   help=t("cli.parking.opt_to"))] = None,
               as_csv: csv_flag = False, user: user_opt = None) -> None:
        import datetime as dt

        from sekretariat import clock
        from sekretariat.services.parking import leaks

        last = parse_day(date_to, "date_to") or clock.today()
        first = parse_day(date_from, "date_from") or last - dt.timedelta(days=LEAK_DAYS - 1)
        _, session = logged_in(ctx, user)
        found = leaks.leak_signals(session, first, last)
        (_leaks_csv if as_csv else _leaks_table)(found)

    @parking_app.command("summary", cls=Command, help=t("cli.parking.summary_help"))
    @guarded
    def summary(ctx: typer.Context, year: year_opt, as_csv: csv_flag = False,
                user: user_opt = None) -> None:
        from sekretariat.services.parking import leaks, trends

        _, session = logged_in(ctx, user)
        found = leaks.attendant_summary(session, *trends.year_bounds(year))
        (_summary_csv if as_csv else _summary_table)(found, year)


# --- shared output ---------------------------------------------------------------

def _csv(header: list[str], rows) -> None:  # type: ignore[no-untyped-def]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)


def _rp(amount: int) -> str:
    from sekretariat.money import format_rupiah

    return format_rupiah(amount)


def _plain(text: str):  # type: ignore[no-untyped-def]
    """A name as typed (never read as Rich markup)."""
    from rich.text import Text

    return Text(text)


def _num(value: int) -> str:
    from sekretariat.money import format_number

    return format_number(value)


def _dec(value, places: str = "0.1") -> str:  # type: ignore[no-untyped-def]
    """An exact fraction rounded half up, written as the user's language does."""
    from sekretariat.i18n import get_language

    if value is None:
        return "-"
    text = format((Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal(places), rounding=ROUND_HALF_UP), "f")
    return text.replace(".", ",") if get_language() == "id" else text


def _table(title: str, columns: list[tuple[str, str]], *, text: int = 1,
           first_width: int | None = None):  # type: ignore[no-untyped-def]
    """A table with a footer: (column key, footer text); the first ``text``
    columns are left-aligned text that folds onto a second line when narrow
    (never cut with an ellipsis), the others right-aligned figures kept whole.
    ``first_width``: the first column's minimum width (a document number)."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title), title_justify="left", title_style="bold",
                  show_footer=any(footer for _, footer in columns),
                  box=box.SIMPLE_HEAD)
    for number, (key, footer) in enumerate(columns):
        table.add_column(Text(t(key) if key.startswith("cli.") else key), footer=footer,
                         justify="left" if number < text else "right",
                         no_wrap=number >= text, overflow="fold",
                         min_width=first_width if number == 0 and first_width else
                         (6 if number < text else None))
    return table


class _Names:
    """Display names of zones, shifts and vehicle types by code."""

    def __init__(self, setup, session) -> None:  # type: ignore[no-untyped-def]
        self.zones = {z.code: z.name for z in setup.list_zones(session)}
        self.shifts = {s.code: s.name for s in setup.list_shifts(session)}
        self.types = [(v.code, v.name) for v in setup.list_vehicle_types(session)]


# --- parking report DATE -------------------------------------------------------

def _report_csv(day, found, names) -> None:  # type: ignore[no-untyped-def]
    codes = [code for code, _ in names.types]
    _csv(["number", "date", "zone", "shift", "attendant_id", "attendant", "void",
          "minutes_worked", *[f"count_{c}" for c in codes], "expected", "handed_over",
          "difference", "target"],
         [(r.number, r.day.isoformat(), r.zone, r.shift, r.attendant_id, r.attendant_name,
           int(r.is_void), r.minutes_worked or "",
           *[{x.vehicle_type: x.count for x in r.lines}.get(c, 0) for c in codes],
           r.expected, r.handed_over, r.difference, r.target) for r in found])


def _report_table(day, found, names) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date

    if not found:
        say_note(t("cli.parking.report_none", day=fmt_date(day)))
        return
    live = [r for r in found if not r.is_void]
    used = {x.vehicle_type for r in found for x in r.lines}
    kinds = [(code, name) for code, name in names.types if code in used]
    counts = [{x.vehicle_type: x.count for x in r.lines} for r in found]
    live_counts = [c for c, r in zip(counts, found) if not r.is_void]
    table = _table(t("cli.parking.report_title", day=fmt_date(day)), [
        ("cli.parking.col_number", t("cli.parking.total")), ("cli.parking.col_zone", ""),
        ("cli.parking.col_shift", ""), ("cli.parking.col_attendant", ""),
        *[(name, _num(sum(c.get(code, 0) for c in live_counts))) for code, name in kinds],
        ("cli.parking.col_expected", _rp(sum(r.expected for r in live))),
        ("cli.parking.col_handed", _rp(sum(r.handed_over for r in live))),
        ("cli.parking.col_difference", _signed(sum(r.difference for r in live))),
        ("cli.parking.col_target", _rp(sum(r.target for r in live)))],
        text=4, first_width=max(len(r.number) for r in found))
    for r, c in zip(found, counts):
        number = Text(r.number)
        if r.is_void:
            number = Text(f"{r.number} ({t('cli.parking.void_mark')})", style="dim strike")
        table.add_row(number, _plain(names.zones.get(r.zone, r.zone)),
                      _plain(names.shifts.get(r.shift, r.shift)), _plain(r.attendant_name),
                      *[_num(c.get(code, 0)) for code, _ in kinds],
                      _rp(r.expected), _rp(r.handed_over), _signed(r.difference), _rp(r.target),
                      style="dim" if r.is_void else None)
    print_wide(table)


def _signed(amount: int) -> str:
    if amount < 0:
        return "-" + _rp(-amount)
    return ("+" if amount > 0 else "") + _rp(amount)


# --- parking trend --------------------------------------------------------------

def _period_label(point, grain: str) -> str:  # type: ignore[no-untyped-def]
    from sekretariat.i18n.formats import fmt_date, fmt_month

    if grain == "day":
        return fmt_date(point.start)
    if grain == "month":
        return fmt_month(point.start.year, point.start.month)
    return point.period


def _trend_csv(found, year, month) -> None:  # type: ignore[no-untyped-def]
    _csv(["period", "start", "series", "name", "income", "vehicles", "handed_over"],
         [(p.period, p.start.isoformat(), s.code, s.name, p.income, p.vehicles, p.handed_over)
          for s in found.series for p in s.points])


def _trend_table(found, year, month) -> None:  # type: ignore[no-untyped-def]
    from sekretariat.i18n.formats import fmt_month

    title = (t("cli.parking.trend_title_year", year=year) if month is None else
             t("cli.parking.trend_title_month", month=fmt_month(year, month)))
    if found.by == "total":
        (series,) = found.series
        table = _table(title, [
            ("cli.parking.col_period", t("cli.parking.total")),
            ("cli.parking.col_vehicles", _num(found.vehicles)),
            ("cli.parking.col_income", _rp(found.income)),
            ("cli.parking.col_handed", _rp(sum(p.handed_over for p in found.totals)))])
        for p in series.points:
            table.add_row(_period_label(p, found.grain), _num(p.vehicles), _rp(p.income),
                          _rp(p.handed_over))
    else:
        table = _table(title, [("cli.parking.col_period", t("cli.parking.total")),
                               *[(s.name, _rp(s.income)) for s in found.series],
                               ("cli.parking.total", _rp(found.income))])
        for i, p in enumerate(found.totals):
            table.add_row(_period_label(p, found.grain),
                          *[_rp(s.points[i].income) for s in found.series], _rp(p.income))
    print_wide(table)


# --- parking leaks ----------------------------------------------------------------

def _leaks_csv(found) -> None:  # type: ignore[no-untyped-def]
    _csv(["attendant_id", "name", "flagged", "ratio", "compared_slots", "expected",
          "handed_over", "target", "shortfall", "debt"],
         [(r.attendant_id, r.name, int(r.flagged),
           "" if r.ratio is None else format(
               (Decimal(r.ratio.numerator) / Decimal(r.ratio.denominator)).quantize(
                   Decimal("0.0001"), rounding=ROUND_HALF_UP), "f"),
           len(r.slots), r.expected, r.handed_over, r.target, r.shortfall, r.debt)
          for r in found.rows])


def _leaks_table(found) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date

    title = t("cli.parking.leaks_title", first=fmt_date(found.first), last=fmt_date(found.last),
              threshold=_dec(found.threshold * 100, "1"))
    if not found.rows:
        out().print(Text(title, style="bold"))
        say_note(t("cli.parking.leaks_none"))
        return
    rows = found.rows
    table = _table(title, [
        ("cli.parking.col_attendant", t("cli.parking.total")), ("cli.parking.col_flag", ""),
        ("cli.parking.col_ratio", ""),
        ("cli.parking.col_expected", _rp(sum(r.expected for r in rows))),
        ("cli.parking.col_handed", _rp(sum(r.handed_over for r in rows))),
        ("cli.parking.col_target", _rp(sum(r.target for r in rows))),
        ("cli.parking.col_shortfall", _rp(sum(r.shortfall for r in rows))),
        ("cli.parking.col_debt", _rp(sum(r.debt for r in rows)))])
    for r in rows:
        table.add_row(_plain(r.name), Text(t("cli.parking.flag"), style="bold red") if r.flagged else "",
                      "-" if r.ratio is None else _dec(r.ratio * 100) + " %",
                      _rp(r.expected), _rp(r.handed_over), _rp(r.target), _rp(r.shortfall),
                      _rp(r.debt))
    print_wide(table)
    weekdays = t("cli.parking.weekdays").split(",")
    for r in rows:
        if not r.flagged:
            continue
        slots = _table(t("cli.parking.leaks_slots", name=r.name), [
            ("cli.parking.col_zone", ""), ("cli.parking.col_weekday", ""),
            ("cli.parking.col_shift", ""), ("cli.parking.col_own", ""),
            ("cli.parking.col_others", ""), ("cli.parking.col_ratio", "")], text=3)
        for s in r.slots:
            slots.add_row(_plain(s.zone_name), weekdays[s.weekday], _plain(s.shift_name),
                          f"{s.own_reports} / {_dec(s.own_mean)}",
                          f"{s.others_reports} / {_dec(s.others_mean)}",
                          _dec(s.ratio * 100) + " %")
        print_wide(slots)


# --- parking summary --------------------------------------------------------------

_SUMMARY = ("reports", "vehicles", "expected", "handed_over", "shortfall", "excess", "target",
            "debt")


def _summary_csv(found, year) -> None:  # type: ignore[no-untyped-def]
    _csv(["attendant_id", "name", *_SUMMARY],
         [(s.attendant_id, s.name, *[getattr(s, f) for f in _SUMMARY]) for s in found])


def _summary_table(found, year) -> None:  # type: ignore[no-untyped-def]
    if not found:
        say_note(t("cli.parking.summary_none", year=year))
        return
    keys = ("reports", "vehicles", "expected", "handed", "shortfall", "excess", "target", "debt")
    table = _table(t("cli.parking.summary_title", year=year), [
        ("cli.parking.col_attendant", t("cli.parking.total")),
        *[(f"cli.parking.col_{key}", (_num if n < 2 else _rp)(
            sum(getattr(s, field) for s in found)))
          for n, (key, field) in enumerate(zip(keys, _SUMMARY))]])
    for s in found:
        table.add_row(_plain(s.name), *[(_num if n < 2 else _rp)(getattr(s, field))
                                for n, field in enumerate(_SUMMARY)])
    print_wide(table)
