"""Password, date and money fields never cut what is typed or pasted: the
text stays, the limit is shown, the save is refused (issue 8, section 3)."""

from __future__ import annotations

from textual.widgets import Input
from uihelp import PASSWORD, SIZE, login, settle, type_into

from sekretariat.services.core import users
from sekretariat.views.widgets.text_input import TextInput


async def test_a_long_new_password_is_kept_and_refused(app_for, sessions):
    long = "k" * 300
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        app.action_change_password()
        await settle(pilot)
        await type_into(pilot, "#current_password", PASSWORD)
        await type_into(pilot, "#password", long)
        await type_into(pilot, "#password2", long)
        field = app.screen.query_one("#password", Input)
        assert isinstance(field, TextInput) and field.max_length == 0  # no silent cut
        assert field.value == long
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "ChangePasswordDialog"
        error = str(app.screen.query_one("#error-password").visual)
        assert "maksimal 256" in error
    # the old password still works
    assert users.login("bendahara", PASSWORD).username == "bendahara"


async def test_a_long_date_is_kept_and_refused_as_typed(app_for, sessions):
    from sekretariat.views.leasing.payment_form import PaymentFormScreen

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await app.push_screen(PaymentFormScreen(1, "X"))
        await settle(pilot)
        await type_into(pilot, "#paid_on", "23/11/2026 12:00")
        await settle(pilot)
        assert app.screen.query_one("#paid_on", Input).value == "23/11/2026 12:00"
        assert "maksimal 10" in str(app.screen.query_one("#error-paid_on").visual) or \
            app.screen.query_one("#error-paid_on").text_shown
