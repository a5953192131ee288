"""Sekretariat: a keyboard-first back-office for the secretariat of a traditional market."""

__version__ = "0.1.0"
