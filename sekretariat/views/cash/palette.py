"""The palette's cash actions, found by the words a treasurer would type
("pengeluaran", "kas keluar", "pendapatan", "setor bank", "tarik bank",
"setoran pemilik aset", "pengaturan kas", or an expense category such as
"listrik"); each opens the cash book and its dialog at once."""

from __future__ import annotations

from collections.abc import Callable

from sekretariat.i18n import t
from sekretariat.services.core import permissions
from sekretariat.views.base import run_safely
from sekretariat.views.sections import permission_for

KINDS = ("expense", "income", "to_bank", "from_bank", "remit")


def cash_actions(session, open_section) -> list[tuple[str, str, Callable[[], object]]]:
    """(name, help, run) of each cash command ``session`` may use."""
    commands: list[tuple[str, str, Callable[[], object]]] = []
    if not permissions.can(session, permission_for("cash")):
        return commands
    if permissions.can(session, "cash.post"):
        for kind in KINDS:
            commands.append((
                t(f"tui.cash.palette.{kind}"), t(f"tui.cash.palette.{kind}.help"),
                lambda kind=kind: open_section("cash", f"voucher('{kind}')")))
        from sekretariat.services.cash import vouchers

        found = run_safely("palette.expense_accounts", vouchers.expense_accounts)
        for account in found.value if found.ok else ():
            commands.append((
                t("tui.cash.palette.expense_for", name=account.name),
                t("tui.cash.palette.expense_for.help", code=account.code),
                lambda code=account.code: open_section("cash", f"voucher('expense', '{code}')")))
    if permissions.can(session, "cash.settings"):
        commands.append((t("tui.cash.palette.settings"), t("tui.cash.palette.settings.help"),
                         lambda: open_section("cash", "settings")))
    return commands
