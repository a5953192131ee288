"""Complaints (pengaduan) and facilities: receiving a complaint, working it
to resolved or rejected within the response standard of its category, and
the pattern of complaints (services/complaints/complaints*.py, stats.py);
the facilities register and inspection rounds (facilities*.py)."""
