"""The annual (and monthly) report's data (issue 12, items 3 and 5): every
figure gathered through the services the screens use, on books posted
through the services, equals an independent plain-SQL recomputation; the
comparative period; sections with nothing in the period; the monthly kind;
who may make it; and that gathering writes nothing."""

from __future__ import annotations

import datetime as dt
import statistics
from fractions import Fraction

import pytest
from reportdatahelp import (D, account_amount, build, csi_sql, in_force, leased_stalls, one,
                            overdue_by_trader, sql, stock_value_sql)
from test_warehouse_core import wh  # noqa: F401  (fixture)
from test_warehouse_rounds import traders  # noqa: F401  (fixture)

from sekretariat.errors import PermissionDenied, ValidationError
from sekretariat.services.cash import vouchers
from sekretariat.services.parking.debts_on import debts_on
from sekretariat.services.reports import period as periods
from sekretariat.services.reports.fingerprint import positions
from sekretariat.services.reports.report_data import gather

TODAY = D(2026, 11, 23)
YEAR_END_2025 = D(2025, 12, 31)


@pytest.fixture
def books(traders):  # noqa: F811
    return build(traders)


@pytest.fixture
def annual(books):
    return gather(books["chair"], periods.year_period(2026), "annual")


def _tenancies() -> dict[int, tuple[str, str]]:
    """Per trader: (first start, last effective end), in Python from the rows."""
    found: dict[int, list[str]] = {}
    for trader, start, end, ended, status in sql(
            "SELECT trader_id, start_date, end_date, ended_on, status FROM lease"):
        if status == "cancelled":
            continue
        last = ended or end
        span = found.setdefault(trader, [start, last])
        span[0], span[1] = min(span[0], start), max(span[1], last)
    return {k: (v[0], v[1]) for k, v in found.items()}


def _indicator(data, key):
    return next(i for i in data.indicators if i.key == key)


def test_leasing_figures_equal_plain_sql(annual):
    leasing = annual.leasing
    assert leasing.has_data
    assert leasing.traders_active == len(in_force(TODAY)) == 2
    spans = _tenancies()
    joined = sum(1 for first, _ in spans.values() if "2026-01-01" <= first <= TODAY.isoformat())
    left = sum(1 for _, last in spans.values()
               if "2026-01-01" <= (D.fromisoformat(last) + dt.timedelta(days=1)).isoformat()
               <= TODAY.isoformat())
    assert (leasing.traders_joined, leasing.traders_left) == (joined, left) == (2, 2)
    assert len(in_force(YEAR_END_2025)) + joined - left == leasing.traders_active
    stalls = one("SELECT count(*) FROM stall")
    assert [m for m, _, _ in leasing.occupancy_by_month] == [
        D(2026, m + 1, 1) - dt.timedelta(days=1) for m in range(1, 11)] + [TODAY]
    for day, occupied, total in leasing.occupancy_by_month:
        assert (occupied, total) == (leased_stalls(day), stalls), day
    assert leasing.occupancy_by_block == (("A", leased_stalls(TODAY), stalls),)
    overdue = overdue_by_trader(TODAY)
    assert leasing.arrears_total == sum(overdue.values()) > 0
    assert sum(amount for _, _, amount in leasing.arrears_ageing) == leasing.arrears_total
    assert [label for label, _, _ in leasing.arrears_ageing] == [
        "1–30 hari", "31–60 hari", "61–90 hari", "> 90 hari"]
    assert max(n for _, n, _ in leasing.arrears_ageing) <= len(overdue)
    names = dict(sql("SELECT name_id, code FROM account WHERE type = 'income'"))
    assert [m.month for m in leasing.income_by_month] == [D(2026, m, 1) for m in range(1, 12)]
    for month in leasing.income_by_month:
        last = min(D(2026, month.month.month + 1, 1) - dt.timedelta(days=1), TODAY)
        for name, amount in month.values:
            assert amount == account_amount(names[name], month.month, last), (month, name)
    used = {names[name] for name, _ in leasing.income_by_month[0].values}
    assert used == {r[0] for r in sql(
        "SELECT DISTINCT a.code FROM journal_line l JOIN account a ON a.id = l.account_id"
        " WHERE a.type = 'income' AND l.entry_date BETWEEN '2026-01-01' AND '2026-12-31'")}


def test_parking_and_survey_figures_equal_plain_sql(annual):
    parking = annual.parking
    live = ("FROM shift_report WHERE void_entry_id IS NULL"
            " AND report_date BETWEEN '2026-01-01' AND ?")
    assert parking.expected == one(f"SELECT sum(expected) {live}", TODAY.isoformat()) > 0
    assert parking.handed_over == one(f"SELECT sum(handed_over) {live}", TODAY.isoformat())
    assert parking.handed_over < parking.expected
    for month in parking.income_by_month:
        first = month.month.isoformat()[:7]
        expected, handed = sql("SELECT coalesce(sum(expected), 0), coalesce(sum(handed_over), 0)"
                               " FROM shift_report WHERE void_entry_id IS NULL"
                               " AND substr(report_date, 1, 7) = ?", first)[0]
        assert month.values == (("Seharusnya", expected), ("Disetor", handed)), first
    owed = sql("SELECT a.name, sum(CASE WHEN m.kind <> 'shortfall' THEN -m.amount"
               " WHEN r.voided_on IS NULL THEN m.amount ELSE 0 END) AS owed"
               " FROM attendant_debt_movement m JOIN attendant a ON a.id = m.attendant_id"
               " LEFT JOIN shift_report r ON r.id = m.shift_report_id"
               " GROUP BY a.id HAVING owed <> 0")
    assert parking.debts == tuple(owed) == (("Budi", 6_000),)
    assert abs(parking.satisfaction_index - csi_sql(2026, "parkir")) <= Fraction(1, 2000)
    assert [s for s, _ in parking.satisfaction] == ["Kendaraan aman", "Tarif wajar"]
    # Kendaraan aman: answers 4 and 2 -> mean 3 -> 60 %; Tarif wajar: 5 and 3 -> 80 %
    assert [v for _, v in parking.satisfaction] == [Fraction(3, 5), Fraction(4, 5)]
    surveys = annual.surveys
    assert surveys.has_data
    assert abs(surveys.buyers_index - csi_sql(2026, "pembeli")) <= Fraction(1, 2000)
    assert surveys.parking_index == parking.satisfaction_index

    def median(year, code):
        return statistics.median(r[0] for r in sql(
            "SELECT a.value FROM survey_answer a JOIN survey_question q ON q.id = a.question_id"
            " JOIN survey s ON s.id = q.survey_id WHERE s.year = ? AND s.audience = 'pedagang'"
            " AND q.code = ? AND a.value IS NOT NULL", year, code))

    for found, code in ((surveys.turnover_change, "omzet"), (surveys.income_change,
                                                              "pendapatan")):
        now, before = median(2026, code), median(2025, code)
        assert found == Fraction(now - before) / Fraction(before), code
    assert surveys.turnover_change == Fraction(3, 11)      # 14 jt against 11 jt


def test_warehouse_and_bulk_figures_equal_plain_sql(annual, books):
    stock = annual.warehouse
    assert stock.stock_value_end == stock_value_sql(TODAY) > 0
    assert stock.stock_value_start == stock_value_sql(YEAR_END_2025) == 0
    assert stock.issued_at_cost == -one(
        "SELECT sum(value) FROM stock_movement WHERE kind = 'issue'"
        " AND moved_on BETWEEN '2026-01-01' AND '2026-12-31'")
    assert stock.turnover == Fraction(2 * stock.issued_at_cost,
                                      stock.stock_value_start + stock.stock_value_end)
    assert stock.write_offs == tuple(sql(
        "SELECT i.name, -m.value, m.reason FROM stock_movement m JOIN item i ON i.id = m.item_id"
        " WHERE m.kind = 'write_off'"))
    assert stock.write_off_total == sum(v for _, v, _ in stock.write_offs) > 0
    assert stock.count_shortage_total == one(
        "SELECT sum(value) FROM stock_movement WHERE kind = 'adjustment'") < 0
    # the journal agrees: write-offs and count shortages are 5-850
    assert stock.write_off_total - stock.count_shortage_total == account_amount(
        "5-850", D(2026, 1, 1), TODAY)
    assert stock.stock_value_end == account_amount("1-300", D(1, 1, 1), TODAY)
    assert set(stock.low_at_end) == {r[0] for r in sql(
        "SELECT i.name FROM item i WHERE i.active = 1 AND i.reorder_level >= coalesce(("
        " SELECT m.qty_after FROM stock_movement m WHERE m.item_id = i.id"
        " ORDER BY m.moved_on DESC, m.seq DESC LIMIT 1), 0)")}
    bulk = annual.bulk
    assert bulk.rounds_posted == one("SELECT count(*) FROM purchase_round WHERE posted_on"
                                     " BETWEEN '2026-01-01' AND '2026-12-31'") == 1
    assert bulk.charges_total == one("SELECT sum(charge) FROM round_allocation") > 0
    assert bulk.charges_total == one("SELECT sum(i.amount) FROM invoice i JOIN round_allocation a"
                                     " ON a.invoice_id = i.id")
    assert bulk.traders_served == one("SELECT count(DISTINCT q.trader_id) FROM round_request q"
                                      " JOIN round_allocation a ON a.request_id = q.id"
                                      " WHERE a.charge > 0")
    assert bulk.rounds[0][:3] == ("PB/2026/00001", "Beras November", bulk.traders_served)


def test_indicators_with_last_year_beside_them(annual):
    first, last = D(2026, 1, 1), D(2026, 12, 31)
    before_first, before_last = D(2025, 1, 1), YEAR_END_2025
    incomes = [i for i in annual.indicators if i.key.startswith("income:")]
    assert {i.key[7:] for i in incomes} == {r[0] for r in sql(
        "SELECT DISTINCT a.code FROM journal_line l JOIN account a ON a.id = l.account_id"
        " WHERE a.type = 'income'")}
    for found in incomes:
        code = found.key[7:]
        assert found.value == account_amount(code, first, last)
        assert found.previous == account_amount(code, before_first, before_last)
    assert _indicator(annual, "income_total").value == sum(i.value for i in incomes)
    assert _indicator(annual, "income_total").previous == 400_000
    stalls = one("SELECT count(*) FROM stall")
    active = _indicator(annual, "active_traders")
    assert (active.value, active.previous) == (len(in_force(TODAY)), len(in_force(YEAR_END_2025)))
    occupancy = _indicator(annual, "occupancy")
    assert occupancy.value == Fraction(leased_stalls(TODAY), stalls)
    assert occupancy.previous == Fraction(leased_stalls(YEAR_END_2025), stalls)
    remitted = _indicator(annual, "remitted")
    assert (remitted.value, remitted.previous) == (account_amount("5-700", first, last), 0)
    surplus = _indicator(annual, "surplus")
    assert surplus.value == annual.statements.income.surplus
    assert surplus.previous == annual.statements.income.previous_surplus
    buyers = _indicator(annual, "csi_buyers")
    assert abs(buyers.previous - csi_sql(2025, "pembeli")) <= Fraction(1, 2000)
    assert _indicator(annual, "csi_parking").previous is None       # no parking survey in 2025
    assert _indicator(annual, "arrears").value == annual.leasing.arrears_total
    assert _indicator(annual, "parking_income").value == annual.parking.expected
    assert _indicator(annual, "stock_value").value == annual.warehouse.stock_value_end
    assert [i.unit for i in annual.indicators if i.key in ("occupancy", "turnover_change",
                                                            "bulk_rounds", "surplus")] == [
        "share", "rupiah", "change", "count"]


def test_cover_signature_and_one_snapshot(annual):
    cover = annual.cover
    assert (cover.market_name, cover.manager, cover.asset_owner) == (
        "Pasar Sekojo", "Sekretariat Pasar Sekojo", "Kodam II/Sriwijaya")
    assert cover.provisional and cover.period == periods.year_period(2026)
    assert cover.made_by == "Ketua Pasar"
    signature = annual.signature
    assert (signature.audit_position, signature.journal_position) == positions()
    assert signature.journal_position == one("SELECT max(id) FROM journal_entry")
    assert signature.place_and_date == "Palembang, 23 November 2026"
    assert len(signature.fingerprint) == 19 and signature.fingerprint.count("-") == 3


def test_gathering_writes_nothing(books):
    tables = ("audit_log", "journal_entry", "journal_line", "stock_movement")
    before = [one(f"SELECT count(*) FROM {t}") for t in tables]
    gather(books["chair"], periods.year_period(2026), "annual")
    assert [one(f"SELECT count(*) FROM {t}") for t in tables] == before


def test_debts_as_they_stood_on_a_past_day(books):
    budi = books["people"]["Budi"]
    assert [(r.attendant_id, r.debt) for r in debts_on(books["chair"], D(2026, 10, 6))] == []
    assert [(r.attendant_id, r.debt) for r in debts_on(books["chair"], D(2026, 10, 31))] == [
        (budi, 10_000)]
    assert [(r.attendant_id, r.debt) for r in debts_on(books["chair"], D(2026, 11, 22))] == [
        (books["people"]["Andi"], 10_000), (budi, 6_000)]         # before Andi's report was void
    assert [(r.attendant_id, r.debt) for r in debts_on(books["chair"], TODAY)] == [(budi, 6_000)]


def test_the_monthly_report(books):
    data = gather(books["chair"], periods.month_period(2026, 11), "monthly")
    assert data.kind == "monthly"
    assert data.leasing.occupancy_by_month == ((TODAY, leased_stalls(TODAY), 4),)
    assert [m.month for m in data.leasing.income_by_month] == [D(2026, 11, 1)]
    assert data.parking.expected == one(
        "SELECT sum(expected) FROM shift_report WHERE void_entry_id IS NULL"
        " AND report_date BETWEEN '2026-11-01' AND '2026-11-30'")
    assert (data.leasing.traders_joined, data.leasing.traders_left) == (0, 0)
    assert data.warehouse.stock_value_start == stock_value_sql(D(2026, 10, 31))
    assert data.warehouse.write_off_total > 0
    assert data.bulk.rounds_posted == 1
    # nothing was posted in November 2025: no comparative values
    assert all(i.previous is None for i in data.indicators)
    october = gather(books["chair"], periods.month_period(2026, 10), "monthly")
    assert not october.cover.provisional        # closed to 31 Oct
    assert october.bulk.rounds_posted == 0 and not october.bulk.has_data
    assert october.warehouse.write_offs == ()


def test_sections_with_nothing_in_the_period(chair):
    vouchers.record_income(chair, D(2026, 3, 2), "4-900", 100_000, "Donatur", "sumbangan")
    data = gather(chair, periods.year_period(2026), "annual")
    assert not any(s.has_data for s in (data.leasing, data.parking, data.surveys,
                                        data.warehouse, data.bulk))
    assert data.leasing.arrears_total == 0 and data.parking.debts == ()
    assert data.surveys.buyers_index is None and data.warehouse.turnover is None
    assert _indicator(data, "occupancy").value is None
    assert _indicator(data, "income:4-900").value == 100_000
    with pytest.raises(ValidationError) as refused:
        gather(chair, periods.month_period(2026, 4), "monthly")
    assert refused.value.key == "report.no_data"


def test_the_kind_must_fit_the_period(chair):
    vouchers.record_income(chair, D(2026, 3, 2), "4-900", 100_000, "Donatur", "sumbangan")
    for period, kind in ((periods.year_period(2026), "monthly"),
                         (periods.month_period(2026, 3), "annual"),
                         (periods.year_period(2026), "weekly")):
        with pytest.raises(ValidationError) as refused:
            gather(chair, period, kind)
        assert refused.value.key == "annual.kind_period"


def test_who_may_gather_it(sessions):
    vouchers.record_income(sessions["ketua"], D(2026, 3, 2), "4-900", 100_000, "Donatur", "x")
    year = periods.year_period(2026)
    for role in ("ketua", "bendahara", "pembaca"):
        assert gather(sessions[role], year, "annual").kind == "annual"
    for role in ("sekretaris", "parkir", "gudang", "staf"):
        with pytest.raises(PermissionDenied):
            gather(sessions[role], year, "annual")
