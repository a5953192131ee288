"""Attendants' debts as they stood at the end of a day: the same rule as
``debts.DEBT_SQL`` (shortfalls of reports not voided, less payments and
write-offs) with only what had happened by then - movements dated on or
before the day, and a report counted as voided only from its void's date.
On today or later it is ``debts.attendant_debt``.
"""

from __future__ import annotations

import datetime as dt

from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.parking.debts import DebtRow
from sekretariat.services.parking.parking_util import rows

#: Outstanding debt of attendant ``a`` at the end of :day.
DEBT_ON_SQL = (
    "SELECT coalesce(sum(CASE WHEN m.kind = 'shortfall' THEN"
    " (CASE WHEN r.voided_on IS NULL OR r.voided_on > :day THEN m.amount ELSE 0 END)"
    " ELSE -m.amount END), 0)"
    " FROM attendant_debt_movement m LEFT JOIN shift_report r ON r.id = m.shift_report_id"
    " WHERE m.attendant_id = a.id AND m.moved_on <= :day")


def debts_on(session: Session, as_of: dt.date) -> list[DebtRow]:
    """Every attendant who owed something at the end of ``as_of``, largest first."""
    require(session, "parking.view")
    return [DebtRow(a_id, name, debt) for a_id, name, debt in rows(
        f"SELECT a.id, a.name, ({DEBT_ON_SQL}) AS debt FROM attendant a"
        " WHERE debt <> 0 ORDER BY debt DESC, a.name", {"day": as_of.isoformat()})]
