"""Printing a stock count's variance sheet from its screen (p): the
coordinator prints the draft of a closed count into exports/, the notice
names the file; once both have approved, a reader prints the approved
Berita Acara; p again makes a SALINAN beside it; the key is there for
whoever may see the sheet and nothing is written to the database."""

from __future__ import annotations

import datetime as dt

import pytest
from uihelp import SIZE, footer_keys, login, settle

from sekretariat import db
from sekretariat.services.warehouse import counts, items, movements, suppliers
from sekretariat.views.warehouse.count_sheet import CountSheetScreen
from sekretariat.views.warehouse.counts import CountsScreen

TODAY = dt.date(2026, 11, 23)


def _rows(sql: str, *params):
    return db.current_database().execute_sql(sql, params).fetchall()


@pytest.fixture
def closed(sessions):
    """Beras 200 kg in the book; 3 karung counted at gudang A; the count closed."""
    chair, gudang = sessions["ketua"], sessions["gudang"]
    items.create_item(chair, "beras", "Beras medium", "kg", units=[("karung", 50)])
    supplier = suppliers.create_supplier(chair, "UD Makmur")
    movements.record_receipt(chair, "beras", dt.date(2026, 11, 2), "4 karung", cost=2_400_000,
                             supplier_id=supplier.id)
    count = counts.create_count(gudang, TODAY, "09:00", place="gudang A")
    counts.add_line(gudang, count.id, "beras", "3 karung")
    counts.close_count(gudang, count.id)
    return sessions


async def _sheet(pilot, user: str) -> CountSheetScreen:
    await login(pilot, user)
    pilot.app.open_section("warehouse")
    await settle(pilot)
    await pilot.press("o")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CountsScreen)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CountSheetScreen)
    return pilot.app.screen


def _notes(app) -> str:
    return " ".join(str(n.message) for n in app._notifications)


async def test_p_prints_the_draft_then_the_approved_sheet_then_a_copy(app_for, closed, db_path):
    exports = db_path.parent / "exports"
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _sheet(pilot, "gudang")
        keys = footer_keys(app)
        assert keys["p"] == ("Cetak", True)
        before = _rows("SELECT count(*) FROM audit_log")
        await pilot.press("p")
        await settle(pilot)
        draft = exports / "OPN-2026-00001-draf.pdf"
        assert draft.exists() and draft.read_bytes().startswith(b"%PDF")
        assert str(draft) in _notes(app) and "OPN/2026/00001" in _notes(app)
        assert _rows("SELECT count(*) FROM audit_log") == before   # printing writes nothing
        assert isinstance(app.screen, CountSheetScreen)
    counts.approve_count(closed["gudang"], 1)
    counts.approve_count(closed["ketua"], 1)

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _sheet(pilot, "pembaca")
        keys = footer_keys(app)
        assert keys["p"][1] is True and keys["a"][1] is False     # a reader prints, never approves
        await pilot.press("p")
        await settle(pilot)
        assert (exports / "OPN-2026-00001.pdf").exists()
        await pilot.press("p")
        await settle(pilot)
        assert (exports / "OPN-2026-00001-salinan-2.pdf").exists()
        assert str(exports / "OPN-2026-00001-salinan-2.pdf") in _notes(app)
    assert sorted(p.name for p in exports.iterdir()) == [
        "OPN-2026-00001-draf.pdf", "OPN-2026-00001-salinan-2.pdf", "OPN-2026-00001.pdf"]
