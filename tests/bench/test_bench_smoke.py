"""The benchmarks still fit the code they time: every bench module imports, and so does every
import inside its functions (most of them import the GUI only when they run). Nothing here runs
a benchmark: that is `make bench`."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from tests.paths import ROOT

BENCH_MODULES = sorted(path.stem for path in (ROOT / "bench").glob("*.py"))


def _imports(path: Path) -> list[tuple[str, str | None]]:
    """Every (module, name) a file imports, wherever the import stands; name None for
    ``import module``."""
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found += [(node.module, alias.name) for alias in node.names]
    return found


def test_every_bench_module_is_found() -> None:
    assert {"harness", "b1_startup", "b13_pipeline"} <= set(BENCH_MODULES)


@pytest.mark.parametrize("name", BENCH_MODULES)
def test_a_bench_module_and_all_it_imports_load(name: str) -> None:
    importlib.import_module(f"bench.{name}")
    missing = []
    for module, imported in _imports(ROOT / "bench" / f"{name}.py"):
        if module == "__future__":
            continue
        loaded = importlib.import_module(module)
        if imported is not None and not hasattr(loaded, imported):
            try:  # a submodule not loaded yet
                importlib.import_module(f"{module}.{imported}")
            except ModuleNotFoundError:
                missing.append(f"{module}.{imported}")
    assert missing == []
