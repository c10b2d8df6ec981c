"""``import`` and ``export``: CSV and XLSX in and out (SPEC §7, §8).

``import`` prints what it read, added, created, skipped as duplicates and rejected (line,
column, reason). With ``--on-error stop`` (the default) a file with a bad row imports nothing
and the command exits 1; ``--dry-run`` does the whole import and rolls it back.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesdesk.cli.common import add_db_argument
from salesdesk.errors import LockedError, ReadOnlyFileError, UsageError
from salesdesk.i18n import tr, trn

if TYPE_CHECKING:
    from salesdesk.exchange import ImportSummary
    from salesdesk.progress import TerminalProgress
    from salesdesk.store.db import Database

_SHOWN_PROBLEMS = 50


def register(subparsers: Any) -> None:
    from salesdesk.exchange.exporting import ExportKind
    from salesdesk.exchange.fields import ImportKind

    importing = subparsers.add_parser(
        "import",
        help=tr("import sales, customers, products, members or deals from CSV or XLSX"),
        description=tr(
            "Imports a CSV (UTF-8 or Windows-1251; comma, semicolon or tab) or XLSX file. "
            "Columns are matched to fields by their headers, in English or Russian; --map "
            "overrides. Unknown customers, products, categories, territories, account "
            "types, channels and members are created. Lines already imported are skipped."
        ),
    )
    add_db_argument(importing)
    importing.add_argument("kind", choices=[kind.value for kind in ImportKind])
    importing.add_argument("file", type=Path, metavar="FILE", help=tr("a .csv or .xlsx file"))
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=tr("read COLUMN as FIELD (repeatable); COLUMN= ignores the column"),
    )
    importing.add_argument(
        "--date-format", metavar="FMT", help=tr("the dates' format, e.g. %%d/%%m/%%Y")
    )
    importing.add_argument(
        "--dry-run", action="store_true", help=tr("check and report, but change nothing")
    )
    importing.add_argument(
        "--on-error",
        choices=("stop", "skip"),
        default="stop",
        help=tr("stop: import nothing if a row is bad (default); skip: import the good rows"),
    )
    importing.set_defaults(handler=run_import)

    exporting = subparsers.add_parser(
        "export", help=tr("export sales, customers, products, members, goals or deals")
    )
    add_db_argument(exporting)
    exporting.add_argument("kind", choices=[kind.value for kind in ExportKind])
    exporting.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help=tr("a .csv or .xlsx file")
    )
    exporting.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    from salesdesk.exchange import (
        ImportOptions,
        OnError,
        apply_overrides,
        check_mapping,
        guess_mapping,
        import_file,
        read_preview,
    )
    from salesdesk.progress import TerminalProgress
    from salesdesk.store.db import open_database

    _check_date_format(args.date_format)
    preview = read_preview(args.file)
    guessed = guess_mapping(args.kind, preview.headers)
    mapping = apply_overrides(args.kind, preview.headers, guessed, args.map)
    check_mapping(args.kind, mapping)
    options = ImportOptions(OnError(args.on_error), args.date_format, args.dry_run)
    # verify: a damaged file is refused before anything is written into it
    with open_database(args.db, verify=True) as database, TerminalProgress() as progress:
        summary = import_file(
            database, args.file, args.kind, mapping, options=options, progress=progress
        )
        refresh_failure = summary.committed and _refresh_stored_figures(database, progress)
    _print_summary(summary, mapping, preview.headers)
    if refresh_failure is None:
        print(tr("Updated the stored figures of the dashboard and goals."))
    elif refresh_failure:
        print(
            "salesdesk import: "
            + tr(
                "the rows above were imported and saved, but the stored figures could not be "
                "updated ({error}); every figure is still right (read from the sales), only "
                "slower, until the dashboard or the next import updates them.",
                error=refresh_failure,
            ),
            file=sys.stderr,
        )
    if summary.rejected and options.on_error is OnError.STOP:
        print(
            "salesdesk import: "
            + trn(
                summary.rejected,
                "{n} row was rejected, so nothing was imported; fix it or use --on-error skip.",
                "{n} rows were rejected, so nothing was imported; fix them or use --on-error skip.",
            ),
            file=sys.stderr,
        )
        return 1
    return 0


def _refresh_stored_figures(database: Database, progress: TerminalProgress) -> str | None:
    """Rebuilds the aggregates the new rows made stale, so that the next ``kpi`` or dashboard
    reads them instead of summing the sales (they would be right either way, only slower).

    None when they were rebuilt, "" when they were current, else why the rebuild failed: the
    import has committed by then, and must not be reported as failed.
    """
    from salesdesk.errors import explain, unexpected
    from salesdesk.metrics import aggregates

    try:
        with database.write() as connection:
            return None if aggregates.refresh(connection, progress) else ""
    except Exception as error:
        explained = explain(error)
        return str(explained) if explained is not None else unexpected(error)


def _check_date_format(date_format: str | None) -> None:
    import datetime as dt

    if date_format is None:
        return
    sample = dt.date(2026, 12, 31)
    try:
        parsed = dt.datetime.strptime(sample.strftime(date_format), date_format).date()
    except ValueError:
        parsed = None
    if parsed != sample:
        raise UsageError(
            tr("--date-format {format!r} does not describe a date, e.g. %d.%m.%Y",
               format=date_format)
        )  # fmt: skip


def _print_summary(
    summary: ImportSummary, mapping: Mapping[str, str], headers: tuple[str, ...]
) -> None:
    print(
        trn(
            summary.rows,
            "Read {n} row from {file} ({format}).",
            "Read {n} rows from {file} ({format}).",
            file=summary.source.path.name,
            format=summary.source.describe(),
        )
    )
    ignored = [header for header in headers if not mapping.get(header)]
    if ignored:
        print(tr("Columns not imported: {columns}.", columns=", ".join(ignored)))
    if summary.dry_run:
        print(tr("Dry run: nothing was written. A real import would do this:"))
    if summary.committed or summary.dry_run:
        print(_ADDED[summary.kind](summary.added))
    if summary.updated:
        print(trn(summary.updated, "Updated {n} deal.", "Updated {n} deals."))
    if summary.created:
        created = ", ".join(_CREATED[kind](n) for kind, n in summary.created.items())
        print(tr("Created: {entities}.", entities=created))
    if summary.duplicates:
        print(trn(summary.duplicates, "Skipped {n} duplicate.", "Skipped {n} duplicates."))
    from salesdesk.exchange import summary_notes

    for note in summary_notes(summary):
        print(note)
    if summary.rejected:
        print(trn(summary.rejected, "Rejected {n} row:", "Rejected {n} rows:"))
        for problem in summary.problems[:_SHOWN_PROBLEMS]:
            print(f"  {problem.describe()}")
        hidden = summary.problem_count - min(len(summary.problems), _SHOWN_PROBLEMS)
        if hidden > 0:
            print("  " + trn(hidden, "... and {n} more problem.", "... and {n} more problems."))


_ADDED: dict[str, Callable[[int], str]] = {
    "sales": lambda n: trn(n, "Added {n} sales line.", "Added {n} sales lines."),
    "customers": lambda n: trn(n, "Added {n} customer.", "Added {n} customers."),
    "products": lambda n: trn(n, "Added {n} product.", "Added {n} products."),
    "members": lambda n: trn(n, "Added {n} member.", "Added {n} members."),
    "deals": lambda n: trn(n, "Added {n} deal.", "Added {n} deals."),
}
_CREATED: dict[str, Callable[[int], str]] = {
    "customer": lambda n: trn(n, "{n} customer", "{n} customers"),
    "product": lambda n: trn(n, "{n} product", "{n} products"),
    "category": lambda n: trn(n, "{n} category", "{n} categories"),
    "territory": lambda n: trn(n, "{n} territory", "{n} territories"),
    "account_type": lambda n: trn(n, "{n} account type", "{n} account types"),
    "channel": lambda n: trn(n, "{n} channel", "{n} channels"),
    "member": lambda n: trn(n, "{n} member", "{n} members"),
    "team": lambda n: trn(n, "{n} team", "{n} teams"),
    "persona": lambda n: trn(n, "{n} persona", "{n} personas"),
    "pipeline": lambda n: trn(n, "{n} pipeline", "{n} pipelines"),
    "stage": lambda n: trn(n, "{n} stage", "{n} stages"),
}


def run_export(args: argparse.Namespace) -> int:
    from salesdesk.exchange.exporting import export_table
    from salesdesk.progress import TerminalProgress
    from salesdesk.store.db import open_database

    try:
        database = open_database(args.db)
    except (LockedError, ReadOnlyFileError):  # the app has it open, or it is read-only
        database = open_database(args.db, read_only=True)
    with database, TerminalProgress() as progress:
        count = export_table(database, args.kind, args.out, progress=progress)
    print(trn(count, "Wrote {n} row to {path}.", "Wrote {n} rows to {path}.", path=args.out))
    return 0
