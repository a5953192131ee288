"""What the warehouse holds: on hand and the stock value as of any date, the
stock card a page at a time (opening, rows, closing), the low-stock list, and
the CLI's ``stock card | value | items`` (tables and CSV equal the services)."""

from __future__ import annotations

import csv
import io

import pytest
from test_cli_support import ENV_NAMES, as_user
from test_warehouse_core import TODAY, D, wh  # noqa: F401  (fixture)

from sekretariat import db
from sekretariat.errors import EXIT_OK, EXIT_REFUSED, ValidationError
from sekretariat.services.core import journal
from sekretariat.services.warehouse import movements as R
from sekretariat.services.warehouse import stock


@pytest.fixture
def moved(wh):
    """Beras over November: received, sold, written off, received again."""
    chair, sup = wh["chair"], wh["supplier"]
    R.record_receipt(chair, "beras", D(2026, 11, 2), "4 karung", cost=2_400_000, supplier_id=sup)
    R.record_issue(chair, "beras", D(2026, 11, 5), "1 karung", price=650_000)
    R.record_write_off(chair, "beras", D(2026, 11, 5), 3, reason="basah")
    R.record_receipt(chair, "beras", D(2026, 11, 12), "2 karung", cost=1_300_000,
                     supplier_id=sup)
    R.record_issue(chair, "beras", D(2026, 11, 20), 200, price=2_600_000)
    R.record_receipt(chair, "telur", D(2026, 11, 6), "1 peti", cost=570_000, supplier_id=sup)
    return wh


def test_on_hand_as_of_any_date(moved):
    assert stock.on_hand("beras", D(2026, 11, 1)) == (0, 0)
    assert stock.on_hand("beras", D(2026, 11, 2)) == (200, 2_400_000)
    assert stock.on_hand("beras", D(2026, 11, 5)) == (147, 1_764_000)
    assert stock.on_hand("beras", D(2026, 11, 11)) == (147, 1_764_000)
    # 147 kg at 1.764.000 + 100 kg at 1.300.000 = 247 kg at 3.064.000
    assert stock.on_hand("beras", D(2026, 11, 12)) == (247, 3_064_000)
    assert stock.on_hand("beras") == (47, 3_064_000 - 2_480_972)
    assert stock.on_hand(moved["beras"].id) == stock.on_hand(moved["beras"])


def test_the_stock_value_of_every_item_as_of_a_date_equals_1_300(moved):
    chair = moved["chair"]
    for day in (D(2026, 11, 1), D(2026, 11, 5), D(2026, 11, 6), D(2026, 11, 12), None):
        found = stock.stock_value(chair, day)
        books = journal.account_balance_unchecked("1-300", day or D(2100, 1, 1))
        assert found.total == books, day
        assert [(r.code, r.quantity, r.value) for r in found.rows] == [
            (code, *stock.on_hand(code, day)) for code in ("beras", "minyak", "telur")]
    assert stock.stock_value(chair, D(2026, 11, 6)).total == 1_764_000 + 570_000


def test_low_stock_lists_active_items_at_or_below_their_reorder_level(moved):
    chair = moved["chair"]
    # beras 47 <= 100; telur 300 <= 300; minyak 0 <= 0 (a level of 0 alerts when empty)
    assert [r.code for r in stock.low_stock(chair)] == ["beras", "minyak", "telur"]
    R.record_receipt(chair, "telur", TODAY, 1, cost=1_900, supplier_id=moved["supplier"])
    from sekretariat.services.warehouse import items

    items.update_item(chair, "minyak", active=False)
    assert [r.code for r in stock.low_stock(chair)] == ["beras"]


def test_the_stock_card_pages_through_the_period(moved):
    chair = moved["chair"]
    card = stock.stock_card(chair, "beras")
    assert (card.opening_qty, card.opening_value, card.count, card.pages) == (0, 0, 5, 1)
    assert [(m.day.day, m.kind, m.incoming, m.outgoing, m.qty_after) for m in card.rows] == [
        (2, "receipt", 200, 0, 200), (5, "issue", 0, 50, 150), (5, "write_off", 0, 3, 147),
        (12, "receipt", 100, 0, 247), (20, "issue", 0, 200, 47)]
    assert (card.closing_qty, card.total_in, card.total_out) == (47, 300, 253)
    assert card.rows[1].unit_cost == 12_000 and card.rows[3].counterparty == "UD Makmur"
    part = stock.stock_card(chair, "beras", D(2026, 11, 5), D(2026, 11, 12), page=1,
                            page_size=2)
    assert (part.opening_qty, part.opening_value, part.count, part.pages, part.page) == (
        200, 2_400_000, 3, 2, 1)
    assert [m.number for m in part.rows] == ["GDG/2026/00004"]
    assert (part.closing_qty, part.closing_value) == (247, 3_064_000)
    empty = stock.stock_card(chair, "beras", D(2026, 11, 13), D(2026, 11, 19))
    assert (empty.count, empty.rows, empty.opening_qty, empty.closing_qty) == (0, (), 247, 247)
    before = stock.stock_card(chair, "beras", D(2026, 1, 1), D(2026, 11, 1))
    assert (before.count, before.opening_qty, before.closing_qty) == (0, 0, 0)
    beyond = stock.stock_card(chair, "beras", page=99)
    assert beyond.page == 0 and len(beyond.rows) == 5
    with pytest.raises(ValidationError) as info:
        stock.stock_card(chair, "beras", D(2026, 11, 12), D(2026, 11, 5))
    assert info.value.key == "warehouse.period_reversed"


# --- the CLI ----------------------------------------------------------------------

@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def on_file(moved, db_path, sessions):
    facts = {"card": stock.stock_card(moved["chair"], "beras"),
             "value": stock.stock_value(moved["chair"], D(2026, 11, 12))}
    db.close_database()
    return db_path, facts


def rows_of(result) -> list[dict[str, str]]:
    assert result.exit_code == EXIT_OK, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def test_cli_stock_card_as_csv_and_table(on_file):
    path, facts = on_file
    rows = rows_of(as_user(path, "gudang", "stock", "card", "beras", "--csv"))
    assert [(r["date"], r["number"], r["in"], r["out"], r["balance"], r["value"],
             r["balance_value"]) for r in rows] == [
        (m.day.isoformat(), m.number, str(m.incoming), str(m.outgoing), str(m.qty_after),
         str(m.value), str(m.value_after)) for m in facts["card"].rows]
    assert rows[1]["unit_cost"] == "12000" and rows[1]["price"] == "650000"
    table = as_user(path, "pembaca", "stock", "card", "BERAS", "--from", "5/11/2026", "--to",
                    "12/11/2026", env={"COLUMNS": "200"})
    assert table.exit_code == EXIT_OK, table.output
    text = table.output
    assert "Saldo awal" in text and "Rp2.400.000" in text and "Rp3.064.000" in text
    assert "GDG/2026/00001" not in text and "GDG/2026/00004" in text
    assert "Penghapusan · basah" in text


def test_cli_stock_value_as_of_and_items(on_file):
    path, facts = on_file
    rows = rows_of(as_user(path, "bendahara", "stock", "value", "--as-of", "12/11/2026",
                           "--csv"))
    assert [(r["code"], int(r["quantity"]), int(r["value"])) for r in rows] == [
        (r.code, r.quantity, r.value) for r in facts["value"].rows]
    table = as_user(path, "bendahara", "stock", "value", env={"COLUMNS": "200"})
    assert table.exit_code == EXIT_OK and "Rp1.153.028" in table.output
    items = rows_of(as_user(path, "gudang", "stock", "items", "--csv"))
    assert [(r["code"], r["units"], r["on_hand"], r["low"]) for r in items] == [
        ("beras", "karung=50", "47", "1"), ("minyak", "dus=12", "0", "1"),
        ("telur", "tray=30;peti=300", "300", "1")]
    shown = as_user(path, "gudang", "--lang", "en", "stock", "items", env={"COLUMNS": "200"})
    assert shown.exit_code == EXIT_OK and "karung = 50 kg" in shown.output
    assert "!" in shown.output and "Reorder level" in shown.output


def test_cli_refusals(on_file):
    path, _ = on_file
    result = as_user(path, "gudang", "stock", "card", "gula")
    assert result.exit_code == EXIT_REFUSED and "gula" in result.output
    result = as_user(path, "staf", "stock", "items")
    assert result.exit_code == EXIT_REFUSED
    result = as_user(path, "gudang", "stock", "value", "--as-of", "kemarin")
    assert result.exit_code == EXIT_REFUSED
