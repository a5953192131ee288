"""The dialog that adds an item (n) or changes one (e): code (fixed once
made), name, base unit (fixed once it has moved: the service says so),
reorder level in the base unit, and its purchase units on one line
(``karung=50, dus=12``: a unit left out is retired, a factor may be
corrected). Dismisses with the saved ``ItemInfo``, or None."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Static

from sekretariat.i18n import t
from sekretariat.services.warehouse import overview
from sekretariat.services.warehouse.items import ItemInfo
from sekretariat.services.warehouse.util import (
    MAX_CODE,
    MAX_NAME,
    MAX_UNIT,
    check_code,
    check_unit_name,
    whole_number,
)
from sekretariat.views.base import dialog_buttons
from sekretariat.views.warehouse.form_base import CheckValidator, WarehouseDialog
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput
from sekretariat.views.widgets.validators import first_failure


def _field(label: str, field: str, value: str, maximum: int, check=None, *,
           required: bool = False, classes: str = "field", placeholder: str = "",
           disabled: bool = False) -> Field:
    return Field(label, TextInput(value, id=field, max_length=maximum, placeholder=placeholder,
                                  disabled=disabled,
                                  validators=[CheckValidator(check, required=required)]),
                 field=field, own_error=False, classes=classes)


class ItemDialog(WarehouseDialog):
    TITLE_KEY = "tui.warehouse.item.title"
    HELP_KEY = "tui.warehouse.help.item"
    LAST_FIELD = "units"

    def __init__(self, item: ItemInfo | None = None) -> None:
        super().__init__()
        self.item = item
        self.AUTO_FOCUS = "#name" if item else "#code"

    def compose(self) -> ComposeResult:
        item = self.item
        with Vertical(classes="dialog-box -wide", id="item-box"):
            yield Static(t("tui.warehouse.item.edit_title", name=item.name) if item
                         else t("tui.warehouse.item.new_title"), classes="dialog-title",
                         markup=False)
            with Horizontal(classes="dialog-row"):
                yield _field(t("tui.warehouse.item.code"), "code", item.code if item else "",
                             MAX_CODE, check_code, required=True, classes="field code",
                             placeholder=t("tui.warehouse.item.code_hint"),
                             disabled=item is not None)
                yield _field(t("tui.warehouse.item.name"), "name", item.name if item else "",
                             MAX_NAME, required=True)
            yield FieldError("code")
            yield FieldError("name")
            with Horizontal(classes="dialog-row"):
                yield _field(t("tui.warehouse.item.base_unit"), "base_unit",
                             item.base_unit if item else "", MAX_UNIT,
                             lambda text: check_unit_name(text, "base_unit"), required=True,
                             classes="field code", placeholder="kg")
                yield _field(t("tui.warehouse.item.reorder_level"), "reorder_level",
                             str(item.reorder_level) if item else "0", 13,
                             lambda text: whole_number(text, "reorder_level"), required=True,
                             classes="field code")
            yield FieldError("base_unit")
            yield FieldError("reorder_level")
            yield _field(t("tui.warehouse.item.units"), "units",
                         overview.units_text(item) if item else "", 200, self._check_units,
                         placeholder=t("tui.warehouse.item.units_hint"))
            yield FieldError("units")
            yield FieldError("unit")
            yield FieldError("factor")
            yield FieldError("active")
            yield FieldError("general")
            yield dialog_buttons(t("tui.warehouse.item.save_new" if item is None
                                   else "tui.warehouse.save"))
        yield Footer()

    def _check_units(self, text: str) -> None:
        found = self.query("#base_unit")  # not there yet while the form is built
        base = found.first().value if found else (self.item.base_unit if self.item else "")
        overview.parse_units(text, base)

    def typed(self, field: str) -> None:
        if field == "base_unit":  # the units may now name the base unit
            units = self.query_one("#units", TextInput)
            self.query_one("#error-units", FieldError).show(
                first_failure(units.validate(units.value)))

    def save(self) -> None:
        item = self.item
        self.submit_service(overview.save_item, self.session, item.id if item else None,
                            code=self.value("code"), name=self.value("name"),
                            base_unit=self.value("base_unit"),
                            reorder_level=self.value("reorder_level"),
                            units=self.value("units"), done=self.dismiss)
