"""The benchmarks on a PostgreSQL server: ``--engine postgresql --url URL`` (SPEC §13 asks the
team database to meet B2, B4, B5 and B10 on the reference set).

The server database holds the reference, pushed into it once (``main.py server push --db
FILE --url URL``, which gathers the planner's statistics before it commits). A benchmark that
supports the server lists it in its ``ENGINES``; its raw baseline then runs on the same server
through psycopg, as its SQLite baseline runs through sqlite3. One that writes (B10) works on a
copy of the database made untimed by ``CREATE DATABASE ... TEMPLATE``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from salesdesk.store.engine import DatabaseUrl

ENGINES = ("sqlite", "postgresql")


def add_engine_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="sqlite",
        help="measure on a SQLite file (default) or on a PostgreSQL server (with --url)",
    )
    parser.add_argument(
        "--url",
        metavar="URL",
        help="with --engine postgresql: the server database holding the reference set,"
        " postgresql://user@host:port/database (filled by main.py server push)",
    )


def server_url(args: argparse.Namespace) -> DatabaseUrl | None:
    """The server database to measure on, or None for a file."""
    if getattr(args, "engine", "sqlite") != "postgresql":
        return None
    from salesdesk.store.engine import DatabaseUrl, url_problem

    if not args.url or (problem := url_problem(args.url)):
        raise SystemExit(f"--engine postgresql needs --url: {args.url and problem}")
    return DatabaseUrl(args.url)


def raw_connection(url: DatabaseUrl) -> Any:
    """A plain psycopg connection to the server database, for the raw baselines."""
    import psycopg

    from salesdesk.store.postgresql.connection import parse_url

    conninfo = parse_url(url).set(drivername="postgresql").render_as_string(False)
    return psycopg.connect(conninfo, autocommit=True)


def pyformat(sql: str) -> str:
    """SQL with ``:name`` parameters in psycopg's ``%(name)s`` style."""
    from sqlalchemy import text
    from sqlalchemy.dialects import postgresql

    return str(text(sql).compile(dialect=postgresql.dialect()))  # type: ignore[no-untyped-call]


def server_copy(url: DatabaseUrl, suffix: str) -> DatabaseUrl:
    """A copy of the server database, for a benchmark that writes (made again each run)."""
    from salesdesk.store.engine import DatabaseUrl

    name = f"{url.name}_{suffix}"
    with raw_connection(_database(url, "postgres")) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{url.name}" STRATEGY FILE_COPY')
    return DatabaseUrl(_database(url, name))


def _database(url: DatabaseUrl, name: str) -> DatabaseUrl:
    from salesdesk.store.engine import DatabaseUrl

    address, mark, options = str(url).partition("?")
    return DatabaseUrl(f"{address.rsplit('/', 1)[0]}/{name}{mark}{options}")
