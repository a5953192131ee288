"""The ledgers workbook's sheets read from the journal itself: the general
journal, the general ledger by account, the cash book and the trial balance.

Every row comes from an SQL cursor as it is written (a generator), never
from a list of the period's lines. Balances come from the functions that own
them: ``journal_read.trial_balance`` (the ledger's openings, the trial
balance) and ``cash.balance.balance_at_end_of`` (the cash book's openings,
as the cash book screen has them). Running balances are added up on the way;
each closing row is a formula (opening + SUM - SUM) the spreadsheet works
out, so a recalculated closing balance proves the lines add up.

The general ledger is one sheet with the accounts one after another (each
row names its account, so the table's filter shows one account, opening to
closing), rather than a sheet per account: two dozen tabs would hide the
other ledgers, and one continuous table prints and filters as one book.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sekretariat import db
from sekretariat.i18n import t
from sekretariat.reports.reports.layout import Balance, Closing, Column, Opening, Sheet, Table
from sekretariat.services.cash.balance import CASH_ACCOUNTS, balance_at_end_of
from sekretariat.services.cash.book import source_label
from sekretariat.services.core import journal_read
from sekretariat.services.core.journal_types import DEBIT_NORMAL
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.reports.ledgers_frame import Frame
from sekretariat.services.reports.period import Period

_DAY = dt.date.fromisoformat

#: Every line of every entry dated in the period, entry by entry (the
#: journal_entry (entry_date, id) and journal_line (entry_id) indexes).
JOURNAL_SQL = (
    "SELECT e.entry_date, e.number, e.source, e.memo, r.number, l.account_id, l.memo,"
    " l.debit, l.credit FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id"
    " LEFT JOIN journal_entry r ON r.id = e.reverses_id"
    " WHERE e.entry_date BETWEEN ? AND ? ORDER BY e.entry_date, e.id, l.id")

#: One account's lines in the period, in the cash book's order.
ACCOUNT_SQL = (
    "SELECT l.entry_date, e.number, e.source, e.source_ref, e.memo, l.memo, l.debit, l.credit"
    " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
    " WHERE l.account_id = ? AND l.entry_date BETWEEN ? AND ?"
    " ORDER BY l.entry_date, l.entry_id, l.id")


def line_count(period: Period) -> int:
    """Journal lines dated in the period (what the journal sheet will hold)."""
    return db.current_database().execute_sql(
        "SELECT count(*) FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id"
        " WHERE e.entry_date BETWEEN ? AND ?",
        (period.start.isoformat(), period.end.isoformat())).fetchone()[0]


def _cursor(sql: str, params: tuple):  # type: ignore[no-untyped-def]
    return db.current_database().execute_sql(sql, params)


def _money(label_key: str, *, total: bool = True, width: float = 15) -> Column:
    return Column(t(label_key), "money", width, total=total)


# --- 1. the general journal ------------------------------------------------------

def journal_sheet(frame: Frame) -> Sheet:
    session, period = frame.session, frame.period
    require(session, "journal.view")
    accounts = {a.id: (a.code, a.name) for a in journal_read.list_accounts(session)}
    columns = (Column(t("ledgers.col.date"), "date", 12), Column(t("ledgers.col.entry"), width=17),
               Column(t("ledgers.col.source"), width=18), Column(t("ledgers.col.memo"), width=44),
               Column(t("ledgers.col.reverses"), width=16),
               Column(t("ledgers.col.account"), width=9),
               Column(t("ledgers.col.account_name"), width=24),
               Column(t("ledgers.col.line_memo"), width=24),
               _money("ledgers.col.debit"), _money("ledgers.col.credit"))

    def rows() -> Iterator[tuple]:
        labels: dict[str, str] = {}
        for day, number, source, memo, reverses, account, line_memo, debit, credit in _cursor(
                JOURNAL_SQL, (period.start.isoformat(), period.end.isoformat())):
            label = labels.get(source)
            if label is None:
                label = labels[source] = source_label(source)
            code, name = accounts[account]
            yield (_DAY(day), number, label, memo, reverses, code, name, line_memo or None,
                   debit or None, credit or None)

    table = Table("JurnalUmum", columns, rows(), total_label=t("ledgers.total"),
                  empty_label=t("ledgers.none"))
    return frame.sheet("ledgers.sheet.journal", table)


# --- 2. the general ledger ----------------------------------------------------------

def ledger_sheet(frame: Frame) -> Sheet:
    session, period = frame.session, frame.period
    require(session, "journal.view")
    columns = (Column(t("ledgers.col.account"), width=9),
               Column(t("ledgers.col.account_name"), width=24),
               Column(t("ledgers.col.date"), "date", 12), Column(t("ledgers.col.entry"), width=17),
               Column(t("ledgers.col.memo"), width=50),
               _money("ledgers.col.debit"), _money("ledgers.col.credit"),
               Column(t("ledgers.col.balance"), "money", 16))
    table = Table("BukuBesar", columns, _ledger_rows(session, period),
                  balances=(Balance(7, 5, 6),), total_label=t("ledgers.total_moves"),
                  empty_label=t("ledgers.none"))
    return frame.sheet("ledgers.sheet.ledger", table, note=t("ledgers.note.ledger"))


def _ledger_rows(session: Session, period: Period) -> Iterator[tuple]:
    before = {r.code: (r.debit, r.credit)
              for r in journal_read.trial_balance(session, period.start - dt.timedelta(1)).rows}
    after = {r.code: (r.debit, r.credit)
             for r in journal_read.trial_balance(session, period.end).rows}
    first, last = period.start.isoformat(), period.end.isoformat()
    opening_text, closing_text = t("ledgers.opening"), t("ledgers.closing")
    for account in journal_read.list_accounts(session):
        debit, credit = before.get(account.code, (0, 0))
        if debit == credit and after.get(account.code, (0, 0)) == (debit, credit):
            continue                                  # no balance and nothing moved
        sign = 1 if account.type in DEBIT_NORMAL else -1
        balance = (debit - credit) * sign
        code, name = account.code, account.name
        yield Opening((code, name, period.start, None, opening_text, None, None, balance),
                      credit_normal=sign < 0)
        for day, number, _, _, memo, line_memo, debit, credit in _cursor(
                ACCOUNT_SQL, (account.id, first, last)):
            balance += (debit - credit) * sign
            yield (code, name, _DAY(day), number, f"{memo} — {line_memo}" if line_memo else memo,
                   debit or None, credit or None, balance)
        yield Closing((code, name, period.end, None, closing_text))


# --- 3. the cash book ----------------------------------------------------------------

def cash_sheet(frame: Frame) -> Sheet:
    session, period = frame.session, frame.period
    require(session, "cash.view")
    columns = (Column(t("ledgers.col.cash_account"), width=12),
               Column(t("ledgers.col.date"), "date", 12), Column(t("ledgers.col.entry"), width=17),
               Column(t("ledgers.col.source"), width=20),
               Column(t("ledgers.col.reference"), width=16),
               Column(t("ledgers.col.memo"), width=46),
               _money("ledgers.col.money_in"), _money("ledgers.col.money_out"),
               Column(t("ledgers.col.balance"), "money", 16))
    table = Table("BukuKas", columns, _cash_rows(session, period), balances=(Balance(8, 6, 7),),
                  empty_label=t("ledgers.none"))
    return frame.sheet("ledgers.sheet.cash", table)


def _cash_rows(session: Session, period: Period) -> Iterator[tuple]:
    names = {a.code: (a.id, a.name) for a in journal_read.list_accounts(session)}
    first, last = period.start.isoformat(), period.end.isoformat()
    labels: dict[str, str] = {}
    for code in CASH_ACCOUNTS:
        account_id, name = names[code]
        label = f"{code} {name}"
        balance = balance_at_end_of(code, period.start - dt.timedelta(1))
        yield Opening((label, period.start, None, None, None, t("ledgers.opening"), None, None,
                       balance))
        for day, number, source, ref, memo, _, debit, credit in _cursor(
                ACCOUNT_SQL, (account_id, first, last)):
            balance += debit - credit
            shown = labels.get(source)
            if shown is None:
                shown = labels[source] = source_label(source)
            yield (label, _DAY(day), number, shown, ref, memo, debit or None, credit or None,
                   balance)
        yield Closing((label, period.end, None, None, None, t("ledgers.closing")))


# --- 8. the trial balance ----------------------------------------------------------------

def trial_sheet(frame: Frame) -> Sheet:
    session, period = frame.session, frame.period
    balance = journal_read.trial_balance(session, period.end)
    columns = (Column(t("ledgers.col.account"), width=9),
               Column(t("ledgers.col.account_name"), width=30),
               Column(t("ledgers.col.type"), width=12),
               _money("ledgers.col.debit_total", width=17),
               _money("ledgers.col.credit_total", width=17),
               _money("ledgers.col.debit_balance", width=17),
               _money("ledgers.col.credit_balance", width=17),
               _money("ledgers.col.net_balance", width=17))

    def rows() -> Iterator[tuple]:
        for r in balance.rows:
            net = r.debit - r.credit
            yield (r.code, r.name, t(f"account_type.{r.type}"), r.debit, r.credit,
                   net if net > 0 else None, -net if net < 0 else None, net)

    table = Table("NeracaSaldo", columns, rows(), total_label=t("ledgers.total"),
                  empty_label=t("ledgers.none"))
    return frame.sheet("ledgers.sheet.trial", table,
                       note=t("ledgers.note.trial", day=frame.day(period.end)))
