"""The dialogs that set a parking tariff from a date on, and the deposit
target per attendant and shift.

A tariff is the amount per vehicle of a type from its date on: a change is a
new row, so the days before keep their tariff (the service refuses a closed
day; the same type and date again corrects that row while it is open). The
dialog shows what is in force today for the type chosen. Each dismisses with
what was saved, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Select, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah, parse_rupiah
from sekretariat.services.parking import shift_reports, tariffs
from sekretariat.services.parking.parking_util import check_amount
from sekretariat.services.parking.setup_read import SetupOverview
from sekretariat.views.base import dialog_buttons
from sekretariat.views.parking.setup_fields import CheckValidator, ParkingDialog
from sekretariat.views.widgets.fields import Field, FieldError, date_field, row_errors
from sekretariat.views.widgets.text_input import TextInput

_SAVE = Binding("ctrl+s", "submit", "tui.parking_setup.key.save", id="parking_setup.form.save")


def amount_text(amount: int) -> str:
    """An amount as typed in a money field: ``2.000``."""
    return format_rupiah(amount).removeprefix("Rp").strip()


class TariffDialog(ParkingDialog):
    TITLE_KEY = "tui.parking_setup.tariff.title"
    HELP_KEY = "tui.parking_setup.tariff.help"
    AUTO_FOCUS = "#amount"
    DAY_FIELD = "effective_from"
    LAST_FIELD = "effective_from"

    BINDINGS = [_SAVE]

    def __init__(self, overview: SetupOverview, vehicle_type: str | None = None) -> None:
        super().__init__()
        self.overview = overview
        chosen = [v for v in overview.vehicle_types if v.active or v.code == vehicle_type]
        self.types = chosen
        codes = [v.code for v in chosen]
        self.vehicle_type = vehicle_type if vehicle_type in codes else (codes[0] if codes
                                                                        else None)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide", id="tariff-box"):
            yield Static(t("tui.parking_setup.tariff.title"), classes="dialog-title",
                         markup=False)
            with Horizontal(classes="dialog-row"):
                yield Field(t("tui.parking_setup.field.vehicle_type"),
                            Select([(v.name, v.code) for v in self.types],
                                   value=self.vehicle_type if self.vehicle_type else Select.NULL,
                                   allow_blank=self.vehicle_type is None, id="vehicle_type"),
                            field="vehicle_type", own_error=False, classes="field")
                yield Field(t("tui.parking_setup.field.amount"),
                            TextInput(id="amount", max_length=30,
                                      placeholder=t("tui.parking_setup.tariff.amount_hint"),
                                      validators=[CheckValidator(check_amount)]),
                            field="amount", own_error=False, classes="field amount")
                yield date_field(t("tui.parking_setup.field.effective_from"), "effective_from",
                                 clock.today(), own_error=False, classes="field date")
            yield from row_errors("vehicle_type", "amount", "effective_from")
            yield Static("", id="tariff-now", classes="dialog-text", markup=False)
            yield Static(t("tui.parking_setup.tariff.note"), classes="dialog-note",
                         markup=False)
            yield FieldError("general")
            yield dialog_buttons(t("tui.parking_setup.tariff.save"))
        yield Footer()

    def on_mount(self) -> None:
        self._show_now()

    @on(Select.Changed, "#vehicle_type")
    def _type_chosen(self) -> None:
        self._show_now()

    def _chosen_type(self) -> str | None:
        select = self.query_one("#vehicle_type", Select)
        return None if select.is_blank() else str(select.value)

    def _show_now(self) -> None:
        code = self._chosen_type()
        found = [r for r in self.overview.tariffs if r.vehicle_type == code]
        now = next((r for r in found if r.id in self.overview.in_force), None)
        later = [r for r in found if self.overview.tariff_state(r) == "later"]
        if code is None:
            text = ""
        elif now is None:
            text = t("tui.parking_setup.tariff.none_now", day=fmt_date(self.overview.day))
        else:
            text = t("tui.parking_setup.tariff.now", amount=format_rupiah(now.amount),
                     since=fmt_date(now.effective_from))
        for row in later:
            text += "\n" + t("tui.parking_setup.tariff.later", amount=format_rupiah(row.amount),
                             day=fmt_date(row.effective_from))
        self.query_one("#tariff-now", Static).update(text)
        if now is not None and not self.value("amount"):
            self.query_one("#amount", TextInput).placeholder = amount_text(now.amount)

    def save(self) -> None:
        code = self._chosen_type()
        if code is None:
            self.query_one("#error-vehicle_type", FieldError).show(
                t("tui.parking_setup.tariff.choose_type"))
            self.query_one("#vehicle_type", Select).focus()
            return
        self.submit_service(tariffs.set_tariff, self.session, code, self.value("amount"),
                            self.value("effective_from"), done=self.dismiss)


class TargetDialog(ParkingDialog):
    TITLE_KEY = "tui.parking_setup.target.title"
    HELP_KEY = "tui.parking_setup.target.help"
    AUTO_FOCUS = "#target"
    LAST_FIELD = "target"

    BINDINGS = [_SAVE]

    def __init__(self, current: int) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="target-box"):
            yield Static(t("tui.parking_setup.target.title"), classes="dialog-title",
                         markup=False)
            yield Static(t("tui.parking_setup.target.lead"), classes="dialog-text",
                         markup=False)
            yield Field(t("tui.parking_setup.field.target"),
                        TextInput(amount_text(self.current), id="target", max_length=30,
                                  validators=[CheckValidator(parse_rupiah)]),
                        field="target", classes="field narrow")
            yield FieldError("general")
            yield dialog_buttons(t("tui.parking_setup.save"))
        yield Footer()

    def save(self) -> None:
        self.submit_service(shift_reports.set_target, self.session, self.value("target"),
                            done=self.dismiss)
