"""Correcting a posted round (r, R on the round screen): a trader's share,
or every share not yet handed back, returns to stock at its charge and its
goods invoice is voided; a reason is required and the day is today. The
round itself stays as posted (``services/warehouse/round_returns.py``)."""

from __future__ import annotations

from textual.binding import Binding

from sekretariat.i18n import t
from sekretariat.money import format_rupiah
from sekretariat.services.warehouse import round_returns
from sekretariat.services.warehouse.rounds_read import RoundInfo, RoundLine
from sekretariat.services.warehouse.util import MAX_REASON
from sekretariat.views.widgets.void_dialog import VoidDialog


class _ReturnDialog(VoidDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/warehouse.tcss"]
    HELP_KEY = "tui.round.help.round"
    TITLE_KEY = "tui.round.key.return"
    SUBMIT_KEY = "tui.round.key.return"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.round.key.return", id="warehouse_round.return_save"),
    ]


class ReturnShareDialog(_ReturnDialog):
    def __init__(self, info: RoundInfo, line: RoundLine) -> None:
        super().__init__(
            t("tui.round.return_title", trader=line.trader_name),
            t("tui.round.return_explain", units=line.allocated, unit=line.unit,
              item=line.item_name, charge=format_rupiah(line.charge or 0),
              invoice=line.invoice_number),
            t("tui.round.return_reason"), MAX_REASON)
        self.info, self.line = info, line

    def submit(self, reason: str) -> None:
        self.submit_service(round_returns.return_share, self.session, self.info.id,
                            self.line.request_id, reason, done=self.dismiss, group="return")


class ReturnRoundDialog(_ReturnDialog):
    def __init__(self, info: RoundInfo, open_lines: list[RoundLine]) -> None:
        super().__init__(
            t("tui.round.return_all"),
            t("tui.round.return_all_explain", number=info.number,
              count=len({line.trader_id for line in open_lines}),
              charge=format_rupiah(sum(line.charge or 0 for line in open_lines))),
            t("tui.round.return_reason"), MAX_REASON)
        self.info = info

    def submit(self, reason: str) -> None:
        self.submit_service(round_returns.reverse_round, self.session, self.info.id, reason,
                            done=self.dismiss, group="return")


def returnable(info: RoundInfo | None) -> list[RoundLine]:
    """The posted round's shares that can still be handed back."""
    if info is None or info.status != "posted":
        return []
    return [line for line in info.lines
            if line.allocated and line.invoice_number and line.returned is None]
