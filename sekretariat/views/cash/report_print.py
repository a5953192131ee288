"""Printing a close's report (Laporan Penutupan Kas Harian) from any cash screen."""

from __future__ import annotations

import datetime as dt

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.views.printing import print_document


def print_close_report(screen, close_id: int, day: dt.date) -> None:
    """Write the PDF in a worker; the screen says where it went."""
    from sekretariat.services.cash import documents

    print_document(screen, documents.close_report_pdf, close_id,
                   what=t("tui.close.print_what", day=fmt_date(day)))
