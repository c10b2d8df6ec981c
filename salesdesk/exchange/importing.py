"""Validating and importing a file: one transaction, progress, cancel, a summary (SPEC §8, §9.6).

The import runs in one write transaction. ``on_error="stop"`` (the default) imports nothing
when any row is bad; ``"skip"`` imports the good rows. A dry run does all the work and rolls
back, so its summary says exactly what a real import would add. Cancelling raises
:class:`ImportCancelledError` and a crash or a killed process leaves the database as it was:
SQLite discards the unfinished transaction.

Both entry points suit a background worker: ``progress(fraction, text)`` is called after each
chunk and ``cancelled()`` is polled between chunks.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from salesdesk.errors import SalesDeskError
from salesdesk.exchange.background import BackgroundInserts
from salesdesk.exchange.converting import ChunkConverter, ParsedChunk, Problem
from salesdesk.exchange.fields import ImportKind
from salesdesk.exchange.importers import IMPORTERS, Conflicts, Importer
from salesdesk.exchange.reading import FileFormat, SourceInfo, TableReader
from salesdesk.exchange.resolving import Resolver
from salesdesk.i18n import tr, trn
from salesdesk.store import keeping
from salesdesk.store.engine import dialect
from salesdesk.store.rights import IMPORT, require_head_rights

if TYPE_CHECKING:
    from salesdesk.store.db import Database

ProgressFn = Callable[[float, str], None]
CancelledFn = Callable[[], bool]

MAX_PROBLEMS = 1000  # problems kept for display; all of them are counted
CHUNK_ROWS = 10_000  # rows parsed and inserted at a time: bounded memory, warm CPU caches


class OnError(StrEnum):
    STOP = "stop"
    SKIP = "skip"


class ImportCancelledError(SalesDeskError):
    def __init__(self) -> None:
        super().__init__(tr("The import was cancelled; nothing was changed."))


@dataclass(frozen=True)
class ImportOptions:
    on_error: OnError = OnError.STOP  # "stop" and "skip" are accepted too
    date_format: str | None = None  # strftime notation, e.g. "%d/%m/%Y"; None: detect
    dry_run: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "on_error", OnError(self.on_error))


@dataclass
class ImportSummary:
    """What an import (or a validation) did. ``created`` counts the referenced entities it
    created by kind ("customer", "product", "category", "territory", "account_type",
    "channel", "member", "team", "persona"); rows of the file's own kind are in ``added``."""

    kind: ImportKind
    source: SourceInfo
    rows: int = 0  # data rows read
    added: int = 0
    updated: int = 0  # records already there that the file changed (deals)
    duplicates: int = 0
    rejected: int = 0  # rows with at least one problem
    created: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # the first MAX_PROBLEMS
    problem_count: int = 0
    committed: bool = False  # False after a dry run, a validation or a stopped import
    dry_run: bool = False
    returns: int = 0  # sales lines added with a negative amount (SPEC §3a Returns)
    # customers whose lines named another territory or account type than their first line:
    # field -> how many customers, and one example (SPEC §8; the first one is kept)
    conflicts: dict[str, Conflicts] = field(default_factory=dict)

    def record(self, chunk: ParsedChunk) -> None:
        self.rows += len(chunk)
        self.rejected += len(chunk.bad_rows)
        self.add_problems(chunk.problems)

    def add_problems(self, problems: list[Problem]) -> None:
        self.problem_count += len(problems)
        room = MAX_PROBLEMS - len(self.problems)
        self.problems.extend(sorted(problems, key=lambda p: p.line)[:room])


def validate_file(
    path: Path,
    kind: ImportKind | str,
    mapping: Mapping[str, str],
    *,
    date_format: str | None = None,
    database: Database | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportSummary:
    """Reads the whole file and reports every cell that cannot be imported; writes nothing.

    Given the ``database``, the check is an import rolled back at the end (a dry run that
    leaves out the rows with problems), so the summary also says what an import would add,
    create (new customers, products, members, territories… with their counts) and skip as
    duplicates, and the problems that need the database (an ambiguous customer name, say)
    show up too. Without it, only the file is read.
    """
    if database is not None:
        options = ImportOptions(OnError.SKIP, date_format, dry_run=True)
        return import_file(
            database, path, kind, mapping, options=options, progress=progress, cancelled=cancelled
        )
    with TableReader(path) as reader:
        summary = ImportSummary(ImportKind(kind), reader.source)
        converter = _converter(reader, kind, mapping, date_format)
        for parsed in _parsed_chunks(reader, converter, progress, cancelled):
            summary.record(parsed)
    return summary


def import_file(
    database: Database,
    path: Path,
    kind: ImportKind | str,
    mapping: Mapping[str, str],
    *,
    options: ImportOptions = ImportOptions(),
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportSummary:
    """Imports ``path`` as ``kind`` with ``mapping`` (file column header -> field name).
    Only a login with the head's rights imports (:class:`HeadRightsError` before any work)."""
    kind = ImportKind(kind)
    with database.read() as conn:
        require_head_rights(conn, IMPORT)
    with TableReader(path) as reader:
        summary = ImportSummary(kind, reader.source, dry_run=options.dry_run)
        converter = _converter(
            reader, kind, mapping, options.date_format, IMPORTERS[kind].DEFERRED_FIELDS
        )
        try:
            with database.write() as connection:
                db = database.storage.bulk_connection(connection)
                with database.storage.bulk_load(connection), _no_garbage_collection():
                    _import_chunks(
                        BackgroundInserts(db, dialect(connection)),
                        reader=reader,
                        converter=converter,
                        summary=summary,
                        options=options,
                        progress=progress,
                        cancelled=cancelled,
                    )
                    stopped = summary.rejected > 0 and options.on_error is OnError.STOP
                    if not (stopped or options.dry_run):
                        # the stored figures follow while the connection is tuned for bulk work
                        keeping.settle(connection)
                if stopped:  # the counts of a half-done import would only mislead
                    summary.added = summary.updated = summary.duplicates = summary.returns = 0
                    summary.created = {}
                    summary.conflicts = {}
                if stopped or options.dry_run:
                    raise _RollBack
                summary.committed = True
        except _RollBack:
            pass
    return summary


class _RollBack(Exception):
    """Leaves the import's transaction without committing it."""


def _import_chunks(
    connection: BackgroundInserts,
    *,
    reader: TableReader,
    converter: ChunkConverter,
    summary: ImportSummary,
    options: ImportOptions,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> None:
    try:
        resolver = Resolver(connection)
        importer: Importer = IMPORTERS[summary.kind](connection, resolver, converter.header_of)
        chunks = _parsed_chunks(reader, converter, progress, cancelled)
        first = next(chunks, None)
        importer.begin(_estimated_rows(first))
        for parsed in chain([first] if first else [], chunks):
            # After a bad row "stop" only reads on, to report every problem of the file.
            if options.on_error is OnError.SKIP or not (summary.rejected or parsed.bad_rows):
                importer.import_chunk(parsed)
            summary.record(parsed)
        importer.finish()
    finally:
        connection.close()
    summary.add_problems(importer.late_problems)
    summary.rejected += len(importer.late_problems)
    summary.added, summary.duplicates = importer.added, importer.duplicates
    summary.updated = importer.updated
    summary.created = {kind: n for kind, n in sorted(resolver.created.items()) if n}
    summary.returns = importer.returns
    summary.conflicts = importer.conflicts()


def _estimated_rows(first: ParsedChunk | None) -> int:
    """The file's row count guessed from how far into it the first chunk reached."""
    if first is None:
        return 0
    return int(len(first) / first.fraction) if first.fraction > 0 else len(first)


def _converter(
    reader: TableReader,
    kind: ImportKind | str,
    mapping: Mapping[str, str],
    date_format: str | None,
    deferred: tuple[str, ...] = (),
) -> ChunkConverter:
    return ChunkConverter(
        kind,
        reader.headers,
        mapping,
        date_format=date_format,
        delimiter=reader.source.delimiter,
        excel_1904=reader.excel_1904,
        all_text=reader.source.format is FileFormat.CSV,
        deferred=deferred,
    )


def _parsed_chunks(
    reader: TableReader,
    converter: ChunkConverter,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> Iterator[ParsedChunk]:
    rows_read = 0
    for chunk in reader.chunks(CHUNK_ROWS):
        if cancelled is not None and cancelled():
            raise ImportCancelledError()
        parsed = converter.convert(chunk)
        yield parsed
        rows_read += len(chunk.rows)
        if progress is not None:
            progress(chunk.fraction, trn(rows_read, "{n} row read", "{n} rows read"))
    if cancelled is not None and cancelled():
        raise ImportCancelledError()


@contextmanager
def _no_garbage_collection() -> Iterator[None]:
    """No cyclic garbage collection while millions of short-lived tuples go by: the import
    makes no reference cycles, and the collector would otherwise walk the heap every few
    thousand allocations."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def summary_notes(summary: ImportSummary) -> list[str]:
    """What the manager should know about the rows imported, beyond the counts: returns
    among them, customers whose lines disagreed and the defaults new pipeline stages start
    with (for the CLI and the import wizard)."""
    notes = []
    if (summary.committed or summary.dry_run) and summary.created.get("stage"):
        notes.append(_new_stages_note())
    if summary.returns:
        notes.append(
            trn(
                summary.returns,
                "{n} line is a return (a negative amount): it lowers revenue but is no order.",
                "{n} lines are returns (negative amounts): they lower revenue but are no orders.",
            )
        )
    for field_name, found in summary.conflicts.items():
        customer, kept, other = found.example
        texts = {
            "territory": (
                "{n} customer's lines named more than one territory; the first was kept"
                " (e.g. {customer}: {kept}, also {other}).",
                "{n} customers' lines named more than one territory; the first was kept"
                " (e.g. {customer}: {kept}, also {other}).",
            ),
            "account_type": (
                "{n} customer's lines named more than one account type; the first was kept"
                " (e.g. {customer}: {kept}, also {other}).",
                "{n} customers' lines named more than one account type; the first was kept"
                " (e.g. {customer}: {kept}, also {other}).",
            ),
        }
        singular, plural = texts[field_name]
        notes.append(
            trn(found.customers, singular, plural, customer=customer, kept=kept, other=other)
        )
    return notes


def _new_stages_note() -> str:
    """What the stages an import created start with, and where to change it."""
    from salesdesk.formatting import format_percent
    from salesdesk.metrics.stages import NEW_STAGE_PROBABILITY, NEW_STAGE_ROTTING_DAYS

    return trn(
        NEW_STAGE_ROTTING_DAYS,
        "New stages start with a {chance} chance to win and rot after {n} day idle; set "
        "them in Pipeline > Pipelines and stages.",
        "New stages start with a {chance} chance to win and rot after {n} days idle; set "
        "them in Pipeline > Pipelines and stages.",
        chance=format_percent(NEW_STAGE_PROBABILITY, 0),
    )
