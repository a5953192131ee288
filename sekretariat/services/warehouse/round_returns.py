"""Correcting a posted bulk round: a trader's share handed back (retur).

A posted round is locked; nothing in it is edited. A share that was wrong
(the trader never collected it, the goods were refused, the allocation was
mistaken) is corrected by its reversal, dated in an open day on or after the
hand-out day, in one transaction:

* the share's stock issue is reversed (``movements.reverse_in_transaction``
  with ``allow_earlier``: a reversal that brings goods back in can follow
  later movements of the item, since it only adds quantity and value): the
  units return to stock at exactly the charge they were issued at;
* that reversal's journal entry (Dr 1-300 Persediaan / Cr 1-200 the trader,
  the mirror of the issue's entry, which the goods invoice shares) is the
  goods invoice's void: the invoice is voided with it, so whatever the
  trader had paid on it becomes credit and settles their other open
  invoices (``receivables.apply_credits``), like any voided invoice.

The whole round is reversed by handing back every share not yet handed
back (``reverse_round``). The round's rows and its audit record of the
posting stay as they were; ``round_info`` shows each handed-back share with
its date, number and reason, and the check rule ``round_returns`` proves
each reversal and each void belong together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.core import audit, inputs
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse.rounds import checked_day, round_head, round_id_of
from sekretariat.services.warehouse.util import MAX_REASON, one, rows


@dataclass(frozen=True)
class ReturnedShare:
    request_id: int
    trader_id: int
    trader_name: str
    item_name: str
    units: int
    unit: str
    charge: int
    invoice_number: str
    movement_number: str       # the reversal's number (GDG/…)
    day: dt.date


_SHARES_SQL = (
    "SELECT a.request_id, q.trader_id, t.name, i.name, a.allocated, r.unit, a.charge,"
    " v.id, v.number, v.issue_date, m.id, m.number, v.void_entry_id,"
    " (SELECT x.number FROM stock_movement x WHERE x.reverses_id = m.id)"
    " FROM round_allocation a JOIN round_request q ON q.id = a.request_id"
    " JOIN round_item r ON r.id = q.round_item_id JOIN item i ON i.id = r.item_id"
    " JOIN trader t ON t.id = q.trader_id"
    " JOIN stock_movement m ON m.id = a.movement_id JOIN invoice v ON v.id = a.invoice_id"
    " WHERE a.round_id = ? AND a.allocated > 0")


def _posted_head(round_ref: int | str) -> dict[str, Any]:
    head = round_head(round_id_of(round_ref))
    if head["status"] != "posted":
        from sekretariat.i18n import t

        raise Conflict("round.return_not_posted", number=head["number"],
                       status=t(f"round.status.{head['status']}"))
    return head


def _day(value: Any, head: dict[str, Any]) -> dt.date:
    day = checked_day(value)
    posted_on = dt.date.fromisoformat(head["posted_on"])
    if day < posted_on:
        raise ValidationError("round.return_before_post", field="day", day=fmt_date(day),
                              posted=fmt_date(posted_on))
    return day


def _reason(value: Any) -> str:
    return inputs.clean_text(value, "reason", maximum=MAX_REASON, required=True,
                             empty_key="round.return_reason_empty")


def _return_in_transaction(session: Session, head: dict[str, Any], share: tuple,
                           day: dt.date, reason: str) -> ReturnedShare:
    from sekretariat.services.warehouse.movements import reverse_in_transaction

    (request_id, trader_id, trader_name, item_name, units, unit, charge, invoice_id,
     invoice_number, _, movement_id, _, _, _) = share
    done = reverse_in_transaction(session, movement_id, reason, day, allow_earlier=True)
    one("UPDATE invoice SET void_entry_id = ?, voided_on = ?, void_reason = ? WHERE id = ?"
        " RETURNING id", (done.journal_entry_id, day.isoformat(), reason, invoice_id))
    audit.record(session, "round.return", "round_allocation", request_id,
                 {"round": head["number"], "invoice": invoice_number, "voided": False},
                 {"voided": True, "day": day.isoformat(), "reason": reason,
                  "movement": done.number, "units": units, "charge": charge})
    return ReturnedShare(request_id, trader_id, trader_name, item_name, units, unit, charge,
                         invoice_number, done.number, day)


def _check_open(share: tuple, number: str) -> None:
    if share[12] is not None or share[13] is not None:
        raise Conflict("round.share_returned", number=number, trader=share[2],
                       invoice=share[8])


def return_share(session: Session, round_ref: int | str, request_id: int, reason: str,
                 day: Any = None) -> ReturnedShare:
    """Hand back one trader's share of a posted round (a request's whole
    allocation): the units back to stock at their charge, the goods invoice
    voided. ``day``: an open day, not before the hand-out (today by default)."""
    from sekretariat.services.leasing import receivables

    require(session, "warehouse.manage")
    head = _posted_head(round_ref)
    note = _reason(reason)
    day = _day(day, head)
    share = one(_SHARES_SQL + " AND a.request_id = ?", (head["id"], request_id)) \
        if isinstance(request_id, int) and not isinstance(request_id, bool) else None
    if share is None:
        raise NotFound("round.share_not_found", field="request", number=head["number"])
    _check_open(share, head["number"])
    with writing():
        done = _return_in_transaction(session, head, share, day, note)
        receivables.apply_credits([done.trader_id], day)
    return done


def reverse_round(session: Session, round_ref: int | str, reason: str,
                  day: Any = None, *, request_ids: Iterable[int] | None = None
                  ) -> tuple[ReturnedShare, ...]:
    """Hand back every share of a posted round not handed back yet (or only
    those of ``request_ids``), in one transaction (all or nothing)."""
    from sekretariat.services.leasing import receivables

    require(session, "warehouse.manage")
    head = _posted_head(round_ref)
    note = _reason(reason)
    day = _day(day, head)
    shares = [s for s in rows(_SHARES_SQL + " ORDER BY a.request_id", (head["id"],))
              if s[12] is None and s[13] is None]
    if request_ids is not None:
        wanted = set(request_ids)
        shares = [s for s in shares if s[0] in wanted]
    if not shares:
        raise Conflict("round.nothing_to_return", number=head["number"])
    with writing():
        done = tuple(_return_in_transaction(session, head, share, day, note)
                     for share in shares)
        receivables.apply_credits(sorted({d.trader_id for d in done}), day)
    return done


@dataclass(frozen=True)
class ShareReturn:
    day: dt.date
    movement_number: str
    reason: str


def returns_of(round_id: int) -> dict[int, ShareReturn]:
    """request id -> its hand-back, for the round's reading (``round_info``)."""
    return {request_id: ShareReturn(dt.date.fromisoformat(day), number, reason)
            for request_id, day, number, reason in rows(
                "SELECT a.request_id, x.moved_on, x.number, x.reason FROM round_allocation a"
                " JOIN stock_movement x ON x.reverses_id = a.movement_id"
                " WHERE a.round_id = ?", (round_id,))}
