"""Bulk stall import.

A market registers its stalls in bulk with :func:`import_stalls` (the rows of
a spreadsheet): every row is checked first and the whole file is written in
one transaction, or nothing is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, SekretariatError, ValidationError
from sekretariat.models import Block, Stall, StallRate
from sekretariat.services.core import audit, days
from sekretariat.services.leasing.leasing_util import check_date, check_monthly_rate, clean_text, rows
from sekretariat.services.leasing.stall_codes import check_block_code, check_kind, check_stall_code, parse_area
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing


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

    code = check(check_stall_code, _value(row, "code"))
    block = check(check_block_code, _value(row, "block"))
    kind = check(check_kind, str(_value(row, "kind") or "").strip().lower())
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
