"""Message catalogs of the parking area (zones, tariffs, attendants, roster)."""
