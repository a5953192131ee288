"""SAK EMKM financial statements (issue 12, item 2): every figure of the
position, the income statement, the cash summary and the notes recomputed
with plain SQL; the position balances and its totals are the trial
balance's; comparative columns; provisional and final periods; no-data and
future periods refused; who may read them; a new account finds its place;
the one query reads through the covering index."""

from __future__ import annotations

import pytest
from reporthelp import D, amount, assert_ties, post_books, sql, surplus

from sekretariat.errors import PermissionDenied, ValidationError
from sekretariat.services.core import journal
from sekretariat.services.leasing.statements import ageing
from sekretariat.services.reports import balances, period, statements
from sekretariat.services.reports.financial import financial_statements
from sekretariat.services.reports.notes import notes


@pytest.fixture
def books(sessions):
    return {**post_books(sessions), "sessions": sessions, "chair": sessions["ketua"]}


def test_the_year_ties_to_the_journal_with_the_previous_year_beside_it(books):
    chair = books["chair"]
    found = financial_statements(chair, period.year_period(2026))
    assert_ties(found, journal.trial_balance(chair, D(2026, 12, 31)))
    position, income, cash = found.position, found.income, found.cash
    assert (position.as_of, position.previous_as_of) == (D(2026, 12, 31), D(2025, 12, 31))
    figures = {line.key: (line.amount, line.previous) for line in position.lines()}
    assert figures == {
        "cash": (12_155_000, 12_050_000),
        "account:1-200": (275_000, 0), "account:1-210": (0, 0),
        "account:1-300": (1_400_000, 0),
        "account:2-200": (600_000, 0), "account:2-100": (600_000, 0),
        "account:3-100": (12_000_000, 12_000_000),
        "surplus_prior": (50_000, 0), "surplus_period": (580_000, 50_000)}
    assert (position.total_assets, position.previous("assets")) == (13_830_000, 12_050_000)
    assert [s.key for s in position.assets] == ["current_assets"]        # no fixed assets
    assert {line.key: (line.amount, line.previous) for line in income.income.lines} == {
        "account:4-100": (900_000, 0), "account:4-900": (30_000, 500_000)}
    assert {line.key: (line.amount, line.previous) for line in income.expenses.lines} == {
        "account:5-200": (0, 150_000), "account:5-300": (100_000, 0),
        "account:5-700": (250_000, 300_000)}
    assert (income.surplus, income.previous_surplus) == (580_000, 50_000)
    assert income.previous_period == period.Period(D(2025, 1, 1), D(2025, 12, 31), "year")
    # the cash summary: per source, the voided payment netted out, the bank deposit apart
    assert (cash.opening, cash.closing, cash.transfers) == (12_050_000, 12_155_000, 300_000)
    assert {line.key: line.amount for line in cash.receipts} == {
        "in:payment": 600_000 + 450_000 + 100_000 + 75_000, "in:warehouse": 130_000}
    assert {line.key: line.amount for line in cash.payments} == {
        "out:warehouse": 500_000, "out:warehouse.payable": 400_000, "out:cash.expense": 100_000,
        "out:cash.remit": 250_000}
    labels = {line.key: line.label for line in cash.receipts + cash.payments}
    assert labels["in:warehouse"] == "Penjualan sembako tunai"
    assert labels["out:warehouse"] == "Pembelian sembako tunai"
    assert labels["out:cash.remit"] == "Setoran ke pemilik aset"          # the cash book's word
    assert {line.label: line.amount for line in cash.accounts} == {
        "Kas": amount(["1-100"], D(2026, 12, 31)), "Bank": amount(["1-110"], D(2026, 12, 31))}


def test_each_function_alone_gives_the_same_figures(books):
    chair, year = books["chair"], period.year_period(2026)
    found = financial_statements(chair, year)
    assert statements.financial_position(chair, year) == found.position
    assert statements.income_statement(chair, year) == found.income
    assert statements.cash_summary(chair, year) == found.cash
    assert notes(chair, year) == found.notes


def test_the_earlier_year_is_final_and_a_month_or_span_works_too(books):
    chair = books["chair"]
    closed = financial_statements(chair, period.year_period(2025))
    assert_ties(closed, journal.trial_balance(chair, D(2025, 12, 31)))
    assert not closed.position.provisional and closed.position.previous_as_of is None
    assert closed.income.previous_period is None
    basis = closed.notes.get("basis").paragraphs
    assert any("telah ditutup" in p and "31 Des 2025" in p for p in basis)
    assert any("Tidak ada angka pembanding" in p for p in basis)
    assert closed.income.surplus == 50_000 == surplus(D(2025, 12, 31))
    november = financial_statements(chair, period.month_period(2026, 11))
    assert november.position.provisional
    assert any("SEMENTARA" in p and "31 Des 2025" in p
               for p in november.notes.get("basis").paragraphs)
    assert_ties(november, journal.trial_balance(chair, D(2026, 11, 30)))
    # November 2025 had books: the comparative column is there
    assert november.position.previous_as_of == D(2025, 11, 30)
    assert november.income.previous_surplus == -300_000
    days = financial_statements(chair, period.span(D(2026, 11, 3), D(2026, 11, 12)))
    assert_ties(days, journal.trial_balance(chair, D(2026, 11, 12)))
    assert {line.key: line.amount for line in days.cash.payments} == {
        "out:warehouse": 500_000, "out:warehouse.payable": 400_000}


def test_the_notes_are_numbered_and_carry_the_figures(books):
    chair = books["chair"]
    found = financial_statements(chair, period.year_period(2026))
    items = found.notes.items
    assert [n.key for n in items] == ["compliance", "basis", "policies", "cash", "receivables",
                                      "inventory", "payables", "deposits", "equity"]
    assert [n.number for n in items] == list(range(1, 10))
    number = {n.key: n.number for n in items}
    lines = {line.key: line.note for line in found.position.lines()}
    assert lines["cash"] == number["cash"] and lines["account:1-200"] == number["receivables"]
    assert lines["account:1-300"] == number["inventory"]
    assert lines["account:2-200"] == number["payables"]
    assert lines["account:2-100"] == number["deposits"]
    assert lines["surplus_period"] == number["equity"]
    assert "SAK EMKM" in found.notes.get("compliance").paragraphs[0]
    assert "Pasar Sekojo" in found.notes.get("compliance").paragraphs[0]
    policies = " ".join(found.notes.get("policies").paragraphs)
    for words in ("saat ditagih", "rata-rata bergerak", "Uang jaminan pedagang adalah liabilitas",
                  "jurnal pembalik"):
        assert words in policies
    assert "landed cost" not in policies                      # no bulk round in these books
    assert "parkir" not in policies                           # nor parking
    cash = found.notes.get("cash")
    assert [(f.label, f.amount, f.previous) for f in cash.figures] == [
        ("Kas", amount(["1-100"], D(2026, 12, 31)), amount(["1-100"], D(2025, 12, 31))),
        ("Bank", amount(["1-110"], D(2026, 12, 31)), amount(["1-110"], D(2025, 12, 31))),
        ("Jumlah", 12_155_000, 12_050_000)]
    receivables = found.notes.get("receivables")
    details = {f.label: f.amount for f in receivables.details}
    buckets = ageing(chair, D(2026, 11, 23)).totals      # the arrears service, as of today
    assert details["Jumlah tagihan terbuka"] == buckets.total == 350_000
    assert details["Belum jatuh tempo"] == buckets.not_due
    assert details["Kredit pedagang dan pengembalian terutang (neto)"] == -75_000
    assert details["Piutang Pedagang"] == 275_000 == amount(["1-200"], D(2026, 11, 23))
    assert "23 Nov 2026" in receivables.details_title          # days to come are not aged
    assert receivables.details_days == (D(2026, 11, 23), D(2025, 12, 31))
    inventory = found.notes.get("inventory")
    assert "1 jenis barang senilai Rp1.400.000" in " ".join(inventory.paragraphs)
    payables = found.notes.get("payables")
    assert [(f.label, f.amount) for f in payables.details] == [("UD Makmur", 600_000)]
    equity = found.notes.get("equity")
    assert equity.figures[-1].amount == found.position.total_equity == 12_630_000
    assert any("Rp250.000" in p for p in equity.paragraphs)   # remitted in the year


def test_a_new_account_finds_its_place_and_the_notes_renumber(books):
    chair = books["chair"]
    sql("INSERT INTO account (code, name_id, name_en, type) VALUES"
        " ('1-500', 'Peralatan Kantor', 'Office equipment', 'asset'),"
        " ('2-300', 'Utang Lain-lain', 'Other payables', 'liability'),"
        " ('4-950', 'Pendapatan Sewa Reklame', 'Billboard income', 'income'),"
        " ('5-950', 'Beban Lama', 'Unused expense', 'expense')")
    sql("UPDATE account SET active = 0 WHERE code = '5-950'")
    journal.post_entry(chair, D(2026, 11, 20), "Beli lemari arsip secara kredit", [
        journal.LineInput("1-500", debit=2_500_000), journal.LineInput("2-300", credit=2_500_000)])
    journal.post_entry(chair, D(2026, 11, 21), "Sewa papan reklame", [
        journal.LineInput("1-110", debit=400_000), journal.LineInput("4-950", credit=400_000)])
    found = financial_statements(chair, period.year_period(2026))
    assert_ties(found, journal.trial_balance(chair, D(2026, 12, 31)))
    assert [s.key for s in found.position.assets] == ["current_assets", "fixed_assets"]
    assert [(line.label, line.amount) for line in found.position.assets[1].lines] == [
        ("Peralatan Kantor", 2_500_000)]
    keys = [n.key for n in found.notes.items]
    assert keys == ["compliance", "basis", "policies", "cash", "receivables", "inventory",
                    "fixed_assets", "payables", "deposits", "other_liabilities", "equity"]
    number = {n.key: n.number for n in found.notes.items}
    lines = {line.key: line.note for line in found.position.lines()}
    assert lines["account:1-500"] == number["fixed_assets"] == 7
    assert lines["account:2-300"] == number["other_liabilities"] == 10
    assert lines["account:2-100"] == number["deposits"] == 9
    assert "account:4-950" in {line.key for line in found.income.income.lines}
    assert "account:5-950" not in {line.key for line in found.income.expenses.lines}
    assert found.position.total_assets == 13_830_000 + 2_500_000 + 400_000


@pytest.mark.parametrize("make, key", [
    (lambda: period.year_period(2024), "report.no_data"),
    (lambda: period.month_period(2026, 2), "report.no_data"),
])
def test_a_period_with_nothing_posted_is_refused(books, make, key):
    before = sql("SELECT count(*) FROM audit_log")
    for function in (financial_statements, statements.financial_position,
                     statements.income_statement, statements.cash_summary, notes):
        with pytest.raises(ValidationError) as info:
            function(books["chair"], make())
        assert info.value.key == key
    assert "Tidak ada pembukuan" in info.value.message
    assert sql("SELECT count(*) FROM audit_log") == before


@pytest.mark.parametrize("make, key", [
    (lambda: period.year_period(2027), "report.period_future"),
    (lambda: period.month_period(2026, 12), "report.period_future"),
    (lambda: period.span(D(2026, 11, 24), D(2026, 11, 30)), "report.period_future"),
    (lambda: period.span(D(2026, 11, 10), D(2026, 11, 1)), "report.period_reversed"),
])
def test_a_future_or_reversed_period_cannot_even_be_asked_for(books, make, key):
    with pytest.raises(ValidationError) as info:
        make()
    assert info.value.key == key


def test_who_may_read_the_statements(books):
    year = period.year_period(2026)
    for role in ("ketua", "bendahara", "sekretaris", "pembaca"):
        assert financial_statements(books["sessions"][role], year).position.total_assets
    for role in ("parkir", "gudang", "staf"):
        for function in (financial_statements, statements.financial_position,
                         statements.income_statement, statements.cash_summary, notes):
            with pytest.raises(PermissionDenied):
                function(books["sessions"][role], year)


def test_the_one_query_reads_the_covering_index(books):
    plan = " ".join(str(r[3]) for r in sql("EXPLAIN QUERY PLAN " + balances.MOVEMENTS_SQL,
                                         ("2026-01-01", "2026-12-31")))
    assert "SEARCH l USING COVERING INDEX journal_line_account_date" in plan
    flows = " ".join(str(r[3]) for r in sql(
        "EXPLAIN QUERY PLAN " + balances.CASH_FLOWS_SQL.format(codes="?, ?"),
        ("1-100", "1-110", "2026-01-01", "2026-12-31")))
    assert "journal_line_account_date" in flows and "SCAN l" not in flows


def test_an_out_of_balance_position_is_an_internal_error(books, monkeypatch):
    real = balances.balances

    def skewed(day):
        found = dict(real(day))
        cash = found["1-100"]
        found["1-100"] = balances.AccountTotal(cash.code, cash.name, cash.type, cash.active,
                                               cash.debit + 1, cash.credit, cash.lines)
        return found

    monkeypatch.setattr(statements, "balances", skewed)
    with pytest.raises(statements.OutOfBalance):
        statements.financial_position(books["chair"], period.year_period(2026))
