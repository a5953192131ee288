"""``sekretariat user …``: the chair manages the accounts (one per person)."""


from typing import Annotated, Literal

import typer

from sekretariat.cli._base import (
    Command,
    Group,
    ask,
    authenticate,
    guarded,
    logged_in,
    new_password,
    open_db,
    out,
    say_note,
    say_ok,
    state,
    user_option,
)
from sekretariat.errors import Conflict
from sekretariat.i18n import t
from sekretariat.services.core.permissions import ROLES

Role = Literal[ROLES]  # type: ignore[valid-type]


def _status(info) -> str:  # type: ignore[no-untyped-def]
    if not info.active:
        return t("cli.user.status_inactive")
    if info.locked:
        return t("cli.user.status_locked")
    return t("cli.user.status_active")


def register(app: typer.Typer) -> None:
    group = typer.Typer(cls=Group, name="user", help=t("cli.help.user"), no_args_is_help=True,
                        rich_markup_mode="rich")
    app.add_typer(group, name="user", rich_help_panel=t("cli.panel.users"))

    def username_argument(help_key: str = "cli.arg.username") -> typer.models.ArgumentInfo:
        return typer.Argument(metavar=t("cli.metavar.username"), help=t(help_key),
                              show_default=False)

    @group.command("list", cls=Command, help=t("cli.help.user_list"))
    @guarded
    def list_(ctx: typer.Context,
              user: Annotated[str | None, user_option()] = None) -> None:
        from rich.table import Table
        from rich.text import Text

        from sekretariat.i18n.formats import fmt_datetime
        from sekretariat.services.core import users

        st, session = logged_in(ctx, user)
        rows = users.list_users(session)
        out().print(Text(t("cli.user.list_title", count=len(rows)), style="bold"))
        table = Table()
        table.add_column(t("field.username"), style="bold", no_wrap=True)
        table.add_column(t("field.full_name"))
        table.add_column(t("field.role"))
        table.add_column(t("cli.user.status"))
        table.add_column(t("cli.user.last_login"))
        for info in rows:
            status = _status(info)
            style = "red" if info.locked else ("dim" if not info.active else None)
            table.add_row(info.username, info.full_name, t(f"role.{info.role}"), status,
                          fmt_datetime(info.last_login_at), style=style)
        out().print(table)

    @group.command("add", cls=Command, help=t("cli.help.user_add"))
    @guarded
    def add(
        ctx: typer.Context,
        username: Annotated[str, username_argument("cli.arg.new_username")],
        full_name: Annotated[str | None, typer.Option(
            "--name", "-n", show_default=False, metavar=t("cli.metavar.text"),
            help=t("cli.opt.full_name"))] = None,
        role: Annotated[Role | None, typer.Option(
            "--role", "-r", show_default=False, metavar=t("cli.metavar.role"),
            help=t("cli.opt.role", roles=", ".join(ROLES)))] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.core import permissions, users

        st, session = logged_in(ctx, user)
        permissions.require(session, "users.manage")  # refuse before asking anything more
        name = users.check_username(username)
        if any(info.username == name for info in users.list_users(session)):
            raise Conflict("user.exists", field="username", username=name)
        if full_name is None:
            full_name = ask(t("cli.prompt.full_name", username=name), users.check_full_name)
        if role is None:
            role = ask(t("cli.prompt.role", roles=", ".join(ROLES)), users.check_role)
        password = new_password(name)
        info = users.create_user(session, name, full_name, role, password)
        say_ok(t("cli.user.added", username=info.username, full_name=info.full_name,
                 role=t(f"role.{info.role}")))

    @group.command("passwd", cls=Command, help=t("cli.help.user_passwd"))
    @guarded
    def passwd(
        ctx: typer.Context,
        username: Annotated[str | None, typer.Argument(
            metavar=t("cli.metavar.username"), show_default=False,
            help=t("cli.arg.passwd_username"))] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.core import permissions, users

        st = state(ctx)
        open_db(st)
        session, password = authenticate(st, user)
        target = (username or session.username).strip().lower()
        own = target == session.username
        if not own:
            permissions.require(session, "users.manage")
            users.get_user(session, target)  # an unknown name is refused before the prompts
        new = new_password(target)
        users.change_password(session, target, new, current_password=password if own else None)
        say_ok(t("cli.user.password_changed", username=target))

    @group.command("unlock", cls=Command, help=t("cli.help.user_unlock"))
    @guarded
    def unlock(ctx: typer.Context,
               username: Annotated[str, username_argument()],
               user: Annotated[str | None, user_option()] = None) -> None:
        from sekretariat.services.core import users

        st, session = logged_in(ctx, user)
        info = users.unlock_user(session, username)
        say_ok(t("cli.user.unlocked", username=info.username))

    def set_active(ctx: typer.Context, username: str, user: str | None, active: bool) -> None:
        from sekretariat.services.core import users

        st, session = logged_in(ctx, user)
        info = users.update_user(session, username, active=active)
        say_ok(t("cli.user.activated" if active else "cli.user.deactivated",
                 username=info.username))

    @group.command("deactivate", cls=Command, help=t("cli.help.user_deactivate"))
    @guarded
    def deactivate(ctx: typer.Context,
                   username: Annotated[str, username_argument()],
                   user: Annotated[str | None, user_option()] = None) -> None:
        set_active(ctx, username, user, False)

    @group.command("activate", cls=Command, help=t("cli.help.user_activate"))
    @guarded
    def activate(ctx: typer.Context,
                 username: Annotated[str, username_argument()],
                 user: Annotated[str | None, user_option()] = None) -> None:
        set_active(ctx, username, user, True)

    @group.command("edit", cls=Command, help=t("cli.help.user_edit"))
    @guarded
    def edit(
        ctx: typer.Context,
        username: Annotated[str, username_argument()],
        full_name: Annotated[str | None, typer.Option(
            "--name", "-n", show_default=False, metavar=t("cli.metavar.text"),
            help=t("cli.opt.full_name"))] = None,
        role: Annotated[Role | None, typer.Option(
            "--role", "-r", show_default=False, metavar=t("cli.metavar.role"),
            help=t("cli.opt.role", roles=", ".join(ROLES)))] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.core import users

        if full_name is None and role is None:
            raise typer.BadParameter(t("cli.user.nothing_to_change"), param_hint="--name/--role")
        st, session = logged_in(ctx, user)
        info = users.update_user(session, username, full_name=full_name, role=role)
        say_ok(t("cli.user.updated", username=info.username, full_name=info.full_name,
                 role=t(f"role.{info.role}")))
        if role is not None and info.username != session.username:
            say_note(t("cli.user.role_note"))
