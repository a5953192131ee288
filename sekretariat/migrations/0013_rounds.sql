-- Bulk purchase rounds (pembelian bersama, issue 11 items 5-7) and the
-- retail prices their savings are measured against.
--
-- retail_price: the market's retail price of an item per base unit from a
-- day on; the price on a day is the latest one on or before it
-- (services/warehouse/retail.py, RETAIL_PRICE_ON_SQL).
--
-- purchase_round: numbered PB/2026/00001. status: 'open' (requests taken)
-- -> 'closed' (requests closed) -> 'ordered' (supplier, PO/2026/00001, bulk
-- prices) -> 'received' (what arrived posted to stock, at landed cost) ->
-- 'allocated' (the allocation confirmed and stored) -> 'posted' (each
-- trader's issue and goods invoice posted: locked, final). 'open', 'closed'
-- or 'ordered' -> 'cancelled' (final). A locked round changes no more: its
-- rows refuse every insert, update and delete (triggers below).
--
-- round_item: an item of the round in one purchase unit (unit, factor copied
-- from the item's unit when the round opened); bulk_price per purchase unit
-- and quantity_ordered set at the order; quantity_received at the receipt,
-- with receipt_id the stock movement that took them in (NULL when none came).
--
-- round_request: one per trader and item (a second one replaces the units,
-- keeping its place in the request order, ``position``).
--
-- round_cost: a landed cost (transport, loading) of the whole round
-- (round_item_id NULL: spread over the items by the value of what arrived of
-- each, by largest remainder) or of one item. Owed to the round's supplier
-- (2-200, with the goods), taken into the receipt's cost.
--
-- round_allocation: the confirmed allocation, one row per request: whole
-- purchase units and the charge in Rupiah (services/warehouse/allocation.py),
-- manual = set by hand; movement_id / invoice_id once posted.

CREATE TABLE retail_price (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES item(id),
    priced_on   TEXT NOT NULL CHECK (date(priced_on, '+0 days') IS priced_on),
    price       INTEGER NOT NULL CHECK (typeof(price) = 'integer' AND price > 0),
    created_by  INTEGER NOT NULL REFERENCES app_user(id),
    created_at  TEXT NOT NULL,
    UNIQUE (item_id, priced_on)
);

CREATE TABLE purchase_round (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    opened_on    TEXT NOT NULL CHECK (date(opened_on, '+0 days') IS opened_on),
    status       TEXT NOT NULL DEFAULT 'open'
                   CHECK (status IN ('open', 'closed', 'ordered', 'received', 'allocated',
                                     'posted', 'cancelled')),
    supplier_id  INTEGER REFERENCES supplier(id),
    po_number    TEXT UNIQUE,
    ordered_on   TEXT CHECK (ordered_on IS NULL OR date(ordered_on, '+0 days') IS ordered_on),
    received_on  TEXT CHECK (received_on IS NULL OR date(received_on, '+0 days') IS received_on),
    posted_on    TEXT CHECK (posted_on IS NULL OR date(posted_on, '+0 days') IS posted_on),
    notes        TEXT NOT NULL DEFAULT '',
    created_by   INTEGER NOT NULL REFERENCES app_user(id),
    created_at   TEXT NOT NULL,
    CHECK ((po_number IS NULL) = (ordered_on IS NULL)),
    CHECK ((po_number IS NULL) = (supplier_id IS NULL)),
    CHECK (status IN ('open', 'closed', 'cancelled') OR po_number IS NOT NULL),
    CHECK ((received_on IS NOT NULL) = (status IN ('received', 'allocated', 'posted'))),
    CHECK ((posted_on IS NOT NULL) = (status = 'posted'))
);
CREATE INDEX purchase_round_status ON purchase_round (status, opened_on);

CREATE TABLE round_item (
    id                 INTEGER PRIMARY KEY,
    round_id           INTEGER NOT NULL REFERENCES purchase_round(id),
    item_id            INTEGER NOT NULL REFERENCES item(id),
    unit               TEXT NOT NULL CHECK (length(trim(unit)) > 0),
    factor             INTEGER NOT NULL CHECK (typeof(factor) = 'integer' AND factor > 0),
    bulk_price         INTEGER CHECK (bulk_price IS NULL
                                      OR (typeof(bulk_price) = 'integer' AND bulk_price > 0)),
    quantity_ordered   INTEGER CHECK (quantity_ordered IS NULL
                                      OR (typeof(quantity_ordered) = 'integer'
                                          AND quantity_ordered >= 0)),
    quantity_received  INTEGER CHECK (quantity_received IS NULL
                                      OR (typeof(quantity_received) = 'integer'
                                          AND quantity_received >= 0)),
    received_on        TEXT CHECK (received_on IS NULL
                                   OR date(received_on, '+0 days') IS received_on),
    receipt_id         INTEGER UNIQUE REFERENCES stock_movement(id),
    UNIQUE (round_id, item_id),
    CHECK ((bulk_price IS NULL) = (quantity_ordered IS NULL)),
    CHECK ((quantity_received IS NULL) = (received_on IS NULL)),
    CHECK (receipt_id IS NULL OR quantity_received > 0)
);

CREATE TABLE round_request (
    id             INTEGER PRIMARY KEY,
    round_id       INTEGER NOT NULL REFERENCES purchase_round(id),
    round_item_id  INTEGER NOT NULL REFERENCES round_item(id),
    trader_id      INTEGER NOT NULL REFERENCES trader(id),
    units          INTEGER NOT NULL CHECK (typeof(units) = 'integer' AND units > 0),
    position       INTEGER NOT NULL CHECK (position > 0),
    created_by     INTEGER NOT NULL REFERENCES app_user(id),
    created_at     TEXT NOT NULL,
    UNIQUE (round_item_id, trader_id),
    UNIQUE (round_id, position)
);

CREATE TABLE round_cost (
    id             INTEGER PRIMARY KEY,
    round_id       INTEGER NOT NULL REFERENCES purchase_round(id),
    round_item_id  INTEGER REFERENCES round_item(id),
    description    TEXT NOT NULL CHECK (length(trim(description)) > 0),
    amount         INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
    created_by     INTEGER NOT NULL REFERENCES app_user(id),
    created_at     TEXT NOT NULL
);
CREATE INDEX round_cost_round ON round_cost (round_id);

CREATE TABLE round_allocation (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL REFERENCES purchase_round(id),
    request_id   INTEGER NOT NULL UNIQUE REFERENCES round_request(id),
    allocated    INTEGER NOT NULL CHECK (typeof(allocated) = 'integer' AND allocated >= 0),
    charge       INTEGER NOT NULL CHECK (typeof(charge) = 'integer' AND charge >= 0),
    manual       INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
    movement_id  INTEGER UNIQUE REFERENCES stock_movement(id),
    invoice_id   INTEGER UNIQUE REFERENCES invoice(id),
    created_by   INTEGER NOT NULL REFERENCES app_user(id),
    created_at   TEXT NOT NULL,
    CHECK (allocated > 0 OR charge = 0),
    CHECK ((movement_id IS NULL) = (invoice_id IS NULL))
);
CREATE INDEX round_allocation_round ON round_allocation (round_id);

-- === a locked round changes no more ============================================

CREATE TRIGGER purchase_round_locked BEFORE UPDATE ON purchase_round
WHEN OLD.status IN ('posted', 'cancelled')
BEGIN SELECT RAISE(ABORT, 'append_only:purchase_round'); END;
CREATE TRIGGER purchase_round_no_delete BEFORE DELETE ON purchase_round
BEGIN SELECT RAISE(ABORT, 'append_only:purchase_round'); END;
CREATE TRIGGER retail_price_no_delete BEFORE DELETE ON retail_price
BEGIN SELECT RAISE(ABORT, 'append_only:retail_price'); END;
CREATE TRIGGER retail_price_no_update BEFORE UPDATE ON retail_price
BEGIN SELECT RAISE(ABORT, 'append_only:retail_price'); END;

CREATE TRIGGER round_item_locked_insert BEFORE INSERT ON round_item
WHEN (SELECT status FROM purchase_round WHERE id = NEW.round_id) IN ('posted', 'cancelled')
BEGIN SELECT RAISE(ABORT, 'append_only:round_item'); END;
CREATE TRIGGER round_item_locked_update BEFORE UPDATE ON round_item
WHEN (SELECT status FROM purchase_round WHERE id = OLD.round_id) IN ('posted', 'cancelled')
  OR NEW.round_id IS NOT OLD.round_id
BEGIN SELECT RAISE(ABORT, 'append_only:round_item'); END;
CREATE TRIGGER round_item_no_delete BEFORE DELETE ON round_item
BEGIN SELECT RAISE(ABORT, 'append_only:round_item'); END;

CREATE TRIGGER round_request_locked_insert BEFORE INSERT ON round_request
WHEN (SELECT status FROM purchase_round WHERE id = NEW.round_id) IN ('posted', 'cancelled')
BEGIN SELECT RAISE(ABORT, 'append_only:round_request'); END;
CREATE TRIGGER round_request_locked_update BEFORE UPDATE ON round_request
WHEN (SELECT status FROM purchase_round WHERE id = OLD.round_id) IN ('posted', 'cancelled')
  OR NEW.round_id IS NOT OLD.round_id
BEGIN SELECT RAISE(ABORT, 'append_only:round_request'); END;
CREATE TRIGGER round_request_locked_delete BEFORE DELETE ON round_request
WHEN (SELECT status FROM purchase_round WHERE id = OLD.round_id) IN ('posted', 'cancelled')
BEGIN SELECT RAISE(ABORT, 'append_only:round_request'); END;

CREATE TRIGGER round_cost_locked_insert BEFORE INSERT ON round_cost
WHEN (SELECT status FROM purchase_round WHERE id = NEW.round_id) IN ('posted', 'cancelled')
BEGIN SELECT RAISE(ABORT, 'append_only:round_cost'); END;
CREATE TRIGGER round_cost_locked_update BEFORE UPDATE ON round_cost
WHEN (SELECT status FROM purchase_round WHERE id = OLD.round_id) IN ('posted', 'cancelled')
  OR NEW.round_id IS NOT OLD.round_id
BEGIN SELECT RAISE(ABORT, 'append_only:round_cost'); END;
CREATE TRIGGER round_cost_locked_delete BEFORE DELETE ON round_cost
WHEN (SELECT status FROM purchase_round WHERE id = OLD.round_id) IN ('posted', 'cancelled')
BEGIN SELECT RAISE(ABORT, 'append_only:round_cost'); END;

CREATE TRIGGER round_allocation_locked_insert BEFORE INSERT ON round_allocation
WHEN (SELECT status FROM purchase_round WHERE id = NEW.round_id) IN ('posted', 'cancelled')
BEGIN SELECT RAISE(ABORT, 'append_only:round_allocation'); END;
CREATE TRIGGER round_allocation_locked_update BEFORE UPDATE ON round_allocation
WHEN (SELECT status FROM purchase_round WHERE id = OLD.round_id) IN ('posted', 'cancelled')
  OR OLD.movement_id IS NOT NULL OR NEW.round_id IS NOT OLD.round_id
  OR NEW.request_id IS NOT OLD.request_id
BEGIN SELECT RAISE(ABORT, 'append_only:round_allocation'); END;
CREATE TRIGGER round_allocation_locked_delete BEFORE DELETE ON round_allocation
WHEN (SELECT status FROM purchase_round WHERE id = OLD.round_id) IN ('posted', 'cancelled')
  OR OLD.movement_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'append_only:round_allocation'); END;

-- === the goods invoice: a trader's share of a round on their receivable ========
-- invoice gains the kind 'goods' (no lease, no stall: the period is its issue
-- day). SQLite cannot change a CHECK, so the table is rebuilt as in 0004: new
-- table, copy, drop, rename, its indexes and triggers again (db._migrate runs
-- with foreign_keys OFF; legacy_alter_table keeps the rename from rewriting
-- the other tables' triggers and views). A goods invoice shares the journal
-- entry of its stock movement (Dr 1-200 trader / Cr 1-300).

PRAGMA legacy_alter_table = ON;

CREATE TABLE invoice__new (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL CHECK (kind IN ('rent', 'late_fee', 'daily_fee', 'refund',
                                                    'goods')),
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
    CHECK (kind <> 'goods' OR lease_id IS NULL),
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
CREATE TRIGGER invoice_closed_day_insert BEFORE INSERT ON invoice
WHEN NEW.issue_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER invoice_closed_day_update BEFORE UPDATE ON invoice
WHEN NEW.voided_on <= (SELECT day FROM lock_date)
  OR (OLD.issue_date <= (SELECT day FROM lock_date) AND (NEW.voided_on IS NULL OR NOT EXISTS (
        SELECT 1 FROM journal_entry r WHERE r.id = NEW.void_entry_id
          AND r.reverses_id = OLD.journal_entry_id AND r.entry_date = NEW.voided_on)))
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER invoice_open_on_insert AFTER INSERT ON invoice
BEGIN
    INSERT INTO invoice_open (invoice_id, trader_id, due_date, open_amount)
    VALUES (NEW.id, NEW.trader_id, NEW.due_date, NEW.amount);
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
