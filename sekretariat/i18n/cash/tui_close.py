"""Texts of the cash area (the close screens)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
