"""Reading bulk rounds: the list, one round side by side (requests, supply,
allocation, charges, savings), and the data of its documents (purchase
order, distribution sheet: ``round_docs``).

The allocation shown is the confirmed one once the round is allocated or
posted, the engine's preview once it is received, none before. What a
trader saved = the retail price per base unit on the hand-out day
(``retail.retail_price_on``; the posting day, or today before it) × the base
units allocated − the charge; 0 when no retail price is known.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from sekretariat import clock
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.warehouse import round_docs
from sekretariat.services.warehouse.items import in_units, item_info
from sekretariat.services.warehouse.retail import retail_price_on
from sekretariat.services.warehouse.round_costs import round_landed_costs
from sekretariat.services.warehouse.round_returns import ShareReturn, returns_of
from sekretariat.services.warehouse.rounds import requested_units, round_head, round_id_of
from sekretariat.services.warehouse.rounds_alloc import compute
from sekretariat.services.warehouse.util import as_date, one, round_half_up, rows


@dataclass(frozen=True)
class RoundSummary:
    id: int
    number: str
    title: str
    opened_on: dt.date
    status: str
    supplier_name: str
    po_number: str
    items: str          # item names
    requests: int
    total_charge: int   # of the confirmed allocation (0 before)
    returned: int = 0   # charges of shares handed back after posting


@dataclass(frozen=True)
class RoundItemInfo:
    round_item_id: int
    item_id: int
    item_code: str
    item_name: str
    unit: str
    factor: int
    base_unit: str
    requested: int       # purchase units
    ordered: int | None
    received: int | None
    bulk_price: int | None
    landed_cost: int     # of what arrived (0 before)


@dataclass(frozen=True)
class RoundCost:
    id: int
    description: str
    amount: int
    item_name: str       # '' for the whole round


@dataclass(frozen=True)
class RoundLine:
    request_id: int
    position: int
    trader_id: int
    trader_name: str
    stall_codes: str
    round_item_id: int
    item_name: str
    unit: str
    requested: int
    quota: Fraction | None      # None before the round is received
    allocated: int | None
    base_quantity: str
    charge: int | None
    retail_value: int
    saving: int
    invoice_number: str
    movement_number: str
    manual: bool
    returned: ShareReturn | None = None     # handed back after posting (round_returns)


@dataclass(frozen=True)
class TraderSaving:
    trader_id: int
    trader_name: str
    charge: int
    retail_value: int
    saving: int


@dataclass(frozen=True)
class RoundInfo:
    id: int
    number: str
    title: str
    opened_on: dt.date
    status: str
    supplier_id: int | None
    supplier_name: str
    po_number: str
    ordered_on: dt.date | None
    received_on: dt.date | None
    posted_on: dt.date | None
    notes: str
    items: tuple[RoundItemInfo, ...]
    costs: tuple[RoundCost, ...]
    lines: tuple[RoundLine, ...]        # by item, then request order
    savings: tuple[TraderSaving, ...]   # by trader name
    allocation_stored: bool
    hand_out_day: dt.date               # the day savings are priced on

    @property
    def total_charge(self) -> int:
        return sum(line.charge or 0 for line in self.lines)

    @property
    def total_returned(self) -> int:
        """Charges of the shares handed back after posting (their invoices void)."""
        return sum(line.charge or 0 for line in self.lines if line.returned is not None)

    @property
    def total_saving(self) -> int:
        return sum(s.saving for s in self.savings)

    @property
    def surplus(self) -> tuple[tuple[str, str, int], ...]:
        """(item name, unit, units to stock) of each item with units left over."""
        given: dict[int, int] = {}
        for line in self.lines:
            given[line.round_item_id] = given.get(line.round_item_id, 0) + (line.allocated or 0)
        return tuple((i.item_name, i.unit, i.received - given.get(i.round_item_id, 0))
                     for i in self.items
                     if i.received is not None and i.received > given.get(i.round_item_id, 0))


def quota_text(quota: Fraction | None) -> str:
    """An exact quota to three decimals, Indonesian style ('4,545'; '5')."""
    if quota is None:
        return ""
    thousandths = round_half_up(quota * 1000)
    whole, rest = divmod(thousandths, 1000)
    return f"{whole}" if not rest else f"{whole},{rest:03d}"


def list_rounds(session: Session, *, status: str | None = None) -> list[RoundSummary]:
    """Every round, newest first (optionally of one status)."""
    require(session, "warehouse.view")
    where, params = ("WHERE p.status = ?", (status,)) if status else ("", ())
    return [RoundSummary(r[0], r[1], r[2], as_date(r[3]), r[4], r[5] or "", r[6] or "",
                         r[7] or "", r[8], r[9], r[10])
            for r in rows(
                "SELECT p.id, p.number, p.title, p.opened_on, p.status, s.name, p.po_number,"
                " (SELECT group_concat(i.name, ', ') FROM round_item r JOIN item i"
                "  ON i.id = r.item_id WHERE r.round_id = p.id),"
                " (SELECT count(*) FROM round_request q WHERE q.round_id = p.id),"
                " (SELECT coalesce(sum(charge), 0) FROM round_allocation a"
                "  WHERE a.round_id = p.id),"
                " (SELECT coalesce(sum(a.charge), 0) FROM round_allocation a"
                "  JOIN stock_movement x ON x.reverses_id = a.movement_id"
                "  WHERE a.round_id = p.id)"
                f" FROM purchase_round p LEFT JOIN supplier s ON s.id = p.supplier_id {where}"
                " ORDER BY p.opened_on DESC, p.id DESC", params)]


def stall_codes(trader_id: int, day: dt.date) -> str:
    """The stalls the trader leases on ``day`` ('A-01, A-02')."""
    return ", ".join(code for code, in rows(
        "SELECT DISTINCT s.code FROM lease l JOIN stall s ON s.id = l.stall_id"
        " WHERE l.trader_id = ? AND l.status <> 'cancelled' AND l.start_date <= ?"
        " AND coalesce(l.ended_on, l.end_date) >= ? ORDER BY s.code",
        (trader_id, day.isoformat(), day.isoformat())))


def get_round(session: Session, round_ref: int | str) -> RoundInfo:
    require(session, "warehouse.view")
    return round_info(round_id_of(round_ref))


def round_info(round_id: int) -> RoundInfo:
    """A round side by side (for services that checked their permission)."""
    head = round_head(round_id)
    status = head["status"]
    supplier = one("SELECT name FROM supplier WHERE id = ?", (head["supplier_id"],)) \
        if head["supplier_id"] else None
    requested = requested_units(round_id)
    received_state = status in ("received", "allocated", "posted")
    costs = round_landed_costs(round_id) if received_state else {}
    items = tuple(RoundItemInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6], requested[r[0]],
                                r[7], r[8], r[9], costs.get(r[0], 0)) for r in rows(
        "SELECT r.id, r.item_id, i.code, i.name, r.unit, r.factor, i.base_unit,"
        " r.quantity_ordered, r.quantity_received, r.bulk_price FROM round_item r"
        " JOIN item i ON i.id = r.item_id WHERE r.round_id = ? ORDER BY r.id", (round_id,)))
    round_costs = tuple(RoundCost(r[0], r[1], r[2], r[3] or "") for r in rows(
        "SELECT c.id, c.description, c.amount, i.name FROM round_cost c"
        " LEFT JOIN round_item r ON r.id = c.round_item_id LEFT JOIN item i ON i.id = r.item_id"
        " WHERE c.round_id = ? ORDER BY c.id", (round_id,)))
    day = as_date(head["posted_on"]) or clock.today()
    stored = status in ("allocated", "posted")
    shares = {}
    manual_items = set()
    if received_state:
        for item in compute(round_id, stored=stored):
            if item.allocation.manual:
                manual_items.add(item.round_item_id)
            for share in item.allocation.shares:
                shares[share.key] = share
    posted = {r[0]: (r[1] or "", r[2] or "") for r in rows(
        "SELECT a.request_id, i.number, m.number FROM round_allocation a"
        " LEFT JOIN invoice i ON i.id = a.invoice_id"
        " LEFT JOIN stock_movement m ON m.id = a.movement_id WHERE a.round_id = ?",
        (round_id,))}
    by_item = {i.round_item_id: i for i in items}
    handed_back = returns_of(round_id) if status == "posted" else {}
    lines = []
    codes: dict[int, str] = {}
    for request_id, position, trader_id, name, item_id, units in rows(
            "SELECT q.id, q.position, q.trader_id, t.name, q.round_item_id, q.units"
            " FROM round_request q JOIN trader t ON t.id = q.trader_id"
            " WHERE q.round_id = ? ORDER BY q.round_item_id, q.position", (round_id,)):
        item = by_item[item_id]
        share = shares.get(request_id)
        if trader_id not in codes:
            codes[trader_id] = stall_codes(trader_id, day)
        allocated = None if share is None else share.allocated
        retail = saving = 0
        base = ""
        if allocated is not None:
            stock_item = item_info(item.item_id)
            base = in_units(stock_item, allocated * item.factor).split(" (")[0]
            price = retail_price_on(item.item_id, day)
            if price is not None and allocated and request_id not in handed_back:
                retail = price * allocated * item.factor
                saving = retail - share.charge
        invoice, movement = posted.get(request_id, ("", ""))
        lines.append(RoundLine(request_id, position, trader_id, name, codes[trader_id], item_id,
                               item.item_name, item.unit, units,
                               None if share is None else share.quota, allocated, base,
                               None if share is None else share.charge, retail, saving,
                               invoice, movement, item_id in manual_items,
                               handed_back.get(request_id)))
    savings: dict[int, list] = {}
    for line in lines:
        if line.charge is not None and line.returned is None:
            entry = savings.setdefault(line.trader_id, [line.trader_name, 0, 0, 0])
            entry[1] += line.charge
            entry[2] += line.retail_value
            entry[3] += line.saving
    return RoundInfo(round_id, head["number"], head["title"], as_date(head["opened_on"]), status,
                     head["supplier_id"], supplier[0] if supplier else "",
                     head["po_number"] or "", as_date(head["ordered_on"]),
                     as_date(head["received_on"]), as_date(head["posted_on"]), head["notes"],
                     items, round_costs, tuple(lines),
                     tuple(sorted((TraderSaving(k, v[0], v[1], v[2], v[3])
                                   for k, v in savings.items()),
                                  key=lambda s: (s.trader_name.lower(), s.trader_id))),
                     stored, day)


# --- the documents' data ---------------------------------------------------------

def _user_name(user_id: int | None) -> str:
    found = one("SELECT full_name FROM app_user WHERE id = ?", (user_id,)) if user_id else None
    return found[0] if found else ""


def purchase_order_data(session: Session, round_ref: int | str, *,
                        delivery_note: str = "") -> round_docs.PurchaseOrderData:
    """What the purchase order prints (an ordered round or later). A
    reprint when it was printed before is the caller's to say."""
    from sekretariat.errors import Conflict

    require(session, "warehouse.view")
    info = round_info(round_id_of(round_ref))
    if not info.po_number:
        raise Conflict("round.not_ordered", number=info.number)
    supplier = one("SELECT name, address, phone, contact_person FROM supplier WHERE id = ?",
                   (info.supplier_id,))
    lines = tuple(round_docs.PoLine(i.item_code, i.item_name, i.unit, i.factor, i.base_unit,
                                    i.ordered or 0, i.bulk_price or 0,
                                    (i.ordered or 0) * (i.bulk_price or 0))
                  for i in info.items if i.ordered)
    ordered_by = one("SELECT user_id FROM audit_log WHERE action = 'round.order'"
                     " AND entity = 'purchase_round' AND entity_id = ? ORDER BY id DESC LIMIT 1",
                     (str(info.id),))
    chair = one("SELECT full_name FROM app_user WHERE role = 'ketua' AND active = 1"
                " ORDER BY id LIMIT 1")
    return round_docs.PurchaseOrderData(
        info.po_number, info.number, info.ordered_on, supplier[0], supplier[1], supplier[2],
        supplier[3], lines, sum(line.amount for line in lines), delivery_note,
        _user_name(ordered_by[0]) if ordered_by else "", chair[0] if chair else "")


def distribution_data(session: Session, round_ref: int | str) -> round_docs.DistributionData:
    """What the distribution sheet prints: an allocated (before posting, the
    hand-out day is today) or posted round."""
    from sekretariat.errors import Conflict

    require(session, "warehouse.view")
    info = round_info(round_id_of(round_ref))
    if not info.allocation_stored:
        raise Conflict("round.not_allocated", number=info.number)
    rows_ = tuple(round_docs.DistributionRow(
        line.trader_name, line.stall_codes, line.item_name, line.unit, line.requested,
        quota_text(line.quota), line.allocated or 0, line.base_quantity, line.charge or 0,
        line.retail_value, line.saving, line.invoice_number) for line in info.lines)
    return round_docs.DistributionData(
        info.number, info.title, info.hand_out_day, info.supplier_name,
        tuple((i.item_name, i.unit, i.ordered or 0, i.received or 0) for i in info.items),
        tuple((c.description, c.amount) for c in info.costs), rows_,
        sum(r.charge for r in rows_), sum(r.saving for r in rows_), info.surplus,
        session.full_name)


def trader_name(trader_id: int) -> str:
    """A trader's name (for the faces showing a preview's shares)."""
    found = one("SELECT name FROM trader WHERE id = ?", (trader_id,))
    return found[0] if found else str(trader_id)
