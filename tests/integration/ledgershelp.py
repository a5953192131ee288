"""Helpers of the ledgers workbook tests: books posted through the services
(leases, bills, payments and a void, vouchers, a manual entry and its
reversal, parking reports with a shortfall, stock in and out, a posted bulk
round, a closed month), a tiny evaluator of the workbook's formulas
(``=SUM(...)``, ``=H5+SUM(...)-SUM(...)``) over the cells they cover, and the
plain-SQL figures the totals must equal."""

from __future__ import annotations

import datetime as dt
import re

from sekretariat import db
from sekretariat.services.cash import vouchers
from sekretariat.services.core import days, journal
from sekretariat.services.core.journal import LineInput
from sekretariat.services.leasing import billing, leases, payments
from sekretariat.services.warehouse import movements

D = dt.date
EQ_MEMO = "=1+1 koreksi biaya"   # a memo that must stay text, never a formula


def build_books(t: dict) -> dict:
    """``t``: the ``traders`` fixture of test_warehouse_rounds (items, a
    supplier, block A with stalls, Siti, Budi, Ani, the chair)."""
    from test_parking_trends import build_lot, put
    from test_warehouse_rounds import _short_round

    chair = t["chair"]
    stalls = [r[0] for r in db.current_database().execute_sql(
        "SELECT id FROM stall ORDER BY code")]
    vouchers.record_income(chair, D(2026, 9, 1), "4-900", 5_000_000, "Donatur", "modal kas")
    leases.create_lease(chair, t["siti"], stalls[0], D(2026, 9, 1), D(2027, 8, 31))
    leases.create_lease(chair, t["budi"], stalls[1], D(2026, 10, 1), D(2027, 9, 30))
    for month in (9, 10, 11):
        billing.bill_period(chair, 2026, month, issue_date=D(2026, month, 1))
    payments.take_payment(chair, t["siti"], 300_000, "tunai", paid_on=D(2026, 9, 15))
    wrong = payments.take_payment(chair, t["budi"], 100_000, "tunai", paid_on=D(2026, 10, 12))
    payments.void_payment(chair, wrong.id, "salah pedagang", D(2026, 10, 13))
    vouchers.record_expense(chair, D(2026, 9, 10), "5-600", 150_000, "Toko ATK", "kertas")
    vouchers.transfer(chair, D(2026, 9, 20), "to_bank", 1_000_000, "setor ke bank")
    entry = journal.post_entry(chair, D(2026, 10, 1), EQ_MEMO,
                               [LineInput("5-800", debit=10_000), LineInput("1-110",
                                                                            credit=10_000)])
    journal.reverse_entry(chair, entry.id, "salah ketik", D(2026, 10, 2))
    movements.record_receipt(chair, "beras", D(2026, 10, 2), "4 karung", cost="Rp2.400.000",
                             supplier_id=t["supplier"])
    movements.record_issue(chair, "beras", D(2026, 10, 20), 10, price=150_000)
    people = build_lot(chair)
    put(chair, D(2026, 10, 5), "md", "pagi", people["Andi"], {"motor": 40})
    put(chair, D(2026, 10, 7), "mb", "siang", people["Budi"], {"mobil": 10}, 40_000)
    put(chair, D(2026, 10, 9), "md", "pagi", people["Cici"], {"motor": 30})
    days.close_day(chair, D(2026, 10, 31))
    round_ = _short_round(t)                  # 2-6 Nov: ordered, received, posted
    put(chair, D(2026, 11, 2), "md", "pagi", people["Cici"], {"motor": 50})
    return {"round": round_["round"], "people": people}


# --- plain SQL ------------------------------------------------------------------------

def sql(query: str, *params):  # type: ignore[no-untyped-def]
    return db.current_database().execute_sql(query, params).fetchall()


def journal_totals(first: dt.date, last: dt.date) -> tuple[int, int]:
    return tuple(sql("SELECT coalesce(sum(debit), 0), coalesce(sum(credit), 0)"
                     " FROM journal_line WHERE entry_date BETWEEN ? AND ?",
                     first.isoformat(), last.isoformat())[0])


def balances(last: dt.date, *, before: bool = False) -> dict[str, int]:
    """Debit minus credit per account code up to ``last`` (or before it)."""
    op = "<" if before else "<="
    return dict(sql("SELECT a.code, coalesce(sum(l.debit - l.credit), 0) FROM account a"
                    f" LEFT JOIN journal_line l ON l.account_id = a.id AND l.entry_date {op} ?"
                    " GROUP BY a.code", last.isoformat()))


# --- reading the workbook ---------------------------------------------------------------

def value(ws, coordinate: str):  # type: ignore[no-untyped-def]
    """A cell's number, a formula worked out over the cells it covers."""
    found = ws[coordinate].value
    if found is None:
        return 0
    if isinstance(found, str) and found.startswith("="):
        return evaluate(ws, found[1:])
    assert isinstance(found, (int, float)), f"{ws.title}!{coordinate}: {found!r}"
    return found


def evaluate(ws, text: str):  # type: ignore[no-untyped-def]
    """terms joined by + and -; a term is a cell or SUM(args), args being
    cells, ranges or SUM(...) again."""
    tokens = re.findall(r"SUM\(|\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|[-+,()]", text)
    assert "".join(tokens) == text, f"unexpected formula {text!r}"
    position = 0

    def take() -> str:
        nonlocal position
        position += 1
        return tokens[position - 1]

    def term():  # type: ignore[no-untyped-def]
        token = take()
        if token == "SUM(":
            total = 0
            while True:
                nxt = tokens[position]
                if nxt == "SUM(":
                    total += term()
                else:
                    total += covered(ws, take())
                sep = take()
                if sep == ")":
                    return total
                assert sep == ",", text
        return covered(ws, token)

    total, sign = 0, 1
    while position < len(tokens):
        total += sign * term()
        if position < len(tokens):
            sign = 1 if take() == "+" else -1
    return total


def covered(ws, ref: str):  # type: ignore[no-untyped-def]
    if ":" not in ref:
        return value(ws, ref.replace("$", ""))
    first, last = ref.replace("$", "").split(":")
    return sum(value(ws, cell.coordinate) for row in ws[first:last] for cell in row)


def rows_labelled(ws, label: str, column: int = 1) -> list[int]:
    return [row for row in range(1, ws.max_row + 1)
            if ws.cell(row, column).value == label]


def header(ws) -> list:  # type: ignore[no-untyped-def]
    return [c.value for c in ws[4]]
