"""Message catalogs of the cash area (cash book, vouchers, the close)."""
