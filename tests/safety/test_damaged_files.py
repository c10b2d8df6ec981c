"""A damaged database: ``check`` says so in plain words, nothing writes into it, no backup of it
pretends to be good, and restoring it from a backup works (issue 11, items 6 and 7).

Once ``check`` crashed with "unexpected error: database disk image is malformed" while an
import into the same file still committed, and a backup of it was written unverified.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from salesdesk.errors import DamagedFileError
from salesdesk.store import db
from salesdesk.store.sqlite import backups
from salesdesk.store.sqlite import files as sqlite_files
from tests.safety.harness import (
    assert_one_plain_line,
    cli_run,
    counts,
    database_with_sales,
    files_in,
    sales_file,
)


@pytest.fixture(scope="module")
def healthy_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_with_sales(tmp_path_factory.mktemp("healthy"), 3000)


def damage(path: Path) -> bytes:
    """Overwrites a page in the middle of the file, as a failing disk would; its bytes after."""
    header = sqlite_files.read_header(path)
    with path.open("r+b") as file:
        file.seek(header.page_size * (header.page_count // 2))
        file.write(b"\xde\xad\xbe\xef" * (header.page_size // 4))
    return path.read_bytes()


@pytest.fixture
def damaged(healthy_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "sales.sqlite"
    shutil.copyfile(healthy_file, path)
    damage(path)
    return path


def test_check_reports_damage_in_plain_words(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = cli_run(capsys, "check", "--db", damaged)
    assert result.returncode == 1
    assert "1 problem found:" in result.stdout
    assert "database disk image is malformed" in result.stdout
    assert "The file is damaged: SalesDesk will not write to it. Restore it from a backup" in (
        result.stdout
    )
    assert result.stderr == ""


def test_no_write_reaches_a_damaged_file(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = damaged.read_bytes()
    more = sales_file(tmp_path / "more.csv", 9000, 10)
    line = assert_one_plain_line(cli_run(capsys, "import", "sales", more, "--db", damaged))
    assert "is damaged (" in line and line.endswith("Restore it from a backup.")
    assert damaged.read_bytes() == before


def test_a_damaged_file_gives_no_backup(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copies" / "copy.sqlite"
    target.parent.mkdir()
    line = assert_one_plain_line(cli_run(capsys, "backup", "--db", damaged, "--out", target))
    assert "so no backup was written" in line
    assert files_in(target.parent) == set()
    with pytest.raises(DamagedFileError):  # the app's automatic backup, checking on open
        backups.automatic_backup(sqlite_files.make_engine(damaged, read_only=True), damaged,
                                 now=datetime(2026, 11, 28), verify=True)  # fmt: skip
    assert backups.list_backups(damaged) == []


def test_a_database_found_damaged_refuses_every_later_write(damaged: Path) -> None:
    with db.open_database(damaged) as database:
        with pytest.raises(DamagedFileError):
            database.verify()
        with pytest.raises(DamagedFileError), database.write():
            pass


def test_a_damaged_file_is_restored_from_its_backup_and_kept_aside(
    healthy_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "sales.sqlite"
    shutil.copyfile(healthy_file, path)
    backup = db.backup_file(path, tmp_path / "good.sqlite")
    damaged_bytes = damage(path)
    kept = db.restore_database(backup, path)
    assert kept.name.startswith("sales-") and kept.name.endswith(".damaged.sqlite")
    assert kept.read_bytes() == damaged_bytes  # set aside exactly as it was
    assert db.check_database(path).healthy
    assert counts(path) == counts(healthy_file)
    with db.open_database(path, verify=True):
        pass


def test_a_truncated_file_is_restored_too(healthy_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "sales.sqlite"
    shutil.copyfile(healthy_file, path)
    backup = db.backup_file(path, tmp_path / "good.sqlite")
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)
    db.restore_database(backup, path)
    assert db.check_database(path).healthy and counts(path) == counts(healthy_file)
