import pytest

from sekretariat import db
from sekretariat.errors import AuthError, Conflict, PermissionDenied, ValidationError
from sekretariat.services.core import passwords, users
from sekretariat.services.core.permissions import SECTIONS, sections_for

PASSWORD = "rahasia-123"


def test_login_and_sections_per_role(sessions):
    assert sections_for(sessions["ketua"]) == [name for name, _ in SECTIONS]
    assert "users" not in sections_for(sessions["bendahara"])
    assert "journal" in sections_for(sessions["bendahara"])
    assert sections_for(sessions["parkir"]) == ["days", "market", "stalls", "traders",
                                                "arrears", "surveys", "parking", "complaints"]
    assert sections_for(sessions["gudang"]) == ["days", "market", "stalls", "traders",
                                                "arrears", "surveys", "warehouse",
                                                "complaints"]
    assert "audit" in sections_for(sessions["pembaca"])


def test_passwords_are_argon2_hashes(chair):
    stored = db.current_database().execute_sql(
        "SELECT password_hash FROM app_user WHERE username = 'ketua'").fetchone()[0]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert passwords.verify(stored, PASSWORD)


def test_wrong_password_counts_down_then_locks(chair):
    users.create_user(chair, "budi", "Budi Santoso", "bendahara", PASSWORD)
    for remaining in (4, 3, 2, 1):
        with pytest.raises(AuthError) as info:
            users.login("budi", "salah-sandi")
        assert info.value.key == "auth.invalid_remaining"
        assert info.value.params["remaining"] == remaining
    with pytest.raises(AuthError) as info:
        users.login("budi", "salah-sandi")
    assert info.value.key == "auth.now_locked"
    with pytest.raises(AuthError) as info:
        users.login("budi", PASSWORD)
    assert info.value.key == "auth.locked"
    users.create_user(chair, "sari", "Sari", "sekretaris", PASSWORD)
    with pytest.raises(PermissionDenied):
        users.unlock_user(users.login("sari", PASSWORD), "budi")
    users.unlock_user(chair, "budi")
    assert users.login("budi", PASSWORD).role == "bendahara"


def test_unknown_user_gets_the_same_message_and_is_audited(db_path):
    with pytest.raises(AuthError) as info:
        users.login("tidakada", "apa-saja-123")
    assert info.value.key == "auth.invalid"
    row = db.current_database().execute_sql(
        "SELECT action, username FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert row == ("auth.login_failed", "tidakada")


@pytest.mark.parametrize("username, full_name, role, password, key", [
    ("A", "Nama", "staf", PASSWORD, "user.username_invalid"),
    ("ok_name", "", "staf", PASSWORD, "user.full_name_empty"),
    ("ok_name", "Nama", "raja", PASSWORD, "user.role_invalid"),
    ("ok_name", "Nama", "staf", "pendek", "user.password_short"),
    ("ok_name1", "Nama", "staf", "ok_name1", "user.password_is_username"),
    ("ketua", "Nama", "staf", PASSWORD, "user.exists"),
])
def test_bad_user_input(chair, username, full_name, role, password, key):
    count = len(users.list_users(chair))
    with pytest.raises((ValidationError, Conflict)) as info:
        users.create_user(chair, username, full_name, role, password)
    assert info.value.key == key
    assert len(users.list_users(chair)) == count


def test_only_chair_manages_accounts(sessions):
    for role in ("bendahara", "sekretaris", "parkir", "pembaca"):
        with pytest.raises(PermissionDenied):
            users.create_user(sessions[role], "baru", "Baru", "staf", PASSWORD)
        with pytest.raises(PermissionDenied):
            users.list_users(sessions[role])


def test_change_own_password_needs_the_current_one(sessions):
    staf = sessions["staf"]
    with pytest.raises(AuthError):
        users.change_password(staf, "staf", "sandi-baru-99", "keliru")
    users.change_password(staf, "staf", "sandi-baru-99", PASSWORD)
    assert users.login("staf", "sandi-baru-99").username == "staf"
    with pytest.raises(PermissionDenied):
        users.change_password(staf, "parkir", "sandi-baru-99")
    users.change_password(sessions["ketua"], "parkir", "diatur-ketua-1")
    assert users.login("parkir", "diatur-ketua-1").role == "parkir"


def test_deactivated_cannot_log_in_and_chair_cannot_demote_self(sessions):
    chair = sessions["ketua"]
    users.update_user(chair, "gudang", active=False)
    with pytest.raises(AuthError) as info:
        users.login("gudang", PASSWORD)
    assert info.value.key == "auth.inactive"
    with pytest.raises(Conflict):
        users.update_user(chair, "ketua", role="staf")
    assert users.update_user(chair, "staf", role="sekretaris").role == "sekretaris"


def test_first_account_only_once(db_path):
    with pytest.raises(PermissionDenied):
        users.create_user(None, "penyusup", "Penyusup", "ketua", PASSWORD)
