"""Jenis iuran & petugas (treasurer, chair): the daily fee types and their
amounts, the collectors, and what happens to a fee a stall does not pay.
A changed amount applies from the next recorded day; recorded days keep
theirs. Nothing is deleted: a fee type or collector no longer used is made
inactive (Space)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DataTable, Footer, Input, Select, Static

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import fee_setup
from sekretariat.views.base import BaseScreen
from sekretariat.views.leasing.fee_loading import FeeSetup
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.validators import MoneyValidator
from sekretariat.views.widgets.text_input import TextInput


def load_settings(session) -> FeeSetup:
    return FeeSetup(tuple(fee_setup.list_fee_types(session)),
                    tuple(fee_setup.list_collectors(session)), (), fee_setup.unpaid_policy())


class FeeSettingsScreen(BaseScreen):
    CSS_PATH = "../styles/daily_fees.tcss"
    HELP_KEY = "tui.fee_settings.help"
    TITLE_KEY = "tui.fee_settings.title"
    AUTO_FOCUS = "#fee-types"

    BINDINGS = [
        Binding("space", "toggle_active", "tui.fee_settings.key.toggle", id="feeset.toggle"),
        Binding("k", "kind_amounts", "tui.fee_settings.key.kinds", id="feeset.kinds"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.settings: FeeSetup | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.fee_settings.title"), classes="screen-title", markup=False)
        with Horizontal(id="fee-settings"):
            with Vertical(classes="settings-column"):
                yield Static(t("tui.fee_settings.types"), classes="heading", markup=False)
                yield DataTable(id="fee-types", cursor_type="row", zebra_stripes=True)
                with Horizontal(classes="settings-add"):
                    yield Field(t("field.code"), TextInput(id="code", max_length=20,
                                                       placeholder=t("tui.fee_settings.code_hint")),
                                field="code", classes="field narrow")
                    yield Field(t("tui.fee_settings.name"), TextInput(id="name", max_length=100),
                                field="name", classes="field")
                    yield Field(t("field.amount"),
                                TextInput(id="amount", max_length=20,
                                      validators=[MoneyValidator(required=True)]),
                                field="amount", classes="field narrow")
                yield Button(t("tui.fee_settings.add_type"), id="add-type")
            with Vertical(classes="settings-column"):
                yield Static(t("tui.fee_settings.collectors"), classes="heading", markup=False)
                yield DataTable(id="collectors", cursor_type="row", zebra_stripes=True)
                with Horizontal(classes="settings-add"):
                    yield Field(t("tui.fee_settings.collector_name"),
                                TextInput(id="collector_name", max_length=100),
                                field="collector_name", classes="field")
                yield Button(t("tui.fee_settings.add_collector"), id="add-collector")
                yield Field(t("field.policy"),
                            Select([(t(f"fee.policy.{p}"), p) for p in fee_setup.POLICIES],
                                   allow_blank=False, id="policy"),
                            field="policy", classes="field")
        yield FieldError("general")
        yield Footer()

    def on_mount(self) -> None:
        types = self.query_one("#fee-types", DataTable)
        for key, width in (("code", 11), ("name", 14)):
            types.add_column(t(f"tui.fee_settings.col_{key}"), key=key, width=width)
        types.add_column(Text(t("tui.fee_settings.col_amount"), justify="right"), key="amount",
                         width=10)
        types.add_column(t("tui.fee_settings.col_kinds"), key="kinds", width=22)
        types.add_column(t("tui.fee_settings.col_active"), key="active", width=8)
        collectors = self.query_one("#collectors", DataTable)
        collectors.add_column(t("tui.fee_settings.col_collector"), key="name", width=26)
        collectors.add_column(t("tui.fee_settings.col_active"), key="active", width=8)
        self.reload()

    def reload(self) -> None:
        self.call_service(load_settings, self.session, done=self._loaded, group="load")

    def _loaded(self, settings: FeeSetup) -> None:
        self.settings = settings
        types = self.query_one("#fee-types", DataTable)
        at = types.cursor_row
        types.clear()
        for fee in settings.fee_types:
            kinds = ", ".join(f"{t(f'stall.kind.{kind}').lower()} {format_rupiah(value)}"
                              for kind, value in fee.kind_amounts)
            types.add_row(fee.code, Text(fee.name), Text(format_rupiah(fee.amount),
                                                         justify="right"),
                          Text(kinds or "-", style="" if kinds else "dim"),
                          _active(fee.active), key=str(fee.id))
        types.move_cursor(row=at)
        collectors = self.query_one("#collectors", DataTable)
        at = collectors.cursor_row
        collectors.clear()
        for collector in settings.collectors:
            collectors.add_row(Text(collector.name), _active(collector.active),
                               key=str(collector.id))
        collectors.move_cursor(row=at)
        policy = self.query_one("#policy", Select)
        with policy.prevent(Select.Changed):
            policy.value = settings.policy

    # --- changes ----------------------------------------------------------------------

    @on(Button.Pressed, "#add-type")
    @on(Input.Submitted, "#code, #name, #amount")
    def _add_type(self) -> None:
        self.clear_errors()
        value = self.query_one
        self.call_service(fee_setup.create_fee_type, self.session, value("#code", Input).value,
                          value("#name", Input).value, value("#amount", Input).value,
                          done=lambda fee: self._added("#code, #name, #amount",
                                                       t("tui.fee_settings.type_added",
                                                         name=fee.name)),
                          group="save")

    @on(Button.Pressed, "#add-collector")
    @on(Input.Submitted, "#collector_name")
    def _add_collector(self) -> None:
        self.clear_errors()
        self.call_service(fee_setup.create_collector, self.session,
                          self.query_one("#collector_name", Input).value,
                          done=lambda c: self._added("#collector_name",
                                                     t("tui.fee_settings.collector_added",
                                                       name=c.name)),
                          failed=self._collector_refused, group="save")

    def _collector_refused(self, error: SekretariatError | None) -> None:
        if error is not None and error.field == "name":  # the service's field is "name"
            self.query_one("#error-collector_name", FieldError).show(error.message)
        else:
            self.show_error(error)

    def _added(self, inputs: str, message: str) -> None:
        fields = [w for w in self.query(inputs) if isinstance(w, Input)]
        for widget in fields:
            widget.value = ""
        fields[0].focus()  # ready for the next one
        self.notify(message)
        self.reload()

    def action_toggle_active(self) -> None:
        focused = self.focused
        if self.settings is None or not isinstance(focused, DataTable) or not focused.row_count:
            return
        row = focused.cursor_row
        if focused.id == "fee-types":
            fee = self.settings.fee_types[row]
            self.call_service(fee_setup.update_fee_type, self.session, fee.id,
                              active=not fee.active, done=lambda _: self.reload(), group="save")
        elif focused.id == "collectors":
            collector = self.settings.collectors[row]
            self.call_service(fee_setup.set_collector_active, self.session, collector.id,
                              not collector.active, done=lambda _: self.reload(), group="save")

    def action_kind_amounts(self) -> None:
        from sekretariat.views.leasing.kind_amounts import KindAmountsDialog

        table = self.query_one("#fee-types", DataTable)
        if self.settings is None or not self.settings.fee_types:
            return
        fee = self.settings.fee_types[table.cursor_row]
        self.app.push_screen(KindAmountsDialog(fee), lambda saved: saved and self.reload())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "kind_amounts":
            return (self.focused is not None and self.focused.id == "fee-types"
                    and bool(self.settings and self.settings.fee_types)) or None
        return super().check_action(action, parameters)

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    @on(Select.Changed, "#policy")
    def _policy_changed(self, event: Select.Changed) -> None:
        if self.settings is None or event.value == self.settings.policy:
            return
        self.call_service(fee_setup.set_unpaid_policy, self.session, str(event.value),
                          done=lambda policy: (self.notify(t(f"fee.policy.{policy}")),
                                               self.reload()),
                          group="save")


def _active(active: bool) -> Text:
    return Text(t("tui.fee_settings.active" if active else "tui.fee_settings.inactive"),
                style="" if active else "dim")
