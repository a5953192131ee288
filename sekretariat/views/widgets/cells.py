"""Table cells that never cut a word or a number in half."""

from __future__ import annotations

import textwrap

from rich.text import Text


def short_text(text: str, width: int) -> Text:
    """``text`` in a column ``width`` wide: whole when it fits, else shortened
    at a word with "…" (never mid-number, as a plain cut would be)."""
    if len(text) <= width:
        return Text(text)
    shortened = textwrap.shorten(text, width, placeholder=" …")
    if shortened == " …".strip() or shortened.startswith("…"):
        shortened = text[: max(width - 1, 1)] + "…"  # a single word longer than the column
    return Text(shortened)
