"""What a lease's security deposit (jaminan) holds now: received and carried
in, less set off, refunded, forfeited and carried out (voided movements
left out). Its own module so that both the deposit documents (``deposits``)
and the payments they are received with (``payments``) can ask it."""

from __future__ import annotations

from sekretariat.services.leasing.leasing_util import scalar

_SIGNED = ("CASE WHEN kind IN ('received', 'carried_in') THEN amount ELSE -amount END")


def held(lease_id: int) -> int:
    return scalar(f"SELECT coalesce(sum({_SIGNED}), 0) FROM deposit_movement"
                  " WHERE lease_id = ? AND voided_on IS NULL", (lease_id,))
