"""A screen showing things as of a date it lets the user choose (the stall
map, the arrears list): ``#as_of`` is checked as typed; Enter applies a
valid date (``self.as_of``, then ``reload()``), a bad one is explained under
the field and nothing else changes; ``d`` goes to the field and Escape in it
returns to the screen's main widget (``as_of_home()``)."""

from __future__ import annotations

import datetime as dt

from textual import on
from textual.widget import Widget
from textual.widgets import Input

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n.formats import parse_date
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.fields import FieldError, date_text
from sekretariat.views.widgets.validators import first_failure


class DatedScreen(BaseScreen):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.as_of: dt.date = clock.today()

    def as_of_home(self) -> Widget:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def action_edit_as_of(self) -> None:
        self.query_one("#as_of", Input).focus()

    @on(Input.Changed, "#as_of")
    def _as_of_typed(self, event: Input.Changed) -> None:
        self.query_one("#error-as_of", FieldError).show(first_failure(event.validation_result))

    @on(Input.Submitted, "#as_of")
    def _as_of_submitted(self, event: Input.Submitted) -> None:
        try:
            day = parse_date(event.value, field="as_of")
        except SekretariatError as exc:
            self.show_error(exc)  # under the field; the screen stays as it was
            return
        self.query_one("#error-as_of", FieldError).clear()
        self.query_one("#as_of", Input).value = date_text(day)
        self.as_of_home().focus()
        if day != self.as_of:
            self.as_of = day
            self.reload()

    def action_back(self) -> None:
        # Escape in the date field returns to the screen first.
        if isinstance(self.focused, Input):
            self.as_of_home().focus()
            return
        super().action_back()
