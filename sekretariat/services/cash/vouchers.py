"""Direct cash vouchers: other income, expenses by category, transfers between
the drawer and the bank, and the remittance to the asset owner.

Each voucher is numbered in the same transaction (``BKM/2026/00001`` money in,
``BKK/2026/00001`` money out), posts one balanced journal entry (source
``cash.<kind>``, so the cash book and the close group it by kind) and is
audited. It is never edited: ``void_voucher`` reverses it in an open day. The
drawer (1-100 Kas) never goes below zero."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock, db
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.models import CashVoucher
from sekretariat.money import MAX_AMOUNT, format_rupiah
from sekretariat.services.cash.balance import BANK, CASH, CASH_ACCOUNTS
from sekretariat.services.core import audit, days, journal, numbering
from sekretariat.services.core.journal import LineInput
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

KINDS = ("income", "expense", "to_bank", "from_bank", "remit")
MONEY_IN = frozenset({"income", "from_bank"})
REMIT_ACCOUNT = "5-700"
DIFFERENCE_ACCOUNT = "5-900"     # posted only by the close
MAX_PARTY = 120
MAX_MEMO = 300


@dataclass(frozen=True)
class VoucherInfo:
    id: int
    number: str
    kind: str
    voucher_date: dt.date
    cash_account: str
    counter_account: str
    counter_name: str
    amount: int
    party: str
    memo: str
    journal_entry_id: int
    entry_number: str
    created_by: str
    created_by_name: str
    created_at: str
    voided_on: dt.date | None
    void_reason: str | None

    @property
    def money_in(self) -> bool:
        return self.kind in MONEY_IN

    @property
    def is_void(self) -> bool:
        return self.voided_on is not None


def income_accounts() -> list[journal.AccountInfo]:
    """Accounts other income may be credited to (4-xxx, active)."""
    return [a for a in journal.list_accounts() if a.type == "income" and a.active]


def expense_accounts() -> list[journal.AccountInfo]:
    """Expense categories (5-xxx, active) but the remittance and the cash
    difference, which have their own actions."""
    return [a for a in journal.list_accounts() if a.type == "expense" and a.active
            and a.code not in (REMIT_ACCOUNT, DIFFERENCE_ACCOUNT)]


def record_income(session: Session, day: dt.date, account: str, amount: int, payer: str,
                  memo: str, *, cash_account: str = CASH) -> VoucherInfo:
    """Other income received (BKM): cash or bank up, an income account credited."""
    if account not in {a.code for a in income_accounts()}:
        raise ValidationError("cash.not_income_account", field="account", code=account)
    return _record(session, "income", day, cash_account, account, amount, payer, memo)


def record_expense(session: Session, day: dt.date, account: str, amount: int, payee: str,
                   memo: str, *, cash_account: str = CASH) -> VoucherInfo:
    """An expense paid (BKK) from the drawer or the bank, by category."""
    if account not in {a.code for a in expense_accounts()}:
        raise ValidationError("cash.not_expense_account", field="account", code=account)
    return _record(session, "expense", day, cash_account, account, amount, payee, memo)


def transfer(session: Session, day: dt.date, direction: str, amount: int, memo: str,
             party: str = "") -> VoucherInfo:
    """``direction`` 'to_bank' (a bank deposit from the drawer, BKK) or
    'from_bank' (a withdrawal into the drawer, BKM)."""
    if direction not in ("to_bank", "from_bank"):
        raise ValidationError("cash.transfer_direction", field="direction")
    return _record(session, direction, day, CASH, BANK, amount, party, memo)


def remit_to_owner(session: Session, day: dt.date, amount: int, recipient: str, memo: str, *,
                   cash_account: str = CASH) -> VoucherInfo:
    """The remittance to the market's asset owner (5-700, BKK)."""
    return _record(session, "remit", day, cash_account, REMIT_ACCOUNT, amount, recipient, memo)


def _record(session: Session, kind: str, day: dt.date, cash_account: str, counter: str,
            amount: int, party: str, memo: str) -> VoucherInfo:
    require(session, "cash.post")
    if cash_account not in CASH_ACCOUNTS:
        raise ValidationError("cash.not_cash_account", field="cash_account", code=cash_account)
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise ValidationError("date.invalid", field="day", text=str(day))
    if day > clock.today():
        raise ValidationError("cash.future_date", field="day", day=fmt_date(day))
    if not isinstance(amount, int) or isinstance(amount, bool) or not 0 < amount <= MAX_AMOUNT:
        raise ValidationError("cash.amount_invalid", field="amount")
    party = _text(party, MAX_PARTY, "party", required=kind in ("income", "expense", "remit"))
    memo = _text(memo, MAX_MEMO, "memo", required=True)
    money_in = kind in MONEY_IN
    debit, credit = (cash_account, counter) if money_in else (counter, cash_account)
    series = "BKM" if money_in else "BKK"
    with writing():
        days.assert_open(day)
        if credit == CASH:
            drawer_guard(day, amount)
        number = numbering.next_number(series, day.year)
        lines = [LineInput(debit, debit=amount, memo=party), LineInput(credit, credit=amount,
                                                                      memo=party)]
        entry_id = journal.post_in_transaction(session, day, f"{number} · {memo}", lines,
                                               source=f"cash.{kind}", source_ref=number)
        voucher_id = CashVoucher.insert(
            number=number, kind=kind, voucher_date=day, cash_account=cash_account,
            counter_account=counter, amount=amount, party=party, memo=memo,
            journal_entry=entry_id, created_by=session.user_id,
            created_at=clock.now_iso()).execute()
        audit.record(session, "cash.voucher", "cash_voucher", voucher_id, None,
                     {"number": number, "kind": kind, "date": day.isoformat(),
                      "cash_account": cash_account, "counter_account": counter,
                      "amount": amount, "party": party, "memo": memo, "entry_id": entry_id})
    return get_voucher(session, voucher_id)


def drawer_guard(day: dt.date, amount: int) -> None:
    """Refuse taking ``amount`` out of the drawer on ``day`` when the drawer
    would go below zero at the end of that day or of any later day already
    recorded. Runs inside the caller's write transaction."""
    conn = db.current_database()
    account = "(SELECT id FROM account WHERE code = ?)"
    running = conn.execute_sql(
        f"SELECT coalesce(sum(debit) - sum(credit), 0) FROM journal_line"
        f" WHERE account_id = {account} AND entry_date < ?", (CASH, day.isoformat())).fetchone()[0]
    available = running                      # the end of ``day`` when nothing moved on it
    for entry_date, net in conn.execute_sql(
            f"SELECT entry_date, sum(debit) - sum(credit) FROM journal_line"
            f" WHERE account_id = {account} AND entry_date >= ? GROUP BY entry_date"
            f" ORDER BY entry_date", (CASH, day.isoformat())):
        running += net
        available = running if entry_date == day.isoformat() else min(available, running)
    if available - amount < 0:
        raise ValidationError("cash.drawer_negative", field="amount", day=fmt_date(day),
                              balance=format_rupiah(max(available, 0)),
                              amount=format_rupiah(amount))


def void_voucher(session: Session, voucher_id: int, reason: str,
                 void_date: dt.date | None = None) -> VoucherInfo:
    """Void by reversal dated in an open day (today by default); the number stays."""
    require(session, "cash.void")
    reason = _text(reason, MAX_MEMO, "reason", required=True)
    row = CashVoucher.get_or_none(CashVoucher.id == voucher_id)
    if row is None:
        raise NotFound("cash.voucher_not_found", id=voucher_id)
    when = void_date or clock.today()
    with writing():
        row = CashVoucher.get_by_id(voucher_id)
        if row.void_entry_id is not None:
            raise Conflict("cash.voucher_already_void", number=row.number)
        days.assert_open(when)
        if row.kind in MONEY_IN and row.cash_account == CASH:
            drawer_guard(when, row.amount)
        reversal = journal.reverse_in_transaction(session, row.journal_entry_id, reason, when)
        CashVoucher.update(void_entry=reversal, voided_on=when, void_reason=reason) \
            .where(CashVoucher.id == voucher_id).execute()
        audit.record(session, "cash.voucher_void", "cash_voucher", voucher_id,
                     {"voided_on": None}, {"voided_on": when.isoformat(), "reason": reason,
                                           "void_entry_id": reversal})
    return get_voucher(session, voucher_id)


_QUERY = ("SELECT v.id, v.number, v.kind, v.voucher_date, v.cash_account, v.counter_account,"
          " a.name_id, a.name_en, v.amount, v.party, v.memo, v.journal_entry_id, e.number,"
          " u.username, u.full_name, v.created_at, v.voided_on, v.void_reason"
          " FROM cash_voucher v JOIN account a ON a.code = v.counter_account"
          " JOIN journal_entry e ON e.id = v.journal_entry_id"
          " JOIN app_user u ON u.id = v.created_by")


def get_voucher(session: Session, voucher_id: int) -> VoucherInfo:
    require(session, "cash.view")
    row = db.current_database().execute_sql(f"{_QUERY} WHERE v.id = ?", (voucher_id,)).fetchone()
    if row is None:
        raise NotFound("cash.voucher_not_found", id=voucher_id)
    return _info(row)


def find_voucher(session: Session, number: str) -> VoucherInfo:
    require(session, "cash.view")
    row = db.current_database().execute_sql(f"{_QUERY} WHERE v.number = ?",
                                            ((number or "").strip().upper(),)).fetchone()
    if row is None:
        raise NotFound("cash.voucher_number_not_found", number=number)
    return _info(row)


def list_vouchers(session: Session, first: dt.date, last: dt.date, *,
                  limit: int = 500) -> list[VoucherInfo]:
    require(session, "cash.view")
    return [_info(r) for r in db.current_database().execute_sql(
        f"{_QUERY} WHERE v.voucher_date BETWEEN ? AND ? ORDER BY v.voucher_date, v.id LIMIT ?",
        (first.isoformat(), last.isoformat(), limit))]


def _info(row) -> VoucherInfo:
    from sekretariat.i18n import get_language

    (vid, number, kind, day, cash_account, counter, name_id, name_en, amount, party, memo,
     entry_id, entry_number, username, full_name, created_at, voided_on, reason) = row
    return VoucherInfo(vid, number, kind, dt.date.fromisoformat(day), cash_account, counter,
                       name_en if get_language() == "en" else name_id, amount, party, memo,
                       entry_id, entry_number, username, full_name, created_at,
                       dt.date.fromisoformat(voided_on) if voided_on else None, reason)


def _text(value: str, limit: int, field: str, *, required: bool) -> str:
    text = " ".join(str(value or "").split())
    if required and not text:
        raise ValidationError(f"cash.{field}_empty", field=field)
    if len(text) > limit:
        raise ValidationError("cash.text_long", field=field, maximum=limit, length=len(text))
    return text
