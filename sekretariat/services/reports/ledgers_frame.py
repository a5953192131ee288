"""What every sheet of the ledgers workbook shares: who asked, for which
period, the market's name, whether the figures are provisional, and the
sheet's heading and note built from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat.i18n import t
from sekretariat.reports.reports.layout import Sheet, Table
from sekretariat.services.core.session import Session
from sekretariat.services.reports.period import Period


@dataclass(frozen=True)
class Frame:
    session: Session
    period: Period
    market: str
    provisional: bool
    made: str               # "Dibuat 23 Nov 2026 09.30 oleh …"
    as_of: dt.date          # the period's end, or today while it has not ended

    def heading(self, title: str) -> str:
        text = t("ledgers.heading", sheet=title, market=self.market,
                 period=self.period.label())
        return f"{text} — {t('ledgers.provisional_mark')}" if self.provisional else text

    def sheet(self, title_key: str, *tables: Table, note: str = "") -> Sheet:
        """A sheet titled by ``title_key``: its heading, and a note that
        says what it is, when and by whom it was made and, for a provisional
        period, that its figures may still change."""
        title = t(title_key)
        notes = [note, self.made]
        if self.provisional:
            notes.append(t("report.provisional"))
        return Sheet(title, self.heading(title), "  ·  ".join(n for n in notes if n),
                     tuple(tables), alert=self.provisional)

    @staticmethod
    def day(value: dt.date) -> str:
        from sekretariat.i18n.formats import fmt_date

        return fmt_date(value)
