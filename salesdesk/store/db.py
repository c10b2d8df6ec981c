"""Opening, creating, migrating, backing up and checking databases, whatever their engine.

SPEC §9: a database is recognised before anything writes to it, so foreign and newer ones are
refused unchanged; schema changes are Alembic migrations run in one transaction after the
engine has kept the state before them (SQLite: a verified backup file). What differs between
engines sits behind :class:`salesdesk.store.engine.Storage`; this module is the same for all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from salesdesk.errors import (
    DamagedFileError,
    NewerVersionError,
    OlderSchemaError,
    ReadOnlyError,
)
from salesdesk.store import keeping
from salesdesk.store.engine import WRITE_OPTION, Storage, WriterClaim, storage_for, summarise
from salesdesk.store.schema import head_schema_version, migrate

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlmodel import Session

    from salesdesk.store.sqlite.lock import LockHolder
    from salesdesk.store.writer import Writer

__all__ = [
    "CheckReport",
    "Database",
    "backup_database",
    "backup_file",
    "check_database",
    "create_database",
    "default_backup_path",
    "integrity_problems",
    "open_database",
    "restore_database",
]

T = TypeVar("T")


class Database:
    """An open SalesDesk database: its storage, its engine and, for a writer, the claim to
    write and the thread that writes (:mod:`salesdesk.store.writer`)."""

    def __init__(self, storage: Storage, engine: Engine, claim: WriterClaim | None) -> None:
        self.storage = storage
        self.path = storage.location
        self.engine = engine
        self._claim = claim
        self._writer: Writer | None = None
        self._closed = False
        self.damage: str | None = None  # what a check found wrong: writes are refused then

    @property
    def read_only(self) -> bool:
        return self._claim is None

    @property
    def took_over_from(self) -> LockHolder | None:
        """The holder of a stale lock that opening this database took over, if any."""
        return self._claim.taken_over_from if self._claim else None  # type: ignore[return-value]

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A connection in a transaction that holds the write lock from its start, keeps the
        caches in step with what it writes (:mod:`salesdesk.store.keeping`), commits on
        success and rolls back on error. The app calls it on :attr:`writer`'s thread only
        (see :meth:`transact`)."""
        self._refuse_writes_if_unsafe()
        with self.engine.connect() as connection:
            connection.execution_options(**{WRITE_OPTION: True})
            with connection.begin(), keeping.watching(connection):
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
        self._refuse_writes_if_unsafe()

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

        self._refuse_writes_if_unsafe()
        return Session(self.engine)

    def _refuse_writes_if_unsafe(self) -> None:
        if self.read_only:
            raise ReadOnlyError()
        if self.damage is not None:
            raise DamagedFileError(self.path, self.damage)

    def verify(self) -> None:
        """Runs the engine's quick check; when it finds damage, refuses every later write and
        raises :class:`DamagedFileError` (writing into a damaged file spreads the damage)."""
        problems = self.storage.problems(self.engine, quick=True)
        if problems:
            self.damage = summarise(problems)
            raise DamagedFileError(self.path, self.damage)

    def close(self) -> None:
        self._closed = True
        if self._writer is not None:
            self._writer.close()  # the writes still queued go in first
        self.engine.dispose()
        if self._claim is not None:
            self._claim.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def create_database(
    path: Path | str, *, company: str = "", currency: str = "RUB", language: str = "en"
) -> None:
    """Creates a new, empty database at ``path``; refuses to replace an existing one."""
    from salesdesk.formatting import checked_currency

    storage_for(path).create(
        company=company, currency=checked_currency(currency), language=language
    )


def _recognised_version(storage: Storage) -> int:
    version = storage.schema_version()
    if version > head_schema_version():
        raise NewerVersionError(storage.location, version, head_schema_version())
    return version


def open_database(
    path: Path | str, *, read_only: bool = False, verify: bool = False, password: str | None = None
) -> Database:
    """Opens an existing database, migrating it (after a backup) when it is older.

    Raises :class:`~salesdesk.errors.LockedError` when another process writes to it and
    :class:`~salesdesk.errors.ReadOnlyFileError` when the file or its folder cannot be
    written; the caller may then open it with ``read_only=True``, which writes nothing beside
    a file it cannot write. ``verify`` runs the quick check first (:meth:`Database.verify`).
    ``password``: the login's on a server, when libpq would not find it (kept in memory).
    """
    storage = storage_for(path, password=password)
    version = _recognised_version(storage)
    if read_only:
        if version < head_schema_version():
            raise OlderSchemaError(storage.location, version)
        return Database(storage, storage.make_engine(read_only=True), None)
    claim = storage.claim_writer()
    try:
        storage.prepare_for_writing()
        database = Database(storage, storage.make_engine(), claim)
        if verify or version < head_schema_version():
            database.verify()
        if version < head_schema_version():
            storage.keep_before_migration(database.engine, version)
            migrate(database.engine)
        return database
    except BaseException:
        if claim is not None:
            claim.release()
        raise


def backup_database(database: Database, target: Path) -> Path:
    """A verified copy of an open database as a file at ``target`` (never replacing one)."""
    return database.storage.backup(database.engine, target)


def backup_file(path: Path | str, target: Path) -> Path:
    """Backs up a database that may be open in another process (or read-only)."""
    storage = storage_for(path)
    _recognised_version(storage)
    engine = storage.make_engine(read_only=True)
    try:
        return storage.backup(engine, target)
    finally:
        engine.dispose()


def default_backup_path(path: Path | str) -> Path:
    """A free name for a backup of ``path`` made now."""
    return storage_for(path).default_backup_path()


def restore_database(backup: Path, target: Path) -> Path:
    """Replaces ``target``'s contents with ``backup``'s; returns where the old state was
    kept (see :meth:`salesdesk.store.engine.Storage.restore`)."""
    return storage_for(target).restore(backup)


def integrity_problems(
    path: Path | str, *, quick: bool = False, engine: Engine | None = None
) -> list[str]:
    """Integrity and foreign-key problems, in the engine's words (empty: healthy); a
    database too damaged to be checked gives one problem saying so, never an exception."""
    storage = storage_for(path)
    if engine is not None:
        return storage.problems(engine, quick=quick)
    own = storage.make_engine(read_only=True)
    try:
        return storage.problems(own, quick=quick)
    finally:
        own.dispose()


@dataclass(frozen=True)
class CheckReport:
    schema_version: int
    supported_version: int
    problems: list[str]

    @property
    def healthy(self) -> bool:
        return not self.problems and self.schema_version == self.supported_version


def check_database(path: Path | str) -> CheckReport:
    """Integrity and foreign keys of a database, in its engine's words; one too damaged to
    be checked reports that as its problem."""
    storage = storage_for(path)
    version = _recognised_version(storage)
    return CheckReport(version, head_schema_version(), integrity_problems(path))
