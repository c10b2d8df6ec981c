"""Helpers of the team database tests (their fixtures are in tests/conftest.py, so that the
safety suite has them too)."""

from __future__ import annotations

from pathlib import Path

import pytest


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """``main.py ARGS`` in this process: exit code, stdout, stderr."""
    from salesdesk.cli.main import main

    capsys.readouterr()
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err
