"""Attendants' debts: the shortfalls of their shift reports on 1-210 Piutang
Petugas Parkir until paid or written off.

``attendant_debt`` is THE one function for what an attendant owes (from
``DEBT_SQL``): the shortfalls of reports not voided, less payments and
write-offs. A payment posts Dr 1-100 Kas / Cr 1-210; a write-off (the chair
only, with a reason) posts Dr 5-800 Beban Lain-lain / Cr 1-210. Both use the
journal source ``parking.debt``, are numbered by their journal entry, audited
and refused on a closed day; neither may exceed the debt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat import clock
from sekretariat.errors import ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import MAX_AMOUNT, format_rupiah, parse_rupiah
from sekretariat.services.core import audit, days, journal
from sekretariat.services.core.journal import LineInput
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.parking.attendants import get_attendant
from sekretariat.services.parking.parking_util import as_date, check_date, clean_text, one, rows

SOURCE = "parking.debt"
CASH, RECEIVABLE, WRITE_OFF = "1-100", "1-210", "5-800"
MAX_REASON = 300

#: Outstanding debt per attendant: {attendant} is a column or a parameter.
DEBT_SQL = (
    "SELECT coalesce(sum(CASE WHEN m.kind = 'shortfall' THEN"
    " (CASE WHEN r.void_entry_id IS NULL THEN m.amount ELSE 0 END) ELSE -m.amount END), 0)"
    " FROM attendant_debt_movement m LEFT JOIN shift_report r ON r.id = m.shift_report_id"
    " WHERE m.attendant_id = {attendant}")


@dataclass(frozen=True)
class DebtRow:
    attendant_id: int
    name: str
    debt: int


@dataclass(frozen=True)
class DebtMovement:
    id: int
    day: dt.date
    kind: str                 # 'shortfall' | 'payment' | 'write_off'
    amount: int
    report_number: str | None
    voided: bool              # the report of a shortfall was voided
    reason: str
    journal_entry_id: int


def attendant_debt(attendant_id: int) -> int:
    """What the attendant owes now (for services that checked their permission)."""
    return one(DEBT_SQL.format(attendant="?"), (attendant_id,))[0]


def debt_of(session: Session, attendant_id: int) -> int:
    require(session, "parking.view")
    get_attendant(session, attendant_id)
    return attendant_debt(attendant_id)


def list_debts(session: Session, *, include_zero: bool = False) -> list[DebtRow]:
    """Every attendant's outstanding debt, largest first."""
    require(session, "parking.view")
    found = [DebtRow(a_id, name, debt) for a_id, name, debt in rows(
        "SELECT a.id, a.name, (" + DEBT_SQL.format(attendant="a.id") + ") FROM attendant a"
        " ORDER BY 3 DESC, a.name")]
    return [r for r in found if include_zero or r.debt]


def movements(session: Session, attendant_id: int) -> list[DebtMovement]:
    """The attendant's account: shortfalls, payments and write-offs by date."""
    require(session, "parking.view")
    return [DebtMovement(m_id, as_date(day), kind, amount, number, bool(voided), reason, entry)
            for m_id, day, kind, amount, number, voided, reason, entry in rows(
                "SELECT m.id, m.moved_on, m.kind, m.amount, r.number,"
                " r.void_entry_id IS NOT NULL, m.reason, m.journal_entry_id"
                " FROM attendant_debt_movement m LEFT JOIN shift_report r"
                " ON r.id = m.shift_report_id WHERE m.attendant_id = ?"
                " ORDER BY m.moved_on, m.id", (attendant_id,))]


def pay_debt(session: Session, attendant_id: int, amount: Any, day: Any = None,
             memo: str = "") -> DebtMovement:
    """The attendant pays (part of) their debt in cash."""
    require(session, "parking.report")
    return _move(session, "payment", attendant_id, amount, day,
                 clean_text(memo, "memo", maximum=MAX_REASON))


def write_off(session: Session, attendant_id: int, amount: Any, reason: str,
              day: Any = None) -> DebtMovement:
    """The chair forgives (part of) a debt, with a reason."""
    require(session, "parking.write_off")
    reason = clean_text(reason, "reason", maximum=MAX_REASON)
    if not reason:
        raise ValidationError("parking.write_off_reason", field="reason")
    return _move(session, "write_off", attendant_id, amount, day, reason)


def _move(session: Session, kind: str, attendant_id: int, amount: Any, day: Any,
          reason: str) -> DebtMovement:
    person = get_attendant(session, attendant_id)
    if isinstance(amount, float):
        raise ValidationError("money.invalid", field="amount", text=str(amount))
    amount = parse_rupiah(amount, field="amount", allow_zero=False, maximum=MAX_AMOUNT)
    day = clock.today() if day is None else check_date(day, "day")
    if day > clock.today():
        raise ValidationError("parking.future_date", field="day", day=fmt_date(day))
    with writing():
        days.assert_open(day)
        owed = attendant_debt(person.id)
        if amount > owed:
            raise ValidationError("parking.more_than_debt", field="amount",
                                  amount=format_rupiah(amount), debt=format_rupiah(owed),
                                  name=person.name)
        debit = CASH if kind == "payment" else WRITE_OFF
        label = f"{person.name}: {reason}" if reason else person.name
        entry_id = journal.post_in_transaction(
            session, day, label[:200],
            [LineInput(debit, debit=amount, memo=person.name),
             LineInput(RECEIVABLE, credit=amount, memo=person.name, party_kind="attendant",
                       party_id=person.id)], source=SOURCE)
        movement_id = one(
            "INSERT INTO attendant_debt_movement (attendant_id, moved_on, kind, amount,"
            " journal_entry_id, reason, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (person.id, day.isoformat(), kind, amount, entry_id, reason, session.user_id,
             clock.now_iso()))[0]
        audit.record(session, f"parking.debt_{kind}", "attendant_debt_movement", movement_id,
                     {"debt": owed}, {"attendant_id": person.id, "amount": amount,
                                      "day": day.isoformat(), "reason": reason,
                                      "debt": owed - amount, "entry_id": entry_id})
    return next(m for m in movements(session, person.id) if m.id == movement_id)
