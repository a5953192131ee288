-- Supplier payments (issue 11 item 3): what the warehouse pays a supplier
-- against 2-200 Utang Pemasok.
--
-- A receipt on credit (a stock movement, a bulk round's receipt) posts Cr
-- 2-200 with party_kind 'supplier' and the supplier's id; a supplier
-- payment posts Dr 2-200 (the same party) / Cr 1-110 Bank or 1-100 Kas
-- (services/warehouse/payables.py). What a supplier is owed is the sum of
-- its 2-200 lines, credit - debit (payables.supplier_balances).
--
-- supplier_payment: numbered BPM/2026/00001 (Bayar Pemasok) in the same
-- transaction as its journal entry (source 'warehouse.payable', source_ref
-- the number). method 'bank' (1-110) or 'cash' (1-100, the drawer never
-- goes below zero). Never edited: a payment is voided by the reversal of its
-- entry dated in an open day, keeping its number (as cash vouchers, 0006).
-- Append-only; the closed-day triggers are those of cash_voucher.

CREATE TABLE supplier_payment (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    supplier_id       INTEGER NOT NULL REFERENCES supplier(id),
    pay_date          TEXT NOT NULL,
    amount            INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
    method            TEXT NOT NULL CHECK (method IN ('cash', 'bank')),
    reference         TEXT NOT NULL DEFAULT '',
    memo              TEXT NOT NULL DEFAULT '',
    journal_entry_id  INTEGER NOT NULL UNIQUE REFERENCES journal_entry(id),
    void_entry_id     INTEGER UNIQUE REFERENCES journal_entry(id),
    voided_on         TEXT,
    void_reason       TEXT,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    CHECK ((void_entry_id IS NULL) = (voided_on IS NULL)),
    CHECK (voided_on IS NULL OR length(trim(void_reason)) > 0),
    CHECK (voided_on IS NULL OR voided_on >= pay_date),
    CHECK (date(pay_date, '+0 days') IS pay_date),
    CHECK (voided_on IS NULL OR date(voided_on, '+0 days') IS voided_on)
);
CREATE INDEX supplier_payment_supplier ON supplier_payment (supplier_id, pay_date, id);
CREATE INDEX supplier_payment_date ON supplier_payment (pay_date, id);

CREATE TRIGGER supplier_payment_fixed BEFORE UPDATE ON supplier_payment
WHEN OLD.void_entry_id IS NOT NULL OR NEW.void_entry_id IS NULL
  OR NEW.number IS NOT OLD.number OR NEW.supplier_id IS NOT OLD.supplier_id
  OR NEW.pay_date IS NOT OLD.pay_date OR NEW.amount IS NOT OLD.amount
  OR NEW.method IS NOT OLD.method OR NEW.reference IS NOT OLD.reference
  OR NEW.memo IS NOT OLD.memo OR NEW.journal_entry_id IS NOT OLD.journal_entry_id
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'append_only:supplier_payment'); END;
CREATE TRIGGER supplier_payment_no_delete BEFORE DELETE ON supplier_payment
BEGIN SELECT RAISE(ABORT, 'append_only:supplier_payment'); END;
CREATE TRIGGER supplier_payment_closed_day_insert BEFORE INSERT ON supplier_payment
WHEN NEW.pay_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER supplier_payment_closed_day_update BEFORE UPDATE ON supplier_payment
WHEN NEW.voided_on <= (SELECT day FROM lock_date)
  OR (OLD.pay_date <= (SELECT day FROM lock_date) AND (NEW.voided_on IS NULL OR NOT EXISTS (
        SELECT 1 FROM journal_entry r WHERE r.id = NEW.void_entry_id
          AND r.reverses_id = OLD.journal_entry_id AND r.entry_date = NEW.voided_on)))
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
