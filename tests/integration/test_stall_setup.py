"""What the stall form saves: a stall with its own rate, or a correction with
a change of rate, in one transaction; a refusal leaves everything as it was."""

import datetime as dt

import pytest
from dbhelp import all_rows

from sekretariat.errors import PermissionDenied, ValidationError
from sekretariat.services.leasing import stall_rates, stall_setup, stalls

D = dt.date


@pytest.fixture
def block(chair):
    block = stalls.create_block(chair, "A", "Blok A")
    stall_rates.set_tariff(chair, "kios", 300_000, D(2026, 1, 1))
    return block


def test_a_new_stall_with_its_own_rate(chair, block):
    stall = stall_setup.register_stall(chair, "a-07", "A", "kios", "12,5", note="pojok",
                                       own_rate="450rb", rate_from="01/12/2026")
    assert (stall.code, stall.kind, stall.area_dm2, stall.note) == ("A-07", "kios", 1250, "pojok")
    assert stall_rates.rate_for(chair, stall.id, D(2026, 11, 30)).monthly_rate == 300_000
    rate = stall_rates.rate_for(chair, stall.id, D(2026, 12, 1))
    assert (rate.monthly_rate, rate.source) == (450_000, "stall")
    plain = stall_setup.register_stall(chair, "A-08", block.id, "kios", 6, own_rate="")
    assert stall_rates.list_stall_rates(chair, plain.id) == []


def test_a_bad_rate_leaves_no_stall_behind(chair, block):
    before = all_rows()
    for rate, field in (("0", "monthly_rate"), ("abc", "monthly_rate")):
        with pytest.raises(ValidationError) as refused:
            stall_setup.register_stall(chair, "A-09", "A", "kios", 6, own_rate=rate)
        assert refused.value.field == field
    with pytest.raises(ValidationError) as refused:
        stall_setup.register_stall(chair, "A-09", "A", "kios", 6, own_rate="400.000",
                                   rate_from="31/02/2026")
    assert refused.value.field == "effective_from"
    assert all_rows() == before


def test_correcting_a_stall_and_its_rate_together(chair, block):
    stall = stall_setup.register_stall(chair, "A-01", "A", "kios", 6)
    fixed = stall_setup.edit_stall(chair, stall.id, kind="los", area="8", status="perbaikan",
                                   note="atap bocor", own_rate="250.000")
    assert (fixed.kind, fixed.area_dm2, fixed.admin_status, fixed.status) == (
        "los", 800, "perbaikan", "perbaikan")
    assert stall_rates.rate_for(chair, stall.id).monthly_rate == 250_000
    # unchanged rate: no new rate row
    stall_setup.edit_stall(chair, stall.id, status="normal")
    assert len(stall_rates.list_stall_rates(chair, stall.id)) == 1
    # an area refused: the status change is not saved either
    before = all_rows()
    with pytest.raises(ValidationError):
        stall_setup.edit_stall(chair, stall.id, status="diblokir", area="-3", own_rate="")
    assert all_rows() == before
    # empty: back to the tariff (of its kind: no los tariff -> none) from the date
    stall_setup.edit_stall(chair, stall.id, kind="kios", own_rate="", rate_from=D(2026, 12, 1))
    assert stall_rates.rate_for(chair, stall.id, D(2026, 12, 1)).source == "kind"


def test_only_the_registry_roles_may(sessions, block):
    with pytest.raises(PermissionDenied):
        stall_setup.register_stall(sessions["bendahara"], "A-02", "A", "kios", 6)
    assert stalls.list_stalls(sessions["ketua"], block="A") == []


def test_what_a_new_stall_would_pay_by_the_tariffs(chair, block):
    assert stall_rates.tariff_for(chair, "kios", "A").monthly_rate == 300_000
    assert stall_rates.tariff_for(chair, "kios", "A").source == "kind"
    stall_rates.set_tariff(chair, "kios", 350_000, D(2026, 6, 1), block="A")
    on_day = stall_rates.tariff_for(chair, "kios", block.id, D(2026, 6, 1))
    assert (on_day.monthly_rate, on_day.source) == (350_000, "block")
    assert stall_rates.tariff_for(chair, "kios", "A", D(2026, 5, 31)).monthly_rate == 300_000
    assert stall_rates.tariff_for(chair, "los", "A") is None
    with pytest.raises(ValidationError):
        stall_rates.tariff_for(chair, "toko", "A")


def test_the_rates_of_many_stalls_at_once_are_each_stalls_rate(chair, block):
    stalls.create_block(chair, "B", "Blok B")
    stall_rates.set_tariff(chair, "kios", 350_000, D(2026, 6, 1), block="B")
    stall_rates.set_tariff(chair, "los", 150_000, D(2026, 3, 1))
    ids = [stall_setup.register_stall(chair, code, blk, kind, 6).id
           for code, blk, kind in (("A-01", "A", "kios"), ("A-02", "A", "los"),
                                   ("B-01", "B", "kios"), ("B-02", "B", "pelataran"),
                                   ("B-03", "B", "kios"))]
    stall_rates.set_stall_rate(chair, ids[0], 500_000, D(2026, 9, 1))
    stall_rates.set_stall_rate(chair, ids[0], None, D(2026, 11, 1))  # back to the tariff
    stall_rates.set_stall_rate(chair, ids[4], 420_000, D(2026, 7, 1))
    for day in (D(2026, 1, 1), D(2026, 5, 1), D(2026, 6, 1), D(2026, 9, 15), D(2026, 11, 23)):
        assert stall_rates.rates_for(chair, ids, day) == {
            i: stall_rates.rate_for(chair, i, day) for i in ids}, day
