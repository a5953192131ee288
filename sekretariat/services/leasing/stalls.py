"""The stall registry: blocks and stalls, each as of a date.

A stall's *stored* status is administrative only (``normal``, ``diblokir``,
``perbaikan``). Whether it is ``disewa`` (leased) or ``kosong`` (vacant) is
derived from the leases in force on the date asked about, so it can never
disagree with the leases and occupancy works for any date. The status shown
is the administrative one when not ``normal``, else disewa/kosong.

Tariffs and rates live in stall_rates, occupancy in occupancy, the bulk
import in stall_import, code/kind/area checks in stall_codes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.models import Block, Stall
from sekretariat.services.core import audit
from sekretariat.services.leasing import stall_status
from sekretariat.services.leasing.overdue import overdue_sql
from sekretariat.services.leasing.stall_status import STATUS_ON_SQL
from sekretariat.services.leasing.leasing_util import OPEN_ON_SQL, as_date, clean_text, one, rows
from sekretariat.services.leasing.stall_codes import (
    ADMIN_STATUSES, STATUSES, block_id_of, check_block_code, check_kind, check_stall_code,
    parse_area,
)
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing


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


# --- blocks ------------------------------------------------------------------

def create_block(session: Session, code: str, name: str = "") -> BlockInfo:
    require(session, "stalls.manage")
    code = check_block_code(code)
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


# --- stalls ------------------------------------------------------------------

def create_stall(session: Session, code: str, block: int | str, kind: str, area, *,
                 note: str = "") -> StallInfo:
    """Register a stall. ``block`` is the block's id or code; ``area`` in m2."""
    require(session, "stalls.manage")
    code = check_stall_code(code)
    kind = check_kind(kind)
    area_dm2 = parse_area(area)
    note = clean_text(note, "note", maximum=500)
    block_id = block_id_of(block)
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
                 status: str | None = None, note: str | None = None,
                 status_from: dt.date | str | None = None) -> StallInfo:
    """Change a stall's kind, area or note, and its administrative status
    from ``status_from`` (today) on (services.leasing.stall_status)."""
    require(session, "stalls.manage")
    stall = Stall.get_or_none(Stall.id == stall_id)
    if stall is None:
        raise NotFound("stall.not_found", field="stall")
    before = {"kind": stall.kind, "area_dm2": stall.area_dm2, "note": stall.note}
    changes: dict = {}
    if kind is not None:
        changes["kind"] = check_kind(kind)
    if area is not None:
        changes["area_dm2"] = parse_area(area)
    if status is not None and status not in ADMIN_STATUSES:
        raise ValidationError("stall.status_invalid", field="status", status=str(status))
    if note is not None:
        changes["note"] = clean_text(note, "note", maximum=500)
    with writing():
        if changes:
            Stall.update(**changes).where(Stall.id == stall_id).execute()
            audit.record(session, "stall.update", "stall", stall_id,
                         {k: before[k] for k in changes}, changes)
        if status is not None:
            stall_status.record_status(session, stall_id, status, status_from)
    return get_stall(session, stall_id)


_STALL_SELECT = (
    f"SELECT s.id, s.code, s.block_id, b.code, s.kind, s.area_dm2, {STATUS_ON_SQL}, s.note,"
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
    values = [as_of.isoformat()] * 3 + list(params.values())
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
        found = _stall_rows("s.code = ?", {"code": check_stall_code(code or "")}, as_of)
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
        params["block"] = block_id_of(block)
    if text:
        where.append("s.code LIKE ?")
        params["text"] = "".join(text.split()).upper() + "%"
    if after_code:
        where.append("s.code > ?")
        params["after"] = after_code
    if status is not None and status not in STATUSES:
        raise ValidationError("stall.status_invalid", field="status", status=str(status))
    if status is not None:
        admin = STATUS_ON_SQL.replace(":day", "?")
        params["status_day"] = as_of.isoformat()
        if status in ("disewa", "kosong"):
            where.append(f"{admin} = 'normal' AND l.id IS {'NOT ' if status == 'disewa' else ''}NULL")
        else:
            where.append(f"{admin} = ?")
            params["status"] = status
    return _stall_rows(" AND ".join(where), params, as_of, limit=limit)
