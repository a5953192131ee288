-- The staples warehouse (issue 11), its stock core: items with a base unit
-- and exact unit conversions, suppliers, and the stock movements that make
-- the stock card (kartu stok).
--
-- item: code lower-case (like the parking codes); quantities of an item are
-- whole numbers of its base_unit ('kg', 'liter', 'butir', 'pcs'). The base
-- unit never changes once the item has moved. reorder_level: in base units,
-- the low-stock line (on hand <= reorder_level).
--
-- item_unit: another unit of an item, e.g. 'karung' = 50 kg: factor base
-- units per unit (the base unit itself is implicitly factor 1). A factor may
-- be corrected (movements are stored in base units, so history stays), a
-- unit no longer used is set inactive, never deleted.
--
-- stock_movement: append-only. Per item the movements run seq 1..n in date
-- order (a movement dated before the item's latest one is refused), so
-- qty_after / value_after, the running balance after the movement, make the
-- stock card and the value as of a date index look-ups
-- (services/warehouse/stock.py). quantity is signed base units, value signed
-- whole Rupiah: a receipt adds its cost, an outgoing movement takes its
-- moving-average cost (all that is left when it takes the last unit, so no
-- value is left without quantity). A mistake is corrected by a reversal
-- (kind 'reversal', reverses_id) of the item's latest movement, never by an
-- edit. payment: 'credit' (supplier payable), 'cash' (the drawer), 'account'
-- (a trader's receivable, the bulk-round part), NULL (internal use, a
-- write-off, a count). price: what the taker pays for an issue in cash or on
-- account (a reversal of such an issue repeats it).
-- journal_entry_id: the entry posting it (NULL only when nothing moved in
-- money: a zero value and no cash).

INSERT INTO account (code, name_id, name_en, type) VALUES
    ('5-850', 'Selisih Persediaan', 'Inventory differences', 'expense');

CREATE TABLE item (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20
                                               AND code = lower(code) AND code = trim(code)),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    base_unit      TEXT NOT NULL CHECK (length(trim(base_unit)) BETWEEN 1 AND 20
                                        AND base_unit = lower(base_unit)),
    reorder_level  INTEGER NOT NULL DEFAULT 0 CHECK (typeof(reorder_level) = 'integer'
                                                     AND reorder_level >= 0),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by     INTEGER NOT NULL REFERENCES app_user(id),
    created_at     TEXT NOT NULL
);
CREATE INDEX item_name ON item (name COLLATE NOCASE);

CREATE TABLE item_unit (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES item(id),
    name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 20 AND name = lower(name)),
    factor      INTEGER NOT NULL CHECK (typeof(factor) = 'integer' AND factor > 0),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by  INTEGER NOT NULL REFERENCES app_user(id),
    created_at  TEXT NOT NULL,
    UNIQUE (item_id, name)
);

CREATE TABLE supplier (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    phone           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    contact_person  TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by      INTEGER NOT NULL REFERENCES app_user(id),
    created_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX supplier_name ON supplier (name COLLATE NOCASE);

CREATE TABLE stock_movement (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    item_id           INTEGER NOT NULL REFERENCES item(id),
    seq               INTEGER NOT NULL CHECK (seq > 0),
    moved_on          TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('receipt', 'issue', 'write_off',
                                                    'adjustment', 'reversal')),
    quantity          INTEGER NOT NULL CHECK (typeof(quantity) = 'integer' AND quantity <> 0),
    value             INTEGER NOT NULL CHECK (typeof(value) = 'integer'),
    qty_after         INTEGER NOT NULL CHECK (typeof(qty_after) = 'integer' AND qty_after >= 0),
    value_after       INTEGER NOT NULL CHECK (typeof(value_after) = 'integer'
                                              AND value_after >= 0),
    supplier_id       INTEGER REFERENCES supplier(id),
    trader_id         INTEGER REFERENCES trader(id),
    payment           TEXT CHECK (payment IS NULL OR payment IN ('credit', 'cash', 'account')),
    price             INTEGER CHECK (price IS NULL OR (typeof(price) = 'integer' AND price >= 0)),
    reason            TEXT NOT NULL DEFAULT '',
    source            TEXT,
    source_ref        TEXT,
    journal_entry_id  INTEGER REFERENCES journal_entry(id),
    reverses_id       INTEGER UNIQUE REFERENCES stock_movement(id),
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    UNIQUE (item_id, seq),
    CHECK (date(moved_on, '+0 days') IS moved_on),
    CHECK ((quantity > 0 AND value >= 0) OR (quantity < 0 AND value <= 0)),
    CHECK (qty_after > 0 OR value_after = 0),
    CHECK (kind <> 'receipt' OR (quantity > 0 AND payment IS NOT NULL
                                 AND payment IN ('credit', 'cash') AND trader_id IS NULL)),
    CHECK (kind <> 'receipt' OR payment <> 'credit' OR supplier_id IS NOT NULL),
    CHECK (kind NOT IN ('issue', 'write_off') OR quantity < 0),
    CHECK (kind NOT IN ('issue', 'write_off', 'adjustment') OR supplier_id IS NULL),
    CHECK (kind NOT IN ('write_off', 'adjustment') OR (payment IS NULL AND trader_id IS NULL)),
    CHECK (kind <> 'issue' OR payment IS NULL OR payment IN ('cash', 'account')),
    CHECK (payment IS NOT 'account' OR trader_id IS NOT NULL),
    CHECK ((price IS NOT NULL) = (coalesce(payment IN ('cash', 'account'), 0)
                                  AND (kind = 'issue' OR (kind = 'reversal' AND quantity > 0)))),
    CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL)),
    CHECK (kind NOT IN ('write_off', 'adjustment', 'reversal') OR length(trim(reason)) > 0),
    CHECK (kind <> 'issue' OR payment IS NOT NULL OR length(trim(reason)) > 0),
    CHECK ((source IS NULL) = (source_ref IS NULL)),
    CHECK (journal_entry_id IS NOT NULL OR (value = 0 AND coalesce(price, 0) = 0))
);
CREATE INDEX stock_movement_day ON stock_movement (item_id, moved_on, seq);
CREATE INDEX stock_movement_entry ON stock_movement (journal_entry_id)
    WHERE journal_entry_id IS NOT NULL;
CREATE INDEX stock_movement_source ON stock_movement (source, source_ref)
    WHERE source IS NOT NULL;

-- === append-only, the running balance, closed days ===========================

CREATE TRIGGER item_no_delete BEFORE DELETE ON item
BEGIN SELECT RAISE(ABORT, 'append_only:item'); END;
CREATE TRIGGER item_base_unit_fixed BEFORE UPDATE ON item
WHEN (NEW.base_unit IS NOT OLD.base_unit OR NEW.code IS NOT OLD.code)
  AND EXISTS (SELECT 1 FROM stock_movement WHERE item_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'append_only:item'); END;
CREATE TRIGGER item_unit_no_delete BEFORE DELETE ON item_unit
BEGIN SELECT RAISE(ABORT, 'append_only:item_unit'); END;
CREATE TRIGGER item_unit_fixed BEFORE UPDATE ON item_unit
WHEN NEW.item_id IS NOT OLD.item_id OR NEW.name IS NOT OLD.name
BEGIN SELECT RAISE(ABORT, 'append_only:item_unit'); END;
CREATE TRIGGER supplier_no_delete BEFORE DELETE ON supplier
BEGIN SELECT RAISE(ABORT, 'append_only:supplier'); END;

CREATE TRIGGER stock_movement_no_update BEFORE UPDATE ON stock_movement
BEGIN SELECT RAISE(ABORT, 'append_only:stock_movement'); END;
CREATE TRIGGER stock_movement_no_delete BEFORE DELETE ON stock_movement
BEGIN SELECT RAISE(ABORT, 'append_only:stock_movement'); END;
CREATE TRIGGER stock_movement_closed_day_insert BEFORE INSERT ON stock_movement
WHEN NEW.moved_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
-- A movement continues its item's running balance: the next seq, not dated
-- before the item's latest movement, its balance the latest one plus itself.
CREATE TRIGGER stock_movement_running_balance BEFORE INSERT ON stock_movement
WHEN NEW.seq IS NOT coalesce((SELECT max(seq) FROM stock_movement
                              WHERE item_id = NEW.item_id), 0) + 1
  OR NEW.moved_on < (SELECT moved_on FROM stock_movement WHERE item_id = NEW.item_id
                     ORDER BY seq DESC LIMIT 1)
  OR NEW.qty_after IS NOT coalesce((SELECT qty_after FROM stock_movement
                                    WHERE item_id = NEW.item_id ORDER BY seq DESC LIMIT 1), 0)
                          + NEW.quantity
  OR NEW.value_after IS NOT coalesce((SELECT value_after FROM stock_movement
                                      WHERE item_id = NEW.item_id ORDER BY seq DESC LIMIT 1), 0)
                            + NEW.value
BEGIN SELECT RAISE(ABORT, 'stock_running_balance'); END;
