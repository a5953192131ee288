"""How blocks and stall kinds are named on screen (the map, the stall form,
the tariffs)."""

from __future__ import annotations

from sekretariat.i18n import t
from sekretariat.services.leasing.stalls import BlockInfo


def kind_label(kind: str) -> str:
    return t(f"tui.stalls.kind.{kind}")


def block_label(block: BlockInfo) -> str:
    """``Blok A`` when the name says which block it is, else ``A · Sayur``."""
    if block.code in block.name.split():
        return block.name
    return f"{block.code} · {block.name}" if block.name else block.code
