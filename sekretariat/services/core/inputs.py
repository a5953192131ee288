"""Reading rows and cleaning typed input, shared by the areas' services:
plain-SQL reads, ISO dates back from the database, a date typed or given,
one line of text (refused, never cut, when too long) and a short code. The
messages an area shows for an empty text or a bad code are its own keys."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from sekretariat import db
from sekretariat.errors import ValidationError

MAX_CODE = 20
_CODE = re.compile(r"[a-z0-9][a-z0-9_-]*")


def rows(sql: str, params: Sequence[Any] | dict = ()) -> list[tuple]:
    return list(db.current_database().execute_sql(
        sql, params if isinstance(params, dict) else tuple(params)))


def one(sql: str, params: Sequence[Any] | dict = ()) -> tuple | None:
    return db.current_database().execute_sql(
        sql, params if isinstance(params, dict) else tuple(params)).fetchone()


def as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def check_date(value: Any, field: str) -> dt.date:
    """A ``datetime.date`` (not a datetime), or typed text in the user's format."""
    if value is None or value == "":
        raise ValidationError("date.empty", field=field)
    if isinstance(value, str):
        from sekretariat.i18n.formats import parse_date

        return parse_date(value, field=field)
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError("date.invalid", field=field, text=str(value))
    return value


def clean_text(value: Any, field: str, *, maximum: int, required: bool = False,
               empty_key: str) -> str:
    """One line of text, inner spaces squeezed; over ``maximum`` is refused
    with the limit shown, never cut."""
    text = " ".join(str(value or "").split())
    if required and not text:
        raise ValidationError(empty_key, field=field)
    if len(text) > maximum:
        raise ValidationError("input.too_long", field=field, maximum=maximum, found=len(text))
    return text


def check_code(value: Any, field: str, *, area: str) -> str:
    """A short code: lower-case letters, digits, '-' or '_' (``motor``,
    ``gula-1``); refusals are the area's ``<area>.code_empty`` / ``code_invalid``."""
    code = str(value or "").strip().lower()
    if not code:
        raise ValidationError(f"{area}.code_empty", field=field)
    if len(code) > MAX_CODE:
        raise ValidationError("input.too_long", field=field, maximum=MAX_CODE, found=len(code))
    if not _CODE.fullmatch(code):
        raise ValidationError(f"{area}.code_invalid", field=field, code=code)
    return code
