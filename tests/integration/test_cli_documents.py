"""``sekretariat print agreement|receipt|reminder``."""

import datetime as dt

from test_cli_support import as_user
from test_leases_support import market

from sekretariat import db
from sekretariat.errors import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from sekretariat.services.leasing import billing, leases, payments, traders


def _books(chair):
    m = market(chair)
    lease = leases.create_lease(chair, m["budi"], m["stalls"][0], dt.date(2026, 9, 1),
                                dt.date(2027, 8, 31))
    billing.bill_period(chair, 2026, 9, issue_date=dt.date(2026, 9, 1))
    billing.bill_period(chair, 2026, 10, issue_date=dt.date(2026, 10, 1))
    payment = payments.take_payment(chair, m["budi"], 100_000, "tunai")
    return m, lease, payment


def test_print_the_three_documents(db_path, chair, tmp_path):
    m, lease, payment = _books(chair)
    nik = traders.get_trader(chair, m["budi"]).nik
    db.close_database()
    out = tmp_path / "cetak"
    for args, name in ((("agreement", lease.agreement_number), "SPS-2026-00001.pdf"),
                       (("receipt", payment.receipt_number, "--a6"), "KW-2026-00001.pdf"),
                       (("reminder", nik), None)):
        result = as_user(db_path, "ketua", "print", *args, "--to", str(out))
        assert result.exit_code == EXIT_OK, result.output
        assert "Dokumen ditulis" in result.output
        if name:
            assert (out / name).read_bytes().startswith(b"%PDF")
    assert len(list(out.glob("ST-*.pdf"))) == 1


def test_print_refusals(db_path, sessions):
    _, lease, payment = _books(sessions["ketua"])
    db.close_database()
    unknown = as_user(db_path, "ketua", "print", "reminder", "1671010101800001")
    assert unknown.exit_code == EXIT_REFUSED and "Tidak ada pedagang" in unknown.output
    refused = as_user(db_path, "parkir", "print", "receipt", payment.receipt_number)
    assert refused.exit_code == EXIT_REFUSED and "tidak boleh" in refused.output
    missing = as_user(db_path, "ketua", "print", "agreement", "SPS/2026/09999")
    assert missing.exit_code == EXIT_REFUSED
    assert not (db_path.parent / "exports").exists()


def test_print_reminders_for_everyone_overdue_long_enough(db_path, sessions, tmp_path):
    chair = sessions["ketua"]
    m = market(chair)
    leases.create_lease(chair, m["budi"], m["stalls"][0], dt.date(2026, 9, 1),
                        dt.date(2027, 8, 31))
    leases.create_lease(chair, m["siti"], m["stalls"][1], dt.date(2026, 11, 1),
                        dt.date(2027, 10, 31))
    for month in (9, 10, 11):  # each issued on the 1st, due the 10th
        billing.bill_period(chair, 2026, month, issue_date=dt.date(2026, month, 1))
    # Budi owes since 10 Sep (74 days), Siti since 10 Nov (13 days)
    db.close_database()
    out = tmp_path / "teguran"
    month = as_user(db_path, "bendahara", "print", "reminders", "--to", str(out))
    assert month.exit_code == EXIT_OK, month.output
    assert "Budi Santoso" in month.output and "Siti Aminah" not in month.output
    assert "1 surat teguran (menunggak 30 hari atau lebih)" in month.output
    assert len(list(out.glob("ST-2026-11-23-T*.pdf"))) == 1

    every = as_user(db_path, "ketua", "print", "reminders", "--min-days", "0",
                    "--to", str(tmp_path / "semua"))
    assert every.exit_code == EXIT_OK, every.output
    assert every.output.index("Budi Santoso") < every.output.index("Siti Aminah")
    assert len(list((tmp_path / "semua").glob("*.pdf"))) == 2

    nobody = as_user(db_path, "ketua", "print", "reminders", "--min-days", "365",
                     "--to", str(tmp_path / "kosong"))
    assert nobody.exit_code == EXIT_OK and "Tidak ada pedagang" in nobody.output
    assert not (tmp_path / "kosong").exists()
    negative = as_user(db_path, "ketua", "print", "reminders", "--min-days", "-1")
    assert negative.exit_code == EXIT_USAGE
    refused = as_user(db_path, "staf", "print", "reminders", "--to", str(tmp_path / "staf"))
    assert refused.exit_code == EXIT_REFUSED and not (tmp_path / "staf").exists()


def test_print_a_traders_statement(db_path, sessions, tmp_path):
    chair = sessions["ketua"]
    m, _, payment = _books(chair)
    nik = traders.get_trader(chair, m["budi"]).nik
    db.close_database()
    out = tmp_path / "rk"
    whole = as_user(db_path, "bendahara", "print", "statement", nik, "--to", str(out))
    assert whole.exit_code == EXIT_OK, whole.output
    pdf = out / f"RK-T{m['budi']:05d}-2026-11-23.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    bad = as_user(db_path, "bendahara", "print", "statement", nik, "--from", "01/11/2026",
                  "--until", "01/10/2026", "--to", str(tmp_path / "bad"))
    assert bad.exit_code == EXIT_REFUSED and "sebelum tanggal awal" in bad.output
    assert not (tmp_path / "bad").exists()
