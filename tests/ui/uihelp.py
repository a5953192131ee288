"""Helpers for the Pilot tests: log in through the login screen, wait for
workers, read what the screen shows. (Fixtures are in conftest.py.)"""

from __future__ import annotations

from textual.widgets import Input
from textual.worker import WorkerState

PASSWORD = "rahasia-123"  # as in tests/conftest.py

SIZE = (120, 40)


async def settle(pilot) -> None:
    """Let workers finish and their results reach the screen (a result may
    start another worker: a dialog closes, the list behind it reloads)."""
    app = pilot.app
    await pilot.pause()
    for _ in range(5):
        if not any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in app.workers):
            break
        await app.workers.wait_for_complete()
        await pilot.pause()


async def type_into(pilot, selector: str, text: str, *, keys: bool = False) -> None:
    """Fill an input: key by key with ``keys=True``, else at once (faster;
    the Input posts the same Changed message either way)."""
    widget = pilot.app.screen.query_one(selector, Input)
    widget.focus()
    widget.value = ""
    if keys:
        await pilot.pause()
        await pilot.press(*text)
    else:
        widget.value = text
        widget.cursor_position = len(text)
    await pilot.pause()


async def login(pilot, username: str, password: str = PASSWORD, *, keys: bool = False) -> None:
    """Fill the login form and press Enter (``keys=True``: type every key)."""
    await pilot.pause()
    await type_into(pilot, "#username", username, keys=keys)
    if keys:
        await pilot.press("enter")
    await type_into(pilot, "#password", password, keys=keys)
    await pilot.press("enter")
    await settle(pilot)


def screen_text(app) -> str:
    """Everything the current screen shows, as plain text."""
    from textual.widgets import Button, DataTable, OptionList, Static

    parts = []
    for widget in app.screen.query("*"):
        if isinstance(widget, Static):
            parts.append(str(widget.visual))
        elif isinstance(widget, Button):
            parts.append(str(widget.label))
        elif isinstance(widget, OptionList):
            parts.extend(str(widget.get_option_at_index(i).prompt)
                         for i in range(widget.option_count))
        elif isinstance(widget, DataTable):
            for row in range(widget.row_count):
                parts.append(" | ".join(str(c) for c in widget.get_row_at(row)))
            parts.extend(str(c.label) for c in widget.columns.values())
    return "\n".join(parts)


def footer_keys(app) -> dict[str, tuple[str, bool]]:
    """key -> (description, enabled) of the bindings the footer would show."""
    return {key: (active.binding.description, active.enabled)
            for key, active in app.screen.active_bindings.items() if active.binding.show}


def nik(serial: int, *, female: bool = False) -> str:
    """A valid NIK (Palembang, born 17/05/1980) with the given serial."""
    day = 17 + 40 if female else 17
    return f"167101{day:02d}0580{serial:04d}"
