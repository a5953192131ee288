"""Laporan: the reports screen (ledgers workbook, annual and monthly PDF
reports, financial statements on screen) and its palette commands."""
