"""Parking screens: roster, shift reports, ticket books, attendants, trends, leak signals."""
