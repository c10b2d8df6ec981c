"""Hostile paths through every command and through backup and restore.

A '#', '?' or '%' once made SQLite read part of a name as a URI's fragment, query or escape:
``backup`` wrote an empty file, an import into ``sales%41.sqlite`` landed in ``salesA.sqlite``.
Each path of the corpus goes through new, demo, import, export, kpi, report, check and backup,
then through the core's backup, automatic backup and restore; the files must appear exactly
where named, private, and nothing else may appear beside them.
"""

from __future__ import annotations

import json
import stat
from datetime import datetime
from pathlib import Path

import pytest

from salesdesk.store import db
from salesdesk.store.sqlite import backups
from salesdesk.store.sqlite import files as sqlite_files
from tests.safety.harness import cli, counts, files_in, sales_file

LONG = "Очень длинное имя " * 9  # 162 characters, 288 bytes in UTF-8 (NAME_MAX is 255 bytes)
# (id, folder, database file name); every name is used for the files written beside it, too.
HOSTILE_PATHS = [
    ("spaces", "with spaces", "Sales 2026.sqlite"),
    ("cyrillic", "Отдел продаж", "Продажи.sqlite"),
    ("hash", "C# projects", "Sales #2.sqlite"),
    ("question", "what?", "sales?.sqlite"),
    ("percent", "100%", "sales%41.sqlite"),
    ("percent-escape", "%2F%00", "%23%3F.sqlite"),
    ("ampersand", "R&D", "sales & co.sqlite"),
    ("quotes", "'single' \"double\"", 'it\'s "q".sqlite'),
    ("uri-like", "file:", "file:sales.sqlite?mode=memory"),
    ("long", "x" * 200, "y" * 150 + ".sqlite"),
    ("long-cyrillic", LONG[:60], "Продажи " * 12 + ".db"),
    ("everything", "Продажи #1 ?%41 & 'q' \"d\"", "Итоги #2 ?%41 & 'q' \"d\".sqlite"),
]
SYMLINKED = ["folder-link", "file-link"]


def _place(tmp_path: Path, case: str) -> Path:
    """The database path of a corpus case, its folder created (symlinked where asked)."""
    if case in SYMLINKED:
        real = tmp_path / "real folder #1"
        real.mkdir()
        if case == "folder-link":
            (tmp_path / "link ?%").symlink_to(real, target_is_directory=True)
            return tmp_path / "link ?%" / "sales #.sqlite"
        return real / "alias #.sqlite"  # becomes a link to a file made by `new`
    _, folder, name = next(entry for entry in HOSTILE_PATHS if entry[0] == case)
    (tmp_path / folder).mkdir(parents=True)
    return tmp_path / folder / name


def _without_logs(names: set[str]) -> set[str]:
    """Without the -wal and -shm files SQLite keeps beside a database read in WAL mode."""
    return {name for name in names if not name.endswith(("-wal", "-shm"))}


def _private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


@pytest.mark.parametrize("case", [entry[0] for entry in HOSTILE_PATHS] + SYMLINKED)
def test_every_command_writes_exactly_where_named(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _place(tmp_path, case)
    folder = path.parent
    stem = path.name.rsplit(".", 1)[0]
    if case == "file-link":
        assert cli("new", "--db", folder / "real #.sqlite", "--currency", "USD") == 0
        path.symlink_to(folder / "real #.sqlite")
    else:
        assert cli("new", "--db", path, "--currency", "USD") == 0
    assert _private(path)
    source = sales_file(folder / f"{stem} in #1?.csv", 0, 40)

    assert cli("import", "sales", source, "--db", path) == 0
    assert counts(path)["sale"] == 40
    assert cli("export", "sales", "--db", path, "--out", folder / f"{stem} out.csv") == 0
    assert cli("export", "customers", "--db", path, "--out", folder / f"{stem} out.xlsx") == 0
    capsys.readouterr()
    assert cli("kpi", "--db", path, "--format", "json") == 0
    # line L0 amounts to 0.00: not an order (SPEC §3a)
    assert json.loads(capsys.readouterr().out)["rows"][0]["orders"] == 39
    assert cli("report", "goals", "--db", path, "--out", folder / f"{stem} report.pdf") == 0
    assert cli("check", "--db", path) == 0
    assert cli("backup", "--db", path, "--out", folder / f"{stem} copy.sqlite") == 0
    assert counts(folder / f"{stem} copy.sqlite") == counts(path)

    expected = {path.name, source.name, f"{stem} out.csv", f"{stem} out.xlsx",
                f"{stem} report.pdf", f"{stem} copy.sqlite"}  # fmt: skip
    if case == "file-link":
        expected.add("real #.sqlite")
    assert _without_logs(files_in(folder)) == expected  # no stray files, no salesA.sqlite
    for name in expected - {source.name, path.name}:
        assert _private(folder / name), name
    assert (folder / f"{stem} report.pdf").read_bytes().startswith(b"%PDF")

    assert cli("demo", "--db", path, "--customers", 20, "--sales", 100, "--force") == 0
    assert counts(path)["sale"] == 100  # the demo replaced the file (the one a link names)
    assert path.is_symlink() == (case == "file-link")
    assert _without_logs(files_in(folder)) == expected  # its hidden build folder is gone


@pytest.mark.parametrize("case", ["hash", "question", "percent", "everything", "folder-link"])
def test_backup_and_restore_in_hostile_folders(tmp_path: Path, case: str) -> None:
    path = _place(tmp_path, case)
    db.create_database(path, currency="EUR")
    sales = sales_file(path.parent / "in #?%.csv", 0, 25)
    assert cli("import", "sales", sales, "--db", path) == 0
    backup_folder = path.parent / "Backups #1 ?%41"  # Restore once read an empty file here
    backup_folder.mkdir()
    backup = db.backup_file(path, backup_folder / "before #2 ?%41.sqlite")
    assert counts(backup) == counts(path)

    automatic = backups.automatic_backup(sqlite_files.make_engine(path, read_only=True), path,
                                         now=datetime(2026, 11, 28, 12))  # fmt: skip
    assert automatic is not None and automatic.parent == backups.backups_folder(path)
    assert backups.list_backups(path) == [(automatic, datetime(2026, 11, 28, 12))]
    assert stat.S_IMODE(automatic.parent.stat().st_mode) == 0o700

    more = sales_file(path.parent / "more #.csv", 100, 10)
    assert cli("import", "sales", more, "--db", path) == 0
    assert counts(path)["sale"] == 35
    safety_copy = db.restore_database(backup, path)
    assert counts(path)["sale"] == 25
    assert counts(safety_copy)["sale"] == 35
    assert db.check_database(path).healthy
    assert _without_logs(files_in(path.parent)) == {
        path.name, sales.name, more.name, backup_folder.name, safety_copy.name,
        backups.backups_folder(path).name,
    }  # fmt: skip


def test_a_name_too_long_for_the_file_system_is_one_plain_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / ("z" * 233 + ".sqlite")  # fits; the backup's longer name does not
    db.create_database(path)
    capsys.readouterr()
    assert cli("backup", "--db", path) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("salesdesk backup: The name is too long for the file system:")
    assert files_in(tmp_path) == {path.name}
