"""SQLite database files: recognising, connecting, creating, copying, restoring, checking.

SPEC §9: a SalesDesk file is recognised by ``PRAGMA application_id`` before SQLite ever opens
it for writing, so foreign, truncated and newer files are refused byte-for-byte unchanged.
Every connection enforces foreign keys; the file is in WAL mode with ``synchronous=NORMAL``.
Copies are made with SQLite's backup API, verified, and renamed into place.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesdesk.errors import (
    DamagedFileError,
    DatabaseExistsError,
    DatabaseNotFoundError,
    ForeignFileError,
    NewerVersionError,
    ReadOnlyFileError,
)
from salesdesk.files import (
    SQLITE_MAGIC,
    check_output_path,
    free_name,
    fsync_file,
    fsync_folder,
    temporary_beside,
)
from salesdesk.i18n import tr
from salesdesk.store.engine import WRITE_OPTION, summarise
from salesdesk.store.schema import head_schema_version, migrate
from salesdesk.store.sqlite.lock import WriterLock

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

APPLICATION_ID = 0x5344534B  # "SDSK"


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
    wal = raw[18] == 2
    if (size < page_size * page_count or size % page_size) and not _checkpointing(path, wal):
        raise DamagedFileError(path, tr("the file is truncated"))
    return FileHeader(application_id, user_version, page_size, page_count, wal)


def _checkpointing(path: Path, wal: bool) -> bool:
    """Whether the file may be growing under a checkpoint: another process copying a
    write-ahead log into it writes the header's new page count before the pages that make
    the file that long. SQLite reads such a file by the log, so its size proves nothing then
    (a command run beside the app once called a healthy file truncated)."""
    log = path.with_name(path.name + "-wal")
    return wal and log.is_file() and log.stat().st_size > 0


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
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def sqlite_uri(path: Path, *, mode: str = "rw", immutable: bool = False) -> str:
    """A ``file:`` URI naming exactly ``path``: '#', '?', '%' and spaces in a name are
    percent-encoded, so SQLite never reads them as the URI's query, fragment or escapes."""
    query = f"mode={mode}" + ("&immutable=1" if immutable else "")
    return f"{Path(path).absolute().as_uri()}?{query}"


def connect(
    path: Path, *, mode: str = "rw", immutable: bool = False, **options: Any
) -> sqlite3.Connection:
    """A raw sqlite3 connection to ``path``; ``mode`` "ro", "rw" or "rwc" (may create it)."""
    return sqlite3.connect(sqlite_uri(path, mode=mode, immutable=immutable), uri=True, **options)


def make_engine(path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    """An engine on ``path``; ``immutable`` for a file nobody can change (nothing is written
    beside it, not even the -shm file WAL readers need)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    mode = "ro" if read_only or immutable else "rw"
    uri = sqlite_uri(Path(path), mode=mode, immutable=immutable)
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=QueuePool,  # the URL names no file: SQLAlchemy would pick a per-thread pool
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def writable(path: Path) -> bool:
    """Whether ``path`` and its folder can be written (the folder holds the -wal, -shm and
    lock files), by this process with its permissions."""
    path = Path(path).absolute()
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def reader_engine(path: Path) -> Engine:
    """A read-only engine that writes nothing beside the file when it cannot be written:
    then it is opened immutable, unless a log file beside it may hold committed data."""
    path = Path(path)
    log = path.with_name(path.name + "-wal")
    immutable = not writable(path) and not (log.exists() and log.stat().st_size > 0)
    return make_engine(path, read_only=True, immutable=immutable)


def create_file(path: Path, *, company: str, currency: str, language: str) -> None:
    """Creates a new, empty database at ``path``; refuses to replace an existing file.

    The file is built under a temporary name beside the target and renamed into place, so a
    crash never leaves a half-made database behind.
    """
    if path.exists() or path.is_symlink():
        raise DatabaseExistsError(path)
    if not path.parent.is_dir():
        raise DatabaseNotFoundError(path.parent)
    check_output_path(path)
    with temporary_beside(path, ".new") as temp:  # private: it holds customer data
        _initialise(temp, company=company, currency=currency, language=language)
        fsync_file(temp)
        _rename_without_replacing(temp, path)
    fsync_folder(path.absolute().parent)


def _rename_without_replacing(source: Path, target: Path) -> None:
    """Moves ``source`` to ``target`` unless something has appeared there meanwhile."""
    try:
        os.link(source, target)  # fails if ``target`` exists: no window between check and act
    except FileExistsError:
        raise DatabaseExistsError(target) from None
    except OSError:  # a file system without hard links
        if target.exists():
            raise DatabaseExistsError(target) from None
        os.replace(source, target)
    else:
        source.unlink()


def _initialise(path: Path, *, company: str, currency: str, language: str) -> None:
    with connect(path) as raw:
        # DELETE journal while building: the finished file must be complete on its own.
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.close()
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
            # Nothing to aggregate yet: the stored aggregates are current from the start, so
            # the first look at a new file writes nothing (salesdesk.metrics.aggregates).
            connection.exec_driver_sql(
                "UPDATE agg_state SET built_changes = changes,"
                " retention_window_days = (SELECT retention_window_days FROM settings),"
                " at_risk_days = (SELECT at_risk_days FROM settings) WHERE id = 1"
            )
    finally:
        engine.dispose()
    set_journal_mode(path, "WAL")


def set_journal_mode(path: Path, mode: str) -> None:
    with connect(path) as raw:
        raw.execute(f"PRAGMA journal_mode = {mode}")
    raw.close()


def pre_migration_backup_path(path: Path, version: int) -> Path:
    """A free name: a migration killed a moment ago may have left its backup under this one."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return free_name(path.with_name(f"{path.stem}.schema{version}-{stamp}.backup{path.suffix}"))


# --- backups and checks --------------------------------------------------------------------


def backup_database(engine: Engine, target: Path) -> Path:
    """Writes a consistent copy with SQLite's backup API; returns ``target``.

    The copy is made under a temporary name beside ``target``, verified (integrity, foreign
    keys, SalesDesk's application id), synced and only then renamed: a full disk, a damaged
    source or a crash never leave a file under the backup's name. An existing ``target`` is
    never replaced.
    """
    target = check_output_path(Path(target))
    if target.exists():
        raise DatabaseExistsError(target)
    source_path = _engine_path(engine)
    with temporary_beside(target) as temp:
        # A backup is a file at rest: in rollback-journal mode it is complete on its own and
        # reading it leaves no -wal / -shm files beside it. Opening it to work on brings WAL back.
        _copy_with_backup_api(engine, temp, journal_mode="DELETE")
        problems = integrity_problems(temp)
        if not problems and read_header(temp).application_id != APPLICATION_ID:
            problems = [tr("not a SalesDesk database")]
        if problems:
            raise DamagedFileError(source_path, summarise(problems), backup_written=False)
        fsync_file(temp)
        _rename_without_replacing(temp, target)
    fsync_folder(target.absolute().parent)
    return target


def _copy_with_backup_api(engine: Engine, destination_path: Path, *, journal_mode: str) -> None:
    """Copies ``engine``'s database into ``destination_path`` in one transaction of SQLite's
    backup API and leaves the copy in ``journal_mode``."""
    raw_source = engine.raw_connection()
    try:
        with connect(destination_path) as destination:
            raw_source.driver_connection.backup(destination)  # type: ignore[union-attr]
            destination.execute(f"PRAGMA journal_mode = {journal_mode}")
        destination.close()
    finally:
        raw_source.close()


def _engine_path(engine: Engine) -> Path:
    """The file an engine of :func:`make_engine` reads."""
    with engine.connect() as connection:
        row = connection.exec_driver_sql("PRAGMA database_list").first()
    return Path(row[2]) if row else Path()


def backup_file(path: Path, target: Path) -> Path:
    """Backs up a database file that may be open in another process (or read-only)."""
    recognise(path)
    engine = reader_engine(path)
    try:
        return backup_database(engine, target)
    finally:
        engine.dispose()


def default_backup_path(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return free_name(path.with_name(f"{path.stem}-{stamp}.backup{path.suffix}"))


def restore_database(backup: Path, target: Path) -> Path:
    """Replaces ``target``'s contents with ``backup``'s; returns where the old state was kept.

    The backup is checked before anything is touched, so a foreign or damaged one leaves the
    target byte-for-byte unchanged. The current state is backed up first, so a restore never
    loses it, and the backup is copied in with SQLite's backup API under the writer lock: one
    transaction on the target, so a crash leaves either the old contents or the backup's.
    A damaged target (the reason to restore, often) is set aside unchanged under a name that
    says so, and the backup is copied to a new file in its place.
    """
    backup, target = Path(backup).resolve(), Path(target).resolve()  # a link: the file itself
    recognise(backup)
    problems = integrity_problems(backup)
    if problems:
        raise DamagedFileError(backup, summarise(problems))
    damaged = _damage_of(target)
    if not writable(target):
        raise ReadOnlyFileError(target)
    lock = WriterLock(target)
    lock.acquire()
    try:
        if damaged:
            kept = _set_aside(target)
            _install_copy(backup, target)
            return kept
        safety_copy = backup_file(target, default_backup_path(target))
        _copy_into(backup, target)
    finally:
        lock.release()
    return safety_copy


def _damage_of(target: Path) -> str | None:
    """What is wrong with a SalesDesk file to be restored; raises for any other file."""
    try:
        recognise(target)
    except DamagedFileError as error:
        return str(error)
    problems = integrity_problems(target, quick=True)
    return summarise(problems) if problems else None


def _copy_into(backup: Path, target: Path) -> None:
    source_engine = reader_engine(backup)
    try:
        _copy_with_backup_api(source_engine, target, journal_mode="WAL")
    finally:
        source_engine.dispose()


def _set_aside(target: Path) -> Path:
    """Renames a damaged file, with its log, to ``<stem>-<time>.damaged<suffix>``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = target.with_name(f"{target.stem}-{stamp}.damaged{target.suffix}")
    if kept.exists():
        raise DatabaseExistsError(kept)
    for suffix in ("-wal", "-shm", "-journal", ""):
        source = target.with_name(target.name + suffix)
        if source.exists():
            os.replace(source, kept.with_name(kept.name + suffix))
    return kept


def _install_copy(backup: Path, target: Path) -> None:
    with temporary_beside(target, ".new") as temp:
        _copy_into(backup, temp)
        fsync_file(temp)
        _rename_without_replacing(temp, target)
    fsync_folder(target.parent)


def integrity_problems(
    path: Path, *, quick: bool = False, engine: Engine | None = None
) -> list[str]:
    """Integrity and foreign-key problems of a file, as SQLite reports them (empty: healthy).

    ``quick`` runs SQLite's quick check only (no index contents, no foreign keys): it reads
    every page once, so it is the check to run before writing. A file too damaged to be
    checked at all gives one problem saying so, never an exception.
    """
    own_engine = engine is None
    engine = engine or reader_engine(Path(path))
    try:
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            return _problems(raw, quick=quick)  # type: ignore[arg-type]
    except sqlite3.DatabaseError as error:
        return [tr("SQLite cannot read the file: {error}", error=error)]
    except Exception as error:  # SQLAlchemy wraps the driver's error
        cause = getattr(error, "orig", None)
        if isinstance(cause, sqlite3.DatabaseError):
            return [tr("SQLite cannot read the file: {error}", error=cause)]
        raise
    finally:
        if own_engine:
            engine.dispose()


def _problems(connection: sqlite3.Connection, *, quick: bool) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    # one line each, without SQLite's "*** in database main ***" headings
    problems = [
        line for row in rows if row[0] != "ok"
        for line in str(row[0]).splitlines() if line and not line.startswith("***")
    ]  # fmt: skip
    if quick:
        return problems
    for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
        problems.append(
            tr(
                "{table} row {row} refers to a missing {parent}",
                table=table,
                row=rowid,
                parent=parent,
            )
        )
    return problems
