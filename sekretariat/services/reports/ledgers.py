"""The ledgers workbook (issue 12): one Excel file for whoever audits the
books, with a sheet each for the general journal, the general ledger, the
cash book, the traders' accounts with their arrears, parking by day and by
attendant, the stock cards, the bulk-purchase allocations and the trial
balance (``ledgers_books``, ``ledgers_modules``; laid out and streamed by
``reports.reports.workbook``).

Like the other documents it goes to ``exports/`` beside the database, or a
folder given; it never overwrites a file silently (an existing one is
refused unless ``replace`` is asked for, and so is one a spreadsheet program
has open), and it is written beside its name first and renamed when whole,
so a failed export leaves nothing behind. Every figure is read in one
snapshot of the database. A period whose last day is not closed yet is
provisional: the file's name, properties and every sheet's heading say
SEMENTARA. Reading only: nothing is written to the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sekretariat import clock, db
from sekretariat.errors import ValidationError
from sekretariat.i18n import t
from sekretariat.money import format_number
from sekretariat.services.core import paper
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.reports import ledgers_books, ledgers_modules, output
from sekretariat.services.reports import period as periods
from sekretariat.services.reports.ledgers_frame import Frame
from sekretariat.services.reports.period import Period

FILE_STEM = "pembukuan"
PROVISIONAL_SUFFIX = "sementara"
#: Rows a sheet may give to journal lines (a spreadsheet holds 1,048,576;
#: the rest is for headings, openings, closings and totals).
MAX_LINES = 1_000_000

#: ``report(done, total, label)``, as the CLI's progress bar takes it.
Report = Callable[[int, int, str], None]

#: What the sheets read: asked for all at once, before any work.
PERMISSIONS = ("journal.view", "cash.view", "receivables.view", "parking.view", "warehouse.view")

SHEETS = (ledgers_books.journal_sheet, ledgers_books.ledger_sheet, ledgers_books.cash_sheet,
          ledgers_modules.traders_sheet, ledgers_modules.parking_sheet,
          ledgers_modules.stock_sheet, ledgers_modules.rounds_sheet, ledgers_books.trial_sheet)


@dataclass(frozen=True)
class LedgersFile:
    path: Path
    period: Period
    provisional: bool
    sheets: tuple[str, ...]
    journal_lines: int


def choose_period(year: Any = None, first: dt.date | None = None,
                  last: dt.date | None = None) -> Period:
    """A year, or a span from ``first`` to ``last``: one or the other."""
    if year is not None and (first is not None or last is not None):
        raise ValidationError("ledgers.period_both", field="year")
    if year is not None:
        return periods.year_period(year)
    if first is None or last is None:
        raise ValidationError("ledgers.period_missing", field="year")
    return periods.span(first, last)


def file_name(period: Period, provisional: bool) -> str:
    """``pembukuan-2026.xlsx``; ``pembukuan-2026-sementara.xlsx`` while provisional."""
    tail = f"-{PROVISIONAL_SUFFIX}" if provisional else ""
    return f"{FILE_STEM}-{period.slug()}{tail}.xlsx"


def export_ledgers(session: Session, period: Period, *, to_dir: str | Path | None = None,
                   replace: bool = False, progress: Report | None = None) -> LedgersFile:
    """Write the workbook of ``period``; its path and what it holds come back."""
    from sekretariat.reports.reports.workbook import SheetTooLong, write_workbook

    for action in PERMISSIONS:
        require(session, action)
    with _snapshot():
        periods.require_data(period)
        provisional = period.provisional
        lines = ledgers_books.line_count(period)
        if lines > MAX_LINES:
            raise ValidationError("ledgers.too_many_lines", field="period",
                                  lines=format_number(lines), maximum=format_number(MAX_LINES))
        folder = paper.folder(to_dir)
        path = folder / file_name(period, provisional)
        _check_target(folder, path, replace)
        frame = _frame(session, period, provisional)
        partial = folder / f".{path.name}.partial"
        _claim(partial, folder)
        written: list[str] = []
        whole = False
        try:
            write_workbook(partial, _book_info(frame), _sheets(frame, written),
                           _counter(progress, _estimate(period, lines)))
            whole = True
        except SheetTooLong as exc:
            raise ValidationError("ledgers.sheet_too_long", field="period",
                                  sheet=exc.title) from None
        except OSError as exc:
            raise ValidationError("ledgers.write_failed", field="folder", path=str(path),
                                  detail=exc.strerror or str(exc)) from None
        finally:
            if not whole:
                with contextlib.suppress(OSError):
                    partial.unlink()
    _put_in_place(partial, path, replace)
    return LedgersFile(path, period, provisional, tuple(written), lines)


@contextlib.contextmanager
def _snapshot() -> Iterator[None]:
    """One read transaction for the whole export (in WAL mode the snapshot is
    fixed by the first SELECT), so a posting made meanwhile is either in
    every sheet or in none."""
    conn = db.current_database()
    if conn.in_transaction():
        yield
        return
    with conn.transaction(lock_type="DEFERRED"):
        conn.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        yield


def _frame(session: Session, period: Period, provisional: bool) -> Frame:
    from sekretariat.i18n.formats import fmt_datetime

    made = t("ledgers.made", when=fmt_datetime(clock.now().replace(microsecond=0)),
             user=session.full_name)
    return Frame(session, period, paper.profile().name, provisional, made,
                 min(period.end, clock.today()))


def _sheets(frame: Frame, written: list[str]):  # type: ignore[no-untyped-def]
    """The sheets one after another (each built only when the one before it
    is written), noting their titles."""
    for build in SHEETS:
        sheet = build(frame)
        written.append(sheet.title)
        yield sheet


def _book_info(frame: Frame):  # type: ignore[no-untyped-def]
    from sekretariat.reports.reports.layout import BookInfo

    title = t("ledgers.book_title", market=frame.market, period=frame.period.label())
    mark = t("ledgers.provisional_mark") if frame.provisional else ""
    return BookInfo(
        title=f"{title} — {mark}" if mark else title, subject=frame.period.label(),
        creator=frame.market, modified_by=frame.session.full_name,
        description=t("report.provisional") if frame.provisional else frame.made,
        keywords=", ".join(filter(None, (t("ledgers.keywords"), mark))),
        created=clock.now().replace(microsecond=0, tzinfo=None), header_left=frame.market,
        header_center=mark, footer=t("ledgers.footer"))


def _estimate(period: Period, lines: int) -> int:
    """Rows the workbook will about have (for a progress bar): the journal's
    lines twice (journal, ledger), a third of them in the cash book, a row
    per day of parking, and some for the rest."""
    return 2 * lines + lines // 3 + (period.end - period.start).days + 500


def _counter(report: Report | None, total: int):  # type: ignore[no-untyped-def]
    if report is None:
        return None
    done = {"base": 0, "title": "", "last": 0}

    def progress(title: str, rows: int) -> None:
        if title != done["title"]:
            done["base"] += done["last"]
            done["title"] = title
        done["last"] = rows
        report(min(done["base"] + rows, total), total, title)

    return progress


# The file's place: shared with the annual report (``output``), with the
# ledgers' own messages (``ledgers.file_exists``, ...).

def _check_target(folder: Path, path: Path, replace: bool) -> None:
    output.check_target(folder, path, replace, "ledgers")


def _claim(partial: Path, folder: Path) -> None:
    output.claim(partial, folder, "ledgers")


def _put_in_place(partial: Path, path: Path, replace: bool) -> None:
    output.put_in_place(partial, path, replace, "ledgers")
