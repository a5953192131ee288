-- Complaints and facilities (issue 13): the market's facilities with their
-- condition over time, inspection rounds, the market's own classification,
-- and complaints (pengaduan) answered within response standards.
--
-- market_profile gains the market's classification: type_permendag (A-D,
-- Permendag 37/2017) and type_sni (I-IV, SNI 8152:2015); NULL: not set.
--
-- facility: a facility of the market (toilet, mushola, lahan parkir, PDAM,
-- listrik, drainase, jalan, pos keamanan, tempat sampah, ...): code
-- lower-case, kind from the list, where it is (a block, a parking zone, or
-- only the words of `location`), how many. Never deleted; inactive when gone.
--
-- facility_condition: append-only history of a facility's condition
-- ('baik', 'rusak_ringan', 'rusak_berat') as observed on a day: when it was
-- registered, in an inspection round, from a complaint about it, or after a
-- repair. The condition on a day is the latest row on or before it (by day,
-- then id); the last inspection is the latest row with an inspection.
--
-- inspection: one inspection round (numbered INS/2026/00001) on a day: the
-- conditions it recorded are its facility_condition rows.
--
-- complaint: one complaint, numbered ADU/2026/00001 by the year it was
-- received, gap-free (services/core/numbering). received_on / received_at:
-- the day and the moment it was taken. channel, complainant (kind, name,
-- phone; trader_id / attendant_id when the complainant is one), category,
-- the place it is about (place_kind and the one matching id; 'market': the
-- market as a whole), the description. area: whose coordinator answers it
-- (leasing, parking, warehouse, facilities, general); the chair may move it.
-- ack_due_on / resolve_due_on: the response standard of its category
-- (market settings complaints.ack_days.<category>, complaints.resolve_days.
-- <category>) applied on the day received, kept so a later change of the
-- standard does not rewrite history.
-- status: 'received' -> 'in_progress' (acknowledged) -> 'resolved' (with a
-- resolution note) | 'rejected' (with a reason); 'received' -> 'rejected'
-- too. A resolved or rejected complaint never changes again. Each move is a
-- complaint_step row (append-only, dated, attributed) and audited.

ALTER TABLE market_profile ADD COLUMN type_permendag TEXT
    CHECK (type_permendag IS NULL OR type_permendag IN ('A', 'B', 'C', 'D'));
ALTER TABLE market_profile ADD COLUMN type_sni TEXT
    CHECK (type_sni IS NULL OR type_sni IN ('I', 'II', 'III', 'IV'));

CREATE TABLE facility (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20
                                            AND code = lower(code) AND code = trim(code)),
    kind        TEXT NOT NULL CHECK (kind IN ('toilet', 'mushola', 'parkir', 'air', 'listrik',
                                              'drainase', 'jalan', 'keamanan', 'sampah',
                                              'lainnya')),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    block_id    INTEGER REFERENCES block(id),
    zone_id     INTEGER REFERENCES parking_zone(id),
    location    TEXT NOT NULL DEFAULT '',
    quantity    INTEGER NOT NULL DEFAULT 1 CHECK (typeof(quantity) = 'integer' AND quantity > 0),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by  INTEGER NOT NULL REFERENCES app_user(id),
    created_at  TEXT NOT NULL,
    CHECK (block_id IS NULL OR zone_id IS NULL)
);

CREATE TABLE inspection (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    inspected_on  TEXT NOT NULL CHECK (date(inspected_on, '+0 days') IS inspected_on),
    note          TEXT NOT NULL DEFAULT '',
    created_by    INTEGER NOT NULL REFERENCES app_user(id),
    created_at    TEXT NOT NULL
);
CREATE INDEX inspection_day ON inspection (inspected_on);

CREATE TABLE complaint (
    id                 INTEGER PRIMARY KEY,
    number             TEXT NOT NULL UNIQUE,
    received_on        TEXT NOT NULL CHECK (date(received_on, '+0 days') IS received_on),
    received_at        TEXT NOT NULL,
    channel            TEXT NOT NULL CHECK (channel IN ('kantor', 'telepon', 'pesan')),
    complainant_kind   TEXT NOT NULL CHECK (complainant_kind IN ('pedagang', 'pengunjung',
                                                                 'juru_parkir', 'lainnya')),
    complainant_name   TEXT NOT NULL DEFAULT '',
    complainant_phone  TEXT NOT NULL DEFAULT '',
    trader_id          INTEGER REFERENCES trader(id),
    attendant_id       INTEGER REFERENCES attendant(id),
    category           TEXT NOT NULL CHECK (category IN ('fasilitas', 'keamanan', 'kebersihan',
                                                         'parkir', 'retribusi', 'kenyamanan',
                                                         'lainnya')),
    place_kind         TEXT NOT NULL CHECK (place_kind IN ('stall', 'block', 'zone', 'facility',
                                                           'market')),
    stall_id           INTEGER REFERENCES stall(id),
    block_id           INTEGER REFERENCES block(id),
    zone_id            INTEGER REFERENCES parking_zone(id),
    facility_id        INTEGER REFERENCES facility(id),
    description        TEXT NOT NULL CHECK (length(trim(description)) > 0),
    area               TEXT NOT NULL CHECK (area IN ('leasing', 'parking', 'warehouse',
                                                     'facilities', 'general')),
    ack_due_on         TEXT NOT NULL CHECK (date(ack_due_on, '+0 days') IS ack_due_on),
    resolve_due_on     TEXT NOT NULL CHECK (date(resolve_due_on, '+0 days') IS resolve_due_on),
    status             TEXT NOT NULL DEFAULT 'received'
                       CHECK (status IN ('received', 'in_progress', 'resolved', 'rejected')),
    acknowledged_on    TEXT CHECK (acknowledged_on IS NULL
                                   OR date(acknowledged_on, '+0 days') IS acknowledged_on),
    closed_on          TEXT CHECK (closed_on IS NULL OR date(closed_on, '+0 days') IS closed_on),
    resolution         TEXT,
    reject_reason      TEXT,
    created_by         INTEGER NOT NULL REFERENCES app_user(id),
    created_at         TEXT NOT NULL,
    CHECK (resolve_due_on >= ack_due_on AND ack_due_on >= received_on),
    CHECK ((place_kind = 'stall') = (stall_id IS NOT NULL)),
    CHECK ((place_kind = 'block') = (block_id IS NOT NULL)),
    CHECK ((place_kind = 'zone') = (zone_id IS NOT NULL)),
    CHECK ((place_kind = 'facility') = (facility_id IS NOT NULL)),
    CHECK (trader_id IS NULL OR complainant_kind = 'pedagang'),
    CHECK (attendant_id IS NULL OR complainant_kind = 'juru_parkir'),
    CHECK ((status = 'received') = (acknowledged_on IS NULL AND closed_on IS NULL)
           OR status = 'rejected'),
    CHECK ((status IN ('resolved', 'rejected')) = (closed_on IS NOT NULL)),
    CHECK ((status = 'resolved') = (resolution IS NOT NULL AND length(trim(resolution)) > 0)),
    CHECK ((status = 'rejected') = (reject_reason IS NOT NULL
                                    AND length(trim(reject_reason)) > 0)),
    CHECK (acknowledged_on IS NULL OR acknowledged_on >= received_on),
    CHECK (closed_on IS NULL OR closed_on >= received_on)
);
CREATE INDEX complaint_open ON complaint (status, resolve_due_on)
    WHERE status IN ('received', 'in_progress');
CREATE INDEX complaint_day ON complaint (received_on);
CREATE INDEX complaint_place ON complaint (place_kind, category, received_on);

CREATE TABLE complaint_step (
    id            INTEGER PRIMARY KEY,
    complaint_id  INTEGER NOT NULL REFERENCES complaint(id),
    step_on       TEXT NOT NULL CHECK (date(step_on, '+0 days') IS step_on),
    at            TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('receive', 'acknowledge', 'resolve', 'reject',
                                                  'assign', 'note')),
    from_status   TEXT,
    to_status     TEXT NOT NULL,
    area          TEXT,
    note          TEXT NOT NULL DEFAULT '',
    user_id       INTEGER NOT NULL REFERENCES app_user(id)
);
CREATE INDEX complaint_step_complaint ON complaint_step (complaint_id, id);

CREATE TABLE facility_condition (
    id             INTEGER PRIMARY KEY,
    facility_id    INTEGER NOT NULL REFERENCES facility(id),
    observed_on    TEXT NOT NULL CHECK (date(observed_on, '+0 days') IS observed_on),
    condition      TEXT NOT NULL CHECK (condition IN ('baik', 'rusak_ringan', 'rusak_berat')),
    source         TEXT NOT NULL CHECK (source IN ('register', 'inspection', 'complaint',
                                                   'repair')),
    inspection_id  INTEGER REFERENCES inspection(id),
    complaint_id   INTEGER REFERENCES complaint(id),
    note           TEXT NOT NULL DEFAULT '',
    created_by     INTEGER NOT NULL REFERENCES app_user(id),
    created_at     TEXT NOT NULL,
    CHECK ((source = 'inspection') = (inspection_id IS NOT NULL)),
    CHECK ((source = 'complaint') = (complaint_id IS NOT NULL)),
    UNIQUE (inspection_id, facility_id)
);
CREATE INDEX facility_condition_day ON facility_condition (facility_id, observed_on, id);

-- === append-only, the life of a complaint, closed days ===========================

CREATE TRIGGER facility_no_delete BEFORE DELETE ON facility
BEGIN SELECT RAISE(ABORT, 'append_only:facility'); END;
CREATE TRIGGER facility_code_fixed BEFORE UPDATE ON facility
WHEN NEW.code IS NOT OLD.code
BEGIN SELECT RAISE(ABORT, 'append_only:facility'); END;

CREATE TRIGGER inspection_no_change BEFORE UPDATE ON inspection
BEGIN SELECT RAISE(ABORT, 'append_only:inspection'); END;
CREATE TRIGGER inspection_no_delete BEFORE DELETE ON inspection
BEGIN SELECT RAISE(ABORT, 'append_only:inspection'); END;
CREATE TRIGGER inspection_closed_day BEFORE INSERT ON inspection
WHEN NEW.inspected_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER facility_condition_no_change BEFORE UPDATE ON facility_condition
BEGIN SELECT RAISE(ABORT, 'append_only:facility_condition'); END;
CREATE TRIGGER facility_condition_no_delete BEFORE DELETE ON facility_condition
BEGIN SELECT RAISE(ABORT, 'append_only:facility_condition'); END;
CREATE TRIGGER facility_condition_closed_day BEFORE INSERT ON facility_condition
WHEN NEW.observed_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER complaint_no_delete BEFORE DELETE ON complaint
BEGIN SELECT RAISE(ABORT, 'append_only:complaint'); END;
-- what was received stays as received; only the status, its dates and notes,
-- and the area (an assignment) move, and never out of a closed state
CREATE TRIGGER complaint_fixed BEFORE UPDATE ON complaint
WHEN OLD.status IN ('resolved', 'rejected')
  OR NEW.number IS NOT OLD.number OR NEW.received_on IS NOT OLD.received_on
  OR NEW.received_at IS NOT OLD.received_at OR NEW.channel IS NOT OLD.channel
  OR NEW.complainant_kind IS NOT OLD.complainant_kind
  OR NEW.complainant_name IS NOT OLD.complainant_name
  OR NEW.complainant_phone IS NOT OLD.complainant_phone
  OR NEW.trader_id IS NOT OLD.trader_id OR NEW.attendant_id IS NOT OLD.attendant_id
  OR NEW.category IS NOT OLD.category OR NEW.place_kind IS NOT OLD.place_kind
  OR NEW.stall_id IS NOT OLD.stall_id OR NEW.block_id IS NOT OLD.block_id
  OR NEW.zone_id IS NOT OLD.zone_id OR NEW.facility_id IS NOT OLD.facility_id
  OR NEW.description IS NOT OLD.description OR NEW.ack_due_on IS NOT OLD.ack_due_on
  OR NEW.resolve_due_on IS NOT OLD.resolve_due_on OR NEW.created_by IS NOT OLD.created_by
  OR NEW.created_at IS NOT OLD.created_at
  OR (OLD.acknowledged_on IS NOT NULL AND NEW.acknowledged_on IS NOT OLD.acknowledged_on)
  OR (OLD.status = 'in_progress' AND NEW.status = 'received')
BEGIN SELECT RAISE(ABORT, 'append_only:complaint'); END;
CREATE TRIGGER complaint_closed_day_insert BEFORE INSERT ON complaint
WHEN NEW.received_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER complaint_closed_day_update BEFORE UPDATE ON complaint
WHEN coalesce(NEW.closed_on, NEW.acknowledged_on, '9999-12-31') <= (SELECT day FROM lock_date)
  AND (NEW.closed_on IS NOT OLD.closed_on OR NEW.acknowledged_on IS NOT OLD.acknowledged_on)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER complaint_step_no_change BEFORE UPDATE ON complaint_step
BEGIN SELECT RAISE(ABORT, 'append_only:complaint_step'); END;
CREATE TRIGGER complaint_step_no_delete BEFORE DELETE ON complaint_step
BEGIN SELECT RAISE(ABORT, 'append_only:complaint_step'); END;
CREATE TRIGGER complaint_step_closed_day BEFORE INSERT ON complaint_step
WHEN NEW.step_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
