"""Void a cash voucher: never deleted, a reversing entry dated today undoes
it and the voucher keeps its number. A reason is required. Dismisses with
the voided ``VoucherInfo``, or None."""

from __future__ import annotations

from textual.binding import Binding

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.cash import vouchers
from sekretariat.services.cash.vouchers import VoucherInfo
from sekretariat.views.widgets.void_dialog import VoidDialog


class VoidVoucherDialog(VoidDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/cash_book.tcss"]
    HELP_KEY = "tui.cash.void.help"
    TITLE_KEY = "tui.cash.void.title"
    SUBMIT_KEY = "tui.cash.void.submit"
    ERROR_FIELDS = ("amount", "general")   # amount: the drawer guard, voiding money that came in

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.cash.void.submit", id="cash_void.submit"),
    ]

    def __init__(self, voucher: VoucherInfo) -> None:
        super().__init__(
            t("tui.cash.void.title_of", number=voucher.number),
            t("tui.cash.void.explain", kind=t(f"cash.kind.{voucher.kind}"),
              amount=format_rupiah(voucher.amount), day=fmt_date(voucher.voucher_date),
              party=voucher.party or "-", memo=voucher.memo),
            t("tui.cash.void.reason"), vouchers.MAX_MEMO, classes="dialog cash-dialog")
        self.voucher = voucher

    def submit(self, reason: str) -> None:
        self.submit_service(vouchers.void_voucher, self.session, self.voucher.id, reason,
                            done=self.dismiss, group="void")
