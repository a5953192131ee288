"""Where a generated file goes, the same way for every report: the folder
(``exports/`` beside the database unless one is given) checked and claimed
before any work, so an unwritable one is said at once; an existing file
never overwritten silently (refused unless ``replace``, and refused while a
spreadsheet program has it open); the file written beside its name first
and renamed when whole, so a failed run leaves nothing behind.

The messages are ``{prefix}.not_a_folder``, ``.folder_unwritable``,
``.file_exists``, ``.file_open`` of the caller's catalog (``ledgers``,
``annual``)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sekretariat.errors import Conflict, ValidationError


def lock_files(path: Path) -> list[Path]:
    """Where LibreOffice and Excel note that they have ``path`` open."""
    name = path.name
    return [path.parent / f".~lock.{name}#", path.parent / f"~${name}",
            path.parent / f"~${name[2:]}"]


def partial_path(path: Path) -> Path:
    """The name a file is written under until it is whole."""
    return path.parent / f".{path.name}.partial"


def check_target(folder: Path, path: Path, replace: bool, prefix: str) -> None:
    if folder.exists() and not folder.is_dir():
        raise ValidationError(f"{prefix}.not_a_folder", field="folder", path=str(folder))
    if any(lock.exists() for lock in lock_files(path)):
        raise Conflict(f"{prefix}.file_open", field="folder", path=str(path))
    if path.exists() and not replace:
        raise Conflict(f"{prefix}.file_exists", field="folder", path=str(path))
    if path.is_dir():
        raise ValidationError(f"{prefix}.not_a_folder", field="folder", path=str(path))


def claim(partial: Path, folder: Path, prefix: str) -> None:
    """Make the folder and the file being written, before any work."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(b"")
    except OSError as exc:
        raise ValidationError(f"{prefix}.folder_unwritable", field="folder", path=str(folder),
                              detail=exc.strerror or str(exc)) from None


def put_in_place(partial: Path, path: Path, replace: bool, prefix: str) -> None:
    try:
        if not replace and path.exists():      # made meanwhile by someone else
            raise Conflict(f"{prefix}.file_exists", field="folder", path=str(path))
        os.replace(partial, path)
    except OSError as exc:                     # open and locked (Windows), gone, ...
        raise Conflict(f"{prefix}.file_open", field="folder", path=str(path),
                       detail=exc.strerror or str(exc)) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
