"""Reversing an item's latest movement (v): the movement is shown, a reason
is required, and the service posts its mirror dated today, keeping the
original's number. Only the latest movement not yet reversed can go (the
service says which one is in the way otherwise)."""

from __future__ import annotations

from collections.abc import Callable

from textual.binding import Binding

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.warehouse import movements, overview
from sekretariat.services.warehouse.items import ItemInfo, in_units
from sekretariat.services.warehouse.stock import Movement
from sekretariat.services.warehouse.util import MAX_REASON
from sekretariat.views.widgets.void_dialog import VoidDialog


class ReverseMovementDialog(VoidDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/warehouse.tcss"]
    HELP_KEY = "tui.warehouse.help.reverse"
    TITLE_KEY = "tui.warehouse.reverse.title"
    SUBMIT_KEY = "tui.warehouse.reverse.save"
    ERROR_FIELDS = ("general", "day")

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.warehouse.reverse.save", id="warehouse.reverse.save"),
    ]

    def __init__(self, movement: Movement, item: ItemInfo) -> None:
        super().__init__(
            t("tui.warehouse.reverse.title"),
            t("tui.warehouse.reverse.explain", number=movement.number,
              kind=t(f"warehouse.kind.{movement.kind}"), day=fmt_date(movement.day),
              quantity=in_units(item, abs(movement.quantity)), item=item.name,
              value=format_rupiah(abs(movement.value))),
            t("tui.warehouse.reverse.reason"), MAX_REASON)
        self.movement = movement

    def submit(self, reason: str) -> None:
        self.submit_service(movements.reverse_movement, self.session, self.movement.id, reason,
                            done=self.dismiss)


def open_reverse(screen, item: ItemInfo, done: Callable[[Movement | None], object]) -> None:
    """Find the item's movement to reverse, then ask for the reason."""

    def found(movement: Movement | None) -> None:
        if movement is None:
            screen.notify(t("tui.warehouse.reverse.nothing", item=item.name), severity="warning")
            return
        screen.app.push_screen(ReverseMovementDialog(movement, item), done)

    screen.call_service(overview.reversible_movement, screen.session, item.id, done=found,
                        group="reverse")
