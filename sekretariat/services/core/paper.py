"""What every printed document shares, whatever its area: the folder it goes
to (``exports/`` beside the database), its file name from its number, the
market's letterhead, and the rule for printing again (a new
``<stem>-salinan-N`` file that says SALINAN; the original is never
overwritten)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sekretariat import db
from sekretariat.reports.pdf import Letterhead
from sekretariat.services.core import market
from sekretariat.services.core.session import Session

#: What a document printed again says on every page.
COPY_LABEL = "SALINAN"


def default_folder() -> Path:
    """``exports/`` beside the open database."""
    return db.current_path().parent / "exports"


def folder(chosen: str | Path | None) -> Path:
    return Path(chosen) if chosen is not None else default_folder()


def file_name(number: str) -> str:
    """``KW/2026/00001`` -> ``KW-2026-00001.pdf``."""
    return number.replace("/", "-") + ".pdf"


def target(chosen: str | Path | None, name: str, head: Letterhead) -> tuple[Path, Letterhead]:
    """Where a document goes, and its letterhead: the first print takes
    ``name``; a print again never overwrites it but is ``<stem>-salinan-N``
    (N = the how-many-th print) and says SALINAN."""
    path = folder(chosen) / name
    if not path.exists():
        return path, head
    stem, number = path.stem, 2
    while (path.parent / f"{stem}-salinan-{number}{path.suffix}").exists():
        number += 1
    return (path.parent / f"{stem}-salinan-{number}{path.suffix}",
            replace(head, copy_label=COPY_LABEL))


def profile() -> market.MarketInfo:
    return market.get_profile() or market.MarketInfo("Pasar")


def letterhead(info: market.MarketInfo, session: Session) -> Letterhead:
    address = ", ".join(part for part in (info.address, info.city) if part)
    if info.phone:
        address = f"{address} · Telp. {info.phone}" if address else f"Telp. {info.phone}"
    return Letterhead(info.name, address, info.managing_org, printed_by=session.full_name)


def signer(session: Session, role: str) -> str:
    """Who signs for ``role``: the person printing if it is theirs, else the
    market's one active account with that role; "" (a line to fill by hand)
    when there is none or more than one."""
    if session.role == role:
        return session.full_name
    found = db.current_database().execute_sql(
        "SELECT full_name FROM app_user WHERE role = ? AND active = 1 LIMIT 2",
        (role,)).fetchall()
    return found[0][0] if len(found) == 1 else ""
