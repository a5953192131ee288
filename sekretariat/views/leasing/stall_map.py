"""Peta Lapak: the stalls of a block as a grid coloured by status (vacant,
leased, in arrears, blocked, under repair), as of a date, with a legend and
the block's occupancy; arrows, Home/End and PageUp/PageDown move between
stalls, Enter shows the stall's lease and trader in the side panel.

The grid is one widget that draws its cells (``widgets/stall_grid.py``); the
block's stalls come from ``stalls.list_stalls`` in a worker, a page at a
time, and each page is drawn as it arrives."""

from __future__ import annotations

import datetime as dt

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Static, Tab, Tabs
from textual.worker import get_current_worker

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import stalls
from sekretariat.services.leasing.stalls import BlockInfo, Occupancy, StallInfo
from sekretariat.views.base import run_safely
from sekretariat.views.core.dated import DatedScreen
from sekretariat.views.widgets.fields import FieldError, date_text
from sekretariat.views.leasing.stall_grid import MAP_STATUSES, StallGrid, map_status
from sekretariat.views.widgets.validators import DateValidator

__all__ = ["MAP_STATUSES", "PAGE", "StallMapScreen", "map_status"]

#: Stalls per service call at most; each page is drawn as soon as it arrives.
PAGE = 500
#: The first page is about what the screen shows, so it comes soonest (the
#: service's cost grows with the page); never fewer stalls than this.
FIRST_PAGE_MIN = 100

#: Actions that move the cursor (they act on the grid, not on the date field).
_MOVES = frozenset({"move", "jump", "page"})


class MapFooter(Footer):
    """The footer, rebuilt only when what it shows changes, and once for a
    burst of changes. (Textual's Footer rebuilds itself at every binding
    refresh, holding all screen updates while it does: opening a screen
    sends three refreshes that change nothing, just when the map's first
    stalls arrive, and moving the cursor sends one per key.)"""

    _rebuild_pending = False
    _shown: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        if self._rebuild_pending:
            return  # the rebuild already asked for reads the bindings then
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._rebuild_pending = True
        super().bindings_changed(screen)

    def _what_is_shown(self) -> tuple:
        return (self.compact, tuple(
            (key, active.binding, active.enabled, active.tooltip)
            for key, active in self.screen.active_bindings.items() if active.binding.show))

    async def recompose(self) -> None:
        self._rebuild_pending = False
        if not self.is_attached:
            return
        shown = self._what_is_shown()
        if shown == self._shown:
            return
        self._shown = shown
        await super().recompose()


def block_label(block: BlockInfo) -> str:
    """``Blok A`` when the name says which block it is, else ``A · Sayur``."""
    if block.code in block.name.split():
        return block.name
    return f"{block.code} · {block.name}" if block.name else block.code


class StallMapScreen(DatedScreen):
    CSS_PATH = "../styles/stall_map.tcss"
    HELP_KEY = "tui.stalls.help_map"
    TITLE_KEY = "tui.section.stalls"
    SECTION = "stalls"
    AUTO_FOCUS = "#stall-grid"

    BINDINGS = [
        # moving on the map
        Binding("left", "move(-1, 0)", "tui.stalls.key.move", id="stalls.left", show=False),
        Binding("right", "move(1, 0)", "tui.stalls.key.move", id="stalls.right", show=False),
        Binding("up", "move(0, -1)", "tui.stalls.key.move", id="stalls.up", show=False),
        Binding("down", "move(0, 1)", "tui.stalls.key.move", id="stalls.down", show=False),
        Binding("home", "jump('first')", "tui.stalls.key.first_last", id="stalls.first",
                show=False),
        Binding("end", "jump('last')", "tui.stalls.key.first_last", id="stalls.last",
                show=False),
        Binding("pageup", "page(-1)", "tui.stalls.key.page", id="stalls.page_up", show=False),
        Binding("pagedown", "page(1)", "tui.stalls.key.page", id="stalls.page_down",
                show=False),
        # what to do with the stall under the cursor (``self.current``)
        # (the side panel says "Enter: lease details"; the footer has no room)
        Binding("enter", "open_stall", "tui.stalls.key.open", id="stalls.open", show=False),
        Binding("t", "open_trader", "tui.stalls.key.trader", id="stalls.trader"),
        Binding("s", "lease_stall", "tui.stalls.key.lease", id="stalls.lease"),
        Binding("p", "print_agreement", "tui.stalls.key.agreement", id="stalls.agreement"),
        # the map as a whole
        # one footer item for both (the footer has no room for two)
        Binding("left_square_bracket", "block(-1)", "tui.stalls.key.blocks",
                id="stalls.prev_block", key_display="[ ]"),
        Binding("right_square_bracket", "block(1)", "tui.stalls.key.blocks",
                id="stalls.next_block", show=False),
        Binding("d", "edit_as_of", "tui.stalls.key.as_of", id="stalls.as_of"),
        Binding("f5", "refresh", "tui.key.refresh", id="stalls.refresh", show=False),
        # the registry (chair and secretary)
        Binding("e", "edit_stall", "tui.stalls.key.edit_stall", id="stalls.edit"),
        Binding("ctrl+n", "new_stall", "tui.stalls.key.new_stall", id="stalls.new"),
        # (not in the footer, which has no room: in F1, the palette and the
        # map's own line when there is no block yet)
        Binding("ctrl+b", "new_block", "tui.stalls.key.new_block", id="stalls.new_block",
                show=False),
        Binding("ctrl+t", "tariffs", "tui.stalls.key.tariffs", id="stalls.tariffs",
                show=False),
        Binding("ctrl+r", "rename_block", "tui.stalls.key.rename_block",
                id="stalls.rename_block", show=False),
    ]

    def __init__(self, *, block_id: int | None = None, stall_id: int | None = None) -> None:
        """``block_id``/``stall_id``: open at this stall (the command palette's
        stall search), with its details shown."""
        super().__init__()
        self.blocks: list[BlockInfo] = []
        self.block_id: int | None = None
        #: The whole market's occupancy on the map's day (after a block is drawn).
        self.occupancy: Occupancy | None = None
        self.opened: StallInfo | None = None
        #: Put the cursor on this stall when its block's page with it
        #: arrives: (block id, stall id, open its details?).
        self._wanted: tuple[int, int, bool] | None = None
        self._wanted_block: int | None = None
        #: Bumped at every load, so a late page of an older load is ignored.
        self._load = 0
        self._loading = False
        self._bindings_state: tuple | None = None
        self._sync_pending = False
        self._ignore_tab: int | None = None
        #: A registry action asked for before the blocks were known (the
        #: palette opens the map and runs it at once): run when they are.
        self._after_blocks: str | None = None
        if block_id is not None:
            self._wanted_block = block_id
            if stall_id is not None:
                self._wanted = (block_id, stall_id, True)

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.stalls"), classes="screen-title", markup=False)
        yield Tabs(id="block-tabs")
        with Horizontal(id="stall-controls"):
            yield Label(t("tui.journal.as_of"), classes="inline-label")
            yield Input(date_text(self.as_of), id="as_of", max_length=10,
                        validators=[DateValidator()])
            with Horizontal(id="stall-legend"):
                for status in MAP_STATUSES:
                    yield Static(t(f"tui.stalls.status.{status}"),
                                 classes=f"legend-item -{status}", markup=False)
        yield FieldError("as_of")
        yield Static(t("tui.loading"), id="stall-summary", markup=False)
        with Horizontal(id="stall-body"):
            yield StallGrid(id="stall-grid")
            with Vertical(id="stall-detail"):
                yield Static("", id="stall-detail-text", markup=False)
        yield MapFooter()

    def on_mount(self) -> None:
        self._load_all()

    @property
    def grid(self) -> StallGrid:
        return self.query_one("#stall-grid", StallGrid)

    # --- the public entry points --------------------------------------------------

    def show_stall(self, block_id: int, stall_id: int) -> None:
        """Go to a stall and show its details (the palette's stall search)."""
        self._wanted = (block_id, stall_id, True)
        if block_id == self.block_id and not self._loading:
            self._apply_wanted()
        elif any(b.id == block_id for b in self.blocks):
            self._activate_block(block_id)
        else:
            self._wanted_block = block_id

    def reload(self) -> None:
        """Load the current block again (after a change, or a new date),
        keeping the cursor on the same stall."""
        if self.block_id is None:
            self._load_all()
            return
        stall = self.grid.current
        if stall is not None and (self._wanted is None or not self._loading):
            self._wanted = (self.block_id, stall.id,
                            self.opened is not None and self.opened.id == stall.id)
        self._start_block(self.block_id)

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
                occupancy = run_safely("stalls.occupancy", stalls.occupancy, self.session,
                                       as_of)
                self.deliver(occupancy, lambda found: self._show_occupancy(load, found))
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

    # --- the as-of date -------------------------------------------------------------

    def as_of_home(self):
        return self.grid

    # --- the cursor -----------------------------------------------------------------

    @property
    def current(self) -> StallInfo | None:
        """The stall under the cursor."""
        return self.grid.current if self.is_mounted else None

    @property
    def current_is_vacant(self) -> bool:
        stall = self.current
        return stall is not None and stall.status == "kosong"

    def move_to(self, index: int) -> None:
        grid = self.grid
        if not grid.stalls:
            return
        moved = grid.move_cursor(index)
        if moved or self.opened is None or self.opened is not grid.current:
            self._show_cursor()
        self._sync_bindings()

    def _show_cursor(self) -> None:
        stall = self.grid.current
        self.opened = None
        if stall is None:
            self.query_one("#stall-detail-text", Static).update("")
            self.query_one("#stall-detail").set_class(False, "-opened")
            return
        self._show_detail(stall, None)

    def action_move(self, dx: int, dy: int) -> None:
        self.move_to(self.grid.target(dx, dy))

    def action_jump(self, where: str) -> None:
        self.move_to(0 if where == "first" else len(self.grid.stalls) - 1)

    def action_page(self, step: int) -> None:
        grid = self.grid
        self.move_to(grid.target(0, step * max(1, grid.visible_rows - 1)))

    def action_block(self, step: int) -> None:
        if len(self.blocks) < 2:
            return
        ids = [b.id for b in self.blocks]
        # from the tab shown (a second key press may come before the first's TabActivated)
        active = self.query_one("#block-tabs", Tabs).active.removeprefix("block-")
        current = int(active) if active.isdigit() else self.block_id
        index = ids.index(current) if current in ids else 0
        self._activate_block(ids[(index + step) % len(ids)])

    def action_refresh(self) -> None:
        self.reload()

    @on(StallGrid.Clicked, "#stall-grid")
    def _stall_clicked(self, event: StallGrid.Clicked) -> None:
        self.move_to(event.index)
        self.action_open_stall()

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
            self.call_service(stalls.rate_for, self.session, stall.id,
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

    def _sync_bindings(self) -> None:
        """Refresh the footer when what it shows changes, once, after the
        next paint: the footer rebuilds itself at each refresh and holds the
        screen's updates meanwhile (not on every arrow key, nor before the
        map is drawn)."""
        if not self._sync_pending:
            self._sync_pending = True
            self.call_after_refresh(self._refresh_footer)

    def _refresh_footer(self) -> None:
        self._sync_pending = False
        if not self.is_attached:
            return
        stall = self.current
        state = (stall is not None, stall is not None and stall.trader_id is not None,
                 len(self.blocks), self.current_is_vacant)
        if state != self._bindings_state:
            self._bindings_state = state
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _MOVES:
            if not self.is_mounted or isinstance(self.focused, Input):
                return False  # in the date field the keys edit the date
            return bool(self.grid.stalls) or None
        if action == "open_stall":
            return self.is_mounted and bool(self.grid.stalls)
        if action == "block":
            return len(self.blocks) > 1
        # shown only where they apply (a vacant stall / a leased one) and to
        # the roles that may lease: the footer has no room for both
        if action == "lease_stall":
            return self.may("leases.manage") and self.current_is_vacant
        if action == "print_agreement":
            stall = self.current
            return self.may("leases.manage") and stall is not None \
                and stall.lease_id is not None
        if action in ("new_block", "tariffs"):
            return self.may("stalls.manage")
        if action == "rename_block":
            return self.may("stalls.manage") and (bool(self.blocks) or self._loading or None)
        if action == "new_stall":  # (while the blocks load: it waits for them)
            return self.may("stalls.manage") and (bool(self.blocks) or self._loading or None)
        if action == "edit_stall":
            return self.may("stalls.manage") and (self.current is not None or None)
        if action == "open_trader":
            stall = self.current
            return (stall is not None and stall.trader_id is not None
                    and self.may("traders.view") and "traders" in _registered()) or None
        return super().check_action(action, parameters)


def _registered() -> dict:
    from sekretariat.views.sections import SECTION_SCREENS

    return SECTION_SCREENS
