"""The leases module's whole job through the services, each step by the role
that does it: the secretary registers a trader and leases a stall, the
treasurer bills the month, takes a partial payment and prints its receipt,
the secretary prints the agreement, and the arrears show what is still owed
once it falls due."""

from __future__ import annotations

import datetime as dt

from sekretariat import clock
from sekretariat.services.leasing import billing, documents, leases, payments, stalls, statements, traders
from sekretariat.services.leasing import stall_rates
from sekretariat.services.core import journal


def test_register_lease_bill_pay_print_and_see_the_arrears(sessions, db_path):
    secretary, treasurer = sessions["sekretaris"], sessions["bendahara"]
    block = stalls.create_block(sessions["ketua"], "A", "Blok A")
    stall_rates.set_tariff(sessions["ketua"], "kios", 450_000, dt.date(2026, 1, 1))
    stall = stalls.create_stall(sessions["ketua"], "A-07", block.id, "kios", "9")

    trader = traders.create_trader(secretary, "Sri Wahyuni", "1671064512880003",
                                   phone="0813 7788 9900", commodity="bumbu dapur")
    lease = leases.create_lease(secretary, trader.id, stall.id, dt.date(2026, 11, 23),
                                dt.date(2027, 11, 22), deposit_amount="900rb")
    assert (lease.monthly_rate, lease.agreement_number) == (450_000, "SPS/2026/00001")

    november = billing.bill_period(treasurer, 2026, 11)
    assert [(line.billed_days, line.amount) for line in november.lines] == [(8, 120_000)]
    december = billing.bill_period(treasurer, 2026, 12)
    assert december.total == 450_000

    payment = payments.take_payment(treasurer, trader.id, "300.000", "qris",
                                    reference="QR-778812")
    assert [(a.invoice_number, a.amount) for a in payment.allocations] == [
        (november.lines[0].invoice_number, 120_000),
        (december.lines[0].invoice_number, 180_000)]
    receipt = documents.receipt_pdf(treasurer, payment.id)
    agreement = documents.lease_agreement_pdf(secretary, lease.id)
    assert receipt.read_bytes()[:4] == agreement.read_bytes()[:4] == b"%PDF"
    assert receipt.parent == agreement.parent == db_path.parent / "exports"

    owed = journal.account_balance(treasurer, "1-200", dt.date(2026, 12, 31),
                                   party_kind="trader", party_id=trader.id)
    assert owed == 270_000
    statement = statements.trader_statement(treasurer, trader.id, dt.date(2026, 11, 1),
                                            dt.date(2026, 12, 31))
    assert statement.closing_balance == owed
    # December's rent falls due on the 10th: on the 11th it is in arrears, 0–30 days
    clock.freeze(dt.datetime(2026, 12, 11, 9, 0))
    page = statements.list_arrears(secretary, dt.date(2026, 12, 11))
    row = next(r for r in page.rows if r.trader_id == trader.id)
    assert (row.d0_30, row.days_overdue, row.stalls) == (270_000, 1, "A-07")
