"""``server``: the team database on a PostgreSQL server (SPEC §13).

``init`` makes the schema in an empty server database, ``push`` copies a laptop file into
one, ``pull`` copies what the login sees into a file, ``grant`` / ``revoke`` give a member a
login of their own and take it back, ``users`` lists who may log in as whom.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from salesdesk import i18n
from salesdesk.cli.database import _currency
from salesdesk.errors import UsageError
from salesdesk.i18n import tr, trn
from salesdesk.store.engine import DatabaseUrl, is_database_url


def _server_url(text: str) -> DatabaseUrl:
    if not is_database_url(text):
        raise argparse.ArgumentTypeError(
            tr("{text!r} is not a server address; use postgresql://user@host:port/database",
               text=text)
        )  # fmt: skip
    return DatabaseUrl(text)


def _url_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--url",
        type=_server_url,
        required=True,
        metavar="URL",
        help=tr("the server database: postgresql://user@host:port/database"),
    )


def _file_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--db", type=Path, required=True, metavar="FILE", help=help_text)


def register(subparsers: Any) -> None:
    server = subparsers.add_parser("server", help=tr("the team database on a PostgreSQL server"))
    commands = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    init = commands.add_parser("init", help=tr("create the schema in an empty server database"))
    _url_argument(init)
    init.add_argument("--company", default="", help=tr("company name"))
    init.add_argument(
        "--currency", type=_currency, default="RUB", help=tr("ISO 4217 code, e.g. RUB or USD")
    )
    init.set_defaults(handler=run_init)

    push = commands.add_parser(
        "push", help=tr("copy a database file into an empty server database")
    )
    _file_argument(push, tr("the database file to copy"))
    _url_argument(push)
    push.set_defaults(handler=run_push)

    pull = commands.add_parser("pull", help=tr("copy what the login sees into a new file"))
    _url_argument(pull)
    _file_argument(pull, tr("the new database file"))
    pull.set_defaults(handler=run_pull)


def run_init(args: argparse.Namespace) -> int:
    from salesdesk.store import db

    db.create_database(
        args.url, company=args.company, currency=args.currency, language=i18n.language()
    )
    print(tr("Created the SalesDesk schema in {url}.", url=args.url))
    return 0


def run_push(args: argparse.Namespace) -> int:
    from salesdesk.store.postgresql.transfer import push

    if is_database_url(str(args.db)):
        raise UsageError(tr("--db names the file to copy; the server goes in --url"))
    checked = push(args.db, args.url)
    rows = sum(table.rows for table in checked)
    print(
        trn(
            len(checked),
            "Copied {path} into {url}: {n} table, {rows} rows, each checked by its count and "
            "sums.",
            "Copied {path} into {url}: {n} tables, {rows} rows, each checked by its count and "
            "sums.",
            path=args.db,
            url=args.url,
            rows=rows,
        )
    )
    return 0


def run_pull(args: argparse.Namespace) -> int:
    from salesdesk.store.db import backup_file

    backup_file(args.url, args.db)
    print(tr("Copied what {url} shows this login into {path}.", url=args.url, path=args.db))
    return 0
