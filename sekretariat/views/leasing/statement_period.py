"""The period of a trader's statement (rekening koran): from and to dates,
or the whole history (from the trader's first entry, or the day they joined
if earlier, to today). Dismisses with the ``TraderStatement`` of that
period, or None."""

from __future__ import annotations

import datetime as dt

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_date
from sekretariat.services.leasing import statements
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import FieldError, date_field


class StatementPeriodDialog(SubmitDialog):
    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.statement_period.help"
    TITLE_KEY = "tui.statement_period.title"
    AUTO_FOCUS = "#date_from"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.statement_period.submit", id="period.submit"),
        # (priority: the date inputs would take ctrl+a as "go to the start")
        Binding("ctrl+a", "whole_history", "tui.statement_period.all", id="period.all",
                priority=True),
    ]

    def __init__(self, trader_id: int, date_from: dt.date, date_to: dt.date) -> None:
        super().__init__(classes="dialog")
        self.trader_id = trader_id
        self.period = (date_from, date_to)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.statement_period.title"), classes="dialog-title", markup=False)
            with Horizontal(classes="dialog-row"):
                yield date_field(t("field.date_from"), "date_from", self.period[0])
                yield date_field(t("field.date_to"), "date_to", self.period[1])
            yield FieldError("general")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.statement_period.all_button"), id="all")
            yield dialog_buttons(t("tui.statement_period.submit"))
        yield Footer()

    @on(Button.Pressed, "#all")
    def action_whole_history(self) -> None:
        self.clear_errors()
        self.submit_service(statements.trader_statement, self.session, self.trader_id, None,
                            clock.today(), done=self.dismiss, group="statement")

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        try:
            date_from = parse_date(self.query_one("#date_from", Input).value, field="date_from")
            date_to = parse_date(self.query_one("#date_to", Input).value, field="date_to")
        except SekretariatError as exc:
            self._failed(exc)
            return
        self.submit_service(statements.trader_statement, self.session, self.trader_id,
                            date_from, date_to, done=self.dismiss, group="statement")
