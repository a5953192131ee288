"""A workbook that streams: openpyxl in write-only mode, laid out as the
guide's section 6 asks, for any sheet the services describe.

A sheet is a heading (row 1), a note (row 2), captions (row 3) and one or
more tables side by side whose header is row 4: bold, frozen, repeated on
every printed page, an Excel table (with its filter) over the header and
the rows. A table's rows come from an iterator and are written as they come
(nothing is kept but a few row numbers), so memory does not grow with the
rows. A table may be cut into sections: an ``Opening`` row, the lines and a
``Closing`` row whose totals are ``=SUM(...)`` over the section's lines and
whose balances are the opening balance plus and minus those sums. Under the
table a total row holds a ``=SUM(...)`` for each column marked ``total``
(over the rows, or over the closing rows of a table in sections).

Money is ``"Rp"#,##0;[Red]-"Rp"#,##0``, dates real dates as ``dd/mm/yyyy``,
counts ``#,##0``; each sheet prints landscape on A4, fit to the page width.
A text that begins with ``=`` stays text (never a formula).
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from itertools import zip_longest
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table as XlTable
from openpyxl.worksheet.table import TableColumn, TableStyleInfo

from sekretariat.reports.reports.layout import (  # noqa: F401  (the writer's vocabulary)
    Balance,
    BookInfo,
    Closing,
    Column,
    Opening,
    Sheet,
    SheetTooLong,
    Table,
)

MONEY = '"Rp"#,##0;[Red]-"Rp"#,##0'
DATE = "dd/mm/yyyy"
COUNT = "#,##0"
PERCENT = "0.0%"
FORMATS = {"text": None, "money": MONEY, "date": DATE, "count": COUNT, "percent": PERCENT}

TITLE_ROW, NOTE_ROW, CAPTION_ROW, HEADER_ROW = 1, 2, 3, 4
GAP = 1                      # empty columns between tables side by side
MAX_ROWS = 1_048_576         # rows in a sheet (Excel, LibreOffice)
TABLE_STYLE = "TableStyleLight9"
_SUM_ARGS = 200              # references per SUM (Excel allows 255)
_PROGRESS_EVERY = 2_000
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


class Formula(str):
    """A formula this writer made (any other text that begins with '=' is
    written as text)."""


#: (sheet title, rows written in it so far)
Progress = Callable[[str, int], None]


def write_workbook(path: Path, info: BookInfo, sheets: Iterable[Sheet],
                   progress: Progress | None = None) -> None:
    """Write every sheet as its rows come, then the file at ``path``."""
    book = Workbook(write_only=True)
    styles: dict[tuple[str, str], Any] = {}
    try:
        for sheet in sheets:
            _write_sheet(book, styles, sheet, info, progress)
    except BaseException:
        _abandon(book)
        raise
    props = book.properties
    props.title, props.subject, props.creator = info.title, info.subject, info.creator
    props.lastModifiedBy, props.description = info.modified_by, info.description
    props.keywords, props.created, props.modified = info.keywords, info.created, info.created
    book.save(str(path))


def _abandon(book) -> None:  # type: ignore[no-untyped-def]
    """Close the sheets of a workbook given up half-way, in order, and drop
    their temporary files (left to the garbage collector, openpyxl's streams
    would complain as they die)."""
    for ws in book.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        if getattr(ws, "_writer", None) is not None:
            with contextlib.suppress(Exception):
                ws._writer.cleanup()


def _style(styles: dict, ws, kind: str, role: str):  # type: ignore[no-untyped-def]
    """The style (a StyleArray shared by every cell that has it) of a kind of
    value in a kind of row; None: no style at all."""
    key = (kind, role)
    if key not in styles:
        cell = Cell(ws, 1, 1)
        if FORMATS.get(kind):
            cell.number_format = FORMATS[kind]
        font = {"header": Font(bold=True), "closing": Font(bold=True),
                "total": Font(bold=True), "caption": Font(bold=True),
                "opening": Font(italic=True), "title": Font(bold=True, size=13),
                "alert": Font(bold=True, size=13, color="C00000"),
                "note": Font(italic=True, color="595959")}.get(role)
        if font is not None:
            cell.font = font
        if role == "total":
            cell.border = Border(top=Side(style="thin"))
        if role == "header":
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        styles[key] = cell._style if cell.has_style else None
    return styles[key]


def _styled(ws, value: Any, style) -> Any:  # type: ignore[no-untyped-def]
    cell = Cell(ws, 1, 1)
    if style is not None:
        cell._style = style
    cell.value = value
    return cell


def _text(ws, value: str, style=None) -> Any:  # type: ignore[no-untyped-def]
    """A text cell that stays text: control characters dropped, a leading
    '=' kept as a character rather than read as a formula."""
    if not value.isprintable():
        value = _ILLEGAL.sub("", value)
    if style is None and not value.startswith("="):
        return value
    cell = _styled(ws, None, style)
    cell.value = value
    if value.startswith("="):
        cell.data_type = "s"
    return cell


class _Run:
    """One table of a sheet as it is written: its lines (lists of cells), the
    rows it reached, the formulas of its sections and total row."""

    def __init__(self, ws, styles: dict, table: Table, first_column: int) -> None:
        if not _NAME.fullmatch(table.name):
            raise ValueError(f"bad table name {table.name!r}")
        self.ws, self.table = ws, table
        self.width = len(table.columns)
        self.letters = [get_column_letter(first_column + i) for i in range(self.width)]
        self.kinds = [c.kind for c in table.columns]
        self.roles = {role: [_style(styles, ws, c.kind, role) for c in table.columns]
                      for role in ("data", "opening", "closing", "total")}
        self.roles["header"] = [_style(styles, ws, "text", "header")] * self.width
        self.text = {role: _style(styles, ws, "text", role)
                     for role in ("opening", "closing", "total")}
        self.last_row = HEADER_ROW + 1
        self.closings: list[int] = []

    def lines(self) -> Iterator[list]:
        ws, kinds, styles = self.ws, self.kinds, self.roles["data"]
        yield [_text(ws, c.label, style) for c, style in
               zip(self.table.columns, self.roles["header"])]
        row = HEADER_ROW
        start = row + 1                       # the first row of the current section
        opened: Opening | None = None
        open_row = 0
        for item in self.table.rows:
            row += 1
            if item.__class__ is tuple:
                line = []
                for value, kind, style in zip(item, kinds, styles):
                    if value is None:
                        line.append(None)
                    elif value.__class__ is str:
                        line.append(_text(ws, value))
                    elif kind == "text":
                        line.append(value)
                    else:
                        line.append(_styled(ws, value, style))
                yield line
            elif isinstance(item, Opening):
                opened, open_row, start = item, row, row
                yield self._fixed(item.values, "opening")
            elif isinstance(item, Closing):
                yield self._closing(item.values, start, row - 1, opened, open_row)
                self.closings.append(row)
                opened, start = None, row + 1
            else:
                raise TypeError(f"a row must be a tuple, Opening or Closing: {item!r}")
        if row == HEADER_ROW:                 # a table needs a row under its header
            row += 1
            yield [self.table.empty_label] + [None] * (self.width - 1)
        self.last_row = row
        if self.table.total_label:
            yield self._total(row)

    def _fixed(self, values: tuple, role: str) -> list:
        """An opening, closing or total row: every cell in the row's style (a
        label in a column of numbers or dates is styled as text)."""
        line = []
        for value, style in zip(values, self.roles[role]):
            if value is None:
                line.append(None)
            elif value.__class__ is str:
                line.append(_text(self.ws, value, self.text[role]))
            else:
                line.append(_styled(self.ws, value, style))
        return line

    def _closing(self, values: tuple, first: int, last: int, opened: Opening | None,
                 open_row: int) -> list:
        values = list(values) + [None] * (self.width - len(values))
        span = f"{{0}}{first}:{{0}}{max(last, first)}"
        for index, column in enumerate(self.table.columns):
            if column.total:
                values[index] = Formula(f"=SUM({span.format(self.letters[index])})")
        for balance in self.table.balances:
            plus, minus = balance.plus, balance.minus
            if opened is not None and opened.credit_normal and minus is not None:
                plus, minus = minus, plus
            formula = "=" + (f"{self.letters[balance.column]}{open_row}+" if open_row and
                             opened is not None else "")
            formula += f"SUM({span.format(self.letters[plus])})"
            if minus is not None:
                formula += f"-SUM({span.format(self.letters[minus])})"
            values[balance.column] = Formula(formula)
        return self._fixed(tuple(values), "closing")

    def _total(self, last: int) -> list:
        values: list[Any] = [None] * self.width
        values[0] = self.table.total_label
        for index, column in enumerate(self.table.columns):
            if not column.in_total_row:
                continue
            letter = self.letters[index]
            if self.closings:
                values[index] = Formula(_sum_of([f"{letter}{row}" for row in self.closings]))
            else:
                values[index] = Formula(f"=SUM({letter}{HEADER_ROW + 1}:{letter}{last})")
        return self._fixed(tuple(values), "total")

    def excel_table(self):  # type: ignore[no-untyped-def]
        ref = f"{self.letters[0]}{HEADER_ROW}:{self.letters[-1]}{self.last_row}"
        table = XlTable(displayName=self.table.name, ref=ref, autoFilter=AutoFilter(ref=ref),
                        tableColumns=[TableColumn(id=i + 1, name=c.label)
                                      for i, c in enumerate(self.table.columns)])
        table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
        return table


def _sum_of(cells: list[str]) -> str:
    """=SUM(A,B,...) of many cells, nested so no SUM has too many arguments."""
    parts = [",".join(cells[i:i + _SUM_ARGS]) for i in range(0, len(cells), _SUM_ARGS)]
    if len(parts) == 1:
        return f"=SUM({parts[0]})"
    return "=SUM(" + ",".join(f"SUM({part})" for part in parts) + ")"


def _header_text(text: str) -> str:
    """A header/footer text: '&' is the codes' escape character."""
    return text.replace("&", "&&")


def _set_up(ws, sheet: Sheet, info: BookInfo, starts: list[int]) -> None:
    """Everything a write-only sheet must know before its first row."""
    for table, start in zip(sheet.tables, starts):
        for index, column in enumerate(table.columns):
            ws.column_dimensions[get_column_letter(start + index)].width = column.width
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"             # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.oddHeader.left.text = _header_text(info.header_left)
    if info.header_center:
        ws.oddHeader.center.text = _header_text(info.header_center)
        ws.oddHeader.center.color = "C00000"
    ws.oddHeader.right.text = _header_text(sheet.title)
    ws.oddFooter.center.text = info.footer


def _write_sheet(book, styles: dict, sheet: Sheet, info: BookInfo,
                 progress: Progress | None) -> None:
    ws = book.create_sheet(title=sheet.title)
    starts, column = [], 1
    for table in sheet.tables:
        starts.append(column)
        column += len(table.columns) + GAP
    _set_up(ws, sheet, info, starts)
    ws.append([_text(ws, sheet.heading, _style(styles, ws, "text",
                                               "alert" if sheet.alert else "title"))])
    ws.append([_text(ws, sheet.note, _style(styles, ws, "text", "note"))] if sheet.note else [])
    captions: list[Any] = []
    for table, start in zip(sheet.tables, starts):
        captions += [None] * (start - 1 - len(captions))
        captions.append(_text(ws, table.caption, _style(styles, ws, "text", "caption"))
                        if table.caption else None)
    ws.append(captions)
    runs = [_Run(ws, styles, table, start) for table, start in zip(sheet.tables, starts)]
    if len(runs) == 1:
        lines: Iterable[list] = runs[0].lines()
    else:
        lines = _side_by_side(runs)
    row = CAPTION_ROW
    for line in lines:
        row += 1
        if row > MAX_ROWS:
            raise SheetTooLong(sheet.title)
        ws.append(line)
        if progress is not None and row % _PROGRESS_EVERY == 0:
            progress(sheet.title, row)
    with warnings.catch_warnings():           # "add table columns manually": they are
        warnings.simplefilter("ignore")
        for run in runs:
            ws.add_table(run.excel_table())
    if progress is not None:
        progress(sheet.title, row)


def _side_by_side(runs: list[_Run]) -> Iterator[list]:
    """The tables' lines joined row by row (a table that has ended leaves
    its columns empty)."""
    for lines in zip_longest(*(run.lines() for run in runs)):
        joined: list[Any] = []
        for run, line in zip(runs, lines):
            part = list(line) if line is not None else []
            joined += part + [None] * (run.width - len(part) + GAP)
        yield joined
