"""Faults: kill -9 at random moments of an import, a backup, a restore, a migration and an edit;
a full disk; each followed by ``check`` healthy and the data all there or all as before.

The moments come from a seeded random generator, so every run kills at the same delays; what
is asserted holds whichever side of the commit a kill lands on: the database is healthy and
holds exactly the state before or exactly the state after, never a mixture.
"""

from __future__ import annotations

import contextlib
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from salesdesk.store import db, schema
from salesdesk.store.sqlite import files as sqlite_files
from tests.paths import ROOT
from tests.safety.harness import (
    assert_one_plain_line,
    cli,
    counts,
    database_with_sales,
    files_in,
    query,
    run_cli,
    sales_file,
)

SEED = 11
# Kill points per operation, as fractions of the time it takes here when left alone (measured
# first): one in each stretch of its length and a little past its end.
KILLS = {"import": 4, "backup": 3, "restore": 3, "migration": 3, "edit": 3}


def fractions(operation: str) -> list[float]:
    """One seeded random point in each of ``KILLS[operation]`` equal stretches of the run."""
    rng = random.Random(f"{SEED}-{operation}")
    count = KILLS[operation]
    return [round((stretch + rng.random()) * 1.25 / count, 3) for stretch in range(count)]


_DURATIONS: dict[str, float] = {}


def duration(operation: str, command: list[str]) -> float:
    """How long ``operation`` takes here, measured once by running ``command`` to the end."""
    if operation not in _DURATIONS:
        _DURATIONS[operation] = run_to_the_end(command)
    return _DURATIONS[operation]


def run_to_the_end(command: list[str]) -> float:
    """Seconds ``command`` works after saying "ready", left alone."""
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        start = time.perf_counter()
        child.stdout.read()
        child.wait(timeout=120)
    assert child.returncode == 0
    return time.perf_counter() - start


def kill_after(command: list[str], delay: float, *, until: str = "") -> list[str]:
    """Starts ``command``, waits for its "ready" line (and then for a line starting with
    ``until``), kills it -9 ``delay`` seconds later; returns the lines it printed."""
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        lines = [child.stdout.readline().strip()]
        assert lines[0] == "ready", lines
        while until and not lines[-1].startswith(until):
            line = child.stdout.readline()
            assert line, f"the child ended before saying {until!r}"
            lines.append(line.strip())
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            os.kill(child.pid, signal.SIGKILL)
        lines += child.stdout.read().splitlines()
        child.wait(timeout=60)
    return lines


def cli_child(*args: object) -> list[str]:
    """The command line in a child that says "ready" once Python has started."""
    return [sys.executable, "-c", "import sys; print('ready', flush=True);"
            " from salesdesk.cli.main import main; sys.exit(main(sys.argv[1:]))",
            *map(str, args)]  # fmt: skip


def actor(*args: object) -> list[str]:
    return [sys.executable, "-m", "tests.safety.actor", *map(str, args)]


def healthy(path: Path) -> bool:
    return db.check_database(path).healthy


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with 3,000 sales to copy for each fault."""
    return database_with_sales(tmp_path_factory.mktemp("filled"), 3000)


def _copy(template: Path, folder: Path, name: str = "sales.sqlite") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    shutil.copyfile(template, path)
    return path


@pytest.mark.parametrize("fraction", fractions("import"))
def test_an_import_killed_at_any_moment_is_all_or_nothing(
    filled: Path, tmp_path: Path, fraction: float
) -> None:
    path = _copy(filled, tmp_path)
    before = counts(path)
    source = sales_file(tmp_path / "more.csv", 10_000, 20_000)
    command = cli_child("import", "sales", source, "--db", path)
    seconds = duration("import", command)
    shutil.copyfile(filled, path)
    kill_after(command, fraction * seconds)
    assert healthy(path)
    after = counts(path)
    assert after == before or after["sale"] == before["sale"] + 20_000
    assert cli("import", "sales", source, "--db", path) == 0  # the dead writer's lock is free
    assert counts(path)["sale"] == before["sale"] + 20_000


@pytest.mark.parametrize("fraction", fractions("backup"))
def test_a_backup_killed_at_any_moment_leaves_no_backup_or_a_whole_one(
    filled: Path, tmp_path: Path, fraction: float
) -> None:
    path = _copy(filled, tmp_path)
    target = tmp_path / "copy.sqlite"
    command = cli_child("backup", "--db", path, "--out", target)
    seconds = duration("backup", command)
    target.unlink(missing_ok=True)
    kill_after(command, fraction * seconds)
    assert healthy(path)
    if target.exists():
        assert healthy(target) and counts(target) == counts(path)
    assert not [name for name in files_in(tmp_path) if name.startswith("copy")  # no half file
                and name != "copy.sqlite"]  # fmt: skip


@pytest.mark.parametrize("fraction", fractions("restore"))
def test_a_restore_killed_at_any_moment_leaves_the_old_state_or_the_backup(
    filled: Path, tmp_path: Path, fraction: float
) -> None:
    backup = db.backup_file(filled, tmp_path / "backup.sqlite")
    newer = _copy(filled, tmp_path, "newer.sqlite")
    more = sales_file(tmp_path / "more.csv", 50_000, 500)
    assert cli("import", "sales", more, "--db", newer) == 0
    path = _copy(newer, tmp_path)
    seconds = duration("restore", actor("restore", backup, path))
    shutil.copyfile(newer, path)
    kill_after(actor("restore", backup, path), fraction * seconds)
    assert healthy(path)
    assert counts(path) in (counts(newer), counts(backup))


@pytest.fixture(scope="module")
def old_schema(filled: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``filled`` taken back to schema 2, as an older SalesDesk left it."""
    from alembic import command

    path = _copy(filled, tmp_path_factory.mktemp("old"))
    engine = sqlite_files.make_engine(path)
    config = schema.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    engine.dispose()
    assert sqlite_files.read_header(path).user_version == 2
    return path


@pytest.mark.parametrize("fraction", fractions("migration"))
def test_a_migration_killed_at_any_moment_leaves_the_old_schema_or_the_new(
    old_schema: Path, tmp_path: Path, fraction: float
) -> None:
    path = _copy(old_schema, tmp_path / "measured")
    before = counts(path)
    seconds = duration("migration", actor("migrate", path))
    path = _copy(old_schema, tmp_path)
    kill_after(actor("migrate", path), fraction * seconds)
    assert sqlite_files.read_header(path).user_version in (2, schema.head_schema_version())
    assert db.integrity_problems(path) == [] and counts(path) == before
    with db.open_database(path):  # finishes the upgrade (or finds it done)
        pass
    assert healthy(path) and counts(path) == before


@pytest.mark.parametrize("fraction", fractions("edit"))
def test_edits_killed_at_any_moment_keep_every_committed_one(
    filled: Path, tmp_path: Path, fraction: float
) -> None:
    path = _copy(filled, tmp_path)
    log_before, customers = counts(path)["change_log"], counts(path)["customer"]
    # killed right after the child reports edit n committed, n a seeded point of the run
    lines = kill_after(actor("edit", path, 400, customers), 0,
                       until=f"committed {min(399, max(1, round(fraction * 320)))}")  # fmt: skip
    committed = sum(line.startswith("committed") for line in lines)
    assert healthy(path)
    edits = counts(path)["change_log"] - log_before  # one log entry per edit
    assert edits >= committed  # every edit reported committed survived the kill
    assert _notes(path, (edits - 1) % customers + 1) == f"edit {edits}"  # with its log entry


def _notes(path: Path, customer: int) -> str:
    return str(query(path, "SELECT notes FROM customer WHERE id = ?", customer)[0][0])


# --- a full disk ----------------------------------------------------------------------------


def _file_size_limit(limit: int) -> object:
    """For a child: files may not grow beyond ``limit`` bytes (EFBIG, as on a full disk).
    Python ignores SIGXFSZ, so a write past the limit fails instead of killing the process."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_an_import_on_a_full_disk_is_one_line_and_changes_nothing(
    filled: Path, tmp_path: Path
) -> None:
    path = _copy(filled, tmp_path)
    before = counts(path)
    source = sales_file(tmp_path / "more.csv", 10_000, 20_000)
    result = run_cli("import", "sales", source, "--db", path,
                     preexec_fn=_file_size_limit(path.stat().st_size + 64 * 1024))  # fmt: skip
    assert_one_plain_line(result)
    assert healthy(path) and counts(path) == before


def test_a_backup_on_a_full_disk_leaves_no_file(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    result = run_cli("backup", "--db", filled, "--out", target,
                     preexec_fn=_file_size_limit(64 * 1024))  # fmt: skip
    assert_one_plain_line(result)
    assert files_in(tmp_path) == set()


def test_a_demo_on_a_full_disk_leaves_nothing(tmp_path: Path) -> None:
    result = run_cli("demo", "--db", tmp_path / "demo.sqlite", "--customers", 200,
                     "--sales", 5000, preexec_fn=_file_size_limit(256 * 1024))  # fmt: skip
    assert_one_plain_line(result)
    assert files_in(tmp_path) == set()


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (needs root and a kernel that allows it)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small tmpfs needs root (the file-size limit tests stand in for it)")
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_really_full_disk(filled: Path, tmp_path: Path) -> None:
    """Import and backup on a file system that runs out of space (ENOSPC)."""
    with small_tmpfs(tmp_path / "disk", f"{filled.stat().st_size + 256 * 1024}") as disk:
        path = _copy(filled, disk)
        before = counts(path)
        source = sales_file(tmp_path / "more.csv", 10_000, 20_000)
        assert_one_plain_line(run_cli("import", "sales", source, "--db", path))
        assert healthy(path) and counts(path) == before
        assert_one_plain_line(run_cli("backup", "--db", path, "--out", disk / "copy.sqlite"))
        assert {name for name in files_in(disk) if not name.endswith(("-wal", "-shm"))} == {
            path.name
        }
