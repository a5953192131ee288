"""Password hashing with argon2id (argon2-cffi)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
#: Verified against when the username is unknown, so a wrong name takes as
#: long as a wrong password.
_DUMMY = None


def use_hasher(hasher: PasswordHasher) -> None:
    """Swap the hasher (tests and demo generation use a cheaper one)."""
    global _hasher, _DUMMY
    _hasher, _DUMMY = hasher, None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify(stored_hash: str | None, password: str) -> bool:
    global _DUMMY
    if stored_hash is None:
        if _DUMMY is None:
            _DUMMY = _hasher.hash("dummy-password")
        stored_hash = _DUMMY
        try:
            _hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            pass
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True
