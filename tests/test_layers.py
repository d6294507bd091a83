"""The layers of the house hold, checked by import-linter (the contracts in pyproject.toml):
model <- analysis <- export <- collab <- ui <- cli, no Qt outside app.ui, rules that do not
import the analysis running them. An import inside a function counts like any other."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
        "sys.exit(lint_imports_command())"]


def lint(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*LINT, *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_the_contracts_are_kept():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout
    for contract in ("One way", "No Qt outside app.ui", "Findings rules"):
        assert contract in result.stdout


def test_an_upward_import_hidden_in_a_function_is_caught(tmp_path):
    """The same kind of contract over a two-module package whose lower layer imports the upper
    one inside a function: lint-imports reports it (a sys.modules check would not)."""
    pkg = tmp_path / "house"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "model.py").write_text(textwrap.dedent('''
        def later():
            from house import ui  # hidden from a check after import
            return ui
    '''))
    (pkg / "ui.py").write_text("from house import model\n")
    (tmp_path / "setup.cfg").write_text(textwrap.dedent('''
        [importlinter]
        root_package = house

        [importlinter:contract:layers]
        name = One way
        type = layers
        layers =
            house.ui
            house.model
    '''))
    result = subprocess.run([*LINT, "--config", "setup.cfg"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=300,
                            env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0, result.stdout
    assert "house.model -> house.ui" in result.stdout and "BROKEN" in result.stdout


def test_no_module_imports_itself_round_about():
    """No import cycles between modules either (a cycle is broken by moving the shared thing
    down, e.g. app/errors.py, app/analysis/finding.py, app/export/errors.py)."""
    import grimp
    import networkx as nx

    graph = grimp.build_graph("app")
    edges = nx.DiGraph((m, i) for m in graph.modules
                       for i in graph.find_modules_directly_imported_by(m))
    cycles = [sorted(c) for c in nx.strongly_connected_components(edges) if len(c) > 1]
    assert cycles == []
