"""Daily fees (iuran / retribusi harian) and the collectors' setoran.

The fee types, their amounts per stall kind, the collectors and the unpaid
policy are set up in ``fee_setup``. A collector's day
is recorded in one go when the money is handed in to the treasurer: which
stalls paid which fees, which did not. That record *is* the setoran
(SIH/YYYY/NNNNN): Dr 1-100 Kas what was handed in, Cr 4-110 Pendapatan Iuran
Harian what was collected, any difference to 5-900 Selisih Kas (with a note).

Unpaid fees of a leased stall become a receivable when the market's policy
(setting ``fees.unpaid_policy``) is 'piutang': one daily-fee invoice per
lease and day (Dr 1-200 trader / Cr 4-110), aged and paid like rent. With
'abaikan' they are only recorded. A stall's fee of one type is recorded at
most once a day (across collectors).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.models import FeeCollection, FeeCollectionLine, FeeCollector, Invoice
from sekretariat.money import format_rupiah
from sekretariat.services.core import audit, days, journal, numbering
from sekretariat.services.leasing import billing, invoices, receivables
from sekretariat.services.leasing.fee_setup import list_fee_types, unpaid_policy
from sekretariat.services.leasing.stall_status import STATUS_ON_SQL
from sekretariat.services.leasing.leasing_util import (
    check_void,
    CASH,
    CASH_DIFFERENCE,
    FEE_INCOME,
    amount,
    as_date,
    check_date,
    clean_text,
    one,
    rows,
)
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing


@dataclass(frozen=True)
class ExpectedFee:
    """A leased stall on a day and the fees it owes (for the collector's sheet)."""

    stall_id: int
    stall_code: str
    lease_id: int
    trader_id: int
    trader_name: str
    fee_type_ids: tuple[int, ...]
    amount: int
    recorded: bool  # already on a (live) collection that day


@dataclass(frozen=True)
class CollectionLine:
    stall_id: int
    stall_code: str
    fee_type_code: str
    amount: int
    paid: bool
    trader_name: str | None
    invoice_number: str | None


@dataclass(frozen=True)
class CollectionInfo:
    id: int
    number: str
    fee_date: dt.date
    collector_id: int
    collector_name: str
    collected: int
    handed_in: int
    unpaid_total: int
    note: str
    journal_number: str | None
    voided: bool
    voided_on: dt.date | None
    void_reason: str | None
    recorded_by: str
    lines: tuple[CollectionLine, ...] = ()

    @property
    def difference(self) -> int:
        """Handed in minus collected: negative = short."""
        return self.handed_in - self.collected


@dataclass(frozen=True)
class CollectionPage:
    rows: tuple[CollectionInfo, ...]
    has_more: bool


# --- fee types, collectors, policy -------------------------------------------

# --- the collector's sheet ---------------------------------------------------

def expected_fees(session: Session, fee_date: dt.date, *,
                  block: int | None = None) -> list[ExpectedFee]:
    """Leased stalls on ``fee_date`` with the active fee types, by stall code."""
    require(session, "fees.view")
    day = check_date(fee_date, "fee_date").isoformat()
    types = list_fee_types(session, active_only=True)
    recorded = {r[0] for r in rows(
        "SELECT DISTINCT l.stall_id FROM fee_collection_line l JOIN fee_collection c"
        " ON c.id = l.collection_id WHERE l.fee_date = ? AND c.voided_on IS NULL", (day,))}
    sql = ("SELECT s.id, s.code, l.id, t.id, t.name, s.kind FROM lease l JOIN stall s"
           " ON s.id = l.stall_id JOIN trader t ON t.id = l.trader_id WHERE l.status <> 'cancelled'"
           " AND l.start_date <= ? AND coalesce(l.ended_on, l.end_date) >= ?"
           f" AND {STATUS_ON_SQL.replace(':day', '?')} = 'normal'")
    params: list = [day, day, day]
    if block is not None:
        sql += " AND s.block_id = ?"
        params.append(block)
    return [ExpectedFee(r[0], r[1], r[2], r[3], r[4], tuple(f.id for f in types),
                        sum(f.amount_for(r[5]) for f in types), r[0] in recorded)
            for r in rows(sql + " ORDER BY s.code", params)]


def record_collection(session: Session, fee_date: dt.date, collector_id: int,
                      paid: Mapping[int, Sequence[int] | None],
                      unpaid: Mapping[int, Sequence[int] | None] | None = None, *,
                      handed_in=None, note: str = "") -> CollectionInfo:
    """Record a collector's day and its setoran. ``paid`` / ``unpaid`` map a
    stall id to the fee type ids paid / not paid (None = every active type).
    ``handed_in`` defaults to what was collected; a difference needs a note."""
    require(session, "fees.collect")
    fee_date = check_date(fee_date, "fee_date")
    if fee_date > clock.today():
        raise ValidationError("fee.future", field="fee_date", day=fmt_date(fee_date))
    note = clean_text(note, "note", maximum=300)
    collector = FeeCollector.get_or_none(FeeCollector.id == collector_id)
    if collector is None:
        raise NotFound("fee.collector_not_found", field="collector")
    if not collector.active:
        raise ValidationError("fee.collector_inactive", field="collector", name=collector.name)
    types = {f.id: f for f in list_fee_types(session)}
    active_ids = tuple(sorted(i for i, f in types.items() if f.active))
    day = fee_date.isoformat()
    leases = {r[0]: r[1:] for r in rows(
        "SELECT l.stall_id, l.id, l.trader_id, t.name, s.code FROM lease l"
        " JOIN trader t ON t.id = l.trader_id JOIN stall s ON s.id = l.stall_id"
        " WHERE l.status <> 'cancelled' AND l.start_date <= ?"
        " AND coalesce(l.ended_on, l.end_date) >= ?", (day, day))}
    lines = _lines(paid, True, types, active_ids) + _lines(unpaid or {}, False, types, active_ids)
    if not lines:
        raise ValidationError("fee.nothing_recorded", field="paid")
    keys = [(stall, fee) for stall, fee, _ in lines]
    if len(set(keys)) != len(keys):
        raise ValidationError("fee.paid_and_unpaid", field="unpaid")
    found = rows(f"SELECT id, code, kind FROM stall WHERE id IN ({','.join('?' * len(lines))})",
                 [stall for stall, _, _ in lines])
    codes = {r[0]: r[1] for r in found}
    kind_of = {r[0]: r[2] for r in found}
    for stall, _, is_paid in lines:
        if stall not in codes:
            raise NotFound("stall.not_found", field="paid")
        if not is_paid and stall not in leases:
            raise ValidationError("fee.unpaid_no_lease", field="unpaid", stall=codes[stall])
    def due(stall: int, fee: int) -> int:
        return types[fee].amount_for(kind_of[stall])

    collected = sum(due(stall, fee) for stall, fee, is_paid in lines if is_paid)
    unpaid_total = sum(due(stall, fee) for stall, fee, is_paid in lines if not is_paid)
    handed = collected if handed_in is None else amount(handed_in, "handed_in", allow_zero=True)
    if handed != collected and not note:
        raise ValidationError("fee.difference_note", field="note",
                              difference=format_rupiah(handed - collected))
    days.assert_open(fee_date)
    receivable = unpaid_policy() == "piutang"
    with writing():
        wanted = set(keys)
        clash = [(s_code, f_code) for stall, fee, s_code, f_code in rows(
            "SELECT l.stall_id, l.fee_type_id, s.code, f.code FROM fee_collection_line l"
            " JOIN fee_collection c ON c.id = l.collection_id JOIN stall s ON s.id = l.stall_id"
            " JOIN fee_type f ON f.id = l.fee_type_id WHERE l.fee_date = ?"
            f" AND c.voided_on IS NULL AND l.stall_id IN ({','.join('?' * len(codes))})",
            [day, *codes]) if (stall, fee) in wanted]
        if clash:
            raise Conflict("fee.already_recorded", field="paid", stall=clash[0][0],
                           fee=clash[0][1], day=fmt_date(fee_date))
        if one("SELECT 1 FROM fee_collection WHERE fee_date = ? AND collector_id = ?"
               " AND voided_on IS NULL", (day, collector_id)):
            raise Conflict("fee.collector_day_recorded", field="collector", name=collector.name,
                           day=fmt_date(fee_date))
        number = numbering.next_number("SIH", fee_date.year)
        entry_id = None
        if collected or handed:
            memo = t("fee.memo_setoran", number=number, collector=collector.name,
                     day=fmt_date(fee_date)) + (f" — {note}" if note else "")
            entry_lines = []
            if handed:
                entry_lines.append(journal.LineInput(CASH, debit=handed))
            if collected:
                entry_lines.append(journal.LineInput(FEE_INCOME, credit=collected))
            if handed < collected:
                entry_lines.append(journal.LineInput(CASH_DIFFERENCE, debit=collected - handed))
            elif handed > collected:
                entry_lines.append(journal.LineInput(CASH_DIFFERENCE, credit=handed - collected))
            entry_id = receivables.post(session, fee_date, memo[:500], entry_lines,
                                        source="fee_collection", ref=number)
        collection_id = FeeCollection.insert(
            number=number, fee_date=fee_date, collector=collector_id, collected=collected,
            handed_in=handed, unpaid_total=unpaid_total, note=note, journal_entry=entry_id,
            created_by=session.user_id, created_at=clock.now_iso()).execute()
        invoices: dict[int, int] = {}
        if receivable:
            by_lease: dict[int, int] = {}
            for stall, fee, is_paid in lines:
                if not is_paid:
                    by_lease[stall] = by_lease.get(stall, 0) + due(stall, fee)
            for stall, value in by_lease.items():
                lease_id, trader_id, trader_name, stall_code = leases[stall]
                invoices[stall], _ = billing.insert_invoice(
                    session, kind="daily_fee", trader_id=trader_id, lease_id=lease_id,
                    stall_id=stall, period_start=fee_date, period_end=fee_date, billed_days=1,
                    period_days=1, issue_date=fee_date, due_date=fee_date, value=value,
                    memo=t("fee.memo_unpaid", stall=stall_code, day=fmt_date(fee_date),
                           number=number),
                    income=FEE_INCOME)
        FeeCollectionLine.insert_many([
            {"collection": collection_id, "fee_date": fee_date, "stall": stall, "fee_type": fee,
             "lease": leases[stall][0] if stall in leases else None,
             "amount": due(stall, fee), "paid": is_paid,
             "invoice": None if is_paid else invoices.get(stall)}
            for stall, fee, is_paid in lines]).execute()
        if invoices:
            receivables.apply_credits({leases[s][1] for s in invoices}, fee_date)
        audit.record(session, "fee.collect", "fee_collection", collection_id, None,
                     {"number": number, "fee_date": day, "collector_id": collector_id,
                      "collected": collected, "handed_in": handed, "unpaid_total": unpaid_total,
                      "lines": [[stall, fee, int(is_paid)] for stall, fee, is_paid in lines]})
    return get_collection(session, collection_id, check_permission=False)


def _lines(mapping, is_paid: bool, types: dict, active_ids: tuple[int, ...]):
    result = []
    for stall, fee_ids in mapping.items():
        chosen = active_ids if fee_ids is None else tuple(fee_ids)
        for fee in chosen:
            if fee not in types:
                raise NotFound("fee.type_not_found", field="fee_type")
            if not types[fee].active:
                raise ValidationError("fee.type_inactive", field="fee_type",
                                      code=types[fee].code)
            result.append((stall, fee, is_paid))
    return result


def void_collection(session: Session, collection_id: int, reason: str,
                    void_date: dt.date | None = None) -> CollectionInfo:
    """Undo a recorded day (wrong sheet): reverses its cash entry and voids the
    daily-fee invoices it raised. Record the day again afterwards."""
    require(session, "fees.manage")
    collection = FeeCollection.get_or_none(FeeCollection.id == collection_id)
    if collection is None:
        raise NotFound("fee.collection_not_found", field="collection")
    if collection.voided_on is not None:
        raise Conflict("fee.already_voided", field="collection", number=collection.number)
    reason, void_date = check_void(reason, void_date, collection.fee_date,
                                   empty_key="fee.void_reason_empty",
                                   before_key="fee.void_before_day")
    with writing():
        void_entry = None
        if collection.journal_entry_id is not None:
            void_entry = journal.reverse_in_transaction(
                session, collection.journal_entry_id, reason, void_date,
                source="fee_collection", source_ref=collection.number)
        traders = set()
        for invoice in Invoice.select().where(
                Invoice.id.in_(FeeCollectionLine.select(FeeCollectionLine.invoice).where(
                    FeeCollectionLine.collection == collection_id)),
                Invoice.void_entry.is_null()):
            invoices.void_invoice_in_transaction(session, invoice, reason, void_date)
            traders.add(invoice.trader_id)
        FeeCollection.update(void_entry=void_entry, voided_on=void_date, void_reason=reason) \
            .where(FeeCollection.id == collection_id).execute()
        receivables.apply_credits(traders, void_date)
        audit.record(session, "fee.void", "fee_collection", collection_id,
                     {"number": collection.number, "voided": False},
                     {"voided": True, "voided_on": void_date.isoformat(), "reason": reason})
    return get_collection(session, collection_id, check_permission=False)


# --- reading -----------------------------------------------------------------

_SELECT = ("SELECT c.id, c.number, c.fee_date, c.collector_id, k.name, c.collected, c.handed_in,"
           " c.unpaid_total, c.note, e.number, c.voided_on IS NOT NULL, c.voided_on,"
           " c.void_reason, u.username FROM fee_collection c"
           " JOIN fee_collector k ON k.id = c.collector_id JOIN app_user u ON u.id = c.created_by"
           " LEFT JOIN journal_entry e ON e.id = c.journal_entry_id")


def _collection(row, lines=()) -> CollectionInfo:
    values = list(row)
    values[2] = as_date(values[2])
    values[10] = bool(values[10])
    values[11] = as_date(values[11])
    return CollectionInfo(*values, lines=tuple(lines))


def get_collection(session: Session, collection_id: int, *,
                   check_permission: bool = True) -> CollectionInfo:
    if check_permission:
        require(session, "fees.view")
    row = one(f"{_SELECT} WHERE c.id = ?", (collection_id,))
    if row is None:
        raise NotFound("fee.collection_not_found", field="collection")
    lines = [CollectionLine(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6]) for r in rows(
        "SELECT l.stall_id, s.code, f.code, l.amount, l.paid, t.name, i.number"
        " FROM fee_collection_line l JOIN stall s ON s.id = l.stall_id"
        " JOIN fee_type f ON f.id = l.fee_type_id LEFT JOIN lease le ON le.id = l.lease_id"
        " LEFT JOIN trader t ON t.id = le.trader_id LEFT JOIN invoice i ON i.id = l.invoice_id"
        " WHERE l.collection_id = ? ORDER BY s.code, f.code", (collection_id,))]
    return _collection(row, lines)


def list_collections(session: Session, *, date_from: dt.date | None = None,
                     date_to: dt.date | None = None, collector_id: int | None = None,
                     before: tuple[dt.date, int] | None = None,
                     limit: int = 100) -> CollectionPage:
    """Setoran, newest first (without their lines)."""
    require(session, "fees.view")
    where, params = ["1=1"], []
    if date_from is not None:
        where.append("c.fee_date >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        where.append("c.fee_date <= ?")
        params.append(date_to.isoformat())
    if collector_id is not None:
        where.append("c.collector_id = ?")
        params.append(collector_id)
    if before is not None:
        where.append("(c.fee_date < ? OR (c.fee_date = ? AND c.id < ?))")
        params += [before[0].isoformat(), before[0].isoformat(), before[1]]
    found = rows(f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY c.fee_date DESC, c.id DESC"
                 " LIMIT ?", [*params, limit + 1])
    return CollectionPage(tuple(_collection(r) for r in found[:limit]), len(found) > limit)
