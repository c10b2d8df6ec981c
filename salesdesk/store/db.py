"""Creating, recognising, opening, migrating, backing up and checking database files.

SPEC §9: a SalesDesk file is recognised by ``PRAGMA application_id`` before SQLite ever opens
it for writing, so foreign, truncated and newer files are refused byte-for-byte unchanged.
Schema changes are Alembic migrations run in one SQLite transaction after a verified backup.
Every connection enforces foreign keys; the file is in WAL mode with ``synchronous=NORMAL``.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from salesdesk.errors import (
    DamagedFileError,
    DatabaseExistsError,
    DatabaseNotFoundError,
    ForeignFileError,
    NewerVersionError,
    ReadOnlyError,
)
from salesdesk.i18n import tr
from salesdesk.store.lock import LockHolder, WriterLock

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlmodel import Session

    from salesdesk.store.writer import Writer

T = TypeVar("T")

APPLICATION_ID = 0x5344534B  # "SDSK"
IMMEDIATE_OPTION = "salesdesk_immediate"  # an execution option: this transaction writes
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"


def schema_versions() -> dict[str, int]:
    """Alembic revision id -> PRAGMA user_version, read from the migration file names.

    Files are named ``NNNN_title.py`` and revision NNNN leaves ``user_version = int(NNNN)``,
    so start-up learns the head without importing Alembic (a test checks both agree).
    """
    names = (p.name for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return {name[:4]: int(name[:4]) for name in names}


def head_schema_version() -> int:
    return max(schema_versions().values())


# --- recognising a file --------------------------------------------------------------------


@dataclass(frozen=True)
class FileHeader:
    application_id: int
    user_version: int
    page_size: int
    page_count: int
    wal: bool  # the file's journal mode is WAL (header bytes 18-19 are 2)


def read_header(path: Path) -> FileHeader:
    """Reads and validates a file's SQLite header without letting SQLite touch the file."""
    if not path.is_file():
        raise DatabaseNotFoundError(path)
    with path.open("rb") as f:
        raw = f.read(100)
    size = path.stat().st_size
    if len(raw) < 100 or raw[:16] != SQLITE_MAGIC:
        raise ForeignFileError(path, tr("not an SQLite file"))
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", raw[28:32])
    (user_version,) = struct.unpack(">I", raw[60:64])
    (application_id,) = struct.unpack(">I", raw[68:72])
    if application_id != APPLICATION_ID:
        raise ForeignFileError(path, tr("an SQLite file of another application"))
    if size < page_size * page_count or size % page_size:
        raise DamagedFileError(path, tr("the file is truncated"))
    return FileHeader(application_id, user_version, page_size, page_count, raw[18] == 2)


def recognise(path: Path) -> FileHeader:
    """Raises unless ``path`` is a SalesDesk database this version can open."""
    header = read_header(path)
    if header.user_version > head_schema_version():
        raise NewerVersionError(path, header.user_version, head_schema_version())
    return header


# --- engines -------------------------------------------------------------------------------


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so that DDL is transactional too
    # (pysqlite's own transaction handling commits before DDL).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _on_begin(connection: Connection) -> None:
    # A write takes the file's write lock when it begins, not at its first change: a deferred
    # transaction that reads first fails outright ("database is locked") when another writer
    # commits in between, where an immediate one waits its turn (busy_timeout).
    immediate = connection.get_execution_options().get(IMMEDIATE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    from sqlalchemy import create_engine, event

    mode = "ro" if read_only else "rw"
    url = f"sqlite+pysqlite:///file:{path.as_posix()}?mode={mode}&uri=true"
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


# --- migrations ----------------------------------------------------------------------------


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def migrate(engine: Engine, *, to: str = "head") -> None:
    """Runs the pending migrations in one transaction: all of them or none."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, to)


def alembic_heads() -> list[str]:
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(_alembic_config()).get_heads())


# --- creating ------------------------------------------------------------------------------


def create_database(
    path: Path, *, company: str = "", currency: str = "RUB", language: str = "en"
) -> None:
    """Creates a new, empty database at ``path``; refuses to replace an existing file.

    The file is built under a temporary name beside the target and renamed into place, so a
    crash never leaves a half-made database behind.
    """
    if path.exists():
        raise DatabaseExistsError(path)
    if not path.parent.is_dir():
        raise DatabaseNotFoundError(path.parent)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    os.close(fd)
    temp = Path(temp_name)
    temp.chmod(0o666 & ~_umask())  # mkstemp makes it private; a database is an ordinary file
    try:
        _initialise(temp, company=company, currency=currency.upper(), language=language)
        if path.exists():  # somebody created it meanwhile
            raise DatabaseExistsError(path)
        os.replace(temp, path)
    finally:
        for leftover in (temp, *_sidecars(temp)):
            leftover.unlink(missing_ok=True)


def _initialise(path: Path, *, company: str, currency: str, language: str) -> None:
    with sqlite3.connect(path) as raw:
        # DELETE journal while building: the finished file must be complete on its own.
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    engine = make_engine(path)
    try:
        migrate(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO settings (id, company_name, currency, org_mode,"
                " retention_window_days, at_risk_days, fiscal_year_start_month,"
                " report_language) VALUES (1, ?, ?, 'geographic', 365, 90, 1, ?)",
                (company, currency, language),
            )
    finally:
        engine.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA journal_mode = WAL")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sidecars(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


# --- opening -------------------------------------------------------------------------------


class Database:
    """An open SalesDesk database: its engine and, for a writer, the writer lock and the
    thread that writes (:mod:`salesdesk.store.writer`)."""

    def __init__(self, path: Path, engine: Engine, lock: WriterLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._writer: Writer | None = None
        self._closed = False

    @property
    def read_only(self) -> bool:
        return self._lock is None

    @property
    def took_over_from(self) -> LockHolder | None:
        """The holder of a stale lock that opening this database took over, if any."""
        return self._lock.taken_over if self._lock else None

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A connection in an immediate transaction that commits on success and rolls back on
        error. The app calls it on :attr:`writer`'s thread only (see :meth:`transact`)."""
        if self.read_only:
            raise ReadOnlyError()
        with self.engine.connect() as connection:
            connection.execution_options(**{IMMEDIATE_OPTION: True})
            with connection.begin():
                yield connection

    @property
    def writer(self) -> Writer:
        """The serial queue every write of the app goes through (created when first used)."""
        if self._closed:  # a write still on its way when the file was closed must not land
            raise RuntimeError(f"{self.path.name} was closed")
        if self._writer is None:
            from salesdesk.store.writer import Writer

            self._writer = Writer()
        return self._writer

    def transact(self, job: Callable[[Connection], T]) -> T:
        """Runs ``job`` in a write transaction on the writer's thread and returns its result;
        waits for the jobs queued before it."""
        if self.read_only:
            raise ReadOnlyError()

        def in_transaction() -> T:
            with self.write() as connection:
                return job(connection)

        return self.writer.run(in_transaction)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    def session(self) -> Session:
        from sqlmodel import Session

        if self.read_only:
            raise ReadOnlyError()
        return Session(self.engine)

    def close(self) -> None:
        self._closed = True
        if self._writer is not None:
            self._writer.close()  # the writes still queued go in first
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_database(path: Path, *, read_only: bool = False) -> Database:
    """Opens an existing database, migrating it (after a backup) when it is older.

    Raises :class:`~salesdesk.errors.LockedError` when another process writes to it; the
    caller may then open it with ``read_only=True``.
    """
    path = Path(path).absolute()
    header = recognise(path)
    if read_only:
        if header.user_version < head_schema_version():
            raise ReadOnlyError()
        return Database(path, make_engine(path, read_only=True), None)
    lock = WriterLock(path)
    lock.acquire()
    try:
        if not header.wal:  # e.g. a backup opened to work on: back to WAL (see the README)
            with sqlite3.connect(path) as raw:
                raw.execute("PRAGMA journal_mode = WAL")
            raw.close()
        engine = make_engine(path)
        if header.user_version < head_schema_version():
            backup_database(engine, pre_migration_backup_path(path, header.user_version))
            migrate(engine)
        return Database(path, engine, lock)
    except BaseException:
        lock.release()
        raise


def pre_migration_backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.schema{version}-{stamp}.backup{path.suffix}")


# --- backups and checks --------------------------------------------------------------------


def backup_database(engine: Engine, target: Path) -> Path:
    """Writes a consistent copy with SQLite's backup API and verifies it before returning."""
    if target.exists():
        raise DatabaseExistsError(target)
    raw_source = engine.raw_connection()
    try:
        with sqlite3.connect(target) as destination:
            raw_source.driver_connection.backup(destination)  # type: ignore[union-attr]
        # A backup is a file at rest: in rollback-journal mode it is complete on its own and
        # reading it leaves no -wal / -shm files beside it. Opening it to work on brings WAL back.
        destination.execute("PRAGMA journal_mode = DELETE")
        destination.close()
    finally:
        raw_source.close()
    problems = integrity_problems(target)
    if problems:
        target.unlink(missing_ok=True)
        raise DamagedFileError(target, "; ".join(problems))
    return target


def backup_file(path: Path, target: Path) -> Path:
    """Backs up a database file that may be open in another process."""
    recognise(path)
    engine = make_engine(path, read_only=True)
    try:
        return backup_database(engine, target)
    finally:
        engine.dispose()


def default_backup_path(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}-{stamp}.backup{path.suffix}")


def restore_database(backup: Path, target: Path) -> Path:
    """Replaces ``target``'s contents with ``backup``'s; returns the safety copy of the old state.

    The backup is checked before anything is touched, so a foreign or damaged one leaves the
    target byte-for-byte unchanged. The current state is backed up first, so a restore never
    loses it, and the backup is copied in with SQLite's backup API under the writer lock.
    """
    backup, target = Path(backup).absolute(), Path(target).absolute()
    recognise(backup)
    problems = integrity_problems(backup)
    if problems:
        raise DamagedFileError(backup, "; ".join(problems))
    lock = WriterLock(target)
    lock.acquire()
    try:
        safety_copy = backup_file(target, default_backup_path(target))
        with (
            sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True) as source,
            sqlite3.connect(target) as destination,
        ):
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = WAL")
        source.close()
        destination.close()
    finally:
        lock.release()
    return safety_copy


def integrity_problems(path: Path) -> list[str]:
    """Integrity and foreign-key problems of a file, as SQLite reports them (empty: healthy)."""
    with sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True) as connection:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        problems = [row[0] for row in rows if row[0] != "ok"]
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
            problems.append(
                tr(
                    "{table} row {rowid} refers to a missing {parent}",
                    table=table,
                    rowid=rowid,
                    parent=parent,
                )
            )
    connection.close()
    return problems


@dataclass(frozen=True)
class CheckReport:
    schema_version: int
    supported_version: int
    problems: list[str]

    @property
    def healthy(self) -> bool:
        return not self.problems and self.schema_version == self.supported_version


def check_database(path: Path) -> CheckReport:
    header = recognise(Path(path))
    return CheckReport(header.user_version, head_schema_version(), integrity_problems(path))
