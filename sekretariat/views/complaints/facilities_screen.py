"""Fasilitas: the market's facilities register with each one's condition
today (rusak ringan in yellow, rusak berat in red) and its last inspection
(``facilities_read.list_facilities``); i records an inspection round: every
active facility with its condition prefilled, ctrl+s records them all at
once (``inspections.record_inspection``)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Footer, Select, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.complaints import facilities_read, inspections
from sekretariat.services.complaints.facilities import CONDITIONS
from sekretariat.services.complaints.facilities_read import FacilityRow
from sekretariat.services.complaints.inspections import InspectionInfo
from sekretariat.views.base import BaseScreen, dialog_buttons
from sekretariat.views.complaints.cells import choices
from sekretariat.views.complaints.receive_form import ComplaintDialog
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.fields import FieldError

CONDITION_STYLE = {"baik": "", "rusak_ringan": "bold yellow", "rusak_berat": "bold red"}
COLUMNS = (("code", 10), ("name", 24), ("kind", 17), ("where", 14), ("condition", 13),
           ("since", 11), ("inspected", 11))


def condition_cell(condition: str) -> Text:
    return Text(t(f"facilities.condition.{condition}"),
                style=CONDITION_STYLE.get(condition, ""))


def where(row: FacilityRow) -> str:
    facility = row.facility
    return facility.block_code or facility.zone_code or facility.location or "-"


class FacilitiesScreen(BaseScreen):
    HELP_KEY = "tui.complaints.help.facilities"
    TITLE_KEY = "tui.complaints.facilities.title"
    AUTO_FOCUS = "#facilities-table"

    DEFAULT_CSS = """
    FacilitiesScreen #facilities-table { height: 1fr; }
    FacilitiesScreen #facilities-status { height: auto; padding: 0 1; color: $text-muted; }
    """

    BINDINGS = [
        Binding("i", "inspect", "tui.complaints.key.inspect", id="complaints.facilities.inspect"),
        Binding("f5", "refresh", "tui.key.refresh", id="complaints.facilities.refresh",
                show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[FacilityRow] = []

    def compose(self) -> ComposeResult:
        yield Static(t("tui.complaints.facilities.title"), classes="screen-title",
                     markup=False)
        yield DataTable(id="facilities-table", cursor_type="row", zebra_stripes=True)
        yield Static(t("tui.loading"), id="facilities-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#facilities-table", DataTable)
        for key, width in COLUMNS:
            table.add_column(t(f"tui.complaints.facilities.col_{key}"), key=key, width=width)
        self.reload()

    def reload(self) -> None:
        self.call_service(facilities_read.list_facilities, self.session, done=self.show,
                          group="facilities")

    def action_refresh(self) -> None:
        self.reload()

    def show(self, found: list[FacilityRow]) -> None:
        self.rows = list(found)
        table = self.query_one("#facilities-table", DataTable)
        table.clear()
        for row in self.rows:
            facility = row.facility
            table.add_row(facility.code, short_text(facility.name, 22),
                          t(f"facilities.kind.{facility.kind}"), short_text(where(row), 14),
                          condition_cell(row.condition), fmt_date(row.since),
                          fmt_date(row.last_inspected_on) if row.last_inspected_on else "-",
                          key=facility.code)
        damaged = sum(1 for row in self.rows if row.condition != "baik")
        self.query_one("#facilities-status", Static).update(
            t("tui.complaints.facilities.shown", count=len(self.rows), damaged=damaged)
            if self.rows else t("tui.complaints.facilities.none"))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "inspect":
            return (self.may("facilities.manage")
                    and any(row.facility.active for row in self.rows)) or None
        return super().check_action(action, parameters)

    def action_inspect(self) -> None:
        if self.check_action("inspect", ()) is not True:
            return
        active = [row for row in self.rows if row.facility.active]
        self.app.push_screen(InspectionDialog(active), self._inspected)

    def _inspected(self, info: InspectionInfo | None) -> None:
        if info is None:
            return
        self.notify(t("tui.complaints.inspect.done", number=info.number,
                      count=len(info.conditions)))
        self.reload()


class InspectionDialog(ComplaintDialog):
    """One round: a condition Select per active facility, prefilled."""

    TITLE_KEY = "tui.complaints.inspect.submit"
    HELP_KEY = "tui.complaints.help.facilities"
    BINDINGS = [Binding("ctrl+s", "submit", "tui.complaints.inspect.submit",
                        id="complaints.inspect.save")]

    DEFAULT_CSS = """
    InspectionDialog #inspect-list { height: auto; max-height: 14; }
    InspectionDialog .inspect-row { height: auto; }
    InspectionDialog .inspect-name { width: 1fr; padding: 1 1 0 0; }
    InspectionDialog .inspect-row Select { width: 24; }
    """

    def __init__(self, rows: list[FacilityRow]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide"):
            yield Static(t("tui.complaints.inspect.title", day=fmt_date(clock.today())),
                         classes="dialog-title", markup=False)
            yield Static(t("tui.complaints.inspect.explain"), classes="dialog-text",
                         markup=False)
            with VerticalScroll(id="inspect-list"):
                for row in self.rows:
                    with Horizontal(classes="inspect-row"):
                        yield Static(f"{row.facility.code}  {row.facility.name}",
                                     classes="inspect-name", markup=False)
                        yield Select(choices("facilities.condition", CONDITIONS),
                                     id=f"cond-{row.facility.id}", value=row.condition,
                                     allow_blank=False)
            yield FieldError("conditions")
            yield FieldError("general")
            yield dialog_buttons(t("tui.complaints.inspect.submit"))
        yield Footer()

    def chosen(self) -> dict[str, str]:
        return {row.facility.code: self.choice(f"cond-{row.facility.id}")
                for row in self.rows}

    def save(self) -> None:
        self.submit_service(inspections.record_inspection, self.session, self.chosen(),
                            done=self.dismiss)
