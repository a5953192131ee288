"""The palette's warehouse commands, found by the words a coordinator would
type ("barang masuk", "barang keluar", "stok", "kartu stok", "pemasok",
"barang rusak", "stok opname", "barang baru", "bayar pemasok"); each opens the warehouse and
runs its action (on the item under the cursor)."""

from __future__ import annotations

from collections.abc import Callable

from sekretariat.i18n import t
from sekretariat.services.core import permissions
from sekretariat.views.sections import permission_for

#: (palette name, hub action or None: just open it, permission) in palette order.
ACTIONS = (
    ("stock", None, "warehouse.view"),
    ("card", "card", "warehouse.view"),
    ("receipt", "receipt", "warehouse.move"),
    ("issue", "issue", "warehouse.move"),
    ("write_off", "write_off", "warehouse.move"),
    ("reverse", "reverse", "warehouse.move"),
    ("new_item", "new_item", "warehouse.manage"),
    ("suppliers", "suppliers", "warehouse.view"),
    ("pay_supplier", "suppliers", "cash.post"),
    ("count", "counts", "warehouse.view"),
    ("rounds", "rounds", "warehouse.view"),
)


def warehouse_actions(session, open_section, push_screen=None
                      ) -> list[tuple[str, str, Callable[[], object]]]:
    """(name, help, run) of each warehouse command ``session`` may use. A
    counter who may count but not see the stock (the count is blind) gets
    the stock count alone, opened without the warehouse behind it."""
    if not permissions.can(session, permission_for("warehouse")):
        if push_screen is None or not permissions.can(session, "warehouse.count"):
            return []

        def counts() -> object:
            from sekretariat.views.warehouse.counts import CountsScreen

            return push_screen(CountsScreen())

        return [(t("tui.warehouse.palette.count"), t("tui.warehouse.palette.count.help"),
                 counts)]
    return [(t(f"tui.warehouse.palette.{name}"), t(f"tui.warehouse.palette.{name}.help"),
             lambda action=action: open_section("warehouse", action))
            for name, action, needs in ACTIONS if permissions.can(session, needs)]
