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


# --- module size and import circles (issue 8, section 4) -------------------

MAX_LINES = 400
#: Modules still over the limit, with the ceiling each may not pass: a ratchet
#: that only shrinks. Message catalogs under i18n/ may be longer.
OVERSIZED = {
}
#: Circles still to break (each a set of modules); a new one fails the test.
KNOWN_CIRCLES: list[set[str]] = [
]


def _module_name(path: pathlib.Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__") if name != "__init__" else ""


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports anywhere (inside functions
    too), leaving out ``if TYPE_CHECKING:`` blocks, which never run."""
    modules = {_module_name(p): p for p in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                node.body = []
        deps: set[str] = set()
        for node in ast.walk(tree):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                targets = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
            for target in targets:
                if target.startswith("sekretariat."):
                    short = target.removeprefix("sekretariat.")
                    if short in modules:
                        deps.add(short)
        graph[name] = {d for d in deps if d != name}
        # "from pkg import module" also names pkg; keep only the module then
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("sekretariat."):
                pkg = node.module.removeprefix("sekretariat.")
                if all(f"{pkg}.{a.name}" in modules for a in node.names):
                    graph[name].discard(pkg)
    return graph


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for dep in graph.get(node, ()):
            if dep not in index:
                visit(dep)
                low[node] = min(low[node], low[dep])
            elif dep in stack:
                low[node] = min(low[node], index[dep])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_new_import_circle():
    new = [c for c in circles(import_graph()) if not any(c <= known for known in KNOWN_CIRCLES)]
    assert not new, new


def test_the_circle_finder_finds_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_no_module_over_the_limit():
    too_long = {}
    for path in ROOT.rglob("*.py"):
        rel = str(path.relative_to(ROOT))
        if rel.startswith("i18n/"):
            continue
        lines = len(path.read_text("utf-8").splitlines())
        if lines > OVERSIZED.get(rel, MAX_LINES):
            too_long[rel] = lines
    assert not too_long, too_long
