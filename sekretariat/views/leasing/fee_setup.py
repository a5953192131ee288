"""What the daily-fee screens load first: fee types, collectors, blocks and
the unpaid policy (shared by the fee sheet and its settings)."""

from __future__ import annotations

from dataclasses import dataclass

from sekretariat.services.leasing import daily_fees, stalls
from sekretariat.services.leasing.daily_fees import CollectorInfo, FeeTypeInfo
from sekretariat.services.leasing.stalls import BlockInfo


@dataclass(frozen=True)
class FeeSetup:
    fee_types: tuple[FeeTypeInfo, ...]  # active
    collectors: tuple[CollectorInfo, ...]  # active
    blocks: tuple[BlockInfo, ...]
    policy: str


def load_setup(session) -> FeeSetup:
    return FeeSetup(tuple(daily_fees.list_fee_types(session, active_only=True)),
                    tuple(daily_fees.list_collectors(session, active_only=True)),
                    tuple(stalls.list_blocks(session)), daily_fees.unpaid_policy())
