"""The home screen's low-stock line for those whose job is the warehouse
(the coordinator and the chair): "Stok menipis: 3 barang (beras, gula
pasir, …)"; g opens the warehouse (``overview.low_stock_summary``)."""

from __future__ import annotations

from textual.widgets import Static

from sekretariat.i18n import t
from sekretariat.services.core import permissions
from sekretariat.services.warehouse import overview
from sekretariat.services.warehouse.overview import LowStock


def may_see(session) -> bool:
    return permissions.can(session, "warehouse.view") and permissions.can(
        session, "warehouse.manage")


def low_line(low: LowStock) -> str:
    if not low.count:
        return t("tui.warehouse.home_none")
    names = ", ".join(low.names) + (", …" if low.count > len(low.names) else "")
    return t("tui.warehouse.home_low", count=low.count, names=names)


class StockNotice(Static):
    """Fills itself once mounted (in a worker), and again on ``reload()``."""

    DEFAULT_CSS = """
    StockNotice {
        height: auto;
        color: $text-muted;
    }
    StockNotice.-low {
        color: $error;
        text-style: bold;
    }
    """

    def __init__(self) -> None:
        super().__init__("", id="home-stock", markup=False)

    def on_mount(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.screen.call_service(overview.low_stock_summary, self.screen.session,
                                 done=self.show, group="home-stock")

    def show(self, low: LowStock) -> None:
        self.update(low_line(low))
        self.set_class(bool(low.count), "-low")


def open_warehouse(app) -> None:
    app.open_section("warehouse")
