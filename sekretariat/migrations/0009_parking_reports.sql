-- The parking area (issue 10), part 2: ticket books, shift reports and the
-- attendants' debts.
--
-- ticket_book: a numbered book of tickets (karcis) of one vehicle type, a
-- series and a serial range, issued to an attendant; returned_on is set once
-- when the book comes back (its unused tickets come back with it). Books of
-- one series never overlap (services/parking/tickets.py and a check rule).
--
-- shift_report: one per zone, shift, attendant and day while not voided
-- (PKR/2026/00001). expected = the sum of its lines; difference = handed_over
-- - expected (below zero: a shortfall, the attendant's debt on 1-210; above
-- zero: an excess, posted to 4-900). off_roster = 1 is the explicit, audited
-- override for an attendant not on that day's roster. hours_worked_minutes
-- NULL means the whole shift; the target is the market's target per shift,
-- prorated by the minutes worked, copied. A report is never edited: it is
-- voided by a reversal of its entry dated in an open day.
--
-- shift_report_line: counts per vehicle type with the tariff in force that
-- day, copied; counted from a ticket book when ticket_book_id is set (count =
-- last_serial - first_serial + 1).
--
-- attendant_debt_movement: shortfall (from a report), payment (cash in) and
-- write_off (the chair, with a reason). The outstanding debt is the sum of the
-- shortfalls of reports not voided minus payments and write-offs
-- (services/parking/debts.py, attendant_debt). Append-only.

CREATE TABLE ticket_book (
    id               INTEGER PRIMARY KEY,
    series           TEXT NOT NULL CHECK (length(series) BETWEEN 1 AND 20),
    first_serial     INTEGER NOT NULL CHECK (first_serial >= 0),
    last_serial      INTEGER NOT NULL,
    vehicle_type_id  INTEGER NOT NULL REFERENCES vehicle_type(id),
    attendant_id     INTEGER NOT NULL REFERENCES attendant(id),
    issued_on        TEXT NOT NULL,
    returned_on      TEXT,
    created_by       INTEGER NOT NULL REFERENCES app_user(id),
    created_at       TEXT NOT NULL,
    CHECK (first_serial <= last_serial),
    CHECK (returned_on IS NULL OR returned_on >= issued_on),
    CHECK (date(issued_on, '+0 days') IS issued_on),
    CHECK (returned_on IS NULL OR date(returned_on, '+0 days') IS returned_on)
);
CREATE INDEX ticket_book_series ON ticket_book (series, first_serial);
CREATE INDEX ticket_book_attendant ON ticket_book (attendant_id, returned_on);

CREATE TABLE shift_report (
    id                    INTEGER PRIMARY KEY,
    number                TEXT NOT NULL UNIQUE,
    report_date           TEXT NOT NULL,
    zone_id               INTEGER NOT NULL REFERENCES parking_zone(id),
    shift_id              INTEGER NOT NULL REFERENCES parking_shift(id),
    attendant_id          INTEGER NOT NULL REFERENCES attendant(id),
    off_roster            INTEGER NOT NULL DEFAULT 0 CHECK (off_roster IN (0, 1)),
    hours_worked_minutes  INTEGER CHECK (hours_worked_minutes IS NULL
                                         OR hours_worked_minutes > 0),
    expected              INTEGER NOT NULL CHECK (expected >= 0),
    handed_over           INTEGER NOT NULL CHECK (handed_over >= 0),
    difference            INTEGER NOT NULL,
    target                INTEGER NOT NULL CHECK (target >= 0),
    journal_entry_id      INTEGER NOT NULL UNIQUE REFERENCES journal_entry(id),
    void_entry_id         INTEGER UNIQUE REFERENCES journal_entry(id),
    voided_on             TEXT,
    void_reason           TEXT,
    created_by            INTEGER NOT NULL REFERENCES app_user(id),
    created_at            TEXT NOT NULL,
    CHECK (difference = handed_over - expected),
    CHECK (expected + handed_over > 0),
    CHECK ((void_entry_id IS NULL) = (voided_on IS NULL)),
    CHECK (voided_on IS NULL OR length(trim(void_reason)) > 0),
    CHECK (date(report_date, '+0 days') IS report_date),
    CHECK (voided_on IS NULL OR date(voided_on, '+0 days') IS voided_on)
);
CREATE UNIQUE INDEX shift_report_slot ON shift_report (report_date, zone_id, shift_id, attendant_id)
    WHERE void_entry_id IS NULL;
CREATE INDEX shift_report_attendant ON shift_report (attendant_id, report_date);

CREATE TABLE shift_report_line (
    id               INTEGER PRIMARY KEY,
    report_id        INTEGER NOT NULL REFERENCES shift_report(id),
    vehicle_type_id  INTEGER NOT NULL REFERENCES vehicle_type(id),
    count            INTEGER NOT NULL CHECK (count >= 0),
    tariff           INTEGER NOT NULL CHECK (tariff > 0),
    amount           INTEGER NOT NULL,
    ticket_book_id   INTEGER REFERENCES ticket_book(id),
    first_serial     INTEGER,
    last_serial      INTEGER,
    UNIQUE (report_id, vehicle_type_id),
    CHECK (amount = count * tariff),
    CHECK ((ticket_book_id IS NULL) = (first_serial IS NULL)
           AND (first_serial IS NULL) = (last_serial IS NULL)),
    CHECK (first_serial IS NULL OR (first_serial <= last_serial
                                    AND count = last_serial - first_serial + 1))
);
CREATE INDEX shift_report_line_book ON shift_report_line (ticket_book_id, first_serial)
    WHERE ticket_book_id IS NOT NULL;

CREATE TABLE attendant_debt_movement (
    id                INTEGER PRIMARY KEY,
    attendant_id      INTEGER NOT NULL REFERENCES attendant(id),
    moved_on          TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('shortfall', 'payment', 'write_off')),
    amount            INTEGER NOT NULL CHECK (amount > 0),
    shift_report_id   INTEGER REFERENCES shift_report(id),
    journal_entry_id  INTEGER NOT NULL REFERENCES journal_entry(id),
    reason            TEXT NOT NULL DEFAULT '',
    created_by        INTEGER NOT NULL REFERENCES app_user(id),
    created_at        TEXT NOT NULL,
    CHECK ((kind = 'shortfall') = (shift_report_id IS NOT NULL)),
    CHECK (kind <> 'write_off' OR length(trim(reason)) > 0),
    CHECK (date(moved_on, '+0 days') IS moved_on)
);
CREATE INDEX attendant_debt_movement_attendant ON attendant_debt_movement (attendant_id, moved_on);

-- === append-only, closed days ==============================================

CREATE TRIGGER ticket_book_no_delete BEFORE DELETE ON ticket_book
BEGIN SELECT RAISE(ABORT, 'append_only:ticket_book'); END;
-- Only the return is ever written after the issue, once.
CREATE TRIGGER ticket_book_fixed BEFORE UPDATE ON ticket_book
WHEN OLD.returned_on IS NOT NULL OR NEW.returned_on IS NULL
  OR NEW.series IS NOT OLD.series OR NEW.first_serial IS NOT OLD.first_serial
  OR NEW.last_serial IS NOT OLD.last_serial OR NEW.vehicle_type_id IS NOT OLD.vehicle_type_id
  OR NEW.attendant_id IS NOT OLD.attendant_id OR NEW.issued_on IS NOT OLD.issued_on
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'append_only:ticket_book'); END;
CREATE TRIGGER ticket_book_closed_day_insert BEFORE INSERT ON ticket_book
WHEN NEW.issued_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER ticket_book_closed_day_update BEFORE UPDATE ON ticket_book
WHEN NEW.returned_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER shift_report_fixed BEFORE UPDATE ON shift_report
WHEN OLD.void_entry_id IS NOT NULL OR NEW.void_entry_id IS NULL
  OR NEW.number IS NOT OLD.number OR NEW.report_date IS NOT OLD.report_date
  OR NEW.zone_id IS NOT OLD.zone_id OR NEW.shift_id IS NOT OLD.shift_id
  OR NEW.attendant_id IS NOT OLD.attendant_id OR NEW.off_roster IS NOT OLD.off_roster
  OR NEW.hours_worked_minutes IS NOT OLD.hours_worked_minutes
  OR NEW.expected IS NOT OLD.expected OR NEW.handed_over IS NOT OLD.handed_over
  OR NEW.difference IS NOT OLD.difference OR NEW.target IS NOT OLD.target
  OR NEW.journal_entry_id IS NOT OLD.journal_entry_id
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'append_only:shift_report'); END;
CREATE TRIGGER shift_report_no_delete BEFORE DELETE ON shift_report
BEGIN SELECT RAISE(ABORT, 'append_only:shift_report'); END;
CREATE TRIGGER shift_report_closed_day_insert BEFORE INSERT ON shift_report
WHEN NEW.report_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER shift_report_closed_day_update BEFORE UPDATE ON shift_report
WHEN NEW.voided_on <= (SELECT day FROM lock_date)
  OR (OLD.report_date <= (SELECT day FROM lock_date) AND (NEW.voided_on IS NULL OR NOT EXISTS (
        SELECT 1 FROM journal_entry r WHERE r.id = NEW.void_entry_id
          AND r.reverses_id = OLD.journal_entry_id AND r.entry_date = NEW.voided_on)))
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER shift_report_line_no_update BEFORE UPDATE ON shift_report_line
BEGIN SELECT RAISE(ABORT, 'append_only:shift_report_line'); END;
CREATE TRIGGER shift_report_line_no_delete BEFORE DELETE ON shift_report_line
BEGIN SELECT RAISE(ABORT, 'append_only:shift_report_line'); END;
CREATE TRIGGER shift_report_line_closed_day_insert BEFORE INSERT ON shift_report_line
WHEN (SELECT report_date FROM shift_report WHERE id = NEW.report_id)
     <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TRIGGER attendant_debt_movement_no_update BEFORE UPDATE ON attendant_debt_movement
BEGIN SELECT RAISE(ABORT, 'append_only:attendant_debt_movement'); END;
CREATE TRIGGER attendant_debt_movement_no_delete BEFORE DELETE ON attendant_debt_movement
BEGIN SELECT RAISE(ABORT, 'append_only:attendant_debt_movement'); END;
CREATE TRIGGER attendant_debt_movement_closed_day_insert BEFORE INSERT ON attendant_debt_movement
WHEN NEW.moved_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
