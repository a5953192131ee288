-- Stalls, traders, leases, invoices, payments, deposits, daily fees.
-- Dates are ISO text 'YYYY-MM-DD'; money whole rupiah INTEGER; areas whole
-- square decimetres (1 m2 = 100 dm2, so 2,25 m2 is 225); percentages basis
-- points (2% = 200).
--
-- Money lives in the journal (0001). These tables are the documents behind it:
-- every invoice, payment, credit note, deposit movement and daily-fee setoran
-- points at the journal entry that posted it, and a void points at the
-- reversing entry. Receivable lines (1-200) and deposit lines (2-100) carry
-- party_kind = 'trader', party_id = trader.id.
--
-- Guards, as in 0001: documents are append-only (a void only stamps its void
-- columns, once); every dated table refuses inserts, changes and deletes dated
-- on or before the lock date; a stall never has two overlapping leases.

-- === registry ==============================================================

CREATE TABLE block (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(code) BETWEEN 1 AND 10),
    name        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

-- status is the administrative state only; 'kosong'/'disewa' are derived from
-- the leases in force on a date (services/stalls.py), never stored.
CREATE TABLE stall (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(code) BETWEEN 1 AND 20),
    block_id    INTEGER NOT NULL REFERENCES block(id),
    kind        TEXT NOT NULL CHECK (kind IN ('kios', 'los', 'pelataran')),
    area_dm2    INTEGER NOT NULL CHECK (area_dm2 > 0),
    status      TEXT NOT NULL DEFAULT 'normal'
                  CHECK (status IN ('normal', 'diblokir', 'perbaikan')),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX stall_block ON stall (block_id, code);

-- Monthly rate per stall kind, optionally per block, from a date on. A newer
-- row supersedes an older one; leases copy their rate, so a tariff change never
-- rewrites a lease or an invoice.
CREATE TABLE tariff (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('kios', 'los', 'pelataran')),
    block_id        INTEGER REFERENCES block(id),
    monthly_rate    INTEGER NOT NULL CHECK (monthly_rate > 0),
    effective_from  TEXT NOT NULL,
    created_by      INTEGER NOT NULL REFERENCES app_user(id),
    created_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX tariff_key ON tariff (kind, ifnull(block_id, 0), effective_from);

-- Per-stall override from a date on; monthly_rate NULL = back to the tariff.
CREATE TABLE stall_rate (
    id              INTEGER PRIMARY KEY,
    stall_id        INTEGER NOT NULL REFERENCES stall(id),
    monthly_rate    INTEGER CHECK (monthly_rate IS NULL OR monthly_rate > 0),
    effective_from  TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    created_by      INTEGER NOT NULL REFERENCES app_user(id),
    created_at      TEXT NOT NULL,
    UNIQUE (stall_id, effective_from)
);

CREATE TABLE trader (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    nik          TEXT NOT NULL UNIQUE CHECK (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*'),
    phone        TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    commodity    TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'aktif' CHECK (status IN ('aktif', 'nonaktif', 'diblokir')),
    joined_date  TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
CREATE INDEX trader_name ON trader (name COLLATE NOCASE, id);
CREATE INDEX trader_phone ON trader (phone);

-- === leases ================================================================

-- status: active (signed; may be upcoming or past its end date awaiting
-- settlement), ended (terminated/settled), renewed (continued by a new lease),
-- cancelled (never took effect). closed_on: the day the status changed.
CREATE TABLE lease (
    id                   INTEGER PRIMARY KEY,
    agreement_number     TEXT NOT NULL UNIQUE,
    trader_id            INTEGER NOT NULL REFERENCES trader(id),
    stall_id             INTEGER NOT NULL REFERENCES stall(id),
    signed_on            TEXT NOT NULL,
    start_date           TEXT NOT NULL,
    end_date             TEXT NOT NULL,
    monthly_rate         INTEGER NOT NULL CHECK (monthly_rate > 0),
    frequency            TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'yearly')),
    due_day              INTEGER NOT NULL CHECK (due_day BETWEEN 1 AND 28),
    deposit_amount       INTEGER NOT NULL DEFAULT 0 CHECK (deposit_amount >= 0),
    late_fee_bp          INTEGER NOT NULL DEFAULT 200 CHECK (late_fee_bp BETWEEN 0 AND 10000),
    status               TEXT NOT NULL DEFAULT 'active'
                           CHECK (status IN ('active', 'ended', 'renewed', 'cancelled')),
    ended_on             TEXT,
    end_reason           TEXT,
    closed_on            TEXT,
    renewed_from_id      INTEGER UNIQUE REFERENCES lease(id),
    transferred_from_id  INTEGER UNIQUE REFERENCES lease(id),
    note                 TEXT NOT NULL DEFAULT '',
    created_by           INTEGER NOT NULL REFERENCES app_user(id),
    created_at           TEXT NOT NULL,
    CHECK (end_date >= start_date),
    CHECK ((status = 'active') = (closed_on IS NULL)),
    CHECK ((status = 'ended') = (ended_on IS NOT NULL)),
    CHECK (ended_on IS NULL OR (ended_on >= start_date AND ended_on <= end_date))
);
CREATE INDEX lease_stall ON lease (stall_id, start_date);
CREATE INDEX lease_trader ON lease (trader_id, start_date);
CREATE INDEX lease_effective_end ON lease (coalesce(ended_on, end_date), start_date);

CREATE TRIGGER lease_no_overlap BEFORE INSERT ON lease
WHEN EXISTS (SELECT 1 FROM lease l WHERE l.stall_id = NEW.stall_id AND l.status <> 'cancelled'
             AND l.start_date <= NEW.end_date
             AND coalesce(l.ended_on, l.end_date) >= NEW.start_date)
BEGIN SELECT RAISE(ABORT, 'lease_overlap'); END;
-- Only an active lease changes, and only its status, end and closing day.
CREATE TRIGGER lease_fixed BEFORE UPDATE ON lease
WHEN OLD.status <> 'active'
  OR NEW.agreement_number IS NOT OLD.agreement_number OR NEW.trader_id IS NOT OLD.trader_id
  OR NEW.stall_id IS NOT OLD.stall_id OR NEW.signed_on IS NOT OLD.signed_on
  OR NEW.start_date IS NOT OLD.start_date OR NEW.end_date IS NOT OLD.end_date
  OR NEW.monthly_rate IS NOT OLD.monthly_rate OR NEW.frequency IS NOT OLD.frequency
  OR NEW.due_day IS NOT OLD.due_day OR NEW.deposit_amount IS NOT OLD.deposit_amount
  OR NEW.late_fee_bp IS NOT OLD.late_fee_bp OR NEW.renewed_from_id IS NOT OLD.renewed_from_id
  OR NEW.transferred_from_id IS NOT OLD.transferred_from_id
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'append_only:lease'); END;
CREATE TRIGGER lease_no_delete BEFORE DELETE ON lease
BEGIN SELECT RAISE(ABORT, 'append_only:lease'); END;
CREATE TRIGGER lease_closed_day_insert BEFORE INSERT ON lease
WHEN NEW.signed_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER lease_closed_day_update BEFORE UPDATE ON lease
WHEN NEW.closed_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

-- === receivables ===========================================================

-- Everything billed to a trader (a debit on 1-200 for the trader): rent,
-- late fees, unpaid daily fees, and refunds of a credit balance (kind
-- 'refund', numbered PD/...). A void stamps void_entry_id/voided_on once.
CREATE TABLE invoice (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL CHECK (kind IN ('rent', 'late_fee', 'daily_fee', 'refund')),
    trader_id         INTEGER NOT NULL REFERENCES trader(id),
    lease_id          INTEGER REFERENCES lease(id),
    stall_id          INTEGER REFERENCES stall(id),
    period_start      TEXT NOT NULL,
    period_end        TEXT NOT NULL,
    billed_days       INTEGER NOT NULL CHECK (billed_days > 0),
    period_days       INTEGER NOT NULL CHECK (period_days >= billed_days),
    issue_date        TEXT NOT NULL,
    due_date          TEXT NOT NULL,
    amount            INTEGER NOT NULL CHECK (amount > 0),
    late_fee_for_id   INTEGER REFERENCES invoice(id),
    late_fee_month    INTEGER CHECK (late_fee_month IS NULL OR late_fee_month > 0),
    memo              TEXT NOT NULL,
    journal_entry_id  INTEGER NOT NULL UNIQUE REFERENCES journal_entry(id),
    void_entry_id     INTEGER UNIQUE REFERENCES journal_entry(id),
    voided_on         TEXT,
    void_reason       TEXT,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    CHECK (period_end >= period_start),
    CHECK (due_date >= issue_date),
    CHECK ((void_entry_id IS NULL) = (voided_on IS NULL)),
    CHECK ((kind = 'late_fee') = (late_fee_for_id IS NOT NULL)),
    CHECK ((late_fee_for_id IS NULL) = (late_fee_month IS NULL)),
    CHECK (kind NOT IN ('rent', 'daily_fee', 'late_fee') OR lease_id IS NOT NULL)
);
-- Billing is idempotent: one live rent (or daily-fee) invoice per lease and period.
CREATE UNIQUE INDEX invoice_period ON invoice (lease_id, kind, period_start)
    WHERE kind IN ('rent', 'daily_fee') AND void_entry_id IS NULL;
-- A late fee is assessed once per invoice and month overdue, even if waived.
CREATE UNIQUE INDEX invoice_late_fee ON invoice (late_fee_for_id, late_fee_month)
    WHERE late_fee_for_id IS NOT NULL;
CREATE INDEX invoice_trader ON invoice (trader_id, due_date);
CREATE INDEX invoice_lease ON invoice (lease_id, kind, period_start);
CREATE INDEX invoice_month ON invoice (period_start, kind);
CREATE INDEX invoice_issue ON invoice (issue_date);

-- Money in: cash, transfer, QRIS, or a set-off from the deposit ('jaminan').
-- purpose 'account' credits the trader's receivable; 'deposit' is a security
-- deposit received for a lease (credited to 2-100). Numbered KW/YYYY/NNNNN.
CREATE TABLE payment (
    id                INTEGER PRIMARY KEY,
    receipt_number    TEXT NOT NULL UNIQUE,
    trader_id         INTEGER NOT NULL REFERENCES trader(id),
    purpose           TEXT NOT NULL CHECK (purpose IN ('account', 'deposit')),
    lease_id          INTEGER REFERENCES lease(id),
    paid_on           TEXT NOT NULL,
    amount            INTEGER NOT NULL CHECK (amount > 0),
    method            TEXT NOT NULL CHECK (method IN ('tunai', 'transfer', 'qris', 'jaminan')),
    reference         TEXT NOT NULL DEFAULT '',
    memo              TEXT NOT NULL,
    journal_entry_id  INTEGER NOT NULL UNIQUE REFERENCES journal_entry(id),
    void_entry_id     INTEGER UNIQUE REFERENCES journal_entry(id),
    voided_on         TEXT,
    void_reason       TEXT,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    CHECK ((void_entry_id IS NULL) = (voided_on IS NULL)),
    CHECK (purpose = 'account' OR (lease_id IS NOT NULL AND method <> 'jaminan')),
    CHECK (method <> 'jaminan' OR lease_id IS NOT NULL)
);
CREATE INDEX payment_trader ON payment (trader_id, paid_on);
CREATE INDEX payment_date ON payment (paid_on);

-- A correction in the trader's favour (Dr income / Cr 1-200): unused days of
-- a terminated lease, a waived late fee. Numbered NK/YYYY/NNNNN; not voidable.
CREATE TABLE credit_note (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    trader_id         INTEGER NOT NULL REFERENCES trader(id),
    invoice_id        INTEGER NOT NULL REFERENCES invoice(id),
    issued_on         TEXT NOT NULL,
    amount            INTEGER NOT NULL CHECK (amount > 0),
    reason            TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    journal_entry_id  INTEGER NOT NULL UNIQUE REFERENCES journal_entry(id),
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL
);
CREATE INDEX credit_note_trader ON credit_note (trader_id, issued_on);
CREATE INDEX credit_note_invoice ON credit_note (invoice_id);

-- Which credit (payment or credit note) settled how much of which invoice.
-- An allocation counts while neither its invoice nor its payment is voided.
CREATE TABLE invoice_allocation (
    id              INTEGER PRIMARY KEY,
    invoice_id      INTEGER NOT NULL REFERENCES invoice(id),
    payment_id      INTEGER REFERENCES payment(id),
    credit_note_id  INTEGER REFERENCES credit_note(id),
    amount          INTEGER NOT NULL CHECK (amount > 0),
    alloc_date      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    CHECK ((payment_id IS NULL) <> (credit_note_id IS NULL))
);
CREATE INDEX invoice_allocation_invoice ON invoice_allocation (invoice_id, alloc_date);
CREATE INDEX invoice_allocation_payment ON invoice_allocation (payment_id)
    WHERE payment_id IS NOT NULL;
CREATE INDEX invoice_allocation_credit_note ON invoice_allocation (credit_note_id)
    WHERE credit_note_id IS NOT NULL;

-- Derived, kept by the triggers below (never written by the program): what is
-- still open on each invoice and each credit, so arrears and ageing read a few
-- rows instead of ten years. open_until: the day the invoice stopped being open
-- (last allocation or void), '9999-12-31' while it is open. The CHECKs make
-- over-allocation impossible at the database level.
-- services/receivables.verify() recomputes both from the documents.
CREATE TABLE invoice_open (
    invoice_id   INTEGER PRIMARY KEY REFERENCES invoice(id),
    trader_id    INTEGER NOT NULL,
    due_date     TEXT NOT NULL,
    open_amount  INTEGER NOT NULL CHECK (open_amount >= 0),
    open_until   TEXT NOT NULL DEFAULT '9999-12-31'
);
CREATE INDEX invoice_open_trader ON invoice_open (trader_id, due_date) WHERE open_amount > 0;
CREATE INDEX invoice_open_until ON invoice_open (open_until);

CREATE TABLE credit_open (
    source       TEXT NOT NULL CHECK (source IN ('payment', 'credit_note')),
    source_id    INTEGER NOT NULL,
    trader_id    INTEGER NOT NULL,
    credit_date  TEXT NOT NULL,
    open_amount  INTEGER NOT NULL CHECK (open_amount >= 0),
    PRIMARY KEY (source, source_id)
) WITHOUT ROWID;
CREATE INDEX credit_open_trader ON credit_open (trader_id, credit_date) WHERE open_amount > 0;

-- Security deposits per lease: received (a payment with purpose 'deposit'),
-- set off against arrears (a payment with method 'jaminan'), refunded,
-- forfeited, or carried to the renewing lease. Held = in - out.
CREATE TABLE deposit_movement (
    id                INTEGER PRIMARY KEY,
    lease_id          INTEGER NOT NULL REFERENCES lease(id),
    trader_id         INTEGER NOT NULL REFERENCES trader(id),
    kind              TEXT NOT NULL CHECK (kind IN ('received', 'set_off', 'refunded', 'forfeited',
                                                    'carried_in', 'carried_out')),
    moved_on          TEXT NOT NULL,
    amount            INTEGER NOT NULL CHECK (amount > 0),
    payment_id        INTEGER UNIQUE REFERENCES payment(id),
    method            TEXT CHECK (method IS NULL OR method IN ('tunai', 'transfer')),
    memo              TEXT NOT NULL DEFAULT '',
    journal_entry_id  INTEGER UNIQUE REFERENCES journal_entry(id),
    voided_on         TEXT,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    CHECK ((kind IN ('received', 'set_off')) = (payment_id IS NOT NULL)),
    CHECK ((kind IN ('refunded', 'forfeited')) = (journal_entry_id IS NOT NULL)),
    CHECK ((kind = 'refunded') = (method IS NOT NULL)),
    CHECK (voided_on IS NULL OR kind IN ('received', 'set_off'))
);
CREATE INDEX deposit_movement_lease ON deposit_movement (lease_id, moved_on);
CREATE INDEX deposit_movement_trader ON deposit_movement (trader_id);

-- === daily fees (iuran harian) ============================================

CREATE TABLE fee_type (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(code) BETWEEN 1 AND 20),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
);

CREATE TABLE fee_collector (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
);

-- One collector's day, handed in to the treasurer (the setoran): numbered
-- SIH/YYYY/NNNNN. The cash entry: Dr 1-100 handed_in, Cr 4-110 collected,
-- the difference to 5-900 Selisih Kas.
CREATE TABLE fee_collection (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    fee_date          TEXT NOT NULL,
    collector_id      INTEGER NOT NULL REFERENCES fee_collector(id),
    collected         INTEGER NOT NULL CHECK (collected >= 0),
    handed_in         INTEGER NOT NULL CHECK (handed_in >= 0),
    unpaid_total      INTEGER NOT NULL DEFAULT 0 CHECK (unpaid_total >= 0),
    note              TEXT NOT NULL DEFAULT '',
    journal_entry_id  INTEGER UNIQUE REFERENCES journal_entry(id),
    void_entry_id     INTEGER UNIQUE REFERENCES journal_entry(id),
    voided_on         TEXT,
    void_reason       TEXT,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    CHECK ((collected = 0 AND handed_in = 0) = (journal_entry_id IS NULL)),
    CHECK (void_entry_id IS NULL OR voided_on IS NOT NULL)
);
CREATE UNIQUE INDEX fee_collection_day ON fee_collection (fee_date, collector_id)
    WHERE voided_on IS NULL;
CREATE INDEX fee_collection_date ON fee_collection (fee_date);

CREATE TABLE fee_collection_line (
    id             INTEGER PRIMARY KEY,
    collection_id  INTEGER NOT NULL REFERENCES fee_collection(id),
    fee_date       TEXT NOT NULL,
    stall_id       INTEGER NOT NULL REFERENCES stall(id),
    fee_type_id    INTEGER NOT NULL REFERENCES fee_type(id),
    lease_id       INTEGER REFERENCES lease(id),
    amount         INTEGER NOT NULL CHECK (amount > 0),
    paid           INTEGER NOT NULL CHECK (paid IN (0, 1)),
    invoice_id     INTEGER REFERENCES invoice(id)
);
CREATE INDEX fee_collection_line_stall ON fee_collection_line (fee_date, stall_id, fee_type_id);
CREATE INDEX fee_collection_line_collection ON fee_collection_line (collection_id);
CREATE TRIGGER fee_collection_line_once BEFORE INSERT ON fee_collection_line
WHEN EXISTS (SELECT 1 FROM fee_collection_line l JOIN fee_collection c ON c.id = l.collection_id
             WHERE l.fee_date = NEW.fee_date AND l.stall_id = NEW.stall_id
               AND l.fee_type_id = NEW.fee_type_id AND c.voided_on IS NULL)
  OR NEW.fee_date IS NOT (SELECT fee_date FROM fee_collection WHERE id = NEW.collection_id)
BEGIN SELECT RAISE(ABORT, 'fee_collected_twice'); END;

-- === append-only documents ================================================

CREATE TRIGGER invoice_fixed BEFORE UPDATE ON invoice
WHEN OLD.void_entry_id IS NOT NULL OR NEW.void_entry_id IS NULL
  OR NEW.number IS NOT OLD.number OR NEW.kind IS NOT OLD.kind
  OR NEW.trader_id IS NOT OLD.trader_id OR NEW.lease_id IS NOT OLD.lease_id
  OR NEW.stall_id IS NOT OLD.stall_id OR NEW.period_start IS NOT OLD.period_start
  OR NEW.period_end IS NOT OLD.period_end OR NEW.billed_days IS NOT OLD.billed_days
  OR NEW.period_days IS NOT OLD.period_days OR NEW.issue_date IS NOT OLD.issue_date
  OR NEW.due_date IS NOT OLD.due_date OR NEW.amount IS NOT OLD.amount
  OR NEW.late_fee_for_id IS NOT OLD.late_fee_for_id
  OR NEW.late_fee_month IS NOT OLD.late_fee_month OR NEW.memo IS NOT OLD.memo
  OR NEW.journal_entry_id IS NOT OLD.journal_entry_id
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'append_only:invoice'); END;
CREATE TRIGGER invoice_no_delete BEFORE DELETE ON invoice
BEGIN SELECT RAISE(ABORT, 'append_only:invoice'); END;

CREATE TRIGGER payment_fixed BEFORE UPDATE ON payment
WHEN OLD.void_entry_id IS NOT NULL OR NEW.void_entry_id IS NULL
  OR NEW.receipt_number IS NOT OLD.receipt_number OR NEW.trader_id IS NOT OLD.trader_id
  OR NEW.purpose IS NOT OLD.purpose OR NEW.lease_id IS NOT OLD.lease_id
  OR NEW.paid_on IS NOT OLD.paid_on OR NEW.amount IS NOT OLD.amount
  OR NEW.method IS NOT OLD.method OR NEW.reference IS NOT OLD.reference
  OR NEW.memo IS NOT OLD.memo OR NEW.journal_entry_id IS NOT OLD.journal_entry_id
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'append_only:payment'); END;
CREATE TRIGGER payment_no_delete BEFORE DELETE ON payment
BEGIN SELECT RAISE(ABORT, 'append_only:payment'); END;

CREATE TRIGGER credit_note_no_update BEFORE UPDATE ON credit_note
BEGIN SELECT RAISE(ABORT, 'append_only:credit_note'); END;
CREATE TRIGGER credit_note_no_delete BEFORE DELETE ON credit_note
BEGIN SELECT RAISE(ABORT, 'append_only:credit_note'); END;

CREATE TRIGGER invoice_allocation_no_update BEFORE UPDATE ON invoice_allocation
BEGIN SELECT RAISE(ABORT, 'append_only:invoice_allocation'); END;
CREATE TRIGGER invoice_allocation_no_delete BEFORE DELETE ON invoice_allocation
BEGIN SELECT RAISE(ABORT, 'append_only:invoice_allocation'); END;

CREATE TRIGGER deposit_movement_fixed BEFORE UPDATE ON deposit_movement
WHEN OLD.voided_on IS NOT NULL OR NEW.voided_on IS NULL
  OR NEW.lease_id IS NOT OLD.lease_id OR NEW.trader_id IS NOT OLD.trader_id
  OR NEW.kind IS NOT OLD.kind OR NEW.moved_on IS NOT OLD.moved_on
  OR NEW.amount IS NOT OLD.amount OR NEW.payment_id IS NOT OLD.payment_id
  OR NEW.method IS NOT OLD.method OR NEW.memo IS NOT OLD.memo
  OR NEW.journal_entry_id IS NOT OLD.journal_entry_id
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'append_only:deposit_movement'); END;
CREATE TRIGGER deposit_movement_no_delete BEFORE DELETE ON deposit_movement
BEGIN SELECT RAISE(ABORT, 'append_only:deposit_movement'); END;
-- A deposit never goes below zero.
CREATE TRIGGER deposit_movement_not_overdrawn BEFORE INSERT ON deposit_movement
WHEN NEW.kind IN ('set_off', 'refunded', 'forfeited', 'carried_out')
 AND NEW.amount > (SELECT coalesce(sum(CASE WHEN kind IN ('received', 'carried_in') THEN amount
                                            ELSE -amount END), 0)
                   FROM deposit_movement WHERE lease_id = NEW.lease_id AND voided_on IS NULL)
BEGIN SELECT RAISE(ABORT, 'deposit_overdrawn'); END;

CREATE TRIGGER fee_collection_fixed BEFORE UPDATE ON fee_collection
WHEN OLD.voided_on IS NOT NULL OR NEW.voided_on IS NULL
  OR NEW.number IS NOT OLD.number OR NEW.fee_date IS NOT OLD.fee_date
  OR NEW.collector_id IS NOT OLD.collector_id OR NEW.collected IS NOT OLD.collected
  OR NEW.handed_in IS NOT OLD.handed_in OR NEW.unpaid_total IS NOT OLD.unpaid_total
  OR NEW.note IS NOT OLD.note OR NEW.journal_entry_id IS NOT OLD.journal_entry_id
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'append_only:fee_collection'); END;
CREATE TRIGGER fee_collection_no_delete BEFORE DELETE ON fee_collection
BEGIN SELECT RAISE(ABORT, 'append_only:fee_collection'); END;
CREATE TRIGGER fee_collection_line_no_update BEFORE UPDATE ON fee_collection_line
BEGIN SELECT RAISE(ABORT, 'append_only:fee_collection_line'); END;
CREATE TRIGGER fee_collection_line_no_delete BEFORE DELETE ON fee_collection_line
BEGIN SELECT RAISE(ABORT, 'append_only:fee_collection_line'); END;

-- === closed days: nothing dated on or before the lock date changes =========

CREATE TRIGGER tariff_closed_day_insert BEFORE INSERT ON tariff
WHEN NEW.effective_from <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER tariff_closed_day_update BEFORE UPDATE ON tariff
WHEN OLD.effective_from <= (SELECT day FROM lock_date)
  OR NEW.effective_from <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER tariff_closed_day_delete BEFORE DELETE ON tariff
WHEN OLD.effective_from <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER stall_rate_closed_day_insert BEFORE INSERT ON stall_rate
WHEN NEW.effective_from <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER stall_rate_closed_day_update BEFORE UPDATE ON stall_rate
WHEN OLD.effective_from <= (SELECT day FROM lock_date)
  OR NEW.effective_from <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER stall_rate_closed_day_delete BEFORE DELETE ON stall_rate
WHEN OLD.effective_from <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER invoice_closed_day_insert BEFORE INSERT ON invoice
WHEN NEW.issue_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER invoice_closed_day_update BEFORE UPDATE ON invoice
WHEN OLD.issue_date <= (SELECT day FROM lock_date) OR NEW.voided_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER payment_closed_day_insert BEFORE INSERT ON payment
WHEN NEW.paid_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER payment_closed_day_update BEFORE UPDATE ON payment
WHEN OLD.paid_on <= (SELECT day FROM lock_date) OR NEW.voided_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER credit_note_closed_day_insert BEFORE INSERT ON credit_note
WHEN NEW.issued_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER invoice_allocation_closed_day_insert BEFORE INSERT ON invoice_allocation
WHEN NEW.alloc_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER deposit_movement_closed_day_insert BEFORE INSERT ON deposit_movement
WHEN NEW.moved_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER deposit_movement_closed_day_update BEFORE UPDATE ON deposit_movement
WHEN OLD.moved_on <= (SELECT day FROM lock_date) OR NEW.voided_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER fee_collection_closed_day_insert BEFORE INSERT ON fee_collection
WHEN NEW.fee_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER fee_collection_closed_day_update BEFORE UPDATE ON fee_collection
WHEN OLD.fee_date <= (SELECT day FROM lock_date) OR NEW.voided_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER fee_collection_line_closed_day_insert BEFORE INSERT ON fee_collection_line
WHEN NEW.fee_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

-- === allocation guards and the open-amount bookkeeping =====================

CREATE TRIGGER invoice_allocation_valid BEFORE INSERT ON invoice_allocation
WHEN (SELECT void_entry_id FROM invoice WHERE id = NEW.invoice_id) IS NOT NULL
  OR (SELECT kind FROM invoice WHERE id = NEW.invoice_id) IS NULL
  OR (NEW.payment_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM payment p, invoice i WHERE p.id = NEW.payment_id AND i.id = NEW.invoice_id
          AND p.void_entry_id IS NULL AND p.purpose = 'account' AND p.trader_id = i.trader_id))
  OR (NEW.credit_note_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM credit_note n, invoice i WHERE n.id = NEW.credit_note_id
          AND i.id = NEW.invoice_id AND n.trader_id = i.trader_id))
BEGIN SELECT RAISE(ABORT, 'allocation_invalid'); END;

CREATE TRIGGER invoice_open_on_insert AFTER INSERT ON invoice
BEGIN
    INSERT INTO invoice_open (invoice_id, trader_id, due_date, open_amount)
    VALUES (NEW.id, NEW.trader_id, NEW.due_date, NEW.amount);
END;

CREATE TRIGGER credit_open_on_payment AFTER INSERT ON payment
WHEN NEW.purpose = 'account'
BEGIN
    INSERT INTO credit_open (source, source_id, trader_id, credit_date, open_amount)
    VALUES ('payment', NEW.id, NEW.trader_id, NEW.paid_on, NEW.amount);
END;

CREATE TRIGGER credit_open_on_credit_note AFTER INSERT ON credit_note
BEGIN
    INSERT INTO credit_open (source, source_id, trader_id, credit_date, open_amount)
    VALUES ('credit_note', NEW.id, NEW.trader_id, NEW.issued_on, NEW.amount);
END;

CREATE TRIGGER invoice_allocation_apply AFTER INSERT ON invoice_allocation
BEGIN
    UPDATE invoice_open SET
        open_amount = open_amount - NEW.amount,
        open_until = CASE WHEN open_amount - NEW.amount = 0
                          THEN (SELECT max(alloc_date) FROM invoice_allocation
                                WHERE invoice_id = NEW.invoice_id)
                          ELSE '9999-12-31' END
    WHERE invoice_id = NEW.invoice_id;
    UPDATE credit_open SET open_amount = open_amount - NEW.amount
    WHERE source = 'payment' AND source_id = NEW.payment_id;
    UPDATE credit_open SET open_amount = open_amount - NEW.amount
    WHERE source = 'credit_note' AND source_id = NEW.credit_note_id;
END;

-- A voided invoice is no longer open; what was allocated to it goes back to
-- its (live) credits.
CREATE TRIGGER invoice_void_releases AFTER UPDATE OF void_entry_id ON invoice
WHEN OLD.void_entry_id IS NULL AND NEW.void_entry_id IS NOT NULL
BEGIN
    UPDATE credit_open SET open_amount = open_amount + (
        SELECT sum(a.amount) FROM invoice_allocation a
        WHERE a.invoice_id = NEW.id AND a.payment_id = credit_open.source_id)
    WHERE source = 'payment' AND source_id IN (
        SELECT a.payment_id FROM invoice_allocation a JOIN payment p ON p.id = a.payment_id
        WHERE a.invoice_id = NEW.id AND p.void_entry_id IS NULL);
    UPDATE credit_open SET open_amount = open_amount + (
        SELECT sum(a.amount) FROM invoice_allocation a
        WHERE a.invoice_id = NEW.id AND a.credit_note_id = credit_open.source_id)
    WHERE source = 'credit_note' AND source_id IN (
        SELECT credit_note_id FROM invoice_allocation WHERE invoice_id = NEW.id);
    UPDATE invoice_open SET open_amount = 0, open_until = NEW.voided_on WHERE invoice_id = NEW.id;
END;

-- A voided payment no longer settles anything: its (live) invoices reopen.
CREATE TRIGGER payment_void_releases AFTER UPDATE OF void_entry_id ON payment
WHEN OLD.void_entry_id IS NULL AND NEW.void_entry_id IS NOT NULL
BEGIN
    UPDATE invoice_open SET open_amount = open_amount + (
        SELECT sum(a.amount) FROM invoice_allocation a
        WHERE a.payment_id = NEW.id AND a.invoice_id = invoice_open.invoice_id),
        open_until = '9999-12-31'
    WHERE invoice_id IN (
        SELECT a.invoice_id FROM invoice_allocation a JOIN invoice i ON i.id = a.invoice_id
        WHERE a.payment_id = NEW.id AND i.void_entry_id IS NULL);
    UPDATE credit_open SET open_amount = 0 WHERE source = 'payment' AND source_id = NEW.id;
END;
