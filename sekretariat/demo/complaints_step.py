"""The demo's complaints and facilities, day by day.

On the first morning the chair sets the market's classification and its
response standards and the facilities coordinator registers the
facilities. Every day brings complaints (about 8 a week in a market of
Sekojo's size, 20 in the large one), taken at the desk, by phone or by
message, each answered by its area's coordinator: most within the
standard, about one in eight late, a few turned down with a reason. A
complaint about a broken facility marks it damaged when it is
acknowledged and repaired when it is resolved. Once a quarter an
inspection round records every facility's condition.

The history's end is staged: in its last 90 days the drains of the first
wet-market block clog again and again (the recurring problem the pattern
view names), and three complaints are overdue (a toilet broken beyond
repair and waiting for money, a transfer nobody has matched, a jammed
parking barrier). Complaints of the last three weeks are answered on time
or are still within their standard, so the overdue list holds those three.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Iterable

from sekretariat.demo import complaints_data as data
from sekretariat.demo.complaints_events import Inspection, Mark, Move, Receive, RegisterFacilities
from sekretariat.demo.engine import Event, HistoryContext, Step
from sekretariat.services.complaints import rules

CHANNELS = (("kantor", 55), ("telepon", 25), ("pesan", 20))
LATE_SHARE = 0.12
RECENT_DAYS = 21
INSPECTION_MONTHS = (1, 4, 7, 10)
REPAIR_NOTE = "Diperbaiki menindaklanjuti pengaduan"


def _weighted(rng: random.Random, pairs):  # type: ignore[no-untyped-def]
    items, weights = zip(*pairs)
    return rng.choices(items, weights=weights)[0]


class Complaints(Step):
    name = "complaints"

    def start(self, ctx: HistoryContext) -> None:
        plan = ctx.plan
        self.rng = ctx.rng(self.name)
        self.plan = plan
        self.facilities = data.facilities_for(plan)
        self.condition = {f.code: f.condition for f in self.facilities}
        self.by_kind: dict[str, list[str]] = defaultdict(list)
        wet = next((b.code for b in plan.blocks if b.kind == "los"), plan.blocks[0].code)
        toilets = [f.code for f in self.facilities if f.kind == "toilet"]
        self.wet_block = wet
        self.stuck_toilet = toilets[len(toilets) // 2]
        self.protected = {self.stuck_toilet, f"drainase-{wet.lower()}", "jalan"}
        for spec in self.facilities:
            if spec.code not in self.protected:
                self.by_kind[spec.kind].append(spec.code)
        self.rate = 8 / 7 if len(plan.stalls) < 400 else 20 / 7
        self.schedule: dict[dt.date, list[Event]] = defaultdict(list)
        self.intents: dict[dt.date, list[tuple]] = defaultdict(list)
        self.count = 0
        self.leases = ctx.extras.get("leases", {})
        self._stage_end(ctx)

    # --- the staged end -------------------------------------------------------------

    def _stage_end(self, ctx: HistoryContext) -> None:
        end, first = self.plan.history_end, self.plan.history_start
        wet = self.wet_block
        offset = 84
        while offset >= 3:
            day = end - dt.timedelta(days=offset)
            if day > first:
                received = self._receive(ctx, day, data.RECURRING, f"Blok {wet}", "block",
                                         wet, hour=7 + offset % 3)
                self._answer(ctx, received, data.RECURRING, "facilities",
                             ack=0, resolve=1 + offset % 2)
            offset -= 6 + offset % 3
        drain = f"drainase-{wet.lower()}"
        day = end - dt.timedelta(days=10)
        if day > first and drain in self.condition:
            received = self._receive(ctx, day, data.RECURRING_FACILITY,
                                     f"Saluran drainase Blok {wet}", "facility", drain)
            self._answer(ctx, received, data.RECURRING_FACILITY, "facilities", ack=1,
                         resolve=None, note="Dijadwalkan pengerukan bersama DLH kota",
                         damage="rusak_ringan", code=drain)
        stuck = ((20, data.STUCK_TOILET, "facility", self.stuck_toilet, 1,
                  "Menunggu anggaran perbaikan dari kas pengelola"),
                 (12, data.STUCK_LEASE, "stall", None, None, ""),
                 (9, data.STUCK_PARKING, "zone", self.plan.zones[-1].code, 1,
                  "Teknisi portal sudah dihubungi"))
        for back, kind, place_kind, place, ack, note in stuck:
            day = end - dt.timedelta(days=back)
            if day <= first:
                continue
            place, label, trader = self._place(day, place_kind, place)
            received = self._receive(ctx, day, kind, label, place_kind, place, trader=trader)
            area = rules.area_for(kind.category, place_kind)
            self._answer(ctx, received, kind, area, ack=ack, resolve=None, note=note,
                         damage="rusak_berat" if place_kind == "facility" else None, code=place)

    # --- drawing a complaint ------------------------------------------------------

    def _place(self, day: dt.date, place_kind: str, place: str | None
               ) -> tuple[str | None, str, int | None]:
        """(the place's code, its words in a description, the trader who
        rents it when it is a stall) for a place kind ('facility:<kind>')."""
        rng, plan = self.rng, self.plan
        if place_kind == "stall":
            for _ in range(20):
                occ = plan.occupancies[rng.randrange(len(plan.occupancies))]
                if occ.start < day and occ.active_on(day):
                    return occ.stall, f"lapak {occ.stall}", occ.trader
            occ = next(o for o in plan.occupancies if o.active_on(day))
            return occ.stall, f"lapak {occ.stall}", occ.trader
        if place_kind == "block":
            code = place or plan.blocks[rng.randrange(len(plan.blocks))].code
            return code, f"Blok {code}", None
        if place_kind == "zone":
            zone = next((z for z in plan.zones if z.code == place), None) or \
                plan.zones[rng.randrange(len(plan.zones))]
            return zone.code, f"zona parkir {zone.code}", None
        if place_kind == "facility":
            name = next(f.name for f in self.facilities if f.code == place)
            return place, name[:1].lower() + name[1:], None
        return None, "", None

    def _receive(self, ctx: HistoryContext, day: dt.date, kind: data.Kind, label: str,
                 place_kind: str, place: str | None, *, trader: int | None = None,
                 hour: int | None = None) -> Receive:
        """Schedule a complaint received on ``day``; returns it (its key and
        time are what its answer builds on)."""
        rng = self.rng
        self.count += 1
        key = f"adu/{self.count}"
        channel = _weighted(rng, CHANNELS)
        who, name, phone = kind.who, "", ""
        if who == "pedagang" and trader is None:
            trader = self._tenant(day)
        if who == "pedagang" and trader is not None:
            name = self.plan.trader(trader).name
            phone = self.plan.trader(trader).phone if rng.random() < 0.5 else ""
        elif who == "pedagang":
            who = "pengunjung"
        if who == "pengunjung":
            name = data.VISITORS[rng.randrange(len(data.VISITORS))]
        elif who == "lainnya":
            name = data.OTHERS[rng.randrange(len(data.OTHERS))]
        if who != "pedagang" and name and rng.random() < 0.4:
            phone = "08" + "".join(str(rng.randrange(10)) for _ in range(10))
        role = ("staf" if channel == "pesan" else
                "parkir" if kind.category == "parkir" and channel == "telepon" else
                ("sekretaris", "staf")[self.count % 2])
        minute = rng.randrange(0, 60) if hour is not None else rng.randrange(0, 450)
        at = ctx.at(day, hour or 8, 0) + dt.timedelta(minutes=minute, seconds=self.count % 60)
        text = kind.description.format(place=label)
        received = Receive(at, key, kind.category, place_kind, place,
                           text[:1].upper() + text[1:], channel, who, name, phone,
                           trader if who == "pedagang" else None, self.leases, role=role)
        self.schedule[day].append(received)
        return received

    def _tenant(self, day: dt.date) -> int | None:
        place, _, trader = self._place(day, "stall", None)
        return trader

    def _answer(self, ctx: HistoryContext, complaint: Receive, kind: data.Kind, area: str,
                *, ack: int | None, resolve: int | None, reject: bool = False, note: str = "",
                damage: str | None = None, code: str | None = None) -> None:
        """Schedule the moves: acknowledged ``ack`` days after the day it was
        received (None:
        never), resolved ``resolve`` days after it (None: not yet) or, with
        ``reject``, turned down then. A damaged facility is marked when the
        complaint is acknowledged and repaired when it is resolved."""
        rng, role = self.rng, rules.COORDINATOR[area]
        key, received, day = complaint.key, complaint.at, complaint.at.date()

        def moment(after: int) -> dt.datetime:
            if after == 0:
                return min(received + dt.timedelta(minutes=rng.randrange(20, 120)),
                           ctx.at(day, 16, 50, received.second))
            return ctx.at(day + dt.timedelta(days=after), 9, 0,
                          received.second) + dt.timedelta(minutes=rng.randrange(0, 440))

        if reject:
            self._add(Move(moment(ack or 0), key, "reject", kind.reason, role=role))
            return
        ack_at = None
        if ack is not None and (resolve is None or damage or resolve > ack):
            ack_at = moment(ack)
            self._add(Move(ack_at, key, "acknowledge", note, role=role))
            if damage and code:
                self.intents[ack_at.date()].append(
                    (ack_at + dt.timedelta(minutes=1), "damage", code, damage, key))
        if resolve is not None:
            at = moment(resolve)
            if ack_at is not None and at <= ack_at:
                at = ack_at + dt.timedelta(minutes=rng.randrange(10, 40))
            self._add(Move(at, key, "resolve", kind.resolution, role=role))
            if damage and code:
                self.intents[at.date()].append(
                    (at + dt.timedelta(minutes=1), "repair", code, "baik", key))

    def _add(self, event: Event) -> None:
        self.schedule[event.at.date()].append(event)

    def _random(self, ctx: HistoryContext, day: dt.date) -> None:
        rng, plan = self.rng, self.plan
        count = sum(rng.random() < self.rate / 6 for _ in range(6))
        recent = (plan.history_end - day).days < RECENT_DAYS
        for _ in range(count):
            kind = rng.choices(data.KINDS, weights=[k.weight for k in data.KINDS])[0]
            place_kind, _, facility_kind = kind.place.partition(":")
            place = None
            if facility_kind:
                codes = self.by_kind.get(facility_kind)
                if not codes:
                    continue
                place = codes[rng.randrange(len(codes))]
            place, label, trader = self._place(day, place_kind, place)
            received = self._receive(ctx, day, kind, label, place_kind, place,
                                trader=trader if kind.who == "pedagang" else None)
            ack_days, resolve_days = data.STANDARDS.get(kind.category, (1, 7))
            late = not recent and rng.random() < LATE_SHARE
            ack = rng.randrange(0, ack_days + 1)
            if late and rng.random() < 0.4:
                ack = ack_days + rng.randint(1, 2)
            resolve = (resolve_days + rng.randint(1, 6) if late
                       else rng.randint(ack, max(ack, min(resolve_days, ack + 3))))
            reject = rng.random() < kind.reject_share
            damaged = kind.category == "fasilitas" and place_kind == "facility"
            self._answer(ctx, received, kind, rules.area_for(kind.category, place_kind),
                         ack=ack, resolve=resolve, reject=reject,
                         damage=("rusak_berat" if rng.random() < 0.2 else "rusak_ringan")
                         if damaged else None, code=place)

    # --- each day -------------------------------------------------------------------

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        out: list[Event] = []
        plan = self.plan
        if day == plan.history_start:
            out.append(RegisterFacilities(
                ctx.at(day, 7, 40), self.facilities, data.classification_for(plan),
                tuple((c, a, r) for c, (a, r) in sorted(data.STANDARDS.items()))))
        elif day.day == 1 and day.month in INSPECTION_MONTHS:
            out.append(self._inspection(ctx, day))
        self._random(ctx, day)
        out.extend(self.schedule.pop(day, ()))
        for at, what, code, condition, key in sorted(self.intents.pop(day, ()),
                                                     key=lambda i: i[0]):
            current = self.condition[code]
            if what == "damage" and current == "baik":
                out.append(Mark(at, code, condition, "complaint", key))
                self.condition[code] = condition
            elif what == "repair" and current != "baik":
                out.append(Mark(at, code, "baik", "repair", note=REPAIR_NOTE))
                self.condition[code] = "baik"
        return out

    def _inspection(self, ctx: HistoryContext, day: dt.date) -> Inspection:
        """Every facility as found: a good one wears (1 in 10), a worn one is
        mended (2 in 5) or breaks down (1 in 10); the staged ones as they are."""
        rng, notes = self.rng, []
        for spec in self.facilities:
            code, current = spec.code, self.condition[spec.code]
            draw = rng.random()
            if code in self.protected:
                pass
            elif current == "baik" and draw < 0.1:
                current = "rusak_ringan"
            elif current == "rusak_ringan":
                current = "baik" if draw < 0.4 else "rusak_berat" if draw > 0.9 else current
            elif current == "rusak_berat" and draw < 0.5:
                current = "rusak_ringan"
            self.condition[code] = current
            if current != "baik":
                notes.append((code, "Perlu perbaikan" if current == "rusak_ringan"
                              else "Tidak dapat dipakai, perlu perbaikan segera"))
        return Inspection(ctx.at(day, 7, 45), tuple(sorted(self.condition.items())),
                          tuple(notes), f"Pemeriksaan triwulan {day:%m}/{day:%Y}")
