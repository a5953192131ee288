"""The stall map's footer."""

from __future__ import annotations


from textual.screen import Screen
from textual.widgets import Footer




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
