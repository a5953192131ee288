"""Sinyal Kebocoran: per attendant over a period (default: the last 90 days
to today), what was expected against what was handed over, the shortfall,
the debt still open, and the flag from ``services.parking.leaks`` —
flagged attendants first. Enter shows the figures behind a flag (per zone,
weekday and shift: own mean against the others'); ``a`` opens the
attendant's account."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DataTable, Footer, Static

from sekretariat import clock
from sekretariat.i18n import get_language, t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.parking import leaks
from sekretariat.services.parking.leaks import LeakReport, LeakRow
from sekretariat.views.base import BaseDialog, BaseScreen
from sekretariat.views.widgets import period
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.fields import FieldError, date_field

#: The default period: this many days up to today.
DAYS = 90


def percent(value: Fraction | None) -> str:
    """``72 %`` (rounded half up to a whole percent); ``-`` for none."""
    if value is None:
        return "-"
    return f"{(value * 200 + 1) // 2} %"


def mean(value: Fraction) -> str:
    """Vehicles per report to one decimal (``12,5`` in Indonesian)."""
    from decimal import ROUND_HALF_UP, Decimal

    exact = Decimal(value.numerator) / Decimal(value.denominator)
    text = str(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return text.replace(".", ",") if get_language() == "id" else text


def weekday_name(weekday: int) -> str:
    """``Sen`` / ``Mon`` (0 = Monday)."""
    from babel.dates import get_day_names

    names = get_day_names("abbreviated", locale="id_ID" if get_language() == "id" else "en_GB")
    return names[weekday]


def _money(amount: int, *, warn: bool = False) -> Text:
    if amount == 0:
        return Text("-", style="dim", justify="right")
    return Text(format_rupiah(amount), style="bold" if warn else "", justify="right")


def _right(text: str, style: str = "") -> Text:
    return Text(text, style=style, justify="right")


class LeaksScreen(period.PeriodFields, BaseScreen):
    PERIOD_TABLE = "#leaks-table"
    PERIOD_REVERSED_KEY = "tui.parking_charts.period_reversed"
    CSS_PATH = "../styles/parking_charts.tcss"
    HELP_KEY = "tui.parking_charts.help.leaks"
    TITLE_KEY = "tui.parking_charts.leaks.title"
    AUTO_FOCUS = "#leaks-table"

    BINDINGS = [
        Binding("enter", "detail", "tui.parking_charts.key.detail",
                id="parking_charts.leaks.detail"),
        Binding("a", "account", "tui.parking_charts.key.account",
                id="parking_charts.leaks.account"),
        Binding("d", "edit_period", "tui.parking_charts.key.period",
                id="parking_charts.leaks.period"),
        Binding("f5", "refresh", "tui.key.refresh", id="parking_charts.leaks.refresh",
                show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.last = clock.today()
        self.first = self.last - dt.timedelta(days=DAYS - 1)
        self.report: LeakReport | None = None
        self.rows: dict[str, LeakRow] = {}

    def compose(self) -> ComposeResult:
        yield Static(t("tui.parking_charts.leaks.title"), classes="screen-title", markup=False)
        with Horizontal(id="leaks-controls"):
            yield date_field(t("tui.parking_charts.leaks.from"), "first", self.first,
                             classes="field", own_error=False)
            yield date_field(t("tui.parking_charts.leaks.to"), "last", self.last,
                             classes="field", own_error=False)
            yield Button(t("tui.parking_charts.leaks.apply"), id="apply")
        yield FieldError("first")
        yield FieldError("last")
        yield Static(t("tui.loading"), id="leaks-heading", markup=False)
        yield DataTable(id="leaks-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="leaks-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#leaks-table", DataTable)
        # the flag and the ratio before the money, so they show on a narrow screen
        table.add_column(t("tui.parking_charts.col_attendant"), key="name", width=18)
        table.add_column(t("tui.parking_charts.col_flag"), key="flag", width=9)
        table.add_column(_right(t("tui.parking_charts.col_ratio")), key="ratio", width=6)
        for key, width in (("expected", 13), ("handed_over", 13), ("target", 13),
                           ("shortfall", 12), ("debt", 12)):
            table.add_column(_right(t(f"tui.parking_charts.col_{key}")), key=key, width=width)
        self.reload()

    def reload(self) -> None:
        self.call_service(leaks.leak_signals, self.session, self.first, self.last,
                          done=self.show, group="load")

    def show(self, report: LeakReport) -> None:
        if (report.first, report.last) != (self.first, self.last):
            return  # an answer to an earlier question
        self.report = report
        self.query_one("#leaks-heading", Static).update(t(
            "tui.parking_charts.leaks.heading", first=fmt_date(report.first),
            last=fmt_date(report.last), threshold=percent(report.threshold)))
        table = self.query_one("#leaks-table", DataTable)
        at = table.cursor_row
        table.clear()
        self.rows = {}
        for row in report.rows:
            key = str(row.attendant_id)
            self.rows[key] = row
            flag = (Text(t("tui.parking_charts.flag"), style="bold red") if row.flagged
                    else Text(""))
            table.add_row(short_text(row.name, 18), flag,
                          _right(percent(row.ratio), "bold" if row.flagged else ""),
                          _money(row.expected), _money(row.handed_over), _money(row.target),
                          _money(row.shortfall, warn=True), _money(row.debt, warn=True),
                          key=key)
        if report.rows:
            table.move_cursor(row=min(at, len(report.rows) - 1))
            self.query_one("#leaks-status", Static).update(t(
                "tui.parking_charts.leaks.summary", count=len(report.rows),
                flagged=sum(1 for r in report.rows if r.flagged)))
        else:
            self.query_one("#leaks-status", Static).update(t("tui.parking_charts.leaks.empty"))
        self.refresh_bindings()

    @property
    def highlighted(self) -> LeakRow | None:
        table = self.query_one("#leaks-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(key or "")

    # --- period ---------------------------------------------------------------------

    def period_applied(self, first: dt.date, last: dt.date) -> None:
        self.first, self.last = first, last
        self.query_one("#leaks-heading", Static).update(t("tui.loading"))
        self.reload()

    # --- a row ----------------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#leaks-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(DataTable.RowSelected, "#leaks-table")
    def _chosen(self) -> None:
        self.action_detail()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("detail", "account"):
            return self.highlighted is not None or None
        return super().check_action(action, parameters)

    def action_refresh(self) -> None:
        self.reload()

    def action_detail(self) -> None:
        row = self.highlighted
        if row is not None and self.report is not None:
            self.app.push_screen(LeakDetailDialog(row, self.report.first, self.report.last),
                                 self._detail_closed)

    def _detail_closed(self, wanted: int | None) -> None:
        if wanted is not None:
            self.open_account(wanted)

    def action_account(self) -> None:
        row = self.highlighted
        if row is not None:
            self.open_account(row.attendant_id)

    def open_account(self, attendant_id: int) -> None:
        from sekretariat.views.parking.account import AttendantAccountScreen

        self.app.push_screen(AttendantAccountScreen(attendant_id), lambda _: self.reload())


class LeakDetailDialog(BaseDialog):
    """The figures behind one attendant's flag; dismisses with the
    attendant's id when their account is asked for (``a``), else None."""

    CSS_PATH = ["../styles/dialogs.tcss", "../styles/parking_charts.tcss"]
    HELP_KEY = "tui.parking_charts.help.detail"
    TITLE_KEY = "tui.parking_charts.leaks.title"
    AUTO_FOCUS = "#detail-slots"

    BINDINGS = [
        Binding("a", "account", "tui.parking_charts.key.account",
                id="parking_charts.detail.account"),
    ]

    def __init__(self, row: LeakRow, first: dt.date, last: dt.date) -> None:
        super().__init__(classes="dialog")
        self.row, self.first, self.last = row, first, last

    def compose(self) -> ComposeResult:
        row = self.row
        with Vertical(classes="dialog-box -wide"):
            yield Static(t("tui.parking_charts.detail.title", name=row.name,
                           ratio=percent(row.ratio), first=fmt_date(self.first),
                           last=fmt_date(self.last)), classes="dialog-title", markup=False)
            yield Static(t("tui.parking_charts.detail.figures",
                           expected=format_rupiah(row.expected),
                           handed_over=format_rupiah(row.handed_over),
                           shortfall=format_rupiah(row.shortfall),
                           debt=format_rupiah(row.debt)), classes="dialog-text", markup=False)
            if row.slots:
                yield DataTable(id="detail-slots", cursor_type="row", zebra_stripes=True)
            else:
                yield Static(t("tui.parking_charts.detail.none"), id="detail-none",
                             classes="dialog-text", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.parking_charts.key.account"), id="account",
                             variant="primary")
                yield Button(t("tui.parking_charts.close"), id="close")
        yield Footer()

    def on_mount(self) -> None:
        if not self.row.slots:
            return
        table = self.query_one("#detail-slots", DataTable)
        # narrow enough for 80 columns, the ratio before the means
        table.add_column(t("tui.parking_charts.col_zone"), key="zone", width=12)
        table.add_column(t("tui.parking_charts.col_weekday"), key="weekday", width=4)
        table.add_column(t("tui.parking_charts.col_shift"), key="shift", width=8)
        for key, width in (("ratio", 6), ("own", 14), ("others", 14)):
            table.add_column(_right(t(f"tui.parking_charts.col_{key}")), key=key, width=width)
        for index, slot in enumerate(self.row.slots):
            table.add_row(short_text(slot.zone_name, 12), weekday_name(slot.weekday),
                          short_text(slot.shift_name, 8),
                          _right(percent(slot.ratio), "bold" if slot.ratio < 1 else ""),
                          _right(t("tui.parking_charts.mean", mean=mean(slot.own_mean),
                                   reports=slot.own_reports)),
                          _right(t("tui.parking_charts.mean", mean=mean(slot.others_mean),
                                   reports=slot.others_reports)),
                          key=str(index))

    def action_account(self) -> None:
        self.dismiss(self.row.attendant_id)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(self.row.attendant_id if event.button.id == "account" else None)
