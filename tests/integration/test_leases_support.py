"""Builders shared by the stall/trader/lease tests (no tests here)."""

from __future__ import annotations

import datetime as dt
import itertools

from sekretariat import db
from sekretariat.services.core import journal
from sekretariat.services.leasing import stall_rates, stalls, traders

TODAY = dt.date(2026, 11, 23)
_serial = itertools.count(1)

#: Tables whose row counts prove "nothing changed".
TABLES = ("block", "stall", "tariff", "stall_rate", "trader", "lease", "invoice", "payment",
          "credit_note", "invoice_allocation", "invoice_open", "credit_open", "deposit_movement",
          "fee_type", "fee_collector", "fee_collection", "fee_collection_line",
          "journal_entry", "journal_line", "audit_log", "sequence", "setting")


def nik(serial: int | None = None, *, female: bool = False, born=(1980, 5, 17),
        province: int = 16) -> str:
    """A valid NIK (Palembang by default)."""
    year, month, day = born
    serial = next(_serial) if serial is None else serial
    return (f"{province:02d}7101{day + 40 if female else day:02d}{month:02d}{year % 100:02d}"
            f"{serial % 10000 or 1:04d}")


def snapshot() -> tuple:
    """Row counts of every table the lease services touch, plus sum of every
    open amount and the sequences — equal snapshots = database unchanged."""
    conn = db.current_database()
    counts = tuple(conn.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)
    opens = conn.execute_sql(
        "SELECT (SELECT coalesce(sum(open_amount), 0) FROM invoice_open),"
        " (SELECT coalesce(sum(open_amount), 0) FROM credit_open),"
        " (SELECT group_concat(series || year || ':' || last) FROM sequence),"
        " (SELECT group_concat(status || coalesce(ended_on, '')) FROM lease),"
        " (SELECT group_concat(coalesce(voided_on, '-')) FROM payment)").fetchone()
    return counts + tuple(opens)


def trial(session) -> tuple:
    tb = journal.trial_balance(session, dt.date(2100, 1, 1))
    return tuple((r.code, r.debit, r.credit) for r in tb.rows)


def market(chair, *, stall_count: int = 4, rate: int = 300_000) -> dict:
    """Block A with stalls A-01.., a kios tariff, and two traders."""
    block = stalls.create_block(chair, "A", "Blok A")
    stall_rates.set_tariff(chair, "kios", rate, dt.date(2026, 1, 1))
    stall_ids = [stalls.create_stall(chair, f"A-{i:02d}", block.id, "kios", "6").id
                 for i in range(1, stall_count + 1)]
    siti = traders.create_trader(chair, "Siti Aminah", nik(female=True), phone="0812-3456-7890",
                                 commodity="sayur")
    budi = traders.create_trader(chair, "Budi Santoso", nik(), phone="+62 813 1111 2222",
                                 commodity="ikan")
    return {"block": block.id, "stalls": stall_ids, "siti": siti.id, "budi": budi.id}
