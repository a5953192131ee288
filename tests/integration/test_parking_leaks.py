"""Leak signals and the per-attendant summary (services/parking/leaks.py): in
a constructed lot exactly the under-reporting attendant is flagged, with the
exact figures behind the flag (half shifts scaled to a full shift, voided
reports left out, slots with too few reports on either side not compared);
the summary's sums equal plain SQL and the debts equal 1-210; bad input and
permissions are refused."""

from __future__ import annotations

from fractions import Fraction

import pytest
from parkinghelp import D, raw
from test_parking_trends import build_lot, put

from sekretariat.errors import PermissionDenied, ValidationError
from sekretariat.services.core import journal
from sekretariat.services.parking import debts, shift_reports
from sekretariat.services.parking.leaks import attendant_summary, leak_signals

MONDAYS = [D(2026, 9, 7) + D.resolution * 7 * n for n in range(12)]      # .. 23 Nov
TUESDAYS = [D(2026, 9, 29) + D.resolution * 7 * n for n in range(8)]     # .. 17 Nov
FIRST, LAST = D(2026, 9, 1), D(2026, 11, 23)


@pytest.fixture
def lot(chair):
    """Motor depan, Monday morning: Andi counts 50 a shift (one half shift of
    25), Budi 100 (one half shift of 50), Cici 90 on two Mondays only, short
    by 20,000 each. Mobil belakang, Tuesday afternoon: Andi and Budi 20 each.
    A voided report of Budi's with 1 motor must not count."""
    p = build_lot(chair)
    andi, budi, cici = p["Andi"], p["Budi"], p["Cici"]
    for day in MONDAYS[:4]:
        put(chair, day, "md", "pagi", andi, {"motor": 50})
    put(chair, MONDAYS[4], "md", "pagi", andi, {"motor": 25}, minutes=240)
    for day in MONDAYS[5:9]:
        put(chair, day, "md", "pagi", budi, {"motor": 100})
    put(chair, MONDAYS[9], "md", "pagi", budi, {"motor": 50}, minutes=240)
    for day in MONDAYS[10:]:
        put(chair, day, "md", "pagi", cici, {"motor": 90}, handed_over=250_000)
    wrong = shift_reports.record_shift_report(chair, MONDAYS[10], "md", "pagi", budi,
                                              counts={"motor": 1}, handed_over=3_000,
                                              override_off_roster=True)
    shift_reports.void_report(chair, wrong.id, "dobel")
    for day in TUESDAYS[:4]:
        put(chair, day, "mb", "siang", andi, {"mobil": 20})
    for day in TUESDAYS[4:]:
        put(chair, day, "mb", "siang", budi, {"mobil": 20})
    return p


def test_exactly_the_under_reporting_attendant_is_flagged(chair, lot):
    report = leak_signals(chair, FIRST, LAST)
    assert (report.first, report.last, report.threshold) == (FIRST, LAST, Fraction(4, 5))
    assert [(r.name, r.flagged) for r in report.rows] == [
        ("Andi", True), ("Cici", False), ("Budi", False)]
    andi, cici, budi = report.rows
    # Monday morning: Andi 5 reports, 250 vehicles scaled (25 in half a shift -> 50);
    # the others 5 of Budi's (500 scaled) + 2 of Cici's (180) = 680 in 7
    low, even = andi.slots
    assert (low.zone, low.zone_name, low.weekday, low.shift, low.shift_name) == (
        "md", "Motor depan", 0, "pagi", "Pagi")
    assert (low.own_reports, low.own_mean, low.others_reports, low.others_mean, low.ratio) == (
        5, Fraction(50), 7, Fraction(680, 7), Fraction(35, 68))
    assert (even.zone, even.weekday, even.shift, even.ratio) == ("mb", 1, "siang", Fraction(1))
    # weighted: (5 x 50 + 4 x 20) / (5 x 680/7 + 4 x 20)
    assert andi.ratio == Fraction(330) / (Fraction(3400, 7) + 80) == Fraction(7, 12)
    assert budi.ratio == Fraction(580) / (Fraction(2150, 7) + 80)
    assert [s.ratio for s in budi.slots] == [Fraction(1), Fraction(70, 43)]
    # Cici has two Mondays only (< 4 reports): nothing to compare, no flag
    assert (cici.ratio, cici.slots, cici.flagged) == (None, (), False)
    assert (cici.expected, cici.handed_over, cici.shortfall, cici.debt) == (
        540_000, 500_000, 40_000, 40_000)
    assert debts.attendant_debt(lot["Cici"]) == 40_000


def test_threshold_and_min_reports_move_the_flag(chair, lot):
    assert [r.name for r in leak_signals(chair, FIRST, LAST, threshold="0.5").rows
            if r.flagged] == []
    assert [r.name for r in leak_signals(chair, FIRST, LAST, threshold="59%").rows
            if r.flagged] == ["Andi"]
    # with 2 reports enough Cici is compared too: 90 against (250 + 500) / 10 = 75
    loose = {r.name: r for r in leak_signals(chair, FIRST, LAST, min_reports=2).rows}
    assert loose["Cici"].ratio == Fraction(6, 5) and not loose["Cici"].flagged
    # with 6 reports needed nobody can be compared
    assert all(r.ratio is None and not r.flagged
               for r in leak_signals(chair, FIRST, LAST, min_reports=6).rows)
    # only October: Andi's half shift and Budi's full ones, 1 report vs 3 -> too few
    assert all(not r.flagged for r in leak_signals(chair, D(2026, 10, 1), D(2026, 10, 31)).rows)


def test_the_summary_equals_plain_sql_and_debts_equal_1_210(sessions, lot):
    chair = sessions["ketua"]
    debts.pay_debt(chair, lot["Cici"], 15_000)
    found = attendant_summary(chair, FIRST, LAST)
    assert [s.name for s in found] == ["Andi", "Budi", "Cici"]
    by_sql = {r[0]: r[1:] for r in raw(
        "SELECT attendant_id, count(*), sum(expected), sum(handed_over),"
        " sum(max(expected - handed_over, 0)), sum(target) FROM shift_report"
        " WHERE void_entry_id IS NULL GROUP BY attendant_id")}
    for s in found:
        assert (s.reports, s.expected, s.handed_over, s.shortfall, s.target) == by_sql[
            s.attendant_id]
        assert s.debt == debts.attendant_debt(s.attendant_id)
    andi, budi, cici = found
    assert (andi.reports, andi.vehicles, andi.expected) == (9, 305, 850_000)
    assert (budi.reports, budi.vehicles, budi.excess) == (9, 530, 0)
    assert (cici.shortfall, cici.debt) == (40_000, 25_000)
    assert sum(s.debt for s in found) == journal.account_balance_unchecked("1-210", D(2100, 1, 1))
    # the leak list sets each attendant's target beside what they handed over
    signals = {r.attendant_id: r for r in leak_signals(chair, FIRST, LAST).rows}
    assert {i: (r.handed_over, r.target) for i, r in signals.items()} == {
        i: (v[2], v[4]) for i, v in by_sql.items()}
    # a range without reports has no rows; September alone has Andi's only
    assert attendant_summary(chair, D(2026, 1, 1), D(2026, 1, 31)) == []
    assert [s.name for s in attendant_summary(chair, FIRST, D(2026, 9, 30))] == ["Andi"]


def test_bad_input_and_permissions(sessions, lot):
    chair = sessions["ketua"]
    for kwargs, key in (({"threshold": 0}, "parking.threshold_invalid"),
                        ({"threshold": Fraction(3, 2)}, "parking.threshold_invalid"),
                        ({"threshold": 0.8}, "parking.threshold_invalid"),
                        ({"threshold": "banyak"}, "parking.threshold_invalid"),
                        ({"threshold": "1/0"}, "parking.threshold_invalid"),
                        ({"min_reports": 0}, "parking.min_reports_invalid"),
                        ({"min_reports": "4"}, "parking.min_reports_invalid")):
        with pytest.raises(ValidationError) as refused:
            leak_signals(chair, FIRST, LAST, **kwargs)
        assert refused.value.key == key
    with pytest.raises(ValidationError) as refused:
        leak_signals(chair, LAST, FIRST)
    assert refused.value.key == "parking.period_reversed"
    with pytest.raises(ValidationError) as refused:
        attendant_summary(chair, "kemarin", LAST)
    assert refused.value.key == "date.invalid" and refused.value.field == "date_from"
    for role in ("sekretaris", "gudang", "staf"):
        with pytest.raises(PermissionDenied):
            leak_signals(sessions[role], FIRST, LAST)
        with pytest.raises(PermissionDenied):
            attendant_summary(sessions[role], FIRST, LAST)
    assert leak_signals(sessions["pembaca"], FIRST, LAST).rows[0].name == "Andi"
