"""The facilities register on the command line: ``facilities [--as-of D]
[--csv]`` (each facility with its condition that day and its last
inspection), ``facilities add CODE --kind K --name N [--block B | --zone Z]
[--location ..] [--quantity N] [--condition C]``, ``facilities inspect --set
code=condition ... [--partial] [--note ..] [--day D]`` (one inspection round),
``facilities history CODE`` and ``facilities classify [--permendag X]
[--sni Y]`` (the market's type). Every figure comes from
services/complaints/facilities*.py and inspections.py."""

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
from sekretariat.errors import ValidationError
from sekretariat.i18n import t

_KINDS = "toilet, mushola, parkir, air, listrik, drainase, jalan, keamanan, sampah, lainnya"
_CONDITIONS = "baik, rusak_ringan, rusak_berat"


def _opt(name: str, key: str, metavar: str | None = None,  # type: ignore[no-untyped-def]
         **params: str):
    return typer.Option(name, metavar=metavar or t("cli.metavar.text"), show_default=False,
                        help=t(key, **params))


def register(app: typer.Typer) -> None:
    fac = typer.Typer(cls=Group, name="facilities", help=t("cli.facilities.help"),
                      invoke_without_command=True, no_args_is_help=False,
                      rich_markup_mode="rich")
    app.add_typer(fac, name="facilities", rich_help_panel=t("cli.facilities.panel"))
    csv_flag = Annotated[bool, flag("--csv", "cli.opt.csv")]
    user_opt = Annotated[str | None, user_option()]
    code_arg = Annotated[str, typer.Argument(metavar=t("cli.facilities.metavar_code"),
                                             show_default=False,
                                             help=t("cli.facilities.arg_code"))]

    @fac.callback()
    @guarded
    def register_list(ctx: typer.Context,
                      as_of: Annotated[str | None,
                                       as_of_option("cli.facilities.opt_as_of")] = None,
                      inactive: Annotated[bool, flag("--all", "cli.facilities.opt_inactive")]
                      = False,
                      as_csv: csv_flag = False, user: user_opt = None) -> None:
        if ctx.invoked_subcommand is not None:
            return
        from sekretariat import clock
        from sekretariat.services.complaints.facilities_read import list_facilities

        day = parse_day(as_of, "as_of") or clock.today()
        _, session = logged_in(ctx, user)
        found = list_facilities(session, as_of=day, include_inactive=inactive)
        (_list_csv if as_csv else _list_table)(found, day)

    @fac.command("add", cls=Command, help=t("cli.facilities.add_help"))
    @guarded
    def add(ctx: typer.Context, code: code_arg,
            kind: Annotated[str, _opt("--kind", "cli.facilities.opt_kind", t("cli.facilities.metavar_kind"),
                                      kinds=_KINDS)],
            name: Annotated[str, _opt("--name", "cli.facilities.opt_name")],
            block: Annotated[str | None, _opt("--block", "cli.facilities.opt_block",
                                              t("cli.facilities.metavar_block"))] = None,
            zone: Annotated[str | None, _opt("--zone", "cli.facilities.opt_zone",
                                             t("cli.facilities.metavar_zone"))] = None,
            location: Annotated[str, _opt("--location", "cli.facilities.opt_location")] = "",
            quantity: Annotated[str, _opt("--quantity", "cli.facilities.opt_quantity",
                                          "N")] = "1",
            condition: Annotated[str, _opt("--condition", "cli.facilities.opt_condition",
                                           t("cli.facilities.metavar_condition"), conditions=_CONDITIONS)] = "baik",
            user: user_opt = None) -> None:
        from sekretariat.services.complaints import facilities, facilities_read

        _, session = logged_in(ctx, user)
        made = facilities.create_facility(session, code, kind, name, block=block, zone=zone,
                                          location=location, quantity=quantity,
                                          condition=condition)
        state = facilities_read.condition_on(made.id, made.registered_on)
        say_ok(t("cli.facilities.added", code=made.code, name=made.name,
                 condition=t(f"facilities.condition.{state.condition}")))

    @fac.command("inspect", cls=Command, help=t("cli.facilities.inspect_help"))
    @guarded
    def inspect(ctx: typer.Context,
                pairs: Annotated[list[str], _opt("--set", "cli.facilities.opt_set",
                                                 t("cli.facilities.metavar_set"))],
                partial: Annotated[bool, flag("--partial", "cli.facilities.opt_partial")]
                = False,
                note: Annotated[str, _opt("--note", "cli.facilities.opt_note")] = "",
                day: Annotated[str | None, _opt("--day", "cli.facilities.opt_day",
                                                t("cli.metavar.date"))] = None,
                user: user_opt = None) -> None:
        from sekretariat.i18n.formats import fmt_date
        from sekretariat.services.complaints import inspections

        conditions = _pairs(pairs)
        when = parse_day(day, "day")
        _, session = logged_in(ctx, user)
        done = inspections.record_inspection(session, conditions, day=when, note=note,
                                             partial=partial)
        say_ok(t("cli.facilities.inspected", number=done.number,
                 day=fmt_date(done.inspected_on), count=len(done.conditions)))
        if done.missing:
            say_note(t("cli.facilities.left_out", codes=", ".join(done.missing)))

    @fac.command("history", cls=Command, help=t("cli.facilities.history_help"))
    @guarded
    def history(ctx: typer.Context, code: code_arg, as_csv: csv_flag = False,
                user: user_opt = None) -> None:
        from sekretariat.services.complaints.facilities_read import facility_history

        _, session = logged_in(ctx, user)
        found = facility_history(session, code)
        (_history_csv if as_csv else _history_table)(found)

    @fac.command("classify", cls=Command, help=t("cli.facilities.classify_help"))
    @guarded
    def classify(ctx: typer.Context,
                 permendag: Annotated[str | None, _opt("--permendag",
                                                       "cli.facilities.opt_permendag",
                                                       "A-D")] = None,
                 sni: Annotated[str | None, _opt("--sni", "cli.facilities.opt_sni",
                                                 "I-IV")] = None,
                 user: user_opt = None) -> None:
        from sekretariat.services.core import market

        _, session = logged_in(ctx, user)
        profile = market.get_profile()
        if permendag is not None or sni is not None:
            keep = (profile.type_permendag, profile.type_sni)
            profile = market.set_classification(
                session, keep[0] if permendag is None else _cleared(permendag),
                keep[1] if sni is None else _cleared(sni))
        none = t("market.type_none")
        say_ok(t("cli.facilities.classified", permendag=profile.type_permendag or none,
                 sni=profile.type_sni or none))


def _cleared(value: str) -> str | None:
    return None if value.strip() in ("", "-") else value


def _pairs(pairs: list[str]) -> dict[str, str]:
    """``code=condition`` typed once per facility (a code given twice is
    refused by the service, so the dict keeps the first and names it)."""
    found: dict[str, str] = {}
    for text in pairs:
        code, sep, condition = text.partition("=")
        if not sep or not code.strip() or not condition.strip():
            raise ValidationError("cli.facilities.set_invalid", field="conditions", text=text)
        key = code.strip().lower()
        if key in found:
            raise ValidationError("facilities.inspection_twice", field="conditions", code=key)
        found[key] = condition.strip()
    return found


# --- output ----------------------------------------------------------------------

def _place(f) -> str:  # type: ignore[no-untyped-def]
    parts = []
    if f.block_code:
        parts.append(t("cli.facilities.block", code=f.block_code))
    if f.zone_code:
        parts.append(t("cli.facilities.zone", code=f.zone_code))
    if f.location:
        parts.append(f.location)
    if not f.active:
        parts.append(f"({t('cli.facilities.inactive')})")
    return " · ".join(parts)


def _writer():  # type: ignore[no-untyped-def]
    return csv.writer(sys.stdout, lineterminator="\n")


def _list_csv(found, day) -> None:  # type: ignore[no-untyped-def]
    writer = _writer()
    writer.writerow(["code", "kind", "name", "block", "zone", "location", "quantity", "active",
                     "condition", "since", "last_inspected_on", "last_inspection"])
    for r in found:
        f = r.facility
        writer.writerow([f.code, f.kind, f.name, f.block_code or "", f.zone_code or "",
                         f.location, f.quantity, int(f.active), r.condition,
                         r.since.isoformat(),
                         r.last_inspected_on.isoformat() if r.last_inspected_on else "",
                         r.last_inspection_number or ""])


def _table(title: str, keys: list[str]):  # type: ignore[no-untyped-def]
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title), title_justify="left", title_style="bold",
                  box=box.SIMPLE_HEAD)
    for key in keys:
        table.add_column(Text(t(key)), overflow="fold")
    return table


def _list_table(found, day) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date

    if not found:
        say_note(t("cli.facilities.none", day=fmt_date(day)))
        return
    table = _table(t("cli.facilities.title", day=fmt_date(day)), [
        "cli.facilities.col_code", "cli.facilities.col_kind", "cli.facilities.col_name",
        "cli.facilities.col_place", "cli.facilities.col_quantity",
        "cli.facilities.col_condition", "cli.facilities.col_since",
        "cli.facilities.col_inspected"])
    styles = {"baik": "", "rusak_ringan": "yellow", "rusak_berat": "bold red"}
    for r in found:
        f = r.facility
        inspected = (f"{fmt_date(r.last_inspected_on)} {r.last_inspection_number}"
                     if r.last_inspected_on else "-")
        table.add_row(f.code, t(f"facilities.kind.{f.kind}"), Text(f.name), Text(_place(f)),
                      str(f.quantity),
                      Text(t(f"facilities.condition.{r.condition}"), style=styles[r.condition]),
                      fmt_date(r.since), inspected)
    print_wide(table)


def _history_csv(found) -> None:  # type: ignore[no-untyped-def]
    writer = _writer()
    writer.writerow(["date", "condition", "source", "inspection", "complaint", "note", "user",
                     "at"])
    for e in found.entries:
        writer.writerow([e.observed_on.isoformat(), e.condition, e.source,
                         e.inspection_number or "", e.complaint_number or "", e.note,
                         e.username, e.created_at])


def _history_table(found) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date

    f = found.facility
    table = _table(t("cli.facilities.history_title", code=f.code, name=f.name), [
        "cli.facilities.col_day", "cli.facilities.col_condition", "cli.facilities.col_source",
        "cli.facilities.col_note", "cli.facilities.col_user"])
    for e in found.entries:
        source = t(f"facilities.source.{e.source}")
        number = e.inspection_number or e.complaint_number
        table.add_row(fmt_date(e.observed_on), t(f"facilities.condition.{e.condition}"),
                      f"{source} {number}" if number else source, Text(e.note), e.username)
    print_wide(table)
