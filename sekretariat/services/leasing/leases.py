"""Lease agreements (Surat Perjanjian Sewa, SPS/YYYY/NNNNN): create, renew,
cancel, read (ending one — termination, transfer — is in ``lease_endings``).

* A stall never has two leases in force on the same day (checked here, and
  by a database trigger). A blocked trader, or a stall that is blocked or
  under repair, gets no new lease.
* The rate is copied into the lease when signed (from the stall's rate on the
  start date unless given), so later tariff changes never touch it.
* Renewal: a new lease from the day after the old one ends; the held deposit
  moves to it; the old lease becomes 'renewed'.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.models import Lease
from sekretariat.services.core import audit, days, numbering
from sekretariat.services.leasing import deposit_held, deposits, lease_days, periods, stall_rates
from sekretariat.services.leasing.leasing_util import (
    amount,
    as_date,
    check_date,
    check_monthly_rate,
    clean_text,
    one,
    rows,
)
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

FREQUENCIES = tuple(periods.FREQUENCIES)
STATUSES = ("active", "ended", "renewed", "cancelled")
#: What ``state`` says on a day: upcoming / running / expired (past its end
#: date, not yet settled) / ended / renewed / cancelled.
STATES = ("upcoming", "running", "expired", "ended", "renewed", "cancelled")
MAX_TERM_DAYS = 30 * 366
DEFAULT_DUE_DAY = 10
DEFAULT_LATE_FEE_BP = 200


@dataclass(frozen=True)
class LeaseInfo:
    id: int
    agreement_number: str
    trader_id: int
    trader_name: str
    trader_nik: str
    trader_address: str
    trader_phone: str
    stall_id: int
    stall_code: str
    block_code: str
    stall_kind: str
    area_dm2: int
    signed_on: dt.date
    start_date: dt.date
    end_date: dt.date
    ended_on: dt.date | None
    monthly_rate: int
    frequency: str
    due_day: int
    deposit_amount: int
    deposit_held: int
    late_fee_bp: int
    status: str
    end_reason: str | None
    closed_on: dt.date | None
    renewed_from_id: int | None
    renewed_by_id: int | None
    transferred_from_id: int | None
    transferred_to_id: int | None
    note: str
    created_by: str
    created_at: str
    state: str

    @property
    def effective_end(self) -> dt.date:
        return self.ended_on or self.end_date

    @property
    def period_amount(self) -> int:
        return periods.period_amount(self.monthly_rate, self.frequency)


@dataclass(frozen=True)
class LeasePage:
    rows: tuple[LeaseInfo, ...]
    has_more: bool


# --- validation --------------------------------------------------------------

@dataclass(frozen=True)
class _Terms:
    start_date: dt.date
    end_date: dt.date
    monthly_rate: int
    frequency: str
    due_day: int
    deposit_amount: int
    late_fee_bp: int
    signed_on: dt.date
    note: str


def _terms(stall_id: int, start_date, end_date, monthly_rate, frequency, due_day, deposit_amount,
           late_fee_bp, signed_on, note, *, end_field: str = "end_date") -> _Terms:
    start_date = check_date(start_date, "start_date")
    end_date = check_date(end_date, end_field)
    if end_date < start_date:
        raise ValidationError("lease.end_before_start", field=end_field,
                              start=fmt_date(start_date), end=fmt_date(end_date))
    if (end_date - start_date).days > MAX_TERM_DAYS:
        raise ValidationError("lease.term_too_long", field=end_field)
    if frequency not in FREQUENCIES:
        raise ValidationError("lease.frequency_invalid", field="frequency")
    if not isinstance(due_day, int) or isinstance(due_day, bool) or not 1 <= due_day <= 28:
        raise ValidationError("lease.due_day_invalid", field="due_day")
    if not isinstance(late_fee_bp, int) or isinstance(late_fee_bp, bool) \
            or not 0 <= late_fee_bp <= 10_000:
        raise ValidationError("lease.late_fee_invalid", field="late_fee_bp")
    deposit_amount = amount(deposit_amount, "deposit_amount", allow_zero=True)
    if monthly_rate is None:
        rate = stall_rates.rate_on(stall_id, start_date)
        if rate is None:
            raise ValidationError("lease.rate_missing", field="monthly_rate")
        monthly_rate = rate.monthly_rate
    else:
        monthly_rate = check_monthly_rate(monthly_rate, zero_key="lease.rate_zero")
    signed_on = check_date(signed_on, "signed_on", required=False) or clock.today()
    if signed_on > clock.today():
        raise ValidationError("lease.signed_future", field="signed_on")
    note = clean_text(note, "note", maximum=500)
    return _Terms(start_date, end_date, monthly_rate, frequency, due_day, deposit_amount,
                  late_fee_bp, signed_on, note)


def _check_parties(trader_id: int, stall_id: int) -> tuple[str, str]:
    trader = one("SELECT name, status FROM trader WHERE id = ?", (trader_id,))
    if trader is None:
        raise NotFound("trader.not_found", field="trader")
    if trader[1] == "diblokir":
        raise Conflict("lease.trader_blocked", field="trader", name=trader[0])
    stall = one("SELECT code, status FROM stall WHERE id = ?", (stall_id,))
    if stall is None:
        raise NotFound("stall.not_found", field="stall")
    if stall[1] != "normal":
        raise Conflict("lease.stall_unavailable", field="stall", code=stall[0],
                       status=t(f"stall.status.{stall[1]}"))
    return trader[0], stall[0]


def _refuse_overlap(stall_id: int, start: dt.date, end: dt.date, stall_code: str) -> None:
    other = one("SELECT agreement_number, start_date, coalesce(ended_on, end_date) FROM lease"
                " WHERE stall_id = ? AND status <> 'cancelled' AND start_date <= ?"
                " AND coalesce(ended_on, end_date) >= ? ORDER BY start_date LIMIT 1",
                (stall_id, end.isoformat(), start.isoformat()))
    if other is not None:
        raise Conflict("lease.overlap", field="start_date", stall=stall_code, number=other[0],
                       start=fmt_date(as_date(other[1])), end=fmt_date(as_date(other[2])))


def _insert(session: Session, trader_id: int, stall_id: int, terms: _Terms, stall_code: str, *,
            renewed_from: int | None = None, transferred_from: int | None = None) -> int:
    days.assert_open(terms.signed_on)
    _refuse_overlap(stall_id, terms.start_date, terms.end_date, stall_code)
    number = numbering.next_number("SPS", terms.signed_on.year)
    lease_id = Lease.insert(
        agreement_number=number, trader=trader_id, stall=stall_id, signed_on=terms.signed_on,
        start_date=terms.start_date, end_date=terms.end_date, monthly_rate=terms.monthly_rate,
        frequency=terms.frequency, due_day=terms.due_day, deposit_amount=terms.deposit_amount,
        late_fee_bp=terms.late_fee_bp, renewed_from=renewed_from,
        transferred_from=transferred_from, note=terms.note, created_by=session.user_id,
        created_at=clock.now_iso()).execute()
    audit.record(session, "lease.create", "lease", lease_id, None, {
        "agreement_number": number, "trader_id": trader_id, "stall_id": stall_id,
        "signed_on": terms.signed_on.isoformat(), "start_date": terms.start_date.isoformat(),
        "end_date": terms.end_date.isoformat(), "monthly_rate": terms.monthly_rate,
        "frequency": terms.frequency, "due_day": terms.due_day,
        "deposit_amount": terms.deposit_amount, "late_fee_bp": terms.late_fee_bp,
        "renewed_from_id": renewed_from, "transferred_from_id": transferred_from})
    return lease_id


# --- create, renew, cancel ---------------------------------------------------

def create_lease(session: Session, trader_id: int, stall_id: int, start_date: dt.date,
                 end_date: dt.date, *, monthly_rate=None, frequency: str = "monthly",
                 due_day: int = DEFAULT_DUE_DAY, deposit_amount=0,
                 late_fee_bp: int = DEFAULT_LATE_FEE_BP, signed_on: dt.date | None = None,
                 note: str = "") -> LeaseInfo:
    """Sign a lease. ``monthly_rate`` defaults to the stall's rate on the start
    date; ``late_fee_bp`` is the late fee per whole month overdue (200 = 2%)."""
    require(session, "leases.manage")
    terms = _terms(stall_id, start_date, end_date, monthly_rate, frequency, due_day,
                   deposit_amount, late_fee_bp, signed_on, note)
    _, stall_code = _check_parties(trader_id, stall_id)
    with writing():
        lease_id = _insert(session, trader_id, stall_id, terms, stall_code)
    return get_lease(session, lease_id, check_permission=False)


def renew_lease(session: Session, lease_id: int, end_date: dt.date, *, monthly_rate=None,
                frequency: str | None = None, due_day: int | None = None, deposit_amount=None,
                late_fee_bp: int | None = None, signed_on: dt.date | None = None,
                note: str = "") -> LeaseInfo:
    """Continue a lease with a new one from the day after it ends. The rate
    defaults to the stall's rate on the new start (or the old rate when the
    stall has none); the other terms to the old lease's."""
    require(session, "leases.manage")
    old = _load(lease_id)
    _refuse_closed(old)
    start = old.end_date + dt.timedelta(days=1)
    if monthly_rate is None:
        rate = stall_rates.rate_on(old.stall_id, start)
        monthly_rate = rate.monthly_rate if rate else old.monthly_rate
    terms = _terms(old.stall_id, start, end_date, monthly_rate, frequency or old.frequency,
                   old.due_day if due_day is None else due_day,
                   old.deposit_amount if deposit_amount is None else deposit_amount,
                   old.late_fee_bp if late_fee_bp is None else late_fee_bp, signed_on, note)
    _check_parties(old.trader_id, old.stall_id)
    with writing():
        _refuse_closed(_load(lease_id))
        new_id = _insert(session, old.trader_id, old.stall_id, terms, old.stall_code,
                         renewed_from=old.id)
        _close(session, old, "renewed", terms.signed_on, reason=None)
        carried = deposits.carry_in_transaction(session, old.id, new_id, old.trader_id,
                                                terms.signed_on)
        audit.record(session, "lease.renew", "lease", old.id, {"status": "active"},
                     {"status": "renewed", "renewed_by_id": new_id, "deposit_carried": carried})
    return get_lease(session, new_id, check_permission=False)


def cancel_lease(session: Session, lease_id: int, reason: str,
                 on: dt.date | None = None) -> LeaseInfo:
    """Cancel a lease signed by mistake: only while nothing was billed on it
    and no deposit is held. It keeps its number."""
    require(session, "leases.manage")
    lease = _load(lease_id)
    _refuse_closed(lease)
    reason = clean_text(reason, "reason", maximum=300, required=True,
                        empty_key="lease.reason_empty")
    on = check_date(on, "on", required=False) or clock.today()
    days.assert_open(on)
    lease_days.refuse_closed_cancel(lease.start_date, lease.agreement_number)
    with writing():
        _refuse_closed(_load(lease_id))
        billed = one("SELECT count(*) FROM invoice WHERE lease_id = ? AND +void_entry_id IS NULL",
                     (lease_id,))[0]
        if billed or deposit_held.held(lease_id):
            raise Conflict("lease.cancel_not_empty", field="lease",
                           number=lease.agreement_number)
        _close(session, lease, "cancelled", on, reason=reason)
    return get_lease(session, lease_id, check_permission=False)


def _refuse_closed(lease: LeaseInfo) -> None:
    if lease.status in ("ended", "cancelled"):
        raise Conflict("lease.already_ended", field="lease", number=lease.agreement_number,
                       status=t(f"lease.status.{lease.status}"))
    if lease.status == "renewed":
        raise Conflict("lease.already_renewed", field="lease", number=lease.agreement_number)


def _close(session: Session, lease: LeaseInfo, status: str, on: dt.date, *, reason: str | None,
           ended_on: dt.date | None = None) -> None:
    Lease.update(status=status, closed_on=on, ended_on=ended_on, end_reason=reason) \
        .where(Lease.id == lease.id).execute()
    action = "lease.cancel" if status == "cancelled" else "lease.close"
    audit.record(session, action, "lease", lease.id, {"status": lease.status},
                 {"status": status, "closed_on": on.isoformat(),
                  "ended_on": ended_on.isoformat() if ended_on else None, "reason": reason})


# --- reading -----------------------------------------------------------------

_SELECT = (
    "SELECT l.id, l.agreement_number, l.trader_id, t.name, t.nik, t.address, t.phone, l.stall_id,"
    " s.code, b.code, s.kind, s.area_dm2, l.signed_on, l.start_date, l.end_date, l.ended_on,"
    " l.monthly_rate, l.frequency, l.due_day, l.deposit_amount,"
    " (SELECT coalesce(sum(CASE WHEN m.kind IN ('received', 'carried_in') THEN m.amount"
    "   ELSE -m.amount END), 0) FROM deposit_movement m WHERE m.lease_id = l.id"
    "   AND m.voided_on IS NULL),"
    " l.late_fee_bp, l.status, l.end_reason, l.closed_on, l.renewed_from_id,"
    " (SELECT r.id FROM lease r WHERE r.renewed_from_id = l.id),"
    " l.transferred_from_id, (SELECT r.id FROM lease r WHERE r.transferred_from_id = l.id),"
    " l.note, u.username, l.created_at"
    " FROM lease l JOIN trader t ON t.id = l.trader_id JOIN stall s ON s.id = l.stall_id"
    " JOIN block b ON b.id = s.block_id JOIN app_user u ON u.id = l.created_by")


def _info(row, today: dt.date) -> LeaseInfo:
    values = list(row)
    for index in (12, 13, 14, 15, 24):
        values[index] = as_date(values[index])
    status, start, end = values[22], values[13], values[14]
    if status != "active":
        state = status
    elif today < start:
        state = "upcoming"
    elif today > end:
        state = "expired"
    else:
        state = "running"
    return LeaseInfo(*values, state=state)


def _load(lease_id: int) -> LeaseInfo:
    row = one(f"{_SELECT} WHERE l.id = ?", (lease_id,))
    if row is None:
        raise NotFound("lease.not_found", field="lease")
    return _info(row, clock.today())


def get_lease(session: Session, lease_id: int, *, check_permission: bool = True) -> LeaseInfo:
    if check_permission:
        require(session, "leases.view")
    return _load(lease_id)


def find_lease(session: Session, agreement_number: str) -> LeaseInfo:
    require(session, "leases.view")
    row = one(f"{_SELECT} WHERE l.agreement_number = ?",
              ((agreement_number or "").strip().upper(),))
    if row is None:
        raise NotFound("lease.not_found", field="lease")
    return _info(row, clock.today())


def lease_in_force(session: Session, stall_id: int, day: dt.date | None = None
                   ) -> LeaseInfo | None:
    """The lease of a stall on a day (today by default), if any."""
    require(session, "leases.view")
    day = day or clock.today()
    row = one(f"{_SELECT} WHERE l.stall_id = ? AND l.status <> 'cancelled' AND l.start_date <= ?"
              " AND coalesce(l.ended_on, l.end_date) >= ?",
              (stall_id, day.isoformat(), day.isoformat()))
    return _info(row, clock.today()) if row else None


def list_leases(session: Session, *, trader_id: int | None = None, stall_id: int | None = None,
                status: str | None = None, in_force_on: dt.date | None = None,
                ending_between: tuple[dt.date, dt.date] | None = None,
                after_id: int | None = None, limit: int = 100) -> LeasePage:
    """Leases, newest first (by id); ``ending_between`` finds leases due for
    renewal (active, end date in the range)."""
    require(session, "leases.view")
    where, params = ["1=1"], []
    if trader_id is not None:
        where.append("l.trader_id = ?")
        params.append(trader_id)
    if stall_id is not None:
        where.append("l.stall_id = ?")
        params.append(stall_id)
    if status is not None:
        if status not in STATUSES:
            raise ValidationError("lease.status_invalid", field="status")
        where.append("l.status = ?")
        params.append(status)
    if in_force_on is not None:
        where.append("l.status <> 'cancelled' AND l.start_date <= ?"
                     " AND coalesce(l.ended_on, l.end_date) >= ?")
        params += [in_force_on.isoformat(), in_force_on.isoformat()]
    if ending_between is not None:
        where.append("l.status = 'active' AND l.end_date BETWEEN ? AND ?")
        params += [ending_between[0].isoformat(), ending_between[1].isoformat()]
    if after_id is not None:
        where.append("l.id < ?")
        params.append(after_id)
    found = rows(f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY l.id DESC LIMIT ?",
                 [*params, limit + 1])
    today = clock.today()
    return LeasePage(tuple(_info(r, today) for r in found[:limit]), len(found) > limit)
