"""The warehouse on the command line: ``stock card ITEM [--from D] [--to D]``
(the kartu stok), ``stock value [--as-of D]`` (the stock of every item and
its value as of a date) and ``stock items`` (on hand, low-stock mark), each
as a table or ``--csv`` (a header row, then rows; money in plain whole
Rupiah, quantities in base units). Every figure comes from
services/warehouse/stock.py."""

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
    user_option,
)
from sekretariat.i18n import t


def register(app: typer.Typer) -> None:
    stock_app = typer.Typer(cls=Group, name="stock", help=t("cli.stock.help"),
                            no_args_is_help=True, rich_markup_mode="rich")
    app.add_typer(stock_app, name="stock", rich_help_panel=t("cli.stock.panel"))
    csv_flag = Annotated[bool, flag("--csv", "cli.opt.csv")]
    user_opt = Annotated[str | None, user_option()]

    @stock_app.command("card", cls=Command, help=t("cli.stock.card_help"))
    @guarded
    def card(ctx: typer.Context,
             item: Annotated[str, typer.Argument(metavar=t("cli.stock.metavar_item"),
                                                 show_default=False,
                                                 help=t("cli.stock.arg_item"))],
             date_from: Annotated[str | None, typer.Option(
                 "--from", metavar=t("cli.metavar.date"), show_default=False,
                 help=t("cli.stock.opt_from"))] = None,
             date_to: Annotated[str | None, typer.Option(
                 "--to", metavar=t("cli.metavar.date"), show_default=False,
                 help=t("cli.stock.opt_to"))] = None,
             as_csv: csv_flag = False, user: user_opt = None) -> None:
        from sekretariat.services.warehouse import stock

        first, last = parse_day(date_from, "date_from"), parse_day(date_to, "date_to")
        _, session = logged_in(ctx, user)
        pages = _card_pages(stock, session, item, first, last)
        (_card_csv if as_csv else _card_table)(pages)

    @stock_app.command("value", cls=Command, help=t("cli.stock.value_help"))
    @guarded
    def value(ctx: typer.Context,
              as_of: Annotated[str | None, as_of_option("cli.stock.opt_as_of")] = None,
              as_csv: csv_flag = False, user: user_opt = None) -> None:
        from sekretariat.services.warehouse import stock

        when = parse_day(as_of, "as_of")
        _, session = logged_in(ctx, user)
        found = stock.stock_value(session, when)
        (_value_csv if as_csv else _value_table)(found)

    @stock_app.command("items", cls=Command, help=t("cli.stock.items_help"))
    @guarded
    def items_(ctx: typer.Context, as_csv: csv_flag = False, user: user_opt = None) -> None:
        from sekretariat.services.warehouse import items, stock

        _, session = logged_in(ctx, user)
        found = stock.stock_list(session)
        units = {i.id: i for i in items.list_items(session)}
        (_items_csv if as_csv else _items_table)(found, units)


# --- shared output ---------------------------------------------------------------

def _csv(header: list[str], rows) -> None:  # type: ignore[no-untyped-def]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)


def _rp(amount: int) -> str:
    from sekretariat.money import format_rupiah

    return format_rupiah(amount)


def _num(value: int) -> str:
    from sekretariat.money import format_number

    return format_number(value)


def _cost(value) -> int | None:  # type: ignore[no-untyped-def]
    """A unit cost (Fraction) to whole Rupiah, half up."""
    from sekretariat.services.warehouse.util import round_half_up

    return None if value is None else round_half_up(value)


def _plain(text: str):  # type: ignore[no-untyped-def]
    from rich.text import Text

    return Text(text)


def _table(title: str, columns: list[tuple[str, str]], *, text: int = 1):  # type: ignore[no-untyped-def]
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


# --- stock card ------------------------------------------------------------------

def _card_pages(stock, session, item, first, last):  # type: ignore[no-untyped-def]
    """Every page of the card, one after the other (a page is read at a time)."""
    page = stock.stock_card(session, item, first, last, 0)
    yield page
    for number in range(1, page.pages):
        yield stock.stock_card(session, item, first, last, number)


def _detail(m) -> str:  # type: ignore[no-untyped-def]
    parts = [t(f"warehouse.kind.{m.kind}")]
    if m.reverses_number:
        parts.append(m.reverses_number)
    if m.payment:
        parts.append(t(f"warehouse.payment.{m.payment}"))
    if m.counterparty:
        parts.append(m.counterparty)
    if m.reason:
        parts.append(m.reason)
    if m.is_reversed:
        parts.append(t("cli.stock.reversed_by", number=m.reversed_by_number))
    return " · ".join(parts)


def _card_csv(pages) -> None:  # type: ignore[no-untyped-def]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["date", "number", "kind", "in", "out", "balance", "unit_cost", "value",
                     "balance_value", "payment", "price", "counterparty", "reason",
                     "reverses", "reversed_by"])
    for page in pages:
        for m in page.rows:
            cost = _cost(m.unit_cost)
            writer.writerow([m.day.isoformat(), m.number, m.kind, m.incoming, m.outgoing,
                             m.qty_after, "" if cost is None else cost, m.value, m.value_after,
                             m.payment or "", "" if m.price is None else m.price,
                             m.counterparty or "", m.reason, m.reverses_number or "",
                             m.reversed_by_number or ""])


def _card_table(pages) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date
    from sekretariat.services.warehouse.items import in_units

    first = next(pages)
    item = first.item
    period = t("cli.stock.card_all") if first.first is None and first.last is None else \
        f"{fmt_date(first.first) if first.first else '…'} – " \
        f"{fmt_date(first.last) if first.last else '…'}"
    title = t("cli.stock.card_title", item=item.name, code=item.code, unit=item.base_unit,
              period=period)
    if first.count == 0:
        say_note(title)
        say_note(t("cli.stock.card_none", quantity=in_units(item, first.closing_qty),
                   value=_rp(first.closing_value)))
        return
    table = _table(title, [
        ("cli.stock.col_date", t("cli.stock.closing")), ("cli.stock.col_number", ""),
        ("cli.stock.col_detail", ""), ("cli.stock.col_in", _num(first.total_in)),
        ("cli.stock.col_out", _num(first.total_out)),
        ("cli.stock.col_balance", _num(first.closing_qty)), ("cli.stock.col_unit_cost", ""),
        ("cli.stock.col_value", ""), ("cli.stock.col_balance_value", _rp(first.closing_value))],
        text=3)
    table.add_row(Text(t("cli.stock.opening"), style="italic"), "", "", "", "",
                  _num(first.opening_qty), "", "", _rp(first.opening_value))
    for page in [first, *pages]:
        for m in page.rows:
            cost = _cost(m.unit_cost)
            table.add_row(fmt_date(m.day), m.number, _plain(_detail(m)),
                          _num(m.incoming) if m.incoming else "",
                          _num(m.outgoing) if m.outgoing else "", _num(m.qty_after),
                          "" if cost is None else _rp(cost), _rp(m.value), _rp(m.value_after),
                          style="dim" if m.is_reversed or m.kind == "reversal" else None)
    print_wide(table)


# --- stock value and items ---------------------------------------------------------

def _value_csv(found) -> None:  # type: ignore[no-untyped-def]
    _csv(["code", "name", "base_unit", "quantity", "unit_cost", "value"],
         [(r.code, r.name, r.base_unit, r.quantity,
           "" if r.unit_cost is None else _cost(r.unit_cost), r.value) for r in found.rows])


def _value_table(found) -> None:  # type: ignore[no-untyped-def]
    from sekretariat import clock
    from sekretariat.i18n.formats import fmt_date

    if not found.rows:
        say_note(t("cli.stock.no_items"))
        return
    table = _table(t("cli.stock.value_title", day=fmt_date(found.as_of or clock.today())), [
        ("cli.stock.col_item", t("cli.stock.total")), ("cli.stock.col_code", ""),
        ("cli.stock.col_quantity", ""), ("cli.stock.col_unit_cost", ""),
        ("cli.stock.col_value", _rp(found.total))], text=2)
    for r in found.rows:
        cost = _cost(r.unit_cost)
        table.add_row(_plain(r.name), r.code, f"{_num(r.quantity)} {r.base_unit}",
                      "" if cost is None else _rp(cost), _rp(r.value))
    print_wide(table)


def _units_text(info) -> str:  # type: ignore[no-untyped-def]
    return ", ".join(f"{u.name} = {_num(u.factor)} {info.base_unit}"
                     for u in info.units if u.active) if info else ""


def _items_csv(found, units) -> None:  # type: ignore[no-untyped-def]
    _csv(["code", "name", "base_unit", "units", "reorder_level", "on_hand", "value", "low",
          "active"],
         [(r.code, r.name, r.base_unit,
           ";".join(f"{u.name}={u.factor}" for u in units[r.item_id].units if u.active),
           r.reorder_level, r.quantity, r.value, int(r.low), int(r.active)) for r in found])


def _items_table(found, units) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    if not found:
        say_note(t("cli.stock.no_items"))
        return
    table = _table(t("cli.stock.items_title"), [
        ("cli.stock.col_code", ""), ("cli.stock.col_item", ""), ("cli.stock.col_units", ""),
        ("cli.stock.col_low", ""), ("cli.stock.col_reorder", ""),
        ("cli.stock.col_quantity", ""), ("cli.stock.col_value", "")], text=4)
    for r in found:
        mark = Text(t("cli.stock.low_mark"), style="bold red") if r.low else Text("")
        name = _plain(r.name) if r.active else Text(f"{r.name} ({t('cli.stock.inactive')})",
                                                   style="dim")
        table.add_row(r.code, name, _plain(_units_text(units.get(r.item_id))), mark,
                      f"{_num(r.reorder_level)} {r.base_unit}",
                      f"{_num(r.quantity)} {r.base_unit}", _rp(r.value))
    print_wide(table)
