"""The home-screen sections that have a screen, and which permission opens
each (from ``services.permissions.SECTIONS``). A section is listed only when
both exist: no placeholder screens."""

from __future__ import annotations

import importlib

from textual.screen import Screen

from sekretariat.services import permissions
from sekretariat.services.session import Session

#: Section name -> (module, screen class); imported when first opened.
SECTION_SCREENS: dict[str, tuple[str, str]] = {
    "journal": ("sekretariat.views.screens.journal", "JournalScreen"),
    "days": ("sekretariat.views.screens.days", "DaysScreen"),
    "audit": ("sekretariat.views.screens.audit", "AuditScreen"),
    "users": ("sekretariat.views.screens.users", "UsersScreen"),
    "market": ("sekretariat.views.screens.market", "MarketScreen"),
    "stalls": ("sekretariat.views.screens.stall_map", "StallMapScreen"),
    "traders": ("sekretariat.views.screens.traders", "TradersScreen"),
    "arrears": ("sekretariat.views.screens.arrears", "ArrearsScreen"),
    "billing": ("sekretariat.views.screens.billing", "BillingScreen"),
    "fees": ("sekretariat.views.screens.daily_fees", "DailyFeesScreen"),
}


def permission_for(name: str) -> str:
    return dict(permissions.SECTIONS)[name]


def sections_for(session: Session) -> list[str]:
    """The sections ``session`` may open, in the home screen's order."""
    return [name for name in permissions.sections_for(session) if name in SECTION_SCREENS]


def screen_for(name: str) -> Screen:
    module, cls = SECTION_SCREENS[name]
    return getattr(importlib.import_module(module), cls)()
