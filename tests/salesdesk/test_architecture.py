"""The core stays free of Qt (STYLE 1): proven on the import graph, not by convention."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

QT_PACKAGES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def imported_top_level_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_core_module_imports_qt_or_ui() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(found)
        for path in (ROOT / "salesdesk").rglob("*.py")
        if (found := imported_top_level_names(path) & (QT_PACKAGES | {"ui"}))
    }
    assert offenders == {}


def test_running_the_command_line_loads_no_qt() -> None:
    code = (
        "import sys, salesdesk.cli.main as cli; cli.build_parser();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
