"""The leases services mirrored in memory for the bulk path.

``LeaseBook`` (``lease_runs``, built on ``LeaseBookBase`` here) offers the
methods of ``lease_actions.ServiceOps`` and writes,
through the ``BulkSink``, the rows the services would: the registry (block,
stall, tariff, trader, lease), invoices (``INV/…``), receipts (``KW/…``),
credit notes (``NK/…``), allocations, deposit movements, their journal
entries (same source, source_ref, parties) and audit rows with the same
payloads, in the same order. It keeps what the services would read back —
open invoices and credits per trader, balances, deposits held — in memory,
and follows the same rules (oldest due first, allocation dates, proration,
late-fee months; ``services/periods.py`` is shared). The database's own
triggers keep ``invoice_open``/``credit_open`` and guard the rest.
A test (``tests/integration/test_demo.py``) builds one plan both ways and
compares every row.

Split in two: this module has the registry, invoices, receipts and credits;
``lease_runs`` the billing and late-fee runs, terminations and transfers.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sekretariat.errors import Conflict, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.core.journal import LineInput
from sekretariat.services.leasing.leasing_util import (
    DEPOSITS,
    METHOD_ACCOUNTS,
    PARTY,
    RECEIVABLE,
    clean_text,
)
from sekretariat.services.leasing.stall_codes import parse_area
from sekretariat.services.leasing.traders import normalize_phone, validate_nik

#: The tables written, parents first (the order the sink inserts them).
TABLES: dict[str, tuple[str, ...]] = {
    "block": ("id", "code", "name", "created_at"),
    "stall": ("id", "code", "block_id", "kind", "area_dm2", "status", "note", "created_at"),
    "tariff": ("id", "kind", "block_id", "monthly_rate", "effective_from", "created_by",
               "created_at"),
    "trader": ("id", "name", "nik", "phone", "address", "commodity", "status", "joined_date",
               "note", "created_at"),
    "lease": ("id", "agreement_number", "trader_id", "stall_id", "signed_on", "start_date",
              "end_date", "monthly_rate", "frequency", "due_day", "deposit_amount",
              "late_fee_bp", "status", "ended_on", "end_reason", "closed_on", "renewed_from_id",
              "transferred_from_id", "note", "created_by", "created_at"),
    "invoice": ("id", "number", "kind", "trader_id", "lease_id", "stall_id", "period_start",
                "period_end", "billed_days", "period_days", "issue_date", "due_date", "amount",
                "late_fee_for_id", "late_fee_month", "memo", "journal_entry_id", "created_by",
                "created_at"),
    "payment": ("id", "receipt_number", "trader_id", "purpose", "lease_id", "paid_on", "amount",
                "method", "reference", "memo", "journal_entry_id", "created_by", "created_at"),
    "credit_note": ("id", "number", "trader_id", "invoice_id", "issued_on", "amount", "reason",
                    "journal_entry_id", "created_by", "created_at"),
    "invoice_allocation": ("id", "invoice_id", "payment_id", "credit_note_id", "amount",
                           "alloc_date", "created_at"),
    "deposit_movement": ("id", "lease_id", "trader_id", "kind", "moved_on", "amount",
                         "payment_id", "method", "memo", "journal_entry_id", "created_by",
                         "created_at"),
}
CHAIR, TREASURER = "ketua", "bendahara"


def party_line(account: str, trader_id: int, *, debit: int = 0, credit: int = 0) -> LineInput:
    return LineInput(account, debit=debit, credit=credit, party_kind=PARTY, party_id=trader_id)


@dataclass(slots=True, eq=False)
class Lease:
    id: int
    number: str
    trader: int
    stall: int
    stall_code: str
    start: dt.date
    end: dt.date
    rate: int
    frequency: str
    due_day: int
    deposit: int
    bp: int
    status: str = "active"
    ended_on: dt.date | None = None
    recent_rent: list = field(default_factory=list)   # its last three rent invoices

    @property
    def effective_end(self) -> dt.date:
        return self.ended_on or self.end


@dataclass(slots=True, eq=False)
class Invoice:
    id: int
    number: str
    kind: str
    trader: int
    lease: int
    stall: int
    issue: dt.date
    due: dt.date
    amount: int
    open: int
    period_start: dt.date
    period_end: dt.date
    period_days: int

    def key(self) -> tuple[dt.date, int]:
        return self.due, self.id


@dataclass(slots=True, eq=False)
class Credit:
    """An open payment or credit note, in ``open_credits`` order."""

    trader: int
    date: dt.date
    source: str      # 'payment' | 'credit_note'
    id: int
    open: int

    def key(self) -> tuple[dt.date, str, int]:
        return self.date, self.source, self.id


class LeaseBookBase:
    """Registry, documents, allocations; see the module docstring."""

    def __init__(self, sink) -> None:
        self.sink = sink
        self.rows = {table: sink.rows(table, columns) for table, columns in TABLES.items()}
        self.at: dt.datetime | None = None
        self.now = ""
        self.posted: dict[str, list[int]] = {}
        self.blocks: dict[str, int] = {}
        self.tariffs: dict[str, list[tuple[dt.date, int]]] = defaultdict(list)
        self.stalls: dict[int, tuple[str, str]] = {}          # id -> (code, kind)
        self.traders: dict[int, list[str]] = {}               # id -> [name, status]
        self.niks: set[str] = set()
        self.leases: dict[int, Lease] = {}
        self.by_stall: dict[int, list[Lease]] = defaultdict(list)
        self.open: dict[int, list[Invoice]] = defaultdict(list)     # by (due, id)
        self.credits: dict[int, list[Credit]] = defaultdict(list)   # by (date, source, id)
        self.balances: dict[int, int] = defaultdict(int)            # 1-200 per trader
        self.held: dict[int, int] = defaultdict(int)                # deposit per lease
        self.received: dict[int, int] = defaultdict(int)
        self.credited: dict[int, int] = defaultdict(int)            # credit notes per invoice
        self._dates: dict[dt.date, str] = {}

    # --- the event's frame --------------------------------------------------

    def begin(self, at: dt.datetime) -> None:
        self.at, self.now, self.posted = at, at.isoformat(timespec="microseconds"), {}

    def take_posted(self) -> tuple[LineInput, ...]:
        return tuple(LineInput(code, debit=debit, credit=credit)
                     for code, (debit, credit) in sorted(self.posted.items()) if debit or credit)

    def today(self) -> dt.date:
        return self.at.date()

    def user(self, role: str) -> int:
        return self.sink.session(role).user_id

    def fmt_date(self, day: dt.date) -> str:
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = fmt_date(day)
        return text

    def audit(self, role: str, action: str, entity: str, entity_id, before, after) -> None:
        self.sink.audit(self.at, self.sink.session(role), action, entity, entity_id, before,
                        after)

    def post(self, role: str, day: dt.date, memo: str, lines: list[LineInput], source: str,
             ref: str) -> int:
        entry_id, _ = self.sink.post(self.at, memo, lines, source=source, source_ref=ref,
                                     role=role, entry_date=day)
        for line in lines:
            sums = self.posted.setdefault(line.account, [0, 0])
            sums[0] += line.debit
            sums[1] += line.credit
            if line.account == RECEIVABLE:
                self.balances[line.party_id] += line.debit - line.credit
        return entry_id

    # --- registry -------------------------------------------------------------

    def create_block(self, code: str, name: str) -> None:
        code = "".join(code.split()).upper()
        name = clean_text(name, "name", maximum=100)
        if code in self.blocks:
            raise Conflict("block.exists", field="code", code=code)
        block_id = self.blocks[code] = self.sink.next_id("block")
        self.rows["block"].append((block_id, code, name, self.now))
        self.audit(CHAIR, "block.create", "block", block_id, None, {"code": code, "name": name})

    def set_tariff(self, kind: str, rate: int, effective_from: dt.date) -> None:
        self.sink.assert_open(effective_from)
        tariff_id = self.sink.next_id("tariff")
        day = effective_from.isoformat()
        self.rows["tariff"].append((tariff_id, kind, None, rate, day, self.user(CHAIR),
                                    self.now))
        self.tariffs[kind].append((effective_from, rate))
        self.tariffs[kind].sort()
        self.audit(CHAIR, "tariff.create", "tariff", tariff_id, None,
                   {"kind": kind, "block_id": None, "monthly_rate": rate, "effective_from": day})

    def rate_on(self, kind: str, day: dt.date) -> int | None:
        found = [rate for since, rate in self.tariffs[kind] if since <= day]
        return found[-1] if found else None

    def create_stall(self, code: str, block: str, kind: str, area, note: str) -> int:
        code = "".join(code.split()).upper()
        area_dm2 = parse_area(area)
        note = clean_text(note, "note", maximum=500)
        block_id = self.blocks[block]
        stall_id = self.sink.next_id("stall")
        self.rows["stall"].append((stall_id, code, block_id, kind, area_dm2, "normal", note,
                                   self.now))
        self.stalls[stall_id] = (code, kind)
        self.audit(CHAIR, "stall.create", "stall", stall_id, None,
                   {"code": code, "block_id": block_id, "kind": kind, "area_dm2": area_dm2,
                    "note": note})
        return stall_id

    def create_trader(self, name: str, nik: str, *, phone: str, address: str, commodity: str,
                      joined_date: dt.date | None = None) -> int:
        values = {
            "name": clean_text(name, "name", maximum=100, required=True,
                               empty_key="trader.name_empty"),
            "nik": validate_nik(nik, today=self.today()).nik,
            "phone": normalize_phone(phone),
            "address": clean_text(address, "address", maximum=300),
            "commodity": clean_text(commodity, "commodity", maximum=100),
            "joined_date": (joined_date or self.today()).isoformat(),
            "note": "",
        }
        if values["nik"] in self.niks:
            raise Conflict("trader.nik_exists", field="nik", name=values["name"])
        self.niks.add(values["nik"])
        trader_id = self.sink.next_id("trader")
        self.rows["trader"].append((trader_id, values["name"], values["nik"], values["phone"],
                                    values["address"], values["commodity"], "aktif",
                                    values["joined_date"], "", self.now))
        self.traders[trader_id] = [values["name"], "aktif"]
        self.audit(CHAIR, "trader.create", "trader", trader_id, None, values)
        return trader_id

    def set_status(self, trader_id: int, status: str, reason: str) -> None:
        reason = clean_text(reason, "reason", maximum=300)
        current = self.traders[trader_id]
        if current[1] == status:
            return
        self.sink.update("trader", trader_id, {"status": status})
        self.audit(CHAIR, "trader.status", "trader", trader_id, {"status": current[1]},
                   {"status": status, "reason": reason})
        current[1] = status

    def create_lease(self, trader_id: int, stall_id: int, start: dt.date, end: dt.date,
                     rate: int, deposit: int) -> int:
        return self.insert_lease(trader_id, stall_id, start, end, rate, deposit)

    def insert_lease(self, trader_id: int, stall_id: int, start: dt.date, end: dt.date,
                     rate: int, deposit: int, *, frequency: str = "monthly", due_day: int = 10,
                     bp: int = 200, note: str = "", transferred_from: int | None = None) -> int:
        """``leases._insert`` (signed today by the chair)."""
        if end < start:
            raise ValidationError("lease.end_before_start", field="end_date")
        if self.traders[trader_id][1] == "diblokir":
            raise Conflict("lease.trader_blocked", field="trader", name=self.traders[trader_id][0])
        signed = self.today()
        self.sink.assert_open(signed)
        for other in self.by_stall[stall_id]:
            if other.status != "cancelled" and other.start <= end \
                    and other.effective_end >= start:
                raise Conflict("lease.overlap", field="start_date", stall=other.stall_code,
                               number=other.number, start=str(other.start),
                               end=str(other.effective_end))
        number = self.sink.number("SPS", signed.year)
        lease_id = self.sink.next_id("lease")
        code = self.stalls[stall_id][0]
        values = {"agreement_number": number, "trader_id": trader_id, "stall_id": stall_id,
                  "signed_on": signed.isoformat(), "start_date": start.isoformat(),
                  "end_date": end.isoformat(), "monthly_rate": rate, "frequency": frequency,
                  "due_day": due_day, "deposit_amount": deposit, "late_fee_bp": bp,
                  "renewed_from_id": None, "transferred_from_id": transferred_from}
        self.rows["lease"].append((
            lease_id, number, trader_id, stall_id, values["signed_on"], values["start_date"],
            values["end_date"], rate, frequency, due_day, deposit, bp, "active", None, None, None,
            None, transferred_from, note, self.user(CHAIR), self.now))
        lease = Lease(lease_id, number, trader_id, stall_id, code, start, end, rate, frequency,
                      due_day, deposit, bp)
        self.leases[lease_id] = lease
        self.by_stall[stall_id].append(lease)
        self.audit(CHAIR, "lease.create", "lease", lease_id, None, values)
        return lease_id

    # --- receipts and deposits -------------------------------------------------

    def insert_payment(self, role: str, number: str, trader_id: int, value: int, method: str,
                       paid_on: dt.date, memo: str, lines: list[LineInput], *, purpose: str,
                       lease_id: int | None = None) -> tuple[int, Credit | None]:
        """``payments.insert_payment``; an account payment opens a credit."""
        entry_id = self.post(role, paid_on, memo, lines, "payment", number)
        payment_id = self.sink.next_id("payment")
        self.rows["payment"].append((payment_id, number, trader_id, purpose, lease_id,
                                     paid_on.isoformat(), value, method, "", memo, entry_id,
                                     self.user(role), self.now))
        if purpose != "account":
            return payment_id, None
        credit = Credit(trader_id, paid_on, "payment", payment_id, value)
        self.add_credit(credit)
        return payment_id, credit

    def receive_deposit(self, lease_id: int, value: int, method: str) -> None:
        lease = self.leases[lease_id]
        paid_on = self.today()
        self.sink.assert_open(paid_on)
        if lease.status != "active":
            raise Conflict("deposit.lease_not_active", field="lease", number=lease.number)
        if self.received[lease_id] + value > lease.deposit:
            raise ValidationError("deposit.over_agreed", field="amount", agreed=lease.deposit,
                                  received=self.received[lease_id])
        number = self.sink.number("KW", paid_on.year)
        memo = t("deposit.memo_received", number=number, agreement=lease.number,
                 trader=self.traders[lease.trader][0])[:500]
        payment_id, _ = self.insert_payment(
            TREASURER, number, lease.trader, value, method, paid_on, memo,
            [LineInput(METHOD_ACCOUNTS[method], debit=value),
             party_line(DEPOSITS, lease.trader, credit=value)], purpose="deposit",
            lease_id=lease_id)
        movement_id = self.sink.next_id("deposit_movement")
        self.rows["deposit_movement"].append((
            movement_id, lease_id, lease.trader, "received", paid_on.isoformat(), value,
            payment_id, None, memo, None, self.user(TREASURER), self.now))
        self.received[lease_id] += value
        self.held[lease_id] += value
        self.audit(TREASURER, "deposit.receive", "deposit_movement", movement_id, None,
                   {"lease_id": lease_id, "receipt_number": number, "amount": value,
                    "method": method, "paid_on": paid_on.isoformat()})

    def movement(self, role: str, lease: Lease, kind: str, on: dt.date, value: int, memo: str,
                 *, entry_id: int | None = None, payment_id: int | None = None,
                 method: str | None = None) -> None:
        """``deposits._insert_movement`` of money going out of the deposit."""
        movement_id = self.sink.next_id("deposit_movement")
        self.rows["deposit_movement"].append((
            movement_id, lease.id, lease.trader, kind, on.isoformat(), value, payment_id, method,
            memo, entry_id, self.user(role), self.now))
        self.held[lease.id] -= value
        self.audit(role, f"deposit.{kind}", "deposit_movement", movement_id, None,
                   {"lease_id": lease.id, "amount": value, "on": on.isoformat(),
                    "method": method})

    def balance(self, trader_id: int) -> int:
        return self.balances[trader_id]

    def take_payment(self, trader_id: int, value: int, method: str) -> None:
        paid_on = self.today()
        self.sink.assert_open(paid_on)
        if value <= 0 or value > max(self.balances[trader_id], 0):
            raise ValidationError("payment.zero" if value <= 0 else "payment.over_balance",
                                  field="amount")
        number = self.sink.number("KW", paid_on.year)
        memo = t("payment.memo", number=number, trader=self.traders[trader_id][0])[:500]
        payment_id, _ = self.insert_payment(
            TREASURER, number, trader_id, value, method, paid_on, memo,
            [LineInput(METHOD_ACCOUNTS[method], debit=value),
             party_line(RECEIVABLE, trader_id, credit=value)], purpose="account")
        self.apply_credits([trader_id], paid_on)
        self.audit(TREASURER, "payment.take", "payment", payment_id, None,
                   {"receipt_number": number, "trader_id": trader_id, "amount": value,
                    "method": method, "paid_on": paid_on.isoformat(), "reference": "",
                    "allocate_to": []})

    # --- invoices and allocations ------------------------------------------------

    def post_invoice(self, role: str, kind: str, lease: Lease, issue: dt.date, due: dt.date,
                     period: tuple[dt.date, dt.date, int, int], value: int, memo: str,
                     income: str, late_fee_for: Invoice | None = None,
                     late_fee_month: int | None = None) -> Invoice:
        """``billing.post_invoice_entry`` and its row (``store_invoices``)."""
        start, end, billed_days, period_days = period
        number = self.sink.number("INV", issue.year)
        memo = f"{number} {memo}"[:500]
        entry_id = self.post(role, issue, memo,
                             [party_line(RECEIVABLE, lease.trader, debit=value),
                              LineInput(income, credit=value)], "invoice", number)
        invoice_id = self.sink.next_id("invoice")
        stall = late_fee_for.stall if late_fee_for is not None else lease.stall
        self.rows["invoice"].append((
            invoice_id, number, kind, lease.trader, lease.id, stall, start.isoformat(),
            end.isoformat(), billed_days, period_days, issue.isoformat(), due.isoformat(), value,
            late_fee_for.id if late_fee_for is not None else None, late_fee_month, memo,
            entry_id, self.user(role), self.now))
        invoice = Invoice(invoice_id, number, kind, lease.trader, lease.id, stall, issue, due,
                          value, value, start, end, period_days)
        bisect.insort(self.open[lease.trader], invoice, key=Invoice.key)
        if kind == "rent":
            lease.recent_rent = [*lease.recent_rent[-2:], invoice]
        return invoice

    def add_credit(self, credit: Credit) -> None:
        bisect.insort(self.credits[credit.trader], credit, key=Credit.key)

    def allocate_credit(self, credit: Credit, invoices: list[Invoice], op_date: dt.date) -> int:
        """``receivables.allocate_credit``: spread a credit in the order given."""
        left, done = credit.open, 0
        rows = self.rows["invoice_allocation"]
        for invoice in invoices:
            if left == 0:
                break
            take = min(left, invoice.open)
            if take <= 0:
                continue
            when = max(op_date, invoice.issue, credit.date)
            payment = credit.id if credit.source == "payment" else None
            rows.append((self.sink.next_id("invoice_allocation"), invoice.id, payment,
                         None if payment else credit.id, take, when.isoformat(), self.now))
            invoice.open -= take
            credit.open -= take
            if invoice.open == 0:
                self.open[invoice.trader].remove(invoice)
            left -= take
            done += take
        if done and credit.open == 0:
            self.credits[credit.trader].remove(credit)
        return done

    def apply_credits(self, trader_ids, op_date: dt.date) -> int:
        """``receivables.apply_credits``: open credits to open invoices, oldest
        first on both sides."""
        applied = 0
        for trader_id in sorted(set(trader_ids)):
            if not self.credits.get(trader_id) or not self.open.get(trader_id):
                continue
            for credit in list(self.credits[trader_id]):
                current = [invoice for invoice in self.open[trader_id] if invoice.open > 0]
                if not current:
                    break
                applied += self.allocate_credit(credit, current, op_date)
        return applied

    def lease_open(self, lease: Lease) -> list[Invoice]:
        return [invoice for invoice in self.open[lease.trader] if invoice.lease == lease.id]
