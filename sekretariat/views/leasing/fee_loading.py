"""What the daily-fee screens load first: fee types, collectors, blocks and
the unpaid policy (shared by the fee sheet and its settings)."""

from __future__ import annotations

from dataclasses import dataclass

from sekretariat.services.leasing import fee_setup, stalls
from sekretariat.services.leasing.fee_setup import CollectorInfo, FeeTypeInfo
from sekretariat.services.leasing.stalls import BlockInfo


@dataclass(frozen=True)
class FeeSetup:
    fee_types: tuple[FeeTypeInfo, ...]  # active
    collectors: tuple[CollectorInfo, ...]  # active
    blocks: tuple[BlockInfo, ...]
    policy: str


def load_setup(session) -> FeeSetup:
    return FeeSetup(tuple(fee_setup.list_fee_types(session, active_only=True)),
                    tuple(fee_setup.list_collectors(session, active_only=True)),
                    tuple(stalls.list_blocks(session)), fee_setup.unpaid_policy())
