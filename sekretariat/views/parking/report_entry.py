"""Laporan shift: a whole day's reports from the keyboard. The screen walks
the day's roster slots in order (zone, shift): the attendant is filled in,
the cursor waits in the first count (or, for a type whose ticket book the
attendant holds, the last serial: the first is the book's next unused one);
Enter goes to the next count, then to the amount handed over, and Enter
there saves and opens the next slot without a report. The expected amount,
the target and the difference follow as you type. Ctrl+O records another
attendant (not on the roster: asked, and audited by the service); Ctrl+R
voids the slot's saved report with a reason; PgUp/PgDn move between slots."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Input, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date_long
from sekretariat.money import format_rupiah
from sekretariat.services.parking import day_sheet, shift_reports
from sekretariat.services.parking.day_sheet import DaySheet, EntryContext, Slot
from sekretariat.views.base import BaseScreen
from sekretariat.views.parking import report_form
from sekretariat.views.parking.cells import money, signed
from sekretariat.views.parking.report_actions import EntryActions
from sekretariat.views.parking.report_slot import SlotForm
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput


def load(session, day: dt.date) -> tuple[DaySheet, EntryContext]:
    return day_sheet.day_sheet(session, day), day_sheet.entry_context(session, day)


class ReportEntryScreen(SlotForm, EntryActions, BaseScreen):
    CSS_PATH = "../styles/parking.tcss"
    HELP_KEY = "tui.parking.help.entry"
    TITLE_KEY = "tui.parking.entry.title"

    BINDINGS = [
        Binding("ctrl+s", "save", "tui.parking.key.save", id="parking_entry.save"),
        Binding("pagedown", "slot(1)", "tui.parking.key.next_slot", id="parking_entry.next"),
        Binding("pageup", "slot(-1)", "tui.parking.key.previous_slot",
                id="parking_entry.previous", show=False),
        Binding("ctrl+o", "other_attendant", "tui.parking.key.other_attendant",
                id="parking_entry.other"),
        Binding("ctrl+r", "void", "tui.parking.key.void", id="parking_entry.void"),
    ]

    def __init__(self, day: dt.date | None = None, *, start: str | None = None) -> None:
        super().__init__()
        self.day = day or clock.today()
        self.start = start
        self.sheet: DaySheet | None = None
        self.context: EntryContext | None = None
        self.current: Slot | None = None
        self.attendant: tuple[int, str] | None = None   # who the form records
        self.override = False
        self.saving = False
        self.saved = 0

    # --- layout ---------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(t("tui.parking.entry.heading", day=fmt_date_long(self.day)),
                     classes="screen-title", markup=False)
        yield DataTable(id="entry-slots", cursor_type="row", zebra_stripes=True)
        yield Static(t("tui.loading"), id="slot-heading", markup=False)
        yield Vertical(id="entry-counts")
        with Horizontal(id="entry-money"):
            yield Field(t("tui.parking.entry.handed"), TextInput(
                id="handed_over", max_length=30, classes="money"),
                field="handed_over", own_error=False, classes="field medium")
            yield Field(t("tui.parking.entry.minutes"), TextInput(
                id="minutes_worked", max_length=5, placeholder=t("tui.parking.entry.full")),
                field="minutes_worked", own_error=False, classes="field narrow")
            yield Static("", id="slot-figures", markup=False)
        for line in ("counts", "handed_over", "minutes_worked", "general"):
            yield FieldError(line)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#entry-slots", DataTable)
        for key, width in (("zone", 26), ("shift", 7), ("attendant", 16), ("number", 15),
                           ("difference", 12)):
            table.add_column(t(f"tui.parking.col.{key}"), key=key, width=width)
        self.reload(first=True)

    def reload(self, *, first: bool = False, after: str | None = None) -> None:
        self.call_service(load, self.session, self.day, group="load",
                          done=lambda found: self._loaded(found, first, after))

    def _loaded(self, found: tuple[DaySheet, EntryContext], first: bool,
                after: str | None) -> None:
        sheet, context = found
        fresh = self.context is None
        self.sheet, self.context = sheet, context
        if fresh:
            self.call_later(self._first_show, first, after)
        else:
            self._show(first, after)

    async def _first_show(self, first: bool, after: str | None) -> None:
        await self._build_counts()
        self._show(first, after)

    def _show(self, first: bool, after: str | None) -> None:
        assert self.sheet is not None
        sheet = self.sheet
        self._fill_table()
        keys = [s.key for s in sheet.slots]
        if first and self.start in keys:
            self.open_slot(self.start)
        elif after is not None:
            self.open_slot(self._next_open(after))
        elif first:
            self.open_slot(self._next_open(None))
        elif self.current is not None and self.current.key in keys:
            self.open_slot(self.current.key)
        else:
            self.open_slot(self._next_open(None))

    def _fill_table(self) -> None:
        assert self.sheet is not None
        table = self.query_one("#entry-slots", DataTable)
        table.clear()
        for slot in self.sheet.slots:
            report = slot.report
            name = slot.attendant_name if slot.rostered else t(
                "tui.parking.off_roster_name", name=slot.attendant_name)
            table.add_row(short_text(slot.zone_name, 26), short_text(slot.shift_name, 7),
                          short_text(name, 16),
                          report.number if report else Text(t("tui.parking.no_report"),
                                                            style="dim"),
                          signed(report.difference) if report else money(None), key=slot.key)
        if not self.sheet.slots:
            self.query_one("#slot-heading", Static).update(t("tui.parking.entry.no_roster"))

    # --- the slot in the form ----------------------------------------------------------

    def _slot(self, key: str | None) -> Slot | None:
        if self.sheet is None or key is None:
            return None
        return next((s for s in self.sheet.slots if s.key == key), None)

    def _next_open(self, after: str | None) -> str | None:
        """The next slot without a report after ``after`` (wrapping), else None."""
        if self.sheet is None:
            return None
        slots = list(self.sheet.slots)
        keys = [s.key for s in slots]
        begin = keys.index(after) + 1 if after in keys else 0
        for slot in slots[begin:] + slots[:begin]:
            if slot.report is None:
                return slot.key
        return None

    def open_slot(self, key: str | None) -> None:
        slot = self._slot(key)
        if slot is None:
            self.current = None
            self._show_all_done()
            return
        self.current = slot
        self.attendant = (slot.attendant_id, slot.attendant_name)
        self.override = False
        table = self.query_one("#entry-slots", DataTable)
        keys = [s.key for s in self.sheet.slots] if self.sheet else []
        table.move_cursor(row=keys.index(slot.key))
        self.clear_errors()
        self._fill_form(slot)
        self._show_heading()
        self._recompute()
        self.refresh_bindings()
        walk = self._walk()
        if walk:
            self.call_after_refresh(walk[0].focus)

    def _show_all_done(self) -> None:
        done = self.sheet is not None and bool(self.sheet.slots)
        self.query_one("#slot-heading", Static).update(
            t("tui.parking.entry.all_done") if done else t("tui.parking.entry.no_roster"))
        for box in self.query(Input):
            box.disabled = True
        self.query_one("#slot-figures", Static).update("")
        self.call_after_refresh(self.query_one("#entry-slots", DataTable).focus)
        self.refresh_bindings()

    def _show_heading(self) -> None:
        slot = self.current
        if slot is None or self.attendant is None:
            return
        text = t("tui.parking.entry.slot", zone=slot.zone_name, shift=slot.shift_name,
                 name=self.attendant[1])
        if self.override:
            text += "  " + t("tui.parking.entry.override_on", name=slot.attendant_name)
        elif not slot.rostered:
            text += "  " + t("tui.parking.entry.off_roster")
        if slot.report is not None:
            text += "  " + t("tui.parking.entry.saved_slot", number=slot.report.number)
        self.query_one("#slot-heading", Static).update(text)

    # --- as typed -------------------------------------------------------------------------

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        if event.input.disabled or self.current is None or self.current.report is not None:
            return
        self._recompute()

    def _recompute(self) -> None:
        figures = self.query_one("#slot-figures", Static)
        slot = self.current
        if slot is None or self.context is None:
            figures.update("")
            return
        if slot.report is not None:
            report = slot.report
            figures.update(self._figures(report.expected, report.target, report.handed_over))
            return
        for line in ("counts", "handed_over", "minutes_worked"):
            self.query_one(f"#error-{line}", FieldError).clear()
        try:
            typed = self.read()
        except SekretariatError as exc:
            self.query_one(f"#error-{report_form.error_line(exc.field)}",
                           FieldError).show(exc.message)
            figures.update("")          # nothing stale from the slot before
            return
        expected = day_sheet.expected_of(self.context, typed.vehicles())
        target = day_sheet.target_of(self.context, slot.shift_code, typed.minutes)
        figures.update(self._figures(expected, target, typed.handed_over))

    @staticmethod
    def _figures(expected: int, target: int, handed: int | None) -> Text:
        text = Text(t("tui.parking.entry.expected", amount=format_rupiah(expected)))
        if target:
            text.append("  " + t("tui.parking.entry.target", amount=format_rupiah(target)))
        if handed is not None:
            text.append("  " + t("tui.parking.entry.difference") + " ")
            text.append_text(signed(handed - expected))
            if handed < target:
                text.append("  " + t("tui.parking.entry.below_target"), style="yellow")
        return text

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        if event.input.id in ("handed_over", "minutes_worked"):
            self.action_save()
            return
        walk = self._walk()
        if event.input in walk:
            at = walk.index(event.input)
            walk[min(at + 1, len(walk) - 1)].focus()
        else:
            self.focus_next()

    @on(DataTable.RowSelected, "#entry-slots")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        self.open_slot(event.row_key.value)

    # --- saving ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        open_slot = self.current is not None and self.current.report is None
        if action in ("save", "other_attendant"):
            return (self.may("parking.report") and open_slot) or None
        if action == "void":
            return (self.may("parking.report") and self.current is not None
                    and self.current.report is not None) or None
        if action == "slot":
            return bool(self.sheet and self.sheet.slots) or None
        return super().check_action(action, parameters)

    def action_save(self) -> None:
        slot = self.current
        if slot is None or slot.report is not None or self.saving or self.attendant is None:
            return
        self.clear_errors()
        try:
            typed = self.read()
            if typed.handed_over is None:
                raise ValidationError("tui.parking.entry.handed_missing", field="handed_over")
        except SekretariatError as exc:
            self._refused(exc)
            return
        self.saving = True
        self.call_service(
            shift_reports.record_shift_report, self.session, self.day, slot.zone_code,
            slot.shift_code, self.attendant[0], counts=typed.counts, tickets_used=typed.tickets,
            handed_over=typed.handed_over, minutes_worked=typed.minutes,
            override_off_roster=self.override or not slot.rostered,
            done=self._saved, failed=self._refused, group="save")

    def _refused(self, error: SekretariatError | None) -> None:
        self.saving = False
        if error is None:
            self.show_error(None)
            return
        line = report_form.error_line(error.field)
        self.query_one(f"#error-{line}", FieldError).show(error.message)
        target = {"handed_over": "#handed_over", "minutes_worked": "#minutes_worked"}.get(line)
        walk = self._walk()
        if target:
            self.query_one(target, Input).focus()
        elif line == "counts" and walk:
            walk[0].focus()

    def _saved(self, report) -> None:
        self.saving = False
        self.saved += 1
        message = t("tui.parking.entry.saved", number=report.number,
                    name=report.attendant_name)
        if report.shortfall:
            message += " " + t("tui.parking.entry.became_debt",
                               amount=format_rupiah(report.shortfall))
        self.notify(message)
        self.reload(after=self.current.key if self.current else None)
