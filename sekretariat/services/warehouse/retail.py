"""Retail market prices of the staples, per base unit and from a day on: what
a trader would pay buying at retail, against which a bulk round's savings are
measured. The price on a day is the latest one on or before it (one fact:
``retail_price_on`` / ``RETAIL_PRICE_ON_SQL``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import MAX_AMOUNT, parse_rupiah
from sekretariat.services.core import audit
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse.items import item_info
from sekretariat.services.warehouse.util import as_date, check_date, one, rows

#: The retail price per base unit of item :item on :day (no row: none known).
RETAIL_PRICE_ON_SQL = ("SELECT price FROM retail_price WHERE item_id = :item"
                       " AND priced_on <= :day ORDER BY priced_on DESC LIMIT 1")


@dataclass(frozen=True)
class RetailPrice:
    item_id: int
    priced_on: dt.date
    price: int  # Rupiah per base unit


def retail_price_on(item_id: int, day: dt.date) -> int | None:
    """The retail price per base unit in force on ``day`` (None: none known)."""
    found = one(RETAIL_PRICE_ON_SQL, {"item": item_id, "day": day.isoformat()})
    return found[0] if found else None


def set_retail_price(session: Session, item: int | str, day: Any, price: Any) -> RetailPrice:
    """Record the retail price per base unit from ``day`` on (one per item
    and day; a later day's price supersedes it, nothing is edited)."""
    require(session, "warehouse.manage")
    info = item_info(item)
    day = check_date(day, "day", default_today=True, not_future=True)
    if isinstance(price, float):
        raise ValidationError("money.invalid", field="price", text=str(price))
    value = parse_rupiah(price, field="price", allow_zero=False, maximum=MAX_AMOUNT)
    if one("SELECT 1 FROM retail_price WHERE item_id = ? AND priced_on = ?",
           (info.id, day.isoformat())):
        raise Conflict("round.retail_price_exists", field="day", item=info.name,
                       day=fmt_date(day))
    with writing():
        price_id = one("INSERT INTO retail_price (item_id, priced_on, price, created_by,"
                       " created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
                       (info.id, day.isoformat(), value, session.user_id, clock.now_iso()))[0]
        audit.record(session, "warehouse.retail_price", "retail_price", price_id, None,
                     {"item": info.code, "day": day.isoformat(), "price": value})
    return RetailPrice(info.id, day, value)


def retail_prices(session: Session, item: int | str) -> list[RetailPrice]:
    """An item's retail prices, newest first."""
    require(session, "warehouse.view")
    info = item_info(item)
    return [RetailPrice(info.id, as_date(day), price) for day, price in rows(
        "SELECT priced_on, price FROM retail_price WHERE item_id = ? ORDER BY priced_on DESC",
        (info.id,))]
