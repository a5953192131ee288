"""``check`` reads one consistent snapshot: with four writer processes
posting payments and journal entries as fast as they can, thirty runs of the
check find nothing (without the one read transaction they report journal
entries not yet audited, numbering gaps and subledger mismatches)."""

import datetime as dt
import multiprocessing
import time

from test_leases_support import market

from sekretariat import db
from sekretariat.services.core import check

TODAY = dt.date(2026, 11, 23)
PASSWORD = "rahasia-123"


def _writer(path: str, index: int, trader_ids, stop, started) -> None:
    from argon2 import PasswordHasher

    from sekretariat import clock, db
    from sekretariat.errors import DatabaseError
    from sekretariat.services.core import journal, passwords, users
    from sekretariat.services.core.journal import LineInput
    from sekretariat.services.leasing import payments

    passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    clock.freeze(dt.datetime.combine(TODAY, dt.time(9, 30)))
    db.open_database(path)
    session = users.login("ketua", PASSWORD)
    started.release()
    n = 0
    while not stop.is_set():
        n += 1
        try:
            if n % 2:
                payments.take_payment(session, trader_ids[n % len(trader_ids)],
                                      1_000 + index, "tunai", confirm_amount=1_000 + index)
            else:
                journal.post_entry(session, TODAY, f"Iuran {index}/{n}",
                                   [LineInput("1-100", debit=500 + n),
                                    LineInput("4-900", credit=500 + n)])
        except DatabaseError:  # busy: try again
            continue
    db.close_database()


def test_check_reports_nothing_while_four_writers_post(chair, db_path):
    m = market(chair)
    ctx = multiprocessing.get_context("spawn")
    stop, started = ctx.Event(), ctx.Semaphore(0)
    workers = [ctx.Process(target=_writer, args=(str(db_path), i, [m["siti"], m["budi"]], stop,
                                                 started)) for i in range(4)]
    for w in workers:
        w.start()
    try:
        for _ in workers:
            assert started.acquire(timeout=30)
        time.sleep(0.2)
        reports = []
        for _ in range(30):
            report = check.integrity_report()
            reports.append({i.key: i.problems for i in report.items if not i.ok})
            time.sleep(0.02)
    finally:
        stop.set()
        for w in workers:
            w.join(timeout=20)
    assert all(w.exitcode == 0 for w in workers)
    assert [r for r in reports if r] == []
    assert check.integrity_report().ok
    count = db.current_database().execute_sql("SELECT count(*) FROM journal_entry").fetchone()[0]
    assert count > 30  # the writers really wrote while the check ran
