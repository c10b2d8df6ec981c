"""``new``, ``check`` and ``backup``: creating and looking after database files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from salesdesk import i18n
from salesdesk.cli.common import add_db_argument, add_language_argument
from salesdesk.errors import SalesDeskError
from salesdesk.i18n import tr, trn
from salesdesk.store import db
from salesdesk.store.sqlite.backups import backups_folder


def register(subparsers: Any) -> None:
    new = subparsers.add_parser("new", help=tr("create a new, empty database"))
    add_db_argument(new)
    new.add_argument("--company", default="", help=tr("company name"))
    new.add_argument(
        "--currency", type=_currency, default="RUB", help=tr("ISO 4217 code, e.g. RUB or USD")
    )
    add_language_argument(new, tr("language of messages and the default for reports"))
    new.set_defaults(handler=run_new)

    check = subparsers.add_parser("check", help=tr("check a database's health"))
    add_db_argument(check)
    check.add_argument(
        "--rebuild",
        action="store_true",
        help=tr("then rebuild the stored figures from the sales and customers (a repair)"),
    )
    check.set_defaults(handler=run_check)

    backup = subparsers.add_parser("backup", help=tr("write a consistent copy of a database"))
    add_db_argument(backup)
    backup.add_argument("--out", type=Path, metavar="FILE", help=tr("where to write the copy"))
    backup.set_defaults(handler=run_backup)


def _currency(text: str) -> str:
    from salesdesk.formatting import checked_currency

    try:
        return checked_currency(text)
    except SalesDeskError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def run_new(args: argparse.Namespace) -> int:
    db.create_database(
        args.db, company=args.company, currency=args.currency, language=i18n.language()
    )
    print(tr("Created {path}.", path=args.db))
    return 0


def run_check(args: argparse.Namespace) -> int:
    report = db.check_database(args.db)
    print(
        tr(
            "Schema version {found} (this SalesDesk: {supported}).",
            found=report.schema_version,
            supported=report.supported_version,
        )
    )
    if report.schema_version < report.supported_version:
        print(tr("The schema is older; it is upgraded the next time the file is opened."))
    if not report.problems:
        print(tr("Integrity and foreign keys: no problems found."))
        if args.rebuild:
            _rebuild_stored_figures(Path(args.db))
        return 0
    print(trn(len(report.problems), "{n} problem found:", "{n} problems found:"))
    for problem in report.problems:
        print(f"  - {problem}")
    print(
        tr(
            "The file is damaged: SalesDesk will not write to it. Restore it from a backup "
            "(File > Restore from backup; automatic backups are in {folder}).",
            folder=backups_folder(Path(args.db).absolute()),
        )
    )
    return 1


def _rebuild_stored_figures(path: Path) -> None:
    """The full rebuild of every stored figure: the aggregates and today's customer summary
    (every change keeps them in step; this repairs what was changed behind SalesDesk's back)."""
    from sqlalchemy.engine import Connection

    from salesdesk.customers.summary import refresh_summary
    from salesdesk.metrics import aggregates, clock

    def rebuild(conn: Connection) -> None:
        aggregates.rebuild(conn)
        refresh_summary(conn, clock.today())

    with db.open_database(path) as database:
        database.transact(rebuild)
    print(tr("Rebuilt the stored figures of the dashboard, goals and customer list."))


def run_backup(args: argparse.Namespace) -> int:
    target = args.out or db.default_backup_path(args.db)
    db.backup_file(args.db, target)
    print(tr("Backed up {path} to {target}.", path=args.db, target=target))
    return 0
