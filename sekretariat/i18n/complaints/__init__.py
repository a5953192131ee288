"""Message catalogs of the complaints area (complaints and facilities)."""
