"""Printing from the screens: the documents service writes the PDF (into
``exports/`` beside the database) in a worker; the screen says where it is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sekretariat.i18n import t

#: How long the "printed to …" notice stays (seconds): long enough to read a path.
NOTICE_SECONDS = 12


def print_document(screen, fn: Callable[..., Path], *args: Any, what: str,
                   **kwargs: Any) -> None:
    """``fn(session, *args, **kwargs)`` writes the PDF; ``what`` names it
    ("Surat Perjanjian SPS/2026/0012")."""
    screen.notify(t("tui.print.working", what=what), timeout=3)
    screen.call_service(
        fn, screen.session, *args,
        done=lambda path: screen.notify(t("tui.print.done", what=what, path=str(path)),
                                        title=t("tui.print.title"), timeout=NOTICE_SECONDS),
        group="print", **kwargs)
