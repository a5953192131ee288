"""Billing periods, proration and late-fee months: pure integer rules."""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sekretariat.services.leasing import periods
from sekretariat.services.leasing.periods import (
    add_months,
    apply_bp,
    billing_part,
    calendar_period,
    due_date,
    lease_parts,
    months_overdue,
    prorate,
    round_half_up,
)

D = dt.date
dates = st.dates(min_value=D(2000, 1, 1), max_value=D(2060, 12, 31))
rates = st.integers(min_value=1, max_value=50_000_000)
frequencies = st.sampled_from(tuple(periods.FREQUENCIES))


# --- rounding ---------------------------------------------------------------

@pytest.mark.parametrize("numerator, denominator, expected", [
    (5, 2, 3), (3, 2, 2), (7, 4, 2), (5, 4, 1), (0, 7, 0), (10, 5, 2), (-5, 2, -3), (-7, 4, -2),
])
def test_round_half_up_examples(numerator, denominator, expected):
    assert round_half_up(numerator, denominator) == expected


@given(st.integers(-10**15, 10**15), st.integers(1, 10**6))
def test_round_half_up_agrees_with_decimal(numerator, denominator):
    exact = (Decimal(numerator) / Decimal(denominator)).quantize(Decimal(1), ROUND_HALF_UP)
    assert round_half_up(numerator, denominator) == int(exact)


def test_round_half_up_refuses_floats_and_bad_denominators():
    with pytest.raises(TypeError):
        round_half_up(1.5, 2)
    with pytest.raises(ValueError):
        round_half_up(1, 0)


def test_basis_points():
    assert apply_bp(300_000, 200) == 6_000  # 2%
    assert apply_bp(1_250_025, 200) == 25_001  # 25.000,5 rounds up
    assert apply_bp(1_250_024, 200) == 25_000  # 25.000,48 rounds down
    assert apply_bp(99, 150) == 1  # 1,485 -> 1
    assert apply_bp(100, 0) == 0


# --- calendar ---------------------------------------------------------------

def test_add_months_clamps_to_the_month_end_from_the_original_day():
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2028, 1, 31), 1) == D(2028, 2, 29)
    assert add_months(D(2026, 1, 31), 2) == D(2026, 3, 31)
    assert add_months(D(2026, 11, 15), 3) == D(2027, 2, 15)
    assert add_months(D(2026, 3, 10), -3) == D(2025, 12, 10)


@pytest.mark.parametrize("frequency, day, start, end", [
    ("monthly", D(2026, 2, 14), D(2026, 2, 1), D(2026, 2, 28)),
    ("quarterly", D(2026, 5, 31), D(2026, 4, 1), D(2026, 6, 30)),
    ("quarterly", D(2026, 12, 1), D(2026, 10, 1), D(2026, 12, 31)),
    ("yearly", D(2028, 7, 4), D(2028, 1, 1), D(2028, 12, 31)),
])
def test_calendar_periods(frequency, day, start, end):
    period = calendar_period(frequency, day)
    assert (period.start, period.end) == (start, end)


@given(frequencies, dates)
def test_calendar_period_contains_the_day_and_has_a_plausible_length(frequency, day):
    period = calendar_period(frequency, day)
    assert period.start <= day <= period.end
    assert period.start.day == 1
    assert (period.end + dt.timedelta(days=1)).day == 1
    low, high = {"monthly": (28, 31), "quarterly": (90, 92), "yearly": (365, 366)}[frequency]
    assert low <= period.days <= high
    assert calendar_period(frequency, period.end) == period


def test_unknown_frequency_is_refused():
    with pytest.raises(ValueError):
        calendar_period("weekly", D(2026, 1, 1))


# --- proration --------------------------------------------------------------

def test_proration_examples():
    # 16 of 30 days of 300.000 = 160.000 exactly
    assert prorate(300_000, 16, 30) == 160_000
    # 10 of 31 days of 250.000 = 80.645,16 -> 80.645
    assert prorate(250_000, 10, 31) == 80_645
    # 1 of 28 days of 350.000 = 12.500 exactly
    assert prorate(350_000, 1, 28) == 12_500
    # 15 of 31 days of 100.001 = 48.387,58 -> 48.388
    assert prorate(100_001, 15, 31) == 48_388
    assert prorate(123_457, 31, 31) == 123_457
    with pytest.raises(ValueError):
        prorate(1000, 32, 31)


@given(rates, st.integers(1, 366), st.data())
def test_proration_is_bounded_monotonic_and_within_half_a_rupiah(full, period_days, data):
    days = data.draw(st.integers(0, period_days))
    amount = prorate(full, days, period_days)
    assert 0 <= amount <= full
    assert abs(Fraction(amount) - Fraction(full * days, period_days)) <= Fraction(1, 2)
    if days < period_days:
        assert amount <= prorate(full, days + 1, period_days)
    if days == period_days:
        assert amount == full


@given(frequencies, rates, dates, st.data())
def test_splitting_a_period_between_two_leases_loses_at_most_one_rupiah(frequency, rate, day,
                                                                      data):
    """Old lease ends on day x, the next starts on x+1 (renewal or transfer):
    the two prorated parts add up to the full period within one rupiah."""
    period = calendar_period(frequency, day)
    split = data.draw(st.dates(period.start, period.end - dt.timedelta(days=1))) \
        if period.days > 1 else period.start
    first = periods.part_in(frequency, rate, D(1999, 1, 1), split, period)
    second = periods.part_in(frequency, rate, split + dt.timedelta(days=1), D(2099, 1, 1), period)
    full = periods.period_amount(rate, frequency)
    assert first.billed_days + second.billed_days == period.days
    assert abs(first.amount + second.amount - full) <= 1


@given(frequencies, rates, dates, st.integers(0, 4 * 366))
@settings(max_examples=200, deadline=None)
def test_lease_parts_cover_the_lease_exactly(frequency, rate, start, length):
    end = start + dt.timedelta(days=length)
    parts = lease_parts(frequency, rate, start, end)
    assert parts[0].start == start and parts[-1].end == end
    for before, after in zip(parts, parts[1:]):
        assert after.start == before.end + dt.timedelta(days=1)
    assert sum(p.billed_days for p in parts) == length + 1
    full = periods.period_amount(rate, frequency)
    exact = sum(Fraction(full * p.billed_days, p.period_days) for p in parts)
    prorated = [p for p in parts if p.prorated]
    assert len(prorated) <= 2  # only the first and the last
    assert all(p.amount == full for p in parts if not p.prorated)
    assert abs(sum(p.amount for p in parts) - exact) <= Fraction(len(prorated), 2)


@given(frequencies, rates, dates, st.integers(0, 3 * 366))
@settings(max_examples=100, deadline=None)
def test_monthly_runs_bill_each_part_once_in_the_month_it_starts(frequency, rate, start, length):
    end = start + dt.timedelta(days=length)
    expected = lease_parts(frequency, rate, start, end)
    billed = []
    month = start.replace(day=1)
    while month <= end:
        part = billing_part(frequency, rate, start, end, month.year, month.month)
        if part is not None:
            assert (part.start.year, part.start.month) == (month.year, month.month)
            billed.append(part)
        month = add_months(month, 1)
    assert billed == expected


def test_a_quarterly_lease_starting_mid_march():
    rate = 200_000
    march = billing_part("quarterly", rate, D(2026, 3, 15), D(2027, 3, 14), 2026, 3)
    assert (march.start, march.end, march.billed_days, march.period_days) == (
        D(2026, 3, 15), D(2026, 3, 31), 17, 90)
    assert march.amount == round_half_up(600_000 * 17, 90) == 113_333
    assert billing_part("quarterly", rate, D(2026, 3, 15), D(2027, 3, 14), 2026, 4).amount \
        == 600_000
    assert billing_part("quarterly", rate, D(2026, 3, 15), D(2027, 3, 14), 2026, 5) is None


# --- due dates and late months ----------------------------------------------

def test_due_date_is_never_before_the_part_or_the_invoice():
    assert due_date(D(2026, 12, 1), 10, D(2026, 12, 1)) == D(2026, 12, 10)
    assert due_date(D(2026, 12, 15), 10, D(2026, 12, 1)) == D(2026, 12, 15)
    assert due_date(D(2026, 11, 1), 10, D(2026, 11, 23)) == D(2026, 11, 23)


@pytest.mark.parametrize("due, as_of, months", [
    (D(2026, 1, 10), D(2026, 1, 10), 0),
    (D(2026, 1, 10), D(2026, 2, 9), 0),
    (D(2026, 1, 10), D(2026, 2, 10), 1),
    (D(2026, 1, 31), D(2026, 2, 28), 1),
    (D(2026, 1, 31), D(2026, 3, 30), 1),
    (D(2026, 1, 31), D(2026, 3, 31), 2),
    (D(2025, 11, 10), D(2026, 11, 23), 12),
])
def test_whole_months_overdue(due, as_of, months):
    assert months_overdue(due, as_of) == months


@given(dates, st.integers(0, 4000))
def test_months_overdue_is_the_last_anniversary_reached(due, gap):
    as_of = due + dt.timedelta(days=gap)
    m = months_overdue(due, as_of)
    assert m >= 0
    if m:
        assert add_months(due, m) <= as_of
    assert add_months(due, m + 1) > as_of
