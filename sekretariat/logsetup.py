"""Where tracebacks go instead of the user's screen: ``sekretariat.log``
beside the database file (or the working directory)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "sekretariat.log"
_configured: Path | None = None


def configure(folder: str | Path | None = None) -> Path | None:
    """Send log records (info and up, with tracebacks) to a rotating file.
    Returns the file, or None when it cannot be opened (nothing is logged then)."""
    global _configured
    target = Path(folder or ".").expanduser().resolve() / LOG_NAME
    if _configured == target:
        return target
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_sekretariat", False):
            root.removeHandler(handler)
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
        target = None
    handler._sekretariat = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _configured = target
    return target


def log_unexpected(where: str) -> Path | None:
    """Log the exception being handled; return the log file's path to tell the user."""
    logging.getLogger("sekretariat").exception("unexpected error in %s", where)
    return _configured
