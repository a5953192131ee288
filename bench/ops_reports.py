"""The reports area: the year's ledgers workbook (``services.reports.ledgers
.export_ledgers``, eight sheets from the journal and the modules' services,
streamed through openpyxl write-only) against plain openpyxl write-only
writing the very same cells.

"The same cells": the set-up exports the workbook once, reads it back
(openpyxl read-only) and keeps every row's values and number formats in a
pickle stream on disk; the baseline reads that stream and writes each row
with ``WriteOnlyCell`` + ``number_format`` (formulas as the same strings),
one row at a time. So the ratio is what our reading, services and layout
cost on top of openpyxl's own writing (issue 12: at most 1.15×).

Peak memory (tracemalloc) is measured once in the set-up, outside the timed
runs, for ours on the first month and on the whole year, and for the
baseline; the figures go into the table's notes. Streaming means the year
peaks about where the month does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import pickle
import time
import tracemalloc
from pathlib import Path

from bench import (
    BenchContext,
    Unavailable,
    median_at_most,
    opened,
    ratio_at_most,
    register,
    session_of,
)


def _chosen(ctx: BenchContext):  # type: ignore[no-untyped-def]
    """The dataset's last whole year, or this year when that has no books (a
    small dataset); and the month of its first entry (for the memory note)."""
    from sekretariat import db
    from sekretariat.services.reports import ledgers, period

    for year in (ctx.today.year - 1, ctx.today.year):
        chosen = ledgers.choose_period(year)
        if period.has_data(chosen):
            first = db.current_database().execute_sql(
                "SELECT min(entry_date) FROM journal_entry WHERE entry_date >= ?",
                (chosen.start.isoformat(),)).fetchone()[0]
            day = dt.date.fromisoformat(first)
            return chosen, period.month_period(day.year, day.month)
    raise Unavailable("no books in the dataset's last two years")






def _peak(call) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(seconds, peak MiB) of one call under tracemalloc."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        call()
        return time.perf_counter() - started, tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _export(session, chosen, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    from sekretariat.services.reports import ledgers

    return ledgers.export_ledgers(session, chosen, to_dir=folder, replace=True).path


@contextlib.contextmanager
def workbook_ours(ctx: BenchContext):
    from sekretariat.services.reports.ledgers_books import line_count

    out = ctx.scratch / "ledgers-ours"
    with opened(ctx.dataset):
        session = session_of("bendahara")
        chosen, month = _chosen(ctx)
        _export(session, month, out)               # imports and caches, outside the peaks
        _, month_peak = _peak(lambda: _export(session, month, out))
        _, year_peak = _peak(lambda: _export(session, chosen, out))
        ctx.notes.append(f"ledgers workbook {chosen.label()}: {line_count(chosen):,} journal "
                         f"lines; peak memory (tracemalloc) ours {year_peak:.1f} MiB, "
                         f"{month_peak:.1f} MiB for {month.label()} ({line_count(month):,} "
                         f"lines)")
        yield lambda: _export(session, chosen, out)


def _dump_rows(source: Path, target: Path) -> int:
    """Every row of ``source`` as (values, number formats or None), sheet by
    sheet (a sheet starts with its title), into a pickle stream."""
    from openpyxl import load_workbook

    book = load_workbook(source, read_only=True)
    rows = 0
    try:
        with open(target, "wb") as handle:          # one pickle per row: nothing piles up
            for ws in book.worksheets:
                pickle.dump(ws.title, handle, protocol=pickle.HIGHEST_PROTOCOL)
                for row in ws.iter_rows():
                    values = tuple(getattr(c, "value", None) for c in row)
                    formats = tuple(None if getattr(c, "number_format", "General") == "General"
                                    else c.number_format for c in row)
                    pickle.dump((values, formats), handle, protocol=pickle.HIGHEST_PROTOCOL)
                    rows += 1
    finally:
        book.close()
    return rows


def plain_write(rows: Path, target: Path) -> None:
    """The baseline: plain openpyxl write-only, the same cells row by row."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    ws = None
    with open(rows, "rb") as handle:
        while True:
            try:
                item = pickle.load(handle)
            except EOFError:
                break
            if isinstance(item, str):
                ws = book.create_sheet(item)
                continue
            line = []
            for value, number_format in zip(*item):
                if number_format is None or value is None:
                    line.append(value)
                else:
                    cell = WriteOnlyCell(ws, value)
                    cell.number_format = number_format
                    line.append(cell)
            ws.append(line)
    book.save(str(target))


@contextlib.contextmanager
def workbook_plain(ctx: BenchContext):
    with opened(ctx.dataset):
        chosen, _ = _chosen(ctx)
        source = _export(session_of("bendahara"), chosen, ctx.scratch / "ledgers-source")
    rows = ctx.scratch / "ledgers-rows.pickle"
    count = _dump_rows(source, rows)
    target = ctx.scratch / "ledgers-plain.xlsx"
    plain_write(rows, target)                      # imports, outside the peak
    _, peak = _peak(lambda: plain_write(rows, target))
    ctx.notes.append(f"ledgers workbook: the baseline writes the same {count:,} rows; its peak "
                     f"memory (tracemalloc) {peak:.1f} MiB")
    try:
        yield lambda: plain_write(rows, target)
    finally:
        rows.unlink(missing_ok=True)


register("year's ledgers workbook (8 sheets) vs plain openpyxl write-only", ratio_at_most(1.15),
         workbook_ours, workbook_plain, reps=3, quick_reps=1)


# --- the annual report --------------------------------------------------------------------

@contextlib.contextmanager
def annual_ours(ctx: BenchContext):
    """``services.reports.annual.make_report``: gathering every figure of the
    dataset's last whole year from the services and writing the PDF (issue 12:
    at most 3 s). No raw-library baseline does the same work."""
    from sekretariat.services.reports import annual

    out = ctx.scratch / "annual"
    with opened(ctx.dataset):
        session = session_of("bendahara")
        chosen, _ = _chosen(ctx)

        def make() -> None:
            annual.make_report(session, chosen, "annual", to_dir=out, replace=True)

        make()                                     # imports and fonts, outside the runs
        yield make


register("annual report PDF of a year (figures + layout)", median_at_most(3.0), annual_ours,
         reps=3, quick_reps=1)
