"""One dialog for every cash voucher; the caller chooses the kind: other
income (BKM), an expense by category (BKK), a bank deposit or withdrawal,
the remittance to the asset owner. It shows what the account holds on the
day, checks what is typed as it is typed, and keeps it all when the service
refuses (the drawer never goes below zero: the refusal, with the balance,
goes under the amount). Dismisses with the recorded ``VoucherInfo``, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Input, Select, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, parse_date
from sekretariat.money import format_rupiah, parse_rupiah
from sekretariat.services.cash import vouchers
from sekretariat.services.cash.balance import BANK, CASH, balance_at_end_of
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError, date_field, money_field
from sekretariat.views.widgets.validators import first_failure
from sekretariat.views.widgets.text_input import TextInput

#: Kinds that name a counter account (a category) chosen in the dialog.
WITH_CATEGORY = ("income", "expense")
#: Kinds that may use the drawer or the bank.
WITH_CASH_ACCOUNT = ("income", "expense", "remit")


def categories(kind: str) -> list[tuple[str, str]]:
    """(label, code) of the accounts a voucher of ``kind`` may use."""
    found = vouchers.income_accounts() if kind == "income" else vouchers.expense_accounts()
    return [(f"{a.code} {a.name}", a.code) for a in found]


class VoucherDialog(SubmitDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/cash_book.tcss"]
    TITLE_KEY = "tui.cash.voucher.title"
    AUTO_FOCUS = "#amount"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.cash.voucher.key.save", id="voucher.save"),
    ]

    def __init__(self, kind: str, *, cash_account: str = CASH, account: str | None = None) -> None:
        super().__init__(classes="dialog cash-dialog")
        if kind not in vouchers.KINDS:
            raise ValueError(kind)
        self.kind = kind
        self.cash_account = cash_account if kind in WITH_CASH_ACCOUNT else CASH
        self.account = account
        self.HELP_KEY = f"tui.cash.voucher.help.{kind}"

    def compose(self) -> ComposeResult:
        kind = self.kind
        with Vertical(classes="dialog-box -wide", id="voucher-box"):
            yield Static(t(f"tui.cash.voucher.title.{kind}"), classes="dialog-title",
                         markup=False)
            yield Static("", id="voucher-balance", classes="dialog-text", markup=False)
            with Horizontal(classes="voucher-row"):
                yield date_field(t("tui.cash.voucher.day"), "day", clock.today(),
                                 classes="field narrow", own_error=False)
                if kind in WITH_CASH_ACCOUNT:
                    yield Field(t("tui.cash.voucher.cash_account"),
                                Select([(t("cash.account.1-100"), CASH),
                                        (t("cash.account.1-110"), BANK)],
                                       value=self.cash_account, allow_blank=False,
                                       id="cash_account"),
                                field="cash_account", own_error=False, classes="field narrow")
                yield money_field(t("tui.cash.voucher.amount"), "amount", required=True,
                                  classes="field medium", own_error=False)
            yield FieldError("day")
            yield FieldError("cash_account")
            yield FieldError("amount")
            with Horizontal(classes="voucher-row"):
                if kind in WITH_CATEGORY:
                    yield Field(t(f"tui.cash.voucher.account.{kind}"),
                                Select([], prompt=t("tui.loading"), id="account"),
                                field="account", own_error=False)
                yield Field(t(f"tui.cash.voucher.party.{kind}"),
                            TextInput(id="party", max_length=vouchers.MAX_PARTY,
                                      placeholder=t(f"tui.cash.voucher.party_hint.{kind}")),
                            field="party", own_error=False)
            if kind in WITH_CATEGORY:
                yield FieldError("account")
            yield FieldError("party")
            yield Field(t("tui.cash.voucher.memo"),
                        TextInput(id="memo", max_length=vouchers.MAX_MEMO,
                                  placeholder=t("tui.cash.voucher.memo_hint")), field="memo")
            yield FieldError("general")
            yield dialog_buttons(t(f"tui.cash.voucher.save.{kind}"))
        yield Footer()

    def on_mount(self) -> None:
        if self.kind in WITH_CATEGORY:
            self.call_service(categories, self.kind, done=self._categories, group="accounts")
        self.show_balance()

    def _categories(self, options: list[tuple[str, str]]) -> None:
        select = self.query_one("#account", Select)
        select.set_options(options)
        select.prompt = t(f"tui.cash.voucher.choose.{self.kind}")
        codes = [code for _, code in options]
        if self.account in codes:
            select.value = self.account
        elif self.kind == "income" and "4-900" in codes:
            select.value = "4-900"  # Pendapatan Lain-lain: what "other income" usually is

    # --- what the account holds -------------------------------------------------

    def _source_account(self) -> str:
        """The account the money leaves (or, coming in, enters)."""
        if self.kind == "to_bank":
            return CASH
        if self.kind == "from_bank":
            return BANK
        return str(self.query_one("#cash_account", Select).value)

    def show_balance(self) -> None:
        try:
            day = parse_date(self.query_one("#day", Input).value)
        except SekretariatError:
            return
        account = self._source_account()
        self.call_service(
            balance_at_end_of, account, day, group="balance",
            done=lambda amount: self.query_one("#voucher-balance", Static).update(t(
                "tui.cash.voucher.balance", account=t(f"cash.account.{account}"),
                day=fmt_date(day), amount=format_rupiah(amount))),
            failed=lambda error: None)

    @on(Select.Changed, "#cash_account")
    def _cash_account_chosen(self) -> None:
        self.show_balance()

    # --- as typed ------------------------------------------------------------------

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        field = event.input.id or ""
        for error in self.query(f"#error-{field}"):
            if isinstance(error, FieldError):
                error.show(first_failure(event.validation_result))
        if field == "day" and event.validation_result and event.validation_result.is_valid:
            self.show_balance()

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        if event.input.id == "memo":
            self.action_submit()
        else:
            self.focus_next()

    # --- saving -----------------------------------------------------------------------

    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self._submit_button().disabled:
            return
        self.clear_errors()
        value = self.query_one
        try:
            day = parse_date(value("#day", Input).value, field="day")
            amount = parse_rupiah(value("#amount", Input).value, field="amount")
        except SekretariatError as exc:
            self._failed(exc)
            return
        party = value("#party", Input).value
        memo = value("#memo", Input).value
        kind = self.kind
        if kind in WITH_CATEGORY:
            account = value("#account", Select).value
            if value("#account", Select).is_blank():
                self._failed_field("account", t(f"tui.cash.voucher.choose.{kind}"))
                return
            record = vouchers.record_income if kind == "income" else vouchers.record_expense
            self.submit_service(record, self.session, day, str(account), amount, party, memo,
                                cash_account=self._source_account(), done=self.dismiss)
        elif kind == "remit":
            self.submit_service(vouchers.remit_to_owner, self.session, day, amount, party, memo,
                                cash_account=self._source_account(), done=self.dismiss)
        else:
            self.submit_service(vouchers.transfer, self.session, day, kind, amount, memo, party,
                                done=self.dismiss)

    def _failed_field(self, field: str, message: str) -> None:
        self.query_one(f"#error-{field}", FieldError).show(message)
        self.query_one(f"#{field}").focus()
