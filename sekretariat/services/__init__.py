"""Services: plain values in, frozen dataclasses out. They own transactions,
permission checks, the closed-day guard and the audit log. No Textual here."""
