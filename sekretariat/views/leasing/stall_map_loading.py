"""The stall map's loading: the blocks, then a block's stalls page by page,
and the summary line (StallMapScreen builds on this)."""

from __future__ import annotations

import datetime as dt

from textual import on, work
from textual.widgets import Static, Tab, Tabs
from textual.worker import get_current_worker

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.leasing import expiry, occupancy, stalls
from sekretariat.services.leasing.occupancy import Occupancy
from sekretariat.services.leasing.stalls import BlockInfo, StallInfo
from sekretariat.views.base import run_safely
from sekretariat.views.leasing.stall_labels import block_label
from sekretariat.views.core.dated import DatedScreen
from sekretariat.views.leasing.stall_grid import MAP_STATUSES, StallGrid



#: Stalls per service call at most; each page is drawn as soon as it arrives.
PAGE = 500
#: The first page is about what the screen shows, so it comes soonest (the
#: service's cost grows with the page); never fewer stalls than this.
FIRST_PAGE_MIN = 100




class StallMapLoading(DatedScreen):
    """Loads and draws the map; the screen itself is StallMapScreen."""

    # --- loading --------------------------------------------------------------------
    # One worker at a time (group "stall-block"): the blocks and then, in the
    # same thread, the first block's stalls; later a block's stalls. Each page
    # is drawn as it arrives; ``_load`` tells a current page from a late one.

    def _load_all(self) -> None:
        self._load += 1
        self._loading = True
        self.load_blocks(self.as_of, self._load, self._wanted_block, self._first_page())

    def _first_page(self) -> int:
        """About as many stalls as the screen shows at once (the grid's size
        is not known before the first layout: the terminal's is)."""
        grid = self.grid.region
        if grid.width and grid.height:
            width, height = grid.width, grid.height
        else:  # the terminal less the side panel, the heading lines and the footer
            width, height = self.app.size.width - 42, self.app.size.height - 9
        columns = max(1, width // (StallGrid.MIN_CELL + StallGrid.GAP))
        return max(FIRST_PAGE_MIN, min(PAGE, columns * height))

    @work(thread=True, exclusive=True, exit_on_error=False, group="stall-block")
    def load_blocks(self, as_of: dt.date, load: int, wanted: int | None,
                    first_page: int) -> None:
        outcome = run_safely("stalls.list_blocks", stalls.list_blocks, self.session)
        if not outcome.ok:
            self.deliver(outcome, None, lambda error: self._load_failed(load, error))
            return
        blocks: list[BlockInfo] = outcome.value
        first = wanted if any(b.id == wanted for b in blocks) else (
            blocks[0].id if blocks else None)
        self.deliver(outcome, lambda found: self.show_blocks(load, found, first))
        if first is not None:
            self._fetch_block(first, as_of, load, first_page)

    @work(thread=True, exclusive=True, exit_on_error=False, group="stall-block")
    def load_block(self, block_id: int, as_of: dt.date, load: int, first_page: int) -> None:
        self._fetch_block(block_id, as_of, load, first_page)

    def _fetch_block(self, block_id: int, as_of: dt.date, load: int, first_page: int) -> None:
        """(Worker thread.) The block's stalls a page at a time, each handed
        to the screen as it comes: first about a screenful, then PAGE each."""
        worker = get_current_worker()
        marks = run_safely("expiry.expiring_by_stall", expiry.expiring_by_stall, self.session,
                           as_of)
        self.deliver(marks, lambda found: self._show_marks(load, found), lambda _error: None)
        after: str | None = None
        first = True
        limit = first_page
        while not worker.is_cancelled:
            outcome = run_safely("stalls.list_stalls", stalls.list_stalls, self.session,
                                 block=block_id, as_of=as_of, after_code=after, limit=limit)
            if not outcome.ok:
                self.deliver(outcome, None, lambda error: self._load_failed(load, error))
                return
            page: list[StallInfo] = outcome.value
            last = len(page) < limit
            self.deliver(outcome, lambda found, first=first, last=last:
                         self.show_page(load, as_of, found, first=first, last=last))
            if last:
                # the whole market's occupancy on the day, after the map is drawn
                counted = run_safely("stalls.occupancy", occupancy.occupancy, self.session,
                                     as_of)
                self.deliver(counted, lambda found: self._show_occupancy(load, found))
                return
            first = False
            after = page[-1].code
            limit = PAGE

    def show_blocks(self, load: int, blocks: list[BlockInfo], first: int | None) -> None:
        """The block tabs; ``first`` is the block being loaded already."""
        if load != self._load:
            return
        self.blocks = blocks
        if self._after_blocks is not None:
            self.call_later(self.run_action, self._after_blocks)
            self._after_blocks = None
        # a block asked for (show_stall) while the blocks were loading
        then = self._wanted_block if self._wanted_block != first else None
        self._wanted_block = None
        tabs = self.query_one("#block-tabs", Tabs)
        if first is None:
            tabs.clear()
            self._loading = False
            self.query_one("#stall-summary", Static).update(
                t("tui.stalls.no_blocks_manage" if self.may("stalls.manage")
                  else "tui.stalls.no_blocks"))
            self._sync_bindings()
            return
        self.block_id = first
        self._show_loading()
        self._sync_bindings()
        self.call_later(self._fill_tabs, tabs, blocks, first,
                        then if any(b.id == then for b in blocks) else None)

    async def _fill_tabs(self, tabs: Tabs, blocks: list[BlockInfo], first: int,
                         then: int | None) -> None:
        # The first tab added becomes active (Tabs reports it twice): not a
        # choice when another block is being loaded (the palette's stall),
        # so it is ignored until ``first``'s tab is made active, after all
        # the tabs are in.
        await tabs.clear()
        self._ignore_tab = blocks[0].id if blocks[0].id != first else None
        added = [tabs.add_tab(Tab(block_label(block), id=f"block-{block.id}"))
                 for block in blocks]
        for pending in added:
            await pending
        if first != blocks[0].id:
            self._activate_block(first)
        if then is not None:
            self._activate_block(then)

    def _activate_block(self, block_id: int) -> None:
        self.query_one("#block-tabs", Tabs).active = f"block-{block_id}"

    @on(Tabs.TabActivated, "#block-tabs")
    def _block_chosen(self, event: Tabs.TabActivated) -> None:
        if event.tab is None or not event.tab.id:
            return
        block_id = int(event.tab.id.removeprefix("block-"))
        if self._ignore_tab is not None:
            if block_id == self._ignore_tab:
                return
            self._ignore_tab = None
        if block_id != self.block_id:
            self._start_block(block_id)
        self.grid.focus()

    def _start_block(self, block_id: int) -> None:
        if block_id != self.block_id:
            self.block_id = block_id
            self.opened = None
            self.grid.set_stalls([])
            self.query_one("#stall-detail-text", Static).update("")
            self.query_one("#stall-detail").set_class(False, "-opened")
        self._load += 1
        self._loading = True
        self._show_loading()
        self.load_block(block_id, self.as_of, self._load, self._first_page())
        self._sync_bindings()

    def _show_loading(self) -> None:
        block = self._block(self.block_id)
        self.query_one("#stall-summary", Static).update(
            t("tui.stalls.loading_block", block=block.code if block else "",
              day=fmt_date(self.as_of)))

    def _load_failed(self, load: int, error: SekretariatError | None) -> None:
        if load == self._load:
            self._loading = False
            self.query_one("#stall-summary", Static).update("")
        self.show_error(error)

    def _show_marks(self, load: int, found: dict) -> None:
        if load == self._load:
            self.grid.set_marked({stall_id: e.state for stall_id, e in found.items()})

    def show_page(self, load: int, as_of: dt.date, found: list[StallInfo], *,
                  first: bool, last: bool) -> None:
        """A page of the block's stalls: drawn at once; the summary when the
        last one is in."""
        if load != self._load:
            return  # an older load (another block or date) finished late
        grid = self.grid
        if first:
            cursor = grid.cursor if grid.stalls else 0
            grid.set_stalls(found, cursor=cursor)
        else:
            grid.add_stalls(found)
        if last:
            self._loading = False
        wanted = self._wanted
        if wanted is not None and wanted[0] == self.block_id and (
                last or grid.index_of(wanted[1]) is not None):
            self._apply_wanted()
        elif first:
            self._show_cursor()
        if last:
            self._show_summary()
        else:
            block = self._block(self.block_id)
            self.query_one("#stall-summary", Static).update(
                t("tui.stalls.loading_count", block=block.code if block else "",
                  count=len(grid.stalls), total=block.stall_count if block else "?",
                  day=fmt_date(as_of)))
        self._sync_bindings()

    def _apply_wanted(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is None:
            return
        index = self.grid.index_of(wanted[1])
        if index is None:
            self._show_cursor()
            return
        self.move_to(index)
        if wanted[2]:
            self.action_open_stall()

    def _block(self, block_id: int | None) -> BlockInfo | None:
        return next((b for b in self.blocks if b.id == block_id), None)

    def _show_occupancy(self, load: int, found: Occupancy) -> None:
        if load == self._load:
            self.occupancy = found
            self._show_summary()

    def _show_summary(self) -> None:
        found = self.grid.stalls
        block = self._block(self.block_id)
        code = block.code if block else ""
        if not found:
            self.query_one("#stall-summary", Static).update(
                t("tui.stalls.empty_block_manage" if self.may("stalls.manage")
                  else "tui.stalls.empty_block", block=code))
            return
        counts = dict.fromkeys(MAP_STATUSES, 0)
        for index in range(len(found)):
            counts[self.grid.status_at(index)] += 1
        total = len(found)
        leased = counts["disewa"] + counts["menunggak"]
        text = t("tui.stalls.summary", block=code, leased=leased, total=total,
                 percent=f"{leased * 100 / total:.0f}", arrears=counts["menunggak"],
                 vacant=counts["kosong"], day=fmt_date(found[0].as_of))
        market = self.occupancy
        if market is not None and market.as_of == found[0].as_of and len(market.rows) > 1:
            text += t("tui.stalls.market_summary", leased=market.disewa, total=market.total,
                      percent=f"{market.occupancy_bp / 100:.0f}")
        self.query_one("#stall-summary", Static).update(text)
