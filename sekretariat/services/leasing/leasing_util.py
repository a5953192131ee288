"""Small helpers shared by the stall/trader/lease services: reading rows,
cleaning typed text, dates and amounts. No business rules here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sekretariat import db
from sekretariat.errors import ValidationError
from sekretariat.money import MAX_AMOUNT, format_rupiah, parse_rupiah

#: Party of receivable (1-200) and deposit (2-100) journal lines.
PARTY = "trader"
RECEIVABLE = "1-200"
DEPOSITS = "2-100"
CASH = "1-100"
BANK = "1-110"
RENT_INCOME = "4-100"
FEE_INCOME = "4-110"
LATE_FEE_INCOME = "4-300"
OTHER_INCOME = "4-900"
CASH_DIFFERENCE = "5-900"
#: Payment method -> the account the money lands in.
METHOD_ACCOUNTS = {"tunai": CASH, "transfer": BANK, "qris": BANK}
#: Invoice kind -> the income account it was credited to.
KIND_INCOME = {"rent": RENT_INCOME, "daily_fee": FEE_INCOME, "late_fee": LATE_FEE_INCOME}
OPEN_SENTINEL = "9999-12-31"


def _params(params):
    return params if isinstance(params, dict) else tuple(params)


def rows(sql: str, params: Sequence[Any] | dict = ()) -> list[tuple]:
    """All rows; ``params`` positional (``?``) or named (``:name``, a dict)."""
    return list(db.current_database().execute_sql(sql, _params(params)))


def one(sql: str, params: Sequence[Any] | dict = ()) -> tuple | None:
    return db.current_database().execute_sql(sql, _params(params)).fetchone()


def scalar(sql: str, params: Sequence[Any] = ()) -> Any:
    row = one(sql, params)
    return row[0] if row else None


def as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def check_date(value: Any, field: str, *, required: bool = True) -> dt.date | None:
    """A ``datetime.date`` (not a datetime); ``None`` only when not required."""
    if value is None and not required:
        return None
    if value is None:
        raise ValidationError("date.empty", field=field)
    if isinstance(value, str):
        from sekretariat.i18n.formats import parse_date

        return parse_date(value, field=field)
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError("date.invalid", field=field, text=str(value))
    return value


def clean_text(value: Any, field: str, *, maximum: int, required: bool = False,
               empty_key: str = "lease.text_empty", single_line: bool = True) -> str:
    text = str(value or "")
    text = " ".join(text.split()) if single_line else text.strip()
    if required and not text:
        raise ValidationError(empty_key, field=field)
    if len(text) > maximum:
        raise ValidationError("lease.text_long", field=field, maximum=maximum)
    return text


def amount(value: Any, field: str, *, allow_zero: bool = False, zero_key: str | None = None,
           maximum: int = MAX_AMOUNT) -> int:
    """Whole rupiah from an int or typed text; zero refused unless allowed."""
    if isinstance(value, float):
        raise ValidationError("money.invalid", field=field, text=str(value))
    if isinstance(value, Decimal):
        if value != value.to_integral_value():
            raise ValidationError("money.fraction", field=field, text=str(value))
        value = int(value)
    parsed = parse_rupiah(value, field=field, allow_zero=True, maximum=maximum)
    if parsed == 0 and not allow_zero:
        raise ValidationError(zero_key or "money.zero", field=field)
    return parsed


def placeholders(values: Iterable[Any]) -> str:
    return ",".join("?" for _ in values)


def check_void(reason: Any, void_date: Any, document_date: Any, *, empty_key: str,
               before_key: str) -> tuple[str, dt.date]:
    """The rules every void shares: a reason, a date (today by default) not
    before the document's, in an open day. The document's own day may be
    closed: the void is a reversal dated in an open day that points at it,
    and the closed day stays as it was. Returns (reason, void_date)."""
    from sekretariat import clock
    from sekretariat.services.core import days

    reason = clean_text(reason, "reason", maximum=300, required=True, empty_key=empty_key)
    void_date = check_date(void_date, "void_date", required=False) or clock.today()
    document_date = as_date(document_date)
    if void_date < document_date:
        raise ValidationError(before_key, field="void_date")
    days.assert_open(void_date)
    return reason, void_date


#: Open amount per invoice on :day (what was allocated to it by then, less
#: payments voided by then); ``{where}`` narrows the candidates. The arrears
#: list and the stall map count from it, so they agree on any date.
OPEN_ON_SQL = (
    "SELECT i.id, i.trader_id, i.stall_id, i.due_date,"
    " i.amount - coalesce((SELECT sum(a.amount) FROM invoice_allocation a"
    "   LEFT JOIN payment p ON p.id = a.payment_id WHERE a.invoice_id = i.id"
    "   AND a.alloc_date <= :day AND (p.id IS NULL OR p.voided_on IS NULL OR p.voided_on > :day)),"
    "  0) AS open_amount"
    " FROM invoice_open o CROSS JOIN invoice i ON i.id = o.invoice_id"
    " WHERE o.open_until > :day AND i.issue_date <= :day AND i.kind <> 'refund' {where}")


#: No stall rents for less a month, wherever a monthly rate is typed or
#: imported (tariffs, a stall's own rate, a lease's rate, the stall import).
MIN_MONTHLY_RATE = 1_000


def check_monthly_rate(value: Any, field: str = "monthly_rate", *,
                       zero_key: str = "stall.rate_zero",
                       small_key: str = "rate.too_small") -> int:
    """A monthly rate in whole rupiah, refused under ``MIN_MONTHLY_RATE``."""
    rate = amount(value, field, zero_key=zero_key)
    if rate < MIN_MONTHLY_RATE:
        raise ValidationError(small_key, field=field, amount=format_rupiah(rate),
                              minimum=format_rupiah(MIN_MONTHLY_RATE))
    return rate
