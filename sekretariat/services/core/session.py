"""Who is logged in. Every service that changes something takes a Session."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Session:
    user_id: int
    username: str
    full_name: str
    role: str
    language: str | None = None
