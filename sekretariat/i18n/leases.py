"""Messages of stalls, traders and leases. Each key maps to (Bahasa Indonesia, English)."""

MESSAGES: dict[str, tuple[str, str]] = {}
