"""Helpers of the financial-statement tests (no tests here): a small market's
books over two years posted through the services, and the independent
plain-SQL recomputation every statement figure is compared with."""

from __future__ import annotations

import datetime as dt

from test_leases_support import market

from sekretariat import db
from sekretariat.services.cash import vouchers
from sekretariat.services.core import days, journal
from sekretariat.services.core.journal import LineInput
from sekretariat.services.leasing import billing, deposits, leases, payments
from sekretariat.services.warehouse import items, movements, payables_pay, suppliers

D = dt.date
TODAY = D(2026, 11, 23)
DEBIT_NORMAL = ("asset", "expense")


def post_books(sessions) -> dict:
    """2025: opening equity, other income, an expense, a bank deposit, a
    remittance; the year closed. 2026: a lease with a deposit, three months
    billed, payments (one voided, one with no invoice: a credit), stock in on
    credit and for cash, a cash sale, a supplier paid, an expense, a
    remittance and a bank deposit."""
    chair, treasurer = sessions["ketua"], sessions["bendahara"]
    journal.post_entry(chair, D(2025, 1, 2), "Saldo awal", [
        LineInput("1-100", debit=2_000_000), LineInput("1-110", debit=10_000_000),
        LineInput("3-100", credit=12_000_000)])
    vouchers.record_income(treasurer, D(2025, 3, 1), "4-900", 500_000, "Pengelola toilet",
                           "Toilet umum")
    vouchers.record_expense(treasurer, D(2025, 3, 2), "5-200", 150_000, "PLN", "Listrik")
    vouchers.transfer(treasurer, D(2025, 3, 3), "to_bank", 1_000_000, "Setor ke bank")
    vouchers.remit_to_owner(treasurer, D(2025, 11, 20), 300_000, "Kodam II", "Setoran 2025")
    days.close_day(chair, D(2025, 12, 31))
    m = market(chair)
    lease = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 9, 1),
                                D(2027, 8, 31), deposit_amount=600_000)
    beras = items.create_item(chair, "beras", "Beras medium", "kg", units=[("karung", 50)])
    supplier = suppliers.create_supplier(chair, "UD Makmur").id
    movements.record_receipt(chair, "beras", D(2026, 11, 2), 100, cost=1_000_000,
                             supplier_id=supplier)
    movements.record_receipt(chair, "beras", D(2026, 11, 3), 50, cost=500_000, payment="cash",
                             supplier_id=supplier)
    movements.record_issue(chair, "beras", D(2026, 11, 10), 10, price=130_000)
    payables_pay.pay_supplier(treasurer, supplier, 400_000, day=D(2026, 11, 12), method="bank")
    vouchers.record_expense(treasurer, D(2026, 11, 15), "5-300", 100_000, "Kebersihan", "Sapu")
    vouchers.remit_to_owner(treasurer, D(2026, 11, 20), 250_000, "Kodam II", "Setoran Nov")
    vouchers.transfer(treasurer, D(2026, 11, 21), "to_bank", 300_000, "Setor ke bank")
    deposits.receive_deposit(treasurer, lease.id, 600_000, "tunai")
    for month in (9, 10, 11):
        billing.bill_period(chair, 2026, month)
    payments.take_payment(treasurer, m["siti"], 450_000, "tunai")
    payments.take_payment(treasurer, m["siti"], 100_000, "transfer", reference="BRI-1")
    wrong = payments.take_payment(treasurer, m["siti"], 20_000, "tunai")
    payments.void_payment(treasurer, wrong.id, "salah ketik jumlah")
    payments.take_payment(treasurer, m["budi"], 75_000, "tunai", confirm_amount=75_000)
    return {**m, "lease": lease.id, "supplier": supplier, "item": beras.id}


# --- the independent recomputation ---------------------------------------------------

def sql(text: str, params=()) -> list[tuple]:
    return db.current_database().execute_sql(text, params).fetchall()


def amount(codes, last: dt.date, first: dt.date | None = None) -> int:
    """Natural-sign sum over ``codes`` of the lines dated first..last."""
    total = 0
    for code in codes:
        kind, debit, credit = sql(
            "SELECT a.type, coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0)"
            " FROM account a LEFT JOIN journal_line l ON l.account_id = a.id"
            " AND l.entry_date BETWEEN ? AND ? WHERE a.code = ? GROUP BY a.id",
            ((first or D(1, 1, 1)).isoformat(), last.isoformat(), code))[0]
        total += debit - credit if kind in DEBIT_NORMAL else credit - debit
    return total


def codes_of(kind: str) -> list[str]:
    return [r[0] for r in sql("SELECT code FROM account WHERE type = ? ORDER BY code", (kind,))]


def surplus(last: dt.date, first: dt.date | None = None) -> int:
    return amount(codes_of("income"), last, first) - amount(codes_of("expense"), last, first)


def cash_change(first: dt.date, last: dt.date) -> int:
    return amount(("1-100", "1-110"), last, first)


def assert_ties(found, trial) -> None:  # type: ignore[no-untyped-def]
    """Every figure of the statements equals its plain-SQL recomputation;
    the position balances and its totals are the trial balance's."""
    position, income, cash = found.position, found.income, found.cash
    period = position.period
    before_day = position.previous_as_of
    before_period = income.previous_period
    seen: list[str] = []
    for line in position.lines():
        if line.key.startswith("surplus"):
            continue
        seen += line.accounts
        assert line.amount == amount(line.accounts, period.end), line
        assert line.previous == (None if before_day is None
                                 else amount(line.accounts, before_day)), line
    for kind in ("asset", "liability", "equity"):
        for code in codes_of(kind):
            if code not in seen:   # left out only when never used
                assert not sql("SELECT 1 FROM journal_line l JOIN account a ON a.id ="
                               " l.account_id WHERE a.code = ?", (code,)), code
    assert len(seen) == len(set(seen))
    lines = {line.key: line for line in position.equity[0].lines}
    start = period.start - dt.timedelta(days=1)
    assert lines["surplus_period"].amount == surplus(period.end, period.start) == income.surplus
    assert lines["surplus_prior"].amount == surplus(start)
    assert position.total_assets == position.total_liabilities_and_equity
    tb = {row.code: row for row in trial.rows}
    by_type = {kind: sum(tb[c].debit - tb[c].credit for c in codes_of(kind))
               for kind in ("asset", "liability", "equity", "income", "expense")}
    assert position.total_assets == by_type["asset"]
    assert position.total_liabilities == -by_type["liability"]
    assert position.total_equity == -(by_type["equity"] + by_type["income"]
                                      + by_type["expense"])
    assert trial.total_debit == trial.total_credit
    if before_day is not None:
        assert position.previous("assets") == position.previous("liabilities_and_equity")
        assert position.previous("assets") == amount(codes_of("asset"), before_day)
    for section, kind in ((income.income, "income"), (income.expenses, "expense")):
        for line in section.lines:
            assert line.amount == amount(line.accounts, period.end, period.start)
            if before_period is not None:
                assert line.previous == amount(line.accounts, before_period.end,
                                               before_period.start)
        assert section.total == amount(codes_of(kind), period.end, period.start)
    assert cash.opening == amount(("1-100", "1-110"), start)
    assert cash.closing == amount(("1-100", "1-110"), period.end)
    assert cash.opening + cash.total_in - cash.total_out == cash.closing
    assert cash.total_in - cash.total_out == cash_change(period.start, period.end)
    assert sum(line.amount for line in cash.accounts) == cash.closing
    position_cash = next(line for line in position.lines() if line.key == "cash")
    assert position_cash.amount == cash.closing
