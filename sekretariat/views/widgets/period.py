"""The From / To date fields of a screen showing a period (inputs ``#first``
and ``#last``, each with its ``FieldError``): the error as you type, and the
period read when it is applied, with a reversed period refused next to To."""

from __future__ import annotations

import datetime as dt

from textual import on
from textual.screen import Screen
from textual.widgets import Button, Input

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_date
from sekretariat.views.widgets.fields import FieldError, date_text
from sekretariat.views.widgets.validators import first_failure


def date_typed(screen, event: Input.Changed) -> None:  # type: ignore[no-untyped-def]
    """Show (or clear) the error of the date field just typed in."""
    screen.query_one(f"#error-{event.input.id}", FieldError).show(
        first_failure(event.validation_result))


def read_period(screen, reversed_key: str) -> tuple[dt.date, dt.date] | None:  # type: ignore[no-untyped-def]
    """(first, last) from the fields, or None with the error shown next to
    the field at fault (which gets the focus)."""
    screen.clear_errors()
    days = {}
    for field in ("first", "last"):
        try:
            days[field] = parse_date(screen.query_one(f"#{field}", Input).value, field=field)
        except SekretariatError as exc:
            screen.show_error(exc)
            screen.query_one(f"#{field}", Input).focus()
            return None
    if days["last"] < days["first"]:
        screen.query_one("#error-last", FieldError).show(t(reversed_key))
        screen.query_one("#last", Input).focus()
        return None
    return days["first"], days["last"]


class PeriodFields(Screen):
    """A screen's From / To fields (``#first``, ``#last``) above its table
    (``PERIOD_TABLE``), mixed in before ``BaseScreen``: an error shows as
    you type; Enter in a field (or ``#apply``) reads the period and hands it
    to ``period_applied`` (by default: keep it in ``first`` / ``last`` and
    ``reload()``), then the table has the focus; ``action_edit_period``
    goes to From; Escape in a field puts back the period shown and returns
    to the table."""

    PERIOD_TABLE = ""
    #: the message when To is before From
    PERIOD_REVERSED_KEY = ""
    first: dt.date
    last: dt.date

    @on(Input.Changed, "#first, #last")
    def _period_typed(self, event: Input.Changed) -> None:
        date_typed(self, event)

    @on(Input.Submitted, "#first, #last")
    @on(Button.Pressed, "#apply")
    def apply_period(self) -> None:
        found = read_period(self, self.PERIOD_REVERSED_KEY)
        if found is None:
            return
        self.period_applied(*found)
        self.query_one(self.PERIOD_TABLE).focus()  # type: ignore[attr-defined]

    def period_applied(self, first: dt.date, last: dt.date) -> None:
        self.first, self.last = first, last
        self.reload()  # type: ignore[attr-defined]

    def action_edit_period(self) -> None:
        self.query_one("#first", Input).focus()  # type: ignore[attr-defined]

    def action_back(self) -> None:
        focused = self.focused  # type: ignore[attr-defined]
        if isinstance(focused, Input) and focused.id in ("first", "last"):
            self.query_one("#first", Input).value = date_text(self.first)  # type: ignore[attr-defined]
            self.query_one("#last", Input).value = date_text(self.last)  # type: ignore[attr-defined]
            self.clear_errors()  # type: ignore[attr-defined]
            self.query_one(self.PERIOD_TABLE).focus()  # type: ignore[attr-defined]
            return
        super().action_back()  # type: ignore[misc]
