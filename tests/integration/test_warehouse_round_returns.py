"""Correcting a posted bulk round by reversal: a trader's share handed back
(units back to stock at their charge, the goods invoice voided with the same
entry, what was paid becoming credit), the whole round reversed, bad input
refused with the database unchanged, a closed day, the check rule with a
tamper test, and the CLI."""

from __future__ import annotations

import datetime as dt

import pytest
from test_leases_support import market
from test_warehouse_core import D, dump, raw, wh  # noqa: F401  (fixture)
from test_warehouse_rounds import _short_round, _tamper, problems

from sekretariat import clock
from sekretariat.errors import Conflict, DayClosed, NotFound, PermissionDenied, ValidationError
from sekretariat.services.core import days, journal
from sekretariat.services.leasing import invoices, payments
from sekretariat.services.warehouse import (
    movements,
    retail,
    round_returns,
    rounds_read,
    stock,
)


@pytest.fixture
def traders(wh):
    m = market(wh["chair"])
    from sekretariat.services.leasing import traders as trader_service
    from test_leases_support import nik

    ani = trader_service.create_trader(wh["chair"], "Ani Lestari", nik(female=True))
    return {**wh, "siti": m["siti"], "budi": m["budi"], "ani": ani.id}


def _line(chair, round_id, request_id):
    return next(x for x in rounds_read.get_round(chair, round_id).lines
                if x.request_id == request_id)


def _receivable(trader_id):
    return raw("SELECT coalesce(sum(debit - credit), 0) FROM journal_line l JOIN account a"
               " ON a.id = l.account_id WHERE a.code = '1-200' AND l.party_kind = 'trader'"
               " AND l.party_id = ?", (trader_id,)).fetchone()[0]


def test_a_share_handed_back_goes_to_stock_and_voids_its_invoice(traders):
    t, chair = traders, traders["chair"]
    retail.set_retail_price(chair, "beras", D(2026, 11, 1), 14_000)
    r = _short_round(t)
    budi = _line(chair, r["round"], r["budi"])
    assert (budi.allocated, budi.returned) == (3, None)
    # a later sale of the item: the hand-back still comes after it, at its own charge
    movements.record_receipt(chair, "beras", D(2026, 11, 10), 100, cost=1_200_000,
                             supplier_id=t["supplier"])
    movements.record_issue(chair, "beras", D(2026, 11, 12), 20, price=300_000)
    qty, value = stock.on_hand("beras")
    owed = _receivable(t["budi"])
    done = round_returns.return_share(chair, r["round"], r["budi"], "Tidak diambil",
                                      D(2026, 11, 23))
    assert (done.units, done.charge, done.trader_name) == (3, budi.charge, "Budi Santoso")
    assert stock.on_hand("beras") == (qty + 150, value + budi.charge)
    assert _receivable(t["budi"]) == owed - budi.charge
    invoice = invoices.find_invoice(chair, budi.invoice_number)
    assert invoice.voided and invoice.open_amount == 0
    # the reversal's entry is the invoice's void: Dr 1-300 / Cr 1-200 Budi, dated today
    entry = raw("SELECT e.entry_date, e.reverses_id FROM invoice v JOIN journal_entry e"
                " ON e.id = v.void_entry_id WHERE v.number = ?", (budi.invoice_number,)).fetchone()
    assert entry[0] == "2026-11-23"
    assert journal.account_balance_unchecked("1-300", D(2100, 1, 1)) == value + budi.charge
    after = _line(chair, r["round"], r["budi"])
    assert after.returned.reason == "Tidak diambil" and after.returned.day == D(2026, 11, 23)
    assert after.saving == 0 and after.charge == budi.charge   # the allocation stays as posted
    info = rounds_read.get_round(chair, r["round"])
    assert info.total_returned == budi.charge
    assert t["budi"] not in {s.trader_id for s in info.savings}
    assert [x for x in rounds_read.list_rounds(chair) if x.id == r["round"]][0].returned == \
        budi.charge
    assert problems() == {}
    # the same share twice is refused, nothing changes
    before = dump()
    with pytest.raises(Conflict):
        round_returns.return_share(chair, r["round"], r["budi"], "lagi")
    assert dump() == before


def test_what_was_paid_becomes_credit_for_other_invoices(traders):
    t, chair = traders, traders["chair"]
    r = _short_round(t)
    ani = _line(chair, r["round"], r["ani"])
    receipt = payments.take_payment(chair, t["ani"], ani.charge, "tunai")
    assert [a.invoice_number for a in receipt.allocations] == [ani.invoice_number]
    round_returns.return_share(chair, r["round"], r["ani"], "Barang rusak")
    credit = raw("SELECT coalesce(sum(open_amount), 0) FROM credit_open WHERE trader_id = ?",
                 (t["ani"],)).fetchone()[0]
    assert credit == ani.charge                    # Ani has nothing else open: it waits
    assert _receivable(t["ani"]) == -ani.charge
    assert problems() == {}


def test_the_whole_round_reversed(traders):
    t, chair = traders, traders["chair"]
    r = _short_round(t)
    info = rounds_read.get_round(chair, r["round"])
    round_returns.return_share(chair, r["round"], r["siti"], "Salah hitung")
    done = round_returns.reverse_round(chair, r["round"], "Putaran dibatalkan")
    assert {d.request_id for d in done} == {r["budi"], r["ani"], r["minyak"]}
    # every unit that went out came back, at the value it went out at
    assert stock.on_hand("beras") == (450, 5_515_263)
    assert stock.on_hand("minyak") == (24, 304_737)
    assert rounds_read.get_round(chair, r["round"]).total_returned == info.total_charge
    assert journal.account_balance_unchecked("1-300", D(2100, 1, 1)) == 5_515_263 + 304_737
    assert problems() == {}
    before = dump()
    with pytest.raises(Conflict):
        round_returns.reverse_round(chair, r["round"], "lagi")
    assert dump() == before


def test_bad_input_closed_days_and_roles_change_nothing(sessions, traders):
    t, chair = traders, traders["chair"]
    r = _short_round(t, post=False)
    before = dump()
    with pytest.raises(Conflict):          # not posted yet: change the allocation instead
        round_returns.return_share(chair, r["round"], r["siti"], "x")
    from sekretariat.services.warehouse import rounds_alloc, rounds_post

    rounds_alloc.confirm_allocation(chair, r["round"])
    rounds_post.post_round(chair, r["round"], D(2026, 11, 6))
    before = dump()
    for call, error in (
            (lambda: round_returns.return_share(chair, r["round"], r["siti"], "  "),
             ValidationError),
            (lambda: round_returns.return_share(chair, r["round"], r["siti"], "x",
                                                D(2026, 11, 5)), ValidationError),
            (lambda: round_returns.return_share(chair, r["round"], r["siti"], "x",
                                                D(2026, 11, 30)), ValidationError),
            (lambda: round_returns.return_share(chair, r["round"], 99_999, "x"), NotFound),
            (lambda: round_returns.return_share(chair, "PB/2026/09999", r["siti"], "x"),
             NotFound),
            (lambda: round_returns.return_share(sessions["bendahara"], r["round"], r["siti"],
                                                "x"), PermissionDenied),
            (lambda: round_returns.reverse_round(sessions["pembaca"], r["round"], "x"),
             PermissionDenied)):
        with pytest.raises(error):
            call()
    assert dump() == before
    days.close_day(chair, D(2026, 11, 10))
    before = dump()
    with pytest.raises(DayClosed):
        round_returns.return_share(chair, r["round"], r["siti"], "x", D(2026, 11, 8))
    assert dump() == before
    done = round_returns.return_share(sessions["gudang"], r["round"], r["siti"], "x")
    assert done.day == clock.today()


def test_the_check_rule_sees_a_void_without_its_return(traders):
    r = _short_round(traders)
    assert "check.round_returns" not in problems()
    line = _line(traders["chair"], r["round"], r["budi"])
    entry = raw("SELECT journal_entry_id FROM invoice WHERE number = ?",
                (line.invoice_number,)).fetchone()[0]
    # an invoice voided by hand with some other entry: the stock never came back
    _tamper("INSERT INTO journal_entry (number, entry_date, memo, source, source_ref,"
            " reverses_id, created_by, created_at, digest) VALUES ('JU/2026/99999',"
            f" '2026-11-23', 'x', 'invoice', 'x', {entry}, 1, '2026-11-23T10:00:00', 'x')",
            "UPDATE invoice SET void_entry_id = (SELECT id FROM journal_entry WHERE number ="
            f" 'JU/2026/99999'), voided_on = '2026-11-23', void_reason = 'x' WHERE number ="
            f" '{line.invoice_number}'")
    assert "check.round_returns" in problems()


def test_the_cli_returns_a_traders_share(traders, sessions, db_path, monkeypatch):
    from test_cli_support import ENV_NAMES, as_user

    from sekretariat import db
    from sekretariat.errors import EXIT_OK

    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    r = _short_round(traders)
    db.close_database()
    wide = {"COLUMNS": "220"}
    done = as_user(db_path, "gudang", "round", "return", "PB/2026/00001", "--trader", "budi",
                   "--reason", "Tidak diambil", env=wide)
    assert done.exit_code == EXIT_OK, done.output
    assert "Budi Santoso" in done.output and "INV/2026/00002" in done.output
    shown = as_user(db_path, "pembaca", "round", "show", "PB/2026/00001", env=wide)
    assert "INV/2026/00002 (diretur)" in shown.output
    unknown = as_user(db_path, "gudang", "round", "return", "PB/2026/00001", "--trader", "zzz",
                      "--reason", "x", env=wide)
    assert unknown.exit_code != EXIT_OK and "zzz" in unknown.output
    refused = as_user(db_path, "pembaca", "round", "return", "PB/2026/00001", "--reason", "x",
                      env=wide)
    assert refused.exit_code != EXIT_OK
    assert r["round"]
