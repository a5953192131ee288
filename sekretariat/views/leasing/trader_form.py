"""Register a trader, or correct one: name, NIK (checked as you type: what it
says of the birth date and sex is shown under it), phone, address, commodity
and the date they joined. Dismisses with the saved ``TraderInfo``."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.validation import ValidationResult, Validator
from textual.widgets import Footer, Input, Static

from sekretariat import clock
from sekretariat.errors import ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.leasing import traders
from sekretariat.services.leasing.traders import TraderInfo
from sekretariat.views.core.form_base import FormScreen, form_buttons
from sekretariat.views.widgets.fields import Field, FieldError, FormScroll
from sekretariat.views.widgets.validators import DateValidator
from sekretariat.views.widgets.text_input import TextInput

FIELDS = ("name", "nik", "phone", "address", "commodity", "note")


class NikValidator(Validator):
    """The service's own NIK check, as you type (empty: said on save)."""

    def validate(self, value: str) -> ValidationResult:
        if not value.strip():
            return self.success()
        try:
            traders.validate_nik(value)
        except ValidationError as exc:
            return self.failure(exc.message, value)
        return self.success()


class PhoneValidator(Validator):
    def validate(self, value: str) -> ValidationResult:
        try:
            traders.normalize_phone(value)
        except ValidationError as exc:
            return self.failure(exc.message, value)
        return self.success()


def nik_summary(value: str) -> str:
    """What a valid NIK says of its holder ('' while it is not valid)."""
    try:
        info = traders.validate_nik(value)
    except ValidationError:
        return ""
    return t("tui.trader_form.nik_info", born=fmt_date(info.birth_date),
             sex=t("tui.trader_form.female" if info.female else "tui.trader_form.male"))


class TraderFormScreen(FormScreen):
    CSS_PATH = "../styles/forms.tcss"
    HELP_KEY = "tui.trader_form.help"
    TITLE_KEY = "tui.trader_form.title_new"
    AUTO_FOCUS = "#name"

    def __init__(self, trader: TraderInfo | None = None, *, name: str = "") -> None:
        """``name``: a new trader's name as already typed elsewhere."""
        super().__init__()
        self.trader = trader
        self.typed_name = name

    def compose(self) -> ComposeResult:
        trader = self.trader
        title = (t("tui.trader_form.title_edit", name=trader.name) if trader
                 else t("tui.trader_form.title_new"))
        yield Static(title, classes="screen-title", markup=False)
        with FormScroll(classes="form-body"):
            yield Field(t("field.trader_name"),
                        TextInput(trader.name if trader else self.typed_name, id="name",
                              max_length=100),
                        field="name")
            with Horizontal(classes="form-row"):
                yield Field(t("field.nik"),
                            TextInput(trader.nik if trader else "", id="nik", max_length=24,
                                  validators=[NikValidator()],
                                  placeholder=t("tui.trader_form.nik_hint")),
                            field="nik", classes="field medium")
                yield Static(nik_summary(trader.nik) if trader else "", id="nik-info",
                             classes="field-note side-note", markup=False)
            with Horizontal(classes="form-row"):
                yield Field(t("field.phone"),
                            TextInput(trader.phone if trader else "", id="phone", max_length=20,
                                  validators=[PhoneValidator()],
                                  placeholder="08xx-xxxx-xxxx"),
                            field="phone", classes="field medium")
                yield Field(t("field.commodity"),
                            TextInput(trader.commodity if trader else "", id="commodity",
                                  max_length=100,
                                  placeholder=t("tui.trader_form.commodity_hint")),
                            field="commodity")
            yield Field(t("field.address"),
                        TextInput(trader.address if trader else "", id="address", max_length=300),
                        field="address")
            with Horizontal(classes="form-row"):
                if trader is None:
                    yield Field(t("field.joined_date"),
                                TextInput(f"{clock.today():%d/%m/%Y}", id="joined_date",
                                      max_length=10, validators=[DateValidator()]),
                                field="joined_date", classes="field medium")
                yield Field(t("field.note"),
                            TextInput(trader.note if trader else "", id="note", max_length=500),
                            field="note")
            yield FieldError("general")
        yield form_buttons()
        yield Footer()

    @on(Input.Changed, "#nik")
    def _nik_typed(self, event: Input.Changed) -> None:
        self.query_one("#nik-info", Static).update(nik_summary(event.value))

    def values(self) -> dict[str, str]:
        return {name: self.query_one(f"#{name}", Input).value for name in FIELDS}

    def submit(self) -> None:
        values = self.values()
        if self.trader is None:
            self.save_with(traders.create_trader, self.session, values.pop("name"),
                           values.pop("nik"),
                           joined_date=self.query_one("#joined_date", Input).value or None,
                           **values, done=self.dismiss)
        else:
            self.save_with(traders.update_trader, self.session, self.trader.id, **values,
                           done=self.dismiss)

    def typed_something(self) -> bool:
        values = self.values()
        if self.trader is None:
            return any(v.strip() for k, v in values.items()
                       if k != "name" or v.strip() != self.typed_name)
        return any(values[name] != getattr(self.trader, name) for name in FIELDS)
