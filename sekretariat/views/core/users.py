"""Pengguna (chair only): the accounts, adding one, setting a password,
unlocking, (de)activating and changing a role."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_datetime
from sekretariat.services.core import users
from sekretariat.services.core.users import UserInfo
from sekretariat.views.base import BaseScreen, run_safely


class UsersScreen(BaseScreen):
    CSS_PATH = "../styles/users.tcss"
    HELP_KEY = "tui.help.users"
    TITLE_KEY = "tui.section.users"
    SECTION = "users"
    AUTO_FOCUS = "#users-table"

    BINDINGS = [
        Binding("a", "add_user", "tui.key.add_user", id="users.add"),
        Binding("p", "set_password", "tui.key.set_password", id="users.password"),
        Binding("u", "unlock", "tui.key.unlock", id="users.unlock"),
        Binding("t", "toggle_active", "tui.key.toggle_active", id="users.toggle_active"),
        Binding("r", "change_role", "tui.key.change_role", id="users.role"),
        Binding("f5", "refresh", "tui.key.refresh", id="users.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.users: dict[str, UserInfo] = {}

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.users"), classes="screen-title", markup=False)
        yield DataTable(id="users-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="users-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#users-table", DataTable)
        for key, width in (("username", 14), ("full_name", 28), ("role", 22), ("active", 8),
                           ("locked", 10), ("last_login", 21)):
            table.add_column(t(f"tui.users.col_{key}"), key=key, width=width)
        self.action_refresh()

    def action_refresh(self, select: str | None = None) -> None:
        self.load_users(select)

    @work(thread=True, exclusive=True, exit_on_error=False, group="users")
    def load_users(self, select: str | None) -> None:
        outcome = run_safely("users.list_users", users.list_users, self.session)
        self.deliver(outcome, lambda rows: self.show_users(rows, select))

    def show_users(self, rows: list[UserInfo], select: str | None = None) -> None:
        table = self.query_one("#users-table", DataTable)
        current = select or (self.current_user.username if self.current_user else None)
        table.clear()
        self.users = {u.username: u for u in rows}
        for user in rows:
            table.add_row(
                Text(user.username), Text(user.full_name), t(f"role.{user.role}"),
                t("tui.yes") if user.active else Text(t("tui.no"), style="bold"),
                Text(t("tui.users.locked"), style="bold") if user.locked else "",
                fmt_datetime(user.last_login_at) if user.last_login_at else "-",
                key=user.username)
        if current in self.users:
            table.move_cursor(row=table.get_row_index(current))
        locked = sum(1 for u in rows if u.locked)
        text = t("tui.users.count", count=len(rows))
        if locked:
            text += "  " + t("tui.users.locked_count", count=locked)
        self.query_one("#users-status", Static).update(text)
        self.refresh_bindings()

    @property
    def current_user(self) -> UserInfo | None:
        if not self.is_mounted:
            return None
        table = self.query_one("#users-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.users.get(key or "")

    @on(DataTable.RowHighlighted, "#users-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        user = self.current_user
        me = self.app.session.username if self.app.session else None
        if action in ("set_password", "change_role", "toggle_active", "unlock"):
            if user is None:
                return None
            if action == "unlock":
                return user.locked or None
            if action in ("change_role", "toggle_active"):
                return user.username != me or None
        return super().check_action(action, parameters)

    # --- actions ---------------------------------------------------------------------

    def action_add_user(self) -> None:
        from sekretariat.views.core.add_user import AddUserDialog

        self.app.push_screen(AddUserDialog(), self._added)

    def _added(self, user: UserInfo | None) -> None:
        if user is not None:
            self.notify(t("tui.users.added", username=user.username,
                          role=t(f"role.{user.role}")))
            self.action_refresh(user.username)

    def action_set_password(self) -> None:
        user = self.current_user
        if user is None:
            return
        from sekretariat.views.core.set_password import SetPasswordDialog

        self.app.push_screen(SetPasswordDialog(user.username),
                             lambda ok: ok and self._password_set(user.username))

    def _password_set(self, username: str) -> None:
        self.notify(t("tui.users.password_set", username=username))
        self.action_refresh(username)

    def action_unlock(self) -> None:
        user = self.current_user
        if user is None or not user.locked:
            return
        self.call_service(users.unlock_user, self.session, user.username, done=self._unlocked,
                          group="write")

    def _unlocked(self, user: UserInfo) -> None:
        self.notify(t("tui.users.unlocked", username=user.username))
        self.action_refresh(user.username)

    def action_toggle_active(self) -> None:
        user = self.current_user
        if user is None or self.check_action("toggle_active", ()) is not True:
            return
        from sekretariat.views.core.confirm import ConfirmDialog

        key = "tui.users.confirm_deactivate" if user.active else "tui.users.confirm_activate"
        self.app.push_screen(ConfirmDialog(t(key, username=user.username)),
                             lambda yes: yes and self._set_active(user, not user.active))

    def _set_active(self, user: UserInfo, active: bool) -> None:
        self.call_service(users.update_user, self.session, user.username, active=active,
                          done=self._updated, group="write")

    def _updated(self, user: UserInfo) -> None:
        self.notify(t("tui.users.updated", username=user.username))
        self.action_refresh(user.username)

    def action_change_role(self) -> None:
        user = self.current_user
        if user is None or self.check_action("change_role", ()) is not True:
            return
        from sekretariat.views.core.change_role import ChangeRoleDialog

        self.app.push_screen(ChangeRoleDialog(user.username, user.role),
                             lambda changed: changed is not None and self._updated(changed))
