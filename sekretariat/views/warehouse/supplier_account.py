"""Kartu utang pemasok: one supplier's 2-200 lines over a period (From / To;
by default the last 90 days up to today) — goods received on credit,
payments and their voids — with the running balance, what was owed before
the period, the totals and what is owed at its end, and what is owed today
with the oldest delivery not yet paid (all from ``services.warehouse.
payables``). b pays (``cash.post``: the treasurer or the chair; the
supplier owed something and still active), v voids the highlighted payment
(``cash.void``) with a reason; others look, those keys greyed."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, DataTable, Footer, Input, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.warehouse import payables
from sekretariat.services.warehouse.payables import AccountLine, SupplierAccount, SupplierBalance
from sekretariat.views.base import BaseScreen
from sekretariat.views.warehouse.cells import money
from sekretariat.views.widgets import period
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.fields import FieldError, date_field, date_text

#: Column key -> width ("+": right-aligned); date to balance fit 80 columns.
COLUMNS = (("date", 11), ("kind", 15), ("number", 14), ("+change", 13), ("+balance", 13),
           ("memo", 44))
DEFAULT_DAYS = 90


def load_account(session, supplier_id: int, first: dt.date,  # type: ignore[no-untyped-def]
                 last: dt.date) -> tuple[SupplierAccount, SupplierBalance]:
    """The account over the period, and what is owed today."""
    account = payables.supplier_account(session, supplier_id, first, last)
    today = next(b for b in payables.supplier_balances(session) if b.supplier_id == supplier_id)
    return account, today


def _memo(line: AccountLine) -> str:
    """The entry's memo without the document's number it starts with, and
    whether it was voided or returned later."""
    memo = line.memo.removeprefix(f"{line.document} · ")
    return memo + (f" · {t('tui.payables.account.reversed')}" if line.reversed else "")


class SupplierAccountScreen(period.PeriodFields, BaseScreen):
    PERIOD_TABLE = "#account-table"
    PERIOD_REVERSED_KEY = "payables.period_reversed"
    CSS_PATH = "../styles/supplier_account.tcss"
    HELP_KEY = "tui.payables.help.account"
    TITLE_KEY = "tui.payables.account.screen"
    AUTO_FOCUS = "#account-table"

    BINDINGS = [
        Binding("b", "pay", "tui.payables.key.pay", id="supplier_account.pay"),
        Binding("v", "void", "tui.payables.key.void", id="supplier_account.void"),
        Binding("d", "edit_period", "tui.payables.key.period", id="supplier_account.period"),
        Binding("f5", "refresh", "tui.key.refresh", id="supplier_account.refresh", show=False),
    ]

    def __init__(self, supplier_id: int) -> None:
        super().__init__()
        self.supplier_id = supplier_id
        self.last = clock.today()
        self.first = self.last - dt.timedelta(days=DEFAULT_DAYS)
        self.account: SupplierAccount | None = None
        self.today: SupplierBalance | None = None
        self.lines: dict[str, AccountLine] = {}
        #: a document to put the cursor on after the next load (a payment just made)
        self.select: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.loading"), id="account-title", classes="screen-title", markup=False)
        with Horizontal(id="account-controls"):
            yield date_field(t("tui.payables.account.from"), "first", self.first,
                             classes="field date", own_error=False)
            yield date_field(t("tui.payables.account.to"), "last", self.last,
                             classes="field date", own_error=False)
            yield Button(t("tui.payables.account.apply"), id="apply")
            yield Static("", id="account-now", markup=False)
        yield FieldError("first")
        yield FieldError("last")
        yield Static("", id="account-opening", markup=False)
        yield DataTable(id="account-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="account-closing", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#account-table", DataTable)
        for key, width in COLUMNS:
            label = t(f"tui.payables.account.col_{key.lstrip('+')}")
            table.add_column(Text(label, justify="right") if key.startswith("+") else label,
                             key=key.lstrip("+"), width=width)
        self.reload()

    def reload(self) -> None:
        wanted = (self.first, self.last)
        self.call_service(load_account, self.session, self.supplier_id, self.first, self.last,
                          done=lambda found: self.show(*found, wanted), group="load")

    def show(self, account: SupplierAccount, today: SupplierBalance,
             wanted: tuple[dt.date, dt.date]) -> None:
        if wanted != (self.first, self.last):
            return  # an answer to an earlier question
        self.account, self.today = account, today
        self.query_one("#account-title", Static).update(t(
            "tui.payables.account.title", name=account.supplier.name,
            first=fmt_date(self.first), last=fmt_date(self.last)))
        now = t("tui.payables.account.now", amount=format_rupiah(today.owed))
        if today.oldest_unpaid:
            now += f" ({fmt_date(today.oldest_unpaid)})"
        self.query_one("#account-now", Static).update(
            Text(now, style="bold red" if today.owed else "bold green"))
        self.query_one("#account-opening", Static).update(t(
            "tui.payables.account.opening", day=fmt_date(self.first),
            amount=format_rupiah(account.opening)))
        table = self.query_one("#account-table", DataTable)
        at = table.cursor_row
        table.clear()
        self.lines = {str(line.line_id): line for line in account.lines}
        for line in account.lines:
            void = line.reversed or line.kind.endswith("_void")
            change = line.credit - line.debit
            style = "dim" if void else ("red" if change > 0 else "green")
            table.add_row(fmt_date(line.day), short_text(t(f"payables.kind.{line.kind}"), 15),
                          Text(line.document, style="dim" if void else ""),
                          Text(("+" if change > 0 else "") + format_rupiah(change), style=style,
                               justify="right"),
                          money(line.balance), Text(_memo(line), style="dim" if void else ""),
                          key=str(line.line_id))
        if account.lines:
            chosen = [i for i, line in enumerate(account.lines) if line.document == self.select]
            table.move_cursor(row=chosen[-1] if chosen else min(at, len(account.lines) - 1)
                              if at else len(account.lines) - 1)
        self.select = None
        self.query_one("#account-closing", Static).update(
            t("tui.payables.account.empty") if not account.lines else t(
                "tui.payables.account.closing", credit=format_rupiah(account.total_credit),
                debit=format_rupiah(account.total_debit), day=fmt_date(self.last),
                amount=format_rupiah(account.closing)))
        self.refresh_bindings()

    def action_refresh(self) -> None:
        self.reload()

    @property
    def highlighted(self) -> AccountLine | None:
        if not self.is_mounted:
            return None
        table = self.query_one("#account-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.lines.get(key or "")

    @on(DataTable.RowHighlighted, "#account-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    # --- paying and voiding -----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pay":
            return (self.may("cash.post") and self.account is not None
                    and self.today is not None and self.today.owed > 0
                    and self.account.supplier.active) or None
        if action == "void":
            line = self.highlighted
            return (self.may("cash.void") and line is not None and line.kind == "payment"
                    and line.payment_id is not None and not line.reversed) or None
        return super().check_action(action, parameters)

    def action_pay(self) -> None:
        if self.check_action("pay", ()) is not True or self.account is None:
            return
        from sekretariat.views.warehouse.supplier_pay import PaySupplierDialog

        self.app.push_screen(PaySupplierDialog(self.account.supplier, self.today), self._paid)

    def _paid(self, payment) -> None:  # type: ignore[no-untyped-def]
        if payment is not None:
            self.notify(t("tui.payables.account.paid", number=payment.number,
                          amount=format_rupiah(payment.amount)))
            if payment.pay_date > self.last:
                self.last = payment.pay_date
                self.query_one("#last", Input).value = date_text(self.last)
            self.select = payment.number
            self.reload()

    def action_void(self) -> None:
        line = self.highlighted
        if line is None or self.check_action("void", ()) is not True:
            return
        from sekretariat.views.warehouse.supplier_pay import VoidSupplierPaymentDialog

        self.app.push_screen(VoidSupplierPaymentDialog(line), self._voided)

    def _voided(self, payment) -> None:  # type: ignore[no-untyped-def]
        if payment is not None:
            self.notify(t("tui.payables.account.voided", number=payment.number))
            if payment.voided_on is not None and payment.voided_on > self.last:
                self.last = payment.voided_on
                self.query_one("#last", Input).value = date_text(self.last)
            self.select = payment.number
            self.reload()
