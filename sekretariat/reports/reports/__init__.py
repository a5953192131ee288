"""The reports area's documents: the ledgers workbook (``workbook``: a
streaming openpyxl writer that lays out any sheet the services describe)."""
