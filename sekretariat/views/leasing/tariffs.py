"""Tarif Sewa: the monthly rent per kind of stall, for the whole market or
one block, each from a date on (the ones in force today are marked), and a
row to set a new one. A tariff change never rewrites a signed lease."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Input, Select, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import stall_codes, stall_rates
from sekretariat.services.leasing.stall_rates import TariffInfo
from sekretariat.services.leasing.stalls import BlockInfo
from sekretariat.views.core.form_base import FormScreen, form_buttons
from sekretariat.views.leasing.stall_labels import kind_label
from sekretariat.views.widgets.fields import (
    Field,
    date_field,
    money_field,
    row_errors,
)

#: The block Select's value for "the whole market".
WHOLE_MARKET = 0


def in_force(tariffs: list[TariffInfo], day) -> set[int]:
    """The ids of the tariffs that apply on ``day``: per kind and block, the
    latest that started on or before it."""
    latest: dict[tuple[str, int | None], TariffInfo] = {}
    for tariff in tariffs:
        key = (tariff.kind, tariff.block_id)
        if tariff.effective_from <= day and (
                key not in latest or tariff.effective_from > latest[key].effective_from):
            latest[key] = tariff
    return {tariff.id for tariff in latest.values()}


class TariffScreen(FormScreen):
    CSS_PATH = "../styles/forms.tcss"
    HELP_KEY = "tui.tariffs.help"
    TITLE_KEY = "tui.tariffs.title"
    AUTO_FOCUS = "#monthly_rate"

    def __init__(self, blocks: list[BlockInfo]) -> None:
        super().__init__()
        self.blocks = blocks

    def compose(self) -> ComposeResult:
        yield Static(t("tui.tariffs.title"), classes="screen-title", markup=False)
        yield Static(t("tui.tariffs.lead"), classes="form-lead", markup=False)
        yield DataTable(id="tariff-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="tariff-status", classes="form-pad", markup=False)
        with Horizontal(classes="form-row form-pad"):
            yield Field(t("field.kind"),
                        Select([(kind_label(k), k) for k in stall_codes.KINDS],
                               value=stall_codes.KINDS[0], allow_blank=False, id="kind"),
                        field="kind", classes="field narrow", own_error=False)
            yield Field(t("field.block"),
                        Select([(t("tui.tariffs.all_blocks"), WHOLE_MARKET)]
                               + [(b.code, b.id) for b in self.blocks],
                               value=WHOLE_MARKET, allow_blank=False, id="block"),
                        field="block", classes="field medium", own_error=False)
            yield money_field(t("field.monthly_rate"), "monthly_rate", own_error=False)
            yield date_field(t("field.effective_from"), "effective_from", clock.today(),
                             own_error=False)
        with Vertical(classes="form-pad row-errors"):
            yield from row_errors("kind", "block", "monthly_rate", "effective_from", "general")
        yield form_buttons(t("tui.tariffs.submit"), cancel=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#tariff-table", DataTable)
        for key, width in (("kind", 12), ("block", 16)):
            table.add_column(t(f"tui.tariffs.col_{key}"), key=key, width=width)
        table.add_column(Text(t("tui.tariffs.col_rate"), justify="right"), key="rate", width=14)
        for key, width in (("from", 14), ("now", 10)):
            table.add_column(t(f"tui.tariffs.col_{key}"), key=key, width=width)
        self.load()

    def load(self) -> None:
        self.call_service(stall_rates.list_tariffs, self.session, done=self.show_tariffs,
                          group="tariffs")

    def show_tariffs(self, tariffs: list[TariffInfo]) -> None:
        table = self.query_one("#tariff-table", DataTable)
        table.clear()
        now = in_force(tariffs, clock.today())
        for tariff in tariffs:
            current = tariff.id in now
            table.add_row(kind_label(tariff.kind),
                          tariff.block_code or t("tui.tariffs.all_blocks"),
                          Text(format_rupiah(tariff.monthly_rate), justify="right",
                               style="bold" if current else ""),
                          fmt_date(tariff.effective_from),
                          Text(t("tui.tariffs.in_force"), style="bold") if current else "",
                          key=str(tariff.id))
        self.query_one("#tariff-status", Static).update(
            "" if tariffs else t("tui.tariffs.none"))

    def submit(self) -> None:
        block = self.query_one("#block", Select).value
        self.save_with(stall_rates.set_tariff, self.session, self.query_one("#kind", Select).value,
                       self.query_one("#monthly_rate", Input).value,
                       self.query_one("#effective_from", Input).value,
                       block=None if block == WHOLE_MARKET else block, done=self.saved)

    def saved(self, tariff: TariffInfo) -> None:
        self.notify(t("tui.tariffs.saved", kind=kind_label(tariff.kind),
                      block=tariff.block_code or t("tui.tariffs.all_blocks"),
                      amount=format_rupiah(tariff.monthly_rate),
                      day=fmt_date(tariff.effective_from)))
        self.query_one("#monthly_rate", Input).value = ""
        self.load()

    def typed_something(self) -> bool:
        return bool(self.query_one("#monthly_rate", Input).value.strip())
