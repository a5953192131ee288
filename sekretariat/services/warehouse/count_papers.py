"""The printed variance sheet of a stock count (Berita Acara Stok Opname).

Like the round papers (round_papers.py): the permission is checked, the
facts come from the one function that decides them (the count and its
variance sheet: ``counts_read.variance_sheet``, so the paper shows what the
screen shows), a report module draws them (reports/warehouse/
variance_sheet.py), the PDF's path comes back. Reading only: nothing is
written to the database.

A count prints once it is closed (never while counters count: the count is
blind) and not cancelled. A closed count not yet approved by both the
warehouse coordinator and the chair prints as a draft
(``OPN-2026-00001-draf.pdf``, saying DRAF); an approved one as the record
(``OPN-2026-00001.pdf``). A print again is a new ``…-salinan-N.pdf`` that
says SALINAN and never overwrites the first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path

from sekretariat.errors import NotFound
from sekretariat.money import format_number
from sekretariat.services.core import paper
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.warehouse import counts_read
from sekretariat.services.warehouse.counts_read import VarianceRow
from sekretariat.services.warehouse.items import ItemInfo, item_info
from sekretariat.services.warehouse.util import one, round_half_up, rows


@dataclass(frozen=True)
class VarianceLine:
    code: str
    name: str
    base_unit: str
    book_qty: int            # base units, at the cut-off
    counted: int             # base units, every counter's lines added up
    variance: int            # counted - book_qty
    larger: str              # the variance in the item's larger unit when whole ('-2 karung')
    unit_cost: int | None    # Rupiah per base unit at the cut-off; None: never had a cost
    variance_value: int      # Rupiah, at the moving average at the cut-off
    posted_as: str           # the adjustment posted for it ('' before)
    later_movement: str      # a movement dated after the count day ('' when none)


@dataclass(frozen=True)
class VarianceSheetData:
    number: str                                  # 'OPN/2026/00001'
    counted_on: dt.date
    counted_at: str                              # 'HH:MM', the cut-off
    place: str                                   # the count's place
    other_places: tuple[str, ...]                # other places lines were counted at
    note: str
    status: str                                  # closed | approved
    opened_by: str
    counters: tuple[tuple[str, int], ...]        # (name, lines typed), in the order they began
    lines: tuple[VarianceLine, ...]              # by item name
    not_counted: tuple[tuple[str, int, str], ...]  # (item name, book qty, its unit)
    coordinator: str                             # who approved as the coordinator ('' not yet)
    coordinator_at: dt.datetime | None
    chair: str                                   # who approved as the chair ('' not yet)
    chair_at: dt.datetime | None
    posted_at: dt.datetime | None
    coordinator_signer: str                      # the names on the signature boxes
    chair_signer: str                            # ('' = a line to fill by hand)
    reprint: bool = False

    @property
    def approved(self) -> bool:
        return self.status == "approved"

    @property
    def shortage(self) -> int:
        return sum(line.variance_value for line in self.lines if line.variance < 0)

    @property
    def surplus(self) -> int:
        return sum(line.variance_value for line in self.lines if line.variance > 0)

    @property
    def total_value(self) -> int:
        return sum(line.variance_value for line in self.lines)


def count_id_of(count_ref: int | str) -> int:
    """A count's id from its id or number (``OPN/2026/00001``, any case)."""
    if isinstance(count_ref, int) and not isinstance(count_ref, bool):
        found = one("SELECT id FROM stock_count WHERE id = ?", (count_ref,))
    else:
        text = str(count_ref or "").strip().upper()
        found = one("SELECT id FROM stock_count WHERE number = ?", (text,))
        if found is None and text.isdigit():
            found = one("SELECT id FROM stock_count WHERE id = ?", (int(text),))
    if found is None:
        raise NotFound("warehouse.count_not_found", field="count", number=str(count_ref))
    return found[0]


def larger_unit(item: ItemInfo, quantity: int) -> str:
    """``quantity`` base units in the item's largest active unit that holds it
    exactly ('-2 karung' for -100 kg); '' when none does (or it is zero)."""
    whole = [u for u in item.units if u.active and u.factor > 1 and quantity
             and quantity % u.factor == 0]
    if not whole:
        return ""
    unit = max(whole, key=lambda u: u.factor)
    sign = "-" if quantity < 0 else "+"
    return f"{sign}{format_number(abs(quantity) // unit.factor)} {unit.name}"


def unit_cost(row: VarianceRow) -> int | None:
    """The moving average per base unit at the cut-off (for a surplus on an
    empty book: the cost it came in at); None when there is none."""
    if row.book_qty > 0:
        return round_half_up(Fraction(row.book_value, row.book_qty))
    if row.variance > 0 and row.variance_value:
        return round_half_up(Fraction(row.variance_value, row.variance))
    return None


def _when(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def variance_sheet_data(session: Session, count_ref: int | str) -> VarianceSheetData:
    """The facts of a closed or approved count's variance sheet."""
    require(session, "warehouse.view")
    sheet = counts_read.variance_sheet(session, count_id_of(count_ref))
    count = sheet.count
    lines = []
    for row in sheet.rows:
        info = item_info(row.item_id)
        lines.append(VarianceLine(
            row.code, row.name, info.base_unit, row.book_qty, row.counted, row.variance,
            larger_unit(info, row.variance), unit_cost(row), row.variance_value,
            row.movement_number or "", row.later_movement or ""))
    not_counted = tuple((n.name, n.book_qty, item_info(n.item_id).base_unit)
                        for n in sheet.not_counted)
    counters = tuple((name, lines_typed) for name, lines_typed, _ in rows(
        "SELECT u.full_name, count(*), min(l.id) FROM stock_count_line l"
        " JOIN app_user u ON u.id = l.counted_by WHERE l.count_id = ?"
        " GROUP BY l.counted_by ORDER BY 3", (count.id,)))
    places = tuple(place for place, _ in rows(
        "SELECT place, min(id) FROM stock_count_line WHERE count_id = ? AND place <> ?"
        " GROUP BY place ORDER BY 2", (count.id, count.place)))
    coordinator_at, chair_at, posted_at = one(
        "SELECT coordinator_at, chair_at, posted_at FROM stock_count WHERE id = ?", (count.id,))
    return VarianceSheetData(
        count.number, count.counted_on, count.counted_at, count.place, places, count.note,
        count.status, count.created_by, counters, tuple(lines), not_counted,
        count.coordinator or "", _when(coordinator_at), count.chair or "", _when(chair_at),
        _when(posted_at), count.coordinator or paper.signer(session, "gudang"),
        count.chair or paper.signer(session, "ketua"))


def variance_sheet_pdf(session: Session, count_ref: int | str, *,
                       to_dir: str | Path | None = None) -> Path:
    """The Berita Acara Stok Opname of a closed (draft) or approved count."""
    from sekretariat.reports.warehouse.variance_sheet import build_variance_sheet

    data = variance_sheet_data(session, count_ref)
    name = paper.file_name(data.number)
    if not data.approved:
        name = name.replace(".pdf", "-draf.pdf")
    path, head = paper.target(to_dir, name, paper.letterhead(paper.profile(), session))
    return build_variance_sheet(path, replace(data, reprint=bool(head.copy_label)), head)
