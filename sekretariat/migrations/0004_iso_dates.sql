-- Dates stored one way, and the last closed-day gaps.
--
-- 1. Every date column gets CHECK (date(col, '+0 days') IS col): an ISO
--    'YYYY-MM-DD' of a real day and nothing else (IS, not =: date('30/11/2026')
--    is NULL, and a CHECK whose value is NULL passes; the '+0 days' modifier
--    makes date() normalise, so '2026-11-31' becomes '2026-12-01' and fails). A date column is a column named 'day' or
--    ending in _date, _on, _from or _until, or period_start/period_end
--    (tests/integration/test_dates_closed_days.py applies the same rule).
--    SQLite cannot add a CHECK to a column, so each table with a date column
--    is rebuilt: new table, copy, drop, rename, its indexes and triggers again.
--    db._migrate runs every migration with foreign_keys OFF (checked with
--    foreign_key_check before COMMIT); legacy_alter_table keeps the rename
--    from rewriting the other tables' triggers and views.
-- 2. A reversal dated in an open day may point at an entry of a closed day,
--    and a closed day's invoice, payment, fee day or deposit receipt may be
--    stamped void by exactly such a reversal (the voided_on of an open day,
--    the void entry reversing its own entry on that day). Nothing else about
--    a closed day's rows changes.
-- 3. A lease changes only by being closed in an open day, and never so that
--    a closed day's occupancy changes: ended_on + 1 must be open, a lease
--    that started in a closed day is not cancelled, a lease signed in a
--    closed day is not touched except to close it.
-- 4. A day is reopened only after its audit record: the last audit row must
--    be the 'day.reopen' by the same user, with the same reason, naming it.

PRAGMA legacy_alter_table = ON;

-- closed_day: day
CREATE TABLE closed_day__new (
    id             INTEGER PRIMARY KEY,
    day            TEXT NOT NULL,
    closed_by      INTEGER NOT NULL REFERENCES app_user(id),
    closed_at      TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    reopened_by    INTEGER REFERENCES app_user(id),
    reopened_at    TEXT,
    reopen_reason  TEXT,
    CHECK ((reopened_at IS NULL) = (reopened_by IS NULL)),
    CHECK (reopened_at IS NULL OR length(trim(reopen_reason)) > 0),
    CHECK (date(day, '+0 days') IS day)
);
INSERT INTO closed_day__new SELECT * FROM closed_day;
DROP TABLE closed_day;
ALTER TABLE closed_day__new RENAME TO closed_day;
CREATE UNIQUE INDEX closed_day_current ON closed_day (day) WHERE reopened_at IS NULL;
CREATE INDEX closed_day_lock ON closed_day (reopened_at, day);

-- journal_entry: entry_date
CREATE TABLE journal_entry__new (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    entry_date   TEXT NOT NULL,
    memo         TEXT NOT NULL,
    source       TEXT NOT NULL DEFAULT 'manual',
    source_ref   TEXT,
    reverses_id  INTEGER UNIQUE REFERENCES journal_entry(id),
    created_by   INTEGER NOT NULL REFERENCES app_user(id),
    created_at   TEXT NOT NULL,
    digest       TEXT NOT NULL,
    CHECK (date(entry_date, '+0 days') IS entry_date)
);
INSERT INTO journal_entry__new SELECT * FROM journal_entry;
DROP TABLE journal_entry;
ALTER TABLE journal_entry__new RENAME TO journal_entry;
CREATE INDEX journal_entry_date ON journal_entry (entry_date, id);
CREATE INDEX journal_entry_source ON journal_entry (source, source_ref);

-- journal_line: entry_date
CREATE TABLE journal_line__new (
    id          INTEGER PRIMARY KEY,
    entry_id    INTEGER NOT NULL REFERENCES journal_entry(id),
    entry_date  TEXT NOT NULL,
    account_id  INTEGER NOT NULL REFERENCES account(id),
    debit       INTEGER NOT NULL DEFAULT 0 CHECK (debit >= 0),
    credit      INTEGER NOT NULL DEFAULT 0 CHECK (credit >= 0),
    party_kind  TEXT,
    party_id    INTEGER,
    memo        TEXT NOT NULL DEFAULT '',
    CHECK ((debit = 0) <> (credit = 0)),
    CHECK ((party_kind IS NULL) = (party_id IS NULL)),
    CHECK (date(entry_date, '+0 days') IS entry_date)
);
INSERT INTO journal_line__new SELECT * FROM journal_line;
DROP TABLE journal_line;
ALTER TABLE journal_line__new RENAME TO journal_line;
CREATE INDEX journal_line_entry ON journal_line (entry_id);
CREATE INDEX journal_line_account_date ON journal_line (account_id, entry_date, debit, credit);
CREATE INDEX journal_line_party ON journal_line (party_kind, party_id, account_id, entry_date)
    WHERE party_kind IS NOT NULL;

-- tariff: effective_from
CREATE TABLE tariff__new (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('kios', 'los', 'pelataran')),
    block_id        INTEGER REFERENCES block(id),
    monthly_rate    INTEGER NOT NULL CHECK (monthly_rate > 0),
    effective_from  TEXT NOT NULL,
    created_by      INTEGER NOT NULL REFERENCES app_user(id),
    created_at      TEXT NOT NULL,
    CHECK (date(effective_from, '+0 days') IS effective_from)
);
INSERT INTO tariff__new SELECT * FROM tariff;
DROP TABLE tariff;
ALTER TABLE tariff__new RENAME TO tariff;
CREATE UNIQUE INDEX tariff_key ON tariff (kind, ifnull(block_id, 0), effective_from);

-- stall_rate: effective_from
CREATE TABLE stall_rate__new (
    id              INTEGER PRIMARY KEY,
    stall_id        INTEGER NOT NULL REFERENCES stall(id),
    monthly_rate    INTEGER CHECK (monthly_rate IS NULL OR monthly_rate > 0),
    effective_from  TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    created_by      INTEGER NOT NULL REFERENCES app_user(id),
    created_at      TEXT NOT NULL,
    UNIQUE (stall_id, effective_from),
    CHECK (date(effective_from, '+0 days') IS effective_from)
);
INSERT INTO stall_rate__new SELECT * FROM stall_rate;
DROP TABLE stall_rate;
ALTER TABLE stall_rate__new RENAME TO stall_rate;

-- trader: joined_date
CREATE TABLE trader__new (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    nik          TEXT NOT NULL UNIQUE CHECK (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*'),
    phone        TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    commodity    TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'aktif' CHECK (status IN ('aktif', 'nonaktif', 'diblokir')),
    joined_date  TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    CHECK (date(joined_date, '+0 days') IS joined_date)
);
INSERT INTO trader__new SELECT * FROM trader;
DROP TABLE trader;
ALTER TABLE trader__new RENAME TO trader;
CREATE INDEX trader_name ON trader (name COLLATE NOCASE, id);
CREATE INDEX trader_phone ON trader (phone);

-- lease: signed_on, start_date, end_date, ended_on, closed_on
CREATE TABLE lease__new (
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
    CHECK (ended_on IS NULL OR (ended_on >= start_date AND ended_on <= end_date)),
    CHECK (date(signed_on, '+0 days') IS signed_on),
    CHECK (date(start_date, '+0 days') IS start_date),
    CHECK (date(end_date, '+0 days') IS end_date),
    CHECK (ended_on IS NULL OR date(ended_on, '+0 days') IS ended_on),
    CHECK (closed_on IS NULL OR date(closed_on, '+0 days') IS closed_on)
);
INSERT INTO lease__new SELECT * FROM lease;
DROP TABLE lease;
ALTER TABLE lease__new RENAME TO lease;
CREATE INDEX lease_stall ON lease (stall_id, start_date);
CREATE INDEX lease_trader ON lease (trader_id, start_date);
CREATE INDEX lease_effective_end ON lease (coalesce(ended_on, end_date), start_date);

-- invoice: period_start, period_end, issue_date, due_date, voided_on
CREATE TABLE invoice__new (
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
    CHECK (kind NOT IN ('rent', 'daily_fee', 'late_fee') OR lease_id IS NOT NULL),
    CHECK (date(period_start, '+0 days') IS period_start),
    CHECK (date(period_end, '+0 days') IS period_end),
    CHECK (date(issue_date, '+0 days') IS issue_date),
    CHECK (date(due_date, '+0 days') IS due_date),
    CHECK (voided_on IS NULL OR date(voided_on, '+0 days') IS voided_on)
);
INSERT INTO invoice__new SELECT * FROM invoice;
DROP TABLE invoice;
ALTER TABLE invoice__new RENAME TO invoice;
CREATE UNIQUE INDEX invoice_period ON invoice (lease_id, kind, period_start)
    WHERE kind IN ('rent', 'daily_fee') AND void_entry_id IS NULL;
CREATE UNIQUE INDEX invoice_late_fee ON invoice (late_fee_for_id, late_fee_month)
    WHERE late_fee_for_id IS NOT NULL;
CREATE INDEX invoice_trader ON invoice (trader_id, due_date);
CREATE INDEX invoice_lease ON invoice (lease_id, kind, period_start);
CREATE INDEX invoice_month ON invoice (period_start, kind);
CREATE INDEX invoice_issue ON invoice (issue_date);

-- payment: paid_on, voided_on
CREATE TABLE payment__new (
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
    CHECK (method <> 'jaminan' OR lease_id IS NOT NULL),
    CHECK (date(paid_on, '+0 days') IS paid_on),
    CHECK (voided_on IS NULL OR date(voided_on, '+0 days') IS voided_on)
);
INSERT INTO payment__new SELECT * FROM payment;
DROP TABLE payment;
ALTER TABLE payment__new RENAME TO payment;
CREATE INDEX payment_trader ON payment (trader_id, paid_on);
CREATE INDEX payment_date ON payment (paid_on);

-- credit_note: issued_on
CREATE TABLE credit_note__new (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    trader_id         INTEGER NOT NULL REFERENCES trader(id),
    invoice_id        INTEGER NOT NULL REFERENCES invoice(id),
    issued_on         TEXT NOT NULL,
    amount            INTEGER NOT NULL CHECK (amount > 0),
    reason            TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    journal_entry_id  INTEGER NOT NULL UNIQUE REFERENCES journal_entry(id),
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    CHECK (date(issued_on, '+0 days') IS issued_on)
);
INSERT INTO credit_note__new SELECT * FROM credit_note;
DROP TABLE credit_note;
ALTER TABLE credit_note__new RENAME TO credit_note;
CREATE INDEX credit_note_trader ON credit_note (trader_id, issued_on);
CREATE INDEX credit_note_invoice ON credit_note (invoice_id);

-- invoice_allocation: alloc_date
CREATE TABLE invoice_allocation__new (
    id              INTEGER PRIMARY KEY,
    invoice_id      INTEGER NOT NULL REFERENCES invoice(id),
    payment_id      INTEGER REFERENCES payment(id),
    credit_note_id  INTEGER REFERENCES credit_note(id),
    amount          INTEGER NOT NULL CHECK (amount > 0),
    alloc_date      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    CHECK ((payment_id IS NULL) <> (credit_note_id IS NULL)),
    CHECK (date(alloc_date, '+0 days') IS alloc_date)
);
INSERT INTO invoice_allocation__new SELECT * FROM invoice_allocation;
DROP TABLE invoice_allocation;
ALTER TABLE invoice_allocation__new RENAME TO invoice_allocation;
CREATE INDEX invoice_allocation_invoice ON invoice_allocation (invoice_id, alloc_date);
CREATE INDEX invoice_allocation_payment ON invoice_allocation (payment_id)
    WHERE payment_id IS NOT NULL;
CREATE INDEX invoice_allocation_credit_note ON invoice_allocation (credit_note_id)
    WHERE credit_note_id IS NOT NULL;

-- invoice_open: due_date, open_until
CREATE TABLE invoice_open__new (
    invoice_id   INTEGER PRIMARY KEY REFERENCES invoice(id),
    trader_id    INTEGER NOT NULL,
    due_date     TEXT NOT NULL,
    open_amount  INTEGER NOT NULL CHECK (open_amount >= 0),
    open_until   TEXT NOT NULL DEFAULT '9999-12-31',
    CHECK (date(due_date, '+0 days') IS due_date),
    CHECK (date(open_until, '+0 days') IS open_until)
);
INSERT INTO invoice_open__new SELECT * FROM invoice_open;
DROP TABLE invoice_open;
ALTER TABLE invoice_open__new RENAME TO invoice_open;
CREATE INDEX invoice_open_trader ON invoice_open (trader_id, due_date) WHERE open_amount > 0;
CREATE INDEX invoice_open_until ON invoice_open (open_until);

-- credit_open: credit_date
CREATE TABLE credit_open__new (
    source       TEXT NOT NULL CHECK (source IN ('payment', 'credit_note')),
    source_id    INTEGER NOT NULL,
    trader_id    INTEGER NOT NULL,
    credit_date  TEXT NOT NULL,
    open_amount  INTEGER NOT NULL CHECK (open_amount >= 0),
    PRIMARY KEY (source, source_id),
    CHECK (date(credit_date, '+0 days') IS credit_date)
) WITHOUT ROWID;
INSERT INTO credit_open__new SELECT * FROM credit_open;
DROP TABLE credit_open;
ALTER TABLE credit_open__new RENAME TO credit_open;
CREATE INDEX credit_open_trader ON credit_open (trader_id, credit_date) WHERE open_amount > 0;

-- deposit_movement: moved_on, voided_on
CREATE TABLE deposit_movement__new (
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
    CHECK (voided_on IS NULL OR kind IN ('received', 'set_off')),
    CHECK (date(moved_on, '+0 days') IS moved_on),
    CHECK (voided_on IS NULL OR date(voided_on, '+0 days') IS voided_on)
);
INSERT INTO deposit_movement__new SELECT * FROM deposit_movement;
DROP TABLE deposit_movement;
ALTER TABLE deposit_movement__new RENAME TO deposit_movement;
CREATE INDEX deposit_movement_lease ON deposit_movement (lease_id, moved_on);
CREATE INDEX deposit_movement_trader ON deposit_movement (trader_id);

-- fee_collection: fee_date, voided_on
CREATE TABLE fee_collection__new (
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
    CHECK (void_entry_id IS NULL OR voided_on IS NOT NULL),
    CHECK (date(fee_date, '+0 days') IS fee_date),
    CHECK (voided_on IS NULL OR date(voided_on, '+0 days') IS voided_on)
);
INSERT INTO fee_collection__new SELECT * FROM fee_collection;
DROP TABLE fee_collection;
ALTER TABLE fee_collection__new RENAME TO fee_collection;
CREATE UNIQUE INDEX fee_collection_day ON fee_collection (fee_date, collector_id)
    WHERE voided_on IS NULL;
CREATE INDEX fee_collection_date ON fee_collection (fee_date);

-- fee_collection_line: fee_date
CREATE TABLE fee_collection_line__new (
    id             INTEGER PRIMARY KEY,
    collection_id  INTEGER NOT NULL REFERENCES fee_collection(id),
    fee_date       TEXT NOT NULL,
    stall_id       INTEGER NOT NULL REFERENCES stall(id),
    fee_type_id    INTEGER NOT NULL REFERENCES fee_type(id),
    lease_id       INTEGER REFERENCES lease(id),
    amount         INTEGER NOT NULL CHECK (amount > 0),
    paid           INTEGER NOT NULL CHECK (paid IN (0, 1)),
    invoice_id     INTEGER REFERENCES invoice(id),
    CHECK (date(fee_date, '+0 days') IS fee_date)
);
INSERT INTO fee_collection_line__new SELECT * FROM fee_collection_line;
DROP TABLE fee_collection_line;
ALTER TABLE fee_collection_line__new RENAME TO fee_collection_line;
CREATE INDEX fee_collection_line_stall ON fee_collection_line (fee_date, stall_id, fee_type_id);
CREATE INDEX fee_collection_line_collection ON fee_collection_line (collection_id);


-- === triggers of the rebuilt tables (as before, except as noted above) ===

CREATE TRIGGER closed_day_no_delete BEFORE DELETE ON closed_day
BEGIN SELECT RAISE(ABORT, 'append_only:closed_day'); END;
CREATE TRIGGER closed_day_reopen_only BEFORE UPDATE ON closed_day
WHEN OLD.reopened_at IS NOT NULL OR NEW.day IS NOT OLD.day OR NEW.closed_by IS NOT OLD.closed_by
     OR NEW.closed_at IS NOT OLD.closed_at OR NEW.reopened_at IS NULL
BEGIN SELECT RAISE(ABORT, 'append_only:closed_day'); END;
CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry
BEGIN SELECT RAISE(ABORT, 'append_only:journal_entry'); END;
CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry
BEGIN SELECT RAISE(ABORT, 'append_only:journal_entry'); END;
CREATE TRIGGER journal_line_no_update BEFORE UPDATE ON journal_line
BEGIN SELECT RAISE(ABORT, 'append_only:journal_line'); END;
CREATE TRIGGER journal_line_no_delete BEFORE DELETE ON journal_line
BEGIN SELECT RAISE(ABORT, 'append_only:journal_line'); END;
CREATE TRIGGER journal_entry_closed_day BEFORE INSERT ON journal_entry
WHEN NEW.entry_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER journal_line_closed_day BEFORE INSERT ON journal_line
WHEN NEW.entry_date <= (SELECT day FROM lock_date)
  OR NEW.entry_date IS NOT (SELECT entry_date FROM journal_entry WHERE id = NEW.entry_id)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER lease_no_overlap BEFORE INSERT ON lease
WHEN EXISTS (SELECT 1 FROM lease l WHERE l.stall_id = NEW.stall_id AND l.status <> 'cancelled'
             AND l.start_date <= NEW.end_date
             AND coalesce(l.ended_on, l.end_date) >= NEW.start_date)
BEGIN SELECT RAISE(ABORT, 'lease_overlap'); END;
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
  OR NEW.ended_on < (SELECT day FROM lock_date)
  OR (NEW.status = 'cancelled' AND OLD.start_date <= (SELECT day FROM lock_date))
  OR (OLD.signed_on <= (SELECT day FROM lock_date) AND NEW.status = 'active')
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER fee_collection_line_once BEFORE INSERT ON fee_collection_line
WHEN EXISTS (SELECT 1 FROM fee_collection_line l JOIN fee_collection c ON c.id = l.collection_id
             WHERE l.fee_date = NEW.fee_date AND l.stall_id = NEW.stall_id
               AND l.fee_type_id = NEW.fee_type_id AND c.voided_on IS NULL)
  OR NEW.fee_date IS NOT (SELECT fee_date FROM fee_collection WHERE id = NEW.collection_id)
BEGIN SELECT RAISE(ABORT, 'fee_collected_twice'); END;
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
WHEN NEW.voided_on <= (SELECT day FROM lock_date)
  OR (OLD.issue_date <= (SELECT day FROM lock_date) AND (NEW.voided_on IS NULL OR NOT EXISTS (
        SELECT 1 FROM journal_entry r WHERE r.id = NEW.void_entry_id
          AND r.reverses_id = OLD.journal_entry_id AND r.entry_date = NEW.voided_on)))
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER payment_closed_day_insert BEFORE INSERT ON payment
WHEN NEW.paid_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER payment_closed_day_update BEFORE UPDATE ON payment
WHEN NEW.voided_on <= (SELECT day FROM lock_date)
  OR (OLD.paid_on <= (SELECT day FROM lock_date) AND (NEW.voided_on IS NULL OR NOT EXISTS (
        SELECT 1 FROM journal_entry r WHERE r.id = NEW.void_entry_id
          AND r.reverses_id = OLD.journal_entry_id AND r.entry_date = NEW.voided_on)))
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
WHEN NEW.voided_on <= (SELECT day FROM lock_date)
  OR (OLD.moved_on <= (SELECT day FROM lock_date) AND (NEW.voided_on IS NULL OR NOT EXISTS (
        SELECT 1 FROM payment p WHERE p.id = OLD.payment_id AND p.voided_on = NEW.voided_on)))
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER fee_collection_closed_day_insert BEFORE INSERT ON fee_collection
WHEN NEW.fee_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER fee_collection_closed_day_update BEFORE UPDATE ON fee_collection
WHEN NEW.voided_on <= (SELECT day FROM lock_date)
  OR (OLD.fee_date <= (SELECT day FROM lock_date) AND (NEW.voided_on IS NULL
      OR (OLD.journal_entry_id IS NULL AND NEW.void_entry_id IS NOT NULL)
      OR (OLD.journal_entry_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM journal_entry r WHERE r.id = NEW.void_entry_id
          AND r.reverses_id = OLD.journal_entry_id AND r.entry_date = NEW.voided_on))))
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER fee_collection_line_closed_day_insert BEFORE INSERT ON fee_collection_line
WHEN NEW.fee_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
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

CREATE TRIGGER closed_day_reopen_audited BEFORE UPDATE ON closed_day
WHEN NEW.reopened_at IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM audit_log a
    WHERE a.id = (SELECT max(id) FROM audit_log) AND a.action = 'day.reopen'
      AND a.entity = 'closed_day' AND a.user_id IS NEW.reopened_by
      AND json_extract(a.after, '$.reason') IS NEW.reopen_reason
      AND EXISTS (SELECT 1 FROM json_each(a.after, '$.reopened') j WHERE j.value = OLD.day))
BEGIN SELECT RAISE(ABORT, 'reopen_unaudited'); END;

PRAGMA legacy_alter_table = OFF;
