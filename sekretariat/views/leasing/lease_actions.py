"""What happens to a running lease: renew it (a new agreement continuing
it), end it with its final settlement (unused days credited back, the
deposit set off against what is owed, then refunded, forfeited or kept),
or hand the stall to another trader, choosing whether the outgoing trader's
arrears are settled now or stay on their account. Each dismisses with the
service's result."""

from __future__ import annotations

import datetime as dt

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Input, Select, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import deposits, lease_endings, leases, periods
from sekretariat.services.leasing.lease_endings import Settlement
from sekretariat.services.leasing.leases import LeaseInfo
from sekretariat.views.core.form_base import FormScreen, form_buttons
from sekretariat.views.widgets.fields import (
    Field,
    FieldError,
    FormScroll,
    date_field,
    money_field,
)
from sekretariat.views.leasing.trader_picker import TraderPicker
from sekretariat.views.widgets.text_input import TextInput


def lease_heading(lease: LeaseInfo) -> str:
    return t("tui.lease_actions.lease", number=lease.agreement_number, stall=lease.stall_code,
             name=lease.trader_name, start=fmt_date(lease.start_date),
             end=fmt_date(lease.end_date), rate=format_rupiah(lease.monthly_rate),
             deposit=format_rupiah(lease.deposit_held))


def settlement_text(result: Settlement) -> str:
    """One paragraph saying what the settlement did."""
    parts = [t("tui.lease_actions.settled", number=result.agreement_number,
               ended=fmt_date(result.ended_on))]
    if result.unused_credit:
        parts.append(t("tui.lease_actions.unused", amount=format_rupiah(result.unused_credit)))
    if result.deposit_set_off:
        parts.append(t("tui.lease_actions.set_off", amount=format_rupiah(result.deposit_set_off)))
    if result.deposit_refunded:
        parts.append(t("tui.lease_actions.refunded",
                       amount=format_rupiah(result.deposit_refunded)))
    if result.deposit_forfeited:
        parts.append(t("tui.lease_actions.forfeited",
                       amount=format_rupiah(result.deposit_forfeited)))
    if result.deposit_kept:
        parts.append(t("tui.lease_actions.kept", amount=format_rupiah(result.deposit_kept)))
    parts.append(t("tui.lease_actions.remaining", amount=format_rupiah(result.arrears_remaining),
                   balance=format_rupiah(result.trader_balance)))
    return " ".join(parts)


def _deposit_options() -> list[tuple[str, str]]:
    return [(t(f"tui.lease_actions.deposit_{a}"), a) for a in lease_endings.DEPOSIT_ACTIONS]


def _method_options() -> list[tuple[str, str]]:
    return [(t(f"payment.method.{m}"), m) for m in deposits.REFUND_METHODS]


class LeaseActionScreen(FormScreen):
    """A form about one lease."""

    CSS_PATH = "../styles/forms.tcss"

    def __init__(self, lease: LeaseInfo) -> None:
        super().__init__()
        self.lease = lease


class RenewLeaseScreen(LeaseActionScreen):
    HELP_KEY = "tui.lease_actions.renew_help"
    TITLE_KEY = "tui.lease_actions.renew_title"
    AUTO_FOCUS = "#end_date"

    def compose(self) -> ComposeResult:
        lease = self.lease
        start = lease.end_date + dt.timedelta(days=1)
        end = periods.add_months(start, 12) - dt.timedelta(days=1)
        yield Static(t("tui.lease_actions.renew_title"), classes="screen-title", markup=False)
        with FormScroll(classes="form-body"):
            yield Static(lease_heading(lease), classes="form-lead", markup=False)
            yield Static(t("tui.lease_actions.renew_from", start=fmt_date(start)),
                         classes="field-note", markup=False)
            with Horizontal(classes="form-row"):
                yield date_field(t("field.end_date"), "end_date", end)
                yield money_field(t("field.monthly_rate"), "monthly_rate",
                                  placeholder=t("tui.lease_actions.rate_default"))
                yield date_field(t("field.signed_on"), "signed_on", clock.today())
            yield Field(t("field.note"), TextInput(id="note", max_length=500), field="note")
            yield FieldError("lease")
            yield FieldError("general")
        yield form_buttons(t("tui.lease_actions.renew_save"))
        yield Footer()

    def submit(self) -> None:
        value = self.query_one
        self.save_with(leases.renew_lease, self.session, self.lease.id,
                       value("#end_date", Input).value,
                       monthly_rate=value("#monthly_rate", Input).value.strip() or None,
                       signed_on=value("#signed_on", Input).value.strip() or None,
                       note=value("#note", Input).value, done=self.dismiss)

    def typed_something(self) -> bool:
        return any(self.query_one(f"#{f}", Input).value.strip()
                   for f in ("monthly_rate", "note"))


class EndLeaseScreen(LeaseActionScreen):
    HELP_KEY = "tui.lease_actions.end_help"
    TITLE_KEY = "tui.lease_actions.end_title"
    AUTO_FOCUS = "#reason"

    def compose(self) -> ComposeResult:
        today = clock.today()
        ended = min(today, self.lease.end_date)
        yield Static(t("tui.lease_actions.end_title"), classes="screen-title", markup=False)
        with FormScroll(classes="form-body"):
            yield Static(lease_heading(self.lease), classes="form-lead", markup=False)
            yield Static(t("tui.lease_actions.end_explain"), classes="field-note", markup=False)
            yield Field(t("field.reason"), TextInput(id="reason", max_length=300), field="reason")
            with Horizontal(classes="form-row"):
                yield date_field(t("field.ended_on"), "ended_on", ended)
                yield date_field(t("tui.lease_actions.settle_on"), "on", today)
                yield Field(t("field.deposit"),
                            Select(_deposit_options(), value="refund", allow_blank=False,
                                   id="deposit"),
                            field="deposit", classes="field wide")
                yield Field(t("tui.lease_actions.refund_method"),
                            Select(_method_options(), value="tunai", allow_blank=False,
                                   id="method"),
                            field="method", classes="field medium")
            yield FieldError("lease")
            yield FieldError("general")
        yield form_buttons(t("tui.lease_actions.end_save"))
        yield Footer()

    def submit(self) -> None:
        value = self.query_one
        self.save_with(lease_endings.terminate_lease, self.session, self.lease.id,
                       value("#ended_on", Input).value, value("#reason", Input).value,
                       deposit=str(value("#deposit", Select).value),
                       method=str(value("#method", Select).value),
                       on=value("#on", Input).value.strip() or None, done=self.dismiss)

    def typed_something(self) -> bool:
        return bool(self.query_one("#reason", Input).value.strip())


class TransferStallScreen(LeaseActionScreen):
    HELP_KEY = "tui.lease_actions.transfer_help"
    TITLE_KEY = "tui.lease_actions.transfer_title"
    AUTO_FOCUS = "#trader"

    def compose(self) -> ComposeResult:
        lease = self.lease
        day = max(clock.today(), lease.start_date + dt.timedelta(days=1))
        yield Static(t("tui.lease_actions.transfer_title"), classes="screen-title",
                     markup=False)
        with FormScroll(classes="form-body"):
            yield Static(lease_heading(lease), classes="form-lead", markup=False)
            yield TraderPicker(t("tui.lease_actions.new_trader"), exclude=lease.trader_id)
            with Horizontal(classes="form-row"):
                yield date_field(t("field.transfer_date"), "transfer_date", day)
                yield Field(t("field.arrears"),
                            Select([(t("tui.lease_actions.arrears_settle"), "settle"),
                                    (t("tui.lease_actions.arrears_keep"), "keep")],
                                   prompt=t("tui.lease_actions.arrears_choose"), id="arrears"),
                            field="arrears", classes="field wide")
                yield Field(t("field.deposit"),
                            Select(_deposit_options(), value="keep", allow_blank=False,
                                   id="deposit"),
                            field="deposit", classes="field wide")
            with Horizontal(classes="form-row"):
                yield date_field(t("field.end_date"), "end_date", lease.end_date)
                yield money_field(t("field.monthly_rate"), "monthly_rate",
                                  placeholder=t("tui.lease_actions.rate_default"))
                yield money_field(t("field.deposit_amount"), "deposit_amount",
                                  placeholder=format_rupiah(lease.deposit_amount))
            yield Static(t("tui.lease_actions.transfer_explain"), classes="field-note",
                         markup=False)
            yield FieldError("lease")
            yield FieldError("general")
        yield form_buttons(t("tui.lease_actions.transfer_save"))
        yield Footer()

    @on(TraderPicker.Chosen)
    def _chosen(self) -> None:
        self.query_one("#transfer_date", Input).focus()

    def submit(self) -> None:
        value = self.query_one
        trader_id = value(TraderPicker).trader_id
        arrears = value("#arrears", Select).value
        problems = False
        if trader_id is None:
            value("#error-trader", FieldError).show(t("tui.lease_form.pick_trader"))
            problems = True
        if arrears == Select.NULL:
            value("#error-arrears", FieldError).show(t("lease.transfer_arrears_choice"))
            problems = True
        if problems:
            self.focus_first_error()
            return
        self.save_with(lease_endings.transfer_stall, self.session, self.lease.id, trader_id,
                       value("#transfer_date", Input).value, arrears=str(arrears),
                       end_date=value("#end_date", Input).value.strip() or None,
                       monthly_rate=value("#monthly_rate", Input).value.strip() or None,
                       deposit_amount=value("#deposit_amount", Input).value.strip() or None,
                       deposit=str(value("#deposit", Select).value), done=self.dismiss)

    def typed_something(self) -> bool:
        return self.query_one(TraderPicker).trader_id is not None or bool(
            self.query_one("#trader", Input).value.strip())
