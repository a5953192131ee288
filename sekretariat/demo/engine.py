"""How demo history is made: steps produce events day by day, a sink writes them.

A **step** (one per area: rent, daily fees, parking, expenses, …) looks at the
plan and the running ledger and returns the day's **events**. The runner sorts
a day's events by time and hands them to a **sink**:

* ``ServiceSink`` writes through the services (``post_in_transaction``,
  ``days.close_day``) inside one write transaction per day, with the clock
  frozen at each event's time — every rule applies;
* ``BulkSink`` (``demo/bulk.py``) computes exactly the same rows (numbers,
  digests, audit chain) and inserts them with ``executemany`` — for the
  million-line benchmark dataset.

Both give byte-identical journal, audit and closed-day rows for the same plan
(a test proves it), so the bulk path is held to the services' rules.

A module adds its own demo data by writing a ``Step`` (and, if it has its own
tables, an ``Event`` subclass with ``apply_services``/``apply_bulk``) and
listing it in ``demo.steps.STEPS``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sekretariat.demo.market_records import MarketPlan
from sekretariat.services.core.journal import LineInput

Progress = Callable[[int, int, str], None]

MAX_MEMO = 500


def reversal_memo(number: str, reason: str) -> str:
    """Demo books are kept in Indonesian whatever the interface language is."""
    from sekretariat.i18n import t_in

    return t_in("id", "journal.reversal_memo", number=number, reason=reason)[:MAX_MEMO]


def mirror(lines: Sequence[LineInput]) -> tuple[LineInput, ...]:
    """The lines of a reversing entry: debits and credits swapped."""
    return tuple(LineInput(l.account, debit=l.credit, credit=l.debit, memo=l.memo,
                           party_kind=l.party_kind, party_id=l.party_id) for l in lines)


# --- events -----------------------------------------------------------------

class Event:
    """Something that happens at ``at``. Subclasses write themselves through a
    sink: ``apply_services`` runs inside the day's write transaction with the
    clock frozen at ``at``; ``apply_bulk`` adds rows to the bulk writer."""

    at: dt.datetime
    role: str = "bendahara"

    def journal_lines(self) -> Sequence[LineInput]:
        """Lines this event posts, for the running ledger the steps consult."""
        return ()

    def apply_services(self, sink) -> None:
        raise NotImplementedError

    def apply_bulk(self, sink) -> None:
        raise NotImplementedError


@dataclass(eq=False)
class Post(Event):
    """A journal entry. ``key`` names it for a later reversal; an entry with
    ``reverses`` set is that reversal (memo made from the original's number
    and ``reason``; ``lines`` should be ``mirror(original.lines)``)."""

    at: dt.datetime
    memo: str
    lines: tuple[LineInput, ...]
    source: str = "manual"
    source_ref: str | None = None
    key: str | None = None
    reverses: str | None = None
    reason: str = ""
    role: str = "bendahara"

    def journal_lines(self) -> Sequence[LineInput]:
        return self.lines

    def _reversal(self, sink) -> tuple[int | None, str]:
        if self.reverses is None:
            return None, self.memo
        original_id, number = sink.refs[self.reverses]
        return original_id, reversal_memo(number, self.reason)

    def apply_services(self, sink) -> None:
        from sekretariat.services.core import journal

        reverses_id, memo = self._reversal(sink)
        entry_id = journal.post_in_transaction(
            sink.session(self.role), self.at.date(), memo, self.lines, source=self.source,
            source_ref=self.source_ref, reverses_id=reverses_id)
        if self.key is not None:
            sink.refs[self.key] = (entry_id, sink.entry_number(entry_id))

    def apply_bulk(self, sink) -> None:
        reverses_id, memo = self._reversal(sink)
        ref = sink.post(self.at, memo, self.lines, source=self.source,
                        source_ref=self.source_ref, reverses_id=reverses_id, role=self.role)
        if self.key is not None:
            sink.refs[self.key] = ref


@dataclass(eq=False)
class Close(Event):
    """The treasurer's end-of-day close of ``day`` (locks it and every day before)."""

    at: dt.datetime
    day: dt.date
    note: str = ""
    role: str = "bendahara"

    def apply_services(self, sink) -> None:
        from sekretariat.services.core import days

        days.close_day(sink.session(self.role), self.day, self.note)

    def apply_bulk(self, sink) -> None:
        sink.close_day(self.at, self.day, self.note, role=self.role)


# --- the running ledger steps consult ------------------------------------------

class Ledger:
    """Balances as the history is generated (not read back from the database):
    what is committed up to yesterday plus today's events so far."""

    def __init__(self) -> None:
        self.balances: dict[str, int] = defaultdict(int)        # debit - credit
        self.monthly: dict[tuple[int, int, str], int] = defaultdict(int)
        self.today: list[Event] = []

    def add(self, events: Iterable[Event]) -> None:
        self.today.extend(events)

    def balance(self, account: str, before: dt.datetime | None = None) -> int:
        total = self.balances[account]
        for event in self.today:
            if before is None or event.at < before:
                for line in event.journal_lines():
                    if line.account == account:
                        total += line.debit - line.credit
        return total

    def credit_total(self, year: int, month: int, account: str) -> int:
        """Credits minus debits on ``account`` in a month already past (income)."""
        return -self.monthly[(year, month, account)]

    def end_day(self) -> None:
        for event in self.today:
            for line in event.journal_lines():
                self.balances[line.account] += line.debit - line.credit
                day = event.at.date()
                self.monthly[(day.year, day.month, line.account)] += line.debit - line.credit
        self.today = []


@dataclass
class HistoryContext:
    plan: MarketPlan
    ledger: Ledger = field(default_factory=Ledger)
    extras: dict = field(default_factory=dict)   # steps may share state here

    def rng(self, name: str) -> random.Random:
        """An independent random stream per step, so adding a step never
        changes what the others generate."""
        return random.Random(f"sekretariat-demo:{self.plan.seed}:{name}")

    @staticmethod
    def at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
        return dt.datetime(day.year, day.month, day.day, hour, minute, second)


class Step:
    """One area's share of the demo history. Override what you need."""

    name = "step"

    def start(self, ctx: HistoryContext) -> None:
        """Before the first day (read the plan, draw schedules)."""

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        return ()


def run_history(plan: MarketPlan, steps: Sequence[Step], sink, *,
                progress: Progress | None = None, label: str = "") -> HistoryContext:
    ctx = HistoryContext(plan)
    for step in steps:
        step.start(ctx)
    history = plan.history_days()
    total = len(history)
    for index, day in enumerate(history, start=1):
        produced: list[Event] = []
        for step in steps:
            events = list(step.events(ctx, day))
            ctx.ledger.add(events)
            produced.extend(events)
        produced.sort(key=lambda e: e.at)   # stable: same time keeps step order
        sink.apply_day(day, produced)
        ctx.ledger.end_day()
        if progress is not None and (index == total or index % 5 == 0):
            progress(index, total, label)
    sink.finish()
    return ctx
