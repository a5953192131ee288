"""Posting a bulk round's confirmed allocation (locks the round).

For each request with units allocated, in item then request order, in one
transaction:

* a stock issue of ``allocated × factor`` base units valued at minus the
  charge (specific identification at the round's landed cost, not the
  moving average: ``append_in_transaction(value=...)``), source 'round',
  source_ref the round's number, payment 'account', price the charge, its
  entry Dr 1-200 Piutang Pedagang (the trader) / Cr 1-300 Persediaan;
* a goods invoice (kind 'goods', numbered in the INV series like every
  invoice on a trader's receivable) for the charge, sharing that entry, due
  ``goods_due_days`` (market setting ``warehouse.goods_due_days``, default
  14) after the hand-out day; its memo, the statement's line, reads
  "INV/2026/00012 Pembelian bersama PB/2026/00001: Beras medium 2 karung".

Payments then settle it like rent (oldest first). What was not allocated
stays in stock at what is left of the landed cost (``allocation``'s
``stock_cost``): the receipt put the landed cost in, the issues took the
charges out. A posted round is locked: nothing in it changes (triggers);
a correction would be a reversal of its movements and invoices (not built:
editing a posted round is refused).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat import clock, db
from sekretariat.errors import Conflict, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.core import audit, numbering
from sekretariat.services.core.journal import LineInput
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse import posting
from sekretariat.services.warehouse.items import item_info
from sekretariat.services.warehouse.rounds import (
    SOURCE,
    checked_day,
    expect_status,
    round_head,
    round_id_of,
)
from sekretariat.services.warehouse.rounds_alloc import compute
from sekretariat.services.warehouse.util import one, rows

RECEIVABLE = "1-200"
DUE_DAYS_KEY = "warehouse.goods_due_days"
DEFAULT_DUE_DAYS = 14


@dataclass(frozen=True)
class PostedLine:
    request_id: int
    trader_id: int
    movement_number: str
    invoice_number: str
    charge: int


@dataclass(frozen=True)
class PostedRound:
    round_id: int
    number: str
    posted_on: dt.date
    lines: tuple[PostedLine, ...]

    @property
    def total(self) -> int:
        return sum(line.charge for line in self.lines)


def goods_due_days() -> int:
    """Days from a goods invoice's issue to its due date (market setting)."""
    found = one("SELECT value FROM setting WHERE key = ?", (DUE_DAYS_KEY,))
    try:
        value = int(found[0]) if found else DEFAULT_DUE_DAYS
    except ValueError:
        return DEFAULT_DUE_DAYS
    return value if 0 <= value <= 365 else DEFAULT_DUE_DAYS


def set_goods_due_days(session: Session, value: Any) -> int:
    """The chair or the coordinator sets the goods invoices' terms (0..365 days)."""
    require(session, "warehouse.manage")
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 365:
        raise ValidationError("round.due_days_invalid", field="days", text=str(value))
    before = goods_due_days()
    with writing():
        db.current_database().execute_sql(
            "INSERT INTO setting (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (DUE_DAYS_KEY, str(value)))
        audit.record(session, "round.due_days", "setting", DUE_DAYS_KEY, before, value)
    return value


def invoice_label(round_number: str, item_name: str, units: int, unit: str) -> str:
    from sekretariat.i18n import t

    return t("round.invoice_memo", round=round_number, item=item_name, units=units, unit=unit)


def post_round(session: Session, round_ref: int | str, day: Any = None) -> PostedRound:
    """Post the confirmed allocation on the hand-out ``day`` (today by
    default, an open day): each trader's issue and goods invoice; the round
    is locked."""
    from sekretariat.services.leasing import receivables
    from sekretariat.services.warehouse.movements import append_in_transaction

    require(session, "warehouse.manage")
    round_id = round_id_of(round_ref)
    head = round_head(round_id)
    if head["status"] == "posted":
        raise Conflict("round.locked", number=head["number"])
    expect_status(head, "allocated")
    day = checked_day(day)
    if day.isoformat() < head["received_on"]:
        raise ValidationError("round.post_before_receipt", field="day", day=fmt_date(day),
                              received=fmt_date(dt.date.fromisoformat(head["received_on"])))
    items = compute(round_id, stored=True)
    stored = {request_id: (allocated, charge) for request_id, allocated, charge in rows(
        "SELECT request_id, allocated, charge FROM round_allocation WHERE round_id = ?",
        (round_id,))}
    due = day + dt.timedelta(days=goods_due_days())
    posted: list[PostedLine] = []
    now = clock.now_iso()
    with writing():
        for item in items:
            info = item_info(item.item_id)
            for share in item.allocation.shares:
                allocated, charge = stored[share.key]
                if (allocated, charge) != (share.allocated, share.charge):
                    raise Conflict("round.allocation_changed", number=head["number"])
                if not allocated:
                    continue
                invoice_number = numbering.next_number("INV", day.year)
                label = invoice_label(head["number"], item.item_name, allocated, item.unit)
                memo = f"{invoice_number} {label}"[:500]

                def lines(value: int, number: str, line_memo: str, trader=share.trader_id,
                          amount=charge) -> list[LineInput]:
                    return [LineInput(RECEIVABLE, debit=amount, memo=line_memo,
                                      party_kind="trader", party_id=trader),
                            LineInput(posting.STOCK, credit=amount, memo=line_memo)]

                done = append_in_transaction(
                    session, info, day, "issue", -allocated * item.factor,
                    trader_id=share.trader_id, payment="account", price=charge,
                    reason=label, source=SOURCE, source_ref=head["number"], lines=lines,
                    value=-charge, memo=memo)
                invoice_id = one(
                    "INSERT INTO invoice (number, kind, trader_id, period_start, period_end,"
                    " billed_days, period_days, issue_date, due_date, amount, memo,"
                    " journal_entry_id, created_by, created_at)"
                    " VALUES (?, 'goods', ?, ?, ?, 1, 1, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    (invoice_number, share.trader_id, day.isoformat(), day.isoformat(),
                     day.isoformat(), due.isoformat(), charge, memo, done.journal_entry_id,
                     session.user_id, now))[0]
                one("UPDATE round_allocation SET movement_id = ?, invoice_id = ?"
                    " WHERE request_id = ? RETURNING id", (done.id, invoice_id, share.key))
                posted.append(PostedLine(share.key, share.trader_id, done.number,
                                         invoice_number, charge))
        one("UPDATE purchase_round SET status = 'posted', posted_on = ? WHERE id = ?"
            " RETURNING id", (day.isoformat(), round_id))
        audit.record(session, "round.post", "purchase_round", round_id,
                     {"status": head["status"]},
                     {"status": "posted", "day": day.isoformat(),
                      "lines": [[p.request_id, p.movement_number, p.invoice_number, p.charge]
                                for p in posted]})
        traders = sorted({p.trader_id for p in posted})
        if traders:
            receivables.apply_credits(traders, day)
    return PostedRound(round_id, head["number"], day, tuple(posted))
