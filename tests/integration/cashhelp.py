"""Helpers for the cash area's tests: a count of the drawer that adds up to an
amount, and the plain journal balance of Kas."""

from __future__ import annotations

import datetime as dt

from sekretariat import db
from sekretariat.services.cash.settings import DEFAULT_DENOMINATIONS


def count_for(amount: int, denominations=DEFAULT_DENOMINATIONS) -> dict[tuple[str, int], int]:
    """A plausible count (largest first) of exactly ``amount`` Rupiah; amounts
    under Rp100 cannot be counted and are left out (the caller adds them)."""
    counts: dict[tuple[str, int], int] = {}
    left = amount
    for d in sorted(denominations, key=lambda d: (-d.value, d.form != "note")):
        quantity, left = divmod(left, d.value)
        counts[(d.form, d.value)] = quantity
    assert left == 0, f"{amount} cannot be counted with these denominations"
    return counts


def journal_cash(day: dt.date) -> int:
    """Kas at the end of ``day`` by the plain sum over every journal line."""
    return db.current_database().execute_sql(
        "SELECT coalesce(sum(l.debit) - sum(l.credit), 0) FROM journal_line l"
        " JOIN account a ON a.id = l.account_id WHERE a.code = '1-100' AND l.entry_date <= ?",
        (day.isoformat(),)).fetchone()[0]


def table_counts() -> dict[str, int]:
    conn = db.current_database()
    return {name: conn.execute_sql(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in ("journal_entry", "journal_line", "cash_voucher", "cash_close",
                         "cash_close_count", "closed_day", "audit_log", "sequence")}
