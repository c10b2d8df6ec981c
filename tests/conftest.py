"""Shared fixtures. Qt runs offscreen; every test gets its own data and settings folders."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keeps settings, recent files and caches of a test away from the user's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SALESDESK_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture(scope="session")
def qapp(qapp: object) -> object:
    """pytest-qt's application, collecting reference cycles on the GUI thread as the app does
    (ui/collector.py): a cycle freed on a worker thread would delete widgets there."""
    from ui.collector import collect_on_gui_thread

    collect_on_gui_thread(qapp)  # type: ignore[arg-type]
    return qapp


@pytest.fixture(autouse=True)
def _collect_cycles_between_tests() -> Iterator[None]:
    """With the automatic collector off, a test that runs no event loop still has its cycles
    collected (on this, the GUI thread) before the next one starts."""
    yield
    collector = sys.modules.get("ui.collector")
    if collector is not None and collector._collector is not None:
        collector._collector.check()


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    from salesdesk import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def empty_db_path(tmp_path: Path) -> Path:
    """A freshly created, empty SalesDesk database file."""
    from salesdesk.store.db import create_database

    path = tmp_path / "empty.sqlite"
    create_database(path, company="Test Co", currency="RUB")
    return path


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[object]:
    """A throwaway PostgreSQL cluster for the session (tools/postgres_cluster.py); skips
    without PostgreSQL unless SALESDESK_REQUIRE_POSTGRES=1."""
    from tools.postgres_cluster import Cluster, must_run, server_binaries

    binaries = server_binaries()
    if binaries is None:
        reason = "PostgreSQL is not installed (apt install postgresql): team database tests skipped"
        if must_run():
            pytest.fail(reason + ", but SALESDESK_REQUIRE_POSTGRES=1")
        pytest.skip(reason)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.fail("psycopg is missing: pip install -e .[dev]")
    cluster = Cluster(binaries)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


# --- the core tests on both engines (tests/engines.py) --------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): a test about SQLite itself, run on SQLite only (tests/engines.py)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Runs each test that (through its fixtures) takes ``engine_name`` once per engine."""
    if "engine_name" not in metafunc.fixturenames:
        return
    from tests.engines import ENGINES

    engines = list(ENGINES)
    if (marker := metafunc.definition.get_closest_marker("sqlite_only")) is not None:
        if not marker.args and "reason" not in marker.kwargs:
            raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only needs a reason")
        engines = ["sqlite"]
    metafunc.parametrize("engine_name", engines, indirect=True, scope="session")


@pytest.fixture(scope="session")
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def server_templates(postgres_cluster: object) -> object:
    """The migrated databases new test databases are copied from (tests/engines.py)."""
    from tests.engines import ServerTemplates

    return ServerTemplates(postgres_cluster)  # type: ignore[arg-type]


def _engine_under_test(request: pytest.FixtureRequest, name: str) -> Iterator[object]:
    from tests.engines import EngineUnderTest

    templates = None if name == "sqlite" else request.getfixturevalue("server_templates")
    engine = EngineUnderTest(name, templates)  # type: ignore[arg-type]
    yield engine
    engine.drop_all()


@pytest.fixture
def db_engine(request: pytest.FixtureRequest, engine_name: str) -> Iterator[object]:
    """The engine this run of the test is on; its databases are dropped after the test."""
    yield from _engine_under_test(request, engine_name)


@pytest.fixture(scope="module")
def module_db_engine(request: pytest.FixtureRequest, engine_name: str) -> Iterator[object]:
    """The engine of a database the module's tests share; dropped after the module."""
    yield from _engine_under_test(request, engine_name)


@pytest.fixture(scope="session")
def session_db_engine(request: pytest.FixtureRequest, engine_name: str) -> Iterator[object]:
    """The engine of a database the whole session shares (the consistency suite's demos)."""
    yield from _engine_under_test(request, engine_name)


@pytest.fixture
def empty_db(tmp_path: Path, db_engine: object) -> object:
    """A freshly created, empty SalesDesk database of each engine (``empty_db_path``'s
    counterpart for the tests that run on both)."""
    return db_engine.create(tmp_path / "empty.sqlite")  # type: ignore[attr-defined]


@pytest.fixture
def pg_url(postgres_cluster: object) -> str:
    """The URL of a new, empty database on the test cluster."""
    from tools.postgres_cluster import Cluster

    assert isinstance(postgres_cluster, Cluster)
    return postgres_cluster.new_database()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database (made once; tests copy it or only read it)."""
    from datetime import date

    from salesdesk.demo import generate_demo

    path = tmp_path_factory.mktemp("team") / "demo.sqlite"
    generate_demo(path, customers=160, sales=1500, seed=11, today=date(2026, 6, 30))
    return path


@pytest.fixture
def pushed(demo_file: Path, pg_url: str) -> str:
    """The URL of a server database holding the demo."""
    from salesdesk.store.engine import DatabaseUrl
    from salesdesk.store.postgresql.transfer import push

    push(demo_file, DatabaseUrl(pg_url))
    return pg_url
