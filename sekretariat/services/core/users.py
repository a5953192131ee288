"""Accounts, login, lockout. One account per person, so every change is theirs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import AuthError, Conflict, NotFound, ValidationError
from sekretariat.models import User
from sekretariat.services.core import audit, passwords
from sekretariat.services.core.permissions import ROLES, require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

MAX_FAILED_ATTEMPTS = 5
MIN_PASSWORD_LENGTH = 8
#: The longest password a form accepts (longer is refused, never cut).
MAX_PASSWORD_LENGTH = 256
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{2,31}")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    locked: bool
    failed_attempts: int
    language: str | None
    created_at: str
    last_login_at: str | None


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, user.role, bool(user.active),
                    bool(user.locked), user.failed_attempts, user.language, user.created_at,
                    user.last_login_at)


def _session(user: User) -> Session:
    return Session(user.id, user.username, user.full_name, user.role, user.language)


def _public(user: User) -> dict:
    return {"username": user.username, "full_name": user.full_name, "role": user.role,
            "active": bool(user.active), "locked": bool(user.locked), "language": user.language}


# --- validation ------------------------------------------------------------

def check_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not _USERNAME.fullmatch(name):
        raise ValidationError("user.username_invalid", field="username")
    return name


def check_password(password: str, *, username: str = "") -> str:
    if len(password or "") > MAX_PASSWORD_LENGTH:
        raise ValidationError("input.too_long", field="password", maximum=MAX_PASSWORD_LENGTH,
                              found=len(password))
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError("user.password_short", field="password",
                              minimum=MIN_PASSWORD_LENGTH)
    if username and password.lower() == username.lower():
        raise ValidationError("user.password_is_username", field="password")
    return password


def check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("user.role_invalid", field="role", role=role)
    return role


def check_full_name(full_name: str) -> str:
    name = " ".join((full_name or "").split())
    if not name:
        raise ValidationError("user.full_name_empty", field="full_name")
    if len(name) > 100:
        raise ValidationError("user.full_name_long", field="full_name")
    return name


# --- login -----------------------------------------------------------------

def login(username: str, password: str) -> Session:
    """Check a username and password. Five wrong passwords in a row lock the
    account until the chair unlocks it."""
    name = (username or "").strip().lower()
    user = User.get_or_none(User.username == name) if name else None
    if user is None:
        passwords.verify(None, password or "")
        with writing():
            audit.record(None, "auth.login_failed", "app_user", None, None,
                         {"username": name[:64], "reason": "unknown"}, username=name[:64] or "?")
        raise AuthError("auth.invalid")
    if not user.active:
        raise AuthError("auth.inactive")
    if user.locked:
        raise AuthError("auth.locked")
    if not passwords.verify(user.password_hash, password or ""):
        with writing():
            # One atomic increment inside BEGIN IMMEDIATE, then read back: attempts
            # arriving at once each count, whatever connection they come from.
            User.update(failed_attempts=User.failed_attempts + 1) \
                .where(User.id == user.id).execute()
            attempts = User.select(User.failed_attempts).where(User.id == user.id) \
                .scalar()
            locked = attempts >= MAX_FAILED_ATTEMPTS
            if locked:
                User.update(locked=True).where(User.id == user.id).execute()
            audit.record(None, "auth.login_failed", "app_user", user.id, None,
                         {"reason": "password", "attempts": attempts, "locked": locked},
                         username=user.username)
        if locked:
            raise AuthError("auth.now_locked", attempts=MAX_FAILED_ATTEMPTS)
        raise AuthError("auth.invalid_remaining", remaining=MAX_FAILED_ATTEMPTS - attempts)
    session = _session(user)
    with writing():
        changes = {"failed_attempts": 0, "last_login_at": clock.now_iso()}
        if passwords.needs_rehash(user.password_hash):
            changes["password_hash"] = passwords.hash_password(password)
        User.update(**changes).where(User.id == user.id).execute()
        audit.record(session, "auth.login", "app_user", user.id)
    return session


def logout(session: Session) -> None:
    with writing():
        audit.record(session, "auth.logout", "app_user", session.user_id)


# --- managing accounts -----------------------------------------------------

def any_users() -> bool:
    return User.select().exists()


def create_user(session: Session | None, username: str, full_name: str, role: str,
                password: str) -> UserInfo:
    """The chair adds an account. ``session`` may be None only for the very
    first account of a new database, which must be a chair (``ketua``)."""
    name = check_username(username)
    full = check_full_name(full_name)
    check_role(role)
    check_password(password, username=name)
    with writing():
        if session is None:
            if any_users():
                require(None, "users.manage")
            if role != "ketua":
                raise ValidationError("user.first_must_be_chair", field="role")
        else:
            require(session, "users.manage")
        if User.select().where(User.username == name).exists():
            raise Conflict("user.exists", field="username", username=name)
        user = User.create(username=name, full_name=full, role=role,
                           password_hash=passwords.hash_password(password),
                           created_at=clock.now_iso())
        actor = session or _session(user)
        audit.record(actor, "user.create", "app_user", user.id, None, _public(user))
    return _info(user)


def list_users(session: Session) -> list[UserInfo]:
    require(session, "users.manage")
    return [_info(u) for u in User.select().order_by(User.username)]


def get_user(session: Session, username: str) -> UserInfo:
    if session.username != (username or "").strip().lower():
        require(session, "users.manage")
    return _info(_get(username))


def role_of(username: str) -> str | None:
    """The role of an account, None when there is none (no login needed: the
    close asks it before checking an approver's password)."""
    name = (username or "").strip().lower()
    row = User.get_or_none(User.username == name) if name else None
    return row.role if row else None


def _get(username: str) -> User:
    user = User.get_or_none(User.username == (username or "").strip().lower())
    if user is None:
        raise NotFound("user.not_found", field="username", username=username)
    return user


def change_password(session: Session, username: str, new_password: str,
                    current_password: str | None = None) -> None:
    """Anyone changes their own password (giving the current one); the chair
    sets anyone's."""
    user = _get(username)
    own = user.id == session.user_id
    if own and session.role != "ketua":
        if not passwords.verify(user.password_hash, current_password or ""):
            raise AuthError("user.current_password_wrong", field="current_password")
    elif not own:
        require(session, "users.manage")
    check_password(new_password, username=user.username)
    with writing():
        User.update(password_hash=passwords.hash_password(new_password), failed_attempts=0) \
            .where(User.id == user.id).execute()
        audit.record(session, "user.password", "app_user", user.id, None,
                     {"username": user.username})


def unlock_user(session: Session, username: str) -> UserInfo:
    require(session, "users.manage")
    user = _get(username)
    if not user.locked:
        raise Conflict("user.not_locked", username=user.username)
    with writing():
        User.update(locked=False, failed_attempts=0).where(User.id == user.id).execute()
        audit.record(session, "user.unlock", "app_user", user.id, {"locked": True},
                     {"locked": False})
    return _info(_get(username))


def update_user(session: Session, username: str, *, full_name: str | None = None,
                role: str | None = None, active: bool | None = None) -> UserInfo:
    require(session, "users.manage")
    user = _get(username)
    before = _public(user)
    changes: dict = {}
    if full_name is not None:
        changes["full_name"] = check_full_name(full_name)
    if role is not None:
        changes["role"] = check_role(role)
    if active is not None:
        changes["active"] = bool(active)
    if user.id == session.user_id and (changes.get("role", "ketua") != "ketua"
                                       or changes.get("active") is False):
        raise Conflict("user.cannot_demote_self")
    if not changes:
        return _info(user)
    with writing():
        User.update(**changes).where(User.id == user.id).execute()
        after = _public(User.get_by_id(user.id))
        audit.record(session, "user.update", "app_user", user.id, before, after)
    return _info(_get(username))


def set_language(session: Session, language: str | None) -> Session:
    if language not in (None, "id", "en"):
        raise ValidationError("user.language_invalid", field="language")
    with writing():
        User.update(language=language).where(User.id == session.user_id).execute()
        audit.record(session, "user.language", "app_user", session.user_id, None,
                     {"language": language})
    return Session(session.user_id, session.username, session.full_name, session.role, language)
