"""SQLite: a SalesDesk database as one local file (:class:`salesdesk.store.engine.Storage`).

Everything specific to SQLite lives in this package, and only here (tests/test_architecture.py
checks): the file's header and ``PRAGMA application_id`` (:mod:`.files`), connections through
``file:`` URIs with their pragmas, ``BEGIN IMMEDIATE`` for writes, the backup API, integrity
checks, the writer's file lock (:mod:`.lock`), automatic backups beside the file
(:mod:`.backups`), and the SQL SQLite spells its own way, FTS5 search included (:mod:`.dialect`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, cast

from salesdesk.errors import ReadOnlyFileError
from salesdesk.store.engine import BulkConnection, Storage, WriterClaim
from salesdesk.store.sqlite import files
from salesdesk.store.sqlite.dialect import DIALECT
from salesdesk.store.sqlite.lock import WriterLock

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

__all__ = ["DIALECT", "SqliteStorage"]

_BULK_CACHE_KIB = 262_144  # 256 MiB of page cache while a bulk load runs
_BULK_SORTER_THREADS = 2  # CREATE INDEX sorts on a helper thread


class SqliteStorage(Storage):
    """A database file."""

    name = "sqlite"

    def __init__(self, path: Path) -> None:
        self._path = Path(path).absolute()

    @property
    def location(self) -> Path:
        return self._path

    def create(self, *, company: str, currency: str, language: str) -> None:
        files.create_file(self._path, company=company, currency=currency, language=language)

    def schema_version(self) -> int:
        return files.recognise(self._path).user_version

    def can_write(self) -> bool:
        return files.writable(self._path)

    def make_engine(self, *, read_only: bool = False) -> Engine:
        if read_only:
            return files.reader_engine(self._path)
        return files.make_engine(self._path)

    def claim_writer(self) -> WriterClaim:
        if not self.can_write():
            raise ReadOnlyFileError(self._path)
        lock = WriterLock(self._path)
        lock.acquire()
        return lock

    def prepare_for_writing(self) -> None:
        if not files.read_header(self._path).wal:  # e.g. a backup opened to work on
            files.set_journal_mode(self._path, "WAL")

    def problems(self, engine: Engine, *, quick: bool = False) -> list[str]:
        return files.integrity_problems(self._path, quick=quick, engine=engine)

    def backup(self, engine: Engine, target: Path) -> Path:
        return files.backup_database(engine, target)

    def default_backup_path(self) -> Path:
        return files.default_backup_path(self._path)

    def keep_before_migration(self, engine: Engine, version: int) -> None:
        files.backup_database(engine, files.pre_migration_backup_path(self._path, version))

    def restore(self, backup: Path) -> Path:
        return files.restore_database(backup, self._path)

    def bulk_connection(self, conn: Connection) -> BulkConnection:
        # sqlite3 takes "?" parameters, and runs in the transaction conn began
        return cast(BulkConnection, conn.connection.driver_connection)

    @contextmanager
    def bulk_load(self, conn: Connection) -> Iterator[None]:
        settings = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()
            for name in ("cache_size", "threads")
        }
        conn.exec_driver_sql(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
        conn.exec_driver_sql(f"PRAGMA threads = {_BULK_SORTER_THREADS}")
        try:
            yield
        finally:
            for name, value in settings.items():
                conn.exec_driver_sql(f"PRAGMA {name} = {int(value)}")
