"""Set a trader's status: aktif, nonaktif or diblokir (blocking needs a
reason; a blocked trader gets no new lease). Dismisses with the updated
``TraderInfo``, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Select, Static

from sekretariat.i18n import t
from sekretariat.services.leasing import traders
from sekretariat.services.leasing.traders import TraderInfo
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput


class TraderStatusDialog(SubmitDialog):
    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.trader_status.help"
    TITLE_KEY = "tui.trader_status.title"
    AUTO_FOCUS = "#status"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.key.save", id="status.submit"),
    ]

    def __init__(self, trader: TraderInfo) -> None:
        super().__init__(classes="dialog")
        self.trader = trader

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.trader_status.title_of", name=self.trader.name),
                         classes="dialog-title", markup=False)
            yield Field(t("field.status"),
                        Select([(t(f"trader.status.{s}"), s) for s in traders.STATUSES],
                               value=self.trader.status, allow_blank=False, id="status"),
                        field="status")
            yield Field(t("field.reason"), TextInput(id="reason", max_length=300), field="reason")
            yield Static(t("tui.trader_status.explain"), classes="dialog-text", markup=False)
            yield FieldError("general")
            yield dialog_buttons(t("tui.form.save"), "primary")
        yield Footer()

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        self.submit_service(traders.set_status, self.session, self.trader.id,
                            str(self.query_one("#status", Select).value),
                            self.query_one("#reason", Input).value,
                            done=self.dismiss, group="status")
