"""Stall and trader registry: blocks, stalls, tariffs, rates, NIK, search, occupancy."""

import datetime as dt
from decimal import Decimal

import pytest
from test_leases_support import market, nik, snapshot

from sekretariat import db
from sekretariat.errors import Conflict, NotFound, PermissionDenied, ValidationError
from sekretariat.services.leasing import leases, occupancy, stall_codes, stalls, traders
from sekretariat.services.leasing import stall_rates

D = dt.date


# --- stalls ------------------------------------------------------------------

def test_blocks_and_stalls_are_registered_and_audited(chair):
    block = stalls.create_block(chair, " a ", "Blok A (sayur)")
    assert (block.code, block.name, block.stall_count) == ("A", "Blok A (sayur)", 0)
    stall = stalls.create_stall(chair, "a-01", "A", "kios", "2,25")
    assert (stall.code, stall.block_code, stall.kind, stall.area_dm2) == ("A-01", "A", "kios", 225)
    assert stall.area_m2 == Decimal("2.25")
    assert (stall.status, stall.admin_status, stall.lease_id) == ("kosong", "normal", None)
    assert stalls.get_block(chair, block.id).stall_count == 1
    assert stalls.get_stall(chair, code="A-01").id == stall.id
    changed = stalls.update_stall(chair, stall.id, area="3", status="perbaikan", note="atap bocor")
    assert (changed.area_dm2, changed.status, changed.note) == (300, "perbaikan", "atap bocor")
    actions = [r[0] for r in db.current_database().execute_sql(
        "SELECT action FROM audit_log WHERE entity IN ('block', 'stall') ORDER BY id")]
    assert actions == ["block.create", "stall.create", "stall.update"]


@pytest.mark.parametrize("area, dm2", [("6", 600), ("2.5", 250), ("2,25", 225), (12, 1200),
                                       (Decimal("0.01"), 1), ("7,5 m2", 750)])
def test_area_is_exact_square_decimetres(area, dm2):
    assert stall_codes.parse_area(area) == dm2


@pytest.mark.parametrize("area, key", [("", "stall.area_empty"), ("2,255", "stall.area_precision"),
                                       ("0", "stall.area_range"), ("abc", "stall.area_invalid"),
                                       (2.5, "stall.area_invalid"),
                                       ("1.000,5", "stall.area_invalid")])
def test_bad_areas_are_refused(area, key):
    with pytest.raises(ValidationError) as info:
        stall_codes.parse_area(area)
    assert info.value.key == key and info.value.field == "area"


def test_stall_refusals_change_nothing(chair):
    stalls.create_block(chair, "A")
    stalls.create_stall(chair, "A-01", "A", "los", 4)
    before = snapshot()
    cases = [
        (lambda: stalls.create_stall(chair, "A-01", "A", "kios", 4), Conflict, "stall.exists"),
        (lambda: stalls.create_stall(chair, "A 02 !", "A", "kios", 4), ValidationError,
         "stall.code_invalid"),
        (lambda: stalls.create_stall(chair, "A-02", "A", "toko", 4), ValidationError,
         "stall.kind_invalid"),
        (lambda: stalls.create_stall(chair, "A-02", "Z", "kios", 4), NotFound, "block.not_found"),
        (lambda: stalls.create_block(chair, "a"), Conflict, "block.exists"),
        (lambda: stall_rates.set_tariff(chair, "kios", 0, D(2026, 12, 1)), ValidationError,
         "stall.rate_zero"),
    ]
    for call, error, key in cases:
        with pytest.raises(error) as info:
            call()
        assert info.value.key == key
    assert snapshot() == before


def test_rate_lookup_stall_override_then_block_then_kind_as_of_a_date(chair):
    stalls.create_block(chair, "A")
    stalls.create_block(chair, "B")
    a1 = stalls.create_stall(chair, "A-01", "A", "kios", 6).id
    b1 = stalls.create_stall(chair, "B-01", "B", "kios", 6).id
    assert stall_rates.rate_for(chair, a1, D(2026, 6, 1)) is None
    stall_rates.set_tariff(chair, "kios", 300_000, D(2026, 1, 1))
    stall_rates.set_tariff(chair, "kios", 350_000, D(2027, 1, 1))
    stall_rates.set_tariff(chair, "kios", 400_000, D(2026, 7, 1), block="A")
    stall_rates.set_stall_rate(chair, a1, 500_000, D(2026, 10, 1), note="sudut, dekat pintu")
    stall_rates.set_stall_rate(chair, a1, None, D(2027, 3, 1))

    def rate(stall, day):
        found = stall_rates.rate_for(chair, stall, day)
        return (found.monthly_rate, found.source)

    assert rate(a1, D(2026, 6, 30)) == (300_000, "kind")
    assert rate(a1, D(2026, 7, 1)) == (400_000, "block")
    assert rate(a1, D(2026, 10, 1)) == (500_000, "stall")
    assert rate(a1, D(2027, 3, 1)) == (400_000, "block")  # override ended
    assert rate(b1, D(2026, 12, 31)) == (300_000, "kind")
    assert rate(b1, D(2027, 1, 1)) == (350_000, "kind")
    # setting the same tariff date again replaces it (while open)
    stall_rates.set_tariff(chair, "kios", 360_000, D(2027, 1, 1))
    assert rate(b1, D(2027, 1, 1)) == (360_000, "kind")
    assert len(stall_rates.list_tariffs(chair)) == 3
    assert [r.monthly_rate for r in stall_rates.list_stall_rates(chair, a1)] == [500_000, None]


def test_a_tariff_change_does_not_touch_signed_leases(chair):
    m = market(chair)
    lease = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 12, 1), D(2027, 11, 30))
    stall_rates.set_tariff(chair, "kios", 450_000, D(2026, 12, 1))
    assert leases.get_lease(chair, lease.id).monthly_rate == 300_000
    later = leases.create_lease(chair, m["budi"], m["stalls"][1], D(2026, 12, 1), D(2027, 11, 30))
    assert later.monthly_rate == 450_000


def test_status_is_derived_from_leases_and_occupancy_works_for_any_date(chair):
    m = market(chair)
    s1, s2, s3, s4 = m["stalls"]
    leases.create_lease(chair, m["siti"], s1, D(2026, 1, 1), D(2026, 12, 31))
    leases.create_lease(chair, m["budi"], s2, D(2026, 11, 1), D(2027, 10, 31))
    stalls.update_stall(chair, s3, status="diblokir", status_from=D(2026, 10, 1))
    stalls.update_stall(chair, s4, status="perbaikan", status_from=D(2026, 10, 1))
    cells = {c.code: c for c in stalls.list_stalls(chair, block="A", as_of=D(2026, 11, 23))}
    assert [cells[c].status for c in ("A-01", "A-02", "A-03", "A-04")] == [
        "disewa", "disewa", "diblokir", "perbaikan"]
    assert cells["A-02"].trader_name == "Budi Santoso"
    october = occupancy.occupancy(chair, D(2026, 10, 15))
    assert (october.total, october.disewa, october.kosong, october.diblokir,
            october.perbaikan) == (4, 1, 1, 1, 1)
    assert occupancy.occupancy(chair, D(2027, 1, 1)).disewa == 1
    assert occupancy.occupancy(chair, D(2026, 11, 23)).occupancy_bp == 5000
    assert [c.code for c in stalls.list_stalls(chair, status="disewa")] == ["A-01", "A-02"]
    assert [c.code for c in stalls.list_stalls(chair, status="kosong", as_of=D(2027, 1, 1))] \
        == ["A-01"]


def test_registry_permissions(sessions):
    with pytest.raises(PermissionDenied):
        stalls.create_block(sessions["parkir"], "A")
    with pytest.raises(PermissionDenied):
        traders.create_trader(sessions["bendahara"], "X", nik())
    stalls.create_block(sessions["sekretaris"], "A")
    assert [b.code for b in stalls.list_blocks(sessions["pembaca"])] == ["A"]


# --- traders -----------------------------------------------------------------

def test_nik_is_decoded():
    info = traders.validate_nik("1671 0157 0580 0001")
    assert info.nik == "1671015705800001"
    assert (info.province_code, info.birth_date, info.female) == (16, D(1980, 5, 17), True)
    assert traders.validate_nik("3174011708450123").birth_date == D(1945, 8, 17)
    assert traders.validate_nik("1671012902240001").birth_date == D(2024, 2, 29)


@pytest.mark.parametrize("value, key", [
    ("", "trader.nik_empty"),
    ("12345", "trader.nik_length"),
    ("16710157058000012", "trader.nik_length"),
    ("16710157058000A1", "trader.nik_digits"),
    ("9971015705800001", "trader.nik_province"),
    ("2071015705800001", "trader.nik_province"),
    ("1600015705800001", "trader.nik_region"),
    ("1671005705800001", "trader.nik_region"),
    ("1671013205800001", "trader.nik_birth_date"),
    ("1671017205800001", "trader.nik_birth_date"),
    ("1671011513800001", "trader.nik_birth_date"),
    ("1671012902230001", "trader.nik_birth_date"),
    ("1671010000800001", "trader.nik_birth_date"),
    ("1671011705800000", "trader.nik_serial"),
])
def test_invalid_niks_are_refused(value, key):
    with pytest.raises(ValidationError) as info:
        traders.validate_nik(value)
    assert (info.value.key, info.value.field) == (key, "nik")


def test_an_invalid_nik_changes_nothing(chair):
    market(chair)
    before = snapshot()
    with pytest.raises(ValidationError) as info:
        traders.create_trader(chair, "Ahmad", "1671013205800001")
    assert info.value.key == "trader.nik_birth_date"
    assert "7–12" in info.value.message
    assert snapshot() == before


def test_traders_are_registered_changed_and_blocked(chair):
    trader = traders.create_trader(chair, "  Siti   Aminah ", nik(female=True),
                                   phone="+62 812-3456-7890", address="Jl. Sekojo 5",
                                   commodity="sayur", joined_date=D(2020, 3, 1))
    assert (trader.name, trader.phone, trader.status, trader.joined_date) == (
        "Siti Aminah", "081234567890", "aktif", D(2020, 3, 1))
    with pytest.raises(Conflict) as info:
        traders.create_trader(chair, "Orang Lain", trader.nik)
    assert info.value.key == "trader.nik_exists" and "Siti Aminah" in info.value.message
    changed = traders.update_trader(chair, trader.id, phone="0813 9999 0000", commodity="buah")
    assert (changed.phone, changed.commodity) == ("081399990000", "buah")
    with pytest.raises(ValidationError) as info:
        traders.set_status(chair, trader.id, "diblokir")
    assert info.value.key == "trader.block_reason"
    blocked = traders.set_status(chair, trader.id, "diblokir", "menunggak 6 bulan")
    assert blocked.status == "diblokir"
    with pytest.raises(ValidationError):
        traders.update_trader(chair, trader.id, phone="12ab")
    audit = db.current_database().execute_sql(
        "SELECT action, before, after FROM audit_log WHERE entity = 'trader' ORDER BY id"
    ).fetchall()
    assert [a[0] for a in audit] == ["trader.create", "trader.update", "trader.status"]
    assert '"phone":"081234567890"' in audit[1][1] and "menunggak" in audit[2][2]


def test_search_by_name_nik_phone_or_stall_code_paged(chair):
    m = market(chair)
    leases.create_lease(chair, m["budi"], m["stalls"][2], D(2026, 1, 1), D(2027, 12, 31))
    for i in range(5):
        traders.create_trader(chair, f"Andi {i}", nik(), phone=f"0857000{i:04d}")
    siti = traders.get_trader(chair, m["siti"])
    assert [r.name for r in traders.search(chair, "aminah").rows] == ["Siti Aminah"]
    assert [r.name for r in traders.search(chair, siti.nik[:8]).rows][0] == "Siti Aminah"
    assert [r.name for r in traders.search(chair, "0812 3456").rows] == ["Siti Aminah"]
    assert [r.name for r in traders.search(chair, "+62 812").rows] == ["Siti Aminah"]
    found = traders.search(chair, "a-03").rows
    assert [(r.name, r.stalls) for r in found] == [("Budi Santoso", "A-03")]
    first = traders.search(chair, "andi", limit=2)
    assert [r.name for r in first.rows] == ["Andi 0", "Andi 1"] and first.has_more
    second = traders.search(chair, "andi", limit=2, after=first.last_key)
    assert [r.name for r in second.rows] == ["Andi 2", "Andi 3"]
    assert len(traders.search(chair, "", limit=100).rows) == 7
    assert traders.search(chair, "", status="diblokir").rows == ()
