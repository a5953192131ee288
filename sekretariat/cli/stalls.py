"""The stall registry on the command line: ``stall import FILE.csv`` (a whole
market's blocks and stalls at once), ``stall list``, ``tariff list`` and
``tariff set``, over services/stalls.py.

``stall import`` reads the file before logging in (a missing or malformed
file is reported at once), shows the plan from a dry run of the same
service, asks (``--yes`` skips it; declining is exit 1) and imports it in one
transaction. A file with bad rows is refused with every problem by line
number and exit code 3; nothing is written.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from sekretariat.cli._base import (
    Command,
    Group,
    as_of_option,
    err,
    flag,
    guarded,
    logged_in,
    out,
    parse_day,
    say_error,
    say_note,
    say_ok,
    user_option,
)
from sekretariat.cli.stall_csv import read_stall_csv
from sekretariat.i18n import t

#: Rows shown in the plan before the import asks.
PREVIEW_ROWS = 10
#: Problems printed when an import is refused (the rest are counted).
PROBLEMS_SHOWN = 200
#: Stalls read per page for ``stall list``.
PAGE = 500

LIST_CSV_COLUMNS = ("code", "block", "kind", "area_m2", "status", "trader", "agreement",
                    "monthly_rate", "rate_source", "note")


def register(app: typer.Typer) -> None:
    panel = t("cli.stall.panel")
    stall_app = typer.Typer(cls=Group, name="stall", help=t("cli.stall.help"),
                            no_args_is_help=True, rich_markup_mode="rich")
    app.add_typer(stall_app, name="stall", rich_help_panel=panel)
    tariff_app = typer.Typer(cls=Group, name="tariff", help=t("cli.tariff.help"),
                             no_args_is_help=True, rich_markup_mode="rich")
    app.add_typer(tariff_app, name="tariff", rich_help_panel=panel)

    # --- stall import ------------------------------------------------------------

    @stall_app.command("import", cls=Command, help=t("cli.stall.import_help"))
    @guarded
    def import_(
        ctx: typer.Context,
        file: Annotated[str, typer.Argument(
            metavar=t("cli.stall.metavar_file"), show_default=False,
            help=t("cli.stall.arg_file"))],
        dry_run: Annotated[bool, flag("--dry-run", "cli.stall.opt_dry_run")] = False,
        yes: Annotated[bool, flag("--yes", "cli.stall.opt_yes")] = False,
        rates_from: Annotated[str | None, typer.Option(
            "--from", metavar=t("cli.metavar.date"), show_default=False,
            help=t("cli.stall.opt_from"))] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.cli.leases import confirm_or_abort
        from sekretariat.services.leasing import stall_import

        day = parse_day(rates_from, "effective_from")
        rows, problems = read_stall_csv(Path(file))
        _, session = logged_in(ctx, user)
        if not rows and problems:
            _refuse(problems)
        try:
            plan = stall_import.import_stalls(session, rows, dry_run=True, effective_from=day)
        except stall_import.ImportInvalid as exc:
            _refuse([*problems, *exc.problems])
        if problems:
            _refuse(problems)
        _print_plan(plan, Path(file))
        if dry_run:
            say_note(t("cli.stall.dry_run_note"))
            return
        if not yes:
            confirm_or_abort(t("cli.stall.confirm", stalls=plan.stalls_created,
                               blocks=plan.blocks_created, rates=plan.rates_set))
        done = stall_import.import_stalls(session, rows, effective_from=day)
        say_ok(t("cli.stall.done", stalls=done.stalls_created, blocks=done.blocks_created,
                 rates=done.rates_set))

    # --- stall list --------------------------------------------------------------

    @stall_app.command("list", cls=Command, help=t("cli.stall.list_help"))
    @guarded
    def list_(
        ctx: typer.Context,
        block: Annotated[str | None, typer.Option(
            "--block", metavar=t("cli.stall.metavar_block"), show_default=False,
            help=t("cli.stall.opt_block"))] = None,
        as_of: Annotated[str | None, as_of_option("cli.stall.opt_as_of")] = None,
        as_csv: Annotated[bool, flag("--csv", "cli.stall.opt_csv")] = False,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat import clock
        from sekretariat.services.leasing import stall_rates, stalls

        when = parse_day(as_of, "as_of")
        _, session = logged_in(ctx, user)
        when = when or clock.today()
        found = []
        after = None
        while True:
            page = stalls.list_stalls(session, block=block, as_of=when, after_code=after,
                                      limit=PAGE)
            found.extend(page)
            if len(page) < PAGE:
                break
            after = page[-1].code
        rates = stall_rates.rates_for(session, [s.id for s in found], when)
        if as_csv:
            _write_stalls_csv(found, rates)
            return
        _print_stalls(found, rates, when, block)

    # --- tariff list / set -------------------------------------------------------

    @tariff_app.command("list", cls=Command, help=t("cli.tariff.list_help"))
    @guarded
    def tariff_list(
        ctx: typer.Context,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat import clock
        from sekretariat.services.leasing import stall_rates

        _, session = logged_in(ctx, user)
        _print_tariffs(stall_rates.list_tariffs(session), clock.today())

    @tariff_app.command("set", cls=Command, help=t("cli.tariff.set_help"))
    @guarded
    def tariff_set(
        ctx: typer.Context,
        kind: Annotated[str, typer.Argument(
            metavar=t("cli.tariff.metavar_kind"), show_default=False,
            help=t("cli.tariff.arg_kind"))],
        rate: Annotated[str, typer.Argument(
            metavar=t("cli.tariff.metavar_rate"), show_default=False,
            help=t("cli.tariff.arg_rate"))],
        start: Annotated[str, typer.Option(
            "--from", metavar=t("cli.metavar.date"), show_default=False,
            help=t("cli.tariff.opt_from"))],
        block: Annotated[str | None, typer.Option(
            "--block", metavar=t("cli.stall.metavar_block"), show_default=False,
            help=t("cli.tariff.opt_block"))] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.leasing import stall_rates

        day = parse_day(start, "effective_from")
        kind = kind.strip().lower()
        _, session = logged_in(ctx, user)
        before = stall_rates.list_tariffs(session)
        tariff = stall_rates.set_tariff(session, kind, rate, day, block=block)
        same = [x for x in before if x.kind == tariff.kind and x.block_id == tariff.block_id]
        where = tariff.block_code or t("cli.tariff.all_blocks")
        say_ok(t("cli.tariff.done", kind=_kind(tariff.kind), block=where,
                 rate=_rupiah(tariff.monthly_rate), day=_date(tariff.effective_from)))
        replaced = next((x for x in same if x.id == tariff.id), None)
        if replaced is not None and replaced.monthly_rate != tariff.monthly_rate:
            say_note(t("cli.tariff.replaced", rate=_rupiah(replaced.monthly_rate)))
        later = [x for x in same if x.effective_from > tariff.effective_from]
        if later:
            say_note(t("cli.tariff.later", day=_date(later[0].effective_from),
                       rate=_rupiah(later[0].monthly_rate)))


# --- reading the CSV ---------------------------------------------------------

def _refuse(problems) -> NoReturn:  # type: ignore[no-untyped-def]
    """Every problem by line on stderr; exit 3, nothing written."""
    from rich.text import Text

    from sekretariat.errors import EXIT_REFUSED

    ordered = sorted(problems, key=lambda p: p.line)
    say_error(t("cli.stall.refused", count=len(ordered)))
    console = err()
    for problem in ordered[:PROBLEMS_SHOWN]:
        console.print(Text("  " + problem.message))
    if len(ordered) > PROBLEMS_SHOWN:
        console.print(Text("  " + t("cli.stall.refused_more",
                                    count=len(ordered) - PROBLEMS_SHOWN)))
    raise typer.Exit(EXIT_REFUSED)


# --- output ------------------------------------------------------------------

def _rupiah(amount: int) -> str:
    from sekretariat.money import format_rupiah

    return format_rupiah(amount)


def _date(day) -> str:  # type: ignore[no-untyped-def]
    from sekretariat.i18n.formats import fmt_date

    return fmt_date(day)


def _kind(kind: str) -> str:
    return t(f"stall.kind.{kind}")


def _area(area_dm2: int, *, machine: bool = False) -> str:
    """12, 2,25 (or 2.25 in English and in CSV)."""
    from decimal import Decimal

    from sekretariat.i18n import get_language

    text = format((Decimal(area_dm2) / 100).normalize(), "f")
    return text if machine or get_language() == "en" else text.replace(".", ",")


def _print_plan(plan, path: Path) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    from sekretariat.cli._base import print_wide

    console = out()
    console.print(Text(t("cli.stall.import_title", path=str(path)), style="bold"))
    console.print(t("cli.stall.plan_stalls", count=plan.stalls_created))
    if plan.block_codes:
        console.print(t("cli.stall.plan_blocks", count=plan.blocks_created,
                        codes=", ".join(plan.block_codes)))
    else:
        console.print(t("cli.stall.plan_no_blocks"))
    if plan.rates_set:
        console.print(t("cli.stall.plan_rates", count=plan.rates_set,
                        day=_date(plan.effective_from)))
    table = Table()
    table.add_column(t("cli.stall.col_line"), justify="right", no_wrap=True)
    table.add_column(t("cli.stall.col_code"), no_wrap=True, style="bold")
    table.add_column(t("cli.stall.col_block"), no_wrap=True)
    table.add_column(t("cli.stall.col_kind"), no_wrap=True)
    table.add_column(t("cli.stall.col_area"), justify="right", no_wrap=True)
    table.add_column(t("cli.stall.col_own_rate"), justify="right", no_wrap=True)
    table.add_column(t("cli.stall.col_note"), max_width=30)
    for stall in plan.stalls[:PREVIEW_ROWS]:
        table.add_row(str(stall.line), stall.code, stall.block_code, _kind(stall.kind),
                      _area(stall.area_dm2),
                      _rupiah(stall.monthly_rate) if stall.monthly_rate is not None else "",
                      stall.note)
    print_wide(table)
    if len(plan.stalls) > PREVIEW_ROWS:
        say_note(t("cli.stall.more_rows", count=len(plan.stalls) - PREVIEW_ROWS))


def _print_stalls(found, rates, when, block) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    from sekretariat.cli._base import print_wide

    title = (t("cli.stall.list_title_block", block=found[0].block_code if found else block,
               day=_date(when)) if block else t("cli.stall.list_title", day=_date(when)))
    out().print(Text(title, style="bold"))
    if not found:
        say_note(t("cli.stall.list_none"))
        return
    table = Table()
    table.add_column(t("cli.stall.col_code"), no_wrap=True, style="bold")
    table.add_column(t("cli.stall.col_block"), no_wrap=True)
    table.add_column(t("cli.stall.col_kind"), no_wrap=True)
    table.add_column(t("cli.stall.col_area"), justify="right", no_wrap=True)
    table.add_column(t("cli.stall.col_status"), no_wrap=True)
    table.add_column(t("cli.stall.col_tenant"), min_width=10, max_width=30)
    table.add_column(t("cli.stall.col_rate"), justify="right", no_wrap=True)
    for stall in found:
        rate = rates.get(stall.id)
        table.add_row(stall.code, stall.block_code, _kind(stall.kind), _area(stall.area_dm2),
                      t(f"stall.status.{stall.status}"), stall.trader_name or "",
                      _rupiah(rate.monthly_rate) if rate is not None else "—")
    print_wide(table)
    leased = sum(1 for s in found if s.status == "disewa")
    vacant = sum(1 for s in found if s.status == "kosong")
    out().print(t("cli.stall.list_summary", count=len(found), disewa=leased, kosong=vacant,
                  other=len(found) - leased - vacant))


def _write_stalls_csv(found, rates) -> None:  # type: ignore[no-untyped-def]
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(LIST_CSV_COLUMNS)
    for s in found:
        rate = rates.get(s.id)
        writer.writerow([s.code, s.block_code, s.kind, _area(s.area_dm2, machine=True),
                         s.status, s.trader_name or "", s.agreement_number or "",
                         rate.monthly_rate if rate is not None else "",
                         rate.source if rate is not None else "", s.note])


def _print_tariffs(tariffs, today) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    out().print(Text(t("cli.tariff.title", day=_date(today)), style="bold"))
    if not tariffs:
        say_note(t("cli.tariff.none"))
        return
    in_force: dict[tuple[str, int | None], int] = {}
    for tariff in tariffs:  # by kind, block, date: the last on or before today wins
        if tariff.effective_from <= today:
            in_force[(tariff.kind, tariff.block_id)] = tariff.id
    table = Table()
    table.add_column(t("cli.tariff.col_kind"), no_wrap=True)
    table.add_column(t("cli.tariff.col_block"), no_wrap=True)
    table.add_column(t("cli.tariff.col_rate"), justify="right", no_wrap=True)
    table.add_column(t("cli.tariff.col_from"), no_wrap=True)
    table.add_column(t("cli.tariff.col_in_force"), justify="center", no_wrap=True)
    for tariff in tariffs:
        table.add_row(_kind(tariff.kind), tariff.block_code or t("cli.tariff.all_blocks"),
                      _rupiah(tariff.monthly_rate), _date(tariff.effective_from),
                      "✓" if in_force.get((tariff.kind, tariff.block_id)) == tariff.id else "")
    out().print(table)
