"""Keeping the database safe: ``backup`` and ``check``."""


from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    guarded,
    logged_in,
    out,
    say_error,
    say_note,
    say_ok,
    user_option,
)
from sekretariat.errors import EXIT_CHECK_FAILED
from sekretariat.i18n import get_language, t


def human_size(size: int) -> str:
    """``1,2 MB`` (id) / ``1.2 MB`` (en)."""
    from babel.numbers import format_decimal

    value, unit = float(size), "B"
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            break
        value /= 1024
    pattern = "#,##0" if unit == "B" else "#,##0.0"
    locale = "id_ID" if get_language() == "id" else "en_GB"
    return f"{format_decimal(value, format=pattern, locale=locale)} {unit}"


def register(app: typer.Typer) -> None:
    panel = t("cli.panel.maintenance")

    @app.command("backup", cls=Command, help=t("cli.help.backup"), rich_help_panel=panel)
    @guarded
    def backup(
        ctx: typer.Context,
        to: Annotated[str | None, typer.Option(
            "--to", metavar=t("cli.metavar.folder"), show_default=False,
            help=t("cli.opt.backup_to"))] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.core import backup as backups

        st, session = logged_in(ctx, user)
        info = backups.backup_database(session, to)
        say_ok(t("cli.backup.done", path=info.path, size=human_size(info.size_bytes)))
        say_note(t("cli.backup.verified"))

    @app.command("check", cls=Command, help=t("cli.help.check"), rich_help_panel=panel)
    @guarded
    def check(
        ctx: typer.Context,
        witness: Annotated[list[str] | None, typer.Option(
            "--witness", metavar=t("cli.cash.metavar_witness"), show_default=False,
            help=t("cli.cash.opt_witness"))] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from rich.text import Text

        from sekretariat.services.core import check as checks

        witnessed = [_witness(text) for text in witness or []]
        st, session = logged_in(ctx, user)
        console = out()
        console.print(Text(t("cli.check.title", path=str(st.path)), style="bold"))
        report = checks.run_check(session)
        items = [(t(item.key), item.problems) for item in report.items]
        items += _verify_witnesses(witnessed)
        for label, problems in items:
            mark = Text("✗ ", style="bold red") if problems else Text("✓ ", style="bold green")
            console.print(mark + Text(label))
            for problem in problems:
                console.print(Text(f"    • {problem}", style="red"))
        failed = sum(1 for _, problems in items if problems)
        if not failed:
            say_ok(t("cli.check.ok", count=len(items)))
            return
        say_error(t("cli.check.failed", failed=failed, count=len(items)))
        say_note(t("cli.check.advice"))
        raise typer.Exit(EXIT_CHECK_FAILED)


def _witness(text: str):  # type: ignore[no-untyped-def]
    """``DATE=HASH`` from a closing report: (day, hash); a usage error otherwise."""
    from sekretariat.errors import SekretariatError
    from sekretariat.i18n.formats import parse_date

    day, sep, short = (text or "").partition("=")
    if not sep or not short.strip():
        raise typer.BadParameter(t("cli.cash.witness_syntax", text=text),
                                 param_hint="--witness")
    try:
        return parse_date(day.strip(), field="witness"), short.strip()
    except SekretariatError as exc:
        raise typer.BadParameter(exc.message, param_hint="--witness") from None


def _verify_witnesses(witnessed) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    """One line per witness of a signed closing report (services/cash/witness.py)."""
    from sekretariat.i18n.formats import fmt_date
    from sekretariat.services.cash import witness

    return [(t("cli.cash.witness_item", day=fmt_date(day), hash=short),
             witness.verify(day, short)) for day, short in witnessed]
