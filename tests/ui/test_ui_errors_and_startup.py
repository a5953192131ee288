"""No traceback reaches the user; start-up stays light."""

from __future__ import annotations

import subprocess
import sys

from uihelp import SIZE, login, settle

from sekretariat.services.core import journal
from sekretariat.views.core.journal import JournalScreen


async def test_an_unexpected_failure_is_logged_and_explained(app_for, chair, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(journal, "trial_balance", broken)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await pilot.press("1", "enter")  # 1 (10 and 11 start with 1 too)
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)  # still running
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Terjadi kesalahan tak terduga; rinciannya dicatat di")
                   for m in messages)
        assert not any("disk on fire" in m or "Traceback" in m for m in messages)
        log_file = app.log_path
    assert log_file is not None and "disk on fire" in log_file.read_text("utf-8")


def test_start_up_does_not_load_heavy_libraries(db_path):
    code = ("import sys, asyncio\n"
            "from sekretariat.app import make_app\n"
            f"app = make_app({str(db_path)!r})\n"
            "async def main():\n"
            "    async with app.run_test(headless=True) as pilot:\n"
            "        await pilot.pause()\n"
            "        assert type(app.screen).__name__ == 'LoginScreen'\n"
            "asyncio.run(main())\n"
            "bad = [m for m in ('openpyxl', 'reportlab', 'peewee_migrate') if m in sys.modules]\n"
            "print(','.join(bad)); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_views_only_talk_to_services():
    """The guide's dependency rule, from the views' side: no database module
    is loaded by importing every screen and dialog."""
    code = ("import sys, pkgutil, importlib, sekretariat.views as v\n"
            "for m in pkgutil.walk_packages(v.__path__, 'sekretariat.views.'):\n"
            "    importlib.import_module(m.name)\n"
            "import ast, pathlib\n"
            "bad = []\n"
            "for path in pathlib.Path(v.__path__[0]).rglob('*.py'):\n"
            "    for node in ast.walk(ast.parse(path.read_text('utf-8'))):\n"
            "        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \\\n"
            "            [node.module or ''] if isinstance(node, ast.ImportFrom) else []\n"
            "        bad += [f'{path.name}: {n}' for n in names if n.split('.')[0] in\n"
            "                ('peewee', 'sqlite3') or n.startswith(('sekretariat.models',\n"
            "                                                         'sekretariat.db'))]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_binding_has_a_description_an_id_and_a_safe_key():
    import importlib
    import inspect
    import pkgutil

    from textual.binding import Binding
    from textual.dom import DOMNode

    import sekretariat.views as views
    from sekretariat.i18n import has

    checked = 0
    for info in pkgutil.walk_packages(views.__path__, "sekretariat.views."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, DOMNode):
                continue
            for binding in cls.__dict__.get("BINDINGS", []):
                assert isinstance(binding, Binding), (cls, binding)
                assert binding.id, (cls, binding)
                assert has(binding.description), (cls, binding)  # a catalog text
                assert not {"ctrl+m", "ctrl+i", "ctrl+h"} & set(binding.key.split(",")), binding
                checked += 1
    assert checked > 30
