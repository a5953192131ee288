"""Fair allocation of a bulk purchase round: hand-computed examples
(services/warehouse/allocation.py; the definitions are in its docstring)."""

import ast
import pathlib
from fractions import Fraction as F

import pytest

from sekretariat.errors import ValidationError
from sekretariat.i18n import set_language
from sekretariat.money import MAX_AMOUNT
from sekretariat.services.warehouse import allocation
from sekretariat.services.warehouse.allocation import (Request, adjust, allocate,
                                                        allocated_cost, charges, check_manual,
                                                        largest_remainder)


def _requests(*units, keys=None, orders=None):
    keys = keys or [index + 1 for index in range(len(units))]
    orders = orders or list(range(len(units)))
    return [Request(key, 100 + key, count, order)
            for key, count, order in zip(keys, units, orders)]


def _column(result, name):
    return [getattr(share, name) for share in result.shares]


# --- allocation --------------------------------------------------------------------------

def test_short_round_by_largest_remainder():
    # quotas 50/11, 30/11, 20/11, 10/11 = 4.545, 2.727, 1.818, 0.909; floors 4+2+1+0 = 7;
    # the 3 units left go to the largest remainders 10/11, 9/11, 8/11 -> 4, 3, 2, 1 (not 5, 3, 2, 0)
    result = allocate(_requests(5, 3, 2, 1), 10, 1_000_003)
    assert _column(result, "quota") == [F(50, 11), F(30, 11), F(20, 11), F(10, 11)]
    assert _column(result, "allocated") == [4, 3, 2, 1]
    assert (result.supply, result.demand, result.allocated, result.surplus) == (10, 11, 10, 0)
    assert result.short and not result.manual
    # all 10 units allocated: the traders carry all of Rp1.000.003, 100.000,3 a unit;
    # exact 400.001,2 / 300.000,9 / 200.000,6 / 100.000,3: floors 1.000.001, the 2 rupiah left
    # go to the remainders ,9 and ,6
    assert _column(result, "charge") == [400_001, 300_001, 200_001, 100_000]
    assert (result.landed_cost, result.stock_cost) == (1_000_003, 0)


def test_supply_covering_demand_gives_every_request_and_stocks_the_surplus():
    result = allocate(_requests(5, 3, 2), 12, 1_000_000)
    assert _column(result, "allocated") == [5, 3, 2]
    assert _column(result, "quota") == [5, 3, 2]
    assert (result.allocated, result.surplus, result.short) == (10, 2, False)
    # 10 of 12 units: 8.333.333,3 -> the traders Rp833.333, the 2 units in stock Rp166.667
    assert (result.landed_cost, result.stock_cost) == (833_333, 166_667)
    # exact 416.666,67 / 250.000 / 166.666,67: floors 833.332; the one rupiah left goes to
    # the earlier of the two equal remainders
    assert _column(result, "charge") == [416_667, 250_000, 166_666]


def test_supply_exactly_demand():
    result = allocate(_requests(4, 6), 10, 70)
    assert _column(result, "allocated") == [4, 6]
    assert _column(result, "charge") == [28, 42]
    assert (result.surplus, result.stock_cost) == (0, 0)


def test_equal_remainders_go_to_the_earlier_request():
    # three requests of 1, supply 2: quotas 2/3 each, all remainders equal
    assert _column(allocate(_requests(1, 1, 1), 2, 0), "allocated") == [1, 1, 0]
    # request order, not the key, decides: the third key asked first
    result = allocate(_requests(1, 1, 1, orders=[5, 6, 1]), 2, 0)
    assert [(s.key, s.allocated) for s in result.shares] == [(3, 1), (1, 1), (2, 0)]
    # the same position in request order: the smaller key first
    result = allocate(_requests(1, 1, 1, keys=[30, 10, 20], orders=[0, 0, 0]), 1, 0)
    assert [(s.key, s.allocated) for s in result.shares] == [(10, 1), (20, 0), (30, 0)]


def test_a_larger_remainder_beats_an_earlier_request():
    # supply 3 of 2 + 4 (D 6): quotas 1 and 2 exactly -> no rounding at all
    assert _column(allocate(_requests(2, 4), 3, 0), "allocated") == [1, 2]
    # supply 4 of 1 + 5 (D 6): quotas 2/3 and 10/3: remainders 2/3 vs 1/3 -> the first
    assert _column(allocate(_requests(1, 5), 4, 0), "allocated") == [1, 3]
    # supply 4 of 5 + 1: remainders 1/3 (earlier) vs 2/3 (later) -> the later one
    assert _column(allocate(_requests(5, 1), 4, 0), "allocated") == [3, 1]


def test_more_supply_can_cost_a_trader_a_unit():
    """Hamilton's method is not monotone in the supply (the Alabama paradox),
    so no property may claim it: 3 units -> quotas 3/7, 9/7, 9/7 -> 1, 1, 1;
    4 units -> quotas 4/7, 12/7, 12/7, remainders 4/7 < 5/7 = 5/7 -> 0, 2, 2."""
    requests = _requests(1, 3, 3)
    assert _column(allocate(requests, 3, 0), "allocated") == [1, 1, 1]
    assert _column(allocate(requests, 4, 0), "allocated") == [0, 2, 2]


def test_input_order_does_not_matter():
    requests = _requests(7, 2, 9, 2, 5, orders=[3, 1, 4, 1, 5])
    expected = allocate(requests, 13, 777_777)
    assert allocate(list(reversed(requests)), 13, 777_777) == expected
    assert [s.key for s in expected.shares] == [2, 4, 1, 3, 5]


def test_nothing_arrived():
    result = allocate(_requests(3, 4), 0, 0)
    assert _column(result, "allocated") == [0, 0]
    assert _column(result, "charge") == [0, 0]
    assert _column(result, "quota") == [0, 0]
    assert (result.allocated, result.surplus, result.landed_cost, result.stock_cost) == (0, 0, 0, 0)


def test_no_requests_everything_goes_to_stock():
    result = allocate([], 5, 123_456)
    assert result.shares == ()
    assert (result.demand, result.allocated, result.surplus) == (0, 0, 5)
    assert (result.landed_cost, result.stock_cost) == (0, 123_456)


def test_share_lookup():
    result = allocate(_requests(5, 3), 4, 0)        # quotas 2,5 and 1,5: the earlier gets 3
    assert (result.share(1).allocated, result.share(2).allocated) == (3, 1)
    with pytest.raises(KeyError):
        result.share(99)


# --- the landed cost of the allocated units ---------------------------------------------

@pytest.mark.parametrize("allocated, supply, total, expected", [
    (1, 2, 1, 1),          # exact 0,5: the half rupiah goes to the traders
    (1, 2, 3, 2),          # exact 1,5 -> 2; stock keeps 1
    (2, 3, 1, 1),          # exact 0,67 -> 1
    (1, 3, 1, 0),          # exact 0,33 -> 0; stock keeps the rupiah
    (10, 12, 1_000_000, 833_333),
    (0, 5, 999, 0),
    (5, 5, 999, 999),
    (0, 0, 0, 0),
])
def test_allocated_cost_rounds_half_up_to_the_traders(allocated, supply, total, expected):
    assert allocated_cost(allocated, supply, total) == expected
    if supply:
        assert allocated_cost(allocated, supply, total) == (2 * total * allocated + supply) // (
            2 * supply)


def test_allocated_cost_refuses_more_than_arrived():
    with pytest.raises(ValueError):
        allocated_cost(6, 5, 100)


def test_charges_of_a_given_allocation():
    requests = _requests(5, 3, 2)
    assert charges(requests, {1: 5, 2: 3, 3: 2}, 12, 1_000_000) == {1: 416_667, 2: 250_000,
                                                                      3: 166_666}
    assert charges(requests, {1: 0, 2: 0, 3: 0}, 12, 1_000_000) == {1: 0, 2: 0, 3: 0}


def test_largest_remainder_helper():
    assert largest_remainder([7, 7, 7], 3, 7) == [3, 2, 2]      # 7/3 each: earliest first
    assert largest_remainder([6, 3], 3, 3) == [2, 1]
    assert largest_remainder([], 5, 0) == []
    with pytest.raises(ValueError):
        largest_remainder([1, 1], 0, 1)
    with pytest.raises(ValueError):
        largest_remainder([6, 3], 3, 4)        # nothing to round: 3 is the only total
    with pytest.raises(ValueError):
        largest_remainder([7, 7, 7], 3, 5)     # below the floors
    with pytest.raises(ValueError):
        largest_remainder([], 3, 1)


# --- bad input -----------------------------------------------------------------------------

@pytest.mark.parametrize("units", [0, -1, 1.5, 2.0, True, "3", F(3)])
def test_a_request_is_whole_units_above_zero(units):
    with pytest.raises(ValidationError) as caught:
        Request(1, 1, units, 0)
    assert caught.value.key == "allocation.units_invalid"


def test_duplicate_request_keys_are_refused():
    requests = [Request(1, 1, 2, 0), Request(2, 2, 2, 1), Request(1, 3, 2, 2)]
    with pytest.raises(ValidationError) as caught:
        allocate(requests, 3, 0)
    assert (caught.value.key, caught.value.params["request"]) == ("allocation.duplicate_request", 1)


@pytest.mark.parametrize("supply", [-1, 2.0, 1.5, None, True, "4"])
def test_supply_is_whole_units(supply):
    with pytest.raises(ValidationError) as caught:
        allocate(_requests(2), supply, 0)
    assert caught.value.key == "allocation.supply_invalid"


@pytest.mark.parametrize("cost", [-1, 10.0, None, MAX_AMOUNT + 1, "100"])
def test_landed_cost_is_whole_rupiah(cost):
    with pytest.raises(ValidationError) as caught:
        allocate(_requests(2), 2, cost)
    assert caught.value.key == "allocation.cost_invalid"


def test_a_landed_cost_needs_units():
    with pytest.raises(ValidationError) as caught:
        allocate(_requests(2), 0, 50_000)
    assert caught.value.key == "allocation.cost_without_supply"
    assert "Rp50.000" in caught.value.message


# --- manual adjustment ------------------------------------------------------------------

def test_a_coordinator_may_move_units_between_traders():
    requests = _requests(5, 3, 2, 1)               # fair: 4, 3, 2, 1 of 10
    moved = {1: 5, 2: 3, 3: 2, 4: 0}
    check_manual(requests, 10, moved)
    result = adjust(requests, 10, 1_000_003, moved)
    assert _column(result, "allocated") == [5, 3, 2, 0]
    assert _column(result, "quota") == [F(50, 11), F(30, 11), F(20, 11), F(10, 11)]
    assert _column(result, "charge") == [500_001, 300_001, 200_001, 0]
    assert sum(_column(result, "charge")) == result.landed_cost == 1_000_003
    assert result.manual


def test_keeping_units_in_stock_must_be_deliberate():
    requests = _requests(5, 3)                     # 8 asked, 10 arrived
    fewer = {1: 5, 2: 1}
    with pytest.raises(ValidationError) as caught:
        check_manual(requests, 10, fewer)
    assert caught.value.key == "allocation.sum_mismatch"
    assert caught.value.params == {"total": 6, "expected": 8}
    check_manual(requests, 10, fewer, keep_in_stock=True)
    result = adjust(requests, 10, 1_000, fewer, keep_in_stock=True)
    assert (result.allocated, result.surplus) == (6, 4)
    assert (result.landed_cost, result.stock_cost) == (600, 400)
    assert _column(result, "charge") == [500, 100]


@pytest.mark.parametrize("allocated, key, params", [
    ({1: 4, 2: 4}, "allocation.over_request", {"request": 2, "allocated": 4, "requested": 3}),
    ({1: 6, 2: 0}, "allocation.over_request", {"request": 1, "allocated": 6, "requested": 5}),
    ({1: -1, 2: 3}, "allocation.negative", {"request": 1, "allocated": -1}),
    ({1: 2.0, 2: 3}, "allocation.not_whole", {"request": 1, "text": "2.0"}),
    ({1: F(5, 2), 2: 3}, "allocation.not_whole", {"request": 1, "text": "5/2"}),
    ({1: True, 2: 3}, "allocation.not_whole", {"request": 1, "text": "True"}),
    ({1: 5}, "allocation.missing_request", {"request": 2}),
    ({1: 3, 2: 3, 9: 0}, "allocation.unknown_request", {"request": 9}),
    ({1: 5, 2: 3}, "allocation.over_supply", {"total": 8, "supply": 6}),
    ({1: 3, 2: 2}, "allocation.sum_mismatch", {"total": 5, "expected": 6}),
])
def test_manual_allocation_invariants(allocated, key, params):
    requests = _requests(5, 3)                     # 8 asked, 6 arrived
    with pytest.raises(ValidationError) as caught:
        check_manual(requests, 6, allocated)
    assert caught.value.key == key
    assert params.items() <= caught.value.params.items()
    if key != "allocation.sum_mismatch":           # keeping units in stock excuses only that
        with pytest.raises(ValidationError):
            adjust(requests, 6, 600, allocated, keep_in_stock=True)


def test_the_engine_passes_its_own_check():
    requests = _requests(5, 3, 2, 1)
    fair = allocate(requests, 10, 1_000_003)
    units = {share.key: share.allocated for share in fair.shares}
    check_manual(requests, 10, units)
    assert adjust(requests, 10, 1_000_003, units).shares == fair.shares


# --- messages and exactness ---------------------------------------------------------------

@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_refusal_reads_in_both_languages(lang):
    set_language(lang)
    refusals = []
    for attempt in (lambda: Request(1, 1, 0, 0), lambda: allocate(_requests(2, 2), -1, 0),
                    lambda: allocate(_requests(2), 2, -5),
                    lambda: allocate(_requests(2), 0, 5),
                    lambda: allocate([Request(1, 1, 1), Request(1, 2, 1)], 1, 0),
                    lambda: check_manual(_requests(5, 3), 6, {1: 6, 2: 0}),
                    lambda: check_manual(_requests(5, 3), 6, {1: -1, 2: 3}),
                    lambda: check_manual(_requests(5, 3), 6, {1: 1.5, 2: 3}),
                    lambda: check_manual(_requests(5, 3), 6, {1: 5}),
                    lambda: check_manual(_requests(5, 3), 6, {1: 3, 2: 3, 7: 0}),
                    lambda: check_manual(_requests(5, 3), 6, {1: 5, 2: 3}),
                    lambda: check_manual(_requests(5, 3), 6, {1: 1, 2: 1})):
        with pytest.raises(ValidationError) as caught:
            attempt()
        refusals.append(caught.value)
    assert len({error.key for error in refusals}) == 12
    for error in refusals:
        text = error.message
        assert text != error.key and "{" not in text, (error.key, text)


def test_the_engine_never_uses_floats():
    tree = ast.parse(pathlib.Path(allocation.__file__).read_text("utf-8"))
    floats = [node.lineno for node in ast.walk(tree)
              if (isinstance(node, ast.Constant) and isinstance(node.value, float))
              or (isinstance(node, ast.Name) and node.id == "float")
              or (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div))]
    assert not floats, floats
