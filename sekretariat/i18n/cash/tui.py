"""Texts of the cash area (tui)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
