"""What the login screen shows of a market, read without the database code.

``MarketInfo`` and ``LoginFacts`` live here, apart from :mod:`market`, so that
the first frame can show the market's name and a demo's accounts from a quick
read-only look (standard ``sqlite3``) before peewee and the models load.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass

from sekretariat.dbfile import resolve_path

DEMO_ACCOUNTS_KEY = "demo.accounts"


@dataclass(frozen=True)
class MarketInfo:
    name: str
    address: str = ""
    city: str = ""
    managing_org: str = ""
    asset_owner: str = ""
    phone: str = ""
    #: the market's classification (set by ``market.set_classification``, the
    #: chair only; ``update_profile`` leaves it as it is): Permendag 37/2017
    #: type 'A'..'D' and SNI 8152:2015 type 'I'..'IV'; None: not set
    type_permendag: str | None = None
    type_sni: str | None = None


@dataclass(frozen=True)
class LoginFacts:
    """What the login screen shows: the market (None before ``init``) and, on a
    demo database, its accounts."""

    profile: MarketInfo | None
    demo_accounts: list[tuple[str, str, str]]


def peek(path: str | os.PathLike) -> LoginFacts | None:
    """The login facts from a read-only look at a file of the current schema;
    None when the look cannot tell (the real open then reads and explains)."""
    target = resolve_path(path)
    try:
        conn = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute("SELECT name, address, city, managing_org, asset_owner, phone "
                               "FROM market_profile WHERE id = 1").fetchone()
            demo = conn.execute("SELECT value FROM setting WHERE key = ?",
                                (DEMO_ACCOUNTS_KEY,)).fetchone()
        finally:
            conn.close()
        accounts = [tuple(a) for a in json.loads(demo[0])] if demo else []
    except (sqlite3.Error, ValueError, TypeError):
        return None
    return LoginFacts(MarketInfo(*row) if row else None, accounts)
