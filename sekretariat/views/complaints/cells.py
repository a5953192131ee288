"""What the complaints list and a complaint's page both show: the status in
its colour, the next day something is due (marked when overdue), the names
of categories, places and areas in the user's language."""

from __future__ import annotations

import datetime as dt

from rich.text import Text

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.complaints import rules
from sekretariat.services.complaints.complaints_read import ComplaintInfo

STATUS_STYLE = {"received": "bold", "in_progress": "", "resolved": "green", "rejected": "dim"}


def status_cell(info: ComplaintInfo) -> Text:
    return Text(t(f"complaints.status.{info.status}"), style=STATUS_STYLE.get(info.status, ""))


def next_due(info: ComplaintInfo) -> dt.date | None:
    """The day the next step is due: to acknowledge it, else to resolve it;
    None once closed."""
    if info.status in rules.CLOSED:
        return None
    return info.ack_due_on if info.acknowledged_on is None else info.resolve_due_on


def due_cell(info: ComplaintInfo) -> Text:
    """The next due day; "! 24 Nov 2026" in red when overdue
    (``rules.is_overdue``, through ``info.overdue``)."""
    due = next_due(info)
    if due is None:
        return Text("-", style="dim")
    if info.overdue:
        return Text(f"! {fmt_date(due)}", style="bold red")
    return Text(f"  {fmt_date(due)}")


def category_name(category: str) -> str:
    return t(f"complaints.category.{category}")


def choices(prefix: str, values: tuple[str, ...]) -> list[tuple[str, str]]:
    """Select options: (the name in the user's language, the code)."""
    return [(t(f"{prefix}.{value}"), value) for value in values]
