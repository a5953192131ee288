"""The stall map's side panel and registry actions: a stall's lease, its
trader, new/edited stalls and blocks, the tariffs."""

from __future__ import annotations


from textual import work
from textual.widgets import Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import stall_rates
from sekretariat.services.leasing.stalls import BlockInfo, StallInfo
from sekretariat.views.base import run_safely
from sekretariat.views.leasing.stall_map_loading import StallMapLoading
from sekretariat.views.leasing.stall_grid import map_status




class StallMapPanel(StallMapLoading):
    """The side panel and the actions on the stall under the cursor."""

    # --- the side panel -----------------------------------------------------------------

    def action_open_stall(self) -> None:
        stall = self.current
        if stall is None:
            return
        self.opened = stall
        if stall.lease_id is None:
            self._show_detail(stall, None, opened=True)
        else:
            self.load_lease(stall)
        self._sync_bindings()

    @work(thread=True, exclusive=True, exit_on_error=False, group="stall-lease")
    def load_lease(self, stall: StallInfo) -> None:
        from sekretariat.services.leasing import leases  # here: the map opens without it (~50 ms)

        outcome = run_safely("leases.get_lease", leases.get_lease, self.session, stall.lease_id)
        self.deliver(outcome, lambda lease: self._lease_loaded(stall, lease))

    def _lease_loaded(self, stall: StallInfo, lease) -> None:
        if self.opened is stall:  # the cursor has not moved on meanwhile
            self._show_detail(stall, lease, opened=True)

    def _show_detail(self, stall: StallInfo, lease, *, opened: bool = False) -> None:
        lines = [t("tui.stalls.detail_stall", code=stall.code),
                 t("tui.stalls.detail_kind", kind=t(f"tui.stalls.kind.{stall.kind}"),
                   area=format(stall.area_m2, "f").replace(".", ",")),
                 t("tui.stalls.detail_status",
                   status=t(f"tui.stalls.status.{map_status(stall)}"))]
        if stall.id in self.grid.marked:
            lines.append(t(f"expiry.state.{self.grid.marked[stall.id]}"))
        if stall.note:
            lines.append(stall.note)
        if stall.trader_name:
            lines += ["", t("tui.stalls.detail_trader", name=stall.trader_name),
                      t("tui.stalls.detail_lease", number=stall.agreement_number or "-"),
                      t("tui.stalls.detail_until", day=fmt_date(stall.lease_end))]
            if stall.in_arrears:
                lines.append(t("tui.stalls.detail_overdue",
                               amount=format_rupiah(stall.overdue_amount)))
        if lease is not None:
            lines += ["", t("tui.stalls.detail_rate", amount=format_rupiah(lease.monthly_rate)),
                      t("tui.stalls.detail_term", start=fmt_date(lease.start_date),
                        end=fmt_date(lease.effective_end)),
                      t("tui.stalls.detail_deposit", amount=format_rupiah(lease.deposit_held)),
                      t("tui.stalls.detail_phone", phone=lease.trader_phone or "-")]
        elif opened and stall.lease_id is None:
            lines += ["", t("tui.stalls.detail_no_lease")]
        if not opened:
            lines += ["", t("tui.stalls.detail_hint")]
        self.query_one("#stall-detail-text", Static).update("\n".join(lines))
        self.query_one("#stall-detail").set_class(opened, "-opened")

    def action_open_trader(self) -> None:
        stall = self.current
        if stall is None or stall.trader_id is None:
            return
        from sekretariat.views.leasing.traders import TraderDetailScreen

        self.app.push_screen(TraderDetailScreen(stall.trader_id))

    def action_lease_stall(self) -> None:
        """The lease form for the vacant stall under the cursor; the map shows
        the new lease once it is signed."""
        from sekretariat.views.leasing.lease_form import LeaseFormScreen

        stall = self.current
        if stall is None or not self.current_is_vacant or not self.may("leases.manage"):
            return
        self.app.push_screen(LeaseFormScreen(stall_code=stall.code), self._leased)

    def _leased(self, lease) -> None:
        from sekretariat.views.printing import offer_agreement

        if lease is not None:
            self.reload()
            offer_agreement(self, lease)

    def action_print_agreement(self) -> None:
        from sekretariat.views.printing import print_agreement

        stall = self.current
        if stall is not None and stall.lease_id is not None and self.may("leases.manage"):
            print_agreement(self, stall.lease_id, stall.agreement_number or "")

    # --- the registry -----------------------------------------------------------------

    def _blocks_known(self, action: str) -> bool:
        """False (and ``action`` runs once they are) while the blocks load."""
        if self._loading and not self.blocks:
            self._after_blocks = action
            return False
        return True

    def action_new_stall(self) -> None:
        from sekretariat.views.leasing.stall_form import StallFormScreen

        if not self._blocks_known("new_stall"):
            return
        if self.blocks and self.may("stalls.manage"):
            self.app.push_screen(StallFormScreen(self.blocks, block_id=self.block_id),
                                 self._stall_added)

    def _stall_added(self, stall: StallInfo | None) -> None:
        if stall is not None:
            self.notify(t("tui.stall_form.saved_new", code=stall.code))
            self._wanted = (stall.block_id, stall.id, True)
            self._wanted_block = stall.block_id
            self._load_all()  # the block's stall count changed too

    def action_edit_stall(self) -> None:
        stall = self.current
        if stall is not None and self.may("stalls.manage"):
            self.call_service(stall_rates.rate_for, self.session, stall.id,
                              done=lambda rate: self._edit(stall, rate), group="stall-rate")

    def _edit(self, stall: StallInfo, rate) -> None:
        from sekretariat.views.leasing.stall_form import StallFormScreen

        self.app.push_screen(StallFormScreen(self.blocks, stall=stall, rate=rate),
                             self._stall_edited)

    def _stall_edited(self, stall: StallInfo | None) -> None:
        if stall is not None:
            self.notify(t("tui.stall_form.saved_edit", code=stall.code))
            self.reload()

    def action_new_block(self) -> None:
        from sekretariat.views.leasing.new_block import NewBlockDialog

        if self.may("stalls.manage"):
            self.app.push_screen(NewBlockDialog(), self._block_added)

    def _block_added(self, block: BlockInfo | None) -> None:
        if block is not None:
            self.notify(t("tui.block_dialog.saved", code=block.code))
            self._wanted_block = block.id
            self._load_all()

    def action_rename_block(self) -> None:
        from sekretariat.views.leasing.new_block import NewBlockDialog

        if not self._blocks_known("rename_block"):
            return
        block = self._block(self.block_id)
        if block is not None and self.may("stalls.manage"):
            self.app.push_screen(NewBlockDialog(block), self._block_renamed)

    def _block_renamed(self, block: BlockInfo | None) -> None:
        if block is not None:
            self.notify(t("tui.block_dialog.renamed", code=block.code))
            self._wanted_block = block.id
            self._load_all()  # the tab shows the name

    def action_tariffs(self) -> None:
        from sekretariat.views.leasing.tariffs import TariffScreen

        if self._blocks_known("tariffs") and self.may("stalls.manage"):
            self.app.push_screen(TariffScreen(self.blocks))
