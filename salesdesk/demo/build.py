"""Builds a demo database: plan in memory, bulk-load a temporary file, rename it into place.

The file is built in a hidden folder beside the target as one transaction on a private
connection without a journal; only when it is complete (and synced) does it replace the
target. An error, Ctrl-C or a cancel leaves the target exactly as it was and removes the
folder; a folder left by a killed process is removed by the next run for the same target
(each folder's lock, taken before the folder exists, tells a live run from a dead one).
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import secrets
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from salesdesk.demo import DEFAULT_CUSTOMERS, DEFAULT_SALES
from salesdesk.demo.activity import (
    INTERACTIONS_PER_CUSTOMER,
    write_channel_spend,
    write_interactions,
)
from salesdesk.demo.customers import write_customers
from salesdesk.demo.deals import write_deals
from salesdesk.demo.goals import write_goals
from salesdesk.demo.history import write_change_log, write_owner_history
from salesdesk.demo.organisation import write_organisation
from salesdesk.demo.plan import DemoPlan, plan_demo, stream
from salesdesk.demo.sales import write_sales
from salesdesk.demo.sql import (
    drop_bulk_indexes,
    open_for_bulk_load,
    resume_triggers,
    suspend_insert_triggers,
)
from salesdesk.demo.strategy import write_strategy
from salesdesk.errors import (
    DamagedFileError,
    DatabaseExistsError,
    DatabaseNotFoundError,
    LockedError,
    ReadOnlyFileError,
    SalesDeskError,
)
from salesdesk.files import (
    PRIVATE_FOLDER,
    SIDECAR_SUFFIXES,
    check_output_path,
    fsync_file,
    fsync_folder,
)
from salesdesk.i18n import LANGUAGES, tr
from salesdesk.store import db
from salesdesk.store.sqlite import files as sqlite_files
from salesdesk.store.sqlite.lock import WriterLock

WORK_SUFFIX = ".demo"
ProgressFn = Callable[[float, str], None]
CancelledFn = Callable[[], bool]


class DemoCancelledError(SalesDeskError):
    def __init__(self) -> None:
        super().__init__(tr("The demo database was not created: cancelled."))


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    customers: int
    orders: int
    sales_lines: int
    members: int


def generate_demo(
    path: Path,
    *,
    seed: int = 1,
    customers: int = DEFAULT_CUSTOMERS,
    sales: int = DEFAULT_SALES,
    language: str = "en",
    today: dt.date | None = None,
    replace: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> DemoSummary:
    """Creates a demo database at ``path``; the same arguments always give the same data.

    ``replace`` allows overwriting an existing SalesDesk database (never a foreign file);
    the old file stays until the new one is complete. ``progress(fraction, text)`` is called
    as the work advances; when ``cancelled()`` turns true the work stops and
    :class:`DemoCancelledError` is raised with nothing left behind.
    """
    if customers < 1 or sales < 0 or seed < 0:
        raise ValueError("customers must be at least 1; sales and seed must not be negative")
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    path = Path(path).absolute()
    if path.is_symlink():  # replace the database the link names, not the link
        path = path.resolve()
    reporter = _Reporter(progress, cancelled, customers, sales)
    with _Target(path, replace=replace) as target, _work_folder(path) as work:
        reporter.step(tr("Planning the department and its customers"))
        plan = plan_demo(seed, customers, sales, language, today or dt.date.today())
        reporter.advance(reporter.planning_units)
        built = work / "demo.sqlite"  # short: SQLite opens no path over 512 bytes
        db.create_database(
            built,
            company=plan.content.company,
            currency=plan.content.currency,
            language=language,
        )
        _fill(built, plan, seed, reporter)
        _summarise(built, reporter)
        fsync_file(built)
        reporter.step(tr("Finishing"))
        target.install(built)
    reporter.done()
    return DemoSummary(path, customers, plan.orders.count, sales, len(plan.org.members))


def _summarise(path: Path, reporter: _Reporter) -> None:
    """Builds the stored aggregates the dashboard and the goals read (metrics.aggregates)."""
    from salesdesk.metrics import aggregates

    reporter.step(tr("Summarising the sales for the dashboard"))
    engine = sqlite_files.make_engine(path)
    try:
        with engine.begin() as conn:
            raw = conn.connection.driver_connection
            raw.set_progress_handler(reporter.should_stop, 100_000)  # type: ignore[union-attr]
            aggregates.rebuild(conn)
    except Exception:
        reporter.raise_if_cancelled()  # SQLite stopped at our progress handler's request
        raise
    finally:
        engine.dispose()


def _fill(path: Path, plan: DemoPlan, seed: int, reporter: _Reporter) -> None:
    connection = open_for_bulk_load(path)
    connection.set_progress_handler(reporter.should_stop, 100_000)
    try:
        connection.execute("BEGIN")
        index_statements = drop_bulk_indexes(connection)
        triggers = suspend_insert_triggers(connection)
        write_organisation(connection, plan.org, plan.content)
        write_strategy(connection, stream(seed, "strategy"), plan)
        reporter.step(tr("Writing customers"))
        write_customers(connection, stream(seed, "customer rows"), plan, reporter.advance)
        reporter.step(tr("Writing sales"))
        revenue = write_sales(connection, stream(seed, "sales"), plan, reporter.advance)
        reporter.step(tr("Writing interactions and marketing spend"))
        write_interactions(
            connection,
            (stream(seed, "interactions"), stream(seed, "resolutions")),
            plan,
            lambda n: reporter.advance(n * 0.5),
        )
        write_channel_spend(connection, stream(seed, "spend"), plan)
        reporter.step(tr("Writing deals and follow-ups"))
        write_deals(connection, stream(seed, "deals"), plan, revenue.by_order)
        write_goals(connection, plan, revenue)
        write_change_log(connection, plan)
        write_owner_history(connection, plan)
        reporter.step(tr("Building indexes"))
        resume_triggers(connection, triggers)
        for statement in index_statements:
            connection.execute(statement)
            reporter.advance(reporter.index_units / len(index_statements))
        connection.execute("COMMIT")
        connection.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as error:
        reporter.raise_if_cancelled()  # SQLite stopped at our progress handler's request
        if str(error) == "interrupted":
            # Ctrl-C arrived while SQLite ran our progress handler, which swallows the
            # KeyboardInterrupt and only stops the statement: hand it back.
            raise KeyboardInterrupt from error
        raise
    finally:
        connection.close()


class _Reporter:
    """Turns units of work into progress fractions and answers whether to stop."""

    def __init__(
        self, progress: ProgressFn | None, cancelled: CancelledFn | None, customers: int, sales: int
    ) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.planning_units = 0.3 * sales + 0.5 * customers
        self.index_units = 0.8 * sales + 0.5 * customers
        interactions = 0.5 * INTERACTIONS_PER_CUSTOMER * customers
        self._total = self.planning_units + customers + sales + interactions + self.index_units
        self._done = 0.0
        self._text = ""

    def step(self, text: str) -> None:
        self._text = text
        self._report()

    def advance(self, units: float) -> None:
        self._done += units
        self._report()

    def done(self) -> None:
        self._done = self._total
        self._report()

    def _report(self) -> None:
        self.raise_if_cancelled()
        if self._progress is not None:
            self._progress(min(self._done / self._total, 1.0), self._text)

    def should_stop(self) -> int:
        """SQLite's progress handler: non-zero interrupts the running statement."""
        return int(self._cancelled is not None and self._cancelled())

    def raise_if_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise DemoCancelledError()


@contextmanager
def _work_folder(path: Path) -> Iterator[Path]:
    """A hidden, private folder beside the target to build in, removed afterwards.

    Its lock (``<folder>.lock``) is taken before the folder is made and held until it is
    gone, so a folder whose lock is free was left by a killed run: those are removed first.
    """
    _remove_abandoned_work_folders(path)
    folder = path.with_name(f".{_work_prefix(path)}.{secrets.token_hex(6)}{WORK_SUFFIX}")
    lock = WriterLock(folder)
    lock.acquire()
    try:
        folder.mkdir(mode=PRIVATE_FOLDER)
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        lock.release()


def _work_prefix(path: Path) -> str:
    """The start of the work folders' names: the target's name, cut short so that the file
    built inside stays within the path lengths SQLite and the file system accept."""
    return path.name[:40]


def _remove_abandoned_work_folders(path: Path) -> None:
    pattern = f".{glob.escape(_work_prefix(path))}.*{WORK_SUFFIX}"
    locks = path.parent.glob(pattern + ".lock")
    for folder in {*path.parent.glob(pattern), *(lock.with_suffix("") for lock in locks)}:
        lock = WriterLock(folder)
        try:
            lock.acquire()
        except (LockedError, OSError):
            continue  # a live run is building there
        try:
            shutil.rmtree(folder, ignore_errors=True)
        finally:
            lock.release()  # removes the lock file too


class _Target:
    """The path the demo goes to: refuses it unless it is free or may be replaced."""

    def __init__(self, path: Path, *, replace: bool) -> None:
        self.path = path
        self.replace = replace
        self._lock: WriterLock | None = None

    def __enter__(self) -> _Target:
        if self.path.is_dir():
            raise DatabaseExistsError(self.path)
        if not self.path.parent.is_dir():
            raise DatabaseNotFoundError(self.path.parent)
        if self.path.name.endswith(SIDECAR_SUFFIXES):
            check_output_path(self.path)  # refuses the name of a -wal, -shm or lock file
        if self.path.exists():
            if not self.replace:
                raise DatabaseExistsError(self.path)
            _refuse_foreign(self.path)
            if not sqlite_files.writable(self.path):
                raise ReadOnlyFileError(self.path)
            self._lock = WriterLock(self.path)
            self._lock.acquire()  # nobody may have the old file open while it is replaced
        return self

    def install(self, built: Path) -> None:
        if self._lock is None:
            if self.path.exists():  # somebody created it meanwhile
                raise DatabaseExistsError(self.path)
        else:
            _retire_write_ahead_log(self.path)
        os.replace(built, self.path)
        fsync_folder(self.path.parent)

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _error: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        if self._lock is not None:
            self._lock.release()


def _refuse_foreign(path: Path) -> None:
    """Only a SalesDesk database (even a damaged one) may be replaced, never another file."""
    with suppress(DamagedFileError):
        sqlite_files.read_header(path)


def _retire_write_ahead_log(path: Path) -> None:
    """Folds a log left by a killed process into the old file, then removes the log files,
    so that they can never be applied to the new file that replaces it."""
    try:
        connection = sqlite_files.connect(path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        pass  # a damaged old file: its log is of no use either
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
