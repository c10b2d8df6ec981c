"""Data safety (SPEC §9 items 1–4, 7): recognising, refusing, locking, migrating, checking."""

from __future__ import annotations

import hashlib
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from salesdesk.errors import (
    DamagedFileError,
    DatabaseExistsError,
    DatabaseNotFoundError,
    ForeignFileError,
    LockedError,
    NewerVersionError,
    ReadOnlyError,
)
from salesdesk.store import db, schema
from salesdesk.store.sqlite import files as sqlite_files
from salesdesk.store.sqlite.lock import lock_path_for
from tests.paths import ROOT

pytestmark = pytest.mark.sqlite_only(
    "files: recognising, locking, permissions, migrating with a backup file"
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        names = {row[0] for row in rows}
    connection.close()
    return names


def set_user_version(path: Path, version: int) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {version}")
    connection.close()


# --- creating ------------------------------------------------------------------------------


def test_new_database_has_identity_schema_settings_and_wal(empty_db_path: Path) -> None:
    header = sqlite_files.read_header(empty_db_path)
    assert header.application_id == 0x5344534B
    assert header.user_version == schema.head_schema_version()
    assert {"customer", "sale", "goal", "change_log", "alembic_version"} <= table_names(
        empty_db_path
    )
    with db.open_database(empty_db_path) as database, database.read() as connection:
        settings = connection.exec_driver_sql("SELECT company_name, currency FROM settings").one()
        assert tuple(settings) == ("Test Co", "RUB")
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_create_refuses_an_existing_file_and_leaves_it(empty_db_path: Path) -> None:
    before = sha256(empty_db_path)
    with pytest.raises(DatabaseExistsError):
        db.create_database(empty_db_path)
    assert sha256(empty_db_path) == before


def test_create_leaves_no_temporary_files(tmp_path: Path) -> None:
    db.create_database(tmp_path / "a.sqlite")
    assert [p.name for p in tmp_path.iterdir()] == ["a.sqlite"]


def test_opening_a_missing_path_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(DatabaseNotFoundError):
        db.open_database(tmp_path / "missing.sqlite")
    assert list(tmp_path.iterdir()) == []


# --- refusing what is not ours -------------------------------------------------------------


def test_text_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("customer,amount\nAcme,100\n", encoding="utf-8")
    before = sha256(path)
    with pytest.raises(ForeignFileError, match="not a SalesDesk database"):
        db.open_database(path)
    assert sha256(path) == before


def test_foreign_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("INSERT INTO t VALUES (1)")
    connection.close()
    before = sha256(path)
    with pytest.raises(ForeignFileError, match="another application"):
        db.open_database(path)
    assert sha256(path) == before
    assert not lock_path_for(path).exists()


def test_truncated_file_is_refused_unchanged(empty_db_path: Path) -> None:
    data = empty_db_path.read_bytes()
    empty_db_path.write_bytes(data[: len(data) // 2 + 100])
    before = sha256(empty_db_path)
    with pytest.raises(DamagedFileError, match="truncated"):
        db.open_database(empty_db_path)
    assert sha256(empty_db_path) == before


def test_a_file_growing_under_a_checkpoint_is_not_called_truncated(empty_db_path: Path) -> None:
    """Another process checkpointing its write-ahead log writes the header's page count before
    the pages that make the file that long: with a log beside a WAL file, a short file is not
    proof of damage (and SQLite reads it by the log)."""
    header = sqlite_files.read_header(empty_db_path)
    assert header.wal and header.page_count > 1
    data = empty_db_path.read_bytes()
    empty_db_path.write_bytes(data[: -header.page_size])  # the last page not copied in yet
    log = empty_db_path.with_name(empty_db_path.name + "-wal")
    log.write_bytes(b"")  # an empty log: nothing is being copied in, so it is truncated
    with pytest.raises(DamagedFileError, match="truncated"):
        sqlite_files.read_header(empty_db_path)
    log.write_bytes(b"\0" * header.page_size)
    assert sqlite_files.read_header(empty_db_path).page_count == header.page_count


def test_newer_file_is_refused_unchanged(empty_db_path: Path) -> None:
    set_user_version(empty_db_path, 99)
    before = sha256(empty_db_path)
    with pytest.raises(NewerVersionError, match="newer SalesDesk"):
        db.open_database(empty_db_path)
    with pytest.raises(NewerVersionError):
        db.open_database(empty_db_path, read_only=True)
    assert sha256(empty_db_path) == before


# --- one writer per file -------------------------------------------------------------------

HOLDER_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from salesdesk.store.db import open_database
    database = open_database(Path(sys.argv[1]))
    print("ready", flush=True)
    sys.stdin.readline()
    database.close()
    """
)


def start_holder(path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER_SCRIPT, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def test_second_process_is_refused_with_the_holder_named(empty_db_path: Path) -> None:
    holder = start_holder(empty_db_path)
    try:
        with pytest.raises(LockedError) as refused:
            db.open_database(empty_db_path)
        assert refused.value.holder is not None
        assert refused.value.holder.pid == holder.pid
        assert f"process {holder.pid}" in str(refused.value)
        with db.open_database(empty_db_path, read_only=True) as database:
            assert database.read_only
            with database.read() as connection:
                assert connection.exec_driver_sql("SELECT count(*) FROM settings").scalar() == 1
            with pytest.raises(ReadOnlyError), database.write():
                pass
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    with db.open_database(empty_db_path) as database:
        assert not database.read_only
        assert database.took_over_from is None


def test_same_process_cannot_open_twice_for_writing(empty_db_path: Path) -> None:
    with db.open_database(empty_db_path), pytest.raises(LockedError):
        db.open_database(empty_db_path)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_lock_of_a_killed_process_is_taken_over(empty_db_path: Path) -> None:
    holder = start_holder(empty_db_path)
    holder.send_signal(signal.SIGKILL)
    holder.communicate(timeout=30)  # reaps it and closes its pipes
    assert lock_path_for(empty_db_path).exists()  # the lock file is left behind
    with db.open_database(empty_db_path) as database:
        assert database.took_over_from is not None
        assert database.took_over_from.pid == holder.pid
    assert not lock_path_for(empty_db_path).exists()


def test_read_only_open_never_writes(empty_db_path: Path) -> None:
    with db.open_database(empty_db_path) as database, database.write() as connection:
        connection.exec_driver_sql("UPDATE settings SET company_name = 'Renamed'")
    before = sha256(empty_db_path)
    with db.open_database(empty_db_path, read_only=True) as database, database.read() as connection:
        assert connection.exec_driver_sql("SELECT company_name FROM settings").scalar() == "Renamed"
    assert sha256(empty_db_path) == before


# --- migrations ----------------------------------------------------------------------------


def test_alembic_head_matches_the_fast_schema_version() -> None:
    """One linear history whose head is the highest NNNN_*.py file and its user_version."""
    newest = max(schema.schema_versions())
    assert schema.alembic_heads() == [newest]
    assert schema.head_schema_version() == int(newest)


def _not_search_table(name: str | None, type_: str, _parents: object) -> bool:
    """The FTS5 customer search table and its shadow tables have no model."""
    from salesdesk.store.models import is_search_table

    return not (type_ == "table" and name is not None and is_search_table(name))


def test_models_and_migrations_agree() -> None:
    """Autogenerate finds nothing to do: the baseline creates exactly what models.py says."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from salesdesk.store.models import SQLModel

    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        db_config = schema.alembic_config()
        db_config.attributes["connection"] = connection
        from alembic import command

        command.upgrade(db_config, "head")
        context = MigrationContext.configure(connection, opts={"include_name": _not_search_table})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


def test_pre_baseline_file_is_migrated_after_a_verified_backup(tmp_path: Path) -> None:
    """A file stamped with our id but no schema yet (user_version 0) gets the baseline."""
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA application_id = {sqlite_files.APPLICATION_ID}")
        connection.execute("CREATE TABLE keep_me (x)")
    connection.close()
    with db.open_database(path) as database, database.read() as connection:
        version = connection.exec_driver_sql("PRAGMA user_version").scalar()
    assert version == schema.head_schema_version()
    backups = list(tmp_path.glob("old.schema0-*.backup.sqlite"))
    assert len(backups) == 1
    assert table_names(backups[0]) == {"keep_me"}
    assert {"keep_me", "sale"} <= table_names(path)


def test_a_failing_migration_leaves_the_old_schema(
    empty_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = schema.head_schema_version()
    broken = f"{head + 1:04d}"
    migrations = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, migrations)
    (migrations / "versions" / f"{broken}_broken.py").write_text(
        textwrap.dedent(
            f"""
            import sqlalchemy as sa
            from alembic import op

            revision = "{broken}"
            down_revision = "{head:04d}"
            branch_labels = None
            depends_on = None


            def upgrade():
                op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
                op.add_column("customer", sa.Column("extra", sa.String))
                op.execute("PRAGMA user_version = {head + 1}")
                raise RuntimeError("power cut")


            def downgrade():
                pass
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", migrations)
    with pytest.raises(RuntimeError, match="power cut"):
        db.open_database(empty_db_path)
    assert "half_done" not in table_names(empty_db_path)
    with sqlite3.connect(empty_db_path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(customer)")}
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    connection.close()
    assert "extra" not in columns
    assert version == head
    assert len(list(empty_db_path.parent.glob(f"empty.schema{head}-*.backup.sqlite"))) == 1
    assert not lock_path_for(empty_db_path).exists()


# --- backups and checks --------------------------------------------------------------------


def test_backup_of_a_live_database_is_complete_and_verified(
    empty_db_path: Path, tmp_path: Path
) -> None:
    with db.open_database(empty_db_path) as database:
        with database.write() as connection:
            connection.exec_driver_sql(
                "INSERT INTO account_type (name) VALUES ('Corporate'), ('Retail')"
            )
        target = db.backup_database(database, tmp_path / "copy.sqlite")
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT count(*) FROM account_type").fetchone()[0] == 2
    connection.close()
    assert db.check_database(target).healthy


def test_check_reports_foreign_key_problems_in_plain_words(empty_db_path: Path) -> None:
    with sqlite3.connect(empty_db_path) as connection:
        connection.execute(
            "INSERT INTO customer (code, name, kind, created_on, notes, territory_id)"
            " VALUES ('C1', 'Acme', 'company', '2026-01-01', '', 42)"
        )
    connection.close()
    report = db.check_database(empty_db_path)
    assert not report.healthy
    assert report.problems == ["customer row 1 refers to a missing territory"]


# --- restoring -----------------------------------------------------------------------------


def account_types(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM account_type ORDER BY name").fetchall()
    connection.close()
    return [row[0] for row in rows]


def add_account_types(path: Path, *names: str) -> None:
    with db.open_database(path) as database, database.write() as connection:
        for name in names:
            connection.exec_driver_sql("INSERT INTO account_type (name) VALUES (?)", (name,))


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(
    empty_db_path: Path, tmp_path: Path
) -> None:
    add_account_types(empty_db_path, "Corporate")
    backup = db.backup_file(empty_db_path, tmp_path / "before.sqlite")
    add_account_types(empty_db_path, "Retail", "Wholesale")

    safety_copy = db.restore_database(backup, empty_db_path)

    assert account_types(empty_db_path) == ["Corporate"]
    assert account_types(safety_copy) == ["Corporate", "Retail", "Wholesale"]
    assert safety_copy.parent == empty_db_path.parent
    assert db.check_database(empty_db_path).healthy
    assert not lock_path_for(empty_db_path).exists()
    with db.open_database(empty_db_path) as database, database.read() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_restore_refuses_a_foreign_backup_and_leaves_the_target(
    empty_db_path: Path, tmp_path: Path
) -> None:
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    before = sha256(empty_db_path)
    with pytest.raises(ForeignFileError, match="another application"):
        db.restore_database(foreign, empty_db_path)
    assert sha256(empty_db_path) == before
    assert not list(tmp_path.glob("empty-*.backup.sqlite"))


def test_restore_refuses_a_damaged_backup_naming_it(empty_db_path: Path, tmp_path: Path) -> None:
    damaged = db.backup_file(empty_db_path, tmp_path / "damaged.sqlite")
    with sqlite3.connect(damaged) as connection:
        connection.execute(
            "INSERT INTO customer (code, name, kind, created_on, notes, territory_id)"
            " VALUES ('C1', 'Acme', 'company', '2026-01-01', '', 42)"
        )
    connection.close()
    before = sha256(empty_db_path)
    with pytest.raises(DamagedFileError, match=r"damaged\.sqlite is damaged"):
        db.restore_database(damaged, empty_db_path)
    assert sha256(empty_db_path) == before


def test_restore_refuses_a_target_another_process_writes(
    empty_db_path: Path, tmp_path: Path
) -> None:
    backup = db.backup_file(empty_db_path, tmp_path / "before.sqlite")
    holder = start_holder(empty_db_path)
    try:
        with pytest.raises(LockedError):
            db.restore_database(backup, empty_db_path)
    finally:
        holder.communicate("\n", timeout=30)
    assert not list(tmp_path.glob("empty-*.backup.sqlite"))  # no safety copy was needed


def test_a_backup_is_complete_on_its_own_and_opens_in_wal(
    empty_db_path: Path, tmp_path: Path
) -> None:
    with db.open_database(empty_db_path) as database:
        folder = tmp_path / "backups"
        folder.mkdir()
        target = db.backup_database(database, folder / "copy.sqlite")
    assert [p.name for p in folder.iterdir()] == ["copy.sqlite"]  # no -wal, no -shm
    assert not sqlite_files.read_header(target).wal
    with db.open_database(target) as database, database.read() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
