"""What a sheet of a streamed workbook is made of (``workbook`` writes it):
tables of typed columns side by side, whose rows are plain tuples or the
opening and closing rows of a section, under a heading and a note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple


class SheetTooLong(Exception):
    """A sheet would need more rows than a spreadsheet holds."""

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.title = title


@dataclass(frozen=True)
class Column:
    label: str                    # the header (unique in its table)
    kind: str = "text"            # text | date | money | count | percent
    width: float = 12
    total: bool = False           # summed in a section's closing row and the total row
    grand: bool | None = None     # in the total row (default: as ``total``)

    @property
    def in_total_row(self) -> bool:
        return self.total if self.grand is None else self.grand


class Balance(NamedTuple):
    """A running-balance column (0-based indexes in its table): its closing
    value is the opening one + SUM(plus) - SUM(minus)."""

    column: int
    plus: int
    minus: int | None = None


class Opening(NamedTuple):
    """A section's first row; ``credit_normal``: its balances grow with the
    minus column (a liability, equity or income account)."""

    values: tuple
    credit_normal: bool = False


class Closing(NamedTuple):
    """A section's last row; the total and balance columns become formulas."""

    values: tuple


@dataclass(frozen=True)
class Table:
    name: str                     # the Excel table's name: letters, digits, _
    columns: tuple[Column, ...]
    rows: Iterable[Any]           # plain tuples, Opening and Closing rows
    caption: str = ""
    balances: tuple[Balance, ...] = ()
    total_label: str = ""         # first cell of the total row; '' = no total row
    empty_label: str = "-"        # the one row of a table with nothing in it


@dataclass(frozen=True)
class Sheet:
    title: str                    # the tab (at most 31 characters)
    heading: str
    note: str
    tables: tuple[Table, ...]
    alert: bool = False           # the heading in red (a provisional period)


@dataclass(frozen=True)
class BookInfo:
    title: str
    subject: str
    creator: str
    modified_by: str
    description: str
    keywords: str
    created: dt.datetime
    header_left: str              # printed at the top of every page
    header_center: str
    footer: str                   # may use &P (page) and &N (pages)
