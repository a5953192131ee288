"""Catatan atas Laporan Keuangan: numbered notes as structured text.

A statement of compliance with SAK EMKM; the basis of preparation (accrual,
historical cost, whole Rupiah, the period, provisional or final); the
accounting policies the books actually use (a policy is stated when its
accounts or its documents are in the books); and a note per material line
with its figures: kas and bank, receivables (the trader receivables' ageing
from the arrears service, ``leasing.statements.ageing``), inventory (the
stock value from ``warehouse.stock.stock_value``), fixed assets when the
chart has them, supplier payables (per supplier from
``warehouse.payables.supplier_balances``), traders' deposits, other
liabilities when there are any, equity. Account figures come from
``balances``; the numbers are ``statements.note_numbers``, so the
statements' lines point at the right note.
"""

from __future__ import annotations

import datetime as dt

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.cash.balance import CASH_ACCOUNTS
from sekretariat.services.core import days, market
from sekretariat.services.core.inputs import one
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.leasing.statements import ageing
from sekretariat.services.reports import period as periods
from sekretariat.services.reports.balances import AccountTotal, balances, movements, snapshot
from sekretariat.services.reports.period import Period
from sekretariat.services.reports.statement_types import Note, NoteFigure, Notes, Position
from sekretariat.services.reports.statements import (
    DEPOSITS,
    PAYABLES,
    Chart,
    asset_group,
    liability_group,
    note_numbers,
    position_unchecked,
    shown,
)
from sekretariat.services.warehouse.payables import supplier_balances
from sekretariat.services.warehouse.stock import stock_value

RECEIVABLE, ATTENDANTS, STOCK, REMITTANCE = "1-200", "1-210", "1-300", "5-700"
#: A policy -> the accounts whose use in the books means the policy is applied.
POLICY_ACCOUNTS = (("rent", ("4-100", "4-300")), ("daily_fees", ("4-110",)),
                   ("parking", ("4-200",)), ("stock", (STOCK,)), ("deposits", (DEPOSITS,)),
                   ("remittance", (REMITTANCE,)))
AGEING_BUCKETS = ("not_due", "d0_30", "d31_60", "d61_90", "d90_plus")


def notes(session: Session, period: Period) -> Notes:
    require(session, "reports.view")
    with snapshot():
        periods.require_data(period)
        return notes_unchecked(session, period, position_unchecked(period))


def notes_unchecked(session: Session, period: Period, position: Position) -> Notes:
    """The notes to ``position`` (the session is the caller's, for the
    arrears, stock and supplier services it asks)."""
    now = balances(period.end)
    before = balances(position.previous_as_of) if position.previous_as_of else None
    numbers = note_numbers(now)
    build = _Builder(session, period, position, now, before)
    items = tuple(getattr(build, topic)(numbers[topic], topic) for topic in numbers)
    return Notes(period, period.provisional, before is not None, items)


class _Builder:
    """One method per note topic: ``(number, key) -> Note``."""

    def __init__(self, session: Session, period: Period, position: Position, now: Chart,
                 before: Chart | None) -> None:
        self.session, self.period, self.position = session, period, position
        self.now, self.before = now, before

    # -- helpers ---------------------------------------------------------------------

    def prev(self, code: str) -> int | None:
        if self.before is None:
            return None
        return self.before[code].amount if code in self.before else 0

    def figure(self, account: AccountTotal, label: str | None = None) -> NoteFigure:
        return NoteFigure(label or account.name, account.amount, self.prev(account.code))

    def total(self, figures: list[NoteFigure]) -> NoteFigure:
        return NoteFigure(t("report.note.total"), sum(f.amount for f in figures),
                          None if self.before is None else sum(f.previous or 0 for f in figures))

    def accounts(self, test) -> list[AccountTotal]:  # type: ignore[no-untyped-def]
        return [a for a in self.now.values()
                if test(a) and shown(a, self.before.get(a.code) if self.before else None)]

    def note(self, number: int, key: str, paragraphs: list[str], figures=(), **more) -> Note:  # type: ignore[no-untyped-def]
        return Note(number, key, t(f"report.note.{key}.title"), tuple(paragraphs),
                    tuple(figures), **more)

    # -- the notes -------------------------------------------------------------------

    def compliance(self, number: int, key: str) -> Note:
        profile = market.get_profile()
        name = profile.name if profile else ""
        text = [t("report.note.compliance.text", market=name)]
        if profile and profile.managing_org and profile.asset_owner:
            text.append(t("report.note.compliance.entity", market=name,
                          managing=profile.managing_org, owner=profile.asset_owner))
        return self.note(number, key, text)

    def basis(self, number: int, key: str) -> Note:
        period = self.period
        text = [t("report.note.basis.text"),
                t("report.note.basis.period", period=period.label(), start=fmt_date(period.start),
                  end=fmt_date(period.end))]
        if self.position.previous_as_of is not None:
            text.append(t("report.note.basis.comparative",
                          day=fmt_date(self.position.previous_as_of)))
        else:
            text.append(t("report.note.basis.no_comparative"))
        lock = days.lock_date()
        if period.provisional:
            text.append(t("report.note.basis.provisional_none") if lock is None else
                        t("report.note.basis.provisional", day=fmt_date(lock)))
        else:
            text.append(t("report.note.basis.final", day=fmt_date(lock)))  # type: ignore[arg-type]
        return self.note(number, key, text)

    def policies(self, number: int, key: str) -> Note:
        used = {code for code, account in self.now.items() if account.lines}
        text = [t(f"report.note.policies.{policy}") for policy, codes in POLICY_ACCOUNTS
                if used.intersection(codes)]
        if one("SELECT 1 FROM invoice WHERE kind = 'goods' AND issue_date <= ? LIMIT 1",
               (self.period.end.isoformat(),)):
            text.append(t("report.note.policies.goods"))
        text.append(t("report.note.policies.reversals"))
        return self.note(number, key, text)

    def cash(self, number: int, key: str) -> Note:
        figures = [self.figure(self.now[c]) for c in CASH_ACCOUNTS if c in self.now]
        return self.note(number, key, [t("report.note.cash.text")],
                         [*figures, self.total(figures)])

    def receivables(self, number: int, key: str) -> Note:
        figures = [self.figure(a) for a in self.accounts(
            lambda a: a.type == "asset" and asset_group(a.code) == "receivables")]
        text = [t("report.note.receivables.text")]
        if ATTENDANTS in self.now and self.now[ATTENDANTS].lines:
            text.append(t("report.note.receivables.attendants"))
        day = min(self.period.end, clock.today())   # no ageing of days still to come
        if not (RECEIVABLE in self.now and self.now[RECEIVABLE].lines):
            return self.note(number, key, text, [*figures, self.total(figures)])
        return self.note(number, key, text, [*figures, self.total(figures)],
                         details_title=t("report.note.ageing.title", day=fmt_date(day)),
                         details=self.ageing(day), details_days=(day, *self.before_day()))

    def before_day(self) -> tuple[dt.date, ...]:
        return () if self.position.previous_as_of is None else (self.position.previous_as_of,)

    def ageing(self, day: dt.date) -> tuple[NoteFigure, ...]:
        """The trader receivables' ageing buckets at ``day`` (the arrears
        service's), the open invoices, what reconciles them to 1-200 (credits
        not yet applied, refunds owed) and the 1-200 balance itself."""
        ages = [ageing(self.session, day).totals]
        books = [balances(day)[RECEIVABLE].amount]
        if self.before is not None:
            ages.append(ageing(self.session, self.position.previous_as_of).totals)
            books.append(self.prev(RECEIVABLE))  # type: ignore[arg-type]

        def figure(label: str, values: list[int]) -> NoteFigure:
            return NoteFigure(label, values[0], values[1] if len(values) > 1 else None)

        found = [figure(t(f"report.note.ageing.{bucket}"), [getattr(a, bucket) for a in ages])
                 for bucket in AGEING_BUCKETS]
        found.append(figure(t("report.note.ageing.open"), [a.total for a in ages]))
        found.append(figure(t("report.note.ageing.credits"),
                            [b - a.total for a, b in zip(ages, books)]))
        found.append(figure(self.now[RECEIVABLE].name, books))
        return tuple(found)

    def inventory(self, number: int, key: str) -> Note:
        figures = [self.figure(a) for a in self.accounts(
            lambda a: a.type == "asset" and asset_group(a.code) == "inventory")]
        stock = stock_value(self.session, self.period.end)
        held = sum(1 for row in stock.rows if row.quantity > 0)
        text = [t("report.note.inventory.text"),
                t("report.note.inventory.items", items=held, value=format_rupiah(stock.total),
                  day=fmt_date(self.period.end))]
        if STOCK in self.now and stock.total != self.now[STOCK].amount:
            text.append(t("report.note.inventory.differs",
                          difference=format_rupiah(stock.total - self.now[STOCK].amount)))
        return self.note(number, key, text, figures)

    def fixed_assets(self, number: int, key: str) -> Note:
        figures = [self.figure(a) for a in self.accounts(
            lambda a: a.type == "asset" and asset_group(a.code) == "fixed_assets")]
        return self.note(number, key, [t("report.note.fixed_assets.text")],
                         [*figures, self.total(figures)])

    def payables(self, number: int, key: str) -> Note:
        figures = [self.figure(a, t("report.line.trade_payables")) for a in self.accounts(
            lambda a: a.type == "liability" and a.code == PAYABLES)]
        owed = [b for b in supplier_balances(self.session, as_of=self.period.end) if b.owed]
        details = tuple(NoteFigure(b.name, b.owed) for b in owed)
        return self.note(number, key, [t("report.note.payables.text")], figures,
                         details_title=t("report.note.payables.per_supplier",
                                         day=fmt_date(self.period.end)) if details else "",
                         details=details, details_days=(self.period.end,) if details else ())

    def deposits(self, number: int, key: str) -> Note:
        figures = [self.figure(a) for a in self.accounts(
            lambda a: a.type == "liability" and a.code == DEPOSITS)]
        return self.note(number, key, [t("report.note.deposits.text")], figures)

    def other_liabilities(self, number: int, key: str) -> Note:
        figures = [self.figure(a) for a in self.accounts(
            lambda a: a.type == "liability"
            and liability_group(a.code) == "other_liabilities")]
        return self.note(number, key, [t("report.note.other_liabilities.text")],
                         [*figures, self.total(figures)])

    def equity(self, number: int, key: str) -> Note:
        section = self.position.equity[0]
        figures = [NoteFigure(line.label, line.amount, line.previous) for line in section.lines]
        text = [t("report.note.equity.text")]
        remitted = self.now.get(REMITTANCE)
        if remitted is not None and remitted.lines:
            spent = movements(self.period.start, self.period.end)[REMITTANCE].amount
            text.append(t("report.note.equity.remitted", amount=format_rupiah(spent)))
        return self.note(number, key, text, [*figures, NoteFigure(
            t("report.total.equity"), section.total, section.previous_total)])

