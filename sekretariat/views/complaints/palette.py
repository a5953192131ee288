"""The palette's complaint commands, found by the words a person at the
desk would type ("pengaduan baru", "aduan", "keluhan", "terlambat"); each
opens the complaints and runs its action. (The app lists them beside the
other areas' in ``SekretariatApp.palette_commands``.)"""

from __future__ import annotations

from collections.abc import Callable

from sekretariat.i18n import t
from sekretariat.services.core import permissions

#: (palette name, list action, permission) in palette order.
ACTIONS = (
    ("new", "new", "complaints.receive"),
    ("overdue", "mode('overdue')", "complaints.view"),
    ("pattern", "pattern", "complaints.view"),
)


def complaint_actions(session, open_section  # type: ignore[no-untyped-def]
                      ) -> list[tuple[str, str, Callable[[], object]]]:
    """(name, help, run) of each complaint command ``session`` may use."""
    return [(t(f"tui.complaints.palette.{name}"), t(f"tui.complaints.palette.{name}.help"),
             lambda action=action: open_section("complaints", action))
            for name, action, needs in ACTIONS if permissions.can(session, needs)]
