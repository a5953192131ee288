"""Texts of the cash area (documents)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
