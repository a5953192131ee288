"""Printed papers of the complaints area (the complainant's receipt)."""
