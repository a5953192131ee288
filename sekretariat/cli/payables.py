"""What the warehouse owes its suppliers, on the command line:
``supplier balances [--as-of D] [--csv]`` (every supplier, what it is owed
and its oldest unpaid delivery), ``supplier account NAME|ID [--from D]
[--to D] [--csv]`` (deliveries on credit, payments and voids with the
running balance), ``supplier pay NAME|ID AMOUNT [--date D] [--method
bank|cash] [--reference R] [--memo M]`` and ``supplier void BPM/2026/00001
--reason R [--date D]``. Every figure comes from
services/warehouse/payables.py; paying and voiding call payables_pay.py, the
services the TUI calls. CSV: a header row, money in plain whole Rupiah."""

import csv
import sys
from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    Group,
    as_of_option,
    flag,
    guarded,
    logged_in,
    parse_day,
    print_wide,
    say_note,
    say_ok,
    user_option,
)
from sekretariat.i18n import t

#: What a person may type for a method -> the service's word.
METHOD_WORDS = {"bank": "bank", "transfer": "bank", "cash": "cash", "tunai": "cash",
                "kas": "cash"}


def register(app: typer.Typer) -> None:
    supplier_app = typer.Typer(cls=Group, name="supplier", help=t("cli.supplier.help"),
                               no_args_is_help=True, rich_markup_mode="rich")
    app.add_typer(supplier_app, name="supplier", rich_help_panel=t("cli.supplier.panel"))
    csv_flag = Annotated[bool, flag("--csv", "cli.opt.csv")]
    user_opt = Annotated[str | None, user_option()]
    supplier_arg = Annotated[str, typer.Argument(
        metavar=t("cli.supplier.metavar_supplier"), show_default=False,
        help=t("cli.supplier.arg_supplier"))]

    def date_option(name: str, help_key: str):  # type: ignore[no-untyped-def]
        return typer.Option(name, metavar=t("cli.metavar.date"), show_default=False,
                            help=t(help_key))

    @supplier_app.command("balances", cls=Command, help=t("cli.supplier.balances_help"))
    @guarded
    def balances(ctx: typer.Context,
                 as_of: Annotated[str | None, as_of_option("cli.supplier.opt_as_of")] = None,
                 as_csv: csv_flag = False, user: user_opt = None) -> None:
        from sekretariat import clock
        from sekretariat.services.warehouse import payables

        when = parse_day(as_of, "as_of")
        _, session = logged_in(ctx, user)
        found = payables.supplier_balances(session, as_of=when)
        (_balances_csv if as_csv else _balances_table)(found, when or clock.today())

    @supplier_app.command("account", cls=Command, help=t("cli.supplier.account_help"))
    @guarded
    def account(ctx: typer.Context, supplier: supplier_arg,
                date_from: Annotated[str | None, date_option("--from",
                                                             "cli.supplier.opt_from")] = None,
                date_to: Annotated[str | None, date_option("--to", "cli.supplier.opt_to")] = None,
                as_csv: csv_flag = False, user: user_opt = None) -> None:
        from sekretariat.services.warehouse import payables

        first, last = parse_day(date_from, "date_from"), parse_day(date_to, "date_to")
        _, session = logged_in(ctx, user)
        found = payables.find_supplier(session, supplier)
        book = payables.supplier_account(session, found.id, first, last)
        (_account_csv if as_csv else _account_table)(book)

    @supplier_app.command("pay", cls=Command, help=t("cli.supplier.pay_help"))
    @guarded
    def pay(ctx: typer.Context, supplier: supplier_arg,
            amount: Annotated[str, typer.Argument(
                metavar=t("cli.supplier.metavar_amount"), show_default=False,
                help=t("cli.supplier.arg_amount"))],
            day: Annotated[str | None, date_option("--date", "cli.supplier.opt_date")] = None,
            method: Annotated[str, typer.Option(
                "--method", metavar="bank|tunai", help=t("cli.supplier.opt_method"))] = "bank",
            reference: Annotated[str, typer.Option(
                "--reference", metavar=t("cli.metavar.text"), show_default=False,
                help=t("cli.supplier.opt_reference"))] = "",
            memo: Annotated[str, typer.Option(
                "--memo", metavar=t("cli.metavar.text"), show_default=False,
                help=t("cli.supplier.opt_memo"))] = "",
            user: user_opt = None) -> None:
        from sekretariat.money import format_rupiah
        from sekretariat.services.warehouse import payables, payables_pay

        when = parse_day(day, "day")
        chosen = METHOD_WORDS.get(method.strip().lower(), method)
        _, session = logged_in(ctx, user)
        found = payables.find_supplier(session, supplier)
        paid = payables_pay.pay_supplier(session, found.id, amount, day=when, method=chosen,
                                         reference=reference, memo=memo)
        owed = payables.supplier_owed(session, found.id)
        say_ok(t("cli.supplier.paid", number=paid.number, amount=format_rupiah(paid.amount),
                 name=paid.supplier_name, method=t(f"payables.method.{paid.method}"),
                 owed=format_rupiah(owed)))

    @supplier_app.command("void", cls=Command, help=t("cli.supplier.void_help"))
    @guarded
    def void(ctx: typer.Context,
             number: Annotated[str, typer.Argument(
                 metavar=t("cli.supplier.metavar_number"), show_default=False,
                 help=t("cli.supplier.arg_number"))],
             reason: Annotated[str, typer.Option(
                 "--reason", metavar=t("cli.metavar.text"), show_default=False,
                 help=t("cli.supplier.opt_reason"))] = "",
             day: Annotated[str | None, date_option("--date",
                                                    "cli.supplier.opt_void_date")] = None,
             user: user_opt = None) -> None:
        from sekretariat.i18n.formats import fmt_date
        from sekretariat.services.warehouse import payables_pay

        when = parse_day(day, "day")
        _, session = logged_in(ctx, user)
        found = payables_pay.find_payment(session, number)
        done = payables_pay.void_supplier_payment(session, found.id, reason, when)
        say_ok(t("cli.supplier.voided", number=done.number, day=fmt_date(done.voided_on)))


# --- output ----------------------------------------------------------------------------

def _rp(amount: int) -> str:
    from sekretariat.money import format_rupiah

    return format_rupiah(amount)


def _table(title: str, columns: list[tuple[str, str]], *, text: int):  # type: ignore[no-untyped-def]
    """Text columns first (folding, never cut), then right-aligned figures."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title), title_justify="left", title_style="bold",
                  show_footer=any(footer for _, footer in columns), box=box.SIMPLE_HEAD)
    for number, (key, footer) in enumerate(columns):
        table.add_column(Text(t(key)), footer=footer,
                         justify="left" if number < text else "right",
                         no_wrap=number >= text, overflow="fold")
    return table


def _balances_csv(found, day) -> None:  # type: ignore[no-untyped-def]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["supplier_id", "name", "active", "owed", "oldest_unpaid"])
    writer.writerows((b.supplier_id, b.name, int(b.active), b.owed,
                      b.oldest_unpaid.isoformat() if b.oldest_unpaid else "") for b in found)


def _balances_table(found, day) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date

    if not found:
        say_note(t("cli.supplier.none"))
        return
    table = _table(t("cli.supplier.balances_title", day=fmt_date(day)), [
        ("cli.supplier.col_supplier", t("cli.supplier.total")), ("cli.supplier.col_status", ""),
        ("cli.supplier.col_oldest", ""), ("cli.supplier.col_owed",
                                          _rp(sum(b.owed for b in found)))], text=3)
    for b in found:
        table.add_row(Text(b.name), t("cli.supplier.active" if b.active
                                      else "cli.supplier.inactive"),
                      fmt_date(b.oldest_unpaid) if b.oldest_unpaid else "",
                      Text(_rp(b.owed), style="bold" if b.owed else "dim"))
    print_wide(table)


def _account_csv(book) -> None:  # type: ignore[no-untyped-def]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["date", "entry", "kind", "document", "memo", "credit", "debit",
                     "balance"])
    writer.writerows((line.day.isoformat(), line.entry_number, line.kind, line.document,
                      line.memo, line.credit, line.debit, line.balance) for line in book.lines)


def _account_table(book) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date

    period = t("cli.supplier.all_history") if book.first is None and book.last is None else \
        f"{fmt_date(book.first) if book.first else '…'} – " \
        f"{fmt_date(book.last) if book.last else '…'}"
    table = _table(t("cli.supplier.account_title", name=book.supplier.name, period=period), [
        ("cli.supplier.col_date", t("cli.supplier.closing")), ("cli.supplier.col_kind", ""),
        ("cli.supplier.col_number", ""), ("cli.supplier.col_memo", ""),
        ("cli.supplier.col_credit", _rp(book.total_credit)),
        ("cli.supplier.col_debit", _rp(book.total_debit)),
        ("cli.supplier.col_balance", _rp(book.closing))], text=4)
    table.add_row(Text(t("cli.supplier.opening"), style="italic"), "", "", "", "", "",
                  _rp(book.opening))
    for line in book.lines:
        table.add_row(fmt_date(line.day), t(f"payables.kind.{line.kind}"), line.document,
                      Text(line.memo), _rp(line.credit) if line.credit else "",
                      _rp(line.debit) if line.debit else "", _rp(line.balance),
                      style="dim" if line.reversed or line.kind.endswith("_void") else None)
    print_wide(table)
