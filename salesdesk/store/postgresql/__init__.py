"""PostgreSQL: a SalesDesk database on a server, shared by a team (SPEC §13).

Everything specific to PostgreSQL lives in this package (tests/test_architecture.py checks):
URLs, logins and engines (:mod:`.connection`), what the migrations spell their own way
(:mod:`.ddl`), the SQL PostgreSQL spells its own way (:mod:`.dialect`), the roles and row-level
security (:mod:`.security`). The server arbitrates writers (a transaction-level advisory lock
rather than a lock file), its transactional DDL keeps a failed migration from leaving anything
behind, and a backup is a SalesDesk file of what the login sees (``pg_dump`` copies a server).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from salesdesk.errors import DatabaseExistsError, DatabaseNotFoundError, ForeignFileError
from salesdesk.files import free_name
from salesdesk.i18n import tr
from salesdesk.store.engine import (
    BulkConnection,
    ChangeListener,
    DatabaseUrl,
    Storage,
    WriterClaim,
)
from salesdesk.store.postgresql import connection
from salesdesk.store.postgresql import ddl as _ddl  # noqa: F401 - integers of 64 bits
from salesdesk.store.postgresql.dialect import DIALECT

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

__all__ = ["DIALECT", "ServerStorage"]


class EmptyDatabaseError(DatabaseNotFoundError):
    """The server database exists and holds nothing yet."""

    def __init__(self, url: DatabaseUrl) -> None:
        super().__init__(url)  # type: ignore[arg-type]
        self.args = (
            tr("{url} holds no SalesDesk data yet: run `server init` or `server push` first.",
               url=url),
        )  # fmt: skip


class _ServerClaim(WriterClaim):
    """The server arbitrates writers: each write transaction takes the advisory lock."""

    exclusive = False

    def release(self) -> None:
        pass


class ServerStorage(Storage):
    """A database on a PostgreSQL server."""

    name = "postgresql"
    keeps_automatic_backups = False

    def __init__(self, url: DatabaseUrl, *, password: str | None = None) -> None:
        connection.parse_url(url)  # refuses a bad URL before anything else
        self._url = DatabaseUrl(url)
        self._password = password
        self._own_backends: set[int] = set()  # this app's server processes

    @property
    def location(self) -> Path:
        return self._url  # type: ignore[return-value]

    @property
    def url(self) -> DatabaseUrl:
        return self._url

    def make_engine(self, *, read_only: bool = False) -> Engine:
        return connection.make_engine(
            self._url, read_only=read_only, password=self._password, own_backends=self._own_backends
        )

    def listen_for_changes(self, on_change: Callable[[set[str]], None]) -> ChangeListener:
        return connection.NoticeListener(self._url, self._password, on_change, self._own_backends)

    # --- creating, recognising ---------------------------------------------------------------

    def tables(self, conn: Connection) -> list[str]:
        from sqlalchemy import text

        rows = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        )
        return sorted(name for (name,) in rows)

    def create(self, *, company: str, currency: str, language: str) -> None:
        from sqlalchemy import text

        from salesdesk.store.schema import migrate_connection

        engine = self.make_engine()
        try:
            with engine.begin() as conn:
                connection.take_writer_lock(conn)
                if self.tables(conn):
                    raise DatabaseExistsError(self._url)  # type: ignore[arg-type]
                migrate_connection(conn)
                conn.execute(
                    text(
                        "INSERT INTO settings (id, company_name, currency, org_mode,"
                        " retention_window_days, at_risk_days, fiscal_year_start_month,"
                        " report_language) VALUES (1, :company, :currency, 'geographic',"
                        " 365, 90, 1, :language)"
                    ),
                    {"company": company, "currency": currency, "language": language},
                )
                # nothing to aggregate yet: the stored aggregates are current from the start
                conn.execute(
                    text(
                        "UPDATE agg_state SET built_changes = changes,"
                        " retention_window_days = (SELECT retention_window_days FROM settings),"
                        " at_risk_days = (SELECT at_risk_days FROM settings) WHERE id = 1"
                    )
                )
        finally:
            engine.dispose()

    def schema_version(self) -> int:
        engine = self.make_engine(read_only=True)
        try:
            with engine.connect() as conn:
                return self._version(conn)
        finally:
            engine.dispose()

    def _version(self, conn: Connection) -> int:
        from sqlalchemy import text

        tables = self.tables(conn)
        if not tables:
            raise EmptyDatabaseError(self._url)
        if "alembic_version" not in tables or "settings" not in tables:
            raise ForeignFileError(self._url, tr("tables of another application"))  # type: ignore[arg-type]
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if not (isinstance(version, str) and version.isdigit()):
            raise ForeignFileError(self._url, tr("an unknown schema version"))  # type: ignore[arg-type]
        return int(version)

    def can_write(self) -> bool:
        return True  # what a login may change, the server decides row by row

    def claim_writer(self) -> WriterClaim:
        return _ServerClaim()

    def prepare_for_writing(self) -> None:
        pass

    # --- checking and copying ----------------------------------------------------------------

    def problems(self, engine: Engine, *, quick: bool = False) -> list[str]:
        # The server keeps its own pages and constraints; a database it serves is whole.
        return []

    def backup(self, engine: Engine, target: Path) -> Path:
        from salesdesk.store.postgresql.transfer import pull

        return pull(engine, target)

    def default_backup_path(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        return free_name(Path.cwd() / f"{self._url.name}-{stamp}.backup.sqlite")

    def keep_before_migration(self, engine: Engine, version: int) -> None:
        pass  # the migration runs in one transaction: a failed one leaves nothing behind

    def restore(self, backup: Path) -> Path:
        from salesdesk.errors import SalesDeskError

        raise SalesDeskError(
            tr("A server database is not restored from a file: push the file into a new, "
               "empty database (`server push`), or restore the server's own dump (pg_restore).")
        )  # fmt: skip

    def bulk_connection(self, conn: Connection) -> BulkConnection:
        return connection.QmarkConnection(conn.connection.driver_connection)

    @contextmanager
    def bulk_load(self, conn: Connection) -> Iterator[None]:
        from sqlalchemy import text

        from salesdesk.store.postgresql.transfer import reset_sequences

        conn.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
        yield
        # a bulk load gives its rows their ids itself: new rows of the app's must come after
        reset_sequences(conn)
