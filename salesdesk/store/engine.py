"""What SalesDesk needs from a database engine: the interface each engine implements.

The core speaks SQLAlchemy Core on short-lived connections, and its SQL is the same on every
engine (STYLE 15). What cannot be the same is behind the two interfaces of this module:

- :class:`Storage` — where a database lives and what only its engine knows how to do with it:
  create it, recognise it (is it ours, which schema), open an engine on it whose write
  transactions take the write lock when they begin, guard it with one writer, check it, copy
  it, and tune a bulk load.
- :class:`SqlDialect` — the few SQL expressions spelled differently by each engine: day numbers
  of dates, the date of a timestamp, text search over customers, zero-padded numbers, joined
  text. Queries ask :func:`dialect` for them and stay the same otherwise.

SQLite implements both in :mod:`salesdesk.store.sqlite` (a file beside its lock and backups);
PostgreSQL will in ``salesdesk.store.postgresql`` (a server database: the server arbitrates
writers, ``pg_dump`` backs it up). :func:`storage_for` picks the engine of a location.

Rules for the SQL outside the engines, which ``tests/test_architecture.py`` enforces for what
a grep can see: dates are ``DATE`` columns (ISO text on SQLite, dates on PostgreSQL) compared
only with each other and with ISO-text parameters, never computed on as text; day arithmetic
goes through :meth:`SqlDialect.day_number`; lists are bound as expanding parameters
(``bindparam(name, expanding=True)``); booleans are summed as ``CASE WHEN ... THEN 1 ELSE 0
END``; ``MIN``/``MAX`` take one argument (two values compare in a ``CASE``); statements are
SQLAlchemy ``text()`` or Core with named parameters, never the driver's own paramstyle.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

# An execution option on a connection: its transactions write, so they take the database's
# write lock when they begin rather than at their first write (SQLite: BEGIN IMMEDIATE).
WRITE_OPTION = "salesdesk_writes"


def summarise(problems: list[str]) -> str:
    """The first few problems a check found, in one line."""
    shown = "; ".join(problems[:3])
    return shown + (" …" if len(problems) > 3 else "")


class BulkConnection(Protocol):
    """The driver's own connection under a transaction, for loading many rows fast (the
    import): DB-API ``execute`` and ``executemany`` whose SQL marks parameters with ``?``."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...


class ChangeListener(Protocol):
    """Hears of others' changes until stopped."""

    def stop(self) -> None: ...


class WriterClaim(ABC):
    """The right to write to one database, held while it is open for writing."""

    # Whether it keeps every other process from writing (a file's lock); a server's claim
    # does not: there each write transaction waits its turn on the server.
    exclusive: ClassVar[bool] = True

    @abstractmethod
    def release(self) -> None: ...

    @property
    def taken_over_from(self) -> object | None:
        """Who held the claim before, if a holder that died left it behind."""
        return None


class Storage(ABC):
    """One database of one engine: a file, or a database on a server."""

    name: ClassVar[str]  # the SQLAlchemy dialect name: "sqlite", "postgresql"
    # Whether the app keeps automatic backups of it beside it (a file); a server database
    # is backed up by the server's own means (pg_dump).
    keeps_automatic_backups: ClassVar[bool] = True

    @property
    @abstractmethod
    def location(self) -> Path:
        """What names the database (a file's absolute path, or a :class:`DatabaseUrl`
        presented as a path whose ``name`` is the database's)."""

    # --- creating, recognising, opening ------------------------------------------------------

    @abstractmethod
    def create(self, *, company: str, currency: str, language: str) -> None:
        """Creates an empty database with the current schema and its settings row; never
        replaces an existing one (``DatabaseExistsError``)."""

    @abstractmethod
    def schema_version(self) -> int:
        """The schema version of the database, read without changing anything; raises
        ``DatabaseNotFoundError``, ``ForeignFileError`` or ``DamagedFileError``."""

    @abstractmethod
    def can_write(self) -> bool:
        """Whether this process may write to it at all (permissions, a read-only medium)."""

    @abstractmethod
    def make_engine(self, *, read_only: bool = False) -> Engine:
        """An engine whose connections enforce foreign keys, wait for a busy database, and
        begin transactions marked with :data:`WRITE_OPTION` holding the write lock."""

    @abstractmethod
    def claim_writer(self) -> WriterClaim | None:
        """The one-writer guard of SPEC §9 (``LockedError`` while another process writes);
        None where the engine arbitrates writers itself (a server)."""

    @abstractmethod
    def prepare_for_writing(self) -> None:
        """Brings a database that was at rest back to how it is written (SQLite: WAL)."""

    # --- checking and copying ----------------------------------------------------------------

    @abstractmethod
    def problems(self, engine: Engine, *, quick: bool = False) -> list[str]:
        """Damage the engine finds, in its words (empty: healthy); ``quick`` is the check
        cheap enough to run before writing."""

    @abstractmethod
    def backup(self, engine: Engine, target: Path) -> Path:
        """A verified, consistent copy of the live database as a SalesDesk file at
        ``target`` (never replacing one); returns ``target``."""

    @abstractmethod
    def default_backup_path(self) -> Path:
        """A free name for a backup file made now."""

    @abstractmethod
    def keep_before_migration(self, engine: Engine, version: int) -> None:
        """Keeps the database's state before a migration from ``version`` (SQLite: a verified
        backup file beside it; a server: its transactional DDL rolls a failed one back)."""

    @abstractmethod
    def restore(self, backup: Path) -> Path:
        """Replaces the database's contents with a backup file's; returns where the state
        before was kept. Refuses a foreign or damaged backup without changing anything."""

    # --- bulk work ---------------------------------------------------------------------------

    @abstractmethod
    def bulk_load(self, conn: Connection) -> AbstractContextManager[None]:
        """Tunes ``conn`` for loading many rows in its transaction (a bigger cache, parallel
        index sorts), as long as the context lasts."""

    def listen_for_changes(self, on_change: Callable[[set[str]], None]) -> ChangeListener | None:
        """Calls ``on_change`` (on a thread of its own) with the tables others changed, each
        time some of their transactions commit; None where nobody else writes while it is
        open (a file has one writer)."""
        return None

    @abstractmethod
    def bulk_connection(self, conn: Connection) -> BulkConnection:
        """The driver's connection under ``conn``, in its transaction, taking ``?``
        parameters (the import's fast path writes through it)."""


class SqlDialect(ABC):
    """SQL expressions each engine spells its own way; arguments and results are SQL text."""

    name: ClassVar[str]

    @abstractmethod
    def day_number(self, day: str) -> str:
        """The integer day number of a date (``date.toordinal()``), for day arithmetic."""

    @abstractmethod
    def day_of_number(self, number: str) -> str:
        """The date of a day number: the inverse of :meth:`day_number`."""

    @abstractmethod
    def date_of(self, timestamp: str) -> str:
        """The calendar date (a ``DATE`` value) of a timestamp or date."""

    @abstractmethod
    def month_of(self, day: str) -> str:
        """The month of a date as ``YYYY-MM`` text, for grouping."""

    @abstractmethod
    def zero_padded(self, number: str, width: int) -> str:
        """A non-negative integer as text of ``width`` digits, for sortable paths."""

    @abstractmethod
    def joined(self, text: str, separator: str) -> str:
        """The aggregate that joins the group's ``text`` with ``separator`` (a literal)."""

    @abstractmethod
    def customer_search_ids(self, param: str) -> str:
        """A query of the ids of the customers whose name, code or contacts have words
        starting with every word the user typed; ``param`` names the parameter that gets
        :meth:`search_terms` of the typed text."""

    @abstractmethod
    def search_terms(self, typed: str) -> str:
        """What the user typed as the parameter of :meth:`customer_search_ids` ("" when it
        holds no word)."""

    @abstractmethod
    def indexes_of(self, table: str) -> str:
        """A query of (name, CREATE INDEX statement) of the secondary indexes of ``table``
        (a name the caller checked), so that a bulk load can set them aside and rebuild them."""

    @abstractmethod
    def indexed_by(self, index: str) -> str:
        """A hint, placed after a table's alias, to read that table through ``index``
        (SQLite's planner cannot know how many rows a full-text match keeps; engines that
        plan from statistics return "")."""

    def statistics_of(self, table: str) -> str | None:
        """A statement that gives the planner the statistics of a temporary table just filled
        (PostgreSQL never gathers them for one by itself and guesses its size, so a join to
        it may scan a whole table); None where the planner needs none."""
        return None

    def login_sees_every_row(self) -> str | None:
        """A query of one boolean: whether the login sees every row of the team's data (no
        row-level security narrows it). None: every login does (a file)."""
        return None

    def login_member(self) -> str | None:
        """A query of the name and role of the team member whose login this is (no row when
        it is nobody's). None: logins are not members' (a file)."""
        return None


# --- which engine ------------------------------------------------------------------------------

# SQLAlchemy dialect name -> the module that implements it (imported when first needed).
_ENGINE_MODULES = {"sqlite": "salesdesk.store.sqlite", "postgresql": "salesdesk.store.postgresql"}
# URL scheme -> the engine of a database on a server
_URL_SCHEMES = {"postgresql": "postgresql", "postgres": "postgresql"}


class DatabaseUrl(str):
    """A database on a server, named by its URL (``postgresql://user@host:port/dbname``):
    what ``--db`` and File > Open take besides a file path. It never holds a password."""

    @property
    def engine_name(self) -> str:
        return _URL_SCHEMES[self.split("://", 1)[0].lower()]

    @property
    def name(self) -> str:
        """The database's name, for titles and messages."""
        rest = self.split("://", 1)[1]
        return rest.split("?", 1)[0].rsplit("/", 1)[-1] or rest


def is_database_url(text: str) -> bool:
    scheme, found, _rest = text.partition("://")
    return bool(found) and scheme.lower() in _URL_SCHEMES


def url_problem(text: str) -> str | None:
    """Why ``text`` is no address of a server database SalesDesk opens (None: it is one),
    checked without connecting: the scheme, no password in it, a database named."""
    from urllib.parse import urlsplit

    from salesdesk.i18n import tr

    usage = "postgresql://user@host:port/database"
    try:
        parts = urlsplit(text.strip())
        parts.port  # noqa: B018 - a port that is no number raises here
    except ValueError:
        return tr("{url} is not a server address; use {usage}", url="…", usage=usage)
    if not is_database_url(text.strip()):
        return tr("{url} is not a server address; use {usage}", url=text or "…", usage=usage)
    if parts.password is not None:
        return tr("Leave the password out of the address: SalesDesk takes it from PGPASSWORD or "
                  "~/.pgpass (or asks for it), and never stores it.")  # fmt: skip
    if not parts.path.strip("/"):
        return tr("{url} names no database; use {usage}", url=text, usage=usage)
    return None


def location_of(text: str | Path) -> Path | DatabaseUrl:
    """What the user named as a database: a server URL, else a file path."""
    if isinstance(text, str) and is_database_url(text):
        return DatabaseUrl(text)
    return Path(text)


def storage_for(location: Path | str, *, password: str | None = None) -> Storage:
    """The storage of a database location: a server URL (logging in with ``password`` when
    given, kept in memory only), else a file path (SQLite)."""
    where = location_of(location)
    if isinstance(where, DatabaseUrl):
        module = importlib.import_module(_ENGINE_MODULES[where.engine_name])
        return module.ServerStorage(where, password=password)
    module = importlib.import_module(_ENGINE_MODULES["sqlite"])
    return module.SqliteStorage(where)


def dialect_named(name: str) -> SqlDialect:
    module = importlib.import_module(_ENGINE_MODULES[name])
    return module.DIALECT


def dialect(conn: Connection) -> SqlDialect:
    """The SQL dialect of the engine ``conn`` is connected to."""
    return dialect_named(conn.dialect.name)


def shares_stored_figures(conn: Connection) -> bool:
    """Whether this connection's login may read and keep the stored figures (the aggregates,
    the customer summary). They sum everybody's rows; a login that sees only some rows (a
    representative or manager on the server, SPEC §13) computes its figures from the rows it
    sees and never writes the shared ones. Asked once per connection."""
    from sqlalchemy import text

    known = conn.info.get("shares_stored_figures")
    if known is None:
        query = dialect(conn).login_sees_every_row()
        known = query is None or bool(conn.execute(text(query)).scalar_one())
        conn.info["shares_stored_figures"] = known
    return bool(known)


def engine_modules() -> Iterator[str]:
    """The modules that implement engines (for the architecture contract)."""
    yield from _ENGINE_MODULES.values()
