"""The From / To date fields of a screen showing a period (inputs ``#first``
and ``#last``, each with its ``FieldError``): the error as you type, and the
period read when it is applied, with a reversed period refused next to To."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Input

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_date
from sekretariat.views.widgets.fields import FieldError
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
