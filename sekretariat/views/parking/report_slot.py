"""The slot form of the report entry screen: one count input per vehicle
type, or the first and last ticket serial when the attendant holds a book of
that type; filled with a saved report's figures (read only) or with the
book's next serial; the inputs Enter walks through; the form read and
checked (``report_form``)."""

from __future__ import annotations

from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label

from sekretariat.i18n import t
from sekretariat.money import format_rupiah
from sekretariat.services.parking.day_sheet import EntryContext, Slot
from sekretariat.views.parking import report_form
from sekretariat.views.parking.report_form import Typed
from sekretariat.views.widgets.text_input import TextInput


class SlotForm:
    """Mixed into ``ReportEntryScreen`` (which holds ``context``, ``current``
    and ``attendant``)."""

    context: EntryContext | None
    current: Slot | None
    attendant: tuple[int, str] | None

    async def _build_counts(self) -> None:
        """One row per vehicle type: its name and tariff, then its count, or
        the first and last ticket serial when the attendant holds a book."""
        assert self.context is not None
        rows = self.query_one("#entry-counts", Vertical)  # type: ignore[attr-defined]
        lines: list[Horizontal] = []
        for kind in self.context.vehicle_types:
            code = kind.code
            tariff = self.context.tariffs.get(code)
            label = t("tui.parking.entry.count_label", type=kind.name,
                      tariff=format_rupiah(tariff) if tariff else "-")
            last = TextInput(id=f"last-{code}", max_length=9, classes="serial")
            last.border_title = t("tui.parking.entry.last")
            lines.append(Horizontal(
                Label(label, classes="type-label", markup=False),
                Vertical(TextInput(id=f"count-{code}", max_length=7, classes="count"),
                         id=f"field-count-{code}", classes="count-box"),
                Vertical(TextInput(id=f"first-{code}", max_length=9, classes="serial"),
                         id=f"field-first-{code}", classes="serial-box"),
                Vertical(last, id=f"field-last-{code}", classes="serial-box"),
                id=f"type-row-{code}", classes="type-row"))
        await rows.mount_all(lines)

    def _fill_form(self, slot: Slot) -> None:
        """The slot's saved figures (read only), or an empty form with the
        book serials to start from."""
        assert self.context is not None
        report = slot.report
        lines = {line.vehicle_type: line for line in report.lines} if report else {}
        for kind in self.context.vehicle_types:
            code = kind.code
            book = None if report or self.attendant is None else report_form.book_for(
                self.context, self.attendant[0], code)
            line = lines.get(code)
            serials = book is not None or (line is not None and line.first_serial is not None)
            self.query_one(f"#field-count-{code}").display = not serials
            self.query_one(f"#field-first-{code}").display = serials
            self.query_one(f"#field-last-{code}").display = serials
            count, first, last = (self.query_one(f"#{p}-{code}", Input)
                                  for p in ("count", "first", "last"))
            count.value = str(line.count) if line else ""
            first.value = str(line.first_serial if line and line.first_serial else
                              book.next_serial if book else "")
            last.value = str(line.last_serial) if line and line.last_serial else ""
            if book is not None:
                first.border_title = book.series
        handed = self.query_one("#handed_over", Input)
        handed.value = format_rupiah(report.handed_over) if report else ""
        minutes = self.query_one("#minutes_worked", Input)
        minutes.value = str(report.minutes_worked) if report and report.minutes_worked else ""
        for box in self.query(Input):
            box.disabled = report is not None

    def _walk(self) -> list[Input]:
        """The inputs Enter walks through: each type's count (or the serials
        still to type), then the amount handed over."""
        if self.current is None or self.current.report is not None or self.context is None:
            return []
        found: list[Input] = []
        for kind in self.context.vehicle_types:
            code = kind.code
            if self.query_one(f"#field-count-{code}").display:
                found.append(self.query_one(f"#count-{code}", Input))
                continue
            first = self.query_one(f"#first-{code}", Input)
            if not first.value.strip():
                found.append(first)
            found.append(self.query_one(f"#last-{code}", Input))
        found.append(self.query_one("#handed_over", Input))
        return found

    def read(self) -> Typed:
        """The form's content, checked (a ValidationError names its line)."""
        assert self.context is not None and self.current is not None
        counts: dict[str, int] = {}
        used: dict[str, tuple[int, int, int]] = {}
        for kind in self.context.vehicle_types:
            code = kind.code
            if self.query_one(f"#field-count-{code}").display:
                counts[code] = report_form.read_count(
                    code, self.query_one(f"#count-{code}", Input).value)
                continue
            book = report_form.book_for(self.context, self.attendant[0], code)  # type: ignore
            if book is None:
                continue
            found = report_form.read_serials(book, self.query_one(f"#first-{code}", Input).value,
                                             self.query_one(f"#last-{code}", Input).value)
            if found is not None:
                used[code] = found
        handed = report_form.read_handed(self.query_one("#handed_over", Input).value)
        length = self.context.shift_minutes.get(self.current.shift_code, 24 * 60)
        minutes = report_form.read_minutes(self.query_one("#minutes_worked", Input).value, length)
        return Typed(counts, used, handed, minutes)
