-- Foundation: market profile, users, audit log, chart of accounts, journal,
-- closed days, gap-free sequences.
-- Dates are ISO text 'YYYY-MM-DD'; timestamps ISO text; money whole rupiah INTEGER.

CREATE TABLE market_profile (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    address       TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    managing_org  TEXT NOT NULL DEFAULT '',
    asset_owner   TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL
);

CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE app_user (
    id               INTEGER PRIMARY KEY,
    username         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name        TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN
                       ('ketua','bendahara','sekretaris','parkir','gudang','staf','pembaca')),
    password_hash    TEXT NOT NULL,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked           INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    language         TEXT CHECK (language IS NULL OR language IN ('id', 'en')),
    created_at       TEXT NOT NULL,
    last_login_at    TEXT
);

-- Append-only, hash-chained: hash = sha256(prev_hash | fields); see services/audit.py.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    user_id    INTEGER REFERENCES app_user(id),
    username   TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT,
    before     TEXT,
    after      TEXT,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_username ON audit_log (username COLLATE NOCASE, id);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'append_only:audit_log'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'append_only:audit_log'); END;

CREATE TABLE account (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    name_id  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    type     TEXT NOT NULL CHECK (type IN ('asset','liability','equity','income','expense')),
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Closed days: a row per close; a reopen stamps the row, never deletes it.
CREATE TABLE closed_day (
    id             INTEGER PRIMARY KEY,
    day            TEXT NOT NULL,
    closed_by      INTEGER NOT NULL REFERENCES app_user(id),
    closed_at      TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    reopened_by    INTEGER REFERENCES app_user(id),
    reopened_at    TEXT,
    reopen_reason  TEXT,
    CHECK ((reopened_at IS NULL) = (reopened_by IS NULL)),
    CHECK (reopened_at IS NULL OR length(trim(reopen_reason)) > 0)
);
CREATE UNIQUE INDEX closed_day_current ON closed_day (day) WHERE reopened_at IS NULL;
CREATE INDEX closed_day_lock ON closed_day (reopened_at, day);
CREATE TRIGGER closed_day_no_delete BEFORE DELETE ON closed_day
BEGIN SELECT RAISE(ABORT, 'append_only:closed_day'); END;
CREATE TRIGGER closed_day_reopen_only BEFORE UPDATE ON closed_day
WHEN OLD.reopened_at IS NOT NULL OR NEW.day IS NOT OLD.day OR NEW.closed_by IS NOT OLD.closed_by
     OR NEW.closed_at IS NOT OLD.closed_at OR NEW.reopened_at IS NULL
BEGIN SELECT RAISE(ABORT, 'append_only:closed_day'); END;

-- The lock date: every day on or before it is closed in every module.
CREATE VIEW lock_date AS
    SELECT MAX(day) AS day FROM closed_day WHERE reopened_at IS NULL;

CREATE TABLE sequence (
    series  TEXT NOT NULL,
    year    INTEGER NOT NULL,
    last    INTEGER NOT NULL CHECK (last > 0),
    PRIMARY KEY (series, year)
) WITHOUT ROWID;
CREATE TRIGGER sequence_no_delete BEFORE DELETE ON sequence
BEGIN SELECT RAISE(ABORT, 'append_only:sequence'); END;
CREATE TRIGGER sequence_forward_only BEFORE UPDATE ON sequence
WHEN NEW.last <> OLD.last + 1 OR NEW.series IS NOT OLD.series OR NEW.year IS NOT OLD.year
BEGIN SELECT RAISE(ABORT, 'sequence_gap'); END;

-- The double-entry journal. Entries and lines are never updated or deleted;
-- a correction is a reversing entry pointing at the original (once only).
CREATE TABLE journal_entry (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    entry_date   TEXT NOT NULL,
    memo         TEXT NOT NULL,
    source       TEXT NOT NULL DEFAULT 'manual',
    source_ref   TEXT,
    reverses_id  INTEGER UNIQUE REFERENCES journal_entry(id),
    created_by   INTEGER NOT NULL REFERENCES app_user(id),
    created_at   TEXT NOT NULL,
    digest       TEXT NOT NULL
);
CREATE INDEX journal_entry_date ON journal_entry (entry_date, id);
CREATE INDEX journal_entry_source ON journal_entry (source, source_ref);

CREATE TABLE journal_line (
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
    CHECK ((party_kind IS NULL) = (party_id IS NULL))
);
CREATE INDEX journal_line_entry ON journal_line (entry_id);
CREATE INDEX journal_line_account_date ON journal_line (account_id, entry_date, debit, credit);
CREATE INDEX journal_line_party ON journal_line (party_kind, party_id, account_id, entry_date)
    WHERE party_kind IS NOT NULL;

CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry
BEGIN SELECT RAISE(ABORT, 'append_only:journal_entry'); END;
CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry
BEGIN SELECT RAISE(ABORT, 'append_only:journal_entry'); END;
CREATE TRIGGER journal_line_no_update BEFORE UPDATE ON journal_line
BEGIN SELECT RAISE(ABORT, 'append_only:journal_line'); END;
CREATE TRIGGER journal_line_no_delete BEFORE DELETE ON journal_line
BEGIN SELECT RAISE(ABORT, 'append_only:journal_line'); END;

-- Closed-day guard, at the database level (the services check first).
CREATE TRIGGER journal_entry_closed_day BEFORE INSERT ON journal_entry
WHEN NEW.entry_date <= (SELECT day FROM lock_date)
  OR (NEW.reverses_id IS NOT NULL AND
      (SELECT entry_date FROM journal_entry WHERE id = NEW.reverses_id) <= (SELECT day FROM lock_date))
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER journal_line_closed_day BEFORE INSERT ON journal_line
WHEN NEW.entry_date <= (SELECT day FROM lock_date)
  OR NEW.entry_date IS NOT (SELECT entry_date FROM journal_entry WHERE id = NEW.entry_id)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

INSERT INTO account (code, name_id, name_en, type) VALUES
    ('1-100', 'Kas', 'Cash', 'asset'),
    ('1-110', 'Bank', 'Bank', 'asset'),
    ('1-200', 'Piutang Pedagang', 'Trader receivables', 'asset'),
    ('1-210', 'Piutang Petugas Parkir', 'Parking attendant receivables', 'asset'),
    ('1-300', 'Persediaan Sembako', 'Staples inventory', 'asset'),
    ('2-100', 'Uang Jaminan Pedagang', 'Trader security deposits', 'liability'),
    ('2-200', 'Utang Pemasok', 'Supplier payables', 'liability'),
    ('3-100', 'Ekuitas', 'Equity', 'equity'),
    ('4-100', 'Pendapatan Sewa', 'Rental income', 'income'),
    ('4-110', 'Pendapatan Iuran Harian', 'Daily fee income', 'income'),
    ('4-200', 'Pendapatan Parkir', 'Parking income', 'income'),
    ('4-300', 'Pendapatan Denda', 'Late fee income', 'income'),
    ('4-900', 'Pendapatan Lain-lain', 'Other income', 'income'),
    ('5-100', 'Beban Gaji dan Honor', 'Salaries and honoraria', 'expense'),
    ('5-200', 'Beban Listrik dan Air', 'Electricity and water', 'expense'),
    ('5-300', 'Beban Kebersihan', 'Cleaning expense', 'expense'),
    ('5-400', 'Beban Keamanan', 'Security expense', 'expense'),
    ('5-500', 'Beban Pemeliharaan', 'Maintenance expense', 'expense'),
    ('5-600', 'Beban Administrasi dan ATK', 'Administration and stationery', 'expense'),
    ('5-700', 'Setoran kepada Pemilik Aset', 'Remittance to the asset owner', 'expense'),
    ('5-800', 'Beban Lain-lain', 'Other expenses', 'expense'),
    ('5-900', 'Selisih Kas', 'Cash over and short', 'expense');
