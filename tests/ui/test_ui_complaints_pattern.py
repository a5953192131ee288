"""The complaints' pattern view and the facilities screens: p on the list
shows the year's pattern with a place complained about twice (same block,
same category) listed as repeated; f shows the register with a facility's
condition today, and i records an inspection round that changes it in the
database."""

from __future__ import annotations

import sqlite3

from test_ui_complaints import open_list
from textual.widgets import DataTable, Select
from uihelp import SIZE, footer_keys, screen_text, settle

from sekretariat.services.complaints import complaints, facilities
from sekretariat.views.complaints.facilities_screen import (
    FacilitiesScreen,
    InspectionDialog,
)
from sekretariat.views.complaints.pattern import PatternScreen


def sql(db_path, query: str, *params) -> list[tuple]:
    with sqlite3.connect(db_path) as con:
        return con.execute(query, params).fetchall()


def take(session, **changes):
    values = {"category": "kebersihan", "description": "Sampah menumpuk di lorong",
              "place_kind": "block", "place": "A", "complainant_name": "Siti"}
    return complaints.receive_complaint(session, **{**values, **changes})


async def test_the_pattern_names_a_repeated_place(app_for, sessions, market_data):
    take(sessions["sekretaris"])
    take(sessions["sekretaris"], description="Sampah lagi di lorong A")
    take(sessions["sekretaris"], category="keamanan", place="B", description="Lampu mati")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await open_list(pilot, "ketua")
        await pilot.press("p")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PatternScreen)
        repeated = screen.query_one("#pattern-repeated", DataTable)
        assert repeated.row_count == 1  # block B had one complaint: not repeated
        row = [str(cell) for cell in repeated.get_row_at(0)]
        assert "A" in row[0] and row[1] == "Kebersihan" and row[2] == "2"
        text = screen_text(app)
        assert "Pola pengaduan 2026" in text
        assert "3 pengaduan pada 2026; belum ada yang selesai." in text
        categories = screen.query_one("#pattern-categories", DataTable)
        counts = {str(categories.get_row_at(i)[0]): str(categories.get_row_at(i)[1])
                  for i in range(categories.row_count)}
        assert counts["Kebersihan"] == "2" and counts["Keamanan"] == "1"
        assert screen.query_one("#pattern-months").values[10] == 3  # November
        # the year before had none
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert "Pola pengaduan 2025" in screen_text(app)
        assert "0 pengaduan pada 2025" in screen_text(app)
        assert screen.query_one("#pattern-months").values == (0,) * 12


async def test_an_inspection_round_changes_a_condition(app_for, sessions, market_data,
                                                       db_path):
    facilities.create_facility(sessions["ketua"], "wc-1", "toilet", "Toilet Blok A",
                               block="A")
    facilities.create_facility(sessions["ketua"], "air-1", "air", "Air bersih",
                               condition="rusak_ringan")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await open_list(pilot, "staf")
        await pilot.press("f")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FacilitiesScreen)
        text = screen_text(app)
        assert "Toilet Blok A" in text and "Rusak ringan" in text
        assert "2 fasilitas; 1 rusak." in text
        table = screen.query_one("#facilities-table", DataTable)
        condition = table.get_row("wc-1")[4]
        assert condition.plain == "Baik" and condition.style == ""
        assert "red" not in str(condition.style)
        assert "yellow" in str(table.get_row("air-1")[4].style)
        assert footer_keys(app)["i"][1] is True
        await pilot.press("i")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, InspectionDialog)
        selects = list(dialog.query(Select))
        assert [s.value for s in selects] == ["baik", "rusak_ringan"]  # prefilled
        wc_id = sql(db_path, "SELECT id FROM facility WHERE code = 'wc-1'")[0][0]
        dialog.query_one(f"#cond-{wc_id}", Select).value = "rusak_berat"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert sql(db_path, "SELECT f.code, c.condition FROM facility_condition c"
                            " JOIN facility f ON f.id = c.facility_id"
                            " WHERE c.source = 'inspection' ORDER BY f.code") == [
            ("air-1", "rusak_ringan"), ("wc-1", "rusak_berat")]
        assert sql(db_path, "SELECT number FROM inspection") == [("INS/2026/00001",)]
        condition = table.get_row("wc-1")[4]
        assert condition.plain == "Rusak berat" and "red" in str(condition.style)
        assert "23 Nov 2026" in str(table.get_row("wc-1")[6])
        assert "2 fasilitas; 2 rusak." in screen_text(app)


async def test_a_role_that_cannot_inspect_sees_the_key_greyed(app_for, sessions, market_data,
                                                              db_path):
    facilities.create_facility(sessions["ketua"], "wc-1", "toilet", "Toilet Blok A")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await open_list(pilot, "parkir")
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FacilitiesScreen)
        assert footer_keys(app)["i"][1] is False
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, FacilitiesScreen)
        assert sql(db_path, "SELECT count(*) FROM inspection") == [(0,)]


async def test_both_screens_fit_80x24(app_for, sessions, market_data):
    take(sessions["sekretaris"])
    take(sessions["sekretaris"])
    facilities.create_facility(sessions["ketua"], "wc-1", "toilet", "Toilet Blok A")
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_list(pilot, "ketua")
        await pilot.press("p")
        await settle(pilot)
        text = screen_text(app)
        assert "Kebersihan" in text and "2 pengaduan pada 2026" in text
        assert app.screen.query_one("#pattern-months").content_size.height >= 4
        await pilot.press("escape", "f")
        await settle(pilot)
        assert "Toilet Blok A" in screen_text(app)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, InspectionDialog)
        assert app.screen.query_one("#submit").region.bottom <= 24
