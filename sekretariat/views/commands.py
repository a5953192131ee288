"""The command palette (ctrl+p): one command for every action the logged-in
user may do, listed by the app (``SekretariatApp.palette_commands``)."""

from __future__ import annotations

import functools

from textual.command import DiscoveryHit, Hit, Hits, Provider


class SekretariatCommands(Provider):
    def _palette_commands(self):
        return self.app.palette_commands()  # type: ignore[attr-defined]

    async def discover(self) -> Hits:
        for command in self._palette_commands():
            yield DiscoveryHit(command.name, command.run, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._palette_commands():
            score = matcher.match(command.name)
            if score > 0:
                yield Hit(score, matcher.highlight(command.name), command.run,
                          text=command.name, help=command.help)


@functools.cache
def palette_class():
    """The command palette, with its one built-in text in the user's language
    (made once, on first use, so that start-up does not import it)."""
    from rich.align import Align
    from rich.text import Text
    from textual.command import CommandList, CommandPalette
    from textual.widgets.option_list import Option

    from sekretariat.i18n import t

    class Palette(CommandPalette):
        def _start_no_matches_countdown(self, search_value: str) -> None:
            # Textual 8.2's own version, with the text from our catalog.
            self._stop_no_matches_countdown()

            def show_no_matches() -> None:
                if search_value:
                    self.query_one(CommandList).add_option(
                        Option(Align.center(Text(t("tui.palette.no_matches"), style="not bold")),
                               disabled=True, id=self._NO_MATCHES))
                    self._list_visible = True
                else:
                    self._list_visible = False

            self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)

    return Palette
