"""The parking area's rules in ``sekretariat check`` (registered in the core
registry, ``services/core/check.py``):

* every roster row's attendant was active on its date (started on or before
  it, not ended before it);
* no attendant works two shifts whose hours overlap (a night shift runs into
  the next morning);
* every tariff row is a whole positive amount from a real date, one per type
  and day (the schema says so too; a copy rebuilt without it would not);
* the attendants' debts equal the journal's 1-210 balance, each and in sum;
* a shift report's expected amount is its counts x the tariff in force that
  day, and its journal entry equals its figures;
* ticket ranges never overlap (books of a series, ranges used by reports).
"""

from __future__ import annotations

from sekretariat.money import format_rupiah
from sekretariat.services.core.check import bad_voids, rule
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


# --- shift reports, ticket books, debts (issue 10, part 2) ----------------------

@rule("check.parking_debts", area="parking")
def debts(conn) -> list[str]:
    """Each attendant's debt (``debts.DEBT_SQL``) equals their 1-210 lines, and
    the sum of the debts equals the whole 1-210 balance."""
    from sekretariat.services.parking.debts import DEBT_SQL

    receivable = "(SELECT id FROM account WHERE code = '1-210')"
    problems, total = [], 0
    for name, debt, books in conn.execute_sql(
            "SELECT a.name, (" + DEBT_SQL.format(attendant="a.id") + "),"
            " (SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_line l"
            f" WHERE l.account_id = {receivable} AND l.party_kind = 'attendant'"
            " AND l.party_id = a.id) FROM attendant a ORDER BY a.id"):
        total += debt
        if debt != books:
            problems.append(_t("check.parking_debts_problem", name=name,
                               debt=format_rupiah(debt), books=format_rupiah(books)))
    (books,) = conn.execute_sql("SELECT coalesce(sum(debit - credit), 0) FROM journal_line"
                                f" WHERE account_id = {receivable}").fetchone()
    if total != books:
        problems.append(_t("check.parking_debts_total", debt=format_rupiah(total),
                           books=format_rupiah(books)))
    return problems


@rule("check.parking_report_lines", area="parking")
def report_lines(conn) -> list[str]:
    """expected = the sum of count x tariff; each line's tariff is the one in
    force that day (the rule of ``tariffs.TARIFF_ON_SQL``); difference =
    handed over - expected."""
    return [_t("check.parking_report_lines_problem", number=number)
            for number, in conn.execute_sql(
                "SELECT r.number FROM shift_report r"
                " WHERE r.difference <> r.handed_over - r.expected"
                " OR r.expected <> (SELECT coalesce(sum(l.count * l.tariff), 0)"
                "   FROM shift_report_line l WHERE l.report_id = r.id)"
                " OR EXISTS (SELECT 1 FROM shift_report_line l WHERE l.report_id = r.id AND"
                "   (l.count < 0 OR l.amount <> l.count * l.tariff OR l.tariff IS NOT"
                "    (SELECT x.amount FROM parking_tariff x"
                "     WHERE x.vehicle_type_id = l.vehicle_type_id"
                "     AND x.effective_from <= r.report_date"
                "     ORDER BY x.effective_from DESC LIMIT 1)))"
                " ORDER BY r.id")]


@rule("check.parking_report_entry", area="parking")
def report_entry(conn) -> list[str]:
    """A report's entry: its day, source 'parking', Dr 1-100 the hand-over,
    Dr 1-210 the shortfall (the attendant's), Cr 4-200 the expected amount,
    Cr 4-900 the excess; its shortfall movement; a void is its reversal."""
    problems = []
    for (number, day, handed, expected, diff, attendant, entry_date, source, cash, owed,
         income, excess, other, moved) in conn.execute_sql(
            "SELECT r.number, r.report_date, r.handed_over, r.expected, r.difference,"
            " r.attendant_id, e.entry_date, e.source,"
            " coalesce(sum(CASE WHEN a.code = '1-100' THEN l.debit - l.credit END), 0),"
            " coalesce(sum(CASE WHEN a.code = '1-210' AND l.party_kind = 'attendant'"
            "   AND l.party_id = r.attendant_id THEN l.debit - l.credit END), 0),"
            " coalesce(sum(CASE WHEN a.code = '4-200' THEN l.credit - l.debit END), 0),"
            " coalesce(sum(CASE WHEN a.code = '4-900' THEN l.credit - l.debit END), 0),"
            " coalesce(sum(CASE WHEN a.code NOT IN ('1-100', '1-210', '4-200', '4-900')"
            "   OR (a.code = '1-210' AND (l.party_kind IS NOT 'attendant'"
            "   OR l.party_id IS NOT r.attendant_id)) THEN 1 END), 0),"
            " (SELECT coalesce(sum(m.amount), 0) FROM attendant_debt_movement m"
            "   WHERE m.shift_report_id = r.id AND m.kind = 'shortfall'"
            "   AND m.attendant_id = r.attendant_id AND m.journal_entry_id = r.journal_entry_id)"
            " FROM shift_report r JOIN journal_entry e ON e.id = r.journal_entry_id"
            " JOIN journal_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id"
            " GROUP BY r.id ORDER BY r.id"):
        shortfall = max(-diff, 0)
        if (entry_date != day or source != "parking" or cash != handed or owed != shortfall
                or income != expected or excess != max(diff, 0) or other or moved != shortfall):
            problems.append(_t("check.parking_report_entry_problem", number=number))
    for number in bad_voids(conn, "shift_report"):
        problems.append(_t("check.parking_report_entry_problem", number=number))
    return problems


@rule("check.parking_tickets", area="parking")
def ticket_ranges(conn) -> list[str]:
    """Books of one series never overlap; ranges used by reports not voided
    lie inside their book and never overlap one another."""
    from sekretariat.services.parking.tickets import USED_SQL

    found = [(s, f, last) for s, f, last in conn.execute_sql(
        "SELECT a.series, a.first_serial, a.last_serial FROM ticket_book a JOIN ticket_book b"
        " ON b.series = a.series AND b.id > a.id AND b.first_serial <= a.last_serial"
        " AND b.last_serial >= a.first_serial ORDER BY a.id")]
    used = f"({USED_SQL})"
    found += list(conn.execute_sql(
        f"SELECT b.series, u.first_serial, u.last_serial FROM {used} u"
        " JOIN ticket_book b ON b.id = u.ticket_book_id"
        " WHERE u.first_serial < b.first_serial OR u.last_serial > b.last_serial"
        " OR u.first_serial > u.last_serial OR EXISTS (SELECT 1 FROM"
        f" {used} o WHERE o.ticket_book_id = u.ticket_book_id AND o.number <> u.number"
        " AND o.first_serial <= u.last_serial AND o.last_serial >= u.first_serial)"
        " ORDER BY b.series, u.first_serial"))
    return [_t("check.parking_tickets_problem", series=s, first=f, last=last)
            for s, f, last in found]
