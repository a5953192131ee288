"""Logging in, the home screen's sections per role, logging out."""

from __future__ import annotations

from textual.widgets import OptionList, Static
from uihelp import PASSWORD, SIZE, footer_keys, login, screen_text, settle

from sekretariat.i18n import set_language
from sekretariat.services.core import audit, users
from sekretariat.views.core.home import HomeScreen
from sekretariat.views.core.login import LoginScreen
from sekretariat.views.sections import section_number

EXPECTED_SECTIONS = {
    "ketua": ["journal", "days", "audit", "users", "market", "stalls", "traders", "arrears",
              "billing", "fees", "cash", "surveys", "parking", "warehouse", "reports",
              "complaints"],
    "bendahara": ["journal", "days", "audit", "market", "stalls", "traders", "arrears",
                  "billing", "fees", "cash", "surveys", "parking", "warehouse", "reports",
                  "complaints"],
    "sekretaris": ["days", "market", "stalls", "traders", "arrears", "surveys", "warehouse",
                   "reports", "complaints"],
    "parkir": ["days", "market", "stalls", "traders", "arrears", "surveys", "parking",
               "complaints"],
    "gudang": ["days", "market", "stalls", "traders", "arrears", "surveys", "warehouse",
               "complaints"],
    "staf": ["days", "market", "stalls", "traders", "arrears", "fees", "surveys", "complaints"],
    "pembaca": ["journal", "days", "audit", "market", "stalls", "traders", "arrears", "cash", "surveys",
                "parking", "warehouse", "reports", "complaints"],
}


def _logins(chair, username):
    return [r for r in audit.list_log(chair, username=username).rows if r.action == "auth.login"]


async def test_first_screen_is_login_with_the_market_name(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "LoginScreen"
        assert "Pasar Sekojo" in screen_text(app)
        assert app.focused.id == "username"


async def test_a_demo_database_lists_its_accounts_on_the_login_screen(app_for):
    from sekretariat.services.core import market

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "sekojo-ketua-2026" not in screen_text(app)
    market.mark_demo([("zainal", "ketua", "sekojo-ketua-2026")])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "zainal" in text and "sekojo-ketua-2026" in text and "Ketua" in text


async def test_each_role_sees_exactly_its_sections(app_for, sessions):
    chair = sessions["ketua"]
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        for role, expected in EXPECTED_SECTIONS.items():
            before = len(_logins(chair, role))
            await login(pilot, role)
            assert isinstance(app.screen, HomeScreen), role
            options = app.screen.query_one("#sections", OptionList)
            shown = [options.get_option_at_index(i).id for i in range(options.option_count)]
            assert shown == expected, role
            text = screen_text(app)
            assert sessions[role].full_name in text and "Senin, 23 November 2026" in text
            # each section keeps its number for every role; the others are not offered
            keys = footer_keys(app)
            # (the key that starts each number: "0" for 10, "1" for 11 and 12)
            numbers = {str(n % 10) if n <= 10 else str(n)[0]
                       for n in map(section_number, expected)}
            assert {k for k in keys if k.isdigit()} == numbers, role
            assert len(_logins(chair, role)) == before + 1
            await pilot.press("l")  # log out
            await settle(pilot)
            assert isinstance(app.screen, LoginScreen), role
            assert app.session is None
        assert audit.list_log(chair, username="pembaca").rows[0].action == "auth.logout"


async def test_sections_open_by_number_arrows_and_mouse(app_for, chair):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await pilot.press("5")
        await settle(pilot)
        assert app.screen.SECTION == "market"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("down", "down", "enter")  # the third section: audit
        await settle(pilot)
        assert app.screen.SECTION == "audit"
        await pilot.press("escape")
        await settle(pilot)
        options = app.screen.query_one("#sections", OptionList)
        await pilot.click(options, offset=(6, 3))  # "2  Hari yang Ditutup"
        await settle(pilot)
        assert app.screen.SECTION == "days"


async def test_wrong_password_shows_the_message_and_leaves_no_session(app_for, sessions):
    chair = sessions["ketua"]
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara", "salah-sekali", keys=True)
        assert isinstance(app.screen, LoginScreen)
        assert app.session is None
        error = str(app.screen.query_one("#login-error", Static).visual)
        assert error == "Nama pengguna atau kata sandi salah. Sisa percobaan: 4."
        assert app.screen.query_one("#password").value == ""  # typed again from scratch
        assert app.screen.query_one("#username").value == "bendahara"  # kept
    failures = [r for r in audit.list_log(chair, username="bendahara").rows
                if r.action == "auth.login_failed"]
    assert len(failures) == 1
    assert users.get_user(chair, "bendahara").failed_attempts == 1


async def test_unknown_user_and_empty_fields(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # to the password field
        await pilot.press("enter")
        await settle(pilot)
        assert str(app.screen.query_one("#login-error", Static).visual) == "Isi nama pengguna."
        assert app.focused.id == "username"
        await login(pilot, "siapa", "rahasia-123")
        assert str(app.screen.query_one("#login-error", Static).visual) == \
            "Nama pengguna atau kata sandi salah."
        assert app.session is None


async def test_locked_account_is_refused_with_its_message(app_for, sessions):
    chair = sessions["ketua"]
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(5):
            await login(pilot, "parkir", "bukan-sandinya")
        error = str(app.screen.query_one("#login-error", Static).visual)
        assert "akun dikunci" in error
        # even the right password is refused now
        await login(pilot, "parkir", PASSWORD)
        assert str(app.screen.query_one("#login-error", Static).visual) == \
            "Akun ini terkunci. Minta Ketua membukanya."
        assert app.session is None
    assert users.get_user(chair, "parkir").locked


async def test_english_when_asked_and_saved_preference(app_for, sessions):
    users.set_language(sessions["bendahara"], "en")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        assert "Username" not in screen_text(app)  # Indonesian until the user is known
        await login(pilot, "bendahara")
        text = screen_text(app)
        assert "Journal & Trial Balance" in text and "Treasurer" in text
        assert "Monday, 23 November 2026" in text
        assert footer_keys(app)["l"][0] == "Log out"
        await pilot.press("l")
        await settle(pilot)
        # back to the language the app started in
        assert "Nama pengguna" in screen_text(app)
    set_language("id")


async def test_language_parameter_of_make_app(app_for):
    app = app_for(language="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Username" in screen_text(app) and "Password" in screen_text(app)
        assert footer_keys(app)["ctrl+q"][0] == "Quit"
