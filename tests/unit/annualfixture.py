"""A hand-made, realistic ``ReportData`` for the annual (and monthly) report
of a mid-sized market: Pasar Sekojo, 2026, provisional, figures that agree
with each other (the statements balance, the cash summary closes, the
monthly series sum to the totals). For the PDF tests and anyone else who
needs a report without a database.

``annual_report()`` / ``monthly_report()`` build it; ``without(data,
'parking', ...)`` empties modules; ``expected_figures(data)`` lists figures
(formatted as the PDF prints them) that must appear in the text."""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction

from sekretariat.services.reports.period import Period
from sekretariat.services.reports.report_types import (
    BulkPurchases,
    Cover,
    Indicator,
    Leasing,
    MonthValue,
    Parking,
    ReportData,
    Signature,
    Surveys,
    Warehouse,
)
from sekretariat.services.reports.statement_types import (
    CashSummary,
    FinancialStatements,
    IncomeStatement,
    Line,
    Note,
    NoteFigure,
    Notes,
    Position,
    Section,
)

YEAR = 2026
MARKET = "Pasar Sekojo"
SOURCES = (("Pendapatan Sewa Kios", "4-100", 41_250_000), ("Iuran Harian", "4-110", 9_480_000),
           ("Pendapatan Parkir", "4-200", 13_760_000), ("Pendapatan Denda", "4-300", 615_000),
           ("Pendapatan Lain-lain", "4-900", 1_150_000))
MONTHS = 11                      # January to November: the year is not over yet
BLOCKS = (("A · Sayur dan buah", 58, 64), ("B · Daging dan ikan", 41, 48),
          ("C · Sembako", 52, 56), ("D · Pakaian", 33, 44), ("E · Kuliner", 28, 36))
ATTENDANTS = (("Deni Saputra", 1_240_000), ("Rudi Hartono", 185_000), ("Agus Salim", 60_000))
STATEMENTS = (("Petugas parkir ramah dan sopan", Fraction(81, 100)),
              ("Tarif parkir sesuai karcis", Fraction(74, 100)),
              ("Kendaraan terasa aman", Fraction(69, 100)),
              ("Lahan parkir tertata dan bersih", Fraction(66, 100)),
              ("Karcis selalu diberikan", Fraction(71, 100)))
ROUNDS = tuple((f"PB/2026/{n:05d}", title, traders, charges, savings)
               for n, (title, traders, charges, savings) in enumerate((
                   ("Beras medium Januari", 38, 21_400_000, 2_140_000),
                   ("Minyak goreng Februari", 44, 15_960_000, 1_820_000),
                   ("Gula pasir Maret", 31, 9_870_000, 960_000),
                   ("Beras dan telur April", 52, 28_300_000, 3_050_000),
                   ("Tepung terigu Mei", 27, 6_480_000, 590_000),
                   ("Minyak goreng Juni", 46, 16_720_000, 1_910_000),
                   ("Beras medium Juli", 40, 22_800_000, 2_310_000),
                   ("Gula dan kopi Agustus", 35, 11_250_000, 1_180_000),
                   ("Beras premium September", 49, 30_870_000, 3_420_000)), start=1))


def _period(kind: str = "year") -> Period:
    if kind == "month":
        return Period(dt.date(YEAR, 11, 1), dt.date(YEAR, 11, 30), "month")
    return Period(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31), "year")


def _monthly(base: int, month: int) -> int:
    """A plausible month: a little growth and a dip in the fasting month."""
    factor = 100 + 2 * month - (9 if month == 3 else 0) + (6 if month == 4 else 0)
    return base * factor // 100 // 1000 * 1000


def income_by_month(months: int = MONTHS) -> tuple[MonthValue, ...]:
    return tuple(MonthValue(dt.date(YEAR, m, 1), tuple((name, _monthly(base, m))
                                                       for name, _, base in SOURCES))
                 for m in range(1, months + 1))


def _income_totals(months: tuple[MonthValue, ...]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for month in months:
        for name, amount in month.values:
            totals[name] = totals.get(name, 0) + amount
    return totals


def statements(period: Period, income: dict[str, int], stock: int, receivables: int,
               attendant_debts: int, provisional: bool = True) -> FinancialStatements:
    """The three statements and their notes, balanced by construction."""
    before = Period(period.start.replace(year=YEAR - 1), period.end.replace(year=YEAR - 1),
                    period.kind)
    scale = 12 if period.kind == "year" else 1
    codes = {name: code for name, code, _ in SOURCES}
    income_lines = tuple(Line(f"account:{codes[name]}", name, amount, amount * 88 // 100,
                              accounts=(codes[name],)) for name, amount in income.items())
    expenses = tuple(Line(f"account:{code}", label, amount * scale, amount * scale * 93 // 100,
                          accounts=(code,)) for code, label, amount in (
        ("5-100", "Beban Gaji dan Honor", 15_600_000), ("5-200", "Beban Listrik dan Air",
                                                        3_150_000),
        ("5-300", "Beban Kebersihan dan Sampah", 2_050_000),
        ("5-400", "Beban Pemeliharaan Gedung", 1_480_000),
        ("5-500", "Setoran Retribusi ke Pemilik Aset", 18_500_000),
        ("5-900", "Selisih Kas", 30_000)))
    inc = IncomeStatement(period, before, provisional, Section("income", "Pendapatan", income_lines),
                          Section("expenses", "Beban", expenses))
    surplus, prior = inc.surplus, 84_300_000
    liabilities = (Section("liabilities", "Liabilitas", (
        Line("account:2-200", "Utang usaha (pemasok)", 12_400_000, 9_850_000, 8),
        Line("account:2-100", "Uang Jaminan Pedagang", 96_500_000, 90_000_000, 9))),)
    equity_lines = (Line("account:3-100", "Ekuitas", 150_000_000, 150_000_000, 10),
                    Line("surplus_prior", "Akumulasi surplus periode sebelumnya", prior,
                         41_900_000, 10),
                    Line("surplus_period", "Surplus (defisit) periode berjalan", surplus,
                         inc.previous_surplus, 10))
    equity = (Section("equity", "Ekuitas", equity_lines),)
    other = receivables + attendant_debts + stock
    cash = sum(s.total for s in liabilities + equity) - other
    cash_before = sum(s.previous_total for s in liabilities + equity) - 31_200_000 - 36_900_000
    assets = (Section("current_assets", "Aset lancar", (
        Line("cash", "Kas dan setara kas", cash, cash_before, 4, ("1-100", "1-110")),
        Line("account:1-200", "Piutang Pedagang", receivables, 29_400_000, 5),
        Line("account:1-210", "Piutang Petugas Parkir", attendant_debts, 1_800_000, 5),
        Line("account:1-300", "Persediaan Sembako", stock, 36_900_000, 6))),)
    position = Position(period, period.end, before.end, provisional, assets, liabilities,
                        equity)
    assert position.total_assets == position.total_liabilities_and_equity
    receipts = (Line("leasing", "Pembayaran sewa dan denda", inc.income.total * 70 // 100, None),
                Line("daily_fees", "Iuran harian", inc.income.total * 12 // 100, None),
                Line("parking", "Setoran parkir", inc.income.total * 17 // 100, None),
                Line("deposit", "Uang jaminan diterima", 6_500_000, None))
    out_first = (Line("expenses", "Pembayaran beban", inc.expenses.total - 2_000_000, None),)
    balancing = cash_before + sum(x.amount for x in receipts) - out_first[0].amount - cash
    payments = out_first + (Line("warehouse", "Pembelian sembako tunai", balancing, None),)
    summary = CashSummary(period, provisional, cash_before, receipts, payments, 45_000_000, cash,
                          (Line("1-100", "Kas", cash * 3 // 10, None),
                           Line("1-110", "Bank", cash - cash * 3 // 10, None)))
    notes = Notes(period, provisional, True,
                  _notes(cash, cash_before, receivables, stock, provisional))
    return FinancialStatements(MARKET, position, inc, summary, notes)


def _notes(cash: int, cash_before: int, receivables: int, stock: int,
           provisional: bool) -> tuple[Note, ...]:
    end = dt.date(YEAR, 11, 23)
    return (
        Note(1, "compliance", "Pernyataan kepatuhan", (
            "Laporan keuangan Pasar Sekojo disusun sesuai dengan Standar Akuntansi Keuangan "
            "Entitas Mikro, Kecil, dan Menengah (SAK EMKM) yang diterbitkan oleh Ikatan "
            "Akuntan Indonesia.",
            "Pasar Sekojo dikelola oleh Koperasi Pedagang Pasar Sekojo atas nama pemilik aset, "
            "Dinas Perdagangan Kota Palembang.")),
        Note(2, "basis", "Dasar penyusunan", (
            "Laporan keuangan disusun dengan dasar akrual dan konsep biaya historis. Mata uang "
            "penyajian adalah Rupiah, dalam rupiah penuh tanpa desimal.",
            "Laporan ini SEMENTARA: hari sesudah 22 Nov 2026 belum ditutup, sehingga angkanya "
            "masih dapat berubah." if provisional else
            "Semua hari dalam periode ini telah ditutup (tutup kas sampai 31 Des 2026); "
            "angkanya tidak berubah lagi.")),
        Note(3, "policies", "Kebijakan akuntansi", (
            "Pendapatan sewa dan denda diakui pada saat ditagih (akrual).",
            "Persediaan sembako dinilai dengan metode biaya rata-rata bergerak.",
            "Uang jaminan pedagang dicatat sebagai liabilitas sampai dikembalikan.")),
        Note(4, "cash", "Kas dan setara kas", ("Kas di laci bendahara dan saldo bank.",),
             (NoteFigure("Kas", cash * 3 // 10, cash_before * 3 // 10),
              NoteFigure("Bank", cash - cash * 3 // 10, cash_before - cash_before * 3 // 10))),
        Note(5, "receivables", "Piutang", ("Tagihan sewa yang belum dibayar pedagang.",),
             (NoteFigure("Piutang Pedagang", receivables, 29_400_000),),
             "Umur piutang pedagang",
             (NoteFigure("Belum jatuh tempo", receivables // 4),
              NoteFigure("1-30 hari", receivables // 4),
              NoteFigure("31-90 hari", receivables // 4),
              NoteFigure("Lebih dari 90 hari", receivables - 3 * (receivables // 4))),
             (end,)),
        Note(6, "inventory", "Persediaan", ("Persediaan sembako di gudang pasar.",),
             (NoteFigure("Persediaan Sembako", stock, 36_900_000),)),
    )


def annual_report(*, provisional: bool = True) -> ReportData:
    period = _period()
    months = income_by_month()
    totals = _income_totals(months)
    expected = [_monthly(14_600_000, m) for m in range(1, MONTHS + 1)]
    handed = [e - (e * (3 + m % 4) // 100) // 1000 * 1000 for m, e in enumerate(expected, 1)]
    parking = Parking(True, tuple(MonthValue(dt.date(YEAR, m, 1), (("Seharusnya", e),
                                                                   ("Diterima", h)))
                                  for m, (e, h) in enumerate(zip(expected, handed), 1)),
                      sum(expected), sum(handed), ATTENDANTS, STATEMENTS,
                      sum((s for _, s in STATEMENTS), Fraction(0)) / len(STATEMENTS))
    ageing = (("1-30 hari", 21, 8_650_000), ("31-60 hari", 9, 5_400_000),
              ("61-90 hari", 4, 3_150_000), ("Lebih dari 90 hari", 3, 4_900_000))
    arrears = sum(a for _, _, a in ageing)
    occupancy = tuple((dt.date(YEAR, m, 28), 196 + m + (2 if m > 6 else 0), 248)
                      for m in range(1, MONTHS + 1))
    leasing = Leasing(True, months, occupancy, BLOCKS, ageing, arrears, 212, 23, 9)
    start, end, issued = 36_900_000, 41_730_000, 186_400_000
    warehouse = Warehouse(True, end, start, issued, Fraction(issued * 2, start + end), (
        ("Beras medium (karung 25 kg)", 412_500, "Rusak kena air hujan"),
        ("Telur ayam (kg)", 186_000, "Pecah saat bongkar muat"),
        ("Tepung terigu (kg)", 94_500, "Kedaluwarsa")), 693_000, -257_000,
                          ("Gula pasir (kg)", "Minyak goreng 1 liter"))
    bulk = BulkPurchases(True, ROUNDS, len(ROUNDS), 118, sum(r[3] for r in ROUNDS),
                         sum(r[4] for r in ROUNDS))
    surveys = Surveys(True, Fraction(729, 1000), parking.satisfaction_index, Fraction(1, 5),
                      Fraction(3, 20))
    fs = statements(period, totals, end, arrears, sum(a for _, a in ATTENDANTS), provisional)
    indicators = (
        Indicator("active_traders", "Pedagang aktif", "count", 212, 198),
        Indicator("traders_joined", "Pedagang baru", "count", 23, 17),
        Indicator("traders_left", "Pedagang berhenti", "count", 9, 12),
        Indicator("occupancy", "Tingkat hunian kios (akhir periode)", "share",
                  Fraction(212, 248), Fraction(201, 248)),
        *(Indicator(f"income:{code}", name, "rupiah", totals[name], totals[name] * 88 // 100)
          for name, code, _ in SOURCES),
        Indicator("arrears", "Tunggakan pada akhir periode", "rupiah", arrears, 29_400_000),
        Indicator("parking_handed", "Setoran parkir diterima", "rupiah", sum(handed),
                  sum(handed) * 9 // 10),
        Indicator("csi_buyers", "Indeks kepuasan pembeli", "share", Fraction(729, 1000),
                  Fraction(698, 1000)),
        Indicator("csi_parking", "Indeks kepuasan pengguna parkir", "share",
                  parking.satisfaction_index, None),
        Indicator("turnover_change", "Perubahan omzet pedagang (survei)", "change",
                  Fraction(1, 5), Fraction(2, 25)),
        Indicator("bulk_volume", "Nilai pembelian bersama", "rupiah", bulk.charges_total,
                  120_500_000),
        Indicator("bulk_savings", "Penghematan pembelian bersama", "rupiah", bulk.savings_total,
                  11_900_000),
        Indicator("remitted", "Setoran retribusi ke pemilik aset", "rupiah", 18_500_000 * 12,
                  17_000_000 * 12),
        Indicator("buyers_survey_count", "Responden survei pembeli", "count", None, 150),
    )
    cover = Cover(MARKET, "Jl. Sekojo No. 1, Kel. 20 Ilir D-II, Palembang",
                  "Koperasi Pedagang Pasar Sekojo", "Dinas Perdagangan Kota Palembang",
                  period, provisional, dt.datetime(YEAR, 11, 23, 9, 30), "Rosmala Dewi")
    signature = Signature("Hj. Rosmala Dewi", "Zainal Arifin", "Palembang, 23 November 2026",
                          "7F3A-91C2-04DE", 48_213, 15_872)
    return ReportData("annual", cover, indicators, leasing, parking, surveys, warehouse, bulk,
                      fs, signature)


def monthly_report() -> ReportData:
    """November 2026: income as one month, parking by day."""
    data = annual_report()
    period = _period("month")
    months = (income_by_month()[-1],)
    days = tuple(MonthValue(dt.date(YEAR, 11, day), (("Seharusnya", 480_000 + 7_000 * (day % 6)),
                                                    ("Diterima", 465_000 + 6_000 * (day % 6))))
                 for day in range(1, 24))
    expected = sum(v.values[0][1] for v in days)
    handed = sum(v.values[1][1] for v in days)
    fs = statements(period, _income_totals(months), data.warehouse.stock_value_end,
                    data.leasing.arrears_total, sum(a for _, a in ATTENDANTS))
    return dataclasses.replace(
        data, kind="monthly", cover=dataclasses.replace(data.cover, period=period),
        leasing=dataclasses.replace(data.leasing, income_by_month=months,
                                    occupancy_by_month=data.leasing.occupancy_by_month[-1:]),
        parking=dataclasses.replace(data.parking, income_by_month=days, expected=expected,
                                    handed_over=handed),
        bulk=dataclasses.replace(data.bulk, rounds=ROUNDS[-1:], rounds_posted=1,
                                 traders_served=ROUNDS[-1][2], charges_total=ROUNDS[-1][3],
                                 savings_total=ROUNDS[-1][4]),
        statements=fs)


def without(data: ReportData, *modules: str) -> ReportData:
    """``data`` with the named modules ('leasing', 'parking', 'surveys',
    'warehouse', 'bulk') empty: has_data False, nothing in them."""
    empty = {
        "leasing": Leasing(False, (), (), (), (), 0, 0, 0, 0),
        "parking": Parking(False, (), 0, 0, (), (), None),
        "surveys": Surveys(False, None, None, None, None),
        "warehouse": Warehouse(False, 0, 0, 0, None, (), 0, 0, ()),
        "bulk": BulkPurchases(False, (), 0, 0, 0, 0),
    }
    return dataclasses.replace(data, **{name: empty[name] for name in modules})


def expected_figures(data: ReportData) -> list[str]:
    """Figures, as the PDF writes them, that its text must carry."""
    from sekretariat.money import format_rupiah

    fs = data.statements
    found = [format_rupiah(fs.position.total_assets), format_rupiah(fs.income.surplus),
             format_rupiah(fs.cash.closing), data.signature.fingerprint]
    if data.leasing.has_data:
        found.append(format_rupiah(data.leasing.arrears_total))
    if data.parking.has_data:
        found.append(format_rupiah(data.parking.handed_over))
    if data.bulk.has_data:
        found.append(format_rupiah(data.bulk.savings_total))
    if data.warehouse.has_data:
        found.append(format_rupiah(data.warehouse.stock_value_end))
    return found
