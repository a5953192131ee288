"""The ledgers workbook's sheets read through the modules' own services:
the traders' accounts with their arrears ageing, parking by day and by
attendant, the stock cards and the bulk-purchase allocations.

One fact, one function: the ageing is ``leasing.statements.ageing``, parking
income and hand-overs per day ``parking.trends.income_trend``, the
attendants' totals ``parking.leaks.attendant_summary`` with the flag of
``leak_signals``, a stock card ``warehouse.stock.stock_card`` (read a page at
a time), a round's allocation ``warehouse.rounds_read.get_round``. Only the
traders' opening, billed, paid and closing figures are one aggregate here:
the 1-200 lines of each trader, which is what their statement adds up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sekretariat import db
from sekretariat.i18n import t
from sekretariat.reports.reports.layout import Balance, Closing, Column, Opening, Sheet, Table
from sekretariat.services.leasing import statements
from sekretariat.services.leasing.leasing_util import PARTY, RECEIVABLE
from sekretariat.services.parking import leaks, trends
from sekretariat.services.reports.ledgers_frame import Frame
from sekretariat.services.warehouse import rounds_read, stock

#: Stock movements read per stock-card page.
CARD_PAGE = 1_000

#: Per trader: opening balance, debits (billed) and credits (paid, credited) of
#: their 1-200 lines (the partial index on party lines).
TRADER_SQL = (
    "SELECT l.party_id, sum(CASE WHEN l.entry_date < :first THEN l.debit - l.credit ELSE 0 END),"
    " sum(CASE WHEN l.entry_date >= :first THEN l.debit ELSE 0 END),"
    " sum(CASE WHEN l.entry_date >= :first THEN l.credit ELSE 0 END)"
    " FROM journal_line l WHERE l.party_kind = :party"
    " AND l.account_id = (SELECT id FROM account WHERE code = :account)"
    " AND l.entry_date <= :last GROUP BY l.party_id")


def _c(name: str, width: float, kind: str = "text", **options: bool) -> Column:
    """The column ``ledgers.col.<name>``."""
    return Column(t(f"ledgers.col.{name}"), kind, width, **options)


def _money(key: str, width: float = 15, *, total: bool = True) -> Column:
    return Column(t(key), "money", width, total=total)


def _count(key: str, width: float = 10, *, total: bool = True) -> Column:
    return Column(t(key), "count", width, total=total)


# --- 4. traders' accounts -----------------------------------------------------------

def traders_sheet(frame: Frame) -> Sheet:
    session, period = frame.session, frame.period
    ageing = {r.trader_id: r for r in statements.ageing(session, frame.as_of).rows}
    figures = {row[0]: row[1:] for row in db.current_database().execute_sql(
        TRADER_SQL, {"first": period.start.isoformat(), "last": period.end.isoformat(),
                     "party": PARTY, "account": RECEIVABLE})}
    wanted = [i for i in set(figures) | set(ageing)
              if any(figures.get(i, ())) or (i in ageing and ageing[i].total)]
    names = _trader_names(wanted)
    columns = (_c("trader", 26), _c("stalls", 12),
               _money("ledgers.col.opening"), _money("ledgers.col.billed"),
               _money("ledgers.col.paid"), _money("ledgers.col.closing"),
               _money("ledgers.col.not_due"), _money("ledgers.col.d0_30"),
               _money("ledgers.col.d31_60"), _money("ledgers.col.d61_90"),
               _money("ledgers.col.d90_plus"), _money("ledgers.col.overdue"))

    def rows() -> Iterator[tuple]:
        for trader_id in sorted(wanted, key=lambda i: (names[i].lower(), i)):
            opening, billed, paid = figures.get(trader_id, (0, 0, 0))
            age = ageing.get(trader_id)
            buckets = ((age.not_due, age.d0_30, age.d31_60, age.d61_90, age.d90_plus,
                        age.overdue) if age else (0,) * 6)
            stalls = rounds_read.stall_codes(trader_id, frame.as_of) or (age and age.stalls)
            yield (names[trader_id], stalls or None, opening, billed, paid,
                   opening + billed - paid, *buckets)

    table = Table("PiutangPedagang", columns, rows(), total_label=t("ledgers.total"),
                  empty_label=t("ledgers.none"))
    return frame.sheet("ledgers.sheet.traders", table,
                       note=t("ledgers.note.traders", day=frame.day(frame.as_of)))


def _trader_names(ids: list[int]) -> dict[int, str]:
    conn = db.current_database()
    return {i: n for i, n in conn.execute_sql("SELECT id, name FROM trader")} if ids else {}


# --- 5. parking --------------------------------------------------------------------------

def parking_sheet(frame: Frame) -> Sheet:
    session, period = frame.session, frame.period
    days = Table("ParkirHarian", (
        _c("date", 12, "date"), _count("ledgers.col.vehicles"),
        _money("ledgers.col.expected"), _money("ledgers.col.handed_over"),
        _money("ledgers.col.difference")), _parking_days(frame),
        caption=t("ledgers.caption.by_day"), total_label=t("ledgers.total"),
        empty_label=t("ledgers.none"))
    summary = leaks.attendant_summary(session, period.start, period.end)
    signals = {r.attendant_id: r for r in leaks.leak_signals(session, period.start,
                                                             period.end).rows}
    people = Table("ParkirPetugas", (
        _c("attendant", 22), _count("ledgers.col.reports", 9),
        _count("ledgers.col.vehicles"), _money("ledgers.col.expected"),
        _money("ledgers.col.handed_over"), _money("ledgers.col.difference"),
        _money("ledgers.col.shortfall"), _money("ledgers.col.target"),
        _money("ledgers.col.debt_now"), _c("ratio", 11, "percent"),
        _c("flagged", 9)), (
        (s.name, s.reports, s.vehicles, s.expected, s.handed_over, s.handed_over - s.expected,
         s.shortfall, s.target, s.debt, _ratio(signals.get(s.attendant_id)),
         t("ledgers.flag_yes") if s.attendant_id in signals
         and signals[s.attendant_id].flagged else None) for s in summary),
        caption=t("ledgers.caption.by_attendant"), total_label=t("ledgers.total"),
        empty_label=t("ledgers.none"))
    return frame.sheet("ledgers.sheet.parking", days, people, note=t("ledgers.note.parking"))


def _ratio(row) -> float | None:  # type: ignore[no-untyped-def]
    """The attendant's counts against the others' (a display figure only)."""
    return None if row is None or row.ratio is None else float(row.ratio)


def _parking_days(frame: Frame) -> Iterator[tuple]:
    """Every day from the period's first parking report to its last (a day
    without one in between shows as zero), a calendar year at a time (the
    trend's limit)."""
    first = frame.period.start
    quiet: list[tuple] = []                   # zero days not yet known to lie in between
    started = False
    while first <= frame.period.end:
        last = min(dt.date(first.year, 12, 31), frame.period.end)
        for point in trends.income_trend(frame.session, first, last, grain="day").totals:
            row = (point.start, point.vehicles, point.income, point.handed_over,
                   point.handed_over - point.income)
            if not (point.vehicles or point.income or point.handed_over):
                if started:
                    quiet.append(row)
                continue
            started = True
            yield from quiet
            quiet.clear()
            yield row
        first = last + dt.timedelta(1)


# --- 6. stock cards -------------------------------------------------------------------------

def stock_sheet(frame: Frame) -> Sheet:
    columns = (_c("item", 20), _c("unit", 8),
               _c("date", 12, "date"), _c("number", 16),
               _c("kind", 18), _c("memo", 34),
               _c("qty_in", 10, "count", total=True, grand=False),
               _c("qty_out", 10, "count", total=True, grand=False),
               _c("qty_balance", 10, "count"),
               _money("ledgers.col.value"),
               _c("value_balance", 16, "money", grand=True))
    table = Table("KartuStok", columns, _stock_rows(frame),
                  balances=(Balance(8, 6, 7), Balance(10, 9)), total_label=t("ledgers.total"),
                  empty_label=t("ledgers.none"))
    return frame.sheet("ledgers.sheet.stock", table, note=t("ledgers.note.stock"))


def _stock_rows(frame: Frame) -> Iterator[tuple]:
    session, period = frame.session, frame.period
    opening_text, closing_text = t("ledgers.opening"), t("ledgers.closing")
    for item in stock.stock_list(session, period.end):
        card = stock.stock_card(session, item.item_id, period.start, period.end,
                                page_size=CARD_PAGE)
        if not card.count and not card.opening_qty and not card.opening_value:
            continue
        name, unit = item.name, item.base_unit
        yield Opening((name, unit, period.start, None, None, opening_text, None, None,
                       card.opening_qty, None, card.opening_value))
        while True:
            for m in card.rows:
                yield (name, unit, m.day, m.number, t(f"warehouse.kind.{m.kind}"),
                       _movement_text(m) or None, m.incoming or None, m.outgoing or None,
                       m.qty_after, m.value, m.value_after)
            if card.page + 1 >= card.pages:
                break
            card = stock.stock_card(session, item.item_id, period.start, period.end,
                                    card.page + 1, page_size=CARD_PAGE)
        yield Closing((name, unit, period.end, None, None, closing_text))


def _movement_text(m: stock.Movement) -> str:
    parts = [m.counterparty or "", m.reason or ""]
    if m.reverses_number:
        parts.append(t("ledgers.reverses", number=m.reverses_number))
    return "; ".join(p for p in parts if p)


# --- 7. bulk purchases ----------------------------------------------------------------------

def rounds_sheet(frame: Frame) -> Sheet:
    columns = (_c("round", 15), _c("posted", 12, "date"),
               _c("title", 22), _c("item", 18),
               _c("trader", 22), _c("stalls", 10),
               _c("requested", 10, "count"),
               _c("allocated", 11, "count"),
               _c("unit", 8), _money("ledgers.col.charge"),
               _money("ledgers.col.retail"), _money("ledgers.col.saving"),
               _c("invoice", 16), _money("ledgers.col.returned"))
    table = Table("PembelianBersama", columns, _round_rows(frame), total_label=t("ledgers.total"),
                  empty_label=t("ledgers.none"))
    return frame.sheet("ledgers.sheet.rounds", table, note=t("ledgers.note.rounds"))


def _round_rows(frame: Frame) -> Iterator[tuple]:
    session, period = frame.session, frame.period
    posted = []
    for summary in rounds_read.list_rounds(session, status="posted"):
        if summary.opened_on > period.end:
            continue
        info = rounds_read.get_round(session, summary.id)
        if info.posted_on is not None and period.start <= info.posted_on <= period.end:
            posted.append((info.posted_on, info.number, info))
    for _, _, info in sorted(posted, key=lambda found: found[:2]):
        for line in info.lines:
            yield (info.number, info.posted_on, info.title, line.item_name, line.trader_name,
                   line.stall_codes or None, line.requested, line.allocated, line.unit,
                   line.charge, line.retail_value, line.saving, line.invoice_number or None,
                   line.charge if line.returned is not None else None)
