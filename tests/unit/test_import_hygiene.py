"""The dependency rule (guide section 3): views -> services -> models/reports.
services, models and reports never import textual; views never import peewee
or the models. Checked in a fresh interpreter so nothing else is loaded."""

import ast
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2] / "sekretariat"


def _imports(folder: str) -> dict[str, set[str]]:
    found = {}
    for path in (ROOT / folder).rglob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def _offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return [f"{path}: {name}" for path, names in _imports(folder).items() for name in names
            if any(name == f or name.startswith(f + ".") for f in forbidden)]


def test_core_layers_never_import_textual():
    for folder in ("services", "models", "reports", "migrations", "i18n"):
        assert not _offenders(folder, ("textual", "sekretariat.views", "sekretariat.app")), folder


def test_views_never_touch_the_database():
    assert not _offenders("views", ("peewee", "sqlite3", "sekretariat.models", "sekretariat.db"))


def test_services_do_not_pull_in_textual_at_runtime():
    code = ("import sys, sekretariat.services.core.journal, sekretariat.services.core.users, "
            "sekretariat.services.core.check, sekretariat.services.core.days, sekretariat.services.core.market, "
            "sekretariat.services.core.backup, sekretariat.services.core.audit\n"
            "bad = [m for m in ('textual', 'openpyxl', 'reportlab') if m in sys.modules]\n"
            "print(','.join(bad)); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
