"""The texts of the close's walk-through, made from the service's draft: the
books of the day (opening, every source in and out), what changed since a
reopened day was last closed, the zero days, the expected amount against the
count, and the result of the close. While a blind count is not confirmed, no
amount that gives the expected balance away is shown."""

from __future__ import annotations

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, fmt_datetime
from sekretariat.money import format_rupiah
from sekretariat.services.cash.close import CloseResult
from sekretariat.services.cash.close_read import CloseDraft, CloseInfo

#: What a hidden amount looks like during a blind count.
HIDDEN = "•••"
LABEL = 34
AMOUNT = 15


def _amount(value: int, shown: bool) -> str:
    return (format_rupiah(value) if shown else HIDDEN).rjust(AMOUNT)


def books(draft: CloseDraft, shown: bool) -> str:
    """Opening balance, every source of the day in and out, the totals."""
    lines = [f"{t('tui.close.opening'):<{LABEL}}{_amount(draft.opening, shown)}", ""]
    if draft.sources:
        lines.append(f"{t('tui.close.col_source'):<{LABEL}}"
                     f"{t('tui.close.col_in'):>{AMOUNT}}{t('tui.close.col_out'):>{AMOUNT}}")
        for source in draft.sources:
            label = source.label if len(source.label) < LABEL else source.label[:LABEL - 2] + "…"
            money_in = _amount(source.money_in, shown) if source.money_in else " " * AMOUNT
            money_out = _amount(source.money_out, shown) if source.money_out else " " * AMOUNT
            lines.append(f"{label:<{LABEL}}{money_in}{money_out}")
        lines.append(f"{t('tui.close.total'):<{LABEL}}{_amount(draft.total_in, shown)}"
                     f"{_amount(draft.total_out, shown)}")
    else:
        lines.append(t("tui.close.no_activity"))
    return "\n".join(lines)


def changes(draft: CloseDraft, shown: bool) -> str:
    """A reopened day closed again: the last close, the reason, each entry since."""
    previous = draft.previous
    if previous is None:
        return ""
    lines = [t("tui.close.previous", at=fmt_datetime(previous.closed_at), by=previous.closed_by,
               reason=previous.reopen_reason or "-")]
    if draft.changes:
        lines.append(t("tui.close.changes", count=len(draft.changes)))
        for entry in draft.changes:
            move = []
            if shown and entry.cash_in:
                move.append(f"+{format_rupiah(entry.cash_in)}")
            if shown and entry.cash_out:
                move.append(f"-{format_rupiah(entry.cash_out)}")
            reverses = t("tui.close.reverses", number=entry.reverses) if entry.reverses else ""
            lines.append(f"  {entry.number} · {entry.memo} {' '.join(move)} · "
                         f"{entry.created_by}{reverses}")
    else:
        lines.append(t("tui.close.no_changes"))
    if shown:
        lines.append(t("tui.close.expected_then_now", then=format_rupiah(previous.expected),
                       counted=format_rupiah(previous.counted),
                       now=format_rupiah(draft.expected)))
    return "\n".join(lines)


def zero_days(draft: CloseDraft) -> str:
    days = draft.zero_days
    if not days:
        return ""
    if len(days) == 1:
        span = fmt_date(days[0])
    else:
        span = f"{fmt_date(days[0])} – {fmt_date(days[-1])}"
    return t("tui.close.zero_days", count=len(days), span=span)


def expected(draft: CloseDraft, counted: int, shown: bool, *, chair: bool) -> tuple[str, str]:
    """The expected amount against the count, and the class of its tone
    (``-blind``, ``-even``, ``-over``, ``-short``)."""
    if not shown:
        return t("tui.close.blind_hint"), "-blind"
    difference = counted - draft.expected
    lines = [t("tui.close.expected_line", expected=format_rupiah(draft.expected),
               counted=format_rupiah(counted))]
    if difference == 0:
        lines.append(t("tui.close.even"))
        return "\n".join(lines), "-even"
    key = "tui.close.over" if difference > 0 else "tui.close.short"
    lines.append(t(key, amount=format_rupiah(abs(difference))))
    threshold = draft.settings.approval_threshold
    if abs(difference) > threshold:
        lines.append(t("tui.close.chair_approves" if chair else "tui.close.needs_chair",
                       threshold=format_rupiah(threshold)))
    return "\n".join(lines), "-over" if difference > 0 else "-short"


def result(done: CloseResult) -> str:
    close = done.close
    lines = [t("tui.close.done", day=fmt_date(close.day), counted=format_rupiah(close.counted),
               difference=format_rupiah(close.difference))]
    if done.zero_days:
        lines.append(t("tui.close.done_zero", count=len(done.zero_days)))
    if close.approved_by:
        lines.append(t("tui.close.approved_by", name=close.approved_by_name or close.approved_by))
    if close.difference_entry:
        lines.append(t("tui.close.difference_entry", number=close.difference_entry))
    lines.append(t("tui.close.witness", position=done.witness.audit_id, hash=done.witness.short))
    if done.backup_path:
        lines.append(t("tui.close.backup_ok", path=done.backup_path))
    return "\n".join(lines)


def backup_failure(done: CloseResult) -> str:
    if not done.backup_error:
        return ""
    return t("tui.close.backup_failed", error=done.backup_error)


def already_closed(info: CloseInfo) -> str:
    """The day asked for is closed already: its close in force."""
    lines = [t("tui.close.already", day=fmt_date(info.day), by=info.counted_by,
               at=fmt_datetime(info.created_at))]
    if not info.zero_day:
        lines.append(t("tui.close.expected_line", expected=format_rupiah(info.expected),
                       counted=format_rupiah(info.counted)))
        if info.difference:
            lines.append(t("tui.close.difference_note", amount=format_rupiah(info.difference),
                           note=info.note))
    else:
        lines.append(t("tui.close.was_zero_day"))
    return "\n".join(lines)
