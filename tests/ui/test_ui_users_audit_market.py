"""The chair's users screen, the audit-log viewer and the market profile."""

from __future__ import annotations

from textual.widgets import DataTable, Input, Select, Static
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat.services.core import audit, market, users
from sekretariat.views.core.audit import AuditScreen
from sekretariat.views.core.market import MarketScreen
from sekretariat.views.core.users import UsersScreen


async def _open(pilot, username: str, number: str, screen_type) -> None:
    await login(pilot, username)
    await pilot.press(number)
    await settle(pilot)
    assert isinstance(pilot.app.screen, screen_type)


async def _move_to(pilot, table: DataTable, key: str) -> None:
    table.move_cursor(row=table.get_row_index(key))
    await pilot.pause()


async def test_add_a_user_from_the_users_screen(app_for, chair):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, "ketua", "4", UsersScreen)
        await pilot.press("a")
        await settle(pilot)
        assert type(app.screen).__name__ == "AddUserDialog"
        await type_into(pilot, "#username", "siti.aminah")
        await type_into(pilot, "#full_name", "Siti Aminah")
        app.screen.query_one("#role", Select).value = "bendahara"
        await type_into(pilot, "#password", "pendek")
        await type_into(pilot, "#password2", "pendek")
        await pilot.press("enter")
        await settle(pilot)
        # refused by the service: the message sits under the password field
        assert str(app.screen.query_one("#error-password", Static).visual) == \
            "Kata sandi minimal 8 karakter."
        assert app.screen.query_one("#username", Input).value == "siti.aminah"
        await type_into(pilot, "#password", "kas-pasar-2026")
        await type_into(pilot, "#password2", "kas-pasar-2026")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, UsersScreen)
        table = app.screen.query_one("#users-table", DataTable)
        row = [str(c) for c in table.get_row("siti.aminah")]
        assert row[:4] == ["siti.aminah", "Siti Aminah", "Bendahara", "Ya"]
    info = users.get_user(chair, "siti.aminah")
    assert info.role == "bendahara" and info.active
    assert users.login("siti.aminah", "kas-pasar-2026").role == "bendahara"


async def test_unlock_deactivate_role_and_password(app_for, sessions):
    chair = sessions["ketua"]
    for _ in range(5):
        try:
            users.login("gudang", "bukan-ini")
        except Exception:
            pass
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, "ketua", "4", UsersScreen)
        table = app.screen.query_one("#users-table", DataTable)
        assert str(table.get_row("gudang")[4]) == "TERKUNCI"
        # the chair cannot change their own role or deactivate themselves
        await _move_to(pilot, table, "ketua")
        keys = footer_keys(app)
        assert keys["r"][1] is False and keys["t"][1] is False and keys["u"][1] is False
        await _move_to(pilot, table, "gudang")
        assert footer_keys(app)["u"] == ("Buka kunci", True)
        await pilot.press("u")
        await settle(pilot)
        assert str(table.get_row("gudang")[4]) == ""
        assert not users.get_user(chair, "gudang").locked

        await pilot.press("r")
        await settle(pilot)
        app.screen.query_one("#role", Select).value = "staf"
        await pilot.click("#submit")
        await settle(pilot)
        assert users.get_user(chair, "gudang").role == "staf"

        await pilot.press("t")
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmDialog"
        await pilot.press("y")
        await settle(pilot)
        assert not users.get_user(chair, "gudang").active

        await pilot.press("p")
        await settle(pilot)
        await type_into(pilot, "#password", "sandi-baru-123")
        await type_into(pilot, "#password2", "sandi-baru-124")
        await pilot.press("enter")
        await settle(pilot)
        assert str(app.screen.query_one("#error-password2", Static).visual) == \
            "Kedua kata sandi tidak sama."
        await type_into(pilot, "#password2", "sandi-baru-123")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, UsersScreen)
    actions = [r.action for r in audit.list_log(chair, username="ketua").rows]
    assert actions[:4] == ["user.password", "user.update", "user.update", "user.unlock"]


async def test_audit_viewer_filters_and_shows_before_after(app_for, sessions):
    chair = sessions["ketua"]
    market.update_profile(chair, market.MarketInfo("Pasar Sekojo Baru", "Jl. Sekojo No. 1",
                                                   "Palembang"))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, "pembaca", "3", AuditScreen)
        table = app.screen.query_one("#audit-table", DataTable)
        everything = table.row_count
        assert everything == len(audit.list_log(chair).rows)
        newest = [str(c) for c in table.get_row_at(0)]
        assert newest[2:4] == ["pembaca", "Masuk"]  # this very login, newest first
        await type_into(pilot, "#f_user", "bendahara")
        await pilot.press("enter")
        await settle(pilot)
        shown = {str(table.get_row_at(i)[2]) for i in range(table.row_count)}
        assert shown == {"bendahara"} and table.row_count < everything
        assert footer_keys(app)["x"][1] is True
        # a date range that ends before everything happened
        await type_into(pilot, "#f_user", "")
        await type_into(pilot, "#f_to", "22/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert table.row_count == 0 and "Tidak ada catatan." in screen_text(app)
        await type_into(pilot, "#f_from", "33/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert "bukan tanggal yang sah" in str(app.screen.query_one("#error-f_from",
                                                                    Static).visual)
        await pilot.press("escape", "x")
        await settle(pilot)
        assert table.row_count == everything + 0
        # the market change: before and after, pretty-printed
        key = next(k for k, r in app.screen.audit_rows.items() if r.action == "market.update")
        await _move_to(pilot, table, key)
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "AuditDetailDialog"
        before = str(app.screen.query_one("#json-before", Static).visual)
        after = str(app.screen.query_one("#json-after", Static).visual)
        assert '"name": "Pasar Sekojo",' in before and '"name": "Pasar Sekojo Baru",' in after
        assert "Profil pasar diubah" in screen_text(app)


async def test_market_profile_edit_and_read_only(app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, "sekretaris", "5", MarketScreen)
        assert app.screen.query_one("#name", Input).value == "Pasar Sekojo"
        await type_into(pilot, "#name", "")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert str(app.screen.query_one("#error-name", Static).visual) == \
            "Nama pasar belum diisi."
        await type_into(pilot, "#name", "Pasar Rakyat Sekojo")
        await type_into(pilot, "#phone", "0711-123456")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not app.screen.query_one("#error-name", Static).display
        await pilot.press("escape")
        await settle(pilot)
        assert "Pasar Rakyat Sekojo" in screen_text(app)  # home shows the new name
        await pilot.press("l")
        await settle(pilot)
        await _open(pilot, "parkir", "5", MarketScreen)
        assert app.screen.query_one("#name", Input).disabled
        assert footer_keys(app)["ctrl+s"] == ("Simpan", False)
        assert "Hanya Ketua dan Sekretaris" in screen_text(app)
    profile = market.get_profile()
    assert profile.name == "Pasar Rakyat Sekojo" and profile.phone == "0711-123456"
