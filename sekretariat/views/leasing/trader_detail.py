"""One trader: identity, leases and the statement of the last twelve months
(opening, lines, running balance, closing), with the actions on them (take a
payment, lease a stall, print, void, change status)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat import clock
from sekretariat.i18n import has, t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import documents, leases, payments, periods, statements, traders
from sekretariat.services.leasing.leases import LeaseInfo
from sekretariat.services.leasing.statements import TraderStatement
from sekretariat.services.leasing.traders import TraderInfo
from sekretariat.views.base import BaseScreen, run_safely
from sekretariat.views.printing import (
    NOTICE_SECONDS,
    offer_agreement,
    print_agreement,
    print_document,
)
from sekretariat.views.widgets.cells import short_text


def money_cell(amount: int, *, bold: bool = False) -> Text:
    style = "bold" if bold else ("dim" if amount == 0 else "")
    return Text(format_rupiah(amount), style=style, justify="right")


# --- the trader ----------------------------------------------------------------------

@dataclass(frozen=True)
class TraderDetail:
    trader: TraderInfo
    leases: tuple[LeaseInfo, ...]
    statement: TraderStatement


def statement_range(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last twelve months: from the first of the month eleven months ago."""
    return periods.add_months(today.replace(day=1), -11), today


def load_detail(session, trader_id: int, today: dt.date,
                period: tuple[dt.date, dt.date] | None = None) -> TraderDetail:
    """The trader, their leases and their statement over ``period`` (the
    last twelve months unless another was chosen)."""
    trader = traders.get_trader(session, trader_id)
    found = leases.list_leases(session, trader_id=trader_id, limit=50).rows
    date_from, date_to = period or statement_range(today)
    statement = statements.trader_statement(session, trader_id, date_from, date_to)
    return TraderDetail(trader, tuple(found), statement)


class TraderDetailScreen(BaseScreen):
    CSS_PATH = "../styles/traders.tcss"
    HELP_KEY = "tui.traders.detail_help"
    TITLE_KEY = "tui.traders.detail_title"
    AUTO_FOCUS = "#statement-table"

    BINDINGS = [
        Binding("b", "take_payment", "tui.trader.key.pay", id="trader.pay"),
        Binding("s", "new_lease", "tui.trader.key.lease", id="trader.lease"),
        Binding("p", "print_agreement", "tui.trader.key.agreement", id="trader.agreement"),
        Binding("k", "print_receipt", "tui.trader.key.receipt", id="trader.receipt"),
        Binding("t", "print_reminder", "tui.trader.key.reminder", id="trader.reminder"),
        Binding("l", "lease_action", "tui.trader.key.lease_action", id="trader.lease_action"),
        Binding("v", "void_payment", "tui.trader.key.void", id="trader.void", show=False),
        Binding("e", "edit", "tui.trader.key.edit", id="trader.edit"),
        Binding("x", "status", "tui.trader.key.status", id="trader.status", show=False),
        Binding("d", "statement_period", "tui.trader.key.period", id="trader.period"),
        Binding("r", "print_statement", "tui.trader.key.statement", id="trader.statement"),
        Binding("f5", "refresh", "tui.key.refresh", id="trader.refresh", show=False),
    ]

    #: action -> the permission it needs
    NEEDS = {"take_payment": "payments.take", "new_lease": "leases.manage",
             "print_agreement": "leases.view", "print_receipt": "payments.take",
             "print_reminder": "billing.run", "edit": "traders.manage",
             "lease_action": "leases.manage", "void_payment": "payments.void",
             "status": "traders.manage", "print_statement": "receivables.view"}

    def __init__(self, trader_id: int, then: str | None = None) -> None:
        """``then``: an action (e.g. ``"take_payment"``) to run once the trader
        is loaded: the palette's "pay" / "print" after choosing the trader."""
        super().__init__()
        self.trader_id = trader_id
        self.then = then
        self.detail: TraderDetail | None = None
        #: The statement's period when chosen (``d``); else the last twelve months.
        self.period: tuple[dt.date, dt.date] | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.traders.detail_title"), classes="screen-title", id="trader-title",
                     markup=False)
        yield Static(t("tui.loading"), id="trader-identity", markup=False)
        yield Static("", id="trader-leases", markup=False)
        yield Static("", id="statement-heading", classes="heading", markup=False)
        yield DataTable(id="statement-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="statement-closing", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#statement-table", DataTable)
        for key, width in (("date", 12), ("reference", 16), ("memo", 35)):
            table.add_column(t(f"tui.traders.col_{key}"), key=key, width=width)
        for key in ("debit", "credit", "running"):
            table.add_column(Text(t(f"tui.traders.col_{key}"), justify="right"), key=key,
                             width=15)
        self.action_refresh()

    def action_refresh(self) -> None:
        self.load(clock.today())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.NEEDS:  # hidden from a role that may not; greyed while loading
            return self.may(self.NEEDS[action]) and (self.detail is not None or None)
        return super().check_action(action, parameters)

    # --- what can be done for the trader ----------------------------------------------

    def _allowed(self, action: str) -> bool:
        return self.detail is not None and self.may(self.NEEDS[action])

    def action_take_payment(self) -> None:
        from sekretariat.views.leasing.payment_form import PaymentFormScreen

        if self._allowed("take_payment"):
            trader = self.detail.trader
            self.app.push_screen(PaymentFormScreen(trader.id, trader.name), self._paid)

    def _paid(self, taken) -> None:
        if taken is None:
            return
        payment = taken.payment
        message = t("tui.trader.paid", number=payment.receipt_number,
                    amount=format_rupiah(payment.amount))
        if taken.receipt is not None:
            message += "\n" + t("tui.print.done", what=t("tui.print.receipt",
                                                           number=payment.receipt_number),
                                  path=str(taken.receipt))
        elif taken.receipt_error:
            message += "\n" + t("tui.trader.receipt_failed", error=taken.receipt_error)
        self.notify(message, title=t("tui.trader.paid_title"), timeout=NOTICE_SECONDS,
                    severity="warning" if taken.receipt_error else "information")
        self.action_refresh()

    def action_new_lease(self) -> None:
        from sekretariat.views.leasing.lease_form import LeaseFormScreen

        if self._allowed("new_lease"):
            self.app.push_screen(LeaseFormScreen(trader=self.detail.trader), self._leased)

    def _leased(self, lease: LeaseInfo | None) -> None:
        if lease is not None:
            self.action_refresh()
            offer_agreement(self, lease)

    def _with_lease(self, found: list[LeaseInfo], none_key: str, title_key: str,
                    then) -> None:
        """``then(lease)``: the only one of ``found``, or the one the user picks."""
        from sekretariat.views.core.choose import ChooseDialog

        if not found:
            self.notify(t(none_key), severity="warning")
        elif len(found) == 1:
            then(found[0])
        else:
            choices = [(t("tui.trader.lease_choice", number=lease.agreement_number,
                          stall=lease.stall_code, start=fmt_date(lease.start_date),
                          end=fmt_date(lease.effective_end),
                          state=t(f"lease.state.{lease.state}")
                          if has(f"lease.state.{lease.state}") else lease.state), lease)
                       for lease in found]
            self.app.push_screen(ChooseDialog(t(title_key), choices),
                                 lambda lease: lease and then(lease))

    def action_print_agreement(self) -> None:
        if self._allowed("print_agreement"):
            self._with_lease([lease for lease in self.detail.leases
                              if lease.status != "cancelled"],
                             "tui.traders.no_leases", "tui.trader.which_agreement",
                             self._print_agreement)

    def _print_agreement(self, lease: LeaseInfo) -> None:
        print_agreement(self, lease.id, lease.agreement_number)

    def _picked_payment(self, then) -> None:
        """The payment on the statement row under the cursor, to ``then``."""
        table = self.query_one("#statement-table", DataTable)
        lines = self.detail.statement.lines
        row = table.cursor_row - 1  # the first row is the opening balance
        reference = lines[row].reference if 0 <= row < len(lines) else ""
        if not reference.startswith("KW/"):
            self.notify(t("tui.trader.pick_payment"), severity="warning")
            return
        self.call_service(payments.find_payment, self.session, reference, done=then,
                          group="find-payment")

    def action_print_receipt(self) -> None:
        if self._allowed("print_receipt"):
            self._picked_payment(lambda payment: print_document(
                self, documents.receipt_pdf, payment.id,
                what=t("tui.print.receipt", number=payment.receipt_number)))

    def action_void_payment(self) -> None:
        from sekretariat.views.leasing.void_payment import VoidPaymentDialog

        def ask(payment) -> None:
            if payment.voided:
                self.notify(t("payment.already_voided", number=payment.receipt_number),
                            severity="warning")
                return
            self.app.push_screen(VoidPaymentDialog(payment), self._voided)

        if self._allowed("void_payment"):
            self._picked_payment(ask)

    def _voided(self, payment) -> None:
        if payment is not None:
            self.notify(t("tui.trader.voided", number=payment.receipt_number,
                          amount=format_rupiah(payment.amount)), timeout=NOTICE_SECONDS)
            self.action_refresh()

    # --- the trader's leases -----------------------------------------------------------

    def action_lease_action(self) -> None:
        if self._allowed("lease_action"):
            self._with_lease([lease for lease in self.detail.leases if lease.status == "active"],
                             "tui.trader.no_running_lease", "tui.trader.which_lease",
                             self._choose_lease_action)

    def _choose_lease_action(self, lease: LeaseInfo) -> None:
        from sekretariat.views.core.choose import ChooseDialog
        from sekretariat.views.leasing import lease_actions

        screens = {"renew": lease_actions.RenewLeaseScreen,
                   "end": lease_actions.EndLeaseScreen,
                   "transfer": lease_actions.TransferStallScreen}
        choices = [(t(f"tui.trader.lease_{name}"), name) for name in screens]

        def chosen(name) -> None:
            if name:
                self.app.push_screen(screens[name](lease), self._lease_changed)

        title = t("tui.trader.what_lease", number=lease.agreement_number, stall=lease.stall_code)
        self.app.push_screen(ChooseDialog(title, choices), chosen)

    def _lease_changed(self, result) -> None:
        from sekretariat.services.leasing.lease_endings import Settlement, TransferResult
        from sekretariat.views.leasing.lease_actions import settlement_text

        if result is None:
            return
        self.action_refresh()
        if isinstance(result, Settlement):
            self.notify(settlement_text(result), timeout=NOTICE_SECONDS)
        elif isinstance(result, TransferResult):
            new, old = result.new_lease, result.old_lease
            message = t("tui.trader.transferred", stall=new.stall_code, name=new.trader_name,
                        number=new.agreement_number)
            if result.arrears_mode == "keep":
                message += " " + t("tui.trader.transfer_kept", name=old.trader_name,
                                   amount=format_rupiah(result.arrears_kept))
            else:
                message += " " + t("tui.trader.transfer_settled")
            self.notify(message, timeout=NOTICE_SECONDS)
        else:  # a renewal: the new agreement can be printed
            self._leased(result)

    def action_status(self) -> None:
        from sekretariat.views.leasing.trader_status import TraderStatusDialog

        if self._allowed("status"):
            self.app.push_screen(TraderStatusDialog(self.detail.trader),
                                 lambda saved: saved and self.action_refresh())

    def action_statement_period(self) -> None:
        from sekretariat.views.leasing.statement_period import StatementPeriodDialog

        if self.detail is None:
            return
        statement = self.detail.statement
        self.app.push_screen(StatementPeriodDialog(self.trader_id, statement.date_from,
                                                   statement.date_to),
                             self._period_chosen)

    def _period_chosen(self, statement: TraderStatement | None) -> None:
        if statement is not None and self.detail is not None:
            self.period = (statement.date_from, statement.date_to)
            self.show_detail(replace(self.detail, statement=statement))

    def action_print_statement(self) -> None:
        """The statement on screen (its period), as a PDF to hand to the trader."""
        if self._allowed("print_statement"):
            statement = self.detail.statement
            print_document(self, documents.statement_pdf, self.trader_id, statement.date_from,
                           statement.date_to,
                           what=t("tui.print.statement", name=statement.trader_name))

    def action_print_reminder(self) -> None:
        if self._allowed("print_reminder"):
            trader = self.detail.trader
            print_document(self, documents.reminder_letter_pdf, trader.id,
                           what=t("tui.print.reminder", name=trader.name))

    def action_edit(self) -> None:
        from sekretariat.views.leasing.trader_form import TraderFormScreen

        if self._allowed("edit"):
            self.app.push_screen(TraderFormScreen(self.detail.trader),
                                 lambda saved: saved and self.action_refresh())

    @work(thread=True, exclusive=True, exit_on_error=False, group="trader-detail")
    def load(self, today: dt.date) -> None:
        outcome = run_safely("traders.load_detail", load_detail, self.session, self.trader_id,
                             today, self.period)
        self.deliver(outcome, self.show_detail)

    def show_detail(self, detail: TraderDetail) -> None:
        self.detail = detail
        if self.then is not None:
            action, self.then = self.then, None
            self.call_after_refresh(self.run_action, action)
        trader, statement = detail.trader, detail.statement
        self.query_one("#trader-title", Static).update(
            t("tui.traders.detail_heading", name=trader.name))
        identity = [
            t("tui.traders.identity", name=trader.name, nik=trader.nik,
              phone=trader.phone or "-",
              status=t(f"trader.status.{trader.status}")
              if has(f"trader.status.{trader.status}") else trader.status),
            t("tui.traders.identity_more", commodity=trader.commodity or "-",
              address=trader.address or "-", joined=fmt_date(trader.joined_date)),
        ]
        self.query_one("#trader-identity", Static).update("\n".join(identity))
        if detail.leases:
            lines = [t("tui.traders.lease_line", stall=lease.stall_code,
                       number=lease.agreement_number, start=fmt_date(lease.start_date),
                       end=fmt_date(lease.effective_end), rate=format_rupiah(lease.monthly_rate),
                       state=t(f"lease.state.{lease.state}")
                       if has(f"lease.state.{lease.state}") else lease.state)
                     for lease in detail.leases[:5]]
        else:
            lines = [t("tui.traders.no_leases")]
        self.query_one("#trader-leases", Static).update("\n".join(lines))
        self.query_one("#statement-heading", Static).update(
            t("tui.traders.statement_heading", start=fmt_date(statement.date_from),
              end=fmt_date(statement.date_to)))
        table = self.query_one("#statement-table", DataTable)
        table.clear()
        table.add_row(fmt_date(statement.date_from), "",
                      Text(t("tui.traders.opening"), style="bold"), "", "",
                      money_cell(statement.opening_balance, bold=True), key="opening")
        for i, line in enumerate(statement.lines):
            table.add_row(fmt_date(line.entry_date), Text(line.reference),
                          short_text(statement.describe(line), 35),
                          money_cell(line.debit),
                          money_cell(line.credit), money_cell(line.balance), key=f"line-{i}")
        table.add_row(fmt_date(statement.date_to), "",
                      Text(t("tui.traders.closing"), style="bold"),
                      money_cell(statement.total_debit, bold=True),
                      money_cell(statement.total_credit, bold=True),
                      money_cell(statement.closing_balance, bold=True), key="closing")
        closing = self.query_one("#statement-closing", Static)
        closing.update(t("tui.traders.closing_line",
                         amount=format_rupiah(statement.closing_balance),
                         deposit=format_rupiah(statement.deposit_held)))
        closing.set_class(statement.closing_balance > 0, "-owes")
        self.refresh_bindings()
