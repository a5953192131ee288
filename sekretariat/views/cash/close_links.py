"""What the close screen reaches besides the close itself: the day it starts
on, a closed day's close, the history of closes and the closed days' list
(where the chair reopens a day)."""

from __future__ import annotations

import datetime as dt

from sekretariat.errors import SekretariatError
from sekretariat.services.cash import close_read
from sekretariat.services.cash.close_read import CloseInfo


def default_day(session) -> dt.date:
    """The oldest open day with cash activity, else today."""
    status = close_read.close_status(session)
    return status.next_to_close or status.today


def closed_close(session, day: dt.date) -> CloseInfo | None:
    """The close in force of a closed day (None when it was locked without a count)."""
    try:
        return close_read.close_in_force(session, day)
    except SekretariatError:
        return None


class CloseLinks:
    """Mixed into the close screen."""

    def action_history(self) -> None:
        from sekretariat.views.cash.closes import ClosesScreen

        self.app.push_screen(ClosesScreen())

    def action_days_list(self) -> None:
        """The closed days (and the chair's reopen): back to it if it is below."""
        from sekretariat.views import sections

        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 2 else None
        if below is not None and type(below).__name__ == "DaysScreen":
            self.dismiss()
            return
        self.app.push_screen(sections.screen_for("days"))

    def action_reopen_day(self) -> None:
        """From the palette ("buka kembali"): the closed days' list does it."""
        from sekretariat.views import sections

        screen = sections.screen_for("days")
        screen.reopen_when_loaded = True
        self.app.push_screen(screen)

