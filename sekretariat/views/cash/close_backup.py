"""The daily backup after a close, in its own worker: the close is committed
and shown first (the report can be printed meanwhile); a failed backup is
shown in red and never undoes the close."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import Static

from sekretariat.errors import SekretariatError
from sekretariat.views.base import unexpected_message
from sekretariat.views.cash import close_panels as panels
from sekretariat.i18n import t


class BackupStep:
    """Mixed into the close screen (``result``: the CloseResult shown)."""

    def _back_up(self) -> None:
        """The daily backup, after the close has been committed and shown: a
        big file takes a while, and the report can be printed meanwhile."""
        from sekretariat.services.cash import backups

        line = self.query_one("#close-backup", Static)
        line.set_class(False, "-failed")
        line.update(t("tui.close.backing_up"))
        line.display = True
        self.call_service(backups.daily_backup, self.session, done=self._backed_up,
                          failed=self._backup_failed, group="close-backup")

    def _backed_up(self, copy) -> None:
        self.result = replace(self.result, backup_path=copy.path)
        self.query_one("#close-result", Static).update(panels.result(self.result))
        self.query_one("#close-backup", Static).display = False

    def _backup_failed(self, error: SekretariatError | None) -> None:
        message = error.message if error else unexpected_message(self.app.log_path)
        self.result = replace(self.result, backup_error=message)
        failure = panels.backup_failure(self.result)
        line = self.query_one("#close-backup", Static)
        line.set_class(True, "-failed")
        line.update(failure)
        self.notify(failure, severity="error", timeout=20)
