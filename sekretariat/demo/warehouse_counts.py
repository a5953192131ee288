"""The demo's stock counts (stok opname), through ``services/warehouse/counts.py``.

On the last day of every quarter, at dawn before the warehouse opens, the
coordinator opens a blind count (cut-off 06:00); two people count: the
staff member (role ``staf``) the eggs, noodles, milk and salt and the back
store's rice, the coordinator the front store's rice and the rest, so the
rice has two lines that add up. What they find is the book less a little
(a few kilos of rice or sugar, broken eggs, now and then a packet found),
the coordinator closes the count and approves its variance sheet and the
chair approves it on arriving at the office: the adjustments post that day.
On the books' last day a count is closed and approved by the coordinator
only, so the chair's approval is pending and the sheet shows.

``Counts`` is the warehouse step's helper: the counted figures come from the
step's stock memory (the book at the cut-off: nothing moves before 06:00),
and the posting's values (a shortage at the moving average, a surplus at the
average at the cut-off, ``costing``) go back into it, so the memory stays
exact. The bulk path writes these events through the services
(``BulkSink.via_services``) and reads its running balances back.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from sekretariat.demo.engine import Event, HistoryContext
from sekretariat.demo.lease_actions import last_entry_id, lines_since
from sekretariat.demo.warehouse_round_events import refresh_stock
from sekretariat.demo.warehouse_setup import ITEMS
from sekretariat.services.warehouse.costing import outgoing_value, value_at_average

CUTOFF = (6, 0)
PLACE, FRONT, BACK = "Gudang sekretariat", "Gudang depan", "Gudang belakang"
#: Who counts what: the staff member these, the coordinator the rest; the
#: rice is in both stores, each counts one.
STAFF_ITEMS = ("telur", "mi", "skm", "garam")
SPLIT_ITEM = "beras"
#: What a count finds against the book, per item (base units, signed).
VARIANCES = {"beras": (0, -2, -3, -5, -7), "gula": (0, -1, -2, -3), "minyak": (0, 0, -1, -2),
             "tepung": (0, -1, -2), "telur": (0, -5, -10, -15), "mi": (0, 0, -2, 1),
             "skm": (0, 0, -1), "garam": (0, 2, -1)}
NOTE = "Stok opname akhir triwulan {quarter} {year}"
LAST_NOTE = "Stok opname sewaktu-waktu {day}"


@dataclass(eq=False)
class CountPlan:
    day: dt.date
    note: str
    pending: bool                       # the chair has not approved yet
    id: int | None = None               # once opened
    variances: dict = field(default_factory=dict)   # code -> (book qty, variance)


@dataclass(eq=False)
class CountStep(Event):
    """One step of a count at ``at`` (``op``: open, lines, close, approve)."""

    at: dt.datetime
    count: CountPlan
    op: str
    args: tuple = ()
    role: str = "gudang"
    posted: tuple = ()

    def journal_lines(self):
        return self.posted

    def apply_services(self, sink) -> None:
        before = last_entry_id()
        getattr(self, f"_{self.op}")(sink.session(self.role))
        self.posted = lines_since(before)

    def apply_bulk(self, sink) -> None:
        sink.via_services(self)
        if self.op == "approve":
            refresh_stock(sink)

    def _open(self, session) -> None:
        from sekretariat.services.warehouse import counts

        hour, minute = CUTOFF
        self.count.id = counts.create_count(session, self.count.day, f"{hour:02d}:{minute:02d}",
                                            place=PLACE, note=self.count.note).id

    def _lines(self, session) -> None:
        """The counter's lines, two minutes apart."""
        from sekretariat import clock
        from sekretariat.services.warehouse import counts

        for index, (code, quantity, place) in enumerate(self.args):
            clock.freeze(self.at + dt.timedelta(minutes=2 * index))
            counts.add_line(session, self.count.id, code, quantity, place=place)

    def _close(self, session) -> None:
        from sekretariat.services.warehouse import counts

        counts.close_count(session, self.count.id)

    def _approve(self, session) -> None:
        from sekretariat.services.warehouse import counts
        from sekretariat.services.warehouse.movements import movements_of

        done = counts.approve_count(session, self.count.id)
        if self.args:
            found = {m.item_code: m.value for m in movements_of("count", done.number)}
            if found != dict(self.args):
                raise ValueError(f"{done.number}: adjusted {found}, not {dict(self.args)}")


class Counts:
    """Plans the counts and gives the warehouse step its actions."""

    def __init__(self, ctx: HistoryContext, warehouse) -> None:
        plan = ctx.plan
        self.ctx, self.warehouse = ctx, warehouse
        self.rng = ctx.rng("warehouse.counts")
        self.counts: dict[dt.date, CountPlan] = {}
        first = plan.history_start + dt.timedelta(days=14)
        for year in range(first.year, plan.history_end.year + 1):
            for quarter, month in enumerate((3, 6, 9, 12), start=1):
                day = dt.date(year, month, calendar.monthrange(year, month)[1])
                if first <= day < plan.history_end:
                    self.counts[day] = CountPlan(day, NOTE.format(quarter=_roman(quarter),
                                                                  year=year), False)
        end = plan.history_end
        if end > first:
            from sekretariat.demo.names import MONTHS

            self.counts[end] = CountPlan(end, LAST_NOTE.format(
                day=f"{end.day} {MONTHS[end.month - 1]} {end.year}"), True)

    def actions(self, ctx: HistoryContext, day: dt.date) -> list[tuple[dt.datetime, tuple]]:
        count = self.counts.get(day)
        if count is None:
            return []
        return [(ctx.at(day, *CUTOFF), ("demo", lambda: self._count(count)))]

    def _count(self, count: CountPlan):
        at, day, rng, stock = self.ctx.at, count.day, self.rng, self.warehouse.stock
        staff, mine = [], []
        for spec in ITEMS:
            held = stock[spec.code][0]
            variance = rng.choice(VARIANCES.get(spec.code, (0,)))
            variance = max(variance, -held) if held else 0
            found = held + variance
            count.variances[spec.code] = (held, variance)
            if spec.code == SPLIT_ITEM and found:
                lot = dict(spec.units)["karung"]
                back = min(found, rng.randint(1, 4) * lot)
                staff.append((spec.code, back, BACK))
                mine.append((spec.code, found - back, FRONT))
            else:
                (staff if spec.code in STAFF_ITEMS else mine).append((spec.code, found, ""))
        yield CountStep(at(day, *CUTOFF), count, "open")
        yield CountStep(at(day, 6, 5), count, "lines", tuple(staff), role="staf")
        yield CountStep(at(day, 6, 20), count, "lines", tuple(mine))
        yield CountStep(at(day, 6, 45), count, "close")
        yield CountStep(at(day, 6, 50), count, "approve")
        if not count.pending:
            yield CountStep(at(day, 7, 35), count, "approve", self._post(count), role="ketua")

    def _post(self, count: CountPlan) -> tuple[tuple[str, int], ...]:
        """The adjustments the chair's approval posts, into the stock memory
        (nothing moves between the cut-off and the approval)."""
        posted = []
        for code, (book, variance) in count.variances.items():
            held = self.warehouse.stock[code]
            if held[0] != book:
                raise ValueError(f"{code} moved between the count's cut-off and its approval")
            if not variance:
                continue
            value = (outgoing_value(-variance, held[0], held[1]) if variance < 0
                     else value_at_average(variance, held[0], held[1], None))
            held[0], held[1] = held[0] + variance, held[1] + value
            posted.append((code, value))
        return tuple(posted)


def _roman(quarter: int) -> str:
    return ("I", "II", "III", "IV")[quarter - 1]
