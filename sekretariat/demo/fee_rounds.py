"""The daily fees' demo data (iuran / retribusi harian): each collector's round
is recorded as the market records it, through the daily-fee service
(``services.leasing.daily_fees.record_collection``): which stalls of the
round's blocks paid every fee type, which leased ones did not, and the
setoran (SIH) handed in to the treasurer — up to the last closed day. The
open days are left for the collector's sheet, so recording them there
counts nothing twice.

The bulk writer (medium and large) writes the very rows the service writes
(collection, lines, its cash entry, numbers and audit), from the leases
demo's in-memory book, so both paths give the same database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sekretariat.demo.engine import Event, HistoryContext, Step
from sekretariat.demo.market_records import FEES, RUBBISH_FEE
from sekretariat.services.core.journal import LineInput

CASH, FEE_INCOME = "1-100", "4-110"


@dataclass(eq=False)
class FeeRoundEvent(Event):
    """One collector's day: ``paid`` / ``unpaid`` are stall codes (every
    active fee type); unpaid stalls without a lease that day are left out."""

    at: dt.datetime
    collector: str
    paid: tuple[str, ...]
    unpaid: tuple[str, ...]
    collected: int
    leases: dict          # the leases demo's shared state (its "ops")
    role: str = "bendahara"

    def journal_lines(self):
        return (LineInput(CASH, debit=self.collected),
                LineInput(FEE_INCOME, credit=self.collected))

    def _collector_id(self) -> int:
        from sekretariat import db

        return db.current_database().execute_sql(
            "SELECT id FROM fee_collector WHERE name = ?", (self.collector,)).fetchone()[0]

    def apply_services(self, sink) -> None:
        from sekretariat import db
        from sekretariat.services.leasing import daily_fees

        conn = db.current_database()
        day = self.at.date()
        ids = dict(conn.execute_sql("SELECT code, id FROM stall").fetchall())
        leased = {r[0] for r in conn.execute_sql(
            "SELECT stall_id FROM lease WHERE status <> 'cancelled' AND start_date <= ?"
            " AND coalesce(ended_on, end_date) >= ?", (day.isoformat(), day.isoformat()))}
        daily_fees.record_collection(
            sink.session(self.role), day, self._collector_id(),
            {ids[code]: None for code in self.paid},
            {ids[code]: None for code in self.unpaid if ids[code] in leased})

    def apply_bulk(self, sink) -> None:
        """What ``record_collection`` writes (policy 'abaikan', nothing short)."""
        from sekretariat.i18n import t
        from sekretariat.i18n.formats import fmt_date
        from sekretariat.services.leasing import fee_setup

        book = self.leases["ops"]
        day = self.at.date()
        session = sink.session(self.role)
        types = [f for f in fee_setup.list_fee_types(session) if f.active]
        types.sort(key=lambda f: f.id)
        by_code = {code: (stall_id, kind) for stall_id, (code, kind) in book.stalls.items()}

        def lease_of(stall_id: int) -> int | None:
            found = [l.id for l in book.by_stall.get(stall_id, ())
                     if l.status != "cancelled" and l.start <= day <= l.effective_end]
            return max(found) if found else None

        lines = []
        for codes, is_paid in ((self.paid, True), (self.unpaid, False)):
            for code in codes:
                stall_id, kind = by_code[code]
                lease_id = lease_of(stall_id)
                if not is_paid and lease_id is None:
                    continue
                lines += [(stall_id, f.id, is_paid, lease_id, f.amount_for(kind)) for f in types]
        collected = sum(line[4] for line in lines if line[2])
        unpaid_total = sum(line[4] for line in lines if not line[2])
        sink.assert_open(day)
        collector_id = self._collector_id()
        number = sink.number("SIH", day.year)
        entry_id = None
        if collected:
            memo = t("fee.memo_setoran", number=number, collector=self.collector,
                     day=fmt_date(day))
            entry_id, _ = sink.post(self.at, memo[:500],
                                    [LineInput(CASH, debit=collected),
                                     LineInput(FEE_INCOME, credit=collected)],
                                    source="fee_collection", source_ref=number, role=self.role)
        now = self.at.isoformat(timespec="microseconds")
        collection_id = sink.next_id("fee_collection")
        sink.rows("fee_collection", (
            "id", "number", "fee_date", "collector_id", "collected", "handed_in",
            "unpaid_total", "note", "journal_entry_id", "void_entry_id", "voided_on",
            "void_reason", "created_by", "created_at")).append(
            (collection_id, number, day.isoformat(), collector_id, collected, collected,
             unpaid_total, "", entry_id, None, None, None, session.user_id, now))
        buffer = sink.rows("fee_collection_line", (
            "id", "collection_id", "fee_date", "stall_id", "fee_type_id", "lease_id", "amount",
            "paid", "invoice_id"))
        for stall_id, fee_id, is_paid, lease_id, value in lines:
            buffer.append((sink.next_id("fee_collection_line"), collection_id, day.isoformat(),
                           stall_id, fee_id, lease_id, value, int(is_paid), None))
        sink.audit(self.at, session, "fee.collect", "fee_collection", collection_id, None,
                   {"number": number, "fee_date": day.isoformat(), "collector_id": collector_id,
                    "collected": collected, "handed_in": collected,
                    "unpaid_total": unpaid_total,
                    "lines": [[s, f, int(p)] for s, f, p, _, _ in lines]})


class DailyFees(Step):
    """Iuran harian: each collector's round over its blocks, every day up to
    the last closed one; most occupied stalls pay, the rest are recorded
    as not paid."""

    name = "daily_fees"

    def start(self, ctx: HistoryContext) -> None:
        plan = ctx.plan
        self.rng = ctx.rng(self.name)
        self.kind_of = {s.code: (s.block, s.kind) for s in plan.stalls}
        # one round a day per collector, over all of the collector's blocks
        self.rounds: dict[str, set[str]] = {}
        for round_ in plan.fee_rounds:
            self.rounds.setdefault(round_.collector, set()).update(round_.blocks)
        self.occupied: dict[str, int] = {}
        self.changes: dict[dt.date, list[tuple[str, int]]] = {}
        for occ in plan.occupancies:
            if occ.active_on(plan.history_start):
                self.occupied[occ.stall] = self.occupied.get(occ.stall, 0) + 1
            elif occ.start > plan.history_start:
                self.changes.setdefault(occ.start, []).append((occ.stall, 1))
            if occ.end is not None and occ.end >= plan.history_start:
                self.changes.setdefault(occ.end + dt.timedelta(days=1), []).append((occ.stall, -1))

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        for code, delta in self.changes.pop(day, ()):
            self.occupied[code] = self.occupied.get(code, 0) + delta
        if day > ctx.plan.closed_through:
            return
        occupied = sorted(code for code, n in self.occupied.items() if n > 0)
        for index, (collector, blocks) in enumerate(self.rounds.items()):
            share = self.rng.uniform(0.84, 0.97)
            paid, unpaid = [], []
            for code in occupied:
                if self.kind_of[code][0] in blocks:
                    (paid if self.rng.random() < share else unpaid).append(code)
            if not paid:
                continue
            collected = sum(sum(FEES[self.kind_of[code][1]]) + RUBBISH_FEE for code in paid)
            yield FeeRoundEvent(ctx.at(day, 11, 0) + dt.timedelta(minutes=2 * index),
                                collector, tuple(paid), tuple(unpaid), collected,
                                ctx.extras.setdefault("leases", {}))
