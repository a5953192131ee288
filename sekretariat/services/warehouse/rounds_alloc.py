"""The allocation of a received bulk round: previewed (nothing stored),
adjusted by hand, confirmed (stored), all through the pure engine
``services/warehouse/allocation.py`` — each item of the round is one
allocation of its received units among its requests, at the item's landed
cost (``round_costs``), the request order breaking ties.

Hand adjustments are whole purchase units per request id; the requests of an
item not named keep the engine's allocation, and ``allocation.check_manual``
holds the invariants (nobody over their request, nobody below zero, no more
than arrived, and — unless ``keep_in_stock`` — the same total). Confirming
replaces an earlier confirmed allocation until the round is posted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from sekretariat import clock, db
from sekretariat.errors import ValidationError
from sekretariat.services.core import audit
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse import allocation as engine
from sekretariat.services.warehouse.round_costs import round_landed_costs
from sekretariat.services.warehouse.rounds import expect_status, round_head, round_id_of
from sekretariat.services.warehouse.util import one, rows, whole_number


@dataclass(frozen=True)
class ItemAllocation:
    round_item_id: int
    item_id: int
    item_code: str
    item_name: str
    unit: str               # purchase unit
    factor: int             # base units per purchase unit
    base_unit: str
    ordered: int            # purchase units
    received: int           # purchase units
    landed_cost: int        # Rupiah, of all that arrived of it
    allocation: engine.Allocation


@dataclass(frozen=True)
class RoundAllocation:
    round_id: int
    number: str
    items: tuple[ItemAllocation, ...]
    stored: bool            # the confirmed allocation (else a preview)

    @property
    def total_charge(self) -> int:
        return sum(i.allocation.landed_cost for i in self.items)


def _item_rows(round_id: int) -> list[tuple]:
    return rows("SELECT r.id, r.item_id, i.code, i.name, r.unit, r.factor, i.base_unit,"
                " coalesce(r.quantity_ordered, 0), coalesce(r.quantity_received, 0)"
                " FROM round_item r JOIN item i ON i.id = r.item_id WHERE r.round_id = ?"
                " ORDER BY r.id", (round_id,))


def _requests(round_id: int) -> dict[int, list[engine.Request]]:
    found: dict[int, list[engine.Request]] = {}
    for request_id, item_id, trader_id, units, position in rows(
            "SELECT id, round_item_id, trader_id, units, position FROM round_request"
            " WHERE round_id = ? ORDER BY position", (round_id,)):
        found.setdefault(item_id, []).append(engine.Request(request_id, trader_id, units,
                                                            position))
    return found


def _whole(value: Any) -> Any:
    """Typed digits to an int; anything else goes to the engine's checks."""
    if isinstance(value, str):
        return whole_number(value, "allocated", minimum=0)
    return value


def compute(round_id: int, manual: Mapping[int, Any] | None = None, *,
            keep_in_stock: bool = False, stored: bool = False) -> tuple[ItemAllocation, ...]:
    """Each item's allocation: the engine's, with ``manual`` units per
    request id applied (checked), or — ``stored`` — the confirmed one."""
    requests = _requests(round_id)
    costs = round_landed_costs(round_id)
    known = {r.key for item in requests.values() for r in item}
    given = {key: _whole(value) for key, value in (manual or {}).items()}
    if stored:
        given = dict(rows("SELECT request_id, allocated FROM round_allocation"
                          " WHERE round_id = ?", (round_id,)))
        manual_items = {item_id for item_id, in rows(
            "SELECT q.round_item_id FROM round_allocation a JOIN round_request q"
            " ON q.id = a.request_id WHERE a.round_id = ? AND a.manual = 1", (round_id,))}
    for key in given:
        if key not in known:
            raise ValidationError("allocation.unknown_request", field="allocated", request=key)
    result = []
    for (item_id, stock_item, code, name, unit, factor, base, ordered,
         received) in _item_rows(round_id):
        mine = requests.get(item_id, [])
        supply, cost = received, costs[item_id]
        found = engine.allocate(mine, supply, cost)
        own = {r.key: given[r.key] for r in mine if r.key in given}
        if stored:
            found = engine.adjust(mine, supply, cost, own, keep_in_stock=True)
            if item_id not in manual_items:
                found = replace(found, manual=False)
        elif own:
            units = {s.key: own.get(s.key, s.allocated) for s in found.shares}
            found = engine.adjust(mine, supply, cost, units, keep_in_stock=keep_in_stock)
        result.append(ItemAllocation(item_id, stock_item, code, name, unit, factor, base,
                                     ordered, received, cost, found))
    return tuple(result)


def preview_allocation(session: Session, round_ref: int | str,
                       manual: Mapping[int, Any] | None = None, *,
                       keep_in_stock: bool = False) -> RoundAllocation:
    """The allocation as it would be confirmed (nothing stored): the engine's,
    or with the hand ``manual`` units per request id."""
    require(session, "warehouse.view")
    round_id = round_id_of(round_ref)
    head = round_head(round_id)
    expect_status(head, "received", "allocated")
    return RoundAllocation(round_id, head["number"],
                           compute(round_id, manual, keep_in_stock=keep_in_stock), False)


def stored_allocation(session: Session, round_ref: int | str) -> RoundAllocation:
    """The confirmed allocation (of an allocated or posted round)."""
    require(session, "warehouse.view")
    round_id = round_id_of(round_ref)
    head = round_head(round_id)
    expect_status(head, "allocated", "posted")
    return RoundAllocation(round_id, head["number"], compute(round_id, stored=True), True)


def confirm_allocation(session: Session, round_ref: int | str,
                       manual: Mapping[int, Any] | None = None, *,
                       keep_in_stock: bool = False) -> RoundAllocation:
    """Store the allocation (the engine's, or adjusted by hand): the round is
    'allocated', ready to post; an earlier confirmed one is replaced."""
    require(session, "warehouse.manage")
    round_id = round_id_of(round_ref)
    head = round_head(round_id)
    expect_status(head, "received", "allocated")
    items = compute(round_id, manual, keep_in_stock=keep_in_stock)
    now = clock.now_iso()
    with writing():
        before = rows("SELECT request_id, allocated, charge FROM round_allocation"
                      " WHERE round_id = ? ORDER BY request_id", (round_id,))
        if before:
            db.current_database().execute_sql("DELETE FROM round_allocation WHERE round_id = ?",
                                              (round_id,))
        values = [(round_id, share.key, share.allocated, share.charge, int(item.allocation.manual),
                   session.user_id, now)
                  for item in items for share in item.allocation.shares]
        for value in values:
            one("INSERT INTO round_allocation (round_id, request_id, allocated, charge, manual,"
                " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", value)
        one("UPDATE purchase_round SET status = 'allocated' WHERE id = ? RETURNING id",
            (round_id,))
        audit.record(session, "round.allocate", "purchase_round", round_id,
                     {"status": head["status"], "lines": [list(r) for r in before]},
                     {"status": "allocated",
                      "lines": [[v[1], v[2], v[3]] for v in sorted(values, key=lambda v: v[1])],
                      "manual": any(i.allocation.manual for i in items),
                      "keep_in_stock": bool(keep_in_stock)})
    return RoundAllocation(round_id, head["number"], items, True)
