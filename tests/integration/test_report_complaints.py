"""The complaints and facilities sections of the annual and monthly report
(issue 13 item 5): gathered from complaints and facilities made through the
services, they equal an independent count over the rows; the PDF carries the
section titles (on the contents page too) and the figures; with nothing, each
says so in one line."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from fractions import Fraction

import pytest
from complaintshelp import TODAY, D, raw
from reporthelp import post_books

from sekretariat import clock
from sekretariat.services.complaints import complaints as cp
from sekretariat.services.complaints import facilities, inspections
from sekretariat.services.core import market as market_profile
from sekretariat.services.leasing import stalls
from sekretariat.services.parking import setup as parking_setup
from sekretariat.services.reports import period as periods
from sekretariat.services.reports.annual import make_report
from sekretariat.services.reports.report_data import gather

YEAR = periods.year_period(2026)
NOVEMBER = periods.month_period(2026, 11)


def _on(day, hour=9):
    clock.freeze(dt.datetime.combine(day, dt.time(hour, 0)))


@pytest.fixture
def books(sessions):
    post_books(sessions)            # block A among its books
    chair, desk = sessions["ketua"], sessions["sekretaris"]
    stalls.create_block(chair, "B", "Blok B")
    parking_setup.create_zone(chair, "p1", "Parkir Depan", 40)
    _on(D(2026, 3, 2))
    facilities.create_facility(chair, "wc-b", "toilet", "Toilet Blok B", block="B")
    facilities.create_facility(chair, "wc-c", "toilet", "Toilet Blok C", condition="rusak_ringan")
    facilities.create_facility(chair, "lampu", "listrik", "Lampu lorong", condition="baik")
    cp.resolve(chair, cp.receive_complaint(desk, category="kebersihan", description="kotor",
                                           place_kind="block", place="A").id, "disapu")
    _on(D(2026, 9, 1))
    first = cp.receive_complaint(desk, category="fasilitas", description="pintu wc rusak",
                                 place_kind="facility", place="wc-b")
    inspections.mark_condition(chair, "wc-b", "rusak_berat", source="complaint",
                               complaint_id=first.id)
    _on(D(2026, 10, 5))
    second = cp.receive_complaint(desk, category="fasilitas", description="pintu masih rusak",
                                  place_kind="facility", place="wc-b")
    inspections.mark_condition(chair, "lampu", "rusak_berat", source="complaint",
                               complaint_id=second.id)
    _on(D(2026, 11, 10))
    last = cp.receive_complaint(desk, category="fasilitas", description="pintu lepas",
                                place_kind="facility", place="wc-b")
    inspections.mark_condition(chair, "wc-b", "baik", note="Engsel pintu diganti")
    cp.resolve(chair, last.id, "Pintu toilet diperbaiki tukang")
    for text in ("sampah", "sampah lagi"):
        cp.receive_complaint(desk, category="kebersihan", description=text,
                             place_kind="block", place="B")
    _on(TODAY, 9)
    cp.reject(chair, cp.receive_complaint(desk, category="kebersihan", description="bau",
                                          place_kind="block", place="B").id, "Bukan dari pasar")
    cp.receive_complaint(desk, category="parkir", description="macet", place_kind="zone",
                         place="p1")
    market_profile.set_classification(chair, "C", "III")
    _on(TODAY, 10)
    return sessions


def _complaints(start: dt.date, end: dt.date) -> list[dict]:
    names = ("id", "number", "received_on", "category", "place_kind", "stall_id", "block_id",
             "zone_id", "facility_id", "status", "acknowledged_on", "closed_on", "ack_due_on",
             "resolve_due_on", "resolution", "reject_reason")
    found = raw(f"SELECT {', '.join(names)} FROM complaint WHERE received_on BETWEEN ? AND ?",
                (start.isoformat(), end.isoformat())).fetchall()
    return [dict(zip(names, r, strict=True)) for r in found]


def _within(c: dict) -> bool:
    answered = c["acknowledged_on"] or c["closed_on"]
    return answered <= c["ack_due_on"] and c["closed_on"] <= c["resolve_due_on"]


@pytest.mark.parametrize("kind,period", [("annual", YEAR), ("monthly", NOVEMBER)])
def test_complaint_figures_equal_an_independent_count(books, kind, period):
    data = gather(books["ketua"], period, kind).complaints
    rows = _complaints(period.start, TODAY)
    counts = Counter(c["category"] for c in rows)
    assert data.has_data and data.total == len(rows) == (8 if kind == "annual" else 5)
    assert dict(data.by_category) == {c: counts.get(c, 0) for c in dict(data.by_category)}
    assert sum(n for _, n in data.by_category) == data.total
    closed = [c for c in rows if c["status"] in ("resolved", "rejected")]
    assert data.closed == len(closed) == (3 if kind == "annual" else 2)
    assert data.within == sum(_within(c) for c in closed)
    assert data.share_within == (None if not closed else
                                 Fraction(data.within, data.closed))
    # repeated: the same place and category twice or more in the 90 days up to the end
    window = _complaints(TODAY - dt.timedelta(days=89), TODAY)
    groups = Counter((c["place_kind"], c["stall_id"], c["block_id"], c["zone_id"],
                      c["facility_id"], c["category"]) for c in window
                     if c["place_kind"] != "market")
    assert sorted(r.count for r in data.recurring) == sorted(n for n in groups.values() if n > 1)
    by_place = {r.place: r for r in data.recurring}
    assert by_place["Blok B"].count == 3 and by_place["Blok B"].latest_status == "rejected"
    assert by_place["Blok B"].done == "Bukan dari pasar"
    toilet = next(r for r in data.recurring if "wc-b" in r.place)
    assert toilet.count == 3 and toilet.done == "Pintu toilet diperbaiki tukang"


def _condition_at(day: dt.date) -> dict[int, str]:
    found: dict[int, tuple] = {}
    for fid, observed, ident, condition in raw(
            "SELECT facility_id, observed_on, id, condition FROM facility_condition").fetchall():
        if observed <= day.isoformat() and (fid not in found or (observed, ident) > found[fid][:2]):
            found[fid] = (observed, ident, condition)
    return {fid: v[2] for fid, v in found.items()}


@pytest.mark.parametrize("kind,period", [("annual", YEAR), ("monthly", NOVEMBER)])
def test_facility_figures_equal_an_independent_count(books, kind, period):
    data = gather(books["ketua"], period, kind).facilities
    kinds = dict(raw("SELECT id, kind FROM facility WHERE active = 1").fetchall())
    tally = Counter((kinds[f], c) for f, c in _condition_at(TODAY).items() if f in kinds)
    assert {(k, c): n for k, *ns in data.by_kind
            for c, n in zip(("baik", "rusak_ringan", "rusak_berat"), ns, strict=True) if n} \
        == dict(tally)
    assert {k: (b, r, h) for k, b, r, h in data.by_kind} == {
        "toilet": (1, 1, 0), "listrik": (0, 0, 1)}
    repairs = raw("SELECT count(*) FROM facility_condition WHERE source = 'repair'"
                  " AND observed_on BETWEEN ? AND ?",
                  (period.start.isoformat(), TODAY.isoformat())).fetchone()[0]
    assert len(data.repairs) == repairs == 1
    assert data.repairs[0][1:] == (D(2026, 11, 10), "baik", "Engsel pintu diganti")
    assert (data.type_permendag, data.type_sni) == ("C", "III")


def _text(path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(str(path)).pages]


@pytest.mark.parametrize("kind,period", [("annual", YEAR), ("monthly", NOVEMBER)])
def test_the_pdf_carries_the_sections(books, tmp_path, kind, period):
    done = make_report(books["ketua"], period, kind, to_dir=tmp_path / "out")
    pages = _text(done.path)
    contents = " ".join(p for p in pages if "Daftar Isi" in p or "DAFTAR ISI" in p)
    text = " ".join(" ".join(pages).split())
    data = gather(books["ketua"], period, kind)
    for title in ("Pengaduan", "Fasilitas Pasar"):
        assert title in contents and title in text
    for phrase in ("Pengaduan menurut kategori", "Pintu toilet diperbaiki tukang",
                   "Ditolak: Bukan dari pasar", "Engsel pintu diganti", "Rusak berat",
                   "Tipe pasar (Permendag 37/2017)", "Perbaikan dalam periode ini",
                   f"Pengaduan diterima {data.complaints.total}"):
        assert phrase in text, phrase


def test_empty_sections_say_so_in_one_line(sessions, tmp_path):
    post_books(sessions)
    data = gather(sessions["ketua"], YEAR, "annual")
    assert not data.complaints.has_data and not data.facilities.has_data
    text = " ".join(" ".join(_text(make_report(sessions["ketua"], YEAR,
                                               to_dir=tmp_path / "out").path)).split())
    assert "Tidak ada pengaduan dalam periode ini." in text
    assert "Belum ada fasilitas yang tercatat." in text
