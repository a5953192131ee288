"""The SAK EMKM financial statements, read from the journal.

* ``financial_position``: Laporan Posisi Keuangan at the period's last day,
  with a comparative column at the same day a year earlier when the books
  reach back that far. Aset lancar (kas dan setara kas = 1-100 + 1-110 in one
  line; each receivable account 1-2xx; persediaan 1-3xx; other current
  assets), aset tetap (asset accounts 1-5xx and up) only when the chart has
  such accounts, liabilitas (utang usaha 2-200, uang jaminan pedagang 2-100,
  any other liability), ekuitas (the equity accounts, the surplus of earlier
  periods and the period's surplus = income - expenses). Total aset equals
  total liabilitas + ekuitas, always: if it ever did not, ``OutOfBalance``.
* ``income_statement``: Laporan Laba Rugi, income per account, expenses per
  account, surplus (defisit); comparative = the same days a year earlier
  when anything was posted then.
* ``cash_summary``: opening balance of Kas dan setara kas, money in and out
  per journal source, transfers between the drawer and the bank netted out,
  closing balance; opening + in - out = closing exactly.

Every figure comes from ``balances.movements`` (account totals) or
``balances.cash_flows`` (the cash summary's flows). Lines name the note that
explains them; the note numbers come from ``note_numbers`` (notes.py numbers
its notes with the same function).
"""

from __future__ import annotations

import datetime as dt

from sekretariat.i18n import has, t
from sekretariat.services.cash.balance import CASH_ACCOUNTS
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.reports import period as periods
from sekretariat.services.reports.balances import (
    AccountTotal,
    balances,
    cash_flows,
    movements,
    snapshot,
)
from sekretariat.services.reports.period import Period
from sekretariat.services.reports.statement_types import (
    CashSummary,
    IncomeStatement,
    Line,
    Position,
    Section,
)

PAYABLES, DEPOSITS = "2-200", "2-100"
#: The notes, in order; the optional ones are numbered only when they apply.
NOTE_TOPICS = ("compliance", "basis", "policies", "cash", "receivables", "inventory",
               "fixed_assets", "payables", "deposits", "other_liabilities", "equity")
OPTIONAL_TOPICS = frozenset({"fixed_assets", "other_liabilities"})
#: The cash summary's group of every source it has no word for.
OTHER = "other"

Chart = dict[str, AccountTotal]


class OutOfBalance(RuntimeError):
    """Total aset is not total liabilitas + ekuitas: the books or this module
    are broken (never a person's mistake)."""


# --- where an account goes ---------------------------------------------------------

def asset_group(code: str) -> str:
    """'cash', 'receivables', 'inventory', 'other_current' or 'fixed_assets'."""
    if code in CASH_ACCOUNTS:
        return "cash"
    head = code[2:3] if code[:2] == "1-" else ""
    return {"2": "receivables", "3": "inventory"}.get(head) or (
        "fixed_assets" if head in ("5", "6", "7", "8", "9") else "other_current")


def liability_group(code: str) -> str:
    return {PAYABLES: "payables", DEPOSITS: "deposits"}.get(code, "other_liabilities")


def shown(account: AccountTotal, *others: AccountTotal | None) -> bool:
    """An account gets its own line when it is in use or has ever moved."""
    return account.active or account.lines > 0 or any(o is not None and o.lines for o in others)


def note_numbers(chart: Chart) -> dict[str, int]:
    """The number of each note that applies to books with this chart."""
    present = set(NOTE_TOPICS) - OPTIONAL_TOPICS
    for account in chart.values():
        if not shown(account):
            continue
        if account.type == "asset" and asset_group(account.code) == "fixed_assets":
            present.add("fixed_assets")
        if account.type == "liability" and liability_group(account.code) == "other_liabilities":
            present.add("other_liabilities")
    return {topic: number for number, topic in
            enumerate((topic for topic in NOTE_TOPICS if topic in present), start=1)}


# --- Laporan Posisi Keuangan ---------------------------------------------------------

def financial_position(session: Session, period: Period) -> Position:
    require(session, "reports.view")
    with snapshot():
        periods.require_data(period)
        return position_unchecked(period)


def comparative_day(period: Period) -> dt.date | None:
    """The comparative column's day, when the books reach back to it."""
    previous = periods.previous_year(period)
    day_after = previous.end + dt.timedelta(days=1)
    return previous.end if periods.books_exist_before(day_after) else None


def position_unchecked(period: Period) -> Position:
    now, now_surplus = _position_figures(period)
    previous_day = comparative_day(period)
    before = before_surplus = None
    if previous_day is not None:
        before, before_surplus = _position_figures(periods.previous_year(period))
    notes = note_numbers(now)

    def prev(code: str) -> int | None:
        if before is None:
            return None
        return before[code].amount if code in before else 0

    def account_line(account: AccountTotal, topic: str | None, label: str | None = None) -> Line:
        return Line(f"account:{account.code}", label or account.name, account.amount,
                    prev(account.code), notes.get(topic) if topic else None, (account.code,))

    accounts = [a for a in now.values() if shown(a, before.get(a.code) if before else None)]
    by_group: dict[str, list[AccountTotal]] = {}
    for account in accounts:
        if account.type == "asset":
            by_group.setdefault(asset_group(account.code), []).append(account)
        elif account.type == "liability":
            by_group.setdefault(liability_group(account.code), []).append(account)
    cash = [now[code] for code in CASH_ACCOUNTS if code in now]
    current = [Line("cash", t("report.line.cash"), sum(a.amount for a in cash),
                    None if before is None else sum(prev(a.code) for a in cash),  # type: ignore[misc]
                    notes["cash"], tuple(a.code for a in cash))]
    current += [account_line(a, "receivables") for a in by_group.get("receivables", [])]
    current += [account_line(a, "inventory") for a in by_group.get("inventory", [])]
    current += [account_line(a, None) for a in by_group.get("other_current", [])]
    assets = [Section("current_assets", t("report.section.current_assets"), tuple(current))]
    if by_group.get("fixed_assets"):
        assets.append(Section("fixed_assets", t("report.section.fixed_assets"), tuple(
            account_line(a, "fixed_assets") for a in by_group["fixed_assets"])))
    liabilities = [account_line(a, "payables", t("report.line.trade_payables"))
                   for a in by_group.get("payables", [])]
    liabilities += [account_line(a, "deposits") for a in by_group.get("deposits", [])]
    liabilities += [account_line(a, "other_liabilities")
                    for a in by_group.get("other_liabilities", [])]
    equity = [account_line(a, "equity") for a in accounts if a.type == "equity"]
    equity += _surplus_lines(now, now_surplus, before, before_surplus, notes["equity"])
    position = Position(period, period.end, previous_day, period.provisional, tuple(assets),
                        (Section("liabilities", t("report.section.liabilities"),
                                 tuple(liabilities)),),
                        (Section("equity", t("report.section.equity"), tuple(equity)),))
    _assert_balanced(position)
    return position


def _position_figures(period: Period) -> tuple[Chart, int]:
    """Every account's balance at the period's end, and the period's surplus."""
    return balances(period.end), surplus_of(movements(period.start, period.end))


def surplus_of(chart: Chart) -> int:
    """Income - expenses over the accounts' figures."""
    return sum(a.amount if a.type == "income" else -a.amount
               for a in chart.values() if a.type in ("income", "expense"))


def _surplus_lines(now: Chart, now_surplus: int, before: Chart | None,
                   before_surplus: int | None, note: int) -> list[Line]:
    """The surplus of earlier periods (up to the day before the period) and of
    the period itself: together every income - expense up to its end."""
    prior = surplus_of(now) - now_surplus
    prior_before = None if before is None else surplus_of(before) - before_surplus  # type: ignore[operator]
    return [Line("surplus_prior", t("report.line.surplus_prior"), prior, prior_before, note),
            Line("surplus_period", t("report.line.surplus_period"), now_surplus,
                 before_surplus, note)]


def _assert_balanced(position: Position) -> None:
    checks = [(position.total_assets, position.total_liabilities_and_equity)]
    if position.previous_as_of is not None:
        checks.append((position.previous("assets"), position.previous("liabilities_and_equity")))
    for assets, claims in checks:
        if assets != claims:
            raise OutOfBalance(f"total assets {assets} != liabilities + equity {claims}"
                               f" at {position.as_of}")


# --- Laporan Laba Rugi ----------------------------------------------------------------

def income_statement(session: Session, period: Period) -> IncomeStatement:
    require(session, "reports.view")
    with snapshot():
        periods.require_data(period)
        return income_unchecked(period)


def income_unchecked(period: Period) -> IncomeStatement:
    now = movements(period.start, period.end)
    previous_period = periods.previous_year(period)
    before = movements(previous_period.start, previous_period.end) \
        if periods.has_data(previous_period) else None

    def lines(kind: str) -> tuple[Line, ...]:
        found = []
        for account in now.values():
            if account.type != kind:
                continue
            old = before[account.code] if before is not None else None
            if account.lines == 0 and (old is None or old.lines == 0):
                continue
            found.append(Line(f"account:{account.code}", account.name, account.amount,
                              None if old is None else old.amount, None, (account.code,)))
        return tuple(found)

    return IncomeStatement(period, previous_period if before is not None else None,
                           period.provisional,
                           Section("income", t("report.section.income"), lines("income")),
                           Section("expenses", t("report.section.expenses"), lines("expense")))


# --- Ringkasan kas ------------------------------------------------------------------------

def cash_summary(session: Session, period: Period) -> CashSummary:
    require(session, "reports.view")
    with snapshot():
        periods.require_data(period)
        return cash_unchecked(period)


def cash_unchecked(period: Period) -> CashSummary:
    opening_chart = balances(period.start - dt.timedelta(days=1))
    closing_chart = balances(period.end)
    opening = sum(opening_chart[c].amount for c in CASH_ACCOUNTS if c in opening_chart)
    closing = sum(closing_chart[c].amount for c in CASH_ACCOUNTS if c in closing_chart)
    money_in: dict[str, list] = {}
    money_out: dict[str, list] = {}
    transfers = 0
    for flow in cash_flows(period.start, period.end):
        transfers += flow.transfers
        for side, amount, direction in ((money_in, flow.money_in, "in"),
                                        (money_out, flow.money_out, "out")):
            if amount:
                key, label = source_label(flow.source, direction)
                found = side.setdefault(key, [label, 0, []])
                found[1] += amount
                found[2].append(flow.source)
    receipts, payments = _flow_lines(money_in, "in"), _flow_lines(money_out, "out")
    summary = CashSummary(period, period.provisional, opening, receipts, payments, transfers,
                          closing, tuple(Line(f"account:{c}", closing_chart[c].name,
                                              closing_chart[c].amount, None, None, (c,))
                                         for c in CASH_ACCOUNTS if c in closing_chart))
    if summary.opening + summary.total_in - summary.total_out != summary.closing:
        raise OutOfBalance(f"cash: {opening} + {summary.total_in} - {summary.total_out}"
                           f" != {closing}")
    return summary


def _flow_lines(side: dict[str, list], direction: str) -> tuple[Line, ...]:
    """Largest first; the unknown sources together last."""
    ordered = sorted(side.items(), key=lambda item: (item[0] == OTHER, -item[1][1], item[0]))
    return tuple(Line(f"{direction}:{key}", label, amount, None, None, tuple(sorted(sources)))
                 for key, (label, amount, sources) in ordered)



def source_label(source: str, direction: str) -> tuple[str, str]:
    """(group key, label) of a journal source on the cash summary's side
    ``direction`` ('in' or 'out'): the summary's own word for it when it has
    one (``report.cash.in.deposit``: deposits taken), else the cash book's
    (``cash.source.*``), else "Lain-lain" with every other unknown source."""
    for key in (f"report.cash.{direction}.{source}", f"cash.source.{source}"):
        if has(key):
            return source, t(key)
    return OTHER, t("report.cash.other")
