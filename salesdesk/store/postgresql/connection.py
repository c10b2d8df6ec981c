"""Reaching a SalesDesk database on a PostgreSQL server: its URL, engines, the writers' lock.

The URL names the server, the login and the database (``postgresql://user@host:port/dbname``,
query options such as ``sslmode`` passed through to libpq). The password never appears in it:
libpq reads it from PGPASSWORD or ~/.pgpass, and the GUI hands it over for the session only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from salesdesk.errors import SalesDeskError
from salesdesk.i18n import tr
from salesdesk.store.engine import WRITE_OPTION, DatabaseUrl

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine

# The key of the transaction-level advisory lock every SalesDesk write takes when it begins:
# writes of all the team's apps follow each other, as on a file (SPEC §9, §13), so the
# bookkeeping of the stored aggregates stays exact under concurrent writers.
WRITER_LOCK_KEY = 0x5A1E5DE5C
_APPLICATION_NAME = "SalesDesk"


class ServerUrlError(SalesDeskError):
    """A server URL SalesDesk does not accept."""


def parse_url(url: DatabaseUrl | str) -> URL:
    """The SQLAlchemy URL of a ``postgresql://`` URL, refusing one with a password or without
    a database name."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(str(url))
    except (ArgumentError, ValueError):
        raise ServerUrlError(
            tr("{url} is not a server address; use postgresql://user@host:port/database",
               url=redacted(url))
        ) from None  # fmt: skip
    if parsed.password is not None:
        raise ServerUrlError(
            tr("Leave the password out of the address: SalesDesk takes it from PGPASSWORD or "
               "~/.pgpass (or asks for it), and never stores it.")
        )  # fmt: skip
    if not parsed.database:
        raise ServerUrlError(
            tr("{url} names no database; use postgresql://user@host:port/database",
               url=redacted(url))
        )  # fmt: skip
    return parsed.set(drivername="postgresql+psycopg")


def redacted(url: DatabaseUrl | str) -> str:
    """The URL with any password replaced, for messages."""
    scheme, found, rest = str(url).partition("://")
    if not found:
        return str(url)
    credentials, at, host = rest.rpartition("@")
    if at and ":" in credentials:
        credentials = credentials.split(":", 1)[0] + ":***"
    return f"{scheme}://{credentials}{at}{host}"


def _connect_args(read_only: bool, password: str | None) -> dict[str, Any]:
    # No JIT compilation: the app's queries are short and read through indexes, but their
    # estimated cost over 10M sales passes jit_above_cost, and compiling took ~185 ms of a
    # goal's 900 ms churn query on the reference set (EXPLAIN ANALYZE), never paid back.
    # A killed app's server process notices within 2 s and rolls back, rather than running its
    # statement to the end while holding the team's writer lock.
    options = ["-c jit=off", "-c client_connection_check_interval=2000"]
    if read_only:
        options.append("-c default_transaction_read_only=on")
    args: dict[str, Any] = {"application_name": _APPLICATION_NAME, "options": " ".join(options)}
    if password is not None:
        args["password"] = password
    return args


def make_engine(
    url: DatabaseUrl | str,
    *,
    read_only: bool = False,
    password: str | None = None,
    own_backends: set[int] | None = None,
) -> Engine:
    """An engine on the server database; its write transactions (:data:`WRITE_OPTION`) take
    the writers' lock as they begin, its read-only ones cannot write."""
    from sqlalchemy import create_engine, event

    engine = create_engine(
        parse_url(url), connect_args=_connect_args(read_only, password), pool_pre_ping=True
    )
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "connect", _numbers_as_sqlite_gives_them)
    if own_backends is not None:  # the server processes serving this app: its own changes

        def remember(dbapi_connection: Any, _record: Any) -> None:
            own_backends.add(dbapi_connection.info.backend_pid)

        event.listen(engine, "connect", remember)
    return engine


def _numbers_as_sqlite_gives_them(dbapi_connection: Any, _record: Any) -> None:
    """A NUMERIC comes back as SQLite's numbers do: whole ones (a SUM of integers, which
    PostgreSQL widens to NUMERIC) as int, others (an AVG) as float, never as Decimal, so
    that every figure is the same Python value on both engines."""
    from salesdesk.store.postgresql.numbers import register_numeric_loader

    register_numeric_loader(dbapi_connection)


def _on_begin(connection: Connection) -> None:
    if connection.get_execution_options().get(WRITE_OPTION, False):
        take_writer_lock(connection)


def take_writer_lock(connection: Connection) -> None:
    """Waits for the writes of others to commit, and holds the lock until this transaction
    ends."""
    from sqlalchemy import text

    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})


class QmarkConnection:
    """psycopg's connection taking DB-API ``?`` parameters, as the import's fast path writes
    them (:meth:`salesdesk.store.engine.Storage.bulk_connection`); psycopg marks them
    ``%s``. The statements are SalesDesk's own: a ``?`` is always a parameter."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    @staticmethod
    def _psycopg(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        cursor = self._raw.cursor()
        cursor.execute(self._psycopg(sql), parameters or None)
        return cursor

    def executemany(self, sql: str, parameters: Any, /) -> Any:
        cursor = self._raw.cursor()
        cursor.executemany(self._psycopg(sql), list(parameters))
        return cursor


class NoticeListener:
    """A connection of its own that LISTENs to the schema's change notices (revision 0013)
    and calls ``on_change`` with the tables others changed, within about half a second of
    their commit; the notices of ``own_backends`` (this app's connections) are left out."""

    def __init__(
        self,
        url: DatabaseUrl,
        password: str | None,
        on_change: Callable[[set[str]], None],
        own_backends: set[int],
    ) -> None:
        import threading

        import psycopg

        from salesdesk.store.postgresql.ddl import CHANGES_CHANNEL

        conninfo = parse_url(url).set(drivername="postgresql").render_as_string(False)
        self._conn = psycopg.connect(
            conninfo, autocommit=True, **_connect_args(read_only=True, password=password)
        )
        self._conn.execute(f"LISTEN {CHANGES_CHANNEL}")
        self._on_change = on_change
        self._own = own_backends
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="salesdesk-notices", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                tables = {
                    notice.payload
                    for notice in self._conn.notifies(timeout=0.5)
                    if notice.pid not in self._own
                }
                if tables and not self._stopping.is_set():
                    self._on_change(tables)
        except Exception:  # the connection went away: the app goes on without the news
            pass
        finally:
            self._conn.close()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(5)
