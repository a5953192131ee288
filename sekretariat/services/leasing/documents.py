"""Printed documents: the lease agreement (Surat Perjanjian Sewa), the
payment receipt (kwitansi) and the arrears reminder letter (surat teguran).

Each function checks a permission, loads its data through the services,
hands plain data to a report module (sekretariat/reports/) and returns the
PDF's path. The default folder is ``exports/`` beside the database; file
names follow the document number (``SPS-2026-00001.pdf``,
``KW-2026-00001.pdf``, ``ST-2026-11-23-T00001.pdf``). Reading only: nothing is
written to the database and nothing is audited.

Permissions: the agreement needs only ``leases.view`` (whoever may see the
lease may print it), the receipt ``payments.take`` (the cashier), the reminder
``billing.run`` (who chases the money: chair and treasurer).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sekretariat import clock, db
from sekretariat.errors import ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.leasing import (
    invoices,
    leases,
    payments,
    receivables,
    statements,
    traders,
)
from sekretariat.services.leasing.leasing_util import OPEN_ON_SQL, as_date, one, rows
from sekretariat.services.leasing.overdue import days_overdue, is_overdue
from sekretariat.services.core import market, paper
from sekretariat.services.core.permissions import mask_nik, require
from sekretariat.services.core.session import Session

SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                "Des")
RECEIPT_WIDTHS = ("80mm", "A6")


# --- shared ------------------------------------------------------------------

default_folder = paper.default_folder
_folder = paper.folder
_file_name = paper.file_name
_target = paper.target
_profile = paper.profile
_letterhead = paper.letterhead
COPY_LABEL = paper.COPY_LABEL


def _stall_word(codes: list[str]) -> str:
    """"kios" / "los" / "pelataran" when the stalls are all of one kind, else "lapak"."""
    marks = ", ".join("?" * len(codes))
    kinds = {kind for (kind,) in db.current_database().execute_sql(
        f"SELECT DISTINCT kind FROM stall WHERE code IN ({marks})", codes).fetchall()}
    return kinds.pop() if len(kinds) == 1 else "lapak"


def _place(profile: market.MarketInfo) -> str:
    return profile.city or profile.name


def _month(day: dt.date) -> str:
    return f"{SHORT_MONTHS[day.month - 1]} {day.year}"


def _period(start: dt.date, end: dt.date) -> str:
    """"Sep 2026", or "15 Sep–30 Sep 2026" for part of a month, "Sep–Nov 2026"."""
    month_end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) \
        - dt.timedelta(days=1)
    if start.day == 1 and (start.year, start.month) == (end.year, end.month) and end == month_end:
        return _month(start)
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        if start.year == end.year:
            return f"{SHORT_MONTHS[start.month - 1]}–{_month(end)}"
        return f"{_month(start)}–{_month(end)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_month(end)}"
    return f"{start.day} {_month(start)}–{end.day} {_month(end)}"


def describe_invoice(invoice: invoices.InvoiceInfo) -> str:
    """What an invoice is for, in Indonesian: "Sewa A-01, Sep 2026"."""
    if invoice.kind == "rent":
        period = _period(invoice.period_start, invoice.period_end)
        return f"Sewa {invoice.stall_code or ''}, {period}"
    if invoice.kind == "late_fee":
        text = "Denda keterlambatan"
        if invoice.late_fee_for_number:
            text += f" {invoice.late_fee_for_number}"
        if invoice.late_fee_month:
            text += f" (bulan ke-{invoice.late_fee_month})"
        return text
    if invoice.kind == "daily_fee":
        return f"Iuran harian {invoice.stall_code or ''}, " \
               f"{_period(invoice.period_start, invoice.period_end)}".replace("  ", " ")
    return invoice.memo or invoice.number


_signer = paper.signer


# --- the lease agreement -----------------------------------------------------

def lease_agreement_pdf(session: Session, lease_id: int, folder: str | Path | None = None) -> Path:
    """The Surat Perjanjian Sewa of a lease, A4."""
    from sekretariat.reports.leasing.lease_agreement import AgreementData, build_agreement

    require(session, "leases.view")
    lease = leases.get_lease(session, lease_id)
    trader = traders.get_trader(session, lease.trader_id)
    profile = _profile()
    data = AgreementData(
        agreement_number=lease.agreement_number, signed_on=lease.signed_on,
        place=_place(profile), market_name=profile.name,
        market_address=", ".join(p for p in (profile.address, profile.city) if p),
        managing_org=profile.managing_org, chair_name=_signer(session, "ketua"),
        trader_name=lease.trader_name, trader_nik=mask_nik(session, lease.trader_nik),
        trader_address=lease.trader_address, trader_phone=lease.trader_phone,
        commodity=trader.commodity, stall_code=lease.stall_code, block_code=lease.block_code,
        stall_kind=lease.stall_kind, area_dm2=lease.area_dm2, start_date=lease.start_date,
        end_date=lease.end_date, monthly_rate=lease.monthly_rate, frequency=lease.frequency,
        period_amount=lease.period_amount, due_day=lease.due_day,
        deposit_amount=lease.deposit_amount, late_fee_bp=lease.late_fee_bp)
    path, head = _target(folder, _file_name(lease.agreement_number),
                         _letterhead(profile, session))
    return build_agreement(path, data, head)


# --- the receipt -------------------------------------------------------------

def receipt_pdf(session: Session, payment_id: int, folder: str | Path | None = None, *,
                width: str = "80mm") -> Path:
    """The kwitansi of a payment: an 80 mm roll (default) or A6. A voided
    payment's receipt says BATAL."""
    from sekretariat.reports.leasing.receipt import ReceiptData, ReceiptItem, build_receipt

    require(session, "payments.take")
    if width not in RECEIPT_WIDTHS:
        raise ValidationError("doc.width_invalid", field="width")
    payment = payments.get_payment(session, payment_id)
    items = []
    for allocation in payment.allocations:
        invoice = invoices.get_invoice(session, allocation.invoice_id)
        items.append(ReceiptItem(f"{invoice.number} — {describe_invoice(invoice)}",
                                 allocation.amount))
    entry_id = one("SELECT journal_entry_id FROM payment WHERE id = ?", (payment_id,))[0]
    balance_after = receivables.balance_after_entry(payment.trader_id, entry_id)
    data = ReceiptData(
        number=payment.receipt_number, paid_on=payment.paid_on,
        received_from=payment.trader_name, amount=payment.amount, items=tuple(items),
        unapplied=payment.unapplied, method=payment.method, reference=payment.reference or "",
        cashier=payment.cashier, balance_after=balance_after, balance_date=payment.paid_on,
        purpose=payment.purpose, agreement_number=payment.agreement_number or "",
        voided=payment.voided, voided_on=payment.voided_on,
        void_reason=payment.void_reason or "", void_number=payment.void_number or "")
    path, head = _target(folder, _file_name(payment.receipt_number),
                         _letterhead(_profile(), session))
    return build_receipt(path, data, head, width=width)


# --- the reminder letter -----------------------------------------------------

def reminder_letter_pdf(session: Session, trader_id: int, as_of: dt.date | None = None,
                        folder: str | Path | None = None, *, days_to_pay: int = 7) -> Path:
    """A surat teguran listing the trader's invoices overdue on ``as_of``
    (today by default; services.leasing.overdue decides); open amounts, credit
    and deposit as they stood at the end of that day, so a letter made again
    for the same day states the same facts. Refused when nothing is overdue."""
    from sekretariat.reports.leasing.reminder import OverdueLine, ReminderData, build_reminder

    require(session, "billing.run")
    as_of = as_of or clock.today()
    trader = traders.get_trader(session, trader_id)
    # open amounts as they stood at the end of the letter's day, not as of now
    open_on = {r[0]: r[4] for r in rows(OPEN_ON_SQL.format(where="AND o.trader_id = :trader"),
                                        {"day": as_of.isoformat(), "trader": trader_id})
               if r[4] > 0 and is_overdue(as_date(r[3]), as_of)}
    found, before = [], None
    while open_on:  # the trader's invoices, a page at a time
        page = invoices.list_invoices(session, trader_id=trader_id, before=before, limit=500)
        found += [replace(i, open_amount=open_on[i.id]) for i in page.rows if i.id in open_on]
        if not page.has_more:
            break
        before = (page.rows[-1].issue_date, page.rows[-1].id)
    overdue = sorted(found, key=lambda i: (i.due_date, i.number))
    if not overdue:
        raise ValidationError("doc.no_arrears", field="trader", trader=trader.name,
                              day=fmt_date(as_of))
    in_force = dict(db.current_database().execute_sql(  # the trader's leases that day
        "SELECT l.id, s.code FROM lease l JOIN stall s ON s.id = l.stall_id"
        " WHERE l.trader_id = ? AND l.status <> 'cancelled' AND l.start_date <= ?"
        " AND coalesce(l.ended_on, l.end_date) >= ?",
        (trader_id, as_of.isoformat(), as_of.isoformat())).fetchall())
    stalls = sorted(set(in_force.values()))
    former = sorted({i.stall_code for i in overdue if i.stall_code and i.lease_id is not None
                     and i.lease_id not in in_force})
    account = statements.account_summary(session, trader_id, as_of=as_of)
    profile = _profile()
    data = ReminderData(
        as_of=as_of, place=_place(profile), market_name=profile.name,
        managing_org=profile.managing_org, trader_name=trader.name,
        trader_address=trader.address,
        stalls=f"{_stall_word(stalls)} {', '.join(stalls)}" if stalls else "",
        lines=tuple(OverdueLine(i.number, describe_invoice(i), i.due_date,
                                days_overdue(i.due_date, as_of), i.open_amount) for i in overdue),
        credit=account.credit, deposit_held=account.deposit_held, chair_name=_signer(session, "ketua"),
        treasurer_name=_signer(session, "bendahara"), days_to_pay=days_to_pay,
        former_stalls=f"{_stall_word(former)} {', '.join(former)}" if former else "",
        holds_lease=bool(in_force))
    path, head = _target(folder, f"ST-{as_of:%Y-%m-%d}-T{trader_id:05d}.pdf",
                         _letterhead(profile, session))
    return build_reminder(path, data, head)


@dataclass(frozen=True)
class ReminderWritten:
    trader_id: int
    trader_name: str
    stalls: str
    days_overdue: int
    overdue: int
    path: Path


def reminder_letters(session: Session, as_of: dt.date | None = None, *, min_days: int = 30,
                     folder: str | Path | None = None, days_to_pay: int = 7,
                     on_progress: Callable[[int, int], None] | None = None,
                     ) -> list[ReminderWritten]:
    """A surat teguran for every trader whose oldest overdue invoice is at
    least ``min_days`` overdue as of ``as_of`` (today), longest overdue first.
    Writes nothing when nobody qualifies (an empty list). ``on_progress(done,
    total)`` after each letter (hundreds of letters take a while)."""
    require(session, "billing.run")
    if not isinstance(min_days, int) or isinstance(min_days, bool) or min_days < 0:
        raise ValidationError("doc.min_days_invalid", field="min_days")
    as_of = as_of or clock.today()
    page = statements.list_arrears(session, as_of, limit=1_000_000)
    due = [row for row in page.rows if row.days_overdue >= min_days]
    written = []
    for row in due:  # longest overdue first
        path = reminder_letter_pdf(session, row.trader_id, as_of, folder,
                                   days_to_pay=days_to_pay)
        written.append(ReminderWritten(row.trader_id, row.trader_name, row.stalls,
                                       row.days_overdue, row.overdue, path))
        if on_progress is not None:
            on_progress(len(written), len(due))
    return written


# --- the trader's statement --------------------------------------------------

def statement_pdf(session: Session, trader_id: int, date_from: dt.date | None,
                  date_to: dt.date | None = None, folder: str | Path | None = None) -> Path:
    """The trader's rekening koran over a period (``date_from=None``: the
    whole history; ``date_to``: today), A4."""
    from sekretariat.reports.leasing.statement import (
        StatementData,
        StatementRow,
        build_statement,
    )

    require(session, "receivables.view")
    date_to = date_to or clock.today()
    statement = statements.trader_statement(session, trader_id, date_from, date_to)
    trader = traders.get_trader(session, trader_id)
    found = leases.list_leases(session, trader_id=trader_id, limit=500).rows
    stalls = sorted({lease.stall_code for lease in found if lease.status != "cancelled"
                     and lease.start_date <= statement.date_to
                     and lease.effective_end >= statement.date_from})
    buckets = statements.account_summary(session, trader_id, as_of=statement.date_to).buckets
    profile = _profile()
    data = StatementData(
        market_name=profile.name, trader_name=trader.name, nik=trader.nik, phone=trader.phone,
        address=trader.address, stalls=", ".join(stalls), date_from=statement.date_from,
        date_to=statement.date_to, opening=statement.opening_balance,
        rows=tuple(StatementRow(line.entry_date, line.reference, statement.describe(line),
                                line.debit, line.credit, line.balance)
                   for line in statement.lines),
        total_debit=statement.total_debit, total_credit=statement.total_credit,
        closing=statement.closing_balance, deposit_held=statement.deposit_held,
        ageing=(buckets.not_due, buckets.d0_30, buckets.d31_60, buckets.d61_90,
                buckets.d90_plus))
    path, head = _target(folder, f"RK-T{trader_id:05d}-{statement.date_to:%Y-%m-%d}.pdf",
                         _letterhead(profile, session))
    return build_statement(path, data, head)
