"""The warehouse's rules in ``sekretariat check`` (registered in the core
registry, ``services/core/check.py``):

* each item's movements run seq 1..n in date order and their running
  balances (qty_after, value_after) are the sums of the movements before;
* no balance is ever below zero, nor keeps value without quantity;
* every outgoing movement is valued at the moving average
  (``costing.outgoing_value``), a reversal at minus its original — except a
  bulk round's posted issue (one a ``round_allocation`` points at), valued at
  its charge (specific identification at the round's landed cost, proved by
  ``round_rules``);
* the stock value of all items (each one's last balance) equals the 1-300
  Persediaan balance of the journal;
* each movement's journal entry is dated on its day and posts exactly its
  lines (``posting.default_lines``); an entry shared by a document's
  movements posts their values to 1-300;
* a reversal mirrors its original (item, quantity, value, parties, payment,
  price) and its entry is the reversal of the original's entry.
"""

from __future__ import annotations

from collections import defaultdict

from sekretariat.money import format_rupiah
from sekretariat.services.core.check import rule
from sekretariat.services.warehouse import costing, posting

#: Each movement beside the one before it of its item (p: none for seq 1):
#: an index look-up per movement on (item_id, seq).
_PAIRS = ("FROM stock_movement m LEFT JOIN stock_movement p"
          " ON p.item_id = m.item_id AND p.seq = m.seq - 1")


def _t(key: str, **params) -> str:
    from sekretariat.i18n import t

    return t(key, **params)


@rule("check.warehouse_running", area="warehouse")
def running_balances(conn) -> list[str]:
    """seq runs 1..n per item (each has its predecessor), in date order, and
    each balance is the one before plus the movement."""
    return [_t("check.warehouse_running_problem", number=number)
            for number, in conn.execute_sql(
                f"SELECT m.number {_PAIRS} WHERE (m.seq <> 1 AND p.id IS NULL)"
                " OR m.qty_after IS NOT coalesce(p.qty_after, 0) + m.quantity"
                " OR m.value_after IS NOT coalesce(p.value_after, 0) + m.value"
                " OR m.moved_on < p.moved_on ORDER BY m.id")]


@rule("check.warehouse_balances", area="warehouse")
def balances(conn) -> list[str]:
    return [_t("check.warehouse_balance_problem", number=number, quantity=qty,
               value=format_rupiah(value) if isinstance(value, int) else str(value))
            for number, qty, value in conn.execute_sql(
                "SELECT number, qty_after, value_after FROM stock_movement"
                " WHERE typeof(qty_after) <> 'integer' OR typeof(value_after) <> 'integer'"
                " OR qty_after < 0 OR value_after < 0 OR (qty_after = 0 AND value_after <> 0)"
                " ORDER BY id")]


@rule("check.warehouse_average", area="warehouse")
def average_cost(conn) -> list[str]:
    """Outgoing values recomputed from the balance before each movement
    (``costing.outgoing_value``), a reversal's from its original. SQL finds
    the candidates (rounding half up in integers where the product cannot
    overflow, every large one too); Python decides each exactly."""
    problems = []
    for (number, quantity, value, qty_before, value_before, original) in conn.execute_sql(
            "SELECT m.number, m.quantity, m.value, coalesce(p.qty_after, 0),"
            f" coalesce(p.value_after, 0), o.value {_PAIRS}"
            " LEFT JOIN stock_movement o ON o.id = m.reverses_id"
            " WHERE (m.kind = 'reversal' AND m.value IS NOT -o.value)"
            " OR (m.kind <> 'reversal' AND m.quantity < 0"
            "   AND NOT EXISTS (SELECT 1 FROM round_allocation a WHERE a.movement_id = m.id)"
            "   AND (p.id IS NULL"
            "   OR -m.quantity > p.qty_after OR p.qty_after * p.value_after > 1000000000000000"
            "   OR m.value IS NOT CASE WHEN -m.quantity = p.qty_after THEN -p.value_after"
            "   ELSE -((2 * -m.quantity * p.value_after + p.qty_after) / (2 * p.qty_after))"
            "   END))"
            " ORDER BY m.id"):
        if original is not None or quantity >= 0:
            good = original is not None and value == -original
        else:
            good = -quantity <= qty_before and value == costing.outgoing_value(
                -quantity, qty_before, value_before)
        if not good:
            problems.append(_t("check.warehouse_average_problem", number=number))
    return problems


@rule("check.warehouse_stock_value", area="warehouse")
def stock_value(conn) -> list[str]:
    from sekretariat.services.warehouse.stock import STOCK_AS_OF_SQL

    stock = sum(r[7] for r in conn.execute_sql(STOCK_AS_OF_SQL, {"day": "9999-12-31"}))
    (books,) = conn.execute_sql(
        "SELECT coalesce(sum(debit - credit), 0) FROM journal_line"
        " WHERE account_id = (SELECT id FROM account WHERE code = '1-300')").fetchone()
    if stock != books:
        return [_t("check.warehouse_stock_value_problem", stock=format_rupiah(stock),
                   books=format_rupiah(books))]
    return []


@rule("check.warehouse_entries", area="warehouse")
def entries(conn) -> list[str]:
    """Each movement's entry against the lines its kind posts."""
    posted: dict[int, dict] = defaultdict(lambda: defaultdict(int))
    heads: dict[int, tuple] = {}
    for entry_id, day, source, reverses, code, kind, party, net in conn.execute_sql(
            "SELECT e.id, e.entry_date, e.source, e.reverses_id, a.code, l.party_kind,"
            " l.party_id, sum(l.debit) - sum(l.credit) FROM journal_entry e"
            " JOIN journal_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id"
            " WHERE e.id IN (SELECT journal_entry_id FROM stock_movement)"
            " GROUP BY e.id, a.code, l.party_kind, l.party_id"):
        heads[entry_id] = (day, source, reverses)
        if net:
            posted[entry_id][(code, kind, party)] += net
    movements = list(conn.execute_sql(
        "SELECT m.id, m.number, m.moved_on, m.kind, m.payment, m.value, m.price,"
        " m.supplier_id, m.journal_entry_id, o.journal_entry_id"
        " FROM stock_movement m LEFT JOIN stock_movement o ON o.id = m.reverses_id"
        " ORDER BY m.id"))
    sharing: dict[int, list] = defaultdict(list)
    for movement in movements:
        if movement[8] is not None:
            sharing[movement[8]].append(movement)
    problems = []
    for (_, number, day, kind, payment, value, price, supplier, entry_id,
         original_entry) in movements:
        if entry_id is None:
            good = value == 0 and not price and (kind != "reversal" or original_entry is None)
        elif heads.get(entry_id, (None,))[0] != day:
            good = False
        elif kind == "reversal":
            good = heads[entry_id][2] == original_entry and original_entry is not None
        elif len(sharing[entry_id]) > 1 or not posting.has_default_lines(kind, payment):
            stock = sum(net for (code, _, _), net in posted[entry_id].items()
                        if code == posting.STOCK)
            good = stock == sum(m[5] for m in sharing[entry_id])
        else:
            expected: dict = defaultdict(int)
            for line in posting.default_lines(kind, payment, value, price, supplier, ""):
                expected[(line.account, line.party_kind, line.party_id)] += (
                    line.debit - line.credit)
            good = heads[entry_id][1] == "warehouse" and dict(expected) == dict(posted[entry_id])
        if not good:
            problems.append(_t("check.warehouse_entry_problem", number=number))
    return problems


@rule("check.warehouse_reversals", area="warehouse")
def reversals(conn) -> list[str]:
    return [_t("check.warehouse_reversal_problem", number=number)
            for number, in conn.execute_sql(
                "SELECT r.number FROM stock_movement r JOIN stock_movement o"
                " ON o.id = r.reverses_id WHERE r.kind <> 'reversal' OR o.kind = 'reversal'"
                " OR r.item_id <> o.item_id OR r.quantity <> -o.quantity"
                " OR r.value <> -o.value OR r.supplier_id IS NOT o.supplier_id"
                " OR r.trader_id IS NOT o.trader_id OR r.payment IS NOT o.payment"
                " OR r.price IS NOT o.price OR r.seq < o.seq OR r.moved_on < o.moved_on"
                " UNION ALL SELECT number FROM stock_movement"
                " WHERE (kind = 'reversal') <> (reverses_id IS NOT NULL)"
                " ORDER BY 1")]
