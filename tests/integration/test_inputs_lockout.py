"""Wrong passwords sent at once for one account each count, and lock it."""

from __future__ import annotations

import threading

import pytest

from sekretariat.errors import AuthError
from sekretariat.models import User
from sekretariat.services.core import passwords, users

ATTEMPTS = 10


def test_parallel_wrong_passwords_all_count_and_lock(db_path, chair, monkeypatch):
    real_verify = passwords.verify
    barrier = threading.Barrier(ATTEMPTS, timeout=30)

    def verify_together(hashed, password):
        result = real_verify(hashed, password)
        barrier.wait()  # every attempt has read the account before any writes
        return result

    monkeypatch.setattr(passwords, "verify", verify_together)
    errors: list[str] = []

    def attempt():
        try:
            users.login("ketua", "salah-sekali")
        except AuthError as exc:
            errors.append(exc.key)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(repr(exc))

    threads = [threading.Thread(target=attempt) for _ in range(ATTEMPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(errors) == ATTEMPTS
    assert all(key.startswith("auth.") for key in errors), errors
    user = User.get(User.username == "ketua")
    assert user.failed_attempts == ATTEMPTS
    assert user.locked
    monkeypatch.setattr(passwords, "verify", real_verify)
    with pytest.raises(AuthError) as caught:
        users.login("ketua", "rahasia-123")
    assert caught.value.key == "auth.locked"
