"""Message catalogs of the warehouse area (items, stock, counts, bulk rounds)."""
