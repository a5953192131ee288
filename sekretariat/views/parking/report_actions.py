"""The report entry screen's other actions: moving between slots, recording
another attendant than the rostered one (asked, then the service audits the
override), voiding a saved report with a reason."""

from __future__ import annotations

from sekretariat.i18n import t
from sekretariat.services.parking import attendants
from sekretariat.services.parking.day_sheet import DaySheet, Slot


class EntryActions:
    """Mixed into ``ReportEntryScreen``."""

    sheet: DaySheet | None
    current: Slot | None
    attendant: tuple[int, str] | None
    override: bool

    def action_slot(self, step: int) -> None:
        if self.sheet is None or not self.sheet.slots:
            return
        keys = [s.key for s in self.sheet.slots]
        at = keys.index(self.current.key) if self.current and self.current.key in keys else -1
        self.open_slot(keys[(at + step) % len(keys)])

    def action_other_attendant(self) -> None:
        from sekretariat.views.parking.pick_attendant import PickAttendantDialog

        if self.current is None or self.current.report is not None:
            return
        self.call_service(attendants.list_attendants, self.session, active_on=self.day,
                          done=lambda people: self.app.push_screen(PickAttendantDialog(
                              t("tui.parking.entry.choose_attendant"), people),
                              self._other_chosen))

    def _other_chosen(self, person: tuple[int, str] | None) -> None:
        from sekretariat.views.core.confirm import ConfirmDialog

        slot = self.current
        if person is None or slot is None:
            return
        if person[0] == slot.attendant_id:
            self.attendant, self.override = person, False
            self._after_attendant()
            return
        question = t("tui.parking.entry.override_question", name=person[1], zone=slot.zone_name,
                     shift=slot.shift_name, rostered=slot.attendant_name)

        def answered(yes: bool | None) -> None:
            if yes:
                self.attendant, self.override = person, True
                self._after_attendant()

        self.app.push_screen(ConfirmDialog(question, t("tui.parking.entry.override_yes")),
                             answered)

    def _after_attendant(self) -> None:
        if self.current is None:
            return
        self._fill_form(self.current)
        self._show_heading()
        self._recompute()
        walk = self._walk()
        if walk:
            walk[0].focus()

    def action_void(self) -> None:
        from sekretariat.views.parking.report_void import VoidReportDialog

        slot = self.current
        if slot is None or slot.report is None:
            return
        self.app.push_screen(VoidReportDialog(slot.report), self._voided)

    def _voided(self, report) -> None:
        if report is not None:
            self.notify(t("tui.parking.entry.voided", number=report.number))
            self.reload()
