"""Each role sees its own sections under the same numbers, and no action it
cannot use (issue 8, section 3)."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList
from uihelp import SIZE, footer_keys, login, nik, settle

from sekretariat.services.core import permissions
from sekretariat.services.leasing import traders
from sekretariat.views.core.days import DaysScreen
from sekretariat.views.leasing.traders import TradersScreen

#: The number of every section, as ketua (who sees all) sees them.
NUMBERS = {"journal": "1", "days": "2", "audit": "3", "users": "4", "market": "5",
           "stalls": "6", "traders": "7", "arrears": "8", "billing": "9", "fees": "0",
           "cash": "11", "surveys": "12", "parking": "13",
           "warehouse": "14", "reports": "15", "complaints": "16"}


@pytest.mark.parametrize("role", ["parkir", "gudang", "staf"])
async def test_roles_without_the_right_see_no_close_day_key(app_for, sessions, role):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, role)
        await pilot.press(NUMBERS["days"])
        await settle(pilot)
        assert isinstance(app.screen, DaysScreen)
        keys = footer_keys(app)
        assert "c" not in keys and "o" not in keys
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, DaysScreen)  # nothing opened


@pytest.mark.real_pause
@pytest.mark.parametrize("role", ["ketua", "bendahara", "sekretaris", "parkir", "gudang", "staf",
                                  "pembaca"])
async def test_section_numbers_are_the_same_for_every_role(app_for, sessions, role):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, role)
        options = app.screen.query_one("#sections", OptionList)
        shown = {options.get_option_at_index(i).id: str(options.get_option_at_index(i).prompt)
                 for i in range(options.option_count)}
        allowed = [name for name, action in permissions.SECTIONS
                   if permissions.can(sessions[role], action)]
        assert sorted(shown) == sorted(allowed)
        for name, prompt in shown.items():
            assert prompt.startswith(NUMBERS[name] + " "), (name, prompt)
        # the traders' key is 7 for everyone who may see them
        await pilot.press(NUMBERS["traders"])
        await settle(pilot)
        assert isinstance(app.screen, TradersScreen)
        await pilot.press("escape", "escape")
        await settle(pilot)
        # a number whose section this role may not open does nothing (but
        # when its last digit is a section of its own, a new number begins:
        # "15" without Laporan opens 5)
        by_number = {n: name for name, n in NUMBERS.items()}
        missing = [n for name, n in NUMBERS.items() if name not in shown]
        for key in missing:
            before = app.screen
            await pilot.press(*key)
            await settle(pilot)
            await pilot.pause(0.7)  # past the wait for a second digit
            restart = by_number.get(key[-1]) if len(key) > 1 else None
            if restart in shown:
                assert getattr(app.screen, "SECTION", None) == restart, (role, key)
                await pilot.press("escape")
                await settle(pilot)
                continue
            assert app.screen is before


def test_nik_is_masked_for_roles_without_the_right(sessions):
    chair = sessions["ketua"]
    full = nik(7)
    made = traders.create_trader(chair, "Rina Wati", full, phone="0812-9999-0000")
    for role in ("ketua", "bendahara", "sekretaris"):
        assert traders.get_trader(sessions[role], made.id).nik == full
        assert traders.search(sessions[role], "Rina").rows[0].nik == full
    for role in ("parkir", "gudang", "staf", "pembaca"):
        seen = traders.get_trader(sessions[role], made.id).nik
        assert seen == "*" * 12 + full[-4:]
        assert traders.search(sessions[role], "Rina").rows[0].nik == seen
        # nor can a search by NIK digits reveal it
        assert traders.search(sessions[role], full[:8]).rows == ()
    assert traders.search(chair, full[:8]).rows[0].id == made.id
