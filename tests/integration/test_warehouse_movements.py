"""Stock movements: what each kind posts, the moving average kept exact in
whole Rupiah, the order rule, stock never below zero, closed days (service
and raw SQL), reversals of the latest movement only, and every refusal
leaving the database as it was."""

from __future__ import annotations

import peewee
import pytest
from test_leases_support import nik
from test_warehouse_core import TODAY, D, dump, raw, wh  # noqa: F401  (fixture)

from sekretariat.errors import Conflict, DayClosed, NotFound, ValidationError
from sekretariat.services.cash import vouchers
from sekretariat.services.core import check, days, journal
from sekretariat.services.core.journal import LineInput
from sekretariat.services.core.tx import writing
from sekretariat.services.leasing import traders
from sekretariat.services.warehouse import items, movements, stock

R = movements


def lines_of(entry_id):
    """{(account, party_kind, party_id): debit - credit} of an entry."""
    return {(code, kind, party): net for code, kind, party, net in raw(
        "SELECT a.code, l.party_kind, l.party_id, sum(l.debit) - sum(l.credit)"
        " FROM journal_line l JOIN account a ON a.id = l.account_id WHERE l.entry_id = ?"
        " GROUP BY a.code, l.party_kind, l.party_id", (entry_id,))}


def balance(code):
    return journal.account_balance_unchecked(code, D(2100, 1, 1))


def problems():
    return {i.key: i.problems for i in check.integrity_report().items if not i.ok}


def fill_drawer(chair, day=D(2026, 11, 2), amount=5_000_000):
    vouchers.record_income(chair, day, "4-900", amount, "Donatur", "modal kas gudang")


def test_a_receipt_on_credit_posts_stock_against_the_suppliers_payable(wh):
    chair, sup = wh["chair"], wh["supplier"]
    m = R.record_receipt(chair, "beras", D(2026, 11, 2), "4 karung", cost="Rp2.400.000",
                         supplier_id=sup)
    assert (m.number, m.kind, m.quantity, m.value, m.qty_after, m.value_after) == (
        "GDG/2026/00001", "receipt", 200, 2_400_000, 200, 2_400_000)
    assert (m.payment, m.counterparty) == ("credit", "UD Makmur")
    assert lines_of(m.journal_entry_id) == {("1-300", None, None): 2_400_000,
                                            ("2-200", "supplier", sup): -2_400_000}
    entry = journal.get_entry(chair, m.journal_entry_id)
    assert (entry.source, entry.source_ref, entry.entry_date) == ("warehouse", m.number,
                                                                  D(2026, 11, 2))
    assert "GDG/2026/00001" in entry.memo and "Beras medium" in entry.memo
    audit = raw("SELECT after FROM audit_log WHERE action = 'warehouse.receipt'").fetchone()
    assert '"number":"GDG/2026/00001"' in audit[0]
    assert problems() == {}


def test_a_cash_receipt_needs_the_money_in_the_drawer(wh):
    chair = wh["chair"]
    before = dump()
    with pytest.raises(ValidationError) as info:
        R.record_receipt(chair, "beras", D(2026, 11, 2), 10, cost=120_000, payment="cash")
    assert info.value.key == "cash.drawer_negative"
    assert dump() == before
    fill_drawer(chair)
    m = R.record_receipt(chair, "beras", D(2026, 11, 2), 10, cost=120_000, payment="cash")
    assert lines_of(m.journal_entry_id) == {("1-300", None, None): 120_000,
                                            ("1-100", None, None): -120_000}
    assert (m.supplier_id, m.counterparty) == (None, None)
    assert problems() == {}


def test_a_cash_sale_posts_its_margin_or_its_loss(wh):
    chair = wh["chair"]
    R.record_receipt(chair, "beras", D(2026, 11, 2), 100, cost=1_200_000,
                     supplier_id=wh["supplier"])
    sale = R.record_issue(chair, "beras", D(2026, 11, 3), "1 karung", price=650_000)
    assert (sale.quantity, sale.value, sale.price, sale.payment) == (-50, -600_000, 650_000,
                                                                     "cash")
    assert lines_of(sale.journal_entry_id) == {("1-100", None, None): 650_000,
                                               ("1-300", None, None): -600_000,
                                               ("4-900", None, None): -50_000}
    loss = R.record_issue(chair, "beras", D(2026, 11, 3), 10, price="100rb")
    assert lines_of(loss.journal_entry_id) == {("1-100", None, None): 100_000,
                                               ("1-300", None, None): -120_000,
                                               ("5-850", None, None): 20_000}
    even = R.record_issue(chair, "beras", D(2026, 11, 4), 10, price=120_000)
    assert lines_of(even.journal_entry_id) == {("1-100", None, None): 120_000,
                                               ("1-300", None, None): -120_000}
    assert (balance("1-300"), balance("1-100")) == (360_000, 870_000)
    assert stock.on_hand("beras") == (30, 360_000)
    assert problems() == {}


def test_internal_use_write_offs_and_count_adjustments(wh):
    chair = wh["chair"]
    R.record_receipt(chair, "telur", D(2026, 11, 2), "2 peti", cost=1_140_000,
                     supplier_id=wh["supplier"])           # 600 butir at Rp1.900
    used = R.record_issue(chair, "telur", D(2026, 11, 3), "1 tray", internal=True,
                          reason="konsumsi rapat pengurus")
    assert (used.payment, used.price, used.value) == (None, None, -57_000)
    assert lines_of(used.journal_entry_id) == {("5-800", None, None): 57_000,
                                               ("1-300", None, None): -57_000}
    broken = R.record_write_off(chair, "telur", D(2026, 11, 3), 13, reason="pecah")
    assert lines_of(broken.journal_entry_id) == {("5-850", None, None): 24_700,
                                                 ("1-300", None, None): -24_700}
    short = R.record_adjustment(chair, "telur", D(2026, 11, 4), -7, reason="opname November")
    assert lines_of(short.journal_entry_id) == {("5-850", None, None): 13_300,
                                                ("1-300", None, None): -13_300}
    found = R.record_adjustment(chair, "telur", D(2026, 11, 4), "+2", reason="opname ulang")
    assert found.value == 3_800
    assert lines_of(found.journal_entry_id) == {("5-850", None, None): -3_800,
                                                ("1-300", None, None): 3_800}
    valued = R.record_adjustment(chair, "telur", D(2026, 11, 4), 1, reason="ketemu",
                                 value=2_000)
    assert valued.value == 2_000
    assert stock.on_hand("telur") == (553, 1_140_000 - 57_000 - 24_700 - 13_300 + 3_800 + 2_000)
    assert balance("5-850") == 24_700 + 13_300 - 3_800 - 2_000
    assert problems() == {}


def test_the_moving_average_stays_exact_and_the_last_unit_takes_the_rest(wh):
    chair = wh["chair"]
    R.record_receipt(chair, "minyak", D(2026, 11, 2), 3, cost=10_000,
                     supplier_id=wh["supplier"])
    values = [R.record_issue(chair, "minyak", D(2026, 11, 3), 1, price=4_000).value
              for _ in range(3)]
    # 10.000/3 = 3.333,33 -> 3.333; 6.667/2 = 3.333,5 -> 3.334 (half up); the last takes 3.333
    assert values == [-3_333, -3_334, -3_333]
    assert stock.on_hand("minyak") == (0, 0)
    R.record_receipt(chair, "minyak", D(2026, 11, 4), 7, cost=50_000,
                     supplier_id=wh["supplier"])
    R.record_receipt(chair, "minyak", D(2026, 11, 4), 5, cost=40_000,
                     supplier_id=wh["supplier"])
    out = R.record_write_off(chair, "minyak", D(2026, 11, 5), 5, reason="bocor")
    assert out.value == -37_500          # 5 x 90.000 / 12
    assert stock.on_hand("minyak") == (7, 52_500)
    # a surplus found when nothing is held is valued at the last known average cost
    R.record_write_off(chair, "minyak", D(2026, 11, 5), 7, reason="kedaluwarsa")
    assert stock.on_hand("minyak") == (0, 0)
    found = R.record_adjustment(chair, "minyak", D(2026, 11, 6), 2, reason="opname")
    assert found.value == 15_000         # 2 x 52.500 / 7
    assert problems() == {}


def test_a_surplus_of_an_item_that_never_had_a_cost_needs_a_value(wh):
    chair = wh["chair"]
    before = dump()
    with pytest.raises(ValidationError) as info:
        R.record_adjustment(chair, "beras", TODAY, 5, reason="ketemu")
    assert info.value.key == "warehouse.adjustment_needs_value"
    R.record_receipt(chair, "beras", TODAY, 5, cost=60_000, supplier_id=wh["supplier"])
    with pytest.raises(ValidationError) as info:
        R.record_adjustment(chair, "beras", TODAY, -1, reason="hilang", value=12_000)
    assert info.value.key == "warehouse.shortage_at_average"
    assert len(dump()["stock_movement"]) == len(before["stock_movement"]) + 1


def test_an_issue_beyond_stock_is_refused_and_changes_nothing(wh):
    chair = wh["chair"]
    R.record_receipt(chair, "beras", D(2026, 11, 2), "1 karung", cost=600_000,
                     supplier_id=wh["supplier"])
    before = dump()
    for call in (lambda: R.record_issue(chair, "beras", TODAY, 51, price=700_000),
                 lambda: R.record_issue(chair, "beras", TODAY, "2 karung", internal=True,
                                        reason="x"),
                 lambda: R.record_write_off(chair, "beras", TODAY, 60, reason="busuk"),
                 lambda: R.record_adjustment(chair, "beras", TODAY, -51, reason="opname")):
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.key == "warehouse.beyond_stock"
        assert "50 kg (1 karung)" in info.value.message
    assert dump() == before
    R.record_issue(chair, "beras", TODAY, 50, price=700_000)
    assert stock.on_hand("beras") == (0, 0)


def test_bad_movement_input_is_refused_and_changes_nothing(wh):
    chair, sup = wh["chair"], wh["supplier"]
    R.record_receipt(chair, "beras", D(2026, 11, 2), 100, cost=1_200_000, supplier_id=sup)
    before = dump()
    cases = [
        (lambda: R.record_receipt(chair, "beras", TODAY, "-1 karung", cost=1, supplier_id=sup),
         "warehouse.quantity_negative"),
        (lambda: R.record_receipt(chair, "beras", TODAY, "1,5 kg", cost=1, supplier_id=sup),
         "warehouse.quantity_not_whole"),
        (lambda: R.record_receipt(chair, "beras", TODAY, "1 peti", cost=1, supplier_id=sup),
         "warehouse.unit_unknown"),
        (lambda: R.record_receipt(chair, "beras", TODAY, 10, cost=0, supplier_id=sup),
         "money.zero"),
        (lambda: R.record_receipt(chair, "beras", TODAY, 10, cost=-5, supplier_id=sup),
         "money.negative"),
        (lambda: R.record_receipt(chair, "beras", TODAY, 10, cost=1200.5, supplier_id=sup),
         "money.invalid"),
        (lambda: R.record_receipt(chair, "beras", TODAY, 10, cost="12,5", supplier_id=sup),
         "money.fraction"),
        (lambda: R.record_receipt(chair, "beras", TODAY, 10, cost=1), "warehouse.supplier_needed"),
        (lambda: R.record_receipt(chair, "beras", TODAY, 10, cost=1, supplier_id=sup,
                                  payment="account"), "warehouse.payment_invalid"),
        (lambda: R.record_receipt(chair, "beras", D(2026, 11, 24), 10, cost=1,
                                  supplier_id=sup), "warehouse.future_date"),
        (lambda: R.record_receipt(chair, "beras", "32/11/2026", 10, cost=1, supplier_id=sup),
         "date.invalid"),
        (lambda: R.record_issue(chair, "beras", TODAY, 10), "money.empty"),
        (lambda: R.record_issue(chair, "beras", TODAY, 10, price=0), "money.zero"),
        (lambda: R.record_issue(chair, "beras", TODAY, 10, internal=True),
         "warehouse.text_empty"),
        (lambda: R.record_issue(chair, "beras", TODAY, 10, internal=True, reason="x",
                                price=5), "warehouse.internal_no_price"),
        (lambda: R.record_write_off(chair, "beras", TODAY, 10, reason=" "),
         "warehouse.text_empty"),
        (lambda: R.record_write_off(chair, "beras", TODAY, 10, reason="x" * 301),
         "input.too_long"),
        (lambda: R.record_adjustment(chair, "beras", TODAY, 0, reason="x"),
         "warehouse.quantity_zero"),
    ]
    for call, key in cases:
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.key == key
    for call, error in ((lambda: R.record_issue(chair, "gula", TODAY, 1, price=1), NotFound),
                        (lambda: R.record_issue(chair, "beras", TODAY, 1, price=1,
                                                trader_id=77), NotFound),
                        (lambda: R.record_receipt(chair, "beras", TODAY, 1, cost=1,
                                                  supplier_id=77), NotFound)):
        with pytest.raises(error):
            call()
    assert dump() == before


def test_movements_are_recorded_in_date_order(wh):
    chair = wh["chair"]
    R.record_receipt(chair, "beras", D(2026, 11, 10), 100, cost=1_200_000,
                     supplier_id=wh["supplier"])
    before = dump()
    with pytest.raises(ValidationError) as info:
        R.record_issue(chair, "beras", D(2026, 11, 9), 10, price=150_000)
    assert info.value.key == "warehouse.before_latest"
    assert "10 Nov 2026" in info.value.message and "9 Nov 2026" in info.value.message
    assert dump() == before
    # another item has its own order; the same day is fine
    R.record_receipt(chair, "telur", D(2026, 11, 9), 30, cost=57_000, supplier_id=wh["supplier"])
    R.record_issue(chair, "beras", D(2026, 11, 10), 10, price=150_000)
    # the database refuses it too
    with pytest.raises(peewee.IntegrityError, match="stock_running_balance"):
        raw("INSERT INTO stock_movement (number, item_id, seq, moved_on, kind, quantity, value,"
            " qty_after, value_after, payment, price, journal_entry_id, created_by, created_at)"
            " VALUES ('X', ?, 3, '2026-11-09', 'issue', -1, -12000, 89, 1068000, 'cash', 1, 1,"
            " 1, 'n')", (wh["beras"].id,))


def test_the_running_balance_trigger_refuses_a_wrong_balance_or_seq(wh):
    chair = wh["chair"]
    R.record_receipt(chair, "beras", D(2026, 11, 10), 100, cost=1_200_000,
                     supplier_id=wh["supplier"])
    base = ("INSERT INTO stock_movement (number, item_id, seq, moved_on, kind, quantity, value,"
            " qty_after, value_after, reason, journal_entry_id, created_by, created_at)"
            " VALUES ('X', {item}, {seq}, '2026-11-20', 'write_off', -1, -12000, {qty}, {value},"
            " 'r', 1, 1, 'n')")
    for seq, qty, value in ((3, 99, 1_188_000), (2, 98, 1_188_000), (2, 99, 1_000_000),
                            (1, 99, 1_188_000)):
        with pytest.raises(peewee.IntegrityError):
            raw(base.format(item=wh["beras"].id, seq=seq, qty=qty, value=value))
    raw(base.format(item=wh["beras"].id, seq=2, qty=99, value=1_188_000))  # the control
    with pytest.raises(peewee.IntegrityError, match="append_only"):
        raw("UPDATE stock_movement SET reason = 'lain'")
    with pytest.raises(peewee.IntegrityError, match="append_only"):
        raw("DELETE FROM stock_movement")


def test_a_movement_on_a_closed_day_is_refused_by_the_service_and_the_database(wh):
    chair = wh["chair"]
    first = R.record_receipt(chair, "beras", D(2026, 11, 2), 100, cost=1_200_000,
                             supplier_id=wh["supplier"])
    days.close_day(chair, D(2026, 11, 10))
    before = dump()
    for call in (lambda: R.record_receipt(chair, "beras", D(2026, 11, 10), 5, cost=60_000,
                                          supplier_id=wh["supplier"]),
                 lambda: R.record_issue(chair, "beras", D(2026, 11, 5), 5, price=60_000),
                 lambda: R.record_write_off(chair, "beras", D(2026, 11, 9), 5, reason="x"),
                 lambda: R.record_adjustment(chair, "beras", D(2026, 11, 1), 5, reason="x"),
                 lambda: R.reverse_movement(chair, first.id, "salah", D(2026, 11, 10))):
        with pytest.raises(DayClosed):
            call()
    assert dump() == before
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        raw("INSERT INTO stock_movement (number, item_id, seq, moved_on, kind, quantity, value,"
            " qty_after, value_after, reason, journal_entry_id, created_by, created_at)"
            " VALUES ('X', ?, 2, '2026-11-10', 'write_off', -1, -12000, 99, 1188000, 'r', 1, 1,"
            " 'n')", (wh["beras"].id,))
    # the closed day's receipt is corrected by a reversal dated in an open day
    undone = R.reverse_movement(chair, first.id, "salah pemasok")
    assert (undone.day, undone.quantity, undone.value) == (TODAY, -100, -1_200_000)
    assert stock.on_hand("beras") == (0, 0)
    assert stock.on_hand("beras", D(2026, 11, 10)) == (100, 1_200_000)
    assert problems() == {}


def test_only_the_latest_movement_is_reversed_and_only_once(wh):
    chair = wh["chair"]
    a = R.record_receipt(chair, "beras", D(2026, 11, 2), 100, cost=1_200_000,
                         supplier_id=wh["supplier"])
    b = R.record_issue(chair, "beras", D(2026, 11, 3), 30, price=400_000)
    before = dump()
    with pytest.raises(Conflict) as info:
        R.reverse_movement(chair, a.id, "salah")
    assert info.value.key == "warehouse.reverse_not_latest"
    assert b.number in info.value.message
    with pytest.raises(ValidationError):
        R.reverse_movement(chair, b.id, "  ")
    assert dump() == before
    undo_b = R.reverse_movement(chair, b.id, "batal beli", D(2026, 11, 20))
    assert (undo_b.kind, undo_b.quantity, undo_b.value, undo_b.price, undo_b.payment) == (
        "reversal", 30, 360_000, 400_000, "cash")
    assert undo_b.reverses_number == b.number
    assert lines_of(undo_b.journal_entry_id) == {
        k: -v for k, v in lines_of(b.journal_entry_id).items()}
    assert R.record_issue(chair, "beras", D(2026, 11, 20), 5, internal=True,
                          reason="contoh").value == -60_000
    with pytest.raises(Conflict) as info:
        R.reverse_movement(chair, b.id, "lagi")
    assert info.value.key == "warehouse.already_reversed"
    with pytest.raises(Conflict) as info:
        R.reverse_movement(chair, undo_b.id, "balik lagi")
    assert info.value.key == "warehouse.reverse_of_reversal"
    last = stock.find_movement(chair, "GDG/2026/00004")
    R.reverse_movement(chair, last.id, "salah ketik")
    # the pairs after it cancel out: the receipt is now the latest live movement
    R.reverse_movement(chair, a.id, "retur ke pemasok")
    assert stock.on_hand("beras") == (0, 0)
    assert (balance("1-300"), balance("2-200")) == (0, 0)
    assert problems() == {}


def test_reversing_a_cash_sale_needs_the_money_in_the_drawer(wh):
    chair = wh["chair"]
    R.record_receipt(chair, "beras", D(2026, 11, 2), 100, cost=1_200_000,
                     supplier_id=wh["supplier"])
    sale = R.record_issue(chair, "beras", D(2026, 11, 3), 10, price=150_000)
    vouchers.record_expense(chair, D(2026, 11, 4), "5-300", 100_000, "Petugas", "sapu")
    before = dump()
    with pytest.raises(ValidationError) as info:
        R.reverse_movement(chair, sale.id, "batal")
    assert info.value.key == "cash.drawer_negative"
    assert dump() == before
    fill_drawer(chair, TODAY, 100_000)
    R.reverse_movement(chair, sale.id, "batal")
    assert problems() == {}


def test_a_document_writes_its_own_movements_inside_its_transaction(wh):
    """The API the bulk round and the stock count build on: a movement with
    its source and, for an issue on account, the document's own lines; it is
    reversed through the document, not on its own."""
    chair = wh["chair"]
    siti = traders.create_trader(chair, "Siti Aminah", nik(female=True)).id
    R.record_receipt(chair, "beras", D(2026, 11, 2), 100, cost=1_200_000,
                     supplier_id=wh["supplier"])

    def lines(value, number, memo):
        return [LineInput("1-110", debit=130_000, memo=memo),
                LineInput("1-300", credit=-value, memo=memo),
                LineInput("4-900", credit=130_000 + value, memo=memo)]

    with writing():
        done = R.append_in_transaction(chair, items.item_info("beras"), TODAY, "issue", -10,
                                       trader_id=siti, payment="account", price=130_000,
                                       source="round", source_ref="PB/2026/00001", lines=lines)
    assert (done.value, done.qty_after) == (-120_000, 90)
    made = R.movements_of("round", "PB/2026/00001")
    assert [(m.number, m.counterparty, m.payment, m.price) for m in made] == [
        (done.number, "Siti Aminah", "account", 130_000)]
    assert lines_of(done.journal_entry_id)[("1-300", None, None)] == -120_000
    assert problems() == {}
    with pytest.raises(Conflict) as info:
        R.reverse_movement(chair, done.id, "salah alokasi")
    assert info.value.key == "warehouse.reverse_via_document"
    assert "PB/2026/00001" in info.value.message
    with writing():
        undone = R.reverse_in_transaction(chair, done.id, "salah alokasi", TODAY)
    assert stock.get_movement(chair, undone.id).source_ref == "PB/2026/00001"
    assert stock.on_hand("beras") == (100, 1_200_000)
    assert problems() == {}
