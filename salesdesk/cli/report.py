"""``report``: writes a PDF report (SPEC §6, §7), the same document the GUI exports."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from salesdesk import i18n
from salesdesk.cli.common import add_db_argument, parse_date
from salesdesk.errors import LockedError, ReadOnlyFileError, UsageError
from salesdesk.files import check_output_path, write_bytes_atomically
from salesdesk.i18n import tr
from salesdesk.metrics import clock
from salesdesk.periods import Period
from salesdesk.reports import PAGE_SIZE_NAMES, REPORTS
from salesdesk.reports.service import build_report
from salesdesk.store import db

PDF = (".pdf",)


def register(subparsers: Any) -> None:
    report = subparsers.add_parser("report", help=tr("write a PDF report"))
    report.add_argument("report", choices=sorted(REPORTS), help=tr("which report"))
    add_db_argument(report)
    report.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help=tr("the PDF file to write")
    )
    report.add_argument("--from", dest="date_from", metavar="DATE", help=tr("first day"))
    report.add_argument("--to", dest="date_to", metavar="DATE", help=tr("last day"))
    report.add_argument(
        "--period",
        metavar="PERIOD",
        help=tr("2026-Q3, 2026-07 or 2026 (default: the current quarter)"),
    )
    # Its own destination: the top-level --lang sets the messages' language and would be
    # overwritten by a sub-command default.
    report.add_argument(
        "--lang",
        dest="report_language",
        choices=i18n.LANGUAGES,
        help=tr("the report's language (default: the database's setting)"),
    )
    report.add_argument(
        "--page-size", choices=PAGE_SIZE_NAMES, default=PAGE_SIZE_NAMES[0], help=tr("paper size")
    )
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    from salesdesk.settings import load_settings
    from salesdesk.store.login import login_visibility

    _check_period_arguments(args)
    check_output_path(args.out, suffixes=PDF)  # before the work, not after
    with _open(args.db) as database:
        with database.read() as conn:
            settings = load_settings(conn)
        period = report_period(args, settings.fiscal_year_start_month, clock.today())
        language = args.report_language or args.lang or settings.report_language
        if language not in i18n.LANGUAGES:
            language = "en"
        document = build_report(
            database, args.report, period, language=language, page_size=args.page_size
        )
        with database.read() as conn:
            scope = login_visibility(conn).scope_label()
    write_bytes_atomically(args.out, document, suffixes=PDF)
    print(tr("Wrote {path}: {scope}.", path=args.out, scope=scope))
    return 0


def _open(path: Path) -> db.Database:
    """For writing when the file is free, so that stale stored figures can be refreshed
    first; read-only while the app has it open or its folder is read-only (the figures as
    they are)."""
    try:
        return db.open_database(path)
    except (LockedError, ReadOnlyFileError):
        return db.open_database(path, read_only=True)


def _check_period_arguments(args: argparse.Namespace) -> None:
    if args.period and (args.date_from or args.date_to):
        raise UsageError(tr("give either --period or --from and --to, not both"))
    if bool(args.date_from) != bool(args.date_to):
        raise UsageError(tr("--from and --to go together"))


def report_period(args: argparse.Namespace, fiscal_start_month: int, today: date) -> Period:
    """The period the arguments name; the current (fiscal) quarter when they name none."""
    if args.period:
        try:
            return Period.parse(args.period, fiscal_start_month)
        except ValueError as error:
            raise UsageError(str(error)) from None
    if args.date_from:
        start, end = parse_date(args.date_from), parse_date(args.date_to)
        if end < start:
            raise UsageError(tr("--to is before --from"))
        return Period(start, end)
    return Period.containing(today, "quarter", fiscal_start_month)
