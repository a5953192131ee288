"""The demo's cash area: direct cash vouchers (BKM/BKK), their voids, and the
treasurer's end-of-day close with the drawer counted by denomination.

Through the services each event calls ``services.cash.vouchers`` or
``services.cash.close.close_cash_day``; through ``BulkSink`` it writes the
rows those functions write, in the same order (numbers, journal entry,
voucher row, audit; for a close: the chair's approval, the zero days, the
difference entry on 5-900, the closed day, ``cash_close`` and its count). The
count is decided when the event is applied, from the expected balance the
books give at that moment, so both paths count the same drawer.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from sekretariat.demo.engine import Event, mirror
from sekretariat.errors import Conflict, PermissionDenied, ValidationError
from sekretariat.services.core.journal import LineInput

CASH, BANK = "1-100", "1-110"
MONEY_IN = frozenset({"income", "from_bank"})
_VOUCHER_COLUMNS = ("id", "number", "kind", "voucher_date", "cash_account", "counter_account",
                    "amount", "party", "memo", "journal_entry_id", "void_entry_id", "voided_on",
                    "void_reason", "created_by", "created_at")
_CLOSE_COLUMNS = ("id", "day", "zero_day", "opening", "expected", "counted", "difference",
                  "note", "counted_by", "approved_by", "difference_entry_id", "closed_day_id",
                  "created_at")
_COUNT_COLUMNS = ("close_id", "form", "denomination", "quantity")
ROUNDING_NOTE = "pembulatan: tidak ada uang logam di bawah Rp100"


def _iso(at: dt.datetime) -> str:
    return at.isoformat(timespec="microseconds")


def _text(value: str) -> str:
    return " ".join(str(value or "").split())


def _state(sink) -> dict:
    """The bulk path's memory of the cash area (vouchers by key, settings)."""
    state = sink.modules.get("cash")
    if state is None:
        from sekretariat.services.cash import vouchers
        from sekretariat.services.cash.settings import get_settings

        state = sink.modules["cash"] = {
            "vouchers": {}, "settings": get_settings(),
            "income": {a.code for a in vouchers.income_accounts()},
            "expense": {a.code for a in vouchers.expense_accounts()}}
    return state


def _drawer_guard(sink, day: dt.date, amount: int) -> None:
    """``vouchers.drawer_guard`` for a history written in date order."""
    if sink.cash_balance - amount < 0:
        from sekretariat.i18n.formats import fmt_date
        from sekretariat.money import format_rupiah

        raise ValidationError("cash.drawer_negative", field="amount", day=fmt_date(day),
                              balance=format_rupiah(max(sink.cash_balance, 0)),
                              amount=format_rupiah(amount))


# --- vouchers ----------------------------------------------------------------------

@dataclass(eq=False)
class Voucher(Event):
    """A cash voucher: ``kind`` income (credit ``counter``), expense (debit
    ``counter``), to_bank (a deposit from the drawer) or remit (the
    remittance to the asset owner, 5-700). ``key`` names it for a void."""

    at: dt.datetime
    kind: str
    counter: str
    amount: int
    party: str
    memo: str
    cash_account: str = CASH
    key: str | None = None
    role: str = "bendahara"

    def journal_lines(self):
        money_in = self.kind in MONEY_IN
        debit, credit = ((self.cash_account, self.counter) if money_in
                         else (self.counter, self.cash_account))
        party = _text(self.party)
        return (LineInput(debit, debit=self.amount, memo=party),
                LineInput(credit, credit=self.amount, memo=party))

    def apply_services(self, sink) -> None:
        from sekretariat.services.cash import vouchers

        session, day = sink.session(self.role), self.at.date()
        if self.kind == "income":
            info = vouchers.record_income(session, day, self.counter, self.amount, self.party,
                                          self.memo, cash_account=self.cash_account)
        elif self.kind == "expense":
            info = vouchers.record_expense(session, day, self.counter, self.amount, self.party,
                                           self.memo, cash_account=self.cash_account)
        elif self.kind in ("to_bank", "from_bank"):
            info = vouchers.transfer(session, day, self.kind, self.amount, self.memo, self.party)
        else:
            info = vouchers.remit_to_owner(session, day, self.amount, self.party, self.memo,
                                           cash_account=self.cash_account)
        if self.key is not None:
            sink.refs[self.key] = (info.id, info.number)

    def apply_bulk(self, sink) -> None:
        from sekretariat.services.cash.vouchers import MAX_MEMO, MAX_PARTY

        state = _state(sink)
        session, day, at = sink.session(self.role), self.at.date(), self.at
        if self.kind == "income" and self.counter not in state["income"]:
            raise ValidationError("cash.not_income_account", field="account", code=self.counter)
        if self.kind == "expense" and self.counter not in state["expense"]:
            raise ValidationError("cash.not_expense_account", field="account", code=self.counter)
        if not isinstance(self.amount, int) or not 0 < self.amount:
            raise ValidationError("cash.amount_invalid", field="amount")
        party, memo = _text(self.party), _text(self.memo)
        if not memo or len(memo) > MAX_MEMO or len(party) > MAX_PARTY or (
                not party and self.kind in ("income", "expense", "remit")):
            raise ValidationError("cash.memo_empty", field="memo")
        sink.assert_open(day)
        lines = self.journal_lines()
        if lines[1].account == CASH:
            _drawer_guard(sink, day, self.amount)
        number = sink.number("BKM" if self.kind in MONEY_IN else "BKK", day.year)
        entry_id, entry_number = sink.post(at, f"{number} · {memo}", lines,
                                           source=f"cash.{self.kind}", source_ref=number,
                                           role=self.role)
        voucher_id = sink.next_id("cash_voucher")
        sink.rows("cash_voucher", _VOUCHER_COLUMNS).append(
            (voucher_id, number, self.kind, day.isoformat(), self.cash_account, self.counter,
             self.amount, party, memo, entry_id, None, None, None, session.user_id, _iso(at)))
        sink.audit(at, session, "cash.voucher", "cash_voucher", voucher_id, None,
                   {"number": number, "kind": self.kind, "date": day.isoformat(),
                    "cash_account": self.cash_account, "counter_account": self.counter,
                    "amount": self.amount, "party": party, "memo": memo, "entry_id": entry_id})
        state["vouchers"][voucher_id] = (self, entry_id, entry_number, number)
        if self.key is not None:
            sink.refs[self.key] = (voucher_id, number)


@dataclass(eq=False)
class VoidVoucher(Event):
    """``vouchers.void_voucher`` of the voucher named ``key``, dated ``at``'s day."""

    at: dt.datetime
    key: str
    reason: str
    original: Voucher
    role: str = "bendahara"

    def journal_lines(self):
        return mirror(self.original.journal_lines())

    def apply_services(self, sink) -> None:
        from sekretariat.services.cash import vouchers

        vouchers.void_voucher(sink.session(self.role), sink.refs[self.key][0], self.reason,
                              void_date=self.at.date())

    def apply_bulk(self, sink) -> None:
        from sekretariat.i18n import t
        from sekretariat.services.core.journal import MAX_MEMO

        voucher_id = sink.refs[self.key][0]
        original, entry_id, entry_number, number = _state(sink)["vouchers"][voucher_id]
        session, when = sink.session(self.role), self.at.date()
        reason = _text(self.reason)
        sink.assert_open(when)
        if original.kind in MONEY_IN and original.cash_account == CASH:
            _drawer_guard(sink, when, original.amount)
        memo = t("journal.reversal_memo", number=entry_number, reason=reason)[:MAX_MEMO]
        reversal, _ = sink.post(self.at, memo, self.journal_lines(),
                                source=f"cash.{original.kind}", source_ref=number,
                                reverses_id=entry_id, role=self.role)
        sink.update("cash_voucher", voucher_id, {"void_entry_id": reversal,
                                                 "voided_on": when.isoformat(),
                                                 "void_reason": reason})
        sink.audit(self.at, session, "cash.voucher_void", "cash_voucher", voucher_id,
                   {"voided_on": None}, {"voided_on": when.isoformat(), "reason": reason,
                                         "void_entry_id": reversal})


# --- the end-of-day close ------------------------------------------------------------

def count_drawer(amount: int, denominations, rng: random.Random) -> dict[tuple[str, int], int]:
    """A plausible drawer holding exactly ``amount`` (a multiple of the
    smallest denomination): most of it in large notes, a few hundred thousand
    in small notes and coins."""
    ordered = sorted(denominations, key=lambda d: (-d.value, d.form != "note"))
    smallest = ordered[-1].value
    if amount % smallest:
        raise ValueError(f"{amount} is not a multiple of {smallest}")
    change = min(amount, rng.randrange(100_000, 400_000, smallest))
    large = [d for d in ordered if d.value >= 50_000]
    counts: dict[tuple[str, int], int] = {}
    rest = amount
    for d in ordered:
        most = rest // d.value
        if d is ordered[-1]:
            take = most
        elif d in large:
            take = max(0, (rest - change) // d.value)
            if d is not large[-1]:
                take = max(0, take - rng.randint(0, 4))
        elif d.form == "note":
            take = rng.randint(most // 3, max(most // 3, (2 * most) // 3))
        else:
            take = most - rng.randint(0, min(most, 5))
        counts[(d.form, d.value)] = take
        rest -= take * d.value
    assert rest == 0
    return counts


@dataclass(eq=False)
class DayCount(Event):
    """The treasurer counts the drawer at ``at`` and closes ``day``
    (``close_cash_day``). ``difference`` is what the count is off by (the note
    says why); a difference above the market's threshold is approved by the
    chair (``approver``: her username and password). A day without cash
    activity is left to close as a zero day with the next one, unless it is
    the last day to close (``must``)."""

    at: dt.datetime
    day: dt.date
    seed: str
    difference: int = 0
    note: str = ""
    approver: tuple[str, str] | None = None
    must: bool = False
    role: str = "bendahara"
    lines: tuple[LineInput, ...] = field(default=())

    def journal_lines(self):
        return self.lines

    def _count(self, expected: int, denominations) -> tuple[dict, int, str]:
        target = max(0, expected + self.difference)
        smallest = min(d.value for d in denominations)
        odd = target % smallest
        target -= odd
        notes = [self.note] if self.note and target != expected else []
        if odd:
            notes.append(ROUNDING_NOTE)
        note = "; ".join(notes) if target != expected else ""
        return count_drawer(target, denominations, random.Random(self.seed)), target, note

    def _difference_lines(self, difference: int) -> tuple[LineInput, ...]:
        if not difference:
            return ()
        amount, short = abs(difference), difference < 0
        return (LineInput("5-900", debit=amount if short else 0, credit=0 if short else amount),
                LineInput(CASH, debit=0 if short else amount, credit=amount if short else 0))

    def apply_services(self, sink) -> None:
        from sekretariat.services.cash import close, close_read

        session = sink.session(self.role)
        draft = close_read.prepare_close(session, self.day)
        if not draft.has_activity and not self.must:
            return
        counts, counted, note = self._count(draft.expected, draft.settings.denominations)
        result = close.close_cash_day(session, self.day, counts, note, approver=self.approver)
        self.lines = self._difference_lines(result.close.difference)

    def apply_bulk(self, sink) -> None:
        from sekretariat.i18n import t
        from sekretariat.i18n.formats import fmt_date
        from sekretariat.services.core.journal import MAX_MEMO

        settings = _state(sink)["settings"]
        day, at, session = self.day, self.at, sink.session(self.role)
        active = sink.cash_last == day
        if not active and not self.must:
            return
        if day > at.date():
            raise ValidationError("cash.close_future", field="day", day=fmt_date(day))
        sink.assert_open(day)
        start = sink.lock + dt.timedelta(days=1) if sink.lock else (sink.cash_first or day)
        if start < day and sink.cash_last is not None and start <= sink.cash_last < day:
            raise Conflict("cash.close_earlier_first", day=fmt_date(sink.cash_last), count=1,
                           asked=fmt_date(day))
        zero_days = [start + dt.timedelta(days=n) for n in range(max(0, (day - start).days))]
        expected = sink.cash_balance
        opening = sink.cash_before_last if active else expected
        counts, counted, note = self._count(expected, settings.denominations)
        difference = counted - expected
        approved_by = None
        if abs(difference) > settings.approval_threshold:
            approved_by = self._approve_bulk(sink, session, abs(difference))
        for zero_day in zero_days:
            self._write_close(sink, session, zero_day, opening, opening, opening, {}, "", None,
                              None)
        entry_id = None
        self.lines = self._difference_lines(difference)
        if difference:
            key = "cash.difference_over" if difference > 0 else "cash.difference_short"
            memo = t(key, day=fmt_date(day), note=note)[:MAX_MEMO]
            entry_id, _ = sink.post(at, memo, self.lines, source="cash.difference",
                                    source_ref=day.isoformat(), role=self.role)
        self._write_close(sink, session, day, opening, expected, counted, counts, note, entry_id,
                          approved_by, denominations=settings.denominations)

    def _approve_bulk(self, sink, session, difference: int) -> int:
        """What ``close._approval`` writes: the chair's login (``users.login``)
        and the approval, both audited."""
        from sekretariat.services.core.permissions import can

        if can(session, "cash.approve"):
            return session.user_id
        if not self.approver:
            raise ValidationError("cash.approval_needed", field="approver")
        chair = next(s for s in sink.sessions.values() if s.username == self.approver[0])
        if not can(chair, "cash.approve"):
            raise PermissionDenied("cash.approver_not_chair", username=chair.username)
        sink.rows("app_user", ("id",))
        sink.update("app_user", chair.user_id, {"failed_attempts": 0,
                                                "last_login_at": _iso(self.at)})
        sink.audit(self.at, chair, "auth.login", "app_user", chair.user_id)
        sink.audit(self.at, chair, "cash.approve", "app_user", chair.user_id, None,
                   {"for": session.username, "difference": difference})
        return chair.user_id

    def _write_close(self, sink, session, day, opening, expected, counted, counts, note,
                     entry_id, approved_by, *, denominations=()) -> None:
        """``close._write_close``: lock the day, the close, its count, the audit."""
        closed_id = sink.close_day(self.at, day, note, role=self.role)
        close_id = sink.next_id("cash_close")
        sink.after_close(closed_id, "cash_close", _CLOSE_COLUMNS,
                         (close_id, day.isoformat(), 0 if counts else 1, opening, expected,
                          counted, counted - expected, note, session.user_id, approved_by,
                          entry_id, closed_id, _iso(self.at)))
        lines = [(d.form, d.value, counts[(d.form, d.value)]) for d in denominations]
        for form, value, quantity in lines:
            sink.after_close(closed_id, "cash_close_count", _COUNT_COLUMNS,
                             (close_id, form, value, quantity))
        sink.audit(self.at, session, "cash.close", "cash_close", close_id, None,
                   {"day": day.isoformat(), "zero_day": not lines, "opening": opening,
                    "expected": expected, "counted": counted, "difference": counted - expected,
                    "note": note, "approved_by": approved_by, "difference_entry_id": entry_id,
                    "counts": [list(line) for line in lines]})
