"""File > Restore from backup and Edit > Find through the main window."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from salesdesk.store import db

from ui.customers.section import LIST, CustomersSection
from ui.database.read_only_prompt import ReadOnlyPrompt
from ui.dialogs.file_dialogs import FileDialogs
from ui.dialogs.messages import Messages
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.strategy.section import StrategySection
from ui.tasks import task_registry, wait_for_all_tasks

TIMEOUT_MS = 30_000


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow(AppSettings(), today=lambda: date(2026, 11, 28))
    qtbot.addWidget(window)
    yield window
    window.close()  # cancels and waits for the sections' tasks, releases the database
    assert wait_for_all_tasks(TIMEOUT_MS)
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        window.controller.open_path(path)


def _account_types(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM account_type ORDER BY name").fetchall()
    connection.close()
    return [row[0] for row in rows]


def _add_account_types(path: Path, *names: str) -> None:
    with db.open_database(path) as database, database.write() as connection:
        for name in names:
            connection.exec_driver_sql("INSERT INTO account_type (name) VALUES (?)", (name,))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- restore -------------------------------------------------------------------------------


def _answer_dialogs(
    monkeypatch: pytest.MonkeyPatch, backup: Path, *, confirm: bool = True
) -> list[object]:
    """Picks ``backup`` in the file dialog and answers the question; records what was asked."""
    asked: list[object] = []

    def choose(_cls: object, _parent: object, directory: Path) -> Path:
        asked.append(directory)
        return backup

    def answer(_cls: object, _parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return confirm

    monkeypatch.setattr(FileDialogs, "backup_source", classmethod(choose))
    monkeypatch.setattr(Messages, "question", classmethod(answer))
    return asked


def test_restore_brings_the_backup_back_and_keeps_the_replaced_state(
    qtbot: QtBot,
    window: MainWindow,
    empty_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _add_account_types(empty_db_path, "Corporate")
    backup = db.backup_file(empty_db_path, tmp_path / "before.sqlite")
    _add_account_types(empty_db_path, "Retail")
    asked = _answer_dialogs(monkeypatch, backup)
    _open(qtbot, window, empty_db_path)
    assert window.restore_action.isEnabled()

    with qtbot.waitSignal(
        window.controller.status,
        timeout=TIMEOUT_MS,
        check_params_cb=lambda message: message.startswith("Restored"),
    ) as blocker:
        window.restore_action.trigger()

    (safety_copy,) = tmp_path.glob("empty-*.backup.sqlite")
    assert blocker.args == [
        f"Restored from before.sqlite; the previous state was saved as {safety_copy}"
    ]
    assert asked[0] == tmp_path
    assert asked[1] == (
        f"Replace the contents of empty.sqlite with the backup {backup}?\n\n"
        "A safety copy of the current state is written first."
    )
    assert _account_types(safety_copy) == ["Corporate", "Retail"]
    database = window.controller.database
    assert database is not None and database.path == empty_db_path and not database.read_only
    with database.read() as connection:
        names = connection.exec_driver_sql("SELECT name FROM account_type").scalars().all()
    assert names == ["Corporate"]
    assert window.windowTitle() == "empty.sqlite — SalesDesk"


def _settle(qtbot: QtBot) -> None:
    """Waits until no background work runs, so that no write is on its way."""
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)


def test_a_refused_backup_is_reported_and_the_unchanged_file_reopened(
    qtbot: QtBot,
    window: MainWindow,
    empty_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    foreign = tmp_path / "notes.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    _answer_dialogs(monkeypatch, foreign)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(
        Messages, "error", classmethod(lambda _c, _p, title, text: errors.append((title, text)))
    )
    _open(qtbot, window, empty_db_path)
    _settle(qtbot)  # the dashboard's first load builds the stored figures
    window.controller.close()  # settles the file so that its bytes can be compared
    _open(qtbot, window, empty_db_path)
    _settle(qtbot)
    before = _sha256(empty_db_path)

    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        window.restore_action.trigger()

    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT_MS)
    title, text = errors[0]
    assert title == "Restore failed"
    assert text.startswith(f"{foreign} is not a SalesDesk database")
    assert window.controller.database is not None
    assert window.controller.database.path == empty_db_path
    assert _sha256(empty_db_path) == before
    assert not list(tmp_path.glob("empty-*.backup.sqlite"))


def test_declining_the_question_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    empty_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = db.backup_file(empty_db_path, tmp_path / "before.sqlite")
    asked = _answer_dialogs(monkeypatch, backup, confirm=False)
    _open(qtbot, window, empty_db_path)
    opened = window.controller.database
    assert window.controller.restore() is None
    assert len(asked) == 2
    assert window.controller.database is opened
    assert not list(tmp_path.glob("empty-*.backup.sqlite"))


def test_restore_is_offered_only_for_a_writable_database(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ReadOnlyPrompt, "ask", classmethod(lambda *_: True))
    with db.open_database(empty_db_path):  # another writer holds the file
        _open(qtbot, window, empty_db_path)
        assert window.controller.database is not None
        assert window.controller.database.read_only
        assert not window.restore_action.isEnabled()
        assert window.find_action.isEnabled()
        window.controller.close()


# --- find ----------------------------------------------------------------------------------


def _shown_with(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """The window shown and active (focus needs that) with ``path`` open and loaded."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    _open(qtbot, window, path)
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)


def _section(window: MainWindow, kind: type) -> int:
    return next(i for i, s in enumerate(window.sections) if isinstance(s, kind))


def _has_focus(field: QLineEdit) -> bool:
    return QApplication.focusWidget() is field


def test_find_goes_to_the_customer_search_with_its_text_selected(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path
) -> None:
    # Customers loads first: rebuilding its figures on a connection the dashboard used fails
    # today (PRAGMA temp_store inside a transaction in salesdesk/customers/summary.py).
    window.show_section(_section(window, CustomersSection))
    _shown_with(qtbot, window, empty_db_path)
    assert window.find_action.isEnabled()
    customers = window.sections[_section(window, CustomersSection)]
    assert isinstance(customers, CustomersSection)
    search = customers.list_page.filters.search
    search.setText("Acme")
    customers.tabs.setCurrentIndex(LIST + 1)
    window.show_section(0)  # the dashboard has no search box

    window.find_action.trigger()

    qtbot.waitUntil(lambda: _has_focus(search), timeout=TIMEOUT_MS)
    assert window.current_section() is customers
    assert customers.tabs.currentIndex() == LIST
    assert search.selectedText() == "Acme"


def test_find_in_the_pricing_tab_focuses_the_catalogue_search(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path
) -> None:
    _shown_with(qtbot, window, empty_db_path)
    window.show_section(_section(window, StrategySection))
    strategy = window.current_section()
    assert isinstance(strategy, StrategySection)
    strategy.tabs.setCurrentWidget(strategy.pricing)

    window.find_action.trigger()

    qtbot.waitUntil(lambda: _has_focus(strategy.pricing.search), timeout=TIMEOUT_MS)
    assert window.current_section() is strategy
