"""Shift reports, ticket books and attendants' debts: posting, the debt on
1-210, payments and the chair's write-off, counts from ticket serials,
off-roster overrides, closed days and bad input (the database unchanged)."""

from __future__ import annotations

import peewee
import pytest
from parkinghelp import TODAY, D, raw

from sekretariat import db
from sekretariat.errors import (Conflict, DayClosed, PermissionDenied, SekretariatError,
                                ValidationError)
from sekretariat.services.cash import close_read
from sekretariat.services.core import check, days, journal
from sekretariat.services.parking import attendants, debts, roster, setup, shift_reports, tariffs
from sekretariat.services.parking import tickets

EARLIER = D(2026, 11, 18)
TABLES = ("shift_report", "shift_report_line", "attendant_debt_movement", "ticket_book",
          "journal_entry", "journal_line", "audit_log", "sequence", "setting")


def dump() -> dict[str, list[tuple]]:
    conn = db.current_database()
    return {t: conn.execute_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def balance(code: str) -> int:
    return journal.account_balance_unchecked(code, D(2100, 1, 1))


def failed() -> dict[str, list[str]]:
    return {i.key: i.problems for i in check.integrity_report().items if not i.ok}


@pytest.fixture
def lot(chair):
    setup.create_zone(chair, "md", "Motor depan", 120)
    setup.create_zone(chair, "mb", "Mobil belakang", 40)
    andi = attendants.register_attendant(chair, "Andi", D(2026, 1, 5)).id
    budi = attendants.register_attendant(chair, "Budi", D(2026, 1, 5)).id
    tariffs.set_tariff(chair, "motor", 2000, D(2026, 11, 1))
    tariffs.set_tariff(chair, "mobil", 5000, D(2026, 11, 1))
    for day in (EARLIER, D(2026, 11, 19), D(2026, 11, 22), TODAY):
        roster.assign(chair, day, "md", "pagi", andi)
        roster.assign(chair, day, "mb", "siang", budi)
    return {"andi": andi, "budi": budi}


def report(session, attendant, *, day=TODAY, zone="md", shift="pagi", **kwargs):
    kwargs.setdefault("handed_over", 0)
    return shift_reports.record_shift_report(session, day, zone, shift, attendant, **kwargs)


def test_a_shortfall_becomes_the_attendants_debt_equal_to_1_210(chair, lot):
    first = report(chair, lot["andi"], counts={"motor": 100, "mobil": 4}, handed_over=210_000)
    assert first.number == "PKR/2026/00001"
    assert (first.expected, first.handed_over, first.difference, first.shortfall) == (
        220_000, 210_000, -10_000, 10_000)
    assert [(x.vehicle_type, x.count, x.tariff, x.amount) for x in first.lines] == [
        ("motor", 100, 2000, 200_000), ("mobil", 4, 5000, 20_000)]
    assert debts.attendant_debt(lot["andi"]) == 10_000 == balance("1-210")
    assert (balance("1-100"), -balance("4-200")) == (210_000, 220_000)
    entry = raw("SELECT source, source_ref, entry_date FROM journal_entry WHERE id = ?",
                (first.journal_entry_id,)).fetchone()
    assert entry == ("parking", "PKR/2026/00001", TODAY.isoformat())
    assert [(d.name, d.debt) for d in debts.list_debts(chair)] == [("Andi", 10_000)]
    assert failed() == {}


def test_an_excess_is_recorded_as_other_income(chair, lot):
    done = report(chair, lot["budi"], zone="mb", shift="siang", counts={"mobil": 10},
                  handed_over="Rp 52.000")
    assert (done.expected, done.excess, done.shortfall) == (50_000, 2_000, 0)
    assert (-balance("4-200"), -balance("4-900"), balance("1-100")) == (50_000, 2_000, 52_000)
    assert debts.attendant_debt(lot["budi"]) == 0 == balance("1-210")
    assert failed() == {}


def test_the_cash_close_sees_the_parking_hand_over_as_its_own_source(chair, lot):
    report(chair, lot["andi"], counts={"motor": 30}, handed_over=60_000)
    draft = close_read.prepare_close(chair, TODAY)
    parking = [s for s in draft.sources if s.source == "parking"]
    assert len(parking) == 1 and parking[0].money_in == 60_000
    assert parking[0].label == "Setoran parkir"


def test_payment_and_the_chairs_write_off_with_a_reason(sessions, lot):
    chair, treasurer = sessions["ketua"], sessions["bendahara"]
    report(chair, lot["andi"], counts={"motor": 50}, handed_over=90_000)
    paid = debts.pay_debt(treasurer, lot["andi"], "4.000", memo="cicilan")
    assert (paid.kind, paid.amount) == ("payment", 4_000)
    assert debts.attendant_debt(lot["andi"]) == 6_000 == balance("1-210")
    before = dump()
    for call, error in (
            (lambda: debts.write_off(treasurer, lot["andi"], 6_000, "sakit"), PermissionDenied),
            (lambda: debts.write_off(sessions["parkir"], lot["andi"], 6_000, "x"),
             PermissionDenied),
            (lambda: debts.write_off(chair, lot["andi"], 6_000, "   "), ValidationError),
            (lambda: debts.write_off(chair, lot["andi"], 7_000, "sakit"), ValidationError),
            (lambda: debts.pay_debt(treasurer, lot["andi"], 6_001), ValidationError),
            (lambda: debts.pay_debt(treasurer, lot["andi"], 0), ValidationError),
            (lambda: debts.pay_debt(treasurer, lot["andi"], 2.5), ValidationError),
            (lambda: debts.pay_debt(sessions["pembaca"], lot["andi"], 1), PermissionDenied)):
        with pytest.raises(error):
            call()
    assert dump() == before
    gone = debts.write_off(chair, lot["andi"], 6_000, "Sakit, disetujui rapat")
    assert (gone.kind, gone.reason) == ("write_off", "Sakit, disetujui rapat")
    assert debts.attendant_debt(lot["andi"]) == 0 == balance("1-210")
    assert balance("5-800") == 6_000
    assert [m.kind for m in debts.movements(chair, lot["andi"])] == [
        "shortfall", "payment", "write_off"]
    actions = [r[0] for r in raw("SELECT action FROM audit_log WHERE action LIKE 'parking.debt%'")]
    assert actions == ["parking.debt_payment", "parking.debt_write_off"]
    assert failed() == {}


def test_counts_from_ticket_serials_and_ranges_never_overlap(chair, lot):
    book = tickets.issue_book(chair, "a", 1000, 1099, "motor", lot["andi"], D(2026, 11, 19))
    assert (book.series, book.size, book.outstanding) == ("A", 100, 100)
    done = report(chair, lot["andi"], day=D(2026, 11, 19),
                  tickets_used={"motor": (book.id, 1000, 1039)}, handed_over=80_000)
    assert (done.lines[0].count, done.expected, done.lines[0].first_serial) == (40, 80_000, 1000)
    before = dump()
    for used, error in (((book.id, 1030, 1050), Conflict),      # overlaps 1000-1039
                        ((book.id, 1060, 1050), ValidationError),  # reversed
                        ((book.id, 1090, 1110), ValidationError),  # outside the book
                        ((book.id, -1, 5), ValidationError)):
        with pytest.raises(error):
            report(chair, lot["andi"], tickets_used={"motor": used}, handed_over=1)
    with pytest.raises(ValidationError):      # a motor book for cars
        report(chair, lot["andi"], tickets_used={"mobil": (book.id, 1040, 1041)},
               handed_over=1)
    with pytest.raises(ValidationError):      # Budi does not hold this book
        report(chair, lot["budi"], zone="mb", shift="siang",
               tickets_used={"motor": (book.id, 1040, 1041)}, handed_over=1)
    with pytest.raises(Conflict):             # a book overlapping A 1000-1099
        tickets.issue_book(chair, "A", 1050, 1150, "motor", lot["budi"])
    with pytest.raises(ValidationError):
        tickets.issue_book(chair, "B", 10, 5, "motor", lot["budi"])
    assert dump() == before
    later = report(chair, lot["andi"], tickets_used={"motor": (book.id, 1040, 1059)},
                   handed_over=40_000)
    assert later.expected == 40_000
    book = tickets.get_book(chair, book.id)
    assert (book.used, book.unused, book.outstanding) == (((1000, 1039), (1040, 1059)),
                                                         ((1060, 1099),), 40)
    assert [b.id for b in tickets.unreturned_books(chair)] == [book.id]
    back = tickets.return_book(chair, book.id)
    assert (back.returned_on, back.outstanding, back.unused_count) == (TODAY, 0, 40)
    assert tickets.unreturned_books(chair) == []
    assert failed() == {}


def test_off_roster_is_refused_without_the_override_and_audited_with_it(chair, lot):
    before = dump()
    with pytest.raises(Conflict) as refused:
        report(chair, lot["andi"], zone="mb", shift="pagi", counts={"mobil": 2},
               handed_over=10_000)
    assert refused.value.key == "parking.not_on_roster"
    assert dump() == before
    done = report(chair, lot["andi"], zone="mb", shift="pagi", counts={"mobil": 2},
                  handed_over=10_000, override_off_roster=True)
    assert done.off_roster
    audited = raw("SELECT entity_id, after FROM audit_log"
                  " WHERE action = 'parking.report_off_roster'").fetchall()
    assert len(audited) == 1 and audited[0][0] == str(done.id) and "Andi" in audited[0][1]
    assert not report(chair, lot["andi"], counts={"motor": 1}, handed_over=2000).off_roster


def test_target_prorated_by_the_minutes_worked(chair, lot):
    shift_reports.set_target(chair, "80.000")
    whole = report(chair, lot["andi"], counts={"motor": 40}, handed_over=80_000)
    half = report(chair, lot["budi"], zone="mb", shift="siang", counts={"mobil": 5},
                  handed_over=25_000, minutes_worked=240)
    assert (whole.target, half.target, half.minutes_worked) == (80_000, 40_000, 240)
    with pytest.raises(ValidationError):
        report(chair, lot["andi"], day=D(2026, 11, 22), counts={"motor": 1}, handed_over=0,
               minutes_worked=481)


def test_a_report_is_voided_by_reversal_and_its_debt_goes(chair, lot):
    done = report(chair, lot["andi"], counts={"motor": 10}, handed_over=15_000)
    assert debts.attendant_debt(lot["andi"]) == 5_000
    with pytest.raises(ValidationError):
        shift_reports.void_report(chair, done.id, " ")
    void = shift_reports.void_report(chair, done.id, "salah hitung")
    assert void.voided_on == TODAY and void.void_reason == "salah hitung"
    assert debts.attendant_debt(lot["andi"]) == 0 == balance("1-210")
    assert balance("4-200") == 0 == balance("1-100")
    with pytest.raises(Conflict):
        shift_reports.void_report(chair, done.id, "lagi")
    again = report(chair, lot["andi"], counts={"motor": 10}, handed_over=20_000)
    assert again.number == "PKR/2026/00002"
    assert failed() == {}


def test_a_paid_shortfall_keeps_its_report(chair, lot):
    done = report(chair, lot["andi"], counts={"motor": 10}, handed_over=15_000)
    debts.pay_debt(chair, lot["andi"], 1_000)
    with pytest.raises(Conflict):
        shift_reports.void_report(chair, done.id, "salah")


def test_closed_days_refuse_reports_payments_and_raw_sql(chair, lot):
    old = report(chair, lot["andi"], day=EARLIER, counts={"motor": 10}, handed_over=15_000)
    book = tickets.issue_book(chair, "K", 1, 50, "motor", lot["andi"], EARLIER)
    days.close_day(chair, D(2026, 11, 20))
    before = dump()
    for call in (lambda: report(chair, lot["budi"], day=EARLIER, zone="mb", shift="siang",
                                counts={"mobil": 1}, handed_over=5_000),
                 lambda: shift_reports.void_report(chair, old.id, "x", EARLIER),
                 lambda: debts.pay_debt(chair, lot["andi"], 1_000, EARLIER),
                 lambda: debts.write_off(chair, lot["andi"], 1_000, "alasan", EARLIER),
                 lambda: tickets.issue_book(chair, "L", 1, 5, "motor", lot["andi"], EARLIER),
                 lambda: tickets.return_book(chair, book.id, D(2026, 11, 19))):
        with pytest.raises(DayClosed):
            call()
    for sql in ("UPDATE shift_report SET handed_over = 1 WHERE id = {id}",
                "UPDATE shift_report SET voided_on = '2026-11-19', void_reason = 'x',"
                " void_entry_id = journal_entry_id WHERE id = {id}",
                "DELETE FROM shift_report WHERE id = {id}",
                "DELETE FROM shift_report_line WHERE report_id = {id}",
                "UPDATE shift_report_line SET count = 1 WHERE report_id = {id}",
                "DELETE FROM attendant_debt_movement",
                "UPDATE attendant_debt_movement SET amount = 1",
                "INSERT INTO attendant_debt_movement (attendant_id, moved_on, kind, amount,"
                " journal_entry_id, created_by, created_at)"
                " VALUES (1, '2026-11-18', 'payment', 5, 1, 1, 'x')",
                "INSERT INTO shift_report_line (report_id, vehicle_type_id, count, tariff,"
                " amount) VALUES ({id}, 3, 1, 1, 1)",
                "UPDATE ticket_book SET returned_on = '2026-11-19'",
                "DELETE FROM ticket_book"):
        with pytest.raises(peewee.DatabaseError):
            with db.transaction():
                raw(sql.format(id=old.id))
    assert dump() == before
    # a closed day's report is corrected by a reversal dated in an open day
    void = shift_reports.void_report(chair, old.id, "salah hitung")
    assert void.voided_on == TODAY and debts.attendant_debt(lot["andi"]) == 0
    assert failed() == {}


@pytest.mark.parametrize("counts, key", [
    ({"motor": -1}, "parking.count_invalid"),
    ({"motor": 2.5}, "parking.count_invalid"),
    ({"motor": "2,5"}, "parking.count_invalid"),
    ({"motor": "2.5"}, "parking.count_invalid"),
    ({"motor": "-3"}, "parking.count_invalid"),
    ({"motor": True}, "parking.count_invalid"),
    ({"motor": "sepuluh"}, "parking.count_invalid"),
    ({"truk": 3}, "parking.no_tariff"),
    ({"motor": 0}, "parking.report_empty"),
    ({"sepeda": 3}, "parking.type_not_found"),
])
def test_bad_counts_are_refused_and_change_nothing(chair, lot, counts, key):
    before = dump()
    with pytest.raises(SekretariatError) as refused:
        report(chair, lot["andi"], counts=counts, handed_over=0)
    assert refused.value.key == key
    assert dump() == before


@pytest.mark.parametrize("kwargs, error", [
    ({"handed_over": -5}, ValidationError),
    ({"handed_over": 10.5}, ValidationError),
    ({"handed_over": "banyak"}, ValidationError),
    ({"day": D(2026, 11, 24)}, ValidationError),
    ({"day": "kemarin"}, ValidationError),
    ({"day": D(2026, 11, 23), "minutes_worked": "0"}, ValidationError),
    ({"day": D(2026, 11, 23), "tickets_used": {"motor": (1, 2)}}, ValidationError),
])
def test_bad_report_input_changes_nothing(chair, lot, kwargs, error):
    kwargs.setdefault("counts", {"motor": 1})
    kwargs.setdefault("handed_over", 2000)
    before = dump()
    with pytest.raises(error):
        shift_reports.record_shift_report(chair, kwargs.pop("day", TODAY), "md", "pagi",
                                          lot["andi"], **kwargs)
    assert dump() == before


def test_one_report_per_slot_and_roles(sessions, lot):
    report(sessions["parkir"], lot["andi"], counts={"motor": 5}, handed_over=10_000)
    before = dump()
    with pytest.raises(Conflict):
        report(sessions["bendahara"], lot["andi"], counts={"motor": 5}, handed_over=10_000)
    for role in ("pembaca", "staf", "sekretaris"):
        with pytest.raises(PermissionDenied):
            report(sessions[role], lot["budi"], zone="mb", shift="siang", counts={"mobil": 1},
                   handed_over=5_000)
    assert dump() == before
