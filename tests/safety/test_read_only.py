"""Read-only files (0444) and folders (0555): reading works, writing is refused in one line, and
nothing is left beside the file (issue 11, item 10).

Once, imports and reports failed with "unexpected error" and left -wal and -shm files behind
that kept failing after the permissions were fixed. As root (CI) a file's mode stops nothing,
so the commands run in a child without root's powers over files (setpriv); without it the
tests are skipped, saying why.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from salesdesk.store import db
from tests.safety.harness import (
    assert_one_plain_line,
    cli,
    counts,
    files_in,
    run_cli,
    run_cli_many,
    sales_file,
)

READ_ONLY_LINE = "is read-only (the file or its folder cannot be written); nothing was changed."


@pytest.fixture(params=["file", "folder"])
def read_only(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A database with 40 sales, made read-only by its own mode or by its folder's."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "sales.sqlite"
    db.create_database(path)
    assert cli("import", "sales", sales_file(tmp_path / "in.csv", 0, 40), "--db", path) == 0
    locked = path if request.param == "file" else folder
    locked.chmod(0o444 if request.param == "file" else 0o555)
    yield path
    folder.chmod(0o755)
    path.chmod(0o600)


def test_reading_commands_work_and_leave_nothing_beside_the_file(
    read_only: Path, tmp_path: Path
) -> None:
    before, names = counts(read_only), files_in(read_only.parent)
    report, copy, export = tmp_path / "report.pdf", tmp_path / "copy.sqlite", tmp_path / "s.xlsx"
    kpi, check, backup, pdf, xlsx = run_cli_many(
        ("kpi", "--db", read_only, "--format", "json"),
        ("check", "--db", read_only),
        ("backup", "--db", read_only, "--out", copy),
        ("report", "goals", "--db", read_only, "--out", report),
        ("export", "sales", "--db", read_only, "--out", export),
        restricted=True,
    )
    assert [kpi.returncode, check.returncode, backup.returncode, pdf.returncode,
            xlsx.returncode] == [0, 0, 0, 0, 0], (kpi, check, backup, pdf, xlsx)  # fmt: skip
    assert json.loads(kpi.stdout)["rows"][0]["orders"] == 39  # L0 is 0.00: no order (SPEC §3a)
    assert counts(copy) == before
    assert report.read_bytes().startswith(b"%PDF")
    assert files_in(read_only.parent) == names  # no -wal, -shm or lock file
    assert counts(read_only) == before


def test_writing_commands_refuse_in_one_line_and_change_nothing(
    read_only: Path, tmp_path: Path
) -> None:
    before, names = counts(read_only), files_in(read_only.parent)
    more = sales_file(tmp_path / "more.csv", 100, 5)
    imported, demo = run_cli_many(
        ("import", "sales", more, "--db", read_only),
        ("demo", "--db", read_only, "--customers", 5, "--sales", 10, "--force"),
        restricted=True,
    )
    assert READ_ONLY_LINE in assert_one_plain_line(imported)
    assert READ_ONLY_LINE in assert_one_plain_line(demo)
    assert files_in(read_only.parent) == names
    assert counts(read_only) == before


def test_a_backup_beside_a_file_in_a_read_only_folder_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "sales.sqlite"
    db.create_database(path)
    folder.chmod(0o555)
    try:
        line = assert_one_plain_line(run_cli("backup", "--db", path, restricted=True))
        assert line.startswith("salesdesk backup: Permission denied:")
        assert files_in(folder) == {"sales.sqlite"}
    finally:
        folder.chmod(0o755)


def test_once_writable_again_the_file_takes_imports(read_only: Path, tmp_path: Path) -> None:
    run_cli("import", "sales", sales_file(tmp_path / "x.csv", 100, 5), "--db", read_only,
            restricted=True)  # fmt: skip
    read_only.parent.chmod(0o755)
    read_only.chmod(0o600)
    assert cli("import", "sales", sales_file(tmp_path / "y.csv", 200, 5), "--db", read_only) == 0
    assert counts(read_only)["sale"] == 45
