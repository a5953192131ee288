"""Late fees (denda) — never automatic: ``assess_late_fees(session, as_of)``
charges, for each rent or daily-fee invoice still open on ``as_of``, each
whole month elapsed since its due date that has not been charged yet: open
amount on ``as_of`` x the lease's late_fee_bp / 10000, rounded half up — one
late-fee invoice per invoice and month (Dr 1-200 / Cr 4-300), unique even
when waived.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.core import audit, days
from sekretariat.services.leasing import overdue, periods, receivables
from sekretariat.services.leasing.billing import post_invoice_entries, store_invoices
from sekretariat.services.leasing.leasing_util import LATE_FEE_INCOME, as_date, check_date, rows
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing


@dataclass(frozen=True)
class LateFeeLine:
    invoice_id: int
    invoice_number: str
    trader_id: int
    trader_name: str
    lease_id: int
    due_date: dt.date
    month: int  # the m-th whole month overdue
    month_reached: dt.date  # due date + m months
    open_amount: int  # open on as_of, the base of the fee
    late_fee_bp: int
    fee: int
    late_fee_number: str | None = None


@dataclass(frozen=True)
class LateFeeRun:
    as_of: dt.date
    preview: bool
    lines: tuple[LateFeeLine, ...]
    total: int


# --- late fees ---------------------------------------------------------------

def assess_late_fees(session: Session, as_of: dt.date | None = None, *,
                     preview: bool = False) -> LateFeeRun:
    """Charge the late fees due on ``as_of`` (today by default); see the module
    docstring for the rule. Running it again charges nothing twice."""
    require(session, "billing.run")
    as_of = check_date(as_of, "as_of", required=False) or clock.today()
    if as_of > clock.today():
        raise ValidationError("invoice.future_date", field="as_of", day=fmt_date(as_of))
    if preview:
        lines = [line for line, _ in _late_fee_plan(as_of)]
        return LateFeeRun(as_of, True, tuple(lines), sum(line.fee for line in lines))
    days.assert_open(as_of)
    day = as_of.isoformat()
    posted: list[LateFeeLine] = []
    with writing():
        plan = _late_fee_plan(as_of)
        if not plan:
            return LateFeeRun(as_of, False, (), 0)
        pending = post_invoice_entries(session, [{
            "kind": "late_fee", "trader_id": line.trader_id, "lease_id": line.lease_id,
            "stall_id": stall_id, "period_start": line.month_reached,
            "period_end": line.month_reached, "billed_days": 1, "period_days": 1,
            "issue_date": as_of, "due_date": as_of, "value": line.fee,
            "income": LATE_FEE_INCOME, "late_fee_for": line.invoice_id,
            "late_fee_month": line.month,
            "memo": t("invoice.memo_late_fee", number=line.invoice_number, month=line.month,
                      percent=_percent(line.late_fee_bp),
                      base=format_rupiah(line.open_amount))}
            for line, stall_id in plan])
        for (line, _), (_, number) in zip(plan, store_invoices(session, pending), strict=True):
            values = dict(line.__dict__)
            values["late_fee_number"] = number
            posted.append(LateFeeLine(**values))
        receivables.apply_credits({line.trader_id for line in posted}, as_of)
        total = sum(line.fee for line in posted)
        audit.record(session, "late_fee.assess", "invoice", None, None,
                     {"as_of": day, "count": len(posted), "total": total,
                      "fees": [[line.late_fee_number, line.invoice_number, line.month, line.fee]
                               for line in posted]})
    return LateFeeRun(as_of, False, tuple(posted), total)


def _late_fee_plan(as_of: dt.date) -> list[tuple[LateFeeLine, int | None]]:
    """The late fees due on ``as_of`` and not charged yet, with each one's stall."""
    day = as_of.isoformat()
    candidates = rows(
        "SELECT i.id, i.number, i.trader_id, t.name, i.lease_id, i.due_date, l.late_fee_bp,"
        " i.amount - coalesce((SELECT sum(a.amount) FROM invoice_allocation a"
        "   LEFT JOIN payment p ON p.id = a.payment_id WHERE a.invoice_id = i.id"
        "   AND a.alloc_date <= ? AND (p.id IS NULL OR p.voided_on IS NULL OR p.voided_on > ?)),"
        "  0) AS open_amount, i.stall_id"
        " FROM invoice_open o CROSS JOIN invoice i ON i.id = o.invoice_id"
        " JOIN lease l ON l.id = i.lease_id JOIN trader t ON t.id = i.trader_id"
        " WHERE o.open_until > ? AND i.kind IN ('rent', 'daily_fee') AND i.issue_date <= ?"
        f" AND {overdue.overdue_sql('i.due_date', '?')} AND l.late_fee_bp > 0 AND"
        " +i.void_entry_id IS NULL ORDER BY i.due_date, i.id", (day, day, day, day, day))
    ids = [r[0] for r in candidates if r[7] > 0]
    done: set[tuple[int, int]] = set()
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        done |= {(r[0], r[1]) for r in rows(
            "SELECT late_fee_for_id, late_fee_month FROM invoice WHERE late_fee_for_id IN"
            f" ({','.join('?' * len(part))})", part)}
    plan: list[tuple[LateFeeLine, int | None]] = []
    for (invoice_id, number, trader_id, trader_name, lease_id, due, bp, open_amount,
         stall_id) in candidates:
        if open_amount <= 0:
            continue
        due = as_date(due)
        for month in range(1, periods.months_overdue(due, as_of) + 1):
            if (invoice_id, month) in done:
                continue
            fee = periods.apply_bp(open_amount, bp)
            if fee <= 0:
                continue
            plan.append((LateFeeLine(invoice_id, number, trader_id, trader_name, lease_id, due,
                                     month, periods.add_months(due, month), open_amount, bp, fee),
                         stall_id))
    return plan


def _percent(bp: int) -> str:
    whole, rest = divmod(bp, 100)
    return f"{whole}" if rest == 0 else f"{whole},{rest:02d}".rstrip("0")
