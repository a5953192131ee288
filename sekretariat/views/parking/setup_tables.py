"""The tables of the parking set-up screen: their columns, their rows from a
``SetupOverview`` and the line under each (counts, what is in force)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_number, format_rupiah
from sekretariat.services.parking.setup_read import SetupOverview
from sekretariat.views.parking.setup_forms import hours_text
from sekretariat.views.widgets.cells import short_text

#: The tabs in order: (tab key, table id or None for the target pane).
TABS = ("zones", "types", "tariffs", "shifts", "target")

#: Column key -> width, per table; right-aligned columns marked by a "+".
COLUMNS = {
    "zones": (("code", 10), ("name", 30), ("+capacity", 10), ("active", 9)),
    "types": (("code", 10), ("name", 30), ("active", 9)),
    "tariffs": (("type", 20), ("+amount", 12), ("from", 13), ("state", 18)),
    "shifts": (("code", 10), ("name", 18), ("start", 7), ("end", 7), ("length", 12),
               ("active", 9)),
}


def add_columns(table: DataTable, tab: str) -> None:
    for key, width in COLUMNS[tab]:
        right = key.startswith("+")
        key = key.lstrip("+")
        label = t(f"tui.parking_setup.col_{key}")
        table.add_column(Text(label, justify="right") if right else label, key=key,
                         width=width)


def _active(active: bool) -> Text:
    if active:
        return Text(t("tui.parking_setup.active"))
    return Text(t("tui.parking_setup.inactive"), style="dim")


def _right(text: str, style: str = "") -> Text:
    return Text(text, justify="right", style=style)


def fill(table: DataTable, tab: str, overview: SetupOverview) -> str:
    """Put ``tab``'s rows in ``table`` (keys: the record ids); returns the
    line shown under it."""
    table.clear()
    if tab == "zones":
        for zone in overview.zones:
            table.add_row(zone.code, short_text(zone.name, 30),
                          _right(format_number(zone.capacity)), _active(zone.active),
                          key=str(zone.id))
        active = [z for z in overview.zones if z.active]
        return t("tui.parking_setup.zones_count", count=len(overview.zones),
                 active=len(active),
                 capacity=format_number(sum(z.capacity for z in active)))
    if tab == "types":
        for kind in overview.vehicle_types:
            table.add_row(kind.code, short_text(kind.name, 30), _active(kind.active),
                          key=str(kind.id))
        return t("tui.parking_setup.types_count", count=len(overview.vehicle_types))
    if tab == "tariffs":
        return _fill_tariffs(table, overview)
    for shift in overview.shifts:
        table.add_row(shift.code, short_text(shift.name, 18), shift.start_time, shift.end_time,
                      hours_text(shift.minutes), _active(shift.active), key=str(shift.id))
    return t("tui.parking_setup.shifts_count", count=len(overview.shifts))


def _fill_tariffs(table: DataTable, overview: SetupOverview) -> str:
    for tariff in overview.tariffs:
        state = overview.tariff_state(tariff)
        style = {"now": "bold", "later": "italic", "past": "dim"}[state]
        table.add_row(short_text(tariff.vehicle_name, 20),
                      _right(format_rupiah(tariff.amount), style),
                      Text(fmt_date(tariff.effective_from), style=style),
                      Text(t(f"tui.parking_setup.state_{state}"), style=style),
                      key=str(tariff.id))
    now = {r.vehicle_type: r for r in overview.tariffs if r.id in overview.in_force}
    parts = [t("tui.parking_setup.tariff_part", name=v.name,
               amount=format_rupiah(now[v.code].amount)) if v.code in now
             else t("tui.parking_setup.tariff_part_none", name=v.name)
             for v in overview.vehicle_types if v.active or v.code in now]
    if not overview.tariffs or not parts:
        return t("tui.parking_setup.tariffs_empty")
    return t("tui.parking_setup.tariffs_now", day=fmt_date(overview.day),
             tariffs=", ".join(parts))


def target_text(overview: SetupOverview) -> str:
    if not overview.target:
        return t("tui.parking_setup.target_none")
    return t("tui.parking_setup.target_is", amount=format_rupiah(overview.target))
