"""Tutup Kas Harian: the treasurer's end-of-day close in one view.

The day (the oldest open day with cash activity, else today; F2 changes it),
its opening balance and every source in and out, what changed since a
reopened day was last closed, the quiet days that close with it, then the
count by denomination. With a blind count (the market's default) nothing that
gives the expected balance away shows until the count is confirmed (F5, or
the first Ctrl+S); then the difference shows, a non-zero one needs a note and
one above the limit the chair's approval (ApproveDialog). Ctrl+S closes the
day, then takes the daily backup in its own worker (the close stands
whatever happens to it); the result stays on screen (a failed backup in red)
and the closing report can be printed while the backup runs."""

from __future__ import annotations

import datetime as dt
from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Input, Static

from sekretariat.errors import DayClosed, SekretariatError, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, fmt_date_long, parse_date
from sekretariat.money import format_rupiah
from sekretariat.services.cash import close as closing
from sekretariat.services.cash import close_read
from sekretariat.services.cash.close import MAX_NOTE, CloseResult
from sekretariat.services.cash.close_read import CloseDraft, CloseInfo
from sekretariat.views.base import BaseScreen
from sekretariat.views.cash.close_backup import BackupStep
from sekretariat.views.cash import close_panels as panels
from sekretariat.views.cash.approve import ApproveDialog, Refused
from sekretariat.views.cash.close_links import CloseLinks, closed_close, default_day
from sekretariat.views.cash.count_grid import CountGrid
from sekretariat.views.cash.report_print import print_close_report
from sekretariat.views.widgets.fields import Field, FieldError, FormScroll, date_text
from sekretariat.views.widgets.text_input import TextInput
from sekretariat.views.widgets.validators import DateValidator, first_failure


class CloseScreen(BackupStep, CloseLinks, BaseScreen):
    CSS_PATH = "../styles/cash.tcss"
    HELP_KEY = "tui.close.help"
    TITLE_KEY = "tui.section.days"
    SECTION = "days"
    AUTO_FOCUS = ".count-input"

    BINDINGS = [
        Binding("f2", "change_day", "tui.close.key.day", id="close.day"),
        Binding("d", "change_day", "tui.close.key.day", id="close.day_letter", show=False),
        Binding("f5", "reveal", "tui.close.key.reveal", id="close.reveal"),
        Binding("ctrl+s", "close", "tui.close.key.close", id="close.submit"),
        Binding("p", "print", "tui.close.key.print", id="close.print"),
        Binding("ctrl+o", "history", "tui.close.key.history", id="close.history"),
        Binding("ctrl+t", "days_list", "tui.close.key.days", id="close.days", show=False),
    ]

    def __init__(self, day: dt.date | None = None) -> None:
        super().__init__()
        self.day = day
        self.draft: CloseDraft | None = None
        self.revealed = False
        self.busy = False
        self.result: CloseResult | None = None
        self.closed_info: CloseInfo | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.days"), classes="screen-title", markup=False)
        with Horizontal(id="close-head"):
            yield Field(t("tui.close.day"), TextInput(id="day", max_length=10,
                                                      validators=[DateValidator()]),
                        field="day", classes="field narrow", own_error=False)
            yield Static(t("tui.loading"), id="close-state", markup=False)
        yield FieldError("day")
        with FormScroll(id="close-body"):
            yield Static("", id="close-books", markup=False)
            yield Static("", id="close-changes", markup=False)
            yield Static("", id="close-zero", markup=False)
            yield Static(t("tui.close.count_heading"), classes="heading", id="count-heading",
                         markup=False)
            yield CountGrid()
            yield Static("", id="count-total", markup=False)
            yield FieldError("counts")
            yield Static("", id="close-expected", markup=False)
            yield Field(t("tui.close.note"), TextInput(id="note", max_length=MAX_NOTE,
                                                       placeholder=t("tui.close.note_hint")),
                        field="note", id="note-field")
            yield FieldError("approver")
            yield FieldError("general")
            yield Static("", id="close-result", markup=False)
            yield Static("", id="close-backup", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        for widget_id in ("#close-changes", "#close-zero", "#close-result", "#close-backup"):
            self.query_one(widget_id).display = False
        if self.day is None:
            self.call_service(default_day, self.session, done=self.show_day, group="close-load")
        else:
            self.show_day(self.day)

    # --- the day ------------------------------------------------------------------------

    def show_day(self, day: dt.date) -> None:
        """Load the walk-through of ``day`` (the typed count is kept)."""
        self.query_one("#day", Input).value = date_text(day)
        self.query_one("#error-day", FieldError).clear()
        if self.result is not None:  # a new day after a close starts a new count
            self.result = None
            self.query_one(CountGrid).clear()
            self.query_one("#note", Input).value = ""
        if day != self.day or self.draft is None:
            self.revealed = False
        self.day = day
        self.closed_info = None
        self.query_one("#close-state", Static).update(t("tui.loading"))
        self._set_busy(True)
        self.call_service(close_read.prepare_close, self.session, day, done=self.show_draft,
                          failed=self._not_closable, group="close-load")

    def open_day(self, day: dt.date | None) -> None:
        """Come back to this screen for ``day`` (None: the next day to close,
        unless a count is under way here)."""
        if day is not None:
            self.show_day(day)
        elif self.result is not None or self.draft is None:
            self.call_service(default_day, self.session, done=self.show_day, group="close-load")

    def action_change_day(self) -> None:
        self.query_one("#day", Input).focus()

    def action_close_day(self) -> None:
        """From the palette ("tutup hari"): the count is where to start."""
        self._focus_count()

    @on(Input.Changed, "#day")
    def _day_typed(self, event: Input.Changed) -> None:
        self.query_one("#error-day", FieldError).show(first_failure(event.validation_result))

    @on(Input.Submitted, "#day")
    def _day_entered(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            day = parse_date(event.value, field="day")
        except SekretariatError as exc:
            self.show_error(exc)
            return
        self.show_day(day)

    def show_draft(self, draft: CloseDraft) -> None:
        self.call_later(self._apply_draft, draft)

    async def _apply_draft(self, draft: CloseDraft) -> None:
        self._set_busy(False)
        self.draft = draft
        if not draft.settings.blind_count:
            self.revealed = True
        await self.query_one(CountGrid).set_denominations(draft.settings.denominations)
        self._set_editable(True)
        self._show_count(True)
        state = t("tui.close.state", day=fmt_date_long(draft.day),
                  sources=len(draft.sources)) if draft.has_activity else \
            t("tui.close.state_quiet", day=fmt_date_long(draft.day))
        self.query_one("#close-state", Static).update(state)
        self._draw()
        focused = self.focused
        if not isinstance(focused, Input) or focused.id == "day":
            self._focus_count()

    def _not_closable(self, error: SekretariatError | None) -> None:
        """The day cannot be closed: why, next to the day; a closed day shows its close."""
        self._set_busy(False)
        self.draft = None
        self._set_editable(False)
        self._show_count(False)
        self.query_one("#close-state", Static).update("")
        if error is not None and not error.field:
            error = SekretariatError(error.key, field="day", **error.params)
        self.show_error(error)
        for widget_id in ("#close-books", "#close-changes", "#close-zero", "#close-expected",
                          "#count-total", "#close-result", "#close-backup"):
            self.query_one(widget_id, Static).update("")
        if isinstance(error, DayClosed) or (error is not None and error.key == "day.closed"):
            self.call_service(closed_close, self.session, self.day, done=self._show_closed,
                              group="close-load")
        self.refresh_bindings()

    def _show_closed(self, info: CloseInfo | None) -> None:
        self.closed_info = info
        if info is not None:
            books = self.query_one("#close-books", Static)
            books.update(panels.already_closed(info))
            self.set_focus(None)  # p prints its report; F2 picks another day
        self.refresh_bindings()

    # --- the count ----------------------------------------------------------------------

    @on(CountGrid.Changed)
    def _count_changed(self, event: CountGrid.Changed) -> None:
        self.query_one("#count-total", Static).update(
            t("tui.close.counted", amount=format_rupiah(event.total)))
        self.query_one("#error-counts", FieldError).show(event.problem)
        self._draw_expected()

    @on(Input.Submitted, ".count-input")
    def _last_count(self, event: Input.Submitted) -> None:
        """Enter on the last row: the count is done."""
        event.stop()
        if self.draft is not None and not self.revealed:
            self.action_reveal()
        else:
            self.query_one("#note", Input).focus()

    @on(Input.Submitted, "#note")
    def _note_entered(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_close()

    @on(Input.Changed, "#note")
    def _note_typed(self, event: Input.Changed) -> None:
        self.query_one("#error-note", FieldError).show(first_failure(event.validation_result))

    def action_reveal(self) -> None:
        """Confirm the count: the expected amount and the difference show."""
        if self.draft is None or self.revealed or self.result is not None:
            return
        grid = self.query_one(CountGrid)
        bad = grid.first_bad()
        if bad is not None:
            self.query_one("#error-counts", FieldError).show(grid.problem())
            bad.focus()
            return
        self.revealed = True
        self._draw()
        self.notify(t("tui.close.revealed"), timeout=4)
        if self._difference():
            self.query_one("#note", Input).focus()
        self.refresh_bindings()

    def _difference(self) -> int:
        assert self.draft is not None
        return self.query_one(CountGrid).total() - self.draft.expected

    # --- closing ------------------------------------------------------------------------

    def action_close(self) -> None:
        if self.draft is None or self.busy or self.result is not None:
            return
        self.clear_errors()
        grid = self.query_one(CountGrid)
        counts = grid.quantities()
        if counts is None:
            self.query_one("#error-counts", FieldError).show(grid.problem())
            grid.first_bad().focus()
            return
        if not self.revealed:
            self.action_reveal()
            return
        draft = self.draft
        difference = self._difference()
        note = self.query_one("#note", Input).value
        if difference and not note.strip():
            self.show_error(ValidationError("cash.note_needed", field="note",
                                            difference=format_rupiah(difference)))
            self.query_one("#note", Input).focus()
            return
        run = partial(closing.close_cash_day, self.session, draft.day, counts, note,
                      expected_seen=draft.expected)
        threshold = draft.settings.approval_threshold
        if abs(difference) > threshold and not self.may("cash.approve"):
            self.app.push_screen(ApproveDialog(abs(difference), threshold, run), self._approved)
            return
        self._set_busy(True)
        self.query_one("#close-state", Static).update(t("tui.close.working"))
        self.call_service(run, done=self.show_result, failed=self._close_refused,
                          group="close-submit")

    def _approved(self, outcome) -> None:
        if outcome is None:
            self.notify(t("tui.close.not_approved"), severity="warning")
        elif isinstance(outcome, Refused):
            self._close_refused(outcome.error)
        else:
            self.show_result(outcome)

    def _close_refused(self, error: SekretariatError | None) -> None:
        """Shown next to its field; the count stays as typed. If the books
        moved meanwhile, the walk-through is loaded again."""
        self._set_busy(False)
        self.show_error(error)
        if error is not None and error.key == "cash.books_moved" and self.day is not None:
            self.call_service(close_read.prepare_close, self.session, self.day,
                              done=self.show_draft, failed=self._not_closable,
                              group="close-load")
        elif self.draft is not None:
            self.query_one("#close-state", Static).update(t("tui.close.state_refused"))

    def show_result(self, done: CloseResult) -> None:
        self._set_busy(False)
        self.result = done
        self._set_editable(False)
        self.query_one("#close-state", Static).update(
            t("tui.close.state_closed", day=fmt_date_long(done.close.day)))
        result = self.query_one("#close-result", Static)
        result.update(panels.result(done))
        result.display = True
        self._back_up()
        body = self.query_one("#close-body", FormScroll)
        self.call_after_refresh(body.scroll_end, animate=False)
        self.set_focus(None)  # the letter keys (p) work now
        self.refresh_bindings()
        from sekretariat.views.core.confirm import ConfirmDialog

        self.app.push_screen(
            ConfirmDialog(t("tui.close.print_question", day=fmt_date(done.close.day)),
                          t("tui.close.print_now"), title=t("tui.close.print_title")),
            lambda yes: yes and self.action_print())

    def action_print(self) -> None:
        info = self.result.close if self.result is not None else self.closed_info
        if info is not None:
            print_close_report(self, info.id, info.day)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close":
            return (self.draft is not None and self.result is None and not self.busy) or None
        if action == "reveal":
            return self.draft is not None and not self.revealed and self.result is None
        if action == "print":
            return self.result is not None or self.closed_info is not None
        if action == "history":
            return self.may("cash.view")
        if action == "reopen_day":
            return self.may("day.reopen")
        return super().check_action(action, parameters)

    # --- drawing --------------------------------------------------------------------------

    def _draw(self) -> None:
        draft = self.draft
        if draft is None:
            return
        shown = self.revealed
        self.query_one("#close-books", Static).update(panels.books(draft, shown))
        changes = self.query_one("#close-changes", Static)
        changes.update(panels.changes(draft, shown))
        changes.display = draft.previous is not None
        zero = self.query_one("#close-zero", Static)
        zero.update(panels.zero_days(draft))
        zero.display = bool(draft.zero_days)
        self._draw_expected()

    def _draw_expected(self) -> None:
        draft = self.draft
        widget = self.query_one("#close-expected", Static)
        if draft is None:
            widget.update("")
            return
        text, tone = panels.expected(draft, self.query_one(CountGrid).total(), self.revealed,
                                     chair=self.may("cash.approve"))
        widget.update(text)
        for name in ("-blind", "-even", "-over", "-short"):
            widget.set_class(name == tone, name)
        self.query_one("#note-field").set_class(tone in ("-over", "-short"), "-required")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.refresh_bindings()

    def _show_count(self, shown: bool) -> None:
        for widget_id in ("#count-heading", "#count-grid", "#count-total", "#close-expected",
                          "#note-field"):
            self.query_one(widget_id).display = shown

    def _set_editable(self, editable: bool) -> None:
        self.query_one(CountGrid).set_enabled(editable)
        self.query_one("#note", Input).disabled = not editable

    def _focus_count(self) -> None:
        inputs = self.query_one(CountGrid).inputs()
        if inputs and not inputs[0].disabled:
            inputs[0].focus()

    def action_back(self) -> None:
        if isinstance(self.focused, Input) and self.focused.id == "day" and self.draft:
            self._focus_count()
            return
        super().action_back()
