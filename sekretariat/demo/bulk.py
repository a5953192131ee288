"""The bulk path for the scale dataset: the rows the services would write,
inserted with ``executemany`` in large transactions on the raw connection.

It computes exactly what ``journal.post_in_transaction`` and ``days.close_day``
do — gap-free numbers and the ``sequence`` rows, entry digests
(``journal.entry_digest``), audit rows with the same payload chained with
``audit.chain_hash`` — and applies the same checks in memory (balanced,
known active accounts, whole non-negative amounts, one side per line, open
day). Modules write their own tables through it (the leases module:
``lease_book``/``lease_runs``). The database's own triggers (closed days,
append-only, sequence forward-only, open amounts) stay in force. A test
proves it writes the same rows as the service path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sekretariat import db
from sekretariat.demo.engine import MAX_MEMO, Event
from sekretariat.errors import DayClosed, ValidationError
from sekretariat.money import MAX_AMOUNT
from sekretariat.services.core import numbering
from sekretariat.services.core.audit import GENESIS, canonical, chain_hash
from sekretariat.services.core.journal import LineInput, entry_digest
from sekretariat.services.core.session import Session

_ENTRY_COLUMNS = ("id", "number", "entry_date", "memo", "source", "source_ref", "reverses_id",
                  "created_by", "created_at", "digest")
_LINE_COLUMNS = ("id", "entry_id", "entry_date", "account_id", "debit", "credit", "party_kind",
                 "party_id", "memo")
_AUDIT_COLUMNS = ("id", "at", "user_id", "username", "action", "entity", "entity_id", "before",
                  "after", "prev_hash", "hash")
_CLOSED_COLUMNS = ("id", "day", "closed_by", "closed_at", "note")


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})")


def _iso(at: dt.datetime) -> str:
    return at.isoformat(timespec="microseconds")


class BulkSink:
    """Buffers rows and writes them ``batch_days`` days at a time.

    Modules with their own tables register a buffer with ``rows(table,
    columns)`` (the ``id`` first, rows appended in id order; register parent
    tables before their children) and change a row they wrote with
    ``update``. Buffers are written after journal entries and lines, before
    the audit rows and the closed days (so the closed-day triggers of dated
    tables see the lock as it was when the rows were made).
    """

    BATCH_DAYS = 45

    def __init__(self, sessions: dict[str, Session], *, batch_days: int = BATCH_DAYS,
                 fast: bool = True) -> None:
        self.sessions = sessions
        self.refs: dict[str, tuple[int, str]] = {}
        self.batch_days = batch_days
        self.database = db.current_database()
        self.conn = self.database.connection()
        execute = self.conn.execute
        self._next = {table: (execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
                              + 1)
                      for table in ("journal_entry", "journal_line", "audit_log", "closed_day")}
        last = execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        self.prev_hash = last[0] if last else GENESIS
        self.accounts = {code: (acc_id, bool(active)) for acc_id, code, active in
                         execute("SELECT id, code, active FROM account")}
        self.sequences = {(s, y): last for s, y, last in
                          execute("SELECT series, year, last FROM sequence")}
        self.issued = dict(self.sequences)
        row = execute("SELECT day FROM lock_date").fetchone()
        self.lock = dt.date.fromisoformat(row[0]) if row and row[0] else None
        self._entries: list[tuple] = []
        self._lines: list[tuple] = []
        self._audit: list[tuple] = []
        self._closed: list[tuple] = []
        self._extra: dict[str, tuple[tuple[str, ...], list[tuple]]] = {}
        self._updates: dict[str, list[tuple[int, dict]]] = {}
        self._after_close: dict[int, list[tuple[str, tuple[str, ...], tuple]]] = {}
        self._days = 0
        self.modules: dict = {}      # modules' own state (``demo/cash_events`` keeps its here)
        self.cash_id = self.accounts["1-100"][0]
        balance, first, last = execute(
            "SELECT coalesce(sum(debit) - sum(credit), 0), min(entry_date), max(entry_date)"
            " FROM journal_line WHERE account_id = ?", (self.cash_id,)).fetchone()
        #: 1-100 Kas as posted so far (the close's expected, the drawer guard)
        self.cash_balance = balance
        self.cash_first = dt.date.fromisoformat(first) if first else None
        self.cash_last = dt.date.fromisoformat(last) if last else None
        self.cash_before_last = balance     # the balance at the start of ``cash_last``
        self.fast = fast
        if fast:   # the file is a work in progress until it is renamed into place
            execute("PRAGMA synchronous = OFF")
            execute("PRAGMA cache_size = -262144")

    # --- what events call ---------------------------------------------------

    def session(self, role: str) -> Session:
        return self.sessions[role]

    def next_id(self, table: str) -> int:
        if table not in self._next:
            self._next[table] = self.conn.execute(
                f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0] + 1
        value = self._next[table]
        self._next[table] = value + 1
        return value

    def number(self, series: str, year: int) -> str:
        """The next gap-free number of a series (``numbering.next_number``)."""
        if series not in numbering.SERIES:
            raise ValueError(f"unknown series {series!r}")
        last = self.issued.get((series, year), 0) + 1
        self.issued[(series, year)] = last
        return numbering.format_number(series, year, last)

    def rows(self, table: str, columns: Sequence[str]) -> list[tuple]:
        if table not in self._extra:
            self._extra[table] = (tuple(columns), [])
            self._updates[table] = []
        return self._extra[table][1]

    def update(self, table: str, row_id: int, changes: dict) -> None:
        """Change columns of a row written through ``rows(table, …)``: in the
        buffer while it is there, else by an UPDATE run (in order) before the
        table's next inserts."""
        columns, buffered = self._extra[table]
        if not buffered or row_id < buffered[0][0]:
            self._updates[table].append((row_id, dict(changes)))
            return
        position = row_id - buffered[0][0]
        if not (position < len(buffered) and buffered[position][0] == row_id):
            raise ValueError(f"{table} rows must be buffered in id order")
        row = list(buffered[position])
        for name, value in changes.items():
            row[columns.index(name)] = value
        buffered[position] = tuple(row)

    def assert_open(self, day: dt.date) -> None:
        if self.lock is not None and day <= self.lock:
            raise DayClosed("day.closed_by_database")

    def audit(self, at: dt.datetime, session: Session | None, action: str, entity: str,
              entity_id=None, before=None, after=None) -> None:
        """What ``audit.record`` appends, chained in memory."""
        at_text = _iso(at)
        user_id = session.user_id if session else None
        name = session.username if session else "system"
        ident = None if entity_id is None else str(entity_id)
        before_json, after_json = canonical(before), canonical(after)
        digest = chain_hash(self.prev_hash, at_text, user_id, name, action, entity, ident,
                            before_json, after_json)
        self._audit.append((self.next_id("audit_log"), at_text, user_id, name, action, entity,
                            ident, before_json, after_json, self.prev_hash, digest))
        self.prev_hash = digest

    def post(self, at: dt.datetime, memo: str, lines: Sequence[LineInput], *,
             source: str = "manual", source_ref: str | None = None,
             reverses_id: int | None = None, role: str = "bendahara",
             entry_date: dt.date | None = None) -> tuple[int, str]:
        """What ``journal.post_in_transaction`` writes at ``at`` (dated
        ``entry_date``, by default the day of ``at``); returns (id, number)."""
        session = self.sessions[role]
        memo = (memo or "").strip()
        if not memo:
            raise ValidationError("journal.memo_empty", field="memo")
        if len(memo) > MAX_MEMO:
            raise ValidationError("journal.memo_long", field="memo", maximum=MAX_MEMO)
        accounts = self._check_lines(lines)
        entry_date = entry_date or at.date()
        self.assert_open(entry_date)
        number = self.number("JU", entry_date.year)
        date_text = entry_date.isoformat()
        values = [(l.account, l.debit, l.credit, l.party_kind, l.party_id, l.memo.strip())
                  for l in lines]
        digest = entry_digest(number, date_text, memo, source, source_ref, reverses_id, values)
        cash_id = self.cash_id
        for code, debit, credit, *_ in values:
            if accounts[code] == cash_id:
                if entry_date != self.cash_last:
                    self.cash_before_last = self.cash_balance
                    self.cash_last = entry_date
                    self.cash_first = self.cash_first or entry_date
                self.cash_balance += debit - credit
        entry_id = self.next_id("journal_entry")
        self._entries.append((entry_id, number, date_text, memo, source, source_ref, reverses_id,
                              session.user_id, _iso(at), digest))
        next_line = self.next_id
        self._lines.extend((next_line("journal_line"), entry_id, date_text, accounts[code], debit,
                            credit, kind, pid, line_memo)
                           for code, debit, credit, kind, pid, line_memo in values)
        self.audit(at, session, "journal.post" if reverses_id is None else "journal.reverse",
                   "journal_entry", entry_id, None,
                   {"number": number, "date": date_text, "memo": memo, "source": source,
                    "source_ref": source_ref, "reverses_id": reverses_id, "digest": digest,
                    "lines": [list(v) for v in values]})
        return entry_id, number

    def close_day(self, at: dt.datetime, day: dt.date, note: str = "", *,
                  role: str = "bendahara") -> int:
        """What ``days.close_day`` writes."""
        session = self.sessions[role]
        if day > at.date():
            raise ValidationError("day.future", field="day", day=day.isoformat())
        self.assert_open(day)
        note = note.strip()
        row_id = self.next_id("closed_day")
        self._closed.append((row_id, day.isoformat(), session.user_id, _iso(at), note))
        self.audit(at, session, "day.close", "closed_day", row_id, None,
                   {"day": day.isoformat(), "note": note})
        self.lock = day
        return row_id

    def after_close(self, closed_day_id: int, table: str, columns: Sequence[str],
                    row: tuple) -> None:
        """A row written right after the closed-day row ``closed_day_id`` (a
        cash close and its count: their triggers want their day to be the lock
        date when they are inserted)."""
        self._after_close.setdefault(closed_day_id, []).append((table, tuple(columns), row))

    def _check_lines(self, lines: Sequence[LineInput]) -> dict[str, int]:
        if len(lines) < 2:
            raise ValidationError("journal.too_few_lines", field="lines")
        debit_total = credit_total = 0
        for index, line in enumerate(lines, start=1):
            for amount in (line.debit, line.credit):
                if type(amount) is not int:
                    raise ValidationError("journal.amount_not_integer", field="lines", line=index)
                if amount < 0:
                    raise ValidationError("journal.amount_negative", field="lines", line=index)
                if amount > MAX_AMOUNT:
                    raise ValidationError("journal.amount_too_large", field="lines", line=index)
            if (line.debit == 0) == (line.credit == 0):
                raise ValidationError("journal.one_side", field="lines", line=index)
            if (line.party_kind is None) != (line.party_id is None):
                raise ValidationError("journal.party_incomplete", field="lines", line=index)
            debit_total += line.debit
            credit_total += line.credit
        if debit_total != credit_total:
            raise ValidationError("journal.unbalanced", field="lines", debit=str(debit_total),
                                  credit=str(credit_total))
        result = {}
        for line in lines:
            found = self.accounts.get(line.account)
            if found is None:
                raise ValidationError("journal.unknown_account", field="lines", code=line.account)
            if not found[1]:
                raise ValidationError("journal.inactive_account", field="lines",
                                      code=line.account)
            result[line.account] = found[0]
        return result

    def via_services(self, event: Event) -> int:
        """Write a rare event (a bulk round's step, a stock count) through the
        services themselves: the buffers are written first, the event runs in
        its own write transaction with the clock frozen at its time, then
        every counter kept here is read back (next ids, numbers issued, the
        audit chain's last hash). Such events must leave 1-100 Kas alone
        (the drawer's running figures are not read back). Modules' own
        memories are the caller's to refresh. Returns the id of the first
        journal line the event may have written."""
        from sekretariat import clock
        from sekretariat.services.core.tx import writing

        self.flush()
        first_line = self._next["journal_line"]
        was_frozen = clock.fixed()
        try:
            with writing():
                clock.freeze(event.at)
                event.apply_services(self)
        finally:
            clock.freeze(was_frozen)
        execute = self.conn.execute
        for table in self._next:
            self._next[table] = execute(
                f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0] + 1
        last = execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        self.prev_hash = last[0] if last else GENESIS
        self.sequences = {(s, y): last for s, y, last in
                          execute("SELECT series, year, last FROM sequence")}
        self.issued = dict(self.sequences)
        if execute("SELECT count(*) FROM journal_line WHERE id >= ? AND account_id = ?",
                   (first_line, self.cash_id)).fetchone()[0]:
            raise RuntimeError("an event written through the services moved 1-100 Kas")
        return first_line

    # --- the runner's side ----------------------------------------------------

    def apply_day(self, day: dt.date, events: Sequence[Event]) -> None:
        for event in events:
            event.apply_bulk(self)
        self._days += 1
        if self._days >= self.batch_days:
            self.flush()

    def flush(self) -> None:
        self._days = 0
        if not (self._entries or self._audit or self._closed or any(
                rows for _, rows in self._extra.values()) or any(self._updates.values())):
            return
        conn = self.conn
        with self.database.atomic():
            if self._entries:
                conn.executemany(_insert_sql("journal_entry", _ENTRY_COLUMNS), self._entries)
            if self._lines:
                conn.executemany(_insert_sql("journal_line", _LINE_COLUMNS), self._lines)
            for table, (columns, rows) in self._extra.items():
                for row_id, changes in self._updates[table]:
                    conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in changes)}"
                                 " WHERE id = ?", (*changes.values(), row_id))
                self._updates[table].clear()
                if rows:
                    conn.executemany(_insert_sql(table, columns), rows)
                    rows.clear()
            if self._audit:
                conn.executemany(_insert_sql("audit_log", _AUDIT_COLUMNS), self._audit)
            if self._closed and not self._after_close:
                conn.executemany(_insert_sql("closed_day", _CLOSED_COLUMNS), self._closed)
            elif self._closed:
                for row in self._closed:
                    conn.execute(_insert_sql("closed_day", _CLOSED_COLUMNS), row)
                    for table, columns, values in self._after_close.pop(row[0], ()):
                        conn.execute(_insert_sql(table, columns), values)
            self._write_sequences()
        self._entries, self._lines, self._audit, self._closed = [], [], [], []

    def _write_sequences(self) -> None:
        for (series, year), last in sorted(self.issued.items()):
            old = self.sequences.get((series, year))
            if old == last:
                continue
            if old is None:
                self.conn.execute("INSERT INTO sequence (series, year, last) VALUES (?, ?, ?)",
                                  (series, year, last))
            else:   # the table's trigger only lets 'last' move one step at a time
                self.conn.executemany(
                    "UPDATE sequence SET last = last + 1 WHERE series = ? AND year = ?",
                    [(series, year)] * (last - old))
            self.sequences[(series, year)] = last

    def finish(self) -> None:
        self.flush()
        if self.fast:
            from sekretariat.db import PRAGMAS

            self.conn.execute(f"PRAGMA synchronous = {PRAGMAS['synchronous']}")
            self.conn.execute(f"PRAGMA cache_size = {PRAGMAS['cache_size']}")
