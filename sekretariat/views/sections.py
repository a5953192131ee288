"""The home-screen sections that have a screen, and which permission opens
each (from ``services.permissions.SECTIONS``). A section is listed only when
both exist: no placeholder screens."""

from __future__ import annotations

import importlib

from textual.screen import Screen

from sekretariat.services.core import permissions
from sekretariat.services.core.session import Session

#: Section name -> (module, screen class); imported when first opened.
SECTION_SCREENS: dict[str, tuple[str, str]] = {
    "journal": ("sekretariat.views.core.journal", "JournalScreen"),
    "days": ("sekretariat.views.core.days", "DaysScreen"),
    "audit": ("sekretariat.views.core.audit", "AuditScreen"),
    "users": ("sekretariat.views.core.users", "UsersScreen"),
    "market": ("sekretariat.views.core.market", "MarketScreen"),
    "stalls": ("sekretariat.views.leasing.stall_map", "StallMapScreen"),
    "traders": ("sekretariat.views.leasing.traders", "TradersScreen"),
    "arrears": ("sekretariat.views.leasing.arrears", "ArrearsScreen"),
    "billing": ("sekretariat.views.leasing.billing", "BillingScreen"),
    "fees": ("sekretariat.views.leasing.daily_fees", "DailyFeesScreen"),
    "cash": ("sekretariat.views.cash.book", "CashBookScreen"),
    "surveys": ("sekretariat.views.surveys.surveys", "SurveysScreen"),
    "parking": ("sekretariat.views.parking.parking", "ParkingScreen"),
    "warehouse": ("sekretariat.views.warehouse.warehouse", "WarehouseScreen"),
    "reports": ("sekretariat.views.reports.reports", "ReportsScreen"),
    "complaints": ("sekretariat.views.complaints.complaints", "ComplaintsScreen"),
}


#: A section whose screen depends on the role: (permission, module, screen class).
#: "days" is the cash close for those who close the day, the list of closed
#: days for everyone else (the close screen opens that list too).
ROLE_SCREENS: dict[str, tuple[str, str, str]] = {
    "days": ("cash.close", "sekretariat.views.cash.close", "CloseScreen"),
}


def permission_for(name: str) -> str:
    return dict(permissions.SECTIONS)[name]


def sections_for(session: Session) -> list[str]:
    """The sections ``session`` may open, in the home screen's order."""
    return [name for name in permissions.sections_for(session) if name in SECTION_SCREENS]


def section_number(name: str) -> int:
    """The number (1, 2, ...; key "0" alone for 10) of a section: the same
    for every role, so a section a role cannot open leaves a gap instead of
    renumbering."""
    return [n for n, _ in permissions.SECTIONS if n in SECTION_SCREENS].index(name) + 1


def screen_for(name: str, session: Session | None = None) -> Screen:
    """The screen of section ``name`` for ``session`` (without one: the plain one)."""
    module, cls = SECTION_SCREENS[name]
    if session is not None and name in ROLE_SCREENS:
        action, role_module, role_cls = ROLE_SCREENS[name]
        if permissions.can(session, action):
            module, cls = role_module, role_cls
    return getattr(importlib.import_module(module), cls)()
