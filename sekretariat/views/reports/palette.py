"""The palette's report commands, found by the words a chair or treasurer
would type ("laporan tahunan", "buku besar", "excel", "laporan keuangan",
"laporan bulanan"); each opens Laporan with that report chosen, the cursor
in its period."""

from __future__ import annotations

from collections.abc import Callable

from sekretariat.i18n import t
from sekretariat.services.core import permissions
from sekretariat.views.reports import choices
from sekretariat.views.sections import permission_for

#: The palette's reports, in palette order.
ACTIONS = ("annual", "ledgers", "statements", "monthly")


def report_actions(session, open_section) -> list[tuple[str, str, Callable[[], object]]]:
    """(name, help, run) of each report command ``session`` may use."""
    if not permissions.can(session, permission_for("reports")):
        return []
    return [(t(f"tui.reports.palette.{key}"), t(f"tui.reports.palette.{key}.help"),
             lambda key=key: open_section("reports", f"choose('{key}')"))
            for key in ACTIONS if choices.may(session, key)]
