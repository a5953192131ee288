"""Measure the registered operations and print one table."""

from __future__ import annotations

import contextlib
import logging
import os
import platform
import sqlite3
import statistics
import time
import traceback
from dataclasses import dataclass

from bench import BenchContext, Operation, Timed, Unavailable

log = logging.getLogger("bench")


@dataclass
class Result:
    operation: Operation
    ours: list[float]
    baseline: list[float]
    note: str = ""

    @property
    def median(self) -> float | None:
        return statistics.median(self.ours) if self.ours else None

    @property
    def baseline_median(self) -> float | None:
        return statistics.median(self.baseline) if self.baseline else None

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.baseline_median:
            return None
        return self.median / self.baseline_median

    @property
    def met(self) -> bool | None:
        if self.median is None:
            return None
        return self.operation.target.met(self.median, self.ratio)


def _measure(call) -> float:
    started = time.perf_counter()
    value = call()
    elapsed = time.perf_counter() - started
    return float(value) if isinstance(value, Timed) else elapsed


def measure(operation: Operation, ctx: BenchContext, reps: int) -> Result:
    ours: list[float] = []
    base: list[float] = []
    try:
        with contextlib.ExitStack() as stack:
            mine = stack.enter_context(operation.fn(ctx))
            theirs = (stack.enter_context(operation.baseline_fn(ctx))
                      if operation.baseline_fn else None)
            _measure(mine)                      # warm-up: caches, pyc files, pages
            if theirs:
                _measure(theirs)
            for index in range(reps):           # alternate, and alternate who goes first
                order = [(mine, ours), (theirs, base)]
                if index % 2:
                    order.reverse()
                for call, bucket in order:
                    if call is not None:
                        bucket.append(_measure(call))
    except Unavailable as exc:
        return Result(operation, [], [], f"not measured: {exc}")
    except Exception as exc:  # noqa: BLE001 - one broken operation must not hide the others
        log.debug("operation failed", exc_info=True)
        detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return Result(operation, [], [], f"failed: {detail}")
    return Result(operation, ours, base)


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 0.001:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def machine_note() -> str:
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    import textual

    return (f"{os.cpu_count()} cores ({model}); {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}; "
            f"Textual {textual.__version__}")


def print_table(results: list[Result], ctx: BenchContext, *, dataset_note: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal or console.width < 110:
        console = Console(width=120)
    table = Table(title="Sekretariat benchmark — ours vs the raw library, same run",
                  title_justify="left")
    table.add_column("operation")
    table.add_column("median", justify="right")
    table.add_column("baseline median", justify="right")
    table.add_column("ratio", justify="right")
    table.add_column("target")
    table.add_column("", justify="center")
    notes = []
    for result in results:
        ratio = result.ratio
        met = result.met
        mark = "—" if met is None else ("[green]ok[/]" if met else "[red]MISSED[/]")
        reps = len(result.ours)
        name = result.operation.name + (f" ×{reps}" if reps else "")
        table.add_row(name, _fmt(result.median), _fmt(result.baseline_median),
                      "—" if ratio is None else f"{ratio:.2f}×", result.operation.target.text,
                      mark)
        if result.note:
            notes.append(f"{result.operation.name}: {result.note}")
    console.print(table)
    console.print(f"machine: {machine_note()}")
    console.print(f"dataset: {dataset_note}")
    console.print("Figures are medians (after one warm-up run; ours and the baseline alternate) "
                  "on a shared, noisy machine — read the ratios more than the absolute times.")
    for note in notes + ctx.notes:
        console.print(f"[yellow]note[/]: {note}")
