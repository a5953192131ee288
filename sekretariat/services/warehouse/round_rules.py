"""The bulk rounds' rules in ``sekretariat check`` (registered in the core
registry, ``services/core/check.py``):

* allocations: per item, the units allocated add up to no more than arrived,
  and nobody gets more than they asked for;
* charges: per item of an allocated or posted round, the receipt's value is
  the item's landed cost (``round_costs``) and the charges add up exactly to
  the landed cost of the allocated units (``allocation.allocated_cost``);
* postings: each posted allocation with units has its issue (source 'round',
  the round's number, the trader, allocated × factor out, valued at minus the
  charge, price the charge) and its goods invoice (the trader, the charge,
  the issue's entry); nothing else (the warehouse's average-cost rule leaves
  the issues allocations point at to this one);
* locked: a posted round's lines are those its posting recorded, and no
  request, cost or allocation of it was written after its posting.
"""

from __future__ import annotations

import json
from collections import defaultdict

from sekretariat.errors import ValidationError
from sekretariat.money import format_rupiah
from sekretariat.services.core.check import rule
from sekretariat.services.warehouse import allocation as engine
from sekretariat.services.warehouse.round_costs import landed_costs


def _t(key: str, **params) -> str:
    from sekretariat.i18n import t

    return t(key, **params)


_ITEMS = ("SELECT p.number, r.id, i.name, coalesce(r.quantity_received, 0),"
          " (SELECT coalesce(sum(a.allocated), 0) FROM round_allocation a JOIN round_request q"
          "  ON q.id = a.request_id WHERE q.round_item_id = r.id),"
          " (SELECT count(*) FROM round_allocation a JOIN round_request q"
          "  ON q.id = a.request_id WHERE q.round_item_id = r.id AND a.allocated > q.units)"
          " FROM round_item r JOIN purchase_round p ON p.id = r.round_id"
          " JOIN item i ON i.id = r.item_id")


@rule("check.round_allocations", area="warehouse")
def allocations(conn) -> list[str]:
    return [_t("check.round_allocation_problem", number=number, item=name, allocated=given,
               received=received)
            for number, _, name, received, given, over in conn.execute_sql(
                _ITEMS + " ORDER BY p.id, r.id")
            if given > received or over]


@rule("check.round_charges", area="warehouse")
def charges(conn) -> list[str]:
    rounds: dict[int, dict] = defaultdict(lambda: {"items": [], "costs": {}, "whole": 0})
    for round_id, number, item_id, name, price, received, receipt_value, allocated, charged in \
            conn.execute_sql(
                "SELECT p.id, p.number, r.id, i.name, r.bulk_price, r.quantity_received,"
                " m.value,"
                " (SELECT coalesce(sum(a.allocated), 0) FROM round_allocation a"
                "  JOIN round_request q ON q.id = a.request_id WHERE q.round_item_id = r.id),"
                " (SELECT coalesce(sum(a.charge), 0) FROM round_allocation a"
                "  JOIN round_request q ON q.id = a.request_id WHERE q.round_item_id = r.id)"
                " FROM purchase_round p JOIN round_item r ON r.round_id = p.id"
                " JOIN item i ON i.id = r.item_id LEFT JOIN stock_movement m ON m.id = r.receipt_id"
                " WHERE p.status IN ('allocated', 'posted') ORDER BY p.id, r.id"):
        rounds[round_id]["number"] = number
        rounds[round_id]["items"].append((item_id, name, price or 0, received or 0,
                                          receipt_value or 0, allocated, charged))
    for round_id, item_id, amount in conn.execute_sql(
            "SELECT round_id, round_item_id, amount FROM round_cost"):
        if round_id in rounds:
            if item_id is None:
                rounds[round_id]["whole"] += amount
            else:
                costs = rounds[round_id]["costs"]
                costs[item_id] = costs.get(item_id, 0) + amount
    problems = []
    for found in rounds.values():
        landed = landed_costs([(i[0], i[2], i[3]) for i in found["items"]], found["costs"],
                              found["whole"])
        for item_id, name, _, received, receipt_value, allocated, charged in found["items"]:
            cost = landed[item_id]
            try:
                expected = engine.allocated_cost(allocated, received, cost)
            except (ValueError, ValidationError):
                expected = None
            if receipt_value != cost or charged != expected:
                problems.append(_t("check.round_charge_problem", number=found["number"],
                                   item=name, charges=format_rupiah(charged),
                                   expected=format_rupiah(expected if expected is not None
                                                          else cost)))
    return problems


@rule("check.round_postings", area="warehouse")
def postings(conn) -> list[str]:
    problems = [_t("check.round_posting_problem", number=number, request=request)
                for number, request in conn.execute_sql(
        "SELECT p.number, a.request_id FROM round_allocation a"
        " JOIN purchase_round p ON p.id = a.round_id"
        " JOIN round_request q ON q.id = a.request_id JOIN round_item r ON r.id = q.round_item_id"
        " LEFT JOIN stock_movement m ON m.id = a.movement_id"
        " LEFT JOIN invoice v ON v.id = a.invoice_id"
        " WHERE (p.status = 'posted' AND a.allocated > 0 AND (m.id IS NULL OR v.id IS NULL"
        "   OR m.kind IS NOT 'issue' OR m.source IS NOT 'round' OR m.source_ref IS NOT p.number"
        "   OR m.trader_id IS NOT q.trader_id OR m.quantity IS NOT -a.allocated * r.factor"
        "   OR m.item_id IS NOT r.item_id OR m.value IS NOT -a.charge"
        "   OR m.price IS NOT a.charge OR m.payment IS NOT 'account'"
        "   OR v.kind IS NOT 'goods' OR v.trader_id IS NOT q.trader_id"
        "   OR v.amount IS NOT a.charge OR v.journal_entry_id IS NOT m.journal_entry_id))"
        " OR ((p.status <> 'posted' OR a.allocated = 0) AND a.movement_id IS NOT NULL)"
        " ORDER BY p.id, a.request_id")]
    problems += [_t("check.round_posting_problem", number="-", request=number)
                 for number, in conn.execute_sql(
        "SELECT v.number FROM invoice v WHERE v.kind = 'goods' AND NOT EXISTS"
        " (SELECT 1 FROM round_allocation a WHERE a.invoice_id = v.id) ORDER BY v.id")]
    return problems


@rule("check.round_locked", area="warehouse")
def locked(conn) -> list[str]:
    posts: dict[str, tuple[str, list]] = {}
    for entity_id, at, after in conn.execute_sql(
            "SELECT entity_id, at, after FROM audit_log WHERE action = 'round.post'"
            " AND entity = 'purchase_round' ORDER BY id"):
        try:
            posts[str(entity_id)] = (at, [list(x) for x in json.loads(after)["lines"]])
        except (TypeError, ValueError, KeyError):
            posts[str(entity_id)] = (at, [])
    problems = []
    for round_id, number in conn.execute_sql(
            "SELECT id, number FROM purchase_round WHERE status = 'posted' ORDER BY id"):
        at, recorded = posts.get(str(round_id), ("", None))
        lines = [list(r) for r in conn.execute_sql(
            "SELECT a.request_id, m.number, v.number, a.charge FROM round_allocation a"
            " LEFT JOIN stock_movement m ON m.id = a.movement_id"
            " LEFT JOIN invoice v ON v.id = a.invoice_id"
            " WHERE a.round_id = ? AND a.allocated > 0", (round_id,))]
        later = conn.execute_sql(
            "SELECT (SELECT count(*) FROM round_request WHERE round_id = :r AND created_at > :at)"
            " + (SELECT count(*) FROM round_cost WHERE round_id = :r AND created_at > :at)"
            " + (SELECT count(*) FROM round_allocation WHERE round_id = :r AND created_at > :at)"
            " + (SELECT count(*) FROM audit_log WHERE entity = 'purchase_round'"
            "    AND entity_id = :rs AND at > :at)",
            {"r": round_id, "rs": str(round_id), "at": at}).fetchone()[0]
        if recorded is None or sorted(lines) != sorted(recorded) or later:
            problems.append(_t("check.round_locked_problem", number=number))
    return problems


@rule("check.round_returns", area="warehouse")
def returns(conn) -> list[str]:
    """A share handed back (``round_returns``): its issue's reversal and its
    goods invoice's void are one and the same entry, dated alike, and no
    goods invoice is voided, or round issue reversed, without the other."""
    return [_t("check.round_return_problem", number=number, invoice=invoice)
            for number, invoice in conn.execute_sql(
        "SELECT p.number, v.number FROM round_allocation a"
        " JOIN purchase_round p ON p.id = a.round_id"
        " JOIN invoice v ON v.id = a.invoice_id"
        " LEFT JOIN stock_movement x ON x.reverses_id = a.movement_id"
        " WHERE (v.void_entry_id IS NOT NULL OR x.id IS NOT NULL)"
        " AND (x.id IS NULL OR v.void_entry_id IS NOT x.journal_entry_id"
        "   OR v.voided_on IS NOT x.moved_on OR x.moved_on < p.posted_on)"
        " ORDER BY p.id, a.request_id")]
