"""The stall registry: blocks, stalls, tariffs and per-stall rates, occupancy.

A stall's *stored* status is administrative only (``normal``, ``diblokir``,
``perbaikan``). Whether it is ``disewa`` (leased) or ``kosong`` (vacant) is
derived from the leases in force on the date asked about, so it can never
disagree with the leases and occupancy works for any date. The status shown
is the administrative one when not ``normal``, else disewa/kosong.

Rates: a stall's monthly rate on a date is its own override in force then,
else the tariff for its kind and block, else the tariff for its kind (each
the latest with ``effective_from`` on or before the date). Leases copy the
rate when signed, so a tariff change never rewrites a lease or an invoice.

A market registers its stalls in bulk with :func:`import_stalls` (the rows of
a spreadsheet): every row is checked first and the whole file is written in
one transaction, or nothing is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, SekretariatError, ValidationError
from sekretariat.models import Block, Stall, StallRate, Tariff
from sekretariat.services.core import audit, days
from sekretariat.services.leasing.overdue import overdue_sql
from sekretariat.services.leasing.leasing_util import (
    OPEN_ON_SQL,
    amount,
    as_date,
    check_date,
    check_monthly_rate,
    clean_text,
    one,
    rows,
)
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

KINDS = ("kios", "los", "pelataran")
ADMIN_STATUSES = ("normal", "diblokir", "perbaikan")
#: What a stall shows: kosong / disewa derived from leases; the others stored.
STATUSES = ("kosong", "disewa", "diblokir", "perbaikan")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9./-]{0,19}")
_BLOCK_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,9}")
MAX_AREA_DM2 = 10_000_000  # 100.000 m2


@dataclass(frozen=True)
class BlockInfo:
    id: int
    code: str
    name: str
    stall_count: int


@dataclass(frozen=True)
class StallInfo:
    """A stall as of a date, with the lease in force then (if any)."""

    id: int
    code: str
    block_id: int
    block_code: str
    kind: str
    area_dm2: int
    admin_status: str
    status: str
    note: str
    as_of: dt.date
    lease_id: int | None
    agreement_number: str | None
    trader_id: int | None
    trader_name: str | None
    lease_end: dt.date | None
    overdue_amount: int

    @property
    def area_m2(self) -> Decimal:
        return Decimal(self.area_dm2) / 100

    @property
    def in_arrears(self) -> bool:
        return self.overdue_amount > 0


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


@dataclass(frozen=True)
class OccupancyRow:
    block_id: int
    block_code: str
    total: int
    kosong: int
    disewa: int
    diblokir: int
    perbaikan: int


@dataclass(frozen=True)
class Occupancy:
    as_of: dt.date
    rows: tuple[OccupancyRow, ...]
    total: int
    kosong: int
    disewa: int
    diblokir: int
    perbaikan: int

    @property
    def occupancy_bp(self) -> int:
        """Leased stalls per 10.000 stalls (basis points), rounded half up."""
        from sekretariat.services.leasing.periods import round_half_up

        return round_half_up(self.disewa * 10_000, self.total) if self.total else 0


# --- parsing -----------------------------------------------------------------

def parse_area(value) -> int:
    """Square metres as typed (``12``, ``2,25``, ``2.5``) -> whole dm2 (m2 x 100).
    At most two decimals; exact (no floats)."""
    if isinstance(value, bool) or isinstance(value, float):
        raise ValidationError("stall.area_invalid", field="area", text=str(value))
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, Decimal):
        number = value
    else:
        text = str(value or "").strip().lower().replace("m2", "").replace("m²", "").strip()
        if not text:
            raise ValidationError("stall.area_empty", field="area")
        if text.count(",") + text.count(".") > 1 or not re.fullmatch(r"[0-9]+([.,][0-9]+)?", text):
            raise ValidationError("stall.area_invalid", field="area", text=str(value))
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation:
            raise ValidationError("stall.area_invalid", field="area", text=str(value)) from None
    scaled = number * 100
    if scaled != scaled.to_integral_value():
        raise ValidationError("stall.area_precision", field="area")
    dm2 = int(scaled)
    if dm2 <= 0 or dm2 > MAX_AREA_DM2:
        raise ValidationError("stall.area_range", field="area")
    return dm2


def _stall_code(code: str) -> str:
    text = "".join(str(code or "").split()).upper()
    if not text:
        raise ValidationError("stall.code_empty", field="code")
    if not _CODE.fullmatch(text):
        raise ValidationError("stall.code_invalid", field="code", code=text)
    return text


def _block_code(code: str) -> str:
    text = "".join(str(code or "").split()).upper()
    if not text:
        raise ValidationError("block.code_empty", field="code")
    if not _BLOCK_CODE.fullmatch(text):
        raise ValidationError("block.code_invalid", field="code", code=text)
    return text


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError("stall.kind_invalid", field="kind", kind=str(kind))
    return kind


# --- blocks ------------------------------------------------------------------

def create_block(session: Session, code: str, name: str = "") -> BlockInfo:
    require(session, "stalls.manage")
    code = _block_code(code)
    name = clean_text(name, "name", maximum=100)
    with writing():
        if Block.select().where(Block.code == code).exists():
            raise Conflict("block.exists", field="code", code=code)
        block_id = Block.insert(code=code, name=name, created_at=clock.now_iso()).execute()
        audit.record(session, "block.create", "block", block_id, None, {"code": code, "name": name})
    return get_block(session, block_id)


def update_block(session: Session, block_id: int, *, name: str) -> BlockInfo:
    require(session, "stalls.manage")
    before = get_block(session, block_id)
    name = clean_text(name, "name", maximum=100)
    with writing():
        Block.update(name=name).where(Block.id == block_id).execute()
        audit.record(session, "block.update", "block", block_id, {"name": before.name},
                     {"name": name})
    return get_block(session, block_id)


def get_block(session: Session, block_id: int) -> BlockInfo:
    require(session, "stalls.view")
    row = one("SELECT b.id, b.code, b.name, (SELECT count(*) FROM stall s WHERE s.block_id = b.id)"
              " FROM block b WHERE b.id = ?", (block_id,))
    if row is None:
        raise NotFound("block.not_found", field="block")
    return BlockInfo(*row)


def list_blocks(session: Session) -> list[BlockInfo]:
    require(session, "stalls.view")
    return [BlockInfo(*r) for r in rows(
        "SELECT b.id, b.code, b.name, (SELECT count(*) FROM stall s WHERE s.block_id = b.id)"
        " FROM block b ORDER BY b.code")]


def _block_id(block: int | str) -> int:
    if isinstance(block, int) and not isinstance(block, bool):
        found = one("SELECT id FROM block WHERE id = ?", (block,))
    else:
        found = one("SELECT id FROM block WHERE code = ?", (_block_code(str(block)),))
    if found is None:
        raise NotFound("block.not_found", field="block")
    return found[0]


# --- stalls ------------------------------------------------------------------

def create_stall(session: Session, code: str, block: int | str, kind: str, area, *,
                 note: str = "") -> StallInfo:
    """Register a stall. ``block`` is the block's id or code; ``area`` in m2."""
    require(session, "stalls.manage")
    code = _stall_code(code)
    kind = _kind(kind)
    area_dm2 = parse_area(area)
    note = clean_text(note, "note", maximum=500)
    block_id = _block_id(block)
    with writing():
        if Stall.select().where(Stall.code == code).exists():
            raise Conflict("stall.exists", field="code", code=code)
        stall_id = Stall.insert(code=code, block=block_id, kind=kind, area_dm2=area_dm2,
                                note=note, created_at=clock.now_iso()).execute()
        audit.record(session, "stall.create", "stall", stall_id, None,
                     {"code": code, "block_id": block_id, "kind": kind, "area_dm2": area_dm2,
                      "note": note})
    return get_stall(session, stall_id)


def update_stall(session: Session, stall_id: int, *, kind: str | None = None, area=None,
                 status: str | None = None, note: str | None = None) -> StallInfo:
    """Change a stall's kind, area, administrative status or note."""
    require(session, "stalls.manage")
    stall = Stall.get_or_none(Stall.id == stall_id)
    if stall is None:
        raise NotFound("stall.not_found", field="stall")
    before = {"kind": stall.kind, "area_dm2": stall.area_dm2, "status": stall.status,
              "note": stall.note}
    changes: dict = {}
    if kind is not None:
        changes["kind"] = _kind(kind)
    if area is not None:
        changes["area_dm2"] = parse_area(area)
    if status is not None:
        if status not in ADMIN_STATUSES:
            raise ValidationError("stall.status_invalid", field="status", status=str(status))
        changes["status"] = status
    if note is not None:
        changes["note"] = clean_text(note, "note", maximum=500)
    if not changes:
        return get_stall(session, stall_id)
    with writing():
        Stall.update(**changes).where(Stall.id == stall_id).execute()
        audit.record(session, "stall.update", "stall", stall_id,
                     {k: before[k] for k in changes}, changes)
    return get_stall(session, stall_id)


_STALL_SELECT = (
    "SELECT s.id, s.code, s.block_id, b.code, s.kind, s.area_dm2, s.status, s.note,"
    " l.id, l.agreement_number, t.id, t.name, coalesce(l.ended_on, l.end_date)"
    " FROM stall s JOIN block b ON b.id = s.block_id"
    " LEFT JOIN lease l ON l.stall_id = s.id AND l.status <> 'cancelled'"
    "  AND l.start_date <= :day AND coalesce(l.ended_on, l.end_date) >= :day"
    " LEFT JOIN trader t ON t.id = l.trader_id")


def _overdue_by_stall(as_of: dt.date, stall_ids: list[int] | None = None,
                      trader_ids: list[int] | None = None) -> dict[tuple[int, int], int]:
    """Overdue amounts per (stall, trader) on ``as_of``, as the arrears list
    counts them (services.leasing.overdue); a stall shows only what its
    current tenant owes, never arrears a previous tenant kept at a transfer.

    ``trader_ids`` (the tenants of ``stall_ids``) only narrows the search: it
    reads those traders' open invoices through the ``invoice_open_trader``
    index instead of every open invoice of the market (invoice has no index
    on stall_id); the amounts of the pairs asked about are the same."""
    where, params = [], {"day": as_of.isoformat()}
    for column, ids, prefix in (("o.trader_id", trader_ids, "t"), ("i.stall_id", stall_ids, "s")):
        if ids is None or len(ids) > 500:
            continue
        if not ids:
            return {}
        names = [f"{prefix}{n}" for n in range(len(ids))]
        where.append(f"AND {column} IN ({', '.join(':' + name for name in names)})")
        params.update(zip(names, ids, strict=True))
    sql = ("SELECT stall_id, trader_id, sum(open_amount) FROM ("
           + OPEN_ON_SQL.format(where=" ".join(where)) + ")"
           f" WHERE open_amount > 0 AND {overdue_sql()} AND stall_id IS NOT NULL"
           " GROUP BY stall_id, trader_id")
    return {(stall, trader): amount for stall, trader, amount in rows(sql, params)}


def _stall_rows(where: str, params: dict, as_of: dt.date, order: str = "s.code",
                limit: int | None = None) -> list[StallInfo]:
    sql = _STALL_SELECT.replace(":day", "?") + f" WHERE {where} ORDER BY {order}"
    values = [as_of.isoformat(), as_of.isoformat(), *params.values()]
    if limit is not None:
        sql += " LIMIT ?"
        values.append(limit)
    found = rows(sql, values)
    # only a stall's tenant in force on the day matters (r[8]: lease, r[10]: its trader)
    overdue = _overdue_by_stall(as_of, [r[0] for r in found],
                                sorted({r[10] for r in found if r[8]}))
    result = []
    for r in found:
        admin = r[6]
        status = admin if admin != "normal" else ("disewa" if r[8] else "kosong")
        result.append(StallInfo(r[0], r[1], r[2], r[3], r[4], r[5], admin, status, r[7], as_of,
                                r[8], r[9], r[10], r[11], as_date(r[12]),
                                overdue.get((r[0], r[10]), 0) if r[8] else 0))
    return result


def get_stall(session: Session, stall_id: int | None = None, *, code: str | None = None,
              as_of: dt.date | None = None) -> StallInfo:
    require(session, "stalls.view")
    as_of = as_of or clock.today()
    if stall_id is not None:
        found = _stall_rows("s.id = ?", {"id": stall_id}, as_of)
    else:
        found = _stall_rows("s.code = ?", {"code": _stall_code(code or "")}, as_of)
    if not found:
        raise NotFound("stall.not_found", field="stall")
    return found[0]


def list_stalls(session: Session, *, block: int | str | None = None, as_of: dt.date | None = None,
                status: str | None = None, text: str | None = None,
                after_code: str | None = None, limit: int = 500) -> list[StallInfo]:
    """Stalls (of a block) as of a date, by code — the stall map's cells.
    ``status`` filters on the shown status; ``text`` on the stall code prefix."""
    require(session, "stalls.view")
    as_of = as_of or clock.today()
    where, params = ["1=1"], {}
    if block is not None:
        where.append("s.block_id = ?")
        params["block"] = _block_id(block)
    if text:
        where.append("s.code LIKE ?")
        params["text"] = "".join(text.split()).upper() + "%"
    if after_code:
        where.append("s.code > ?")
        params["after"] = after_code
    if status == "disewa":
        where.append("s.status = 'normal' AND l.id IS NOT NULL")
    elif status == "kosong":
        where.append("s.status = 'normal' AND l.id IS NULL")
    elif status in ("diblokir", "perbaikan"):
        where.append("s.status = ?")
        params["status"] = status
    elif status is not None:
        raise ValidationError("stall.status_invalid", field="status", status=str(status))
    return _stall_rows(" AND ".join(where), params, as_of, limit=limit)


def occupancy(session: Session, as_of: dt.date | None = None) -> Occupancy:
    """Stalls per shown status, per block and in total, as of a date."""
    require(session, "stalls.view")
    as_of = as_of or clock.today()
    day = as_of.isoformat()
    found = [OccupancyRow(*r) for r in rows(
        "SELECT b.id, b.code, count(s.id),"
        " coalesce(sum(s.status = 'normal' AND l.id IS NULL), 0),"
        " coalesce(sum(s.status = 'normal' AND l.id IS NOT NULL), 0),"
        " coalesce(sum(s.status = 'diblokir'), 0), coalesce(sum(s.status = 'perbaikan'), 0)"
        " FROM block b LEFT JOIN stall s ON s.block_id = b.id"
        " LEFT JOIN lease l ON l.stall_id = s.id AND l.status <> 'cancelled'"
        "  AND l.start_date <= ? AND coalesce(l.ended_on, l.end_date) >= ?"
        " GROUP BY b.id ORDER BY b.code", (day, day))]
    return Occupancy(as_of, tuple(found), *(sum(getattr(r, f) for r in found)
                                           for f in ("total", "kosong", "disewa", "diblokir",
                                                     "perbaikan")))


# --- tariffs and rates -------------------------------------------------------

def set_tariff(session: Session, kind: str, monthly_rate, effective_from: dt.date, *,
               block: int | str | None = None) -> TariffInfo:
    """The monthly rate for a kind of stall (in one block, or everywhere) from
    a date on. Setting the same kind/block/date again replaces that row while
    its date is open."""
    require(session, "stalls.manage")
    kind = _kind(kind)
    rate = check_monthly_rate(monthly_rate)
    effective_from = check_date(effective_from, "effective_from")
    block_id = _block_id(block) if block is not None else None
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
    return _tariff_on(_kind(kind), _block_id(block), (as_of or clock.today()).isoformat())


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


# --- bulk import -------------------------------------------------------------

#: Problems named in the message of a refused import (all are in ``problems``).
IMPORT_SHOWN = 5
_IN_CHUNK = 500


@dataclass(frozen=True)
class StallRow:
    """One stall to import, as typed (e.g. a CSV row); :func:`import_stalls`
    parses it. ``monthly_rate`` (optional) is the stall's own rate; ``line``
    is where the row came from, for the messages."""

    code: Any
    block: Any
    kind: Any
    area: Any
    note: Any = ""
    monthly_rate: Any = None
    line: int | None = None
    block_name: Any = ""  # the block's name, used when the import creates the block


@dataclass(frozen=True)
class ImportProblem:
    """What is wrong with one row (a row may have several)."""

    line: int
    error: SekretariatError

    @property
    def message(self) -> str:
        from sekretariat.i18n import has, t

        text = self.error.message
        # a bad value is named by its field; a clash names the code itself
        label_key = f"field.{self.error.field}" if self.error.field else None
        if label_key and has(label_key) and isinstance(self.error, ValidationError):
            label = t(label_key)
            if not text.lower().startswith(label.lower()):
                text = f"{label}: {text}"
        return t("stall.import_line", line=self.line, message=text)


class ImportInvalid(ValidationError):
    """An import refused because of its rows; ``problems`` lists every one,
    by line. Nothing was written."""

    def __init__(self, problems: Iterable[ImportProblem]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: p.line))
        super().__init__("stall.import_invalid", count=len(self.problems))

    @property
    def message(self) -> str:
        from sekretariat.i18n import t

        shown = "; ".join(p.message for p in self.problems[:IMPORT_SHOWN])
        text = t("stall.import_invalid", count=len(self.problems), problems=shown)
        if len(self.problems) > IMPORT_SHOWN:
            text += " " + t("stall.import_more", count=len(self.problems) - IMPORT_SHOWN)
        return text


@dataclass(frozen=True)
class ImportedStall:
    """A row as it is (or would be) registered."""

    line: int
    code: str
    block_code: str
    kind: str
    area_dm2: int
    note: str
    monthly_rate: int | None
    block_name: str = ""

    @property
    def area_m2(self) -> Decimal:
        return Decimal(self.area_dm2) / 100


@dataclass(frozen=True)
class StallImport:
    """What an import created (or, with ``dry_run``, would create)."""

    dry_run: bool
    effective_from: dt.date
    #: codes of the blocks created because the file names them, in file order
    block_codes: tuple[str, ...]
    stalls: tuple[ImportedStall, ...]

    @property
    def blocks_created(self) -> int:
        return len(self.block_codes)

    @property
    def stalls_created(self) -> int:
        return len(self.stalls)

    @property
    def rates_set(self) -> int:
        return sum(1 for s in self.stalls if s.monthly_rate is not None)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(s.code for s in self.stalls)


def _value(row: Any, name: str) -> Any:
    if isinstance(row, Mapping):
        return row.get(name)
    return getattr(row, name, None)


def _import_rate(value: Any) -> int | None:
    # Below the minimum is a misread file (``A-1,A,los,2,25`` — an unquoted
    # decimal comma in a comma-separated file gives area 2 and a rate of Rp25).
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return check_monthly_rate(value, small_key="stall.import_rate_small")


def _parse_import_row(row: Any, position: int) -> tuple[int, str | None, ImportedStall | None,
                                                          list[ImportProblem]]:
    """(line, code if valid, the stall if every value is valid, problems)."""
    line = _value(row, "line") or position
    problems: list[ImportProblem] = []

    def check(parse, value):  # type: ignore[no-untyped-def]
        try:
            return parse(value)
        except ValidationError as exc:
            problems.append(ImportProblem(line, exc))
            return None

    code = check(_stall_code, _value(row, "code"))
    block = check(_block_code, _value(row, "block"))
    kind = check(_kind, str(_value(row, "kind") or "").strip().lower())
    area = check(parse_area, _value(row, "area"))
    note = check(lambda v: clean_text(v, "note", maximum=500), _value(row, "note"))
    rate = check(_import_rate, _value(row, "monthly_rate"))
    block_name = check(lambda v: clean_text(v, "block_name", maximum=100),
                       _value(row, "block_name"))
    if problems:
        return line, code, None, problems
    return line, code, ImportedStall(line, code, block, kind, area, note, rate,
                                     block_name), []


def _existing_stall_codes(codes: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(codes), _IN_CHUNK):
        chunk = codes[start:start + _IN_CHUNK]
        found.update(r[0] for r in rows(
            f"SELECT code FROM stall WHERE code IN ({', '.join('?' for _ in chunk)})", chunk))
    return found


def _import_plan(coded: list[tuple[int, str]], parsed: list[ImportedStall],
                 problems: list[ImportProblem], effective_from: dt.date,
                 dry_run: bool) -> tuple[StallImport, dict[str, int]]:
    """Every row's code checked against the file and the database (``coded``:
    the line and code of every row whose code is valid, whatever else is
    wrong with it); raises :class:`ImportInvalid` with all the problems.
    Returns the plan and the ids of the blocks that exist already."""
    problems = list(problems)
    first_line: dict[str, int] = {}
    for line, code in coded:
        if code in first_line:
            problems.append(ImportProblem(line, Conflict(
                "stall.import_duplicate", field="code", code=code, line=first_line[code])))
        else:
            first_line[code] = line
    existing = _existing_stall_codes(list(first_line))
    problems.extend(ImportProblem(line, Conflict("stall.exists", field="code", code=code))
                    for code, line in first_line.items() if code in existing)
    if problems:
        raise ImportInvalid(problems)
    blocks = {code: block_id for block_id, code in rows("SELECT id, code FROM block")}
    new_blocks = tuple(dict.fromkeys(s.block_code for s in parsed if s.block_code not in blocks))
    if any(s.monthly_rate is not None for s in parsed):
        days.assert_open(effective_from)
    return StallImport(dry_run, effective_from, new_blocks, tuple(parsed)), blocks


def import_stalls(session: Session, rows: Iterable[Any], *, dry_run: bool = False,
                  effective_from: dt.date | str | None = None) -> StallImport:
    """Register many stalls at once: all of them, or none.

    Each row (a mapping or an object such as :class:`StallRow`) has ``code``,
    ``block``, ``kind``, ``area`` and optionally ``note``, ``block_name`` (a
    new block's name: the first row that gives one), ``monthly_rate``
    (the stall's own rate from ``effective_from``, today unless given) and
    ``line`` (its line in the file; else its position, from 1). Every row is
    checked first; a bad value, a code twice in the file or a code already
    registered refuses the whole import with :class:`ImportInvalid`, which
    names every problem by line. Blocks the file names that do not exist are
    created. Everything is written in one transaction with the same audit
    records as :func:`create_block`, :func:`create_stall` and
    :func:`set_stall_rate`. ``dry_run`` checks and returns the plan without
    writing anything."""
    require(session, "stalls.manage")
    day = check_date(effective_from if effective_from is not None else clock.today(),
                     "effective_from")
    coded: list[tuple[int, str]] = []
    parsed: list[ImportedStall] = []
    problems: list[ImportProblem] = []
    for position, row in enumerate(rows, start=1):
        line, code, stall, row_problems = _parse_import_row(row, position)
        if code is not None:
            coded.append((line, code))
        if stall is not None:
            parsed.append(stall)
        problems.extend(row_problems)
    if not parsed and not problems:
        raise ValidationError("stall.import_empty")
    if dry_run:
        return _import_plan(coded, parsed, problems, day, True)[0]
    with writing():
        # checked again inside the write transaction: nobody can register
        # one of these codes in between
        plan, blocks = _import_plan(coded, parsed, problems, day, False)
        records: list[tuple[str, str, Any, Any, Any]] = []
        names = {}  # a new block's name: the first row that gives one
        for stall in plan.stalls:
            if stall.block_name and stall.block_code not in names:
                names[stall.block_code] = stall.block_name
        for code in plan.block_codes:
            name = names.get(code, "")
            blocks[code] = Block.insert(code=code, name=name,
                                        created_at=clock.now_iso()).execute()
            records.append(("block.create", "block", blocks[code], None,
                            {"code": code, "name": name}))
        for stall in plan.stalls:
            block_id = blocks[stall.block_code]
            stall_id = Stall.insert(code=stall.code, block=block_id, kind=stall.kind,
                                    area_dm2=stall.area_dm2, note=stall.note,
                                    created_at=clock.now_iso()).execute()
            records.append(("stall.create", "stall", stall_id, None,
                            {"code": stall.code, "block_id": block_id, "kind": stall.kind,
                             "area_dm2": stall.area_dm2, "note": stall.note}))
            if stall.monthly_rate is not None:
                rate_id = StallRate.insert(stall=stall_id, monthly_rate=stall.monthly_rate,
                                           effective_from=day, note="",
                                           created_by=session.user_id,
                                           created_at=clock.now_iso()).execute()
                records.append(("stall_rate.create", "stall_rate", rate_id, None,
                                {"stall_id": stall_id, "monthly_rate": stall.monthly_rate,
                                 "effective_from": day.isoformat(), "note": ""}))
        audit.record_many(session, records)
    return plan
