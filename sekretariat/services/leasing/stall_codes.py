"""Stall and block codes, kinds and areas as typed: the checks every stall
service shares (no database writes)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from sekretariat.errors import NotFound, ValidationError
from sekretariat.services.leasing.leasing_util import one

KINDS = ("kios", "los", "pelataran")
ADMIN_STATUSES = ("normal", "diblokir", "perbaikan")
#: What a stall shows: kosong / disewa derived from leases; the others stored.
STATUSES = ("kosong", "disewa", "diblokir", "perbaikan")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9./-]{0,19}")
_BLOCK_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,9}")
MAX_AREA_DM2 = 10_000_000  # 100.000 m2

# --- parsing -----------------------------------------------------------------

def parse_area(value) -> int:
    """Square metres as typed (``12``, ``2,25``, ``2.5``) -> whole dm2 (m2 x 100).
    At most two decimals; exact (no floats)."""
    if isinstance(value, bool) or isinstance(value, float):
        raise ValidationError("stall.area_invalid", field="area", text=str(value))
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, Decimal):
        number = value
    else:
        text = str(value or "").strip().lower().replace("m2", "").replace("m²", "").strip()
        if not text:
            raise ValidationError("stall.area_empty", field="area")
        if text.count(",") + text.count(".") > 1 or not re.fullmatch(r"[0-9]+([.,][0-9]+)?", text):
            raise ValidationError("stall.area_invalid", field="area", text=str(value))
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation:
            raise ValidationError("stall.area_invalid", field="area", text=str(value)) from None
    scaled = number * 100
    if scaled != scaled.to_integral_value():
        raise ValidationError("stall.area_precision", field="area")
    dm2 = int(scaled)
    if dm2 <= 0 or dm2 > MAX_AREA_DM2:
        raise ValidationError("stall.area_range", field="area")
    return dm2


def check_stall_code(code: str) -> str:
    text = "".join(str(code or "").split()).upper()
    if not text:
        raise ValidationError("stall.code_empty", field="code")
    if not _CODE.fullmatch(text):
        raise ValidationError("stall.code_invalid", field="code", code=text)
    return text


def check_block_code(code: str) -> str:
    text = "".join(str(code or "").split()).upper()
    if not text:
        raise ValidationError("block.code_empty", field="code")
    if not _BLOCK_CODE.fullmatch(text):
        raise ValidationError("block.code_invalid", field="code", code=text)
    return text


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError("stall.kind_invalid", field="kind", kind=str(kind))
    return kind


def block_id_of(block: int | str) -> int:
    if isinstance(block, int) and not isinstance(block, bool):
        found = one("SELECT id FROM block WHERE id = ?", (block,))
    else:
        found = one("SELECT id FROM block WHERE code = ?", (check_block_code(str(block)),))
    if found is None:
        raise NotFound("block.not_found", field="block")
    return found[0]


