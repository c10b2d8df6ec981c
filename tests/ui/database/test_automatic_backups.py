"""Automatic backups through the main window: one on open, then only when the data changed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from salesdesk.errors import DamagedFileError
from salesdesk.store import db
from salesdesk.store.sqlite import backups
from salesdesk.store.sqlite import files as sqlite_files

from ui.dialogs.file_dialogs import FileDialogs
from ui.dialogs.messages import Messages
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.tasks import Task, task_registry, wait_for_all_tasks

TIMEOUT_MS = 30_000


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow(AppSettings(), today=lambda: date(2026, 11, 28))
    qtbot.addWidget(window)
    yield window
    window.close()  # cancels and waits for the tasks, releases the database
    assert wait_for_all_tasks(TIMEOUT_MS)
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)


def _open(qtbot: QtBot, window: MainWindow, path: Path, *, read_only: bool = False) -> None:
    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        window.controller.open_path(path, read_only=read_only)


def _wait_for_automatic_backup(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.controller._automatic_backup is None, timeout=TIMEOUT_MS)


def _run_timer_slot(qtbot: QtBot, window: MainWindow) -> Task:
    task = window.controller.back_up_automatically()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass
    return task


def _with_stored_figures(path: Path) -> Path:
    """Builds the stored aggregates beforehand (a new file's are current from the start): the
    dashboard would otherwise build them on opening, racing the first automatic backup, and
    that write is a change of its own."""
    from salesdesk.metrics.upkeep import bring_aggregates_up_to_date

    with db.open_database(path) as database:
        bring_aggregates_up_to_date(database)
    return path


def test_opening_writes_a_backup_and_the_timer_writes_only_after_a_change(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path
) -> None:
    _open(qtbot, window, _with_stored_figures(empty_db_path))
    qtbot.waitUntil(lambda: len(backups.list_backups(empty_db_path)) == 1, timeout=TIMEOUT_MS)
    _wait_for_automatic_backup(qtbot, window)
    ((first, _),) = backups.list_backups(empty_db_path)
    assert db.check_database(first).healthy
    assert window.controller.backup_timer.isActive()
    assert window.controller.backup_timer.interval() == 30 * 60 * 1000

    # Once this passed only when the tick came in the same second as the first backup (the
    # name would be taken): the dashboard's refresh of its stored figures right after opening
    # counted as a change. A later second, so that the fingerprints are really compared.
    qtbot.wait(1100)
    _run_timer_slot(qtbot, window)
    assert [path for path, _ in backups.list_backups(empty_db_path)] == [first]

    database = window.controller.database
    assert database is not None
    with database.write() as connection:
        connection.exec_driver_sql("INSERT INTO account_type (name) VALUES ('Retail')")
    qtbot.wait(1100)  # the names carry the second: the next backup needs a later one
    _run_timer_slot(qtbot, window)
    assert len(backups.list_backups(empty_db_path)) == 2


def test_closing_stops_the_timer(qtbot: QtBot, window: MainWindow, empty_db_path: Path) -> None:
    _open(qtbot, window, empty_db_path)
    _wait_for_automatic_backup(qtbot, window)
    window.controller.close()
    assert not window.controller.backup_timer.isActive()
    assert window.controller.back_up_automatically() is None


def test_read_only_database_is_never_backed_up(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path
) -> None:
    _open(qtbot, window, empty_db_path, read_only=True)
    assert window.controller.back_up_automatically() is None
    assert not window.controller.backup_timer.isActive()
    assert not backups.backups_folder(empty_db_path).exists()


def test_a_failed_automatic_backup_only_shows_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path
) -> None:
    _open(qtbot, window, empty_db_path)
    _wait_for_automatic_backup(qtbot, window)
    folder = backups.backups_folder(empty_db_path)
    for backup, _ in backups.list_backups(empty_db_path):
        backup.unlink()
    folder.rmdir()
    folder.write_text("a file where the folder should be")

    _run_timer_slot(qtbot, window)

    assert window.statusBar().currentMessage().startswith("Automatic backup failed:")


def test_restore_starts_in_the_backups_folder(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path] = []

    def choose(_parent: object, directory: Path) -> None:
        asked.append(directory)

    monkeypatch.setattr(FileDialogs, "backup_source", choose)
    _open(qtbot, window, empty_db_path)
    _wait_for_automatic_backup(qtbot, window)

    window.controller.restore()

    assert asked == [backups.backups_folder(empty_db_path)]


def test_a_damaged_database_is_told_and_refuses_edits(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(Messages, "error", lambda _parent, title, text: shown.append((title, text)))
    with sqlite3.connect(empty_db_path) as connection:  # then a disk garbles an index's page
        connection.execute("INSERT INTO account_type (name) VALUES ('Retail')")
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'account_type'"
        ).fetchone()[0]
    connection.close()
    _damage_page(empty_db_path, root)
    _open(qtbot, window, empty_db_path)
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT_MS)
    assert shown[0][0] == "The database is damaged"
    assert "is damaged" in shown[0][1] and "Restore it from an earlier backup" in shown[0][1]
    database = window.controller.database
    assert database is not None and database.damage
    with pytest.raises(DamagedFileError), database.write():
        pass
    assert backups.list_backups(empty_db_path) == []


def test_a_read_only_file_opens_for_reading_and_says_so(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as a 0444 file for non-root
    monkeypatch.setattr(sqlite_files, "writable", lambda _path: False)
    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        window.controller.open_path(empty_db_path)
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "empty.sqlite is read-only: it is open for reading only."
        ),
        timeout=TIMEOUT_MS,
    )
    assert window.controller.database is not None and window.controller.database.read_only
    assert not backups.backups_folder(empty_db_path).exists()


def _damage_page(path: Path, page: int) -> None:
    header = sqlite_files.read_header(path)
    with path.open("r+b") as file:
        file.seek(header.page_size * (page - 1))
        file.write(b"\xde\xad\xbe\xef" * (header.page_size // 4))
