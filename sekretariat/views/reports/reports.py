"""Laporan: choose a report and its period, make it, and be told where the
file went. The ledgers workbook and the annual / monthly PDF are written in
a worker with a progress bar (the screen stays usable; Esc stops waiting,
not the writing); an existing file is replaced only when the user says so;
a refusal (no books in the period, a future period, an unwritable folder)
shows under the form. The financial statements open on their own screen
(``statements.py``)."""

from __future__ import annotations

import time
from dataclasses import replace

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import (
    Button,
    Footer,
    Input,
    OptionList,
    ProgressBar,
    Select,
    Static,
)
from textual.widgets.option_list import Option

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_month
from sekretariat.views.base import BaseScreen, Outcome, run_safely, unexpected_message
from sekretariat.views.reports import choices
from sekretariat.views.reports.choices import Job
from sekretariat.views.widgets.fields import (
    Field,
    FieldError,
    FormScroll,
    date_field,
    row_errors,
)
from sekretariat.views.widgets.text_input import TextInput

#: Builds still being written, by (report, period, folder): one at a time each,
#: even after the screen that started it was left.
_RUNNING: set[tuple[str, str, str | None]] = set()
#: At most this many progress updates a second reach the screen.
UPDATES_PER_SECOND = 10
#: How long the "saved to ..." notice stays when the screen was left meanwhile.
NOTICE_SECONDS = 12
_PERIOD_FIELDS = ("year", "month", "first", "last")


def throttled(send, every: float = 1 / UPDATES_PER_SECOND):  # type: ignore[no-untyped-def]
    """A progress callback for the worker thread that passes on at most a
    few updates a second (and always the last)."""
    last = [0.0]

    def report(done: int, total: int | None = None, label: str | None = None, *_: object) -> None:
        now = time.monotonic()
        if now - last[0] < every and not (total and done >= total):
            return
        last[0] = now
        try:
            send(done, total, label)
        except RuntimeError:  # the app has closed meanwhile: keep writing
            pass

    return report


class ReportsScreen(BaseScreen):
    CSS_PATH = "../styles/reports.tcss"
    HELP_KEY = "tui.reports.help"
    TITLE_KEY = "tui.reports.title"
    SECTION = "reports"
    AUTO_FOCUS = "#reports"

    BINDINGS = [
        Binding("ctrl+s", "build", "tui.reports.key.build", id="reports.build"),
        Binding("f2", "focus_period", "tui.reports.key.period", id="reports.period"),
    ]

    def __init__(self) -> None:
        super().__init__()
        allowed = [key for key in choices.REPORTS if choices.may(self.session, key)]
        self.report = allowed[0] if allowed else choices.REPORTS[0]
        self.building: Job | None = None
        self.period = None          # the period the fields give, when they give one

    # --- layout ---------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        today = clock.today()
        yield Static(t("tui.reports.title"), classes="screen-title", markup=False)
        with FormScroll(id="reports-body"):
            yield OptionList(*(self._option(key) for key in choices.REPORTS), id="reports")
            yield Static("", id="report-help", markup=False)
            with Horizontal(id="period-row", classes="form-row"):
                yield Field(t("tui.reports.period_kind"), Select(
                    [(t(f"tui.reports.period.{k}"), k) for k in ("year", "month", "span")],
                    value="year", allow_blank=False, id="period_kind"),
                    field="period_kind", classes="field", id="kind-field", own_error=False)
                yield Field(t("tui.reports.year"), TextInput(str(today.year), id="year",
                                                              max_length=4),
                            field="year", classes="field", id="year-field", own_error=False)
                yield Field(t("tui.reports.month"), Select(
                    [(fmt_month(today.year, m).split(" ")[0], m) for m in range(1, 13)],
                    value=today.month, allow_blank=False, id="month"),
                    field="month", classes="field", id="month-field", own_error=False)
                yield date_field(t("tui.reports.from"), "first", choices.year_start(today),
                                 classes="field date", own_error=False)
                yield date_field(t("tui.reports.to"), "last", today, classes="field date",
                                 own_error=False)
            yield from row_errors(*_PERIOD_FIELDS)
            yield Static("", id="period-status", markup=False)
            with Horizontal(id="folder-row", classes="form-row"):
                yield Field(t("tui.reports.folder"), TextInput(str(choices.default_folder()),
                                                               id="folder"),
                            field="folder", classes="field", id="folder-field", own_error=False)
                yield Button(t("tui.reports.build"), id="build", variant="primary")
            yield from row_errors("folder", "period", "general")
            yield ProgressBar(id="progress", show_eta=False)
            yield Static("", id="build-status", markup=False)
            yield Static("", id="result", markup=False)
        yield Footer()

    def _option(self, key: str) -> Option:
        allowed = choices.may(self.session, key)
        prompt = Content.assemble((t(f"tui.reports.kind.{key}"), "bold"))
        if not allowed:
            prompt = Content.assemble(prompt, "  ", (t("tui.reports.kind.not_allowed"), "dim"))
        return Option(prompt, id=key, disabled=not allowed)

    def on_mount(self) -> None:
        self.query_one("#progress").display = False
        self.query_one("#build-status").display = False
        options = self.query_one("#reports", OptionList)
        options.highlighted = options.get_option_index(self.report)
        self._report_chosen(self.report)

    # --- the report and its period ------------------------------------------------------

    @on(OptionList.OptionHighlighted, "#reports")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id != self.report:
            self._report_chosen(event.option.id)

    @on(OptionList.OptionSelected, "#reports")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self._report_chosen(event.option.id)
            self.action_build()

    def _report_chosen(self, key: str) -> None:
        self.report = key
        self.query_one("#report-help", Static).update(t(f"tui.reports.kind.{key}.help"))
        kinds = choices.PERIOD_KINDS[key]
        kind = self.query_one("#period_kind", Select)
        if kind.value not in kinds:
            kind.value = kinds[0]
        kind.disabled = len(kinds) == 1
        self.query_one("#build", Button).label = t(
            "tui.reports.build" if key in choices.FILE_REPORTS else "tui.reports.show")
        self.query_one("#folder-field").display = key in choices.FILE_REPORTS
        self._show_fields()
        self._period_changed()
        self.refresh_bindings()

    def _show_fields(self) -> None:
        kind = self.query_one("#period_kind", Select).value
        self.query_one("#year-field").display = kind in ("year", "month")
        self.query_one("#month-field").display = kind == "month"
        for field in ("first", "last"):
            self.query_one(f"#{field}").parent.display = kind == "span"

    @on(Select.Changed, "#period_kind")
    def _kind_changed(self) -> None:
        self._show_fields()
        self._period_changed()

    @on(Select.Changed, "#month")
    @on(Input.Changed, "#year, #first, #last")
    def _period_typed(self) -> None:
        self._period_changed()

    def _read_period(self):  # type: ignore[no-untyped-def]
        """The period of the fields; a refusal goes under its field."""
        kind = str(self.query_one("#period_kind", Select).value)
        return choices.read_period(kind, self.query_one("#year", Input).value,
                                   self.query_one("#month", Select).value,
                                   self.query_one("#first", Input).value,
                                   self.query_one("#last", Input).value)

    def _period_changed(self) -> None:
        """As you type: the period's errors, or whether it is provisional."""
        self.clear_errors()
        if self.building is None:
            self.query_one("#result", Static).update("")
        status = self.query_one("#period-status", Static)
        status.set_classes("")
        try:
            self.period = self._read_period()
        except SekretariatError as exc:
            self.period = None
            status.update("")
            self.show_error(exc)
            return
        period = self.period
        status.update(t("tui.reports.period_checking", period=period.label()))
        self.call_service(choices.preview, period, done=lambda found: self._previewed(
            period, found), failed=lambda error: None, group="preview")

    def _previewed(self, period, found: choices.Preview) -> None:  # type: ignore[no-untyped-def]
        if period != self.period:
            return  # the fields have changed since
        status = self.query_one("#period-status", Static)
        if not found.has_data:
            status.update(t("report.no_data", period=period.label()))
            status.set_classes("-empty")
        elif found.provisional:
            status.update(t("tui.reports.period_provisional", period=period.label()))
            status.set_classes("-provisional")
        else:
            status.update(t("tui.reports.period_final", period=period.label()))
            status.set_classes("-final")

    # --- making it --------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "build":
            return (self.building is None and choices.may(self.session, self.report)) or None
        return super().check_action(action, parameters)

    @on(Input.Submitted, "#year, #first, #last, #folder")
    @on(Button.Pressed, "#build")
    def action_build(self) -> None:
        if self.building is not None or not choices.may(self.session, self.report):
            return
        self._period_changed()
        if self.period is None:
            self._focus_error()
            return
        folder = self.query_one("#folder", Input).value.strip()
        default = str(choices.default_folder())
        job = Job(self.report, self.period, None if folder in ("", default) else folder)
        self._start(job)

    def _focus_error(self) -> None:
        for field in _PERIOD_FIELDS:
            if self.query_one(f"#error-{field}", FieldError).text_shown:
                self.query_one(f"#{field}").focus()
                return

    def _start(self, job: Job) -> None:
        self.clear_errors()
        self.query_one("#result", Static).update("")
        if job.key in _RUNNING:
            self.show_error(SekretariatError("tui.reports.busy"))
            return
        self.building = job
        self.query_one("#build", Button).disabled = True
        what = t(f"tui.reports.kind.{job.report}")
        self.query_one("#build-status", Static).update(
            t("tui.reports.working", what=what, period=job.period.label()))
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True
        self.query_one("#build-status").display = True
        self.refresh_bindings()
        if job.report not in choices.FILE_REPORTS:
            self.call_service(choices.statements, self.session, job,
                              done=self._show_statements, failed=self._statements_failed,
                              group="statements")
            return
        _RUNNING.add(job.key)
        self._make(job, self.session)

    @work(thread=True, exclusive=True, exit_on_error=False, group="build")
    def _make(self, job: Job, session) -> None:  # type: ignore[no-untyped-def]
        """In a thread: write the file; progress and the outcome go to the UI."""
        app = self.app
        progress = throttled(lambda done, total, label: app.call_from_thread(
            self._progress, job, done, total, label))
        outcome = run_safely("ReportsScreen.make", choices.make_file, session, job, progress)
        try:
            app.call_from_thread(self._made, job, outcome)
        except RuntimeError:  # the app has closed meanwhile
            _RUNNING.discard(job.key)

    def _progress(self, job: Job, done: int, total: int | None, label: str | None) -> None:
        if not self.is_attached or self.building != job:
            return
        self.query_one("#progress", ProgressBar).update(total=total or None, progress=done)
        if label:
            self.query_one("#build-status", Static).update(
                t("tui.reports.step", what=t(f"tui.reports.kind.{job.report}"), step=label))

    def _idle(self) -> None:
        self.building = None
        self.query_one("#build", Button).disabled = False
        self.query_one("#progress").display = False
        self.query_one("#build-status").display = False
        self.refresh_bindings()

    def _made(self, job: Job, outcome: Outcome) -> None:
        _RUNNING.discard(job.key)
        if not self.is_attached:   # left while it was written: say it anyway
            self._tell_app(outcome)
            return
        self._idle()
        if outcome.ok:
            self._show_made(outcome.value)
        elif choices.file_exists(outcome.error):
            self._ask_replace(job, outcome.error)  # type: ignore[arg-type]
        else:
            self.show_error(outcome.error)

    def _tell_app(self, outcome: Outcome) -> None:
        if outcome.ok:
            self.app.notify(t("tui.reports.saved", path=str(outcome.value.path)),
                            title=t("tui.reports.done_title"), timeout=NOTICE_SECONDS)
        else:
            message = outcome.error.message if outcome.error else unexpected_message(
                getattr(self.app, "log_path", None))
            self.app.notify(message, title=t("tui.reports.failed_title"), severity="error",
                            timeout=NOTICE_SECONDS)

    def _show_made(self, made: choices.Made) -> None:
        lines = [t("tui.reports.saved", path=str(made.path)),
                 t("tui.reports.folder_is", folder=str(made.path.parent))]
        if made.provisional:
            lines.append(t("tui.reports.saved_provisional"))
        result = self.query_one("#result", Static)
        result.update(Text("\n".join(lines)))
        result.set_classes("-done")
        self.query_one("#reports-body").scroll_end(animate=False)

    def _ask_replace(self, job: Job, error: SekretariatError) -> None:
        from sekretariat.views.core.confirm import ConfirmDialog

        path = choices.existing_path(error)

        def answered(yes: bool | None) -> None:
            if yes:
                self._start(replace(job, replace=True))
                return
            result = self.query_one("#result", Static)
            result.update(Text(t("tui.reports.kept", path=path)))
            result.set_classes("-kept")

        self.app.push_screen(ConfirmDialog(t("tui.reports.replace_question", path=path),
                                           t("tui.reports.replace_yes"),
                                           title=t("tui.reports.replace_title")), answered)

    def _show_statements(self, found) -> None:  # type: ignore[no-untyped-def]
        from sekretariat.views.reports.statements import StatementsScreen

        self._idle()
        self.app.push_screen(StatementsScreen(found))

    def _statements_failed(self, error: SekretariatError | None) -> None:
        self._idle()
        self.show_error(error)

    # --- keys -------------------------------------------------------------------------

    def action_choose(self, key: str) -> None:
        """From the palette: this report, the cursor in its period."""
        options = self.query_one("#reports", OptionList)
        if key not in choices.REPORTS or options.get_option(key).disabled:
            return
        options.highlighted = options.get_option_index(key)
        self._report_chosen(key)
        self.action_focus_period()

    def action_focus_period(self) -> None:
        kind = self.query_one("#period_kind", Select).value
        self.query_one("#first" if kind == "span" else "#year").focus()

    def action_back(self) -> None:
        if self.building is not None and self.building.report in choices.FILE_REPORTS:
            self.app.notify(t("tui.reports.left_running",
                              what=t(f"tui.reports.kind.{self.building.report}")), timeout=4)
        super().action_back()
