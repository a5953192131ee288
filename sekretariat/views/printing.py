"""Printing from the screens: the documents service writes the PDF (into
``exports/`` beside the database) in a worker; the screen says where it is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sekretariat.i18n import t

#: How long the "printed to …" notice stays (seconds): long enough to read a path.
NOTICE_SECONDS = 12


def print_document(screen, fn: Callable[..., Path], *args: Any, what: str,
                   **kwargs: Any) -> None:
    """``fn(session, *args, **kwargs)`` writes the PDF; ``what`` names it
    ("Surat Perjanjian SPS/2026/0012")."""
    screen.notify(t("tui.print.working", what=what), timeout=3)
    screen.call_service(
        fn, screen.session, *args,
        done=lambda path: screen.notify(t("tui.print.done", what=what, path=str(path)),
                                        title=t("tui.print.title"), timeout=NOTICE_SECONDS),
        group="print", **kwargs)


def print_agreement(screen, lease_id: int, number: str) -> None:
    """The Surat Perjanjian Sewa of a lease, in a worker."""
    from sekretariat.services.leasing import documents

    print_document(screen, documents.lease_agreement_pdf, lease_id,
                   what=t("tui.print.agreement", number=number))


def offer_agreement(screen, lease) -> None:
    """Right after a lease is made: print its agreement now?"""
    from sekretariat.i18n.formats import fmt_date
    from sekretariat.views.core.confirm import ConfirmDialog

    question = t("tui.trader.leased", number=lease.agreement_number, stall=lease.stall_code,
                 start=fmt_date(lease.start_date), end=fmt_date(lease.end_date))
    screen.app.push_screen(
        ConfirmDialog(question, t("tui.trader.print_now"), title=t("tui.trader.leased_title")),
        lambda yes: yes and print_agreement(screen, lease.id, lease.agreement_number))
