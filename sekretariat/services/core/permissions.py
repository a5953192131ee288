"""Which role may do what. Checked inside services, whatever the caller."""

from __future__ import annotations

from sekretariat.errors import PermissionDenied
from sekretariat.services.core.session import Session

ROLES = ("ketua", "bendahara", "sekretaris", "parkir", "gudang", "staf", "pembaca")
_ALL = frozenset(ROLES)

PERMISSIONS: dict[str, frozenset[str]] = {
    "users.manage": frozenset({"ketua"}),
    "market.view": _ALL,
    "market.edit": frozenset({"ketua", "sekretaris"}),
    "audit.view": frozenset({"ketua", "bendahara", "pembaca"}),
    "journal.view": frozenset({"ketua", "bendahara", "pembaca"}),
    "journal.post": frozenset({"ketua", "bendahara"}),
    "journal.reverse": frozenset({"ketua", "bendahara"}),
    "day.view": _ALL,
    "day.close": frozenset({"ketua", "bendahara"}),
    "day.reopen": frozenset({"ketua"}),
    "backup.run": frozenset({"ketua", "bendahara"}),
    "check.run": frozenset({"ketua", "bendahara", "pembaca"}),
    # stalls, traders, leases (services/stalls, traders, leases, billing, payments, ...)
    "stalls.view": _ALL,
    "stalls.manage": frozenset({"ketua", "sekretaris"}),
    "traders.view": _ALL,
    "traders.manage": frozenset({"ketua", "sekretaris"}),
    # a trader's national ID (NIK): others see it masked
    "traders.nik": frozenset({"ketua", "bendahara", "sekretaris"}),
    "leases.view": _ALL,
    "leases.manage": frozenset({"ketua", "sekretaris"}),
    "billing.run": frozenset({"ketua", "bendahara"}),
    "payments.take": frozenset({"ketua", "bendahara"}),
    "payments.void": frozenset({"ketua", "bendahara"}),
    "deposits.manage": frozenset({"ketua", "bendahara"}),
    "receivables.view": _ALL,
    "fees.view": _ALL,
    "fees.manage": frozenset({"ketua", "bendahara"}),
    "fees.collect": frozenset({"ketua", "bendahara", "staf"}),
    # the cash book, cash vouchers and the end-of-day close (services/cash)
    "cash.view": frozenset({"ketua", "bendahara", "pembaca"}),
    "cash.post": frozenset({"ketua", "bendahara"}),
    "cash.void": frozenset({"ketua", "bendahara"}),
    "cash.close": frozenset({"ketua", "bendahara"}),
    "cash.approve": frozenset({"ketua"}),
    "cash.settings": frozenset({"ketua"}),
    # zones, vehicle types, tariffs, attendants and the roster (services/parking)
    "parking.view": frozenset({"ketua", "bendahara", "parkir", "pembaca"}),
    "parking.manage": frozenset({"ketua", "parkir"}),
    # shift reports, ticket books, attendants' debts (payments); write-offs: the chair
    "parking.report": frozenset({"ketua", "bendahara", "parkir"}),
    "parking.write_off": frozenset({"ketua"}),
    # questionnaires, responses and indices (services/surveys)
    "surveys.view": _ALL,
    "surveys.manage": frozenset({"ketua", "sekretaris", "parkir"}),
    "surveys.enter": frozenset({"ketua", "sekretaris", "parkir", "staf"}),
    # items, units, suppliers and stock movements (services/warehouse)
    "warehouse.view": frozenset({"ketua", "bendahara", "sekretaris", "gudang", "pembaca"}),
    "warehouse.manage": frozenset({"ketua", "gudang"}),
    "warehouse.move": frozenset({"ketua", "gudang", "bendahara"}),
    # the blind stock count: counters type lines; the coordinator and the chair approve
    "warehouse.count": frozenset({"ketua", "gudang", "staf"}),
    "warehouse.count_approve": frozenset({"ketua", "gudang"}),
    # the SAK EMKM financial statements and reports to the asset owner (services/reports)
    "reports.view": frozenset({"ketua", "bendahara", "sekretaris", "pembaca"}),
    # the facilities register and inspection rounds (services/complaints/facilities*);
    # the market's classification (Permendag 37/2017, SNI 8152:2015): the chair
    "facilities.view": _ALL,
    "facilities.manage": frozenset({"ketua", "sekretaris", "staf"}),
    "market.classify": frozenset({"ketua"}),
    # complaints (services/complaints): anyone at the desk takes one; working it
    # is its area's coordinator's or the chair's (services/complaints/rules.py)
    "complaints.view": _ALL,
    "complaints.receive": frozenset({"ketua", "sekretaris", "staf", "bendahara", "parkir",
                                     "gudang"}),
    "complaints.assign": frozenset({"ketua"}),
    "complaints.standards": frozenset({"ketua"}),
}

#: Sections of the home screen, in order, with the permission that opens each.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("journal", "journal.view"),
    ("days", "day.view"),
    ("audit", "audit.view"),
    ("users", "users.manage"),
    ("market", "market.view"),
    ("stalls", "stalls.view"),
    ("traders", "traders.view"),
    ("arrears", "receivables.view"),
    ("billing", "billing.run"),
    ("fees", "fees.collect"),
    ("cash", "cash.view"),
    ("surveys", "surveys.view"),
    ("parking", "parking.view"),
    ("warehouse", "warehouse.view"),
    ("reports", "reports.view"),
    ("complaints", "complaints.view"),
)


def can(session: Session | None, action: str) -> bool:
    if session is None:
        return False
    return session.role in PERMISSIONS[action]


def require(session: Session | None, action: str) -> None:
    if not can(session, action):
        from sekretariat.i18n import t

        role = t(f"role.{session.role}") if session else "-"
        raise PermissionDenied("perm.denied", action=t(f"action.{action}"), role=role)


def mask_nik(session: Session | None, nik: str) -> str:
    """``nik`` as ``session`` may see it: whole with the right, else all but
    the last four digits hidden."""
    if can(session, "traders.nik") or not nik:
        return nik
    return "*" * max(len(nik) - 4, 0) + nik[-4:]


def sections_for(session: Session) -> list[str]:
    return [name for name, action in SECTIONS if can(session, action)]
