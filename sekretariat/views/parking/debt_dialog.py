"""Take an attendant's payment, or (the chair) write part of a debt off with
a reason: the amount (the whole debt filled in), the day (today by
default), a note or the reason. More than the debt is refused under the
amount, all typed kept. Dismisses with the ``DebtMovement``, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_date
from sekretariat.money import format_rupiah
from sekretariat.services.parking import debts
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError, date_field, money_field
from sekretariat.views.widgets.text_input import TextInput
from sekretariat.views.widgets.validators import first_failure


class DebtMoveDialog(SubmitDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/parking.tcss"]
    TITLE_KEY = "tui.parking.debt_move.title"
    AUTO_FOCUS = "#amount"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.key.save", id="parking_debt_move.submit"),
    ]

    def __init__(self, kind: str, attendant_id: int, name: str, debt: int) -> None:
        super().__init__(classes="dialog")
        if kind not in ("payment", "write_off"):
            raise ValueError(kind)
        self.kind = kind
        self.attendant_id = attendant_id
        self.name_text = name
        self.debt = debt
        self.HELP_KEY = f"tui.parking.help.{kind}"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t(f"tui.parking.debt_move.title_{self.kind}", name=self.name_text),
                         classes="dialog-title", markup=False)
            yield Static(t("tui.parking.debt_move.owes", amount=format_rupiah(self.debt)),
                         classes="dialog-text", markup=False)
            with Horizontal(classes="dialog-row"):
                yield money_field(t("tui.parking.debt_move.amount"), "amount", required=True,
                                  own_error=False)
                yield date_field(t("tui.parking.debt_move.day"), "day", clock.today(),
                                 own_error=False)
            yield FieldError("amount")
            yield FieldError("day")
            field = "reason" if self.kind == "write_off" else "memo"
            yield Field(t(f"tui.parking.debt_move.{field}"),
                        TextInput(id=field, max_length=debts.MAX_REASON), field=field)
            yield FieldError("general")
            yield dialog_buttons(t(f"tui.parking.debt_move.submit_{self.kind}"),
                                 "warning" if self.kind == "write_off" else "primary")
        yield Footer()

    def on_mount(self) -> None:
        amount = self.query_one("#amount", Input)
        amount.value = format_rupiah(self.debt)
        amount.select_all()          # typing replaces the suggested amount

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        for error in self.query(f"#error-{event.input.id}"):
            if isinstance(error, FieldError):
                error.show(first_failure(event.validation_result))

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        if event.input.id in ("reason", "memo"):
            self.action_submit()
        else:
            self.focus_next()

    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self._submit_button().disabled:
            return
        self.clear_errors()
        value = self.query_one
        try:
            day = parse_date(value("#day", Input).value, field="day")
        except SekretariatError as exc:
            self._failed(exc)
            return
        amount = value("#amount", Input).value
        if self.kind == "payment":
            self.submit_service(debts.pay_debt, self.session, self.attendant_id, amount, day,
                                value("#memo", Input).value, done=self.dismiss)
        else:
            self.submit_service(debts.write_off, self.session, self.attendant_id, amount,
                                value("#reason", Input).value, day, done=self.dismiss)
