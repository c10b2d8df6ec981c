"""No output may land on a database: not a report, an export, a backup or a demo.

``report --out`` pointing at the database once replaced it with the PDF, even while the app
held its writer lock. Every command that writes a file the user names asks the one check in
``salesdesk.files``; the database, its -wal, -shm, -journal and lock files, a backup and a
link to any of them are refused in one line, and the database stays byte for byte the same.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from salesdesk.files import OutputPathError, check_output_path, write_bytes_atomically
from salesdesk.store import db
from tests.paths import ROOT
from tests.safety.harness import assert_one_plain_line, cli_run, database_with_sales, run_cli

FORBIDDEN = ["database", "wal", "shm", "journal", "lock", "backup", "link-to-database"]
WRITERS = ["report", "export-csv", "export-xlsx", "backup", "demo"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("outputs")
    path = database_with_sales(folder, 30)
    db.backup_file(path, folder / "sales-old.backup.sqlite")
    (folder / "sales link.sqlite").symlink_to(path)
    return path


def _target(database: Path, forbidden: str) -> Path:
    return {
        "database": database,
        "wal": database.with_name(database.name + "-wal"),
        "shm": database.with_name(database.name + "-shm"),
        "journal": database.with_name(database.name + "-journal"),
        "lock": database.with_name(database.name + ".lock"),
        "backup": database.with_name("sales-old.backup.sqlite"),
        "link-to-database": database.with_name("sales link.sqlite"),
    }[forbidden]


def _command(writer: str, database: Path, target: Path) -> list[object]:
    return {
        "report": ["report", "goals", "--db", database, "--out", target],
        "export-csv": ["export", "sales", "--db", database, "--out", target],
        "export-xlsx": ["export", "sales", "--db", database, "--out", target],
        "backup": ["backup", "--db", database, "--out", target],
        "demo": ["demo", "--db", target, "--customers", 5, "--sales", 10, "--force"],
    }[writer]


@pytest.mark.parametrize("forbidden", FORBIDDEN)
def test_the_check_refuses_every_file_of_a_database(database: Path, forbidden: str) -> None:
    with pytest.raises(OutputPathError):
        check_output_path(_target(database, forbidden))
    with pytest.raises(OutputPathError):
        write_bytes_atomically(_target(database, forbidden), b"%PDF-1.7")


# demo --force replaces a SalesDesk database on purpose: only its sidecars are forbidden to it
CASES = [(writer, forbidden) for writer in WRITERS
         for forbidden in ("database", "wal", "lock", "backup", "link-to-database")
         if writer != "demo" or forbidden in ("wal", "lock")]  # fmt: skip


@pytest.mark.parametrize(("writer", "forbidden"), CASES)
def test_no_command_writes_onto_a_database(
    database: Path, writer: str, forbidden: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _target(database, forbidden)
    before = {path: _digest(path) for path in database.parent.iterdir() if path.is_file()}
    result = cli_run(capsys, *_command(writer, database, target))
    assert_one_plain_line(result, codes=(1, 2))
    after = {path: _digest(path) for path in database.parent.iterdir() if path.is_file()}
    assert after == before


def test_a_report_onto_the_database_is_refused_while_the_app_writes_to_it(
    database: Path,
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from salesdesk.store.db import open_database;"
         " d = open_database(sys.argv[1]); print('open', flush=True); sys.stdin.read()",
         str(database)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        before = _digest(database)
        result = run_cli("report", "goals", "--db", database, "--out", database)
        line = assert_one_plain_line(result, codes=(1, 2))
        assert "must end in .pdf" in line
        result = run_cli("report", "goals", "--db", database, "--out",
                         database.with_name("sales link.sqlite.pdf"))  # fmt: skip
        assert result.returncode == 0
        assert _digest(database) == before
    finally:
        holder.communicate("", timeout=30)


def test_a_report_must_be_a_pdf_and_an_export_a_csv_or_xlsx(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = database.parent
    result = cli_run(capsys, "report", "goals", "--db", database, "--out", folder / "report.txt")
    assert "must end in .pdf" in assert_one_plain_line(result, (1, 2))
    result = cli_run(capsys, "export", "sales", "--db", database, "--out", folder / "sales.pdf")
    assert ".csv or .xlsx" in assert_one_plain_line(result, (1, 2))
    assert not (folder / "report.txt").exists() and not (folder / "sales.pdf").exists()


def test_a_folder_is_no_output_file(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = cli_run(capsys, "backup", "--db", database, "--out", tmp_path)
    assert "folder" in assert_one_plain_line(result, (1, 2))
