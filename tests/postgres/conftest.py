"""Fixtures of the team database tests: a small demo file, the CLI run in this process."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

DEMO_TODAY = date(2026, 6, 30)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database (made once; tests copy it or only read it)."""
    from salesdesk.demo import generate_demo

    path = tmp_path_factory.mktemp("team") / "demo.sqlite"
    generate_demo(path, customers=160, sales=1500, seed=11, today=DEMO_TODAY)
    return path


@pytest.fixture
def pushed(demo_file: Path, pg_url: str) -> str:
    """The URL of a server database holding the demo."""
    from salesdesk.store.engine import DatabaseUrl
    from salesdesk.store.postgresql.transfer import push

    push(demo_file, DatabaseUrl(pg_url))
    return pg_url


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """``main.py ARGS`` in this process: exit code, stdout, stderr."""
    from salesdesk.cli.main import main

    capsys.readouterr()
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err
