"""Hypothesis: whatever books are issued and whatever ranges reports try to
use (and whatever is voided), the ranges in use never overlap one another,
never leave their book, books of one series never overlap, and every count
taken from serials is last - first + 1. Checked by plain SQL on the tables,
not by the service's own reads."""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from parkinghelp import D
from test_parking_reports_check import _failed, fresh_database

from sekretariat import db
from sekretariat.errors import SekretariatError
from sekretariat.services.parking import roster, shift_reports, tariffs, tickets

DAYS = [D(2026, 11, n) for n in range(16, 24)]

books = st.lists(st.tuples(st.sampled_from(["A", "B", "C"]), st.integers(1, 300),
                           st.integers(0, 100), st.integers(0, 1)), min_size=1, max_size=4)
uses = st.lists(st.one_of(
    st.tuples(st.just("use"), st.integers(0, 3), st.integers(0, 7), st.integers(-3, 120),
              st.integers(-2, 40)),
    st.tuples(st.just("void"), st.integers(0, 10))), min_size=1, max_size=10)


def _sql(query: str, params=()) -> list[tuple]:
    return db.current_database().execute_sql(query, params).fetchall()


@given(books, uses)
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_used_ticket_ranges_never_overlap(chair, issued, todo):
    """(``chair`` brings the fixed clock and fast hasher; each example opens
    its own database.)"""
    with fresh_database() as (session, people):
        tariffs.set_tariff(session, "motor", 2_000, D(2026, 11, 1))
        for day in DAYS:
            roster.assign(session, day, "md", "pagi", people[0])
            roster.assign(session, day, "md", "siang", people[1])
        held = []
        for series, first, size, who in issued:
            try:
                held.append(tickets.issue_book(session, series, first, first + size, "motor",
                                               people[who], D(2026, 11, 15)))
            except SekretariatError as refused:
                event(f"book refused: {refused.key}")
        made = []
        for action in todo:
            try:
                if action[0] == "use" and held:
                    _, which, day_index, offset, length = action
                    book = held[which % len(held)]
                    first = book.first_serial + offset      # may fall outside the book
                    who = people.index(book.attendant_id)
                    done = shift_reports.record_shift_report(
                        session, DAYS[day_index], "md", ("pagi", "siang")[who],
                        book.attendant_id, tickets_used={"motor": (book.id, first,
                                                                   first + length)},
                        handed_over=0)
                    made.append(done)
                    line = done.lines[0]
                    assert line.count == line.last_serial - line.first_serial + 1
                    assert done.expected == line.count * 2_000
                elif action[0] == "void" and made:
                    shift_reports.void_report(session, made[action[1] % len(made)].id, "uji")
            except SekretariatError as refused:
                event(f"refused: {refused.key}")
        event(f"reports: {min(len(made), 3)}+")
        assert _sql("SELECT count(*) FROM ticket_book a JOIN ticket_book b ON b.series ="
                    " a.series AND b.id > a.id AND b.first_serial <= a.last_serial"
                    " AND b.last_serial >= a.first_serial") == [(0,)]
        live = ("SELECT l.ticket_book_id AS book, l.first_serial AS f, l.last_serial AS t,"
                " l.report_id AS r FROM shift_report_line l JOIN shift_report s"
                " ON s.id = l.report_id WHERE s.void_entry_id IS NULL"
                " AND l.ticket_book_id IS NOT NULL")
        assert _sql(f"SELECT count(*) FROM ({live}) a JOIN ({live}) b ON b.book = a.book"
                    " AND b.r > a.r AND b.f <= a.t AND b.t >= a.f") == [(0,)]
        assert _sql(f"SELECT count(*) FROM ({live}) u JOIN ticket_book k ON k.id = u.book"
                    " WHERE u.f < k.first_serial OR u.t > k.last_serial OR u.f > u.t") == [(0,)]
        assert _failed() == {}
