-- Parking analysis (issue 10): the income trends and the per-attendant
-- summary read the reports of a date range (services/parking/trends.py,
-- leaks.py). Their queries write the void test as `+r.void_entry_id IS NULL`
-- so that the planner does not take the UNIQUE index on void_entry_id (every
-- report not voided is NULL there: a scan of the whole table) and reads this
-- index on the date instead: a month of a ten-year lot in well under 1 ms.
CREATE INDEX shift_report_day ON shift_report (report_date);
