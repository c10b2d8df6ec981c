"""The shape of the code, proven on its import graph rather than kept by convention (STYLE 1, 15).

- The core (``salesdesk/``) imports no Qt and nothing of ``ui/``; the command line loads no Qt.
- ``ui/`` holds no SQL and makes no cache decisions: it imports no database library and none of
  the core's cache modules, opens no connection or transaction, and writes no SQL. It calls
  the core's services, which do all of that.
- Shared packages (the store, the metrics, formatting, … ; the GUI's widgets, dialogs, tasks,
  …) import no feature. A feature's GUI uses its own core package and the shared ones.
- A feature's internals — modules and names starting with ``_`` — are its own: no other
  package imports them. Everything else in a feature package is its public surface.
- No import circles: none among the modules at import time, none among the packages at all
  (imports inside functions included).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tests.paths import ROOT

QT_PACKAGES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
DATABASE_LIBRARIES = {"sqlalchemy", "sqlmodel", "sqlite3", "alembic"}
# Where the core keeps its caches current; the GUI asks the services instead.
CACHE_MODULES = {
    "salesdesk.metrics.aggregates",
    "salesdesk.customers.summary",
    "salesdesk.customers.summary_keeping",
}
# Opening connections and transactions, running statements: the services' business.
DATABASE_CALLS = {
    "read",
    "write",
    "transact",
    "session",
    "engine",
    "execute",
    "executemany",
    "exec_driver_sql",
    "raw_connection",
}
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b")

SHARED_CORE = {
    "salesdesk",  # the package itself: __version__
    "salesdesk.store",
    "salesdesk.metrics",
    "salesdesk.periods",
    "salesdesk.formatting",
    "salesdesk.money",
    "salesdesk.i18n",
    "salesdesk.errors",
    "salesdesk.files",
    "salesdesk.settings",
    "salesdesk.charting",
    "salesdesk.progress",
    "salesdesk.contacts",  # the e-mail rule of every form
    "salesdesk.locale_ru",
}
SHARED_UI = {
    "ui",
    "ui.widgets",
    "ui.dialogs",
    "ui.tasks",
    "ui.undo",
    "ui.section",
    "ui.settings",
    "ui.icons",
    "ui.theme",
    "ui.paths",
}
# Where the application is put together: they may use any feature's public surface.
COMPOSITION = {"salesdesk.cli", "ui.app", "ui.main_window", "ui.navigation", "ui.selftest"}
# A GUI package's core packages, where they are not the one of the same name.
CORE_OF_UI = {
    "ui.database": {"salesdesk.demo"},  # File > New demo database
}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (a module of the tree, or a third-party name)
    names: tuple[str, ...]  # what ``from target import ...`` took
    at_import_time: bool  # at module level, outside ``if TYPE_CHECKING``
    type_only: bool  # inside ``if TYPE_CHECKING``


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    found = {}
    for top in ("salesdesk", "ui"):
        for path in (ROOT / top).rglob("*.py"):
            if "migrations" not in path.parts:
                found[module_name(path)] = path
    return found


def package_of(module: str) -> str:
    """``salesdesk.team`` for ``salesdesk.team.edits``; top-level modules are packages too."""
    return ".".join(module.split(".")[:2])


def _resolve(source: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    base = package.split(".")[: len(package.split(".")) - node.level + 1]
    return ".".join([*base, *([node.module] if node.module else [])])


def _imports_in(source: str, path: Path) -> Iterator[Import]:
    def walk(node: ast.AST, top: bool, type_only: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            at_top = top and not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            typed = type_only or (
                isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test)
            )
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(source, alias.name, (), at_top and not typed, typed)
            elif isinstance(child, ast.ImportFrom):
                names = tuple(alias.name for alias in child.names)
                target = _resolve(source, path, child)
                yield Import(source, target, names, at_top and not typed, typed)
            yield from walk(child, at_top, typed)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")), True, False)


@cache
def imports() -> list[Import]:
    return [found for name, path in modules().items() for found in _imports_in(name, path)]


def _module_of(name: str) -> str:
    """The module of the tree that ``name`` is or lies in ("" for a name outside it)."""
    while name and name not in modules():
        name = name.rpartition(".")[0]
    return name


def imported_modules(found: Import) -> set[str]:
    """The modules of the tree an import loads: ``from a import b`` loads a and a.b."""
    candidates = {found.target, *(f"{found.target}.{name}" for name in found.names)}
    return {module for name in candidates if (module := _module_of(name))}


def in_tree(prefix: str) -> list[Import]:
    return [i for i in imports() if i.source == prefix or i.source.startswith(prefix + ".")]


# --- the core and Qt ------------------------------------------------------------------------


def test_no_core_module_imports_qt_or_ui() -> None:
    offenders = sorted(
        f"{i.source} imports {i.target}"
        for i in in_tree("salesdesk")
        if i.target.split(".")[0] in QT_PACKAGES | {"ui"}
    )
    assert offenders == []


def test_running_the_command_line_loads_no_qt() -> None:
    code = (
        "import sys, salesdesk.cli.main as cli; cli.build_parser();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# --- no SQL and no cache decisions in ui/ -------------------------------------------------------


def test_the_gui_imports_no_database_library_and_no_cache_module() -> None:
    offenders = sorted(
        f"{i.source} imports {i.target}"
        for i in in_tree("ui")
        if i.target.split(".")[0] in DATABASE_LIBRARIES or imported_modules(i) & CACHE_MODULES
    )
    assert offenders == []


def _database_calls(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in DATABASE_CALLS:
            yield f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}"


def test_the_gui_opens_no_connection_and_no_transaction() -> None:
    found = [call for name, path in modules().items() if name.startswith("ui") for call in
             _database_calls(path)]  # fmt: skip
    assert found == []


def test_the_gui_writes_no_sql() -> None:
    found = []
    for name, path in modules().items():
        if not name.startswith("ui"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and SQL.search(text):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


# --- features and what they share --------------------------------------------------------------


def _features(tree: str, shared: set[str]) -> set[str]:
    packages = {package_of(name) for name in modules() if name.startswith(tree)}
    return packages - shared - COMPOSITION


def test_shared_packages_import_no_feature() -> None:
    features = _features("salesdesk", SHARED_CORE) | _features("ui", SHARED_UI)
    found = {
        (package_of(i.source), package_of(module))
        for i in imports()
        if package_of(i.source) in SHARED_CORE | SHARED_UI
        for module in imported_modules(i)
        if package_of(module) in features
    }
    assert found == set()


def test_a_features_gui_uses_its_own_core_and_the_shared_packages() -> None:
    offenders = []
    for gui in _features("ui", SHARED_UI):
        own = {f"salesdesk.{gui.split('.')[1]}", *CORE_OF_UI.get(gui, set())}
        for i in in_tree(gui):
            for module in imported_modules(i):
                core = package_of(module)
                if module.startswith("salesdesk") and core not in own | SHARED_CORE:
                    offenders.append(f"{i.source} imports {module}")
    assert sorted(offenders) == []


def _private(name: str) -> bool:
    """``_name`` is private; ``__version__`` and ``__init__`` are not."""
    return any(part.startswith("_") and not part.endswith("__") for part in name.split("."))


def test_no_package_reaches_into_another_ones_internals() -> None:
    offenders = []
    for i in imports():
        for module in imported_modules(i):
            if package_of(module) == package_of(i.source):
                continue
            names = [n for n in i.names if _private(n) and f"{i.target}.{n}" != module]
            if _private(module) or (module == i.target and names):
                offenders.append(f"{i.source} imports {module} {names or ''}".rstrip())
    assert sorted(offenders) == []


# --- no circles ---------------------------------------------------------------------------------


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_itself_round_a_circle() -> None:
    graph: dict[str, set[str]] = {}
    for i in imports():
        if i.at_import_time:
            graph.setdefault(i.source, set()).update(imported_modules(i) - {i.source})
    assert _cycles(graph) == []


def test_no_package_depends_on_itself_round_a_circle() -> None:
    graph: dict[str, set[str]] = {}
    for i in imports():
        if not i.type_only:
            targets = {package_of(m) for m in imported_modules(i)} - {package_of(i.source)}
            graph.setdefault(package_of(i.source), set()).update(targets)
    assert _cycles(graph) == []


def test_the_contracts_see_the_whole_tree() -> None:
    """Guards the guards: the graph holds the packages and the edges the tests rely on."""
    names = modules()
    assert {"salesdesk.team.service", "ui.team.section", "ui.undo"} <= set(names)
    assert any(i.source == "ui.team.section" and i.target == "ui.team.commands" for i in imports())
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]


# --- one module per engine ----------------------------------------------------------------------

# What only SQLite understands, as it appears in SQL text (string constants) or in Python.
SQLITE_ONLY_SQL = {
    "a pragma": r"\bPRAGMA\b|\bpragma_\w+",
    "SQLite's schema table": r"\bsqlite_(master|schema|sequence|temp_master)\b",
    "a JSON table function": r"\bjson_(each|tree)\b",
    "a SQLite date function": r"\b(julianday|strftime|unixepoch)\s*\(|\b(date|datetime)\(",
    "an index hint": r"\bINDEXED BY\b|\bNOT INDEXED\b",
    "full-text search": r"\bMATCH\b|\bfts5\b",
    "a conflict clause": r"\bINSERT OR (IGNORE|REPLACE|ABORT|FAIL|ROLLBACK)\b|\bREPLACE INTO\b",
    "printf": r"\bprintf\(",
    "group_concat": r"\bgroup_concat\(",
    "the rowid": r"\browid\b|\b_rowid_\b",
    "a sum of a comparison": r"\b(SUM|TOTAL)\s*\((?![^()]*\bCASE\b)[^()]*(\bIS\b|[=<>])",
    "MIN or MAX of two values": r"\b(MIN|MAX)\s*\([^(),]+,[^()]+\)",
    "IS between values": r"\bIS\s+(?!NULL\b|NOT\b|TRUE\b|FALSE\b|DISTINCT\b)\S",
    "a temp. schema name": r"\btemp\.\w+",
    "a file: URI": r"^file:",
    "a SQLite collation": r"\bCOLLATE\s+NOCASE\b",
}
# the driver's own paramstyle and cursor, the raw connection (the backup API)
SQLITE_ONLY_PYTHON_NAMES = {"lastrowid", "exec_driver_sql", "driver_connection"}
ENGINE_PACKAGE = "salesdesk.store.sqlite"
# Every engine's package speaks to its own driver (PostgreSQL's, for one, reaches psycopg's
# connection for the import's fast path).
ENGINE_PACKAGES = ("salesdesk.store.sqlite", "salesdesk.store.postgresql")
# Outside the engine package and still SQLite's, for a reason:
ENGINE_SPECIFIC_ELSEWHERE = {
    # the schema's history; revisions branch on the dialect where engines differ
    "salesdesk.store.migrations",
    # builds a SQLite file in bulk (a server gets the demo by `server push`)
    "salesdesk.demo",
}


def _docstrings(tree: ast.AST) -> set[int]:
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def _sqlite_only(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if id(node) in docstrings:
            continue
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for what, pattern in SQLITE_ONLY_SQL.items():
                if SQL_WORD.search(node.value) and re.search(pattern, node.value, re.M):
                    yield f"{where} {what}"
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            if any(name.split(".")[0] == "sqlite3" for name in names):
                yield f"{where} imports sqlite3"
        elif isinstance(node, ast.Attribute) and node.attr in SQLITE_ONLY_PYTHON_NAMES:
            yield f"{where} .{node.attr}"


# A string that holds SQL (or a piece of it): a keyword of a statement or an expression.
SQL_WORD = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|FROM|WHERE|JOIN|PRAGMA|WHEN|SUM|MIN|MAX|IS)\b"
    r"|\bjson_each\b|\bjulianday\b|\bprintf\(|\bgroup_concat\(|^file:|\browid\b|\bdate\("
)


def test_only_the_engine_package_speaks_sqlite() -> None:
    """SQL outside salesdesk/store/sqlite/ is the same on SQLite and PostgreSQL; what SQLite
    alone understands is asked of salesdesk.store.engine (STYLE 15)."""
    found = [
        problem
        for name, path in modules().items()
        if name.startswith("salesdesk")
        and not name.startswith(ENGINE_PACKAGES)
        and not any(name.startswith(place) for place in ENGINE_SPECIFIC_ELSEWHERE)
        for problem in _sqlite_only(path)
    ]
    assert found == []


def test_the_engine_contract_sees_what_sqlite_alone_says() -> None:
    """Guards the guard: each pattern catches what it is for, and the engine package is seen."""
    samples = {
        "SELECT value FROM json_each(:ids)": "a JSON table function",
        "SELECT julianday(date) FROM sale": "a SQLite date function",
        "SELECT 1 FROM agg_spell sp INDEXED BY ix": "an index hint",
        "SELECT SUM(order_ref IS NULL) FROM sale": "a sum of a comparison",
        "SELECT MIN(a, b) FROM t": "MIN or MAX of two values",
        "WHERE a IS :b": "IS between values",
        "INSERT OR IGNORE INTO t VALUES (1)": "a conflict clause",
        "DROP TABLE IF EXISTS temp.work": "a temp. schema name",
        "SELECT rowid FROM customer_search WHERE customer_search MATCH :q": "full-text search",
    }
    for sql, what in samples.items():
        assert re.search(SQLITE_ONLY_SQL[what], sql) and SQL_WORD.search(sql), sql
    portable = ("WHERE a IS NULL", "WHERE a IS NOT NULL", "SELECT SUM(amount) FROM sale",
            "SELECT MIN(date) FROM sale", "SUM(CASE WHEN a = 1 THEN 1 ELSE 0 END)")  # fmt: skip
    for fine in portable:
        assert not any(re.search(p, fine) for p in SQLITE_ONLY_SQL.values()), fine
    engine = [name for name in modules() if name.startswith(ENGINE_PACKAGE)]
    assert any(problem for name in engine for problem in _sqlite_only(modules()[name]))
