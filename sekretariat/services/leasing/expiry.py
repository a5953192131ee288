"""Leases that run out: active leases past their end date (neither renewed
nor ended: "Sewa berakhir") or ending within some days ("akan berakhir").

A renewed lease is closed as ``renewed`` and its successor starts the day
after, so it is not listed; a lease ended early has status ``ended``. What is
listed is what still needs a decision: renew (perpanjang) or end (akhiri).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import ValidationError
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.leasing.leasing_util import as_date, check_date, rows

DEFAULT_DAYS = 30
MAX_DAYS = 366


@dataclass(frozen=True)
class ExpiringLease:
    lease_id: int
    agreement_number: str
    stall_id: int
    stall_code: str
    trader_id: int
    trader_name: str
    end_date: dt.date
    as_of: dt.date

    @property
    def ended(self) -> bool:
        """Past its end date ("Sewa berakhir"); else it ends soon."""
        return self.end_date < self.as_of

    @property
    def state(self) -> str:
        return "ended" if self.ended else "ending"

    @property
    def days_left(self) -> int:
        """Days from ``as_of`` to the end date (negative: days since)."""
        return (self.end_date - self.as_of).days


def _days(within_days) -> int:
    if isinstance(within_days, bool):
        raise ValidationError("expiry.days_invalid", field="days")
    try:
        days = int(within_days)
    except (TypeError, ValueError):
        raise ValidationError("expiry.days_invalid", field="days") from None
    if not 0 <= days <= MAX_DAYS:
        raise ValidationError("expiry.days_invalid", field="days")
    return days


def expiring_leases(session: Session, as_of: dt.date | None = None,
                    within_days: int = DEFAULT_DAYS) -> list[ExpiringLease]:
    """Active leases whose end date is before
    ``as_of`` or at most ``within_days`` after it, the ended first, by end
    date and agreement number."""
    require(session, "leases.view")
    day = check_date(as_of if as_of is not None else clock.today(), "as_of")
    last = day + dt.timedelta(days=_days(within_days))
    return [ExpiringLease(r[0], r[1], r[2], r[3], r[4], r[5], as_date(r[6]), day) for r in rows(
        "SELECT l.id, l.agreement_number, s.id, s.code, t.id, t.name, l.end_date"
        " FROM lease l JOIN stall s ON s.id = l.stall_id JOIN trader t ON t.id = l.trader_id"
        " WHERE l.status = 'active' AND l.end_date <= :last"
        " AND NOT EXISTS (SELECT 1 FROM lease n WHERE n.renewed_from_id = l.id"
        "   AND n.status <> 'cancelled')"
        " ORDER BY l.end_date, l.agreement_number", {"last": last.isoformat(), "day": day.isoformat()})]


def expiring_by_stall(session: Session, as_of: dt.date | None = None,
                      within_days: int = DEFAULT_DAYS) -> dict[int, ExpiringLease]:
    """``expiring_leases`` by stall id (the stall map's mark)."""
    return {lease.stall_id: lease for lease in expiring_leases(session, as_of, within_days)}
