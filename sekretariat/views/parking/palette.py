"""The palette's parking commands, found by the words a coordinator would
type ("laporan parkir", "setoran parkir", "jadwal juru parkir", "karcis",
"utang juru parkir", "grafik parkir", "kebocoran", "tarif parkir"); each
opens the parking hub and runs its action."""

from __future__ import annotations

from collections.abc import Callable

from sekretariat.i18n import t
from sekretariat.services.core import permissions
from sekretariat.views.sections import permission_for

#: (palette name, hub action, permission) in the order the palette lists them.
ACTIONS = (
    ("report_entry", "report_entry", "parking.report"),
    ("deposit", "report_entry", "parking.report"),
    ("roster", "roster", "parking.view"),
    ("tickets", "tickets", "parking.view"),
    ("debts", "debts", "parking.view"),
    ("attendants", "attendants", "parking.view"),
    ("tariffs", "setup", "parking.view"),
    ("trends", "trends", "parking.view"),
    ("leaks", "leaks", "parking.view"),
)


def parking_actions(session, open_section) -> list[tuple[str, str, Callable[[], object]]]:
    """(name, help, run) of each parking command ``session`` may use."""
    if not permissions.can(session, permission_for("parking")):
        return []
    return [(t(f"tui.parking.palette.{name}"), t(f"tui.parking.palette.{name}.help"),
             lambda action=action: open_section("parking", action))
            for name, action, needs in ACTIONS if permissions.can(session, needs)]
