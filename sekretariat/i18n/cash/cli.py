"""Texts of the cash area (cli)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
