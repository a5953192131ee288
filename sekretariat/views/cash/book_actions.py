"""What the cash book does with vouchers: record one of each kind, void or
print the one under the cursor, and open the chair's cash settings. A mixin
of ``CashBookScreen`` (kept apart so each module stays short)."""

from __future__ import annotations

from sekretariat.i18n import t
from sekretariat.money import format_rupiah
from sekretariat.services.cash import vouchers
from sekretariat.services.cash.balance import CASH
from sekretariat.services.cash.vouchers import VoucherInfo

#: Journal sources whose entries are cash vouchers (their source_ref is the number).
VOUCHER_SOURCES = frozenset(f"cash.{kind}" for kind in vouchers.KINDS)


def voucher_number(row) -> str | None:
    """The voucher number of a cash-book row, or None when the row is not a voucher."""
    if row is None or row.source not in VOUCHER_SOURCES or not row.source_ref:
        return None
    return row.source_ref


def print_voucher(screen, voucher: VoucherInfo) -> None:
    """The voucher's PDF (BKM/BKK with signature lines), written in a worker."""
    from sekretariat.services.cash import documents
    from sekretariat.views.printing import print_document

    print_document(screen, documents.voucher_pdf, voucher.id,
                   what=t("tui.cash.print_what", number=voucher.number))


def offer_print(screen, voucher: VoucherInfo) -> None:
    """Right after a voucher is recorded: print it now?"""
    from sekretariat.views.core.confirm import ConfirmDialog

    question = t("tui.cash.recorded", number=voucher.number,
                 kind=t(f"cash.kind.{voucher.kind}"), amount=format_rupiah(voucher.amount))
    screen.app.push_screen(
        ConfirmDialog(question, t("tui.cash.print_now"), title=t("tui.cash.recorded_title")),
        lambda yes: yes and print_voucher(screen, voucher))


class VoucherActions:
    """Needs ``self.highlighted_row`` and ``self.reload()`` from the screen."""

    VOUCHER_ACTIONS = frozenset({"voucher", "void", "print", "settings"})

    def check_voucher_action(self, action: str) -> bool | None:
        if action == "voucher":
            return self.may("cash.post") or None
        if action == "void":
            return (self.may("cash.void") and self.highlighted_row is not None) or None
        if action == "print":
            return self.highlighted_row is not None or None
        if action == "settings":
            return self.may("cash.settings") or None
        return None

    def action_voucher(self, kind: str, account: str | None = None) -> None:
        if not self.may("cash.post"):
            return
        from sekretariat.views.cash.voucher_form import VoucherDialog

        shown = getattr(self, "book_query", None)
        cash_account = shown.account if shown is not None else CASH
        self.app.push_screen(VoucherDialog(kind, cash_account=cash_account,
                                                 account=account), self._recorded)

    def _recorded(self, voucher: VoucherInfo | None) -> None:
        if voucher is None:
            return
        self.reload()
        offer_print(self, voucher)

    def _with_voucher(self, then) -> None:
        """Find the voucher under the cursor (in a worker), then ``then(voucher)``."""
        number = voucher_number(self.highlighted_row)
        if number is None:
            if self.highlighted_row is not None:
                self.notify(t("tui.cash.not_a_voucher"), severity="warning")
            return
        self.call_service(vouchers.find_voucher, self.session, number, done=then,
                          group="voucher")

    def action_void(self) -> None:
        if self.may("cash.void"):
            self._with_voucher(self._void)

    def _void(self, voucher: VoucherInfo) -> None:
        if voucher.is_void:
            self.notify(t("cash.voucher_already_void", number=voucher.number),
                        severity="warning")
            return
        from sekretariat.views.cash.void_voucher import VoidVoucherDialog

        self.app.push_screen(VoidVoucherDialog(voucher), self._voided)

    def _voided(self, voucher: VoucherInfo | None) -> None:
        if voucher is None:
            return
        self.notify(t("tui.cash.voided", number=voucher.number))
        self.reload()

    def action_print(self) -> None:
        self._with_voucher(lambda voucher: print_voucher(self, voucher))

    def action_settings(self) -> None:
        if not self.may("cash.settings"):
            return
        from sekretariat.views.cash.settings import CashSettingsDialog

        self.app.push_screen(CashSettingsDialog(), self._settings_saved)

    def _settings_saved(self, settings) -> None:
        if settings is not None:
            self.notify(t("tui.cash.settings.saved"))


__all__ = ["VoucherActions", "offer_print", "print_voucher",
           "voucher_number"]
