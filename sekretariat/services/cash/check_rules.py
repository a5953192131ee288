"""The cash area's rules in ``sekretariat check`` (registered in the core
registry, ``services/core/check.py``):

* every close in force counted what the journal says the drawer held at the
  end of its day (the plain sum over every 1-100 line, after the difference
  it posted), and its opening is the balance at the end of the day before;
* a close's count adds up to what it counted; a zero day has no count;
* a close's difference entry posts exactly its difference between 5-900 and
  1-100 on its day;
* a close equals what its audit record says;
* a cash voucher equals its journal entry (date, source, accounts, amount)
  and a void is the reversal of that entry on the void day.
"""

from __future__ import annotations

import json

from sekretariat.money import format_rupiah
from sekretariat.services.core.check import bad_voids, rule


def _t(key: str, **params) -> str:
    from sekretariat.i18n import t

    return t(key, **params)


@rule("check.cash_close_balance", area="cash")
def close_balance(conn) -> list[str]:
    """Walk the drawer's daily movement once (the plain journal, no shortcut)
    beside the closes in force, in day order."""
    import bisect

    days, running, total = [], [], 0
    for day, net in conn.execute_sql(
            "SELECT l.entry_date, sum(l.debit) - sum(l.credit) FROM journal_line l"
            " WHERE l.account_id = (SELECT id FROM account WHERE code = '1-100')"
            " GROUP BY l.entry_date ORDER BY l.entry_date"):
        total += net
        days.append(day)
        running.append(total)

    def end_of(day: str, *, before: bool = False) -> int:
        index = (bisect.bisect_left if before else bisect.bisect_right)(days, day)
        return running[index - 1] if index else 0

    problems = []
    for day, opening, counted in conn.execute_sql(
            "SELECT x.day, x.opening, x.counted FROM cash_close x"
            " JOIN closed_day c ON c.id = x.closed_day_id WHERE c.reopened_at IS NULL"
            " ORDER BY x.day"):
        books, before = end_of(day), end_of(day, before=True)
        if counted != books or opening != before:
            problems.append(_t("check.cash_close_balance_problem", day=day,
                               counted=format_rupiah(counted), books=format_rupiah(books),
                               opening=format_rupiah(opening), before=format_rupiah(before)))
    return problems


@rule("check.cash_close_count", area="cash")
def close_count(conn) -> list[str]:
    problems = []
    for day, zero_day, counted, total, lines in conn.execute_sql(
            "SELECT x.day, x.zero_day, x.counted, coalesce(sum(n.denomination * n.quantity), 0),"
            " count(n.close_id) FROM cash_close x"
            " LEFT JOIN cash_close_count n ON n.close_id = x.id GROUP BY x.id ORDER BY x.id"):
        if (zero_day and lines) or (not zero_day and total != counted):
            problems.append(_t("check.cash_close_count_problem", day=day,
                               counted=format_rupiah(counted), total=format_rupiah(total)))
    return problems


@rule("check.cash_close_difference", area="cash")
def close_difference(conn) -> list[str]:
    """The 5-900 / 1-100 entry of each close with a difference."""
    problems = []
    for day, difference, entry_date, diff_net, cash_net, lines in conn.execute_sql(
            "SELECT x.day, x.difference, e.entry_date,"
            " coalesce(sum(CASE WHEN a.code = '5-900' THEN l.credit - l.debit END), 0),"
            " coalesce(sum(CASE WHEN a.code = '1-100' THEN l.debit - l.credit END), 0),"
            " count(l.id)"
            " FROM cash_close x JOIN journal_entry e ON e.id = x.difference_entry_id"
            " JOIN journal_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id"
            " GROUP BY x.id ORDER BY x.id"):
        if entry_date != day or diff_net != difference or cash_net != difference or lines != 2:
            problems.append(_t("check.cash_close_difference_problem", day=day,
                               difference=format_rupiah(difference)))
    return problems


_AUDITED = ("opening", "expected", "counted", "difference", "note", "approved_by",
            "difference_entry_id", "zero_day")


@rule("check.cash_close_audit", area="cash")
def close_audit(conn) -> list[str]:
    audited = {}
    for entity_id, after in conn.execute_sql(
            "SELECT entity_id, after FROM audit_log WHERE entity = 'cash_close'"
            " AND action = 'cash.close'"):
        try:
            audited[int(entity_id)] = json.loads(after)
        except (TypeError, ValueError):
            continue
    problems = []
    for row in conn.execute_sql(
            "SELECT id, day, opening, expected, counted, difference, note, approved_by,"
            " difference_entry_id, zero_day FROM cash_close ORDER BY id"):
        close_id, day = row[0], row[1]
        stored = dict(zip(("day", *_AUDITED), row[1:]))
        stored["zero_day"] = bool(stored["zero_day"])
        record = audited.get(close_id)
        if record is None or any(record.get(k) != v for k, v in stored.items()):
            problems.append(_t("check.cash_close_audit_problem", day=day))
    return problems


@rule("check.cash_vouchers", area="cash")
def vouchers(conn) -> list[str]:
    problems = []
    for (number, kind, day, cash_account, counter, amount, entry_date, source, debit_acc,
         credit_acc, debit, credit, lines) in conn.execute_sql(
            "SELECT v.number, v.kind, v.voucher_date, v.cash_account, v.counter_account,"
            " v.amount, e.entry_date, e.source,"
            " max(CASE WHEN l.debit > 0 THEN a.code END),"
            " max(CASE WHEN l.credit > 0 THEN a.code END), sum(l.debit), sum(l.credit), count(*)"
            " FROM cash_voucher v JOIN journal_entry e ON e.id = v.journal_entry_id"
            " JOIN journal_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id"
            " GROUP BY v.id ORDER BY v.id"):
        money_in = kind in ("income", "from_bank")
        want = (cash_account, counter) if money_in else (counter, cash_account)
        if (entry_date != day or source != f"cash.{kind}" or (debit_acc, credit_acc) != want
                or debit != amount or credit != amount or lines != 2
                or number.split("/")[0] != ("BKM" if money_in else "BKK")):
            problems.append(_t("check.cash_voucher_problem", number=number))
    for number in bad_voids(conn, "cash_voucher"):
        problems.append(_t("check.cash_voucher_void_problem", number=number))
    return problems
