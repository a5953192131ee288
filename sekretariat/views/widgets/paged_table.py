"""A row-cursor table that asks for the next page when the cursor or the
scroll position comes near its last row."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

#: Ask for more when the cursor is this many rows from the end.
NEAR_END = 5


class PagedTable(DataTable):
    """Post ``PagedTable.NeedMore`` near the end; the screen decides whether
    there is more and loads it in a worker."""

    class NeedMore(Message):
        def __init__(self, table: PagedTable) -> None:
            super().__init__()
            self.table = table

        @property
        def control(self) -> PagedTable:
            return self.table

    BINDINGS = [
        # Home/End go to the first/last row (DataTable scrolls sideways instead).
        Binding("home", "scroll_top", "tui.key.first_row", show=False, id="table.first"),
        Binding("end", "scroll_bottom", "tui.key.last_row", show=False, id="table.last"),
    ]

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("cursor_type", "row")
        kwargs.setdefault("zebra_stripes", True)
        super().__init__(**kwargs)
        from sekretariat.views.base import translate_bindings

        translate_bindings(self)

    def watch_cursor_coordinate(self, old, new) -> None:  # type: ignore[override]
        super().watch_cursor_coordinate(old, new)
        # (the cursor "moves" to row 0 while rows are being added: not a request)
        if new.row > old.row and new.row >= self.row_count - NEAR_END:
            self.post_message(self.NeedMore(self))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.row_count and new_value > old_value and new_value >= self.max_scroll_y - 1:
            self.post_message(self.NeedMore(self))
