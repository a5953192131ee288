"""The cash balance, decided in one place: what 1-100 Kas (or 1-110 Bank)
holds at the end of a day, according to the journal. The close, the cash book,
the vouchers' drawer guard and ``check`` all ask here."""

from __future__ import annotations

import datetime as dt

from sekretariat import db
from sekretariat.services.core import journal_read

CASH = "1-100"
BANK = "1-110"
CASH_ACCOUNTS = (CASH, BANK)

_ACCOUNT_ID = "(SELECT id FROM account WHERE code = ?)"


def balance_at_end_of(account: str, day: dt.date) -> int:
    """Debits minus credits of ``account`` on or before ``day``.

    For the drawer, the latest close in force on or before ``day`` already
    states that sum (its count, after the difference it posted; ``check``
    proves it against the plain sum), so only the days after it are added up."""
    if account == CASH:
        # CROSS JOIN keeps cash_close outside: its day index answers ORDER BY … LIMIT 1
        row = db.current_database().execute_sql(
            "SELECT x.day, x.counted FROM cash_close x CROSS JOIN closed_day c ON c.id = x.closed_day_id"
            " WHERE c.reopened_at IS NULL AND x.day <= ? ORDER BY x.day DESC LIMIT 1",
            (day.isoformat(),)).fetchone()
        if row is not None:
            closed = dt.date.fromisoformat(row[0])
            if closed == day:
                return row[1]
            money_in, money_out = movement(account, closed + dt.timedelta(days=1), day)
            return row[1] + money_in - money_out
    return journal_balance_at_end_of(account, day)


def journal_balance_at_end_of(account: str, day: dt.date) -> int:
    """The plain sum over every line: the journal's own account balance."""
    return journal_read.account_balance_unchecked(account, day)


def movement(account: str, first: dt.date, last: dt.date) -> tuple[int, int]:
    """(money in, money out) of ``account`` from ``first`` to ``last`` inclusive."""
    row = db.current_database().execute_sql(
        f"SELECT coalesce(sum(debit), 0), coalesce(sum(credit), 0) FROM journal_line"
        f" WHERE account_id = {_ACCOUNT_ID} AND entry_date BETWEEN ? AND ?",
        (account, first.isoformat(), last.isoformat())).fetchone()
    return row[0], row[1]


def activity_days(account: str, first: dt.date, last: dt.date) -> list[dt.date]:
    """The days from ``first`` to ``last`` on which ``account`` moved."""
    return [dt.date.fromisoformat(d) for d, in db.current_database().execute_sql(
        f"SELECT DISTINCT entry_date FROM journal_line WHERE account_id = {_ACCOUNT_ID}"
        f" AND entry_date BETWEEN ? AND ? ORDER BY entry_date",
        (account, first.isoformat(), last.isoformat()))]


def first_activity(account: str) -> dt.date | None:
    row = db.current_database().execute_sql(
        f"SELECT min(entry_date) FROM journal_line WHERE account_id = {_ACCOUNT_ID}",
        (account,)).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None
