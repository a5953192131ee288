"""One audit-log row: who, when, what, and the record before and after."""

from __future__ import annotations

import json

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Footer, Static

from sekretariat.i18n import has, t
from sekretariat.i18n.formats import fmt_datetime
from sekretariat.services.core.audit import AuditRow
from sekretariat.views.base import BaseDialog


def action_label(action: str) -> str:
    key = f"audit_action.{action}"
    return t(key) if has(key) else action


def entity_label(entity: str) -> str:
    key = f"tui.entity.{entity}"
    return t(key) if has(key) else entity


def pretty(value: str | None) -> str:
    """Stored JSON, indented for reading; '-' when there is none."""
    if not value:
        return "-"
    try:
        return json.dumps(json.loads(value), indent=2, ensure_ascii=False, sort_keys=True)
    except ValueError:
        return value


class AuditDetailDialog(BaseDialog):
    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.help.audit_detail"
    BINDINGS = [
        Binding("escape", "cancel", "tui.key.close", id="audit_detail.close"),
    ]
    TITLE_KEY = "tui.audit_detail.title"
    AUTO_FOCUS = "#close"

    def __init__(self, row: AuditRow) -> None:
        super().__init__(classes="dialog")
        self.row = row

    def compose(self) -> ComposeResult:
        row = self.row

        action = action_label(row.action)
        with Vertical(classes="dialog-box -wide"):
            yield Static(t("tui.audit_detail.title", id=row.id), classes="dialog-title",
                         markup=False)
            yield Static(t("tui.audit_detail.head", at=fmt_datetime(row.at), user=row.username,
                           action=action, code=row.action, entity=entity_label(row.entity),
                           entity_id=row.entity_id or "-"),
                         classes="dialog-text", markup=False)
            with Horizontal(id="audit-json"):
                with Vertical(classes="json-pane"):
                    yield Static(t("tui.audit_detail.before"), classes="json-title",
                                 markup=False)
                    with VerticalScroll():
                        yield Static(pretty(row.before), id="json-before", markup=False)
                with Vertical(classes="json-pane"):
                    yield Static(t("tui.audit_detail.after"), classes="json-title",
                                 markup=False)
                    with VerticalScroll():
                        yield Static(pretty(row.after), id="json-after", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.close"), id="close")
        yield Footer()

    @on(Button.Pressed, "#close")
    def _close(self) -> None:
        self.dismiss(None)
