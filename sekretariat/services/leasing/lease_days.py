"""Closed days and a lease's occupancy: ending or cancelling a lease must not
change what a closed day recorded (who occupied which stall, what was billed).
The database refuses the same with the trigger lease_closed_day_update."""

from __future__ import annotations

import datetime as dt

from sekretariat.errors import DayClosed
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.core import days


def refuse_closed_end(ended_on: dt.date) -> None:
    """A lease ended on ``ended_on`` frees its stall from the next day on;
    that day must be open (``ended_on`` itself may be the lock date)."""
    lock = days.lock_date()
    if lock is not None and ended_on < lock:
        raise DayClosed("lease.end_in_closed_day", field="ended_on", day=fmt_date(ended_on),
                        lock=fmt_date(lock))


def refuse_closed_cancel(start_date: dt.date, number: str) -> None:
    """A cancelled lease never took effect: one that started in a closed day
    occupied that day, so it is ended, not cancelled."""
    lock = days.lock_date()
    if lock is not None and start_date <= lock:
        raise DayClosed("lease.cancel_in_closed_day", field="lease", number=number,
                        lock=fmt_date(lock))
