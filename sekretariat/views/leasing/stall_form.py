"""Register a stall, or correct one: code and block (fixed once saved), kind,
area, administrative status, note, and its own monthly rate from a date on
(empty: the tariff of its kind and block). Dismisses with the saved
``StallInfo``."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Input, Select, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import stall_codes, stall_rates, stall_setup
from sekretariat.services.leasing.stall_rates import RateInfo
from sekretariat.services.leasing.stalls import BlockInfo, StallInfo
from sekretariat.views.core.form_base import FormScreen, form_buttons
from sekretariat.views.leasing.stall_labels import block_label
from sekretariat.views.widgets.fields import (
    Field,
    FieldError,
    FormScroll,
    date_field,
    money_field,
    row_errors,
)
from sekretariat.views.widgets.text_input import TextInput

TEXT_FIELDS = ("area", "note", "monthly_rate")


def kind_label(kind: str) -> str:
    return t(f"tui.stalls.kind.{kind}")


def rate_text(rate: RateInfo | None, kind: str) -> str:
    """What the stall pays now and why."""
    if rate is None:
        return t("tui.stall_form.rate_missing")
    source = t(f"tui.stall_form.source.{rate.source}", kind=kind_label(kind).lower())
    return t("tui.stall_form.rate_now", amount=format_rupiah(rate.monthly_rate), source=source,
             day=fmt_date(rate.effective_from))


def area_text(stall: StallInfo) -> str:
    return format(stall.area_m2.normalize(), "f").replace(".", ",")


class StallFormScreen(FormScreen):
    CSS_PATH = "../styles/forms.tcss"
    HELP_KEY = "tui.stall_form.help"
    TITLE_KEY = "tui.stall_form.title_new"

    def __init__(self, blocks: list[BlockInfo], *, block_id: int | None = None,
                 stall: StallInfo | None = None, rate: RateInfo | None = None) -> None:
        """A new stall in ``block_id`` (chosen first), or ``stall`` to correct,
        with ``rate``, what it pays now."""
        super().__init__()
        self.blocks = blocks
        self.block_id = block_id if block_id is not None else (blocks[0].id if blocks else None)
        self.stall = stall
        self.rate = rate
        #: The stall's own rate as the form opened with it ("" when none).
        self.own_rate = (str(rate.monthly_rate) if rate is not None and rate.source == "stall"
                         else "")
        self.AUTO_FOCUS = "#kind" if stall else "#code"

    def compose(self) -> ComposeResult:
        stall = self.stall
        title = (t("tui.stall_form.title_edit", code=stall.code) if stall
                 else t("tui.stall_form.title_new"))
        yield Static(title, classes="screen-title", markup=False)
        with FormScroll(classes="form-body"):
            with Horizontal(classes="form-row"):
                yield Field(t("field.code"),
                            TextInput(stall.code if stall else "", id="code", max_length=20,
                                  placeholder=t("tui.stall_form.code_hint"),
                                  disabled=stall is not None),
                            field="code", classes="field narrow", own_error=False)
                yield Field(t("field.block"),
                            Select([(block_label(b), b.id) for b in self.blocks],
                                   value=stall.block_id if stall else self.block_id,
                                   allow_blank=False, id="block", disabled=stall is not None),
                            field="block", own_error=False)
                yield Field(t("field.kind"),
                            Select([(kind_label(k), k) for k in stall_codes.KINDS],
                                   value=stall.kind if stall else stall_codes.KINDS[0],
                                   allow_blank=False, id="kind"),
                            field="kind", classes="field narrow", own_error=False)
                yield Field(t("field.area"),
                            TextInput(area_text(stall) if stall else "", id="area", max_length=12,
                                  placeholder=t("tui.stall_form.area_hint")),
                            field="area", classes="field narrow", own_error=False)
            yield from row_errors("code", "block", "kind", "area")
            with Horizontal(classes="form-row"):
                yield Field(t("field.status"),
                            Select([(t(f"tui.stall_form.status.{s}"), s)
                                    for s in stall_codes.ADMIN_STATUSES],
                                   value=stall.admin_status if stall else "normal",
                                   allow_blank=False, id="status", disabled=stall is None),
                            field="status", classes="field medium")
                yield date_field(t("field.status_from"), "status_from", clock.today(),
                                 required=False)
                yield Field(t("field.note"),
                            TextInput(stall.note if stall else "", id="note", max_length=500),
                            field="note")
            with Horizontal(classes="form-row"):
                yield money_field(t("tui.stall_form.own_rate"), "monthly_rate",
                                  placeholder=t("tui.stall_form.own_rate_hint"),
                                  own_error=False)
                yield date_field(t("field.effective_from"), "effective_from", clock.today(),
                                 own_error=False)
                yield Static(rate_text(self.rate, stall.kind) if stall else "",
                             id="rate-now", classes="field-note side-note", markup=False)
            yield from row_errors("monthly_rate", "effective_from")
            yield Static(t("tui.stall_form.rate_rule"), classes="field-note", markup=False)
            yield FieldError("stall")
            yield FieldError("general")
        yield form_buttons()
        yield Footer()

    @on(Select.Changed, "#kind, #block")
    def _kind_or_block_chosen(self) -> None:
        """A new stall: what it would pay by the tariffs of its kind and block."""
        if self.stall is None and self.is_mounted:
            kind, block = self._select("#kind"), self._select("#block")
            self.call_service(stall_rates.tariff_for, self.session, kind, block,
                              done=lambda rate: self._show_tariff(rate, kind), group="tariff")

    def _show_tariff(self, rate: RateInfo | None, kind: str) -> None:
        self.query_one("#rate-now", Static).update(rate_text(rate, kind))

    def on_mount(self) -> None:
        if self.stall is None:
            self._kind_or_block_chosen()
        if self.own_rate:
            self.query_one("#monthly_rate", Input).value = format_rupiah(
                int(self.own_rate)).removeprefix("Rp").strip()
            self.own_rate = self.query_one("#monthly_rate", Input).value

    def _value(self, selector: str) -> str:
        return self.query_one(selector, Input).value

    def _select(self, selector: str):
        return self.query_one(selector, Select).value

    def submit(self) -> None:
        rate = self._value("#monthly_rate")
        rate_from = self._value("#effective_from")
        if self.stall is None:
            self.save_with(stall_setup.register_stall, self.session, self._value("#code"),
                           self._select("#block"), self._select("#kind"), self._value("#area"),
                           note=self._value("#note"), own_rate=rate, rate_from=rate_from,
                           done=self.dismiss)
            return
        self.save_with(stall_setup.edit_stall, self.session, self.stall.id,
                       kind=self._select("#kind"), area=self._value("#area"),
                       status=self._select("#status"), note=self._value("#note"),
                       status_from=self._value("#status_from").strip() or None,
                       own_rate=rate if rate.strip() != self.own_rate else stall_setup.UNCHANGED,
                       rate_from=rate_from, done=self.dismiss)

    def typed_something(self) -> bool:
        stall = self.stall
        if stall is None:
            return any(self._value(f"#{name}").strip() for name in ("code", *TEXT_FIELDS))
        return (self._select("#kind") != stall.kind or self._select("#status") !=
                stall.admin_status or self._value("#area") != area_text(stall)
                or self._value("#note") != stall.note
                or self._value("#monthly_rate").strip() != self.own_rate)

