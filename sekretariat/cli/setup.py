"""Getting started: ``init`` (a new database for a real market), ``demo`` (a
ready demo market) and the default command, the TUI."""


import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from sekretariat.cli._base import (
    ENV_PASSWORD,
    Command,
    State,
    ask,
    command_line,
    flag,
    guarded,
    new_password,
    open_db,
    out,
    progress_bar,
    say_note,
    say_ok,
    state,
)
from sekretariat.errors import Conflict, DatabaseError, SekretariatError
from sekretariat.i18n import t


def open_tui(st: State) -> None:
    """``sekretariat`` with no command: the Textual app on the chosen database."""
    from sekretariat.app import make_app
    from sekretariat.i18n import get_language

    app = make_app(st.path, language=get_language() if st.explicit_language else None)
    app.run()
    code = getattr(app, "return_code", None)
    if code:
        raise typer.Exit(code)


def _preflight_init(st: State) -> bool:
    """Refuse before asking anything: an initialised database, a file that is not
    ours, a missing or unwritable folder. True when the file will be created."""
    from sekretariat import db
    from sekretariat.services.core import market

    path = st.path
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        open_db(st, initialised=False)
        try:
            if market.is_initialized():
                raise Conflict("cli.init_exists", path=str(path))
        finally:
            db.close_database()
        return False
    if not path.parent.is_dir():
        raise DatabaseError("db.folder_missing", path=str(path.parent))
    if not os.access(path.parent, os.W_OK):
        raise DatabaseError("db.unwritable", path=str(path))
    return True


def _remove_new_file(path: Path) -> None:
    from sekretariat import db

    db.close_database()
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            candidate.unlink()
        except OSError:
            pass


def _preflight_demo(st: State) -> None:
    """``demo --force`` replaces only a demo database (or nothing): a real
    market's books are never overwritten by a typo."""
    from sekretariat import db
    from sekretariat.services.core import market

    path = st.path
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return
    try:
        db.open_database(path)
        real = market.is_initialized() and not market.demo_accounts()
    except DatabaseError as exc:
        raise Conflict("cli.demo_not_replaceable", detail=exc.message) from None
    finally:
        db.close_database()
    if real:
        raise Conflict("cli.demo_real_database", path=str(path))


def _build_with_progress(build_demo, st: State, scale: str, seed: int, force: bool):  # type: ignore[no-untyped-def]
    """Run the demo generator with a progress bar on stderr (gone when done)."""
    from sekretariat import db

    with progress_bar(t("cli.demo.building", path=str(st.path), scale=scale)) as report:
        try:
            return build_demo(st.path, scale=scale, seed=seed, force=force, progress=report)
        finally:
            db.close_database()


def register(app: typer.Typer) -> None:
    panel = t("cli.panel.setup")
    market_panel = t("cli.panel.market")
    chair_panel = t("cli.panel.chair")

    def text_option(option: str, help_key: str, panel_name: str) -> typer.models.OptionInfo:
        return typer.Option(option, show_default=False, help=t(help_key),
                            metavar=t("cli.metavar.text"),
                            rich_help_panel=panel_name)

    @app.command("init", cls=Command, help=t("cli.help.init"), rich_help_panel=panel)
    @guarded
    def init(
        ctx: typer.Context,
        name: Annotated[str | None, text_option("--name", "cli.opt.market_name",
                                                market_panel)] = None,
        address: Annotated[str | None, text_option("--address", "cli.opt.address",
                                                   market_panel)] = None,
        city: Annotated[str | None, text_option("--city", "cli.opt.city", market_panel)] = None,
        org: Annotated[str | None, text_option("--org", "cli.opt.org", market_panel)] = None,
        owner: Annotated[str | None, text_option("--owner", "cli.opt.owner",
                                                 market_panel)] = None,
        phone: Annotated[str | None, text_option("--phone", "cli.opt.phone",
                                                 market_panel)] = None,
        username: Annotated[str | None, text_option("--username", "cli.opt.chair_username",
                                                    chair_panel)] = None,
        full_name: Annotated[str | None, text_option("--full-name", "cli.opt.chair_name",
                                                     chair_panel)] = None,
    ) -> None:
        from sekretariat import db
        from sekretariat.services.core import market, users

        st = state(ctx)
        create = _preflight_init(st)
        person = sys.stdin.isatty()  # a person at a terminal is also asked the optional ones
        if person:
            out().print(t("cli.init.intro", path=str(st.path)))
        name = name if name is not None else ask(t("cli.prompt.market_name"))
        address = address if address is not None else ask(t("cli.prompt.address"))
        if city is None:
            city = ask(t("cli.prompt.city"), optional=True) if person else ""
        org = org if org is not None else ask(t("cli.prompt.org"))
        owner = owner if owner is not None else ask(t("cli.prompt.owner"))
        if phone is None:
            phone = ask(t("cli.prompt.phone"), optional=True) if person else ""
        if username is None:
            username = (ask(t("cli.prompt.chair_username"), users.check_username,
                            default="ketua") if person else "ketua")
        username = users.check_username(username)
        if full_name is None:
            full_name = ask(t("cli.prompt.chair_name"), users.check_full_name)
        password = new_password(username, env=ENV_PASSWORD)

        profile = market.MarketInfo(name=name, address=address, city=city, managing_org=org,
                                    asset_owner=owner, phone=phone)
        try:
            db.open_database(st.path, create=True)
            session = market.initialize(profile, username, full_name, password)
            saved = market.get_profile()
        except BaseException:
            if create:
                _remove_new_file(st.path)
            raise
        say_ok(t("cli.init.done", path=str(st.path)))
        out().print(t("cli.init.summary", market=saved.name if saved else name,
                      username=session.username, full_name=session.full_name))
        say_note(t("cli.init.next_open", command=command_line(st)))
        say_note(t("cli.init.next_user", command=command_line(
            st, "user", "add", t("cli.metavar.username"), "--role", "bendahara", "-u",
            session.username)))

    @app.command("demo", cls=Command, help=t("cli.help.demo"), rich_help_panel=panel)
    @guarded
    def demo(
        ctx: typer.Context,
        scale: Annotated[str, typer.Option(
            "--scale", metavar="small|medium|large", help=t("cli.opt.scale"))] = "small",
        seed: Annotated[int, typer.Option("--seed", help=t("cli.opt.seed"))] = 2026,
        force: Annotated[bool, flag("--force", "cli.opt.force")] = False,
    ) -> None:
        try:
            from sekretariat.demo.build import build_demo
        except ModuleNotFoundError as exc:
            if exc.name != "sekretariat.demo":
                raise
            raise SekretariatError("cli.demo_missing") from None
        from rich.table import Table

        st = state(ctx)
        if force:
            _preflight_demo(st)
        result = _build_with_progress(build_demo, st, scale.strip().lower(), seed, force)
        say_ok(t("cli.demo.done", path=str(result.path)))
        if hasattr(result, "summary"):
            say_note(result.summary())
        table = Table(title=t("cli.demo.accounts"), title_justify="left")
        table.add_column(t("field.username"), style="bold")
        table.add_column(t("field.role"))
        table.add_column(t("field.password"))
        for username, role, password in result.accounts:
            table.add_row(username, t(f"role.{role}"), password)
        out().print(table)
        say_note(t("cli.demo.next", command=command_line(st)))
