-- A stall's administrative status has dates.
--
-- stall_status_change: from effective_from on, the stall is 'normal',
-- 'diblokir' (blocked) or 'perbaikan' (under repair) until its next row. A
-- stall with no row on or before a day is 'normal' then. The status on a day
-- is read in one place (services/leasing/stall_status.py, status_on and
-- STATUS_ON_SQL); stall.status keeps the latest row's status (the stall's
-- status now), which ``sekretariat check`` verifies. A change dated in a
-- closed day is refused, like a tariff or a stall's own rate.
--
-- Stalls already blocked or under repair get a row from the day they were
-- registered (the only date known for them).

CREATE TABLE stall_status_change (
    id              INTEGER PRIMARY KEY,
    stall_id        INTEGER NOT NULL REFERENCES stall(id),
    status          TEXT NOT NULL CHECK (status IN ('normal', 'diblokir', 'perbaikan')),
    effective_from  TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    created_by      INTEGER REFERENCES app_user(id),
    created_at      TEXT NOT NULL,
    UNIQUE (stall_id, effective_from),
    CHECK (date(effective_from, '+0 days') IS effective_from)
);
CREATE INDEX stall_status_change_day ON stall_status_change (stall_id, effective_from, status);

INSERT INTO stall_status_change (stall_id, status, effective_from, note, created_by, created_at)
    SELECT id, status, coalesce(date(substr(created_at, 1, 10), '+0 days'), '2000-01-01'), '',
           NULL, created_at
    FROM stall WHERE status <> 'normal';

CREATE TRIGGER stall_status_change_closed_day_insert BEFORE INSERT ON stall_status_change
WHEN NEW.effective_from <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER stall_status_change_closed_day_update BEFORE UPDATE ON stall_status_change
WHEN OLD.effective_from <= (SELECT day FROM lock_date)
  OR NEW.effective_from <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER stall_status_change_closed_day_delete BEFORE DELETE ON stall_status_change
WHEN OLD.effective_from <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
