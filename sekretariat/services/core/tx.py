"""The write transaction every service uses, turning database refusals
(trigger guards, locks, read-only files) into messages a person can read."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator

import peewee

from sekretariat import db
from sekretariat.errors import Conflict, DatabaseError, DayClosed

log = logging.getLogger(__name__)


@contextlib.contextmanager
def writing() -> Iterator[None]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: all of it or none of it."""
    try:
        with db.transaction():
            yield
    except (peewee.IntegrityError, sqlite3.IntegrityError) as exc:
        text = str(exc)
        if "closed_day" in text:
            raise DayClosed("day.closed_by_database") from exc
        if "reopen_unaudited" in text:
            raise Conflict("day.reopen_unaudited") from exc
        if "append_only" in text:
            raise Conflict("db.append_only", table=text.split(":", 1)[-1]) from exc
        log.exception("integrity error")
        raise Conflict("db.integrity", detail=text) from exc
    except (peewee.OperationalError, sqlite3.OperationalError) as exc:
        text = str(exc)
        log.exception("operational error")
        if "locked" in text or "busy" in text:
            raise DatabaseError("db.busy") from exc
        if "readonly" in text or "read-only" in text:
            raise DatabaseError("db.unwritable", path=str(db.current_path())) from exc
        raise DatabaseError("db.failed", detail=text) from exc
