"""The home screen's close status, for the roles that close or read the cash:
whether yesterday is closed, how many days with cash activity are still
open, and the last good backup (or that there is none, or that its file is
gone)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.widgets import Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, fmt_datetime
from sekretariat.services.cash import close_read
from sekretariat.services.cash.close_read import CloseStatus
from sekretariat.services.core import backup, permissions
from sekretariat.services.core.backup import LastBackup


def may_see(session) -> bool:
    return permissions.can(session, "cash.close") or permissions.can(session, "cash.view")


@dataclass(frozen=True)
class CloseNoticeFacts:
    status: CloseStatus
    backup: LastBackup | None


def load(session) -> CloseNoticeFacts:
    return CloseNoticeFacts(close_read.close_status(session), backup.last_backup())


def close_line(status: CloseStatus) -> str:
    import datetime as dt

    yesterday = status.today - dt.timedelta(days=1)
    if status.yesterday_closed:
        text = t("tui.close.home_yesterday_closed")
    else:
        text = t("tui.close.home_yesterday_open", day=fmt_date(yesterday))
    busy = status.open_activity_days
    if busy:
        text += " · " + t("tui.close.home_open_days", count=len(busy), first=fmt_date(busy[0]))
    return text


def backup_line(last: LastBackup | None) -> str:
    if last is None:
        return t("tui.close.home_no_backup")
    at = fmt_datetime(last.at)[:-3]  # to the minute
    if not last.exists:
        return t("tui.close.home_backup_missing", at=at, path=last.path)
    return t("tui.close.home_backup", at=at)


class CloseNotice(Static):
    """Fills itself once mounted (in a worker), and again on ``reload()``."""

    DEFAULT_CSS = """
    CloseNotice {
        height: auto;
        color: $text-muted;
    }
    CloseNotice.-behind {
        color: $warning;
        text-style: bold;
    }
    CloseNotice.-no-backup {
        color: $error;
        text-style: bold;
    }
    """

    def __init__(self) -> None:
        super().__init__("", id="home-close", markup=False)

    def on_mount(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.screen.call_service(load, self.screen.session, done=self.show,
                                 group="home-close")

    def show(self, facts: CloseNoticeFacts) -> None:
        status = facts.status
        self.update(f"{close_line(status)}\n{backup_line(facts.backup)}")
        behind = not status.yesterday_closed or bool(status.open_activity_days)
        self.set_class(behind, "-behind")
        self.set_class(facts.backup is None or not facts.backup.exists, "-no-backup")
