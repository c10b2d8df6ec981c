"""Automatic backups (SPEC §9.5): where they live, when one is written, which ones are kept.

Backups of ``sales.sqlite`` go to ``sales.sqlite-backups/`` beside it (the full name: ``sales.db``
beside it has backups of its own), named ``sales-YYYYmmdd-HHMMSS.backup.sqlite`` (the name
carries the time, so listing them needs no file dates). One is written only when the data
differs from the newest one.

How a change is detected, cheaply and without keeping state between runs: the same fingerprint
is computed over the open database and over the newest backup, and they are compared.
- ``PRAGMA data_version`` is per connection and resets with it, so it cannot tell what changed
  since a backup written by an earlier run.
- The change counter at offset 24 of the file header is not bumped in WAL mode (commits go to
  the -wal file and the header is only rewritten at a checkpoint), so it misses edits.
- File dates change on checkpoints without any change of data and have coarse steps on some
  file systems.
The fingerprint is per table: the row count and largest rowid (inserts and deletes), and for
tables of at most ``SMALL_TABLE_ROWS`` rows a hash of every row (settings, team, goals, and
``agg_state``, whose ``changes`` counter triggers bump on every update and delete of sales and
customers). Every edit made in the app also adds a ``change_log`` row. Plus the schema's SQL.
Costs a few index look-ups and counts, never a scan of the file's pages.
Caches rebuilt from the data (the stored aggregates, the customer summary) are left out: the
dashboard refreshing them after a backup is no change of data, and must not cause another.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from salesdesk.store.db import Database

from salesdesk.files import make_private_folder
from salesdesk.store.sqlite.files import backup_database, connect, integrity_problems

SMALL_TABLE_ROWS = 1000
KEEP_RECENT = 10
KEEP_DAILY_DAYS = 14
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_SUFFIX = ".backup.sqlite"
# Tables rebuilt from the others (salesdesk.aggregates, salesdesk.customers.summary). Of
# agg_state only ``changes`` is data: triggers bump it on every update and delete of a sale or
# customer, which the counts of those big tables would miss.
CACHE_TABLES = (
    "agg_customer",
    "agg_customer_day",
    "agg_deleted",
    "agg_sales_day",
    "agg_spell",
    "customer_summary",
    "customer_summary_state",
)
_STATE_SQL = "SELECT changes FROM agg_state"

Query = Callable[[str], list[tuple[Any, ...]]]  # the rows of one SQL statement


def backups_folder(path: Path) -> Path:
    """``<name>-backups/`` beside the database."""
    return path.with_name(f"{path.name}-backups")


def automatic_backup_path(path: Path, now: datetime) -> Path:
    return backups_folder(path) / f"{path.stem}-{now.strftime(STAMP_FORMAT)}{_SUFFIX}"


def list_backups(path: Path) -> list[tuple[Path, datetime]]:
    """The automatic backups of ``path`` with the time in their names, oldest first."""
    folder = backups_folder(path)
    if not folder.is_dir():
        return []
    pattern = re.compile(re.escape(path.stem) + r"-(\d{8}-\d{6})" + re.escape(_SUFFIX))
    found = []
    for candidate in folder.iterdir():
        match = pattern.fullmatch(candidate.name)
        if match:
            found.append((candidate, datetime.strptime(match.group(1), STAMP_FORMAT)))
    return sorted(found, key=lambda item: item[1])


def fingerprint(query: Query) -> str:
    """A hash that changes whenever the data changes (see the module docstring for how)."""
    digest = hashlib.sha256()
    # The schema itself, not PRAGMA schema_version: the backup API bumps that in the copy.
    digest.update(repr(query("SELECT type, name, sql FROM sqlite_master ORDER BY name")).encode())
    tables = query(
        "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " ORDER BY name"
    )
    for name, without_rowid in tables:
        if name in CACHE_TABLES:
            continue
        if name == "agg_state":
            digest.update(repr(query(_STATE_SQL)).encode())
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        largest, order = ("NULL", "") if without_rowid else ("max(rowid)", " ORDER BY rowid")
        ((count, max_rowid),) = query(f"SELECT count(*), {largest} FROM {quoted}")
        digest.update(repr((name, count, max_rowid)).encode())
        if count <= SMALL_TABLE_ROWS:  # a WITHOUT ROWID table is read in key order anyway
            digest.update(repr(query(f"SELECT * FROM {quoted}{order}")).encode())
    return digest.hexdigest()


def _engine_of(source: Engine | Database) -> Engine:
    from salesdesk.store.db import Database

    return source.engine if isinstance(source, Database) else source


def _live_fingerprint(engine: Engine) -> str:
    # One read transaction, so all counts come from the same snapshot.
    with engine.connect() as connection, connection.begin():
        # Plain tuples: the repr of SQLAlchemy's Row shortens long values.
        return fingerprint(lambda sql: [tuple(row) for row in connection.exec_driver_sql(sql)])


def _file_fingerprint(path: Path) -> str | None:
    """None when the file cannot be read: a new backup is written then."""
    try:
        with connect(path, mode="ro") as connection:
            result = fingerprint(lambda sql: connection.execute(sql).fetchall())
        connection.close()
    except sqlite3.DatabaseError:
        return None
    return result


def automatic_backup(
    source: Engine | Database, path: Path, *, now: datetime, verify: bool = False
) -> Path | None:
    """Writes a verified backup of the database at ``path`` into its backups folder.

    Returns the new file, or None when the data is the same as in the newest automatic backup
    (or a backup stamped with this very second exists already). The backup is written under a
    temporary name and renamed once verified (:func:`salesdesk.store.db.backup_database`), so a
    half-written one never counts as newest. ``verify`` runs SQLite's quick check of the
    database first, also when no backup is due, and raises
    :class:`~salesdesk.errors.DamagedFileError` when it finds damage.
    """
    from salesdesk.errors import DamagedFileError

    engine = _engine_of(source)
    if verify and (problems := integrity_problems(path, quick=True, engine=engine)):
        raise DamagedFileError(path, "; ".join(problems[:3]), backup_written=False)
    target = automatic_backup_path(path, now)
    existing = list_backups(path)
    if target.exists():
        return None
    if existing and _file_fingerprint(existing[-1][0]) == _live_fingerprint(engine):
        return None
    make_private_folder(target.parent)
    return backup_database(engine, target)


def rotate(
    backups: Sequence[tuple[Path, datetime]],
    *,
    now: datetime,
    keep_recent: int = KEEP_RECENT,
    keep_daily_days: int = KEEP_DAILY_DAYS,
) -> list[Path]:
    """The backups to delete, oldest first: all but the ``keep_recent`` newest and the newest
    of each calendar day among the last ``keep_daily_days`` days (today included)."""
    newest_first = sorted(backups, key=lambda item: item[1], reverse=True)
    keep = {backup for backup, _ in newest_first[:keep_recent]}
    first_day = now.date() - timedelta(days=keep_daily_days - 1)
    days_seen = set()
    for backup, taken in newest_first:
        if taken.date() >= first_day and taken.date() not in days_seen:
            days_seen.add(taken.date())
            keep.add(backup)
    return [backup for backup, _ in reversed(newest_first) if backup not in keep]


def rotate_backups(path: Path, *, now: datetime) -> list[Path]:
    """Deletes the automatic backups of ``path`` that :func:`rotate` does not keep."""
    deleted = rotate(list_backups(path), now=now)
    for backup in deleted:
        backup.unlink(missing_ok=True)
    return deleted
