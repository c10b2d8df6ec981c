"""Automatic backups: written only when the data changed, verified, rotated."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from salesdesk.store import db
from salesdesk.store.sqlite import backups

pytestmark = pytest.mark.sqlite_only("automatic backup files and SQLite's backup API")

NOW = datetime(2026, 11, 28, 12, 0, 0)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute)


def _names(paths: list[Path]) -> list[str]:
    return [path.name for path in paths]


# --- rotation ------------------------------------------------------------------------------


def _thirty_backups_over_twenty_days() -> list[tuple[Path, datetime]]:
    times = [_at(28, 9), _at(28, 9, 30), _at(28, 10), _at(28, 10, 30), _at(28, 11)]
    times += [_at(28, 11, 30), _at(27, 9), _at(27, 15), _at(27, 21), _at(26, 9), _at(26, 21)]
    times += [_at(day, 12) for day in range(9, 26)]  # 9..25 November, one a day
    times += [_at(20, 8), _at(15, 8)]
    return [(Path(f"{moment:%d-%H%M}"), moment) for moment in times]


def test_rotation_keeps_ten_newest_and_the_newest_of_each_of_the_last_fourteen_days() -> None:
    backups_list = _thirty_backups_over_twenty_days()
    assert len(backups_list) == 30

    deleted = backups.rotate(backups_list, now=NOW)

    # Ten newest: six of the 28th, three of the 27th, the 26th at 21:00. Daily window: the 15th
    # to the 28th; their newest are the 12:00 ones for the 15th..25th (the 26th..28th are among
    # the ten already). So 21 survive; deleted are the 9th..14th, the 15th's and 20th's 08:00
    # (not the newest of their day) and the 26th's 09:00 (neither).
    assert _names(deleted) == [
        "09-1200",
        "10-1200",
        "11-1200",
        "12-1200",
        "13-1200",
        "14-1200",
        "15-0800",
        "20-0800",
        "26-0900",
    ]


def test_rotation_deletes_nothing_among_the_ten_newest_however_old() -> None:
    old = [(Path(f"old-{month}"), datetime(2025, month, 1)) for month in range(1, 11)]
    assert backups.rotate(old, now=NOW) == []
    eleventh = [(Path("older"), datetime(2024, 1, 1)), *old]
    assert _names(backups.rotate(eleventh, now=NOW)) == ["older"]


def test_rotation_of_the_input_order_does_not_matter() -> None:
    backups_list = _thirty_backups_over_twenty_days()
    assert backups.rotate(list(reversed(backups_list)), now=NOW) == backups.rotate(
        backups_list, now=NOW
    )


# --- writing -------------------------------------------------------------------------------


def _execute(path: Path, sql: str) -> None:
    with db.open_database(path) as database, database.write() as connection:
        connection.exec_driver_sql(sql)


def test_backups_folder_is_beside_the_database_named_after_its_full_name(tmp_path: Path) -> None:
    path = tmp_path / "sales.sqlite"
    assert backups.backups_folder(path) == tmp_path / "sales.sqlite-backups"
    assert backups.automatic_backup_path(path, NOW) == (
        tmp_path / "sales.sqlite-backups" / "sales-20261128-120000.backup.sqlite"
    )
    # sales.db beside it keeps its own backups: rotating one never deletes the other's
    assert backups.backups_folder(tmp_path / "sales.db") == tmp_path / "sales.db-backups"


def test_first_backup_is_written_verified_and_named_by_time(empty_db_path: Path) -> None:
    with db.open_database(empty_db_path) as database:
        written = backups.automatic_backup(database, empty_db_path, now=NOW)
    folder = empty_db_path.parent / "empty.sqlite-backups"
    assert written == folder / "empty-20261128-120000.backup.sqlite"
    assert [path.name for path in written.parent.iterdir()] == [written.name]  # no sidecars
    assert backups.list_backups(empty_db_path) == [(written, NOW)]
    assert db.check_database(written).healthy


def test_unchanged_database_gets_no_second_backup(empty_db_path: Path) -> None:
    with db.open_database(empty_db_path) as database:
        assert backups.automatic_backup(database, empty_db_path, now=_at(28, 12)) is not None
    with db.open_database(empty_db_path) as database:  # also across runs: nothing kept in memory
        assert backups.automatic_backup(database, empty_db_path, now=_at(28, 12, 30)) is None
    assert len(backups.list_backups(empty_db_path)) == 1


@pytest.mark.parametrize(
    "change",
    [
        "INSERT INTO account_type (name) VALUES ('Retail')",
        "UPDATE settings SET company_name = 'Renamed' WHERE id = 1",
        "DELETE FROM territory",
    ],
)
def test_changed_database_gets_a_new_backup(empty_db_path: Path, change: str) -> None:
    _execute(empty_db_path, "INSERT INTO territory (name) VALUES ('North')")
    with db.open_database(empty_db_path) as database:
        first = backups.automatic_backup(database, empty_db_path, now=_at(28, 12))
        with database.write() as connection:
            connection.exec_driver_sql(change)
        second = backups.automatic_backup(database.engine, empty_db_path, now=_at(28, 12, 30))
    assert first is not None and second is not None and second != first
    assert db.check_database(second).healthy
    with sqlite3.connect(second) as copy:
        assert copy.execute("SELECT company_name FROM settings").fetchone() is not None
    copy.close()


def test_large_tables_count_updates_of_sales_and_customers_through_agg_state() -> None:
    # Large tables are summarised by count and largest rowid; updates of their rows are seen
    # through agg_state (hashed whole, as it is small), whose counter triggers bump.
    customers: list[tuple[object, ...]] = [(number,) for number in range(2000)]

    def query(changes: int) -> backups.Query:
        def run(sql: str) -> list[tuple[object, ...]]:
            if sql.startswith("SELECT type"):
                return [("table", "agg_state", ""), ("table", "customer", "")]
            if sql.startswith("SELECT name"):
                return [("agg_state", 0), ("customer", 0)]
            table = "agg_state" if "agg_state" in sql else "customer"
            data: list[tuple[object, ...]] = (
                [(1, 0, 0, changes)] if table == "agg_state" else customers
            )
            if "count(*)" in sql:
                return [(len(data), len(data))]
            return data

        return run

    assert backups.fingerprint(query(5)) == backups.fingerprint(query(5))
    assert backups.fingerprint(query(5)) != backups.fingerprint(query(6))


def test_unreadable_newest_backup_means_a_new_one(empty_db_path: Path) -> None:
    folder = backups.backups_folder(empty_db_path)
    folder.mkdir()
    damaged = backups.automatic_backup_path(empty_db_path, _at(27, 12))
    damaged.write_text("not a database")
    with db.open_database(empty_db_path) as database:
        written = backups.automatic_backup(database, empty_db_path, now=NOW)
    assert written is not None and db.check_database(written).healthy


def test_rotate_backups_deletes_the_files_rotation_drops(empty_db_path: Path) -> None:
    folder = backups.backups_folder(empty_db_path)
    folder.mkdir()
    times = [datetime(2026, 1, day, 9) for day in range(1, 13)]  # 12 old ones, none in 14 days
    for moment in times:
        backups.automatic_backup_path(empty_db_path, moment).write_bytes(b"")
    (folder / "notes.txt").write_text("not a backup")

    deleted = backups.rotate_backups(empty_db_path, now=NOW)

    assert _names(deleted) == [
        "empty-20260101-090000.backup.sqlite",
        "empty-20260102-090000.backup.sqlite",
    ]
    assert [taken for _, taken in backups.list_backups(empty_db_path)] == times[2:]
    assert (folder / "notes.txt").exists()


def test_refreshing_the_caches_after_a_backup_is_no_change(empty_db_path: Path) -> None:
    """The dashboard rebuilds the stored aggregates right after a database opens, while the
    first automatic backup runs: that must not make the next timer tick write another."""
    from datetime import date

    from salesdesk.customers.summary import refresh_summary
    from salesdesk.metrics import aggregates

    with db.open_database(empty_db_path) as database:
        first = backups.automatic_backup(database, empty_db_path, now=NOW)
        with database.write() as connection:
            aggregates.rebuild(connection)  # a new file's are current: build them anyway
            refresh_summary(connection, date(2026, 11, 28))
        later = NOW.replace(minute=30)
        assert backups.automatic_backup(database, empty_db_path, now=later) is None
    assert [path for path, _ in backups.list_backups(empty_db_path)] == [first]
