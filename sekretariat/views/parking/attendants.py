"""Petugas parkir: every attendant with phone, status, start (and last) day
and what they owe now (``debts.attendant_debt`` via ``setup_read``); the
NIK as the service shows it to this role (masked unless the role may see it
whole). n registers, e changes, x ends an attendant's work on a last day;
those need ``parking.manage`` (others look, with those keys greyed). Enter
opens the attendant's account (shortfalls, payments, write-offs)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.parking import setup_read
from sekretariat.services.parking.attendants import AttendantInfo
from sekretariat.services.parking.setup_read import AttendantRow
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.cells import short_text

#: Column key -> width (the first five fit 80 columns; "+": right-aligned).
COLUMNS = (("name", 20), ("phone", 14), ("status", 9), ("start", 11), ("+debt", 13),
           ("end", 12), ("nik", 16))


class AttendantsScreen(BaseScreen):
    CSS_PATH = "../styles/parking_setup.tcss"
    HELP_KEY = "tui.parking_setup.attendants.help"
    TITLE_KEY = "tui.parking_setup.attendants.title"
    AUTO_FOCUS = "#attendants-table"

    BINDINGS = [
        Binding("enter", "account", "tui.parking_setup.key.account",
                id="parking_attendants.account"),
        Binding("n", "register", "tui.parking_setup.key.register",
                id="parking_attendants.register"),
        Binding("e", "edit", "tui.parking_setup.key.edit", id="parking_attendants.edit"),
        Binding("x", "deactivate", "tui.parking_setup.key.deactivate",
                id="parking_attendants.deactivate"),
        Binding("f5", "refresh", "tui.key.refresh", id="parking_attendants.refresh",
                show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, AttendantRow] = {}
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Static(t("tui.parking_setup.attendants.title"), classes="screen-title",
                     markup=False)
        yield DataTable(id="attendants-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="attendants-status", classes="setup-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#attendants-table", DataTable)
        for key, width in COLUMNS:
            right = key.startswith("+")
            key = key.lstrip("+")
            label = t(f"tui.parking_setup.attendants.col_{key}")
            table.add_column(Text(label, justify="right") if right else label, key=key,
                             width=width)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.call_service(setup_read.attendant_rows, self.session,
                          done=lambda found: self.show(found, select), group="load")

    def show(self, found: list[AttendantRow], select: int | None = None) -> None:
        table = self.query_one("#attendants-table", DataTable)
        at = table.cursor_row
        table.clear()
        self.rows = {str(r.attendant.id): r for r in found}
        for index, row in enumerate(found):
            person = row.attendant
            active = person.status == "aktif"
            table.add_row(
                short_text(person.name, 20), person.phone or "-",
                Text(t(f"tui.parking_setup.attendants.status_{person.status}"),
                     style="" if active else "dim"),
                fmt_date(person.start_date),
                Text(format_rupiah(row.debt), justify="right",
                     style="bold" if row.debt else "dim"),
                fmt_date(person.end_date) if person.end_date else "",
                person.nik or "-", key=str(person.id))
            if person.id == select:
                at = index
        if found:
            table.move_cursor(row=max(0, min(at, len(found) - 1)))
        self.loaded = True
        status = t("tui.parking_setup.attendants.empty")
        if found:
            status = t("tui.parking_setup.attendants.count", count=len(found),
                       active=sum(1 for r in found if r.attendant.status == "aktif"),
                       debt=format_rupiah(sum(r.debt for r in found)))
        self.query_one("#attendants-status", Static).update(status)
        self.refresh_bindings()

    def action_refresh(self) -> None:
        self.reload()

    @property
    def highlighted(self) -> AttendantRow | None:
        if not self.is_mounted:
            return None
        table = self.query_one("#attendants-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(key or "")

    @on(DataTable.RowHighlighted, "#attendants-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(DataTable.RowSelected, "#attendants-table")
    def _chosen(self) -> None:
        self.action_account()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        row = self.highlighted
        if action in ("register", "edit", "deactivate"):
            if not self.may("parking.manage") or not self.loaded:
                return None
            if action == "edit":
                return row is not None or None
            if action == "deactivate":
                return (row is not None and row.attendant.status == "aktif") or None
            return True
        if action == "account":
            return row is not None or None
        return super().check_action(action, parameters)

    # --- actions -------------------------------------------------------------------------

    def action_account(self) -> None:
        row = self.highlighted
        if row is None:
            return
        from sekretariat.views.parking.account import AttendantAccountScreen

        self.app.push_screen(AttendantAccountScreen(row.attendant.id),
                             lambda _: self.reload(select=row.attendant.id))

    def action_register(self) -> None:
        if self.check_action("register", ()) is not True:
            return
        from sekretariat.views.parking.attendant_form import AttendantDialog

        self.app.push_screen(AttendantDialog(), lambda saved: self._saved(saved, "registered"))

    def action_edit(self) -> None:
        row = self.highlighted
        if row is None or self.check_action("edit", ()) is not True:
            return
        from sekretariat.views.parking.attendant_form import AttendantDialog

        self.app.push_screen(AttendantDialog(row.attendant),
                             lambda saved: self._saved(saved, "updated"))

    def action_deactivate(self) -> None:
        row = self.highlighted
        if row is None or self.check_action("deactivate", ()) is not True:
            return
        from sekretariat.views.parking.attendant_form import DeactivateDialog

        self.app.push_screen(DeactivateDialog(row.attendant, row.debt),
                             lambda saved: self._saved(saved, "deactivated"))

    def _saved(self, person: AttendantInfo | None, what: str) -> None:
        if person is None:
            return
        day = fmt_date(person.end_date) if person.end_date else ""
        self.notify(t(f"tui.parking_setup.attendants.{what}", name=person.name, day=day))
        self.reload(select=person.id)
