"""``sekretariat close DATE --count ...``: the treasurer's end-of-day close from
the command line (the same service and summary as the TUI's walk-through),
and ``cash closes``: the history of closes.

Counts are ``VALUE=QUANTITY`` pairs (``100000=12,50000=3``, ``100.000=12``
too); a value that is both a note and a coin in the market's list (Rp1.000)
takes a suffix: ``1000k=3`` (kertas, note) and ``1000l=2`` (logam, coin). The
count file is a CSV ``denomination,quantity[,form]`` (``,`` or ``;``, with or
without a header line)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    command_line,
    err,
    flag,
    guarded,
    logged_in,
    out,
    parse_day,
    prompt,
    say_error,
    say_note,
    say_ok,
    user_option,
)
from sekretariat.errors import SekretariatError, ValidationError
from sekretariat.i18n import t

ENV_APPROVER_PASSWORD = "SEKRETARIAT_APPROVER_PASSWORD"
FORM_WORDS = {"k": "note", "kertas": "note", "n": "note", "note": "note",
              "l": "coin", "logam": "coin", "c": "coin", "coin": "coin"}
_PAIR = re.compile(r"^\s*([0-9][0-9.,]*)\s*([a-zA-Z]*)\s*=\s*(.*?)\s*$")


# --- reading the count --------------------------------------------------------

def denomination(text: str, form_text: str, denominations) -> tuple[str, int]:
    """(form, value) of ``1000k`` / ``100.000`` / ``500`` + an optional form word."""
    from sekretariat.money import parse_rupiah

    value = parse_rupiah(text, field="counts", allow_zero=False)
    form_text = form_text.strip().lower()
    if form_text:
        if form_text not in FORM_WORDS:
            raise ValidationError("cli.cash.form_unknown", field="counts", form=form_text)
        form = FORM_WORDS[form_text]
        if (form, value) not in {(d.form, d.value) for d in denominations}:
            raise ValidationError("cash.count_unknown", field="counts", value=str(value),
                                  form=t(f"cash.form.{form}"))
        return form, value
    forms = [d.form for d in denominations if d.value == value]
    if len(forms) > 1:
        raise ValidationError("cli.cash.count_ambiguous", field="counts", value=str(value))
    if not forms:
        raise ValidationError("cli.cash.count_unknown", field="counts", value=str(value),
                              known=known_list(denominations))
    return forms[0], value


def known_list(denominations) -> str:
    return ", ".join(f"{d.value}{'k' if d.form == 'note' else 'l'}" for d in denominations)


def quantity(text: str, value: int) -> int:
    if not re.fullmatch(r"[0-9]{1,9}", text.strip()):
        raise ValidationError("cash.count_invalid", field="counts", value=str(value),
                              quantity=text.strip())
    return int(text)


def parse_counts(texts: list[str], denominations) -> list[tuple[str, int, int]]:
    """(form, value, quantity) of every ``VALUE[k|l]=QTY`` in the --count texts."""
    counts = []
    for text in texts:
        for piece in (p for p in text.split(",") if p.strip()):
            found = _PAIR.match(piece)
            if not found:
                raise ValidationError("cli.cash.count_syntax", field="counts", text=piece.strip())
            form, value = denomination(found.group(1), found.group(2), denominations)
            counts.append((form, value, quantity(found.group(3), value)))
    return counts


def read_count_file(path: str, denominations) -> list[tuple[str, int, int]]:
    """The count in a CSV ``denomination,quantity[,form]`` (``,`` or ``;``)."""
    import csv

    file = Path(path).expanduser()
    try:
        text = file.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError("cli.cash.count_file_unreadable", field="count_file",
                              path=str(file), detail=str(getattr(exc, "strerror", "") or exc)
                              ) from None
    lines = [line for line in text.splitlines() if line.strip()]
    delimiter = ";" if lines and ";" in lines[0] and "," not in lines[0] else ","
    counts = []
    for number, row in enumerate(csv.reader(text.splitlines(), delimiter=delimiter), start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if not counts and number == _first_line(text) and not cells[0][:1].isdigit():
            continue                                       # the header line
        try:
            if len(cells) < 2 or len(cells) > 3:
                raise ValidationError("cli.cash.count_file_columns", field="count_file")
            found = re.fullmatch(r"([0-9][0-9.,]*)\s*([a-zA-Z]*)", cells[0])
            if not found:
                raise ValidationError("cli.cash.count_syntax", field="counts", text=cells[0])
            form_text = cells[2] if len(cells) == 3 and cells[2] else found.group(2)
            form, value = denomination(found.group(1), form_text, denominations)
            counts.append((form, value, quantity(cells[1], value)))
        except SekretariatError as exc:
            raise ValidationError("cli.cash.count_file_line", field="count_file",
                                  path=file.name, line=number, problem=exc.message) from None
    return counts


def _first_line(text: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            return number
    return 0


# --- the close -----------------------------------------------------------------

def register(app: typer.Typer, cash_app: typer.Typer, panel: str) -> None:
    @app.command("close", cls=Command, help=t("cli.cash.close_help"), rich_help_panel=panel)
    @guarded
    def close_day(
        ctx: typer.Context,
        day: Annotated[str, typer.Argument(metavar=t("cli.metavar.date"), show_default=False,
                                           help=t("cli.cash.close_day"))],
        count: Annotated[list[str] | None, typer.Option(
            "--count", metavar="100000=12,…", show_default=False,
            help=t("cli.cash.opt_count"))] = None,
        count_file: Annotated[str | None, typer.Option(
            "--count-file", metavar="FILE.csv", show_default=False,
            help=t("cli.cash.opt_count_file"))] = None,
        note: Annotated[str, typer.Option("--note", metavar=t("cli.metavar.text"),
                                          show_default=False,
                                          help=t("cli.cash.opt_note"))] = "",
        approver: Annotated[str | None, typer.Option(
            "--approver", metavar=t("cli.metavar.username"), show_default=False,
            help=t("cli.cash.opt_approver"))] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.cash import close, close_read

        when = parse_day(day)
        if not count and not count_file:
            raise ValidationError("cli.cash.count_missing", field="counts")
        st, session = logged_in(ctx, user)
        draft = close_read.prepare_close(session, when)
        denominations = draft.settings.denominations
        counts = parse_counts(count or [], denominations)
        if count_file:
            counts += read_count_file(count_file, denominations)
        chair = None
        if approver:
            password = os.environ.get(ENV_APPROVER_PASSWORD) or prompt(
                t("cli.cash.prompt_approver", username=approver), hide_input=True)
            chair = (approver.strip(), password)
        result = close.close_and_back_up(session, when, counts, note, approver=chair,
                                         expected_seen=draft.expected)
        print_close(st, draft, result)

    @cash_app.command("closes", cls=Command, help=t("cli.cash.closes_help"))
    @guarded
    def closes(
        ctx: typer.Context,
        limit: Annotated[int, typer.Option("--limit", min=1, max=100_000,
                                           help=t("cli.opt.limit"))] = 60,
        as_csv: Annotated[bool, flag("--csv", "cli.opt.csv")] = False,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.cash import close_read

        _, session = logged_in(ctx, user)
        rows = close_read.list_closes(session, limit=limit)
        if as_csv:
            _closes_csv(rows)
        else:
            _closes_table(rows)


def print_close(st, draft, result) -> None:  # type: ignore[no-untyped-def]
    """The summary the TUI's walk-through shows, on the terminal."""
    from rich.table import Table
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date, fmt_date_long
    from sekretariat.money import format_rupiah as rp

    info = result.close
    console = out()
    console.print(Text(t("cli.cash.close_title", day=fmt_date_long(info.day)), style="bold"))
    table = Table(box=None, show_header=False, padding=(0, 2))
    table.add_column()
    table.add_column(justify="right", no_wrap=True)
    table.add_row(t("cli.cash.opening"), rp(draft.opening))
    for source in draft.sources:
        if source.money_in:
            table.add_row(f"  + {source.label}", rp(source.money_in))
        if source.money_out:
            table.add_row(f"  − {source.label}", rp(source.money_out))
    if not draft.sources:
        table.add_row(Text(f"  {t('cli.cash.no_activity')}", style="dim"), "")
    table.add_row(Text(t("cli.cash.expected"), style="bold"), Text(rp(info.expected),
                                                                  style="bold"))
    table.add_row(Text(t("cli.cash.counted"), style="bold"), Text(rp(info.counted),
                                                                 style="bold"))
    table.add_row(t("cli.cash.difference"), difference_text(info.difference))
    if info.note:
        table.add_row(t("cli.cash.note"), info.note)
    if info.approved_by:
        table.add_row(t("cli.cash.approved_by"), info.approved_by_name or info.approved_by)
    console.print(table)
    if result.zero_days:
        say_note(t("cli.cash.zero_days", days=", ".join(fmt_date(d) for d in result.zero_days)))
    say_ok(t("cli.cash.closed", day=fmt_date(info.day)))
    console.print(t("cli.cash.witness", position=result.witness.audit_id,
                    hash=result.witness.short))
    say_note(t("cli.cash.witness_hint", command=command_line(
        st, "check", "--witness", f"{info.day.isoformat()}={result.witness.short}")))
    say_note(t("cli.cash.report_hint", command=command_line(
        st, "print", "close-report", info.day.isoformat())))
    if result.backup_error:
        say_error(t("cli.cash.backup_failed", error=result.backup_error))
        err().print(Text(t("cli.cash.backup_failed_hint", command=command_line(st, "backup")),
                         style="bold red"))
    else:
        say_ok(t("cli.cash.backup_done", path=result.backup_path))


def difference_text(amount: int) -> str:
    from sekretariat.money import format_rupiah as rp

    if amount > 0:
        return t("cli.cash.over", amount=rp(amount))
    if amount < 0:
        return t("cli.cash.short", amount=rp(-amount))
    return t("cli.cash.no_difference")


def _closes_table(rows) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    from sekretariat.i18n.formats import fmt_date, fmt_datetime
    from sekretariat.money import format_rupiah as rp

    if not rows:
        say_note(t("cli.cash.closes_none"))
        return
    table = Table()
    table.add_column(t("field.day"), no_wrap=True, style="bold")
    for key in ("cli.cash.col_expected", "cli.cash.col_counted", "cli.cash.col_difference"):
        table.add_column(t(key), justify="right", no_wrap=True)
    table.add_column(t("cli.cash.col_by"), max_width=20)
    table.add_column(t("cli.cash.col_note"), min_width=16, overflow="fold")
    for row in rows:
        note = t("cli.cash.zero_day") if row.zero_day else row.note
        if row.reopened_at:
            note = t("cli.cash.reopened", username=row.reopened_by or "-",
                     when=fmt_datetime(row.reopened_at), reason=row.reopen_reason or "")
        by = row.counted_by + (f" / {row.approved_by}" if row.approved_by else "")
        table.add_row(fmt_date(row.day), rp(row.expected), rp(row.counted),
                      rp(row.difference) if row.difference else "", by, note,
                      style="dim" if row.reopened_at or row.zero_day else None)
    out().print(table)


def _closes_csv(rows) -> None:  # type: ignore[no-untyped-def]
    import csv
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["day", "zero_day", "opening", "expected", "counted", "difference", "note",
                     "counted_by", "approved_by", "closed_at", "reopened_at", "reopened_by",
                     "reopen_reason"])
    for r in rows:
        writer.writerow([r.day.isoformat(), int(r.zero_day), r.opening, r.expected, r.counted,
                         r.difference, r.note, r.counted_by, r.approved_by or "", r.created_at,
                         r.reopened_at or "", r.reopened_by or "", r.reopen_reason or ""])
