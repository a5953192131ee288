"""The stall map's grid: every stall of a block drawn by ONE widget.

Cells are drawn line by line (Textual's Line API on a ``ScrollView``): only
the rows on screen are rendered, so a block of 2,000 stalls costs what its
visible rows cost, and adding stalls (a page at a time from a worker) never
mounts a widget. Each cell is the stall's code on its status colour; the
colours are component classes styled in ``styles/stall_map.tcss``.

The grid draws and knows its geometry (columns, rows, the cursor); it has no
key bindings of its own (the screen's binding table decides what keys do)
and posts ``StallGrid.Clicked`` when a cell is clicked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from sekretariat.services.leasing.stalls import StallInfo

#: After the code of a stall whose lease has ended (not renewed nor ended) or
#: ends within 30 days (services.leasing.expiry).
EXPIRY_MARK = "!"

#: The colours of the map, in the legend's order.
MAP_STATUSES = ("kosong", "disewa", "menunggak", "diblokir", "perbaikan")


def map_status(stall: StallInfo) -> str:
    """The colour a stall gets: in arrears wins over leased."""
    if stall.status == "disewa" and stall.in_arrears:
        return "menunggak"
    return stall.status


class StallGrid(ScrollView, can_focus=True, inherit_bindings=False):
    """A block's stalls as a grid of coloured cells with a cursor."""

    COMPONENT_CLASSES = {
        *(f"stall-grid--{status}" for status in MAP_STATUSES),
        "stall-grid--cursor",
    }

    DEFAULT_CSS = """
    StallGrid {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
        height: 1fr;
        width: 1fr;
    }
    StallGrid > .stall-grid--cursor {
        text-style: bold underline;
    }
    StallGrid:focus > .stall-grid--cursor {
        text-style: bold reverse;
    }
    """

    #: Blank columns between two cells.
    GAP = 1
    #: The narrowest cell (codes are centred; longer codes widen every cell).
    MIN_CELL = 9

    class Clicked(Message):
        """A cell was clicked (the cursor is already on it)."""

        def __init__(self, grid: StallGrid, index: int) -> None:
            super().__init__()
            self.grid = grid
            self.index = index

        @property
        def control(self) -> StallGrid:
            return self.grid

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._stalls: list[StallInfo] = []
        self._statuses: list[str] = []
        self._cursor = 0
        #: Stalls marked with EXPIRY_MARK: stall id -> "ended" | "ending".
        self.marked: dict[int, str] = {}
        self._cell = self.MIN_CELL
        self._columns = 1

    # --- data -------------------------------------------------------------------

    @property
    def stalls(self) -> Sequence[StallInfo]:
        return self._stalls

    @property
    def cursor(self) -> int:
        return self._cursor

    @property
    def current(self) -> StallInfo | None:
        """The stall under the cursor (None while the grid is empty)."""
        if 0 <= self._cursor < len(self._stalls):
            return self._stalls[self._cursor]
        return None

    def status_at(self, index: int) -> str:
        """The colour (status) of the stall at ``index``."""
        return self._statuses[index]

    def set_marked(self, marked: dict[int, str]) -> None:
        self.marked = dict(marked)
        self.refresh()

    def index_of(self, stall_id: int) -> int | None:
        for index, stall in enumerate(self._stalls):
            if stall.id == stall_id:
                return index
        return None

    def set_stalls(self, stalls: Iterable[StallInfo], *, cursor: int = 0) -> None:
        """Replace the stalls drawn (a new block, a new date)."""
        self._stalls = list(stalls)
        self._statuses = [map_status(stall) for stall in self._stalls]
        self._cursor = max(0, min(cursor, len(self._stalls) - 1))
        self._relayout()
        self.scroll_to(y=0, animate=False, immediate=True, force=True)
        self.scroll_to_cursor()
        self.refresh()

    def add_stalls(self, stalls: Iterable[StallInfo]) -> None:
        """Append stalls (the next page of the block)."""
        more = list(stalls)
        if not more:
            return
        self._stalls += more
        self._statuses += [map_status(stall) for stall in more]
        self._relayout()
        self.refresh()

    # --- geometry ---------------------------------------------------------------

    @property
    def columns(self) -> int:
        return self._columns

    @property
    def cell_width(self) -> int:
        """Columns a cell takes (without the gap after it)."""
        return self._cell

    @property
    def row_count(self) -> int:
        return -(-len(self._stalls) // self._columns)

    @property
    def visible_rows(self) -> int:
        """Rows the grid shows at once (at least one)."""
        return max(1, self.scrollable_content_region.height)

    def _relayout(self) -> None:
        longest = max((len(stall.code) for stall in self._stalls), default=0)
        self._cell = max(self.MIN_CELL, longest + 2)
        width = self.scrollable_content_region.width
        self._columns = max(1, (width + self.GAP) // (self._cell + self.GAP)) if width else 1
        used = self._columns * (self._cell + self.GAP) - self.GAP
        self.virtual_size = Size(min(used, width) if width else used, self.row_count)

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        self.refresh()
        self.scroll_to_cursor()

    def on_focus(self, event: events.Focus) -> None:
        self.refresh()  # the cursor's look depends on the focus

    def on_blur(self, event: events.Blur) -> None:
        self.refresh()

    # --- the cursor -------------------------------------------------------------

    def move_cursor(self, index: int) -> bool:
        """Put the cursor on the stall at ``index`` (clamped) and scroll it
        into view; True when it moved."""
        if not self._stalls:
            return False
        index = max(0, min(index, len(self._stalls) - 1))
        if index == self._cursor:
            self.scroll_to_cursor()
            return False
        self._cursor = index
        self.scroll_to_cursor()
        self.refresh()
        return True

    def target(self, dx: int = 0, dy: int = 0) -> int:
        """Where a step lands: left/right run on through the rows; up/down
        keep the column (a step down past the last full row lands on the last
        stall); a step off the grid stays put."""
        count = len(self._stalls)
        if not count:
            return 0
        index = self._cursor + dx
        if dy:
            index = self._cursor + dy * self._columns
            if index >= count:
                last_row = (count - 1) // self._columns
                rows_down = max(0, min(dy, last_row - self._cursor // self._columns))
                index = min(count - 1, self._cursor + rows_down * self._columns)
            elif index < 0:
                rows_up = max(0, min(-dy, self._cursor // self._columns))
                index = self._cursor - rows_up * self._columns
        return max(0, min(index, count - 1))

    def scroll_to_cursor(self) -> None:
        if not self._stalls:
            return
        row = self._cursor // self._columns
        top = round(self.scroll_y)
        height = self.visible_rows
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True, force=True)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True, force=True)

    # --- the mouse ----------------------------------------------------------------

    def index_at(self, x: int, y: int) -> int | None:
        """The stall at content offset (x, y) of the visible area, or None (a
        gap, or past the last stall)."""
        column, inside = divmod(x, self._cell + self.GAP)
        if x < 0 or inside >= self._cell or column >= self._columns:
            return None
        index = (y + round(self.scroll_y)) * self._columns + column
        return index if 0 <= index < len(self._stalls) else None

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.index_at(offset.x, offset.y)
        if index is None:
            return
        event.stop()
        self.move_cursor(index)
        self.post_message(self.Clicked(self, index))

    # --- drawing ------------------------------------------------------------------

    def _cell_style(self, status: str, cursor: bool) -> Style:
        style = self.get_component_rich_style(f"stall-grid--{status}")
        if cursor:
            style += self.get_component_rich_style("stall-grid--cursor", partial=True)
        return style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        row = y + round(self.scroll_y)
        start = row * self._columns
        if row < 0 or start >= len(self._stalls):
            return Strip.blank(width, base)
        cell = self._cell
        gap = Segment(" " * self.GAP, base)
        segments: list[Segment] = []
        end = min(start + self._columns, len(self._stalls))
        for index in range(start, end):
            if segments:
                segments.append(gap)
            is_cursor = index == self._cursor
            code = self._stalls[index].code
            if self._stalls[index].id in self.marked:
                code += EXPIRY_MARK
            label = f"›{code}‹" if is_cursor else code
            segments.append(Segment(label.center(cell)[:cell],
                                    self._cell_style(self._statuses[index], is_cursor)))
        return Strip(segments).adjust_cell_length(width, base)
