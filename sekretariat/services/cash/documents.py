"""The cash area's printed documents: a voucher (Bukti Kas Masuk / Keluar) and
the closing report of a day (Laporan Penutupan Kas Harian).

Like the leasing documents (the folder and reprint rule of
services/core/paper.py): the permission is checked, the facts come from the
services, a report module draws them, the PDF's path comes back. The default
folder is ``exports/`` beside the database; the first print takes the
document's own name (``BKK-2026-00001.pdf``, ``LPK-2026-11-23-C00012.pdf``), a
print again is a new file ``…-salinan-N.pdf`` that says SALINAN and never
overwrites the original. Reading only: nothing is written to the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sekretariat import db
from sekretariat.i18n import t_in
from sekretariat.services.cash import book, close_read, vouchers, witness
from sekretariat.services.cash.balance import CASH
from sekretariat.services.core import paper
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session


def voucher_pdf(session: Session, voucher_id: int, *, to_dir: str | Path | None = None) -> Path:
    """The voucher of a cash entry; a voided one says BATAL."""
    from sekretariat.reports.cash.voucher import VoucherDoc, build_voucher

    require(session, "cash.view")
    voucher = vouchers.get_voucher(session, voucher_id)
    created = dt.datetime.fromisoformat(voucher.created_at)
    data = VoucherDoc(
        number=voucher.number, money_in=voucher.money_in,
        transfer=voucher.kind in ("to_bank", "from_bank"), day=voucher.voucher_date,
        cash_account=_account(voucher.cash_account),
        counter=_account(voucher.counter_account), party=voucher.party, memo=voucher.memo,
        amount=voucher.amount, entry_number=voucher.entry_number,
        recorded_by=voucher.created_by_name, recorded_at=_when(created),
        treasurer=_signer(session, "bendahara"), chair=_signer(session, "ketua"),
        voided_on=voucher.voided_on, void_reason=voucher.void_reason or "")
    path, head = paper.target(to_dir, paper.file_name(voucher.number),
                              paper.letterhead(paper.profile(), session))
    return build_voucher(path, data, head)


def close_report_pdf(session: Session, close_id: int, *,
                     to_dir: str | Path | None = None) -> Path:
    """The one-page report of a close (in force or reopened) with its witness."""
    from sekretariat.reports.cash.close_report import (
        CloseReportDoc,
        CountRow,
        SourceLine,
        build_close_report,
    )

    require(session, "cash.view")
    close = close_read.get_close(session, close_id)
    seal = witness.for_close(close_id)
    superseded = ""
    if close.reopened_at:
        superseded = t_in("id", "cashdoc.close_superseded_detail", who=close.reopened_by or "-",
                          when=_when(dt.datetime.fromisoformat(close.reopened_at)),
                          reason=close.reopen_reason or "")
    zero_days, zero_with = _closed_with(close)
    data = CloseReportDoc(
        day=close.day, zero_day=close.zero_day, zero_with=zero_with, opening=close.opening,
        sources=tuple(SourceLine(label, money_in, money_out)
                      for label, money_in, money_out in _sources(close, seal.audit_id)),
        expected=close.expected,
        counts=tuple(CountRow(t_in("id", f"cash.form.{c.form}"), c.denomination, c.quantity)
                     for c in close.counts),
        counted=close.counted, difference=close.difference, note=close.note,
        difference_entry=close.difference_entry,
        counted_by=close.counted_by_name or close.counted_by,
        approved_by=close.approved_by_name or close.approved_by,
        closed_at=_when(dt.datetime.fromisoformat(close.created_at)), zero_days=zero_days,
        witness_position=seal.audit_id, witness_hash=seal.short,
        treasurer=close.counted_by_name or _signer(session, "bendahara"),
        chair=close.approved_by_name or _signer(session, "ketua"), superseded=superseded)
    name = f"LPK-{close.day.isoformat()}-C{close.id:05d}.pdf"
    path, head = paper.target(to_dir, name, paper.letterhead(paper.profile(), session))
    return build_close_report(path, data, head)


def _sources(close: close_read.CloseInfo, audit_id: int) -> list[tuple[str, int, int]]:
    """The day's cash by source as the close saw it: the entries of the day
    posted before the close's own audit record (entries are never edited or
    deleted, so a reopened day's later entries are left out), without the
    difference entry the close itself posted."""
    conn = db.current_database()
    last = conn.execute_sql(
        "SELECT entity_id FROM audit_log WHERE id < ? AND entity = 'journal_entry'"
        " ORDER BY id DESC LIMIT 1", (audit_id,)).fetchone()
    last_entry = int(last[0]) if last and last[0] else 0
    rows = conn.execute_sql(
        "SELECT e.source, sum(l.debit), sum(l.credit) FROM journal_line l"
        " JOIN journal_entry e ON e.id = l.entry_id"
        " WHERE l.account_id = (SELECT id FROM account WHERE code = ?) AND l.entry_date = ?"
        " AND e.id <= ? AND e.number IS NOT ? GROUP BY e.source"
        " ORDER BY sum(l.debit) + sum(l.credit) DESC, e.source",
        (CASH, close.day.isoformat(), last_entry, close.difference_entry)).fetchall()
    return [(_source_label(src), money_in, money_out) for src, money_in, money_out in rows]


def _source_label(source: str) -> str:
    key = f"cash.source.{source}"
    label = t_in("id", key)
    return label if label != key else book.source_label(source)


def _closed_with(close: close_read.CloseInfo) -> tuple[tuple[dt.date, ...], dt.date | None]:
    """(the zero days closed with this close, the close a zero day came with):
    the close writes its zero days just before itself, in one transaction."""
    conn = db.current_database()
    if close.zero_day:
        row = conn.execute_sql("SELECT day FROM cash_close WHERE id > ? AND zero_day = 0"
                               " ORDER BY id LIMIT 1", (close.id,)).fetchone()
        return (), dt.date.fromisoformat(row[0]) if row else None
    days = conn.execute_sql(
        "SELECT day FROM cash_close WHERE zero_day = 1 AND id < ? AND id > coalesce("
        "(SELECT max(id) FROM cash_close WHERE id < ? AND zero_day = 0), 0) ORDER BY day",
        (close.id, close.id)).fetchall()
    return tuple(dt.date.fromisoformat(day) for day, in days), None


def _account(code: str) -> str:
    row = db.current_database().execute_sql("SELECT name_id FROM account WHERE code = ?",
                                            (code,)).fetchone()
    return f"{code} {row[0]}" if row else code


def _when(moment: dt.datetime) -> str:
    from sekretariat.reports.leasing.receipt import date_id

    return f"{date_id(moment.date())} {moment:%H:%M}"


_signer = paper.signer
