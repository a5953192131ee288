"""An attendant's account: every shortfall (with its report number; a voided
report's shortfall struck through), payment and write-off (with its reason)
in date order with the running balance, and what is owed now. b takes a
payment; w writes (part of) the debt off: the chair only, with a reason."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.parking import attendants, debts
from sekretariat.services.parking.attendants import AttendantInfo
from sekretariat.services.parking.debts import DebtMovement
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.cells import short_text


def load_account(session, attendant_id: int) -> tuple[AttendantInfo, list[DebtMovement], int]:
    return (attendants.get_attendant(session, attendant_id),
            debts.movements(session, attendant_id), debts.debt_of(session, attendant_id))


class AttendantAccountScreen(BaseScreen):
    CSS_PATH = "../styles/parking.tcss"
    HELP_KEY = "tui.parking.help.account"
    TITLE_KEY = "tui.parking.account.title"
    AUTO_FOCUS = "#account-table"

    BINDINGS = [
        Binding("b", "pay", "tui.parking.key.pay", id="parking_account.pay"),
        Binding("w", "write_off", "tui.parking.key.write_off", id="parking_account.write_off"),
        Binding("f5", "refresh", "tui.key.refresh", id="parking_account.refresh", show=False),
    ]

    def __init__(self, attendant_id: int) -> None:
        super().__init__()
        self.attendant_id = attendant_id
        self.person: AttendantInfo | None = None
        self.debt = 0

    def compose(self) -> ComposeResult:
        yield Static(t("tui.parking.account.title"), id="account-title", classes="screen-title",
                     markup=False)
        yield Static(t("tui.loading"), id="account-balance", markup=False)
        yield DataTable(id="account-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#account-table", DataTable)
        for key, width in (("date", 11), ("movement", 12), ("number", 15), ("amount", 12),
                           ("balance", 12), ("reason", 30)):
            table.add_column(t(f"tui.parking.col.{key}"), key=key, width=width)
        self.reload()

    def reload(self) -> None:
        self.call_service(load_account, self.session, self.attendant_id, done=self.show,
                          group="load")

    def show(self, found: tuple[AttendantInfo, list[DebtMovement], int]) -> None:
        self.person, moves, self.debt = found
        self.query_one("#account-title", Static).update(
            t("tui.parking.account.heading", name=self.person.name))
        self.query_one("#account-balance", Static).update(Text(
            t("tui.parking.account.balance", amount=format_rupiah(self.debt)),
            style="bold red" if self.debt else "bold green"))
        table = self.query_one("#account-table", DataTable)
        table.clear()
        running = 0
        for move in moves:
            counted = not move.voided
            change = move.amount if move.kind == "shortfall" else -move.amount
            if counted:
                running += change
            style = "strike dim" if not counted else ("red" if change > 0 else "green")
            reason = move.reason if move.kind != "shortfall" else (
                t("tui.parking.account.voided") if move.voided else "")
            table.add_row(fmt_date(move.day), t(f"tui.parking.movement.{move.kind}"),
                          move.report_number or "-",
                          Text(("+" if change > 0 else "") + format_rupiah(change), style=style,
                               justify="right"),
                          Text(format_rupiah(running), justify="right"),
                          short_text(reason, 30), key=str(move.id))
        if moves:
            table.move_cursor(row=len(moves) - 1)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pay":
            return (self.may("parking.report") and self.debt > 0) or None
        if action == "write_off":
            return (self.may("parking.write_off") and self.debt > 0) or None
        return super().check_action(action, parameters)

    def action_refresh(self) -> None:
        self.reload()

    def action_pay(self) -> None:
        self._move("payment")

    def action_write_off(self) -> None:
        self._move("write_off")

    def _move(self, kind: str) -> None:
        from sekretariat.views.parking.debt_dialog import DebtMoveDialog

        if self.person is None or self.debt <= 0:
            return
        self.app.push_screen(DebtMoveDialog(kind, self.person.id, self.person.name, self.debt),
                             self._moved)

    def _moved(self, move: DebtMovement | None) -> None:
        if move is not None:
            self.notify(t(f"tui.parking.account.done_{move.kind}",
                          amount=format_rupiah(move.amount)))
            self.reload()
