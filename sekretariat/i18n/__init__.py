"""The message catalog: every user-facing text, in Bahasa Indonesia (default)
and English.

Texts live in one subpackage per area (``core``, ``leasing``, ...), small modules, each a
dict ``MESSAGES = {key: (indonesian, english)}``. ``t(key, **params)`` looks a
key up in the current language and fills ``{placeholders}``.
The language is ``SEKRETARIAT_LANG`` (``id`` or ``en``) unless set in code.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

LANGUAGES = ("id", "en")
AREAS = ("core.messages", "core.cli", "core.tui", "core.demo",
         "leasing.messages", "leasing.tui", "leasing.registry", "leasing.documents",
         "leasing.arrears", "leasing.check", "leasing.expiry",
         "cash.messages", "cash.tui", "cash.tui_close", "cash.cli", "cash.documents",
         "surveys.messages", "surveys.tui", "surveys.cli", "parking.messages", "parking.reports",
         "parking.tui", "parking.tui_setup", "parking.analysis", "parking.cli",
         "parking.tui_charts", "warehouse.allocation", "warehouse.messages",
         "warehouse.counts", "warehouse.tui", "warehouse.documents", "warehouse.payables",
         "warehouse.rounds", "warehouse.round_tui", "warehouse.round_returns", "warehouse.papers",
         "reports.period", "reports.statements", "reports.ledgers", "reports.tui", "reports.annual",
         "reports.annual_pdf", "reports.annual_complaints", "complaints.facilities",
         "complaints.messages", "complaints.cli", "complaints.documents",
         "complaints.tui", "complaints.tui_pattern", "complaints.marks")

_catalog: dict[str, tuple[str, str]] | None = None
_language: str | None = None


def _load() -> dict[str, tuple[str, str]]:
    global _catalog
    if _catalog is None:
        merged: dict[str, tuple[str, str]] = {}
        for area in AREAS:
            module = importlib.import_module(f"sekretariat.i18n.{area}")
            for key, texts in module.MESSAGES.items():
                if key in merged:
                    raise RuntimeError(f"message key defined twice: {key}")
                merged[key] = texts
        _catalog = merged
    return _catalog


def catalog() -> dict[str, tuple[str, str]]:
    return dict(_load())


def get_language() -> str:
    global _language
    if _language is None:
        env = os.environ.get("SEKRETARIAT_LANG", "id").strip().lower()[:2]
        _language = env if env in LANGUAGES else "id"
    return _language


def set_language(lang: str | None) -> None:
    """Switch language; ``None`` goes back to the environment's choice."""
    global _language
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(lang)
    _language = lang


def t(key: str, **params: Any) -> str:
    return t_in(get_language(), key, **params)


def t_in(language: str, key: str, **params: Any) -> str:
    """The text of ``key`` in a given language, whatever the current one is
    (records kept in Indonesian, such as the demo's books)."""
    texts = _load().get(key)
    if texts is None:
        return key
    text = texts[LANGUAGES.index(language)]
    return text.format(**params) if params else text


def has(key: str) -> bool:
    return key in _load()
