"""Pengaduan: the list of complaints with its filters, taking one at the
desk (with its receipt), a complaint's page with its history and the
moves its area's coordinator (or the chair) makes, and the home screen's
overdue notice. Everything is decided by services/complaints."""
