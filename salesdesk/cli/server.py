"""``server``: the team database on a PostgreSQL server (SPEC §13).

``init`` makes the schema in an empty server database, ``push`` copies a laptop file into
one, ``pull`` copies what the login sees into a file, ``grant`` / ``revoke`` give a member a
login of their own and take it back, ``users`` lists who may log in as whom. ``grant``,
``revoke`` and ``users`` run as the database's owner (who may create roles).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from salesdesk import i18n
from salesdesk.cli.database import _currency
from salesdesk.errors import UsageError
from salesdesk.i18n import tr, trn
from salesdesk.store.engine import DatabaseUrl, is_database_url

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

T = TypeVar("T")


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
    _register_logins(commands)


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
            "Copied {path} into {url}: {n} table, {rows} rows, each checked by its count and sums.",
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


def _register_logins(commands: Any) -> None:
    grant = commands.add_parser("grant", help=tr("give a team member a login of their own"))
    _url_argument(grant)
    grant.add_argument("--login", required=True, help=tr("the PostgreSQL login name"))
    grant.add_argument("--member", required=True, metavar="EMAIL", help=tr("the member's e-mail"))
    grant.set_defaults(handler=run_grant)

    revoke = commands.add_parser("revoke", help=tr("take a member's login back"))
    _url_argument(revoke)
    revoke.add_argument("--login", required=True, help=tr("the PostgreSQL login name"))
    revoke.set_defaults(handler=run_revoke)

    users = commands.add_parser("users", help=tr("list the members' logins"))
    _url_argument(users)
    users.set_defaults(handler=run_users)


def _as_admin(url: DatabaseUrl, job: Callable[[Connection], T]) -> T:
    """Runs ``job`` in a write transaction of the owner's: logins and roles are no data of
    the team's, so no cache follows them."""
    from salesdesk.store.db import open_database
    from salesdesk.store.engine import WRITE_OPTION

    with open_database(url) as database, database.engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            return job(conn)


def run_grant(args: argparse.Namespace) -> int:
    from salesdesk.store.postgresql import security

    user = _as_admin(args.url, lambda conn: security.grant(conn, args.login, args.member))
    print(
        tr("{login} is now the login of {member} ({role}).", login=user.login,
           member=user.member, role=user.role)
    )  # fmt: skip
    if not user.can_log_in:
        print(tr("The role {login} cannot log in yet: ALTER ROLE ... LOGIN.", login=user.login))
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from salesdesk.store.postgresql import security

    if not _as_admin(args.url, lambda conn: security.revoke(conn, args.login)):
        print(tr("{login} was not a member's login; its team roles were taken anyway.",
                 login=args.login))  # fmt: skip
        return 0
    print(tr("{login} no longer sees the team's data.", login=args.login))
    return 0


def run_users(args: argparse.Namespace) -> int:
    from salesdesk.cli.tables import text_table
    from salesdesk.store.db import open_database
    from salesdesk.store.postgresql import security

    with open_database(args.url, read_only=True) as database, database.read() as conn:
        logins = security.users(conn)
    if not logins:
        print(tr("No member has a login yet: `server grant --login NAME --member EMAIL`."))
        return 0
    header = [tr("Login"), tr("Member"), tr("E-mail"), tr("Role"), tr("Can log in")]
    rows = [
        [u.login, u.member, u.email, u.role, tr("yes") if u.can_log_in else tr("no")]
        for u in logins
    ]
    print(text_table(tr("Logins of {url}", url=args.url), header, rows, right=()), end="")
    return 0
