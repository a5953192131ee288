"""Peta Lapak: the stalls of a block as a grid coloured by status (vacant,
leased, in arrears, blocked, under repair), with a legend and the block's
occupancy; arrows move between stalls, Enter shows the stall's lease and
trader in the side panel. Loaded in a worker, a block at a time."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Footer, Static, Tab, Tabs

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services import leases, stalls
from sekretariat.services.stalls import BlockInfo, StallInfo
from sekretariat.views.base import BaseScreen, run_safely

#: The colours of the map, in the legend's order.
MAP_STATUSES = ("kosong", "disewa", "menunggak", "diblokir", "perbaikan")
CELL_WIDTH = 10  # 9 characters and a gap
PAGE = 500


def map_status(stall: StallInfo) -> str:
    """The colour a stall gets: in arrears wins over leased."""
    if stall.status == "disewa" and stall.in_arrears:
        return "menunggak"
    return stall.status


class StallCell(Static):
    """One stall on the map (classes ``stall-cell -<status>``)."""

    def __init__(self, stall: StallInfo, index: int) -> None:
        super().__init__(stall.code, classes=f"stall-cell -{map_status(stall)}", markup=False,
                         id=f"stall-{stall.id}")
        self.stall = stall
        self.index = index

    def on_click(self) -> None:
        screen = self.screen
        if isinstance(screen, StallMapScreen):
            screen.move_to(self.index)
            screen.action_open_stall()


class StallGrid(Widget, can_focus=True):
    """The cells of a block; the screen moves the cursor."""


class StallMapScreen(BaseScreen):
    CSS_PATH = "../styles/stall_map.tcss"
    HELP_KEY = "tui.stalls.help"
    TITLE_KEY = "tui.section.stalls"
    SECTION = "stalls"
    AUTO_FOCUS = "#stall-grid"

    BINDINGS = [
        Binding("left", "move(-1, 0)", "tui.stalls.key.move", id="stalls.left", show=False),
        Binding("right", "move(1, 0)", "tui.stalls.key.move", id="stalls.right", show=False),
        Binding("up", "move(0, -1)", "tui.stalls.key.move", id="stalls.up", show=False),
        Binding("down", "move(0, 1)", "tui.stalls.key.move", id="stalls.down", show=False),
        Binding("enter", "open_stall", "tui.stalls.key.open", id="stalls.open"),
        Binding("left_square_bracket", "block(-1)", "tui.stalls.key.prev_block",
                id="stalls.prev_block"),
        Binding("right_square_bracket", "block(1)", "tui.stalls.key.next_block",
                id="stalls.next_block"),
        Binding("t", "open_trader", "tui.stalls.key.trader", id="stalls.trader"),
        Binding("f5", "refresh", "tui.key.refresh", id="stalls.refresh", show=False),
    ]

    def __init__(self, *, block_id: int | None = None, stall_id: int | None = None) -> None:
        super().__init__()
        #: Open at this block and stall (from the command palette's stall search).
        self.focus_block = block_id
        self.focus_stall = stall_id
        self.as_of = clock.today()
        self.blocks: list[BlockInfo] = []
        self.block_id: int | None = None
        self.cells: list[StallCell] = []
        self.cursor = 0
        self.columns = 1
        self.opened: StallInfo | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.stalls"), classes="screen-title", markup=False)
        yield Tabs(id="block-tabs")
        with Horizontal(id="stall-legend"):
            for status in MAP_STATUSES:
                yield Static(t(f"tui.stalls.status.{status}"),
                             classes=f"legend-item stall-cell -{status}", markup=False)
        yield Static(t("tui.loading"), id="stall-summary", markup=False)
        with Horizontal(id="stall-body"):
            with VerticalScroll(id="stall-scroll"):
                yield StallGrid(id="stall-grid")
            with Vertical(id="stall-detail"):
                yield Static("", id="stall-detail-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.load_blocks()

    # --- loading --------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="stall-blocks")
    def load_blocks(self) -> None:
        outcome = run_safely("stalls.list_blocks", stalls.list_blocks, self.session)
        self.deliver(outcome, self.show_blocks)

    def show_blocks(self, blocks: list[BlockInfo]) -> None:
        self.blocks = blocks
        tabs = self.query_one("#block-tabs", Tabs)
        tabs.clear()
        if not blocks:
            self.query_one("#stall-summary", Static).update(t("tui.stalls.no_blocks"))
            return
        for block in blocks:
            label = block.name if block.code in block.name.split() else (
                f"{block.code} · {block.name}" if block.name else block.code)
            tabs.add_tab(Tab(label, id=f"block-{block.id}"))
        if self.focus_block is not None and any(b.id == self.focus_block for b in blocks):
            self.call_after_refresh(setattr, tabs, "active", f"block-{self.focus_block}")
        # the first tab added becomes active and loads its block (TabActivated)

    @on(Tabs.TabActivated, "#block-tabs")
    def _block_chosen(self, event: Tabs.TabActivated) -> None:
        if event.tab is None or not event.tab.id:
            return
        self.block_id = int(event.tab.id.removeprefix("block-"))
        self.load_block(self.block_id)
        self.query_one("#stall-grid").focus()
        self.refresh_bindings()

    @work(thread=True, exclusive=True, exit_on_error=False, group="stall-block")
    def load_block(self, block_id: int) -> None:
        def job():
            found: list[StallInfo] = []
            after = None
            while True:
                page = stalls.list_stalls(self.session, block=block_id, as_of=self.as_of,
                                          after_code=after, limit=PAGE)
                found += page
                if len(page) < PAGE:
                    return found
                after = page[-1].code

        self.deliver(run_safely("stalls.list_stalls", job),
                     lambda found: self.call_later(self.show_block, block_id, found))

    async def show_block(self, block_id: int, found: list[StallInfo]) -> None:
        if block_id != self.block_id:
            return
        grid = self.query_one("#stall-grid", StallGrid)
        await grid.remove_children()
        self.cells = [StallCell(stall, i) for i, stall in enumerate(found)]
        self.opened = None
        await grid.mount_all(self.cells)
        self._layout_grid()
        self.cursor = 0
        self._show_cursor()
        self._show_summary(found)
        if self.focus_stall is not None and block_id == self.focus_block:
            wanted, self.focus_stall = self.focus_stall, None
            for cell in self.cells:
                if cell.stall.id == wanted:
                    self.move_to(cell.index)
                    self.action_open_stall()
        self.refresh_bindings()

    def _show_summary(self, found: list[StallInfo]) -> None:
        block = next((b for b in self.blocks if b.id == self.block_id), None)
        total = len(found)
        counts = {status: 0 for status in MAP_STATUSES}
        for stall in found:
            counts[map_status(stall)] += 1
        leased = counts["disewa"] + counts["menunggak"]
        percent = f"{leased * 100 / total:.0f}" if total else "0"
        text = t("tui.stalls.summary", block=block.code if block else "", leased=leased,
                 total=total, percent=percent, arrears=counts["menunggak"],
                 vacant=counts["kosong"], day=fmt_date(self.as_of))
        if not found:
            text = t("tui.stalls.empty_block", block=block.code if block else "")
        self.query_one("#stall-summary", Static).update(text)

    def on_resize(self) -> None:
        self._layout_grid()

    def _layout_grid(self) -> None:
        if not self.is_mounted:
            return
        width = self.query_one("#stall-scroll").scrollable_content_region.width
        self.columns = max(1, width // CELL_WIDTH) if width else 6
        grid = self.query_one("#stall-grid", StallGrid)
        grid.styles.grid_size_columns = self.columns
        rows = -(-len(self.cells) // self.columns) if self.cells else 1
        grid.styles.height = rows

    # --- the cursor -----------------------------------------------------------------

    @property
    def current(self) -> StallInfo | None:
        if 0 <= self.cursor < len(self.cells):
            return self.cells[self.cursor].stall
        return None

    def move_to(self, index: int) -> None:
        if not self.cells:
            return
        self.cursor = max(0, min(index, len(self.cells) - 1))
        self._show_cursor()
        self.refresh_bindings()

    def _show_cursor(self) -> None:
        # only the cells that change (a block may have hundreds)
        current = self.cells[self.cursor] if self.cells else None
        for cell in self.query_one("#stall-grid", StallGrid).query(".-cursor"):
            if cell is not current:
                cell.remove_class("-cursor")
        if current is not None:
            cell = current
            cell.add_class("-cursor")
            self.query_one("#stall-scroll", VerticalScroll).scroll_to_widget(cell, animate=False)
            self._show_detail(cell.stall, None)

    def action_move(self, dx: int, dy: int) -> None:
        if self.cells:
            self.move_to(self.cursor + dx + dy * self.columns)

    def action_block(self, step: int) -> None:
        if len(self.blocks) < 2:
            return
        ids = [b.id for b in self.blocks]
        index = ids.index(self.block_id) if self.block_id in ids else 0
        self.query_one("#block-tabs", Tabs).active = f"block-{ids[(index + step) % len(ids)]}"

    def action_refresh(self) -> None:
        self.as_of = clock.today()
        if self.block_id is not None:
            self.load_block(self.block_id)
        else:
            self.load_blocks()

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
        self.refresh_bindings()

    @work(thread=True, exclusive=True, exit_on_error=False, group="stall-lease")
    def load_lease(self, stall: StallInfo) -> None:
        outcome = run_safely("leases.get_lease", leases.get_lease, self.session, stall.lease_id)
        self.deliver(outcome, lambda lease: self._show_detail(stall, lease, opened=True))

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
        from sekretariat.views.screens.traders import TraderDetailScreen

        self.app.push_screen(TraderDetailScreen(stall.trader_id))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_stall":
            return bool(self.cells) or None
        if action == "block":
            return len(self.blocks) > 1 or None
        if action == "open_trader":
            stall = self.current if self.is_mounted else None
            return (stall is not None and stall.trader_id is not None
                    and self.may("traders.view") and "traders" in _registered()) or None
        return super().check_action(action, parameters)


def _registered() -> dict:
    from sekretariat.views.sections import SECTION_SCREENS

    return SECTION_SCREENS
