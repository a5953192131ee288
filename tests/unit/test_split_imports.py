"""Issue 8, section 4: the demo package does not import its own modules
(they import it back), and the deposit held is asked without a circle."""

import subprocess
import sys


def _loaded(code: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint(' '.join("
                             "sorted(m for m in sys.modules if m.startswith('sekretariat.'))))"],
                            capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_importing_the_demo_package_runs_none_of_its_modules():
    assert not [m for m in _loaded("import sekretariat.demo") if m.startswith("sekretariat.demo.")]


def test_a_demo_module_loads_only_what_it_needs():
    loaded = _loaded("import sekretariat.demo.market_plan")
    assert "sekretariat.demo.build" not in loaded and "sekretariat.demo.steps" not in loaded


def test_payments_and_deposits_do_not_import_each_other():
    from test_import_hygiene import import_graph

    graph = import_graph()
    assert "services.leasing.deposits" not in graph["services.leasing.payments"]
    assert "services.leasing.deposit_held" in graph["services.leasing.payments"]
