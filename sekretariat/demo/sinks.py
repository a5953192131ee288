"""Where demo events go: through the services (every rule, one transaction a
day) or, for the scale dataset, through the bulk writer in ``demo/bulk.py``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sekretariat import clock, db
from sekretariat.demo.engine import Event
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing


class ServiceSink:
    """Writes each day's events through the services in one write transaction,
    with the clock frozen at each event's time."""

    def __init__(self, sessions: dict[str, Session]) -> None:
        self.sessions = sessions
        self.refs: dict[str, tuple[int, str]] = {}

    def session(self, role: str) -> Session:
        return self.sessions[role]

    @staticmethod
    def entry_number(entry_id: int) -> str:
        return db.current_database().execute_sql(
            "SELECT number FROM journal_entry WHERE id = ?", (entry_id,)).fetchone()[0]

    def apply_day(self, day: dt.date, events: Sequence[Event]) -> None:
        if not events:
            return
        with writing():
            for event in events:
                clock.freeze(event.at)
                event.apply_services(self)

    def finish(self) -> None:
        pass
