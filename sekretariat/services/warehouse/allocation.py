"""Fair allocation of a bulk purchase round (pembelian bersama) and its charges
at landed cost — pure functions over ints and Fractions (no database, never a
float). The bulk-round services feed it the round's requests, what arrived and
the landed cost, and store what it returns.

Definitions
-----------
A round has requests ``r_1 … r_n`` (whole purchase units — sacks, cartons — each
above 0, keys unique) taken in *request order*: ascending ``order``, then
ascending ``key``. ``D = Σ r_i`` is the demand, ``S`` the supply (whole units
that arrived) and ``L`` the landed cost total (whole rupiah: the bulk price of
the ``S`` units plus transport, loading …). Every rounding below is the same
rule, :func:`largest_remainder`: each part gets the floor of its exact value,
and the units (or rupiah) still missing go one each to the parts with the
largest remainders, earlier in request order first when remainders are equal.

1. *Quota* (exact, a Fraction): ``q_i = r_i`` when ``S >= D``, else
   ``q_i = S · r_i / D`` (then ``q_i < r_i``).
2. *Allocation* ``a_i``. Supply covers demand (``S >= D``): ``a_i = r_i``.
   Short (``S < D``): largest remainder of the quotas to the total ``S``
   (Hamilton's method), so ``a_i`` is ``floor(q_i)`` or ``floor(q_i) + 1``,
   ``|a_i − q_i| < 1`` and ``a_i <= r_i`` (``q_i < r_i`` makes
   ``floor(q_i) + 1 <= r_i``). Either way ``A = Σ a_i = min(S, D)``.
   Example: ``S = 10``, requests 5, 3, 2, 1 (``D = 11``): quotas 50/11, 30/11,
   20/11, 10/11 (4.545, 2.727, 1.818, 0.909), floors 4, 2, 1, 0 (7); the 3 units
   left go to the remainders 10/11, 9/11, 8/11: allocation 4, 3, 2, 1.
3. *Surplus*: ``S − A`` units go to stock (``S − D`` when supply covers demand;
   0 when short, unless the coordinator keeps units back, see 6).
4. *Landed cost of the allocated units* ``C``: ``L`` split between the traders
   (weight ``A``) and the stock (weight ``S − A``) by the same rule, the stock
   last; that is ``C = L · A / S`` rounded to the nearest rupiah, a half rupiah
   up (to the traders): ``C = floor((2·L·A + S) / (2·S))``. The stock keeps
   ``L − C`` as the value of its ``S − A`` units, so ``C + stock = L`` exactly.
   Nothing arrived (``S = 0``) allows no landed cost (``L`` must be 0).
5. *Charges* ``c_i``: the exact charge is ``x_i = a_i · L / S`` (the units at
   the unit landed cost ``L / S``); ``C`` is split by largest remainder of the
   ``x_i``, so ``Σ c_i = C`` exactly and ``|c_i − x_i| < 1``. (``C − Σ floor(x_i)``
   is ``Σ frac(x_i)`` rounded half up, never more than the number of non-zero
   remainders, so nobody gets more than one rounding rupiah.)
6. *Manual adjustment* (:func:`check_manual`, :func:`adjust`): the coordinator
   may set any ``a_i`` with ``0 <= a_i <= r_i`` (whole units) and ``Σ a_i <= S``.
   Normally ``Σ a_i`` must still be ``min(S, D)`` — units move between traders,
   none disappear. With ``keep_in_stock=True`` the coordinator deliberately
   allocates less and the rest joins the surplus in stock (e.g. a trader
   withdrew). The landed cost and charges then follow 4 and 5 with the
   adjusted ``a_i``.

Within one round a larger request never gets fewer units, a larger allocation
never pays less, and equal requests differ by at most one unit (the earlier one
holding it). Across supplies Hamilton's method is not monotone (the Alabama
paradox): requests 1, 3, 3 get 1, 1, 1 of 3 units but 0, 2, 2 of 4.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import repeat
from operator import attrgetter, floordiv, mod, mul
from typing import NamedTuple

from sekretariat.errors import ValidationError
from sekretariat.money import MAX_AMOUNT, format_rupiah


@dataclass(frozen=True, slots=True)
class Request:
    """One trader's request in whole purchase units."""

    key: int            # the request's id: unique in the round
    trader_id: int
    units: int          # > 0
    order: int = 0      # position in request order (earlier first on equal remainders)

    def __post_init__(self) -> None:
        if type(self.units) is not int or self.units <= 0:
            raise ValidationError("allocation.units_invalid", field="units", request=self.key,
                                  text=str(self.units))


class Share(NamedTuple):
    """One request's line of the distribution: request, exact quota, whole
    units allocated and the charge in rupiah. Immutable like the frozen
    dataclasses around it, but a named tuple: a round has thousands of lines,
    and a tuple is built three times faster (the 2,000-request target)."""

    key: int
    trader_id: int
    order: int
    requested: int
    quota: Fraction     # exact pro-rata quota, at most the request
    allocated: int      # whole units
    charge: int         # whole rupiah


@dataclass(frozen=True, slots=True)
class Allocation:
    """A round's distribution: the totals and one share per request."""

    supply: int                 # units that arrived
    demand: int                 # units requested
    allocated: int              # units handed to traders = Σ shares' allocated
    surplus: int                # supply − allocated: units that go to stock
    landed_cost_total: int      # rupiah, of all the supply
    landed_cost: int            # of the allocated units = Σ shares' charges
    stock_cost: int             # landed_cost_total − landed_cost: the surplus's value
    shares: tuple[Share, ...]   # in request order
    manual: bool = False        # adjusted by hand

    @property
    def short(self) -> bool:
        return self.supply < self.demand

    def share(self, key: int) -> Share:
        for share in self.shares:
            if share.key == key:
                return share
        raise KeyError(key)


_KEY = attrgetter("key")
_ORDER = attrgetter("order")


def largest_remainder(numerators: Sequence[int], denominator: int, total: int) -> list[int]:
    """Whole parts of ``numerators[i] / denominator`` adding up to ``total``:
    each part its floor, then one more for the ``total − Σ floors`` parts with
    the largest remainders, earlier positions first on equal remainders.
    ``total`` must lie between ``Σ floors`` and ``Σ floors`` + the number of
    non-zero remainders (true when it is the exact sum rounded), so no part
    moves a whole unit or more away from its exact value."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    # ints only (no divmod pairs): nothing for the garbage collector to track
    result = list(map(floordiv, numerators, repeat(denominator)))
    extra = total - sum(result)
    if not extra:
        return result
    remainders = list(map(mod, numerators, repeat(denominator)))
    if extra < 0 or extra > len(remainders) - remainders.count(0):
        raise ValueError(f"total {total} is not a rounding of the exact sum")
    # a stable sort keeps equal remainders in position order, even reversed
    for index in sorted(range(len(remainders)), key=remainders.__getitem__,
                        reverse=True)[:extra]:
        result[index] += 1
    return result


def allocate(requests: Iterable[Request], supply: int, landed_cost_total: int) -> Allocation:
    """The fair allocation of ``supply`` units among ``requests`` and their
    charges (module docstring, 1–5)."""
    ordered = _ordered(requests)
    _check_round(supply, landed_cost_total)
    units = _column(ordered, "units")
    demand = sum(units)
    if supply >= demand:
        allocated = units
    else:
        allocated = largest_remainder(list(map(mul, units, repeat(supply))), demand, supply)
    return _build(ordered, supply, demand, allocated, landed_cost_total, manual=False)


def adjust(requests: Iterable[Request], supply: int, landed_cost_total: int,
           allocated: Mapping[int, int], *, keep_in_stock: bool = False) -> Allocation:
    """The allocation the coordinator set by hand (``allocated``: units per
    request key), checked by :func:`check_manual`, with its charges."""
    ordered = _ordered(requests)
    _check_round(supply, landed_cost_total)
    units = _checked_manual(ordered, supply, allocated, keep_in_stock)
    return _build(ordered, supply, sum(r.units for r in ordered), units, landed_cost_total,
                  manual=True)


def check_manual(requests: Iterable[Request], supply: int, allocated: Mapping[int, int], *,
                 keep_in_stock: bool = False) -> None:
    """Refuse a hand-made allocation that breaks an invariant (module
    docstring, 6) with a ``ValidationError`` whose ``params["request"]`` names the
    request at fault, if one is."""
    ordered = _ordered(requests)
    _check_supply(supply)
    _checked_manual(ordered, supply, allocated, keep_in_stock)


def allocated_cost(allocated: int, supply: int, landed_cost_total: int) -> int:
    """The landed cost of ``allocated`` of the ``supply`` units (module
    docstring, 4); the stock keeps ``landed_cost_total`` minus this."""
    _check_round(supply, landed_cost_total)
    if not 0 <= allocated <= supply:
        raise ValueError("allocated must lie between 0 and the supply")
    if not supply:
        return 0
    return largest_remainder([landed_cost_total * allocated,
                              landed_cost_total * (supply - allocated)],
                             supply, landed_cost_total)[0]


def charges(requests: Iterable[Request], allocated: Mapping[int, int], supply: int,
            landed_cost_total: int) -> dict[int, int]:
    """Each request's charge in rupiah for the units ``allocated`` to it
    (module docstring, 5); they add up to :func:`allocated_cost` exactly.
    ``allocated`` must hold every request's key (no other checks: use
    :func:`check_manual` first for a hand-made allocation)."""
    ordered = _ordered(requests)
    units = [allocated[request.key] for request in ordered]
    return dict(zip((request.key for request in ordered),
                    _charges(units, supply, landed_cost_total)))


# --- internals -----------------------------------------------------------------------

def _ordered(requests: Iterable[Request]) -> list[Request]:
    ordered = sorted(requests, key=_KEY)
    ordered.sort(key=_ORDER)            # stable: by order, then by key (no tuples built)
    keys = {request.key for request in ordered}
    if len(keys) != len(ordered):
        seen: set[int] = set()
        for request in ordered:
            if request.key in seen:
                raise ValidationError("allocation.duplicate_request", request=request.key)
            seen.add(request.key)
    return ordered


def _column(ordered: list[Request], name: str) -> list[int]:
    return list(map(attrgetter(name), ordered))


def _check_supply(supply: int) -> None:
    if type(supply) is not int or supply < 0:
        raise ValidationError("allocation.supply_invalid", field="supply", text=str(supply))


def _check_round(supply: int, landed_cost_total: int) -> None:
    _check_supply(supply)
    if (type(landed_cost_total) is not int or landed_cost_total < 0
            or landed_cost_total > MAX_AMOUNT):
        raise ValidationError("allocation.cost_invalid", field="landed_cost",
                              text=str(landed_cost_total))
    if supply == 0 and landed_cost_total:
        raise ValidationError("allocation.cost_without_supply", field="landed_cost",
                              amount=format_rupiah(landed_cost_total))


def _charges(units: list[int], supply: int, landed_cost_total: int) -> list[int]:
    if not supply:
        return [0] * len(units)
    total = allocated_cost(sum(units), supply, landed_cost_total)
    return largest_remainder(list(map(mul, units, repeat(landed_cost_total))), supply, total)


def _checked_manual(ordered: list[Request], supply: int, allocated: Mapping[int, int],
                    keep_in_stock: bool) -> list[int]:
    """The hand-made units in request order, or a ValidationError."""
    known = {request.key for request in ordered}
    for key in allocated:
        if key not in known:
            raise ValidationError("allocation.unknown_request", field="allocated", request=key)
    units = []
    for request in ordered:
        if request.key not in allocated:
            raise ValidationError("allocation.missing_request", field="allocated",
                                  request=request.key, trader_id=request.trader_id)
        value = allocated[request.key]
        where = {"field": "allocated", "request": request.key, "trader_id": request.trader_id}
        if type(value) is not int:
            raise ValidationError("allocation.not_whole", text=str(value), **where)
        if value < 0:
            raise ValidationError("allocation.negative", allocated=value, **where)
        if value > request.units:
            raise ValidationError("allocation.over_request", allocated=value,
                                  requested=request.units, **where)
        units.append(value)
    total = sum(units)
    if total > supply:
        raise ValidationError("allocation.over_supply", field="allocated", total=total,
                              supply=supply)
    expected = min(supply, sum(request.units for request in ordered))
    if total != expected and not keep_in_stock:
        raise ValidationError("allocation.sum_mismatch", field="allocated", total=total,
                              expected=expected)
    return units


def _build(ordered: list[Request], supply: int, demand: int, allocated: list[int],
           landed_cost_total: int, *, manual: bool) -> Allocation:
    charged = _charges(allocated, supply, landed_cost_total)
    units = _column(ordered, "units")
    if supply >= demand:
        quotas = map(Fraction, units)
    else:
        quotas = map(Fraction, map(mul, units, repeat(supply)), repeat(demand))
    shares = tuple(map(Share, _column(ordered, "key"), _column(ordered, "trader_id"),
                       _column(ordered, "order"), units, quotas, allocated, charged))
    given = sum(allocated)
    cost = sum(charged)
    return Allocation(supply=supply, demand=demand, allocated=given, surplus=supply - given,
                      landed_cost_total=landed_cost_total, landed_cost=cost,
                      stock_cost=landed_cost_total - cost, shares=shares, manual=manual)
