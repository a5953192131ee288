"""The parking area's rules in ``sekretariat check`` (registered in the core
registry, ``services/core/check.py``):

* every roster row's attendant was active on its date (started on or before
  it, not ended before it);
* no attendant works two shifts whose hours overlap (a night shift runs into
  the next morning);
* every tariff row is a whole positive amount from a real date, one per type
  and day (the schema says so too; a copy rebuilt without it would not).
"""

from __future__ import annotations

from sekretariat.money import format_rupiah
from sekretariat.services.core.check import rule
from sekretariat.services.parking.attendants import ACTIVE_ON_SQL
from sekretariat.services.parking.roster_hours import overlaps


def _t(key: str, **params) -> str:
    from sekretariat.i18n import t

    return t(key, **params)


@rule("check.parking_roster_active", area="parking")
def roster_active(conn) -> list[str]:
    return [_t("check.parking_roster_active_problem", day=day, name=name, zone=zone,
               shift=shift)
            for day, name, zone, shift in conn.execute_sql(
                "SELECT r.roster_date, a.name, z.code, s.code FROM roster r"
                " JOIN attendant a ON a.id = r.attendant_id"
                " JOIN parking_zone z ON z.id = r.zone_id"
                " JOIN parking_shift s ON s.id = r.shift_id"
                " WHERE NOT (" + ACTIVE_ON_SQL.format(day="r.roster_date") + ")"
                " ORDER BY r.roster_date, r.id")]


@rule("check.parking_roster_overlap", area="parking")
def roster_overlap(conn) -> list[str]:
    return [_t("check.parking_roster_overlap_problem", name=name, day=day)
            for name, day in overlaps(conn)]


@rule("check.parking_tariffs", area="parking")
def tariffs(conn) -> list[str]:
    problems = [_t("check.parking_tariff_problem", type=code, day=day,
                   amount=format_rupiah(amount) if isinstance(amount, int) else str(amount))
                for code, day, amount in conn.execute_sql(
                    "SELECT v.code, t.effective_from, t.amount FROM parking_tariff t"
                    " JOIN vehicle_type v ON v.id = t.vehicle_type_id"
                    " WHERE typeof(t.amount) <> 'integer' OR t.amount <= 0"
                    " OR date(t.effective_from, '+0 days') IS NOT t.effective_from"
                    " ORDER BY t.id")]
    problems += [_t("check.parking_tariff_twice", type=code, day=day)
                 for code, day in conn.execute_sql(
                     "SELECT v.code, t.effective_from FROM parking_tariff t"
                     " JOIN vehicle_type v ON v.id = t.vehicle_type_id"
                     " GROUP BY t.vehicle_type_id, t.effective_from HAVING count(*) > 1")]
    return problems
