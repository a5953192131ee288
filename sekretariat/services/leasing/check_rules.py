"""The leasing area's rules in ``sekretariat check`` (registered in the
core registry, ``services/core/check.py``).

Each rule recomputes a derived or stored figure from the records it comes
from and reports every row where they disagree:

* the subledger: open invoices and credits vs allocations, 1-200 and 2-100
  per trader vs the documents (``receivables.verify``), and the other
  columns of the derived open-item rows (trader, due date, open until);
* a payment's trader is the party on its journal entry's 1-200 (or 2-100)
  line, and the trader of every invoice it settles;
* a lease's terms are those its audit record states (creation for the fixed
  terms; the last close/cancel for status and end);
* no two leases overlap on a stall;
* every stored total equals the sum of its lines (daily-fee hand-overs vs
  their lines, invoices/payments/credit notes vs their journal entry,
  deposit movements vs their entry).
"""

from __future__ import annotations

import json

from sekretariat.money import format_rupiah
from sekretariat.services.core.check import rule
from sekretariat.services.leasing import receivables
from sekretariat.services.leasing.leasing_util import DEPOSITS, PARTY, RECEIVABLE


def _t(key: str, **params) -> str:
    from sekretariat.i18n import t

    return t(key, **params)


@rule("check.receivables", area="leasing")
def subledger(conn) -> tuple[str, ...]:
    return receivables.verify()


@rule("check.open_items", area="leasing")
def open_items(conn) -> list[str]:
    """The derived rows' other columns: an open invoice's trader and due date
    are its invoice's, its ``open_until`` says open exactly while something is
    open (the void day once voided); an open credit's trader and date are its
    payment's or credit note's; no derived row without its document."""
    problems = []
    for number, in conn.execute_sql(
            "SELECT i.number FROM invoice_open o JOIN invoice i ON i.id = o.invoice_id"
            " WHERE o.trader_id IS NOT i.trader_id OR o.due_date IS NOT i.due_date"
            " OR o.open_until IS NOT CASE WHEN i.voided_on IS NOT NULL THEN i.voided_on"
            "  WHEN o.open_amount > 0 THEN '9999-12-31' ELSE o.open_until END"
            " OR (i.voided_on IS NULL AND o.open_amount = 0 AND o.open_until = '9999-12-31')"
            " ORDER BY i.id"):
        problems.append(_t("check.open_item_mismatch", number=number))
    for number, in conn.execute_sql(
            "SELECT coalesce(p.receipt_number, n.number, c.source || ' #' || c.source_id)"
            " FROM credit_open c"
            " LEFT JOIN payment p ON c.source = 'payment' AND p.id = c.source_id"
            "  AND p.purpose = 'account'"
            " LEFT JOIN credit_note n ON c.source = 'credit_note' AND n.id = c.source_id"
            " WHERE c.trader_id IS NOT coalesce(p.trader_id, n.trader_id)"
            " OR c.credit_date IS NOT coalesce(p.paid_on, n.issued_on)"):
        problems.append(_t("check.open_item_mismatch", number=number))
    return problems


@rule("check.payment_party", area="leasing")
def payment_party(conn) -> list[str]:
    """A payment's trader = the party of its entry's 1-200/2-100 line (and of
    its reversal), = the trader of each invoice it settles; an invoice's and a
    credit note's trader = the party of their entry's 1-200 line."""
    receivable, deposits = receivables.account_id(RECEIVABLE), receivables.account_id(DEPOSITS)
    problems = []
    for label, sql in (
            ("payment", "SELECT d.receipt_number, t.name FROM payment d"
                        " JOIN trader t ON t.id = d.trader_id"
                        " WHERE EXISTS (SELECT 1 FROM journal_line l WHERE l.entry_id IN"
                        "  (d.journal_entry_id, d.void_entry_id) AND +l.account_id IN (:r, :d)"
                        "  AND (l.party_kind IS NOT :p OR l.party_id IS NOT d.trader_id))"
                        " OR NOT EXISTS (SELECT 1 FROM journal_line l"
                        "  WHERE l.entry_id = d.journal_entry_id AND +l.account_id IN (:r, :d)"
                        "  AND l.party_id = d.trader_id)"),
            ("invoice", "SELECT d.number, t.name FROM invoice d JOIN trader t ON t.id = d.trader_id"
                        " WHERE EXISTS (SELECT 1 FROM journal_line l WHERE l.entry_id IN"
                        "  (d.journal_entry_id, d.void_entry_id) AND +l.account_id = :r"
                        "  AND (l.party_kind IS NOT :p OR l.party_id IS NOT d.trader_id))"
                        " OR NOT EXISTS (SELECT 1 FROM journal_line l"
                        "  WHERE l.entry_id = d.journal_entry_id AND +l.account_id = :r"
                        "  AND l.party_id = d.trader_id)"),
            ("credit_note", "SELECT d.number, t.name FROM credit_note d"
                            " JOIN trader t ON t.id = d.trader_id"
                            " WHERE EXISTS (SELECT 1 FROM journal_line l"
                            "  WHERE l.entry_id = d.journal_entry_id AND +l.account_id = :r"
                            "  AND (l.party_kind IS NOT :p OR l.party_id IS NOT d.trader_id))"
                            " OR d.trader_id IS NOT (SELECT trader_id FROM invoice"
                            "  WHERE id = d.invoice_id)"),
            ("allocation", "SELECT coalesce(p.receipt_number, n.number) || ' → ' || i.number,"
                           " t.name FROM invoice_allocation a JOIN invoice i ON i.id = a.invoice_id"
                           " JOIN trader t ON t.id = i.trader_id"
                           " LEFT JOIN payment p ON p.id = a.payment_id"
                           " LEFT JOIN credit_note n ON n.id = a.credit_note_id"
                           " WHERE coalesce(p.trader_id, n.trader_id) IS NOT i.trader_id"),
            ("deposit", "SELECT l.agreement_number, t.name FROM deposit_movement m"
                        " JOIN lease l ON l.id = m.lease_id JOIN trader t ON t.id = m.trader_id"
                        " LEFT JOIN payment p ON p.id = m.payment_id"
                        " WHERE m.trader_id IS NOT l.trader_id"
                        " OR (m.payment_id IS NOT NULL AND p.trader_id IS NOT m.trader_id)"
                        " OR EXISTS (SELECT 1 FROM journal_line j"
                        "  WHERE j.entry_id = m.journal_entry_id AND +j.account_id = :d"
                        "  AND (j.party_kind IS NOT :p OR j.party_id IS NOT m.trader_id))")):
        for number, name in conn.execute_sql(
                sql, {"r": receivable, "d": deposits, "p": PARTY}):
            problems.append(_t("check.party_mismatch", kind=_t(f"check.doc.{label}"),
                               number=number, name=name))
    return problems


#: Terms fixed at signing: the lease row must equal its ``lease.create`` audit.
_FIXED = ("agreement_number", "trader_id", "stall_id", "signed_on", "start_date", "end_date",
          "monthly_rate", "frequency", "due_day", "deposit_amount", "late_fee_bp",
          "renewed_from_id", "transferred_from_id")
#: What closing a lease sets: equal to the last ``lease.close``/``lease.cancel``.
_CLOSING = ("status", "closed_on", "ended_on")


@rule("check.lease_terms", area="leasing")
def lease_terms(conn) -> list[str]:
    created: dict[int, dict] = {}
    closed: dict[int, dict] = {}
    for entity_id, action, after in conn.execute_sql(
            "SELECT entity_id, action, after FROM audit_log WHERE entity = 'lease'"
            " AND action IN ('lease.create', 'lease.close', 'lease.cancel') ORDER BY id"):
        try:
            target = created if action == "lease.create" else closed
            target[int(entity_id)] = json.loads(after)
        except (TypeError, ValueError):
            continue
    problems = []
    columns = ", ".join(("id",) + _FIXED + _CLOSING)
    for row in conn.execute_sql(f"SELECT {columns} FROM lease ORDER BY id"):
        lease_id, values = row[0], dict(zip(_FIXED + _CLOSING, row[1:]))
        number = values["agreement_number"]
        record = created.get(lease_id)
        if record is None:
            problems.append(_t("check.lease_not_audited", number=number))
            continue
        changed = [f for f in _FIXED if f in record and record[f] != values[f]]
        last = closed.get(lease_id)
        expected = ({"status": "active", "closed_on": None, "ended_on": None} if last is None
                    else {f: last.get(f) for f in _CLOSING})
        changed += [f for f in _CLOSING if expected[f] != values[f]]
        if changed:
            problems.append(_t("check.lease_altered", number=number, fields=", ".join(changed)))
    return problems


@rule("check.lease_overlap", area="leasing")
def lease_overlap(conn) -> list[str]:
    return [_t("check.lease_overlaps", stall=stall, first=a, second=b) for stall, a, b in
            conn.execute_sql(
                "SELECT s.code, x.agreement_number, y.agreement_number FROM lease x"
                " JOIN lease y ON y.stall_id = x.stall_id AND y.id > x.id"
                " JOIN stall s ON s.id = x.stall_id"
                " WHERE x.status <> 'cancelled' AND y.status <> 'cancelled'"
                " AND x.start_date <= coalesce(y.ended_on, y.end_date)"
                " AND y.start_date <= coalesce(x.ended_on, x.end_date)"
                " ORDER BY s.code, x.id, y.id")]


@rule("check.stored_totals", area="leasing")
def stored_totals(conn) -> list[str]:
    """Every stored total equals its lines: a daily-fee hand-over's collected
    and unpaid totals vs its lines, and its entry (cash handed in, fee income,
    the difference); an invoice's, payment's, credit note's and deposit
    movement's amount vs its journal entry's total."""
    problems = []
    for number, field, stored, lines in conn.execute_sql(
            "WITH sums AS (SELECT collection_id, sum(CASE WHEN paid = 1 THEN amount END) AS paid,"
            "  sum(CASE WHEN paid = 0 THEN amount END) AS unpaid FROM fee_collection_line"
            "  GROUP BY collection_id)"
            " SELECT c.number, 'collected', c.collected, coalesce(s.paid, 0) FROM fee_collection c"
            " LEFT JOIN sums s ON s.collection_id = c.id WHERE c.collected <> coalesce(s.paid, 0)"
            " UNION ALL"
            " SELECT c.number, 'unpaid_total', c.unpaid_total, coalesce(s.unpaid, 0)"
            " FROM fee_collection c LEFT JOIN sums s ON s.collection_id = c.id"
            " WHERE c.unpaid_total <> coalesce(s.unpaid, 0)"):
        problems.append(_t("check.total_mismatch", number=number, field=field,
                           stored=format_rupiah(stored), lines=format_rupiah(lines)))
    for number, stored, lines in conn.execute_sql(
            "SELECT c.number, c.handed_in, (SELECT coalesce(sum(l.debit), 0) FROM journal_line l"
            "  JOIN account a ON a.id = l.account_id WHERE l.entry_id = c.journal_entry_id"
            "  AND a.code = '1-100') AS cash FROM fee_collection c"
            " WHERE c.journal_entry_id IS NOT NULL AND c.handed_in <> cash"):
        problems.append(_t("check.total_mismatch", number=number, field="handed_in",
                           stored=format_rupiah(stored), lines=format_rupiah(lines)))
    for number, stored, lines in conn.execute_sql(
            "SELECT c.number, c.collected, (SELECT coalesce(sum(l.credit), 0) FROM journal_line l"
            "  JOIN account a ON a.id = l.account_id WHERE l.entry_id = c.journal_entry_id"
            "  AND a.code = '4-110') AS income FROM fee_collection c"
            " WHERE c.journal_entry_id IS NOT NULL AND c.collected <> income"):
        problems.append(_t("check.total_mismatch", number=number, field="collected",
                           stored=format_rupiah(stored), lines=format_rupiah(lines)))
    for number_col, table in (("number", "invoice"), ("receipt_number", "payment"),
                              ("number", "credit_note")):
        for number, stored, lines in conn.execute_sql(
                f"SELECT d.{number_col}, d.amount, (SELECT coalesce(sum(l.debit), 0)"
                f" FROM journal_line l WHERE l.entry_id = d.journal_entry_id) AS total"
                f" FROM {table} d WHERE d.amount <> total"):
            problems.append(_t("check.total_mismatch", number=number, field="amount",
                               stored=format_rupiah(stored), lines=format_rupiah(lines)))
    return problems


@rule("check.stall_status", area="leasing")
def stall_status_history(conn) -> list[str]:
    from sekretariat.services.leasing import stall_status

    return stall_status.problems()
