"""The stock count's rules in ``sekretariat check`` (registered in the core
registry, ``services/core/check.py``):

* a count's lines were all typed while it was open (none after it was closed
  or cancelled; the lines themselves are append-only by trigger, and
  ``check.triggers`` sees a trigger dropped);
* an approved count's posted sheet matches its lines and its adjustments:
  every counted item has a variance row, each row's counted figure is the
  sum of the item's lines, a row with a variance points at an ``adjustment``
  of that item, dated on the count day, made by that count (source
  ``count``, source_ref its number) for exactly the variance, and no other
  movement claims to come from a count; a count not approved posted nothing.

The book figures on the posted sheet are not recomputed: a late movement
dated before the count day (allowed for an item the count did not adjust)
would move the book at the cut-off after the fact without anything being
wrong with the count.
"""

from __future__ import annotations

from sekretariat.services.core.check import rule


def _t(key: str, **params) -> str:
    from sekretariat.i18n import t

    return t(key, **params)


@rule("check.warehouse_count_lines", area="warehouse")
def lines_while_open(conn) -> list[str]:
    return [_t("check.warehouse_count_lines_problem", number=number, lines=lines)
            for number, lines in conn.execute_sql(
                "SELECT c.number, count(*) FROM stock_count_line l"
                " JOIN stock_count c ON c.id = l.count_id"
                " WHERE (c.closed_at IS NOT NULL AND l.created_at > c.closed_at)"
                " OR (c.cancelled_at IS NOT NULL AND l.created_at > c.cancelled_at)"
                " OR typeof(l.quantity) <> 'integer' OR l.quantity < 0"
                " GROUP BY c.id ORDER BY c.id")]


#: Per count, a problem found (one row each): a counted item without a
#: posted row, a row whose counted figure is not the lines' sum, a row not
#: matching its adjustment, and rows of a count not approved.
_POSTED = """
WITH sums AS (SELECT count_id, item_id, sum(quantity) AS counted FROM stock_count_line
              GROUP BY count_id, item_id)
SELECT c.number FROM stock_count c JOIN sums s ON s.count_id = c.id
 WHERE c.status = 'approved' AND NOT EXISTS (SELECT 1 FROM stock_count_variance v
       WHERE v.count_id = c.id AND v.item_id = s.item_id AND v.counted = s.counted)
UNION ALL
SELECT c.number FROM stock_count_variance v JOIN stock_count c ON c.id = v.count_id
  LEFT JOIN sums s ON s.count_id = v.count_id AND s.item_id = v.item_id
  LEFT JOIN stock_movement m ON m.id = v.movement_id
 WHERE c.status <> 'approved' OR s.counted IS NOT v.counted
    OR v.variance IS NOT v.counted - v.book_qty
    OR (v.variance = 0 AND v.movement_id IS NOT NULL)
    OR (v.variance <> 0 AND (m.id IS NULL OR m.kind <> 'adjustment'
        OR m.item_id <> v.item_id OR m.quantity <> v.variance OR m.moved_on <> c.counted_on
        OR m.source IS NOT 'count' OR m.source_ref IS NOT c.number))
UNION ALL
SELECT m.source_ref FROM stock_movement m WHERE m.source = 'count' AND NOT EXISTS
       (SELECT 1 FROM stock_count_variance v WHERE v.movement_id = m.id)
"""


@rule("check.warehouse_count_posted", area="warehouse")
def posted_variances(conn) -> list[str]:
    seen: list[str] = []
    for number, in conn.execute_sql(_POSTED):
        if number not in seen:
            seen.append(number)
    return [_t("check.warehouse_count_posted_problem", number=number) for number in seen]
