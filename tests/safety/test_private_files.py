"""Customer data is private to its owner: databases, locks, backups, reports and exports are
created 0600 and the folders SalesDesk makes 0700, whatever the umask (issue 11, item 12);
and the leftovers of killed or neighbouring runs do not linger or collide (item 13).
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from salesdesk.files import make_private_folder
from salesdesk.store import db
from salesdesk.store.sqlite import backups
from salesdesk.store.sqlite import files as sqlite_files
from salesdesk.store.sqlite.lock import WriterLock
from tests.paths import ROOT
from tests.safety.harness import cli, files_in, sales_file


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> object:
    """A umask that would let every account read new files, as on many desktops."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.usefixtures("open_umask")
def test_everything_written_is_private(tmp_path: Path) -> None:
    path = tmp_path / "sales.sqlite"
    assert cli("new", "--db", path) == 0
    assert cli("import", "sales", sales_file(tmp_path / "in.csv", 0, 20), "--db", path) == 0
    outputs = {
        "backup": tmp_path / "copy.sqlite",
        "report": tmp_path / "report.pdf",
        "csv": tmp_path / "sales.csv",
        "xlsx": tmp_path / "sales.xlsx",
        "demo": tmp_path / "demo.sqlite",
    }
    assert cli("backup", "--db", path, "--out", outputs["backup"]) == 0
    assert cli("report", "goals", "--db", path, "--out", outputs["report"]) == 0
    assert cli("export", "sales", "--db", path, "--out", outputs["csv"]) == 0
    assert cli("export", "sales", "--db", path, "--out", outputs["xlsx"]) == 0
    assert cli("demo", "--db", outputs["demo"], "--customers", 5, "--sales", 20) == 0
    with db.open_database(path) as database:
        with database.read() as connection:  # WAL files come with the first connection
            connection.exec_driver_sql("SELECT count(*) FROM sale").one()
        assert mode(path.with_name(path.name + ".lock")) == 0o600
        assert mode(path.with_name(path.name + "-wal")) == 0o600  # SQLite copies the file's
        written = backups.automatic_backup(database, path, now=datetime(2026, 11, 28))
    assert written is not None
    assert mode(written) == 0o600 and mode(written.parent) == 0o700
    for name, output in {"database": path, **outputs}.items():
        assert mode(output) == 0o600, name


@pytest.mark.usefixtures("open_umask")
def test_folders_made_for_the_user_are_private(tmp_path: Path) -> None:
    made = make_private_folder(tmp_path / "SalesDesk" / "demo")
    assert mode(made) == mode(made.parent) == 0o700
    existing = tmp_path / "shared"
    existing.mkdir(mode=0o755)
    existing.chmod(0o755)
    make_private_folder(existing)
    assert mode(existing) == 0o755  # a folder the user made keeps its permissions


def test_same_stem_databases_keep_separate_backups(tmp_path: Path) -> None:
    """s.sqlite and s.db once shared s-backups/ and rotated each other's backups away."""
    first, second = tmp_path / "s.sqlite", tmp_path / "s.db"
    for path in (first, second):
        db.create_database(path)
    for day in range(1, 13):
        now = datetime(2026, 11, day, 12)
        for path in (first, second):
            with db.open_database(path) as database, database.write() as connection:
                connection.exec_driver_sql(f"INSERT INTO account_type (name) VALUES ('T{day}')")
            engine = sqlite_files.make_engine(path)
            assert backups.automatic_backup(engine, path, now=now) is not None
    backups.rotate_backups(first, now=datetime(2026, 11, 12, 13))
    assert len(backups.list_backups(second)) == 12  # untouched by the other's rotation
    assert len(backups.list_backups(first)) == 12  # all within the 14 days kept
    assert backups.backups_folder(first) != backups.backups_folder(second)


def test_a_killed_demo_leaves_nothing_after_the_next_run(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"
    command = [sys.executable, "main.py", "demo", "--db", str(target), "--customers", "3000",
               "--sales", "200000"]  # fmt: skip
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as child:  # fmt: skip
        while not [name for name in files_in(tmp_path) if name.endswith(".demo")]:
            assert child.poll() is None, "the demo ended before it was killed"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
    leftovers = files_in(tmp_path)
    assert any(name.endswith(".demo") for name in leftovers)  # what the kill left
    assert cli("demo", "--db", target, "--customers", 5, "--sales", 20) == 0
    assert files_in(tmp_path) == {"demo.sqlite"}


def test_a_live_build_is_not_removed_by_another_run(tmp_path: Path) -> None:
    live = tmp_path / ".demo.sqlite.0123456789ab.demo"
    lock = WriterLock(live)
    lock.acquire()
    try:
        live.mkdir()
        assert cli("demo", "--db", tmp_path / "demo.sqlite", "--customers", 5, "--sales", 20) == 0
        assert live.is_dir()
    finally:
        lock.release()
