"""Lease a stall to a trader: pick the trader (type a name, NIK or phone and
choose) and the stall (type its code: what it is, whether it is free and its
rate are shown at once), then the term, billing frequency, due day, rate
(the stall's rate unless typed), security deposit and late fee. Dismisses
with the signed ``LeaseInfo``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Input, Select, Static

from sekretariat import clock
from sekretariat.errors import NotFound, SekretariatError, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, parse_date
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import leases, periods, stall_rates, stalls
from sekretariat.services.leasing.stall_rates import RateInfo
from sekretariat.services.leasing.stalls import StallInfo
from sekretariat.services.leasing.traders import TraderInfo
from sekretariat.views.base import run_safely
from sekretariat.views.core.form_base import FormScreen, form_buttons
from sekretariat.views.widgets.fields import (
    Field,
    FieldError,
    FormScroll,
    date_field,
    money_field,
    row_errors,
)
from sekretariat.views.leasing.trader_picker import TraderPicker
from sekretariat.views.widgets.validators import MoneyValidator
from sekretariat.views.widgets.text_input import TextInput

_PERCENT = re.compile(r"(\d{1,3})(?:[.,](\d{1,2}))?\s*%?")


def parse_percent(text: str) -> int:
    """``2`` / ``2,5`` / ``2.5%`` -> basis points (200 / 250 / 250)."""
    found = _PERCENT.fullmatch(text.strip())
    if not found:
        raise ValidationError("lease.late_fee_invalid", field="late_fee_bp")
    whole, fraction = found.group(1), (found.group(2) or "").ljust(2, "0")
    return int(whole) * 100 + int(fraction)


def parse_due_day(text: str) -> int:
    text = text.strip()
    if not text.isdigit():
        raise ValidationError("lease.due_day_invalid", field="due_day")
    return int(text)


def default_end(start: dt.date) -> dt.date:
    """One year less a day: 1 Dec 2026 -> 30 Nov 2027."""
    return periods.add_months(start, 12) - dt.timedelta(days=1)


@dataclass(frozen=True)
class StallPreview:
    stall: StallInfo
    rate: RateInfo | None
    lease_now: str  # 'SPS/… (name, until dd/mm/yyyy)' when leased on the start date


def stall_preview(session, code: str, start: dt.date) -> StallPreview:
    stall = stalls.get_stall(session, code=code, as_of=start)
    rate = stall_rates.rate_for(session, stall.id, start)
    lease_now = ""
    if stall.lease_id is not None:
        lease_now = t("tui.lease_form.stall_taken", number=stall.agreement_number or "",
                      name=stall.trader_name or "",
                      end=fmt_date(stall.lease_end) if stall.lease_end else "-")
    return StallPreview(stall, rate, lease_now)


class LeaseFormScreen(FormScreen):
    CSS_PATH = "../styles/forms.tcss"
    HELP_KEY = "tui.lease_form.help"
    TITLE_KEY = "tui.lease_form.title"

    BINDINGS = [
        Binding("ctrl+n", "new_trader", "tui.traders.key.new", id="lease.new_trader"),
    ]

    def __init__(self, *, trader: TraderInfo | None = None, stall_code: str = "") -> None:
        super().__init__()
        self.given_trader = trader
        self.given_stall = stall_code
        self.preview: StallPreview | None = None
        self.end_typed = False
        self.AUTO_FOCUS = "#stall" if trader else "#trader"

    def compose(self) -> ComposeResult:
        today = clock.today()
        yield Static(t("tui.lease_form.title"), classes="screen-title", markup=False)
        with FormScroll(classes="form-body"):
            yield TraderPicker(t("field.trader"), trader=self.given_trader)
            with Horizontal(classes="form-row"):
                yield Field(t("tui.lease_form.stall_label"),
                            TextInput(self.given_stall, id="stall", max_length=20,
                                  placeholder="A-01"),
                            field="stall", classes="field narrow")
                yield Static("", id="stall-info", classes="field-note side-note", markup=False)
            with Horizontal(classes="form-row"):
                yield date_field(t("field.start_date"), "start_date", today, own_error=False)
                yield date_field(t("field.end_date"), "end_date", default_end(today),
                                 own_error=False)
                yield Field(t("field.frequency"),
                            Select([(t(f"lease.frequency.{f}"), f) for f in leases.FREQUENCIES],
                                   value="monthly", allow_blank=False, id="frequency"),
                            field="frequency", classes="field narrow", own_error=False)
                yield Field(t("tui.lease_form.due_day_label"),
                            TextInput(str(leases.DEFAULT_DUE_DAY), id="due_day", max_length=2,
                                  type="integer"),
                            field="due_day", classes="field tiny", own_error=False)
            yield from row_errors("start_date", "end_date", "frequency", "due_day")
            with Horizontal(classes="form-row"):
                yield money_field(t("field.monthly_rate"), "monthly_rate", own_error=False)
                yield Field(t("field.deposit_amount"),
                            TextInput(id="deposit_amount", max_length=30, placeholder="0",
                                  validators=[MoneyValidator()]),
                            field="deposit_amount", classes="field narrow", own_error=False)
                yield Field(t("tui.lease_form.late_fee_label"),
                            TextInput(_percent_text(leases.DEFAULT_LATE_FEE_BP), id="late_fee_bp",
                                  max_length=6),
                            field="late_fee_bp", classes="field tiny", own_error=False)
                yield date_field(t("field.signed_on"), "signed_on", today, own_error=False)
            yield from row_errors("monthly_rate", "deposit_amount", "late_fee_bp", "signed_on")
            yield Field(t("field.note"), TextInput(id="note", max_length=500), field="note")
            yield Static("", id="lease-summary", classes="field-note", markup=False)
            yield FieldError("general")
        yield form_buttons(t("tui.lease_form.save"))
        yield Footer()

    def on_mount(self) -> None:
        if self.given_stall:
            self.lookup_stall()
        self.update_summary()

    # --- the trader ---------------------------------------------------------------

    @property
    def trader_id(self) -> int | None:
        return self.query_one(TraderPicker).trader_id

    def action_new_trader(self) -> None:
        """Register the trader here when they are new to the market."""
        from sekretariat.views.leasing.trader_form import TraderFormScreen

        if self.may("traders.manage"):
            picker = self.query_one(TraderPicker)
            typed = picker.typed if not any(c.isdigit() for c in picker.typed) else ""
            self.app.push_screen(TraderFormScreen(name=typed),
                                 lambda trader: trader and picker.choose(trader))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "new_trader":
            return self.may("traders.manage")
        return super().check_action(action, parameters)

    @on(TraderPicker.Chosen)
    def _trader_chosen(self) -> None:
        self.query_one("#stall", Input).focus()
        self.update_summary()

    # --- the stall ------------------------------------------------------------------

    @on(Input.Changed, "#stall")
    def _stall_typed(self) -> None:
        self.preview = None
        self.lookup_stall()

    @on(Input.Changed, "#start_date")
    def _start_typed(self, event: Input.Changed) -> None:
        start = self._date("start_date")
        if start is not None and not self.end_typed:
            self.query_one("#end_date", Input).value = f"{default_end(start):%d/%m/%Y}"
            self.end_typed = False
        self.lookup_stall()

    @on(Input.Changed, "#end_date")
    def _end_typed(self, event: Input.Changed) -> None:
        start = self._date("start_date")
        self.end_typed = start is None or event.value != f"{default_end(start):%d/%m/%Y}"
        self.update_summary()

    @on(Input.Changed, "#monthly_rate, #deposit_amount, #late_fee_bp, #due_day")
    @on(Select.Changed, "#frequency")
    def _terms_typed(self) -> None:
        self.update_summary()

    def _date(self, field: str) -> dt.date | None:
        try:
            return parse_date(self.query_one(f"#{field}", Input).value, field=field)
        except SekretariatError:
            return None

    def lookup_stall(self) -> None:
        code = "".join(self.query_one("#stall", Input).value.split()).upper()
        start = self._date("start_date") or clock.today()
        if not code:
            self.query_one("#stall-info", Static).update("")
            self.update_summary()
            return
        self.find_stall(code, start)

    @work(thread=True, exclusive=True, exit_on_error=False, group="stall-find")
    def find_stall(self, code: str, start: dt.date) -> None:
        outcome = run_safely("lease_form.find_stall", stall_preview, self.session, code, start)
        self.deliver(outcome, lambda found: self._show_stall(code, found),
                     lambda error: self._no_stall(code, error))

    def _typed_code(self) -> str:
        return "".join(self.query_one("#stall", Input).value.split()).upper()

    def _show_stall(self, code: str, found: StallPreview) -> None:
        if self._typed_code() != code:
            return
        self.preview = found
        stall = found.stall
        parts = [t("tui.lease_form.stall_what", kind=t(f"stall.kind.{stall.kind}"),
                   block=stall.block_code, area=_area(stall.area_dm2))]
        if stall.admin_status != "normal":
            parts.append(t(f"stall.status.{stall.admin_status}"))
        elif found.lease_now:
            parts.append(found.lease_now)
        else:
            parts.append(t("tui.lease_form.stall_free", day=fmt_date(stall.as_of)))
        info = self.query_one("#stall-info", Static)
        info.update(" · ".join(parts))
        info.set_class(stall.admin_status != "normal" or bool(found.lease_now), "-warning")
        rate = self.query_one("#monthly_rate", Input)
        rate.placeholder = (
            t("tui.lease_form.rate_default", rate=format_rupiah(found.rate.monthly_rate))
            if found.rate else t("tui.lease_form.rate_none"))
        self.query_one("#error-stall", FieldError).clear()
        self.update_summary()

    def _no_stall(self, code: str, error: SekretariatError | None) -> None:
        if self._typed_code() != code:
            return
        self.preview = None
        info = self.query_one("#stall-info", Static)
        info.update(error.message if isinstance(error, NotFound | ValidationError)
                    else t("tui.lease_form.stall_unknown", code=code))
        info.set_class(True, "-warning")
        self.update_summary()

    # --- what will be billed ---------------------------------------------------------

    def update_summary(self) -> None:
        """One line: the period amount and the first bill, as typed so far."""
        summary = self.query_one("#lease-summary", Static)
        rate = self._rate()
        frequency = self.query_one("#frequency", Select).value
        if rate is None or frequency not in leases.FREQUENCIES:
            summary.update("")
            return
        text = t("tui.lease_form.summary", rate=format_rupiah(rate),
                 frequency=t(f"lease.frequency.{frequency}").lower(),
                 amount=format_rupiah(periods.period_amount(rate, str(frequency))))
        summary.update(text)

    def _rate(self) -> int | None:
        from sekretariat.money import parse_rupiah

        typed = self.query_one("#monthly_rate", Input).value
        if typed.strip():
            try:
                return parse_rupiah(typed)
            except SekretariatError:
                return None
        if self.preview and self.preview.rate:
            return self.preview.rate.monthly_rate
        return None

    # --- saving -----------------------------------------------------------------------

    def submit(self) -> None:
        problems = False
        if self.trader_id is None:
            self.query_one("#error-trader", FieldError).show(t("tui.lease_form.pick_trader"))
            problems = True
        if self.preview is None:
            code = self._typed_code()
            self.query_one("#error-stall", FieldError).show(
                t("tui.lease_form.stall_unknown", code=code) if code
                else t("tui.lease_form.pick_stall"))
            problems = True
        value = self.query_one
        try:
            due_day = parse_due_day(value("#due_day", Input).value)
        except ValidationError as exc:
            self.show_error(exc)
            due_day, problems = None, True
        try:
            late_fee = parse_percent(value("#late_fee_bp", Input).value)
        except ValidationError as exc:
            self.show_error(exc)
            late_fee, problems = None, True
        if problems:
            self.focus_first_error()
            return
        assert self.preview is not None and self.trader_id is not None
        self.save_with(
            leases.create_lease, self.session, self.trader_id, self.preview.stall.id,
            value("#start_date", Input).value, value("#end_date", Input).value,
            monthly_rate=value("#monthly_rate", Input).value.strip() or None,
            frequency=str(value("#frequency", Select).value), due_day=due_day,
            deposit_amount=value("#deposit_amount", Input).value.strip() or 0,
            late_fee_bp=late_fee, signed_on=value("#signed_on", Input).value.strip() or None,
            note=value("#note", Input).value, done=self.dismiss)

    def typed_something(self) -> bool:
        value = self.query_one
        return (self.given_trader is None and bool(value("#trader", Input).value.strip())) \
            or self._typed_code() != self.given_stall.upper() \
            or any(value(f"#{name}", Input).value.strip()
                   for name in ("monthly_rate", "deposit_amount", "note"))


def _percent_text(bp: int) -> str:
    whole, rest = divmod(bp, 100)
    return f"{whole}" if not rest else f"{whole},{rest:02d}".rstrip("0")


def _area(area_dm2: int) -> str:
    from sekretariat.i18n import get_language

    text = f"{area_dm2 / 100:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if get_language() == "id" else text
