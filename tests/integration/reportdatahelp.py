"""Helpers of the annual-report data tests (no tests here): two years of a
small market's books posted through the services - the ledgers tests' 2026
(``ledgershelp.build_books``) with a 2025 before it and a November after it
(two leases that ran out, a shortfall voided, surveys of both years, a write-off, a count
difference, a debt paid, a remittance) - and the plain SQL the report's
figures are compared with."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from ledgershelp import build_books
from test_leases_support import nik
from test_parking_trends import put

from sekretariat import db
from sekretariat.services.cash import vouchers
from sekretariat.services.leasing import leases, traders
from sekretariat.services.parking import debts, shift_reports
from sekretariat.services.surveys import questionnaires, responses
from sekretariat.services.surveys.questionnaires import QuestionInput
from sekretariat.services.warehouse import movements

D = dt.date
BUYERS = [QuestionInput("likert", "Pasar bersih", 5, code="bersih"),
          QuestionInput("likert", "Harga wajar", 3, code="harga")]
PARKING = [QuestionInput("likert", "Kendaraan aman", 4, code="aman"),
           QuestionInput("likert", "Tarif wajar", 2, code="tarif")]
TRADERS = [QuestionInput("likert", "Pelayanan", 3, code="layan"),
           QuestionInput("number", "Omzet sebulan", unit="Rp", code="omzet"),
           QuestionInput("number", "Pendapatan bersih", unit="Rp", code="pendapatan")]
#: answers per year and audience (one row per form, in question order)
FORMS = {
    (2025, "pembeli"): [(3, 4), (4, 2)],
    (2025, "pedagang"): [(4, 10_000_000, 2_000_000), (3, 12_000_000, 3_000_000)],
    (2026, "pembeli"): [(4, 4), (5, 3), (3, None)],
    (2026, "parkir"): [(4, 5), (2, 3)],
    (2026, "pedagang"): [(5, 12_000_000, 3_000_000), (4, 15_000_000, None),
                         (4, 14_000_000, 2_000_000)],
}
QUESTIONS = {"pembeli": BUYERS, "parkir": PARKING, "pedagang": TRADERS}


def survey(chair, year: int, audience: str) -> None:
    made = questionnaires.create_survey(chair, year, audience, f"Survei {audience} {year}",
                                        QUESTIONS[audience])
    made = questionnaires.open_survey(chair, made.id)
    day = D(year, 6, 1) if year == 2025 else D(2026, 11, 20)
    for row in FORMS[(year, audience)]:
        responses.record_response(chair, made.id, day,
                                  {q.id: v for q, v in zip(made.questions, row)})


def build(t: dict) -> dict:
    """``t``: the ``traders`` fixture of test_warehouse_rounds."""
    chair = t["chair"]
    stalls = [r[0] for r in sql("SELECT id FROM stall ORDER BY code")]
    # 2025: other income, Ani's lease (runs out at the end of June 2026), surveys
    vouchers.record_income(chair, D(2025, 5, 2), "4-900", 400_000, "Donatur", "sumbangan")
    leases.create_lease(chair, t["ani"], stalls[2], D(2025, 3, 1), D(2026, 6, 30),
                        monthly_rate=250_000)
    dewi = traders.create_trader(chair, "Dewi Sartika", nik(female=True)).id
    leases.create_lease(chair, dewi, stalls[3], D(2025, 2, 1), D(2025, 12, 31),
                        monthly_rate=250_000)                # gone from 1 January 2026
    for audience in ("pembeli", "pedagang"):
        survey(chair, 2025, audience)
    made = build_books(t)                     # 2026 to 6 Nov; October closed
    for audience in ("pembeli", "parkir", "pedagang"):
        survey(chair, 2026, audience)
    movements.record_write_off(chair, "beras", D(2026, 11, 10), 5, reason="basah")
    movements.record_adjustment(chair, "beras", D(2026, 11, 11), -3, reason="hitung fisik")
    vouchers.remit_to_owner(chair, D(2026, 11, 20), 700_000, "Kodam II", "Setoran")
    people = made["people"]
    debts.pay_debt(chair, people["Budi"], 4_000, D(2026, 11, 21))
    voided = put(chair, D(2026, 11, 12), "md", "siang", people["Andi"], {"motor": 10}, 20_000)
    shift_reports.void_report(chair, voided.id, "salah petugas", D(2026, 11, 23))
    return {**t, **made, "stalls": stalls, "dewi": dewi}


# --- plain SQL ------------------------------------------------------------------------

def sql(query: str, *params):  # type: ignore[no-untyped-def]
    bound = params[0] if len(params) == 1 and isinstance(params[0], dict) else params
    return db.current_database().execute_sql(query, bound).fetchall()


def one(query: str, *params):  # type: ignore[no-untyped-def]
    return sql(query, *params)[0][0]


def in_force(day: dt.date) -> set[int]:
    """Traders with a lease in force on ``day``."""
    return {r[0] for r in sql("SELECT trader_id FROM lease WHERE status <> 'cancelled'"
                              " AND start_date <= ? AND coalesce(ended_on, end_date) >= ?",
                              day.isoformat(), day.isoformat())}


def leased_stalls(day: dt.date) -> int:
    return one("SELECT count(DISTINCT stall_id) FROM lease WHERE status <> 'cancelled'"
               " AND start_date <= ? AND coalesce(ended_on, end_date) >= ?",
               day.isoformat(), day.isoformat())


def account_amount(code: str, first: dt.date, last: dt.date) -> int:
    """Natural-sign sum of an account's lines dated first..last."""
    kind, debit, credit = sql(
        "SELECT a.type, coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0) FROM account a"
        " LEFT JOIN journal_line l ON l.account_id = a.id AND l.entry_date BETWEEN ? AND ?"
        " WHERE a.code = ? GROUP BY a.id", first.isoformat(), last.isoformat(), code)[0]
    return debit - credit if kind in ("asset", "expense") else credit - debit


def overdue_by_trader(day: dt.date) -> dict[int, int]:
    """Per trader, what was open on ``day`` of the invoices due before it:
    the amount less what was allocated by then (from payments not voided by
    then); invoices voided by then and refunds left out."""
    found: dict[int, int] = {}
    for trader, due, amount, paid in sql(
            "SELECT i.trader_id, i.due_date, i.amount, (SELECT coalesce(sum(a.amount), 0)"
            " FROM invoice_allocation a LEFT JOIN payment p ON p.id = a.payment_id"
            " WHERE a.invoice_id = i.id AND a.alloc_date <= :d"
            " AND (p.voided_on IS NULL OR p.voided_on > :d))"
            " FROM invoice i WHERE i.issue_date <= :d AND i.kind <> 'refund'"
            " AND (i.voided_on IS NULL OR i.voided_on > :d)", {"d": day.isoformat()}):
        if due < day.isoformat() and amount - paid > 0:
            found[trader] = found.get(trader, 0) + amount - paid
    return found


def stock_value_sql(day: dt.date) -> int:
    return one("SELECT coalesce(sum(m.value_after), 0) FROM stock_movement m"
               " WHERE m.id = (SELECT x.id FROM stock_movement x WHERE x.item_id = m.item_id"
               " AND x.moved_on <= ? ORDER BY x.moved_on DESC, x.seq DESC LIMIT 1)",
               day.isoformat())


def csi_sql(year: int, audience: str) -> Fraction | None:
    """The importance-weighted mean over 5, as a fraction of one (unrounded)."""
    stats = sql("SELECT q.weight, sum(a.value), count(a.value) FROM survey s"
                " JOIN survey_question q ON q.survey_id = s.id AND q.kind = 'likert'"
                " JOIN survey_answer a ON a.question_id = q.id"
                " JOIN survey_response r ON r.id = a.response_id AND r.voided_on IS NULL"
                " WHERE s.year = ? AND s.audience = ? AND a.value IS NOT NULL GROUP BY q.id",
                year, audience)
    if not stats:
        return None
    return (sum(w * Fraction(total, n) for w, total, n in stats)
            / (5 * sum(w for w, _, _ in stats)))
