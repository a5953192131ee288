-- The blind stock count (stok opname, issue 11 item 4).
--
-- stock_count: one count, numbered OPN/2026/00001 by the year of its day.
-- counted_on / counted_at ('HH:MM') is the cut-off: the book quantity of an
-- item is the running balance of its last movement dated before counted_on,
-- or dated counted_on and recorded (created_at) in or before the minute
-- counted_at (services/warehouse/counts_read.py, BOOK_AT_CUTOFF_SQL).
-- status: 'open' (counters add lines) -> 'closed' (the variance sheet shows,
-- the coordinator and the chair approve) -> 'approved' (both approved: the
-- variances posted, final); 'open' or 'closed' -> 'cancelled' (final).
-- coordinator_* / chair_*: who approved in which capacity and when (two
-- different people); posted_at: when the variances were posted.
--
-- stock_count_line: append-only; what one counter saw of one item at one
-- place, in base units (>= 0: 'none found' is a count too). Lines of the
-- same item and place add up, never overwrite. Only an open count takes lines.
--
-- stock_count_variance: the variance sheet as posted (one row per counted
-- item, written with the approval that posts): counted = the sum of its
-- lines, book_qty / book_value at the cut-off, variance = counted - book_qty,
-- variance_value at the moving average at the cut-off, movement_id the
-- adjustment posted for it (NULL when the variance is zero). Append-only.

CREATE TABLE stock_count (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    counted_on      TEXT NOT NULL CHECK (date(counted_on, '+0 days') IS counted_on),
    counted_at      TEXT NOT NULL CHECK (length(counted_at) = 5
                                         AND time(counted_at || ':00') IS counted_at || ':00'),
    place           TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'closed', 'approved', 'cancelled')),
    closed_by       INTEGER REFERENCES app_user(id),
    closed_at       TEXT,
    coordinator_id  INTEGER REFERENCES app_user(id),
    coordinator_at  TEXT,
    chair_id        INTEGER REFERENCES app_user(id),
    chair_at        TEXT,
    posted_at       TEXT,
    cancelled_by    INTEGER REFERENCES app_user(id),
    cancelled_at    TEXT,
    cancel_reason   TEXT,
    created_by      INTEGER NOT NULL REFERENCES app_user(id),
    created_at      TEXT NOT NULL,
    CHECK ((coordinator_id IS NULL) = (coordinator_at IS NULL)),
    CHECK ((chair_id IS NULL) = (chair_at IS NULL)),
    CHECK (coordinator_id IS NULL OR chair_id IS NULL OR coordinator_id <> chair_id),
    CHECK ((status = 'approved') = (coordinator_id IS NOT NULL AND chair_id IS NOT NULL)),
    CHECK ((status = 'approved') = (posted_at IS NOT NULL)),
    CHECK (status NOT IN ('closed', 'approved') OR closed_at IS NOT NULL),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
CREATE INDEX stock_count_day ON stock_count (counted_on);

CREATE TABLE stock_count_line (
    id          INTEGER PRIMARY KEY,
    count_id    INTEGER NOT NULL REFERENCES stock_count(id),
    item_id     INTEGER NOT NULL REFERENCES item(id),
    place       TEXT NOT NULL DEFAULT '',
    quantity    INTEGER NOT NULL CHECK (typeof(quantity) = 'integer' AND quantity >= 0),
    counted_by  INTEGER NOT NULL REFERENCES app_user(id),
    created_at  TEXT NOT NULL
);
CREATE INDEX stock_count_line_count ON stock_count_line (count_id, item_id);

CREATE TABLE stock_count_variance (
    id              INTEGER PRIMARY KEY,
    count_id        INTEGER NOT NULL REFERENCES stock_count(id),
    item_id         INTEGER NOT NULL REFERENCES item(id),
    counted         INTEGER NOT NULL CHECK (typeof(counted) = 'integer' AND counted >= 0),
    book_qty        INTEGER NOT NULL CHECK (typeof(book_qty) = 'integer' AND book_qty >= 0),
    book_value      INTEGER NOT NULL CHECK (typeof(book_value) = 'integer'),
    variance        INTEGER NOT NULL CHECK (typeof(variance) = 'integer'),
    variance_value  INTEGER NOT NULL CHECK (typeof(variance_value) = 'integer'),
    movement_id     INTEGER UNIQUE REFERENCES stock_movement(id),
    UNIQUE (count_id, item_id),
    CHECK (variance = counted - book_qty),
    CHECK ((variance = 0) = (movement_id IS NULL))
);

-- === append-only, one-way status, closed days ====================================

CREATE TRIGGER stock_count_no_delete BEFORE DELETE ON stock_count
BEGIN SELECT RAISE(ABORT, 'append_only:stock_count'); END;
CREATE TRIGGER stock_count_fixed BEFORE UPDATE ON stock_count
WHEN NEW.id IS NOT OLD.id OR NEW.number IS NOT OLD.number
  OR NEW.counted_on IS NOT OLD.counted_on OR NEW.counted_at IS NOT OLD.counted_at
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
  OR OLD.status IN ('approved', 'cancelled')
  OR (OLD.status = 'closed' AND NEW.status = 'open')
BEGIN SELECT RAISE(ABORT, 'append_only:stock_count'); END;
CREATE TRIGGER stock_count_closed_day_insert BEFORE INSERT ON stock_count
WHEN NEW.counted_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER stock_count_closed_day_update BEFORE UPDATE ON stock_count
WHEN OLD.counted_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER stock_count_line_no_update BEFORE UPDATE ON stock_count_line
BEGIN SELECT RAISE(ABORT, 'append_only:stock_count_line'); END;
CREATE TRIGGER stock_count_line_no_delete BEFORE DELETE ON stock_count_line
BEGIN SELECT RAISE(ABORT, 'append_only:stock_count_line'); END;
CREATE TRIGGER stock_count_line_open_only BEFORE INSERT ON stock_count_line
WHEN (SELECT status FROM stock_count WHERE id = NEW.count_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'append_only:stock_count_line'); END;
CREATE TRIGGER stock_count_line_closed_day BEFORE INSERT ON stock_count_line
WHEN (SELECT counted_on FROM stock_count WHERE id = NEW.count_id)
     <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER stock_count_variance_closed_only BEFORE INSERT ON stock_count_variance
WHEN (SELECT status FROM stock_count WHERE id = NEW.count_id) IS NOT 'closed'
BEGIN SELECT RAISE(ABORT, 'append_only:stock_count_variance'); END;
CREATE TRIGGER stock_count_variance_no_update BEFORE UPDATE ON stock_count_variance
BEGIN SELECT RAISE(ABORT, 'append_only:stock_count_variance'); END;
CREATE TRIGGER stock_count_variance_no_delete BEFORE DELETE ON stock_count_variance
BEGIN SELECT RAISE(ABORT, 'append_only:stock_count_variance'); END;
