"""Screens of the cash area: the end-of-day close and its history."""
