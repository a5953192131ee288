"""The drawer's count by denomination: one row per note or coin of the
market's list (notes first, then coins; Rp1.000 can be both), each with the
number of pieces typed and the row's amount, and the running total."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.validation import ValidationResult, Validator
from textual.widgets import Input, Label, Static

from sekretariat.i18n import t
from sekretariat.money import format_rupiah
from sekretariat.services.cash.settings import Denomination
from sekretariat.views.widgets.text_input import TextInput

#: More pieces than this of one denomination is a typing mistake (as the service says).
MAX_PIECES = 10_000_000


def parse_count(text: str) -> int | None:
    """Pieces as typed: empty is 0; a whole number 0 or more; else None."""
    raw = (text or "").strip()
    if not raw:
        return 0
    if not raw.isdigit() or not raw.isascii():
        return None
    value = int(raw)
    return value if value <= MAX_PIECES else None


def label_of(item: Denomination) -> str:
    return f"{format_rupiah(item.value)} {t(f'cash.form.{item.form}')}"


def ordered(denominations) -> list[Denomination]:
    """Notes first, then coins, each in the market's order."""
    return sorted(denominations, key=lambda d: d.form != "note")


class CountValidator(Validator):
    """Whole pieces, zero or more: anything else is explained as it is typed."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def validate(self, value: str) -> ValidationResult:
        if parse_count(value) is not None:
            return self.success()
        return self.failure(t("tui.close.count_bad", label=self.label, text=value.strip()),
                            value)


class CountInput(TextInput):
    """Up and Down move between the rows as Tab does."""

    BINDINGS = [
        Binding("down", "app.focus_next", "tui.close.key.next_row", show=False,
                id="close.count.next_row"),
        Binding("up", "app.focus_previous", "tui.close.key.previous_row", show=False,
                id="close.count.previous_row"),
    ]


class CountGrid(Vertical):
    """Posts ``CountGrid.Changed`` whenever a count is edited."""

    class Changed(Message):
        def __init__(self, total: int, problem: str) -> None:
            super().__init__()
            self.total = total
            self.problem = problem

    def __init__(self) -> None:
        super().__init__(id="count-grid")
        self.items: list[Denomination] = []

    def compose(self) -> ComposeResult:
        yield from ()

    @staticmethod
    def input_id(item: Denomination) -> str:
        return f"count-{item.form}-{item.value}"

    async def set_denominations(self, denominations) -> None:
        """Show a row per denomination; what was typed in a row that stays is kept."""
        items = ordered(denominations)
        if items == self.items:
            return
        typed = {d: self.query_one(f"#{self.input_id(d)}", Input).value for d in self.items}
        await self.remove_children()
        self.items = items
        rows = []
        for item in items:
            label = label_of(item)
            rows.append(Horizontal(
                Label(label, classes="count-label", markup=False),
                CountInput(typed.get(item, ""), id=self.input_id(item), classes="count-input",
                           max_length=12, validators=[CountValidator(label)],
                           placeholder="0", select_on_focus=True),
                Static("", id=f"line-{item.form}-{item.value}", classes="count-line",
                       markup=False),
                classes="count-row"))
        await self.mount_all(rows)
        for item in items:
            self._show_line(item)
        self.post_message(self.Changed(self.total(), self.problem()))

    def inputs(self) -> list[Input]:
        return [self.query_one(f"#{self.input_id(d)}", Input) for d in self.items]

    def quantities(self) -> list[tuple[str, int, int]] | None:
        """(form, value, pieces) of every row, or None when a row is not a count."""
        found = []
        for item, widget in zip(self.items, self.inputs()):
            pieces = parse_count(widget.value)
            if pieces is None:
                return None
            found.append((item.form, item.value, pieces))
        return found

    def total(self) -> int:
        return sum(item.value * (parse_count(widget.value) or 0)
                   for item, widget in zip(self.items, self.inputs()))

    def problem(self) -> str:
        """The first row's complaint, or ''."""
        for item, widget in zip(self.items, self.inputs()):
            if parse_count(widget.value) is None:
                return t("tui.close.count_bad", label=label_of(item), text=widget.value.strip())
        return ""

    def first_bad(self) -> Input | None:
        return next((w for w in self.inputs() if parse_count(w.value) is None), None)

    def set_enabled(self, enabled: bool) -> None:
        for widget in self.inputs():
            widget.disabled = not enabled

    def clear(self) -> None:
        for widget in self.inputs():
            widget.value = ""

    def _show_line(self, item: Denomination) -> None:
        widget = self.query_one(f"#{self.input_id(item)}", Input)
        pieces = parse_count(widget.value)
        line = self.query_one(f"#line-{item.form}-{item.value}", Static)
        if pieces is None:
            line.update("?")
        else:
            line.update(f"= {format_rupiah(item.value * pieces)}" if pieces else "")
        line.set_class(pieces is None, "-bad")

    @on(Input.Changed, ".count-input")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        item = next((d for d in self.items if self.input_id(d) == event.input.id), None)
        if item is not None:
            self._show_line(item)
        self.post_message(self.Changed(self.total(), self.problem()))

    @on(Input.Submitted, ".count-input")
    def _next(self, event: Input.Submitted) -> None:
        """Enter moves to the next row (the screen takes Enter on the last)."""
        widgets = self.inputs()
        if event.input in widgets and event.input is not widgets[-1]:
            event.stop()
            widgets[widgets.index(event.input) + 1].focus()
