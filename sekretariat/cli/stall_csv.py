"""Reading a stall CSV for ``stall import``: the header's columns (and the
other names a header may give them), the delimiter, and each row with its
line number. A row that does not fit its header (more fields than the
header, or a purely numeric note right after a whole-number area, the mark
of an unquoted decimal comma) is a problem of its line, like every other bad
line."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sekretariat.errors import ValidationError

if TYPE_CHECKING:
    from sekretariat.services.leasing.stall_import import ImportProblem, StallRow

#: The import's columns, and the other names a header may give them.
COLUMNS = ("code", "block", "kind", "area", "note", "monthly_rate", "block_name")
REQUIRED = ("code", "block", "kind", "area")
ALIASES = {
    "kode": "code", "kode_lapak": "code", "blok": "block", "jenis": "kind", "luas": "area",
    "luas_m2": "area", "area_m2": "area", "catatan": "note", "keterangan": "note",
    "tarif": "monthly_rate", "tarif_bulanan": "monthly_rate", "tarif_per_bulan": "monthly_rate",
    "rate": "monthly_rate", "nama_blok": "block_name", "block_name": "block_name",
}


def _column_name(text: str) -> str:
    name = text.strip().lower().replace("²", "2")
    name = re.sub(r"[^a-z0-9]+", "_", name).strip("_")
    return ALIASES.get(name, name)


def _delimiter(first_line: str) -> str:
    """Semicolons (Excel in Indonesian), tabs or commas: whichever the header
    uses most; commas when it names one column only."""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_stall_csv(path: Path) -> tuple[list[StallRow], list[ImportProblem]]:
    """The rows of a stall CSV, each with its line in the file, and the rows
    that cannot be read at all (more values than columns). A file that cannot
    be read, or a header without the needed columns, is refused at once."""
    from sekretariat.services.leasing.stall_import import ImportProblem, StallRow

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError("cli.stall.file_missing", path=str(path)) from None
    except OSError as exc:
        raise ValidationError("cli.stall.file_unreadable", path=str(path),
                              detail=exc.strerror or type(exc).__name__) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError("cli.stall.file_encoding", path=str(path),
                              line=data[:exc.start].count(b"\n") + 1) from None
    lines = text.splitlines(keepends=True)
    header_line = next((line for line in lines if line.strip()), None)
    if header_line is None:
        raise ValidationError("cli.stall.csv_empty", path=str(path))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header_line))
    rows: list[StallRow] = []
    problems: list[ImportProblem] = []
    columns: list[str] | None = None
    header_fields = 0
    last_line = 0
    try:
        for record in reader:
            line, last_line = last_line + 1, reader.line_num
            values = [value.strip() for value in record]
            fields = len(values)
            while values and not values[-1]:
                values.pop()
            if not values:
                continue
            if columns is None:
                columns = _header(values)
                header_fields = fields
                continue
            if fields > max(header_fields, len(columns)):
                problems.append(ImportProblem(line, ValidationError(
                    "cli.stall.csv_too_many", found=fields, expected=len(columns))))
                continue
            named = dict(zip(columns, values, strict=False))
            split = _split_area(columns, named)
            if split:
                problems.append(ImportProblem(line, ValidationError(
                    "cli.stall.csv_split_area", area=named["area"], note=named["note"],
                    joined=split)))
                continue
            rows.append(StallRow(
                code=named.get("code", ""), block=named.get("block", ""),
                kind=named.get("kind", ""), area=named.get("area", ""),
                note=named.get("note", ""), monthly_rate=named.get("monthly_rate") or None,
                line=line, block_name=named.get("block_name", "")))
    except csv.Error as exc:
        raise ValidationError("cli.stall.csv_bad", path=str(path), line=reader.line_num,
                              detail=str(exc)) from None
    return rows, problems


def _header(values: list[str]) -> list[str]:
    columns = []
    for number, value in enumerate(values, start=1):
        if not value:
            raise ValidationError("cli.stall.csv_blank_column", number=number)
        name = _column_name(value)
        if name not in COLUMNS:
            raise ValidationError("cli.stall.csv_unknown_column", column=value)
        if name in columns:
            raise ValidationError("cli.stall.csv_duplicate_column", column=value)
        columns.append(name)
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise ValidationError("cli.stall.csv_missing_columns", columns=", ".join(missing))
    return columns


def _split_area(columns: list[str], named: dict[str, str]) -> str | None:
    """``2,25`` unquoted in a comma-separated file reads as area 2 and note
    25: a number where the header expects text. Returns the area it likely
    meant (``2,25``), or None when the row looks right."""
    if "area" not in columns or "note" not in columns:
        return None
    if columns.index("note") != columns.index("area") + 1:
        return None
    area, note = named.get("area", ""), named.get("note", "")
    if area.isdigit() and note.isdigit():
        return f"{area},{note}"
    return None
