-- The parking area (issue 10), its foundation: zones, vehicle types, tariffs
-- by effective date, shifts, attendants (juru parkir) and the roster.
--
-- parking_tariff: the amount per vehicle of a type from effective_from on,
-- until the next row of that type. The tariff in force on a day is read in
-- one place (services/parking/tariffs.py, tariff_on / TARIFF_ON_SQL). A row
-- whose effective_from is in a closed day is never changed or deleted, and
-- none is added there: a change never rewrites a past day.
--
-- parking_shift: start_time/end_time 'HH:MM'; an end at or before the start
-- runs past midnight (malam 22:00-06:00).
--
-- attendant: works from start_date; a deactivated attendant has end_date, the
-- last day worked (status 'nonaktif' exactly when end_date is set). Either
-- date, once in a closed day, no longer moves.
--
-- roster: who works which zone and shift on a day, one attendant per zone,
-- shift and day. Rows dated in a closed day never change.

CREATE TABLE parking_zone (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    capacity    INTEGER NOT NULL CHECK (capacity >= 0),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
);

CREATE TABLE vehicle_type (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
);

INSERT INTO vehicle_type (code, name, created_at) VALUES
    ('motor', 'Sepeda motor', '2026-01-01T00:00:00'),
    ('mobil', 'Mobil', '2026-01-01T00:00:00'),
    ('truk', 'Pikap/truk', '2026-01-01T00:00:00');

CREATE TABLE parking_tariff (
    id               INTEGER PRIMARY KEY,
    vehicle_type_id  INTEGER NOT NULL REFERENCES vehicle_type(id),
    amount           INTEGER NOT NULL CHECK (amount > 0),
    effective_from   TEXT NOT NULL,
    created_by       INTEGER NOT NULL REFERENCES app_user(id),
    created_at       TEXT NOT NULL,
    UNIQUE (vehicle_type_id, effective_from),
    CHECK (date(effective_from, '+0 days') IS effective_from)
);

CREATE TABLE parking_shift (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    start_time  TEXT NOT NULL CHECK (time(start_time) IS start_time || ':00'),
    end_time    TEXT NOT NULL CHECK (time(end_time) IS end_time || ':00'),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL,
    CHECK (start_time <> end_time)
);

INSERT INTO parking_shift (code, name, start_time, end_time, created_at) VALUES
    ('pagi', 'Pagi', '06:00', '14:00', '2026-01-01T00:00:00'),
    ('siang', 'Siang', '14:00', '22:00', '2026-01-01T00:00:00'),
    ('malam', 'Malam', '22:00', '06:00', '2026-01-01T00:00:00');

CREATE TABLE attendant (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    phone       TEXT NOT NULL DEFAULT '',
    nik         TEXT NOT NULL DEFAULT '' CHECK (nik = '' OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
    status      TEXT NOT NULL DEFAULT 'aktif' CHECK (status IN ('aktif', 'nonaktif')),
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    created_at  TEXT NOT NULL,
    CHECK (date(start_date, '+0 days') IS start_date),
    CHECK (end_date IS NULL OR date(end_date, '+0 days') IS end_date),
    CHECK ((status = 'nonaktif') = (end_date IS NOT NULL)),
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE roster (
    id            INTEGER PRIMARY KEY,
    roster_date   TEXT NOT NULL,
    zone_id       INTEGER NOT NULL REFERENCES parking_zone(id),
    shift_id      INTEGER NOT NULL REFERENCES parking_shift(id),
    attendant_id  INTEGER NOT NULL REFERENCES attendant(id),
    created_by    INTEGER NOT NULL REFERENCES app_user(id),
    created_at    TEXT NOT NULL,
    UNIQUE (roster_date, zone_id, shift_id),
    CHECK (date(roster_date, '+0 days') IS roster_date)
);
CREATE INDEX roster_attendant ON roster (attendant_id, roster_date);

-- === closed days: nothing dated on or before the lock date changes =========

CREATE TRIGGER parking_tariff_closed_day_insert BEFORE INSERT ON parking_tariff
WHEN NEW.effective_from <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER parking_tariff_closed_day_update BEFORE UPDATE ON parking_tariff
WHEN OLD.effective_from <= (SELECT day FROM lock_date)
  OR NEW.effective_from <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER parking_tariff_closed_day_delete BEFORE DELETE ON parking_tariff
WHEN OLD.effective_from <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER roster_closed_day_insert BEFORE INSERT ON roster
WHEN NEW.roster_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER roster_closed_day_update BEFORE UPDATE ON roster
WHEN OLD.roster_date <= (SELECT day FROM lock_date)
  OR NEW.roster_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER roster_closed_day_delete BEFORE DELETE ON roster
WHEN OLD.roster_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

-- An attendant may be registered with a start in the past (nothing dated
-- refers to them yet); once a start or end date is in a closed day it stays.
CREATE TRIGGER attendant_closed_day_update BEFORE UPDATE ON attendant
WHEN (NEW.start_date IS NOT OLD.start_date AND (
        OLD.start_date <= (SELECT day FROM lock_date)
        OR NEW.start_date <= (SELECT day FROM lock_date)))
  OR (NEW.end_date IS NOT OLD.end_date AND (
        OLD.end_date <= (SELECT day FROM lock_date)
        OR NEW.end_date <= (SELECT day FROM lock_date)))
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER attendant_no_delete BEFORE DELETE ON attendant
BEGIN SELECT RAISE(ABORT, 'append_only:attendant'); END;
