"""What leaves the office (issue 12): the ledgers workbook, the SAK EMKM
financial statements, the annual and monthly reports and their verification."""
