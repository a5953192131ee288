"""The supplier payables' rules in ``sekretariat check`` (registered in the
core registry, ``services/core/check.py``):

* every line on 2-200 Utang Pemasok names a supplier that exists (party
  'supplier'), so what each supplier is owed adds up to the account;
* each supplier payment's entry is what its row says: dated on its day,
  source 'warehouse.payable' with its number, Dr 2-200 for its supplier and
  Cr 1-110 Bank or 1-100 Kas (its method) of its amount, nothing else; a
  void is the reversal of that entry on the void day; and no entry of that
  source is left without its payment (nor reversed but by the void);
* no supplier is ever owed less than nothing (on no day does the running
  balance of its 2-200 lines go below zero).
"""

from __future__ import annotations

from sekretariat.money import format_rupiah
from sekretariat.services.core.check import bad_voids, rule
from sekretariat.services.warehouse.payables import METHODS, PARTY, PAYABLE, SERIES, SOURCE

_ACCOUNT = f"(SELECT id FROM account WHERE code = '{PAYABLE}')"


def _t(key: str, **params) -> str:
    from sekretariat.i18n import t

    return t(key, **params)


@rule("check.payable_parties", area="warehouse")
def parties(conn) -> list[str]:
    return [_t("check.payable_parties_problem", number=number)
            for number, in conn.execute_sql(
                "SELECT e.number FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
                f" WHERE l.account_id = {_ACCOUNT} AND (l.party_kind IS NOT '{PARTY}'"
                " OR NOT EXISTS (SELECT 1 FROM supplier s WHERE s.id = l.party_id))"
                " GROUP BY e.id ORDER BY e.id")]


@rule("check.supplier_payments", area="warehouse")
def payments(conn) -> list[str]:
    problems = []
    for (number, day, amount, method, supplier, entry_date, source, ref, reverses, lines,
         payable, paid_from, debit, credit) in conn.execute_sql(
            "SELECT p.number, p.pay_date, p.amount, p.method, p.supplier_id, e.entry_date,"
            " e.source, e.source_ref, e.reverses_id, count(l.id),"
            f" sum(CASE WHEN a.code = '{PAYABLE}' AND l.party_kind = '{PARTY}'"
            "  AND l.party_id = p.supplier_id THEN l.debit - l.credit ELSE 0 END),"
            f" sum(CASE WHEN a.code = (CASE p.method WHEN 'bank' THEN '{METHODS['bank']}'"
            f"  ELSE '{METHODS['cash']}' END) AND l.party_kind IS NULL"
            "  THEN l.credit - l.debit ELSE 0 END),"
            " sum(l.debit), sum(l.credit)"
            " FROM supplier_payment p JOIN journal_entry e ON e.id = p.journal_entry_id"
            " JOIN journal_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id"
            " GROUP BY p.id ORDER BY p.id"):
        if (entry_date != day or source != SOURCE or ref != number or reverses is not None
                or lines != 2 or not payable == paid_from == debit == credit == amount
                or method not in METHODS or number.split("/")[0] != SERIES):
            problems.append(_t("check.supplier_payment_problem", number=number,
                               amount=format_rupiah(amount)))
    for number in bad_voids(conn, "supplier_payment"):
        problems.append(_t("check.supplier_payment_void_problem", number=number))
    for number, in conn.execute_sql(
            f"SELECT e.number FROM journal_entry e WHERE e.source = '{SOURCE}'"
            " AND NOT EXISTS (SELECT 1 FROM supplier_payment p WHERE p.journal_entry_id = e.id"
            " OR p.void_entry_id = e.id) ORDER BY e.id"):
        problems.append(_t("check.supplier_payment_orphan", number=number))
    return problems


@rule("check.payable_not_negative", area="warehouse")
def not_negative(conn) -> list[str]:
    """The first day each supplier's running balance went below zero."""
    return [_t("check.payable_negative_problem", name=name or f"#{party}",
               owed=format_rupiah(owed), day=day)
            for party, name, day, owed in conn.execute_sql(
                "SELECT x.party_id, s.name, min(x.entry_date), x.owed FROM (SELECT party_id,"
                " entry_date, sum(sum(credit) - sum(debit)) OVER (PARTITION BY party_id"
                " ORDER BY entry_date) AS owed FROM journal_line"
                f" WHERE party_kind = '{PARTY}' AND account_id = {_ACCOUNT}"
                " GROUP BY party_id, entry_date) x LEFT JOIN supplier s ON s.id = x.party_id"
                " WHERE x.owed < 0 GROUP BY x.party_id ORDER BY x.party_id")]
