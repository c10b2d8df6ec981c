"""Shared fixtures. Qt runs offscreen; every test gets its own data and settings folders."""

from __future__ import annotations

import os
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
