"""Peta Lapak: the stalls of a block as a grid coloured by status (vacant,
leased, in arrears, blocked, under repair), as of a date, with a legend and
the block's occupancy; arrows, Home/End and PageUp/PageDown move between
stalls, Enter shows the stall's lease and trader in the side panel.

The grid is one widget that draws its cells (``widgets/stall_grid.py``); the
block's stalls come from ``stalls.list_stalls`` in a worker, a page at a
time, and each page is drawn as it arrives."""

from __future__ import annotations


from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Static, Tabs

from sekretariat.i18n import t
from sekretariat.services.leasing.occupancy import Occupancy
from sekretariat.services.leasing.stalls import BlockInfo, StallInfo
from sekretariat.views.widgets.fields import FieldError, date_text
from sekretariat.views.leasing.stall_grid import EXPIRY_MARK, MAP_STATUSES, StallGrid, map_status
from sekretariat.views.widgets.validators import DateValidator
from sekretariat.views.leasing.map_footer import MapFooter
from sekretariat.views.leasing.stall_map_loading import PAGE
from sekretariat.views.leasing.stall_map_panel import StallMapPanel

__all__ = ["MAP_STATUSES", "PAGE", "StallMapScreen", "map_status"]

#: Actions that move the cursor (they act on the grid, not on the date field).
_MOVES = frozenset({"move", "jump", "page"})


class StallMapScreen(StallMapPanel):
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
                yield Static(f"{EXPIRY_MARK} {t('tui.stalls.status.expiring')}",
                             classes="legend-item -expiring", markup=False)
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
