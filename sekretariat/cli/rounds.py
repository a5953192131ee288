"""Bulk purchase rounds on the command line: ``round list``, ``round show N``
(requests, supply, allocation and charges side by side, savings), ``round
allocate N [--preview]`` (the fair allocation: shown only with --preview,
else stored — the round is 'allocated') and ``round post N [--day D]``
(posts the stored allocation: issues and goods invoices; the round is
locked). Storing and posting are two steps so the distribution sheet can be
printed from the stored allocation before anything is posted."""

from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    Group,
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


def register(app: typer.Typer) -> None:
    round_app = typer.Typer(cls=Group, name="round", help=t("cli.round.help"),
                            no_args_is_help=True, rich_markup_mode="rich")
    app.add_typer(round_app, name="round", rich_help_panel=t("cli.round.panel"))
    user_opt = Annotated[str | None, user_option()]
    round_arg = Annotated[str, typer.Argument(metavar=t("cli.round.metavar_round"),
                                              show_default=False, help=t("cli.round.arg_round"))]

    @round_app.command("list", cls=Command, help=t("cli.round.list_help"))
    @guarded
    def list_(ctx: typer.Context, user: user_opt = None) -> None:
        from sekretariat.services.warehouse import rounds_read

        _, session = logged_in(ctx, user)
        _list_table(rounds_read.list_rounds(session))

    @round_app.command("show", cls=Command, help=t("cli.round.show_help"))
    @guarded
    def show(ctx: typer.Context, number: round_arg, user: user_opt = None) -> None:
        from sekretariat.services.warehouse import rounds_read

        _, session = logged_in(ctx, user)
        _show(rounds_read.get_round(session, number))

    @round_app.command("allocate", cls=Command, help=t("cli.round.allocate_help"))
    @guarded
    def allocate(ctx: typer.Context, number: round_arg,
                 preview: Annotated[bool, flag("--preview", "cli.round.opt_preview")] = False,
                 user: user_opt = None) -> None:
        from sekretariat.money import format_rupiah
        from sekretariat.services.warehouse import rounds_alloc, rounds_read

        _, session = logged_in(ctx, user)
        if preview:
            found = rounds_alloc.preview_allocation(session, number)
            say_note(t("cli.round.title_preview"))
            _preview_table(found)
            return
        found = rounds_alloc.confirm_allocation(session, number)
        _show(rounds_read.get_round(session, number))
        say_ok(t("cli.round.stored", number=found.number,
                 total=format_rupiah(found.total_charge)))

    @round_app.command("post", cls=Command, help=t("cli.round.post_help"))
    @guarded
    def post(ctx: typer.Context, number: round_arg,
             day: Annotated[str | None, typer.Option(
                 "--day", metavar=t("cli.metavar.date"), show_default=False,
                 help=t("cli.round.opt_day"))] = None,
             user: user_opt = None) -> None:
        from sekretariat.money import format_rupiah
        from sekretariat.services.warehouse import rounds_post

        when = parse_day(day, "day")
        _, session = logged_in(ctx, user)
        done = rounds_post.post_round(session, number, when)
        say_ok(t("cli.round.posted", number=done.number, count=len(done.lines),
                 total=format_rupiah(done.total)))

    @round_app.command("return", cls=Command, help=t("cli.round.return_help"))
    @guarded
    def return_(ctx: typer.Context, number: round_arg,
                reason: Annotated[str, typer.Option(
                    "--reason", show_default=False, help=t("tui.round.return_reason"))],
                trader: Annotated[str | None, typer.Option(
                    "--trader", show_default=False, help=t("cli.round.arg_trader"))] = None,
                day: Annotated[str | None, typer.Option(
                    "--day", metavar=t("cli.metavar.date"), show_default=False,
                    help=t("cli.round.opt_day"))] = None,
                user: user_opt = None) -> None:
        from sekretariat.money import format_rupiah
        from sekretariat.services.warehouse import round_returns, rounds_read

        when = parse_day(day, "day")
        _, session = logged_in(ctx, user)
        wanted = None
        if trader is not None:
            wanted = _trader_requests(rounds_read.get_round(session, number), trader)
        for done in round_returns.reverse_round(session, number, reason, when,
                                                request_ids=wanted):
            say_ok(t("cli.round.returned", trader=done.trader_name, units=done.units,
                     unit=done.unit, item=done.item_name, movement=done.movement_number,
                     invoice=done.invoice_number, charge=format_rupiah(done.charge)))

    _register_print(app, round_arg, user_opt)


def _trader_requests(info, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The requests of the one trader ``text`` names (name, part of it, or id)."""
    from sekretariat.errors import NotFound

    wanted = text.strip().casefold()
    lines = [x for x in info.lines if x.allocated]
    for match in (lambda x: str(x.trader_id) == wanted or x.trader_name.casefold() == wanted,
                  lambda x: wanted and wanted in x.trader_name.casefold()):
        found = [x for x in lines if match(x)]
        if len({x.trader_id for x in found}) == 1:
            return [x.request_id for x in found]
    raise NotFound("cli.round.trader_not_in_round", field="trader", trader=text,
                   number=info.number)


def _register_print(app: typer.Typer, round_arg, user_opt) -> None:  # type: ignore[no-untyped-def]
    """``print po N`` and ``print distribution N`` in the existing print group."""
    from sekretariat.cli.documents import print_group, to_option

    print_app = print_group(app)
    to_opt = Annotated[str | None, to_option()]

    @print_app.command("po", cls=Command, help=t("cli.round.print_po_help"))
    @guarded
    def po(ctx: typer.Context, number: round_arg, to: to_opt = None,
           user: user_opt = None) -> None:
        from sekretariat.services.warehouse import round_papers

        _, session = logged_in(ctx, user)
        say_ok(t("cli.print.written", path=str(round_papers.purchase_order_pdf(
            session, number, to_dir=to))))

    @print_app.command("distribution", cls=Command, help=t("cli.round.print_sheet_help"))
    @guarded
    def distribution(ctx: typer.Context, number: round_arg, to: to_opt = None,
                     user: user_opt = None) -> None:
        from sekretariat.services.warehouse import round_papers

        _, session = logged_in(ctx, user)
        say_ok(t("cli.print.written", path=str(round_papers.distribution_sheet_pdf(
            session, number, to_dir=to))))

    count_arg = Annotated[str, typer.Argument(metavar=t("cli.count.metavar"),
                                              show_default=False, help=t("cli.count.arg"))]

    @print_app.command("variance", cls=Command, help=t("cli.print.variance_help"))
    @guarded
    def variance(ctx: typer.Context, number: count_arg, to: to_opt = None,
                 user: user_opt = None) -> None:
        from sekretariat.services.warehouse import count_papers

        _, session = logged_in(ctx, user)
        say_ok(t("cli.print.written", path=str(count_papers.variance_sheet_pdf(
            session, number, to_dir=to))))


def _rp(amount: int | None) -> str:
    from sekretariat.money import format_rupiah

    return "" if amount is None else format_rupiah(amount)


def _table(title: str, keys: list[str], *, text: int = 1):  # type: ignore[no-untyped-def]
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title), title_justify="left", title_style="bold",
                  box=box.SIMPLE_HEAD)
    for number, key in enumerate(keys):
        table.add_column(Text(t(f"cli.round.col.{key}")),
                         justify="left" if number < text else "right",
                         no_wrap=number >= text, overflow="fold")
    return table


def _list_table(found) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date

    if not found:
        say_note(t("cli.round.none"))
        return
    table = _table(t("cli.round.title_list"),
                   ["number", "title", "opened", "status", "supplier", "items", "requests",
                    "charges"], text=6)
    for r in found:
        table.add_row(r.number, Text(r.title), fmt_date(r.opened_on),
                      t(f"round.status.{r.status}"), Text(r.supplier_name), Text(r.items),
                      str(r.requests), _rp(r.total_charge))
    print_wide(table)


def _show(info) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.services.warehouse.rounds_read import quota_text

    say_note(t("cli.round.title_show", number=info.number, title=info.title,
               status=t(f"round.status.{info.status}")))
    items = _table(t("cli.round.title_items"),
                   ["item", "unit", "requested", "ordered", "received", "price", "landed"],
                   text=2)
    for i in info.items:
        items.add_row(Text(i.item_name), f"{i.unit} ({i.factor} {i.base_unit})",
                      str(i.requested), "" if i.ordered is None else str(i.ordered),
                      "" if i.received is None else str(i.received), _rp(i.bulk_price),
                      _rp(i.landed_cost) if i.received is not None else "")
    print_wide(items)
    lines = _table(t("cli.round.title_lines"),
                   ["item", "trader", "stalls", "invoice", "requested", "quota", "allocated",
                    "charge", "retail", "saving"], text=4)
    for x in info.lines:
        invoice = x.invoice_number + (f" ({t('round.returned_short')})" if x.returned else "")
        lines.add_row(Text(x.item_name), Text(x.trader_name), x.stall_codes, invoice,
                      str(x.requested), quota_text(x.quota),
                      "" if x.allocated is None else f"{x.allocated}{'*' if x.manual else ''}",
                      _rp(x.charge), _rp(x.retail_value) if x.retail_value else "",
                      _rp(x.saving) if x.retail_value else "")
    lines.add_row(Text(t("cli.round.total"), style="bold"), "", "", "", "", "", "",
                  _rp(info.total_charge), "", _rp(info.total_saving))
    print_wide(lines)
    if info.savings:
        savings = _table(t("cli.round.title_savings"), ["trader", "charge", "retail", "saving"])
        for s in info.savings:
            savings.add_row(Text(s.trader_name), _rp(s.charge), _rp(s.retail_value),
                            _rp(s.saving))
        print_wide(savings)


def _preview_table(found) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.services.warehouse.rounds_read import quota_text

    table = _table(t("cli.round.title_lines"),
                   ["item", "trader", "requested", "quota", "allocated", "charge"], text=2)
    names = {}
    for item in found.items:
        for share in item.allocation.shares:
            if share.trader_id not in names:
                names[share.trader_id] = _trader_name(share.trader_id)
            table.add_row(Text(item.item_name), Text(names[share.trader_id]),
                          str(share.requested), quota_text(share.quota), str(share.allocated),
                          _rp(share.charge))
    table.add_row(Text(t("cli.round.total"), style="bold"), "", "", "", "",
                  _rp(found.total_charge))
    print_wide(table)


def _trader_name(trader_id: int) -> str:
    from sekretariat.services.warehouse.rounds_read import trader_name

    return trader_name(trader_id)
