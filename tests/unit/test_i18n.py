import re
import string

import pytest

from sekretariat.i18n import catalog, set_language, t
from sekretariat.services.core.permissions import PERMISSIONS, ROLES


def _fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_both_languages_with_the_same_placeholders():
    for key, (indonesian, english) in catalog().items():
        assert indonesian.strip() and english.strip(), key
        assert _fields(indonesian) == _fields(english), key


def test_roles_and_permissions_are_named():
    keys = catalog()
    for role in ROLES:
        assert f"role.{role}" in keys
    for action in PERMISSIONS:
        assert f"action.{action}" in keys


def test_switching_language():
    set_language("en")
    assert t("role.bendahara") == "Treasurer"
    set_language("id")
    assert t("role.bendahara") == "Bendahara"
    with pytest.raises(ValueError):
        set_language("fr")


def test_every_key_used_in_code_exists():
    """A message key written in an error or t() call must be in the catalog."""
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[2] / "sekretariat"
    pattern = re.compile(
        r"(?:Error|Denied|Closed|NotFound|Conflict|\bt)\(\s*f?\"([a-z_]+\.[a-z_.]+)\"")
    keys = catalog()
    missing = set()
    for path in root.rglob("*.py"):
        for key in pattern.findall(path.read_text("utf-8")):
            if "{" not in key and key not in keys:
                missing.add(f"{path.name}: {key}")
    assert not missing, sorted(missing)
