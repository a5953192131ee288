"""Tariffs and per-stall rates.

Rates: a stall's monthly rate on a date is its own override in force then,
else the tariff for its kind and block, else the tariff for its kind (each
the latest with ``effective_from`` on or before the date). Leases copy the
rate when signed, so a tariff change never rewrites a lease or an invoice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import NotFound
from sekretariat.models import Stall, StallRate, Tariff
from sekretariat.services.core import audit, days
from sekretariat.services.leasing.leasing_util import as_date, check_date, check_monthly_rate, clean_text, one, rows
from sekretariat.services.leasing.stall_codes import block_id_of, check_kind
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

_IN_CHUNK = 500


@dataclass(frozen=True)
class TariffInfo:
    id: int
    kind: str
    block_id: int | None
    block_code: str | None
    monthly_rate: int
    effective_from: dt.date


@dataclass(frozen=True)
class StallRateInfo:
    id: int
    stall_id: int
    stall_code: str
    monthly_rate: int | None
    effective_from: dt.date
    note: str


@dataclass(frozen=True)
class RateInfo:
    monthly_rate: int
    source: str  # 'stall' | 'block' | 'kind'
    effective_from: dt.date


def set_tariff(session: Session, kind: str, monthly_rate, effective_from: dt.date, *,
               block: int | str | None = None) -> TariffInfo:
    """The monthly rate for a kind of stall (in one block, or everywhere) from
    a date on. Setting the same kind/block/date again replaces that row while
    its date is open."""
    require(session, "stalls.manage")
    kind = check_kind(kind)
    rate = check_monthly_rate(monthly_rate)
    effective_from = check_date(effective_from, "effective_from")
    block_id = block_id_of(block) if block is not None else None
    days.assert_open(effective_from)
    with writing():
        same_block = Tariff.block.is_null() if block_id is None else Tariff.block == block_id
        existing = Tariff.get_or_none(Tariff.kind == kind, same_block,
                                      Tariff.effective_from == effective_from)
        after = {"kind": kind, "block_id": block_id, "monthly_rate": rate,
                 "effective_from": effective_from.isoformat()}
        if existing is not None:
            Tariff.update(monthly_rate=rate).where(Tariff.id == existing.id).execute()
            tariff_id = existing.id
            audit.record(session, "tariff.update", "tariff", tariff_id,
                         {"monthly_rate": existing.monthly_rate}, after)
        else:
            tariff_id = Tariff.insert(kind=kind, block=block_id, monthly_rate=rate,
                                      effective_from=effective_from, created_by=session.user_id,
                                      created_at=clock.now_iso()).execute()
            audit.record(session, "tariff.create", "tariff", tariff_id, None, after)
    return next(t for t in list_tariffs(session) if t.id == tariff_id)


def list_tariffs(session: Session) -> list[TariffInfo]:
    require(session, "stalls.view")
    return [TariffInfo(r[0], r[1], r[2], r[3], r[4], as_date(r[5])) for r in rows(
        "SELECT t.id, t.kind, t.block_id, b.code, t.monthly_rate, t.effective_from"
        " FROM tariff t LEFT JOIN block b ON b.id = t.block_id"
        " ORDER BY t.kind, b.code IS NOT NULL, b.code, t.effective_from")]


def set_stall_rate(session: Session, stall_id: int, monthly_rate, effective_from: dt.date, *,
                   note: str = "") -> StallRateInfo:
    """Override one stall's monthly rate from a date on; ``monthly_rate=None``
    goes back to the tariff from that date."""
    require(session, "stalls.manage")
    stall = Stall.get_or_none(Stall.id == stall_id)
    if stall is None:
        raise NotFound("stall.not_found", field="stall")
    rate = None if monthly_rate is None else check_monthly_rate(monthly_rate)
    effective_from = check_date(effective_from, "effective_from")
    note = clean_text(note, "note", maximum=300)
    days.assert_open(effective_from)
    with writing():
        existing = StallRate.get_or_none(StallRate.stall == stall_id,
                                         StallRate.effective_from == effective_from)
        after = {"stall_id": stall_id, "monthly_rate": rate,
                 "effective_from": effective_from.isoformat(), "note": note}
        if existing is not None:
            StallRate.update(monthly_rate=rate, note=note).where(
                StallRate.id == existing.id).execute()
            rate_id = existing.id
            audit.record(session, "stall_rate.update", "stall_rate", rate_id,
                         {"monthly_rate": existing.monthly_rate, "note": existing.note}, after)
        else:
            rate_id = StallRate.insert(stall=stall_id, monthly_rate=rate,
                                       effective_from=effective_from, note=note,
                                       created_by=session.user_id,
                                       created_at=clock.now_iso()).execute()
            audit.record(session, "stall_rate.create", "stall_rate", rate_id, None, after)
    return StallRateInfo(rate_id, stall_id, stall.code, rate, effective_from, note)


def list_stall_rates(session: Session, stall_id: int) -> list[StallRateInfo]:
    require(session, "stalls.view")
    return [StallRateInfo(r[0], r[1], r[2], r[3], as_date(r[4]), r[5]) for r in rows(
        "SELECT r.id, r.stall_id, s.code, r.monthly_rate, r.effective_from, r.note"
        " FROM stall_rate r JOIN stall s ON s.id = r.stall_id WHERE r.stall_id = ?"
        " ORDER BY r.effective_from", (stall_id,))]


def rate_for(session: Session, stall_id: int, as_of: dt.date | None = None) -> RateInfo | None:
    """The stall's monthly rate on a date (override > block tariff > kind
    tariff), or None when no rate is set."""
    require(session, "stalls.view")
    return rate_on(stall_id, as_of or clock.today())


def rate_on(stall_id: int, as_of: dt.date) -> RateInfo | None:
    """``rate_for`` for services that checked their own permission."""
    day = as_of.isoformat()
    override = one("SELECT monthly_rate, effective_from FROM stall_rate WHERE stall_id = ?"
                   " AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1",
                   (stall_id, day))
    if override is not None and override[0] is not None:
        return RateInfo(override[0], "stall", as_date(override[1]))
    stall = one("SELECT kind, block_id FROM stall WHERE id = ?", (stall_id,))
    if stall is None:
        raise NotFound("stall.not_found", field="stall")
    return _tariff_on(stall[0], stall[1], day)


_RATES_SQL = (
    "SELECT s.id,"
    " (SELECT monthly_rate || ' ' || effective_from FROM stall_rate r WHERE r.stall_id = s.id"
    "   AND r.effective_from <= :day ORDER BY r.effective_from DESC LIMIT 1),"
    " (SELECT monthly_rate || ' ' || effective_from FROM tariff t WHERE t.kind = s.kind"
    "   AND t.block_id = s.block_id AND t.effective_from <= :day"
    "   ORDER BY t.effective_from DESC LIMIT 1),"
    " (SELECT monthly_rate || ' ' || effective_from FROM tariff t WHERE t.kind = s.kind"
    "   AND t.block_id IS NULL AND t.effective_from <= :day"
    "   ORDER BY t.effective_from DESC LIMIT 1)"
    " FROM stall s WHERE s.id IN ({ids})")


def rates_for(session: Session, stall_ids: list[int],
              as_of: dt.date | None = None) -> dict[int, RateInfo | None]:
    """``rate_for`` of many stalls in one query each 500: stall id -> rate."""
    require(session, "stalls.view")
    day = (as_of or clock.today()).isoformat()
    found: dict[int, RateInfo | None] = {}
    for start in range(0, len(stall_ids), _IN_CHUNK):
        chunk = [int(i) for i in stall_ids[start:start + _IN_CHUNK]]
        sql = _RATES_SQL.format(ids=", ".join(str(i) for i in chunk))
        for stall_id, *choices in rows(sql, {"day": day}):
            found[stall_id] = None
            for source, choice in zip(("stall", "block", "kind"), choices, strict=True):
                rate, _, since = (choice or "").partition(" ")
                if rate:  # (a stall's own row without a rate: back to the tariff)
                    found[stall_id] = RateInfo(int(rate), source, as_date(since))
                    break
    return found


def tariff_for(session: Session, kind: str, block: int | str,
               as_of: dt.date | None = None) -> RateInfo | None:
    """What a stall of ``kind`` in ``block`` pays on a date by the tariffs
    (the block's, else the market's for its kind), or None: what a new
    stall would pay without a rate of its own."""
    require(session, "stalls.view")
    return _tariff_on(check_kind(kind), block_id_of(block), (as_of or clock.today()).isoformat())


def _tariff_on(kind: str, block_id: int, day: str) -> RateInfo | None:
    block_rate = one("SELECT monthly_rate, effective_from FROM tariff WHERE kind = ?"
                     " AND block_id = ? AND effective_from <= ?"
                     " ORDER BY effective_from DESC LIMIT 1", (kind, block_id, day))
    if block_rate is not None:
        return RateInfo(block_rate[0], "block", as_date(block_rate[1]))
    kind_rate = one("SELECT monthly_rate, effective_from FROM tariff WHERE kind = ?"
                    " AND block_id IS NULL AND effective_from <= ?"
                    " ORDER BY effective_from DESC LIMIT 1", (kind, day))
    if kind_rate is not None:
        return RateInfo(kind_rate[0], "kind", as_date(kind_rate[1]))
    return None
