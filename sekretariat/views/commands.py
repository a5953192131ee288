"""The command palette (ctrl+p): one command for every action the logged-in
user may do, listed by the app (``SekretariatApp.palette_commands``)."""

from __future__ import annotations

import asyncio
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
        for hit in await asyncio.to_thread(find_traders_and_stalls, self.app, query):
            # found by the database: ranked above commands that only look alike
            score = matcher.match(hit.text or "")
            yield Hit(max(score, 1.0) + 1.0,
                      matcher.highlight(hit.text or "") if score > 0 else hit.match_display,
                      hit.command, text=hit.text, help=hit.help)


#: At most this many traders and this many stalls per search.
FIND_LIMIT = 5


def find_traders_and_stalls(app, query: str) -> list[Hit]:
    """The palette's "find trader / stall": traders by name, NIK, phone or
    stall code and stalls by code, each opening its screen. Runs in a thread."""
    from sekretariat.i18n import t
    from sekretariat.services.core import permissions
    from sekretariat.services.leasing import stalls, traders
    from sekretariat.views.base import run_safely

    session = getattr(app, "session", None)
    text = " ".join(query.split())
    if session is None or len(text) < 2:
        return []
    hits: list[Hit] = []
    if permissions.can(session, "traders.view"):
        page = run_safely("palette.find_traders", traders.search, session, text,
                          limit=FIND_LIMIT)
        for row in page.value.rows if page.ok else ():
            name = t("tui.traders.palette_trader", name=row.name, stalls=row.stalls or "-")
            hits.append(Hit(1.0, name, functools.partial(_open_trader, app, row.id), text=name,
                            help=t("tui.traders.palette_trader_help")))
    if permissions.can(session, "stalls.view") and any(c.isdigit() for c in text):
        found = run_safely("palette.find_stalls", stalls.list_stalls, session, text=text,
                           limit=FIND_LIMIT)
        for stall in found.value if found.ok else ():
            name = t("tui.stalls.palette_stall", code=stall.code,
                     trader=stall.trader_name or t("tui.stalls.status.kosong"))
            hits.append(Hit(1.0, name, functools.partial(_open_stall, app, stall.block_id,
                                                         stall.id),
                            text=name, help=t("tui.stalls.palette_stall_help")))
    return hits


def _open_trader(app, trader_id: int) -> None:
    from sekretariat.views.leasing.trader_detail import TraderDetailScreen

    if isinstance(app.screen, TraderDetailScreen):  # one trader's page at a time
        app.switch_screen(TraderDetailScreen(trader_id))
    else:
        app.push_screen(TraderDetailScreen(trader_id))


def _open_stall(app, block_id: int, stall_id: int) -> None:
    from sekretariat.views.leasing.stall_map import StallMapScreen

    if isinstance(app.screen, StallMapScreen):  # already on the map: go to the stall
        app.screen.show_stall(block_id, stall_id)
    else:
        app.push_screen(StallMapScreen(block_id=block_id, stall_id=stall_id))


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
