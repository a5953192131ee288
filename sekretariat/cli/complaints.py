"""Complaints (pengaduan) on the command line: ``complaints [--open]
[--overdue] [--mine] [--category C] [--csv]`` lists them, ``complaints stats
--year Y [--csv]`` shows the pattern, ``complaints show N`` one with its
history, ``complaints receive ...`` takes one at the desk, ``complaints
acknowledge | resolve | reject N`` work it, ``complaints mark N --condition
C [--note TEXT]`` marks the condition of the facility it is about, ``print
complaint N`` prints its receipt (Tanda Terima Pengaduan)."""

from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    Group,
    flag,
    guarded,
    logged_in,
    out,
    print_wide,
    say_ok,
    user_option,
)
from sekretariat.i18n import t

LIST_COLUMNS = ["number", "received_on", "category", "place", "area", "status",
                "ack_due_on", "resolve_due_on", "acknowledged_on", "closed_on", "overdue",
                "complainant", "description"]


def register(app: typer.Typer) -> None:
    user_opt = Annotated[str | None, user_option()]
    number_arg = Annotated[str, typer.Argument(metavar="ADU/YYYY/NNNNN", show_default=False,
                                               help=t("cli.complaints.arg_number"))]
    csv_opt = Annotated[bool, flag("--csv", "cli.opt.csv")]
    complaints_app = typer.Typer(cls=Group, name="complaints", help=t("cli.complaints.help"),
                                 invoke_without_command=True, no_args_is_help=False,
                                 rich_markup_mode="rich")
    app.add_typer(complaints_app, name="complaints",
                  rich_help_panel=t("cli.complaints.panel"))

    @complaints_app.callback()
    @guarded
    def list_(
        ctx: typer.Context,
        open_only: Annotated[bool, flag("--open", "cli.complaints.opt_open")] = False,
        overdue: Annotated[bool, flag("--overdue", "cli.complaints.opt_overdue")] = False,
        mine: Annotated[bool, flag("--mine", "cli.complaints.opt_mine")] = False,
        category: Annotated[str | None, typer.Option(
            "--category", metavar="fasilitas|keamanan|...", show_default=False,
            help=t("cli.complaints.opt_category"))] = None,
        limit: Annotated[int, typer.Option("--limit", min=1, max=1000,
                                           help=t("cli.complaints.opt_limit"))] = 200,
        as_csv: csv_opt = False,
        user: user_opt = None,
    ) -> None:
        if ctx.invoked_subcommand is not None:
            return
        from sekretariat.services.complaints import complaints_read

        _, session = logged_in(ctx, user)
        found = complaints_read.list_complaints(
            session, status="open" if open_only else None, overdue=overdue, mine=mine,
            category=category, limit=limit)
        _list_csv(found) if as_csv else _list_table(found)

    @complaints_app.command("stats", cls=Command, help=t("cli.complaints.stats_help"))
    @guarded
    def stats_(
        ctx: typer.Context,
        year: Annotated[int, typer.Option("--year", metavar=t("cli.complaints.metavar_year"),
                                          show_default=False,
                                          help=t("cli.complaints.opt_year"))],
        as_csv: csv_opt = False,
        user: user_opt = None,
    ) -> None:
        from sekretariat.services.complaints import stats

        _, session = logged_in(ctx, user)
        found = stats.stats(session, year)
        _stats_csv(found) if as_csv else _stats_text(found)

    @complaints_app.command("show", cls=Command, help=t("cli.complaints.show_help"))
    @guarded
    def show(ctx: typer.Context, number: number_arg, user: user_opt = None) -> None:
        from sekretariat.services.complaints import complaints_read

        _, session = logged_in(ctx, user)
        _show(complaints_read.get_complaint(session, number))

    @complaints_app.command("receive", cls=Command, help=t("cli.complaints.receive_help"))
    @guarded
    def receive(
        ctx: typer.Context,
        category: Annotated[str, typer.Option("--category", show_default=False,
                                              help=t("cli.complaints.opt_category"))],
        place_kind: Annotated[str, typer.Option(
            "--place-kind", metavar="stall|block|zone|facility|market", show_default=False,
            help=t("cli.complaints.opt_place_kind"))],
        description: Annotated[str, typer.Option("--description", show_default=False,
                                                 help=t("cli.complaints.opt_description"))],
        place: Annotated[str | None, typer.Option("--place", show_default=False,
                                                  help=t("cli.complaints.opt_place"))] = None,
        channel: Annotated[str, typer.Option("--channel", metavar="kantor|telepon|pesan",
                                             help=t("cli.complaints.opt_channel"))] = "kantor",
        complainant_kind: Annotated[str, typer.Option(
            "--from", metavar="pedagang|pengunjung|juru_parkir|lainnya",
            help=t("cli.complaints.opt_from"))] = "pengunjung",
        name: Annotated[str, typer.Option("--name", show_default=False,
                                          help=t("cli.complaints.opt_name"))] = "",
        phone: Annotated[str, typer.Option("--phone", show_default=False,
                                           help=t("cli.complaints.opt_phone"))] = "",
        user: user_opt = None,
    ) -> None:
        from sekretariat.services.complaints import complaints

        _, session = logged_in(ctx, user)
        info = complaints.receive_complaint(
            session, category=category, description=description, place_kind=place_kind,
            place=place, channel=channel, complainant_kind=complainant_kind,
            complainant_name=name, complainant_phone=phone)
        say_ok(t("cli.complaints.received", number=info.number, ack=_day(info.ack_due_on),
                 resolve=_day(info.resolve_due_on), area=t(f"complaints.area.{info.area}")))

    note_opt = Annotated[str, typer.Option("--note", show_default=False,
                                           help=t("cli.complaints.opt_note"))]

    @complaints_app.command("acknowledge", cls=Command, help=t("cli.complaints.ack_help"))
    @guarded
    def acknowledge(ctx: typer.Context, number: number_arg, note: note_opt = "",
                    user: user_opt = None) -> None:
        from sekretariat.services.complaints import complaints

        _, session = logged_in(ctx, user)
        _moved(complaints.acknowledge(session, number, note))

    @complaints_app.command("resolve", cls=Command, help=t("cli.complaints.resolve_help"))
    @guarded
    def resolve(ctx: typer.Context, number: number_arg, note: note_opt = "",
                user: user_opt = None) -> None:
        from sekretariat.services.complaints import complaints

        _, session = logged_in(ctx, user)
        _moved(complaints.resolve(session, number, note))

    @complaints_app.command("reject", cls=Command, help=t("cli.complaints.reject_help"))
    @guarded
    def reject(
        ctx: typer.Context, number: number_arg,
        reason: Annotated[str, typer.Option("--reason", show_default=False,
                                            help=t("cli.complaints.opt_reason"))] = "",
        user: user_opt = None,
    ) -> None:
        from sekretariat.services.complaints import complaints

        _, session = logged_in(ctx, user)
        _moved(complaints.reject(session, number, reason))

    @complaints_app.command("mark", cls=Command, help=t("cli.complaints.mark_help"))
    @guarded
    def mark(
        ctx: typer.Context, number: number_arg,
        condition: Annotated[str, typer.Option(
            "--condition", metavar="baik|rusak_ringan|rusak_berat", show_default=False,
            help=t("cli.complaints.opt_condition"))],
        note: Annotated[str, typer.Option("--note", show_default=False,
                                          help=t("cli.complaints.opt_mark_note"))] = "",
        user: user_opt = None,
    ) -> None:
        from sekretariat.services.complaints import complaint_marks

        _, session = logged_in(ctx, user)
        done = complaint_marks.mark_from_complaint(session, number, condition, note)
        state = done.state
        say_ok(t("cli.complaints.marked", number=done.complaint_number, name=done.name,
                 code=done.code, day=_day(state.since if state else None),
                 condition=t(f"facilities.condition.{state.condition}") if state else "-"))

    _register_print(app, number_arg, user_opt)


def _register_print(app: typer.Typer, number_arg, user_opt) -> None:  # type: ignore[no-untyped-def]
    """``print complaint N`` in the existing print group."""
    from sekretariat.cli.documents import print_group, to_option

    print_app = print_group(app)
    to_opt = Annotated[str | None, to_option()]

    @print_app.command("complaint", cls=Command, help=t("cli.complaints.print_help"))
    @guarded
    def complaint(ctx: typer.Context, number: number_arg, to: to_opt = None,
                  user: user_opt = None) -> None:
        from sekretariat.services.complaints import papers

        _, session = logged_in(ctx, user)
        say_ok(t("cli.print.written", path=str(papers.complaint_receipt_pdf(
            session, number, to_dir=to))))


def _day(value) -> str:  # type: ignore[no-untyped-def]
    from sekretariat.i18n.formats import fmt_date

    return fmt_date(value) if value else "-"


def _moved(info) -> None:  # type: ignore[no-untyped-def]
    say_ok(t("cli.complaints.moved", number=info.number,
             status=t(f"complaints.status.{info.status}")))


def _list_csv(found) -> None:  # type: ignore[no-untyped-def]
    import csv
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(LIST_COLUMNS)
    for c in found:
        writer.writerow([c.number, c.received_on, c.category, c.place_label, c.area, c.status,
                         c.ack_due_on, c.resolve_due_on, c.acknowledged_on or "",
                         c.closed_on or "", int(c.overdue), c.complainant_name, c.description])


def _list_table(found) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    if not found:
        out().print(t("cli.complaints.none"))
        return
    table = Table()
    for key in ("number", "received", "category", "place", "status", "resolve_by"):
        table.add_column(t(f"cli.complaints.col_{key}"), no_wrap=key != "place")
    table.add_column(t("cli.complaints.col_description"), overflow="fold", min_width=20)
    for c in found:
        status = t(f"complaints.status.{c.status}")
        if c.overdue:
            status = f"[bold red]{status} · {t('cli.complaints.overdue')}[/]"
        table.add_row(c.number, _day(c.received_on), t(f"complaints.category.{c.category}"),
                      c.place_label, status, _day(c.resolve_due_on), c.description)
    print_wide(table)


def _show(c) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    console = out()
    console.print(f"[bold]{c.number}[/] · {t(f'complaints.status.{c.status}')}"
                  + (f" · [bold red]{t('cli.complaints.overdue')}[/]" if c.overdue else ""))
    for key, value in (
            ("received", f"{_day(c.received_on)} {c.received_at[11:16]} · "
                         f"{t(f'complaints.channel.{c.channel}')}"),
            ("complainant", " · ".join(p for p in (
                t(f"complaints.complainant.{c.complainant_kind}"), c.complainant_name,
                c.complainant_phone) if p)),
            ("category", t(f"complaints.category.{c.category}")), ("place", c.place_label),
            ("area", t(f"complaints.area.{c.area}")),
            ("ack_by", _day(c.ack_due_on)), ("resolve_by", _day(c.resolve_due_on)),
            ("description", c.description)):
        console.print(f"{t(f'cli.complaints.col_{key}')}: {value}", markup=False)
    if c.resolution:
        console.print(f"{t('cli.complaints.col_resolution')}: {c.resolution}", markup=False)
    if c.reject_reason:
        console.print(f"{t('cli.complaints.col_reason')}: {c.reject_reason}", markup=False)
    table = Table(title=t("cli.complaints.history"))
    for key in ("day", "step", "who", "note"):
        table.add_column(t(f"cli.complaints.col_{key}"))
    for s in c.steps:
        step = t(f"complaints.step.{s.action}")
        if s.action == "assign":
            step += f" → {t(f'complaints.area.{s.area}')}"
        table.add_row(_day(s.step_on), step, s.user, s.note)
    print_wide(table)


def _share(stats) -> str:  # type: ignore[no-untyped-def]
    share = stats.share_within
    return "-" if share is None else f"{float(share) * 100:.1f} %".replace(".", ",")


def _stats_csv(s) -> None:  # type: ignore[no-untyped-def]
    import csv
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["section", "key", "label", "count"])
    for category, count in s.by_category:
        writer.writerow(["category", category, t(f"complaints.category.{category}"), count])
    for month, count in enumerate(s.by_month, start=1):
        writer.writerow(["month", f"{s.year}-{month:02d}", "", count])
    for p in s.by_place:
        writer.writerow(["place", f"{p.place_kind}:{p.place_code}", p.label, p.count])
    for p in s.repeated:
        writer.writerow(["repeated", f"{p.place_kind}:{p.place_code}:{p.category}", p.label,
                         p.count])
    writer.writerow(["closed", "", "", s.closed])
    writer.writerow(["within_standard", "", "", s.within])


def _stats_text(s) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    from sekretariat.i18n.formats import fmt_month

    console = out()
    console.print(t("cli.complaints.stats_title", year=s.year, total=s.total, closed=s.closed,
                    within=s.within, share=_share(s)))
    if s.repeated:
        table = Table(title=t("cli.complaints.repeated", since=_day(s.repeat_since)))
        for key in ("place", "category", "count"):
            table.add_column(t(f"cli.complaints.col_{key}"))
        for p in s.repeated:
            table.add_row(p.label, t(f"complaints.category.{p.category}"), str(p.count))
        print_wide(table)
    for title, rows in (
            ("cli.complaints.by_category",
             [(t(f"complaints.category.{c}"), n) for c, n in s.by_category]),
            ("cli.complaints.by_month",
             [(fmt_month(s.year, m), n) for m, n in enumerate(s.by_month, start=1)]),
            ("cli.complaints.by_place", [(p.label, p.count) for p in s.by_place])):
        table = Table(title=t(title))
        table.add_column(t("cli.complaints.col_key"))
        table.add_column(t("cli.complaints.col_count"), justify="right")
        for label, count in rows:
            table.add_row(label, str(count))
        print_wide(table)
