-- The cash area: direct cash vouchers and the treasurer's end-of-day close.
--
-- cash_voucher: other income, expenses, transfers between cash and bank and
-- the remittance to the asset owner, each numbered (BKM/2026/00001 for money
-- in, BKK/2026/00001 for money out) and posted through the journal. A voucher
-- is never edited; it is voided by a reversal dated in an open day (the same
-- rule as a payment's).
--
-- cash_close: one row per closed day of the close (tutup kas harian): the
-- opening cash, the expected balance from the journal, the amount counted and
-- the difference (posted to 5-900 Selisih Kas by difference_entry_id). Days
-- without cash activity that close with a later day get a row with zero_day
-- = 1. The row points at the closed_day row that locked the day; a close
-- whose closed_day row was reopened is history, the current close of a day is
-- the one whose closed_day row is still in force. cash_close_count holds the
-- count by denomination. Both tables are append-only.

CREATE TABLE cash_voucher (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL
                      CHECK (kind IN ('income', 'expense', 'to_bank', 'from_bank', 'remit')),
    voucher_date      TEXT NOT NULL,
    cash_account      TEXT NOT NULL CHECK (cash_account IN ('1-100', '1-110')),
    counter_account   TEXT NOT NULL,
    amount            INTEGER NOT NULL CHECK (amount > 0),
    party             TEXT NOT NULL DEFAULT '',
    memo              TEXT NOT NULL CHECK (length(trim(memo)) > 0),
    journal_entry_id  INTEGER NOT NULL UNIQUE REFERENCES journal_entry(id),
    void_entry_id     INTEGER UNIQUE REFERENCES journal_entry(id),
    voided_on         TEXT,
    void_reason       TEXT,
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    CHECK ((void_entry_id IS NULL) = (voided_on IS NULL)),
    CHECK (voided_on IS NULL OR length(trim(void_reason)) > 0),
    CHECK (kind NOT IN ('to_bank', 'from_bank')
           OR (cash_account = '1-100' AND counter_account = '1-110')),
    CHECK (date(voucher_date, '+0 days') IS voucher_date),
    CHECK (voided_on IS NULL OR date(voided_on, '+0 days') IS voided_on)
);
CREATE INDEX cash_voucher_date ON cash_voucher (voucher_date, id);

CREATE TRIGGER cash_voucher_fixed BEFORE UPDATE ON cash_voucher
WHEN OLD.void_entry_id IS NOT NULL OR NEW.void_entry_id IS NULL
  OR NEW.number IS NOT OLD.number OR NEW.kind IS NOT OLD.kind
  OR NEW.voucher_date IS NOT OLD.voucher_date OR NEW.cash_account IS NOT OLD.cash_account
  OR NEW.counter_account IS NOT OLD.counter_account OR NEW.amount IS NOT OLD.amount
  OR NEW.party IS NOT OLD.party OR NEW.memo IS NOT OLD.memo
  OR NEW.journal_entry_id IS NOT OLD.journal_entry_id
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'append_only:cash_voucher'); END;
CREATE TRIGGER cash_voucher_no_delete BEFORE DELETE ON cash_voucher
BEGIN SELECT RAISE(ABORT, 'append_only:cash_voucher'); END;
CREATE TRIGGER cash_voucher_closed_day_insert BEFORE INSERT ON cash_voucher
WHEN NEW.voucher_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER cash_voucher_closed_day_update BEFORE UPDATE ON cash_voucher
WHEN NEW.voided_on <= (SELECT day FROM lock_date)
  OR (OLD.voucher_date <= (SELECT day FROM lock_date) AND (NEW.voided_on IS NULL OR NOT EXISTS (
        SELECT 1 FROM journal_entry r WHERE r.id = NEW.void_entry_id
          AND r.reverses_id = OLD.journal_entry_id AND r.entry_date = NEW.voided_on)))
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TABLE cash_close (
    id                   INTEGER PRIMARY KEY,
    day                  TEXT NOT NULL,
    zero_day             INTEGER NOT NULL DEFAULT 0 CHECK (zero_day IN (0, 1)),
    opening              INTEGER NOT NULL,
    expected             INTEGER NOT NULL,
    counted              INTEGER NOT NULL CHECK (counted >= 0),
    difference           INTEGER NOT NULL,
    note                 TEXT NOT NULL DEFAULT '',
    counted_by           INTEGER NOT NULL REFERENCES app_user(id),
    approved_by          INTEGER REFERENCES app_user(id),
    difference_entry_id  INTEGER UNIQUE REFERENCES journal_entry(id),
    closed_day_id        INTEGER NOT NULL UNIQUE REFERENCES closed_day(id),
    created_at           TEXT NOT NULL,
    CHECK (difference = counted - expected),
    CHECK ((difference = 0) = (difference_entry_id IS NULL)),
    CHECK (difference = 0 OR length(trim(note)) > 0),
    CHECK (zero_day = 0 OR (difference = 0 AND expected = opening)),
    CHECK (date(day, '+0 days') IS day)
);
CREATE INDEX cash_close_day ON cash_close (day, id);

CREATE TABLE cash_close_count (
    close_id      INTEGER NOT NULL REFERENCES cash_close(id),
    form          TEXT NOT NULL CHECK (form IN ('note', 'coin')),
    denomination  INTEGER NOT NULL CHECK (denomination > 0),
    quantity      INTEGER NOT NULL CHECK (quantity >= 0),
    PRIMARY KEY (close_id, form, denomination)
) WITHOUT ROWID;

CREATE TRIGGER cash_close_no_update BEFORE UPDATE ON cash_close
BEGIN SELECT RAISE(ABORT, 'append_only:cash_close'); END;
CREATE TRIGGER cash_close_no_delete BEFORE DELETE ON cash_close
BEGIN SELECT RAISE(ABORT, 'append_only:cash_close'); END;
-- A close is written in the transaction that locks its day, right after its
-- closed_day row: allowed only for that row, while its day is the lock date.
CREATE TRIGGER cash_close_closed_day_insert BEFORE INSERT ON cash_close
WHEN NEW.day <= (SELECT day FROM lock_date) AND NOT (
    NEW.day = (SELECT day FROM lock_date) AND EXISTS (
        SELECT 1 FROM closed_day c WHERE c.id = NEW.closed_day_id AND c.day = NEW.day
          AND c.reopened_at IS NULL))
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER cash_close_count_no_update BEFORE UPDATE ON cash_close_count
BEGIN SELECT RAISE(ABORT, 'append_only:cash_close_count'); END;
CREATE TRIGGER cash_close_count_no_delete BEFORE DELETE ON cash_close_count
BEGIN SELECT RAISE(ABORT, 'append_only:cash_close_count'); END;
CREATE TRIGGER cash_close_count_closed_day_insert BEFORE INSERT ON cash_close_count
WHEN (SELECT day FROM cash_close WHERE id = NEW.close_id) < (SELECT day FROM lock_date)
  OR EXISTS (SELECT 1 FROM cash_close x JOIN closed_day c ON c.id = x.closed_day_id
             WHERE x.id = NEW.close_id AND c.reopened_at IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
