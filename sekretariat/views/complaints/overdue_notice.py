"""The home screen's overdue line for those who answer complaints (each
area's coordinator; the chair: all): "Pengaduan terlambat: 2
(ADU/2026/00003, ADU/2026/00007)" from ``complaints_read.overdue_for``;
hidden when none is overdue."""

from __future__ import annotations

from textual.widgets import Static

from sekretariat.i18n import t
from sekretariat.services.complaints import complaints_read, rules
from sekretariat.services.complaints.complaints_read import ComplaintInfo
from sekretariat.services.core import permissions

#: How many numbers the line names before "…".
SHOWN = 3


def may_see(session) -> bool:  # type: ignore[no-untyped-def]
    return permissions.can(session, "complaints.view") and bool(rules.areas_of(session.role))


def overdue_line(found: list[ComplaintInfo]) -> str:
    numbers = ", ".join(c.number for c in found[:SHOWN]) + (", …" if len(found) > SHOWN
                                                            else "")
    return t("tui.complaints.home_overdue", count=len(found), numbers=numbers)


class OverdueNotice(Static):
    """Fills itself once mounted (in a worker), and again on ``reload()``."""

    DEFAULT_CSS = """
    OverdueNotice {
        height: auto;
        color: $error;
        text-style: bold;
    }
    """

    def __init__(self) -> None:
        super().__init__("", id="home-complaints", markup=False)
        self.display = False

    def on_mount(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.screen.call_service(complaints_read.overdue_for, self.screen.session,
                                 done=self.show, group="home-complaints")

    def show(self, found: list[ComplaintInfo]) -> None:
        self.update(overdue_line(found) if found else "")
        self.display = bool(found)
