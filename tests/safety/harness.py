"""What the safety suite shares: running commands as a user would, counting what a database
holds, and running a child without the root powers that would make read-only files writable.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from salesdesk.cli.main import main
from tests.paths import ROOT

# The tables whose rows are the user's data (caches are rebuilt from them).
DATA_TABLES = ("sale", "customer", "product", "product_category", "territory", "account_type",
               "channel", "member", "team", "goal", "change_log", "settings")  # fmt: skip
# As root, files are writable whatever their mode: run children without the capabilities that
# allow it, so that 0444 and 0555 mean what they say (util-linux setpriv).
_WITHOUT_ROOT_POWERS = ("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner",
                        "--inh-caps=-dac_override,-dac_read_search,-fowner", "--")  # fmt: skip


def cli(*args: object) -> int:
    """``main.py ARGS`` in this process (fast); output goes to capsys."""
    return main(["--lang", "en", *map(str, args)])


def cli_run(capsys: pytest.CaptureFixture[str], *args: object) -> subprocess.CompletedProcess[str]:
    """:func:`cli` with its exit code and output, like :func:`run_cli` but in this process."""
    capsys.readouterr()
    try:
        code = cli(*args)
    except SystemExit as exit_:  # argparse's usage errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(map(str, args)), code, out, err)


def run_cli(
    *args: object, restricted: bool = False, timeout: float = 120, **options: object
) -> subprocess.CompletedProcess[str]:
    """``main.py ARGS`` in a child process; ``restricted``: without root's powers over files."""
    command = [sys.executable, "main.py", "--lang", "en", *map(str, args)]
    if restricted:
        command = [*restricted_prefix(), *command]
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False,
        **options,  # type: ignore[arg-type]
    )  # fmt: skip


_MANY = """
import contextlib, io, json, sys
from salesdesk.cli.main import main
results = []
for argv in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--lang", "en", *argv])
    results.append([code, out.getvalue(), err.getvalue()])
print(json.dumps(results))
"""


def run_cli_many(
    *commands: Sequence[object], restricted: bool = False
) -> list[subprocess.CompletedProcess[str]]:
    """Several commands one after another in one child process (one start-up, not several)."""
    argv = [[str(arg) for arg in command] for command in commands]
    prefix = restricted_prefix() if restricted else ()
    child = subprocess.run(
        [*prefix, sys.executable, "-c", _MANY, json.dumps(argv)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    return [
        subprocess.CompletedProcess(command, code, out, err)
        for command, (code, out, err) in zip(argv, json.loads(child.stdout), strict=True)
    ]


@cache
def _restriction() -> tuple[tuple[str, ...], str]:
    """The prefix that makes a child respect file modes, or why there is none."""
    if os.geteuid() != 0:
        return (), ""
    if shutil.which("setpriv") is None:
        return (), "running as root and setpriv (util-linux) is not installed"
    with tempfile.TemporaryDirectory() as folder:
        guarded = Path(folder) / "guarded"
        guarded.write_text("")
        guarded.chmod(0o444)
        probe = subprocess.run(
            [*_WITHOUT_ROOT_POWERS, sys.executable, "-c", f"open({str(guarded)!r}, 'a')"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
    if "PermissionError" not in probe.stderr:
        return (), f"running as root and setpriv cannot drop root's powers: {probe.stderr!r}"
    return _WITHOUT_ROOT_POWERS, ""


def restricted_prefix() -> tuple[str, ...]:
    prefix, why_not = _restriction()
    if why_not:
        pytest.skip(why_not)
    return prefix


def assert_one_plain_line(
    result: subprocess.CompletedProcess[str], codes: Sequence[int] = (1,)
) -> str:
    """The command failed with one plain line: no traceback, no library's web address."""
    assert result.returncode in codes, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    for sign in ("Traceback", "http://", "https://", "sqlalche.me", "[Errno", "unexpected error"):
        assert sign not in line, line
    return line


def query(path: Path, sql: str, *parameters: object) -> list[tuple[Any, ...]]:
    """The rows of ``sql``, read without SalesDesk (and without writing anything)."""
    with sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True) as connection:
        rows = connection.execute(sql, parameters).fetchall()
    connection.close()
    return rows


def counts(path: Path) -> dict[str, int]:
    """Rows per data table."""
    return {table: query(path, f"SELECT count(*) FROM {table}")[0][0] for table in DATA_TABLES}


def database_with_sales(folder: Path, lines: int) -> Path:
    """``folder/sales.sqlite`` holding ``lines`` sales, imported as a user would."""
    from salesdesk.store.db import create_database

    path = folder / "sales.sqlite"
    create_database(path)
    assert cli("import", "sales", sales_file(folder / "first.csv", 0, lines), "--db", path) == 0
    return path


def sales_file(path: Path, first: int, lines: int) -> Path:
    """A sales CSV of ``lines`` lines numbered from ``first`` (distinct line refs)."""
    rows = ["line_ref,date,customer_code,customer_name,product_code,quantity,amount"]
    rows += [
        f"L{n},2026-{n % 12 + 1:02d}-{n % 28 + 1:02d},C{n % 97},Customer {n % 97},"
        f"P{n % 13},{n % 5 + 1},{n % 1000}.{n % 100:02d}"
        for n in range(first, first + lines)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}
