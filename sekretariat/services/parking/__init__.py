"""The parking area: zones, vehicle types, tariffs by date, shifts,
attendants and the roster (issue 10)."""
